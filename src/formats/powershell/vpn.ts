/**
 * Always On VPN ProfileXML written in a PowerShell script: a variable assigned a string whose
 * XML's document element is `<VPNProfile>` (a here-string, a single-quoted string over many
 * lines, or a concatenation of literals and variables the reader knows), as the scripts that
 * deploy a profile through the MDM bridge (`MDM_VPNv2_01`) write it. The XML is read by the
 * ProfileXML format's reader, each element at its line and column in the script.
 *
 * The static reader gives the string's value and the range of the whole expression; the value is
 * positioned in the script by `alignedValue` (a concatenation of literals and variables lands
 * each literal part where it is written).
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { VariableAssignment } from '../../languages/powershell/index.js';
import { PositionedText, lineStartsOf } from '../../languages/positions.js';
import { alignedValue } from '../shared/aligned-value.js';
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
