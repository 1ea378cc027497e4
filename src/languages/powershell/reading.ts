import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';
import type { NativeInvocationView } from './native.js';

/**
 * What the PowerShell and batch readers give: the commands a script runs with their
 * parameters evaluated statically, the DSC resources its configurations declare, the
 * variables it assigns, and the problems met on the way. Everything keeps its position.
 */

export interface LoopIteration {
  /** The kind of loop: a `foreach` statement, a `ForEach-Object` over a known pipeline input, or `for`/`while`/`do`. */
  kind: 'foreach' | 'ForEach-Object' | 'for' | 'while' | 'do';
  /** The loop variable without `$` (`_` for ForEach-Object); empty for `for`, `while` and `do`. */
  variable: string;
  /** The 0-based iteration; undefined when the collection is not known and the body is read once. */
  index: number | undefined;
  /** This iteration's item: unknown when the collection is not known, null for `for`, `while` and `do`. */
  item: StaticValue;
  /** The loop's header: `foreach ($x in $list)`, or the ForEach-Object command. */
  loc: SourceRange;
}

/** Where a command, resource or assignment was met. */
export interface ReadContext {
  /** Enclosing loops, outermost first. */
  loops: LoopIteration[];
  /**
   * True when it may not run, or may run more than once, in ways the reader cannot count: in a
   * branch whose condition is not known, a loop whose collection is not known, a function body
   * or script block, a catch or trap block, or after a `break`, `return` or `exit` that may have run.
   */
  conditional: boolean;
  /** The function whose body holds it, if any. */
  function: string | undefined;
}

export interface CommandParameter {
  /** As written, without the dash: `IPv4Address`, `Confirm`. */
  name: string;
  /** The argument; a switch written alone is `true`, `-Name:$false` is `false`. */
  value: StaticValue;
  /** From the dash to the end of the argument; for a splatted parameter, the hashtable entry's value. */
  loc: SourceRange;
  /** The `@params` that brought this parameter, when splatted. */
  splat?: SourceRange;
}

export interface CommandInvocation extends ReadContext {
  kind: 'command';
  /** As written: `Add-DnsServerResourceRecordA`, `NetSecurity\New-NetFirewallRule`. */
  name: string;
  /** Lower case, without a module or path qualifier or `.exe`, aliases resolved (`%` is `foreach-object`). */
  normalizedName: string;
  parameters: CommandParameter[];
  /** Positional arguments, in order. */
  arguments: StaticValue[];
  /** Splatted variables whose value is not known: the command may have parameters the reader does not see. */
  unknownSplats: Extract<StaticValue, { kind: 'unknown' }>[];
  /** The whole command, continuation lines included. */
  loc: SourceRange;
}

export interface NativeInvocation extends ReadContext, NativeInvocationView {
  kind: 'native';
  name: string;
  normalizedName: string;
  loc: SourceRange;
}

export type Invocation = CommandInvocation | NativeInvocation;

export interface ResourceBlock extends ReadContext {
  /** The resource type as written: `Registry`, `RegistryPolicyFile`, `xDnsRecord`. */
  type: string;
  /** The resource's name, when written. */
  name: StaticValue | undefined;
  /** The block's properties (`Key`, `ValueName`, `ValueData`, ...) as an object. */
  properties: StaticValue;
  /** The enclosing `Configuration`'s name, and the `Node` block's name, when known. */
  configuration: string | undefined;
  node: StaticValue | undefined;
  loc: SourceRange;
}

export interface VariableAssignment extends ReadContext {
  /** As written, without `$` or scope: `ProfileXML`. */
  name: string;
  value: StaticValue;
  /** The whole assignment statement. */
  loc: SourceRange;
}

export interface ScriptReading {
  invocations: Invocation[];
  resources: ResourceBlock[];
  assignments: VariableAssignment[];
  diagnostics: Diagnostic[];
  /** The comments, as offsets in the text read, in order (suppression directives are read from them). */
  comments?: Array<{ start: number; end: number }>;
}
