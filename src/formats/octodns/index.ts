import { defineFormat } from '../shared/format.js';
import { looksLikeOctodnsZone } from './recognise.js';

/** octoDNS zone files (`config/<zone>.yaml`): a map of record names to records. */
export default defineFormat({
  name: 'octodns',
  title: 'octoDNS zone',
  nouns: ['octoDNS zone', 'octoDNS zones'],
  recognise: {
    candidates: { extensions: ['.yaml', '.yml'] },
    confirm: looksLikeOctodnsZone,
    // After uclint's manifests, whose YAML names its own `apiVersion` and `kind`.
    order: 85,
  },
  input: 'text',
  comments: {
    files: 'octoDNS zones',
    is: '`#` at the start of a line or after a blank, outside every scalar',
    isNot: '`#` inside a quoted, block or plain scalar (`"a # b"`, `v=spf1#x`)',
  },
  diagnostics: {
    severity: 'error',
    description: 'An octoDNS zone could not be read at this line and column',
    help: 'The YAML does not parse or crosses a bound, or an entry is not a record octoDNS reads: a record without a `type` or with a type octoDNS does not know, or without a `value` or `values`.',
    docSeverity: 'error',
    doc: 'an octoDNS zone ([formats.md](formats.md#octodns-zones)) could not be read at this line and column. Codes: YAML problems `octodns/yaml-syntax`, `octodns/yaml-duplicate-key`, `octodns/yaml-unknown-alias`, `octodns/yaml-alias-limit`, `octodns/yaml-too-deep`, `octodns/yaml-too-large`, `octodns/yaml-unknown-tag`, `octodns/yaml-bad-value`; entries `octodns/not-a-record` (not a map of records), `octodns/unknown-type`, `octodns/missing-value`.',
  },
  async load(files, context) {
    const { loadOctodns } = await import('./load.js');
    return loadOctodns(files, context);
  },
});
