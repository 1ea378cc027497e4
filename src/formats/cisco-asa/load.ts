/**
 * Cisco ASA configuration into VPN profiles: a configuration file is read by the Cisco reader
 * (`src/languages/cisco-config/`), ASA lines in Ansible YAML by `ansible.ts`; both become group
 * policies and access lists, and `profiles.ts` makes the profiles.
 */
import type { Diagnostic } from '../../core/types.js';
import { readCiscoConfig } from '../../languages/cisco-config/index.js';
import { PositionedText } from '../../languages/positions.js';
import type { VpnProfile } from '../../model/network.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { CommentSink } from '../../core/types.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { eachFile } from '../shared/format.js';
import { readAnsibleAsa } from './ansible.js';
import { asaVpnProfiles } from './profiles.js';
import { isYamlName } from './recognise.js';

export function loadCiscoAsa(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return eachFile(files, context, (file, { text }) => {
    const read = readCiscoAsaFile(text, file.file, context.comments);
    return { nodes: { vpnProfiles: read.profiles, notes: read.notes }, diagnostics: read.diagnostics };
  });
}

export interface CiscoAsaFileRead {
  profiles: VpnProfile[];
  notes: NotCheckedNote[];
  diagnostics: Diagnostic[];
}

/** Reads one file: YAML by its name, else a configuration. Never throws. */
export function readCiscoAsaFile(text: string, file: string, comments?: CommentSink): CiscoAsaFileRead {
  try {
    const fileLoc = PositionedText.of(file, text).range(0, text.length);
    if (isYamlName(file)) {
      const ansible = readAnsibleAsa(text, file, comments);
      const read = asaVpnProfiles(ansible.config, { file, whole: false, fileLoc, keys: ansible.keys });
      return { profiles: read.profiles, notes: [...ansible.notes, ...read.notes], diagnostics: [...ansible.diagnostics, ...read.diagnostics] };
    }
    const config = readCiscoConfig(file, text);
    if (comments) tellComments(text, file, comments);
    const whole = config.commands.some((command) => command.words[0]?.text === 'ASA' && command.words[1]?.text.toLowerCase() === 'version');
    const read = asaVpnProfiles(config, { file, whole, fileLoc });
    const diagnostics = config.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^cisco-config\//, 'cisco-asa/') }));
    return { profiles: read.profiles, notes: read.notes, diagnostics: [...diagnostics, ...read.diagnostics] };
  } catch (error) {
    return { profiles: [], notes: [], diagnostics: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'cisco-asa/internal-error', message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/** The ASA's comments: a line whose first word starts with `!` (and `:` lines of a saved configuration's header). */
function tellComments(text: string, file: string, comments: CommentSink): void {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let first = start;
    while (first < i && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first < i && text.charCodeAt(first) === 0x21) comments(file, text, first, i);
    start = i + 1;
  }
}
