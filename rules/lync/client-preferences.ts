import { defineRule } from '../../src/engine/rule.js';
import { CLIENT_POLICY_KEYS, CLIENT_PREFERENCE_KEYS } from '../../src/estate/client-policy.js';
import { preferenceSpec } from '../../src/estate/client-preferences.js';
import { registryKey } from '../../src/model/registry.js';

const TYPE_WORD = { dword: 'a DWORD', binary: 'Binary', string: 'a string' } as const;

export default defineRule<Record<string, never>, 'wrongType' | 'outOfRange' | 'shadowedByPolicy'>({
  id: 'lync/client-preferences',
  meta: {
    description: 'Communicator and Lync preference values have the type and range the client reads, and are not silently overridden by policy',
    rationale: [
      'Lync 2010 and Communicator read their user preferences from `HKCU\\\\Software\\\\Microsoft\\\\Communicator`, each with',
      'a fixed type: `AlwaysOnTop` is Binary, `IdleThreshold` a DWORD of minutes, `FtReceiveFolder` a string',
      '("Working with Microsoft Lync Registry Settings", whose reset script writes each one). A value',
      'written with another type, or out of its range, is ignored by the client or read as nonsense, and the',
      'preference silently falls back to its default, which is rarely what the export meant.',
      '',
      'A preference that a Group Policy value of the same name also sets never takes effect: policy beats',
      'preference. That is reported as information, with the policy value as related location.',
      '',
      '**Fix:** write each preference with its type (`dword:` for flags and thresholds, `hex:` for Binary, a string',
      'for folders), or drop preferences that policy decides anyway.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [{ source: 'Working with Microsoft Lync Registry Settings', section: 'Reset script (each preference with its type)' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      wrongType: 'preference {{name}} ({{meaning}}) is {{actual}} here; the client reads it as {{expected}}',
      outOfRange: 'preference {{name}} ({{meaning}}) is {{value}}; the client expects {{min}} to {{max}}',
      shadowedByPolicy: 'preference {{name}} is overridden by the policy value in {{policyFile}}; this setting never takes effect',
    },
  },
  appliesTo: (estate) => estate.registry.files.length > 0,
  check({ estate, report }) {
    const preferenceKeys = new Set(CLIENT_PREFERENCE_KEYS);
    for (const file of estate.registry.files) {
      for (const value of file.values) {
        if (value.deleted || !preferenceKeys.has(registryKey(value.key))) continue;
        const known = preferenceSpec(value.name);
        if (known) {
          const [name, spec] = known;
          const actual = value.type === 'dword' ? 'dword' : value.type === 'binary' ? 'binary' : value.type === 'string' || value.type === 'expand' ? 'string' : value.type;
          if (actual !== spec.type) {
            report({ node: value, messageId: 'wrongType', data: { name, meaning: spec.meaning, actual: (TYPE_WORD as Record<string, string>)[actual] ?? value.type, expected: TYPE_WORD[spec.type] } });
          } else if (spec.range && typeof value.data === 'number' && (value.data < spec.range[0] || value.data > spec.range[1])) {
            report({ node: value, messageId: 'outOfRange', data: { name, meaning: spec.meaning, value: value.data, min: spec.range[0], max: spec.range[1] } });
          }
        }
        const policy = CLIENT_POLICY_KEYS.map((key) => estate.registry.current(key, value.name)).find((v) => v !== undefined);
        if (policy) {
          report({
            node: value,
            messageId: 'shadowedByPolicy',
            severity: 'info',
            data: { name: value.name, policyFile: policy.file },
            related: [{ node: policy, message: `policy ${value.name}` }],
          });
        }
      }
    }
  },
});
