import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT, runBuiltCli } from '../helpers/built-cli.js';
import { scratchTree } from '../helpers/scratch-tree.js';
import { lint } from '../../src/lint.js';
import { formatJson } from '../../src/report/json.js';

const TRAP = path.join(REPOSITORY_ROOT, '__tests__/helpers/function-trap.mjs');

/** A config with rule options, a manifest with a schema error and a zone: option, config and manifest validators all run. */
const CONFIG = 'rules:\n  lync/dns-load-balancing: [error, { maxServers: 8 }]\n  sip/srv-port: [error, { ports: { _sips._tcp: 5061 } }]\nsettings:\n  now: 2026-11-20\n';
const MANIFEST = 'apiVersion: uclint/v1\nkind: VpnProfile\nmetadata:\n  name: remote\nspec:\n  tunnel: splitt\n';
const ZONE = '$ORIGIN contoso.com.\n@ SOA ns1 hostmaster 1 3600 600 86400 300\nns1 A 192.0.2.1\n_sips._tcp SRV 0 0 5060 ns1\n_sipinternaltls._tcp SRV 0 0 443 ns1\n';

describe('the bundle validates with code compiled when it was built', () => {
  const tree = scratchTree('uclint-validators-');

  async function trappedRun(args: string[]): Promise<{ stdout: string; stderr: string; code: number; compiled: string }> {
    const log = path.join(tree.dir, '..', `${path.basename(tree.dir)}-functions.log`);
    const run = await runBuiltCli(args, { cwd: tree.dir, nodeArgs: ['--import', TRAP], env: { FUNCTION_TRAP_LOG: log } });
    return { ...run, compiled: existsSync(log) ? readFileSync(log, 'utf8') : '' };
  }

  it('compiles no JSON Schema at run time, and reports what a run from the sources reports', async () => {
    tree.write('.uclint.yml', CONFIG);
    tree.write('vpn.yml', MANIFEST);
    tree.write('contoso.com.zone', ZONE);
    const built = await trappedRun(['-f', 'json', '.']);
    expect(built.compiled).toBe('');
    const fromSources = formatJson(await lint({ cwd: tree.dir }));
    const withoutNow = (json: string) => json.replace(/"now": "[^"]*"/, '');
    expect(withoutNow(built.stdout)).toBe(withoutNow(fromSources));
    expect(built.stdout).toContain('"ruleId": "parse/manifest"');
  });

  it('says what is wrong with a config in the same words', async () => {
    tree.write('.uclint.yml', 'rules:\n  sip/srv-port: [error, { ports: { _sip._tls: "443" } }]\nviews: { inner: [x] }\n');
    tree.write('contoso.com.zone', ZONE);
    const built = await trappedRun(['.']);
    const fromSources = await lint({ cwd: tree.dir });
    expect(built.code).toBe(2);
    expect(built.compiled).toBe('');
    expect(fromSources.fatal.length).toBeGreaterThan(1);
    for (const problem of fromSources.fatal) expect(built.stderr).toContain(problem.message);
  });
});
