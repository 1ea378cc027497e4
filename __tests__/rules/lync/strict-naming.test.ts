import { describe, expect, it } from '@jest/globals';
import { runRuleTests } from '../../helpers/rule-tester.js';
import rule, { hostAcceptance } from '../../../rules/lync/strict-naming.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';
const INTERNAL = 'internal/contoso.com.zone';
const CONTOSO = { sipDomains: ['contoso.com'] };

// Host names for sip:jeremy@contoso.com, from "Office Communicator Sign-in and Discovery" and
// "Common Issues with Sign-in and Discovery" (OCS 2007 R2): any depth below the domain is accepted
// without strict naming.
const ALWAYS = ['sip.contoso.com', 'contoso.com'];
const ONE_LABEL = ['Server77.contoso.com', 'sipfed.contoso.com', 'ap.contoso.com'];
const DEEPER = ['sip.eng.contoso.com', 'pool.corp.contoso.com', 'sip.division.contoso.com'];
const NON_STRICT_ONLY = [...ONE_LABEL, ...DEEPER];
const NEVER = ['sip.contoso.net', 'sip.com', 'sip.contoso.com.cpandl.com'];

describe('hostAcceptance', () => {
  it.each(ALWAYS)('%s is always accepted for contoso.com', (host) => {
    expect(hostAcceptance(host, 'contoso.com')).toBe('always');
  });
  it.each(NON_STRICT_ONLY)('%s is accepted only without strict naming', (host) => {
    expect(hostAcceptance(host, 'contoso.com')).toBe('nonStrictOnly');
  });
  it.each(NEVER)('%s is never accepted for contoso.com', (host) => {
    expect(hostAcceptance(host, 'contoso.com')).toBe('never');
  });
  it('ignores case and the trailing dot on both sides', () => {
    expect(hostAcceptance('SIP.Contoso.COM.', 'contoso.com')).toBe('always');
    expect(hostAcceptance('contoso.com', 'CONTOSO.com.')).toBe('always');
    expect(hostAcceptance('Pool01.CONTOSO.com.', 'contoso.com.')).toBe('nonStrictOnly');
  });
  it('does not take a name that merely ends with the domain text', () => {
    expect(hostAcceptance('sip.fabrikamcontoso.com', 'contoso.com')).toBe('never');
    expect(hostAcceptance('xcontoso.com', 'contoso.com')).toBe('never');
  });
  it('judges a SIP domain that is itself a subdomain', () => {
    expect(hostAcceptance('sip.eng.contoso.com', 'eng.contoso.com')).toBe('always');
    expect(hostAcceptance('pool.eng.contoso.com', 'eng.contoso.com')).toBe('nonStrictOnly');
    expect(hostAcceptance('sip.contoso.com', 'eng.contoso.com')).toBe('never');
  });
  it('takes only one label below the domain in the older Communicator 2007 reading', () => {
    expect(hostAcceptance('pool01.contoso.com', 'contoso.com', 'one-label')).toBe('nonStrictOnly');
    expect(hostAcceptance('sip.eng.contoso.com', 'contoso.com', 'one-label')).toBe('never');
    expect(hostAcceptance('sip.contoso.com', 'contoso.com', 'one-label')).toBe('always');
  });
});

/** One external `_sip._tls` record per host, from line 4 on. */
function srvTo(hosts: string[]): string {
  return zone(...header(), ...hosts.map((h) => `_sip._tls IN SRV 0 0 443 ${h}.`));
}

