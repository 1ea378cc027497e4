import type { Located, SourceRange } from '../core/types.js';

/**
 * A private key found in a file of the linted tree: a PEM block (in any file uclint reads),
 * a key file (`*.key`, DER or PEM, an SSH or DNSSEC private key), or the key bags of a
 * PKCS#12 file that opens without a password. Only where it is and what it is; the key
 * itself is never kept.
 */
export interface PrivateKey extends Located {
  /** The PEM block's lines, or line 1 of a binary or DNSSEC key file. */
  loc: SourceRange;
  /** What was found, in words for messages: `RSA PRIVATE KEY PEM block`, `PKCS#8 private key (DER)`, `DNSSEC private key`. */
  what: string;
  /** The key is encrypted with a passphrase: still a secret in the repository, whose passphrase can be attacked offline. */
  encrypted: boolean;
  /** Found in a PKCS#12 file that opens without a password. */
  pkcs12?: boolean;
}
