/**
 * Loads Topology Builder's XML wherever it is kept: a `.tbxml` document, a published topology
 * (`Get-CsTopology -AsXml`), `DocItemSet.xml`, and the `DocItemSet.xml` inside an
 * `Export-CsConfiguration` archive (read in memory, within bounds). The topology may sit in the
 * tree or, escaped, in the text of an element (a configuration item's data): both are read, each
 * value at its own line and column.
 */
import type { Diagnostic } from '../../core/types.js';
import { decodeXmlBytes, parseEmbeddedXml, parseXml, type XmlDocument, type XmlElement } from '../../languages/xml/index.js';
import { findZipEntry, readZip, readZipEntry, type ZipLimits } from '../../languages/zip/index.js';
import type { Topology } from '../../model/topology.js';
import { eachFile, type BytesInput, type FormatLoad, type LoadContext } from '../shared/format.js';
import { NAMESPACES, TopologyReader } from './read.js';

const FORMAT = 'topology-builder';

/** XML inside XML is read this many levels deep (a configuration item escaped in a document item): deeper is not a topology. */
const MAX_EMBEDDING = 3;

/** Diagnostic codes of this format: `xml/syntax` becomes `topology-builder/xml-syntax`. */
function code(problem: string): string {
  return `${FORMAT}/${problem.replace('/', '-')}`;
}

function renamed(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, code: code(d.code) }));
}

export interface TopologyBuilderOptions {
  zipLimits?: Partial<ZipLimits>;
}

export function loadTopologyBuilder(files: readonly BytesInput[], context: LoadContext, options: TopologyBuilderOptions = {}): Promise<FormatLoad> {
  return eachFile(files, context, (file, bytes) => readTopologyBuilderFile(file.file, bytes, options));
}

/** One file: an archive (by its `PK` signature) or XML. */
export function readTopologyBuilderFile(file: string, bytes: Uint8Array, options: TopologyBuilderOptions = {}): { nodes: { topologies: Topology[] }; diagnostics: Diagnostic[] } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readArchive(file, bytes, options);
  const document = parseXml(file, decodeXmlBytes(bytes));
  return readDocument(document, file.toLowerCase().endsWith('.tbxml') ? 'Topology Builder document' : undefined);
}

function readArchive(file: string, bytes: Uint8Array, options: TopologyBuilderOptions): { nodes: { topologies: Topology[] }; diagnostics: Diagnostic[] } {
  const archive = readZip(file, bytes, options.zipLimits);
  const diagnostics: Diagnostic[] = [];
  const entry = archive.diagnostics.length === 0 ? findZipEntry(archive, 'DocItemSet.xml') : undefined;
  let topologies: Topology[] = [];
  if (entry) {
    const read = readZipEntry(archive, entry);
    if ('bytes' in read) {
      // Ranges are in DocItemSet.xml's lines, reported on the archive (the file in the tree).
      const loaded = readDocument(parseXml(file, decodeXmlBytes(read.bytes)), 'Export-CsConfiguration archive');
      topologies = loaded.nodes.topologies;
      for (const d of loaded.diagnostics) diagnostics.push(d);
    }
  } else if (archive.diagnostics.length === 0) {
    diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'info', code: code('no-topology'), message: 'the archive holds no DocItemSet.xml, so no topology was read from it' });
  }
  return { nodes: { topologies }, diagnostics: [...renamed(archive.diagnostics), ...diagnostics] };
}

/** Every topology of a parsed document, and what kept any from being read. */
function readDocument(document: XmlDocument, kind: string | undefined): { nodes: { topologies: Topology[] }; diagnostics: Diagnostic[] } {
  const file = document.source.file;
  const diagnostics = renamed(document.diagnostics);
  const reader = new TopologyReader(file, code);
  const found: Array<{ element: XmlElement; document: string }> = [];
  const simpleUrls: XmlElement[] = [];
  collect(document, 0, found, simpleUrls, diagnostics, kind);
  const topologies = found.map(({ element, document: described }) => reader.read(element, described));
  // Simple URLs kept beside the topology (another configuration item of the same export) belong to it.
  const first = topologies[0];
  if (first) for (const configuration of simpleUrls) reader.simpleUrls(configuration, first);
  for (const d of reader.diagnostics) diagnostics.push(d);
  if (topologies.length === 0 && document.root && document.wellFormed) {
    diagnostics.push({
      ...document.root.nameLoc,
      severity: 'info',
      code: code('no-topology'),
      message: `<${document.root.name}> holds no Topology Builder topology (InternalDomains, sites, clusters and services), so nothing was read from it`,
    });
  }
  return { nodes: { topologies }, diagnostics };
}

/**
 * Finds topology roots in the tree (not inside one already found), and XML escaped in the text of
 * an element without children, read as XML when it starts with `<`.
 */
function collect(document: XmlDocument, depth: number, found: Array<{ element: XmlElement; document: string }>, simpleUrls: XmlElement[], diagnostics: Diagnostic[], kind: string | undefined): void {
  const stack = [...document.roots].reverse();
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    const root = topologyRoot(element);
    if (root) {
      found.push({ element: root.element, document: kind ?? root.document });
      continue;
    }
    if (element.local === 'SimpleUrlConfiguration') {
      simpleUrls.push(element);
      continue;
    }
    if (element.children.length === 0 && element.text && depth < MAX_EMBEDDING && element.text.value.trimStart().startsWith('<')) {
      const inner = parseEmbeddedXml(document, element.text, { fragment: true });
      // Text that only looks like markup is not reported: a topology that does not read would have been seen by its namespace.
      if (inner.roots.some((r) => r.uri.startsWith('urn:schema:Microsoft.Rtc.Management.'))) for (const d of renamed(inner.diagnostics)) diagnostics.push(d);
      collect(inner, depth + 1, found, simpleUrls, diagnostics, kind ?? 'configuration export');
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]);
  }
}

/** A `TopologyBuilder` document's topology (the new one, else the published one it was opened from), or a topology itself. */
function topologyRoot(element: XmlElement): { element: XmlElement; document: string } | undefined {
  if (element.local === 'TopologyBuilder' && element.uri === NAMESPACES.builder) {
    for (const version of ['NewTopology', 'OldTopology']) {
      const holder = element.children.find((c) => c.local === version);
      const topology = holder?.children.find((c) => c.local === 'PartialTopology' || c.local === 'Topology');
      if (topology) return { element: topology, document: 'Topology Builder document' };
    }
    return undefined;
  }
  if (element.local === 'PartialTopology' && element.uri === NAMESPACES.writable) return { element, document: 'Topology Builder document' };
  if (element.local === 'Topology' && element.uri === NAMESPACES.topology) return { element, document: 'published topology' };
  return undefined;
}
