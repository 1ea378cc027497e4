/**
 * Parameters of the cmdlets uclint reads, bound as PowerShell binds them, shared by the
 * modules of the format (DNS records, firewall rules, QoS and media settings).
 */
import type { CommandInvocation, CommandParameter } from '../../languages/powershell/index.js';
import type { StaticValue } from '../../languages/values.js';

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

function canonicalParameter(written: string, known: Readonly<Record<string, readonly string[]>>): string {
  if (written in known) return written;
  for (const [name, aliases] of Object.entries(known)) if (aliases.includes(written)) return name;
  const matches = Object.keys(known).filter((name) => name.startsWith(written) || known[name].some((alias) => alias.startsWith(written)));
  return matches.length === 1 ? matches[0] : written;
}

/** The text PowerShell passes for a value: numbers and booleans as written, lists joined by spaces. */
export function scalarText(value: StaticValue): string {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
      return String(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'list':
      return value.items.map(scalarText).join(' ');
    default:
      return '';
  }
}

