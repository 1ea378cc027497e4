import { defineRule } from '../../src/engine/rule.js';

export default defineRule<Record<string, never>, 'committed' | 'committedEncrypted'>({
  id: 'x509/private-key-committed',
  meta: {
    description: 'No private key is committed: no PRIVATE KEY block in any file read, no key file, no PKCS#12 file that opens without a password',
    rationale: [
      'A private key in a repository belongs to everyone who can read the repository, every clone of it and',
      'every copy of its history: whoever holds it can impersonate the server its certificate names (an Edge,',
      'a pool, an SBC), decrypt what was recorded of its traffic where no forward secrecy was negotiated, or',
      'sign zones with a DNSSEC key. Deleting the file in a new commit does not take it out of the history.',
      '',
      'Found: a PEM block whose label names a private key (`PRIVATE KEY`, `RSA PRIVATE KEY`,',
      '`EC PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `OPENSSH PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`) in any',
      'file uclint reads, when its body is a key (a placeholder between the lines is not); a `*.key` file',
      'holding a private key, PEM or DER (BIND\'s public `K*.key` DNSKEY files are not read); BIND\'s DNSSEC',
      '`K*.private` files; a file of no known extension holding a private-key block (`id_rsa`); and a PKCS#12',
      'file (`.pfx`, `.p12`) whose key anyone can take out: a key bag outside encryption, or a file that opens',
      'with the empty password. An encrypted key is reported too: its passphrase can be attacked offline, at',
      'leisure, from any clone. The message names what was found, never a byte of the key.',
      '',
      '**Fix:** remove the file from the whole history, not only from the last commit',
      '(`git filter-repo --invert-paths --path <file>`, or BFG Repo-Cleaner\'s `--delete-files`), force-push,',
      'and have every clone made again; then treat the key as compromised and rotate it: a new key, new',
      'certificates for it, the old certificates revoked (for a DNSSEC key, a key rollover). Keep keys in a',
      'secret store or on the servers, and PKCS#12 exports under a password held outside the repository',
      '(uclint reads such a file with the password from the environment variable `certificates.passwords`',
      'names).',
    ].join('\n'),
    severity: 'error',
    families: 'all',
    recommended: true,
    citations: [
      { source: 'GitHub Docs', section: 'Removing sensitive data from a repository (data pushed is compromised; rewrite history, rotate)' },
      { source: 'git filter-repo documentation', section: '--invert-paths, --path (removing a file from every commit)' },
      { source: 'NIST SP 800-57 Part 1 Rev. 5', section: '5.5 (Compromise of keys and other keying material)' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      committed:
        'a private key is committed here ({{what}}): whoever can read the repository or any copy of its history holds it. Remove it from the history (git filter-repo or BFG Repo-Cleaner) and rotate it (a new key; re-issue what the old one certified or signed, and revoke its certificates)',
      committedEncrypted:
        'an encrypted private key is committed here ({{what}}): its passphrase can be attacked offline from any copy of the history. Remove it from the history (git filter-repo or BFG Repo-Cleaner) and rotate it (a new key; re-issue what the old one certified or signed, and revoke its certificates)',
    },
  },
  check({ estate, report }) {
    for (const key of estate.privateKeys) {
      report({ node: key, messageId: key.encrypted ? 'committedEncrypted' : 'committed', data: { what: key.what } });
    }
  },
});
