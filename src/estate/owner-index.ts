import type { DnsName } from '../model/dns.js';
import { hashName } from '../model/owner-names.js';

/** What the index needs to know of the owner name of a record id, without making the name. */
export interface OwnerNameLookup {
  /** True when the id's owner name is `name`. */
  is(id: number, name: DnsName): boolean;
  /** True when two ids have the same owner name. */
  same(id: number, other: number): boolean;
  /** The id's owner name as a string. */
  text(id: number): DnsName;
}

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
  private readonly names: OwnerNameLookup;

  /** `capacity`: the number of record ids; `names`: their owner names. */
  constructor(capacity: number, names: OwnerNameLookup) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    // Positions stay below the table size: with up to 2^24 slots they fit under the tag.
    this.tagMask = size <= 0x1000000 ? TAG_BITS : 0;
    this.firstIds = new Int32Array(capacity);
    this.lastIds = new Int32Array(capacity);
    this.nextIds = new Int32Array(capacity).fill(-1);
    this.names = names;
  }

  get size(): number {
    return this.count;
  }

  /** The position of the owner name, or -1. */
  find(name: DnsName): number {
    const held = this.slots[this.probe(hashName(name), -1, name)];
    return held === 0 ? -1 : this.positionIn(held);
  }

  /**
   * Adds record `id` at its owner (after the owner's earlier records); returns the owner's
   * position. `hash` is hashName of the owner name (`OwnerNames.hash` of the record's table).
   */
  add(id: number, hash: number): number {
    const slot = this.probe(hash, id, undefined);
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
    return this.names.text(this.firstIds[position]);
  }

  /**
   * The slot that holds the owner name `name`, or else the owner name of record `id`; or
   * the empty slot where it would go.
   */
  private probe(hash: number, id: number, name: DnsName | undefined): number {
    const mask = this.mask;
    const slots = this.slots;
    const tagMask = this.tagMask;
    const tag = hash & tagMask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot];
      if (held === 0) return slot;
      if ((held & tagMask) !== tag) continue;
      const first = this.firstIds[this.positionIn(held)];
      if (name === undefined ? this.names.same(first, id) : this.names.is(first, name)) return slot;
    }
  }

  private positionIn(held: number): number {
    return (held & ~this.tagMask) - 1;
  }
}

/** The top 8 bits of a slot: the tag. */
const TAG_BITS = 0xff000000 | 0;
