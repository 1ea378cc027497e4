import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/placeholders.ts
var DELIMITED = [
  { style: "{{name}}", pattern: /\{\{[^{}]*\}\}/ },
  { style: "{%...%}", pattern: /\{%[^%]*%\}/ },
  { style: "${NAME}", pattern: /\$\{[A-Za-z_][\w.:-]*\}/ },
  { style: "$(NAME)", pattern: /\$\([A-Za-z_]\w*\)/ },
  { style: "%%NAME%%", pattern: /%%[A-Za-z_]\w*%%/ },
  { style: "%NAME%", pattern: /%[A-Za-z_]\w*%/ },
  { style: "@NAME@", pattern: /@[A-Za-z_]\w*@/ },
  { style: "<NAME>", pattern: /<[A-Za-z_][\w .-]*>/ }
];
var BARE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;
var OPENERS = /[{$%@<]/;
function placeholderStyle(token) {
  return findPlaceholder(token)?.style;
}
function findPlaceholder(text) {
  if (!OPENERS.test(text)) return void 0;
  for (const { style, pattern } of DELIMITED) {
    const match = pattern.exec(text);
    if (match) return { style, text: match[0] };
  }
  return void 0;
}
function valuePlaceholderStyle(token) {
  return placeholderStyle(token) ?? (BARE.test(token) ? "UPPER_CASE" : void 0);
}
function mayHoldPlaceholders(text) {
  return /\{\{|\$\{|\$\(|%%|%[A-Za-z_]\w*%|@[A-Za-z_]\w*@|<[A-Za-z_][\w .-]*>/.test(text);
}

export {
  placeholderStyle,
  findPlaceholder,
  valuePlaceholderStyle,
  mayHoldPlaceholders
};
