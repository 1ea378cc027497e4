import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/firewall/edge-external-ports.js';

const edge = (...items: string[]) => ['apiVersion: uclint/v1', 'kind: FirewallRules', 'appliesTo: edge-external', 'rules:', ...items, ''].join('\n');
const inbound = (name: string, protocol: string, ports: string) => `  - { name: ${name}, direction: inbound, action: allow, protocol: ${protocol}, localPorts: "${ports}" }`;
const outbound = (name: string, protocol: string, ports: string) => `  - { name: ${name}, direction: outbound, action: allow, protocol: ${protocol}, remotePorts: "${ports}" }`;

/** Skype for Business Server: "Edge Server environmental requirements", external port firewall summary table. */
const SFB_INBOUND = [inbound('sip-tls', 'tcp', '443, 5061'), inbound('stun', 'udp', '3478')];
const SFB_OUTBOUND = [
  outbound('out-tcp', 'tcp', '80, 443, 5061, 50000-59999'),
  outbound('out-dns-tcp', 'tcp', '53'),
  outbound('out-udp', 'udp', '53, 3478, 50000-59999'),
];
/** Lync Server 2010 and OCS 2007 R2 tables also allow the media range inbound (federation with OCS 2007). */
const MEDIA_INBOUND = [inbound('media-tcp', 'tcp', '50000-59999'), inbound('media-udp', 'udp', '50000-59999')];

runRuleTests(rule, {
  valid: [
    {
      name: 'Skype for Business Server 2015 as documented: inbound 443, 5061, 3478 and XMPP 5269; RTP outbound only',
      settings: { product: 'sfb2015' },
      files: { 'edge.yml': edge(...SFB_INBOUND, inbound('xmpp', 'tcp', '5269'), ...SFB_OUTBOUND, outbound('xmpp-out', 'tcp', '5269')) },
    },
    {
      // A rule set with inbound rules only says nothing about outbound traffic (often allowed by default).
      name: 'Skype for Business Server 2019, inbound rules only',
      settings: { product: 'sfb2019' },
      files: { 'edge.yml': edge(...SFB_INBOUND) },
    },
    {
      name: 'Lync Server 2013 with XMPP and the media range inbound for OCS 2007 federation',
      settings: { product: 'lync2013' },
      files: { 'edge.yml': edge(...SFB_INBOUND, inbound('xmpp', 'tcp', '5269'), ...MEDIA_INBOUND) },
    },
    { name: 'product not set: what some version documents passes', files: { 'edge.yml': edge(...SFB_INBOUND, ...MEDIA_INBOUND) } },
    {
      name: 'the outbound media range opened by two rules together',
      settings: { product: 'sfb2015' },
      files: {
        'edge.yml': edge(
          ...SFB_INBOUND,
          outbound('out-tcp', 'tcp', '443, 5061, 50000-59999'),
          outbound('media-udp-low', 'udp', '3478, 50000-54999'),
          outbound('media-udp-high', 'udp', '55000-59999'),
        ),
      },
    },
    // edge.yml makes the rule run, so fw.yml's absence of findings is the rule's choice, not its skipping the estate.
    {
      name: 'a rule set for something else is not judged',
      files: { 'edge.yml': edge(...SFB_INBOUND), 'fw.yml': edge(inbound('any', 'tcp', '1-65535')).replace('edge-external', 'vpn-clients') },
    },
  ],
  invalid: [
    {
      name: 'Skype for Business Server: the media range inbound is wider than the Edge needs',
      settings: { product: 'sfb2015' },
      files: { 'edge.yml': edge(...SFB_INBOUND, ...MEDIA_INBOUND) },
      errors: [
        { messageId: 'wider', line: 7, file: 'edge.yml', data: { direction: 'inbound', name: 'media-tcp', protocol: 'TCP', ports: '50000-59999', product: 'a Skype for Business Server 2015 Edge', allowed: 'TCP 443, 5061, 5269; UDP 3478' } },
        { messageId: 'wider', line: 8, data: { direction: 'inbound', name: 'media-udp', protocol: 'UDP', ports: '50000-59999' } },
      ],
    },
    {
      name: 'Skype for Business Server 2019 and Lync Server 2010 have no XMPP on the Edge',
      settings: { product: 'sfb2019' },
      files: { 'edge.yml': edge(...SFB_INBOUND, inbound('xmpp', 'tcp', '5269')) },
      errors: [{ messageId: 'wider', line: 7, data: { name: 'xmpp', protocol: 'TCP', ports: '5269', product: 'a Skype for Business Server 2019 Edge', allowed: 'TCP 443, 5061; UDP 3478' } }],
    },
    {
      name: 'federation missing inbound, media opened wider',
      settings: { product: 'lync2010' },
      files: { 'edge.yml': edge(inbound('tls', 'tcp', '443'), inbound('stun', 'udp', '3478'), inbound('media', 'udp', '49152-65535')) },
      errors: [
        { messageId: 'missing', line: 3, file: 'edge.yml', data: { protocol: 'TCP', ports: '5061', what: 'federation', direction: 'inbound' } },
        { messageId: 'wider', line: 7, data: { name: 'media', protocol: 'UDP', ports: '49152-49999, 60000-65535', product: 'a Lync Server 2010 Edge' } },
      ],
    },
    {
      name: 'outbound rules that leave out the A/V media range',
      settings: { product: 'sfb2015' },
      files: { 'edge.yml': edge(...SFB_INBOUND, outbound('out-tcp', 'tcp', '443, 5061'), outbound('out-udp', 'udp', '3478')) },
      errors: [
        { messageId: 'missing', line: 3, data: { protocol: 'TCP', ports: '50000-59999', what: 'A/V media relay', direction: 'outbound' } },
        { messageId: 'missing', line: 3, data: { protocol: 'UDP', ports: '50000-59999', what: 'A/V media relay', direction: 'outbound' } },
      ],
    },
    {
      name: 'any protocol is wider by definition',
      files: { 'edge.yml': edge(...SFB_INBOUND, '  - { name: temp, direction: inbound, action: allow, protocol: any }') },
      errors: [{ messageId: 'wider', line: 7, data: { name: 'temp', protocol: 'any' } }],
    },
  ],
});
