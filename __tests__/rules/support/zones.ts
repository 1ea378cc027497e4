/**
 * Builds zone-file text for rule tests one line per argument, so a record's line
 * number is its position in the argument list (counting from 1).
 */
export function zone(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The first three lines of most test zones: origin, default TTL, SOA (records start on line 4). */
export function header(origin = 'contoso.com.'): string[] {
  return [`$ORIGIN ${origin}`, '$TTL 3600', `@ IN SOA ns1.${origin} hostmaster.${origin} 1 3600 600 86400 300`];
}
