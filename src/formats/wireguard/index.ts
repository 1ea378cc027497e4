import { defineFormat, eachFile } from '../shared/format.js';

const WIREGUARD_INTERFACE = /^[ \t]*\[Interface\][ \t]*$/m;
const WIREGUARD_PEER = /^[ \t]*\[Peer\][ \t]*$/m;
/** Keys only WireGuard writes; with one of them, one section is enough (a server's `[Interface]` before any peer is added). */
const WIREGUARD_KEY = /^[ \t]*(PrivateKey|PublicKey|AllowedIPs|ListenPort)[ \t]*=/im;

function isWireguardText(text: string): boolean {
  const sections = [WIREGUARD_INTERFACE, WIREGUARD_PEER].filter((section) => section.test(text)).length;
  return sections === 2 || (sections === 1 && WIREGUARD_KEY.test(text));
}

/** WireGuard configs (wg-quick's `.conf`): the VPN profile they describe. */
export default defineFormat({
  name: 'wireguard',
  title: 'WireGuard config',
  nouns: ['WireGuard config', 'WireGuard configs'],
  recognise: {
    candidates: { extensions: ['.conf'] },
    confirm: (head) => isWireguardText(head.text),
    order: 45,
  },
  input: 'text',
  comments: { files: 'WireGuard', is: '`#` wherever it is, to the end of the line (as wg-quick reads it)', isNot: '`;`' },
  async load(files, context) {
    const { parseWireguardFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseWireguardFile(text, file.file, undefined, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  },
});
