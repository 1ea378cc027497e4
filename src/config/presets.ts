import type { Severity } from '../core/types.js';
import type { AnyRule } from '../engine/rule.js';
import type { EstateSettings } from '../estate/estate.js';
import { PRESET_PRODUCT_SETTING, PRESET_PRODUCTS, familiesOf, familyOfPresetProduct, type PresetProduct } from '../model/products.js';

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
 * True when the rule is about deployments of the product: its `families` hold the product's
 * family (or it is about every family), and its `products`, when it narrows to some, hold it.
 */
export function ruleIsAbout(rule: AnyRule, product: PresetProduct): boolean {
  if (!familiesOf(rule.meta.families).includes(familyOfPresetProduct(product))) return false;
  return rule.meta.products === undefined || rule.meta.products.includes(product);
}

/** What each product preset is for, as its description says. */
const PRESET_DESCRIPTIONS: Readonly<Record<PresetProduct, string>> = {
  lcs2005: 'Live Communications Server 2005 (Communicator 2005, Access Proxy)',
  ocs2007r2: 'Office Communications Server 2007 R2 (Office Communicator 2007 R2, Edge)',
  lync2010: 'Lync Server 2010 (DNS load-balanced pools of at most 10 front ends, mobility)',
  lync2013: 'Lync Server 2013',
  sfb: 'Skype for Business Server 2015 and 2019',
  teams: 'Microsoft Teams (Microsoft 365, Direct Routing SBCs)',
  cisco: 'Cisco Unified CM with Expressway (Jabber, mobile and remote access)',
};

/**
 * `uclint:<product>`: the recommended rules about the product's deployments (see
 * `ruleIsAbout`) at their default severity, with the option values their
 * `presetOptions` give the product; `settings.product` names the product, and so the
 * estate's family. Rules about other products are left as the presets before it set them
 * (off when it comes first), so `extends: [uclint:sfb, uclint:cisco]` checks a deployment
 * that runs both (and the estate's families are both presets' families).
 */
function productPreset(product: PresetProduct): Preset {
  return {
    description: `${PRESET_DESCRIPTIONS[product]}: the recommended rules about it, at their default severity, with its option values.`,
    settings: { product: PRESET_PRODUCT_SETTING[product] },
    rules: (registry) => {
      const settings = new Map<string, PresetRuleSetting>();
      for (const rule of registry) {
        if (!rule.meta.recommended || !ruleIsAbout(rule, product)) continue;
        const options = rule.meta.presetOptions?.[product];
        settings.set(rule.id, options ? { severity: rule.meta.severity, options: { ...options } } : { severity: rule.meta.severity });
      }
      return settings;
    },
  };
}

/** Presets by the name `extends` uses: two general ones, then one per preset product. */
export const PRESETS: Readonly<Record<string, Preset>> = {
  'uclint:recommended': {
    description: 'Rules marked recommended, at their default severity; every other rule off.',
    rules: (registry) => everyRule(registry, (rule) => rule.meta.recommended),
  },
  'uclint:all': {
    description: 'Every rule at its default severity.',
    rules: (registry) => everyRule(registry, () => true),
  },
  ...Object.fromEntries(PRESET_PRODUCTS.map((product) => [`uclint:${product}`, productPreset(product)])),
};

export const DEFAULT_PRESET = 'uclint:recommended';

/** A rule a preset turns on, with the severity and the option values the preset gives it. */
export interface PresetRule {
  rule: AnyRule;
  severity: Severity;
  options?: Record<string, unknown>;
}

/** What `extends: <name>` alone turns on, in registry order (the docs, `uclint rules --preset`). */
export function rulesTurnedOn(preset: Preset, registry: readonly AnyRule[]): PresetRule[] {
  const settings = preset.rules(registry);
  const on: PresetRule[] = [];
  for (const rule of registry) {
    const setting = settings.get(rule.id);
    if (setting?.severity === undefined || setting.severity === 'off') continue;
    on.push(setting.options ? { rule, severity: setting.severity, options: setting.options } : { rule, severity: setting.severity });
  }
  return on;
}
