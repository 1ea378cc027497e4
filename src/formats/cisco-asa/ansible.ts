/**
 * ASA command lines kept in Ansible YAML: the `lines` (and `parents`) of an `asa_config` task
 * (`cisco.asa.asa_config`, the older `asa_acl`), and lists of ASA lines in vars files
 * (`split_exclude: ["access-list TEAMS standard permit 52.112.0.0 255.252.0.0", ...]`, or one
 * block scalar holding several lines). Each line is read by the Cisco reader at its line and
 * column in the YAML file; a line with a Jinja expression (`{{ item }}`) is known only when the
 * play runs, so it is a "not checked" note and is not read.
 */
import type { Diagnostic } from '../../core/types.js';
import { readCiscoLines, type CiscoConfig } from '../../languages/cisco-config/index.js';
import { PositionedText, lineStartsOf } from '../../languages/positions.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { CommentSink } from '../../core/types.js';
import { alignedValue } from '../shared/aligned-value.js';
import { deref, parseYamlDocuments, type YamlNode, type YamlScalar } from '../shared/yaml/index.js';

const FORMAT = 'cisco-asa';

/** Keys of a task whose value holds the lines an ASA module configures. */
const CONFIG_MODULES = new Set(['asa_config', 'cisco.asa.asa_config', 'asa_acl', 'cisco.asa.asa_acl']);

/** First words of the ASA commands uclint reads: a list with one of these is a list of ASA lines. */
const ASA_WORDS = new Set(['access-list', 'group-policy', 'tunnel-group', 'split-tunnel-policy', 'ipv6-split-tunnel-policy', 'split-tunnel-network-list']);

export interface AnsibleAsaRead {
  config: CiscoConfig;
  notes: NotCheckedNote[];
  diagnostics: Diagnostic[];
  /** The YAML keys that hold each list of lines, by the line's range start (`split_exclude`): what a list's name may be read from. */
  keys: Map<string, string>;
}

export function readAnsibleAsa(text: string, file: string, comments?: CommentSink): AnsibleAsaRead {
  const parsed = parseYamlDocuments(text, file, {}, comments);
  const out: AnsibleAsaRead = {
    config: { commands: [], diagnostics: [] },
    notes: [],
    diagnostics: parsed.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^yaml\//, `${FORMAT}/yaml-`) })),
    keys: new Map(),
  };
  const source = PositionedText.of(file, text);
  const lineStarts = lineStartsOf(text);
  const positioned = (scalar: YamlScalar): PositionedText => alignedValue(source, lineStarts, scalar.loc, String(scalar.value));

  const add = (scalars: readonly YamlScalar[], parents: readonly YamlScalar[], key: string | undefined) => {
    const parentTexts: PositionedText[] = [];
    for (const parent of parents) {
      if (isTemplated(String(parent.value))) {
        out.notes.push(templateNote(parent));
        return;
      }
      parentTexts.push(positioned(parent));
    }
    const lines: PositionedText[] = [];
    for (const scalar of scalars) {
      for (const line of splitLines(positioned(scalar))) {
        if (isTemplated(line.text)) out.notes.push({ format: FORMAT, loc: line.range(0, line.text.length), expression: line.text.trim(), reason: 'is a Jinja template, expanded only when the play runs: this ASA line is not known' });
        else if (line.text.trim() !== '') lines.push(line);
      }
    }
    if (lines.length === 0) return;
    const config = readCiscoLines(lines, { parents: parentTexts });
    for (const command of config.commands) {
      out.config.commands.push(command);
      if (key !== undefined) out.keys.set(`${command.loc.line}:${command.loc.column}`, key);
    }
    for (const d of config.diagnostics) out.diagnostics.push({ ...d, code: d.code.replace(/^cisco-config\//, `${FORMAT}/`) });
  };

  const taken = new Set<YamlNode>();
  for (const document of parsed.documents) {
    if (document.contents) visit(document.contents, undefined, 0);
  }
  return out;

  function visit(node: YamlNode, key: string | undefined, depth: number): void {
    const value = deref(node);
    if (!value || depth > 64 || taken.has(value)) return;
    if (value.kind === 'map') {
      for (const entry of value.entries) {
        const entryKey = deref(entry.key);
        const name = entryKey?.kind === 'scalar' ? String(entryKey.value) : undefined;
        const task = deref(entry.value);
        if (name !== undefined && CONFIG_MODULES.has(name.toLowerCase()) && task?.kind === 'map') {
          readTask(task);
          continue;
        }
        visit(entry.value, name ?? key, depth + 1);
      }
    } else if (value.kind === 'seq') {
      const scalars = value.items.map(deref).filter((item): item is YamlScalar => item?.kind === 'scalar' && typeof item.value === 'string');
      if (scalars.some((scalar) => holdsAsaLine(String(scalar.value)))) {
        taken.add(value);
        add(scalars, [], key);
        return;
      }
      for (const item of value.items) visit(item, key, depth + 1);
    } else if (value.kind === 'scalar' && typeof value.value === 'string' && value.value.includes('\n') && holdsAsaLine(value.value)) {
      add([value], [], key);
    }
  }

  /** An `asa_config` task's `lines` (or `commands`) under its `parents`, and `before`/`after`. */
  function readTask(task: Extract<YamlNode, { kind: 'map' }>): void {
    const field = (name: string): YamlScalar[] => {
      const entry = task.entries.find((e) => {
        const k = deref(e.key);
        return k?.kind === 'scalar' && String(k.value) === name;
      });
      const value = entry && deref(entry.value);
      if (!value) return [];
      if (value.kind === 'scalar') return typeof value.value === 'string' ? [value] : [];
      if (value.kind !== 'seq') return [];
      taken.add(value);
      return value.items.map(deref).filter((item): item is YamlScalar => item?.kind === 'scalar' && typeof item.value === 'string');
    };
    const lines = [...field('lines'), ...field('commands')];
    // `lines: "{{ acl }}"`: the list is a variable, read where it is defined.
    const literal = lines.filter((line) => !isWholeTemplate(String(line.value)));
    add(field('before'), [], undefined);
    add(literal, field('parents'), undefined);
    add(field('after'), [], undefined);
  }
}

function holdsAsaLine(text: string): boolean {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const first = line.trim().split(/[ \t]+/)[0]?.toLowerCase();
    if (first !== undefined && ASA_WORDS.has(first)) return true;
  }
  return false;
}

function isTemplated(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

/** A value that is one Jinja expression and nothing else (`"{{ acl }}"`). */
function isWholeTemplate(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.startsWith('{{') && trimmed.endsWith('}}') && trimmed.indexOf('{{', 2) < 0;
}

function templateNote(scalar: YamlScalar): NotCheckedNote {
  return { format: FORMAT, loc: scalar.loc, expression: String(scalar.value), reason: 'is a Jinja template, expanded only when the play runs: the ASA lines under it are not known' };
}

/** The lines of a positioned text (LF, CRLF, lone CR), each positioned. */
function splitLines(text: PositionedText): PositionedText[] {
  const lines: PositionedText[] = [];
  let start = 0;
  const value = text.text;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    lines.push(text.slice(start, i));
    if (code === 13 && value.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}
