/**
 * Rule packs from installed packages named in `.uclint.yml` (`plugins: [name, ...]`).
 *
 * A plugin is code, so where it may come from is the whole of its safety: nothing loads
 * unless the command line allows plugins (`--allow-plugins`, `--plugins-from`, the Action's
 * `plugins-from`); only a package named `uclint-plugin-*` or `@scope/uclint-plugin-*` (no
 * paths, no `file:` or URL specifiers), found by Node's `node_modules` lookup upwards from
 * uclint's own installation (or from the directory the operator names), and refused when
 * the package or its entry file lies inside the linted tree (the lint root, the config's
 * directory, the repository top), by the path found or by its real path (a symlink into
 * the tree is refused too). The linted tree cannot add a plugin: committing `node_modules/`
 * to a pull request gets a refusal, never a load.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, SourceRange } from '../core/types.js';
import { resolveRuleOptions } from '../engine/options.js';
import { loadRuntimeValidators } from '../core/validators.js';
import { packOf, type AnyRule } from '../engine/rule.js';
import { parseYamlDocuments, toPlainValue } from '../formats/shared/yaml/index.js';
import { YamlLocator, errorAt as error } from '../formats/shared/yaml/schema-errors.js';
import { PLUGIN_NAME_PATTERN, RULE_ID_PATTERN } from './schema.js';
import { isInside } from '../discover/discover.js';
import { underTree, type LintTree } from './tree.js';
import { FAMILIES, isFamily } from '../model/products.js';

export interface PluginOptions {
  /** The caller allows plugins (`--allow-plugins`, `--plugins-from`, the Action's `plugins-from`); otherwise a config naming any is refused. */
  allow?: boolean;
  /**
   * Directory whose `node_modules` (and those of its parents) hold the plugins. Default:
   * uclint's own installation, so plugins are the packages installed beside uclint.
   */
  resolveFrom?: string;
  /** Why plugins are refused when they are not allowed (default: the command line's wording). */
  refusal?: string;
  /** Directories besides the tree from which no plugin is loaded (the Action's whole checkout). */
  refuseInside?: string[];
}

export interface LoadedPlugin {
  /** The package name as the config writes it. */
  name: string;
  version?: string;
  /** The entry file that was imported (its real path). */
  file: string;
  rules: AnyRule[];
}

export interface PluginLoadResult {
  plugins: LoadedPlugin[];
  diagnostics: Diagnostic[];
}

/** Why a config naming plugins is refused when the command line did not allow them. */
export const PLUGINS_NOT_ALLOWED = 'a configuration may name plugins only when the command line allows them (--allow-plugins, or --plugins-from naming where they are installed)';

/** Ids of the engine's own findings; no pack may take these names. */
const ENGINE_PACKS = ['parse', 'uclint'];
const SEVERITIES = ['error', 'warning', 'info'];
const NAME = new RegExp(PLUGIN_NAME_PATTERN);
const RULE_ID = new RegExp(RULE_ID_PATTERN);
/** Export conditions uclint loads with: it imports the entry as an ES module under Node. */
const CONDITIONS = ['import', 'node', 'default'];

