import type { SourceRange } from '../core/types.js';
import type { RData, ZoneFile, ZoneRecord } from './dns.js';
import { typeCode, typeName } from './rrtypes.js';
import { OwnerNames } from './owner-names.js';

/**
 * What the parser keeps of a record's data: the data object, or for the commonest types a
 * value it is built from when asked: an IPv4 address as a 32-bit number; the address of an
 * AAAA record; the target of NS, CNAME, DNAME, PTR and SRV and the exchange of MX (their
 * numbers in the table's `numbers` column); a TXT or SPF record's one string.
 */
export type RDataValue = RData | number | string;

/** SRV priority, weight and port in one exact double (48 bits). */
export function packSrvNumbers(priority: number, weight: number, port: number): number {
  return priority * 0x100000000 + weight * 0x10000 + port;
}

/**
 * The columns and the number of lines a record spans after its first share one small
 * integer when the start column is below 2^14, the extra lines below 2^4 and the end
 * column below 2^12: the packed value stays under 2^30.
 */
const MAX_PACKED_COLUMN = 0x3fff;
const MAX_PACKED_EXTRA_LINES = 0xf;
const MAX_PACKED_END_COLUMN = 0xfff;
const WIDE = -1;

/**
 * The records of one zone file, kept in columns: typed arrays for the numbers, owner names
 * as where they are written (see OwnerNames), and one array of data values.
 *
 * A zone of a million records held as a million record objects, each with its data object
 * and strings, spent as much time in the garbage collector promoting them as in reading
 * the text; in columns it holds a handful of arrays. Record objects (`TableRecord`) and
 * whole owner names are made when asked for: the Estate answers rules with them and lets
 * them go.
 */
