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
