/**
 * Windows registry export (`.reg`) loader: regedit 5 (UTF-16LE) and REGEDIT4 exports to
 * the values and key deletions of the shared model (`src/estate/registry.ts`). Never throws.
 */
import type { CommentSink, Diagnostic } from '../../core/types.js';
import type { RegistryFile } from '../../model/registry.js';
import { RegistryReader } from './parser.js';
import type { RegistryLimits, RegistryParseResult } from './parser.js';

export type { RegistryLimits, RegistryParseResult } from './parser.js';
export { DEFAULT_REGISTRY_LIMITS } from './parser.js';

/**
 * Never throws. Decodes UTF-16LE (with BOM, as regedit writes it; also without BOM when the bytes say so) and UTF-8 (with or without BOM).
 * `limits` lowers the bounds (tests); the defaults are DEFAULT_REGISTRY_LIMITS. `comments` is told of
 * each comment line (`;` first on its line).
 */
export function parseRegistryFile(bytes: Uint8Array, file: string, limits?: Partial<RegistryLimits>, comments?: CommentSink): RegistryParseResult {
  try {
    return new RegistryReader(bytes, file, limits, comments).read();
  } catch (error) {
    // Only a defect in uclint gets here; the file still yields a finding instead of stopping the run.
    const reason = error instanceof Error ? error.message : String(error);
    const registry: RegistryFile = { file, source: 'reg-export', format: 'regedit5', encoding: 'utf8', values: [], keyDeletions: [] };
    const diagnostic: Diagnostic = { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'registry/internal-error', message: `uclint could not read this file: ${reason}` };
    return { registry, diagnostics: [diagnostic] };
  }
}
