/**
 * Rules cite their sources by title (a Microsoft Learn page, an article, an RFC section), so a
 * reader can find them. No rule text and no user-facing document points at an unnamed numbered
 * "seed" document instead.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/rules.generated.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a rule shows users: description, rationale, citations, messages and examples. */
function ruleTexts(rule: (typeof RULES)[number]): string[] {
  const { meta } = rule;
  return [
    meta.description,
    meta.rationale,
    ...meta.citations.flatMap((c) => [c.source, c.section ?? '', c.url ?? '']),
    ...Object.values(meta.messages as Record<string, string>),
    meta.examples?.valid ?? '',
    meta.examples?.invalid ?? '',
  ];
}

/** A numbered or unnamed source document (`seed 004`, `seed 003's`, `from the seed`); fast-check and hash seeds are another sense. */
const SEED_REFERENCE = /\bseeds? ?0\d\d\b|\bseed(?:'s| documents?| articles?)\b|\bfrom the seed\b/i;
const THIS_FILE = fileURLToPath(import.meta.url);

function filesUnder(dir: string, extensions: string[]): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry === 'fixtures' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, extensions));
    else if (extensions.some((ext) => entry.endsWith(ext))) out.push(full);
  }
  return out;
}

describe('sources are named by title', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s: no citation, message or rationale mentions a seed', (_id, rule) => {
    const mentions = ruleTexts(rule).filter((text) => /\bseed/i.test(text));
    expect(mentions).toEqual([]);
    for (const citation of rule.meta.citations) expect(citation.source.trim()).not.toBe('');
  });

  it('no rule, source file, document or example refers to a seed document', () => {
    const files = [
      ...['rules', 'src', 'docs', 'examples', 'scripts', '__tests__'].flatMap((dir) => filesUnder(path.join(ROOT, dir), ['.ts', '.md', '.yml', '.yaml', '.zone', '.reg', '.sdp', '.conf', '.ovpn', '.json', '.txt'])),
      path.join(ROOT, 'README.md'),
      path.join(ROOT, 'SECURITY.md'),
    ];
    const hits = files.filter((file) => file !== THIS_FILE).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => SEED_REFERENCE.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(hits).toEqual([]);
  });
});
