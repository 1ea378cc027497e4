import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runRuleTests } from '../../helpers/rule-tester.js';
import { lint } from '../../../src/lint.js';
import rule from '../../../rules/sip/sips-needs-tls.js';
import srvPort from '../../../rules/sip/srv-port.js';
import { header, zone } from '../support/zones.js';

const EXTERNAL = 'external/contoso.com.zone';

runRuleTests(rule, {
  valid: [{ name: 'sips on 5061', zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 0 0 5061 sip.contoso.com.', 'sip IN A 192.0.2.10') } }],
  invalid: [
    {
      name: 'sips on the clear-text port',
      zones: { [EXTERNAL]: zone(...header(), '_sips._tcp IN SRV 0 0 5060 sip.contoso.com.', 'sip IN A 192.0.2.10') },
      errors: [{ messageId: 'clearTextPort', line: 4, file: EXTERNAL, data: { name: '_sips._tcp.contoso.com', target: 'sip.contoso.com', port: 5060 } }],
    },
  ],
});

describe('with sip/srv-port', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-sips-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const SIPS = zone(...header(), '_sips._tcp IN SRV 0 0 5060 sip.contoso.com.', '_sips._tcp IN SRV 10 0 5062 sip2.contoso.com.', 'sip IN A 192.0.2.10', 'sip2 IN A 192.0.2.11');

  it('5060 is this rule\'s finding, and another port of a generic sips service is no finding (RFC 3263 4.2)', async () => {
    mkdirSync(path.join(dir, 'external'));
    writeFileSync(path.join(dir, EXTERNAL), SIPS);
    const result = await lint({ cwd: dir, rules: [rule, srvPort] });
    expect(result.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['4 sip/sips-needs-tls']);
  });

  it('with _sips._tcp given a port in sip/srv-port\'s option, each record is reported once', async () => {
    mkdirSync(path.join(dir, 'external'));
    writeFileSync(path.join(dir, EXTERNAL), SIPS);
    writeFileSync(path.join(dir, '.uclint.yml'), JSON.stringify({ rules: { 'sip/srv-port': ['error', { ports: { '_sips._tcp': 5061 } }] } }));
    const result = await lint({ cwd: dir, rules: [rule, srvPort] });
    expect(result.findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['4 sip/sips-needs-tls', '5 sip/srv-port']);
  });
});
