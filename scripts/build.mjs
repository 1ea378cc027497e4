// Bundles the CLI (dist/cli.js), the GitHub Action (dist/index.js, action.yml's `main`) and the library
// entry (dist/api.js) into dist/ (committed, so `npx uclint` and the Action need no build step).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// Start clean, so a chunk of an earlier build cannot linger (CI compares dist/ with git).
rmSync('dist', { recursive: true, force: true });

/**
 * The option, configuration and manifest validators as code (scripts/validator-code.ts), put in
 * place of src/core/precompiled-validators.ts: the bundle compiles no JSON Schema at start-up.
 */
async function precompiledValidators() {
  const scratch = mkdtempSync(path.join(tmpdir(), 'uclint-build-'));
  try {
    const script = path.join(scratch, 'validator-code.mjs');
    await build({
      entryPoints: ['scripts/validator-code.ts'],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      banner: { js: "import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);" },
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      logLevel: 'warning',
    });
    const { validatorModuleSource } = await import(pathToFileURL(script).href);
    return validatorModuleSource();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
const validatorSource = await precompiledValidators();
const precompiledPlugin = {
  name: 'precompiled-validators',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]core[\\/]precompiled-validators\.ts$/ }, () => ({ contents: validatorSource, loader: 'js', resolveDir: process.cwd() }));
  },
};

await build({
  entryPoints: { cli: 'src/bin.ts', index: 'src/action.ts', api: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  // The entries share one chunk instead of each carrying a copy of everything.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  // The CLI supports Node 20; the Action runs on node24.
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies (ajv) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);" },
  // jsonc-parser's `main` is a UMD build whose require() of its own modules esbuild cannot follow; its ES module build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  legalComments: 'linked',
  logLevel: 'warning',
  plugins: [precompiledPlugin],
});

// The WebAssembly files of web-tree-sitter and of the grammars formats are read with: the bundle
// loads them from dist/wasm/ (src/languages/tree-sitter/grammars.ts), only when a file needs one.
const require = createRequire(import.meta.url);
const WASM = [
  ['web-tree-sitter', 'web-tree-sitter.wasm'],
  ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-hcl.wasm'],
  ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
  ['tree-sitter-powershell', 'tree-sitter-powershell.wasm'],
  ['tree-sitter-bicep', 'tree-sitter-bicep.wasm'],
];
mkdirSync('dist/wasm', { recursive: true });
for (const [pkg, file] of WASM) copyFileSync(require.resolve(`${pkg}/${file}`), `dist/wasm/${file}`);
