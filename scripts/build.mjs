// Bundles the CLI into dist/ (committed, so `npx uclint` and the Action need no build step).
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/bin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Bundled CommonJS dependencies (ajv) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
