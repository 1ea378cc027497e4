import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  RecordTable,
  canonicalName
} from "./chunk-GCKIFPAF.js";

// src/formats/shared/dns-zone.ts
var DnsZoneBuilder = class {
  zone;
  table = new RecordTable(16);
  unread = /* @__PURE__ */ new Set();
  constructor(declaration) {
    const table = this.table;
    const origin = declaration.origin === void 0 ? void 0 : canonicalName(declaration.origin);
    this.zone = {
      file: declaration.file,
      origin,
      originSource: origin === void 0 ? "none" : declaration.originSource ?? "declared",
      view: declaration.view,
      viewSource: declaration.viewSource,
      get records() {
        return table.records();
      },
      table,
      includes: [],
      unreadOwners: [],
      unreadableRecords: [],
      recordSets: [],
      loc: declaration.loc ?? { file: declaration.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    table.zone = this.zone;
  }
  /**
   * Adds a record. `owner` is canonical (see `recordOwner`); `data` is in the model's shape for
   * the type (`{ priority, weight, port, target }` for SRV, names canonical; `recordDataFromText`
   * in src/formats/zone/record-data.ts reads it from presentation text); `loc` is where the
   * record is written, in any file.
   */
  add(owner, type, ttl, data, loc, recordClass = "IN") {
    this.table.appendRecord(owner, type, recordClass, ttl, data, loc);
  }
  /**
   * An owner that holds records the format could not read (a value not known until the plan is
   * applied, data that does not parse): the name exists, with data not known, so no rule takes
   * it for missing.
   */
  addUnread(owner) {
    this.unread.add(owner);
  }
  /**
   * A record written with data its type cannot hold (`problem` from `recordDataFromText`, or the
   * format's own words): kept for the rules that report it, and its owner exists, data unknown.
   * `loc` is the record, `valueLoc` the value at fault when the format knows it.
   */
  addUnreadable(owner, type, text, problem, loc, valueLoc) {
    const record = { name: owner, type: type.toUpperCase(), text, problem, loc, zone: this.zone };
    if (valueLoc !== void 0) record.valueLoc = valueLoc;
    this.zone.unreadableRecords.push(record);
    this.unread.add(owner);
  }
  /**
   * A resource that declares the whole record set of `owner` and `type` (a Terraform
   * `aws_route53_record`, an ARM record-set resource): its readable records are added, each at
   * its own range (`locs[i]`, the resource's `loc` when not given), and the declaration is kept so
   * that two resources declaring one set differently can be told. `complete` is false when some
   * of its values were unreadable or not known: such a set is not compared.
   */
  addRecordSet(owner, type, ttl, data, loc, options = {}) {
    const first = this.table.size;
    data.forEach((item, i) => this.add(owner, type, ttl, item, options.locs?.[i] ?? loc));
    const rows = Array.from({ length: data.length }, (_, i) => first + i);
    const declaration = { name: owner, type: type.toUpperCase(), rows, complete: options.complete ?? true, loc, zone: this.zone };
    this.zone.recordSets.push(declaration);
  }
  /** The zone, with every record added. */
  finish() {
    this.table.seal();
    this.zone.unreadOwners = [...this.unread];
    return this.zone;
  }
};
function recordOwner(written, origin, style) {
  if (written === "" || written === "@") return origin;
  if (written.endsWith(".")) return canonicalName(written);
  const lower = written.toLowerCase();
  if (origin === void 0) return void 0;
  if (origin === ".") return canonicalName(lower);
  const zone = origin.slice(0, -1);
  if (style === "qualified-or-relative" && (lower === zone || lower.endsWith(`.${zone}`))) return canonicalName(lower);
  return `${lower}.${origin}`;
}

export {
  DnsZoneBuilder,
  recordOwner
};
