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
  /** How the origin was decided: `$ORIGIN`, `soa`, `filename`, `config`, or `none`. */
  originSource: 'directive' | 'soa' | 'filename' | 'config' | 'none';
  view: View;
  /** How the view was decided. */
  viewSource: 'config' | 'comment' | 'path' | 'none';
  /** The records in file order, as record objects made on first use (the Estate reads `table`). */
  readonly records: readonly ZoneRecord[];
  /** The records in columns, as the parser keeps them (see record.ts). */
  table: RecordTable;
  /** Files pulled in by `$INCLUDE`, relative to the lint root. */
  includes: string[];
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
 * absolute paths outside the root, symlinks leaving it, and missing files.
 */
export type IncludeReader = (path: string, fromFile: string) => IncludedFile | { error: string };

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
  /** Origin to start with when the file has no `$ORIGIN` before its first relative name. */
  origin?: DnsName;
  originSource?: 'filename' | 'config';
  view?: View;
  viewSource?: 'config' | 'path';
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
