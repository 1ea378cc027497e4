import { defineFormat } from '../shared/format.js';
import { isZoneText, zoneFileNameHints } from './recognise.js';
import { originGuessNotes } from './origin-guess.js';

/** DNS zone files: RFC 1035 master files with BIND's extensions, read include-aware. */
export default defineFormat({
  name: 'zone',
  title: 'DNS zone (RFC 1035 master file)',
  nouns: ['zone file', 'zone files'],
  recognise: {
    names: { extensions: ['.zone', '.db', '.dns'], prefixes: ['db.'], except: ['.jnl'] },
    // `*.db` is also the usual name of SQLite and other binary stores, and `db.*` of BIND's
    // binary copies of transferred zones; a `.zone` with binary content is still a zone file,
    // and its loader says what is wrong with it.
    refuseBinary: (name) =>
      name.endsWith('.zone') ? false : name.startsWith('db.') ? { note: "named like a zone file but binary (a secondary zone in BIND's raw format?); not read" } : {},
    content: (head) => isZoneText(head.text),
    order: 10,
    configZones: true,
    nameHints: zoneFileNameHints,
  },
  input: 'text',
  comments: { files: 'zone files (and files they `$INCLUDE`)', is: '`;` outside a quoted string, to the end of the line', isNot: '`;` inside `"..."`, as in a TXT record' },
  utf16Refused: 'name servers read zone files as ASCII or UTF-8 and would not load it',
  async load(files, context) {
    const { loadZones } = await import('./load.js');
    return loadZones(files, context);
  },
  afterRules: (files, findings) => originGuessNotes(files, findings),
});
