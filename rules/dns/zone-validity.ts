import { defineRule, type Report } from '../../src/engine/rule.js';
import type { DnsName, TextData, ZoneFile, ZoneRecord } from '../../src/model/dns.js';
import type { Estate } from '../../src/estate/estate.js';
import { displayName, isAtOrBelow, parentName } from '../../src/model/names.js';

type MessageId =
  | 'noSoa'
  | 'noApexNs'
  | 'rootHints'
  | 'nsNoAddress'
  | 'nsIsAlias'
  | 'nsBelowDname'
  | 'glueMissing'
  | 'dsAtApex'
  | 'cdsWithoutDnskey'
  | 'cdsDeleteNotAlone';

/** The records of one zone file a rule of zone structure needs, read in one pass over its table. */
interface ZoneFacts {
  zone: ZoneFile;
  origin: DnsName;
  soa: ZoneRecord[];
  apexNs: ZoneRecord<'NS'>[];
  /** NS records below the apex: delegations. */
  delegations: ZoneRecord<'NS'>[];
  dnameOwners: Set<DnsName>;
  delegationOwners: Set<DnsName>;
  apexDs: ZoneRecord[];
  cds: ZoneRecord[];
  cdnskey: ZoneRecord[];
  dnskey: ZoneRecord[];
  /** Types other than NS, A and AAAA seen (a hints file has none). */
  otherTypes: number;
}

/** Type codes this rule reads; every other record is only counted. */
const SOA = 6;
const NS = 2;
const A = 1;
const AAAA = 28;
const DNAME = 39;
const DS = 43;
const CDS = 59;
const CDNSKEY = 60;
const DNSKEY = 48;

function factsOf(zone: ZoneFile, origin: DnsName): ZoneFacts {
  const facts: ZoneFacts = {
    zone,
    origin,
    soa: [],
    apexNs: [],
    delegations: [],
    dnameOwners: new Set(),
    delegationOwners: new Set(),
    apexDs: [],
    cds: [],
    cdnskey: [],
    dnskey: [],
    otherTypes: 0,
  };
  const table = zone.table;
  for (let i = 0; i < table.size; i++) {
    const code = table.typeCode(i);
    switch (code) {
      case A:
      case AAAA:
        continue;
      case SOA:
        facts.soa.push(table.record(i));
        break;
      case NS: {
        const record = table.record(i) as ZoneRecord<'NS'>;
        if (record.name === origin) facts.apexNs.push(record);
        else {
          facts.delegations.push(record);
          facts.delegationOwners.add(record.name);
        }
        continue;
      }
      case DNAME:
        facts.dnameOwners.add(table.name(i));
        break;
      case DS: {
        const record = table.record(i);
        if (record.name === origin) facts.apexDs.push(record);
        break;
      }
      case CDS:
      case CDNSKEY:
      case DNSKEY: {
        const record = table.record(i);
        if (record.name !== origin) break;
        (code === CDS ? facts.cds : code === CDNSKEY ? facts.cdnskey : facts.dnskey).push(record);
        break;
      }
    }
    facts.otherTypes++;
  }
  return facts;
}

/** The records of a name in this zone file only. */
function inZone(estate: Estate, facts: ZoneFacts, name: DnsName): readonly ZoneRecord[] {
  return estate.recordsAt(name).filter((r) => r.zone === facts.zone);
}

/** The nearest DNAME owner strictly above `name` and at or below the apex, or the nearest delegation at or above it: what answers for `name` instead of this zone's data. */
function cutAbove(facts: ZoneFacts, name: DnsName): { kind: 'dname' | 'delegation'; at: DnsName } | undefined {
  const chain: DnsName[] = [];
  for (let n: DnsName | undefined = name; n !== undefined && isAtOrBelow(n, facts.origin); n = parentName(n)) {
    chain.push(n);
    if (n === facts.origin) break;
  }
  // From the apex down, as a server walks: the first cut met decides.
  for (let k = chain.length - 1; k >= 0; k--) {
    const n = chain[k];
    if (n !== facts.origin && facts.delegationOwners.has(n)) return { kind: 'delegation', at: n };
    if (n !== name && facts.dnameOwners.has(n)) return { kind: 'dname', at: n };
  }
  return undefined;
}

/** What an in-zone name server name resolves to in this zone: addresses, an alias, or nothing (wildcards count, as for a server). */
function addressState(estate: Estate, facts: ZoneFacts, target: DnsName): 'address' | 'alias' | 'none' | 'unread' {
  if (facts.zone.unreadOwners.includes(target)) return 'unread';
  const own = inZone(estate, facts, target);
  if (own.some((r) => r.type === 'A' || r.type === 'AAAA')) return 'address';
  if (own.some((r) => r.type === 'CNAME')) return 'alias';
  if (own.length > 0) return 'none';
  for (let n = parentName(target); n !== undefined && isAtOrBelow(n, facts.origin); n = parentName(n)) {
    const wildcard = inZone(estate, facts, `*.${n}`);
    if (wildcard.some((r) => r.type === 'A' || r.type === 'AAAA')) return 'address';
    if (wildcard.some((r) => r.type === 'CNAME')) return 'alias';
    if (n === facts.origin) break;
  }
  return 'none';
}

