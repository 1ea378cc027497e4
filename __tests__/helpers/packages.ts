/**
 * Installed packages for plugin tests: a `node_modules/<name>` with a package.json and
 * files, written where a test wants it (beside a copy of uclint, in a directory named by
 * `--plugins-from`, or inside a linted tree that must never have it loaded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Writes `<directory>/node_modules/<name>/` and returns its path. */
export function installPackage(directory: string, name: string, files: Record<string, string>, manifest: Record<string, unknown> = {}): string {
  const packageDirectory = path.join(directory, 'node_modules', ...name.split('/'));
  mkdirSync(packageDirectory, { recursive: true });
  writeFileSync(path.join(packageDirectory, 'package.json'), JSON.stringify({ name, version: '1.0.0', type: 'module', main: 'index.js', ...manifest }, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(packageDirectory, file)), { recursive: true });
    writeFileSync(path.join(packageDirectory, file), text);
  }
  return packageDirectory;
}

/** Module text that creates `marker` the moment it is imported: the proof a test looks for that code ran. */
export function markerModule(marker: string, exported = '[]'): string {
  return `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(marker)}, 'ran');\nexport default ${exported};\n`;
}

/** The same for CommonJS files (`.uclint.js`, a `main` without `type: module`). */
export function markerScript(marker: string): string {
  return `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\n`;
}
