/**
 * Certificate file loader: PEM (any number of blocks among other text), DER, PKCS#7
 * (PEM or DER) and PKCS#12. The container is recognised from the content; the file
 * extension only chooses the wording when the content is not recognised. Never throws.
 */
import { thousands } from '../../core/words.js';
import type { Certificate, CertificateSource } from '../../model/certificate.js';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import { TAG, derDepthProblem, isUniversal, readTlv } from '../shared/der.js';
import { certificateFacts } from './facts.js';
import type { CertificateLimits, ContainerResult, Problem } from './model.js';
import { DEFAULT_CERTIFICATE_LIMITS, problem } from './model.js';
import type { PemBlock } from '../shared/pem.js';
import { CERTIFICATE_LABELS, PKCS7_LABELS, decodePemBody, pemBlocks, splitLines } from '../shared/pem.js';
import { looksLikePkcs12, readPkcs12, type Pkcs12Budget } from './pkcs12.js';
import { derPrivateKey, isPrivateKeyLabel, privateKeysInBlocks } from '../shared/private-keys.js';
import type { PrivateKey } from '../../model/private-key.js';

export { Pkcs12Budget, RUN_PKCS12_ITERATIONS } from './pkcs12.js';
import { looksLikePkcs7, readPkcs7 } from './pkcs7.js';

export type { CertificateLimits } from './model.js';
export { DEFAULT_CERTIFICATE_LIMITS } from './model.js';

export interface CertificateFileOptions {
  /** Path relative to the lint root (goes into every range and diagnostic). */
  file: string;
  /** PKCS#12 password, read by the caller from the environment variable the config names; undefined when none is configured. */
  password?: string;
  /** Name of that environment variable, for messages (never print the password). */
  passwordVariable?: string;
  /** Bounds (tests lower them); defaults are DEFAULT_CERTIFICATE_LIMITS. */
  limits?: Partial<CertificateLimits>;
  /** The key derivations left to the run, shared by the PKCS#12 files it reads (none: only the bounds of each file). */
  pkcs12Budget?: Pkcs12Budget;
}

export interface CertificateFileResult {
  certificates: Certificate[];
  /** Private keys in the file (PEM blocks, DER keys, a PKCS#12 that opens without a password). */
  privateKeys: PrivateKey[];
  diagnostics: Diagnostic[];
}


/** Never throws. Detects the container from content (PEM text, DER, PKCS#7 in PEM or DER, PKCS#12) with the file extension as a hint. */
export function parseCertificateFile(bytes: Uint8Array, options: CertificateFileOptions): CertificateFileResult {
  try {
    return new CertificateFileReader(bytes, options).read();
  } catch (error) {
    // Only a defect in uclint gets here; the file still yields a finding instead of stopping the run.
    const reason = error instanceof Error ? error.message : String(error);
    return { certificates: [], privateKeys: [], diagnostics: [{ ...wholeLine(options.file, 1, 0), severity: 'error', code: 'certificate/internal-error', message: `uclint could not read this file: ${reason}` }] };
  }
}

interface Found {
  der: Uint8Array;
  source: CertificateSource;
  line: number;
  endLine: number;
  endColumn: number;
}

