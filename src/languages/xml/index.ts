/**
 * XML with positions: ProfileXML, Intune SyncML, Topology Builder documents, Group Policy
 * XML. See `parse.ts` for the tree and `unescape.ts` for XML escaped inside other XML.
 */
export { DEFAULT_XML_LIMITS, parseEmbeddedXml, parseXml, parseXmlSource } from './parse.js';
export type { XmlAttribute, XmlDocument, XmlElement, XmlLimits, XmlName, XmlOptions, XmlText } from './parse.js';
export { unescapeXmlPieces } from './unescape.js';
export type { RawPiece } from './unescape.js';
import type { XmlAttribute, XmlElement } from './parse.js';

/** The child elements of `element` with this local name (and namespace URI, when given). */
export function childElements(element: XmlElement, local: string, uri?: string): XmlElement[] {
  return element.children.filter((child) => child.local === local && (uri === undefined || child.uri === uri));
}

/** The first child element with this local name (and namespace URI, when given). */
export function childElement(element: XmlElement, local: string, uri?: string): XmlElement | undefined {
  return element.children.find((child) => child.local === local && (uri === undefined || child.uri === uri));
}

/** The attribute with this local name; unprefixed attributes are in no namespace, so `uri` defaults to none. */
export function attributeOf(element: XmlElement, local: string, uri = ''): XmlAttribute | undefined {
  return element.attributes.find((attribute) => attribute.local === local && attribute.uri === uri);
}

/** Every element of the tree in document order, `element` first (iteratively: depth is bounded by the parser, the stack here is not). */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [element];
  while (stack.length > 0) {
    const next = stack.pop() as XmlElement;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
  }
}

/**
 * The text of XML bytes (a file, a ZIP entry): by byte-order mark (UTF-8, UTF-16 LE or BE), else
 * UTF-16 recognised by `<` followed or preceded by a zero byte, else the XML declaration's
 * `encoding` when the platform knows it, else UTF-8. The byte-order mark is dropped.
 */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0x3c && bytes[1] === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0 && bytes[1] === 0x3c) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = head.startsWith('<?xml') ? declaredEncoding(head.slice(0, head.indexOf('?>') + 1 || undefined)) : undefined;
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // A label the platform does not know: UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The `encoding="..."` pseudo-attribute of an XML declaration. */
function declaredEncoding(declaration: string): string | undefined {
  const at = declaration.indexOf('encoding');
  if (at < 0) return undefined;
  let i = at + 'encoding'.length;
  while (declaration[i] === ' ' || declaration[i] === '\t') i++;
  if (declaration[i++] !== '=') return undefined;
  while (declaration[i] === ' ' || declaration[i] === '\t') i++;
  const quote = declaration[i];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = declaration.indexOf(quote, i + 1);
  return end > i ? declaration.slice(i + 1, end).trim().toLowerCase() : undefined;
}
