/**
 * What a format is: how its files are recognised, how they are loaded into model nodes, and how
 * the format writes comments (where suppression directives go). Each folder of src/formats
 * holds one format, its `index.ts` a `defineFormat({...})`; `npm run generate` lists them in
 * src/formats.generated.ts, and discovery and lint() know formats only through that list.
 *
 * A format's `index.ts` stays small: recognising a file must not load its parser, so `load`
 * imports the parser modules when it is first called (`await import('./loader.js')`).
 */
import type { CommentSink, Diagnostic, Located, Severity } from '../../core/types.js';
import type { DecodedText } from '../../core/text.js';
import type { DnsName } from '../../model/dns.js';
import type { EstateFile } from '../../model/files.js';
import type { ModelNodes } from '../../model/nodes.js';
import type { Side } from '../../model/view-words.js';

/** File names, matched lower-case. */
export interface NamePatterns {
  /** Endings, the dot included (`.zone`, `.tf.json`); the name must be longer than the ending. */
  extensions?: readonly string[];
  /** Beginnings (`db.`); the name must be longer than the beginning. */
  prefixes?: readonly string[];
  /** Whole names (`dnsconfig.js`). */
  exact?: readonly string[];
  /** Any other test of the lower-case name (`named.conf.local`, but not `named.conf.bak`). */
  test?: (lowerName: string) => boolean;
  /** Endings the patterns above never match (`.jnl`: BIND's binary journal of `db.contoso.com`). */
  except?: readonly string[];
}

/** The head of a file (its first 8 KiB), to recognise it by content. */
export interface FileHead {
  /** The base name, as found. */
  fileName: string;
  /** The head decoded as the whole file will be (UTF-16 by its marks), without a byte-order mark. */
  text: string;
  bytes: Buffer;
  /** True when the head holds NUL bytes in UTF-8: not text. */
  binary: boolean;
  /** True when the file goes on past the head (a structure may be cut at its end). */
  cut: boolean;
}

/** What a file's name says about the zone it holds. */
export interface NameHints {
  /** The zone's origin (canonical), from `contoso.com.zone` or `db.contoso.com`. */
  origin?: DnsName;
  /** The view, from a suffix (`db.contoso.com.internal`, `contoso.com-ext.zone`). */
  view?: Side;
  /** The suffix as written, for the evidence (`.internal`). */
  viewSuffix?: string;
}

/**
 * How discovery tells a file of the format. In order: a name in `names` makes the file this
 * format's (unless its head is binary and `refuseBinary` says no); a name in `candidates` makes
 * it a candidate that `confirm` decides on the head; a name no format mentions is given to each
 * format's `content` in turn (only when the head is text). Formats are asked in `order`.
 */
export interface Recognise {
  names?: NamePatterns;
  /**
   * For a name of `names` whose head is binary: false to read it all the same, else it is not
   * this format's, and `note` (if any) is said as an `input/binary` note (`db.*`: a secondary
   * zone in BIND's raw format).
   */
  refuseBinary?: (lowerName: string) => false | { note?: string };
  /** Names that make a file only a candidate (`.yml`, `.conf`, `.json`): `confirm` decides. */
  candidates?: NamePatterns;
  /** True when the head of a candidate is this format's, by real structure. */
  confirm?: (head: FileHead) => boolean;
  /** True when the head of a file of no known name is this format's, by real structure. */
  content?: (head: FileHead) => boolean;
  /**
   * Formats are asked in this order, lowest first (default 100), and listed in it. A format
   * whose structure another format's files could show is asked after that format.
   */
  order?: number;
  /** The files the config's `zones` map names are this format's, whatever their names. */
  configZones?: true;
  /** What a file's name says of the zone it holds. */
  nameHints?: (fileName: string) => NameHints;
}

/** A file of the format to load; `read()` gives its content (undefined when it cannot be read: that is reported already). */
export interface TextInput extends EstateFile {
  read(): DecodedText | undefined;
}

export interface BytesInput extends EstateFile {
  read(): Buffer | undefined;
}

/** A file another file names (`$INCLUDE`, named.conf's `include`), read for the format: its path relative to the lint root, its text, and how that was decoded (UTF-8 unless said). */
export interface IncludedFile {
  file: string;
  text: string;
  encoding?: 'utf8' | 'utf16le' | 'utf16be';
  byteOrderMark?: boolean;
}

/**
 * Reads a file named by another (a zone's `$INCLUDE`, named.conf's `include`), confined to the
 * lint root: an error (never the content of a file outside the tree) for `..`, symlinks leaving
 * the root, files the walk skips and files it cannot find; `missing` marks a file that is not in
 * the tree at all (a DNSSEC key or a private file kept only on the server).
 */
export type IncludeReader = (path: string, fromFile: string) => IncludedFile | { error: string; missing?: true };

/** Where a path written in a file leads in the tree. */
export type TreePath = { file: string } | { error: string; missing?: true };

/** What a format's load is given besides its files. Load reads nothing but through it. */
export interface LoadContext {
  /** Every file of the estate, as discovery (and the formats of the context stage) described them. */
  files: readonly EstateFile[];
  /** Reads a file a file of the format names, confined to the lint tree. */
  include: IncludeReader;
  /**
   * The tree file a path written in a file names, without reading it: relative to the root, then
   * to the naming file; a path written for a server (`/etc/bind/db.x`) by its tail, preferring
   * files under `within`.
   */
  findInTree(written: string, fromFile: string, within?: string): TreePath;
  /** True when the head of a tree file (root-relative) reads as text. */
  isText(file: string): boolean;
  /** Where comments are told, as the format's grammar defines them: suppression directives are read from these alone. */
  comments: CommentSink;
  /** Says that every comment of the files read so far has been told (their texts are let go). */
  commentsDone(): void;
  /** The password the config names for a file (`certificates.passwords`), and the variable that held it. */
  passwordFor(file: string): { password?: string; variable?: string };
}

