import { hostName, isoDay, type Certificate, type CertificateFacts, type ManifestDisagreement } from '../model/certificate.js';

/**
 * Joins manifest entries that link a committed file (`file:`) with the certificates read
 * from it: the file's facts win, the entry gives the name, `usedBy` and issuer kind, and
 * every fact the entry states differently is kept as a disagreement for
 * `x509/manifest-matches-file`. Each certificate appears once in the result.
 */
export function mergeLinkedCertificates(fromFiles: readonly Certificate[], fromManifests: readonly Certificate[]): Certificate[] {
  const byFile = new Map<string, Certificate[]>();
  for (const certificate of fromFiles) {
    const list = byFile.get(certificate.loc.file) ?? [];
    list.push(certificate);
    byFile.set(certificate.loc.file, list);
  }
  const replaced = new Map<Certificate, Certificate>();
  const merged: Certificate[] = [];
  for (const entry of fromManifests) {
    const candidates = entry.linkedFile === undefined ? undefined : byFile.get(entry.linkedFile);
    if (entry.linkedFile === undefined) {
      merged.push(entry);
      continue;
    }
    if (!candidates?.length) {
      merged.push({ ...entry, linkedFileMissing: true });
      continue;
    }
    // A file of several certificates (a chain): the entry describes its leaf, the one whose names it states, else the first.
    const file = candidates.find((c) => entry.commonName !== undefined && c.commonName?.toLowerCase() === entry.commonName.toLowerCase()) ?? candidates[0];
    replaced.set(file, {
      ...file,
      name: entry.name,
      usedBy: entry.usedBy,
      issuerKind: entry.issuerKind ?? file.issuerKind,
      manifestEntry: { loc: entry.loc, disagreements: disagreementsOf(entry, file) },
    });
  }
  return [...fromFiles.map((c) => replaced.get(c) ?? c), ...merged];
}

type Comparable = Exclude<keyof CertificateFacts, 'issuerKind' | 'selfSigned' | 'basicConstraints'>;

/** How each stated fact is written for comparison (equal text means agreement). */
const SPELLING: Partial<Record<Comparable, (facts: CertificateFacts) => string | undefined>> = {
  commonName: (f) => f.commonName?.toLowerCase(),
  sans: (f) => f.sans && [...f.sans.dns.map(hostName), ...f.sans.ip].sort().join(', '),
  notBefore: (f) => f.notBefore && isoDay(f.notBefore),
  notAfter: (f) => f.notAfter && isoDay(f.notAfter),
  key: (f) => f.key && [f.key.algorithm, f.key.size ?? f.key.curve].filter((part) => part !== undefined).join(' '),
  signature: (f) => f.signature?.algorithm,
  eku: (f) => f.eku && [...f.eku].sort().join(', '),
  serial: (f) => f.serial?.toUpperCase(),
  fingerprint256: (f) => f.fingerprint256?.toUpperCase(),
};

function disagreementsOf(entry: Certificate, file: Certificate): ManifestDisagreement[] {
  const out: ManifestDisagreement[] = [];
  for (const [field, spell] of Object.entries(SPELLING) as Array<[Comparable, (f: CertificateFacts) => string | undefined]>) {
    const stated = spell(entry);
    if (stated === undefined) continue;
    const actual = spell(file) ?? '(absent)';
    if (stated === actual) continue;
    // The subject is stated as a whole DN; the CN is what the rules use, and it is reported at the subject.
    const locField = field === 'commonName' ? 'subject' : field;
    out.push({ field: field === 'commonName' ? 'subject CN' : field, stated, actual, loc: entry.fieldLocs?.[locField] ?? entry.loc });
  }
  return out;
}
