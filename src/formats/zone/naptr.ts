/**
 * The NAPTR regexp field (RFC 3403 section 3.2): empty, or
 * `<delim> ERE <delim> replacement <delim> flags`, where the delimiter is any
 * character but a digit, a backslash or the flag `i`; `\N` in the replacement
 * names a group the ERE has (`\0` is not allowed); the only flag is `i`. BIND
 * refuses a zone whose NAPTR breaks this, and a resolver cannot apply it.
 */
export function naptrRegexpProblem(regexp: string): string | undefined {
  if (regexp === '') return undefined;
  const delimiter = regexp[0];
  if (/[0-9\\i]/.test(delimiter)) return `'${delimiter}' cannot be the delimiter (digits, backslash and 'i' cannot)`;
  let part: 'ere' | 'replacement' | 'flags' = 'ere';
  let groups = 0;
  let highestReference = 0;
  for (let i = 1; i < regexp.length; i++) {
    const c = regexp[i];
    if (part === 'flags') {
      if (c === delimiter) return `more than three '${delimiter}' delimiters`;
      if (c !== 'i') return `unknown flag '${c}' (only 'i')`;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= regexp.length) return 'a backslash ends the field';
      const next = regexp[++i];
      if (part === 'replacement' && next >= '0' && next <= '9') {
        if (next === '0') return '\\0 is not a back-reference';
        highestReference = Math.max(highestReference, Number(next));
      }
      continue;
    }
    if (c === delimiter) {
      part = part === 'ere' ? 'replacement' : 'flags';
      continue;
    }
    if (part === 'ere' && c === '(') groups++;
  }
  if (part !== 'flags') return `expected three '${delimiter}' delimiters (delim ERE delim replacement delim flags)`;
  if (highestReference > groups) return `\\${highestReference} refers to a group the expression does not have`;
  return undefined;
}
