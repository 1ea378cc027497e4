import type { CommentSink, Diagnostic, SourceRange } from '../../core/types.js';
import { appendAll } from '../../core/arrays.js';
import type { Certificate } from '../../model/certificate.js';
import type { FirewallRuleSet, MediaPolicy, VpnProfile } from '../../model/network.js';
import type { Topology } from '../../model/topology.js';
import { didYouMean } from '../../core/nearest.js';
import { deref, getEntry, parseYamlDocuments, toPlainValue } from '../shared/yaml/index.js';
import type { YamlDocument, YamlMap, YamlNode } from '../shared/yaml/index.js';
import { validatorKeys } from '../../core/validators.js';
import { YamlLocator, displayPath, errorAt, lazyValidator, pointersAbove, schemaDiagnostics, show, sortDiagnostics, withCodePrefix } from '../shared/yaml/schema-errors.js';
import { certificatesLoader } from './certificates.js';
import { topologyLoader } from './topology.js';
import { vpnProfileLoader } from './vpn-profile.js';
import { firewallRulesLoader } from './firewall-rules.js';
import { mediaPolicyLoader } from './media-policy.js';
import { MANIFEST_API_VERSION, MANIFEST_KINDS } from './kind.js';
import type { ManifestContext, ManifestDocument, ManifestKindLoader, ManifestLoads } from './kind.js';

export interface ManifestFileResult {
  /** Certificates from every `kind: Certificates` document of the file. */
  certificates: Certificate[];
  /** One per `kind: Topology` document read without any problem (a document with one is reported and left out). */
  topologies: Topology[];
  /** One per `kind: VpnProfile` document read without any problem. */
  vpnProfiles: VpnProfile[];
  /** One per `kind: FirewallRules` document read without any problem (a duplicate rule name is reported, the set kept). */
  firewallRuleSets: FirewallRuleSet[];
  /** One per `kind: MediaPolicy` document read without any problem. */
  mediaPolicies: MediaPolicy[];
  /** Documents of kinds this version knows but does not load yet (none today), as positioned YAML, for later packs; no diagnostics are made about their contents. */
  otherDocuments: Array<{ kind: string; loc: SourceRange; contents: YamlNode }>;
  diagnostics: Diagnostic[];
}

/** Kinds this version loads; adding a kind is one schema and one converter here. */
export const MANIFEST_KIND_LOADERS: ReadonlyArray<ManifestKindLoader<unknown>> = [
  topologyLoader,
  certificatesLoader,
  firewallRulesLoader,
  vpnProfileLoader,
  mediaPolicyLoader,
];

const LOADERS_BY_KIND = new Map(MANIFEST_KIND_LOADERS.map((loader) => [loader.kind, { loader, validator: lazyValidator(loader.schema, validatorKeys.manifest(loader.kind)) }]));

const ROOT_NAME = 'the document';

/**
 * Reads a manifest file: every YAML document must carry `apiVersion: uclint/v1` and a
 * known `kind`; documents of loaded kinds are validated by their schema and converted.
 * Never throws. `file` is relative to the lint root; `comments` is told of its comments.
 */
