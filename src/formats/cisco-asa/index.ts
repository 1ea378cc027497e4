import { defineFormat } from '../shared/format.js';
import { isYamlName, looksLikeAnsibleAsa, looksLikeAsaConfig } from './recognise.js';

/** Cisco ASA / AnyConnect configuration (a running-config, ASA lines in Ansible YAML): the VPN profile of each remote-access group policy. */
export default defineFormat({
  name: 'cisco-asa',
  title: 'Cisco ASA configuration',
  nouns: ['Cisco ASA configuration', 'Cisco ASA configurations'],
  recognise: {
    candidates: { extensions: ['.yml', '.yaml', '.conf'] },
    confirm: (head) => !head.binary && (isYamlName(head.fileName) ? looksLikeAnsibleAsa(head.text) : looksLikeAsaConfig(head.text)),
    content: (head) => looksLikeAsaConfig(head.text),
    // After uclint's manifests (whose YAML names its own kind), before octoDNS zones.
    order: 65,
  },
  input: 'text',
  comments: {
    files: 'Cisco ASA configurations, and Ansible YAML holding ASA lines',
    is: 'in a configuration, a line whose first word starts with `!`; in YAML, `#` at the start of a line or after a blank, outside every scalar',
    isNot: '`!` after the first word of a line; `#` inside a YAML scalar (an ASA line in a list)',
  },
  diagnostics: {
    severity: 'error',
    description: 'A Cisco ASA configuration could not be read at this line and column',
    help: 'A quoted word without its closing quote or a banner without its closing delimiter (`syntax`), a bound exceeded (`too-large`, `line-too-long`, `too-many-commands`, `too-deep`), an address the ASA refuses (a network with host bits set names the network meant: `bad-address`), a split tunnel policy other than tunnelall, tunnelspecified or excludespecified (`bad-value`), or YAML that does not parse (`yaml-*`). The line is skipped and reading goes on.',
    docSeverity: 'error',
    doc: 'a Cisco ASA configuration ([formats.md](formats.md#cisco-asa-configurations)) could not be read at this line and column; the line is skipped and reading goes on. Codes: `cisco-asa/syntax`, the bounds `cisco-asa/too-large`, `cisco-asa/line-too-long`, `cisco-asa/too-many-commands`, `cisco-asa/too-deep`, values `cisco-asa/bad-address` (a network with host bits set names the network meant), `cisco-asa/bad-value`, and for Ansible YAML `cisco-asa/yaml-syntax`, `cisco-asa/yaml-duplicate-key`, `cisco-asa/yaml-unknown-alias`, `cisco-asa/yaml-alias-limit`, `cisco-asa/yaml-too-deep`, `cisco-asa/yaml-too-large`, `cisco-asa/yaml-unknown-tag`, `cisco-asa/yaml-bad-value`. What is known only on the device or when the play runs (a split tunnel policy left to `DfltGrpPolicy` in a fragment, an access list the file does not define, a name resolved by the ASA, a Jinja expression) is a "not checked" note.',
  },
  async load(files, context) {
    const { loadCiscoAsa } = await import('./load.js');
    return loadCiscoAsa(files, context);
  },
});
