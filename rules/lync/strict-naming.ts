import { defineRule } from '../../src/engine/rule.js';
import type { DnsName } from '../../src/model/dns.js';
import { canonicalName, displayName, isAtOrBelow, labelsOf, parentName } from '../../src/model/names.js';
import { ipLiteralIn, normaliseService } from '../../src/estate/sip.js';
import { lyncSipDomains } from '../../src/estate/lync-domains.js';

/**
 * Services a client queries to find its sign-in server. Federation
 * (`_sipfederationtls._tcp`) is not among them: its target is looked up by other
 * organisations' edge servers, which check the certificate but apply no client
 * naming policy, and hosted services point it at names in other domains by design.
 */
export const DEFAULT_SIGN_IN_SERVICES = ['_sipinternaltls._tcp', '_sipinternal._tcp', '_sip._tls', '_sip._tcp'];

/** How a client judges a discovered host name against the user's SIP domain. */
export type HostAcceptance = 'always' | 'nonStrictOnly' | 'never';

/**
 * How far below the SIP domain a host may lie with strict naming off: at any depth (OCS 2007 R2
 * and later clients), or one label only (the older reading of Communicator 2007's documentation).
 */
export type NonStrictDepth = 'any' | 'one-label';

/**
 * Host H for SIP domain D: `D` and `sip.D` are always accepted; any name below D
 * (`pool01.D`, `sip.division.D`) only when strict naming is off; anything else never.
 * Case and trailing dots do not matter.
 */
export function hostAcceptance(host: string, sipDomain: string, depth: NonStrictDepth = 'any'): HostAcceptance {
  const h = canonicalName(host);
  const d = canonicalName(sipDomain);
  if (h === d || h === `sip.${d}`) return 'always';
  if (h.length > d.length + 1 && isAtOrBelow(h, d)) {
    if (depth === 'any') return 'nonStrictOnly';
    const below = h.slice(0, h.length - d.length - 1);
    // One label: no separating dot (an escaped `\.` stays inside its label).
    const oneLabel = below.includes('\\') ? labelsOf(`${below}.`).length === 1 : !below.includes('.');
    if (oneLabel) return 'nonStrictOnly';
  }
  return 'never';
}

/** Products whose clients (Communicator 2007 R2 and older) refuse a server in another domain outright, without asking the user. */
const REFUSING_PRODUCTS: ReadonlySet<string> = new Set(['lcs2005', 'ocs2007r2']);

export interface StrictNamingOptions {
  /** Strict DNS naming on the clients; when absent, the deployment's policy (Estate.strictDnsNaming), else false. */
  strict?: boolean;
  /** SRV services whose targets clients sign in to. */
  services?: string[];
  /** How far below the SIP domain a host may lie with strict naming off (default `any`). */
  nonStrictDepth?: NonStrictDepth;
}

