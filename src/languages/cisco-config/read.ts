import type { Diagnostic, SourceRange } from '../../core/types.js';
import { lineTooLong, thousands } from '../../core/words.js';
import { PositionedText } from '../positions.js';

/**
 * Cisco ASA (and IOS-style) configuration read as the device's CLI reads it: one command a line,
 * words separated by blanks, sub-commands under the command that opens their mode. The tree
 * keeps every word with its range, so what the VPN and firewall readers find lands on the word
 * at fault.
 */

export interface CiscoWord {
  /** The word as the CLI takes it: quotes removed from a quoted word; for a free-text word (`description`, `remark`, banners), the rest of the line. */
  text: string;
  loc: SourceRange;
  quoted: boolean;
}

export interface CiscoCommand {
  words: CiscoWord[];
  /** The command's line, from its first word to its last. */
  loc: SourceRange;
  /** Columns of blank before the first word (tabs count one). */
  indent: number;
  children: CiscoCommand[];
}

export interface CiscoConfig {
  commands: CiscoCommand[];
  diagnostics: Diagnostic[];
}

export interface CiscoLimits {
  /** UTF-16 code units of one text (`cisco-config/too-large`). */
  maxChars: number;
  /** UTF-16 code units of one line (`cisco-config/line-too-long`; the line is skipped). */
  maxLineLength: number;
  /** Commands read (`cisco-config/too-many-commands`; reading stops). */
  maxCommands: number;
  /** Nesting of sub-commands by indentation (`cisco-config/too-deep`; deeper lines join the deepest mode). */
  maxDepth: number;
}

export const DEFAULT_CISCO_LIMITS: Readonly<CiscoLimits> = {
  maxChars: 16 * 1024 * 1024,
  maxLineLength: 64 * 1024,
  maxCommands: 1_000_000,
  maxDepth: 32,
};

/**
 * Commands that open a mode, and the sub-commands of that mode uclint reads, for configurations
 * written as CLI input without indentation (scripts, Ansible `lines`): such a line belongs to
 * the mode above it only when its first word is one of these; anything else is a command of
 * its own, as the CLI falls back to the global mode for a command the mode does not know.
 */
const MODE_WORDS: readonly { opens: (words: readonly string[]) => boolean; sub: ReadonlySet<string> }[] = [
  {
    opens: (w) => w[0] === 'group-policy' && w[2] === 'attributes',
    sub: new Set([
      'split-tunnel-policy', 'ipv6-split-tunnel-policy', 'split-tunnel-network-list', 'split-tunnel-all-dns', 'split-dns', 'dns-server',
      'wins-server', 'vpn-tunnel-protocol', 'default-domain', 'address-pools', 'ipv6-address-pools', 'vpn-filter', 'ipv6-vpn-filter',
      'vpn-idle-timeout', 'vpn-session-timeout', 'vpn-simultaneous-logins', 'group-lock', 'webvpn', 'anyconnect', 'client-bypass-protocol',
      'msie-proxy', 'intercept-dhcp', 'password-storage', 'ip-comp', 're-xauth', 'pfs', 'banner', 'security-association', 'nem',
      'backup-servers', 'vpn-access-hours', 'vpn-session-timeout', 'user-authentication', 'dhcp-network-scope', 'gateway-fqdn',
      'client-firewall', 'ipsec-udp', 'ipsec-udp-port', 'always-on-vpn', 'description',
    ]),
  },
  { opens: (w) => w[0] === 'object' && w[1] === 'network', sub: new Set(['host', 'subnet', 'range', 'fqdn', 'description', 'nat']) },
  { opens: (w) => w[0] === 'object' && w[1] === 'service', sub: new Set(['service', 'description']) },
  { opens: (w) => w[0] === 'object-group', sub: new Set(['network-object', 'group-object', 'port-object', 'service-object', 'protocol-object', 'icmp-object', 'description']) },
  {
    opens: (w) => w[0] === 'tunnel-group' && (w[2] ?? '').endsWith('-attributes'),
    sub: new Set(['default-group-policy', 'address-pool', 'authentication-server-group', 'secondary-authentication-server-group', 'group-alias', 'group-url', 'authentication', 'ikev1', 'ikev2', 'tunnel-group-map']),
  },
];

/** Words after which the rest of the line is free text, one word. */
const FREE_TEXT = new Set(['description', 'remark']);

function isFreeTextWord(text: string): boolean {
  return (text.length === 11 || text.length === 6) && FREE_TEXT.has(text.toLowerCase());
}

type Report = (code: string, message: string, loc: SourceRange, severity?: Diagnostic['severity']) => void;

