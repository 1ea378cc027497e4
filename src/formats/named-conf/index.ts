import { defineFormat } from '../shared/format.js';
import { isNamedConfName, looksLikeNamedConf } from './recognise.js';

/**
 * BIND configurations: read first, as context, because the zones they declare give zone files
 * their origins and views (and make zone files of files no name showed to be one).
 */
export default defineFormat({
  name: 'named-conf',
  title: 'BIND configuration',
  nouns: ['BIND configuration', 'BIND configurations'],
  recognise: {
    names: { test: isNamedConfName },
    candidates: { extensions: ['.conf'] },
    confirm: (head) => looksLikeNamedConf(head.text),
    content: (head) => looksLikeNamedConf(head.text),
    order: 50,
  },
  input: 'text',
  stage: 'context',
  utf16Refused: 'BIND reads its configuration as ASCII or UTF-8 and would not load it',
  comments: { files: 'BIND configurations (and files they `include`)', is: '`#`, `//` to the end of the line, or `/* ... */`, outside a quoted string', isNot: 'the same characters inside `"..."`' },
  async load(files, context) {
    const { loadNamedConfs } = await import('./load.js');
    return loadNamedConfs(files, context);
  },
});
