import path from 'node:path';
import type { DnsName } from '../model/dns.js';
import { isNamedConfName, looksLikeNamedConf } from '../formats/named-conf/recognise.js';
import { decodeText } from './read.js';
import { certificateBlockHoldsDer, pemBlocks, splitLines } from '../formats/shared/pem.js';
import { PRIVATE_KEY_MARKER, derPrivateKey, isDnssecPrivateKeyText, privateKeysInBlocks, privateKeysInText } from '../formats/shared/private-keys.js';

/** Every kind of file uclint reads (docs/formats.md has a row for each; a test holds them together). */
export const FILE_KINDS = ['zone', 'certificate', 'private-key', 'manifest', 'wireguard', 'openvpn', 'sdp', 'registry', 'named-conf'] as const;
export type FileKind = (typeof FILE_KINDS)[number];
import { DASH_SUFFIX_WORDS, DOT_SUFFIX_WORDS, VIEW_WORDS, type Side } from '../model/view-words.js';

/** Bytes read from a file to sniff its content. */
export const SNIFF_BYTES = 8 * 1024;

const CERTIFICATE_EXTENSIONS = new Set(['.pem', '.crt', '.cer', '.der', '.pfx', '.p12', '.p7b']);
const ZONE_EXTENSIONS = new Set(['.zone', '.db', '.dns']);

/**
 * Extensions of files that are certainly something else (source, docs, data, archives):
 * never sniffed, so a README quoting `$ORIGIN` in a code block is not taken for a zone.
 */
const FOREIGN_EXTENSIONS = new Set(
  (
    '.md .markdown .rst .adoc .html .htm .css .scss .svg .xml .json .jsonc .json5 .toml .ini .csv .tsv .log ' +
    '.ts .tsx .mts .cts .js .jsx .mjs .cjs .map .py .rb .go .rs .java .kt .cs .c .h .cc .cpp .hpp .sh .bash .ps1 .psm1 .bat .cmd ' +
    '.lock .sum .mod .png .jpg .jpeg .gif .ico .webp .pdf .zip .gz .tgz .bz2 .xz .7z .tar .exe .dll .so .dylib .wasm .bin .pub ' +
    // BIND's journals of dynamic updates (`db.contoso.com.jnl`) are binary.
    '.jnl'
  ).split(' '),
);

/** How the name alone classifies a file: a kind, a kind to confirm by content, or nothing known. */
export type NameClass =
  | { kind: FileKind; confirm?: never }
  | { kind?: never; confirm: 'manifest' | 'conf' | 'key' | 'unknown' }
  | { kind?: never; confirm?: never; foreign: true };

export function classifyByName(fileName: string): NameClass {
  const lower = fileName.toLowerCase();
  if (lower === '.uclint.yml' || lower === '.uclint.yaml') return { foreign: true };
  const extension = path.extname(lower);
  if (extension === '.jnl') return { foreign: true };
  if (ZONE_EXTENSIONS.has(extension) || (lower.startsWith('db.') && lower.length > 3)) return { kind: 'zone' };
  if (isNamedConfName(lower)) return { kind: 'named-conf' };
  if (CERTIFICATE_EXTENSIONS.has(extension)) return { kind: 'certificate' };
  if (extension === '.yml' || extension === '.yaml') return { confirm: 'manifest' };
  if (extension === '.conf') return { confirm: 'conf' };
  // `*.key` is a private key, or BIND's public DNSKEY record (`K<zone>+<alg>+<id>.key`) or a TSIG
  // key statement: the content decides. `K*.private` is BIND's DNSSEC private key.
  if (extension === '.key' || extension === '.private') return { confirm: 'key' };
  if (extension === '.ovpn') return { kind: 'openvpn' };
  if (extension === '.sdp') return { kind: 'sdp' };
  if (extension === '.reg') return { kind: 'registry' };
  if (FOREIGN_EXTENSIONS.has(extension)) return { foreign: true };
  return { confirm: 'unknown' };
}

/** True when the name alone says the file is of a kind uclint reads, or of one it would confirm by content (`.yml`, `.conf`). */
export function isOursByName(fileName: string): boolean {
  const byName = classifyByName(fileName);
  return byName.kind !== undefined || byName.confirm === 'manifest' || byName.confirm === 'conf';
}

/** True when classifying the file needs the head of its content. */
export function needsHead(fileName: string): boolean {
  const byName = classifyByName(fileName);
  return byName.confirm !== undefined || byName.kind === 'zone';
}

/**
 * The head of a file as text, decoded as the loaders will decode the whole file: UTF-16 by its
 * byte-order mark (either order) or UTF-16LE without one, else UTF-8 without its mark.
 */