runRuleTests(rule, {
  valid: [
    {
      name: 'a Microsoft 365 target (worldwide or sovereign) is left to teams/online-records',
      zones: { [EXTERNAL]: srvTo(['sipdir.online.lync.com', 'sipdir.online.gov.skypeforbusiness.us']) },
      // A hybrid deployment, so that the rule runs: for Teams alone it does not.
      settings: { ...CONTOSO, strictDnsNaming: true, families: ['lync', 'teams'] },
    },
    {
      name: 'sip.contoso.com and contoso.com, strict naming on',
      zones: { [EXTERNAL]: srvTo(ALWAYS) },
      settings: { ...CONTOSO, strictDnsNaming: true },
    },
    {
      name: 'every name at or below the domain, strict naming off (the default)',
      zones: { [EXTERNAL]: srvTo([...ALWAYS, ...NON_STRICT_ONLY]) },
      settings: CONTOSO,
    },
    {
      name: 'Windows Messenger 5 with DisableStrictDNSNaming = 1 accepts names below the domain',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.') },
      files: {
        'wm5.reg':
          'REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default]\r\n"DisableStrictDNSNaming"=dword:00000001\r\n',
      },
      settings: CONTOSO,
    },
    {
      name: 'strict option false beats settings.strictDnsNaming',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.') },
      settings: { ...CONTOSO, strictDnsNaming: true },
      options: { strict: false },
    },
    {
      name: 'case and relative names do not matter',
      zones: { [INTERNAL]: zone(...header(), '_SIPINTERNALTLS._TCP IN SRV 0 0 5061 SIP', '_sipinternal._tcp IN SRV 0 0 5060 Sip.CONTOSO.com.') },
      settings: { ...CONTOSO, strictDnsNaming: true },
    },
    {
      name: 'federation records are not sign-in records (hosted federation target)',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.') },
      settings: { ...CONTOSO, families: ['lync', 'teams'] },
    },
    {
      // No SIP domain of the estate is Lync's: nothing is judged, even with strict naming on.
      name: 'a plain SIP provider (RFC 3263 records only) is not judged',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tcp IN SRV 10 10 5060 proxy.provider.example.', '_sip._udp IN SRV 10 10 5060 proxy.provider.example.') },
      settings: { strictDnsNaming: true },
      notApplicable: 'the records show generic SIP only',
    },
    {
      name: 'SRV records of a domain that is not a SIP domain are not judged',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls.partner IN SRV 0 0 443 edge.partner.example.') },
      settings: CONTOSO,
    },
    {
      name: 'a SIP domain below the zone apex is judged against itself',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls.eng IN SRV 0 0 443 sip.eng.contoso.com.') },
      settings: { sipDomains: ['eng.contoso.com'], strictDnsNaming: true },
    },
    {
      name: 'a "." target and an address literal are left to other rules',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tcp IN SRV 0 0 0 .', '_sip._tls IN SRV 0 0 443 167.55.49.32.') },
      settings: CONTOSO,
    },
  ],
  invalid: [
    {
      name: 'other domains, strict naming off: Lync 2010 and later clients ask the user unless TrustModelData lists the domain',
      zones: { [EXTERNAL]: srvTo(NEVER) },
      settings: CONTOSO,
      errors: NEVER.map((host, i) => ({
        messageId: 'untrustedDomain',
        line: 4 + i,
        file: EXTERNAL,
        data: { name: '_sip._tls.contoso.com', target: host, domain: 'contoso.com', targetDomain: host.slice(host.indexOf('.') + 1) },
      })),
    },
    {
      name: 'other domains on an OCS 2007 R2 estate: never accepted',
      zones: { [EXTERNAL]: srvTo(NEVER) },
      settings: { ...CONTOSO, product: 'ocs2007r2', strictDnsNaming: true },
      errors: NEVER.map((host, i) => ({ messageId: 'neverAccepted', line: 4 + i, data: { target: host } })),
    },
    {
      name: 'names below the domain rejected with strict naming from settings',
      zones: { [EXTERNAL]: srvTo([...ALWAYS, ...NON_STRICT_ONLY]) },
      settings: { ...CONTOSO, strictDnsNaming: true },
      errors: NON_STRICT_ONLY.map((host, i) => ({
        messageId: 'rejectedWhenStrict',
        line: 6 + i,
        data: { name: '_sip._tls.contoso.com', target: host.toLowerCase(), domain: 'contoso.com' },
      })),
    },
    {
      name: 'strict naming from the topology\'s client policy',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.') },
      files: { 'topology.yml': 'apiVersion: uclint/v1\nkind: Topology\nsipDomains: [contoso.com]\nclientPolicy: { strictDnsNaming: true }\n' },
      errors: [{ messageId: 'rejectedWhenStrict', line: 4, data: { target: 'pool01.contoso.com' } }],
    },
    {
      name: 'strict naming from Communicator Group Policy in a regedit export',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.') },
      files: {
        'policy.reg': 'Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]\r\n"EnableStrictDNSNaming"=dword:00000001\r\n',
      },
      settings: CONTOSO,
      errors: [{ messageId: 'rejectedWhenStrict', line: 4, data: { target: 'pool01.contoso.com' } }],
    },
    {
      name: 'strict naming from Windows Messenger 5\'s high security mode (DisableStrictDNSNaming = 0)',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.') },
      files: {
        'wm5.reg':
          'REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default]\r\n"DisableStrictDNSNaming"=dword:00000000\r\n',
      },
      settings: CONTOSO,
      errors: [{ messageId: 'rejectedWhenStrict', line: 4, data: { target: 'pool01.contoso.com' } }],
    },
    {
      name: 'strict naming from the option',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com.', '_sipinternal._tcp IN SRV 0 0 5060 pool01') },
      settings: CONTOSO,
      options: { strict: true },
      errors: [
        { messageId: 'rejectedWhenStrict', line: 4, data: { name: '_sipinternaltls._tcp.contoso.com', target: 'pool01.contoso.com' } },
        { messageId: 'rejectedWhenStrict', line: 5, data: { name: '_sipinternal._tcp.contoso.com', target: 'pool01.contoso.com' } },
      ],
    },
    {
      name: 'SIP domains inferred from SRV owners when settings name none',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.net.') },
      errors: [{ messageId: 'untrustedDomain', line: 4, data: { target: 'pool.contoso.net', domain: 'contoso.com' } }],
    },
    {
      name: 'a Communicator 2007 estate may keep the older one-label reading',
      zones: { [INTERNAL]: zone(...header(), '_sipinternaltls._tcp IN SRV 0 0 5061 pool.lync.contoso.com.') },
      settings: { ...CONTOSO, product: 'ocs2007r2' },
      options: { nonStrictDepth: 'one-label' },
      errors: [{ messageId: 'neverAccepted', line: 4, data: { target: 'pool.lync.contoso.com', domain: 'contoso.com' } }],
    },
    {
      name: 'a SIP domain below the zone apex does not accept the parent domain\'s hosts',
      zones: { [EXTERNAL]: zone(...header(), '_sip._tls.eng IN SRV 0 0 443 sip.contoso.com.') },
      settings: { sipDomains: ['eng.contoso.com'] },
      errors: [{ messageId: 'untrustedDomain', line: 4, data: { name: '_sip._tls.eng.contoso.com', domain: 'eng.contoso.com', targetDomain: 'contoso.com' } }],
    },
    {
      name: 'federation is checked when the services option includes it',
      zones: { [EXTERNAL]: zone(...header(), '_sipfederationtls._tcp IN SRV 0 0 5061 sip.contoso.net.', '_sip._tls IN SRV 0 0 443 sip.contoso.net.') },
      settings: CONTOSO,
      options: { services: ['_sipfederationtls._tcp'] },
      errors: [{ messageId: 'untrustedDomain', line: 4, data: { name: '_sipfederationtls._tcp.contoso.com' } }],
    },
  ],
});
