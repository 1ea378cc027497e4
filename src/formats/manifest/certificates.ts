/**
 * `kind: Certificates`: each entry becomes a `Certificate` of source `manifest`. A value
 * that is wrong is reported at the value and left out (the fact is then absent); the
 * rest of the entry is kept. An entry the schema rejected is left out whole, so a
 * misspelt key does not make rules judge a certificate without that field.
 */
import type { SourceRange } from '../../core/types.js';
import type { Certificate, CertificateFacts } from '../../model/certificate.js';
import { parseConfigDate } from '../../core/dates.js';
import { didYouMean } from '../../core/nearest.js';
import { errorAt } from '../shared/yaml/schema-errors.js';
import { pairRange } from '../shared/yaml/index.js';
import { CERTIFICATES_SCHEMA } from './certificates-schema.js';
import type { ManifestContext, ManifestDocument, ManifestKindLoader } from './kind.js';
import { readDistinguishedName, readHostName, readIpAddress, resolveManifestPath } from '../../model/values.js';
import { EC_CURVES, EKU_OIDS, SIGNATURE_ALGORITHMS, ekuName } from './x509-names.js';

/** A document as written, once the schema accepted it. */
interface CertificatesDocument {
  certificates: CertificateEntry[];
}

interface CertificateEntry {
  name: string;
  subject?: string;
  sans?: string[];
  notBefore?: string;
  notAfter?: string;
  issuer?: 'public' | 'private';
  issuerName?: string;
  key?: { algorithm: string; size?: number; curve?: string };
  signature?: string;
  eku?: string[];
  usedBy?: string[];
  file?: string;
}

type FieldName = keyof NonNullable<Certificate['fieldLocs']>;

export const certificatesLoader: ManifestKindLoader<CertificatesDocument> = {
  kind: 'Certificates',
  schema: CERTIFICATES_SCHEMA,
  schemaFile: 'manifest-certificates.schema.json',
  describeValue: ({ error, segments, path, range }) => {
    const field = segments[segments.length - 1];
    if (error.keyword !== 'pattern' || (field !== 'notBefore' && field !== 'notAfter')) return undefined;
    return errorAt(range, 'manifest/invalid-date', `${path}: '${String(error.data)}' is not a date (YYYY-MM-DD)`);
  },
  convert(document, data, context) {
    if (!Array.isArray(data.certificates)) return {};
    const certificates: Certificate[] = [];
    data.certificates.forEach((entry, index) => {
      if (context.isValid(['certificates', index])) certificates.push(convertEntry(entry, ['certificates', String(index)], document, context));
    });
    return { certificates };
  },
};

