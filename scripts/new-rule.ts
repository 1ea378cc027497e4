/**
 * `npm run new-rule -- <pack>/<rule>`: writes the rule, its test, its fixture folders and
 * regenerates the registry and docs, so a new rule starts with everything it needs.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(import.meta.dirname, '..');
const id = process.argv[2];
if (!id || !/^[a-z0-9]+\/[a-z0-9-]+$/.test(id)) {
  console.error('usage: npm run new-rule -- <pack>/<rule-name>   (lower case, e.g. sip/srv-weight)');
  process.exit(2);
}
const rulePath = path.join(ROOT, 'rules', `${id}.ts`);
if (existsSync(rulePath)) {
  console.error(`rules/${id}.ts already exists`);
  process.exit(2);
}
// From __tests__/rules/<pack>/ up to __tests__/.
const depth = '../'.repeat(id.split('/').length);

const files: Record<string, string> = {
  [`rules/${id}.ts`]: `import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  id: '${id}',
  meta: {
    description: 'TODO: one line saying what the rule checks',
    rationale: 'TODO: why it matters, and how to fix a finding.',
    severity: 'warning',
    recommended: false,
    // TODO: the families it is about ('lync', 'legacy', 'teams', 'cisco', 'sip'), or 'all' when it holds for every deployment.
    families: 'all',
    citations: [{ source: 'TODO: document or RFC', section: 'TODO' }],
    options: { properties: {}, additionalProperties: false },
    messages: { problem: 'TODO {{name}}' },
  },
  appliesTo: (estate) => estate.zones.length > 0,
  check({ estate, report }) {
    for (const record of estate.records('SRV')) {
      if (record.data.port === 0) report({ node: record, messageId: 'problem', data: { name: record.name } });
    }
  },
});
`,
  [`__tests__/rules/${id}.test.ts`]: `import { runRuleTests } from '${depth}helpers/rule-tester.js';
import rule from '${depth}../rules/${id}.js';

runRuleTests(rule, {
  valid: [{ name: 'TODO', zones: { 'external/contoso.com.zone': '$ORIGIN contoso.com.\\n@ 3600 IN A 192.0.2.1\\n' } }],
  invalid: [
    {
      name: 'TODO',
      zones: { 'external/contoso.com.zone': '$ORIGIN contoso.com.\\n_sip._tls 3600 IN SRV 0 0 0 sip.contoso.com.\\n' },
      errors: [{ messageId: 'problem', line: 2 }],
    },
  ],
});
`,
  [`__tests__/fixtures/${id}/ok/external/contoso.com.zone`]: '$ORIGIN contoso.com.\n@ 3600 IN SOA ns1 hostmaster 1 3600 600 86400 300\n',
  [`__tests__/fixtures/${id}/err/external/contoso.com.zone`]:
    '$ORIGIN contoso.com.\n@ 3600 IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sip._tls 3600 IN SRV 0 0 0 sip.contoso.com.\n',
  [`__tests__/fixtures/${id}/err/expected.txt`]: '',
};
for (const [rel, content] of Object.entries(files)) {
  const file = path.join(ROOT, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${rel}`);
}
execFileSync('npm', ['run', '-s', 'generate'], { cwd: ROOT, stdio: 'inherit' });
console.log(`Next: write the rule, its cases and fixtures, then 'npm run test:update' to fill err/expected.txt (read it before committing).`);
