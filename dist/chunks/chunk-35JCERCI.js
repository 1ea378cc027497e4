import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/core/words.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function thousands(n) {
  return n.toLocaleString("en-US");
}
function listOf(words) {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
function fileTooLarge(bytes, bound) {
  return `file of ${thousands(bytes)} bytes is over the bound of ${thousands(bound)}; not read`;
}
function lineTooLong(bound) {
  return `line of more than ${thousands(bound)} characters; not read`;
}

export {
  plural,
  thousands,
  listOf,
  fileTooLarge,
  lineTooLong
};
