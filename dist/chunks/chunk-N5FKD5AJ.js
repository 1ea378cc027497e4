import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/languages/values.ts
function valueParts(value) {
  const container = value;
  if (container.kind === "list") return container.items;
  if (container.kind === "object") return container.entries?.values();
  return void 0;
}
function firstUnknown(value, partsOf = valueParts) {
  if (value.kind === "unknown") return value;
  for (const part of partsOf(value) ?? []) {
    const found = firstUnknown(part, partsOf);
    if (found) return found;
  }
  return void 0;
}

export {
  valueParts,
  firstUnknown
};
