/**
 * How PowerShell binds the parameters of the commands uclint reads, and where a command's
 * result is written: shared by every concern of the powershell format (DNS, registry, Skype for
 * Business and Teams configuration).
 */
import type { SourceRange } from '../../core/types.js';
import type { CommandInvocation, CommandParameter, ReadContext } from '../../languages/powershell/index.js';
import { toText } from '../../languages/powershell/operators.js';
import type { StaticValue } from '../../languages/values.js';

/** A record's range: inside a loop over known items, the innermost item's (where that record's values are written). */
export function recordLoc(invocation: ReadContext & { loc: SourceRange }): SourceRange {
  for (let i = invocation.loops.length - 1; i >= 0; i--) {
    const loop = invocation.loops[i];
    if (loop.index !== undefined && loop.item.kind !== 'null' && loop.item.kind !== 'unknown') return loop.item.loc;
  }
  return invocation.loc;
}

/**
 * Binds a command's parameters as PowerShell does for the names uclint reads: a parameter by its
 * name, an alias or a unique prefix of either; positional arguments to the positional parameters
 * not bound by name, in order. Parameters it does not know keep their written name.
 */
export function bindParameters(invocation: CommandInvocation, known: Readonly<Record<string, readonly string[]>>, positional: readonly string[]): Map<string, CommandParameter> {
  const bound = new Map<string, CommandParameter>();
  for (const parameter of invocation.parameters) {
    const name = canonicalParameter(parameter.name.toLowerCase(), known);
    if (!bound.has(name)) bound.set(name, parameter);
  }
  const free = positional.filter((name) => !bound.has(name));
  invocation.arguments.forEach((value, i) => {
    const name = free[i];
    if (name !== undefined) bound.set(name, { name, value, loc: value.loc });
  });
  return bound;
}

export function canonicalParameter(written: string, known: Readonly<Record<string, readonly string[]>>): string {
  if (written in known) return written;
  for (const [name, aliases] of Object.entries(known)) if (aliases.includes(written)) return name;
  const matches = Object.keys(known).filter((name) => name.startsWith(written) || known[name].some((alias) => alias.startsWith(written)));
  return matches.length === 1 ? matches[0] : written;
}

/** The text PowerShell passes for a value (as in an expandable string: numbers as written, booleans `True`/`False`, lists joined by spaces); empty when a part is unknown. */
export function scalarText(value: StaticValue): string {
  return toText(value) ?? '';
}
