import type { SourceRange } from '../../core/types.js';
import type { RData, ZoneFile, ZoneRecord } from './model.js';

/**
 * A record as the parser builds it. Its range is kept in plain fields and `loc` is made
 * on demand: a zone of a million records would otherwise hold a million extra objects,
 * and rules ask for the range only of the few records they report.
 */
export class ParsedRecord implements ZoneRecord {
  readonly name: string;
  readonly ttl: number;
  readonly class: string;
  readonly type: string;
  readonly data: RData;
  readonly zone: ZoneFile;
  /** File the record was read from (an `$INCLUDE`d file differs from the zone's). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Set (on the few records that need it) after construction, so most records do not carry it. */
  declare generic?: boolean;

  constructor(
    name: string,
    ttl: number,
    cls: string,
    type: string,
    data: RData,
    zone: ZoneFile,
    file: string,
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
  ) {
    this.name = name;
    this.ttl = ttl;
    this.class = cls;
    this.type = type;
    this.data = data;
    this.zone = zone;
    this.file = file;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  get loc(): SourceRange {
    return { file: this.file, line: this.line, column: this.column, endLine: this.endLine, endColumn: this.endColumn };
  }
}
