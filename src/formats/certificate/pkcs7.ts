/**
 * PKCS#7 / CMS certificate bundles (`.p7b`, `.p7c`): the certificates of a SignedData
 * (RFC 5652 5.1), read with the DER reader. Nothing is verified: a `.p7b` is a bag of
 * certificates, usually with no signers at all.
 */
import { TAG, children, isContext, isUniversal, oid, readTlv, sequence, element } from '../shared/der.js';
import type { ContainerResult } from './model.js';
import { problem } from './model.js';
import { OID } from './oids.js';

/** True when `der` starts like a ContentInfo of SignedData. */
export function looksLikePkcs7(der: Uint8Array): boolean {
  const top = readTlv(der, 0);
  const first = top?.constructed ? readTlv(der, top.contentStart, top.contentEnd) : undefined;
  return isUniversal(top, TAG.SEQUENCE) && oid(der, first) === OID.pkcs7SignedData;
}

/** ContentInfo ::= SEQUENCE { contentType, content [0] EXPLICIT SignedData }; `der` is depth-checked. */
export function readPkcs7(der: Uint8Array): ContainerResult {
  const invalid = (why: string): ContainerResult => ({ certificates: [], problems: [problem('pkcs7-invalid', `not a readable PKCS#7 certificate bundle: ${why}`)] });
  const contentInfo = sequence(der, readTlv(der, 0));
  if (!contentInfo || oid(der, contentInfo[0]) !== OID.pkcs7SignedData) return invalid('the content is not SignedData');
  const explicit = isContext(contentInfo[1], 0) ? children(der, contentInfo[1]) : undefined;
  const signedData = explicit && explicit.length === 1 ? sequence(der, explicit[0]) : undefined;
  if (!signedData || signedData.length < 4) return invalid('SignedData is malformed');
  // version, digestAlgorithms, encapContentInfo, then certificates [0] IMPLICIT SET OF CertificateChoices.
  const certificatesField = signedData.slice(3).find((t) => isContext(t, 0) && t.constructed);
  if (!certificatesField) return { certificates: [], problems: [problem('pkcs7-empty', 'the PKCS#7 bundle holds no certificates', 'warning')] };
  const choices = children(der, certificatesField);
  if (!choices) return invalid('the certificate set is malformed');
  const certificates = choices.filter((c) => isUniversal(c, TAG.SEQUENCE)).map((c) => element(der, c));
  const others = choices.length - certificates.length;
  if (choices.length === 0) return { certificates: [], problems: [problem('pkcs7-empty', 'the PKCS#7 bundle holds no certificates', 'warning')] };
  const problems = others > 0 ? [problem('pkcs7-other-certificate', `${others} attribute or extended certificate(s) in the PKCS#7 bundle skipped`, 'info')] : [];
  return { certificates, problems };
}
