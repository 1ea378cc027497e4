/**
 * A directory of files written by a test, made before each test of the file that asks for it
 * and removed after: `tree.write('dns/main.tf', text)` then `lint({ cwd: tree.dir })`.
 */
import { afterEach, beforeEach } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchTree {
  /** The directory of the running test. */
  readonly dir: string;
  /** Writes `text` at `rel` (directories made as needed). */
  write(rel: string, text: string | Uint8Array): void;
}

export function scratchTree(prefix: string): ScratchTree {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    get dir() {
      return dir;
    },
    write(rel, text) {
      const file = path.join(dir, rel);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
  };
}
