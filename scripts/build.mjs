// Bundles the CLI (dist/cli.js), the GitHub Action (dist/index.js, action.yml's `main`) and the library
// entry (dist/api.js) into dist/ (committed, so `npx uclint` and the Action need no build step).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Start clean, so a chunk of an earlier build cannot linger (CI compares dist/ with git).
rmSync('dist', { recursive: true, force: true });

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
  legalComments: 'linked',
  logLevel: 'warning',
});
