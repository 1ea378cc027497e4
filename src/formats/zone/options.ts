/** What the zone parser is given and returns, and the bounds it keeps. */
import type { CommentSink, Diagnostic } from '../../core/types.js';
import type { DnsName, View, ZoneFile } from '../../model/dns.js';
import type { IncludeReader } from '../shared/format.js';

export type { IncludeReader, IncludedFile } from '../shared/format.js';

export interface ZoneParseResult {
  zone: ZoneFile;
  diagnostics: Diagnostic[];
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
