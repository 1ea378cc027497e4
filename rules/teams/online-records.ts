import { defineRule, type Report } from '../../src/engine/rule.js';
import { listOf } from '../../src/core/words.js';
import type { DnsName, ZoneRecord } from '../../src/model/dns.js';
import { canonicalName, displayName } from '../../src/model/names.js';
import { missingRecordAnchor } from '../../src/estate/anchors.js';
import { hasMisplacedServiceRecord } from '../../src/estate/misplaced.js';
import { danglingTargetZone } from '../../src/estate/dangling.js';
import {
  DEFAULT_M365_CLOUD,
  M365_CLOUDS,
  M365_CLOUD_NAMES,
  m365CloudOf,
  m365DiscoveryRecords,
  type M365CloudName,
  type M365DiscoveryRecord,
} from '../../src/estate/data/m365-clouds.js';
import { discoveryOf, isDisagreeing, m365CandidateDomains, m365DomainsToJudge, mayPointOnline, publicViewOf, unjudgedZonesOf } from '../../src/estate/m365-discovery.js';

export interface OnlineRecordsOptions {
  /** Default `worldwide`. */
  cloud?: M365CloudName;
  /** The SIP domains Microsoft 365 serves; default: see the rationale. */
  domains?: string[];
  /** `federation`: only `_sipfederationtls._tcp` must exist. Default `all`. */
  records?: 'all' | 'federation';
}

type MessageId = 'missing' | 'wrongSrv' | 'otherPriority' | 'wrongCname' | 'otherCloud' | 'wrongType';

