import { defineRule } from '../../src/engine/rule.js';
import type { Estate } from '../../src/estate/estate.js';
import type { DnsName, View, ZoneFile } from '../../src/model/dns.js';
import { displayName } from '../../src/model/names.js';
import { missingRecordAnchor } from '../../src/estate/anchors.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

/** On-premises products whose client discovery this rule knows. */
export const PRODUCTS = ['ocs2007r2', 'lync2010', 'lync2013', 'sfb2015', 'sfb2019'] as const;
export type Product = (typeof PRODUCTS)[number];

export interface DiscoveryRecordsOptions {
  /** Default: `settings.product`, else `lync2013`. */
  product?: Product;
  /** Mobility (Lync 2010 CU4 and later) is deployed: the autodiscover names are needed. */
  mobility?: boolean;
  /** What internal clients find their pool by. */
  internal?: 'srv' | 'autodiscover' | 'either' | 'both';
  /** Names (first labels below the SIP domain) that must not appear in the external view. */
  internalOnlyNames?: string[];
}

type MessageId = 'missingRecord' | 'missingEither' | 'internalOnlyName';

/**
 * `_sipinternal._tcp` is internal-only too, but publishing it outside is
 * lync/no-cleartext-external's finding; listing it here would report it twice.
 */
const DEFAULT_INTERNAL_ONLY = ['_sipinternaltls._tcp', 'lyncdiscoverinternal', 'sipinternal'];

/** What breaks when a record is missing, by its name below the SIP domain. */
const CONSEQUENCE: Record<string, string> = {
  '_sipinternaltls._tcp': 'internal clients cannot find their pool automatically',
  lyncdiscoverinternal: 'internal mobile and Lync 2013 or later clients cannot find the autodiscover service',
  '_sip._tls': 'clients on the Internet cannot find the Access Edge',
  lyncdiscover: 'mobile and external clients cannot find the autodiscover service',
  sip: 'the Access Edge host that clients fall back to and that the edge certificate names does not exist',
};