/** The fields of a DNSSEC record kept as text (`keytag algorithm digest-type digest` for CDS). */
function fields(record: ZoneRecord): string[] {
  return (record.data as TextData).text.split(' ');
}

function checkNs(estate: Estate, facts: ZoneFacts, report: Report<MessageId>): void {
  // Names below a delegation are the child's: their NS records are not this zone's to judge.
  const visible = (record: ZoneRecord<'NS'>) => {
    for (let n = parentName(record.name); n !== undefined && n !== facts.origin && isAtOrBelow(n, facts.origin); n = parentName(n)) {
      if (facts.delegationOwners.has(n)) return false;
    }
    return true;
  };
  for (const record of [...facts.apexNs, ...facts.delegations.filter(visible)]) {
    const target = record.data.target;
    if (!isAtOrBelow(target, facts.origin)) continue;
    const apex = record.name === facts.origin;
    const data = { owner: displayName(record.name), target: displayName(target) };
    const cut = cutAbove(facts, target);
    if (cut?.kind === 'dname') {
      report({ node: record, messageId: 'nsBelowDname', data: { ...data, dname: displayName(cut.at) }, severity: apex ? 'error' : 'warning' });
      continue;
    }
    // Below a delegation the address is glue: required when the target is below the NS owner itself.
    if (cut?.kind === 'delegation' && !(isAtOrBelow(target, record.name) && !apex)) continue;
    const state = addressState(estate, facts, target);
    if (state === 'address' || state === 'unread') continue;
    if (state === 'alias') {
      report({ node: record, messageId: 'nsIsAlias', data, severity: apex ? 'error' : 'warning' });
    } else if (apex) {
      report({ node: record, messageId: 'nsNoAddress', data });
    } else {
      report({ node: record, messageId: 'glueMissing', data, severity: 'warning' });
    }
  }
}

function checkDnssec(facts: ZoneFacts, report: Report<MessageId>): void {
  const zone = displayName(facts.origin);
  for (const ds of facts.apexDs) report({ node: ds, messageId: 'dsAtApex', data: { zone } });
  const dnskeyAlgorithms = new Set(facts.dnskey.map((k) => fields(k)[2]));
  // RFC 8078 4: the delete requests `CDS 0 0 0 00` and `CDNSKEY 0 3 0 AA==`.
  const check = (records: ZoneRecord[], type: 'CDS' | 'CDNSKEY', algorithmField: number, isDelete: (f: string[]) => boolean) => {
    const deletes = records.filter((r) => isDelete(fields(r)));
    if (deletes.length > 0 && deletes.length < records.length) {
      report({ node: deletes[0], messageId: 'cdsDeleteNotAlone', data: { type, zone, count: records.length - deletes.length } });
      return;
    }
    const reported = new Set<string>();
    for (const record of records) {
      const f = fields(record);
      const algorithm = f[algorithmField];
      if (isDelete(f) || dnskeyAlgorithms.has(algorithm) || reported.has(algorithm)) continue;
      reported.add(algorithm);
      report({ node: record, messageId: 'cdsWithoutDnskey', data: { type, zone, algorithm } });
    }
  };
  check(facts.cds, 'CDS', 1, (f) => f[0] === '0' && f[1] === '0' && f[2] === '0' && /^0+$/.test(f.slice(3).join('')));
  check(facts.cdnskey, 'CDNSKEY', 2, (f) => f[0] === '0' && f[1] === '3' && f[2] === '0' && f[3] === 'AA==');
}

