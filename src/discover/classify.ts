/**
 * Which format reads a file, asked of the formats of the registry: the name first, the head of
 * the content where the name leaves it open (src/formats/shared/format.ts, `Recognise`).
 */
import path from 'node:path';
import { headText, looksBinary } from '../core/text.js';
import { FORMATS } from '../formats.generated.js';
import type { FileHead, FormatDefinition, NamePatterns } from '../formats/shared/format.js';

export { headText, looksBinary };

/** The name of a format (`zone`, `certificate`, ...): the `kind` of a file in reports. */
export type FileKind = string;

/** Every kind of file uclint reads, in the registry's order (docs/formats.md has a row for each; a test holds them together). */
export const FILE_KINDS: readonly FileKind[] = FORMATS.map((format) => format.name);

/** Bytes read from a file to sniff its content. */
export const SNIFF_BYTES = 8 * 1024;

/** uclint's own configuration, never a file to lint. */
const OWN_FILES = new Set(['.uclint.yml', '.uclint.yaml']);

/**
 * Extensions of files that are certainly something else (source, docs, data, archives), unless
 * a format names them: never sniffed, so a README quoting `$ORIGIN` in a code block is not
 * taken for a zone.
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

/** What the name alone says: the format that claims it, the formats it is a candidate of, nothing known, or certainly not uclint's. */
export type NameClass = { format: FormatDefinition } | { candidates: FormatDefinition[] } | { unknown: true } | { foreign: true };

/** True when the lower-case name matches the patterns. */
export function nameMatches(patterns: NamePatterns | undefined, lower: string): boolean {
  if (patterns === undefined) return false;
  if (patterns.except?.some((ending) => lower.endsWith(ending))) return false;
  return (
    (patterns.exact?.includes(lower) ?? false) ||
    (patterns.extensions?.some((ending) => lower.length > ending.length && lower.endsWith(ending)) ?? false) ||
    (patterns.prefixes?.some((start) => lower.length > start.length && lower.startsWith(start)) ?? false) ||
    (patterns.test?.(lower) ?? false)
  );
}

export function classifyByName(fileName: string, formats: readonly FormatDefinition[] = FORMATS): NameClass {
  const lower = fileName.toLowerCase();
  if (OWN_FILES.has(lower)) return { foreign: true };
  const claiming = formats.find((format) => nameMatches(format.recognise.names, lower));
  if (claiming) return { format: claiming };
  const candidates = formats.filter((format) => nameMatches(format.recognise.candidates, lower));
  if (candidates.length > 0) return { candidates };
  if (FOREIGN_EXTENSIONS.has(path.extname(lower))) return { foreign: true };
  return { unknown: true };
}

/** The name of the format whose names claim a file, whatever its content (`contoso.com.zone`: `zone`); undefined when the content decides or no format reads it. */
export function formatClaimingName(fileName: string): string | undefined {
  const byName = classifyByName(fileName);
  return 'format' in byName ? byName.format.name : undefined;
}

/** True when the name alone says the file is of a format uclint reads, or a candidate of one (`.yml`, `.conf`). */
export function isOursByName(fileName: string, formats: readonly FormatDefinition[] = FORMATS): boolean {
  const byName = classifyByName(fileName, formats);
  return 'format' in byName || 'candidates' in byName;
}

/** True when classifying the file needs the head of its content. */
export function needsHead(fileName: string, formats: readonly FormatDefinition[] = FORMATS): boolean {
  const byName = classifyByName(fileName, formats);
  return 'candidates' in byName || 'unknown' in byName || ('format' in byName && byName.format.recognise.refuseBinary !== undefined);
}

/** What recognising a file decided: its format, and a note when a name that claims it met binary content. */
export interface Recognised {
  format?: FormatDefinition;
  /** Said as an `input/binary` note (a `db.*` file in BIND's raw format). */
  binaryNote?: string;
}

/** The format of a file from its name and, where the name leaves it open, the head of its content. */
export function recogniseFile(fileName: string, head: Buffer | undefined, formats: readonly FormatDefinition[] = FORMATS): Recognised {
  const byName = classifyByName(fileName, formats);
  if ('foreign' in byName) return {};
  if ('format' in byName) {
    const refuse = byName.format.recognise.refuseBinary;
    if (refuse && head && looksBinary(head)) {
      const refused = refuse(fileName.toLowerCase());
      if (refused !== false) return refused.note === undefined ? {} : { binaryNote: refused.note };
    }
    return { format: byName.format };
  }
  if (!head) return {};
  const sniffed: FileHead = { fileName, text: headText(head), bytes: head, binary: looksBinary(head), cut: head.length >= SNIFF_BYTES };
  if ('candidates' in byName) return { format: byName.candidates.find((format) => format.recognise.confirm?.(sniffed)) };
  // A binary file of no known name is none of uclint's: only text is sniffed for structure.
  if (sniffed.binary) return {};
  return { format: formats.find((format) => format.recognise.content?.(sniffed)) };
}

/** The kind of a file (its format's name) from its name and, where the name leaves it open, the head of its content. Undefined: not a file uclint reads. */
export function classify(fileName: string, head: Buffer | undefined): FileKind | undefined {
  return recogniseFile(fileName, head).format?.name;
}
