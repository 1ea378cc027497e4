import { decodeText } from '../../core/text.js';
import { defineFormat, eachFile } from '../shared/format.js';
import { privateKeysInText } from '../shared/private-keys.js';

const REGISTRY_HEADER = /^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m;

/** Windows registry exports (regedit's `.reg`): client policy values. */
export default defineFormat({
  name: 'registry',
  title: 'Windows registry export',
  nouns: ['registry export', 'registry exports'],
  recognise: {
    names: { extensions: ['.reg'] },
    content: (head) => REGISTRY_HEADER.test(head.text.slice(0, 200)),
    order: 20,
  },
  // UTF-16LE as regedit writes it, or ANSI: the loader decodes the bytes as regedit does.
  input: 'bytes',
  comments: { files: '`.reg` exports', is: 'a line whose first character (after blanks) is `;`', isNot: '`;` inside a string value, or after a value' },
  diagnostics: {
    severity: 'error',
    description: 'A Windows registry export (.reg) could not be read at this line and column',
    help: 'A missing or unknown header, a key path without a known hive, a value before any key header, or a value regedit would refuse: an unterminated string, a `dword:` that is not at most 8 hexadecimal digits, a bad `hex` byte, an odd byte count for UTF-16 text in `hex(2)`/`hex(7)`, a `hex(b)` that is not 8 bytes; or a bound exceeded. The message says which; the line is skipped and reading goes on at the next one.',
    docSeverity: 'error (warnings listed)',
    doc: 'a Windows registry export ([formats.md](formats.md#windows-registry-exports-reg)) could not be read at this line and column; the line (with its continuation lines) is skipped and reading goes on. Codes: `registry/missing-header`, `registry/unknown-header`, `registry/bad-encoding`, `registry/bad-key`, `registry/unknown-hive`, `registry/value-without-key`, `registry/bad-line`, `registry/bad-value`, `registry/unterminated-string`, `registry/bad-dword`, `registry/bad-hex`, `registry/bad-type`, `registry/bad-utf16`, `registry/bad-qword`, `registry/unterminated-continuation`, and the bounds `registry/file-too-large`, `registry/line-too-long`, `registry/value-too-large`, `registry/too-many-values`.',
  },
  async load(files, context) {
    const { parseRegistryFile } = await import('./loader.js');
    return eachFile(files, context, (file, bytes) => {
      const parsed = parseRegistryFile(bytes, file.file, undefined, context.comments);
      // The text is bytes to this format, so it looks for keys in it itself; the decoded text is let go.
      return { nodes: { registry: [parsed.registry], privateKeys: privateKeysInText(decodeText(bytes).text, file.file) }, diagnostics: parsed.diagnostics };
    });
  },
});
