/**
 * Always On VPN profiles in XML files: a ProfileXML document (root `<VPNProfile>`), and a SyncML
 * export of the VPNv2 configuration service provider (Intune, an MDM bridge script), which holds
 * either the whole ProfileXML escaped in the `<Data>` of `./.../VPNv2/<name>/ProfileXML`, or the
 * profile node by node (`./.../VPNv2/<name>/RouteList/0/Address`). Every element is read at its
 * line and column in the file, escaped or not.
 */
import type { Diagnostic } from '../../core/types.js';
import { parseEmbeddedXml, parseXml, descendants, type XmlDocument, type XmlElement } from '../../languages/xml/index.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import type { VpnProfile } from '../../model/network.js';
import { baseName } from '../shared/line-text.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { eachFile } from '../shared/format.js';
import { profileOfSpec } from './profile.js';
import { isVpnProfileElement, specOfCspNodes, specOfElement, type CspNode, type ValueAt } from './spec.js';

export const FORMAT = 'vpn-profile-xml';

export function loadProfileXml(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return eachFile(files, context, (file, { text }) => {
    const read = readProfileXmlFile(text, file.file);
    const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (const comment of read.comments) context.comments(file.file, text, comment.start + shift, comment.end + shift);
    return { nodes: { vpnProfiles: read.profiles, notes: read.notes }, diagnostics: read.diagnostics };
  });
}

export interface ProfileXmlFileRead {
  profiles: VpnProfile[];
  notes: NotCheckedNote[];
  diagnostics: Diagnostic[];
  comments: Array<{ start: number; end: number }>;
}

/** Reads one file's text. Never throws. */
export function readProfileXmlFile(text: string, file: string): ProfileXmlFileRead {
  const out: ProfileXmlFileRead = { profiles: [], notes: [], diagnostics: [], comments: [] };
  try {
    const document = parseXml(file, text);
    out.comments = document.comments;
    addXmlDiagnostics(document, out.diagnostics);
    const root = document.root;
    if (root === undefined) return out;
    if (isVpnProfileElement(root)) addProfile(specOfElement(root), file, baseName(file), out);
    else if (root.local.toLowerCase() === 'syncml') readSyncml(document, root, file, out);
  } catch (error) {
    out.diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: `${FORMAT}/internal-error`, message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return out;
}

/** The XML reader's problems (`xml/syntax`) under this format's name (`vpn-profile-xml/xml-syntax`). */
export function addXmlDiagnostics(document: XmlDocument, into: Diagnostic[], format = FORMAT): void {
  for (const d of document.diagnostics) into.push({ ...d, code: `${format}/${d.code.replace(/^xml\//, 'xml-')}` });
}

function addProfile(spec: ReturnType<typeof specOfElement>, file: string, fallbackName: string, out: Pick<ProfileXmlFileRead, 'profiles' | 'notes' | 'diagnostics'>): void {
  const read = profileOfSpec(spec, { file, format: FORMAT, fallbackName });
  out.profiles.push(read.profile);
  for (const note of read.notes) out.notes.push(note);
  for (const d of read.diagnostics) out.diagnostics.push(d);
}

/** `./Vendor/MSFT/VPNv2/<name>/...`, `./User/...`, `./Device/...`: the profile's name and the path under it. */
const VPNV2 = /^\.?\/?(?:(?:user|device)\/)?vendor\/msft\/vpnv2\/([^/]+)(?:\/(.*))?$/i;

/**
 * The commands of a SyncML message that set VPNv2 nodes (`<Add>`, `<Replace>`, inside `<Atomic>`
 * or `<Sequence>` or not): a `ProfileXML` node is a whole profile; other nodes of one name make
 * one profile together.
 */
function readSyncml(document: XmlDocument, root: XmlElement, file: string, out: ProfileXmlFileRead): void {
  const byName = new Map<string, { name: ValueAt; nodes: CspNode[] }>();
  for (const command of descendants(root)) {
    const verb = command.local.toLowerCase();
    if (verb !== 'add' && verb !== 'replace') continue;
    for (const item of command.children) {
      if (item.local.toLowerCase() !== 'item') continue;
      const uri = childNamed(childNamed(item, 'target'), 'locuri');
      const match = uri?.text && VPNV2.exec(uri.text.value.trim());
      if (!uri || !match) continue;
      const name = { text: decodeName(match[1]), loc: uri.text?.loc ?? uri.loc };
      const path = (match[2] ?? '').split('/').filter((segment) => segment !== '').map((segment) => segment.toLowerCase());
      const data = childNamed(item, 'data');
      if (path.length === 1 && path[0] === 'profilexml') {
        if (data?.text) readEmbedded(document, data, name, file, out);
        continue;
      }
      if (path.length === 0) continue;
      const value: ValueAt = { text: data?.text?.value.trim() ?? '', loc: data?.text?.loc ?? data?.loc ?? item.loc, at: command.loc };
      const entry = byName.get(name.text) ?? { name, nodes: [] as CspNode[] };
      byName.set(name.text, entry);
      entry.nodes.push({ path, value, loc: command.loc });
    }
  }
  for (const { name, nodes } of byName.values()) addProfile(specOfCspNodes(name, nodes), file, name.text, out);
}

/** ProfileXML escaped (or in a CDATA section) inside `<Data>`, each element at its escape in the file. */
function readEmbedded(document: XmlDocument, data: XmlElement, name: ValueAt, file: string, out: ProfileXmlFileRead): void {
  if (!data.text) return;
  const inner = parseEmbeddedXml(document, data.text);
  addXmlDiagnostics(inner, out.diagnostics);
  if (inner.root && isVpnProfileElement(inner.root)) addProfile(specOfElement(inner.root), file, name.text, out);
  else if (inner.wellFormed) out.diagnostics.push({ ...data.loc, severity: 'error', code: `${FORMAT}/not-a-profile`, message: `the ProfileXML of ${name.text} does not hold a <VPNProfile> element` });
}

function childNamed(element: XmlElement | undefined, lowerLocal: string): XmlElement | undefined {
  return element?.children.find((child) => child.local.toLowerCase() === lowerLocal);
}

/** A CSP node name is URI-escaped (`Contoso%20VPN`). */
function decodeName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