export function parseManifestFile(text: string, file: string, comments?: CommentSink): ManifestFileResult {
  const result: ManifestFileResult = {
    certificates: [],
    topologies: [],
    vpnProfiles: [],
    firewallRuleSets: [],
    mediaPolicies: [],
    otherDocuments: [],
    diagnostics: [],
  };
  try {
    readDocuments(text, file, result, comments);
  } catch (error) {
    // No known failure; a bug in a converter must still not stop the run.
    const message = error instanceof Error ? error.message : String(error);
    result.diagnostics.push(errorAt({ file, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'manifest/internal', `the manifest could not be read: ${message}`));
  }
  sortDiagnostics(result.diagnostics);
  return result;
}

function readDocuments(text: string, file: string, result: ManifestFileResult, comments: CommentSink | undefined): void {
  const parsed = parseYamlDocuments(text, file, {}, comments);
  const yamlDiagnostics = withCodePrefix(parsed.diagnostics, 'manifest');
  appendAll(result.diagnostics, yamlDiagnostics);
  const firstUses = new Map<string, SourceRange>();
  for (const yamlDocument of parsed.documents) {
    // A document with YAML problems is not read further: its values may not be what was meant.
    if (yamlDiagnostics.some((d) => d.line >= yamlDocument.loc.line && d.line <= yamlDocument.loc.endLine)) continue;
    const document = envelope(yamlDocument, file, result.diagnostics);
    if (!document) continue;
    const entry = LOADERS_BY_KIND.get(document.kind);
    if (!entry) {
      result.otherDocuments.push({ kind: document.kind, loc: document.loc, contents: document.contents });
      continue;
    }
    loadDocument(document, entry.loader, entry.validator(), firstUses, result);
  }
}

/** The document when its envelope is right (a mapping with `apiVersion: uclint/v1` and a known kind), else diagnostics. */
function envelope(yamlDocument: YamlDocument, file: string, diagnostics: Diagnostic[]): ManifestDocument | undefined {
  const root = yamlDocument.contents ? deref(yamlDocument.contents) : undefined;
  // `---` at the end of a file, or a document of comments only.
  if (root === undefined || (root.kind === 'scalar' && root.value === null)) return undefined;
  if (root.kind !== 'map') {
    diagnostics.push(errorAt(root.loc, 'manifest/not-a-mapping', `a manifest document must be a mapping with apiVersion and kind`));
    return undefined;
  }
  let valid = true;
  const apiVersion = getEntry(root, 'apiVersion');
  const apiVersionValue = apiVersion ? toPlainValue(apiVersion.value) : undefined;
  if (!apiVersion) {
    diagnostics.push(errorAt(root.loc, 'manifest/missing-key', `${ROOT_NAME} has no 'apiVersion'; manifests start with apiVersion: ${MANIFEST_API_VERSION}`));
    valid = false;
  } else if (apiVersionValue !== MANIFEST_API_VERSION) {
    diagnostics.push(
      errorAt(apiVersion.value.loc, 'manifest/api-version', `apiVersion ${show(apiVersionValue)} is not supported; this version of uclint reads ${MANIFEST_API_VERSION}`),
    );
    valid = false;
  }
  const kind = getEntry(root, 'kind');
  const kindValue = kind ? toPlainValue(kind.value) : undefined;
  if (!kind) {
    diagnostics.push(errorAt(root.loc, 'manifest/missing-key', `${ROOT_NAME} has no 'kind'; kinds are: ${MANIFEST_KINDS.join(', ')}`));
    return undefined;
  }
  if (typeof kindValue !== 'string' || !MANIFEST_KINDS.includes(kindValue)) {
    const hint = (typeof kindValue === 'string' && didYouMean(kindValue, MANIFEST_KINDS)) || `; kinds are: ${MANIFEST_KINDS.join(', ')}`;
    diagnostics.push(errorAt(kind.value.loc, 'manifest/unknown-kind', `unknown kind ${show(kindValue)}${hint}`));
    return undefined;
  }
  return valid ? { kind: kindValue, loc: yamlDocument.loc, file, contents: root } : undefined;
}

function loadDocument(
  document: ManifestDocument,
  loader: ManifestKindLoader<unknown>,
  validate: ReturnType<ReturnType<typeof lazyValidator>>,
  firstUses: Map<string, SourceRange>,
  result: ManifestFileResult,
): void {
  const data = toPlainValue(document.contents);
  const locator = new YamlLocator(document.contents as YamlMap, document.loc);
  const errors = validate(data) ? [] : [...(validate.errors ?? [])];
  appendAll(result.diagnostics, schemaDiagnostics(errors, { codePrefix: 'manifest', rootName: ROOT_NAME, locator, describeValue: loader.describeValue }));
  // Every path the schema rejected and every path above one: a value is valid when its path is none of them.
  const rejected = errors.map((e) => e.instancePath);
  const invalid = new Set([...rejected, ...pointersAbove(rejected)]);
  const pointer = (segments: readonly (string | number)[]): string => segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
  const context: ManifestContext = {
    locator,
    path: (segments) => displayPath(segments.map(String), ROOT_NAME),
    isValid: (segments) => !invalid.has(pointer(segments)),
    report: (range, code, message) => result.diagnostics.push(errorAt(range, `manifest/${code}`, message)),
    firstUse: (scope, name, range) => {
      const key = `${scope}\u0000${name}`;
      const first = firstUses.get(key);
      if (!first) firstUses.set(key, range);
      return first;
    },
  };
  const loads = loader.convert(document, data, context);
  for (const key of Object.keys(loads) as Array<keyof ManifestLoads>) append(result, loads, key);
}

function append<K extends keyof ManifestLoads>(result: ManifestLoads, loads: Partial<ManifestLoads>, key: K): void {
  appendAll(result[key] as Array<ManifestLoads[K][number]>, loads[key] ?? []);
}
