/**
 * Typed data from RFC 3597 generic (`\#`) wire octets, for the types with
 * structure, as BIND converts them. Names in wire data are uncompressed.
 */
import type { RData } from '../../model/dns.js';
import { nameFromWire } from '../shared/dns-names.js';
import { formatIPv6 } from './address.js';
import { octetsToHex, octetsToString, uniformStrings } from './text.js';
import { SVCB_KEY_NAMES } from './svcb.js';

class WireReader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.pos;
  }
  u8(): number {
    if (this.left < 1) throw new WireError();
    return this.bytes[this.pos++];
  }
  u16(): number {
    if (this.left < 2) throw new WireError();
    const v = (this.bytes[this.pos] << 8) | this.bytes[this.pos + 1];
    this.pos += 2;
    return v;
  }
  u32(): number {
    if (this.left < 4) throw new WireError();
    const v = this.bytes[this.pos] * 0x1000000 + ((this.bytes[this.pos + 1] << 16) | (this.bytes[this.pos + 2] << 8) | this.bytes[this.pos + 3]);
    this.pos += 4;
    return v;
  }
  name(): string {
    const r = nameFromWire(this.bytes, this.pos);
    if (r === undefined) throw new WireError();
    this.pos = r.next;
    return r.name;
  }
  take(n: number): Uint8Array {
    if (this.left < n) throw new WireError();
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string(): { text: string; latin1: boolean } {
    return octetsToString(this.take(this.u8()));
  }
  end(): void {
    if (this.left !== 0) throw new WireError();
  }
}

class WireError extends Error {}

/** Typed data of a structured type from its wire octets; undefined when they do not fit the type. */
export function dataFromWire(type: string, bytes: Uint8Array): RData | undefined {
  const r = new WireReader(bytes);
  try {
    const data = read(type, r);
    r.end();
    return data;
  } catch (error) {
    if (error instanceof WireError) return undefined;
    throw error;
  }
}

function read(type: string, r: WireReader): RData {
  switch (type) {
    case 'A': {
      const b = r.take(4);
      return { address: `${b[0]}.${b[1]}.${b[2]}.${b[3]}` };
    }
    case 'AAAA': {
      const b = r.take(16);
      const words: number[] = [];
      for (let i = 0; i < 8; i++) words.push((b[2 * i] << 8) | b[2 * i + 1]);
      return { address: formatIPv6(words) };
    }
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return { target: r.name() };
    case 'MX':
      return { preference: r.u16(), exchange: r.name() };
    case 'SRV':
      return { priority: r.u16(), weight: r.u16(), port: r.u16(), target: r.name() };
    case 'SOA':
      return { mname: r.name(), rname: r.name(), serial: r.u32(), refresh: r.u32(), retry: r.u32(), expire: r.u32(), minimum: r.u32() };
    case 'NAPTR': {
      const order = r.u16();
      const preference = r.u16();
      const flags = r.string().text;
      const service = r.string().text;
      const regexp = r.string().text;
      return { order, preference, flags, service, regexp, replacement: r.name() };
    }
    case 'TXT':
    case 'SPF': {
      const strings: string[] = [];
      const flags: boolean[] = [];
      if (r.left === 0) throw new WireError();
      while (r.left > 0) {
        const s = r.string();
        strings.push(s.text);
        flags.push(s.latin1);
      }
      return flags.includes(true) ? { strings: uniformStrings(strings, flags), latin1: true } : { strings };
    }
    case 'CAA': {
      const flags = r.u8();
      const tagLength = r.u8();
      if (tagLength === 0) throw new WireError();
      const tagBytes = r.take(tagLength);
      let tag = '';
      for (const b of tagBytes) {
        if (!((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122))) throw new WireError();
        tag += String.fromCharCode(b);
      }
      const value = octetsToString(r.take(r.left));
      return value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    }
    case 'TLSA':
      return { usage: r.u8(), selector: r.u8(), matchingType: r.u8(), data: octetsToHex(r.take(r.left)) };
    case 'SVCB':
    case 'HTTPS':
      return readSvcb(r);
    default:
      throw new WireError();
  }
}

function readSvcb(r: WireReader): RData {
  const priority = r.u16();
  const target = r.name();
  const params: Array<{ key: string; value?: string }> = [];
  let last = -1;
  while (r.left > 0) {
    const key = r.u16();
    if (key <= last) throw new WireError();
    last = key;
    const value = new WireReader(r.take(r.u16()));
    const name = SVCB_KEY_NAMES[key] ?? `key${key}`;
    switch (key) {
      case 0: {
        const keys: string[] = [];
        while (value.left > 0) {
          const k = value.u16();
          keys.push(SVCB_KEY_NAMES[k] ?? `key${k}`);
        }
        if (keys.length === 0) throw new WireError();
        params.push({ key: name, value: keys.join(',') });
        break;
      }
      case 1: {
        const ids: string[] = [];
        while (value.left > 0) ids.push(value.string().text);
        if (ids.length === 0) throw new WireError();
        params.push({ key: name, value: ids.join(',') });
        break;
      }
      case 2:
        value.end();
        params.push({ key: name });
        break;
      case 3:
        params.push({ key: name, value: String(value.u16()) });
        value.end();
        break;
      case 4: {
        const list: string[] = [];
        while (value.left > 0) {
          const b = value.take(4);
          list.push(`${b[0]}.${b[1]}.${b[2]}.${b[3]}`);
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(',') });
        break;
      }
      case 5:
        params.push({ key: name, value: Buffer.from(value.take(value.left)).toString('base64') });
        break;
      case 6: {
        const list: string[] = [];
        while (value.left > 0) {
          const b = value.take(16);
          const words: number[] = [];
          for (let i = 0; i < 8; i++) words.push((b[2 * i] << 8) | b[2 * i + 1]);
          list.push(formatIPv6(words));
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(',') });
        break;
      }
      default: {
        const bytes = value.take(value.left);
        params.push(bytes.length === 0 ? { key: name } : { key: name, value: octetsToString(bytes).text });
      }
    }
  }
  return { priority, target, params };
}
