import { describe, expect, it } from '@jest/globals';
import { readPowerShell } from '../../../src/languages/powershell/index.js';
import { at, commands, diagnostics, params, shown } from './helpers.js';

/** The value of the last assignment to `$name` in the script. */
function valueOf(script: string, name = 'v'): unknown {
  const reading = readPowerShell(script, 'eval.ps1');
  const assignment = reading.assignments.filter((a) => a.name.toLowerCase() === name.toLowerCase()).pop();
  return shown(assignment?.value);
}

describe('PowerShell static evaluation: literals', () => {
  it.each([
    ["$v = 'it''s'", "it's"],
    ['$v = ‘typographic quotes’', 'typographic quotes'],
    ['$v = "a`tb`n`"c`"$"', 'a\tb\n"c"$'],
    ['$v = "say ""hi"""', 'say "hi"'],
    ['$v = "`u{263A}"', '☺'],
    ['$v = 0x1F', 31],
    ['$v = 0xFFFFFFFF', -1],
    ['$v = 1KB', 1024],
    ['$v = 1.5MB', 1572864],
    ['$v = 10L', 10],
    ['$v = 1e3', 1000],
    ['$v = .5', 0.5],
    ['$v = -5', -5],
    ['$v = $true', true],
    ['$v = $null', null],
    ['$v = @()', []],
    ['$v = @(1)', [1]],
    ['$v = ,1', [1]],
    ['$v = 1, 2, (3, 4)', [1, 2, [3, 4]]],
    ["$v = @{ Name = 'sip'; 'Port' = 5061; 1 = 'one' }", { Name: 'sip', Port: 5061, 1: 'one' }],
    ["$v = [ordered]@{ b = 1; a = 2 }", { b: 1, a: 2 }],
    ['$v = 1..4', [1, 2, 3, 4]],
    ['$v = 3..1', [3, 2, 1]],
  ])('%s', (script, expected) => {
    expect(valueOf(script)).toEqual(expected);
  });

  it('reads single- and double-quoted here-strings verbatim and expanded, without their first and last line ends', () => {
    expect(valueOf("$x = 'X'\n$v = @'\nline $x\n  two\n'@")).toBe('line $x\n  two');
    expect(valueOf("$x = 'X'\n$v = @\"\nline $x\n`$x $($x + 1)\n\"@")).toBe('line X\n$x X1');
    expect(valueOf("$v = @'\n'@")).toBe('');
  });
});

