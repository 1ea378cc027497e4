/**
 * Which folders may import which (docs/decisions.md, "Formats are parts you add"): every import
 * of every file under src/ and rules/ (static, `export ... from`, and dynamic `import()`), read
 * with TypeScript's parser.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { FORMATS } from '../../src/formats.generated.js';
import { REPOSITORY_ROOT } from '../helpers/built-cli.js';

interface Import {
  /** The importing file, relative to the repository (`src/lint.ts`). */
  from: string;
  /** The imported file, relative to the repository, `.ts` (`src/estate/estate.ts`); a package name as written. */
  to: string;
  /** `import()`: loaded when first needed. */
  dynamic: boolean;
  /** `import type`, or every name of it `type`: nothing is loaded. */
  typeOnly: boolean;
}

/** The imports of a TypeScript source, resolved against its path. */
function importsOf(from: string, text: string): Import[] {
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: Import[] = [];
  const add = (specifier: string, dynamic: boolean, typeOnly: boolean) => {
    const to = specifier.startsWith('.') ? path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '.ts') : specifier;
    found.push({ from, to, dynamic, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier.text, false, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, false, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
      const [argument] = node.arguments;
      if (ts.isStringLiteralLike(argument)) add(argument.text, true, false);
      else found.push({ from, to: `<computed: ${argument.getText(source)}>`, dynamic: true, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The part of the code a file belongs to, for the rules below. */
function areaOf(file: string): string {
  if (file === 'src/lint.ts') return 'lint';
  if (file === 'src/formats.generated.ts') return 'formats.generated';
  const format = /^src\/formats\/([^/]+)\//.exec(file);
  if (format) return format[1] === 'shared' ? 'formats/shared' : `format ${format[1]}`;
  if (file.startsWith('rules/')) return 'rules';
  const top = /^src\/([^/]+)\//.exec(file);
  return top ? top[1] : file;
}

/** Areas that only the areas named may import, besides themselves. */
const ALLOWED: Partial<Record<string, (to: string) => boolean>> = {
  core: (to) => to === 'core',
  model: (to) => to === 'core',
  languages: (to) => to === 'core' || to === 'model',
  'formats/shared': (to) => to === 'core' || to === 'model' || to === 'languages',
  // A format may use another's reader (record data in zone-file syntax), never its definition: see below.
  format: (to) => to === 'core' || to === 'model' || to === 'languages' || to === 'formats/shared' || to.startsWith('format '),
  'formats.generated': (to) => to.startsWith('format ') || to === 'formats/shared',
  discover: (to) => to === 'core' || to === 'model' || to === 'formats.generated' || to === 'formats/shared',
  estate: (to) => to === 'core' || to === 'model',
  engine: (to) => to === 'core' || to === 'model' || to === 'estate',
  rules: (to) => to === 'core' || to === 'model' || to === 'estate' || to === 'engine',
  lint: (to) => !to.startsWith('format '),
};

/** What breaks the rules: one line per import that crosses a line it may not. */
function violations(imports: readonly Import[]): string[] {
  const out: string[] = [];
  for (const { from, to, dynamic, typeOnly } of imports) {
    const fromArea = areaOf(from);
    const allowed = ALLOWED[fromArea.startsWith('format ') ? 'format' : fromArea];
    if (!to.startsWith('src/') && !to.startsWith('rules/')) {
      // What a computed path loads cannot be judged (plugins, which the config names, load so).
      if (allowed !== undefined && to.startsWith('<computed')) out.push(`${from} imports a computed path ${to}`);
      continue;
    }
    const toArea = areaOf(to);
    if (fromArea === toArea) {
      // A format's index.ts is read at start-up to recognise files: its parser loads when a file of it is read.
      if (fromArea.startsWith('format ') && from.endsWith('/index.ts') && !dynamic && !typeOnly && /\/(loader|load)\.ts$/.test(to)) {
        out.push(`${from} imports ${to} at start-up; load it with import() in load()`);
      }
      continue;
    }
    if (allowed !== undefined && !allowed(toArea)) out.push(`${from} (${fromArea}) imports ${to} (${toArea})`);
    if (fromArea.startsWith('format ') && toArea.startsWith('format ') && to.endsWith('/index.ts')) out.push(`${from} (${fromArea}) imports ${to}, the definition of another format`);
    // Discovery asks the registry; it reads no format's parser. Only the types of what a format is.
    if (fromArea === 'discover' && toArea === 'formats/shared' && !to.endsWith('/format.ts')) out.push(`${from} (discover) imports ${to}, a module the formats share`);
  }
  return out;
}

function sourceFiles(directory: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(REPOSITORY_ROOT, directory), { withFileTypes: true })) {
    const relative = `${directory}/${entry.name}`;
    if (entry.isDirectory()) out.push(...sourceFiles(relative));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(relative);
  }
  return out;
}

const FILES = [...sourceFiles('src'), ...sourceFiles('rules')].sort();
const IMPORTS = FILES.flatMap((file) => importsOf(file, readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8')));

describe('the folders import only what the design lets them', () => {
  it('reads imports of every kind', () => {
    const found = importsOf(
      'src/formats/x/index.ts',
      [
        "import a from './loader.js';",
        "import type { B } from '../../model/dns.js';",
        "import { type C } from '../shared/format.js';",
        "export { d } from '../../core/types.js';",
        "const e = await import('./parser.js');",
        "type F = import('../../estate/estate.js').Estate;",
      ].join('\n'),
    );
    expect(found.map(({ to, dynamic, typeOnly }) => `${to} ${dynamic ? 'dynamic' : 'static'}${typeOnly ? ' type' : ''}`)).toEqual([
      'src/formats/x/loader.ts static',
      'src/model/dns.ts static type',
      'src/formats/shared/format.ts static type',
      'src/core/types.ts static',
      'src/formats/x/parser.ts dynamic',
      'src/estate/estate.ts static type',
    ]);
  });

  it('finds each kind of crossing the design forbids', () => {
    const at = (from: string, to: string, dynamic = false, typeOnly = false): Import => ({ from, to, dynamic, typeOnly });
    expect(
      violations([
        at('src/formats/zone/parser.ts', 'src/estate/estate.ts'),
        at('src/formats/zone/parser.ts', 'src/engine/rule.ts', false, true),
        at('src/formats/zone/parser.ts', 'src/formats/certificate/index.ts'),
        at('src/formats/terraform/load.ts', 'src/formats/zone/record-data.ts'),
        at('src/formats/shared/dns-zone.ts', 'src/formats/zone/record-data.ts'),
        at('src/formats/zone/index.ts', 'src/formats/zone/loader.ts'),
        at('src/estate/estate.ts', 'src/formats/zone/loader.ts'),
        at('src/estate/estate.ts', 'src/discover/classify.ts'),
        at('src/model/dns.ts', 'src/estate/estate.ts'),
        at('src/lint.ts', 'src/formats/zone/index.ts'),
        at('rules/dns/x.ts', 'src/formats/zone/loader.ts'),
        at('src/discover/classify.ts', 'src/formats/shared/pem.ts'),
        at('src/formats/zone/index.ts', 'src/formats/zone/loader.ts', true),
        at('src/formats/zone/loader.ts', 'src/formats/shared/format.ts'),
      ]),
    ).toEqual([
      'src/formats/zone/parser.ts (format zone) imports src/estate/estate.ts (estate)',
      'src/formats/zone/parser.ts (format zone) imports src/engine/rule.ts (engine)',
      'src/formats/zone/parser.ts (format zone) imports src/formats/certificate/index.ts, the definition of another format',
      'src/formats/shared/dns-zone.ts (formats/shared) imports src/formats/zone/record-data.ts (format zone)',
      'src/formats/zone/index.ts imports src/formats/zone/loader.ts at start-up; load it with import() in load()',
      'src/estate/estate.ts (estate) imports src/formats/zone/loader.ts (format zone)',
      'src/estate/estate.ts (estate) imports src/discover/classify.ts (discover)',
      'src/model/dns.ts (model) imports src/estate/estate.ts (estate)',
      'src/lint.ts (lint) imports src/formats/zone/index.ts (format zone)',
      'rules/dns/x.ts (rules) imports src/formats/zone/loader.ts (format zone)',
      'src/discover/classify.ts (discover) imports src/formats/shared/pem.ts, a module the formats share',
    ]);
  });

  it('holds for every file under src/ and rules/', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(violations(IMPORTS)).toEqual([]);
  });

  it('every format has its folder, and its index.ts loads its parser only when a file of it is read', () => {
    const folders = readdirSync(path.join(REPOSITORY_ROOT, 'src/formats'), { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'shared');
    expect(FORMATS.map((f) => f.name).sort()).toEqual(folders.map((e) => e.name).sort());
    for (const format of FORMATS) {
      const index = IMPORTS.filter((i) => i.from === `src/formats/${format.name}/index.ts`);
      expect([format.name, index.some((i) => i.dynamic)]).toEqual([format.name, true]);
    }
  });

  it('lint() and discovery name no format: they know formats through the registry', () => {
    const names = new Set(FORMATS.map((f) => f.name));
    const named: string[] = [];
    for (const file of FILES.filter((f) => f === 'src/lint.ts' || f.startsWith('src/discover/'))) {
      const source = ts.createSourceFile(file, readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteralLike(node) && names.has(node.text) && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) {
          named.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: '${node.text}'`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(named).toEqual([]);
  });
});
