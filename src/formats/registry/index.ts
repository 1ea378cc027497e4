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
  async load(files, context) {
    const { parseRegistryFile } = await import('./loader.js');
    return eachFile(files, context, (file, bytes) => {
      const parsed = parseRegistryFile(bytes, file.file, undefined, context.comments);
      // The text is bytes to this format, so it looks for keys in it itself; the decoded text is let go.
      return { nodes: { registry: [parsed.registry], privateKeys: privateKeysInText(decodeText(bytes).text, file.file) }, diagnostics: parsed.diagnostics };
    });
  },
});
