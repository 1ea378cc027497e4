import { describe, expect, it } from '@jest/globals';
import { parsePowerShell, readPowerShell } from '../../../src/languages/powershell/index.js';
import { commands, diagnostics, params } from './helpers.js';

const read = (text: string) => readPowerShell(text, 'x.ps1');

describe('PowerShell parser: what the tree-sitter grammar misreads', () => {
  // Each of these put an ERROR node in the tree-sitter PowerShell grammar's tree (docs/decisions.md has the counts on public scripts).
  it.each([
    ['a parameter name with a digit', 'Add-DnsServerResourceRecordA -Name sip -IPv4Address 131.107.155.10', { Name: 'sip', IPv4Address: '131.107.155.10' }],
    ['a list written with spaces after the commas', 'New-NetFirewallRule -RemoteAddress Intranet, LocalSubnet -Profile Domain, Private', { RemoteAddress: ['Intranet', 'LocalSubnet'], Profile: ['Domain', 'Private'] }],
    ['a list continued on the next line after a comma', 'New-NetFirewallRule -LocalPort 5060,\n  5061 -Protocol TCP', { LocalPort: [5060, 5061], Protocol: 'TCP' }],
    ['a variable followed by a path', '$root = "C:\\x"\nSet-Thing -Path $root\\Logs\\audit.log', { Path: 'C:\\x\\Logs\\audit.log' }],
    ['typographic dashes and quotes', 'Set-CsClientPolicy –Identity “Global” —DisableHttpConnect ‘True’', { Identity: 'Global', DisableHttpConnect: 'True' }],
    ['a number with a multiplier', 'Set-Thing -Size 10MB -Count 0x10', { Size: 10485760, Count: 16 }],
    ['a bare word with quotes inside', 'Set-Thing -Name name="Lync UDP" -Other a\'b c\'d', { Name: 'name=Lync UDP', Other: 'ab cd' }],
    ['a parameter with a colon and a value after spaces', 'Set-Thing -Confirm: $false -Name:sip', { Confirm: false, Name: 'sip' }],
  ])('%s', (_what, script, expected) => {
    const reading = read(script);
    expect(reading.diagnostics).toEqual([]);
    expect(params(commands(reading).pop()!)).toEqual(expected);
  });

  it('reads keywords used as hashtable keys and DSC properties, .Where{} calls, attributes and assembly-qualified types', () => {
    const reading = read(
      [
        '[CmdletBinding()]',
        '[Diagnostics.CodeAnalysis.SuppressMessageAttribute("PSAvoidUsingPlainTextForPassword", "")]',
        'param([Parameter(Mandatory = $false, Position = 0)][ValidateSet("a", "b")][string]$Mode = "a")',
        '$h = @{ Filter = "x"; Process = 1; Data = 2; In = 3 }',
        '$n = @(1, 2, 3).Where{ $_ -gt 1 }',
        '$null = [Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]',
        '$m = [PSModuleInfo].GetMethod("SetName")',
        'Set-Thing -Mode $Mode -Filter $h.Filter',
      ].join('\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    expect(params(commands(reading, 'set-thing')[0])).toEqual({ Mode: 'a', Filter: 'x' });
  });

  it('reads pipelines continued after | and on a line beginning with |, chains with && and ||, and redirections', () => {
    const reading = read(['Get-A |', '  Set-B', 'Get-C', '  | Set-D', 'Test-E && Set-F || Set-G', "'text' > out.txt 2>&1", 'Set-H 2> $null'].join('\n'));
    expect(reading.diagnostics).toEqual([]);
    expect(reading.invocations.map((i) => [i.name, i.loc.line, i.conditional])).toEqual([
      ['Get-A', 1, false],
      ['Set-B', 2, false],
      ['Get-C', 3, false],
      ['Set-D', 4, false],
      ['Test-E', 5, false],
      ['Set-F', 5, true],
      ['Set-G', 5, true],
      ['Set-H', 7, false],
    ]);
    expect(commands(reading, 'set-h')[0].arguments).toEqual([]);
  });

  it('keeps everything after --% as written', () => {
    const reading = read('icacls.exe C:\\x --% /grant Users:(F) %TEMP%');
    expect(commands(reading)[0].arguments.map((a) => (a.kind === 'string' ? a.value : a.kind))).toEqual(['C:\\x', '/grant Users:(F) %TEMP%']);
  });

  it('skips classes, enums and using statements without reading their members as commands', () => {
    const reading = read(['using namespace System.Net', 'class Rule { [string]$Name; Apply() { New-NetFirewallRule -Name $this.Name } }', 'enum Mode { A; B }', 'Set-After'].join('\n'));
    expect(reading.diagnostics).toEqual([]);
    expect(reading.invocations.map((i) => i.name)).toEqual(['Set-After']);
  });
});

describe('PowerShell parser: syntax problems', () => {
  it.each([
    ['an unclosed block', 'if ($x) {\n  Set-A\n', ["1:9 powershell/syntax missing '}' to close this"]],
    ['a stray closing brace', 'Set-A\n}\nSet-B', ["2:1 powershell/syntax unexpected '}'"]],
    ['an unclosed here-string', "$x = @'\nline\n", ["1:6 powershell/syntax the here-string is missing its closing '@ at the start of a line"]],
    // PowerShell reads on after the header's line, so the footer then opens a string of its own.
    ['text after a here-string header', "$x = @' text\nx\n'@", ['1:9 powershell/syntax a here-string must end its first line after @\' or @"', '3:1 powershell/syntax the string is missing its closing quote']],
    ['an else without an if', 'Set-A\nelse { Set-B }', ["2:1 powershell/syntax 'else' cannot start a statement here"]],
    ['an unclosed parenthesis', 'Set-A -Value (1 + 2\nSet-B', ["1:14 powershell/syntax missing ')' to close this"]],
    ['a drive-qualified variable without a name', '"port $Port: open"', ["1:7 powershell/syntax '$Port:' is not a variable: the ':' is not followed by a name (write ${Port}: to end the name before the colon)"]],
    ['a value missing after an operator', '$x = 1 -eq', ["1:11 powershell/syntax expected a value after the operator '-eq'"]],
    ['an unclosed block comment', 'Set-A <# comment', ["1:7 powershell/syntax the comment opened by '<#' is not closed by '#>'"]],
  ])('%s', (_what, script, expected) => {
    expect(diagnostics(read(script))).toEqual(expected);
  });

  it('reads the statements after a problem', () => {
    const reading = read("Set-A -Value (1 + 2\n$y = 'ok'\nSet-B -Value $y");
    expect(diagnostics(reading)).toEqual(["1:14 powershell/syntax missing ')' to close this"]);
    expect(params(commands(reading, 'set-b')[0])).toEqual({ Value: 'ok' });
  });

  it('parses a script into statements with offsets', () => {
    const { body, problems } = parsePowerShell('$a = 1\nSet-A -B $a');
    expect(problems).toEqual([]);
    expect(body.blocks[0].body.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['assignment', 0, 6],
      ['pipeline', 7, 18],
    ]);
  });
});
