/**
 * Builds `kind: Certificates` manifests for rule tests. The header takes lines 1-3;
 * each entry is `  - name: <name>` followed by one line per field, in the order given,
 * so a field's line is easy to count. Values are written as YAML flow values.
 */
export type EntryFields = Record<string, string | number | boolean | string[] | Record<string, string | number>>;

export function certificatesManifest(...entries: Array<{ name: string } & EntryFields>): string {
  const lines = ['apiVersion: uclint/v1', 'kind: Certificates', 'certificates:'];
  for (const { name, ...fields } of entries) {
    lines.push(`  - name: ${name}`);
    for (const [key, value] of Object.entries(fields)) lines.push(`    ${key}: ${flow(value)}`);
  }
  return lines.join('\n') + '\n';
}

function flow(value: EntryFields[string]): string {
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} }`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
