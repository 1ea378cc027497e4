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
  async load(files, context) {
    const { parseOpenvpnFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseOpenvpnFile(text, file.file, undefined, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  },
});
