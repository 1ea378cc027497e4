import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/arm/recognise.ts
var TEMPLATE_SCHEMA = /deploymenttemplate\.json#?$/i;
var PARAMETERS_SCHEMA = /deploymentparameters\.json#?$/i;
function armJsonKind(text) {
  const scan = new TopLevelScan(text);
  let schema;
  let contentVersion = false;
  let resources = false;
  for (const { key, value } of scan.entries()) {
    const lower = key.toLowerCase();
    if (lower === "$schema" && value !== void 0) schema = value.trim();
    else if (lower === "contentversion") contentVersion = true;
    else if (lower === "resources") resources = true;
    if (schema !== void 0) break;
  }
  if (schema !== void 0 && TEMPLATE_SCHEMA.test(schema)) return "template";
  if (schema !== void 0 && PARAMETERS_SCHEMA.test(schema)) return "parameters";
  return contentVersion && resources ? "template" : void 0;
}
var TopLevelScan = class {
  constructor(text) {
    this.text = text;
  }
  text;
  i = 0;
  *entries() {
    this.space();
    if (this.text[this.i] !== "{") return;
    this.i++;
    for (; ; ) {
      this.space();
      if (this.text[this.i] !== '"') return;
      const key = this.string();
      if (key === void 0) return;
      this.space();
      if (this.text[this.i] !== ":") return;
      this.i++;
      this.space();
      if (this.text[this.i] === '"') {
        const value = this.string();
        if (value === void 0) return;
        yield { key, value };
      } else {
        yield { key };
        if (!this.skipValue()) return;
      }
      this.space();
      if (this.text[this.i] !== ",") return;
      this.i++;
    }
  }
  /** Blanks and comments. */
  space() {
    const text = this.text;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === " " || c === "	" || c === "\n" || c === "\r" || c === "\uFEFF") this.i++;
      else if (c === "/" && text[this.i + 1] === "/") {
        while (this.i < text.length && text[this.i] !== "\n" && text[this.i] !== "\r") this.i++;
      } else if (c === "/" && text[this.i + 1] === "*") {
        const close = text.indexOf("*/", this.i + 2);
        this.i = close < 0 ? text.length : close + 2;
      } else return;
    }
  }
  /** A string at `i` (its opening quote): its value, or undefined when it is not closed. */
  string() {
    const text = this.text;
    let value = "";
    for (let j = this.i + 1; j < text.length; j++) {
      const c = text[j];
      if (c === '"') {
        this.i = j + 1;
        return value;
      }
      if (c === "\n" || c === "\r") return void 0;
      if (c === "\\") {
        j++;
        const escaped = text[j];
        value += escaped === "n" ? "\n" : escaped === "t" ? "	" : escaped === "u" ? String.fromCharCode(parseInt(text.slice(j + 1, j + 5), 16) || 0) : escaped ?? "";
        if (escaped === "u") j += 4;
      } else value += c;
    }
    return void 0;
  }
  /** Skips a value that is not a string (an object, an array, a number or word); false at the end of the text. */
  skipValue() {
    const text = this.text;
    let depth = 0;
    while (this.i < text.length) {
      this.space();
      const c = text[this.i];
      if (c === void 0) return false;
      if (c === '"') {
        if (this.string() === void 0) return false;
        if (depth === 0) return true;
        continue;
      }
      if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        if (depth === 0) return true;
        depth--;
        if (depth === 0) {
          this.i++;
          return true;
        }
      } else if (depth === 0 && c === ",") return true;
      this.i++;
    }
    return false;
  }
};

export {
  armJsonKind
};
