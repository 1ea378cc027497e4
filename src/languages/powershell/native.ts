import type { SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';

/**
 * The native Windows programs whose command lines uclint reads, from PowerShell scripts and
 * batch files alike: `reg` (registry values), `netsh` (firewall rules) and `dnscmd` (DNS
 * records). An invocation keeps each argument as passed to the program, with its text as
 * written and its position; the views below (switches with their values, `key=value` pairs,
 * operands) are how each program reads its command line.
 */
export type NativeProgram = 'reg' | 'netsh' | 'dnscmd';

export interface NativeArgument {
  /** The argument as written in the file (quotes and all). */
  raw: string;
  /** What the program receives: a string, or unknown when it expands something not known. */
  value: StaticValue;
  loc: SourceRange;
}

export interface NativeSwitch {
  /** Lower case, without its `/` or `-`: `v`, `t`, `d`, `f`, `reg:64`, `recordadd`. */
  name: string;
  /** The argument after the switch, for switches that take one (`/v Name`, `/d 1`). */
  value: NativeArgument | undefined;
  loc: SourceRange;
}

export interface NativePair {
  /** Lower case: `name`, `dir`, `protocol`, `localport`. */
  key: string;
  value: StaticValue;
  loc: SourceRange;
}

export interface NativeInvocationView {
  program: NativeProgram;
  arguments: NativeArgument[];
  switches: NativeSwitch[];
  /** netsh's `key=value` arguments, in order. */
  pairs: NativePair[];
  /** Arguments that are neither switches, switch values nor pairs: `add`, the key of `reg add`, the zone of `dnscmd /recordadd`. */
  operands: NativeArgument[];
}

/** Switches that take the next argument as their value, per program. */
const SWITCHES_WITH_VALUE: Record<NativeProgram, ReadonlySet<string>> = {
  reg: new Set(['v', 't', 's', 'd', 'se']),
  dnscmd: new Set(['file', 'dp']),
  netsh: new Set(),
};

/** The program a command name runs, when it is one of those read: `reg`, `REG.EXE`, `C:\Windows\System32\netsh.exe`. */
export function nativeProgram(name: string): NativeProgram | undefined {
  if (name.length > 200) return undefined;
  let base = name.slice(Math.max(name.lastIndexOf('\\'), name.lastIndexOf('/')) + 1).toLowerCase();
  if (base.endsWith('.exe')) base = base.slice(0, -4);
  return base === 'reg' || base === 'netsh' || base === 'dnscmd' ? base : undefined;
}

/** Switches, pairs and operands of a native command line, as its program reads them. */
export function nativeView(program: NativeProgram, args: NativeArgument[]): NativeInvocationView {
  const switches: NativeSwitch[] = [];
  const pairs: NativePair[] = [];
  const operands: NativeArgument[] = [];
  const withValue = SWITCHES_WITH_VALUE[program];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const text = arg.value.kind === 'string' ? arg.value.value : undefined;
    if (program !== 'netsh' && text !== undefined && text.length > 1 && (text[0] === '/' || (program === 'reg' && text[0] === '-' && /^-[a-z]/i.test(text)))) {
      const name = text.slice(1).toLowerCase();
      const value = withValue.has(name) ? args[i + 1] : undefined;
      if (value) i++;
      switches.push({ name, value, loc: value ? spanOf(arg.loc, value.loc) : arg.loc });
      continue;
    }
    if (program === 'netsh') {
      const eq = text === undefined ? -1 : text.indexOf('=');
      if (text !== undefined && eq > 0) {
        pairs.push({ key: text.slice(0, eq).toLowerCase(), value: { kind: 'string', value: text.slice(eq + 1), loc: arg.loc }, loc: arg.loc });
        continue;
      }
      // A pair whose value expands something unknown (`program="%LOCALAPPDATA%\x.exe"`): the key as written, the value unknown.
      const key = text === undefined ? /^([A-Za-z][\w-]*)=/.exec(arg.raw) : null;
      if (key) {
        pairs.push({ key: key[1].toLowerCase(), value: arg.value, loc: arg.loc });
        continue;
      }
    }
    operands.push(arg);
  }
  return { program, arguments: args, switches, pairs, operands };
}

function spanOf(a: SourceRange, b: SourceRange): SourceRange {
  return { file: a.file, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}
