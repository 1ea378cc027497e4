import fc from 'fast-check';
import { dump } from 'js-yaml';
import { parseYamlDocuments, toPlainValue, getKey, getEntry, deref } from '../../../src/formats/shared/yaml/index.js';
import type { YamlNode } from '../../../src/formats/shared/yaml/index.js';
import type { SourceRange } from '../../../src/core/types.js';

/** `line:column-endLine:endColumn`, the compact form the position tests compare. */
function at(range: SourceRange): string {
  return `${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}

function only(text: string): YamlNode {
  const { documents, diagnostics } = parseYamlDocuments(text, 'f.yml');
  expect(diagnostics).toEqual([]);
  expect(documents).toHaveLength(1);
  const contents = documents[0].contents;
  if (!contents) throw new Error('empty document');
  return contents;
}

function value(map: YamlNode, key: string): YamlNode {
  const node = getKey(map, key);
  if (!node) throw new Error(`no key ${key}`);
  return node;
}

describe('parseYamlDocuments: values', () => {
  it('resolves scalars by the YAML 1.2 core schema', () => {
    const root = only(
      'a: 1\nb: 0x1F\nc: 1.5e3\nd: true\ne: False\nf: ~\ng:\nh: "12"\ni: 2026-11-20\nj: yes\nk: .inf\nl: !!str 5\nm: !!int "7"\nn: 0o17\n',
    );
    expect(toPlainValue(root)).toEqual({
      a: 1,
      b: 31,
      c: 1500,
      d: true,
      e: false,
      f: null,
      g: null,
      h: '12',
      i: '2026-11-20',
      j: 'yes',
      k: Infinity,
      l: '5',
      m: 7,
      n: 15,
    });
  });

  it('keeps the raw text and the style of scalars', () => {
    const root = only(`a: 'it''s'\nb: "t\\tab"\nc: |\n  x\n`);
    const a = deref(value(root, 'a'));
    expect(a).toMatchObject({ kind: 'scalar', value: "it's", raw: "it''s", style: 'single' });
    expect(deref(value(root, 'b'))).toMatchObject({ value: 't\tab', raw: 't\\tab', style: 'double' });
    expect(deref(value(root, 'c'))).toMatchObject({ value: 'x\n', style: 'literal' });
  });

  it('reads every document of a stream', () => {
    const { documents, diagnostics } = parseYamlDocuments('a: 1\n---\n- b\n---\n...\n--- c\n', 'f.yml');
    expect(diagnostics).toEqual([]);
    expect(documents.map((d) => toPlainValue(d.contents))).toEqual([{ a: 1 }, ['b'], null, 'c']);
    expect(documents.map((d) => d.loc.line)).toEqual([1, 3, 4, 6]);
    // The empty document is placed after its `---` marker, not on the next marker's dashes.
    expect(at(documents[2].loc)).toBe('4:4-4:4');
  });

  it('a syntax error in one document loses none of the others, and keeps the lines of the file', () => {
    const text = '# preamble\n%YAML 1.2\n---\na: 1\n---\nb: [\n---\nc: 3\r\n';
    const { documents, diagnostics } = parseYamlDocuments(text, 'f.yml');
    expect(documents.map((d) => toPlainValue(d.contents))).toEqual([{ a: 1 }, { c: 3 }]);
    expect(documents.map((d) => d.contents && at(d.contents.loc))).toEqual(['4:1-4:5', '8:1-8:5']);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['7:1 yaml/syntax']);
  });

  it('reading documents apart costs one more pass, however many documents there are', () => {
    // Found by the fuzz campaign: padding each document with the lines before it was quadratic.
    const { documents, diagnostics } = parseYamlDocuments(`a: 1\n${'---\n[x\n'.repeat(3000)}---\nb: 2\n`, 'f.yml');
    expect(documents.map((d) => toPlainValue(d.contents))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(diagnostics).toHaveLength(3000);
    expect(diagnostics.at(-1)).toMatchObject({ line: 6002, code: 'yaml/syntax' });
  });

  it('a single broken document gives one diagnostic', () => {
    const { documents, diagnostics } = parseYamlDocuments('a: [\n', 'f.yml');
    expect(documents).toEqual([]);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['2:1 yaml/syntax']);
  });

  it('nested complex keys are read in linear time (a key written as JSON inside JSON doubled at every level)', () => {
    const { documents, diagnostics } = parseYamlDocuments(`a: 1\n${'? '.repeat(40)}0\n`, 'f.yml');
    expect(diagnostics).toEqual([]);
    expect(documents).toHaveLength(1);
  });

  it('complex keys that are equal in structure are duplicates', () => {
    const { diagnostics } = parseYamlDocuments('? [a, {b: 1}]\n: 1\n? [a, {b: 1}]\n: 2\n', 'f.yml');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['3:3 yaml/duplicate-key']);
  });

  it('returns no documents for empty text', () => {
    expect(parseYamlDocuments('', 'f.yml')).toEqual({ documents: [], diagnostics: [] });
  });

  it('keeps a __proto__ key as data', () => {
    const plain = toPlainValue(only('__proto__: {polluted: true}\n')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(Object.keys(plain)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds entries by key text', () => {
    const root = only('name: x\n1: one\n');
    expect(getEntry(root, 'name')?.key.loc.line).toBe(1);
    expect(toPlainValue(getKey(root, '1'))).toBe('one');
    expect(getKey(root, 'missing')).toBeUndefined();
    expect(getKey(only('- a'), 'a')).toBeUndefined();
  });
});

describe('parseYamlDocuments: positions', () => {
  it('an empty document between two markers does not shift the documents after it', () => {
    const { documents } = parseYamlDocuments('a: 1\n---\n---\nb: 1\n---\nc: 1\n', 'x.yml');
    expect(documents.map((d) => at(d.loc))).toEqual(['1:1-1:5', '2:4-2:4', '4:1-4:5', '6:1-6:5']);
  });

  it('places plain, quoted and multi-line scalars', () => {
    const root = only('name: web01\nquoted: "a b"\nsingle: \'c\'\nlong: "first\n  second"\n');
    expect(at(getEntry(root, 'name')!.key.loc)).toBe('1:1-1:5');
    expect(at(value(root, 'name').loc)).toBe('1:7-1:12');
    expect(at(value(root, 'quoted').loc)).toBe('2:9-2:14');
    expect(at(value(root, 'single').loc)).toBe('3:9-3:12');
    expect(at(value(root, 'long').loc)).toBe('4:7-5:10');
  });

  it('starts a block scalar at its indicator and ends it after its last content', () => {
    const root = only('a: |  # note\n  one\n  two\n\nb: >-\n\n  folded\nc: x\n');
    expect(at(value(root, 'a').loc)).toBe('1:4-3:6');
    expect(at(value(root, 'b').loc)).toBe('5:4-7:9');
    expect(at(value(root, 'c').loc)).toBe('8:4-8:5');
  });

  it('places a block scalar with a tag and anchor after them', () => {
    const root = only('a: !!str &t |\n  x\nb: *t\n');
    expect(at(value(root, 'a').loc)).toBe('1:13-2:4');
    expect(deref(value(root, 'b'))).toBe(value(root, 'a'));
  });

  it('spans flow collections from bracket to bracket, comments included', () => {
    const root = only('list: [a, {k: v}, ]\nmap: { x: 1, # c\n  y: [] }\nempty: {}\n');
    const list = value(root, 'list');
    expect(at(list.loc)).toBe('1:7-1:20');
    expect(list.kind === 'seq' && at(list.items[1].loc)).toBe('1:11-1:17');
    expect(at(value(root, 'map').loc)).toBe('2:6-3:10');
    expect(at(value(value(root, 'map'), 'y').loc)).toBe('3:6-3:8');
    expect(at(value(root, 'empty').loc)).toBe('4:8-4:10');
  });

  it('spans block collections from the first to the last content', () => {
    const root = only('# header\nitems:\n  - a\n  - k: v\n    w: z\n# trailing\n');
    expect(at(root.loc)).toBe('2:1-5:9');
    expect(at(value(root, 'items').loc)).toBe('3:3-5:9');
  });

  it('places multi-line explicit keys', () => {
    const root = only('? multi\n  line key\n: value\n');
    expect(root.kind === 'map' && at(root.entries[0].key.loc)).toBe('1:3-2:11');
    expect(toPlainValue(root)).toEqual({ 'multi line key': 'value' });
  });

  it('places empty values just after their indicator', () => {
    const root = only('a:\nb: 1\nlist:\n  -\n  - x\n');
    expect(at(value(root, 'a').loc)).toBe('1:3-1:3');
    const list = value(root, 'list');
    expect(list.kind === 'seq' && at(list.items[0].loc)).toBe('4:4-4:4');
  });

  it('places aliases and their anchors', () => {
    const root = only('base: &b {x: 1}\nuse: *b\n');
    expect(at(value(root, 'use').loc)).toBe('2:6-2:8');
    expect(deref(value(root, 'base'))?.anchor).toBe('b');
    expect(toPlainValue(root)).toEqual({ base: { x: 1 }, use: { x: 1 } });
  });

  it('counts CRLF as one line break and ignores a BOM', () => {
    const root = only('\uFEFFa: 1\r\nb: 2\r\n');
    expect(at(getEntry(root, 'a')!.key.loc)).toBe('1:1-1:2');
    expect(at(value(root, 'b').loc)).toBe('2:4-2:5');
  });

  it('counts columns in UTF-16 code units', () => {
    const root = only('név: "é😀"\nnext: 1\n');
    expect(at(value(root, 'név').loc)).toBe('1:6-1:11');
  });

  it('uses the file name in every range', () => {
    const { documents } = parseYamlDocuments('a: 1', 'dir/m.yml');
    expect(documents[0].contents?.loc.file).toBe('dir/m.yml');
  });
});

describe('parseYamlDocuments: diagnostics', () => {
  function diagnose(text: string, limits = {}): string[] {
    return parseYamlDocuments(text, 'f.yml', limits).diagnostics.map((d) => `${d.code} ${at(d)} ${d.severity} ${d.message}`);
  }

  it('reports a syntax error at the failing line and column', () => {
    expect(diagnose('a: 1\n b: 2\n')).toEqual(['yaml/syntax 2:3-2:4 error YAML syntax error: bad indentation of a mapping entry']);
    expect(diagnose('a: [1, 2\nb: 3\n')).toEqual(['yaml/syntax 2:1-2:2 error YAML syntax error: deficient indentation']);
  });

  it('reports duplicate keys at the second key', () => {
    expect(diagnose('a: 1\nb: 2\na: 3\n')).toEqual(["yaml/duplicate-key 3:1-3:2 error duplicate key 'a' (first at line 1, column 1)"]);
    expect(diagnose('{x: 1, "x": 2}')).toEqual(["yaml/duplicate-key 1:8-1:11 error duplicate key 'x' (first at line 1, column 2)"]);
  });

  it('flags aliases without an anchor and recursive aliases', () => {
    expect(diagnose('a: *nope\n')).toEqual(["yaml/unknown-alias 1:4-1:9 error alias '*nope' has no anchor '&nope' before it"]);
    expect(diagnose('&x [*x]\n')).toEqual(["yaml/unknown-alias 1:5-1:7 error alias '*x' refers to a node that contains it"]);
    const { documents } = parseYamlDocuments('a: *nope\n', 'f.yml');
    expect(toPlainValue(documents[0].contents)).toEqual({ a: null });
  });

  it('bounds alias expansion (billion laughs)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      lines.push(`${name}: &${name} [${Array(10).fill('*' + prev).join(', ')}]`);
    }
    const { documents, diagnostics } = parseYamlDocuments(lines.join('\n'), 'f.yml');
    // a=10 nodes; each *a adds 11, each *b 111, each *c 1111: the 8th *c on line 4 crosses 10,000.
    expect(diagnostics.map((d) => `${d.code} ${at(d)}`)).toEqual(['yaml/alias-limit 4:36-4:38']);
    // Expansion stays bounded: converting to plain data is cheap.
    expect(JSON.stringify(toPlainValue(documents[0].contents)).length).toBeLessThan(200_000);
  });

  it('honours a smaller alias bound', () => {
    expect(diagnose('a: &a [1, 2, 3]\nb: *a\nc: *a\n', { aliasExpansion: 5 })).toEqual([
      "yaml/alias-limit 3:4-3:6 error aliases expand to more than 5 nodes; '*a' and later aliases over the bound are not expanded",
    ]);
  });

  it('bounds nesting depth and text size', () => {
    expect(diagnose('[[[[[1]]]]]', { depth: 3 })).toEqual(['yaml/too-deep 1:3-1:4 error YAML nesting deeper than 3 levels']);
    expect(diagnose('a: 1234567890', { size: 10 })).toEqual(['yaml/too-large 1:1-1:1 error YAML text of 13 characters is over the bound of 10; not read']);
  });

  it('flags unknown tags and values that do not fit their tag', () => {
    expect(diagnose('a: !Ref x\nb: !!int nope\nc: !!bool true\n')).toEqual([
      "yaml/unknown-tag 1:9-1:10 error unknown tag '!Ref'; the value is read as a string",
      "yaml/bad-value 2:10-2:14 error 'nope' is not a valid !!int",
    ]);
  });
});

describe('parseYamlDocuments: properties', () => {
  it('never throws and keeps diagnostics inside the file', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom('a', 'b', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', "'", '&', '*', '!', '|', '>', '#', '?', '%', '\t', '\r', 'é', '\uFEFF', '---', '...'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), yamlish), (text) => {
        const { diagnostics, documents } = parseYamlDocuments(text, 'f.yml');
        const lines = text.split(/\r\n|\r|\n/);
        const within = (line: number, column: number): boolean =>
          line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1].length + 1;
        for (const d of diagnostics) {
          expect(within(d.line, d.column) && within(d.endLine, d.endColumn)).toBe(true);
          expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
        }
        for (const doc of documents) toPlainValue(doc.contents);
      }),
      { seed: 20261120, numRuns: 2000 },
    );
  });

  it('reads back JSON-like values dumped as YAML', () => {
    const key = fc.string({ maxLength: 8 });
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('true', 'null', '0x10', '1e3', '~', '', ' lead', 'a: b', '- x', '#c', 'multi\nline\n', '2026-11-20'),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    })).value;
    fc.assert(
      fc.property(json, fc.integer({ min: -1, max: 3 }), (input, flowLevel) => {
        const text = dump(input, { flowLevel });
        const { documents, diagnostics } = parseYamlDocuments(text, 'f.yml');
        expect(diagnostics).toEqual([]);
        expect(documents).toHaveLength(1);
        expect(toPlainValue(documents[0].contents)).toEqual(input);
      }),
      { seed: 20261120, numRuns: 1000 },
    );
  });
});
