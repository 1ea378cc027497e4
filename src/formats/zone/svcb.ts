/** SVCB/HTTPS parameter keys (RFC 9460), named as BIND 9.18 prints them. */
export const SVCB_KEY_NAMES: Record<number, string> = {
  0: 'mandatory',
  1: 'alpn',
  2: 'no-default-alpn',
  3: 'port',
  4: 'ipv4hint',
  5: 'ech',
  6: 'ipv6hint',
};

/** Accepted on input; printed as keyNNN because BIND 9.18 has no name for them. */
const INPUT_ALIASES: Record<string, number> = { dohpath: 7, ohttp: 8 };

const NUMBER_BY_NAME = new Map<string, number>(Object.entries(SVCB_KEY_NAMES).map(([n, name]) => [name, Number(n)]));

/** Number of a key written by name or as `keyNNN` (lower-case); -1 when unknown. */
export function svcbKeyNumber(key: string): number {
  const named = NUMBER_BY_NAME.get(key) ?? INPUT_ALIASES[key];
  if (named !== undefined) return named;
  if (/^key\d{1,5}$/.test(key)) {
    const n = Number(key.slice(3));
    return n <= 65535 ? n : -1;
  }
  return -1;
}
