import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/languages/tree-sitter/grammars.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var GRAMMARS = {
  hcl: { package: "@tree-sitter-grammars/tree-sitter-hcl", file: "tree-sitter-hcl.wasm" },
  terraform: { package: "@tree-sitter-grammars/tree-sitter-hcl", file: "tree-sitter-terraform.wasm" },
  powershell: { package: "tree-sitter-powershell", file: "tree-sitter-powershell.wasm" },
  bicep: { package: "tree-sitter-bicep", file: "tree-sitter-bicep.wasm" }
};
var RUNTIME = { package: "web-tree-sitter", file: "web-tree-sitter.wasm" };
function wasmPath(wasm) {
  for (const relative of [`./wasm/${wasm.file}`, `../wasm/${wasm.file}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(`${wasm.package}/${wasm.file}`);
}
var runtime;
var languages = /* @__PURE__ */ new Map();
function loadRuntime() {
  runtime ??= import("./web-tree-sitter-IX5CO55Y.js").then(async (module) => {
    await module.Parser.init({ locateFile: () => wasmPath(RUNTIME) });
    return module;
  });
  return runtime;
}
async function parserFor(name) {
  const module = await loadRuntime();
  let language = languages.get(name);
  if (!language) {
    language = module.Language.load(wasmPath(GRAMMARS[name]));
    languages.set(name, language);
  }
  const parser = new module.Parser();
  parser.setLanguage(await language);
  return parser;
}

export {
  parserFor
};
