import { defineFormat, eachFile } from '../shared/format.js';

/** The signature a Registry.pol file starts with (`PReg`, then the version as a little-endian DWORD). */
const SIGNATURE = [0x50, 0x52, 0x65, 0x67];

/**
 * Group Policy registry files (`Registry.pol`, the PReg format of "Registry Policy File Format"
 * and [MS-GPREG] 2.2.1): the registry half of a Group Policy Object, as a GPO backup
 * (`{GUID}/DomainSysvol/GPO/Machine/registry.pol`, `.../User/registry.pol`) or a local policy
 * (`GroupPolicy/Machine/Registry.pol`) keeps it. Read as bytes, never run.
 */
export default defineFormat({
  name: 'registry-pol',
  title: 'Group Policy registry file (Registry.pol)',
  nouns: ['Group Policy registry file', 'Group Policy registry files'],
  recognise: {
    names: { exact: ['registry.pol'] },
    // Another `.pol` (a copy kept under another name) is one when it starts with the signature.
    candidates: { extensions: ['.pol'] },
    confirm: (head) => SIGNATURE.every((byte, i) => head.bytes[i] === byte),
    order: 20,
  },
  input: 'bytes',
  comments: 'none',
  diagnostics: {
    severity: 'error',
    description: 'A Group Policy registry file (Registry.pol) could not be read at this entry',
    help: 'A signature other than `PReg`, a version other than 1, an entry that does not have the `[key;value;type;size;data]` shape, a size beyond the end of the file, a string that is not whole UTF-16, or a bound exceeded. The message names the entry by its number and gives its byte offset; the line and column are the byte\'s, as an editor reading the file byte by byte counts them.',
    docSeverity: 'error (warnings listed)',
    doc: 'a Group Policy registry file ([formats.md](formats.md#group-policy-registry-files-registrypol)) could not be read; the message names the entry by its number and gives the byte offset (the line and column are those of that byte, as an editor reading the file byte by byte counts them). Codes: `registry-pol/truncated`, `registry-pol/bad-signature`, `registry-pol/bad-version`, `registry-pol/bad-entry`, `registry-pol/size-beyond-file`, `registry-pol/bad-data` (a warning: a DWORD or QWORD of the wrong size, text of an odd number of bytes), and the bounds `registry-pol/file-too-large`, `registry-pol/too-many-entries`, `registry-pol/string-too-long`, `registry-pol/data-too-large`. Reading stops at an entry that does not have the shape (what follows cannot be found again); the entries before it are kept.',
  },
  async load(files, context) {
    const { readRegistryPolicyFile } = await import('./loader.js');
    return eachFile(files, context, (file, bytes) => readRegistryPolicyFile(bytes, file.file));
  },
});
