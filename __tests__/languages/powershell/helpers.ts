import type { SourceRange } from '../../../src/core/types.js';
import type { CommandInvocation, Invocation, NativeInvocation, ScriptReading } from '../../../src/languages/powershell/index.js';
import { plainValue, type StaticValue } from '../../../src/languages/values.js';

/** `line:column-endLine:endColumn`, the way positions are asserted here. */
export function at(loc: SourceRange): string {
  return `${loc.line}:${loc.column}-${loc.endLine}:${loc.endColumn}`;
}

/** A value as plain data, or `?reason` when unknown (the first unknown part's reason). */
export function shown(value: StaticValue | undefined): unknown {
  if (!value) return undefined;
  if (value.kind === 'unknown') return `?${value.reason}`;
  const plain = plainValue(value);
  if (plain !== undefined) return plain;
  if (value.kind === 'list') return value.items.map(shown);
  if (value.kind === 'object') return Object.fromEntries([...value.entries].map(([k, v]) => [k, shown(v)]));
  return undefined;
}

export function commands(reading: ScriptReading, name?: string): CommandInvocation[] {
  return reading.invocations.filter((i): i is CommandInvocation => i.kind === 'command' && (!name || i.normalizedName === name));
}

export function natives(reading: { invocations: Invocation[] }): NativeInvocation[] {
  return reading.invocations.filter((i): i is NativeInvocation => i.kind === 'native');
}

/** A command's parameters as `{ name: value }`, in order. */
export function params(command: CommandInvocation): Record<string, unknown> {
  return Object.fromEntries(command.parameters.map((p) => [p.name, shown(p.value)]));
}

export function diagnostics(reading: { diagnostics: { line: number; column: number; code: string; message: string }[] }): string[] {
  return reading.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}
