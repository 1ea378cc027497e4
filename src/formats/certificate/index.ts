import { defineFormat, eachFile } from '../shared/format.js';
import { certificateBlockHoldsDer, pemBlocks, splitLines } from '../shared/pem.js';

const PEM_CERTIFICATE = /-----BEGIN (X509 CERTIFICATE|CERTIFICATE|PKCS7|PKCS #7 SIGNED DATA|CMS|TRUSTED CERTIFICATE)-----/;

/** Certificate files: PEM, DER, PKCS#7 and PKCS#12 (read with the password the config names for the file). */
export default defineFormat({
  name: 'certificate',
  title: 'certificate',
  nouns: ['certificate file', 'certificate files'],
  recognise: {
    names: { extensions: ['.pem', '.crt', '.cer', '.der', '.pfx', '.p12', '.p7b'] },
    // Only blocks that hold DER make a certificate file: a `.txt` or device configuration with
    // `-----BEGIN CERTIFICATE-----` around a placeholder is not one.
    content: (head) => PEM_CERTIFICATE.test(head.text) && pemBlocks(splitLines(head.text)).some((block) => certificateBlockHoldsDer(block, head.cut)),
    order: 30,
  },
  input: 'bytes',
  comments: 'none',
  diagnostics: {
    severity: 'error',
    description: 'A certificate file, or part of it, could not be read',
    help: 'A broken PEM block (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), or a bound exceeded. The message says which; the code is in the finding\'s `messageId`.',
    docSeverity: 'error (warnings and infos listed)',
    doc: 'a certificate file (PEM, DER, PKCS#7, PKCS#12) could not be read, or part of it: a broken PEM block at its line (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), a bound exceeded (size, certificates a file, nesting, PKCS#12 iterations). Codes and bounds: [formats.md](formats.md#certificate-files).',
  },
  async load(files, context) {
    const { parseCertificateFile, Pkcs12Budget } = await import('./loader.js');
    // PKCS#12 key derivations are bounded for the whole run, not only per file.
    const pkcs12Budget = new Pkcs12Budget();
    return eachFile(files, context, (file, bytes) => {
      const { password, variable } = context.passwordFor(file.file);
      const parsed = parseCertificateFile(bytes, { file: file.file, password, passwordVariable: variable, pkcs12Budget });
      return { nodes: { certificates: parsed.certificates, privateKeys: parsed.privateKeys }, diagnostics: parsed.diagnostics };
    });
  },
});
