/**
 * PKCS#12 (`.pfx`, `.p12`, RFC 7292): the certificates of every CertBag. The structure is
 * walked with the DER reader so that every iteration count is checked before any key is
 * derived, and so that private-key bags are never decrypted (uclint needs no keys; that a
 * file gives its key to anyone is known from the bags and the password that opened it).
 * node-forge does the PKCS#12 cryptography: the MAC key derivation (RFC 7292 appendix B)
 * and the decryption of encrypted SafeContents, legacy (pbeWithSHA1And40BitRC2-CBC,
 * pbeWithSHA1And3-KeyTripleDES-CBC) and PBES2 (PBKDF2 with AES-CBC, OpenSSL 3's default).
 */
import { thousands } from '../../core/words.js';
import { createDecipheriv, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import forge from 'node-forge';
import type { Tlv } from '../shared/der.js';
import { TAG, children, derDepthProblem, element, isContext, isUniversal, octets, oid, readTlv, sequence, smallInteger } from '../shared/der.js';
import type { CertificateLimits, ContainerResult, Problem } from './model.js';
import { problem } from './model.js';
import { DIGESTS, OID, PBES2_CIPHERS, PBKDF2_PRFS, PKCS12_PBE, PKCS12_PBE_UNSUPPORTED } from './oids.js';

export interface Pkcs12Password {
  /** Undefined when the configuration names no password. */
  password?: string;
  passwordVariable?: string;
}

/** True when `der` starts like a PFX: SEQUENCE { INTEGER 3, SEQUENCE { OID, ... } }. */
export function looksLikePkcs12(der: Uint8Array): boolean {
  const top = readTlv(der, 0);
  if (!isUniversal(top, TAG.SEQUENCE) || !top.constructed) return false;
  const version = readTlv(der, top.contentStart, top.contentEnd);
  return version !== undefined && smallInteger(der, version) === 3;
}

/** Key-derivation iterations one run may spend on all its PKCS#12 files (node-forge derives keys in JavaScript, about 12 s a million). */
export const RUN_PKCS12_ITERATIONS = 4_000_000;

/**
 * What is left of a run's key derivations, shared by every PKCS#12 file it reads: each file
 * is bounded on its own, and many files each under that bound would together take minutes.
 * A file whose derivations would pass what is left is not read (a diagnostic says why).
 */
export class Pkcs12Budget {
  remaining: number;

  constructor(readonly bound = RUN_PKCS12_ITERATIONS) {
    this.remaining = bound;
  }
}

class Pkcs12Failure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function fail(code: string, message: string, severity: Problem['severity'] = 'error'): never {
  throw new Pkcs12Failure(problem(code, message, severity));
}

/** Reads the PFX in `der` (depth-checked by the caller). */
export function readPkcs12(der: Uint8Array, secret: Pkcs12Password, limits: CertificateLimits, budget?: Pkcs12Budget): ContainerResult {
  // The walk below throws only Pkcs12Failure, which becomes the one diagnostic of the file.
  const reader = new Pkcs12Reader(secret, limits, budget);
  try {
    return reader.read(der);
  } catch (error) {
    // A key bag outside encryption is readable even when the password is missing or wrong.
    const key = reader.keyWithoutPassword ? { keyWithoutPassword: true } : {};
    if (error instanceof Pkcs12Failure) return { certificates: [], problems: [error.problem], ...key };
    return { certificates: [], problems: [problem('pkcs12-invalid', `not a readable PKCS#12 file: ${error instanceof Error ? error.message : String(error)}`)], ...key };
  }
}

class Pkcs12Reader {
  private readonly certificates: Uint8Array[] = [];
  private readonly problems: Problem[] = [];
  /** Whether the password was proven right by the MAC (then a decryption failure is corruption, not the password). */
  private macVerified = false;
  /**
   * A key bag anyone can read: a plain key bag in a safe that needed no password, or any key
   * bag of a file that opens without one (its MAC verifies with the empty password, the
   * password OpenSSL and Windows use when the exporter leaves it empty, and with which they
   * encrypt the key bag too).
   */
  keyWithoutPassword = false;

  constructor(
    private readonly secret: Pkcs12Password,
    private readonly limits: CertificateLimits,
    private readonly budget: Pkcs12Budget | undefined,
  ) {}

  read(der: Uint8Array): ContainerResult {
    const pfx = sequence(der, readTlv(der, 0));
    if (!pfx || pfx.length < 2 || smallInteger(der, pfx[0]) !== 3) fail('pkcs12-invalid', 'not a readable PKCS#12 file: the PFX structure is malformed');
    const authSafe = sequence(der, pfx[1]);
    const contentType = authSafe ? oid(der, authSafe[0]) : undefined;
    if (contentType !== OID.pkcs7Data) {
      fail('pkcs12-unsupported', `PKCS#12 files protected by public-key signatures (content type ${contentType ?? 'unknown'}) are not supported; export with a password`);
    }
    const authSafeBytes = explicitOctets(der, authSafe?.[1]);
    if (!authSafeBytes) fail('pkcs12-invalid', 'not a readable PKCS#12 file: the authenticated safe is malformed');
    const safes = sequence(authSafeBytes, this.checked(authSafeBytes));
    if (!safes) fail('pkcs12-invalid', 'not a readable PKCS#12 file: the authenticated safe is malformed');
    this.checkTotalIterations(der, pfx[2], authSafeBytes, safes);
    this.findPlainKeyBags(authSafeBytes, safes);
    if (pfx[2]) this.verifyMac(der, pfx[2], authSafeBytes);

    for (const contentInfo of safes) this.readContentInfo(authSafeBytes, contentInfo);
    return { certificates: this.certificates, problems: this.problems, ...(this.keyWithoutPassword ? { keyWithoutPassword: true } : {}) };
  }

  /**
   * Every key derivation the file asks for (the MAC and each encrypted safe), added up
   * before the first one runs: many safes each under the bound would together take
   * minutes (node-forge derives keys in JavaScript, about 12 s a million PBKDF2 rounds).
   */
  private checkTotalIterations(der: Uint8Array, macTlv: Tlv | undefined, authSafeBytes: Uint8Array, safes: Tlv[]): void {
    // A count over the bound on its own is reported with its own message; a malformed one where it is read.
    const counted = (count: number | undefined, what: string): number => (count !== undefined && count >= 1 ? this.checkIterations(count, what) : 0);
    const macData = macTlv ? sequence(der, macTlv) : undefined;
    let total = macData?.[2] ? counted(smallInteger(der, macData[2]), 'MAC') : 1;
    for (const tlv of safes) {
      const contentInfo = sequence(authSafeBytes, tlv);
      if (!contentInfo || oid(authSafeBytes, contentInfo[0]) !== OID.pkcs7EncryptedData) continue;
      const derivation = this.encryption(authSafeBytes, contentInfo[1])?.derivation;
      if (derivation) total += counted(derivation.iterations, derivation.what);
    }
    if (total > this.limits.maxPkcs12Iterations) {
      const shown = Number.isFinite(total) ? thousands(total) : 'more than 2^48';
      fail('pkcs12-iterations', `the PKCS#12 key derivations ask for ${shown} iterations in all, over the bound of ${thousands(this.limits.maxPkcs12Iterations)}; the file is not read`);
    }
    const budget = this.budget;
    if (budget) {
      if (total > budget.remaining) {
        fail(
          'pkcs12-iterations',
          `the PKCS#12 key derivations ask for ${thousands(total)} iterations, more than the ${thousands(budget.remaining)} left of the bound of ${thousands(budget.bound)} for all PKCS#12 files of one run; the file is not read`,
        );
      }
      budget.remaining -= total;
    }
  }

  /** The parts of an encrypted safe, with its iteration count when the scheme is one uclint reads. */
  private encryption(bytes: Uint8Array, explicit: Tlv | undefined): { algorithm: Tlv[]; ciphertext: Uint8Array; derivation?: { iterations: number | undefined; what: string } } | undefined {
    const inner = isContext(explicit, 0) ? children(bytes, explicit) : undefined;
    const encryptedData = inner && inner.length === 1 ? sequence(bytes, inner[0]) : undefined;
    const info = encryptedData ? sequence(bytes, encryptedData[1]) : undefined;
    const algorithm = info ? sequence(bytes, info[1]) : undefined;
    const ciphertext = info && isContext(info[2], 0) ? octets(bytes, info[2], true) : undefined;
    if (!algorithm || !ciphertext) return undefined;
    const scheme = oid(bytes, algorithm[0]);
    if (scheme === OID.pbes2) {
      const kdf = sequence(bytes, sequence(bytes, algorithm[1])?.[0]);
      if (!kdf || oid(bytes, kdf[0]) !== OID.pbkdf2) return { algorithm, ciphertext };
      const kdfParams = sequence(bytes, kdf[1]);
      return { algorithm, ciphertext, derivation: { iterations: kdfParams ? smallInteger(bytes, kdfParams[1]) : undefined, what: 'PBKDF2 key derivation' } };
    }
    if (scheme !== undefined && PKCS12_PBE[scheme]) {
      const fields = sequence(bytes, algorithm[1]);
      return { algorithm, ciphertext, derivation: { iterations: fields ? smallInteger(bytes, fields[1]) : undefined, what: `${PKCS12_PBE[scheme]} key derivation` } };
    }
    return { algorithm, ciphertext };
  }

  /** The top element of a decoded blob, once its nesting is known to be within bounds. */
  private checked(bytes: Uint8Array): Tlv | undefined {
    const issue = derDepthProblem(bytes, this.limits.maxDerDepth);
    if (issue?.kind === 'depth') fail('der-too-deep', `ASN.1 nesting deeper than ${this.limits.maxDerDepth} levels inside the PKCS#12 file`);
    if (issue) fail('pkcs12-invalid', 'not a readable PKCS#12 file: malformed ASN.1 inside it');
    return readTlv(bytes, 0);
  }

  private password(): string {
    return this.secret.password ?? '';
  }

  private passwordName(): string {
    return this.secret.passwordVariable ? `the environment variable ${this.secret.passwordVariable}` : 'no variable';
  }

  private checkIterations(count: number | undefined, what: string): number {
    if (count === undefined || count < 1) fail('pkcs12-invalid', `not a readable PKCS#12 file: the ${what} iteration count is malformed`);
    if (count > this.limits.maxPkcs12Iterations) {
      const shown = Number.isFinite(count) ? thousands(count) : 'more than 2^48';
      fail('pkcs12-iterations', `the PKCS#12 ${what} asks for ${shown} iterations, over the bound of ${thousands(this.limits.maxPkcs12Iterations)}; the file is not read`);
    }
    return count;
  }

  private wrongPassword(detail: string): never {
    if (this.secret.password === undefined) {
      return fail(
        'pkcs12-password-missing',
        `the PKCS#12 file is protected by a password and none is configured${this.secret.passwordVariable ? ` (the environment variable ${this.secret.passwordVariable} is not set)` : ''}; its certificates are not checked`,
        'warning',
      );
    }
    return fail('pkcs12-bad-password', `the password in ${this.passwordName()} does not open this PKCS#12 file (${detail})`);
  }

  /** MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }. */
  private verifyMac(der: Uint8Array, macTlv: Tlv, authSafeBytes: Uint8Array): void {
    const macData = sequence(der, macTlv);
    const digestInfo = macData ? sequence(der, macData[0]) : undefined;
    const algorithm = digestInfo ? sequence(der, digestInfo[0]) : undefined;
    const expected = digestInfo ? octets(der, digestInfo[1]) : undefined;
    const salt = macData ? octets(der, macData[1]) : undefined;
    if (!macData || !algorithm || !expected || !salt) fail('pkcs12-invalid', 'not a readable PKCS#12 file: the MAC is malformed');
    const iterations = this.checkIterations(macData[2] ? smallInteger(der, macData[2]) : 1, 'MAC');
    const digestOid = oid(der, algorithm[0]) ?? 'unknown';
    const digest = DIGESTS[digestOid];
    const md = digest ? forgeDigest(digest) : undefined;
    if (!md) return fail('pkcs12-unsupported', `the PKCS#12 MAC uses the digest ${digest ?? digestOid}, which uclint does not support`);
    const key = forge.pkcs12.generateKey(this.password(), forge.util.createBuffer(binary(salt)), 3, iterations, md.digestLength, md);
    const actual = createHmac(digest, Buffer.from(key.getBytes(), 'binary')).update(authSafeBytes).digest();
    if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) this.wrongPassword('MAC verification failed');
    this.macVerified = true;
  }

  private readContentInfo(bytes: Uint8Array, tlv: Tlv): void {
    const contentInfo = sequence(bytes, tlv);
    const type = contentInfo ? oid(bytes, contentInfo[0]) : undefined;
    if (type === OID.pkcs7Data) {
      const safeContents = explicitOctets(bytes, contentInfo?.[1]);
      if (!safeContents) fail('pkcs12-invalid', 'not a readable PKCS#12 file: a SafeContents is malformed');
      this.readSafeContents(safeContents, false);
    } else if (type === OID.pkcs7EncryptedData) {
      this.readSafeContents(this.decrypt(bytes, contentInfo?.[1]), true);
    } else {
      this.problems.push(problem('pkcs12-unsupported', `a PKCS#12 safe of content type ${type ?? 'unknown'} (public-key encrypted) is skipped`, 'warning'));
    }
  }

  /** [0] EXPLICIT EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { contentType, algorithm, [0] IMPLICIT OCTET STRING } }. */
  private decrypt(bytes: Uint8Array, explicit: Tlv | undefined): Uint8Array {
    const parts = this.encryption(bytes, explicit);
    if (!parts) return fail('pkcs12-invalid', 'not a readable PKCS#12 file: an encrypted safe is malformed');
    const { algorithm, ciphertext } = parts;
    const scheme = oid(bytes, algorithm[0]) ?? 'unknown';
    const params = algorithm[1];
    const password = this.password();
    if (scheme === OID.pbes2) {
      this.checkPbes2(bytes, params);
      return this.checkedPlainText(decryptPbes2(bytes, params, password, ciphertext));
    } else if (PKCS12_PBE[scheme]) {
      const fields = sequence(bytes, params);
      this.checkIterations(fields ? smallInteger(bytes, fields[1]) : undefined, `${PKCS12_PBE[scheme]} key derivation`);
    } else {
      return fail('pkcs12-unsupported', `the PKCS#12 certificates are encrypted with ${PKCS12_PBE_UNSUPPORTED[scheme] ?? scheme}, which uclint cannot decrypt`);
    }
    let plain: string | undefined;
    try {
      const cipher = getCipher(scheme, forge.asn1.fromDer(binary(element(bytes, params))), password);
      cipher.update(forge.util.createBuffer(binary(ciphertext)));
      plain = cipher.finish() ? cipher.output.getBytes() : undefined;
    } catch (error) {
      return fail('pkcs12-unsupported', `the PKCS#12 encryption parameters are not supported: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.checkedPlainText(plain === undefined ? undefined : Buffer.from(plain, 'binary'));
  }

  /** Wrong padding, or contents that are not DER, after decryption: the password is wrong unless the MAC said it is right. */
  private checkedPlainText(decrypted: Uint8Array | undefined): Uint8Array {
    if (!decrypted || derDepthProblem(decrypted, this.limits.maxDerDepth)?.kind === 'malformed') {
      if (!this.macVerified) this.wrongPassword('decryption failed');
      fail('pkcs12-invalid', 'not a readable PKCS#12 file: an encrypted safe does not decrypt to SafeContents');
    }
    return decrypted;
  }

  /** PBES2-params ::= SEQUENCE { keyDerivationFunc { pbkdf2, PBKDF2-params { salt, iterationCount, ... } }, encryptionScheme }. */
  private checkPbes2(bytes: Uint8Array, params: Tlv | undefined): void {
    const fields = sequence(bytes, params);
    const kdf = fields ? sequence(bytes, fields[0]) : undefined;
    const cipher = fields ? sequence(bytes, fields[1]) : undefined;
    if (!kdf || oid(bytes, kdf[0]) !== OID.pbkdf2) fail('pkcs12-unsupported', 'the PKCS#12 PBES2 key derivation is not PBKDF2');
    const cipherOid = cipher ? oid(bytes, cipher[0]) : undefined;
    if (!cipherOid || !PBES2_CIPHERS[cipherOid]) fail('pkcs12-unsupported', `the PKCS#12 certificates are encrypted with ${cipherOid ?? 'an unknown cipher'}, which uclint cannot decrypt`);
    const kdfParams = sequence(bytes, kdf[1]);
    this.checkIterations(kdfParams ? smallInteger(bytes, kdfParams[1]) : undefined, 'PBKDF2 key derivation');
  }

  /**
   * Key bags in safes that are not encrypted: readable by anyone, whatever the password
   * (the MAC proves integrity, it hides nothing). Looked for before the MAC is checked, so a
   * file whose password is missing or wrong still tells. A malformed safe is left to the
   * reading that follows, which reports it.
   */
  private findPlainKeyBags(bytes: Uint8Array, safes: Tlv[]): void {
    try {
      for (const tlv of safes) {
        const contentInfo = sequence(bytes, tlv);
        if (!contentInfo || oid(bytes, contentInfo[0]) !== OID.pkcs7Data) continue;
        const safeContents = explicitOctets(bytes, contentInfo[1]);
        if (safeContents && this.bags(safeContents).some((bag) => bag.id === OID.pkcs12KeyBag)) this.keyWithoutPassword = true;
      }
    } catch (error) {
      if (!(error instanceof Pkcs12Failure)) throw error;
    }
  }

  private readSafeContents(bytes: Uint8Array, encrypted: boolean): void {
    const noPassword = !this.secret.password;
    for (const bag of this.bags(bytes)) {
      if (bag.id === OID.pkcs12CertBag) this.readCertBag(bytes, bag.value);
      // A key bag in a safe the empty password decrypted.
      else if (bag.id === OID.pkcs12KeyBag && noPassword) this.keyWithoutPassword = true;
      // The empty password opened the file: its MAC verified with it, or this safe decrypted with it (exporters encrypt the key with the same password).
      else if (bag.id === OID.pkcs12ShroudedKeyBag && noPassword && (this.macVerified || encrypted)) this.keyWithoutPassword = true;
      // CRL and secret bags hold nothing uclint checks.
    }
  }

  /** SafeContents ::= SEQUENCE OF SafeBag { bagId, [0] EXPLICIT bagValue, bagAttributes }: every bag, nested SafeContents bags walked with a queue. */
  private bags(bytes: Uint8Array): Array<{ id: string | undefined; value: Tlv }> {
    const out: Array<{ id: string | undefined; value: Tlv }> = [];
    const queue: Tlv[] = [];
    const top = sequence(bytes, this.checked(bytes));
    if (!top) fail('pkcs12-invalid', 'not a readable PKCS#12 file: a SafeContents is malformed');
    queue.push(...top);
    while (queue.length > 0) {
      const bag = sequence(bytes, queue.shift());
      const id = bag ? oid(bytes, bag[0]) : undefined;
      const value = bag && isContext(bag[1], 0) ? children(bytes, bag[1]) : undefined;
      if (!value || value.length !== 1) fail('pkcs12-invalid', 'not a readable PKCS#12 file: a SafeBag is malformed');
      if (id === OID.pkcs12SafeContentsBag) queue.push(...(sequence(bytes, value[0]) ?? []));
      else out.push({ id, value: value[0] });
    }
    return out;
  }

  /** CertBag ::= SEQUENCE { certId, certValue [0] EXPLICIT OCTET STRING }. */
  private readCertBag(bytes: Uint8Array, tlv: Tlv): void {
    const certBag = sequence(bytes, tlv);
    const certId = certBag ? oid(bytes, certBag[0]) : undefined;
    if (certId !== OID.x509Certificate) {
      this.problems.push(problem('pkcs12-unsupported', `a PKCS#12 certificate bag of type ${certId ?? 'unknown'} (not X.509) is skipped`, 'info'));
      return;
    }
    const certificate = explicitOctets(bytes, certBag?.[1]);
    if (!certificate) fail('pkcs12-invalid', 'not a readable PKCS#12 file: a certificate bag is malformed');
    this.certificates.push(certificate);
  }
}

/** `[0] EXPLICIT OCTET STRING`: the octets inside. */
function explicitOctets(bytes: Uint8Array, tlv: Tlv | undefined): Uint8Array | undefined {
  const inner = isContext(tlv, 0) ? children(bytes, tlv) : undefined;
  return inner && inner.length === 1 ? octets(bytes, inner[0]) : undefined;
}

function binary(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('binary');
}

function forgeDigest(name: string): forge.md.MessageDigest | undefined {
  switch (name) {
    case 'sha1':
      return forge.md.sha1.create();
    case 'sha256':
      return forge.md.sha256.create();
    case 'sha384':
      return forge.md.sha384.create();
    case 'sha512':
      return forge.md.sha512.create();
    case 'md5':
      return forge.md.md5.create();
    default:
      return undefined;
  }
}

/** Node's names and key lengths of the PBES2 ciphers in PBES2_CIPHERS. */
const PBES2_NODE_CIPHERS: Record<string, { name: string; keyLength: number; ivLength: number }> = {
  'AES-128-CBC': { name: 'aes-128-cbc', keyLength: 16, ivLength: 16 },
  'AES-192-CBC': { name: 'aes-192-cbc', keyLength: 24, ivLength: 16 },
  'AES-256-CBC': { name: 'aes-256-cbc', keyLength: 32, ivLength: 16 },
  'DES-EDE3-CBC': { name: 'des-ede3-cbc', keyLength: 24, ivLength: 8 },
};

/**
 * PBES2 (RFC 8018) with Node's PBKDF2 and ciphers rather than node-forge's: PBKDF2 in
 * JavaScript took 1.6 s for 200,000 iterations, native about a twentieth of that, so a file at
 * the iteration bound is read in well under a second. Undefined when the padding is wrong
 * (a wrong password); malformed parameters are `pkcs12-invalid`. `checkPbes2` ran first.
 */
function decryptPbes2(bytes: Uint8Array, params: Tlv | undefined, password: string, ciphertext: Uint8Array): Uint8Array | undefined {
  const fields = sequence(bytes, params);
  const kdfParams = fields ? sequence(bytes, sequence(bytes, fields[0])?.[1]) : undefined;
  const scheme = fields ? sequence(bytes, fields[1]) : undefined;
  const salt = kdfParams ? octets(bytes, kdfParams[0]) : undefined;
  const iterations = kdfParams ? smallInteger(bytes, kdfParams[1]) : undefined;
  const cipher = scheme ? PBES2_NODE_CIPHERS[PBES2_CIPHERS[oid(bytes, scheme[0]) ?? ''] ?? ''] : undefined;
  const iv = scheme ? octets(bytes, scheme[1]) : undefined;
  if (!kdfParams || !salt || iterations === undefined || !cipher || !iv) return fail('pkcs12-invalid', 'not a readable PKCS#12 file: the PBES2 parameters are malformed');
  // PBKDF2-params ::= SEQUENCE { salt, iterationCount, keyLength INTEGER OPTIONAL, prf AlgorithmIdentifier DEFAULT hmacWithSHA1 }.
  let keyLength = cipher.keyLength;
  let prf = 'hmacWithSHA1';
  for (const optional of kdfParams.slice(2)) {
    if (isUniversal(optional, TAG.INTEGER)) keyLength = smallInteger(bytes, optional) ?? keyLength;
    else {
      const prfOid = oid(bytes, sequence(bytes, optional)?.[0]) ?? '';
      prf = PBKDF2_PRFS[prfOid] ?? fail('pkcs12-unsupported', `the PKCS#12 PBKDF2 uses the pseudo-random function ${prfOid || 'unknown'}, which uclint does not support`);
    }
  }
  if (iv.length !== cipher.ivLength) return fail('pkcs12-invalid', `not a readable PKCS#12 file: the ${cipher.name} IV is ${iv.length} bytes, not ${cipher.ivLength}`);
  if (keyLength !== cipher.keyLength) return fail('pkcs12-invalid', `not a readable PKCS#12 file: the PBKDF2 key length ${keyLength} does not fit ${cipher.name}`);
  try {
    // RFC 8018: the password's UTF-8 bytes.
    const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, keyLength, prf.replace('hmacWith', '').toLowerCase());
    const decipher = createDecipheriv(cipher.name, key, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // Bad padding: what a wrong password (or a damaged ciphertext) gives.
    return undefined;
  }
}

/** node-forge's decryption for password-based schemes; typed here because @types/node-forge omits `pki.pbe`. */
function getCipher(scheme: string, params: forge.asn1.Asn1, password: string): forge.cipher.BlockCipher {
  const pbe = (forge.pki as unknown as { pbe: { getCipher(oid: string, params: forge.asn1.Asn1, password: string): forge.cipher.BlockCipher } }).pbe;
  return pbe.getCipher(scheme, params, password);
}
