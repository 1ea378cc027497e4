/**
 * JSON Schema of a `kind: Certificates` document. `schemas/manifest-certificates.schema.json`
 * ships the same object for editors (`npm run generate` writes it; a test keeps the two
 * equal). What a schema cannot say well (dates that do not exist, SAN syntax, EKU names
 * or OIDs, key sizes against curves) the converter checks.
 */
import { DATE_PATTERN } from '../../core/dates.js';
import { documentSchema } from './kind.js';
import { EC_CURVES, KEY_ALGORITHMS, SIGNATURE_ALGORITHMS } from './x509-names.js';

const nonEmptyString = { type: 'string', minLength: 1 };

const date = (description: string) => ({ type: 'string', pattern: DATE_PATTERN, description });

export const CERTIFICATES_SCHEMA = documentSchema('Certificates', 'uclint manifest: kind Certificates', {
  required: ['certificates'],
  properties: {
    certificates: {
      description: 'Certificates the deployment uses that are not committed as files, or that link the committed file.',
      type: 'array',
      items: { $ref: '#/definitions/certificate' },
    },
  },
  definitions: {
    certificate: {
      type: 'object',
      additionalProperties: false,
      required: ['name'],
      properties: {
        name: { ...nonEmptyString, description: 'Name of the certificate, unique in the file; findings use it.' },
        subject: {
          ...nonEmptyString,
          description: 'Subject distinguished name, `CN=sip.contoso.com, O=Contoso`; the common name is its CN.',
          examples: ['CN=sip.contoso.com, O=Contoso, C=US'],
        },
        sans: {
          description: 'Subject alternative names: DNS names (`*.contoso.com` for a wildcard) and IPv4 or IPv6 addresses.',
          type: 'array',
          items: nonEmptyString,
        },
        notBefore: date('Start of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time.'),
        notAfter: date('End of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time.'),
        issuer: { enum: ['public', 'private'], description: '`public`: a CA clients and federation partners trust; `private`: an enterprise CA or self-signed.' },
        issuerName: { ...nonEmptyString, description: 'The issuing CA: its distinguished name or its name.' },
        key: {
          type: 'object',
          additionalProperties: false,
          required: ['algorithm'],
          properties: {
            algorithm: { enum: [...KEY_ALGORITHMS] },
            size: { type: 'integer', minimum: 1, description: 'Bits: RSA and DSA; for EC it follows from the curve.' },
            curve: { enum: Object.keys(EC_CURVES), description: 'EC curve.' },
          },
        },
        signature: { enum: Object.keys(SIGNATURE_ALGORITHMS), description: 'Signature algorithm as OpenSSL prints it.' },
        eku: {
          description: 'Extended key usages: OpenSSL short names (`serverAuth`, `clientAuth`) or OIDs.',
          type: 'array',
          items: nonEmptyString,
          examples: [['serverAuth', 'clientAuth']],
        },
        usedBy: { description: 'FQDNs of the servers or pools that present the certificate.', type: 'array', items: nonEmptyString },
        file: { ...nonEmptyString, description: 'A committed copy of the certificate, relative to this manifest\'s directory.' },
      },
    },
  },
});