/** The directory of the running uclint (the bundle's chunk in `dist/`, or the sources under tests). */
export function ownInstallation(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

/**
 * Loads the plugins a config names. `registry` is the built-in rules, whose packs plugins
 * may not use. Entries the schema rejects (not a list, not a package name) are left to
 * `loadConfig`, which reports them; every other problem is an error at the entry's line.
 */
export async function loadPlugins(text: string, file: string, tree: LintTree, registry: readonly AnyRule[], options: PluginOptions = {}): Promise<PluginLoadResult> {
  const parsed = parseYamlDocuments(text, file);
  const root = parsed.diagnostics.length === 0 ? parsed.documents[0]?.contents : undefined;
  if (!root || root.kind !== 'map') return { plugins: [], diagnostics: [] };
  const plain = toPlainValue(root) as { plugins?: unknown };
  if (!Array.isArray(plain.plugins) || plain.plugins.length === 0) return { plugins: [], diagnostics: [] };
  const names = plain.plugins;
  const locator = new YamlLocator(root, { file, line: 1, column: 1, endLine: 1, endColumn: 1 });
  if (options.allow !== true) {
    return { plugins: [], diagnostics: [error(locator.key(['plugins']), 'config/plugins-refused', `plugins are not loaded: ${options.refusal ?? PLUGINS_NOT_ALLOWED}`)] };
  }

  // Plugins' option schemas were not compiled with uclint's: ajv compiles them.
  await loadRuntimeValidators();
  const diagnostics: Diagnostic[] = [];
  const plugins: LoadedPlugin[] = [];
  const taken = new Map<string, string>([...registry.map((rule) => packOf(rule.id)), ...ENGINE_PACKS].map((pack) => [pack, 'uclint']));
  const from = path.resolve(options.resolveFrom ?? ownInstallation());
  const checkout = options.refuseInside ?? [];
  const untrusted: LintTree = { directories: [...tree.directories, ...checkout.map((d) => path.resolve(d))], realDirectories: [...tree.realDirectories, ...checkout.filter(existsSync).map((d) => realpathSync(d))] };
  for (const [index, name] of names.entries()) {
    if (typeof name !== 'string' || !NAME.test(name) || names.indexOf(name) !== index) continue;
    const where = locator.value(['plugins', String(index)]);
    const loaded = await loadPlugin(name, from, untrusted, where);
    if ('diagnostic' in loaded) {
      diagnostics.push(loaded.diagnostic);
      continue;
    }
    const problems = packProblems(loaded.plugin.rules, name, taken);
    if (problems.length > 0) {
      diagnostics.push(error(where, 'config/plugin-invalid', `plugin '${name}': ${problems.join('; ')}`));
      continue;
    }
    plugins.push(loaded.plugin);
  }
  return { plugins, diagnostics };
}

async function loadPlugin(name: string, from: string, untrusted: LintTree, where: SourceRange): Promise<{ plugin: LoadedPlugin } | { diagnostic: Diagnostic }> {
  const fail = (code: string, message: string) => ({ diagnostic: error(where, code, `plugin '${name}': ${message}`) });
  const packageDirectory = findPackage(name, from);
  if (!packageDirectory) return fail('config/plugin-not-found', `no installed package of that name in node_modules of ${from} or its parents; install it beside uclint`);
  let manifest: { version?: unknown; exports?: unknown; main?: unknown };
  try {
    manifest = JSON.parse(readFileSync(path.join(packageDirectory, 'package.json'), 'utf8')) as typeof manifest;
  } catch (e) {
    return fail('config/plugin-invalid', `cannot read its package.json: ${(e as Error).message}`);
  }
  const entry = entryFile(packageDirectory, manifest);
  if (!entry) return fail('config/plugin-invalid', 'its package.json names no entry file that exists (exports "." with an import, node or default condition, or main)');
  // Checked before anything is imported: the path found and the real path, of the package and of its entry.
  const realEntry = realpathSync(entry);
  const inside = [packageDirectory, entry, realpathSync(packageDirectory), realEntry].find((p) => underTree(p, untrusted));
  if (inside !== undefined) {
    return fail('config/plugin-refused', `refused: ${inside} is inside the tree being linted, and uclint never runs code from the files it checks; install the plugin outside it`);
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(realEntry).href)) as { default?: unknown };
  } catch (e) {
    return fail('config/plugin-load-failed', `importing ${realEntry} failed: ${(e as Error).message}`);
  }
  const exported = module.default;
  if (!Array.isArray(exported)) return fail('config/plugin-invalid', 'its default export must be an array of rules (defineRule objects)');
  const problems = exported.flatMap((rule, index) => ruleProblems(rule, index));
  if (problems.length > 0) return fail('config/plugin-invalid', problems.join('; '));
  const version = typeof manifest.version === 'string' ? manifest.version : undefined;
  return { plugin: { name, ...(version ? { version } : {}), file: realEntry, rules: exported as AnyRule[] } };
}

/** Node's package lookup: `node_modules/<name>` in the directory and each parent (a `node_modules` directory is not searched inside itself). */
function findPackage(name: string, from: string): string | undefined {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (path.basename(directory) !== 'node_modules') {
      const candidate = path.join(directory, 'node_modules', ...name.split('/'));
      if (isFile(path.join(candidate, 'package.json'))) return candidate;
    }
    if (path.dirname(directory) === directory) return undefined;
  }
}

