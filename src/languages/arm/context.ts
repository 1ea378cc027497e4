import type { Diagnostic, Severity, SourceRange } from '../../core/types.js';
import { thousands } from '../../core/words.js';
import type { StaticValue } from '../values.js';

/** The two languages Azure Resource Manager deployments are written in; Bicep compiles to ARM's JSON. */
export type AzureLanguage = 'arm' | 'bicep';

export type UnknownValue = Extract<StaticValue, { kind: 'unknown' }>;

/**
 * How far a read goes. Each bound reached is one diagnostic, and reading goes on with what
 * was read before it.
 */
export interface AzureBounds {
  /** Characters of one file (ARM itself refuses templates over 4 MB). */
  maxTextLength: number;
  /** Nesting of JSON values, Bicep expressions and ARM template expressions. */
  maxDepth: number;
  /** Resource, property and variable instances made by `copy` and `for` loops, all loops of a read together. */
  maxLoopInstances: number;
  /** Nested deployments and modules inside each other. */
  maxDeploymentDepth: number;
  /** Evaluation steps of one read: values built, items copied, functions called. */
  maxSteps: number;
  /** Characters of one string built by evaluation. */
  maxStringLength: number;
  /** Items of one list built by evaluation (`range()`, `concat()`, `union()`). */
  maxListLength: number;
}

export const DEFAULT_AZURE_BOUNDS: Readonly<AzureBounds> = {
  maxTextLength: 16 * 1024 * 1024,
  maxDepth: 256,
  maxLoopInstances: 10_000,
  maxDeploymentDepth: 8,
  maxSteps: 4_000_000,
  maxStringLength: 1024 * 1024,
  maxListLength: 100_000,
};

/**
 * Where a language pulls in another file (an ARM parameter file, a nested template's
 * `relativePath`, a Bicep module, `loadTextContent`): the caller reads it, confined to the
 * repository, and gives its path relative to the lint root with its text. `path` is as
 * written, relative to `fromFile`.
 */
export type AzureFileReader = (path: string, fromFile: string) => { file: string; text: string } | { error: string };

/** References resolved inside each other (kept low: each level is several stack frames of evaluation). */
const MAX_REFERENCE_DEPTH = 200;

/** Why a value is unknown: the texts readers count and show (names in quotes vary, the rest does not). */
export const WHY = {
  parameterWithoutValue: (name: string) => `parameter '${name}' has no value (no default, none given)`,
  deployment: (fn: string) => `${fn}() depends on the deployment`,
  afterDeployment: (what: string) => `${what} is known only after deployment`,
  notEvaluated: (fn: string) => `function '${fn}' is not evaluated`,
  resourceId: 'a resource id holds the subscription and resource group of the deployment',
  keyVault: 'a Key Vault secret',
  loopCountUnknown: 'the loop count is unknown',
  error: (message: string) => `the expression fails: ${message}`,
  bound: 'an evaluation bound was reached',
  cycle: (name: string) => `'${name}' refers to itself`,
  syntax: 'the expression does not parse',
  moduleName: 'the module has no name: Bicep makes one when it builds the deployment',
  emptyArray: (fn: string) => `${fn}() of an empty array`,
} as const;

/**
 * The state of one read (a file with the parameter files, nested templates and modules it
 * pulls in): diagnostics, and the budget every bound draws from.
 */
export class AzureEvaluation {
  readonly diagnostics: Diagnostic[] = [];
  /** Files read through the reader, in order. */
  readonly filesRead: string[] = [];
  private steps = 0;
  private loopInstances = 0;
  private readonly boundsReported = new Set<string>();
  private resolving = 0;
  /** The language of the file being read: a Bicep module written as ARM JSON says `arm/...`. */
  private current: AzureLanguage;

  constructor(
    readonly language: AzureLanguage,
    readonly bounds: AzureBounds,
  ) {
    this.current = language;
  }

  /** A diagnostic of the language being read: `code` without its prefix (`syntax` becomes `arm/syntax`). */
  diagnose(code: string, message: string, loc: SourceRange, severity: Severity = 'warning'): void {
    this.diagnostics.push({ ...loc, severity, message, code: `${this.current}/${code}` });
  }

  /** Runs `read` with diagnostics in `language`'s codes (a file of the other language pulled in). */
  reading<T>(language: AzureLanguage, read: () => T): T {
    const before = this.current;
    this.current = language;
    try {
      return read();
    } finally {
      this.current = before;
    }
  }

  /**
   * Resolves a reference one level deeper (a variable naming another, a parameter's default
   * naming a parameter): past the bound the value is unknown, so a chain of thousands of
   * variables each naming the next costs no deep recursion.
   */
  deeper(loc: SourceRange, expression: string, resolve: () => StaticValue): StaticValue {
    if (this.resolving >= MAX_REFERENCE_DEPTH) {
      this.boundOnce('reference-depth', `references nest deeper than ${MAX_REFERENCE_DEPTH} levels (a value naming a value naming a value...); the deeper ones are unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    this.resolving++;
    try {
      return resolve();
    } finally {
      this.resolving--;
    }
  }

  unknown(expression: string, reason: string, loc: SourceRange): UnknownValue {
    return { kind: 'unknown', expression, reason, loc };
  }

  /** Spends `n` steps; false once the budget is spent (said once, at the first place it ran out). */
  step(loc: SourceRange, n = 1): boolean {
    this.steps += n;
    if (this.steps <= this.bounds.maxSteps) return true;
    this.boundOnce('evaluation-bound', `evaluation stopped after ${thousands(this.bounds.maxSteps)} steps; the values left are unknown`, loc);
    return false;
  }

  get stepsTaken(): number {
    return this.steps;
  }

  /** Takes up to `wanted` loop instances from the bound; how many were granted (the rest is said once per loop). */
  takeInstances(wanted: number, loc: SourceRange, loop: string): number {
    const granted = Math.max(0, Math.min(wanted, this.bounds.maxLoopInstances - this.loopInstances));
    this.loopInstances += granted;
    if (granted < wanted) {
      this.diagnose(
        'loop-bound',
        `loop ${loop} asks for ${thousands(wanted)} instances; ${thousands(granted)} read, the rest are past the bound of ${thousands(this.bounds.maxLoopInstances)} loop instances a file`,
        loc,
      );
    }
    return granted;
  }

  /** A bound diagnostic said once per code and read. */
  boundOnce(code: string, message: string, loc: SourceRange): void {
    if (this.boundsReported.has(code)) return;
    this.boundsReported.add(code);
    this.diagnose(code, message, loc);
  }

  /** A string built by evaluation, or unknown when it is over the bound. */
  string(value: string, loc: SourceRange, expression: string): StaticValue {
    if (value.length > this.bounds.maxStringLength) {
      this.boundOnce('string-bound', `a string of ${thousands(value.length)} characters is over the bound of ${thousands(this.bounds.maxStringLength)}; it is unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    if (!this.step(loc, 1 + (value.length >> 10))) return this.unknown(expression, WHY.bound, loc);
    return { kind: 'string', value, loc };
  }

  /** A list built by evaluation, or unknown when it is over the bound. */
  list(items: StaticValue[], loc: SourceRange, expression: string): StaticValue {
    if (items.length > this.bounds.maxListLength) {
      this.boundOnce('list-bound', `a list of ${thousands(items.length)} items is over the bound of ${thousands(this.bounds.maxListLength)}; it is unknown`, loc);
      return this.unknown(expression, WHY.bound, loc);
    }
    if (!this.step(loc, 1 + items.length)) return this.unknown(expression, WHY.bound, loc);
    return { kind: 'list', items, loc };
  }
}
