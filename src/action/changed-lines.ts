import type { Finding, SourceRange } from '../core/types.js';

/** Inclusive line ranges, sorted and merged. */
export type LineRanges = Array<[number, number]>;

/**
 * What a pull request adds or changes: for each file (path relative to the repository
 * root), the ranges of lines of the new version that the diff marks `+`, or `'whole'`
 * when the diff is not available (binary, or too large for the API to return a patch),
 * so every line of that file counts as changed rather than none.
 */
export type ChangedLines = Map<string, LineRanges | 'whole'>;

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * Lines a unified diff adds, in new-file numbering. Works on the API's per-file `patch`
 * (hunks only) and on `git diff` output for one file (headers before the first hunk).
 */
export function addedLines(patch: string): LineRanges {
  const ranges: LineRanges = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      next = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = line[0];
    if (mark === '+') {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === next - 1) last[1] = next;
      else ranges.push([next, next]);
      next++;
    } else if (mark === ' ') {
      next++;
    } else if (mark !== '-' && mark !== '\\' && line !== '') {
      // Anything else (the next file's `diff --git` line) ends the hunk.
      inHunk = false;
    }
  }
  return mergeRanges(ranges);
}

/** Sorted and merged: hunks of a well-formed diff come in order, but a hand-made patch need not. */
function mergeRanges(ranges: LineRanges): LineRanges {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: LineRanges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Splits `git diff` output into files and their added lines. Paths are the new names
 * (`+++ b/<path>`); deleted files (`+++ /dev/null`) are left out.
 */
export function changedLinesOfGitDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  const sections = diff.split(/^(?=diff --git )/m);
  for (const section of sections) {
    const target = /^\+\+\+ (.*)$/m.exec(section);
    if (!target) {
      // A binary file or a rename without content changes has no hunks: the whole file counts when it is new or binary.
      const binary = /^Binary files .* and (.*) differ$/m.exec(section);
      if (binary && binary[1] !== '/dev/null') changed.set(stripPrefix(unquoteGitPath(binary[1])), 'whole');
      continue;
    }
    const written = unquoteGitPath(target[1].replace(/\t$/, ''));
    if (written === '/dev/null') continue;
    const lines = addedLines(section.slice(section.indexOf('\n', target.index) + 1));
    if (lines.length > 0) changed.set(stripPrefix(written), lines);
  }
  return changed;
}

function stripPrefix(written: string): string {
  return written.startsWith('b/') ? written.slice(2) : written;
}

/** git writes names with unusual characters as C strings: `"b/odd\tname"`, octal escapes for bytes. */
export function unquoteGitPath(written: string): string {
  if (!written.startsWith('"') || !written.endsWith('"')) return written;
  const bytes: number[] = [];
  const body = written.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      const escaped = body[i + 1];
      bytes.push(simple[escaped] ?? escaped.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function touches(changed: ChangedLines, range: SourceRange): boolean {
  const lines = changed.get(range.file);
  if (lines === undefined) return false;
  if (lines === 'whole') return true;
  return lines.some(([start, end]) => start <= range.endLine && range.line <= end);
}

/**
 * A finding concerns the change when its own range, or one of its related locations
 * (the record on the other side of a cross-file finding), overlaps a changed line.
 */
export function isOnChangedLines(finding: Finding, changed: ChangedLines): boolean {
  return touches(changed, finding) || (finding.related ?? []).some((r) => touches(changed, r));
}
