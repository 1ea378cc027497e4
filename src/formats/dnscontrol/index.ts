import { defineFormat } from '../shared/format.js';

/** DNSControl's `dnsconfig.js` and the files it `require()`s: read statically, never run. */
export default defineFormat({
  name: 'dnscontrol',
  title: 'DNSControl configuration',
  nouns: ['DNSControl configuration', 'DNSControl configurations'],
  recognise: {
    names: { exact: ['dnsconfig.js'] },
    order: 80,
  },
  input: 'text',
  comments: {
    files: 'DNSControl configurations (`dnsconfig.js` and the files it `require()`s)',
    is: '`//` to the end of the line and `/* ... */`, outside strings, templates and regular expressions',
    isNot: '`//` or `/*` inside a string, a template literal or a regular expression',
  },
  diagnostics: {
    severity: 'error',
    description: 'A DNSControl configuration could not be read at this line and column',
    help: 'The JavaScript does not parse, a file it `require()`s cannot be read, a bound of the static reading was crossed, or a `D_EXTEND()` names a domain no `D()` declared before it. Values the configuration computes in ways a static reading cannot follow are "not checked" notes, one per record.',
    docSeverity: 'error (some warnings)',
    doc: 'a DNSControl configuration ([formats.md](formats.md#dnscontrol-dnsconfigjs)) could not be read at this line and column. Codes: `dnscontrol/syntax`, `dnscontrol/too-deep`, `dnscontrol/too-large`, `dnscontrol/too-much-work` (the JavaScript), `dnscontrol/require` (a `require()`d file that cannot be read), `dnscontrol/extend-unknown` (a `D_EXTEND()` of a domain no `D()` declared). Values that cannot be known without running the configuration are "not checked" notes.',
  },
  async load(files, context) {
    const { loadDnsControl } = await import('./load.js');
    return loadDnsControl(files, context);
  },
});
