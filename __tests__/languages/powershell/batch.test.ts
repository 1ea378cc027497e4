import { describe, expect, it } from '@jest/globals';
import { readBatch } from '../../../src/languages/powershell/index.js';
import { at, diagnostics, natives, shown } from './helpers.js';

const read = (text: string) => readBatch(text, 'policy/lync.cmd');

describe('batch reader', () => {
  it('reads reg add lines with %VAR% from earlier set lines, @, REM and :: comments, ^ continuations and redirections', () => {
    const reading = read(
      [
        '@echo off',
        'REM Lync 2013 client policy (reg add lines here are comments)',
        ':: reg add HKLM\\nothing /f',
        'set "LYNC=HKLM\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync"',
        'reg add "%LYNC%" /v SavePassword /t REG_DWORD /d 0 /f',
        '@reg add %LYNC% ^',
        '  /v EnableSIPHighSecurityMode /t REG_DWORD /d 1 /f >nul 2>&1',
      ].join('\r\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    const regs = natives(reading);
    expect(regs.map((r) => [at(r.loc), r.conditional, r.operands.map((o) => shown(o.value)), r.switches.map((s) => [s.name, shown(s.value?.value)])])).toEqual([
      ['5:1-5:54', false, ['add', 'HKLM\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync'], [['v', 'SavePassword'], ['t', 'REG_DWORD'], ['d', '0'], ['f', undefined]]],
      ['6:2-7:52', false, ['add', 'HKLM\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync'], [['v', 'EnableSIPHighSecurityMode'], ['t', 'REG_DWORD'], ['d', '1'], ['f', undefined]]],
    ]);
    // An argument expanded from a variable is sited at the %VAR% it came from; raw text is as written.
    const key = regs[0].operands[1];
    expect([key.raw, at(key.loc)]).toEqual(['"%LYNC%"', '5:9-5:17']);
    expect(reading.assignments.map((a) => [a.name, shown(a.value), at(a.loc)])).toEqual([['LYNC', 'HKLM\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync', '4:1-4:61']]);
  });

  it('reads netsh firewall rules, with quoted values and unknown environment variables', () => {
    const reading = read('netsh advfirewall firewall add rule name="Skype for Business" dir=in action=allow program="%ProgramFiles%\\Microsoft Office\\root\\Office16\\lync.exe" enable=yes');
    const [netsh] = natives(reading);
    expect(netsh.pairs.map((p) => [p.key, shown(p.value)])).toEqual([
      ['name', 'Skype for Business'],
      ['dir', 'in'],
      ['action', 'allow'],
      ['program', '?%ProgramFiles% is not set in this file (an environment variable)'],
      ['enable', 'yes'],
    ]);
    expect(netsh.pairs[3].value).toMatchObject({ expression: 'program="%ProgramFiles%\\Microsoft Office\\root\\Office16\\lync.exe"' });
  });

  it('expands a for over a literal list once per item, and reads other loops once with the variable unknown', () => {
    const reading = read(
      [
        'for %%p in (5060 5061) do netsh advfirewall firewall add rule name="SIP %%p" dir=in protocol=TCP localport=%%p action=allow',
        'for /f "tokens=*" %%z in (zones.txt) do dnscmd /recordadd %%z _sip._tls SRV 0 0 443 sipdir.online.lync.com',
      ].join('\n'),
    );
    const [sip1, sip2, dns] = natives(reading);
    expect([sip1, sip2].map((n) => [n.pairs.find((p) => p.key === 'localport')?.value, n.loops.map((l) => [l.kind, l.variable, l.index, shown(l.item)])]).map(([v, l]) => [shown(v as never), l])).toEqual([
      ['5060', [['for', '%%p', 0, '5060']]],
      ['5061', [['for', '%%p', 1, '5061']]],
    ]);
    expect([dns.conditional, shown(dns.operands[0].value), dns.loops[0].index]).toEqual([true, '?the for variable %%z (for /f reads files or command output)', undefined]);
  });

  it('reads an if as conditional unless its condition is known, and a block expanded before it runs', () => {
    const reading = read(
      [
        'set MODE=edge',
        'set PORT=5061',
        'if /i "%MODE%"=="EDGE" (',
        '  set PORT=443',
        '  reg add HKLM\\Software\\Contoso /v Port /t REG_DWORD /d %PORT% /f',
        ')',
        'if exist C:\\lync.exe reg add HKLM\\Software\\Contoso /v Lync /d 1 /f',
        'reg add HKLM\\Software\\Contoso /v After /d %PORT% /f',
      ].join('\n'),
    );
    const regs = natives(reading);
    // cmd.exe expands %PORT% in the whole block before the block's own `set` runs.
    expect(regs.map((r) => [r.conditional, shown(r.switches.find((s) => s.name === 'd')?.value?.value)])).toEqual([
      [false, '5061'],
      [true, '1'],
      [false, '443'],
    ]);
  });

  it('reads dnscmd lines with a server name and a label section as conditional', () => {
    const reading = read(['dnscmd . /recordadd contoso.com sip A 131.107.155.10', 'goto :eof', ':edge', 'dnscmd . /recordadd contoso.com sip A 10.0.0.1'].join('\n'));
    expect(natives(reading).map((n) => [n.conditional, n.operands.map((o) => shown(o.value))])).toEqual([
      [false, ['.', 'contoso.com', 'sip', 'A', '131.107.155.10']],
      [true, ['.', 'contoso.com', 'sip', 'A', '10.0.0.1']],
    ]);
  });

  it('reports a block never closed, and a file over the size bound', () => {
    expect(diagnostics(read('if exist x (\n  reg add HKLM\\X /f\n'))).toEqual(["1:12 batch/syntax the block opened by '(' is not closed by ')'"]);
    expect(diagnostics(readBatch('reg add x\n'.repeat(10), 'big.cmd', { maxLength: 50 }))).toEqual(['1:1 batch/too-large batch file of 100 characters is over the bound of 50; not read']);
  });
});
