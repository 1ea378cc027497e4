/**
 * PEM blocks (RFC 7468) in a text that may hold other text before, between and after
 * them (`openssl x509 -text` output, bundles with comments). Line ends are LF, CRLF or CR.
 */

export interface PemBlock {
  /** The label between `BEGIN ` and the dashes (`CERTIFICATE`, `PKCS7`, `PRIVATE KEY`). */
  label: string;
  /** 1-based line of the BEGIN line. */
  beginLine: number;
  /** 1-based line of the END line; undefined when the block has none. */
  endLine: number | undefined;
  /** Length in UTF-16 code units of the last line of the block (for a range covering whole lines). */
  lastLineLength: number;
  /** Body lines between BEGIN and END (RFC 1421 headers such as `Proc-Type:` included). */
  body: { line: number; text: string }[];
  /** The END line names another label. */
  mismatchedEnd?: string;
}

const BEGIN = /^-----BEGIN ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;
const END = /^-----END ([\x21-\x2c\x2e-\x7e](?:[- ]?[\x21-\x2c\x2e-\x7e])*)?-----[ \t]*$/;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Every BEGIN..END block; a BEGIN met inside a block ends that block without an END. */
export function pemBlocks(lines: readonly string[]): PemBlock[] {
  const blocks: PemBlock[] = [];
  let open: PemBlock | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/^\ufeff/, '').trimStart();
    const begin = BEGIN.exec(line);
    if (begin) {
      if (open) blocks.push(open);
      open = { label: begin[1] ?? '', beginLine: i + 1, endLine: undefined, lastLineLength: lines[i].length, body: [] };
      continue;
    }
    if (!open) continue;
    const end = END.exec(line);
    if (end) {
      open.endLine = i + 1;
      open.lastLineLength = lines[i].length;
      if ((end[1] ?? '') !== open.label) open.mismatchedEnd = end[1] ?? '';
      blocks.push(open);
      open = undefined;
      continue;
    }
    open.body.push({ line: i + 1, text: lines[i] });
    open.lastLineLength = lines[i].length;
  }
  if (open) blocks.push(open);
  return blocks;
}

const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

export type PemDecodeResult = { ok: true; der: Uint8Array } | { ok: false; line: number; reason: string };

/** The bytes of a block's body; the first line that is not base64 is the error's line. */
export function decodePemBody(block: PemBlock): PemDecodeResult {
  let base64 = '';
  let padded = false;
  let lastLine = block.beginLine;
  for (const { line, text } of block.body) {
    const trimmed = text.trim();
    // RFC 1421 headers (Proc-Type, DEK-Info) precede the data.
    if (base64 === '' && /^[A-Za-z-]+:/.test(trimmed)) continue;
    if (trimmed === '') continue;
    if (!BASE64_LINE.test(trimmed) || padded) return { ok: false, line, reason: 'characters that are not base64' };
    if (trimmed.includes('=')) padded = true;
    base64 += trimmed;
    lastLine = line;
  }
  if (base64.length === 0) return { ok: false, line: block.beginLine, reason: 'no data' };
  if (base64.length % 4 !== 0) return { ok: false, line: lastLine, reason: 'base64 whose length is not a multiple of 4 (a truncated line?)' };
  return { ok: true, der: Buffer.from(base64, 'base64') };
}
