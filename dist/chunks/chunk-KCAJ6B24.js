import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parseZone
} from "./chunk-L7SDVBRS.js";
import {
  RecordTable,
  canonicalName,
  typeCode
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

// src/formats/zone/record-data.ts
function recordDataFromText(type, text, origin = ".") {
  const upper = type.toUpperCase();
  if (typeCode(upper) === void 0 || upper === "SOA") return { problem: { message: `${type} is not a record type a value can hold`, start: 0, end: 0 } };
  const newline = text.search(/[\r\n]/);
  if (newline >= 0) return { problem: { message: "holds a line break", start: newline, end: newline + 1 } };
  const prefix = `@ 0 IN ${upper} `;
  let comment;
  const parsed = parseZone(`$ORIGIN ${origin}
${prefix}${text}
`, {
    file: "",
    comments: (_file, _text, start) => {
      comment ??= start;
    }
  });
  const lineStart = `$ORIGIN ${origin}
`.length + prefix.length;
  if (comment !== void 0) return { problem: { message: "holds ';', which a zone file reads as the start of a comment", start: comment - lineStart, end: text.length } };
  const [diagnostic] = parsed.diagnostics.filter((d) => d.severity === "error" || d.code === "zone/template-placeholder");
  if (diagnostic !== void 0) {
    const at = (column) => Math.min(text.length, Math.max(0, column - 1 - prefix.length));
    const message = diagnostic.code === "zone/template-placeholder" ? "holds a template placeholder" : diagnostic.message;
    return { problem: { message, start: at(diagnostic.column), end: Math.max(at(diagnostic.column), at(diagnostic.endColumn)) } };
  }
  const records = parsed.zone.table;
  if (records.size !== 1) return { problem: { message: "is not one record", start: 0, end: text.length } };
  return { data: records.data(0) };
}

export {
  DnsZoneBuilder,
  recordOwner,
  recordDataFromText
};