class CertificateFileReader {
  private readonly limits: CertificateLimits;
  private readonly diagnostics: Diagnostic[] = [];
  private readonly found: Found[] = [];
  private readonly privateKeys: PrivateKey[] = [];
  private overLimitReported = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly options: CertificateFileOptions,
  ) {
    this.limits = { ...DEFAULT_CERTIFICATE_LIMITS, ...options.limits };
  }

  read(): CertificateFileResult {
    const { bytes } = this;
    if (bytes.length > this.limits.maxFileBytes) {
      this.report(problem('too-large', `certificate file of ${thousands(bytes.length)} bytes is over the bound of ${thousands(this.limits.maxFileBytes)}; not read`), 1, 0);
    } else if (isDerThroughout(bytes)) {
      this.readBinary();
    } else {
      const text = new TextDecoder('utf-8').decode(bytes);
      const lines = splitLines(text);
      const blocks = pemBlocks(lines);
      if (blocks.length > 0) this.readPem(blocks);
      else if (bytes[0] === 0x30) this.readBinary();
      else if (text.trim() === '') this.report(problem('empty', 'the certificate file is empty'), 1, 0);
      else this.report(problem('unrecognized', `${this.kindFromName()} holds neither PEM blocks nor DER data`), 1, lines[0].length);
    }
    return { certificates: this.certificates(), privateKeys: this.privateKeys, diagnostics: this.diagnostics };
  }

  private kindFromName(): string {
    const ext = /\.([^./]+)$/.exec(this.options.file)?.[1]?.toLowerCase();
    if (ext === 'pfx' || ext === 'p12') return 'this PKCS#12 file';
    if (ext === 'p7b' || ext === 'p7c') return 'this PKCS#7 file';
    return 'this certificate file';
  }

  private report(p: Problem, line: number, lastLineLength: number, endLine = line): void {
    this.diagnostics.push({ ...wholeLine(this.options.file, line, lastLineLength, endLine), severity: p.severity, code: p.code, message: p.message });
  }

  /** Adds a certificate unless the per-file bound is reached (then says so once). */
  private add(found: Found): void {
    if (this.found.length >= this.limits.maxCertificates) {
      if (!this.overLimitReported) {
        this.overLimitReported = true;
        this.report(problem('too-many-certificates', `more than ${thousands(this.limits.maxCertificates)} certificates in one file; the rest are not read`), found.line, found.endColumn - 1, found.endLine);
      }
      return;
    }
    this.found.push(found);
  }

  private depthProblem(der: Uint8Array): Problem | undefined {
    const issue = derDepthProblem(der, this.limits.maxDerDepth);
    if (!issue) return undefined;
    if (issue.kind === 'depth') return problem('der-too-deep', `ASN.1 nesting deeper than ${this.limits.maxDerDepth} levels (at byte ${issue.offset}); not read`);
    return problem('der-malformed', `malformed DER at byte ${issue.offset}: a length runs past its container, or data is truncated or trails it`);
  }

  private readBinary(): void {
    const { bytes } = this;
    // A file may hold several DER elements back to back (concatenated .cer files).
    const elements: Uint8Array[] = [];
    let pos = 0;
    while (pos < bytes.length) {
      const tlv = readTlv(bytes, pos);
      if (!tlv) break;
      elements.push(bytes.subarray(pos, tlv.end));
      pos = tlv.end;
    }
    if (pos < bytes.length && elements.length === 0) {
      // Not even one element: say what the depth walker finds (truncation, bad lengths, nesting).
      this.report(this.depthProblem(bytes) ?? problem('der-malformed', 'malformed DER'), 1, 0);
      return;
    }
    for (const der of elements) {
      const issue = this.depthProblem(der);
      if (issue) {
        this.report(issue, 1, 0);
        continue;
      }
      this.readDerElement(der, 1, 1, 1);
    }
    if (pos < bytes.length) this.report(problem('der-trailing-data', `${thousands(bytes.length - pos)} bytes after the last DER element are not read`, 'warning'), 1, 0);
  }

  /** One depth-checked DER element: a certificate, a PKCS#7 bundle, a PFX or a private key. */
  private readDerElement(der: Uint8Array, line: number, endLine: number, endColumn: number): void {
    const key = derPrivateKey(der);
    if (key) this.privateKeys.push({ loc: wholeLine(this.options.file, line, endColumn - 1, endLine), what: `${key.what} (DER)`, encrypted: key.encrypted });
    else if (looksLikePkcs7(der)) this.addContainer(readPkcs7(der), 'pkcs7', line, endLine, endColumn);
    else if (looksLikePkcs12(der)) this.addContainer(readPkcs12(der, this.options, this.limits, this.options.pkcs12Budget), 'pkcs12', line, endLine, endColumn);
    else this.add({ der, source: 'der', line, endLine, endColumn });
  }

  private addContainer(result: ContainerResult, source: CertificateSource, line: number, endLine: number, endColumn: number): void {
    for (const p of result.problems) this.report(p, line, endColumn - 1, endLine);
    if (result.keyWithoutPassword) {
      this.privateKeys.push({ loc: wholeLine(this.options.file, line, endColumn - 1, endLine), what: 'PKCS#12 file that opens without a password', encrypted: false, pkcs12: true });
    }
    for (const der of result.certificates) {
      const issue = this.depthProblem(der);
      if (issue) this.report(issue, line, endColumn - 1, endLine);
      else this.add({ der, source, line, endLine, endColumn });
    }
  }

  private readPem(blocks: PemBlock[]): void {
    this.privateKeys.push(...privateKeysInBlocks(blocks, this.options.file));
    for (const block of blocks) {
      // Private keys are x509/private-key-committed's, placeholders or not.
      if (isPrivateKeyLabel(block.label)) continue;
      const endLine = block.endLine ?? block.body.at(-1)?.line ?? block.beginLine;
      const at = (p: Problem, line = block.beginLine) => this.report(p, line, line === endLine ? block.lastLineLength : 0, line);
      const isCertificate = CERTIFICATE_LABELS.has(block.label);
      const isPkcs7 = PKCS7_LABELS.has(block.label);
      if (!isCertificate && !isPkcs7) {
        // The label only: a key's contents never appear in a message.
        at(problem('pem-skipped', `PEM block ${block.label || '(no label)'} is not a certificate; skipped`, 'info'));
        continue;
      }
      if (block.endLine === undefined) {
        at(problem('pem-missing-end', `PEM block ${block.label} has no END line (truncated?); not read`));
        continue;
      }
      if (block.mismatchedEnd !== undefined) {
        at(problem('pem-mismatched-end', `PEM block BEGIN ${block.label} ends with END ${block.mismatchedEnd}; not read`), block.endLine);
        continue;
      }
      const decoded = decodePemBody(block);
      if (!decoded.ok) {
        at(problem('pem-bad-base64', `PEM block ${block.label} has ${decoded.reason}; not read`), decoded.line);
        continue;
      }
      let der = decoded.der;
      if (block.label === 'TRUSTED CERTIFICATE') {
        const first = readTlv(der, 0);
        if (first) der = der.subarray(0, first.end);
      }
      const issue = this.depthProblem(der);
      if (issue) {
        at(issue);
        continue;
      }
      if (isPkcs7) this.addContainer(readPkcs7(der), 'pkcs7', block.beginLine, endLine, block.lastLineLength + 1);
      else this.add({ der, source: 'pem', line: block.beginLine, endLine, endColumn: block.lastLineLength + 1 });
    }
  }

  private certificates(): Certificate[] {
    const out: Certificate[] = [];
    const several = this.found.length > 1;
    this.found.forEach((found, index) => {
      const { file } = this.options;
      const name = several ? `${file}#${index + 1}` : file;
      const result = certificateFacts(found.der);
      if (!result.ok) {
        this.report(problem('invalid', `certificate ${name} cannot be read: ${result.reason}`), found.line, found.endColumn - 1, found.endLine);
        return;
      }
      for (const { field, written } of result.unreadableTimes) {
        const message = `certificate ${name}: ${field} ${JSON.stringify(written)} is not a time OpenSSL reads (it rejects the certificate: format error in its ${field} field); the certificate's dates are not checked against it`;
        this.report(problem('bad-time', message, 'warning'), found.line, found.endColumn - 1, found.endLine);
      }
      out.push({
        ...result.facts,
        loc: { file, line: found.line, column: 1, endLine: found.endLine, endColumn: found.endColumn },
        source: found.source,
        name,
        usedBy: [],
        der: found.der,
      });
    });
    return out;
  }
}

/**
 * A binary file: DER SEQUENCEs from the first byte to the last. Text that happens to start
 * with `0` does not tile like that; broken DER without PEM blocks is read as DER afterwards.
 */
function isDerThroughout(bytes: Uint8Array): boolean {
  let pos = 0;
  while (pos < bytes.length) {
    const tlv = readTlv(bytes, pos);
    if (!isUniversal(tlv, TAG.SEQUENCE)) return false;
    pos = tlv.end;
  }
  return pos > 0;
}

/** Range of whole lines `line..endLine`, the last `lastLineLength` characters long. */
function wholeLine(file: string, line: number, lastLineLength: number, endLine = line): SourceRange {
  return { file, line, column: 1, endLine, endColumn: lastLineLength + 1 };
}
