/** The probe's options on the command line and in the config: refused where they do not belong, with the reason. */
import { describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli.js';
import { lint } from '../../src/lint.js';
import { scratchTree } from '../helpers/scratch-tree.js';

const tree = scratchTree('uclint-probe-options-');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd: tree.dir, env: {} });
  return { code, stdout, stderr };
}

const ZONE = '$ORIGIN contoso.com.\n$TTL 300\n@ SOA ns1 hostmaster 1 3600 600 86400 300\n_sip._tls SRV 0 0 443 sip\nsip A 131.107.0.10\n';

describe('probe options', () => {
  it.each([
    [['--dns-server', '127.0.0.1'], "uclint: --dns-server belongs to `uclint probe` and `uclint certs --live`\nRun 'uclint --help' for usage.\n"],
    [['certs', '--connect-to', '::127.0.0.1:'], "uclint: --connect-to belongs to `uclint probe` and `uclint certs --live`\nRun 'uclint --help' for usage.\n"],
    [['--live'], "uclint: --expires-within, --cn-filter and --live belong to `uclint certs`\nRun 'uclint --help' for usage.\n"],
    [['probe', '--dns-server', 'ns1.contoso.com'], "uclint: --dns-server: a DNS server is an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353), not 'ns1.contoso.com'\nRun 'uclint --help' for usage.\n"],
    [['probe', '--view', 'inside'], "uclint: --view takes internal or external, not 'inside'\nRun 'uclint --help' for usage.\n"],
    [['probe', '--timeout', '0'], "uclint: --timeout takes a number of seconds from 0 to 3600, not '0'\nRun 'uclint --help' for usage.\n"],
    [['probe', '--connect-to', 'a:443:evil.example:443'], "uclint: --connect-to 'a:443:evil.example:443': the address to connect to must be an IP address, not 'evil.example'\nRun 'uclint --help' for usage.\n"],
  ])('%j is a usage error before anything is read or asked', async (args, stderr) => {
    tree.write('external/contoso.com.zone', ZONE);
    expect(await run(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it("a config's probe.dnsServers must be IP addresses: an error at the entry", async () => {
    tree.write('external/contoso.com.zone', ZONE);
    tree.write('.uclint.yml', 'probe:\n  dnsServers:\n    - 127.0.0.1:5353\n    - ns1.contoso.com\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.fatal.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      ".uclint.yml:4:7 probe.dnsServers: a DNS server is an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353), not 'ns1.contoso.com'",
    ]);
  });

  it('a lint run with a config naming DNS servers asks nothing: the live rules do not apply', async () => {
    tree.write('external/contoso.com.zone', ZONE);
    tree.write('.uclint.yml', 'probe:\n  dnsServers: ["127.0.0.1:9"]\n');
    const result = await lint({ cwd: tree.dir });
    expect(result.fatal).toEqual([]);
    expect(result.estate?.live).toBeUndefined();
    expect(result.outcomes.filter((o) => o.ruleId.startsWith('live/')).map((o) => o.status)).toEqual(Array(6).fill('not-applicable'));
  });
});
