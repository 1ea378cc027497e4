import { packOf, type AnyRule } from '../engine/rule.js';
import type { PresetRule } from '../config/presets.js';
import { familiesOf, isEveryFamily } from '../model/products.js';

/** The rules a preset turns on, for `uclint rules --preset`. */
export interface PresetListing {
  name: string;
  product?: string;
  rules: PresetRule[];
}

/**
 * `uclint rules`: every rule with its pack, default severity, whether recommended, and
 * description (JSON adds the families it is about); with a preset, only the rules it turns on, at its severity, with the option
 * values it sets.
 */
export function formatRulesList(rules: readonly AnyRule[], format: 'stylish' | 'json', preset?: PresetListing): string {
  const entries: PresetRule[] = preset ? preset.rules : rules.map((rule) => ({ rule, severity: rule.meta.severity }));
  const sorted = [...entries].sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1));
  if (format === 'json') {
    return (
      JSON.stringify(
        sorted.map(({ rule: r, severity, options }) => ({
          id: r.id,
          pack: packOf(r.id),
          severity,
          recommended: r.meta.recommended,
          families: isEveryFamily(r.meta.families) ? 'all' : familiesOf(r.meta.families),
          description: r.meta.description,
          ...(options ? { options } : {}),
        })),
        null,
        2,
      ) + '\n'
    );
  }
  const idWidth = Math.max(...sorted.map((e) => e.rule.id.length), 4);
  const lines: string[] = [];
  if (preset) lines.push(`${preset.name}${preset.product ? ` (settings.product: ${preset.product})` : ''}: ${sorted.length} rules on`);
  lines.push(`${'RULE'.padEnd(idWidth)}  ${'SEVERITY'.padEnd(8)}  REC  DESCRIPTION`);
  for (const { rule: r, severity, options } of sorted) {
    const withOptions = options ? `  options: ${JSON.stringify(options)}` : '';
    lines.push(`${r.id.padEnd(idWidth)}  ${severity.padEnd(8)}  ${r.meta.recommended ? 'yes' : 'no '}  ${r.meta.description}${withOptions}`);
  }
  return lines.join('\n') + '\n';
}
