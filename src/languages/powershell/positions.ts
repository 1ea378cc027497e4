import type { Diagnostic, Severity, SourceRange } from '../../core/types.js';

/**
 * Offsets in a text to 1-based lines and columns (UTF-16 code units). A line ends at CR, LF
 * or CRLF, as PowerShell and cmd.exe both count them.
 */
export class Positions {
  private readonly lineStarts: number[] = [0];

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** The 0-based index of the line holding `offset`. */
  lineIndex(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The range from `start` to `end` (exclusive). An empty range stays one column wide at its start. */
  range(start: number, end: number): SourceRange {
    const startLine = this.lineIndex(start);
    const endLine = end > start ? this.lineIndex(end) : startLine;
    return {
      file: this.file,
      line: startLine + 1,
      column: start - this.lineStarts[startLine] + 1,
      endLine: endLine + 1,
      endColumn: end > start ? end - this.lineStarts[endLine] + 1 : start - this.lineStarts[startLine] + 1,
    };
  }

  diagnostic(start: number, end: number, code: string, message: string, severity: Severity = 'error'): Diagnostic {
    return { ...this.range(start, end), severity, message, code };
  }
}
