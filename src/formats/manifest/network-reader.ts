/**
 * What the network kinds (VpnProfile, FirewallRules, MediaPolicy) read alike: address
 * and port lists, each entry sited at its own text (inside a comma-separated string too),
 * and the wording of their schemas' range errors.
 */
import path from 'node:path';
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { SitedAddress, SitedPorts } from '../../model/network.js';
import { parseAddressSpec } from '../../model/ip-ranges.js';
import type { AddressRange } from '../../model/ip-ranges.js';
import type { SchemaErrorSite } from '../shared/yaml/schema-errors.js';
import { errorAt } from '../shared/yaml/schema-errors.js';
import type { ManifestDocument } from './kind.js';
import { DocumentReader } from './reader.js';
import type { Path } from './reader.js';
import { parsePortSpec } from '../../model/values.js';

/** One address or port entry as written: a list item, or one part of a comma-separated string. */
interface Piece {
  text: string;
  loc: SourceRange;
  /** The value it was written in, for messages. */
  path: Path;
}

/** `any` standing for an absent list, sited where the list would be written (the rule). */
export function anyAddress(loc: SourceRange): SitedAddress {
  const { ranges } = parseAddressSpec('any') as { ranges: AddressRange[] };
  return { text: 'any', ranges, any: true, loc };
}

export function anyPorts(loc: SourceRange): SitedPorts {
  return { text: 'any', first: 0, last: 65535, any: true, loc };
}

export class NetworkReader extends DocumentReader {
  /** The document's `name`, else the file's name. */
  protected setName(document: ManifestDocument): string {
    return this.scalar<string>(['name'], 'string')?.value ?? path.posix.basename(document.file);
  }

  /** Addresses, networks, ranges or `any`: one string or a list, entries separated by commas. */
  protected addresses(at: Path): SitedAddress[] {
    return this.pieces(at).flatMap((piece) => this.address(piece) ?? []);
  }

  /** Single addresses (DNS servers): a network or range is refused. */
  protected hostAddresses(at: Path): SitedAddress[] {
    return this.pieces(at).flatMap((piece) => {
      const address = this.address(piece);
      if (!address) return [];
      const [range] = address.ranges;
      if (address.ranges.length === 1 && range.first === range.last) return [address];
      this.reportAt(piece.loc, piece.path, 'invalid-address', `'${piece.text}' is not a single IP address`);
      return [];
    });
  }

  protected address(piece: Piece): SitedAddress | undefined {
    const spec = parseAddressSpec(piece.text);
    if ('error' in spec) {
      this.reportAt(piece.loc, piece.path, 'invalid-address', spec.error);
      return undefined;
    }
    return { text: piece.text, ranges: spec.ranges, ...(spec.any ? { any: true } : {}), loc: piece.loc };
  }

  /** Ports, ranges or `any`: a number, one string or a list, entries separated by commas. */
  protected portList(at: Path): SitedPorts[] {
    return this.pieces(at).flatMap((piece) => this.ports(piece) ?? []);
  }

  protected ports(piece: Piece): SitedPorts | undefined {
    const spec = parsePortSpec(piece.text);
    if ('error' in spec) {
      this.reportAt(piece.loc, piece.path, 'invalid-port', spec.error);
      return undefined;
    }
    return { text: piece.text, ...spec, loc: piece.loc };
  }

  /** The value at the path as one entry (no comma-separated list), when it is a string or a number. */
  protected piece(at: Path): Piece | undefined {
    const value = this.at(at);
    if ((typeof value !== 'string' && typeof value !== 'number') || !this.context.isValid(at)) return undefined;
    return { text: String(value).trim(), loc: this.context.locator.value(at.map(String)), path: at };
  }

  /** The entries at the path (one value or a list), strings split at commas, each with its range. */
  protected pieces(at: Path): Piece[] {
    const itemPaths = Array.isArray(this.at(at)) ? this.indices(at) : [at];
    return itemPaths.flatMap((itemPath) => {
      const whole = this.piece(itemPath);
      return whole === undefined || !whole.text.includes(',') ? (whole ?? []) : this.split(whole);
    });
  }

  /** The parts of a comma-separated string, each at its own columns when they are known. */
  private split(whole: Piece): Piece[] {
    const { loc: range, path: at } = whole;
    const written = this.at(at) as string;
    const node = this.context.locator.node(at.map(String));
    // Known when the scalar sits on one line as read (no escapes, not an alias), in quotes or not.
    const quotes = range.endColumn - range.column - written.length;
    const exact = node?.kind === 'scalar' && node.raw === written && range.line === range.endLine && (quotes === 0 || quotes === 2);
    let offset = range.column + quotes / 2;
    return written.split(',').map((part) => {
      const start = offset + part.length - part.trimStart().length;
      const text = part.trim();
      offset += part.length + 1;
      return { text, loc: exact ? { ...range, column: start, endColumn: start + text.length } : range, path: at };
    });
  }
}

/** Range errors of the network kinds' schemas: the bounds, the duplicate, the empty list. */
export function describeNetworkValue({ error, path, range }: SchemaErrorSite): Diagnostic | undefined {
  if (error.keyword === 'minimum' || error.keyword === 'maximum') {
    const { minimum, maximum } = error.parentSchema as { minimum?: number; maximum?: number };
    const problem = maximum === undefined ? `is less than ${minimum}` : `is out of range (${minimum}-${maximum})`;
    return errorAt(range, 'manifest/invalid-value', `${path}: ${String(error.data)} ${problem}`);
  }
  if (error.keyword === 'uniqueItems') {
    const { i } = error.params as { i: number };
    return errorAt(range, 'manifest/invalid-value', `${path} lists '${String((error.data as unknown[])[i])}' twice`);
  }
  if (error.keyword === 'minItems') return errorAt(range, 'manifest/invalid-value', `${path} must not be empty`);
  return undefined;
}
