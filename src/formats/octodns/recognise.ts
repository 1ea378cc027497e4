/**
 * Whether a YAML file is an octoDNS zone: a map whose keys are record names and whose values are
 * records (or lists of them), each a map with a `type` octoDNS knows and a `value` or `values`.
 * The positioned YAML reader is the one the configuration loads at start-up anyway.
 */
import { deref, getKey, parseYamlDocuments, type YamlNode } from '../shared/yaml/index.js';
import type { FileHead } from '../shared/format.js';

/** The record types octoDNS reads (its `Record` classes). */
export const OCTODNS_TYPES: ReadonlySet<string> = new Set([
  'A', 'AAAA', 'ALIAS', 'CAA', 'CNAME', 'DNAME', 'DS', 'HTTPS', 'LOC', 'MX', 'NAPTR', 'NS', 'PTR', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'URLFWD',
]);

/** The head of a file as far as whole top-level entries go (a cut head may end inside one). */
function wholeEntries(head: FileHead): string {
  if (!head.cut) return head.text;
  let end = head.text.lastIndexOf('\n');
  while (end > 0) {
    const next = head.text.charAt(end + 1);
    if (next !== '' && next !== ' ' && next !== '\t' && next !== '#' && next !== '-' && next !== '\r' && next !== '\n') return head.text.slice(0, end + 1);
    end = head.text.lastIndexOf('\n', end - 1);
  }
  return head.text;
}

/** True when the node is one octoDNS record: a map with a known `type` and a `value` or `values`. */
export function isOctodnsRecord(node: YamlNode | undefined): boolean {
  const map = node === undefined ? undefined : deref(node);
  if (map?.kind !== 'map') return false;
  const type = getKey(map, 'type');
  const typeNode = type === undefined ? undefined : deref(type);
  if (typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string' || !OCTODNS_TYPES.has(typeNode.value.toUpperCase())) return false;
  return getKey(map, 'value') !== undefined || getKey(map, 'values') !== undefined;
}

export function looksLikeOctodnsZone(head: FileHead): boolean {
  if (head.binary) return false;
  const { documents } = parseYamlDocuments(wholeEntries(head), head.fileName);
  if (documents.length !== 1) return false;
  const root = documents[0].contents === null ? undefined : deref(documents[0].contents);
  if (root?.kind !== 'map' || root.entries.length === 0) return false;
  return root.entries.every((entry) => {
    const key = deref(entry.key);
    if (key?.kind !== 'scalar' || typeof key.value === 'boolean') return false;
    const value = deref(entry.value);
    if (value?.kind === 'seq') return value.items.length > 0 && value.items.every(isOctodnsRecord);
    return isOctodnsRecord(value);
  });
}
