/**
 * Config globs: the same matches as picomatch (the matcher they replaced) on the syntax
 * uclint documents, in linear time on patterns that make backtracking matchers hang.
 */
import picomatch from 'picomatch';
import { compileGlob, MAX_GLOB_LENGTH } from '../../src/discover/glob.js';
import { globMatcher } from '../../src/discover/discover.js';

const PATTERNS = [
  'legacy/**', '**/*.bak', '*.pem', 'dns/*.zone', 'dns/**/*.zone', '**', '*', 'a/**/b', '**/internal/**',
  'db.?', 'file[0-9].txt', 'file[^a-c].txt', '{dns,zones}/*.{zone,db}', '{a,{b,c}}x',
  '@(a|b).zone', '?(x).zone', '+(ab).zone', '*(ab).zone', 'a\\*b', '.uclint.yml', '*.z?ne', 'x{y}z', '[]]', 'a[b',
  'certs/*.p{fx,12}', 'dns/**', 'ü*.zone', '**/.hidden/*',
];
const PATHS = [
  'legacy', 'legacy/a', 'legacy/a/b.zone', 'a.bak', 'x/y/a.bak', '.bak', 'c.pem', 'd/c.pem', 'dns/a.zone', 'dns/x/a.zone',
  'dns/x/y/a.zone', 'a/b', 'a/x/b', 'a/x/y/b', 'ab', 'internal/a', 'x/internal/y/z', 'db.1', 'db.12', 'file1.txt', 'filea.txt',
  'fileb.txt', 'filed.txt', 'zones/a.db', 'dns/b.zone', 'bx', 'cx', 'ax', 'a.zone', 'b.zone', 'x.zone', '.zone', 'ab.zone',
  'abab.zone', 'a*b', 'axb', '.uclint.yml', 'a.zane', 'x{y}z', 'xyz', ']', 'a[b', 'certs/e.pfx', 'certs/e.p12', 'certs/e.pem',
  'dns', 'ü1.zone', 'u1.zone', 'q/.hidden/f', '.hidden/f',
];

describe('compileGlob', () => {
  it.each(PATTERNS)('matches as picomatch does: %s', (pattern) => {
    const expected = picomatch(pattern, { dot: true });
    const actual = compileGlob(pattern);
    expect(PATHS.filter((p) => actual(p))).toEqual(PATHS.filter((p) => expected(p)));
  });

  it('takes linear time where a backtracking matcher takes exponential time', () => {
    const started = Date.now();
    const matches = compileGlob('*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b');
    expect(matches('a'.repeat(4000))).toBe(false);
    expect(matches(`${'a'.repeat(4000)}b`)).toBe(true);
    expect(compileGlob('+(a|aa)+(a|aa)+(a|aa)c')('a'.repeat(4000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('takes a pattern too long or too nested to compile literally, never throwing', () => {
    const long = `${'x'.repeat(MAX_GLOB_LENGTH)}*`;
    expect(compileGlob(long)(`${'x'.repeat(MAX_GLOB_LENGTH)}y`)).toBe(false);
    expect(compileGlob(long)(long)).toBe(true);
    const nested = `${'{a,'.repeat(100)}b${'}'.repeat(100)}`;
    expect(compileGlob(nested)(nested)).toBe(true);
    expect(compileGlob(nested)('b')).toBe(false);
  });

  it('negates a class with ! as POSIX globs do (picomatch 4 reads [!0-9] otherwise)', () => {
    expect(['file1.txt', 'filea.txt', 'file/.txt'].filter(compileGlob('file[!0-9].txt'))).toEqual(['filea.txt']);
  });

  it('takes !(...) and unbalanced groups literally', () => {
    expect(compileGlob('!(a).zone')('!(a).zone')).toBe(true);
    expect(compileGlob('!(a).zone')('b.zone')).toBe(false);
    expect(compileGlob('{a,b')('{a,b')).toBe(true);
    expect(compileGlob('@(a|b')('@(a|b')).toBe(true);
  });
});

describe('globMatcher', () => {
  it('matches a pattern without a slash against the base name at any depth', () => {
    const ignored = globMatcher(['*.bak', 'legacy/**']);
    expect(['a.bak', 'x/y/a.bak', 'legacy/z.zone', 'x/legacy/z.zone', 'z.zone'].filter(ignored)).toEqual(['a.bak', 'x/y/a.bak', 'legacy/z.zone']);
  });
});
