/**
 * DNS zones for formats that keep DNS in something other than a zone file (Terraform, ARM,
 * Bicep, DNSControl, octoDNS, PowerShell): the zone as the model holds it, records appended by
 * owner name with the range where each is written. The Estate indexes them as it indexes a zone
 * file's records, so rules tell them apart only by where they are.
 */
import type { SourceRange } from '../../core/types.js';
import type { DnsName, DnsZone, RData, RecordSetDeclaration, UnreadableRecord, View, ZoneFile } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import { canonicalName } from '../../model/names.js';
import { RecordTable } from '../../model/record-table.js';

/** Where a zone is declared and what is known of it. */
export interface DnsZoneDeclaration {
  /**
   * The file that declares the zone (the `.tf` file of its zone resource, a `dnsconfig.js`), or
   * when nothing declares it, the first file that adds records to it.
   */
  file: string;
  /** The declaration (the resource, the `D()` call): findings about the zone as a whole land here. The start of `file` when not given. */
  loc?: SourceRange;
  /** The zone's name as written (`contoso.com`, `contoso.com.`), or undefined when it is not known (a zone id read from a data source). */
  origin: string | undefined;
  /** How the origin was decided: `declared` (the default with an origin) or the config's `zones`; `none` without an origin. */
  originSource?: ZoneFile['originSource'];
  view: View;
  viewSource: ZoneFile['viewSource'];
}

/** A zone's declaration from a file of the format as discovery described it (its view, from the config's `views` or a directory). */
export function declaredIn(file: EstateFile, origin: string | undefined, loc?: SourceRange): DnsZoneDeclaration {
  return { file: file.file, loc, origin, view: file.view, viewSource: file.viewSource };
}

/**
 * Builds one zone: records are added in the order they are read (those at one owner together
 * where the format has them so), then `finish()` gives the zone.
 */
export class DnsZoneBuilder {
  readonly zone: DnsZone;
  private readonly table = new RecordTable(16);
  private readonly unread = new Set<DnsName>();

  constructor(declaration: DnsZoneDeclaration) {
    const table = this.table;
    const origin = declaration.origin === undefined ? undefined : canonicalName(declaration.origin);
    this.zone = {
      file: declaration.file,
      origin,
      originSource: origin === undefined ? 'none' : (declaration.originSource ?? 'declared'),
      view: declaration.view,
      viewSource: declaration.viewSource,
      get records() {
        return table.records();
      },
      table,
      includes: [],
      unreadOwners: [],
      unreadableRecords: [],
      recordSets: [],
      loc: declaration.loc ?? { file: declaration.file, line: 1, column: 1, endLine: 1, endColumn: 1 },
    };
    table.zone = this.zone;
  }

  /**
   * Adds a record. `owner` is canonical (see `recordOwner`); `data` is in the model's shape for
   * the type (`{ priority, weight, port, target }` for SRV, names canonical; `recordDataFromText`
   * in src/formats/zone/record-data.ts reads it from presentation text); `loc` is where the
   * record is written, in any file.
   */
  add(owner: DnsName, type: string, ttl: number, data: RData, loc: SourceRange, recordClass = 'IN'): void {
    this.table.appendRecord(owner, type, recordClass, ttl, data, loc);
  }

  /**
   * An owner that holds records the format could not read (a value not known until the plan is
   * applied, data that does not parse): the name exists, with data not known, so no rule takes
   * it for missing.
   */
  addUnread(owner: DnsName): void {
    this.unread.add(owner);
  }

  /**
   * A record written with data its type cannot hold (`problem` from `recordDataFromText`, or the
   * format's own words): kept for the rules that report it, and its owner exists, data unknown.
   * `loc` is the record, `valueLoc` the value at fault when the format knows it.
   */
  addUnreadable(owner: DnsName, type: string, text: string, problem: string, loc: SourceRange, valueLoc?: SourceRange): void {
    const record: UnreadableRecord = { name: owner, type: type.toUpperCase(), text, problem, loc, zone: this.zone };
    if (valueLoc !== undefined) record.valueLoc = valueLoc;
    (this.zone.unreadableRecords as UnreadableRecord[]).push(record);
    this.unread.add(owner);
  }

  /**
   * A resource that declares the whole record set of `owner` and `type` (a Terraform
   * `aws_route53_record`, an ARM record-set resource): its readable records are added, each at
   * its own range (`locs[i]`, the resource's `loc` when not given), and the declaration is kept so
   * that two resources declaring one set differently can be told. `complete` is false when some
   * of its values were unreadable or not known: such a set is not compared.
   */
  addRecordSet(owner: DnsName, type: string, ttl: number, data: readonly RData[], loc: SourceRange, options: { locs?: readonly SourceRange[]; complete?: boolean } = {}): void {
    const first = this.table.size;
    data.forEach((item, i) => this.add(owner, type, ttl, item, options.locs?.[i] ?? loc));
    const rows = Array.from({ length: data.length }, (_, i) => first + i);
    const declaration: RecordSetDeclaration = { name: owner, type: type.toUpperCase(), rows, complete: options.complete ?? true, loc, zone: this.zone };
    (this.zone.recordSets as RecordSetDeclaration[]).push(declaration);
  }

  /** The zone, with every record added. */
  finish(): DnsZone {
    this.table.seal();
    this.zone.unreadOwners = [...this.unread];
    return this.zone;
  }
}

/**
 * The canonical owner name of a record whose name is written `written` in a zone of `origin`:
 * `@` or empty is the apex, a name with a final dot is absolute. Otherwise `relative` (Azure DNS,
 * ARM and Bicep record sets, DNSControl and octoDNS labels) makes it relative to the origin;
 * `qualified-or-relative` (Route 53, Cloudflare) takes a name that ends with the zone's name for
 * the whole name and makes others relative. Undefined when the origin is not known and the name
 * has no final dot: which zone it is in decides what it means, and that is not guessed.
 */
export function recordOwner(written: string, origin: DnsName | undefined, style: 'relative' | 'qualified-or-relative'): DnsName | undefined {
  if (written === '' || written === '@') return origin;
  if (written.endsWith('.')) return canonicalName(written);
  const lower = written.toLowerCase();
  if (origin === undefined) return undefined;
  if (origin === '.') return canonicalName(lower);
  const zone = origin.slice(0, -1);
  if (style === 'qualified-or-relative' && (lower === zone || lower.endsWith(`.${zone}`))) return canonicalName(lower);
  return `${lower}.${origin}`;
}
