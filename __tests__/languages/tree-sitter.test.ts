import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { GRAMMARS, parserFor, wasmPath, type GrammarName } from '../../src/languages/tree-sitter/grammars.js';

describe('tree-sitter grammars', () => {
  it('finds every grammar and parses a line of its language without error', async () => {
    const samples: Record<GrammarName, string> = {
      hcl: 'name = "sip"\n',
      terraform: 'resource "aws_route53_record" "sip" {\n  type = "SRV"\n}\n',
      powershell: 'Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name sip -HostNameAlias sipdir.online.lync.com\n',
      bicep: "param zoneName string = 'contoso.com'\n",
    };
    for (const name of Object.keys(GRAMMARS) as GrammarName[]) {
      expect(existsSync(wasmPath(GRAMMARS[name]))).toBe(true);
      const tree = (await parserFor(name)).parse(samples[name]);
      expect([name, tree?.rootNode.hasError]).toEqual([name, false]);
    }
  });

  it('loads a grammar once, however many parsers are made', async () => {
    const first = await parserFor('hcl');
    const second = await parserFor('hcl');
    expect(first).not.toBe(second);
    expect(first.language).toBe(second.language);
  });
});
