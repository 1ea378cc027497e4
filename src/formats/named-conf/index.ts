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
  diagnostics: {
    severity: 'error',
    description: 'A BIND configuration could not be read at this line and column',
    help: 'A missing `;`, a `}` without its `{`, a `{` never closed, a stray `;`, a string or comment never closed, a zone name that is not a domain name, or an `include` that could not be read; reported where named-checkconf reports it, and reading goes on. Templates and files the repository does not hold are notes (info).',
    docSeverity: 'error (infos listed)',
    doc: 'a BIND configuration ([formats.md](formats.md#dns-zone-files)) could not be read at this line and column, as named-checkconf would report it: `named-conf/missing-semicolon`, `named-conf/unbalanced-braces`, `named-conf/syntax` (a stray `;`, an `include` without one file name), `named-conf/unterminated-string`, `named-conf/unterminated-comment`, `named-conf/bad-zone-name`, the bounds `named-conf/too-deep`, `named-conf/include-depth`, `named-conf/too-many-includes`, `named-conf/includes-too-large`, and `named-conf/include-failed`, `named-conf/include-cycle`; infos: `named-conf/include-missing` (a file the repository does not hold, such as `rndc.key`), `named-conf/template` (a template, or zone statements with placeholders, not used). Reading goes on after each.',
  },
  async load(files, context) {
    const { loadNamedConfs } = await import('./load.js');
    return loadNamedConfs(files, context);
  },
});
