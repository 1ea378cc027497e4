/**
 * How much of a Terraform configuration the reader reads. Each bound hit is a diagnostic;
 * what lies past it is unknown, never dropped.
 */
export interface TerraformBounds {
  /** Characters in one file (a bigger file is not read). */
  fileSize: number;
  /** Nesting of expressions and blocks in the text, and of evaluation (references followed inside references). */
  depth: number;
  /** Instances one `for_each` or `count` expands to (more: one unknown instance). */
  instancesPerBlock: number;
  /** Instances of resources, data sources and module calls in the whole configuration, child modules included. */
  instancesTotal: number;
  /** Characters in one string the reader builds (a template, `join`, `format`, `jsonencode`). */
  stringLength: number;
  /** Elements of one list or object the reader builds (`for`, `flatten`, `range`, `concat`). */
  collectionSize: number;
  /** Levels of local modules read inside each other. */
  moduleDepth: number;
  /** Evaluation steps for the whole configuration: a bound on the total work, whatever its shape. */
  steps: number;
  /** Elements of lists and objects built in the whole reading: a bound on the memory values take, whatever their shape. */
  valuesTotal: number;
  /** Characters of the strings built in the whole reading. */
  charactersTotal: number;
  /** Syntax diagnostics kept for one file. */
  syntaxDiagnostics: number;
}

export const DEFAULT_BOUNDS: TerraformBounds = {
  fileSize: 8 * 1024 * 1024,
  depth: 128,
  instancesPerBlock: 10_000,
  instancesTotal: 100_000,
  stringLength: 1024 * 1024,
  collectionSize: 100_000,
  moduleDepth: 8,
  steps: 20_000_000,
  valuesTotal: 1_000_000,
  charactersTotal: 64 * 1024 * 1024,
  syntaxDiagnostics: 50,
};
