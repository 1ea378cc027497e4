import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/include-order.ts
function loadIncludeAware(files, load, standsAlone = () => false) {
  const results = /* @__PURE__ */ new Map();
  const includedBy = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (includedBy.has(file) && !standsAlone(file)) continue;
    const loaded = load(file);
    if (loaded === void 0) continue;
    results.set(file, loaded.result);
    for (const included of loaded.includes) if (included !== file && !includedBy.has(included)) includedBy.set(included, file);
  }
  for (const file of includedBy.keys()) {
    if (!standsAlone(file)) results.delete(file);
  }
  for (const [file, includer] of includedBy) {
    let top = includer;
    for (let hops = 0; !results.has(top) && includedBy.has(top) && hops < includedBy.size; hops++) top = includedBy.get(top);
    includedBy.set(file, top);
  }
  return { results, includedBy };
}

export {
  loadIncludeAware
};
