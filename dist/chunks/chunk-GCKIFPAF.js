import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/model/names.ts
function canonicalName(name) {
  if (name === "" || name === ".") return ".";
  if (isCanonical(name)) return name;
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : lower + ".";
}
function isCanonical(name) {
  if (name.charCodeAt(name.length - 1) !== 46) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return false;
  }
  return true;
}
function displayName(name) {
  return name.length > 1 && name.endsWith(".") ? name.slice(0, -1) : name;
}
function labelsOf(name) {
  if (name === ".") return [];
  const labels = [];
  let current = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\" && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === ".") {
      labels.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") labels.push(current);
  return labels;
}
function isAtOrBelow(name, domain) {
  if (domain === ".") return true;
  return name === domain || name.length > domain.length && name.endsWith(domain) && name.charCodeAt(name.length - domain.length - 1) === 46;
}
function parentName(name) {
  if (name === ".") return void 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) {
      const next = name.charCodeAt(i + 1);
      i += next >= 48 && next <= 57 ? 3 : 1;
    } else if (c === 46) {
      return i === name.length - 1 ? "." : name.slice(i + 1);
    }
  }
  return ".";
}
function isIpLiteral(text) {
  const t = text.endsWith(".") ? text.slice(0, -1) : text;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(t)) return true;
  return t.includes(":") && /^[0-9a-f:.]+$/i.test(t);
}
var GENERIC_TLDS = /* @__PURE__ */ new Set(["com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io"]);
function withoutOriginAppended(name, origin) {
  if (origin === void 0 || origin === "." || !isAtOrBelow(name, origin) || name === origin) return void 0;
  const written = name.slice(0, name.length - origin.length);
  const labels = labelsOf(written);
  if (labels.length < 2) return void 0;
  const last = labels[labels.length - 1];
  const external = GENERIC_TLDS.has(last) || labels.length >= 3 && /^[a-z]{2}$/.test(last);
  return external ? written : void 0;
}