export class RecordTable {
  /** The zone the records belong to (set once the zone object exists). */
  zone!: ZoneFile;
  /** Tells tables apart in record keys. */
  readonly serial = nextTableSerial++;
  size = 0;
  /** Owner names (read and compared through it); the parser sets the current owner here before appending its records. */
  readonly owners: OwnerNames;
  /** Type code (low 16 bits) and index into `classNames` (high 16 bits). */
  private kinds: Uint32Array;
  private ttls: Int32Array;
  private lines: Int32Array;
  /** Start column * 2^16 + extra lines * 2^12 + end column, or WIDE (see the wide columns). */
  private packed: Int32Array;
  private values: RDataValue[];
  /** 1 where the record came from RFC 3597 `\#` syntax; made when the first such record arrives. */
  private genericFlags: Uint8Array | undefined;
  /** SRV and MX numbers (packSrvNumbers; the MX preference); made when the first such record arrives. */
  private numbers: Float64Array | undefined;
  private readonly classNames: string[] = ['IN'];
  private readonly classIndexes = new Map<string, number>([['IN', 0]]);
  /** Made when the first record of an `$INCLUDE`d file arrives: 0 is the zone's file, n the n-th entry of `files`. */
  private fileIndexes: Uint16Array | undefined;
  private readonly files: string[] = [];
  /** The file of the last included record (records of one file come together). */
  private lastFile = '';
  private lastFileIndex = 0;
  /** Made when the first record too wide or too tall to pack arrives. */
  private wide: Int32Array | undefined;
  private capacity: number;

  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    this.owners = new OwnerNames(n);
    this.values = new Array<RDataValue>(n);
    this.kinds = new Uint32Array(n);
    this.ttls = new Int32Array(n);
    this.lines = new Int32Array(n);
    this.packed = new Int32Array(n);
  }

  /** The owner name of row `i` (absolute, lower-case, trailing dot). */
  name(i: number): string {
    return this.owners.name(i);
  }

  /** True when row `i` of this table and row `j` of `other` have one owner name. */
  sameName(i: number, other: RecordTable, j: number): boolean {
    return (other === this && this.owners.sameEntry(i, j)) || this.name(i) === other.name(j);
  }

  /**
   * Appends a record at the current owner (see `owners`). `file` is undefined for the zone's
   * own file, else the `$INCLUDE`d file the record was read from.
   */
  append(
    ttl: number,
    cls: string,
    type: number,
    value: RDataValue,
    numbers: number,
    generic: boolean,
    file: string | undefined,
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
  ): void {
    const i = this.size;
    if (i === this.capacity) this.grow();
    this.owners.store(i);
    this.values[i] = value;
    this.kinds[i] = (type | ((cls === 'IN' ? 0 : this.classIndex(cls)) << 16)) >>> 0;
    this.ttls[i] = ttl;
    this.lines[i] = line;
    if (generic || this.genericFlags !== undefined) (this.genericFlags ??= new Uint8Array(this.capacity))[i] = generic ? 1 : 0;
    if ((type === 33 || type === 15) && typeof value === 'string') (this.numbers ??= new Float64Array(this.capacity))[i] = numbers;
    if (file !== undefined || this.fileIndexes !== undefined) this.setFile(i, file);
    const extraLines = endLine - line;
    if (column <= MAX_PACKED_COLUMN && extraLines >= 0 && extraLines <= MAX_PACKED_EXTRA_LINES && endColumn <= MAX_PACKED_END_COLUMN) {
      this.packed[i] = column * 0x10000 + extraLines * 0x1000 + endColumn;
    } else {
      this.packed[i] = WIDE;
      this.wide ??= new Int32Array(this.capacity * 3);
      this.wide[i * 3] = column;
      this.wide[i * 3 + 1] = endLine;
      this.wide[i * 3 + 2] = endColumn;
    }
    this.size = i + 1;
  }

  /**
   * Appends a record by its owner name and data, as formats other than zone files give them
   * (a Terraform resource, an ARM record set): `owner` canonical (absolute, lower-case, trailing
   * dot), `type` a mnemonic (`SRV`) or `TYPEnnn`, `data` in the model's shape for the type, `loc`
   * where the record is written (any file: a zone's records may come from several). Records
   * appended one after another at one owner share one owner entry, as a zone file's do.
   */
  appendRecord(owner: string, type: string, cls: string, ttl: number, data: RData, loc: SourceRange): void {
    const code = typeCode(type.toUpperCase());
    if (code === undefined) throw new Error(`${type} is not a record type`);
    if (!this.owners.hasCurrent || this.owners.current() !== owner) this.owners.setFromString(owner);
    const file = this.zone === undefined || loc.file === this.zone.file ? undefined : loc.file;
    this.append(ttl, cls, code, data, 0, false, file, loc.line, loc.column, loc.endLine, loc.endColumn);
  }

  /** Forgets the records from `size` on (a line read in error is dropped). */
  truncate(size: number): void {
    if (size < this.size) {
      this.values.fill(undefined as unknown as RDataValue, size, this.size);
      this.size = size;
    }
  }

  /** Keeps the records `keep` says yes to, in order; returns how many were dropped. */
  retain(keep: (index: number) => boolean): number {
    let kept = 0;
    const size = this.size;
    for (let i = 0; i < size; i++) {
      if (!keep(i)) continue;
      if (kept !== i) this.move(i, kept);
      kept++;
    }
    this.truncate(kept);
    return size - kept;
  }

  /** Gives back the room allocated for one record a line. */
  seal(): void {
    this.values.length = this.size;
  }

  type(i: number): string {
    return typeName(this.kinds[i] & 0xffff);
  }

  typeCode(i: number): number {
    return this.kinds[i] & 0xffff;
  }

  ttl(i: number): number {
    return this.ttls[i];
  }

  class(i: number): string {
    return this.classNames[this.kinds[i] >>> 16];
  }

  generic(i: number): boolean {
    return this.genericFlags !== undefined && this.genericFlags[i] === 1;
  }

  file(i: number): string {
    const fileIndex = this.fileIndexes === undefined ? 0 : this.fileIndexes[i];
    return fileIndex === 0 ? this.zone.file : this.files[fileIndex - 1];
  }

  line(i: number): number {
    return this.lines[i];
  }

  loc(i: number): SourceRange {
    const line = this.lines[i];
    const packed = this.packed[i];
    if (packed === WIDE && this.wide !== undefined) {
      const wide = this.wide;
      return { file: this.file(i), line, column: wide[i * 3], endLine: wide[i * 3 + 1], endColumn: wide[i * 3 + 2] };
    }
    return { file: this.file(i), line, column: packed >>> 16, endLine: line + ((packed >>> 12) & 0xf), endColumn: packed & 0xfff };
  }

  /** The record's data, built from the kept value. */
  data(i: number): RData {
    const value = this.values[i];
    if (typeof value === 'object') return value;
    if (typeof value === 'number') return { address: ipv4Text(value) };
    switch (this.kinds[i] & 0xffff) {
      case 28:
        return { address: value };
      case 16:
      case 99:
        return { strings: [value] };
      case 33: {
        const numbers = (this.numbers as Float64Array)[i];
        return { priority: Math.floor(numbers / 0x100000000), weight: Math.floor(numbers / 0x10000) % 0x10000, port: numbers % 0x10000, target: value };
      }
      case 15:
        return { preference: (this.numbers as Float64Array)[i], exchange: value };
      default:
        return { target: value };
    }
  }

  /** A record object for row `i`: a new view each call. */
  record(i: number): TableRecord {
    return new TableRecord(this, i);
  }

  /** Every record, one new view at a time (none kept: see `records()`). */
  *each(): IterableIterator<TableRecord> {
    for (let i = 0; i < this.size; i++) yield new TableRecord(this, i);
  }

  /** Every record, as views made once and kept (for callers that want an array). */
  records(): TableRecord[] {
    if (this.recordViews === undefined || this.recordViews.length !== this.size) {
      const views = new Array<TableRecord>(this.size);
      for (let i = 0; i < this.size; i++) views[i] = new TableRecord(this, i);
      this.recordViews = views;
    }
    return this.recordViews;
  }
  private recordViews: TableRecord[] | undefined;

  private move(from: number, to: number): void {
    this.owners.move(from, to);
    this.values[to] = this.values[from];
    this.kinds[to] = this.kinds[from];
    this.ttls[to] = this.ttls[from];
    this.lines[to] = this.lines[from];
    this.packed[to] = this.packed[from];
    if (this.genericFlags !== undefined) this.genericFlags[to] = this.genericFlags[from];
    if (this.fileIndexes !== undefined) this.fileIndexes[to] = this.fileIndexes[from];
    if (this.numbers !== undefined) this.numbers[to] = this.numbers[from];
    if (this.wide !== undefined) this.wide.copyWithin(to * 3, from * 3, from * 3 + 3);
  }

  /** Classes are at most 65,536 (a 16-bit code each), so the index fits in 16 bits. */
  private classIndex(cls: string): number {
    let index = this.classIndexes.get(cls);
    if (index === undefined) {
      index = this.classNames.push(cls) - 1;
      this.classIndexes.set(cls, index);
    }
    return index;
  }

  private setFile(i: number, file: string | undefined): void {
    this.fileIndexes ??= new Uint16Array(this.capacity);
    if (file === undefined) {
      this.fileIndexes[i] = 0;
      return;
    }
    if (file !== this.lastFile) {
      let index = this.files.indexOf(file);
      if (index < 0) index = this.files.push(file) - 1;
      this.lastFile = file;
      this.lastFileIndex = index + 1;
    }
    this.fileIndexes[i] = this.lastFileIndex;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const widen = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(column: T, make: (n: number) => T, per = 1): T => {
      const wider = make(capacity * per);
      wider.set(column);
      return wider;
    };
    this.kinds = widen(this.kinds, (n) => new Uint32Array(n));
    this.ttls = widen(this.ttls, (n) => new Int32Array(n));
    this.lines = widen(this.lines, (n) => new Int32Array(n));
    this.packed = widen(this.packed, (n) => new Int32Array(n));
    if (this.genericFlags !== undefined) this.genericFlags = widen(this.genericFlags, (n) => new Uint8Array(n));
    if (this.fileIndexes !== undefined) this.fileIndexes = widen(this.fileIndexes, (n) => new Uint16Array(n));
    if (this.numbers !== undefined) this.numbers = widen(this.numbers, (n) => new Float64Array(n));
    if (this.wide !== undefined) this.wide = widen(this.wide, (n) => new Int32Array(n), 3);
    this.owners.grow(capacity);
    this.values.length = capacity;
    this.capacity = capacity;
  }
}

