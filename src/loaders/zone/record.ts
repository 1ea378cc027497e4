import type { SourceRange } from '../../core/types.js';
import type { RData, ZoneFile, ZoneRecord } from './model.js';

/**
 * Both columns of a range fit in one small integer when the start column is below
 * 2^14 and the end column below 2^16: the packed value stays under 2^30, a small
 * integer (no heap number) on every V8 build.
 */
const MAX_PACKED_COLUMN = 0x3fff;
const MAX_PACKED_END_COLUMN = 0xffff;
const WIDE = -1;

/** Columns of the rare records on lines too long to pack. */
const wideColumns = new WeakMap<ParsedRecord, { column: number; endColumn: number }>();

/**
 * A record as the parser builds it. Its range is kept in plain fields and `loc` is made
 * on demand: a zone of a million records would otherwise hold a million extra objects,
 * and rules ask for the range only of the few records they report. The file is the
 * zone's (records of `$INCLUDE`d files are IncludedRecords) and the two columns share
 * one field: every field is 8 bytes on a million records.
 */
export class ParsedRecord implements ZoneRecord {
  readonly name: string;
  readonly ttl: number;
  readonly class: string;
  readonly type: string;
  readonly data: RData;
  readonly zone: ZoneFile;
  readonly line: number;
  readonly endLine: number;
  /** Start column * 2^16 + end column, or WIDE (see wideColumns). */
  private readonly columns: number;
  /** Set (on the few records that need it) after construction, so most records do not carry it. */
  declare generic?: boolean;

  constructor(
    name: string,
    ttl: number,
    cls: string,
    type: string,
    data: RData,
    zone: ZoneFile,
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
    this.line = line;
    this.endLine = endLine;
    if (column <= MAX_PACKED_COLUMN && endColumn <= MAX_PACKED_END_COLUMN) {
      this.columns = column * 0x10000 + endColumn;
    } else {
      this.columns = WIDE;
      wideColumns.set(this, { column, endColumn });
    }
  }

  /** File the record was read from. */
  get file(): string {
    return this.zone.file;
  }

  get column(): number {
    const columns = this.columns;
    return columns === WIDE ? (wideColumns.get(this)?.column ?? 1) : Math.floor(columns / 0x10000);
  }

  get endColumn(): number {
    const columns = this.columns;
    return columns === WIDE ? (wideColumns.get(this)?.endColumn ?? 1) : columns & 0xffff;
  }

  get loc(): SourceRange {
    return { file: this.file, line: this.line, column: this.column, endLine: this.endLine, endColumn: this.endColumn };
  }
}

/** A record read from an `$INCLUDE`d file: its file differs from the zone's. */
export class IncludedRecord extends ParsedRecord {
  private readonly sourceFile: string;

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
    super(name, ttl, cls, type, data, zone, line, column, endLine, endColumn);
    this.sourceFile = file;
  }

  override get file(): string {
    return this.sourceFile;
  }
}
