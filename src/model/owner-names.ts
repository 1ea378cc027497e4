/**
 * The owner names of a record table, kept without a string per name.
 *
 * A name as written in the zone file is kept as where it is written: its file's text, the
 * start and length there, whether it must be lower-cased, and the origin it is relative to
 * (its tail, `.example.com.`; empty for an absolute name). A million owner names kept as
 * strings were a million copies out of the text, each kept for the life of the zone and
 * promoted by the collector on the way; the texts are kept once each instead. A name whose
 * canonical form differs from what is written in other ways than case (escapes, `@`, a
 * name made by `$GENERATE`) is kept whole as a string.
 *
 * Names are filled in through a register: the parser sets the current owner
 * (`setFromText`, `setFromString`) and each record appended stores it (`store`), so the
 * records of one owner share one entry's values.
 */

/** How a row's name is kept (the top two bits of its length column). */
const AS_WRITTEN = 0;
const LOWER_CASED = 1;
const STORED = 2;
const FORM_SHIFT = 14;
const LENGTH_MASK = 0x3fff;

export class OwnerNames {
  /** Texts names are written in, by id. */
  private readonly texts: string[] = [];
  /** Whole names kept as strings (STORED rows' starts index this). */
  private readonly stored: string[] = [];
  private starts: Int32Array;
  /** Length of the written part (low 14 bits) and form (top 2 bits). */
  private lengths: Uint16Array;
  private tailIds: Uint16Array;
  /** Text id per row; made when a second text (an `$INCLUDE`d file) has names. */
  private textIds: Uint32Array | undefined;
  private readonly tails: string[] = [''];
  private readonly tailIndexes = new Map<string, number>([['', 0]]);

  // The register: the current owner.
  private currentStart = -1;
  private currentLength = 0;
  private currentText = 0;
  private currentTail = 0;
  private currentName: string | undefined;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.tailIds = new Uint16Array(capacity);
  }

  /** Registers a text names will be read from; its id for setFromText. */
  addText(text: string): number {
    return this.texts.push(text) - 1;
  }

  /**
   * Makes the current owner the name written at `text[start, end)` of text `textId`,
   * lower-cased when `lower`, followed by `tail` (the origin's suffix, or '' when absolute).
   * The written part must be what the canonical name holds there, but for case; `textId`
   * is one addText gave.
   */
  setFromText(textId: number, start: number, end: number, lower: boolean, tail: string): void {
    const tailId = this.tailId(tail);
    if (tailId < 0 || end - start > LENGTH_MASK) {
      const written = this.texts[textId].slice(start, end);
      this.setFromString((lower ? written.toLowerCase() : written) + tail);
      return;
    }
    this.currentStart = start;
    this.currentLength = (end - start) | ((lower ? LOWER_CASED : AS_WRITTEN) << FORM_SHIFT);
    this.currentText = textId;
    this.currentTail = tailId;
    this.currentName = undefined;
  }

  /** Makes the current owner `name`, kept whole. */
  setFromString(name: string): void {
    this.currentStart = this.stored.push(name) - 1;
    this.currentLength = STORED << FORM_SHIFT;
    this.currentText = 0;
    this.currentTail = 0;
    this.currentName = name;
  }

  /** True once an owner was set. */
  get hasCurrent(): boolean {
    return this.currentStart >= 0;
  }

  /** The current owner, whole. */
  current(): string {
    return (this.currentName ??= this.nameOf(this.currentStart, this.currentLength, this.currentText, this.currentTail));
  }

  /** The register, to set back after reading something with owners of its own (an `$INCLUDE`, `$GENERATE`). */
  save(): readonly number[] {
    return [this.currentStart, this.currentLength, this.currentText, this.currentTail];
  }

  restore(saved: readonly number[]): void {
    [this.currentStart, this.currentLength, this.currentText, this.currentTail] = saved;
    this.currentName = undefined;
  }

  /** Row `i`'s name is the current owner. */
  store(i: number): void {
    this.starts[i] = this.currentStart;
    this.lengths[i] = this.currentLength;
    this.tailIds[i] = this.currentTail;
    if (this.currentText !== 0 || this.textIds !== undefined) (this.textIds ??= new Uint32Array(this.starts.length))[i] = this.currentText;
  }

  /** Row `i`'s name, whole. */
  name(i: number): string {
    return this.nameOf(this.starts[i], this.lengths[i], this.textIdOf(i), this.tailIds[i]);
  }

  /** True when rows `i` and `j` were stored from one setting of the register (so hold one name). */
  sameEntry(i: number, j: number): boolean {
    return (
      this.starts[i] === this.starts[j] &&
      this.lengths[i] === this.lengths[j] &&
      this.tailIds[i] === this.tailIds[j] &&
      (this.textIds === undefined || this.textIds[i] === this.textIds[j])
    );
  }

  /** True when row `i`'s name is `name`, without making the name. */
  is(i: number, name: string): boolean {
    const length = this.lengths[i];
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return this.stored[this.starts[i]] === name;
    const written = length & LENGTH_MASK;
    const tail = this.tails[this.tailIds[i]];
    if (name.length !== written + tail.length || !name.endsWith(tail)) return false;
    const text = this.texts[this.textIdOf(i)];
    const start = this.starts[i];
    for (let k = 0; k < written; k++) {
      let c = text.charCodeAt(start + k);
      if (form === LOWER_CASED && c >= 65 && c <= 90) c += 32;
      if (c !== name.charCodeAt(k)) return false;
    }
    return true;
  }

  /** The first character of row `i`'s name. */
  firstCharCode(i: number): number {
    const form = this.lengths[i] >>> FORM_SHIFT;
    if (form === STORED) return this.stored[this.starts[i]].charCodeAt(0);
    const c = this.texts[this.textIdOf(i)].charCodeAt(this.starts[i]);
    return form === LOWER_CASED && c >= 65 && c <= 90 ? c + 32 : c;
  }

  /** hashName of row `i`'s name, without making the name. */
  hash(i: number): number {
    const length = this.lengths[i];
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return hashName(this.stored[this.starts[i]]);
    const text = this.texts[this.textIdOf(i)];
    const start = this.starts[i];
    const tail = this.tails[this.tailIds[i]];
    // The hash of the written part lower-cased, then of the tail: hashName of the whole name.
    return mixed(hashChars(hashChars(HASH_START, text, start, start + (length & LENGTH_MASK), form === LOWER_CASED), tail, 0, tail.length, false));
  }

  /**
   * Calls `visit` with the `suffixHash` of each proper ancestor of row `i`'s name (every name
   * after one of its dots, the root excepted), hashed where the name is written. False, with
   * nothing visited, when the name holds a backslash: its labels are not told by dots alone.
   */
  ancestorHashes(i: number, visit: (hash: number) => void): boolean {
    const length = this.lengths[i];
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return suffixHashes(this.stored[this.starts[i]], 0, 0, '', false, visit);
    return suffixHashes(this.tails[this.tailIds[i]], this.starts[i], length & LENGTH_MASK, this.texts[this.textIdOf(i)], form === LOWER_CASED, visit);
  }

  move(from: number, to: number): void {
    this.starts[to] = this.starts[from];
    this.lengths[to] = this.lengths[from];
    this.tailIds[to] = this.tailIds[from];
    if (this.textIds !== undefined) this.textIds[to] = this.textIds[from];
  }

  grow(capacity: number): void {
    const widen = <T extends Uint16Array | Uint32Array | Int32Array>(column: T, make: (n: number) => T): T => {
      const wider = make(capacity);
      wider.set(column);
      return wider;
    };
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.lengths = widen(this.lengths, (n) => new Uint16Array(n));
    this.tailIds = widen(this.tailIds, (n) => new Uint16Array(n));
    if (this.textIds !== undefined) this.textIds = widen(this.textIds, (n) => new Uint32Array(n));
  }

  private textIdOf(i: number): number {
    return this.textIds === undefined ? 0 : this.textIds[i];
  }

  private nameOf(start: number, length: number, textId: number, tailId: number): string {
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return this.stored[start];
    const written = this.texts[textId].slice(start, start + (length & LENGTH_MASK));
    const tail = this.tails[tailId];
    return (form === LOWER_CASED ? written.toLowerCase() : written) + tail;
  }

  /** The slot of a tail, or -1 when all 65,536 are taken (a file with that many origins: its names are kept whole). */
  private tailId(tail: string): number {
    if (tail === this.tails[this.currentTail]) return this.currentTail;
    const index = this.tailIndexes.get(tail);
    if (index !== undefined) return index;
    if (this.tails.length > 0xffff) return -1;
    this.tailIndexes.set(tail, this.tails.length);
    return this.tails.push(tail) - 1;
  }
}