// src/model/rrtypes.ts
var TYPE_LIST = [
  ["A", 1],
  ["NS", 2],
  ["MD", 3],
  ["MF", 4],
  ["CNAME", 5],
  ["SOA", 6],
  ["MB", 7],
  ["MG", 8],
  ["MR", 9],
  ["NULL", 10],
  ["WKS", 11],
  ["PTR", 12],
  ["HINFO", 13],
  ["MINFO", 14],
  ["MX", 15],
  ["TXT", 16],
  ["RP", 17],
  ["AFSDB", 18],
  ["X25", 19],
  ["ISDN", 20],
  ["RT", 21],
  ["NSAP", 22],
  ["NSAP-PTR", 23],
  ["SIG", 24],
  ["KEY", 25],
  ["PX", 26],
  ["GPOS", 27],
  ["AAAA", 28],
  ["LOC", 29],
  ["NXT", 30],
  ["EID", 31],
  ["NIMLOC", 32],
  ["SRV", 33],
  ["ATMA", 34],
  ["NAPTR", 35],
  ["KX", 36],
  ["CERT", 37],
  ["A6", 38],
  ["DNAME", 39],
  ["SINK", 40],
  ["APL", 42],
  ["DS", 43],
  ["SSHFP", 44],
  ["IPSECKEY", 45],
  ["RRSIG", 46],
  ["NSEC", 47],
  ["DNSKEY", 48],
  ["DHCID", 49],
  ["NSEC3", 50],
  ["NSEC3PARAM", 51],
  ["TLSA", 52],
  ["SMIMEA", 53],
  ["HIP", 55],
  ["NINFO", 56],
  ["RKEY", 57],
  ["TALINK", 58],
  ["CDS", 59],
  ["CDNSKEY", 60],
  ["OPENPGPKEY", 61],
  ["CSYNC", 62],
  ["ZONEMD", 63],
  ["SVCB", 64],
  ["HTTPS", 65],
  ["DSYNC", 66],
  ["HHIT", 67],
  ["BRID", 68],
  ["SPF", 99],
  ["UINFO", 100],
  ["UID", 101],
  ["GID", 102],
  ["UNSPEC", 103],
  ["NID", 104],
  ["L32", 105],
  ["L64", 106],
  ["LP", 107],
  ["EUI48", 108],
  ["EUI64", 109],
  ["URI", 256],
  ["CAA", 257],
  ["AVC", 258],
  ["DOA", 259],
  ["AMTRELAY", 260],
  ["RESINFO", 261],
  ["WALLET", 262],
  ["CLA", 263],
  ["IPN", 264],
  ["TA", 32768],
  ["DLV", 32769]
];
var INPUT_ONLY_TYPES = [["KEYDATA", 65533]];
var META_TYPES = /* @__PURE__ */ new Set([41, 249, 250, 251, 252, 253, 254, 255]);
var typeByName = /* @__PURE__ */ new Map();
var nameByType = /* @__PURE__ */ new Map();
for (const [name, code] of TYPE_LIST) {
  typeByName.set(name, code);
  nameByType.set(code, name);
}
for (const [name, code] of INPUT_ONLY_TYPES) typeByName.set(name, code);
var STRUCTURED_TYPES = /* @__PURE__ */ new Set([
  "SOA",
  "NS",
  "A",
  "AAAA",
  "CNAME",
  "DNAME",
  "PTR",
  "MX",
  "SRV",
  "NAPTR",
  "TXT",
  "SPF",
  "CAA",
  "TLSA",
  "SVCB",
  "HTTPS"
]);
function typeCode(upper) {
  const known = typeByName.get(upper);
  if (known !== void 0) return known;
  if (upper.length > 4 && upper.startsWith("TYPE")) {
    const n = parseDecimal(upper, 4);
    if (n !== void 0 && n <= 65535 && !META_TYPES.has(n)) return n;
  }
  return void 0;
}
var LOW_NAMES = [];
for (let code = 0; code < 512; code++) LOW_NAMES.push(nameByType.get(code) ?? `TYPE${code}`);
function typeName(code) {
  return code < 512 ? LOW_NAMES[code] : nameByType.get(code) ?? `TYPE${code}`;
}
var CLASS_LIST = [["IN", 1], ["CS", 2], ["CH", 3], ["HS", 4]];
var classByName = new Map(CLASS_LIST);
var nameByClass = new Map(CLASS_LIST.map(([n, c]) => [c, n]));
function classCode(upper) {
  const known = classByName.get(upper);
  if (known !== void 0) return known;
  if (upper === "CHAOS") return 3;
  if (upper === "HESIOD") return 4;
  if (upper.length > 5 && upper.startsWith("CLASS")) {
    const n = parseDecimal(upper, 5);
    if (n !== void 0 && n <= 65535) return n;
  }
  return void 0;
}
function className(code) {
  return code === 1 ? "IN" : nameByClass.get(code) ?? `CLASS${code}`;
}
function parseDecimal(text, from) {
  if (from >= text.length || text.length - from > 6) return void 0;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return void 0;
    n = n * 10 + c;
  }
  return n;
}

