import { packOf, type AnyRule } from '../engine/rule.js';

/** `uclint rules`: every rule with its pack, default severity, whether recommended, and description. */
export function formatRulesList(rules: readonly AnyRule[], format: 'stylish' | 'json'): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'json') {
    return (
      JSON.stringify(
        sorted.map((r) => ({
          id: r.id,
          pack: packOf(r.id),
          severity: r.meta.severity,
          recommended: r.meta.recommended,
          description: r.meta.description,
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const idWidth = Math.max(...sorted.map((r) => r.id.length), 4);
  const lines = [`${'RULE'.padEnd(idWidth)}  ${'SEVERITY'.padEnd(8)}  REC  DESCRIPTION`];
  for (const r of sorted) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(8)}  ${r.meta.recommended ? 'yes' : 'no '}  ${r.meta.description}`);
  }
  return lines.join('\n') + '\n';
}
