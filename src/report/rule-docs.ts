import { packOf, type AnyRule, type JsonSchema } from '../engine/rule.js';
import { familiesInWords, familiesOf, isEveryFamily, type Family } from '../model/products.js';
import { presetsLine } from './preset-docs.js';

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

function optionsTable(schema: JsonSchema | undefined): string {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  if (names.length === 0) return 'This rule has no options.\n';
  const rows = names.map((name) => {
    const p = properties[name];
    const type = Array.isArray(p.type) ? p.type.join(' | ') : String(p.type ?? (p.enum ? 'enum' : 'object'));
    const allowed = Array.isArray(p.enum) ? ` (${p.enum.map((v) => `\`${String(v)}\``).join(', ')})` : '';
    const def = p.default === undefined ? '(none)' : `\`${JSON.stringify(p.default)}\``;
    const description = String(p.description ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
    return `| \`${name}\` | ${type}${allowed} | ${def} | ${description} |`;
  });
  return ['| option | type | default | description |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

/**
 * Everything a reader of a rule needs, for the docs page and for SARIF's `help.markdown`
 * (code scanning shows it beside each alert). Outside the repository the links to the
 * presets and to the rule's source and tests would not resolve, so help leaves those lines out.
 */
function ruleDocBody(rule: AnyRule, page?: { registry: readonly AnyRule[] }): string[] {
  const m = rule.meta;
  const parts: string[] = [];
  parts.push(`- Pack: \`${packOf(rule.id)}\``);
  parts.push(`- Default severity: ${SEVERITY_LABEL[m.severity]}`);
  parts.push(`- In \`uclint:recommended\`: ${m.recommended ? 'yes' : 'no'}`);
  parts.push(`${familiesLine(rule)}${page ? '' : '\n'}`);
  if (page) {
    parts.push(presetsLine(rule, page.registry));
    parts.push(`- Source: [\`rules/${rule.id}.ts\`](../../../rules/${rule.id}.ts), tests: [\`__tests__/rules/${rule.id}.test.ts\`](../../../__tests__/rules/${rule.id}.test.ts), fixtures: [\`__tests__/fixtures/${rule.id}/\`](../../../__tests__/fixtures/${rule.id}/)\n`);
  }
  parts.push(`## Why\n\n${m.rationale.trim()}\n`);
  if (m.examples?.invalid || m.examples?.valid) {
    parts.push('## Examples\n');
    const language = m.examples.language ?? 'dns';
    if (m.examples.invalid) parts.push(`Reported:\n\n\`\`\`${language}\n${m.examples.invalid.trim()}\n\`\`\`\n`);
    if (m.examples.valid) parts.push(`Not reported:\n\n\`\`\`${language}\n${m.examples.valid.trim()}\n\`\`\`\n`);
  }
  parts.push('## Options\n');
  parts.push(optionsTable(m.options));
  parts.push('## Messages\n');
  for (const [id, text] of Object.entries(m.messages as Record<string, string>)) parts.push(`- \`${id}\`: ${text}`);
  parts.push('');
  parts.push('## Sources\n');
  for (const c of m.citations) {
    const label = c.section ? `${c.source}, ${c.section}` : c.source;
    parts.push(`- ${c.url ? `[${label}](${c.url})` : label}`);
  }
  parts.push('');
  return parts;
}

/**
 * `- Families: ...`: the families the rule runs for, the products it narrows to, and the
 * messages about fewer families than the rule.
 */
export function familiesLine(rule: AnyRule): string {
  const m = rule.meta;
  const products = m.products ? `, products ${m.products.map((p) => `\`${p}\``).join(', ')} only` : '';
  const messages = Object.entries(m.messageFamilies ?? {}) as Array<[string, readonly Family[]]>;
  const narrower = messages.map(([id, families]) => `; \`${id}\` only for ${familiesInWords(families)}`).join('');
  return `- Families: ${familiesInWords(m.families)}${products}${narrower}`;
}

/** `lync, legacy` or `all`: a rule's families in a table. */
function familiesCell(rule: AnyRule): string {
  return isEveryFamily(rule.meta.families) ? 'all' : familiesOf(rule.meta.families).join(', ');
}

/** The rule's page, `docs/rules/<pack>/<rule>.md`; the registry says which presets turn the rule on. */
export function renderRuleDoc(rule: AnyRule, registry: readonly AnyRule[]): string {
  return [
    `<!-- Generated from rules/${rule.id}.ts by npm run generate. Edit the rule's metadata, not this page. -->`,
    `# ${rule.id}\n`,
    `${rule.meta.description}\n`,
    ...ruleDocBody(rule, { registry }),
  ].join('\n');
}

/** The rule's page as SARIF `help.markdown`: the same text without the page's header, preset and repository links. */
export function renderRuleHelp(rule: AnyRule): string {
  return ruleDocBody(rule).join('\n');
}

/**
 * Markdown reduced to plain text for SARIF's `text` fields: emphasis and code marks
 * removed, links written as `label (address)`, fences and table rules dropped.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^```/.test(line) && !/^\|(?: *:?-+:? *\|)+$/.test(line))
    .map((line) =>
      line
        .replace(/^#+ +/, '')
        .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '$1 ($2)')
        .replace(/\*\*([^*]+)\*\*/g, '$1')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/\\\|/g, '|'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function tableRows(rules: readonly AnyRule[], linkPrefix: string): string[] {
  return [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => `| [\`${r.id}\`](${linkPrefix}${r.id}.md) | ${r.meta.severity} | ${r.meta.recommended ? '✓' : ''} | ${familiesCell(r)} | ${r.meta.description.replace(/\|/g, '\\|')} |`);
}

const TABLE_HEAD = ['| rule | severity | recommended | families | checks |', '| --- | --- | --- | --- | --- |'];

export function renderRulesIndex(rules: readonly AnyRule[]): string {
  return [
    '<!-- Generated by npm run generate. -->',
    '# Rules\n',
    'Every rule uclint ships, by id. Configure them in `.uclint.yml` (see the README).\n',
    ...TABLE_HEAD,
    ...tableRows(rules, './'),
    '',
  ].join('\n');
}

export function renderReadmeTable(rules: readonly AnyRule[]): string {
  return [...TABLE_HEAD, ...tableRows(rules, 'docs/rules/'), ''].join('\n');
}
