import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as WebTreeSitter from 'web-tree-sitter';
import type { Language, Parser } from 'web-tree-sitter';

/**
 * The tree-sitter grammars uclint reads formats with, compiled to WebAssembly by their
 * authors and shipped in their npm packages. The bundle carries the `.wasm` files in
 * `dist/wasm/` (scripts/build.mjs copies them there); tests and `tsx` runs find them in
 * node_modules. A grammar is loaded the first time a file of its kind is read, so a run with
 * no such file pays nothing for it.
 */
export const GRAMMARS = {
  hcl: { package: '@tree-sitter-grammars/tree-sitter-hcl', file: 'tree-sitter-hcl.wasm' },
  terraform: { package: '@tree-sitter-grammars/tree-sitter-hcl', file: 'tree-sitter-terraform.wasm' },
  powershell: { package: 'tree-sitter-powershell', file: 'tree-sitter-powershell.wasm' },
  bicep: { package: 'tree-sitter-bicep', file: 'tree-sitter-bicep.wasm' },
} as const;

export type GrammarName = keyof typeof GRAMMARS;

/** The runtime's own WebAssembly module, beside the grammars. */
const RUNTIME = { package: 'web-tree-sitter', file: 'web-tree-sitter.wasm' } as const;

/**
 * Where a `.wasm` file is: `wasm/` beside the bundle's entry (`dist/wasm/`, reached from an
 * entry in `dist/` or a chunk in `dist/chunks/`), else in its package (development, tests).
 */
export function wasmPath(wasm: { package: string; file: string }): string {
  for (const relative of [`./wasm/${wasm.file}`, `../wasm/${wasm.file}`]) {
    const candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return createRequire(import.meta.url).resolve(`${wasm.package}/${wasm.file}`);
}

let runtime: Promise<typeof WebTreeSitter> | undefined;
const languages = new Map<GrammarName, Promise<Language>>();

/** The web-tree-sitter module, initialised once (the import itself is deferred until a grammar is needed). */
function loadRuntime(): Promise<typeof WebTreeSitter> {
  runtime ??= import('web-tree-sitter').then(async (module) => {
    await module.Parser.init({ locateFile: () => wasmPath(RUNTIME) });
    return module;
  });
  return runtime;
}

/** A parser for the grammar, loading the runtime and the grammar on first use. */
export async function parserFor(name: GrammarName): Promise<Parser> {
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
