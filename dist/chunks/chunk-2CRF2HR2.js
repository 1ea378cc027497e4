import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/format.ts
function defineFormat(format) {
  return format;
}
async function eachFile(files, context, loadOne) {
  const nodes = {};
  const diagnostics = [];
  const unsupported = [];
  for (const file of files) {
    const content = file.read();
    if (content === void 0) continue;
    const loaded = loadOne(file, content);
    context.commentsDone();
    addInto(nodes, loaded.nodes);
    for (const d of loaded.diagnostics ?? []) diagnostics.push(d);
    for (const u of loaded.unsupported ?? []) unsupported.push(u);
  }
  return { nodes, diagnostics, unsupported };
}
function addInto(into, from) {
  if (from === void 0) return;
  for (const key of Object.keys(from)) {
    const list = from[key];
    if (list === void 0) continue;
    const target = into[key] ??= [];
    for (const node of list) target.push(node);
  }
}

export {
  defineFormat,
  eachFile
};