export default defineRule<OnlineRecordsOptions, MessageId>({
  id: 'teams/online-records',
  meta: {
    description: 'A SIP domain served by Microsoft 365 publishes its four records with exactly the values of its cloud',
    rationale: [
      'For a custom domain served by Microsoft 365 (Teams, Skype for Business Online), Microsoft lists exactly',
      'four external records: `_sip._tls` SRV 100 1 443 to `sipdir.online.lync.com`, `_sipfederationtls._tcp`',
      'SRV 100 1 5061 to `sipfed.online.lync.com`, `sip` CNAME to `sipdir.online.lync.com` and `lyncdiscover`',
      'CNAME to `webdir.online.lync.com`. Sovereign clouds (GCC High, DoD, 21Vianet, Deutschland) use their own',
      'targets: choose one with the `cloud` option. A missing or wrong federation record breaks federation with',
      'other organisations; wrong client records break sign-in of Skype for Business clients and phones. Each',
      'finding quotes the record to publish as a zone-file line.',
      '',
      'The domains judged are those in the `domains` option; else, when the deployment\'s product is `teams`,',
      'every SIP domain; else each domain whose external `_sip._tls`, `_sipfederationtls._tcp`, `sip` or',
      '`lyncdiscover` points at a Microsoft 365 service host (and then the rest must be right too). Without',
      'configured SIP domains, a domain that publishes only a `sip` or `lyncdiscover` CNAME to Microsoft 365',
      'counts as a SIP domain.',
      '',
      'A domain that points some records online and others on-premises is teams/hybrid-consistency\'s: it reports',
      'the records that go against the domain\'s direction, and this rule does not judge those records again.',
      'When that direction is on-premises (the product is Lync or Skype for Business Server, or most records',
      'point there), this rule leaves the domain alone; when it is online, this rule judges the records that',
      'point online and reports the missing ones. An address record at `sip` or `lyncdiscover` points nowhere in',
      'particular, so it is this rule\'s finding (a CNAME is needed), not a split. A record whose target does not',
      'exist in the estate\'s zone (`sipfed.online.lync.com` written without its final dot, which the zone\'s origin',
      'completes) is dns/dangling-target\'s finding, not judged here, and points neither way.',
      '',
      'Microsoft lists the SRV records with priority 100 and weight 1. Priority and weight only order the records',
      'of one set (RFC 2782), so in a set of one record other values (`0 0`) change nothing: an info finding',
      'notes the difference, never an error. Target, port and the record name are what clients depend on.',
      '',
      'Records are read in the external view, or, in an estate whose zones mark no view at all, in those zones.',
      'Zones of unknown view in an estate with views are not judged (an info finding says so).',
      '',
      'Microsoft\'s pages for GCC High and DoD now list only `_sipfederationtls._tcp` for Teams: the `records:',
      'federation` option requires only that record (the others, where published, must still be right).',
      '',
      '**Fix:** publish the record the finding quotes, in the domain\'s external zone.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['teams'],
    citations: [
      {
        source: 'MicrosoftDocs microsoft-365-docs, create-dns-records-at-any-dns-hosting-provider.md',
        section: 'Add three CNAME records; Add two SRV records (worldwide, 21Vianet, Germany)',
      },
      { source: 'MicrosoftDocs microsoft-365-docs, dns-records-for-office-365-gcc-high.md and dns-records-for-office-365-dod.md', section: 'External DNS records required for Teams' },
      { source: 'RFC 2782', section: 'Priority and Weight (they order the records of one set)' },
      {
        source: 'MicrosoftDocs OfficeDocs-SkypeForBusiness, cloud-consolidation-disabling-hybrid.md',
        section: 'Disable hybrid to complete migration to the cloud: update DNS to point to Microsoft 365',
      },
    ],
    options: {
      type: 'object',
      properties: {
        cloud: { enum: [...M365_CLOUD_NAMES], default: DEFAULT_M365_CLOUD, description: 'The Microsoft 365 cloud the tenant is in (GCC uses worldwide); it decides the targets.' },
        domains: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'The SIP domains Microsoft 365 serves. Default: every SIP domain when settings.product is teams, else the domains with a record pointing at Microsoft 365.',
        },
        records: {
          enum: ['all', 'federation'],
          default: 'all',
          description: 'Records that must exist: all four, or only _sipfederationtls._tcp (the GCC High and DoD pages list only that one).',
        },
      },
      additionalProperties: false,
    },
    messages: {
      missing: '{{domain}} is served by {{cloud}} but has no {{name}} record {{where}}; expected: {{expected}}',
      wrongSrv: 'SRV {{name}} {{actual}} has the wrong {{fields}} for {{cloud}}; expected: {{expected}}',
      otherPriority:
        'SRV {{name}} has priority and weight {{actual}} where {{cloud}} lists {{listed}}; in a set of one record they change nothing (RFC 2782); listed: {{expected}}',
      wrongCname: 'CNAME {{name}} points at {{target}}, not at the {{cloud}} host; expected: {{expected}}',
      otherCloud: '{{name}} points at {{target}}, a host of {{otherCloud}}, not of {{cloud}} (if the tenant is in {{otherCloud}}, set the cloud option); expected: {{expected}}',
      wrongType: '{{name}} has record type {{type}} where Microsoft 365 needs {{expectedType}}; expected: {{expected}}',
    },
    examples: {
      invalid: [
        '$ORIGIN fabrikam.com.',
        '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
        '_sip._tls IN SRV 100 1 5061 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        'sip IN A 52.112.1.1',
      ].join('\n'),
      valid: [
        '$ORIGIN fabrikam.com.',
        '@ IN SOA ns1 hostmaster 1 3600 600 86400 300',
        '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
        '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
        'sip IN CNAME sipdir.online.lync.com.',
        'lyncdiscover IN CNAME webdir.online.lync.com.',
      ].join('\n'),
    },
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, options, report, notChecked }) {
    const cloud = options?.cloud ?? DEFAULT_M365_CLOUD;
    const cloudTitle = M365_CLOUDS[cloud].title;
    const expectedRecords = m365DiscoveryRecords(cloud);
    const required = new Set(options?.records === 'federation' ? ['_sipfederationtls._tcp'] : expectedRecords.map((e) => e.label));
    const view = publicViewOf(estate);
    const where = view === 'external' ? 'in the external view' : 'in its zone';

    const configured = options?.domains !== undefined;
    const everyDomain = configured || estate.product() === 'teams';
    // Without a list or a Teams deployment, only a domain with discovery records can be judged.
    const domains = configured
      ? [...new Set((options.domains as string[]).map(canonicalName))].sort()
      : everyDomain
        ? m365CandidateDomains(estate)
        : m365DomainsToJudge(estate);

    for (const domain of domains) {
      for (const other of unjudgedZonesOf(estate, domain)) {
        notChecked(other, 'the zone\'s view (internal or external) is unknown, so its Microsoft 365 records were not judged');
      }
      // Without a list or a Teams deployment, a domain is Microsoft 365's when a public record says so.
      if (!everyDomain && !mayPointOnline(estate, domain)) continue;
      const discovery = discoveryOf(estate, domain);
      if (!everyDomain && !discovery.records.some((r) => r.record.zone.view === view && r.direction === 'online')) continue;
      const zone = [...estate.zonesFor(domain, { view })].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
      if (!zone) continue;
      // A split domain whose records should point on-premises is hybrid-consistency's alone.
      if (discovery.reference?.direction === 'on-premises') continue;
      const names = expectedRecords.map((e) => canonicalName(`${e.label}.${domain}`));

      expectedRecords.forEach((expected, i) => {
        const name = names[i];
        const expectedLine = zoneLine(name, expected);
        const data = { name: displayName(name), cloud: cloudTitle, expected: expectedLine };
        const present = estate.recordsAt(name, undefined, { view });
        if (present.length === 0) {
          // A record there whose data could not be read, or one written at a slip of the name, is another rule's to judge.
          if (estate.hasUnreadRecords(name, { view }) || hasMisplacedServiceRecord(estate, name, view)) return;
          if (required.has(expected.label)) {
            report({ node: missingRecordAnchor(estate, zone, domain, names), messageId: 'missing', data: { ...data, domain: displayName(domain), where } });
          }
          return;
        }
        const ofType = present.filter((r) => r.type === expected.type);
        // A record of another type has no direction, so it is never hybrid-consistency's.
        if (ofType.length === 0) {
          report({ node: present[0], messageId: 'wrongType', data: { ...data, type: present[0].type, expectedType: expected.type } });
          return;
        }
        for (const record of ofType) {
          // A target that does not exist (a Microsoft 365 host without its final dot) is dns/dangling-target's.
          const target = (record as ZoneRecord<'SRV'> | ZoneRecord<'CNAME'>).data.target;
          if (!isDisagreeing(discovery, record) && !danglingTargetZone(estate, record, target)) judgeRecord(record, expected, cloud, data, report, ofType.length === 1);
        }
      });
    }
  },
});

