import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  ownSlice
} from "./chunk-YJXHKNSU.js";

// src/formats/shared/dns-names.ts
var NAME_NO_ORIGIN = 1;
var NAME_EMPTY_LABEL = 2;
var NAME_LABEL_TOO_LONG = 3;
var NAME_TOO_LONG = 4;
var NAME_BAD_ESCAPE = 5;
var NAME_ERROR_CODES = {
  1: "zone/relative-name-without-origin",
  2: "zone/empty-label",
  3: "zone/label-too-long",
  4: "zone/name-too-long",
  5: "zone/bad-escape"
};
var NAME_ERROR_MESSAGES = {
  1: "relative name with no origin known (add $ORIGIN or write the name with a trailing dot)",
  2: "empty label in name",
  3: "label longer than 63 octets",
  4: "name longer than 255 octets",
  5: "bad escape in name"
};
function wireLength(name) {
  if (name === ".") return 1;
  let n = 1;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) === 92) {
      i += isDigit(name.charCodeAt(i + 1)) ? 3 : 1;
    }
    n++;
  }
  return n;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function originContext(name) {
  return { name, suffix: name === "." ? "." : "." + name, wire: wireLength(name) };
}
var SHAPE_UPPER = 1;
var SHAPE_ABSOLUTE = 2;
var SHAPE_SLOW = 4;
function plainNameShape(text, start, end) {
  let upper = false;
  let labelLength = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return -NAME_EMPTY_LABEL;
      labelLength = 0;
      continue;
    }
    if (c >= 65 && c <= 90) upper = true;
    else if (c < 42 ? c < 33 || c === 34 || c === 36 || c === 40 || c === 41 : c === 59 || c === 64 || c > 126) return SHAPE_SLOW;
    if (++labelLength > 63) return -NAME_LABEL_TOO_LONG;
  }
  return (upper ? SHAPE_UPPER : 0) | (labelLength === 0 ? SHAPE_ABSOLUTE : 0);
}
function readName(text, start, end, escaped, origin) {
  const parts = NAME_PARTS;
  const form = nameForm(text, start, end, escaped, origin, parts);
  if (form < 0) return -form;
  if (form === WRITTEN_OTHERWISE) return parts.whole;
  if (parts.tail === "") {
    const name2 = ownSlice(text, start, end);
    return form === WRITTEN_LOWER ? name2.toLowerCase() : name2;
  }
  const name = text.slice(start, end) + parts.tail;
  if (form === WRITTEN_LOWER) return name.toLowerCase();
  name.charCodeAt(0);
  return name;
}
var NAME_PARTS = { tail: "", whole: "" };
var WRITTEN_AS_IS = 0;
var WRITTEN_LOWER = 1;
var WRITTEN_OTHERWISE = 2;
function nameForm(text, start, end, escaped, origin, parts) {
  parts.tail = "";
  const len = end - start;
  if (len === 0) return -NAME_EMPTY_LABEL;
  if (len === 1) {
    const c = text.charCodeAt(start);
    if (c === 64) return origin === void 0 ? -NAME_NO_ORIGIN : whole(parts, origin.name);
    if (c === 46) return whole(parts, ".");
  }
  if (escaped) return whole(parts, readNameSlow(text, start, end, origin));
  const shape = plainNameShape(text, start, end);
  if (shape < 0) return shape;
  if (shape & SHAPE_SLOW) return whole(parts, readNameSlow(text, start, end, origin));
  if (shape & SHAPE_ABSOLUTE) {
    if (len + 1 > 255) return -NAME_TOO_LONG;
  } else {
    if (origin === void 0) return -NAME_NO_ORIGIN;
    if (len + 1 + origin.wire > 255) return -NAME_TOO_LONG;
    parts.tail = origin.suffix;
  }
  return shape & SHAPE_UPPER ? WRITTEN_LOWER : WRITTEN_AS_IS;
}
function whole(parts, name) {
  if (typeof name !== "string") return -name;
  parts.whole = name;
  return WRITTEN_OTHERWISE;
}
function readNameSlow(text, start, end, origin) {
  const labels = [];
  let label = [];
  let absolute = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const d1 = text.charCodeAt(i + 1);
      if (i + 1 >= end) return NAME_BAD_ESCAPE;
      if (isDigit(d1)) {
        const d2 = text.charCodeAt(i + 2);
        const d3 = text.charCodeAt(i + 3);
        if (i + 3 >= end || !isDigit(d2) || !isDigit(d3)) return NAME_BAD_ESCAPE;
        const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
        if (v > 255) return NAME_BAD_ESCAPE;
        label.push(v);
        i += 3;
      } else {
        i += pushUtf8(label, text, i + 1);
        i++;
      }
    } else if (c === 46) {
      if (label.length === 0) return NAME_EMPTY_LABEL;
      labels.push(label);
      label = [];
      if (i === end - 1) absolute = true;
      continue;
    } else {
      i += pushUtf8(label, text, i);
    }
    if (label.length > 63) return NAME_LABEL_TOO_LONG;
  }
  if (label.length > 63) return NAME_LABEL_TOO_LONG;
  if (label.length > 0) labels.push(label);
  let wire = 1;
  for (const l of labels) wire += l.length + 1;
  const name = labelsToText(labels);
  if (absolute) return wire > 255 ? NAME_TOO_LONG : name;
  if (origin === void 0) return NAME_NO_ORIGIN;
  if (wire - 1 + origin.wire > 255) return NAME_TOO_LONG;
  return origin.name === "." ? name : name + origin.name;
}
function pushUtf8(out, text, i) {
  let cp = text.codePointAt(i) ?? 0;
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) cp += 32;
    out.push(cp);
    return 0;
  }
  if (cp < 2048) {
    out.push(192 | cp >> 6, 128 | cp & 63);
    return 0;
  }
  if (cp < 65536) {
    out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
    return 0;
  }
  out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
  return 1;
}
function labelsToText(labels) {
  if (labels.length === 0) return ".";
  let out = "";
  for (const label of labels) {
    for (let j = 0; j < label.length; j++) out += octetInName(label[j]);
    out += ".";
  }
  return out;
}
function octetInName(b) {
  if (b >= 65 && b <= 90) return String.fromCharCode(b + 32);
  if (b === 34 || b === 40 || b === 41 || b === 46 || b === 59 || b === 92 || b === 64 || b === 36) {
    return "\\" + String.fromCharCode(b);
  }
  if (b <= 32 || b >= 127) return "\\" + String(b).padStart(3, "0");
  return String.fromCharCode(b);
}
function nameFromWire(bytes, offset) {
  const labels = [];
  let pos = offset;
  let total = 1;
  for (; ; ) {
    if (pos >= bytes.length) return void 0;
    const n = bytes[pos];
    if (n === 0) {
      pos++;
      break;
    }
    if (n > 63 || pos + 1 + n > bytes.length) return void 0;
    total += n + 1;
    if (total > 255) return void 0;
    labels.push(bytes.subarray(pos + 1, pos + 1 + n));
    pos += 1 + n;
  }
  return { name: labelsToText(labels), next: pos };
}

export {
  NAME_ERROR_CODES,
  NAME_ERROR_MESSAGES,
  originContext,
  readName,
  WRITTEN_LOWER,
  WRITTEN_OTHERWISE,
  nameForm,
  nameFromWire
};
