import { describe, expect, it } from '@jest/globals';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { FORMATS_WITH_RECORD_SETS as formats } from '../../helpers/record-sets-format.js';
import rule from '../../../rules/dns/record-set-conflict.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'one declaration per name and type, several values in one',
      formats,
      files: { 'external/contoso.sets': 'zone contoso.com\nsip CNAME sipdir.online.lync.com.\nedge A 192.0.2.10 | 192.0.2.11\nedge AAAA 2001:db8::10' },
    },
    {
      name: 'a private zone and the public zone of the same name are two zones',
      formats,
      files: {
        'external/contoso.sets': 'zone contoso.com\nsip A 192.0.2.10',
        'internal/contoso.sets': 'zone contoso.com\nsip A 10.0.0.10',
      },
    },
    {
      name: 'the same values declared twice (a duplicate, not a conflict), and a declaration with an unreadable value',
      formats,
      files: { 'external/contoso.sets': 'zone contoso.com\nsip A 192.0.2.10 | 192.0.2.11\nsip A 192.0.2.11 | 192.0.2.10\nsip A 192.0.2.12 | 192.0.2' },
    },
    {
      // Route 53 and Azure DNS hold zones of one name in several accounts; one per environment is common.
      name: 'two zones of the same name declared apart (two environments) are two zones',
      formats,
      files: {
        'external/dev.sets': 'zone contoso.com\nsip CNAME sipdir.online.lync.com.',
        'external/prod.sets': 'zone contoso.com\n\nsip CNAME sip.contoso-legacy.com.',
      },
    },
  ],
  invalid: [
    {
      name: 'two files of one Terraform module declare the SBC\'s address differently',
      files: {
        'dns/zone.tf': [
          'resource "azurerm_dns_zone" "contoso" {',
          '  name                = "contoso.com"',
          '  resource_group_name = "rg-dns"',
          '}',
          '',
          'resource "azurerm_dns_a_record" "sbc" {',
          '  name                = "sbc"',
          '  zone_name           = azurerm_dns_zone.contoso.name',
          '  resource_group_name = "rg-dns"',
          '  ttl                 = 300',
          '  records             = ["203.0.113.20"]',
          '}',
        ].join('\n'),
        'dns/zz-legacy.tf': [
          'resource "azurerm_dns_a_record" "sbc_old" {',
          '  name                = "sbc"',
          '  zone_name           = azurerm_dns_zone.contoso.name',
          '  resource_group_name = "rg-dns"',
          '  ttl                 = 300',
          '  records             = ["203.0.113.21"]',
          '}',
        ].join('\n'),
      },
      errors: [
        {
          messageId: 'conflict',
          line: 1,
          file: 'dns/zz-legacy.tf',
          data: { type: 'A', name: 'sbc.contoso.com', values: '203.0.113.21', firstValues: '203.0.113.20', first: 'dns/zone.tf:6' },
        },
      ],
    },
    {
      name: 'each later declaration that differs from the first, in one zone',
      formats,
      files: { 'external/contoso.sets': 'zone contoso.com\nedge A 192.0.2.10\nedge A 192.0.2.10 | 192.0.2.11\nedge A 192.0.2.10' },
      errors: [{ messageId: 'conflict', line: 3, data: { values: '192.0.2.10, 192.0.2.11', firstValues: '192.0.2.10' } }],
    },
  ],
});

describe('two CNAMEs two declarations give', () => {
  it('are this rule\'s finding alone, not also dns/cname-and-other-data\'s', async () => {
    const { lint } = await import('../../../src/lint.js');
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-conflict-'));
    try {
      mkdirSync(path.join(dir, 'external'));
      writeFileSync(path.join(dir, 'external/a.sets'), 'zone contoso.com\nsip CNAME sipdir.online.lync.com.\nsip CNAME sip.contoso-legacy.com.');
      writeFileSync(path.join(dir, 'external/b.zone'), '$ORIGIN fabrikam.com.\n$TTL 3600\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\nsip CNAME a.example.\nsip CNAME b.example.\n');
      const result = await lint({ cwd: dir, formats, onlyRules: ['dns/cname-and-other-data', 'dns/record-set-conflict'] });
      expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
        'external/a.sets:3 dns/record-set-conflict',
        // In a zone file both records are published: the CNAME rule's.
        'external/b.zone:7 dns/cname-and-other-data',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
