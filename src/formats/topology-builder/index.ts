import { defineFormat } from '../shared/format.js';
import { isConfigurationArchive, isTopologyXml } from './recognise.js';

/**
 * Topology Builder's XML: the `.tbxml` document it saves, the published topology that
 * `Get-CsTopology -AsXml` prints, and the `DocItemSet.xml` of an `Export-CsConfiguration` archive
 * (alone, or inside the archive): the deployment's SIP domains, sites, pools, Edges, web services
 * and simple URLs, as `Topology` nodes.
 */
export default defineFormat({
  name: 'topology-builder',
  title: 'Topology Builder XML (Lync / Skype for Business)',
  nouns: ['Topology Builder document', 'Topology Builder documents'],
  recognise: {
    names: { extensions: ['.tbxml'] },
    candidates: { extensions: ['.xml', '.zip'] },
    confirm: (head) => isTopologyXml(head) || isConfigurationArchive(head),
    order: 48,
  },
  // XML decoded by its byte-order mark or declaration, and ZIP archives: the loader takes the bytes.
  input: 'bytes',
  // Topology Builder drops comments when it saves; suppressions go in the config (`rules`, `ignore`).
  comments: 'none',
  diagnostics: {
    severity: 'error',
    description: 'A Topology Builder document (or configuration export) could not be read at this line and column',
    help: 'The XML is not well-formed (the message says where), breaks a bound (size, nesting, elements, attributes), declares entities (refused), or a value is not what its attribute holds (an FQDN, an IP address, a port: a warning, and the value is left out); an `Export-CsConfiguration` archive that is not a readable ZIP, or whose `DocItemSet.xml` is over a bound, is reported on the archive. A file that holds no topology is said once (info).',
    docSeverity: 'error (warnings and an info listed)',
    doc: 'a Topology Builder document, published topology or `Export-CsConfiguration` archive ([formats.md](formats.md#topology-builder-xml-lync--skype-for-business)) could not be read at this line and column. Codes: `topology-builder/xml-syntax` (what was read before the fault is kept), `topology-builder/xml-doctype-entity` (not read), the bounds `topology-builder/xml-too-large`, `topology-builder/xml-too-deep`, `topology-builder/xml-too-many-elements`, `topology-builder/xml-too-many-attributes`; warnings `topology-builder/bad-fqdn`, `topology-builder/bad-address`, `topology-builder/bad-port`, `topology-builder/bad-url` (the value is left out); the archive\'s `topology-builder/zip-syntax`, `topology-builder/zip-too-large`, `topology-builder/zip-too-many-entries`, `topology-builder/zip-ratio`, `topology-builder/zip-encrypted`, `topology-builder/zip-unsupported` (at line 1 of the archive); info `topology-builder/no-topology` (a file of the shape that holds none, such as an `Export-CsUserData` backup).',
  },
  async load(files, context) {
    const { loadTopologyBuilder } = await import('./load.js');
    return loadTopologyBuilder(files, context);
  },
});
