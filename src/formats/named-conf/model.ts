import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { DnsName } from '../../model/dns.js';

/** One piece of a statement: a word, a quoted string, or a `{ ... }` block of statements. */
export type Term =
  | { kind: 'word' | 'string'; text: string; loc: SourceRange }
  | { kind: 'block'; statements: Statement[]; loc: SourceRange };

/** A statement as BIND's grammar has it: terms up to its `;` (`zone "x" IN { ... };`). */
export interface Statement {
  terms: Term[];
  loc: SourceRange;
}

/** An element of an address match list (`match-clients { 10.0.0.0/8; !key x; trusted; };`). */
export interface AddressMatchElement {
  negated: boolean;
  /**
   * - `address`: an address or a prefix as written (`10.0.0.0/8`, `10/8`, `2001:db8::/32`);
   * - `name`: an ACL's name, or a built-in one (`any`, `none`, `localhost`, `localnets`);
   * - `key`: a TSIG key (`key "name"`);
   * - `list`: a nested list (`{ ...; }`), in `elements`;
   * - `other`: anything else (`geoip ...`).
   */
  kind: 'address' | 'name' | 'key' | 'list' | 'other';
  value: string;
  elements?: AddressMatchElement[];
  loc: SourceRange;
}

export interface NamedConfView {
  /** The view's name as written. */
  name: string;
  /** `match-clients`, when the view has it (BIND's default is `any`). */
  matchClients?: AddressMatchElement[];
  loc: SourceRange;
}

export interface NamedConfZone {
  /** The zone's name, canonical (absolute, lower-case, trailing dot). */
  name: DnsName;
  /** The zone's name as written. */
  written: string;
  /** `type`, lower-case (`primary`, `master`, `secondary`, `hint`, `forward`, ...). */
  type?: string;
  /** `file`, as written, with where it is written. */
  file?: { path: string; loc: SourceRange };
  /** The view that declares the zone, when it is declared inside one. */
  view?: NamedConfView;
  /** `in-view "name"`: the zone is the one of another view, not a zone of its own. */
  inView?: string;
  /** The `options { directory }` in force for the file (relative `file` paths are read from it). */
  directory?: string;
  loc: SourceRange;
}

/** What a named.conf (with the files it includes) says about zones and views. */
export interface NamedConf {
  file: string;
  zones: NamedConfZone[];
  views: NamedConfView[];
  /** ACLs by name (lower-case), for match lists that name them. */
  acls: Map<string, AddressMatchElement[]>;
  /** `options { directory }`, as written. */
  directory?: { path: string; loc: SourceRange };
  /** Files read through `include`, relative to the lint root. */
  includes: string[];
  /** Set when the file is a template (`{{ }}`, `{% %}`, `<% %>`): it is then not read. */
  template?: string;
  loc: SourceRange;
}

export interface NamedConfParseResult {
  conf: NamedConf;
  diagnostics: Diagnostic[];
}

export interface NamedConfLimits {
  /** Nested `include` depth (as for `$INCLUDE`). */
  includeDepth: number;
  /** Files read through `include`, all depths together. */
  includes: number;
  /** Nested blocks. */
  blockDepth: number;
  /** Characters of the file and its includes together. */
  characters: number;
}

export const DEFAULT_NAMED_CONF_LIMITS: NamedConfLimits = {
  includeDepth: 7,
  includes: 1_000,
  blockDepth: 64,
  characters: 64 * 1024 * 1024,
};
