import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/report/printable.ts
var REORDERING = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
var REORDERING_PATTERN = new RegExp(`[${REORDERING}]`, "g");
var TERMINAL_UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, "g");
var UNSAFE_BUT_LINE_FEEDS = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, "g");
var UNSAFE_BUT_LINE_BREAKS = new RegExp(`[\\u0000-\\u0009\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, "g");
var JSON_UNSAFE = new RegExp(`[\\u007f-\\u009f\\u2028\\u2029${REORDERING}]`, "g");
function shownEscaped(char) {
  const code = char.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function printable(text) {
  return text.replace(TERMINAL_UNSAFE, shownEscaped);
}
function printableLines(text) {
  return text.replace(UNSAFE_BUT_LINE_FEEDS, shownEscaped);
}
function printableCommandText(text) {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, shownEscaped);
}
function withoutReordering(text) {
  return text.replace(REORDERING_PATTERN, shownEscaped);
}
function escapeJsonInvisibles(json) {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  printable,
  printableLines,
  printableCommandText,
  withoutReordering,
  escapeJsonInvisibles
};
