import type { Diagnostic, Severity, SourceRange } from '../../core/types.js';

/**
 * Codes of the Terraform reader's diagnostics. Syntax and what Terraform itself refuses
 * (a cycle, a name declared twice) are errors; a bound reached or a module that cannot be
 * read are warnings: the configuration may be right, uclint did not read all of it.
 */
export type HclCode =
  | 'hcl/syntax'
  | 'hcl/too-large'
  | 'hcl/too-deep'
  | 'hcl/too-many-instances'
  | 'hcl/too-long'
  | 'hcl/too-much-work'
  | 'hcl/cycle'
  | 'hcl/duplicate'
  | 'hcl/invalid'
  | 'hcl/module-unreadable'
  | 'hcl/module-cycle'
  | 'hcl/module-depth';

export function hclDiagnostic(code: HclCode, severity: Severity, message: string, range: SourceRange): Diagnostic {
  return { ...range, severity, message, code };
}
