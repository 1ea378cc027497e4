/**
 * PEM blocks (RFC 7468) in a text that may hold other text before, between and after
 * them (`openssl x509 -text` output, bundles with comments). Line ends are LF, CRLF or CR.
 */
import { TAG, isUniversal, readTlv } from './der.js';

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

/** PEM labels whose body is one certificate (`TRUSTED CERTIFICATE` is OpenSSL's certificate followed by trust settings). */
export const CERTIFICATE_LABELS: ReadonlySet<string> = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
export const PKCS7_LABELS: ReadonlySet<string> = new Set(['PKCS7', 'PKCS #7 SIGNED DATA', 'CMS']);

/**
 * Whether a certificate (or PKCS#7) block's body is base64 of DER: one SEQUENCE that the
 * bytes fill exactly. `cut`: the text ends inside the block (the head of a file), so the
 * last line may be partial; then the whole lines read must be base64 that begins a
 * SEQUENCE of a certificate's size. A placeholder (`<certificate here>`, `MIIC...`) is not.
 */
export function certificateBlockHoldsDer(block: PemBlock, cut: boolean): boolean {
  if (!CERTIFICATE_LABELS.has(block.label) && !PKCS7_LABELS.has(block.label)) return false;
  if (block.endLine !== undefined) {
    if (block.mismatchedEnd !== undefined) return false;
    const decoded = decodePemBody(block);
    if (!decoded.ok) return false;
    const top = readTlv(decoded.der, 0);
    // A trusted certificate is followed by OpenSSL's trust settings.
    return isUniversal(top, TAG.SEQUENCE) && (top.end === decoded.der.length || block.label === 'TRUSTED CERTIFICATE');
  }
  if (!cut) return false;
  const whole = block.body.slice(0, -1).map(({ text }) => text.trim()).filter((text) => text !== '');
  if (whole.length === 0 || !whole.every((text) => BASE64_LINE.test(text) && !text.includes('='))) return false;
  const base64 = whole.join('');
  const bytes = Buffer.from(base64.slice(0, base64.length - (base64.length % 4)), 'base64');
  // 0x30 0x82: a SEQUENCE with a two-byte length, as every certificate of 256 bytes to 64 KiB starts.
  return bytes.length >= 4 && bytes[0] === 0x30 && (bytes[1] === 0x82 || bytes[1] === 0x83);
}

