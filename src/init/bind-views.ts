import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { toPosix } from '../discover/index.js';

/** A zone statement inside a BIND `view` block: which view serves which file. */
export interface BindViewZone {
  /** The view's name as written (`internal`, `outside`, `trusted`, ...). */
  view: string;
  /** The zone's name as written, lower-case, without the final dot. */
  zone: string;
  /** The `file` path as written (usually absolute on the name server: `/etc/bind/internal/db.contoso.com`). */
  file: string;
  /** Where the statement is: named.conf path relative to the root, and line. */
  source: string;
  line: number;
}

/** named.conf files are small; a larger file of that name is not what it seems, and is not read. */
const MAX_NAMED_CONF_BYTES = 1024 * 1024;

/**
 * The `view { zone { file } }` statements of the `named.conf*` files found in the given
 * directories (the root and every directory above a zone file). Read as text only: no
 * `include` is followed, and a file that does not parse simply yields fewer statements.
 */
export function readBindViews(root: string, directories: Iterable<string>): BindViewZone[] {
  const found: BindViewZone[] = [];
  for (const directory of [...new Set(directories)].sort()) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, directory)).filter((name) => /^named\.conf/i.test(name)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const absolute = path.join(root, directory, name);
      try {
        const stats = statSync(absolute);
        if (!stats.isFile() || stats.size > MAX_NAMED_CONF_BYTES) continue;
        found.push(...parseBindViews(readFileSync(absolute, 'utf8'), toPosix(path.join(directory, name))));
      } catch {
        continue;
      }
    }
  }
  return found;
}

interface Token {
  text: string;
  quoted: boolean;
  line: number;
}

/** Words, quoted strings and the punctuation `{ } ;`, with comments (`//`, `#`, `/* *\/`) left out. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\/\*[\s\S]*?(\*\/|$)|\/\/[^\n]*|#[^\n]*|"((?:[^"\\]|\\.)*)"|([{};])|([^\s{};"#/]+|\/)|(\n)/g;
  let line = 1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, , quoted, punctuation, word, newline] = match;
    if (newline) line++;
    else if (quoted !== undefined) tokens.push({ text: quoted, quoted: true, line });
    else if (punctuation) tokens.push({ text: punctuation, quoted: false, line });
    else if (word) tokens.push({ text: word, quoted: false, line });
    // Comments may span lines.
    if (!newline) line += (whole.match(/\n/g) ?? []).length;
  }
  return tokens;
}

/** The zone statements of one named.conf text that sit inside a `view` block. */
export function parseBindViews(text: string, source: string): BindViewZone[] {
  const tokens = tokenize(text);
  const found: BindViewZone[] = [];
  /** Open blocks: the statement keyword and its first argument. */
  const stack: Array<{ keyword: string; name: string; line: number; file?: { text: string; line: number } }> = [];
  let statement: Token[] = [];
  for (const token of tokens) {
    if (!token.quoted && token.text === '{') {
      stack.push({ keyword: (statement[0]?.text ?? '').toLowerCase(), name: statement[1]?.text ?? '', line: statement[0]?.line ?? token.line });
      statement = [];
    } else if (!token.quoted && token.text === '}') {
      const closed = stack.pop();
      const view = stack.find((block) => block.keyword === 'view');
      if (closed?.keyword === 'zone' && closed.file && view) {
        found.push({ view: view.name, zone: closed.name.toLowerCase().replace(/\.$/, ''), file: closed.file.text, source, line: closed.line });
      }
      statement = [];
    } else if (!token.quoted && token.text === ';') {
      const top = stack[stack.length - 1];
      if (top?.keyword === 'zone' && statement[0]?.text.toLowerCase() === 'file' && statement[1]) top.file = { text: statement[1].text, line: statement[1].line };
      statement = [];
    } else {
      statement.push(token);
    }
  }
  return found;
}
