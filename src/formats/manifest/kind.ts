/**
 * What every manifest kind shares: the envelope (`apiVersion`, `kind`), the shape of
 * a kind's loader (one JSON Schema and one converter), and what a converter is given.
 */
import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { Certificate } from '../../model/certificate.js';
import type { FirewallRuleSet, MediaPolicy, VpnProfile } from '../../model/network.js';
import type { Topology } from '../../model/topology.js';
import type { YamlMap } from '../shared/yaml/index.js';
import type { SchemaErrorSite, YamlLocator } from '../shared/yaml/schema-errors.js';

export const MANIFEST_API_VERSION = 'uclint/v1';

/** Every kind of `uclint/v1`, loaded or not yet (FORMATS section 3). */
export const MANIFEST_KINDS: readonly string[] = ['Topology', 'Certificates', 'FirewallRules', 'VpnProfile', 'MediaPolicy'];

/** One document of a manifest file whose envelope is valid. */
export interface ManifestDocument<K extends string = string> {
  kind: K;
  /** The document. */
  loc: SourceRange;
  /** Relative to the lint root. */
  file: string;
  /** The document's root mapping, positioned. */
  contents: YamlMap;
}

/** What loaded kinds add to a file's result; each kind fills its own list. */
export interface ManifestLoads {
  certificates: Certificate[];
  topologies: Topology[];
  vpnProfiles: VpnProfile[];
  firewallRuleSets: FirewallRuleSet[];
  mediaPolicies: MediaPolicy[];
}

/** Handed to a converter for one document. */
export interface ManifestContext {
  /** Ranges behind JSON pointers of this document. */
  locator: YamlLocator;
  /** `certificates[0].notAfter`, as messages name a value. */
  path(segments: readonly (string | number)[]): string;
  /** True when the schema found nothing wrong at or below the path; converters skip what it rejected. */
  isValid(segments: readonly (string | number)[]): boolean;
  /** An error at a range; `code` is the part after `manifest/`. */
  report(range: SourceRange, code: string, message: string): void;
  /** Records a name in a scope of the file; returns where it was first written when it was written before. */
  firstUse(scope: string, name: string, range: SourceRange): SourceRange | undefined;
}

export interface ManifestKindLoader<Data> {
  kind: string;
  /** JSON Schema of a whole document of the kind, envelope included; shipped as `schemas/<schemaFile>`. */
  schema: object;
  schemaFile: string;
  /** The kind's own wording of a schema error (a date pattern), else the generic one. */
  describeValue?: (site: SchemaErrorSite) => Diagnostic | undefined;
  /** Turns a document the schema accepted (except where `isValid` says not) into model objects. */
  convert(document: ManifestDocument, data: Data, context: ManifestContext): Partial<ManifestLoads>;
}

/** The envelope every kind's schema starts with, so editors check `apiVersion` and `kind` too. */
export function documentSchema(kind: string, title: string, body: { properties: Record<string, object>; required: string[]; definitions?: Record<string, object> }) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    type: 'object',
    additionalProperties: false,
    required: ['apiVersion', 'kind', ...body.required],
    properties: {
      apiVersion: { const: MANIFEST_API_VERSION, description: 'Manifest format version.' },
      kind: { const: kind },
      ...body.properties,
    },
    ...(body.definitions ? { definitions: body.definitions } : {}),
  };
}
