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
  diagnostics: {
    severity: 'error',
    description: 'A zone file could not be read at this line and column',
    help: 'Bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root, too deep or circular, a `$GENERATE` over its cap, a zone over its bounds (line length, records, `$INCLUDE` files and text read). The message says which; the record is skipped and reading goes on at the next line.',
    docSeverity: 'error (some warnings)',
    doc: 'a zone file could not be read at this line and column: bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root or names a file in a directory the walk skips (`.git`, `node_modules`, `dist`, an ignored one), too deep or circular, a `$GENERATE` over its cap, a zone over its bounds (`zone/line-too-long`, `zone/too-many-records`, `zone/too-many-includes`, `zone/includes-too-large`). Every bound: [formats.md](formats.md#bounds). The message says which; the record is skipped and reading goes on at the next line. The `messageId` in JSON output is the stable code (e.g. `zone/bad-ttl`). Said once per file rather than at every line: a template (`zone/template-placeholder`, info), a relative name with no origin (the others counted), a server\'s own type such as PowerDNS\'s LUA (`zone/server-specific-type`, warning); a file an `$INCLUDE` names and the repository does not hold is `zone/include-missing` (warning); a zone whose origin is only a guess from its name, when its names then fail, has a `zone/origin-guessed` note (info).',
  },
  async load(files, context) {
    const { loadZones } = await import('./load.js');
    return loadZones(files, context);
  },
  afterRules: (files, findings) => originGuessNotes(files, findings),
});
