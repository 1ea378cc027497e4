import { RE2JS } from 're2js';

/**
 * The `--cn-filter` pattern, compiled for RE2's linear-time engine: a pattern from a
 * command line or a config must not be able to hang the run (no catastrophic
 * backtracking). Patterns RE2 cannot run (backreferences, lookaround) are refused with
 * RE2's reason. Case-insensitive, like the Certificate Expiration Alerter's `-f`.
 */
export function compileCommonNameFilter(pattern: string): { test: (text: string) => boolean } | { error: string } {
  if (pattern.length > 1000) return { error: 'the pattern is longer than 1,000 characters' };
  try {
    const compiled = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return { test: (text) => compiled.matcher(text).find() };
  } catch (error) {
    return { error: `'${pattern}' is not a pattern uclint can run in linear time (${(error as Error).message})` };
  }
}
