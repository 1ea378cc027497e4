/**
 * How a BIND configuration file is recognised: by its name (`named.conf`, `named.conf.local`,
 * `named.internal.conf`), or by content whose first statements are BIND's own (`options`,
 * `zone "x" { ... }`, `view`, `acl`, ...), read with the configuration lexer.
 */
import { Lexer, TokenKind } from './lexer.js';

/** Copies and templates of a configuration, not the configuration itself. */
const NOT_CONFIGURATION_SUFFIXES = new Set([
  'bak', 'orig', 'old', 'save', 'swp', 'tmp', 'dist', 'sample', 'example', 'default', 'disabled',
  'j2', 'jinja', 'jinja2', 'tpl', 'tmpl', 'template', 'erb', 'epp', 'm4', 'in', 'mustache', 'hbs', 'twig', 'liquid',
]);

/** `named.conf`, `named.conf.<part>`, `named.<part>.conf`, and `named-<part>.conf` (not backups or templates). */
export function isNamedConfName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('~')) return false;
  let part: string;
  if (lower === 'named.conf') return true;
  if (lower.startsWith('named.conf.')) part = lower.slice('named.conf.'.length);
  else if ((lower.startsWith('named.') || lower.startsWith('named-')) && lower.endsWith('.conf') && lower.length > 'named..conf'.length) part = '';
  else return false;
  return !part.split('.').some((piece) => NOT_CONFIGURATION_SUFFIXES.has(piece));
}

/** Statements that start a named.conf at its top level (named.conf(5)). */
const TOP_LEVEL = new Set([
  'acl', 'controls', 'dlz', 'dnssec-policy', 'dyndb', 'http', 'include', 'key', 'key-store', 'logging', 'managed-keys',
  'masters', 'options', 'parental-agents', 'plugin', 'primaries', 'remote-servers', 'server', 'statistics-channels',
  'template', 'tls', 'trust-anchors', 'trusted-keys', 'view', 'zone',
]);

/** Statements that only a server's configuration holds (an rndc.conf or a key file has none). */
const DECLARING = new Set(['options', 'view', 'zone']);

/**
 * True when the head of a text reads as BIND configuration: its first statements (up to
 * twenty) all start with BIND's top-level keywords, and one of them is `options`, `view` or
 * `zone` with a block.
 */
export function looksLikeNamedConf(head: string): boolean {
  const lexer = new Lexer(head, () => undefined);
  let statements = 0;
  let declares = false;
  let depth = 0;
  let atStart = true;
  let keyword = '';
  for (let token = lexer.next(); token.kind !== TokenKind.End && statements < 20; token = lexer.next()) {
    if (lexer.template) return false;
    if (depth === 0 && atStart) {
      if (token.kind !== TokenKind.Word || !TOP_LEVEL.has(token.text.toLowerCase())) return false;
      keyword = token.text.toLowerCase();
      atStart = false;
      continue;
    }
    if (token.kind === TokenKind.Open) {
      if (depth === 0 && DECLARING.has(keyword)) declares = true;
      depth++;
    } else if (token.kind === TokenKind.Close) {
      if (--depth < 0) return false;
    } else if (token.kind === TokenKind.Semicolon && depth === 0) {
      statements++;
      atStart = true;
    }
  }
  return declares;
}