function judgeRecord(
  record: ZoneRecord,
  expected: M365DiscoveryRecord,
  cloud: M365CloudName,
  data: { name: string; cloud: string; expected: string },
  report: Report<MessageId>,
  aloneInSet: boolean,
): void {
  const target = (record as ZoneRecord<'SRV'> | ZoneRecord<'CNAME'>).data.target;
  const otherCloud = m365CloudOf(target);
  if (otherCloud !== undefined && otherCloud !== cloud) {
    report({ node: record, messageId: 'otherCloud', data: { ...data, target: displayName(target), otherCloud: M365_CLOUDS[otherCloud].title } });
    return;
  }
  const targetRight = target === canonicalName(expected.target);
  if (expected.type === 'CNAME') {
    if (!targetRight) report({ node: record, messageId: 'wrongCname', data: { ...data, target: displayName(target) } });
    return;
  }
  const srv = (record as ZoneRecord<'SRV'>).data;
  // Priority and weight order the records of a set (RFC 2782): never what makes a record wrong.
  const fields = [srv.port !== expected.port ? 'port' : undefined, targetRight ? undefined : 'target'].filter((f): f is string => f !== undefined);
  if (fields.length > 0) {
    const actual = `${srv.priority} ${srv.weight} ${srv.port} ${displayName(srv.target)}`;
    report({ node: record, messageId: 'wrongSrv', data: { ...data, actual, fields: listOf(fields) } });
  } else if (aloneInSet && (srv.priority !== expected.priority || srv.weight !== expected.weight)) {
    report({ node: record, messageId: 'otherPriority', severity: 'info', data: { ...data, actual: `${srv.priority} ${srv.weight}`, listed: `${expected.priority} ${expected.weight}` } });
  }
}

/** The record as a zone-file line with absolute names, ready to paste. */
function zoneLine(name: DnsName, expected: M365DiscoveryRecord): string {
  const target = canonicalName(expected.target);
  return expected.type === 'SRV'
    ? `${name} IN SRV ${expected.priority} ${expected.weight} ${expected.port} ${target}`
    : `${name} IN CNAME ${target}`;
}