/** Reads a configuration file (`show running-config`, a saved configuration, a CLI script). */
export function readCiscoConfig(file: string, text: string, limits: Partial<CiscoLimits> = {}): CiscoConfig {
  // A byte-order mark is not a column, as the other loaders count.
  const source = PositionedText.of(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const bounds = { ...DEFAULT_CISCO_LIMITS, ...limits };
  const config: CiscoConfig = { commands: [], diagnostics: [] };
  if (source.text.length > bounds.maxChars) {
    config.diagnostics.push({ ...source.range(0, 0), severity: 'error', code: 'cisco-config/too-large', message: `text of ${thousands(source.text.length)} characters is over the bound of ${thousands(bounds.maxChars)}; not read` });
    return config;
  }
  readLines(linesOf(source), config, bounds);
  return config;
}

/**
 * Reads command lines given one by one, each with its own place in its file: the items of a
 * YAML list in Ansible vars (`asa_config: ["access-list SPLIT standard permit ...", ...]`), an
 * `asa_config` task's `lines`, whose `parents` (also positioned) are the modes they go under.
 */
export function readCiscoLines(lines: readonly PositionedText[], options: { parents?: readonly PositionedText[]; limits?: Partial<CiscoLimits> } = {}): CiscoConfig {
  const bounds = { ...DEFAULT_CISCO_LIMITS, ...options.limits };
  const config: CiscoConfig = { commands: [], diagnostics: [] };
  const parents = options.parents ?? [];
  // Each parent one level under the one before, and the lines under the last, whatever their own indentation.
  const all: { line: PositionedText; indent?: number }[] = [
    ...parents.map((line, i) => ({ line, indent: i })),
    ...lines.flatMap((line) => splitLines(line).map((piece) => ({ line: piece, indent: parents.length > 0 ? parents.length : undefined }))),
  ];
  readLines(all, config, bounds);
  return config;
}

function linesOf(source: PositionedText): { line: PositionedText }[] {
  return splitLines(source).map((line) => ({ line }));
}

/** The lines of a text (LF, CRLF, lone CR), each positioned. */
function splitLines(source: PositionedText): PositionedText[] {
  const text = source.text;
  const lines: PositionedText[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    lines.push(source.slice(start, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

interface Open {
  command: CiscoCommand;
  /** The sub-commands this mode takes without indentation, when it is one of the modes uclint reads. */
  sub: ReadonlySet<string> | undefined;
}

function readLines(lines: readonly { line: PositionedText; indent?: number }[], config: CiscoConfig, limits: CiscoLimits): void {
  const report: Report = (code, message, loc, severity = 'error') => config.diagnostics.push({ ...loc, severity, code, message });
  const stack: Open[] = [];
  let count = 0;
  for (let n = 0; n < lines.length; n++) {
    const { line, indent: forced } = lines[n];
    if (line.text.length > limits.maxLineLength) {
      report('cisco-config/line-too-long', lineTooLong(limits.maxLineLength), line.range(0, 0));
      continue;
    }
    const words = tokenize(line, report);
    if (words.length === 0) continue;
    const first = words[0].text;
    if (!words[0].quoted && (first.startsWith('!') || (first.startsWith(':') && indentOf(line.text) === 0))) continue;
    const indent = forced ?? indentOf(line.text);
    if (!words[0].quoted && first === 'exit' && words.length === 1) {
      // Leaves the mode: the commands given in it, then the command that opened it.
      while (stack.length > 0 && stack[stack.length - 1].command.children.length === 0 && stack[stack.length - 1].sub === undefined) stack.pop();
      stack.pop();
      continue;
    }
    if (++count > limits.maxCommands) {
      report('cisco-config/too-many-commands', `more than ${thousands(limits.maxCommands)} commands; the rest is not read`, words[0].loc);
      return;
    }
    const command: CiscoCommand = { words, loc: spanOf(words), indent, children: [] };
    if (!words[0].quoted && first === 'banner' && words.length >= 2) n = readBanner(lines, n, command, report);
    // Close the modes this line is not inside: by indentation, else by whether the mode takes this word.
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (indent > top.command.indent) break;
      if (indent === top.command.indent && indent === 0 && forced === undefined && top.sub?.has(subWord(words))) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.command.children.push(command);
    else config.commands.push(command);
    if (stack.length >= limits.maxDepth) {
      report('cisco-config/too-deep', `sub-commands nested more than ${limits.maxDepth} deep; this one joins the mode above`, command.loc, 'warning');
      continue;
    }
    const mode = parent ? undefined : MODE_WORDS.find((candidate) => candidate.opens(words.slice(0, 3).map((word) => word.text.toLowerCase())));
    // A line indented under a mode at column 0 closes back to column 0 by the same rule: keep the
    // indentation, so an unindented sub-command is recognised by the mode's words.
    stack.push({ command, sub: mode?.sub });
  }
}

/** The word that decides the mode of an unindented line: the first, or the one after `no`. */
function subWord(words: readonly CiscoWord[]): string {
  const first = words[0].text.toLowerCase();
  return first === 'no' && words[1] ? words[1].text.toLowerCase() : first;
}

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

/** Words of a line: runs of non-blanks, a `"quoted word"` as one, and after `description` or `remark` the rest of the line as one. */
function tokenize(line: PositionedText, report: Report): CiscoWord[] {
  const text = line.text;
  const words: CiscoWord[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      i++;
      continue;
    }
    const previous = words[words.length - 1];
    if (previous !== undefined && !previous.quoted && isFreeTextWord(previous.text)) {
      let end = text.length;
      while (end > i && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
      words.push({ text: text.slice(i, end), loc: line.range(i, end), quoted: false });
      break;
    }
    if (code === 34) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) {
        report('cisco-config/syntax', 'quoted word without its closing quote', line.range(i, text.length));
        words.push({ text: text.slice(i + 1), loc: line.range(i, text.length), quoted: true });
        break;
      }
      words.push({ text: text.slice(i + 1, close), loc: line.range(i, close + 1), quoted: true });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 9) end++;
    words.push({ text: text.slice(i, end), loc: line.range(i, end), quoted: false });
    i = end;
  }
  return words;
}

/**
 * `banner motd ...`: the ASA writes one line per banner line, and that is one command. IOS
 * writes a delimiter (`^C`, or a symbol such as `#` standing alone) and the text
 * runs to the next delimiter, over as many lines as it takes; those lines are the banner's text,
 * never commands. Returns the index of the last line of the banner.
 */
function readBanner(lines: readonly { line: PositionedText }[], n: number, command: CiscoCommand, report: Report): number {
  const words = command.words;
  const textWord = words[2];
  if (!textWord) return n;
  const line = lines[n].line;
  const start = offsetOfWord(line.text, 2);
  // IOS shows its banners between `^C`s (or the control character itself); a lone symbol as the
  // third word is a delimiter typed by hand. Anything else is the ASA's one-line form, whose text
  // may well start with a symbol: `banner motd (c) Contoso` must not swallow the commands after it.
  const delimiter = textWord.text.startsWith('^C') ? '^C' : textWord.text.startsWith('\u0003') ? '\u0003' : textWord.text.length === 1 && /[^A-Za-z0-9]/.test(textWord.text) ? textWord.text : undefined;
  if (!delimiter || start < 0) return n;
  const bodyStart = start + delimiter.length;
  const close = line.text.indexOf(delimiter, bodyStart);
  if (close >= 0) {
    command.words = [...words.slice(0, 2), { text: line.text.slice(bodyStart, close), loc: line.range(bodyStart, close), quoted: true }];
    command.loc = spanOf(command.words);
    return n;
  }
  let text = line.text.slice(bodyStart);
  for (let m = n + 1; m < lines.length; m++) {
    const next = lines[m].line;
    const end = next.text.indexOf(delimiter);
    if (end >= 0) {
      text += '\n' + next.text.slice(0, end);
      command.words = [...words.slice(0, 2), { text, loc: { ...line.range(bodyStart, bodyStart), endLine: next.range(end, end).endLine, endColumn: next.range(end, end).endColumn }, quoted: true }];
      command.loc = { ...command.loc, endLine: next.range(end, end + delimiter.length).endLine, endColumn: next.range(end, end + delimiter.length).endColumn };
      return m;
    }
    text += '\n' + next.text;
  }
  report('cisco-config/syntax', `banner without its closing ${delimiter}: the rest of the file is read as its text`, command.loc);
  command.words = [...words.slice(0, 2), { text, loc: line.range(bodyStart, line.text.length), quoted: true }];
  return lines.length - 1;
}

/** The offset in `text` of its word number `index` (0-based), counting blank-separated runs. */
function offsetOfWord(text: string, index: number): number {
  let i = 0;
  for (let n = 0; ; n++) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (n === index || i >= text.length) return i < text.length ? i : -1;
    while (i < text.length && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  }
}

function spanOf(words: readonly CiscoWord[]): SourceRange {
  const first = words[0].loc;
  const last = words[words.length - 1].loc;
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