/** The file `import(name)` loads: `exports` (the "." entry, by the conditions uclint imports with), else `main`, else `index.js`. */
function entryFile(directory: string, manifest: { exports?: unknown; main?: unknown }): string | undefined {
  if (manifest.exports !== undefined && manifest.exports !== null) {
    const exports = manifest.exports;
    const isSubpathMap = typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
    const target = exportTarget(isSubpathMap ? (exports as Record<string, unknown>)['.'] : exports);
    if (target === undefined) return undefined;
    // A target is a path inside the package, written `./...` (Node refuses anything else).
    if (!target.startsWith('./') || target.split('/').includes('..')) return undefined;
    const file = path.join(directory, target);
    return isFile(file) ? file : undefined;
  }
  const main = typeof manifest.main === 'string' && manifest.main !== '' ? manifest.main : undefined;
  const candidates = main ? [main, `${main}.js`, `${main}/index.js`] : ['index.js'];
  return candidates.map((c) => path.join(directory, c)).find((file) => isInside(file, directory) && isFile(file));
}

function exportTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(exportTarget).find((t) => t !== undefined);
  if (typeof value === 'object' && value !== null) {
    for (const [condition, nested] of Object.entries(value)) {
      if (!CONDITIONS.includes(condition)) continue;
      const target = exportTarget(nested);
      if (target !== undefined) return target;
    }
  }
  return undefined;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * What `defineRule` and the engine need of a rule, checked on what a plugin exports (a
 * plugin may build rules without `defineRule`, or with another version of it).
 */
function ruleProblems(rule: unknown, index: number): string[] {
  if (typeof rule !== 'object' || rule === null) return [`rule ${index} is not an object`];
  const r = rule as Partial<Record<keyof AnyRule, unknown>>;
  const name = typeof r.id === 'string' ? `rule ${index} (${r.id})` : `rule ${index}`;
  const problems: string[] = [];
  const want = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${name}: ${what}`);
  };
  want(typeof r.id === 'string' && RULE_ID.test(r.id), 'id must be <pack>/<rule-name> (lower-case letters, digits, hyphens)');
  want(typeof r.check === 'function', 'check must be a function');
  want(r.appliesTo === undefined || typeof r.appliesTo === 'function', 'appliesTo must be a function');
  const meta = r.meta as Record<string, unknown> | undefined;
  if (typeof meta !== 'object' || meta === null) return [...problems, `${name}: meta is missing`];
  want(typeof meta.description === 'string' && meta.description !== '', 'meta.description must be a non-empty string');
  want(typeof meta.rationale === 'string', 'meta.rationale must be a string');
  want(SEVERITIES.includes(meta.severity as string), `meta.severity must be one of: ${SEVERITIES.join(', ')}`);
  want(typeof meta.recommended === 'boolean', 'meta.recommended must be true or false');
  want(
    Array.isArray(meta.citations) && meta.citations.every((c) => typeof c === 'object' && c !== null && typeof (c as { source?: unknown }).source === 'string'),
    'meta.citations must be a list of { source, section?, url? }',
  );
  const messages = meta.messages;
  want(
    typeof messages === 'object' && messages !== null && Object.keys(messages).length > 0 && Object.values(messages).every((m) => typeof m === 'string'),
    'meta.messages must map message ids to strings',
  );
  want(meta.examples === undefined || (typeof meta.examples === 'object' && meta.examples !== null), 'meta.examples must be an object');
  const families = meta.families;
  want(families === undefined || families === 'all' || (Array.isArray(families) && families.length > 0 && families.every(isFamily)), `meta.families must be 'all' or a list of: ${FAMILIES.join(', ')}`);
  if (meta.options !== undefined) {
    if (typeof meta.options !== 'object' || meta.options === null || Array.isArray(meta.options)) {
      want(false, 'meta.options must be a JSON Schema object');
    } else {
      try {
        resolveRuleOptions(rule as AnyRule, {});
      } catch (e) {
        want(false, `meta.options is not a usable JSON Schema: ${(e as Error).message}`);
      }
    }
  }
  return problems;
}

/** Rule ids of one plugin against every pack already taken (built-in, engine, earlier plugins); records the plugin's packs. */
function packProblems(rules: readonly AnyRule[], name: string, taken: Map<string, string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const pack = packOf(rule.id);
    const owner = taken.get(pack);
    if (owner !== undefined && owner !== name) {
      problems.push(`rule ${rule.id} is in pack '${pack}', which ${owner === 'uclint' ? 'is one of uclint\'s own' : `plugin '${owner}' uses`}; a plugin's rules need a pack name of their own`);
    }
    if (seen.has(rule.id)) problems.push(`rule ${rule.id} is exported twice`);
    seen.add(rule.id);
  }
  if (problems.length === 0) for (const rule of rules) taken.set(packOf(rule.id), name);
  return problems;
}