export function headText(head: Buffer): string {
  const { text } = decodeText(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Text files hold no NUL; UTF-16 text does, so call this only on the UTF-8 reading. */
export function looksBinary(head: Buffer): boolean {
  return decodeText(head).encoding === 'utf8' && head.includes(0);
}

const ZONE_DIRECTIVE = /^\$(ORIGIN|TTL)[ \t]/m;
/** An SOA record with its class: owner (or blank), TTL and `IN` in either order, SOA, then two names. */
const ZONE_SOA = /^(\S+)?([ \t]+\d+[smhdw]?)?[ \t]+IN([ \t]+\d+[smhdw]?)?[ \t]+SOA[ \t]+\S+[ \t]+\S+/im;
const PEM_CERTIFICATE = /-----BEGIN (X509 CERTIFICATE|CERTIFICATE|PKCS7|PKCS #7 SIGNED DATA|CMS|TRUSTED CERTIFICATE)-----/;
const REGISTRY_HEADER = /^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m;
const WIREGUARD_INTERFACE = /^[ \t]*\[Interface\][ \t]*$/m;
const WIREGUARD_PEER = /^[ \t]*\[Peer\][ \t]*$/m;
/** Keys only WireGuard writes; with one of them, one section is enough (a server's `[Interface]` before any peer is added). */
const WIREGUARD_KEY = /^[ \t]*(PrivateKey|PublicKey|AllowedIPs|ListenPort)[ \t]*=/im;
/** Two of these make an OpenVPN config: a client's `client` and `remote`, a server's `server`, and `dev` in both. */
const OPENVPN_DIRECTIVES = [/^[ \t]*client[ \t]*$/m, /^[ \t]*remote[ \t]+\S/m, /^[ \t]*dev[ \t]+(tun|tap)\d*\b/m, /^[ \t]*server(-ipv6)?[ \t]+[0-9a-f:.]+[ \t/]/im];
const MANIFEST_API_VERSION = /^apiVersion:[ \t]*(["']?)uclint\/v1\1[ \t]*(#.*)?$/m;
const MANIFEST_KIND = /^kind:[ \t]*\S/m;

function isWireguardText(text: string): boolean {
  const sections = [WIREGUARD_INTERFACE, WIREGUARD_PEER].filter((section) => section.test(text)).length;
  return sections === 2 || (sections === 1 && WIREGUARD_KEY.test(text));
}

export function isZoneText(text: string): boolean {
  return ZONE_DIRECTIVE.test(text) || ZONE_SOA.test(text);
}

/**
 * The kind of a file from its name and, where the name leaves it open, the head of
 * its content. Undefined: not a file uclint reads.
 */
export function classify(fileName: string, head: Buffer | undefined): FileKind | undefined {
  const byName = classifyByName(fileName);
  if ('foreign' in byName) return undefined;
  if (byName.kind) {
    // `*.db` is also the usual name of SQLite and other binary stores, and `db.*` of BIND's
    // binary copies of transferred zones; a `.zone` with binary content is still a zone
    // file, and its loader says what is wrong with it.
    if (byName.kind === 'zone' && path.extname(fileName).toLowerCase() !== '.zone' && head && looksBinary(head)) return undefined;
    return byName.kind;
  }
  if (!head) return undefined;
  const text = headText(head);
  switch (byName.confirm) {
    case 'manifest':
      return MANIFEST_API_VERSION.test(text) && MANIFEST_KIND.test(text) ? 'manifest' : undefined;
    case 'conf':
      if (isWireguardText(text)) return 'wireguard';
      if (OPENVPN_DIRECTIVES.filter((directive) => directive.test(text)).length >= 2) return 'openvpn';
      if (looksLikeNamedConf(text)) return 'named-conf';
      return undefined;
    case 'key':
      if (derPrivateKey(head) !== undefined || isDnssecPrivateKeyText(text)) return 'private-key';
      return privateKeysInText(text, fileName).length > 0 ? 'private-key' : undefined;
    case 'unknown': {
      if (REGISTRY_HEADER.test(text.slice(0, 200))) return 'registry';
      if (looksBinary(head)) return undefined;
      // Only blocks that hold DER make a certificate file: a `.txt` or device configuration
      // with `-----BEGIN CERTIFICATE-----` around a placeholder is not one.
      const blocks = PEM_CERTIFICATE.test(text) || text.includes(PRIVATE_KEY_MARKER) ? pemBlocks(splitLines(text)) : [];
      const cut = head.length >= SNIFF_BYTES;
      if (blocks.some((block) => certificateBlockHoldsDer(block, cut))) return 'certificate';
      if (privateKeysInBlocks(blocks, fileName).length > 0) return 'private-key';
      if (isZoneText(text)) return 'zone';
      if (looksLikeNamedConf(text)) return 'named-conf';
      return undefined;
    }
  }
}

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

/** What a zone file's name says: the zone's origin, and the view when the name ends with one. */
export interface FileNameHints {
  origin?: DnsName;
  view?: Side;
  /** The view suffix as written (`.internal`, `-ext`). */
  viewSuffix?: string;
}

/**
 * What a zone file's name suggests: the origin (`contoso.com.zone`, `contoso.com.db`,
 * `contoso.com.dns`, `db.contoso.com`, `db.contoso.com.signed`), canonical, and a view from a
 * suffix (`db.contoso.com.internal`, `contoso.com-ext.zone`, `contoso.com.external.db`,
 * `db.contoso.com_int`). The origin is given only when it has at least two labels and looks
 * like a domain; a suffix after a dot counts only when two labels remain before it (`db.corp.int`
 * is the zone `corp.int.`).
 */
export function zoneFileNameHints(fileName: string): FileNameHints {
  const lower = fileName.toLowerCase();
  let guess: string | undefined;
  const extension = path.extname(lower);
  if (ZONE_EXTENSIONS.has(extension)) guess = lower.slice(0, -extension.length);
  else if (lower.startsWith('db.')) guess = lower.slice(3);
  if (guess === undefined) return {};
  if (guess.endsWith('.signed')) guess = guess.slice(0, -'.signed'.length);
  if (guess.endsWith('.')) guess = guess.slice(0, -1);
  const hints: FileNameHints = {};
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
export function originFromFileName(fileName: string): DnsName | undefined {
  return zoneFileNameHints(fileName).origin;
}
