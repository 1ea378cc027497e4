import type { DnsName } from './dns.js';

/** Canonical form of a name a user or rule writes: lower-case, absolute, trailing dot. */
export function canonicalName(name: string): DnsName {
  if (name === '' || name === '.') return '.';
  if (isCanonical(name)) return name;
  const lower = name.toLowerCase();
  return lower.endsWith('.') ? lower : lower + '.';
}

/** True when the name has a trailing dot and no upper-case ASCII letter (the model's names always do). */
function isCanonical(name: string): boolean {
  if (name.charCodeAt(name.length - 1) !== 46) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return false;
  }
  return true;
}

/** Name for display in messages: without the trailing dot (the root stays `.`). */
export function displayName(name: DnsName): string {
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Labels of a canonical name, leftmost first (`a.b.` -> [a, b]). Escaped dots stay inside labels. */
export function labelsOf(name: DnsName): string[] {
  if (name === '.') return [];
  const labels: string[] = [];
  let current = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\' && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === '.') {
      labels.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') labels.push(current);
  return labels;
}

/** True when `name` equals `domain` or lies below it. */
export function isAtOrBelow(name: DnsName, domain: DnsName): boolean {
  if (domain === '.') return true;
  // No `'.' + domain` to build: zone look-ups ask this for every name.
  return name === domain || (name.length > domain.length && name.endsWith(domain) && name.charCodeAt(name.length - domain.length - 1) === 46);
}

/** The parent of a name (`a.b.` -> `b.`); the root's parent is undefined. */
export function parentName(name: DnsName): DnsName | undefined {
  if (name === '.') return undefined;
  // The first dot that ends a label: skip escaped characters (`\.`, `\DDD`).
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92 /* \ */) {
      const next = name.charCodeAt(i + 1);
      i += next >= 48 && next <= 57 ? 3 : 1;
    } else if (c === 46 /* . */) {
      return i === name.length - 1 ? '.' : name.slice(i + 1);
    }
  }
  return '.';
}

/** True for an IPv4 or IPv6 literal (a common mistake where a host name belongs). */
export function isIpLiteral(text: string): boolean {
  const t = text.endsWith('.') ? text.slice(0, -1) : text;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(t)) return true;
  return t.includes(':') && /^[0-9a-f:.]+$/i.test(t);
}

/** Top-level domains no zone of an estate is likely to hold as a label of its own (`sip.com.contoso.com`). */
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'io']);

/**
 * The name meant when `name` looks like an external host written in a zone file without its
 * final dot, which the zone file then reads relative to its origin (`sipdir.online.lync.com`
 * in zone `contoso.com.` is `sipdir.online.lync.com.contoso.com.`): the part before the origin
 * has two labels or more and ends with a generic top-level domain, or with a two-letter one
 * after two labels more (`sip.fabrikam.co.uk`). Undefined otherwise.
 */
export function withoutOriginAppended(name: DnsName, origin: DnsName | undefined): DnsName | undefined {
  if (origin === undefined || origin === '.' || !isAtOrBelow(name, origin) || name === origin) return undefined;
  const written = name.slice(0, name.length - origin.length);
  const labels = labelsOf(written);
  if (labels.length < 2) return undefined;
  const last = labels[labels.length - 1];
  const external = GENERIC_TLDS.has(last) || (labels.length >= 3 && /^[a-z]{2}$/.test(last));
  return external ? written : undefined;
}