export default defineRule<DiscoveryRecordsOptions, MessageId>({
  id: 'lync/discovery-records',
  meta: {
    description: 'Each SIP domain publishes the discovery records its product needs, each in the right view',
    rationale: [
      'Clients find their server from nothing but the domain of the user\'s SIP address, so each SIP domain needs',
      'its discovery records on both sides of split-brain DNS:',
      '',
      '- internal view: `_sipinternaltls._tcp.D` (SRV to the pool, port 5061) and, where chosen with the',
      '  `internal` option, `lyncdiscoverinternal.D` (autodiscover);',
      '- external view: `_sip._tls.D` (SRV to the Access Edge, port 443), `sip.D` (the Access Edge host) and,',
      '  from Lync Server 2010 with mobility (`mobility` option, default on), `lyncdiscover.D`.',
      '',
      'Names that only mean something inside (`_sipinternaltls._tcp`, `lyncdiscoverinternal`, `sipinternal`)',
      'must not be published in the external view: outside clients would try to reach internal servers, and',
      'the names disclose the internal topology. (`_sipinternal._tcp` outside is lync/no-cleartext-external\'s',
      'finding.)',
      '',
      'The product comes from the `product` option, else `settings.product`, else `lync2013`; OCS 2007 R2 has',
      'no autodiscover. A view is checked only when the estate holds zones of that view, and a domain only',
      'when the estate holds its zone in that view; zones of unknown view are not checked. Ports are checked by',
      'sip/srv-port and targets by sip/srv-target.',
      '',
      'Only domains Lync-family servers serve are judged: with the product unset and no SIP domains configured,',
      'a domain counts when it carries a record only Lync clients look up (`_sipinternaltls._tcp`,',
      '`_sipinternal._tcp`, `_sip._tls`, `lyncdiscover`, `lyncdiscoverinternal`), so a plain SIP provider or a',
      'Cisco estate is not asked for Lync records; with SIP domains named in the settings but no product or',
      'topology, every one counts except a domain showing only another product\'s records (`_collab-edge._tls`,',
      '`_cisco-uds._tcp`, `_sips._tcp`, `_sip._udp`, SIP NAPTR...). A domain with any discovery record pointing at Microsoft 365 is',
      'left to the teams pack: wholly online, teams/online-records knows its records; half moved, it is',
      'teams/hybrid-consistency\'s finding.',
      '',
      '**Fix:** add the missing record to the zone named in the finding, or move the internal-only record to',
      'the internal zone.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    // The families of PRODUCTS: the discovery of LCS 2005 is not one this rule knows.
    products: ['ocs2007r2', 'lync2010', 'lync2013', 'sfb'],
    citations: [
      { source: 'Office Communicator Sign-in and Discovery', section: 'Understanding Client Automatic Configuration and DNS Discovery' },
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'DNS Configuration' },
      { source: 'Lync Server 2010: Enabling Lync Media to Bypass a VPN Tunnel', section: 'Specialized DNS Entries (table 2)' },
      { source: 'Troubleshooting External Lync Mobility Connectivity Issues Step-by-Step', section: 'Autodiscover DNS records' },
      { source: 'Skype for Business Server docs', section: 'DNS requirements (lyncdiscover, lyncdiscoverinternal)' },
    ],
    options: {
      type: 'object',
      properties: {
        product: { enum: [...PRODUCTS], description: 'Default: settings.product, else lync2013.' },
        mobility: { type: 'boolean', default: true, description: 'Mobility/autodiscover is deployed (Lync 2010 CU4 or later).' },
        internal: {
          enum: ['srv', 'autodiscover', 'either', 'both'],
          default: 'srv',
          description: 'Internal discovery records required: _sipinternaltls._tcp (srv), lyncdiscoverinternal (autodiscover), either or both.',
        },
        internalOnlyNames: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          default: [...DEFAULT_INTERNAL_ONLY],
          description: 'Names below each SIP domain that must not be published in the external view.',
        },
      },
      additionalProperties: false,
    },
    messages: {
      missingRecord: '{{domain}} has no {{record}} record in the {{view}} view: {{consequence}}',
      missingEither: '{{domain}} has neither {{record}} nor {{alternative}} in the {{view}} view: internal clients cannot find their pool automatically',
      internalOnlyName: '{{name}} is published in the external view; it is an internal-only name of {{domain}} and belongs in internal DNS only',
    },
    examples: {
      invalid: '; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\nlyncdiscoverinternal IN A 192.168.1.20',
      valid: '; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 167.55.49.32\nlyncdiscover IN A 167.55.49.35',
    },
  },
  appliesTo: (estate) => estate.zones.length > 0 && lyncSipDomains(estate).size > 0,
  check({ estate, options, report, notChecked }) {
    const product = options?.product ?? productFromSettings(estate);
    if (!product) return; // Teams or a product whose discovery this rule does not know.
    const autodiscover = product !== 'ocs2007r2' && (options?.mobility ?? true);
    const internalMode = autodiscover ? (options?.internal ?? 'srv') : 'srv';
    const internalOnly = options?.internalOnlyNames ?? DEFAULT_INTERNAL_ONLY;
    const views = new Set(estate.views());
    const reportedUnknown = new Set<ZoneFile>();

    for (const domain of [...lyncSipDomains(estate)].sort()) {
      const shown = displayName(domain);
      const under = (label: string): DnsName => `${label}.${domain}`;

      for (const zone of estate.zonesFor(domain, { view: 'unknown' })) {
        if (reportedUnknown.has(zone)) continue;
        reportedUnknown.add(zone);
        notChecked(zone, 'the zone\'s view (internal or external) is unknown, so its SIP discovery records were not judged');
      }

      const zoneIn = (view: View): ZoneFile | undefined =>
        views.has(view) ? [...estate.zonesFor(domain, { view })].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0] : undefined;
      const missing = (zone: ZoneFile, view: View, label: string): void => {
        report({
          node: missingRecordAnchor(estate, zone, domain),
          messageId: 'missingRecord',
          data: { domain: shown, record: displayName(under(label)), view, consequence: CONSEQUENCE[label] ?? 'clients cannot find the service' },
        });
      };

      const internalZone = zoneIn('internal');
      if (internalZone) {
        const hasSrv = estate.recordsAt(under('_sipinternaltls._tcp'), 'SRV', { view: 'internal' }).length > 0;
        const hasAutodiscover = estate.hasName(under('lyncdiscoverinternal'), { view: 'internal' });
        if ((internalMode === 'srv' || internalMode === 'both') && !hasSrv) missing(internalZone, 'internal', '_sipinternaltls._tcp');
        if ((internalMode === 'autodiscover' || internalMode === 'both') && !hasAutodiscover) {
          missing(internalZone, 'internal', 'lyncdiscoverinternal');
        }
        if (internalMode === 'either' && !hasSrv && !hasAutodiscover) {
          report({
            node: missingRecordAnchor(estate, internalZone, domain),
            messageId: 'missingEither',
            data: {
              domain: shown,
              record: displayName(under('_sipinternaltls._tcp')),
              alternative: displayName(under('lyncdiscoverinternal')),
              view: 'internal',
            },
          });
        }
      }

      const externalZone = zoneIn('external');
      if (externalZone) {
        if (estate.recordsAt(under('_sip._tls'), 'SRV', { view: 'external' }).length === 0) missing(externalZone, 'external', '_sip._tls');
        if (!estate.hasName(under('sip'), { view: 'external' })) missing(externalZone, 'external', 'sip');
        if (autodiscover && !estate.hasName(under('lyncdiscover'), { view: 'external' })) missing(externalZone, 'external', 'lyncdiscover');
        for (const label of internalOnly) {
          const leaked = estate.recordsAt(under(label.toLowerCase().replace(/\.+$/, '')), undefined, { view: 'external' })[0];
          if (leaked) {
            report({
              node: leaked,
              messageId: 'internalOnlyName',
              data: { name: displayName(leaked.name), domain: shown },
            });
          }
        }
      }
    }
  },
});

function productFromSettings(estate: Estate): Product | undefined {
  const configured = estate.product();
  if (configured === undefined) return 'lync2013';
  return (PRODUCTS as readonly string[]).includes(configured) ? (configured as Product) : undefined;
}