// src/model/owner-names.ts
var AS_WRITTEN = 0;
var LOWER_CASED = 1;
var STORED = 2;
var FORM_SHIFT = 14;
var LENGTH_MASK = 16383;
var OwnerNames = class {
  /** Texts names are written in, by id. */
  texts = [];
  /** Whole names kept as strings (STORED rows' starts index this). */
  stored = [];
  starts;
  /** Length of the written part (low 14 bits) and form (top 2 bits). */
  lengths;
  tailIds;
  /** Text id per row; made when a second text (an `$INCLUDE`d file) has names. */
  textIds;
  tails = [""];
  tailIndexes = /* @__PURE__ */ new Map([["", 0]]);
  // The register: the current owner.
  currentStart = -1;
  currentLength = 0;
  currentText = 0;
  currentTail = 0;
  currentName;
  constructor(capacity) {
    this.starts = new Int32Array(capacity);
    this.lengths = new Uint16Array(capacity);
    this.tailIds = new Uint16Array(capacity);
  }
  /** Registers a text names will be read from; its id for setFromText. */
  addText(text) {
    return this.texts.push(text) - 1;
  }
  /**
   * Makes the current owner the name written at `text[start, end)` of text `textId`,
   * lower-cased when `lower`, followed by `tail` (the origin's suffix, or '' when absolute).
   * The written part must be what the canonical name holds there, but for case; `textId`
   * is one addText gave.
   */
  setFromText(textId, start, end, lower, tail) {
    const tailId = this.tailId(tail);
    if (tailId < 0 || end - start > LENGTH_MASK) {
      const written = this.texts[textId].slice(start, end);
      this.setFromString((lower ? written.toLowerCase() : written) + tail);
      return;
    }
    this.currentStart = start;
    this.currentLength = end - start | (lower ? LOWER_CASED : AS_WRITTEN) << FORM_SHIFT;
    this.currentText = textId;
    this.currentTail = tailId;
    this.currentName = void 0;
  }
  /** Makes the current owner `name`, kept whole. */
  setFromString(name) {
    this.currentStart = this.stored.push(name) - 1;
    this.currentLength = STORED << FORM_SHIFT;
    this.currentText = 0;
    this.currentTail = 0;
    this.currentName = name;
  }
  /** True once an owner was set. */
  get hasCurrent() {
    return this.currentStart >= 0;
  }
  /** The current owner, whole. */
  current() {
    return this.currentName ??= this.nameOf(this.currentStart, this.currentLength, this.currentText, this.currentTail);
  }
  /** The register, to set back after reading something with owners of its own (an `$INCLUDE`, `$GENERATE`). */
  save() {
    return [this.currentStart, this.currentLength, this.currentText, this.currentTail];
  }
  restore(saved) {
    [this.currentStart, this.currentLength, this.currentText, this.currentTail] = saved;
    this.currentName = void 0;
  }
  /** Row `i`'s name is the current owner. */
  store(i) {
    this.starts[i] = this.currentStart;
    this.lengths[i] = this.currentLength;
    this.tailIds[i] = this.currentTail;
    if (this.currentText !== 0 || this.textIds !== void 0) (this.textIds ??= new Uint32Array(this.starts.length))[i] = this.currentText;
  }
  /** Row `i`'s name, whole. */
  name(i) {
    return this.nameOf(this.starts[i], this.lengths[i], this.textIdOf(i), this.tailIds[i]);
  }
  /** True when rows `i` and `j` were stored from one setting of the register (so hold one name). */
  sameEntry(i, j) {
    return this.starts[i] === this.starts[j] && this.lengths[i] === this.lengths[j] && this.tailIds[i] === this.tailIds[j] && (this.textIds === void 0 || this.textIds[i] === this.textIds[j]);
  }
  /** True when row `i`'s name is `name`, without making the name. */
  is(i, name) {
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
  firstCharCode(i) {
    const form = this.lengths[i] >>> FORM_SHIFT;
    if (form === STORED) return this.stored[this.starts[i]].charCodeAt(0);
    const c = this.texts[this.textIdOf(i)].charCodeAt(this.starts[i]);
    return form === LOWER_CASED && c >= 65 && c <= 90 ? c + 32 : c;
  }
  /** hashName of row `i`'s name, without making the name. */
  hash(i) {
    const length = this.lengths[i];
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return hashName(this.stored[this.starts[i]]);
    const text = this.texts[this.textIdOf(i)];
    const start = this.starts[i];
    const tail = this.tails[this.tailIds[i]];
    return mixed(hashChars(hashChars(HASH_START, text, start, start + (length & LENGTH_MASK), form === LOWER_CASED), tail, 0, tail.length, false));
  }
  /**
   * Calls `visit` with the `suffixHash` of each proper ancestor of row `i`'s name (every name
   * after one of its dots, the root excepted), hashed where the name is written. False, with
   * nothing visited, when the name holds a backslash: its labels are not told by dots alone.
   */
  ancestorHashes(i, visit) {
    const length = this.lengths[i];
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return suffixHashes(this.stored[this.starts[i]], 0, 0, "", false, visit);
    return suffixHashes(this.tails[this.tailIds[i]], this.starts[i], length & LENGTH_MASK, this.texts[this.textIdOf(i)], form === LOWER_CASED, visit);
  }
  move(from, to) {
    this.starts[to] = this.starts[from];
    this.lengths[to] = this.lengths[from];
    this.tailIds[to] = this.tailIds[from];
    if (this.textIds !== void 0) this.textIds[to] = this.textIds[from];
  }
  grow(capacity) {
    const widen = (column, make) => {
      const wider = make(capacity);
      wider.set(column);
      return wider;
    };
    this.starts = widen(this.starts, (n) => new Int32Array(n));
    this.lengths = widen(this.lengths, (n) => new Uint16Array(n));
    this.tailIds = widen(this.tailIds, (n) => new Uint16Array(n));
    if (this.textIds !== void 0) this.textIds = widen(this.textIds, (n) => new Uint32Array(n));
  }
  textIdOf(i) {
    return this.textIds === void 0 ? 0 : this.textIds[i];
  }
  nameOf(start, length, textId, tailId) {
    const form = length >>> FORM_SHIFT;
    if (form === STORED) return this.stored[start];
    const written = this.texts[textId].slice(start, start + (length & LENGTH_MASK));
    const tail = this.tails[tailId];
    return (form === LOWER_CASED ? written.toLowerCase() : written) + tail;
  }
  /** The slot of a tail, or -1 when all 65,536 are taken (a file with that many origins: its names are kept whole). */
  tailId(tail) {
    if (tail === this.tails[this.currentTail]) return this.currentTail;
    const index = this.tailIndexes.get(tail);
    if (index !== void 0) return index;
    if (this.tails.length > 65535) return -1;
    this.tailIndexes.set(tail, this.tails.length);
    return this.tails.push(tail) - 1;
  }
};
var SEED = Math.random() * 4294967296 >>> 0;
var HASH_START = 2166136261 ^ SEED;
function hashName(name) {
  return mixed(hashChars(HASH_START, name, 0, name.length, false));
}
function hashChars(hash, text, start, end, lower) {
  for (let k = start; k < end; k++) {
    let c = text.charCodeAt(k);
    if (lower && c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, 16777619);
  }
  return hash;
}
function mixed(hash) {
  hash ^= hash >>> 15;
  return Math.imul(hash, 739982445) ^ hash >>> 13;
}
var SUFFIX_HASH_START = 2646966556 ^ SEED;
function suffixHash(name) {
  let hash = SUFFIX_HASH_START;
  for (let k = name.length - 1; k >= 0; k--) hash = Math.imul(hash ^ name.charCodeAt(k), 16777619);
  return mixed(hash);
}
function suffixHashes(tail, start, written, text, lower, visit) {
  let hash = SUFFIX_HASH_START;
  const total = written + tail.length;
  const at = (k) => {
    if (k >= written) return tail.charCodeAt(k - written);
    const c = text.charCodeAt(start + k);
    return lower && c >= 65 && c <= 90 ? c + 32 : c;
  };
  for (let k = total - 1; k >= 0; k--) {
    const c = at(k);
    if (c === 92) return false;
    hash = Math.imul(hash ^ c, 16777619);
    if (k > 0 && k < total - 1 && at(k - 1) === 46) visit(mixed(hash));
  }
  return true;
}

// src/model/record-table.ts
function packSrvNumbers(priority, weight, port) {
  return priority * 4294967296 + weight * 65536 + port;
}
var MAX_PACKED_COLUMN = 16383;
var MAX_PACKED_EXTRA_LINES = 15;
var MAX_PACKED_END_COLUMN = 4095;
var WIDE = -1;
var RecordTable = class {
  /** The zone the records belong to (set once the zone object exists). */
  zone;
  /** Tells tables apart in record keys. */
  serial = nextTableSerial++;
  size = 0;
  /** Owner names (read and compared through it); the parser sets the current owner here before appending its records. */
  owners;
  /** Type code (low 16 bits) and index into `classNames` (high 16 bits). */
  kinds;
  ttls;
  lines;
  /** Start column * 2^16 + extra lines * 2^12 + end column, or WIDE (see the wide columns). */
  packed;
  values;
  /** 1 where the record came from RFC 3597 `\#` syntax; made when the first such record arrives. */
  genericFlags;
  /** SRV and MX numbers (packSrvNumbers; the MX preference); made when the first such record arrives. */
  numbers;
  classNames = ["IN"];
  classIndexes = /* @__PURE__ */ new Map([["IN", 0]]);
  /** Made when the first record of an `$INCLUDE`d file arrives: 0 is the zone's file, n the n-th entry of `files`. */
  fileIndexes;
  files = [];
  /** The file of the last included record (records of one file come together). */
  lastFile = "";
  lastFileIndex = 0;
  /** Made when the first record too wide or too tall to pack arrives. */
  wide;
  capacity;
  constructor(capacity) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    this.owners = new OwnerNames(n);
    this.values = new Array(n);
    this.kinds = new Uint32Array(n);
    this.ttls = new Int32Array(n);
    this.lines = new Int32Array(n);
    this.packed = new Int32Array(n);
  }
  /** The owner name of row `i` (absolute, lower-case, trailing dot). */
  name(i) {
    return this.owners.name(i);
  }
  /** True when row `i` of this table and row `j` of `other` have one owner name. */
  sameName(i, other, j) {
    return other === this && this.owners.sameEntry(i, j) || this.name(i) === other.name(j);
  }
  /**
   * Appends a record at the current owner (see `owners`). `file` is undefined for the zone's
   * own file, else the `$INCLUDE`d file the record was read from.
   */
  append(ttl, cls, type, value, numbers, generic, file, line, column, endLine, endColumn) {
    const i = this.size;
    if (i === this.capacity) this.grow();
    this.owners.store(i);
    this.values[i] = value;
    this.kinds[i] = (type | (cls === "IN" ? 0 : this.classIndex(cls)) << 16) >>> 0;
    this.ttls[i] = ttl;
    this.lines[i] = line;
    if (generic || this.genericFlags !== void 0) (this.genericFlags ??= new Uint8Array(this.capacity))[i] = generic ? 1 : 0;
    if ((type === 33 || type === 15) && typeof value === "string") (this.numbers ??= new Float64Array(this.capacity))[i] = numbers;
    if (file !== void 0 || this.fileIndexes !== void 0) this.setFile(i, file);
    const extraLines = endLine - line;
    if (column <= MAX_PACKED_COLUMN && extraLines >= 0 && extraLines <= MAX_PACKED_EXTRA_LINES && endColumn <= MAX_PACKED_END_COLUMN) {
      this.packed[i] = column * 65536 + extraLines * 4096 + endColumn;
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
  appendRecord(owner, type, cls, ttl, data, loc) {
    const code = typeCode(type.toUpperCase());
    if (code === void 0) throw new Error(`${type} is not a record type`);
    if (!this.owners.hasCurrent || this.owners.current() !== owner) this.owners.setFromString(owner);
    const file = this.zone === void 0 || loc.file === this.zone.file ? void 0 : loc.file;
    this.append(ttl, cls, code, data, 0, false, file, loc.line, loc.column, loc.endLine, loc.endColumn);
  }
  /** Forgets the records from `size` on (a line read in error is dropped). */
  truncate(size) {
    if (size < this.size) {
      this.values.fill(void 0, size, this.size);
      this.size = size;
    }
  }
  /** Keeps the records `keep` says yes to, in order; returns how many were dropped. */
  retain(keep) {
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
  seal() {
    this.values.length = this.size;
  }
  type(i) {
    return typeName(this.kinds[i] & 65535);
  }
  typeCode(i) {
    return this.kinds[i] & 65535;
  }
  ttl(i) {
    return this.ttls[i];
  }
  class(i) {
    return this.classNames[this.kinds[i] >>> 16];
  }
  generic(i) {
    return this.genericFlags !== void 0 && this.genericFlags[i] === 1;
  }
  file(i) {
    const fileIndex = this.fileIndexes === void 0 ? 0 : this.fileIndexes[i];
    return fileIndex === 0 ? this.zone.file : this.files[fileIndex - 1];
  }
  line(i) {
    return this.lines[i];
  }
  loc(i) {
    const line = this.lines[i];
    const packed = this.packed[i];
    if (packed === WIDE && this.wide !== void 0) {
      const wide = this.wide;
      return { file: this.file(i), line, column: wide[i * 3], endLine: wide[i * 3 + 1], endColumn: wide[i * 3 + 2] };
    }
    return { file: this.file(i), line, column: packed >>> 16, endLine: line + (packed >>> 12 & 15), endColumn: packed & 4095 };
  }
  /** The record's data, built from the kept value. */
  data(i) {
    const value = this.values[i];
    if (typeof value === "object") return value;
    if (typeof value === "number") return { address: ipv4Text(value) };
    switch (this.kinds[i] & 65535) {
      case 28:
        return { address: value };
      case 16:
      case 99:
        return { strings: [value] };
      case 33: {
        const numbers = this.numbers[i];
        return { priority: Math.floor(numbers / 4294967296), weight: Math.floor(numbers / 65536) % 65536, port: numbers % 65536, target: value };
      }
      case 15:
        return { preference: this.numbers[i], exchange: value };
      default:
        return { target: value };
    }
  }
  /** A record object for row `i`: a new view each call. */
  record(i) {
    return new TableRecord(this, i);
  }
  /** Every record, one new view at a time (none kept: see `records()`). */
  *each() {
    for (let i = 0; i < this.size; i++) yield new TableRecord(this, i);
  }
  /** Every record, as views made once and kept (for callers that want an array). */
  records() {
    if (this.recordViews === void 0 || this.recordViews.length !== this.size) {
      const views = new Array(this.size);
      for (let i = 0; i < this.size; i++) views[i] = new TableRecord(this, i);
      this.recordViews = views;
    }
    return this.recordViews;
  }
  recordViews;
  move(from, to) {
    this.owners.move(from, to);
    this.values[to] = this.values[from];
    this.kinds[to] = this.kinds[from];
    this.ttls[to] = this.ttls[from];
    this.lines[to] = this.lines[from];
    this.packed[to] = this.packed[from];
    if (this.genericFlags !== void 0) this.genericFlags[to] = this.genericFlags[from];
    if (this.fileIndexes !== void 0) this.fileIndexes[to] = this.fileIndexes[from];
    if (this.numbers !== void 0) this.numbers[to] = this.numbers[from];
    if (this.wide !== void 0) this.wide.copyWithin(to * 3, from * 3, from * 3 + 3);
  }
  /** Classes are at most 65,536 (a 16-bit code each), so the index fits in 16 bits. */
  classIndex(cls) {
    let index = this.classIndexes.get(cls);
    if (index === void 0) {
      index = this.classNames.push(cls) - 1;
      this.classIndexes.set(cls, index);
    }
    return index;
  }
  setFile(i, file) {
    this.fileIndexes ??= new Uint16Array(this.capacity);
    if (file === void 0) {
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
  grow() {
    const capacity = this.capacity * 2;
    const widen = (column, make, per = 1) => {
      const wider = make(capacity * per);
      wider.set(column);
      return wider;
    };
    this.kinds = widen(this.kinds, (n) => new Uint32Array(n));
    this.ttls = widen(this.ttls, (n) => new Int32Array(n));
    this.lines = widen(this.lines, (n) => new Int32Array(n));
    this.packed = widen(this.packed, (n) => new Int32Array(n));
    if (this.genericFlags !== void 0) this.genericFlags = widen(this.genericFlags, (n) => new Uint8Array(n));
    if (this.fileIndexes !== void 0) this.fileIndexes = widen(this.fileIndexes, (n) => new Uint16Array(n));
    if (this.numbers !== void 0) this.numbers = widen(this.numbers, (n) => new Float64Array(n));
    if (this.wide !== void 0) this.wide = widen(this.wide, (n) => new Int32Array(n), 3);
    this.owners.grow(capacity);
    this.values.length = capacity;
    this.capacity = capacity;
  }
};
var nextTableSerial = 0;
function recordKey(record) {
  return record instanceof TableRecord ? record.table.serial * 4294967296 + record.index : record;
}
function ipv4Text(value) {
  return `${value >>> 24}.${value >>> 16 & 255}.${value >>> 8 & 255}.${value & 255}`;
}
var TableRecord = class {
  table;
  index;
  cachedData;
  cachedName;
  constructor(table, index) {
    this.table = table;
    this.index = index;
  }
  get name() {
    return this.cachedName ??= this.table.name(this.index);
  }
  get ttl() {
    return this.table.ttl(this.index);
  }
  get class() {
    return this.table.class(this.index);
  }
  get type() {
    return this.table.type(this.index);
  }
  get data() {
    return this.cachedData ??= this.table.data(this.index);
  }
  get generic() {
    return this.table.generic(this.index) ? true : void 0;
  }
  get zone() {
    return this.table.zone;
  }
  /** File the record was read from (an `$INCLUDE`d file's records name it). */
  get file() {
    return this.table.file(this.index);
  }
  get line() {
    return this.table.line(this.index);
  }
  get loc() {
    return this.table.loc(this.index);
  }
  /** The fields a reader expects to see when the record is printed or compared whole. */
  toJSON() {
    return { name: this.name, ttl: this.ttl, class: this.class, type: this.type, data: this.data, ...this.generic ? { generic: true } : {}, zone: this.zone.file, loc: this.loc };
  }
};

// src/model/record-text.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
function formatRecord(record) {
  return `${record.name} ${record.ttl} ${record.class} ${record.type} ${rdataText(record)}`;
}
function rdataText(record) {
  const data = record.data;
  if ("hex" in data) return genericText(data);
  if ("text" in data) return data.text;
  switch (record.type) {
    case "A":
    case "AAAA":
      return data.address;
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return data.target;
    case "MX": {
      const mx = data;
      return `${mx.preference} ${mx.exchange}`;
    }
    case "SRV": {
      const srv = data;
      return `${srv.priority} ${srv.weight} ${srv.port} ${srv.target}`;
    }
    case "SOA": {
      const soa = data;
      return `${soa.mname} ${soa.rname} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minimum}`;
    }
    case "TXT":
    case "SPF": {
      const txt = data;
      return txt.strings.map((s) => quoteString(s, txt.latin1)).join(" ");
    }
    case "NAPTR": {
      const n = data;
      return `${n.order} ${n.preference} ${quoteString(n.flags)} ${quoteString(n.service)} ${quoteString(n.regexp)} ${n.replacement}`;
    }
    case "CAA": {
      const caa = data;
      return `${caa.flags} ${caa.tag} ${quoteString(caa.value, caa.latin1)}`;
    }
    case "TLSA": {
      const t = data;
      return `${t.usage} ${t.selector} ${t.matchingType} ${chunkedHex(t.data)}`;
    }
    case "SVCB":
    case "HTTPS":
      return svcbText(data);
    default:
      return JSON.stringify(data);
  }
}
function genericText(data) {
  const length = data.hex.length / 2;
  return length === 0 ? "\\# 0" : `\\# ${length} ${chunkedHex(data.hex)}`;
}
var UNQUOTED_KEYS = /* @__PURE__ */ new Set(["mandatory", "port", "ipv4hint", "ech", "ipv6hint"]);
function svcbText(data) {
  let out = `${data.priority} ${data.target}`;
  for (const p of data.params) {
    if (p.value === void 0) out += " " + p.key;
    else if (UNQUOTED_KEYS.has(p.key)) out += ` ${p.key}=${p.value}`;
    else out += ` ${p.key}=${quoteString(p.value)}`;
  }
  return out;
}
var encoder = new TextEncoder();
function stringOctets(text, isLatin1) {
  if (isLatin1) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 255;
    return out;
  }
  return encoder.encode(text);
}
function quoteString(text, isLatin1) {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return '"' + text + '"';
  return '"' + escapeOctets(stringOctets(text, isLatin1)) + '"';
}
function escapeOctets(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 34 || b === 92) out += "\\" + String.fromCharCode(b);
    else if (b < 32 || b > 126) out += "\\" + String(b).padStart(3, "0");
    else out += String.fromCharCode(b);
  }
  return out;
}
function chunkedHex(hex) {
  const upper = hex.toUpperCase();
  if (upper.length <= 56) return upper;
  const parts = [];
  for (let i = 0; i < upper.length; i += 56) parts.push(upper.slice(i, i + 56));
  return parts.join(" ");
}
function addressesInOneValue(type, text) {
  if (type !== "A" && type !== "AAAA") return void 0;
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  if (parts.length < 2) return void 0;
  const isAddress = type === "A" ? (part) => import_ipaddr.default.IPv4.isValidFourPartDecimal(part) : (part) => import_ipaddr.default.IPv6.isValid(part);
  return parts.every(isAddress) ? parts : void 0;
}
function comparableData(record) {
  switch (record.type) {
    case "A":
    case "AAAA":
      return record.data.address;
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return record.data.target;
    case "CAA": {
      const caa = record.data;
      return `${caa.flags} ${caa.tag.toLowerCase()} ${rdataText(record).split(" ").slice(2).join(" ")}`;
    }
    default:
      return rdataText(record);
  }
}
function presentData(record) {
  const data = record.data;
  switch (record.type) {
    case "A":
    case "AAAA":
      return String(data.address);
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return displayName(String(data.target));
    case "MX":
      return `${data.preference} ${displayName(String(data.exchange))}`;
    case "SRV":
      return `${data.priority} ${data.weight} ${data.port} ${displayName(String(data.target))}`;
    case "TXT":
    case "SPF":
      return data.strings.map((s) => JSON.stringify(s)).join(" ");
    default:
      return Object.values(data).map(String).join(" ");
  }
}

export {
  canonicalName,
  displayName,
  labelsOf,
  isAtOrBelow,
  parentName,
  isIpLiteral,
  withoutOriginAppended,
  hashName,
  suffixHash,
  STRUCTURED_TYPES,
  typeCode,
  typeName,
  classCode,
  className,
  packSrvNumbers,
  RecordTable,
  recordKey,
  TableRecord,
  formatRecord,
  rdataText,
  quoteString,
  addressesInOneValue,
  comparableData,
  presentData
};
