import type { Severity } from '../core/types.js';
import type { AnyRule } from '../engine/rule.js';
import type { EstateSettings } from '../estate/estate.js';

/** What a preset says about one rule; unset fields leave the previous value. */
export interface PresetRuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface Preset {
  description: string;
  /** Settings per rule id, computed from the registry so new rules join without editing presets. */
  rules(registry: readonly AnyRule[]): Map<string, PresetRuleSetting>;
  /** Deployment settings the preset implies (a product preset sets `product`), under the file's own settings. */
  settings?: Partial<EstateSettings>;
}

function everyRule(registry: readonly AnyRule[], enabled: (rule: AnyRule) => boolean): Map<string, PresetRuleSetting> {
  return new Map(registry.map((rule) => [rule.id, { severity: enabled(rule) ? rule.meta.severity : 'off' }]));
}

/**
 * Presets by the name `extends` uses. A product preset (lync2010 with its 10-server
 * pool limit, teams, cisco) is one more row: its `rules` starts from recommended and
 * sets option values, and its `settings` names the product.
 */
export const PRESETS: Readonly<Record<string, Preset>> = {
  'uclint:recommended': {
    description: 'Rules marked recommended, at their default severity; every other rule off.',
    rules: (registry) => everyRule(registry, (rule) => rule.meta.recommended),
  },
  'uclint:all': {
    description: 'Every rule at its default severity.',
    rules: (registry) => everyRule(registry, () => true),
  },
};

export const DEFAULT_PRESET = 'uclint:recommended';