/** What a format's load gives. */
export interface FormatLoad {
  nodes?: Partial<ModelNodes>;
  diagnostics?: readonly Diagnostic[];
  /**
   * Files whose description loading changed (the origin and view a zone file declares, a file
   * found to be part of another) or, for a context format, files it says are of a format (a
   * zone file named by a named.conf): they replace the entries of the same path.
   */
  files?: readonly EstateFile[];
  /** Parts of a file the format recognises but this version does not check (said as `uclint/unsupported-file`). */
  unsupported?: ReadonlyArray<Located & { message: string }>;
}

/** How the format writes comments, for the table of suppressions in docs/formats.md. */
export interface CommentSyntax {
  /** The files, as the table names them (`zone files (and files they \`$INCLUDE\`)`). */
  files: string;
  /** What a comment is. */
  is: string;
  /** What looks like a comment and is not. */
  isNot: string;
}

/** A finding as the notes a format makes after the rules see it. */
export interface FindingSeen {
  file: string;
  ruleId: string;
  messageId?: string;
  severity: Severity;
}

/** What `parse/<name>` means, for SARIF's rule descriptors and the table of docs/diagnostics.md. */
export interface FormatDiagnosticsDoc {
  /** The usual severity of the format's diagnostics. */
  severity: Severity;
  /** One line (SARIF's short description). */
  description: string;
  /** Markdown (SARIF's help). */
  help: string;
  /** The severity column of docs/diagnostics.md (`error (some warnings)`). */
  docSeverity: string;
  /** What the diagnostics are, with their codes, in Markdown: the row of docs/diagnostics.md. */
  doc: string;
}

interface FormatCommon {
  /** The format's name: the `kind` of its files in reports, and `parse/<name>` for its diagnostics. Its folder's name. */
  name: string;
  /** What the format is, as the table of docs/formats.md names it (`DNS zone (RFC 1035 master file)`). */
  title: string;
  /** One file and several (`zone file`, `zone files`), in what uclint says of the files it read. */
  nouns: readonly [string, string];
  recognise: Recognise;
  /** Its comments (suppression directives are read from them), or `none` for formats without comments. */
  comments: CommentSyntax | 'none';
  /**
   * `context`: loaded before the other formats, and what it says of other files (`files` in
   * its load) is what they are given: named.conf gives zone files their origins and views.
   */
  stage?: 'context';
  /**
   * Why a file of the format in UTF-16 will not work (`name servers read zone files as ASCII or
   * UTF-8 and would not load it`): such a file, and every file read through `include` for it,
   * is said to be UTF-16 once (`input/encoding`). It is read as decoded text all the same.
   */
  utf16Refused?: string;
  /** What its diagnostics (`parse/<name>`) are; absent for a format that reports none of its own. */
  diagnostics?: FormatDiagnosticsDoc;
  /** Notes the format adds once the findings are known (a zone's origin guessed from its name, when its names fail). */
  afterRules?(files: readonly EstateFile[], findings: readonly FindingSeen[]): Diagnostic[];
}

export interface TextFormat extends FormatCommon {
  input: 'text';
  /** Loads every file of the format (a per-file format loops: see `eachFile`). */
  load(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad>;
}

export interface BytesFormat extends FormatCommon {
  input: 'bytes';
  load(files: readonly BytesInput[], context: LoadContext): Promise<FormatLoad>;
}

export type FormatDefinition = TextFormat | BytesFormat;

/** A format, as its folder's `index.ts` exports it by default. */
export function defineFormat<F extends FormatDefinition>(format: F): F {
  return format;
}

/**
 * Loads files one at a time with `loadOne`, each file's comments done before the next: what a
 * format whose files stand alone does. Files that cannot be read are left out.
 */
export async function eachFile<I extends TextInput | BytesInput, C extends DecodedText | Buffer = NonNullable<ReturnType<I['read']>>>(
  files: readonly I[],
  context: LoadContext,
  loadOne: (file: I, content: C) => FormatLoad,
): Promise<FormatLoad> {
  const nodes: Partial<ModelNodes> = {};
  const diagnostics: Diagnostic[] = [];
  const unsupported: Array<Located & { message: string }> = [];
  for (const file of files) {
    const content = file.read() as C | undefined;
    if (content === undefined) continue;
    const loaded = loadOne(file, content);
    context.commentsDone();
    addInto(nodes, loaded.nodes);
    // Never `push(...list)`: a file may give more diagnostics than a call has room for arguments.
    for (const d of loaded.diagnostics ?? []) diagnostics.push(d);
    for (const u of loaded.unsupported ?? []) unsupported.push(u);
  }
  return { nodes, diagnostics, unsupported };
}

function addInto(into: Partial<ModelNodes>, from: Partial<ModelNodes> | undefined): void {
  if (from === undefined) return;
  for (const key of Object.keys(from) as Array<keyof ModelNodes>) {
    const list = from[key] as unknown[] | undefined;
    if (list === undefined) continue;
    const target = (into[key] ??= []) as unknown[];
    for (const node of list) target.push(node);
  }
}