function convertEntry(entry: CertificateEntry, base: string[], document: ManifestDocument, context: ManifestContext): Certificate {
  const { locator } = context;
  const valueAt = (...rest: Array<string | number>): SourceRange => locator.value([...base, ...rest.map(String)]);
  const pathOf = (...rest: Array<string | number>): string => context.path([...base, ...rest]);
  const fieldLocs: NonNullable<Certificate['fieldLocs']> = {};
  /** The key and value of a written field, for findings on it. */
  const located = (field: FieldName, written: string): void => {
    const pair = locator.entry([...base, written]);
    if (pair) fieldLocs[field] = pairRange(pair);
  };

  const certificate: Certificate = { source: 'manifest', name: entry.name, loc: locator.value(base), usedBy: [], fieldLocs };
  const first = context.firstUse('certificate', entry.name, valueAt('name'));
  if (first) {
    context.report(valueAt('name'), 'duplicate-name', `duplicate certificate name '${entry.name}' (first at line ${first.line}, column ${first.column})`);
  }

  if (entry.subject !== undefined) {
    const subject = readDistinguishedName(entry.subject);
    if (subject) {
      certificate.subject = subject.text;
      located('subject', 'subject');
      if (subject.commonName !== undefined) {
        certificate.commonName = subject.commonName;
        located('commonName', 'subject');
      }
    } else {
      const hint = entry.subject.includes('=') ? ' (CN=sip.contoso.com, O=Contoso)' : `; write CN=${entry.subject}`;
      context.report(valueAt('subject'), 'invalid-subject', `${pathOf('subject')}: '${entry.subject}' is not a distinguished name${hint}`);
    }
  }

  if (entry.sans !== undefined) {
    const sans: NonNullable<CertificateFacts['sans']> = { dns: [], ip: [] };
    entry.sans.forEach((text, index) => {
      const ip = readIpAddress(text);
      const dns = ip === undefined ? readHostName(text, { wildcard: true }) : undefined;
      if (ip !== undefined) sans.ip.push(ip);
      else if (dns !== undefined) sans.dns.push(dns);
      else context.report(valueAt('sans', index), 'invalid-san', `${pathOf('sans', index)}: '${text}' is neither a host name nor an IP address`);
    });
    certificate.sans = sans;
    located('sans', 'sans');
  }

  convertValidity(entry, certificate, context, valueAt, pathOf);
  for (const field of ['notBefore', 'notAfter'] as const) if (certificate[field]) located(field, field);

  if (entry.issuer !== undefined) {
    certificate.issuerKind = entry.issuer;
    located('issuerKind', 'issuer');
  }
  if (entry.issuerName !== undefined) {
    certificate.issuer = readDistinguishedName(entry.issuerName)?.text ?? entry.issuerName;
    located('issuer', 'issuerName');
  }

  if (entry.key !== undefined) {
    certificate.key = convertKey(entry.key, context, valueAt, pathOf);
    located('key', 'key');
  }

  if (entry.signature !== undefined) {
    const { hash, pss } = SIGNATURE_ALGORITHMS[entry.signature];
    certificate.signature = hash === undefined ? { algorithm: entry.signature, pss } : { algorithm: entry.signature, hash, pss };
    located('signature', 'signature');
  }

  if (entry.eku !== undefined) {
    const eku: string[] = [];
    entry.eku.forEach((text, index) => {
      const name = ekuName(text);
      if (name !== undefined) {
        eku.push(name);
        return;
      }
      const hint = didYouMean(text, Object.keys(EKU_OIDS)) || `; use a name such as serverAuth or clientAuth, or an OID`;
      context.report(valueAt('eku', index), 'unknown-eku', `${pathOf('eku', index)}: unknown extended key usage '${text}'${hint}`);
    });
    certificate.eku = eku;
    located('eku', 'eku');
  }

  if (entry.usedBy !== undefined) {
    entry.usedBy.forEach((text, index) => {
      const host = readHostName(text);
      if (host !== undefined) certificate.usedBy.push(host);
      else context.report(valueAt('usedBy', index), 'invalid-host', `${pathOf('usedBy', index)}: '${text}' is not a host name`);
    });
    located('usedBy', 'usedBy');
  }

  if (entry.file !== undefined) {
    const linked = resolveManifestPath(document.file, entry.file);
    if (linked !== undefined) {
      certificate.linkedFile = linked;
      located('file', 'file');
    } else {
      context.report(valueAt('file'), 'invalid-file', `${pathOf('file')}: '${entry.file}' must be a path relative to the manifest's directory, inside the lint root`);
    }
  }
  return certificate;
}

type ValueAt = (...rest: Array<string | number>) => SourceRange;
type PathOf = (...rest: Array<string | number>) => string;

function convertValidity(entry: CertificateEntry, certificate: Certificate, context: ManifestContext, valueAt: ValueAt, pathOf: PathOf): void {
  for (const field of ['notBefore', 'notAfter'] as const) {
    const text = entry[field];
    if (text === undefined) continue;
    const date = parseConfigDate(text);
    if (date) certificate[field] = date;
    else context.report(valueAt(field), 'invalid-date', `${pathOf(field)}: '${text}' is not a valid date`);
  }
  const { notBefore, notAfter } = certificate;
  if (notBefore && notAfter && notAfter < notBefore) {
    context.report(valueAt('notAfter'), 'date-order', `${pathOf('notAfter')} ${entry.notAfter} is before notBefore ${entry.notBefore}`);
  }
}

/** The key as written, less what contradicts the algorithm (each reported at its value). */
function convertKey(key: NonNullable<CertificateEntry['key']>, context: ManifestContext, valueAt: ValueAt, pathOf: PathOf): NonNullable<CertificateFacts['key']> {
  const result: NonNullable<CertificateFacts['key']> = { algorithm: key.algorithm };
  const curve = key.curve === undefined ? undefined : EC_CURVES[key.curve];
  if (curve && key.algorithm !== 'ec') {
    context.report(valueAt('key', 'curve'), 'invalid-key', `${pathOf('key', 'curve')}: only ec keys have a curve, this key is ${key.algorithm}`);
  } else if (curve) {
    result.curve = curve.name;
    result.size = curve.size;
  }
  if (key.size === undefined) return result;
  if (key.algorithm === 'ed25519' || key.algorithm === 'ed448') {
    context.report(valueAt('key', 'size'), 'invalid-key', `${pathOf('key', 'size')}: ${key.algorithm} keys have no size to choose`);
  } else if (result.curve && result.size !== key.size) {
    context.report(valueAt('key', 'size'), 'invalid-key', `${pathOf('key', 'size')}: ${key.size} does not match curve ${result.curve} (${result.size} bits)`);
  } else {
    result.size = key.size;
  }
  return result;
}
