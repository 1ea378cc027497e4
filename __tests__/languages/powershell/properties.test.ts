import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { SourceRange } from '../../../src/core/types.js';
import { parsePowerShell, readBatch, readPowerShell, type Invocation } from '../../../src/languages/powershell/index.js';
import type { Command, Statement } from '../../../src/languages/powershell/ast.js';
import { parserFor } from '../../../src/languages/tree-sitter/grammars.js';
import { plainValue } from '../../../src/languages/values.js';
import { HOSTILE_TOKENS } from '../../helpers/loader-properties.js';

const POWERSHELL_TOKENS = [
  '$', '$x', '${a b}', '$env:Path', '$(', '@(', '@{', '(', ')', '{', '}', '[', ']', '[int]', "'", '"', "''", '""', '`', '` ', '`\n', "@'\n", "\n'@", '@"\n', '\n"@',
  '#', '<#', '#>', '\n', '\r\n', ';', ',', ', ', '|', '||', '&&', '&', '.', '..', '::', '=', '+=', '-eq', '-f', '-not', '-', '–', '--%', '>', '2>&1', '%', '?',
  ' ', 'Set-Thing', 'New-NetFirewallRule', '-Name', '-IPv4Address', ':', '5061', '0x1F', '1KB', 'if', 'else', 'foreach', 'in', 'function', 'param', 'switch',
  'Configuration', 'Node', 'Registry', 'reg', 'add', '/v', 'netsh', 'name="x y"', 'dnscmd', '/recordadd', 'ForEach-Object', '$_', 'class', 'return', 'exit', 'break',
];
const BATCH_TOKENS = ['@', 'echo', 'set ', 'X=', '%X%', '%%a', '%1', '%~dp0', '!X!', '^', '^\n', '"', '(', ')', '&', '&&', '||', '|', '>', '>nul', '2>&1', 'rem ', '::', ':label', 'if ', 'not ', 'exist ', '==', 'for ', '/f ', '/l ', 'in ', 'do ', 'else ', 'reg add HKLM\\X /v V /d 1 /f', 'netsh advfirewall firewall add rule name="a b" dir=in', 'dnscmd . /recordadd z n A 1.2.3.4', 'setlocal EnableDelayedExpansion', 'call :x', 'goto x', '\n', '\r\n', ' '];

const soup = (tokens: readonly string[]) =>
  fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 60 }).map((parts) => parts.join(''));

/** Every range lies inside the text: lines from 1 to the last, columns from 1, the end not before the start. */
function rangesInside(text: string, ranges: SourceRange[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const r of ranges) {
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(r.endLine).toBeLessThanOrEqual(lines.length);
    expect(r.column).toBeGreaterThanOrEqual(1);
    expect(r.endLine > r.line || r.endColumn >= r.column).toBe(true);
    expect(r.column).toBeLessThanOrEqual((lines[r.line - 1]?.length ?? 0) + 1);
  }
}

function invocationRanges(invocations: Invocation[]): SourceRange[] {
  return invocations.flatMap((i) => [i.loc, ...(i.kind === 'command' ? i.parameters.map((p) => p.loc) : i.arguments.map((a) => a.loc))]);
}

describe('PowerShell and batch readers: properties', () => {
  it('never throw, and keep every diagnostic and position inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(soup(POWERSHELL_TOKENS), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const reading = readPowerShell(text, 'x.ps1');
        rangesInside(text, [...reading.diagnostics, ...invocationRanges(reading.invocations), ...reading.resources.map((r) => r.loc), ...reading.assignments.map((a) => a.loc)]);
      }),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(fc.oneof(soup(BATCH_TOKENS), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const reading = readBatch(text, 'x.cmd');
        rangesInside(text, [...reading.diagnostics, ...invocationRanges(reading.invocations)]);
      }),
      { numRuns: 1500 },
    );
  });

  it('read back any literal value written as PowerShell (strings of any characters, numbers, booleans, null, arrays, hashtables)', () => {
    type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
    const { tree } = fc.letrec<{ tree: Plain }>((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.uniqueArray(fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), tie('tree')), { maxLength: 4, selector: ([k]) => k.toLowerCase() }).map((entries) => Object.fromEntries(entries) as Plain),
      ),
    }));
    const write = (value: Plain): string => {
      if (value === null) return '$null';
      if (typeof value === 'boolean') return value ? '$true' : '$false';
      if (typeof value === 'number') return `(${value})`;
      if (typeof value === 'string') return `'${value.replace(/['‘’‚‛]/g, (q) => q + q)}'`;
      if (Array.isArray(value)) return `@(${value.map((item) => `,${write(item)}`).join('; ')})`;
      return `@{${Object.entries(value).map(([k, v]) => `\n${write(k)} = ${write(v)}`).join('')}\n}`;
    };
    fc.assert(
      fc.property(tree, (value) => {
        const reading = readPowerShell(`$v = ${write(value)}`, 'x.ps1');
        expect(reading.diagnostics).toEqual([]);
        const read = plainValue(reading.assignments[0].value);
        // A string with a line end is still one string; PowerShell keeps `\r\n` as written.
        expect(read).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it('name the same commands and parameters as the tree-sitter grammar on command lines both read without error', async () => {
    const parser = await parserFor('powershell');
    const word = fc.stringMatching(/^[a-z][a-z.]{0,8}$/);
    const argument = fc.oneof(word, fc.integer({ min: 0, max: 65535 }).map(String), word.map((w) => `'${w}'`), word.map((w) => `"${w}"`), word.map((w) => `$${w.replace(/\./g, '')}`), fc.tuple(word, word).map(([a, b]) => `${a},${b}`));
    const element = fc.oneof(fc.stringMatching(/^-[A-Z][a-zA-Z]{0,10}$/), fc.stringMatching(/^-[A-Z][a-zA-Z]{0,10}$/).chain((p) => argument.map((a) => `${p} ${a}`)), argument);
    const command = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{1,6}-[A-Z][a-zA-Z]{1,12}$/), fc.array(element, { maxLength: 6 })).map(([name, elements]) => [name, ...elements].join(' '));
    const script = fc.array(fc.array(command, { minLength: 1, maxLength: 3 }).map((pipeline) => pipeline.join(' | ')), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(script, (text) => {
        const tree = parser.parse(text)!;
        try {
          if (tree.rootNode.hasError) return;
          const theirs: string[] = [];
          const visit = (node: NonNullable<typeof tree.rootNode>) => {
            if (node.type === 'command_name' || node.type === 'command_parameter') theirs.push(node.text);
            for (const child of node.children) if (child) visit(child);
          };
          visit(tree.rootNode);
          const { body, problems } = parsePowerShell(text);
          expect(problems).toEqual([]);
          const ours: string[] = [];
          const statements: Statement[] = body.blocks.flatMap((b) => b.body);
          for (const statement of statements) {
            if (statement.kind !== 'pipeline') continue;
            for (const element of statement.elements) {
              if (element.kind !== 'command') continue;
              const c: Command = element;
              ours.push(text.slice(c.name.start, c.name.end));
              for (const e of c.elements) if (e.kind === 'parameter') ours.push(`-${e.name}`);
            }
          }
          expect(ours).toEqual(theirs);
        } finally {
          tree.delete();
        }
      }),
      { numRuns: 500 },
    );
  });
});
