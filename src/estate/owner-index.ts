import type { DnsName } from '../loaders/zone/model.js';

/**
 * Owner name -> the records at it, for the Estate. Records are numbered (ids) across the
 * estate's zones, and the index holds numbers only: a chain of ids per owner name in file
 * order (first, last, and each record's next). A Map of a million names to arrays of
 * records costs as much again in the tables it outgrows while it is filled and in the
 * collector promoting it; this index knows its largest size up front (the number of
 * records), so its typed arrays are allocated once.
 */
export class OwnerIndex {
  /** Per owner position: its first and last record id. */
  private readonly firstIds: Int32Array;
  private readonly lastIds: Int32Array;
  /** Per record id: the next record id at the same owner, or -1. */
  private readonly nextIds: Int32Array;
  private count = 0;
  /**
   * Linear-probing table, at most half full: position + 1 in the low bits (0: empty) and,
   * while positions leave room, the top 8 bits of the name's hash, so that a probe reads
   * the name of another owner only once in 256 collisions.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly tagMask: number;
  private readonly nameOf: (id: number) => DnsName;

  /** `capacity`: the number of record ids; `nameOf`: the owner name of a record id. */
  constructor(capacity: number, nameOf: (id: number) => DnsName) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Positions stay below the table size: with up to 2^24 slots they fit under the tag.
    this.tagMask = size <= 0x1000000 ? TAG_BITS : 0;
    this.firstIds = new Int32Array(capacity);
    this.lastIds = new Int32Array(capacity);
    this.nextIds = new Int32Array(capacity).fill(-1);
    this.nameOf = nameOf;
  }

  get size(): number {
    return this.count;
  }

  /** The position of the owner name, or -1. */
  find(name: DnsName): number {
    const held = this.slots[this.probe(name, hashName(name))];
    return held === 0 ? -1 : this.positionIn(held);
  }

  /** Adds record `id` at its owner `name` (after the owner's earlier records); returns the owner's position. */
  add(id: number, name: DnsName): number {
    const hash = hashName(name);
    const slot = this.probe(name, hash);
    const held = this.slots[slot];
    if (held !== 0) {
      const position = this.positionIn(held);
      this.addTo(position, id);
      return position;
    }
    const position = this.count++;
    this.firstIds[position] = id;
    this.lastIds[position] = id;
    this.slots[slot] = (hash & this.tagMask) | (position + 1);
    return position;
  }

  /** Adds record `id` at the owner found before (a record at the same owner as the last one). */
  addTo(position: number, id: number): void {
    this.nextIds[this.lastIds[position]] = id;
    this.lastIds[position] = id;
  }

  firstId(position: number): number {
    return this.firstIds[position];
  }

  /** The record after `id` at its owner, or -1. */
  nextId(id: number): number {
    return this.nextIds[id];
  }

  /** True when the owner holds more than one record. */
  holdsSeveral(position: number): boolean {
    return this.firstIds[position] !== this.lastIds[position];
  }

  nameAt(position: number): DnsName {
    return this.nameOf(this.firstIds[position]);
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
      if ((held & tagMask) === tag && this.nameOf(this.firstIds[this.positionIn(held)]) === name) return slot;
    }
  }

  private positionIn(held: number): number {
    return (held & ~this.tagMask) - 1;
  }
}

/** The top 8 bits of a slot: the tag. */
const TAG_BITS = 0xff000000 | 0;

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