export default defineRule<StrictNamingOptions, 'neverAccepted' | 'untrustedDomain' | 'rejectedWhenStrict'>({
  id: 'lync/strict-naming',
  meta: {
    description: 'Sign-in SRV records point at a host name the client accepts for the SIP domain',
    rationale: [
      'A Communicator, Lync or Skype for Business client that finds its server through DNS only trusts a host',
      'name that is tied to the domain of the user\'s SIP address, so that a forged DNS answer cannot send it',
      'to an impostor. For a user `someone@D` the client accepts:',
      '',
      '- always: `D` itself and `sip.D`;',
      '- when strict DNS naming is off (the default): also any name below `D`, at any depth (`pool01.D`,',
      '  `sip.division.D`, `pool.corp.D`);',
      '- never: other domains (`sip.D.net`, `sip.com`) or names that only contain `D` (`sip.D.example.com`).',
      '  Communicator 2007 R2 and older clients refuse them; a Lync 2010 or later client asks the user whether',
      '  to trust the server, unless the `TrustModelData` policy (Trusted Domain List) names its domain. Either',
      '  way sign-in does not work as deployed, so the record is reported.',
      '',
      'The older "Office Communicator Sign-in and Discovery" page lists only names one label below `D`; the',
      '`nonStrictDepth: one-label` option keeps that reading for Communicator 2007 estates. OCS 2007 R2\'s',
      '"Common Issues with Sign-in and Discovery" accepts `sip.division.D`, and Lync 2010 and later trust',
      'servers directly in the SIP domain or in its subdomains, so any depth is the default.',
      '',
      'Strict naming is switched on by the `EnableStrictDNSNaming` client policy. The rule reads it from the',
      '`strict` option, else from `settings.strictDnsNaming`, else from the topology\'s `clientPolicy.strictDnsNaming`,',
      'else from registry exports (`EnableStrictDNSNaming` under the Communicator or Lync policy keys, or Windows',
      'Messenger 5\'s `DisableStrictDNSNaming` under `...\\Messenger\\Client\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_Default`,',
      'as "LCS and Windows Messenger 5 connectivity" describes it), else assumes it is off.',
      '',
      'Only sign-in services are checked (`services` option; default `_sipinternaltls._tcp`, `_sipinternal._tcp`,',
      '`_sip._tls`, `_sip._tcp`). Federation records are left out on purpose: other organisations\' servers follow',
      'them and apply no client naming policy, and hosted deployments point them at another domain.',
      'Domains served by Microsoft 365 (any discovery record pointing at `sipdir.online.lync.com` or a',
      'sovereign-cloud twin) are left to the teams pack: Microsoft publishes those targets, and its clients accept',
      'them. Plain SIP and Cisco domains are not judged either (see lync/discovery-records for how the Lync',
      'domains are told apart).',
      '',
      '**Fix:** publish the server under a name in `D` (`sip.D` works with strict naming on too; add it to the',
      'certificate) and point the SRV record there.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Office Communicator Sign-in and Discovery', section: 'Understanding Client Automatic Configuration and DNS Discovery (strict naming examples)' },
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'Strict Name Checking' },
      { source: 'LCS and Windows Messenger 5 connectivity', section: 'DisableStrictDNSNaming' },
      { source: 'Lync cannot verify that the server is trusted for your sign-in address (Microsoft support article 2833618)', section: 'Trust model dialog; TrustModelData policy' },
    ],
    options: {
      type: 'object',
      properties: {
        strict: { type: 'boolean', description: 'Strict DNS naming on the clients (default: settings, topology or registry policy, else false).' },
        services: {
          type: 'array',
          items: { type: 'string', pattern: '^_[^.]+\\._[^.]+\\.?$' },
          uniqueItems: true,
          default: [...DEFAULT_SIGN_IN_SERVICES],
          description: 'SRV services (`_service._proto`) whose targets clients sign in to.',
        },
        nonStrictDepth: {
          enum: ['any', 'one-label'],
          default: 'any',
          description: 'How far below the SIP domain a host may lie with strict naming off: any depth, or one label (the older Communicator 2007 reading).',
        },
      },
      additionalProperties: false,
    },
    messages: {
      neverAccepted:
        'SRV {{name}} targets {{target}}, which clients signing in to {{domain}} never accept; use {{domain}}, sip.{{domain}} or a host below {{domain}}',
      untrustedDomain:
        'SRV {{name}} targets {{target}}, outside {{domain}}: Lync and Skype for Business clients signing in to {{domain}} ask the user whether to trust it unless the TrustModelData policy lists {{targetDomain}}; use a host in {{domain}}',
      rejectedWhenStrict:
        'SRV {{name}} targets {{target}}, which clients with strict DNS naming reject for {{domain}}; use sip.{{domain}} or {{domain}}',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.net.\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.net.',
      valid: '$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.com.\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01.corp.contoso.com.',
    },
  },
  appliesTo: (estate) => estate.hasRecords('SRV'),
  check({ estate, options, report }) {
    const strict = options?.strict ?? estate.strictDnsNaming()?.value ?? false;
    const depth = options?.nonStrictDepth ?? 'any';
    const product = estate.product();
    const refused = product !== undefined && REFUSING_PRODUCTS.has(product);
    const services = new Set((options?.services ?? DEFAULT_SIGN_IN_SERVICES).map(normaliseService));
    const sipDomains = lyncSipDomains(estate);
    // Only records of these domains are judged: none, nothing to walk the SRV records for.
    if (sipDomains.size === 0) return;
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!services.has(service) || !sipDomains.has(domain)) continue;
      const target: DnsName = srv.data.target;
      // `.` is no server at all; an address literal is sip/srv-target's finding.
      if (target === '.' || ipLiteralIn(target, srv.zone.origin) !== undefined) continue;
      const acceptance = hostAcceptance(target, domain, depth);
      if (acceptance === 'always' || (acceptance === 'nonStrictOnly' && !strict)) continue;
      const data = { name: displayName(srv.name), target: displayName(target), domain: displayName(domain) };
      if (acceptance === 'nonStrictOnly') report({ node: srv, messageId: 'rejectedWhenStrict', data });
      // A name below the domain that only the one-label reading refuses is in the domain: no trust prompt either.
      else if (refused || isAtOrBelow(target, domain)) report({ node: srv, messageId: 'neverAccepted', data });
      else report({ node: srv, messageId: 'untrustedDomain', data: { ...data, targetDomain: displayName(parentName(target) ?? target) } });
    }
  },
});
