import type { SourceRange } from '../../core/types.js';
import type { RData, ZoneFile, ZoneRecord } from './model.js';

/**
 * The columns and the number of lines a record spans after its first share one small
 * integer when the start column is below 2^14, the extra lines below 2^4 and the end
 * column below 2^12: the packed value stays under 2^30, a small integer (no heap number)
 * on every V8 build.
 */
const MAX_PACKED_COLUMN = 0x3fff;
const MAX_PACKED_EXTRA_LINES = 0xf;
const MAX_PACKED_END_COLUMN = 0xfff;
const WIDE = -1;

/** Ranges of the rare records too wide or too tall to pack. */
const wideRanges = new WeakMap<ParsedRecord, { column: number; endLine: number; endColumn: number }>();

/**
 * A record as the parser builds it. Its range is kept in plain fields and `loc` is made
 * on demand: a zone of a million records would otherwise hold a million extra objects,
 * and rules ask for the range only of the few records they report. The file is the
 * zone's (records of `$INCLUDE`d files are IncludedRecords) and the columns and end
 * line share one field: every field is 8 bytes on a million records.
 */
export class ParsedRecord implements ZoneRecord {
  readonly name: string;
  readonly ttl: number;
  readonly class: string;
  readonly type: string;
  readonly data: RData;
  readonly zone: ZoneFile;
  readonly line: number;
  /** Start column * 2^16 + extra lines * 2^12 + end column, or WIDE (see wideRanges). */
  private readonly packedRange: number;
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
    const extraLines = endLine - line;
    if (column <= MAX_PACKED_COLUMN && extraLines >= 0 && extraLines <= MAX_PACKED_EXTRA_LINES && endColumn <= MAX_PACKED_END_COLUMN) {
      this.packedRange = column * 0x10000 + extraLines * 0x1000 + endColumn;
    } else {
      this.packedRange = WIDE;
      wideRanges.set(this, { column, endLine, endColumn });
    }
  }

  /** File the record was read from. */
  get file(): string {
    return this.zone.file;
  }

  get column(): number {
    const packed = this.packedRange;
    return packed === WIDE ? (wideRanges.get(this)?.column ?? 1) : packed >>> 16;
  }

  get endLine(): number {
    const packed = this.packedRange;
    return packed === WIDE ? (wideRanges.get(this)?.endLine ?? this.line) : this.line + ((packed >>> 12) & 0xf);
  }

  get endColumn(): number {
    const packed = this.packedRange;
    return packed === WIDE ? (wideRanges.get(this)?.endColumn ?? 1) : packed & 0xfff;
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
