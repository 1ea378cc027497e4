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
  diagnostics: {
    severity: 'error',
    description: 'A WireGuard config could not be read at this line and column',
    help: 'A key outside `[Interface]` or `[Peer]`, a section header that is malformed or unknown, a line without `=`, an empty item between commas, an address that is not one (a network with host bits set names the network meant), an `Endpoint` that is not `host:port`; or a bound exceeded. The line or value is skipped and reading goes on. Messages never quote a key.',
    docSeverity: 'error',
    doc: 'a WireGuard config ([formats.md](formats.md#wireguard-configs)) could not be read at this line and column; the line or value is skipped and reading goes on. Codes: `wireguard/outside-section`, `wireguard/bad-section`, `wireguard/unknown-section`, `wireguard/missing-equals`, `wireguard/empty-value`, `wireguard/bad-address` (a network with host bits set names the network meant), `wireguard/bad-endpoint`, and the bounds `wireguard/file-too-large`, `wireguard/line-too-long`, `wireguard/too-many-entries`. Messages never quote a key.',
  },
  async load(files, context) {
    const { parseWireguardFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseWireguardFile(text, file.file, undefined, context.comments);
      return { nodes: { vpnProfiles: parsed.profile ? [parsed.profile] : [] }, diagnostics: parsed.diagnostics };
    });
  },
});
