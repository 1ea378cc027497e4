import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  loadConfig,
  defaultConfig,
  applyRuleOverrides,
  findConfigFile,
  parseConfigDate,
  PRESETS,
  rulesTurnedOn,
  CONFIG_SCHEMA,
  nearest,
  editDistance,
} from '../../src/config/index.js';
import type { ResolvedConfig } from '../../src/config/index.js';
import { defineRule } from '../../src/engine/rule.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { resolveRuleOptions } from '../../src/engine/options.js';
import { FAMILIES, FAMILY_OF_PRODUCT, PRESET_PRODUCTS, PRESET_PRODUCT_SETTING, familiesOf, isEveryFamily } from '../../src/model/products.js';
import { RULES } from '../../src/rules.generated.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

function rule(id: string, severity: 'error' | 'warning' | 'info', recommended: boolean, options?: Record<string, unknown>): AnyRule {
  return defineRule({
    id,
    meta: { description: id, rationale: '', severity, recommended, citations: [], messages: {}, options },
    check() {},
  });
}

const REGISTRY: AnyRule[] = [
  rule('sip/srv-port', 'error', true),
  rule('lync/strict-naming', 'warning', false),
  rule('dns/duplicate-record', 'info', true),
  rule('x509/expiry', 'warning', true, {
    type: 'object',
    properties: { days: { type: 'integer', minimum: 1, default: 14 }, cnPattern: { type: 'string' } },
    additionalProperties: false,
  }),
];

/** The rule map as plain `id -> severity options-json` lines, in registry order. */
function ruleLines(config: ResolvedConfig): string[] {
  return [...config.rules].map(([id, s]) => `${id} ${s.severity} ${JSON.stringify(s.options)}`);
}