export default defineRule<Record<string, never>, MessageId>({
  id: 'dns/zone-validity',
  meta: {
    description: 'Zone files are zones a name server loads: an SOA and apex NS records, name servers with addresses, DNSSEC records where they belong',
    rationale: [
      'BIND (named-checkzone, and named when it loads a zone) refuses a zone that breaks these rules, so',
      'every record in it goes unanswered until it is fixed:',
      '',
      '- the zone has an SOA record and NS records at its apex (RFC 1035 5.2, RFC 1034 4.2.1);',
      '- a name server inside the zone has an address record there, is not an alias (RFC 2181 10.3) and is',
      '  not below a DNAME, where the zone\'s own data is never reached (RFC 6672 2.3);',
      '- no DS record at the apex: the DS set of a zone belongs to its parent (RFC 4034 5);',
      '- each algorithm of the CDS and CDNSKEY records has a DNSKEY of that algorithm, and a delete',
      '  request (`CDS 0 0 0 00`, `CDNSKEY 0 3 0 AA==`) stands alone (RFC 7344 4.1, RFC 8078 4).',
      '',
      'For a delegation inside the zone, BIND only warns: the glue address of a name server below the',
      'delegation (required glue) is missing, or the name server is an alias or below a DNAME. These are',
      'warnings here too.',
      '',
      'A root hints file (the root\'s NS records and their addresses, `type hint` in named.conf) is not a',
      'zone, and says so once. A file without an SOA that no named.conf or config names as a zone may be a',
      'part of another zone (read through `$INCLUDE` from outside the repository): it is not checked, and',
      'says why; so is a zone whose apex record could not be read (a template\'s `{{serial}}`). Record types',
      'BIND no longer accepts (MD, MF) and data it cannot read are reported when',
      'the file is read (parse/zone). A zone declared as code for a DNS provider (a Terraform, ARM or Bicep zone',
      'resource, a DNSControl `D()`, an octoDNS zone) is not asked for an SOA or apex NS records, which the',
      'provider writes itself; its delegations and DNSSEC records are checked as a zone file\'s are.',
      '',
      '**Fix:** add the SOA and NS records, the address of each in-zone name server (or point NS at a host',
      'with addresses), move DS records to the parent zone, and publish the DNSKEY a CDS or CDNSKEY names.',
    ].join('\n'),
    severity: 'error',
    families: 'all',
    recommended: true,
    citations: [
      { source: 'RFC 1035', section: '5.2 (use of master files to define zones: an SOA at the top)' },
      { source: 'RFC 2181', section: '10.3 (MX and NS records must not point to an alias)' },
      { source: 'RFC 6672', section: '2.3 (no data below a DNAME)' },
      { source: 'RFC 4034', section: '5 (the DS resource record)' },
      { source: 'RFC 7344', section: '4.1 (CDS and CDNSKEY processing)' },
      { source: 'RFC 8078', section: '4 (DNSSEC delete algorithm)' },
      { source: 'BIND 9 Administrator Reference Manual', section: 'named-checkzone: zone integrity checks' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      noSoa: 'the zone {{zone}} has no SOA record; name servers refuse to load it',
      noApexNs: 'the zone {{zone}} has no NS records at its apex; name servers refuse to load it',
      rootHints: 'this file holds root hints (the root\'s NS records and their addresses), not a zone: zone checks do not apply',
      nsNoAddress: 'NS {{target}} of {{owner}} lies inside the zone and has no A or AAAA record there; name servers refuse to load the zone',
      nsIsAlias: 'NS {{target}} of {{owner}} is an alias (CNAME); a name server must be named by a host with address records',
      nsBelowDname: 'NS {{target}} of {{owner}} is below the DNAME at {{dname}}, so no data of the zone answers for it',
      glueMissing: 'NS {{target}} of the delegation {{owner}} lies below it and has no glue address (A or AAAA) in this zone',
      dsAtApex: 'a DS record at the apex of {{zone}}: DS records belong in the parent zone, and name servers refuse the zone',
      cdsWithoutDnskey: '{{type}} of {{zone}} names algorithm {{algorithm}}, and the zone has no DNSKEY of that algorithm',
      cdsDeleteNotAlone: 'the {{type}} delete request of {{zone}} stands beside {{count}} other {{type}} record(s); it must be alone',
    },
    examples: {
      invalid: '$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN CNAME host',
      valid: '$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n@ IN NS ns1\nns1 IN A 192.0.2.53',
    },
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, report, notChecked }) {
    for (const zone of estate.zones) {
      // A hints file names the root absolutely, whatever origin (if any) it was read with.
      const facts = factsOf(zone, zone.origin ?? '.');
      if (facts.soa.length === 0 && (zone.origin === undefined || zone.origin === '.')) {
        const hints = facts.apexNs.length > 0 && facts.delegations.length === 0 && facts.otherTypes === 0;
        if (hints) {
          report({ node: zone, messageId: 'rootHints', severity: 'info' });
          continue;
        }
      }
      if (zone.origin === undefined) {
        notChecked(zone, 'its origin is not known, so it was not checked as a zone');
        continue;
      }
      const zoneName = displayName(zone.origin);
      if (facts.soa.length === 0 && zone.originSource === 'declared') {
        // A zone declared as code (a DNSControl D(), a Terraform or Azure zone resource) is served by a DNS
        // provider, which makes its SOA and apex NS records itself.
        checkNs(estate, facts, report);
        checkDnssec(facts, report);
        continue;
      }
      // A record at the apex that could not be read (a template's `{{serial}}`) may be the SOA or NS.
      const apexUnread = zone.unreadOwners.includes(zone.origin);
      if (facts.soa.length === 0 && apexUnread) {
        notChecked(zone, 'a record at its apex could not be read, so whether it has an SOA and NS records was not checked');
        checkNs(estate, facts, report);
        checkDnssec(facts, report);
        continue;
      }
      if (facts.soa.length === 0) {
        // Only a file named as a zone must be one; another may be a part of a zone read from elsewhere.
        if (zone.originSource !== 'named-conf' && zone.originSource !== 'config') {
          notChecked(zone, 'it has no SOA record and neither a named.conf nor the config names it as a zone (it may be a part of another zone)');
          continue;
        }
        report({ node: zone, messageId: 'noSoa', data: { zone: zoneName } });
        continue;
      }
      if (facts.apexNs.length === 0 && !apexUnread) {
        report({ node: facts.soa[0], messageId: 'noApexNs', data: { zone: zoneName } });
      }
      checkNs(estate, facts, report);
      checkDnssec(facts, report);
    }
  },
});