/** Differs per process, so no zone file can be written to make every name collide in the Estate's index. */
const SEED = (Math.random() * 0x100000000) >>> 0;
const HASH_START = 0x811c9dc5 ^ SEED;

/** FNV-1a over the name's code units, seeded. */
export function hashName(name: string): number {
  return mixed(hashChars(HASH_START, name, 0, name.length, false));
}

/** FNV-1a from `hash` over `text[start, end)`, ASCII letters lower-cased when `lower`. */
function hashChars(hash: number, text: string, start: number, end: number, lower: boolean): number {
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (lower && c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash;
}

/** Mixes the high bits down: hash tables use the low ones. */
function mixed(hash: number): number {
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 13);
}

const SUFFIX_HASH_START = 0x9dc5811c ^ SEED;

/** A hash of the whole name read from its end, so that a name's ancestors are hashed on the way (see `ancestorHashes`). */
export function suffixHash(name: string): number {
  let hash = SUFFIX_HASH_START;
  for (let k = name.length - 1; k >= 0; k--) hash = Math.imul(hash ^ name.charCodeAt(k), 0x01000193);
  return mixed(hash);
}

/**
 * The suffix hashes of the proper ancestors of `text[start, start + written)` (lower-cased when
 * `lower`) followed by `tail`: read from the end, each hash taken where a dot comes before.
 */
function suffixHashes(tail: string, start: number, written: number, text: string, lower: boolean, visit: (hash: number) => void): boolean {
  let hash = SUFFIX_HASH_START;
  // The name is text[start, start + written) then tail; position k of the whole name.
  const total = written + tail.length;
  const at = (k: number): number => {
    if (k >= written) return tail.charCodeAt(k - written);
    const c = text.charCodeAt(start + k);
    return lower && c >= 65 && c <= 90 ? c + 32 : c;
  };
  for (let k = total - 1; k >= 0; k--) {
    const c = at(k);
    if (c === 92) return false;
    hash = Math.imul(hash ^ c, 0x01000193);
    // A suffix after a dot, other than the root's `.` itself.
    if (k > 0 && k < total - 1 && at(k - 1) === 46) visit(mixed(hash));
  }
  return true;
}
