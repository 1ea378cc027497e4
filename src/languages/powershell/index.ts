import { thousands } from '../../core/words.js';
import { Evaluator, type EvaluationOptions } from './evaluate.js';
import { parsePowerShell, MAX_NESTING } from './parser.js';
import { Positions } from './positions.js';
import type { ScriptReading } from './reading.js';

/**
 * The PowerShell static reader: parses a script or module and evaluates it without running it,
 * into the commands it runs (cmdlets and the native `reg`, `netsh`, `dnscmd`), the DSC
 * resources its configurations declare and the variables it assigns, each with its position.
 * Batch files have a reader of their own (`readBatch`) giving the same native invocations.
 */

export interface PowerShellReadOptions extends EvaluationOptions {
  /** Characters read at most; a longer text is one diagnostic and not read. */
  maxLength?: number;
  /** Nesting of groups read at most. */
  maxNesting?: number;
}

export const POWERSHELL_MAX_LENGTH = 16 * 1024 * 1024;

export function readPowerShell(text: string, file: string, options: PowerShellReadOptions = {}): ScriptReading {
  const positions = new Positions(file, text);
  const maxLength = options.maxLength ?? POWERSHELL_MAX_LENGTH;
  if (text.length > maxLength) {
    return {
      invocations: [],
      resources: [],
      assignments: [],
      diagnostics: [positions.diagnostic(0, 0, 'powershell/too-large', `PowerShell text of ${thousands(text.length)} characters is over the bound of ${thousands(maxLength)}; not read`)],
    };
  }
  const { body, problems, comments } = parsePowerShell(text, options.maxNesting ?? MAX_NESTING);
  const evaluator = new Evaluator(text, positions, options);
  evaluator.run(body);
  const diagnostics = problems.map((problem) => positions.diagnostic(problem.start, problem.end, problem.code, problem.message));
  diagnostics.push(...evaluator.diagnostics);
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ...evaluator.result(), diagnostics, comments };
}

export { readBatch, type BatchReadOptions, type BatchReading } from './batch.js';
export { EVALUATION_BOUNDS, normalizeCommandName, type EvaluationBounds, type EvaluationOptions } from './evaluate.js';
export { nativeProgram, type NativeArgument, type NativePair, type NativeProgram, type NativeSwitch } from './native.js';
export { parsePowerShell, type ParseProblem, type ParseResult } from './parser.js';
export type * from './reading.js';