describe('PowerShell static evaluation: variables and operators', () => {
  it.each([
    ['$a = 5061; $v = "port $a"', 'port 5061'],
    ["$a = 'x'; $v = \"${a}y $($a)z\"", 'xy xz'],
    ["$a = @{ n = 'sip' }; $v = \"$a.n\"", 'System.Collections.Hashtable.n'],
    ["$a = 'sip'; $b = 'contoso.com'; $v = $a + '.' + $b", 'sip.contoso.com'],
    ["$v = '{0}.{1}:{2,5}|{{x}}' -f 'sip', 'contoso.com', 443", 'sip.contoso.com:  443|{x}'],
    ['$v = 1 + 2 * 3', 7],
    ["$v = '5' + 1", '51'],
    ["$v = 5 + '1'", 6],
    ['$v = 7 / 2', 3.5],
    ["$v = [int]'50000' + 20", 50020],
    ['$v = [int]2.5', 2],
    ['$v = [int]3.5', 4],
    ['$v = [string]50000', '50000'],
    ["$v = [bool]'False'", true],
    ["$v = [string[]]'a'", ['a']],
    ['$v = @(1, 2) + 3', [1, 2, 3]],
    ["$v = @{ a = 1 } + @{ b = 2 }", { a: 1, b: 2 }],
    ["$v = 'ab' * 3", 'ababab'],
    ["$v = 'a', 'b' -join ','", 'a,b'],
    ["$v = -join ('a', 'b')", 'ab'],
    ["$v = 'Teams.exe' -like '*.EXE'", true],
    ["$v = 'Teams.exe' -clike '*.EXE'", false],
    ["$v = 'SIP' -eq 'sip'", true],
    ["$v = 'SIP' -ceq 'sip'", false],
    ['$v = 5061 -gt 5060', true],
    ["$v = 'UDP' -in 'TCP', 'UDP'", true],
    ["$v = 'a', 'b', 'a' -eq 'a'", ['a', 'a']],
    ["$v = 'sip.contoso.com'.ToUpper()", 'SIP.CONTOSO.COM'],
    ["$v = '10.0.0.0/8'.Split('/')", ['10.0.0.0', '8']],
    ["$v = 'a<b>' -replace '<', '&lt;'", 'a&lt;b>'],
    ["$v = 'a b' -split ' '", ['a', 'b']],
    ['$v = -not $false', true],
    ['$v = $null -eq $x', '?variable $x is not assigned in this file'],
    ["$h = @{ Port = 5061 }; $v = $h.port", 5061],
    ["$h = @{ Port = 5061 }; $v = $h['PORT']", 5061],
    ['$h = @{ Port = 5061 }; $v = $h.Missing', null],
    ['$a = 1, 2, 3; $v = $a[-1]', 3],
    ['$a = 1, 2, 3; $v = $a.Count', 3],
    ["$a = @(@{ n = 'x' }, @{ n = 'y' }); $v = $a.n", ['x', 'y']],
    ["$v = $null ?? 'default'", 'default'],
  ])('%s', (script, expected) => {
    expect(valueOf(script)).toEqual(expected);
  });

  it.each([
    ["$v = 'a' -match 'a'", '?-match uses a .NET regular expression, which the reader does not evaluate'],
    ["$v = 'a1' -replace '\\d', 'x'", '?-replace with a .NET regular expression the reader does not evaluate'],
    ["$v = '{0:N2}' -f 5", '?a -f format the reader does not model (a format string or a culture-dependent value)'],
    ["$v = '{0}' -f 1.5", '?a -f format the reader does not model (a format string or a culture-dependent value)'],
    ['$v = $env:ProgramFiles', '?environment variable $env:ProgramFiles'],
    ['$v = $PSScriptRoot', '?automatic variable $PSScriptRoot'],
    ['$v = Get-Date', '?output of Get-Date'],
    ['$v = [ipaddress]"10.0.0.1"', '?a value converted to [ipaddress]'],
    ['$v = [int]"port"', '?a value converted to [int]'],
    ['$v = [Environment]::MachineName', '?the static member [Environment]::MachineName'],
    ['$v = { Get-Date }', '?a script block'],
    ['$v = 1 / 0', '?a division by zero, which PowerShell rejects'],
    ['$v = (Get-Item x).Name + ".txt"', '?output of Get-Item'],
  ])('%s stays unknown', (script, expected) => {
    expect(valueOf(script)).toEqual(expected);
  });

  it('gives an unknown value the expression as written and the position where it is read', () => {
    const reading = readPowerShell('$port = Get-Port\nSet-CsAccessEdgeConfiguration -Port $port', 'x.ps1');
    const value = commands(reading)[1].parameters[0].value;
    expect(value).toEqual({ kind: 'unknown', expression: '$port', reason: 'output of Get-Port', loc: { file: 'x.ps1', line: 2, column: 37, endLine: 2, endColumn: 42 } });
  });

  it('changes a hashtable through member, index and Add assignments, and forgets other variables holding it', () => {
    const reading = readPowerShell(
      [
        "$p = @{ DisplayName = 'SIP'; LocalPort = 5061 }",
        'New-NetFirewallRule @p',
        '$p.LocalPort = 5062',
        "$p['Protocol'] = 'TCP'",
        "$p.Add('Action', 'Allow')",
        'New-NetFirewallRule @p',
        '$alias = $p',
        '$p.LocalPort = 443',
        'Set-Thing -A $alias -B $p.LocalPort',
      ].join('\n'),
      'x.ps1',
    );
    const rules = commands(reading, 'new-netfirewallrule');
    expect(rules.map(params)).toEqual([
      { DisplayName: 'SIP', LocalPort: 5061 },
      { DisplayName: 'SIP', LocalPort: 5062, Protocol: 'TCP', Action: 'Allow' },
    ]);
    expect(params(commands(reading, 'set-thing')[0])).toEqual({ A: '?$alias holds a hashtable or list also changed through $p', B: 443 });
  });

  it('follows $script: variables, += and ++, Set-Variable and Remove-Variable', () => {
    expect(valueOf("$script:v = 'a'; $v += 'b'")).toBe('ab');
    expect(valueOf('$n = 1; $n++; ++$n; $v = $n')).toBe(3);
    expect(valueOf('$list = @(); $list += 5060; $list += 5061; $v = $list', 'v')).toEqual([5060, 5061]);
    const reading = readPowerShell("Set-Variable -Name Pool -Value 'pool01'\n$a = $Pool\nRemove-Variable Pool\n$b = $Pool", 'x.ps1');
    expect(reading.assignments.map((a) => [a.name, shown(a.value)])).toEqual([
      ['Pool', 'pool01'],
      ['a', 'pool01'],
      ['b', '?$Pool is removed by Remove-Variable'],
    ]);
  });

  it('evaluates switch on a known value, and treats clauses as branches otherwise', () => {
    expect(valueOf("$r = 'edge'\nswitch ($r) { 'front' { $v = 1 } 'edge' { $v = 2 } default { $v = 3 } }")).toBe(2);
    expect(valueOf("$r = 'other'\nswitch ($r) { 'front' { $v = 1 } default { $v = 3 } }")).toBe(3);
    expect(valueOf('$n = 0\nswitch (Get-Role) { a { $n = 1 } }\n$v = $n')).toBe('?$n is assigned in a switch clause that may not run');
  });

  it('runs for and while loops whose conditions are known, and reads the others once', () => {
    const reading = readPowerShell('for ($i = 0; $i -lt 3; $i++) { Add-Port -Port (5060 + $i) }\n$n = 0\nwhile (Test-Connection x) { $n++ }\n$after = $n', 'x.ps1');
    expect(commands(reading, 'add-port').map((c) => [params(c).Port, c.loops[0].index])).toEqual([
      [5060, 0],
      [5061, 1],
      [5062, 2],
    ]);
    expect(shown(reading.assignments.filter((a) => a.name === 'after').pop()?.value)).toBe('?$n is assigned in a loop the reader does not expand');
  });

  it('stops at an exit that runs, and reads what follows an exit that may run as conditional', () => {
    const reading = readPowerShell("Set-A\nif (Test-Admin) { exit 1 }\nSet-B\nif ($false) { Set-C }\nexit\nSet-D", 'x.ps1');
    expect(reading.invocations.map((i) => [i.name, i.conditional])).toEqual([
      ['Set-A', false],
      ['Test-Admin', false],
      ['Set-B', true],
    ]);
  });

  it('gives a variable assigned from an if or foreach statement its output when known', () => {
    expect(valueOf("$mode = 'edge'\n$v = if ($mode -eq 'edge') { 443 } else { 5061 }")).toBe(443);
    expect(valueOf('$v = foreach ($p in 1, 2) { $p * 10 }')).toEqual([10, 20]);
    expect(valueOf('$v = $(1; 2)')).toEqual([1, 2]);
  });

  it('makes every variable unknown after a dot-sourced script or Invoke-Expression, which may set any of them', () => {
    const reading = readPowerShell(
      ["$Zone = 'contoso.com'", '. .\\settings.ps1', 'Add-DnsServerResourceRecordA -ZoneName $Zone -Name sip -IPv4Address 10.0.0.1', "$Port = 5061", 'Invoke-Expression $code', 'Set-A -Port $Port', '. { $Local = 1 }', 'Set-B -Value $Port'].join('\n'),
      'x.ps1',
    );
    const zone = commands(reading, 'add-dnsserverresourcerecorda')[0].parameters[0];
    expect([shown(zone.value), at(zone.value.loc)]).toEqual(['?$zone may be set by the dot-sourced script .\\settings.ps1 (line 2)', '3:40-3:45']);
    expect(params(commands(reading, 'set-a')[0]).Port).toBe('?$port may be set by Invoke-Expression (line 5)');
    expect(params(commands(reading, 'set-b')[0]).Value).toBe('?$port may be set by Invoke-Expression (line 5)');
    expect(reading.invocations.map((i) => i.name)).toEqual(['.\\settings.ps1', 'Add-DnsServerResourceRecordA', 'Invoke-Expression', 'Set-A', 'Set-B']);
  });

  it('runs a dot-sourced script block in the current scope, and one called with & in a scope of its own', () => {
    expect(valueOf('$p = 1; . { $p = 2 }; $v = $p')).toBe(2);
    expect(valueOf('$p = 1; & { $p = 2 }; $v = $p')).toBe(1);
  });

  it('reports a duplicate key in a hashtable literal, as PowerShell refuses it', () => {
    const reading = readPowerShell("$p = @{\n  Port = 1\n  port = 2\n}", 'x.ps1');
    expect(diagnostics(reading)).toEqual(["3:3 powershell/duplicate-key the key 'port' is already in this hashtable; PowerShell does not run a script with duplicate keys in a hashtable"]);
    expect(at(reading.diagnostics[0])).toBe('3:3-3:7');
  });
});
