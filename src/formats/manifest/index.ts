import { defineFormat, eachFile } from '../shared/format.js';

const MANIFEST_API_VERSION = /^apiVersion:[ \t]*(["']?)uclint\/v1\1[ \t]*(#.*)?$/m;
const MANIFEST_KIND = /^kind:[ \t]*\S/m;

/** uclint's own YAML manifests (`apiVersion: uclint/v1`): topology, certificates, VPN profiles, firewall rules, media policy. */
export default defineFormat({
  name: 'manifest',
  title: 'uclint manifest',
  nouns: ['uclint manifest', 'uclint manifests'],
  recognise: {
    candidates: { extensions: ['.yml', '.yaml'] },
    confirm: (head) => MANIFEST_API_VERSION.test(head.text) && MANIFEST_KIND.test(head.text),
    order: 60,
  },
  input: 'text',
  comments: {
    files: 'YAML manifests',
    is: '`#` at the start of a line or after a blank, outside every scalar',
    isNot: '`#` inside a quoted, block or plain scalar (`"a # b"`, a `\\|` block\'s lines, `a#b`)',
  },
  diagnostics: {
    severity: 'error',
    description: 'A uclint manifest could not be read at this line and column',
    help: 'The manifest is not valid YAML or exceeds a bound (alias expansion, nesting depth, size); a document lacks `apiVersion: uclint/v1` or a known `kind`; a key is unknown (the message names the nearest valid one); or a value is of the wrong type or not valid for its field (a date that does not exist, a SAN that is neither a host name nor an address, an unknown extended key usage, a duplicate name).',
    docSeverity: 'error',
    doc: 'a uclint manifest ([formats.md](formats.md#manifests-apiversion-uclintv1)) could not be read at this line and column. Codes: YAML problems `manifest/yaml-syntax`, `manifest/yaml-duplicate-key`, `manifest/yaml-unknown-alias`, `manifest/yaml-alias-limit`, `manifest/yaml-too-deep`, `manifest/yaml-too-large`, `manifest/yaml-unknown-tag`, `manifest/yaml-bad-value`; the envelope `manifest/not-a-mapping`, `manifest/api-version`, `manifest/unknown-kind`; the schema `manifest/unknown-key`, `manifest/missing-key`, `manifest/invalid-type`, `manifest/invalid-value`; values `manifest/invalid-date`, `manifest/date-order`, `manifest/invalid-subject`, `manifest/invalid-san`, `manifest/unknown-eku`, `manifest/invalid-key`, `manifest/invalid-host`, `manifest/invalid-file`, `manifest/duplicate-name`, `manifest/invalid-address`, `manifest/invalid-port`, `manifest/invalid-url`, `manifest/invalid-interface`. Unknown keys, kinds and names come with the nearest valid one.',
  },
  async load(files, context) {
    const { parseManifestFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseManifestFile(text, file.file, context.comments);
      return {
        nodes: {
          certificates: parsed.certificates,
          topologies: parsed.topologies,
          vpnProfiles: parsed.vpnProfiles,
          firewallRuleSets: parsed.firewallRuleSets,
          mediaPolicies: parsed.mediaPolicies,
        },
        diagnostics: parsed.diagnostics,
        unsupported: parsed.otherDocuments.map((document) => ({ loc: document.loc, message: `kind: ${document.kind} manifests are recognised but not checked by this version of uclint` })),
      };
    });
  },
});
