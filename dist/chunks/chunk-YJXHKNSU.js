import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/core/strings.ts
function detached(piece) {
  return (" " + piece).slice(1);
}
function ownSlice(text, start, end) {
  if (end - start < 13) return text.slice(start, end);
  const s = text.slice(start, start + 1) + text.slice(start + 1, end);
  s.charCodeAt(0);
  return s;
}

export {
  detached,
  ownSlice
};
