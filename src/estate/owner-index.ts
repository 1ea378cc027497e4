import type { DnsName, ZoneRecord } from '../loaders/zone/model.js';

/** What an owner name holds: one record, or several in file order (an array each would double the index). */
export type OwnerEntry = ZoneRecord | ZoneRecord[];

/**
 * Owner name -> records, for the Estate. A Map of a million names costs as much again in
 * the tables it outgrows while it is filled; this index knows its largest size up front
 * (the number of records), so its open-addressing table and its array are allocated once.
 */
export class OwnerIndex {
  /** What each owner name holds, in first-seen order; the name is its records' (no array of names: 8 bytes a name less). */
  private readonly entries: OwnerEntry[];
  private count = 0;
  /**
   * Linear-probing table, at most half full: position + 1 in the low bits (0: empty) and,
   * while positions leave room, the top 8 bits of the name's hash, so that a probe reads
   * the records of another name only once in 256 collisions.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly tagMask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Positions stay below the table size: with up to 2^24 slots they fit under the tag.
    this.tagMask = size <= 0x1000000 ? TAG_BITS : 0;
    this.entries = new Array<OwnerEntry>(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** What the name holds, or undefined. */
  get(name: DnsName): OwnerEntry | undefined {
    const position = this.find(name);
    return position < 0 ? undefined : this.entries[position];
  }

  /** Adds a record at its owner (after the owner's earlier records); returns the owner's entry. */
  add(record: ZoneRecord): OwnerEntry {
    const name = record.name;
    const hash = hashName(name);
    const slot = this.probe(name, hash);
    const held = this.slots[slot];
    if (held !== 0) return this.append(this.positionIn(held), record);
    const position = this.count++;
    this.entries[position] = record;
    this.slots[slot] = (hash & this.tagMask) | (position + 1);
    return record;
  }

  /** Adds a record to an owner's entry found before (a record at the same owner as the last one). */
  addTo(entry: OwnerEntry, record: ZoneRecord): OwnerEntry {
    if (Array.isArray(entry)) {
      entry.push(record);
      return entry;
    }
    return this.append(this.find(record.name), record);
  }

  /** Drops the unused tail of the arrays sized for one name per record. */
  seal(): void {
    this.entries.length = this.count;
  }

  *keys(): IterableIterator<DnsName> {
    for (let i = 0; i < this.count; i++) yield nameOf(this.entries[i]);
  }

  *entriesWithSeveral(): IterableIterator<[DnsName, ZoneRecord[]]> {
    for (let i = 0; i < this.count; i++) {
      const entry = this.entries[i];
      if (Array.isArray(entry)) yield [entry[0].name, entry];
    }
  }

  private append(position: number, record: ZoneRecord): OwnerEntry {
    const entry = this.entries[position];
    if (Array.isArray(entry)) {
      entry.push(record);
      return entry;
    }
    const several = [entry, record];
    this.entries[position] = several;
    return several;
  }

  private find(name: DnsName): number {
    const held = this.slots[this.probe(name, hashName(name))];
    return held === 0 ? -1 : this.positionIn(held);
  }

  /** The slot that holds the name, or the empty slot where it would go. */
  private probe(name: DnsName, hash: number): number {
    const mask = this.mask;
    const slots = this.slots;
    const tagMask = this.tagMask;
    const tag = hash & tagMask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot];
      if (held === 0) return slot;
      if ((held & tagMask) === tag && nameOf(this.entries[this.positionIn(held)]) === name) return slot;
    }
  }

  private positionIn(held: number): number {
    return (held & ~this.tagMask) - 1;
  }
}

/** The top 8 bits of a slot: the tag. */
const TAG_BITS = 0xff000000 | 0;

function nameOf(entry: OwnerEntry): DnsName {
  return Array.isArray(entry) ? entry[0].name : entry.name;
}

/** Differs per process, so no zone file can be written to make every name collide. */
const SEED = (Math.random() * 0x100000000) >>> 0;

/** FNV-1a over the name's code units, seeded. */
function hashName(name: string): number {
  let hash = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  // Mix the high bits down: the table uses the low ones.
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 13);
}
