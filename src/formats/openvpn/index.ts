import { defineFormat, eachFile } from '../shared/format.js';

/** Two of these make an OpenVPN config: a client's `client` and `remote`, a server's `server`, and `dev` in both. */
const OPENVPN_DIRECTIVES = [/^[ \t]*client[ \t]*$/m, /^[ \t]*remote[ \t]+\S/m, /^[ \t]*dev[ \t]+(tun|tap)\d*\b/m, /^[ \t]*server(-ipv6)?[ \t]+[0-9a-f:.]+[ \t/]/im];

/** OpenVPN configs (`.ovpn`, and `.conf` that read as one): the VPN profile they describe. */
export default defineFormat({
  name: 'openvpn',
  title: 'OpenVPN config',
  nouns: ['OpenVPN config', 'OpenVPN configs'],
  recognise: {
    names: { extensions: ['.ovpn'] },
    candidates: { extensions: ['.conf'] },
    confirm: (head) => OPENVPN_DIRECTIVES.filter((directive) => directive.test(head.text)).length >= 2,
    order: 46,
  },
  input: 'text',
  comments: {
    files: 'OpenVPN',
    is: '`#` or `;` where a word would start, outside quotes',
    isNot: '`#` or `;` inside quotes or a word, any line of an inline block (`<tls-auth>`, ...)',
  },
  diagnostics: {
    severity: 'error',
    description: 'An OpenVPN config could not be read at this line and column',
    help: 'An unterminated quote, a directive missing an argument, an address that is not one (a network with host bits set names the network meant), a netmask that is not a contiguous dotted quad, a port out of range, a route to a host name (a warning: it is not counted), an inline block that is never closed (the rest of the file is not read) or a closing tag with nothing open; or a bound exceeded. Inline blocks are never quoted.',
    docSeverity: 'error (a warning listed)',
    doc: 'an OpenVPN config ([formats.md](formats.md#openvpn-configs)) could not be read at this line and column; the directive is skipped and reading goes on. Codes: `openvpn/unterminated-quote`, `openvpn/missing-argument`, `openvpn/bad-address` (a network with host bits set names the network meant), `openvpn/bad-netmask` (not a dotted quad, or not contiguous), `openvpn/bad-port`, `openvpn/route-by-name` (warning: a route to a host name is not counted), `openvpn/unclosed-block` (the rest of the file is not read), `openvpn/unexpected-close`, and the bounds `openvpn/file-too-large`, `openvpn/line-too-long`, `openvpn/too-many-entries`. Inline blocks are never quoted.',
  },
  async load(files, context) {
    const { parseOpenvpnFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseOpenvpnFile(text, file.file, undefined, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  },
});