function problems(text: string): string[] {
  const result = loadConfig(text, '.uclint.yml', REGISTRY);
  expect(result.config).toBeUndefined();
  return result.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.code} ${d.message}`);
}

describe('loadConfig: valid files', () => {
  it('resolves the full example exactly', () => {
    const text = readFileSync(path.join(here, '../fixtures/config/full.uclint.yml'), 'utf8');
    const { config, diagnostics } = loadConfig(text, '.uclint.yml', REGISTRY);
    expect(diagnostics).toEqual([]);
    expect(ruleLines(config!)).toEqual([
      'sip/srv-port error {}',
      'lync/strict-naming error {}',
      'dns/duplicate-record info {}',
      'x509/expiry warning {"days":30}',
    ]);
    expect({ ...config!, rules: undefined }).toEqual({
      familiesStatement: { text: 'settings.product: lync2010', loc: { file: '.uclint.yml', line: 13, column: 12, endLine: 13, endColumn: 20 } },
      file: '.uclint.yml',
      rules: undefined,
      views: { internal: ['dns/internal/**'], external: ['dns/external/**'] },
      zones: { 'dns/legacy.txt': 'contoso.com.' },
      ignore: ['legacy/**'],
      settings: {
        sipDomains: ['contoso.com', 'fabrikam.com'],
        now: new Date('2026-11-20T00:00:00Z'),
        strictDnsNaming: true,
        product: 'lync2010',
      },
      baseline: '.uclint-baseline.json',
      baselineAt: { file: '.uclint.yml', line: 14, column: 11, endLine: 14, endColumn: 32 },
      audit: { issueTitle: 'Contoso UC audit', labels: ['uclint', 'dns'] },
      certificatePasswords: { 'certs/*.pfx': 'UCLINT_PKCS12_EDGE' },
      maxFindingsPerFile: 5000,
      probe: { dnsServers: [] },
      sipDomainLocs: expect.any(Map),
    });
    // Where each SIP domain is named: findings of a probe about a domain with no committed record go there.
    expect([...config!.sipDomainLocs!].map(([domain, loc]) => `${domain} ${loc.line}:${loc.column}`)).toEqual(['contoso.com. 10:16', 'fabrikam.com. 10:29']);
  });

  it('starts from uclint:recommended when extends is absent, from nothing with extends: []', () => {
    expect(ruleLines(loadConfig('rules: {lync/strict-naming: info}\n', 'c.yml', REGISTRY).config!)).toEqual([
      'sip/srv-port error {}',
      'lync/strict-naming info {}',
      'dns/duplicate-record info {}',
      'x509/expiry warning {"days":14}',
    ]);
    expect(ruleLines(loadConfig('extends: []\nrules: {sip/srv-port: warn}\n', 'c.yml', REGISTRY).config!)).toEqual([
      'sip/srv-port warning {}',
      'lync/strict-naming off {}',
      'dns/duplicate-record off {}',
      'x509/expiry off {"days":14}',
    ]);
  });

  it('applies presets in order, then the rules map; severity alone keeps preset options', () => {
    const { config } = loadConfig('extends: uclint:all\nrules:\n  dns/duplicate-record: off\n  x509/expiry: error\n', 'c.yml', REGISTRY);
    expect(ruleLines(config!)).toEqual([
      'sip/srv-port error {}',
      'lync/strict-naming warning {}',
      'dns/duplicate-record off {}',
      'x509/expiry error {"days":14}',
    ]);
  });

  it('reads an empty file as the default configuration', () => {
    const empty = loadConfig('# nothing yet\n', 'c.yml', REGISTRY);
    expect(empty.diagnostics).toEqual([]);
    expect(ruleLines(empty.config!)).toEqual(ruleLines(defaultConfig(REGISTRY)));
    expect(empty.config!.file).toBe('c.yml');
  });

  it('accepts JSON (JSON is YAML)', () => {
    const { config, diagnostics } = loadConfig('{"rules": {"x509/expiry": ["warn", {"days": 3}]}}', 'c.yml', REGISTRY);
    expect(diagnostics).toEqual([]);
    expect(config!.rules.get('x509/expiry')).toEqual({ severity: 'warning', options: { days: 3 } });
  });

  it('reads settings.now as UTC, date or date-time', () => {
    expect(parseConfigDate('2026-11-20')?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(parseConfigDate('2026-11-20T10:30')?.toISOString()).toBe('2026-11-20T10:30:00.000Z');
    expect(parseConfigDate('2026-11-20T10:30:00+02:00')?.toISOString()).toBe('2026-11-20T08:30:00.000Z');
    expect(parseConfigDate('2026-02-30')).toBeUndefined();
  });
});

describe('loadConfig: errors name the key, line and column', () => {
  it('unknown top-level key, with the nearest valid key', () => {
    expect(problems('ruels:\n  sip/srv-port: error\n')).toEqual([
      "1:1-1:6 error config/unknown-key unknown key 'ruels'; did you mean 'rules'?",
    ]);
  });

  it('unknown key far from any valid one lists the valid keys', () => {
    expect(problems('views: {internal: [a], sideways: [b]}\n')).toEqual([
      "1:24-1:32 error config/unknown-key unknown key 'sideways' in views; expected one of: internal, external",
    ]);
  });

  it('a PKCS#12 password is named by its environment variable, never written', () => {
    expect(problems('certificates:\n  passwords:\n    edge.pfx: "s3cret pass!"\n')).toEqual([
      '3:15-3:29 error config/invalid-value certificates.passwords.edge.pfx must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"',
    ]);
  });

  it('audit settings: unknown keys and empty titles', () => {
    expect(problems('audit:\n  title: DNS audit\n  issueTitle: ""\n')).toEqual([
      "2:3-2:8 error config/unknown-key unknown key 'title' in audit; expected one of: issueTitle, labels",
      '3:15-3:17 error config/invalid-value audit.issueTitle must not be empty',
    ]);
  });

  it('unknown rule id, with the nearest rule id', () => {
    expect(problems('extends: [uclint:recommended]\nrules:\n  sip/srv-prot: error\n')).toEqual([
      "3:3-3:15 error config/unknown-rule unknown rule 'sip/srv-prot'; did you mean 'sip/srv-port'?",
    ]);
    expect(problems('rules:\n  nothing/like-it: error\n')).toEqual(["2:3-2:18 error config/unknown-rule unknown rule 'nothing/like-it'"]);
    expect(problems('rules:\n  srv-port: error\n')).toEqual([
      "2:3-2:11 error config/unknown-rule unknown rule 'srv-port'; rule ids are <pack>/<rule>, did you mean 'sip/srv-port'?",
    ]);
  });

  it('bad severity, alone or first in a list', () => {
    expect(problems('rules:\n  sip/srv-port: warnn\n  x509/expiry: [fatal, {days: 3}]\n')).toEqual([
      "2:17-2:22 error config/invalid-severity invalid severity 'warnn' for rule 'sip/srv-port'; expected one of: off, info, warn, warning, error; did you mean 'warn'?",
      "3:17-3:22 error config/invalid-severity invalid severity 'fatal' for rule 'x509/expiry'; expected one of: off, info, warn, warning, error",
    ]);
    expect(problems('rules:\n  sip/srv-port: 2\n')).toEqual([
      "2:17-2:18 error config/invalid-severity invalid severity 2 for rule 'sip/srv-port'; expected one of: off, info, warn, warning, error",
    ]);
  });

  it('a rule setting of the wrong shape', () => {
    expect(problems('rules:\n  sip/srv-port: {level: error}\n  x509/expiry: [warn, 30]\n')).toEqual([
      '2:17-2:31 error config/invalid-rule-setting rules.sip/srv-port must be a severity or a list [severity, options]',
      "3:23-3:25 error config/invalid-options options of rule 'x509/expiry' must be a mapping",
    ]);
  });

  it('rule options are checked against the rule schema, at the option key', () => {
    expect(problems('rules:\n  x509/expiry:\n    - warn\n    - dayz: 30\n      cnPattern: 5\n')).toEqual([
      "4:7-4:11 error config/invalid-options unknown option 'dayz' for rule 'x509/expiry'; did you mean 'days'?",
      "5:18-5:19 error config/invalid-options rule 'x509/expiry' option cnPattern must be string",
    ]);
    expect(problems('rules:\n  x509/expiry: [warn, {days: 0}]\n')).toEqual([
      "2:30-2:31 error config/invalid-options rule 'x509/expiry' option days must be >= 1",
    ]);
    expect(problems('rules:\n  sip/srv-port: [warn, {days: 0}]\n')).toEqual([
      "2:24-2:33 error config/invalid-options rule 'sip/srv-port' takes no options",
    ]);
    expect(loadConfig('rules:\n  sip/srv-port: [warn, {}]\n', 'c.yml', REGISTRY).diagnostics).toEqual([]);
  });

  it('unknown preset, with the nearest name', () => {
    expect(problems('extends: [uclint:all, uclint:recomended]\n')).toEqual([
      "1:23-1:40 error config/unknown-preset unknown preset 'uclint:recomended'; did you mean 'uclint:recommended'?",
    ]);
    expect(problems('extends: uclint:lync2001\n')).toEqual([
      "1:10-1:25 error config/unknown-preset unknown preset 'uclint:lync2001'; did you mean 'uclint:lync2010'?",
    ]);
    expect(problems('extends: eslint:recommended\n')).toEqual([
      "1:10-1:28 error config/unknown-preset unknown preset 'eslint:recommended'; did you mean 'uclint:recommended'?",
    ]);
    expect(problems('extends: strict\n')).toEqual([
      "1:10-1:16 error config/unknown-preset unknown preset 'strict'; presets are: uclint:recommended, uclint:all, uclint:lcs2005, uclint:ocs2007r2, uclint:lync2010, uclint:lync2013, uclint:sfb, uclint:teams, uclint:cisco",
    ]);
  });

  it('wrong types and values in the other sections', () => {
    expect(
      problems('extends: 5\nignore: legacy/**\nzones: {a.txt: ""}\nsettings:\n  strictDnsNaming: yes\n  product: lync2011\n  sipDomains: contoso.com\nbaseline: [x]\n'),
    ).toEqual([
      '1:10-1:11 error config/invalid-type extends must be a string or a list',
      '2:9-2:18 error config/invalid-type ignore must be a list',
      '3:16-3:18 error config/invalid-value zones.a.txt must not be empty',
      '5:20-5:23 error config/invalid-type settings.strictDnsNaming must be true or false',
      "6:12-6:20 error config/invalid-value settings.product: 'lync2011' is not one of: lcs2005, ocs2007r2, lync2010, lync2013, sfb2015, sfb2019, teams, cisco; did you mean 'lync2010'?",
      '7:15-7:26 error config/invalid-type settings.sipDomains must be a list',
      '8:11-8:14 error config/invalid-type baseline must be a string',
    ]);
  });

  it('typos under settings are unknown keys, with the nearest valid key', () => {
    expect(problems('settings:\n  sipDomain: [contoso.com]\n  strictDNSNaming: true\n  prodcut: lync2010\n  color: blue\n')).toEqual([
      "2:3-2:12 error config/unknown-key unknown key 'sipDomain' in settings; did you mean 'sipDomains'?",
      "3:3-3:18 error config/unknown-key unknown key 'strictDNSNaming' in settings; did you mean 'strictDnsNaming'?",
      "4:3-4:10 error config/unknown-key unknown key 'prodcut' in settings; did you mean 'product'?",
      "5:3-5:8 error config/unknown-key unknown key 'color' in settings; expected one of: sipDomains, now, strictDnsNaming, product, families",
    ]);
  });

  it('an origin in zones and a SIP domain in settings must be domain names', () => {
    expect(problems('zones:\n  dns/legacy.txt: contoso com\n  dns/a.txt: "http://contoso.com"\n  dns/b.txt: 192.0.2.1\n  dns/ok.txt: Contoso.COM.\n  dns/root.txt: .\n  dns/rev.txt: 2.0.192.in-addr.arpa\n')).toEqual([
      "2:19-2:30 error config/invalid-domain zones.dns/legacy.txt: 'contoso com' is not a domain name",
      "3:14-3:34 error config/invalid-domain zones.dns/a.txt: 'http://contoso.com' is not a domain name",
      "4:14-4:23 error config/invalid-domain zones.dns/b.txt: '192.0.2.1' is not a domain name",
    ]);
    expect(problems('settings:\n  sipDomains: [contoso.com, "fabrikam .com", sip:contoso.com]\n')).toEqual([
      "2:29-2:44 error config/invalid-domain settings.sipDomains[1]: 'fabrikam .com' is not a domain name",
      "2:46-2:61 error config/invalid-domain settings.sipDomains[2]: 'sip:contoso.com' is not a domain name",
    ]);
  });

  it('dates that are not dates', () => {
    expect(problems('settings: {now: tomorrow}\n')).toEqual([
      "1:17-1:25 error config/invalid-date settings.now: 'tomorrow' is not a date (YYYY-MM-DD)",
    ]);
    expect(problems('settings:\n  now: 2026-13-40\n')).toEqual(["2:8-2:18 error config/invalid-date settings.now: '2026-13-40' is not a valid date"]);
  });

  it('families that are not families, listed twice, none, or against the product', () => {
    expect(problems('settings:\n  families: [lnyc, teams, teams]\n')).toEqual([
      "2:13-2:33 error config/invalid-value settings.families: 'teams' is listed twice",
      "2:14-2:18 error config/invalid-value settings.families[0]: 'lnyc' is not one of: lync, legacy, teams, cisco, sip; did you mean 'lync'?",
    ]);
    expect(problems('settings: { families: [] }\n')).toEqual(['1:23-1:25 error config/invalid-value settings.families: list at least one of lync, legacy, teams, cisco, sip, or leave it out']);
    expect(problems('settings: { families: [teams, sip], product: sfb2019 }\n')).toEqual([
      '1:46-1:53 error config/invalid-value settings.product: sfb2019 is of the family lync, which settings.families does not list; add it there, or remove the product',
    ]);
  });

  it('a file that is not one mapping', () => {
    expect(problems('- rules\n')).toEqual(['1:1-1:8 error config/invalid-type the configuration must be a mapping']);
    expect(problems('rules: {}\n---\nignore: []\n')).toEqual(['3:1-3:11 error config/multiple-documents the configuration must be a single YAML document']);
  });

  it('YAML errors and duplicate keys', () => {
    expect(problems('rules:\n  sip/srv-port: [error\nignore: []\n')).toEqual([
      '3:1-3:2 error config/yaml-syntax YAML syntax error: deficient indentation',
    ]);
    expect(problems('ignore: [a]\nignore: [b]\n')).toEqual([
      "2:1-2:7 error config/yaml-duplicate-key duplicate key 'ignore' (first at line 1, column 1)",
    ]);
  });
});

describe('presets', () => {
  it('recommended enables recommended rules at their default severity, all enables all', () => {
    expect([...PRESETS['uclint:recommended'].rules(REGISTRY)]).toEqual([
      ['sip/srv-port', { severity: 'error' }],
      ['lync/strict-naming', { severity: 'off' }],
      ['dns/duplicate-record', { severity: 'info' }],
      ['x509/expiry', { severity: 'warning' }],
    ]);
    expect([...PRESETS['uclint:all'].rules(REGISTRY)].map(([id, s]) => `${id} ${s.severity}`)).toEqual([
      'sip/srv-port error',
      'lync/strict-naming warning',
      'dns/duplicate-record info',
      'x509/expiry warning',
    ]);
  });

  it('the default configuration is uclint:recommended with schema defaults', () => {
    const config = defaultConfig(REGISTRY);
    expect(ruleLines(config)).toEqual([
      'sip/srv-port error {}',
      'lync/strict-naming off {}',
      'dns/duplicate-record info {}',
      'x509/expiry warning {"days":14}',
    ]);
    expect(config.file).toBeUndefined();
    expect(config).toMatchObject({ views: { internal: [], external: [] }, zones: {}, ignore: [], settings: {} });
  });

  it('the shipped schema lists every preset as an example', () => {
    expect(CONFIG_SCHEMA.definitions.presetName.examples).toEqual(Object.keys(PRESETS));
  });
});

describe('product presets', () => {
  /** The real registry, loaded with `text` as the config. */
  function load(text: string): ResolvedConfig {
    const { config, diagnostics } = loadConfig(text, '.uclint.yml', RULES);
    expect(diagnostics).toEqual([]);
    return config!;
  }
  const on = (config: ResolvedConfig, pack: string): string[] =>
    [...config.rules].filter(([id, s]) => id.startsWith(`${pack}/`) && s.severity !== 'off').map(([id]) => id);
  const packRules = (pack: string): string[] => RULES.filter((r) => r.id.startsWith(`${pack}/`)).map((r) => r.id);

  it('uclint:lync2010 turns on DNS load balancing with the 10-server limit and sets the product', () => {
    const config = load('extends: uclint:lync2010\n');
    expect(config.rules.get('lync/dns-load-balancing')).toEqual({ severity: 'error', options: { maxServers: 10 } });
    expect(config.settings.product).toBe('lync2010');
    expect(packRules('lync')).toHaveLength(17);
    expect(on(config, 'lync')).toEqual(packRules('lync'));
    expect(on(config, 'cisco')).toEqual([]);
    expect(config.rules.get('sip/srv-port')?.severity).toBe('error');
  });

  it('uclint:lcs2005 leaves out what came with Lync Server 2010 and the discovery it does not know', () => {
    const config = load('extends: uclint:lcs2005\n');
    const off = packRules('lync').filter((id) => !on(config, 'lync').includes(id));
    expect(off).toEqual([
      // Topology Builder came with Lync Server 2010: an LCS 2005 Access Proxy has no such topology.
      'lync/access-edge-port',
      'lync/discovery-records',
      'lync/dns-load-balancing',
      'lync/mobility-autodiscover',
      'lync/web-fqdn-distinct',
      'lync/web-services-load-balancing',
    ]);
    expect(config.rules.get('firewall/edge-external-ports')?.severity).toBe('off');
    expect(config.settings.product).toBe('lcs2005');
  });

  it('uclint:sfb sets sfb2015 and no pool limit', () => {
    const config = load('extends: uclint:sfb\n');
    expect(config.settings.product).toBe('sfb2015');
    expect(config.rules.get('lync/dns-load-balancing')).toEqual({ severity: 'error', options: {} });
  });

  it('uclint:teams allows a wildcard subject, checks the Optimize ranges, and leaves the Lync and Cisco rules off', () => {
    const config = load('extends: uclint:teams\n');
    expect(config.rules.get('x509/wildcard')).toEqual({ severity: 'error', options: { allowWildcardSubject: true } });
    expect(config.rules.get('vpn/m365-optimize-excluded')).toEqual({ severity: 'error', options: { enabled: true, list: expect.any(String) } });
    expect(on(config, 'lync')).toEqual([]);
    expect(on(config, 'cisco')).toEqual([]);
    expect(config.rules.get('firewall/edge-external-ports')?.severity).toBe('off');
    expect(config.rules.get('x509/expiry')?.severity).toBe('error');
    expect(config.settings.product).toBe('teams');
  });

  it('uclint:cisco turns on the Cisco rules and leaves the Lync rules off', () => {
    const config = load('extends: uclint:cisco\n');
    expect(packRules('cisco')).toEqual(['cisco/collab-edge', 'cisco/uds-internal-only']);
    expect(on(config, 'cisco')).toEqual(packRules('cisco'));
    expect(on(config, 'lync')).toEqual([]);
    expect(config.rules.get('x509/wildcard')).toEqual({ severity: 'error', options: { allowWildcardSubject: false } });
    expect(config.settings.product).toBe('cisco');
  });

  it("the file's options, severities and settings override the preset's", () => {
    const config = load(
      'extends: uclint:lync2010\nrules:\n  lync/dns-load-balancing: [warn, { maxServers: 12 }]\n  x509/wildcard: [error, { allowWildcardSubject: true }]\nsettings: { product: lync2013 }\n',
    );
    expect(config.rules.get('lync/dns-load-balancing')).toEqual({ severity: 'warning', options: { maxServers: 12 } });
    expect(config.rules.get('x509/wildcard')).toEqual({ severity: 'error', options: { allowWildcardSubject: true } });
    expect(config.settings.product).toBe('lync2013');
    // A severity alone keeps the preset's options.
    expect(load('extends: uclint:lync2010\nrules: {lync/dns-load-balancing: warn}\n').rules.get('lync/dns-load-balancing')).toEqual({
      severity: 'warning',
      options: { maxServers: 10 },
    });
  });

  it('two presets merge in order: rules of both on, options of both, the later product', () => {
    const both = load('extends: [uclint:lync2010, uclint:teams]\n');
    expect(both.rules.get('lync/dns-load-balancing')).toEqual({ severity: 'error', options: { maxServers: 10 } });
    expect(both.rules.get('x509/wildcard')).toEqual({ severity: 'error', options: { allowWildcardSubject: true } });
    expect(on(both, 'lync')).toEqual(packRules('lync'));
    expect(both.settings.product).toBe('teams');

    const hybrid = load('extends: [uclint:sfb, uclint:cisco]\n');
    expect([...on(hybrid, 'lync'), ...on(hybrid, 'cisco')]).toEqual([...packRules('lync'), ...packRules('cisco')]);
    expect(hybrid.settings.product).toBe('cisco');
    // uclint:all after a product preset turns everything on and keeps the product's options.
    const all = load('extends: [uclint:teams, uclint:all]\n');
    expect(on(all, 'lync')).toEqual(packRules('lync'));
    expect(all.rules.get('x509/wildcard')?.options).toEqual({ allowWildcardSubject: true });
  });

  it("every preset's option values pass the rule's options schema", () => {
    for (const [name, preset] of Object.entries(PRESETS)) {
      for (const [id, setting] of preset.rules(RULES)) {
        const rule = RULES.find((r) => r.id === id)!;
        expect([name, id, resolveRuleOptions(rule, setting.options ?? {}).errors]).toEqual([name, id, []]);
      }
    }
  });

  it('every bundled rule declares its families; a product pack\'s rules are about its families only', () => {
    const packFamilies: Record<string, readonly string[]> = { lync: ['legacy', 'lync'], cisco: ['cisco'], teams: ['lync', 'teams'] };
    for (const rule of RULES) {
      expect([rule.id, rule.meta.families === undefined]).toEqual([rule.id, false]);
      // `all` says every family; listing each one by name would go stale when a family is added.
      if (rule.meta.families !== 'all') expect([rule.id, isEveryFamily(rule.meta.families)]).toEqual([rule.id, false]);
      const pack = rule.id.slice(0, rule.id.indexOf('/'));
      if (packFamilies[pack]) for (const family of familiesOf(rule.meta.families)) expect([rule.id, packFamilies[pack]]).toEqual([rule.id, expect.arrayContaining([family])]);
      for (const family of Object.values(rule.meta.messageFamilies ?? {}) as string[][]) for (const f of family) expect(FAMILIES).toContain(f);
    }
  });

  it("a rule's products narrow its families: each product is of one of them, and they are not all of them", () => {
    for (const rule of RULES) {
      const products = rule.meta.products;
      if (products === undefined) continue;
      const families = familiesOf(rule.meta.families);
      for (const product of products) expect([rule.id, product, families.includes(FAMILY_OF_PRODUCT[PRESET_PRODUCT_SETTING[product]])]).toEqual([rule.id, product, true]);
      const ofTheFamilies = PRESET_PRODUCTS.filter((product) => families.includes(FAMILY_OF_PRODUCT[PRESET_PRODUCT_SETTING[product]]));
      expect([rule.id, products.length < ofTheFamilies.length]).toEqual([rule.id, true]);
    }
  });

  it("a rule's presetOptions name products whose preset turns it on", () => {
    for (const rule of RULES) {
      for (const product of Object.keys(rule.meta.presetOptions ?? {})) {
        const preset = PRESETS[`uclint:${product}`];
        expect([rule.id, product, preset?.rules(RULES).get(rule.id)?.severity]).toEqual([rule.id, product, rule.meta.severity]);
      }
    }
  });

  it('a new rule joins the presets of the products it names, through its metadata alone', () => {
    const teamsOnly = defineRule<{ tenant?: string }>({
      id: 'teams/example',
      meta: {
        description: 'd',
        rationale: '',
        severity: 'warning',
        recommended: true,
        citations: [],
        messages: {},
        options: { type: 'object', properties: { tenant: { type: 'string' } }, additionalProperties: false },
        families: ['teams'],
        presetOptions: { teams: { tenant: 'contoso' } },
      },
      check() {},
    });
    const registry = [...REGISTRY, teamsOnly];
    expect(PRESETS['uclint:teams'].rules(registry).get('teams/example')).toEqual({ severity: 'warning', options: { tenant: 'contoso' } });
    expect(PRESETS['uclint:sfb'].rules(registry).has('teams/example')).toBe(false);
    expect(PRESETS['uclint:recommended'].rules(registry).get('teams/example')).toEqual({ severity: 'warning' });
    // Rules about every family are in every product preset; rules not recommended in none.
    expect(rulesTurnedOn(PRESETS['uclint:cisco'], registry).map((entry) => entry.rule.id)).toEqual(['sip/srv-port', 'dns/duplicate-record', 'x509/expiry']);
  });
});

describe('applyRuleOverrides', () => {
  it('sets severities and keeps options', () => {
    const config = loadConfig('rules: {x509/expiry: [warn, {days: 9}]}\n', 'c.yml', REGISTRY).config!;
    expect(applyRuleOverrides(config, ['x509/expiry:error', 'lync/strict-naming:warn', 'sip/srv-port:off'], REGISTRY)).toEqual([]);
    expect(ruleLines(config)).toEqual([
      'sip/srv-port off {}',
      'lync/strict-naming warning {}',
      'dns/duplicate-record info {}',
      'x509/expiry error {"days":9}',
    ]);
  });

  it('reports bad ids, severities and forms', () => {
    const config = defaultConfig(REGISTRY);
    const diagnostics = applyRuleOverrides(config, ['sip/srv-prot:error', 'sip/srv-port:loud', 'sip/srv-port'], REGISTRY);
    expect(diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`)).toEqual([
      "config/unknown-rule error --rule sip/srv-prot:error: unknown rule 'sip/srv-prot'; did you mean 'sip/srv-port'?",
      "config/invalid-severity error --rule sip/srv-port:loud: invalid severity 'loud'; expected one of: off, info, warn, warning, error",
      'config/invalid-override error --rule sip/srv-port: expected <rule-id>:<severity>',
    ]);
    expect(config.rules.get('sip/srv-port')?.severity).toBe('error');
  });
});

describe('findConfigFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds .uclint.yml before .uclint.yaml, and nothing else', () => {
    expect(findConfigFile(dir)).toBeUndefined();
    mkdirSync(path.join(dir, '.uclint.yml'));
    expect(findConfigFile(dir)).toBeUndefined();
    writeFileSync(path.join(dir, '.uclint.yaml'), 'rules: {}\n');
    expect(findConfigFile(dir)).toBe(path.join(dir, '.uclint.yaml'));
    rmSync(path.join(dir, '.uclint.yml'), { recursive: true });
    writeFileSync(path.join(dir, '.uclint.yml'), 'rules: {}\n');
    expect(findConfigFile(dir)).toBe(path.join(dir, '.uclint.yml'));
  });
});

describe('shipped JSON Schema', () => {
  it('equals the schema the loader validates with', () => {
    const shipped = JSON.parse(readFileSync(path.join(repo, 'schemas/uclint-config.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  });
});

describe('nearest', () => {
  it('counts a transposition as one edit and refuses far candidates', () => {
    expect(editDistance('ruels', 'rules')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearest('ruels', ['extends', 'rules'])).toBe('rules');
    expect(nearest('zzzzz', ['extends', 'rules'])).toBeUndefined();
  });
});
