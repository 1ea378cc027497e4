import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parseZone
} from "./chunk-L7SDVBRS.js";
import {
  typeCode
} from "./chunk-GCKIFPAF.js";

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
  recordDataFromText
};