let nextTableSerial = 0;

/**
 * What identifies a record: record objects are views made on demand, so two objects for one
 * record are not `===`; their keys are. Use it to keep records in a Set or Map.
 */
export function recordKey(record: ZoneRecord): unknown {
  return record instanceof TableRecord ? record.table.serial * 0x100000000 + record.index : record;
}

/** Dotted-quad text of an IPv4 address kept as a 32-bit number. */
export function ipv4Text(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/**
 * A record: a view on one row of its zone's table. Views are cheap and made on demand;
 * two views of one row are equal in every field but are not the same object.
 */
export class TableRecord implements ZoneRecord {
  readonly table: RecordTable;
  readonly index: number;
  private cachedData: RData | undefined;
  private cachedName: string | undefined;

  constructor(table: RecordTable, index: number) {
    this.table = table;
    this.index = index;
  }

  get name(): string {
    return (this.cachedName ??= this.table.name(this.index));
  }

  get ttl(): number {
    return this.table.ttl(this.index);
  }

  get class(): string {
    return this.table.class(this.index);
  }

  get type(): string {
    return this.table.type(this.index);
  }

  get data(): RData {
    return (this.cachedData ??= this.table.data(this.index));
  }

  get generic(): boolean | undefined {
    return this.table.generic(this.index) ? true : undefined;
  }

  get zone(): ZoneFile {
    return this.table.zone;
  }

  /** File the record was read from (an `$INCLUDE`d file's records name it). */
  get file(): string {
    return this.table.file(this.index);
  }

  get line(): number {
    return this.table.line(this.index);
  }

  get loc(): SourceRange {
    return this.table.loc(this.index);
  }

  /** The fields a reader expects to see when the record is printed or compared whole. */
  toJSON(): Omit<ZoneRecord, 'zone'> & { zone: string } {
    return { name: this.name, ttl: this.ttl, class: this.class, type: this.type, data: this.data, ...(this.generic ? { generic: true } : {}), zone: this.zone.file, loc: this.loc };
  }
}
