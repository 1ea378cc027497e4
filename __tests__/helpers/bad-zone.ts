/** Lines of the zone head `badAddressZone` writes before its records. */
export const BAD_ZONE_HEADER_LINES = 5;

/**
 * A zone of `n` records whose address is not one (`a0 IN A 1`, ...), on lines 6 and on:
 * `n` diagnostics `zone/bad-address`, one a line, for tests of the bounds on findings.
 */
export function badAddressZone(n: number, origin = 'b.test.'): string {
  const lines = [`$ORIGIN ${origin}`, '$TTL 300', '@ IN SOA ns h 1 1 1 1 1', '@ IN NS ns', 'ns IN A 192.0.2.1'];
  for (let i = 0; i < n; i++) lines.push(`a${i} IN A 1`);
  return lines.join('\n') + '\n';
}
