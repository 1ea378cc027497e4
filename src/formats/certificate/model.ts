import type { Severity } from '../../core/types.js';

export interface CertificateLimits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most certificates read from one file; the rest are left out with a diagnostic. */
  maxCertificates: number;
  /** Deepest nesting of constructed ASN.1 elements accepted before any parser sees the bytes. */
  maxDerDepth: number;
  /** Highest PKCS#12 key-derivation or MAC iteration count run (OpenSSL writes 2048, Windows 2000 to 10000). */
  maxPkcs12Iterations: number;
}

export const DEFAULT_CERTIFICATE_LIMITS: Readonly<CertificateLimits> = {
  maxFileBytes: 16 * 1024 * 1024,
  maxCertificates: 1000,
  maxDerDepth: 32,
  maxPkcs12Iterations: 1_000_000,
};

/** A problem found inside a container; the caller gives it its place in the file. */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
}

/** What a container reader found: each certificate's DER in order, and problems. */
export interface ContainerResult {
  certificates: Uint8Array[];
  problems: Problem[];
  /** PKCS#12: the file holds a private key that anyone can take out of it, with no password. */
  keyWithoutPassword?: boolean;
}

export const problem = (code: string, message: string, severity: Severity = 'error'): Problem => ({ code: `certificate/${code}`, severity, message });
