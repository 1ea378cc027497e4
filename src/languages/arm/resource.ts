import type { Diagnostic, SourceRange } from '../../core/types.js';
import type { StaticValue } from '../values.js';
import type { AzureEvaluation, AzureLanguage } from './context.js';
import { textOf } from './functions.js';
import { splitSegments } from './parts.js';

/**
 * One Azure resource a deployment declares, read from an ARM template or a Bicep file: the same
 * shape from either language, so a reader of "Azure DNS record sets" or "network security
 * groups" is written once. A resource in a loop is one `AzureResource` per instance.
 */
export interface AzureResource {
  language: AzureLanguage;
  /** The full type, as ARM names it: `Microsoft.Network/dnsZones/SRV`. */
  type: string;
  typeLoc: SourceRange;
  apiVersion?: string;
  /** The full name, segments joined by `/` (`contoso.com/_sip._tls`): a string when every segment is known. */
  name: StaticValue;
  /** One value per segment of the full name, each at the range where it is written (a parent's segments at the parent's). */
  nameSegments: StaticValue[];
  /** The resource this one is a child of, when the deployment declares it (nested, `parent:`, or by type and name). */
  parent?: AzureResource;
  /** `properties` as evaluated; `null` when the declaration has none. */
  properties: StaticValue;
  /** The whole declaration as evaluated (location, sku, tags, dependsOn ...), without loop, condition and child resources. */
  body: StaticValue;
  /** Present when whether the resource is deployed depends on something unknown: the condition's value. */
  condition?: StaticValue;
  /** The loop this is an instance of: ARM's copy name or the Bicep symbol, and the index (absent when the count is unknown). */
  loop?: { name: string; index?: number; loc: SourceRange };
  /** A reference to a resource deployed elsewhere (Bicep `existing`, ARM `"existing": true`): not deployed here. */
  existing?: boolean;
  /** Bicep's symbolic name, or the key of an ARM template whose resources are an object (language version 2.0). */
  symbol?: string;
  /** The nested deployment or module that deploys this resource. */
  deployment?: AzureResource;
  /** The whole declaration. */
  loc: SourceRange;
}

/** What a read gives: the resources deployed, with the diagnostics of every file read. */
export interface AzureDeployment {
  language: AzureLanguage;
  file: string;
  /** False when the text is not a deployment template (an ARM reader handed other JSON): nothing else is said of it. */
  recognized: boolean;
  resources: AzureResource[];
  /** Parameters by name, with the value used (given, or the default; unknown when neither). */
  parameters: Map<string, StaticValue>;
  diagnostics: Diagnostic[];
  /** Other files read through the caller's reader (parameter files, linked templates, modules), in order. */
  filesRead: string[];
}

/** A resource type whose first segment is a namespace (`Microsoft.Network/...`), not a child type relative to its parent. */
export function isFullType(type: string): boolean {
  const slash = type.indexOf('/');
  return slash > 0 && type.slice(0, slash).includes('.');
}

/** Extension resource types (`.../providers/...`) name themselves differently; their segments are not counted. */
function isExtensionType(type: string): boolean {
  return /\/providers\//i.test(type);
}

/**
 * The full name of a resource from its name as written: split into segments (`zone/_sip._tls`),
 * appended to the parent's when it is a child declared inside or with `parent:`.
 */
export function composeName(written: StaticValue, parentSegments: readonly StaticValue[] | undefined, loc: SourceRange): { name: StaticValue; segments: StaticValue[] } {
  const own = splitSegments(written, '/', textOf);
  const segments = parentSegments ? [...parentSegments, ...own] : own;
  const unknown = segments.find((segment) => segment.kind !== 'string');
  if (unknown) {
    const reason = unknown.kind === 'unknown' ? unknown.reason : 'a name segment is not a string';
    const expression = written.kind === 'unknown' ? written.expression : unknown.kind === 'unknown' ? unknown.expression : '';
    return { name: { kind: 'unknown', expression, reason, loc }, segments };
  }
  return { name: { kind: 'string', value: segments.map((segment) => (segment as { value: string }).value).join('/'), loc }, segments };
}

/**
 * A full type has one name segment fewer than type segments (`Microsoft.Network/dnsZones/SRV`
 * names `zone/record`); ARM refuses a resource whose counts differ. Said when every segment is known.
 */
export function checkNameSegments(resource: AzureResource, evaluation: AzureEvaluation, loc: SourceRange): void {
  if (isExtensionType(resource.type) || resource.nameSegments.some((segment) => segment.kind === 'unknown')) return;
  const expected = resource.type.split('/').length - 1;
  if (resource.nameSegments.length === expected) return;
  const name = resource.name.kind === 'string' ? resource.name.value : '';
  evaluation.diagnose(
    'name-segments',
    `resource '${name}' of type ${resource.type} has ${resource.nameSegments.length} name segment${resource.nameSegments.length === 1 ? '' : 's'}; the type needs ${expected} (one per type segment after the namespace)`,
    loc,
  );
}

/**
 * Links resources declared apart from their parents (`Microsoft.Network/dnsZones/SRV` named
 * `contoso.com/_sip._tls` to the `Microsoft.Network/dnsZones` named `contoso.com`) within each
 * deployment, when both names are known.
 */
export function linkParents(resources: readonly AzureResource[]): void {
  const byKey = new Map<string, AzureResource>();
  const deploymentIndex = new Map<AzureResource | undefined, number>();
  const scopeOf = (resource: AzureResource) => {
    let index = deploymentIndex.get(resource.deployment);
    if (index === undefined) deploymentIndex.set(resource.deployment, (index = deploymentIndex.size));
    return index;
  };
  const key = (resource: AzureResource, type: string, name: string) => `${scopeOf(resource)}|${type.toLowerCase()}|${name.toLowerCase()}`;
  for (const resource of resources) {
    if (resource.name.kind === 'string' && !byKey.has(key(resource, resource.type, resource.name.value))) byKey.set(key(resource, resource.type, resource.name.value), resource);
  }
  for (const resource of resources) {
    if (resource.parent || resource.name.kind !== 'string') continue;
    const typeSlash = resource.type.lastIndexOf('/');
    const nameSlash = resource.name.value.lastIndexOf('/');
    if (typeSlash < 0 || nameSlash < 0 || !isFullType(resource.type.slice(0, typeSlash))) continue;
    const parent = byKey.get(key(resource, resource.type.slice(0, typeSlash), resource.name.value.slice(0, nameSlash)));
    if (parent && parent !== resource) resource.parent = parent;
  }
}
