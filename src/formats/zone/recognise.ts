/**
 * How a DNS zone file is recognised: by its name (`*.zone`, `*.db`, `*.dns`, `db.*`), which also
 * suggests the zone's origin and view, or by a head holding `$ORIGIN`, `$TTL` or an SOA record.
 */
import type { NameHints } from '../shared/format.js';
import { DASH_SUFFIX_WORDS, DOT_SUFFIX_WORDS, VIEW_WORDS } from '../../model/view-words.js';

export const ZONE_EXTENSIONS: readonly string[] = ['.zone', '.db', '.dns'];

const ZONE_DIRECTIVE = /^\$(ORIGIN|TTL)[ \t]/m;
/** An SOA record with its class: owner (or blank), TTL and `IN` in either order, SOA, then two names. */
const ZONE_SOA = /^(\S+)?([ \t]+\d+[smhdw]?)?[ \t]+IN([ \t]+\d+[smhdw]?)?[ \t]+SOA[ \t]+\S+[ \t]+\S+/im;

export function isZoneText(text: string): boolean {
  return ZONE_DIRECTIVE.test(text) || ZONE_SOA.test(text);
}

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

/**
 * What a zone file's name suggests: the origin (`contoso.com.zone`, `contoso.com.db`,
 * `contoso.com.dns`, `db.contoso.com`, `db.contoso.com.signed`), canonical, and a view from a
 * suffix (`db.contoso.com.internal`, `contoso.com-ext.zone`, `contoso.com.external.db`,
 * `db.contoso.com_int`). The origin is given only when it has at least two labels and looks
 * like a domain; a suffix after a dot counts only when two labels remain before it (`db.corp.int`
 * is the zone `corp.int.`).
 */
export function zoneFileNameHints(fileName: string): NameHints {
  const lower = fileName.toLowerCase();
  let guess: string | undefined;
  const dot = lower.lastIndexOf('.');
  const extension = dot > 0 ? lower.slice(dot) : '';
  if (ZONE_EXTENSIONS.includes(extension)) guess = lower.slice(0, -extension.length);
  else if (lower.startsWith('db.')) guess = lower.slice(3);
  if (guess === undefined) return {};
  if (guess.endsWith('.signed')) guess = guess.slice(0, -'.signed'.length);
  if (guess.endsWith('.')) guess = guess.slice(0, -1);
  const hints: NameHints = {};
  const lastDot = guess.lastIndexOf('.');
  const lastLabel = guess.slice(lastDot + 1);
  const dash = /[-_]([a-z]+)$/.exec(lastLabel);
  if (lastDot > 0 && DOT_SUFFIX_WORDS.has(lastLabel) && guess.slice(0, lastDot).includes('.')) {
    hints.view = VIEW_WORDS[lastLabel];
    hints.viewSuffix = `.${lastLabel}`;
    guess = guess.slice(0, lastDot);
  } else if (dash && Object.hasOwn(DASH_SUFFIX_WORDS, dash[1]) && dash.index > 0) {
    hints.view = DASH_SUFFIX_WORDS[dash[1]];
    hints.viewSuffix = dash[0];
    guess = guess.slice(0, guess.length - dash[0].length);
  }
  const labels = guess.split('.');
  // A numeric last label is a version or a date (`backup.2024.zone`), not a TLD.
  if (labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1])) hints.origin = guess + '.';
  return hints;
}

/** The origin a zone file's name suggests (see zoneFileNameHints). */
export function originFromFileName(fileName: string): string | undefined {
  return zoneFileNameHints(fileName).origin;
}
