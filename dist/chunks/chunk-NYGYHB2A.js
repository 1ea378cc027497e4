import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  recordDataFromText
} from "./chunk-TRKV4FF5.js";

// src/formats/zone/record-parts.ts
function dataFromParts(type, parts) {
  let text = "";
  const starts = [];
  for (const part of parts) {
    if (text !== "") text += " ";
    starts.push(text.length);
    text += part.text;
  }
  const read = recordDataFromText(type, text);
  if ("data" in read) return read;
  let at = parts.length - 1;
  while (at > 0 && starts[at] > read.problem.start) at--;
  return { text, problem: read.problem.message, at: parts[at].loc };
}
function quotedString(text) {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

export {
  dataFromParts,
  quotedString
};
