import { defineFormat } from '../shared/format.js';
import { looksLikeVpnProfileXml } from './recognise.js';

/** Always On VPN ProfileXML, and SyncML exports of the VPNv2 CSP (Intune, MDM bridge): the VPN profiles they describe. */
export default defineFormat({
  name: 'vpn-profile-xml',
  title: 'Always On VPN ProfileXML',
  nouns: ['Always On VPN profile', 'Always On VPN profiles'],
  recognise: {
    candidates: { extensions: ['.xml', '.syncml'] },
    confirm: (head) => !head.binary && looksLikeVpnProfileXml(head.text),
    order: 47,
  },
  input: 'text',
  comments: { files: 'Always On VPN ProfileXML and VPNv2 SyncML', is: '`<!-- ... -->` outside the escaped ProfileXML', isNot: 'a comment escaped inside a SyncML `<Data>` (`&lt;!-- ... --&gt;`), which is data' },
  diagnostics: {
    severity: 'error',
    description: 'An Always On VPN profile could not be read at this line and column',
    help: 'The XML is not well-formed (`xml-syntax`, or a bound: `xml-too-large`, `xml-too-deep`, `xml-too-many-elements`, `xml-too-many-attributes`; a DOCTYPE declaring entities is refused: `xml-doctype-entity`), a value Windows would refuse (a `PrefixSize` over 32 on IPv4 or 128 on IPv6, an `Address` that is not an address, a network with host bits set, a `RoutingPolicyType` other than SplitTunnel or ForceTunnel, a boolean other than true or false), a route without its `Address` or `PrefixSize`, or a SyncML `ProfileXML` node that holds no `<VPNProfile>`. The route or value is left out and reading goes on.',
    docSeverity: 'error',
    doc: 'an Always On VPN profile ([formats.md](formats.md#always-on-vpn-profilexml)) could not be read at this line and column; the route or value is left out and reading goes on. Codes: `vpn-profile-xml/xml-syntax` and the XML bounds `vpn-profile-xml/xml-too-large`, `vpn-profile-xml/xml-too-deep`, `vpn-profile-xml/xml-too-many-elements`, `vpn-profile-xml/xml-too-many-attributes`, `vpn-profile-xml/xml-doctype-entity`; values `vpn-profile-xml/bad-prefix`, `vpn-profile-xml/bad-address` (a network with host bits set names the network meant), `vpn-profile-xml/bad-value`, `vpn-profile-xml/missing-value`, `vpn-profile-xml/not-a-profile`.',
  },
  async load(files, context) {
    const { loadProfileXml } = await import('./load.js');
    return loadProfileXml(files, context);
  },
});
