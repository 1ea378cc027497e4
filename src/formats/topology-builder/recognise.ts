/**
 * Whether a file is Topology Builder's: the document element of an XML file (its local name and
 * default namespace, read past the declaration, comments and a DOCTYPE), or an archive whose first
 * entries include `DocItemSet.xml`. Small on purpose: it runs for every `.xml` and `.zip` in the tree.
 */
import type { FileHead } from '../shared/format.js';

const TOPOLOGY_ROOTS: ReadonlyArray<[string, string]> = [
  ['TopologyBuilder', 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008'],
  ['PartialTopology', 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008'],
  ['Topology', 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008'],
];

/** The configuration store's document set (`Export-CsConfiguration`'s `DocItemSet.xml`). */
const DOC_ITEM_SET_NAMESPACE = 'urn:schema:Microsoft.Rtc.Management.';

/** The document element's qualified name and the value of its `xmlns` (default namespace), from the start of an XML text. */
export function documentElement(text: string): { name: string; xmlns?: string } | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = skipPast(text, '-->', i);
    else if (text.startsWith('<!', i)) i = skipPast(text, '>', i);
    else break;
    if (i < 0) return undefined;
  }
  if (text[i] !== '<') return undefined;
  const nameEnd = text.slice(i + 1).search(/[\s/>]/);
  if (nameEnd <= 0) return undefined;
  const name = text.slice(i + 1, i + 1 + nameEnd);
  const tagEnd = text.indexOf('>', i);
  const tag = text.slice(i + 1 + nameEnd, tagEnd < 0 ? undefined : tagEnd);
  const xmlns = /(?:^|\s)xmlns\s*=\s*(["'])([^"']*)\1/.exec(tag)?.[2];
  return xmlns === undefined ? { name } : { name, xmlns };
}

function skipPast(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at < 0 ? -1 : at + end.length;
}

/** A `.xml` file whose document element is a Topology Builder topology, or a configuration store's `DocItemSet`. */
export function isTopologyXml(head: FileHead): boolean {
  if (head.binary) return false;
  const root = documentElement(head.text);
  if (!root) return false;
  const local = root.name.slice(root.name.indexOf(':') + 1);
  if (TOPOLOGY_ROOTS.some(([name, uri]) => name === local && uri === root.xmlns)) return true;
  return local === 'DocItemSet' && (root.xmlns ?? '').startsWith(DOC_ITEM_SET_NAMESPACE);
}

/** A ZIP archive (local header signature) whose head names `DocItemSet.xml`, as `Export-CsConfiguration` writes one. */
export function isConfigurationArchive(head: FileHead): boolean {
  const bytes = head.bytes;
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  return bytes.toString('latin1').toLowerCase().includes('docitemset.xml');
}
