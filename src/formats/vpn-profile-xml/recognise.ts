/**
 * Whether an XML file is an Always On VPN profile: its document element is `<VPNProfile>`, or
 * it is a SyncML message that sets nodes of the VPNv2 configuration service provider. Other XML
 * (Topology Builder documents, Group Policy, any other SyncML) is not claimed.
 */

/** The name of the first element of an XML text, after the declaration, comments, processing instructions and a DOCTYPE. */
export function documentElementName(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return undefined;
      i = end + 3;
    } else if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (text.startsWith('<!', i)) {
      const end = text.indexOf('>', i + 2);
      if (end < 0) return undefined;
      i = end + 1;
    } else break;
  }
  if (text.charCodeAt(i) !== 0x3c) return undefined;
  let end = i + 1;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text[end] !== '>' && text[end] !== '/') end++;
  const name = text.slice(i + 1, end);
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function looksLikeVpnProfileXml(text: string): boolean {
  const root = documentElementName(text)?.toLowerCase();
  if (root === 'vpnprofile') return true;
  return root === 'syncml' && /\/vpnv2\//i.test(text);
}
