/**
 * Always On VPN ProfileXML written in a PowerShell script: a variable assigned a string whose
 * XML's document element is `<VPNProfile>` (a here-string, a single-quoted string over many
 * lines, or a concatenation of literals and variables the reader knows), as the scripts that
 * deploy a profile through the MDM bridge (`MDM_VPNv2_01`) write it. The XML is read by the
 * ProfileXML format's reader, each element at its line and column in the script.
 *
 * The static reader gives the string's value and the range of the whole expression; where the
 * value is not one literal (`'<Servers>' + $Server + '</Servers>'`), each run of characters
 * that is written literally in the expression is found there in order, and the characters in
 * between (a variable's value, an escape) take the position of the text they stand for.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { VariableAssignment } from '../../languages/powershell/index.js';
import { PositionedText, lineStartsOf } from '../../languages/positions.js';
import { parseXmlSource } from '../../languages/xml/index.js';
import type { VpnProfile } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { baseName } from '../shared/line-text.js';
import { addXmlDiagnostics } from '../vpn-profile-xml/load.js';
import { profileOfSpec } from '../vpn-profile-xml/profile.js';
import { documentElementName } from '../vpn-profile-xml/recognise.js';
import { isVpnProfileElement, specOfElement } from '../vpn-profile-xml/spec.js';

const FORMAT = 'powershell';

/** The Always On VPN profiles of one script. */
export class ScriptVpnProfiles {
  readonly profiles: VpnProfile[] = [];
  readonly notes: NotCheckedNote[] = [];
  readonly diagnostics: Diagnostic[] = [];

  /** Reads the assignments of one script (`text` is the script as read). */
  script(file: string, text: string, assignments: readonly VariableAssignment[]): void {
    let positioned: { source: PositionedText; lineStarts: number[] } | undefined;
    const seen = new Set<string>();
    const profileName = lastKnownString(assignments, 'profilename');
    let noted = false;
    for (const assignment of assignments) {
      const value = assignment.value;
      if (value.kind === 'unknown') {
        // `$ProfileXML = Get-Content $path`, or XML built with values known only when the script runs: said once a script.
        if (!noted && assignment.name.toLowerCase() === 'profilexml') {
          noted = true;
          this.notes.push({ format: FORMAT, loc: value.loc, expression: value.expression, reason: `(${value.reason}): the Always On VPN profile in $${assignment.name} is not known` });
        }
        continue;
      }
      if (value.kind !== 'string' || documentElementName(value.value)?.toLowerCase() !== 'vpnprofile') continue;
      // The same literal met again (a loop, a function called twice) is one profile.
      if (seen.has(key(value.loc))) continue;
      seen.add(key(value.loc));
      positioned ??= { source: PositionedText.of(file, text), lineStarts: lineStartsOf(text) };
      const source = alignedValue(positioned.source, positioned.lineStarts, value.loc, value.value);
      const document = parseXmlSource(source);
      addXmlDiagnostics(document, this.diagnostics, FORMAT);
      if (!document.root || !isVpnProfileElement(document.root)) continue;
      const read = profileOfSpec(specOfElement(document.root), { file, format: FORMAT, fallbackName: profileName ?? baseName(file) });
      this.profiles.push(read.profile);
      for (const note of read.notes) this.notes.push(note);
      for (const d of read.diagnostics) this.diagnostics.push(d);
    }
  }
}

function key(loc: SourceRange): string {
  return `${loc.line}:${loc.column}:${loc.endLine}:${loc.endColumn}`;
}

/** The value of the last assignment of `$<name>` (lower case) that is a known string: the profile's name in the usual scripts. */
function lastKnownString(assignments: readonly VariableAssignment[], name: string): string | undefined {
  let found: string | undefined;
  for (const assignment of assignments) {
    if (assignment.name.toLowerCase() === name && assignment.value.kind === 'string') found = assignment.value.value;
  }
  return found;
}

/** Runs of this many characters are looked for in the expression to find where the value goes on after a part that is not literal. */
const ANCHOR = 8;
/** Characters of a value looked at for an anchor after one part that is not literal: a variable's value is short. */
const RESYNC_WINDOW = 4096;
/** Characters compared while looking for anchors in one value, at most: past it, the rest of the value stands where the literal text stopped. */
const SEARCH_BUDGET = 50_000_000;

/**
 * The value positioned in the script: `value` is what the expression at `loc` evaluates to.
 * Characters written literally in the expression are mapped to where they are written; the
 * others to the place in the expression where the literal text stops.
 */
export function alignedValue(source: PositionedText, lineStarts: readonly number[], loc: SourceRange, value: string): PositionedText {
  const text = source.text;
  const start = offsetOf(lineStarts, loc.line, loc.column, text.length);
  const end = Math.max(start, offsetOf(lineStarts, loc.endLine, loc.endColumn, text.length));
  const region = text.slice(start, end);
  const offsets = new Int32Array(value.length + 1);
  let budget = SEARCH_BUDGET;
  let j = start;
  let i = 0;
  while (i < value.length) {
    if (j < end && value.charCodeAt(i) === text.charCodeAt(j)) {
      offsets[i++] = j++;
      continue;
    }
    // A part that is not literal here: find where the literal text of the value goes on.
    let found = -1;
    let skip = 0;
    for (; skip < RESYNC_WINDOW && i + skip < value.length && budget > 0; skip++) {
      const anchor = value.slice(i + skip, i + skip + ANCHOR);
      budget -= end - j;
      const at = region.indexOf(anchor, j - start);
      if (at >= 0) {
        found = start + at;
        break;
      }
    }
    const here = Math.min(j, end);
    if (found < 0) {
      // Nothing of the rest is written literally: it all stands where the literal text stopped.
      while (i < value.length) offsets[i++] = here;
      break;
    }
    for (let k = 0; k < skip; k++) offsets[i++] = here;
    j = found;
  }
  offsets[value.length] = Math.min(j, end);
  return source.mapped(value, offsets);
}

function offsetOf(lineStarts: readonly number[], line: number, column: number, length: number): number {
  const lineStart = lineStarts[Math.min(Math.max(line - 1, 0), lineStarts.length - 1)] ?? 0;
  return Math.min(lineStart + column - 1, length);
}
