import { describe, expect, it } from '@jest/globals';
import { performance } from 'node:perf_hooks';
import { readBatch, readPowerShell } from '../../../src/languages/powershell/index.js';
import { commands, diagnostics, shown } from './helpers.js';

describe('PowerShell reader: bounds', () => {
  it('does not read a text over the size bound', () => {
    expect(diagnostics(readPowerShell('Set-A\n'.repeat(20), 'big.ps1', { maxLength: 100 }))).toEqual(['1:1 powershell/too-large PowerShell text of 120 characters is over the bound of 100; not read']);
  });

  it('reports nesting past the bound once, skips the deeper part, and reads on', () => {
    const deep = `$x = ${'('.repeat(500)}1${')'.repeat(500)}\nSet-After -Value 1`;
    const reading = readPowerShell(deep, 'deep.ps1');
    expect(diagnostics(reading)).toEqual(['1:55 powershell/too-deep nesting deeper than the bound of 100; the deeper part is not read']);
    expect(commands(reading).map((c) => c.name)).toEqual(['Set-After']);
    // Deep nesting of every kind of group ends too, without exhausting the stack.
    for (const open of ['{', '@(', '$(', '@{a=', '[int]', '!', ',', '"$(', 'if ($x) {']) {
      expect(() => readPowerShell(open.repeat(20_000), 'deep.ps1')).not.toThrow();
    }
  });

  it('expands loops up to the bound of iterations for the file, then reads a loop body once', () => {
    const reading = readPowerShell('foreach ($i in 1..6) { Set-A -I $i }\nforeach ($j in 1..6) { Set-B -J $j }', 'loops.ps1', { bounds: { loopIterations: 10 } });
    expect(diagnostics(reading)).toEqual(['2:1 powershell/loop-bound expanding this loop of 6 iterations would pass the bound of 10 iterations a file; its body is read once, as for a collection not known']);
    expect(commands(reading, 'set-a')).toHaveLength(6);
    const [b] = commands(reading, 'set-b');
    expect([commands(reading, 'set-b').length, b.conditional, shown(b.parameters[0].value)]).toEqual([1, true, '?loop variable $j over a collection not known (a loop over the bound of iterations)']);
  });

  it('stops a string that grows past its bound, and a list built past its bound', () => {
    const doubling = readPowerShell("$s = 'x'\nfor ($i = 0; $i -lt 30; $i++) { $s += $s }\nSet-A -Value $s", 's.ps1', { bounds: { stringLength: 1000 } });
    expect(diagnostics(doubling)).toEqual(['2:33 powershell/string-bound a string of 1,024 characters built here is over the bound of 1,000; its value is not read']);
    expect(shown(commands(doubling)[0].parameters[0].value)).toBe('?a string over the bound of 1,000 characters');
    const range = readPowerShell('$r = 1..100000', 'r.ps1');
    expect(diagnostics(range)).toEqual(['1:6 powershell/value-bound a range of 100,000 numbers is over the bound of 10,000 items; its value is not read']);
    const repeat = readPowerShell("$r = 'ab' * 10000000", 'r.ps1');
    expect(diagnostics(repeat)).toEqual(['1:6 powershell/string-bound a string of 1,048,577 characters built here is over the bound of 1,048,576; its value is not read']);
  });

  it('stops evaluating past the bound of work, with a diagnostic, keeping what was read', () => {
    const reading = readPowerShell('Set-A -Value 1\n'.repeat(500), 'w.ps1', { bounds: { work: 200 } });
    expect(diagnostics(reading)).toEqual(['1:1 powershell/evaluation-bound evaluating the script took more than the bound of 200 steps; what follows is not read']);
    expect(reading.invocations.length).toBeGreaterThan(10);
    expect(reading.invocations.length).toBeLessThan(500);
  });

  it('reads in time near-linear in the text (four times the commands, well under sixteen times the time)', () => {
    const script = (n: number) =>
      Array.from({ length: n }, (_, i) => `$p = @{ DisplayName = 'Rule ${i}'; LocalPort = ${5000 + (i % 1000)}; Protocol = 'UDP' }\nNew-NetFirewallRule @p -Profile Domain, Private -Program "C:\\x\\app${i}.exe"`).join('\n');
    const small = script(1000);
    const large = script(4000);
    const best = (text: string) => {
      let min = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        readPowerShell(text, 'x.ps1');
        min = Math.min(min, performance.now() - start);
      }
      return min;
    };
    best(small);
    expect(best(large) / best(small)).toBeLessThan(16);
  });
});

describe('batch reader: bounds', () => {
  it('expands for loops up to the bound, then reads a body once', () => {
    const reading = readBatch('for /l %%i in (1,1,20) do reg add HKLM\\X%%i /f', 'x.cmd', { loopIterations: 10 });
    expect(diagnostics(reading)).toEqual(['1:1 batch/loop-bound expanding this loop of 20 iterations would pass the bound of 10 iterations a file; its body is read once, as for a list not known']);
    expect(reading.invocations).toHaveLength(1);
    expect(reading.invocations[0].conditional).toBe(true);
  });
});
