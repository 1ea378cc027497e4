import type { CommentSink, Diagnostic, Located, SourceRange } from '../../core/types.js';
import type { RecordTable } from './record.js';

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
  file: string;
  /** Zone origin (absolute, trailing dot), or undefined when it could not be determined. */
  origin: DnsName | undefined;
  /**
   * How the origin was decided, strongest first: the config's `zones`, a named.conf `zone`
   * statement, the file's `$ORIGIN` (`directive`) or absolute SOA owner (`soa`), its name
   * (`filename`, a guess), or `none`.
   */
  originSource: 'config' | 'named-conf' | 'directive' | 'soa' | 'filename' | 'none';
  view: View;
  /**
   * How the view was decided, strongest first: the config's `views`, a named.conf `view`, a
   * `; uclint-view:` comment, a suffix of the file name (`db.contoso.com.internal`), a
   * directory named `internal` or `external` (`path`), or `none`.
   */
  viewSource: 'config' | 'named-conf' | 'comment' | 'filename' | 'path' | 'none';
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
  /** Range of the whole file (line 1 to last line), for file-level findings. */
  loc: SourceRange;
}

export interface ZoneParseResult {
  zone: ZoneFile;
  diagnostics: Diagnostic[];
}

/**
 * Reads a file named by `$INCLUDE`. The caller confines it to the lint root: it
 * returns an error (never the content of a file outside the tree) for `..`,
 * symlinks leaving the root, and files it cannot find; `missing` marks a file that is
 * not in the tree at all (a DNSSEC key or a private file kept only on the server).
 */
export type IncludeReader = (path: string, fromFile: string) => IncludedFile | { error: string; missing?: true };

/** A file read for `$INCLUDE`: its path relative to the lint root, its text, and how that was decoded (UTF-8 unless said). */
export interface IncludedFile {
  file: string;
  text: string;
  encoding?: 'utf8' | 'utf16le' | 'utf16be';
  byteOrderMark?: boolean;
}

export interface ZoneParseOptions {
  /** Path relative to the lint root, used in every range. */
  file: string;
  /**
   * The zone's origin from outside the file. From the config or a named.conf it is the zone's
   * origin, whatever the file says (a `$ORIGIN` in it only changes how relative names read);
   * from the file name, or without a source, it is where reading starts, and the file's
   * `$ORIGIN` or SOA replaces it.
   */
  origin?: DnsName;
  originSource?: 'filename' | 'config' | 'named-conf';
  view?: View;
  /** A `; uclint-view:` comment in the file beats `filename` and `path`, not `config` or `named-conf`. */
  viewSource?: 'config' | 'named-conf' | 'filename' | 'path';
  includeReader?: IncludeReader;
  limits?: Partial<ZoneLimits>;
  /** Told of every comment of the file and of the files it includes (suppression comments). */
  comments?: CommentSink;
}

export interface ZoneLimits {
  /** Nested `$INCLUDE` depth. */
  includeDepth: number;
  /** Records one `$GENERATE` may produce. */
  generateCount: number;
  /** Records all `$GENERATE` directives of one zone may produce together (a few lines must not become millions of records). */
  generatedRecords: number;
  /** Longest line accepted (characters). */
  lineLength: number;
  /** Most records in one file including its includes. */
  records: number;
  /** Most `$INCLUDE` files read for one zone, counted at every depth (a tree of includes each read many times). */
  includes: number;
  /** Most characters read through `$INCLUDE` for one zone, all included files together. */
  includedCharacters: number;
}

export const DEFAULT_ZONE_LIMITS: ZoneLimits = {
  includeDepth: 7,
  generateCount: 65536,
  generatedRecords: 131_072,
  lineLength: 65536,
  records: 5_000_000,
  includes: 1_000,
  includedCharacters: 64 * 1024 * 1024,
};
