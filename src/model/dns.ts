import type { Located, SourceRange } from '../core/types.js';
import type { RecordTable } from './record-table.js';

/**
 * DNS names in the model are absolute, lower-case and keep the trailing dot
 * (`sip.contoso.com.`); the root is `.`. Escapes in labels are kept in their
 * canonical presentation form (`\.`, `\DDD`), so a name is one comparable string.
 */
export type DnsName = string;

export type View = 'internal' | 'external' | 'unknown';

export interface SoaData { mname: DnsName; rname: DnsName; serial: number; refresh: number; retry: number; expire: number; minimum: number }
export interface AddressData { address: string }
export interface TargetData { target: DnsName }
export interface MxData { preference: number; exchange: DnsName }
export interface SrvData { priority: number; weight: number; port: number; target: DnsName }
export interface NaptrData { order: number; preference: number; flags: string; service: string; regexp: string; replacement: DnsName }
/** Character strings decoded to text (bytes 0-255 as UTF-8 where valid, else latin1). */
export interface TxtData {
  strings: string[];
  /** Set when some string was not valid UTF-8: then every string holds its octets as latin1, so printing gives them back. */
  latin1?: true;
}
export interface CaaData {
  flags: number;
  tag: string;
  value: string;
  /** Set when the value was not valid UTF-8 and holds its octets as latin1. */
  latin1?: true;
}
export interface TlsaData { usage: number; selector: number; matchingType: number; data: string /* lower-case hex */ }
export interface SvcbData { priority: number; target: DnsName; params: Array<{ key: string; value?: string }> }
/** RFC 3597 generic data, and the fallback for types without structure here. */
export interface GenericData { hex: string }
/** Types the parser keeps as presentation text only (HINFO, SSHFP, DS, ...). */
export interface TextData { text: string }

export interface RDataByType {
  SOA: SoaData;
  A: AddressData;
  AAAA: AddressData;
  NS: TargetData;
  CNAME: TargetData;
  DNAME: TargetData;
  PTR: TargetData;
  MX: MxData;
  SRV: SrvData;
  NAPTR: NaptrData;
  TXT: TxtData;
  SPF: TxtData;
  CAA: CaaData;
  TLSA: TlsaData;
  SVCB: SvcbData;
  HTTPS: SvcbData;
}

export type KnownType = keyof RDataByType;
export type RData = RDataByType[KnownType] | GenericData | TextData;

export interface ZoneRecord<T extends string = string> extends Located {
  /** Owner name, absolute, lower-case, trailing dot. */
  name: DnsName;
  ttl: number;
  /** `IN` almost always; kept as written (upper-case) otherwise. */
  class: string;
  /** Mnemonic upper-case (`SRV`), or `TYPEnnn` for types without a mnemonic. */
  type: T;
  data: T extends KnownType ? RDataByType[T] : RData;
  /** True when the record came from RFC 3597 `\#` generic syntax. */
  generic?: boolean;
  /** The zone file the record belongs to (set by the loader). */
  zone: ZoneFile;
}

export interface ZoneFile {
  /** The file that declares the zone: a zone file, the `.tf` file of its zone resource. */
  file: string;
  /** Zone origin (absolute, trailing dot), or undefined when it could not be determined. */
  origin: DnsName | undefined;
  /**
   * How the origin was decided, strongest first: the config's `zones`, a named.conf `zone`
   * statement, the file's `$ORIGIN` (`directive`) or absolute SOA owner (`soa`), the resource
   * or call that declares the zone in a format other than a zone file (`declared`: a Terraform,
   * ARM or Bicep zone resource, a DNSControl `D()`), the file's name (`filename`, a guess), or `none`.
   */
  originSource: 'config' | 'named-conf' | 'directive' | 'soa' | 'declared' | 'filename' | 'none';
  view: View;
  /**
   * How the view was decided, strongest first: the config's `views`, a named.conf `view`, a
   * `; uclint-view:` comment, a suffix of the file name (`db.contoso.com.internal`), a
   * directory named `internal` or `external` (`path`), the resource that declares the zone in a
   * format other than a zone file (`declared`: an Azure DNS public zone is external, a private
   * zone internal), or `none`.
   */
  viewSource: 'config' | 'named-conf' | 'comment' | 'filename' | 'path' | 'declared' | 'none';
  /** The records in file order, as record objects made on first use (the Estate reads `table`). */
  readonly records: readonly ZoneRecord[];
  /** The records in columns, as the parser keeps them (see record.ts). */
  table: RecordTable;
  /** Files pulled in by `$INCLUDE`, relative to the lint root. */
  includes: string[];
  /**
   * Owner names of records that could not be read (bad data, a template placeholder): the names
   * exist in the zone, with data not known, so no rule takes them for missing.
   */
  unreadOwners: DnsName[];
  /**
   * Records a format other than a zone file found written whose data its type cannot hold (an
   * SRV value `""`, three addresses in one A value): kept, with what is wrong, so rules report
   * them at their lines. A zone file's unreadable records are its parser's diagnostics instead.
   */
  unreadableRecords?: UnreadableRecord[];
  /**
   * The record sets as the resources of a DNS-as-code format declare them (one Terraform
   * `aws_route53_record`, one ARM record-set resource): each owns all records of its name and
   * type, so two that declare one set with different values fight over it. Zone files have none.
   */
  recordSets?: RecordSetDeclaration[];
  /** Range of the whole file (line 1 to last line), for file-level findings. */
  loc: SourceRange;
}

/** A record written with data its type cannot hold (see `ZoneFile.unreadableRecords`). */
export interface UnreadableRecord extends Located {
  /** Owner name, canonical. */
  name: DnsName;
  /** The type as the format gives it (upper-case mnemonic). */
  type: string;
  /** The data as written. */
  text: string;
  /** What is wrong with it, in words that follow the type and the text. */
  problem: string;
  /** Where the value is written, when that is not the record's `loc`. */
  valueLoc?: SourceRange;
  zone: ZoneFile;
}

/** One resource's declaration of a whole record set (see `ZoneFile.recordSets`). */
export interface RecordSetDeclaration extends Located {
  /** Owner name, canonical. */
  name: DnsName;
  type: string;
  /** Rows in the zone's table of the records this declaration gives. */
  rows: number[];
  /** False when some of its values could not be read or known: its set is then not compared. */
  complete: boolean;
  zone: ZoneFile;
}

/**
 * A DNS zone as the model holds it, whatever format declared it: a zone file, a Terraform or
 * ARM zone resource. Records come in the zone's `table`, each with where it is written.
 */
export type DnsZone = ZoneFile;
