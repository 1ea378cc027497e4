/**
 * Template placeholders: text that a tool replaces before the file is used (`{{ip}}` in
 * Jinja and Mustache, `${IP}` in shell and Terraform, `@IP@` in autoconf, `<IP>` in
 * documentation, `%IP%` in batch files, `%%IP%%` and `$(IP)` in other generators, and a
 * bare upper-case name such as `PCSCF_IP` where a value belongs). A file holding them is a
 * template: its values cannot be judged until it is rendered.
 */

interface PlaceholderStyle {
  /** How the style is shown to the user. */
  style: string;
  pattern: RegExp;
}

/** Placeholders with delimiters: found anywhere in a token. */
const DELIMITED: readonly PlaceholderStyle[] = [
  { style: '{{name}}', pattern: /\{\{[^{}]*\}\}/ },
  { style: '{%...%}', pattern: /\{%[^%]*%\}/ },
  { style: '${NAME}', pattern: /\$\{[A-Za-z_][\w.:-]*\}/ },
  { style: '$(NAME)', pattern: /\$\([A-Za-z_]\w*\)/ },
  { style: '%%NAME%%', pattern: /%%[A-Za-z_]\w*%%/ },
  { style: '%NAME%', pattern: /%[A-Za-z_]\w*%/ },
  { style: '@NAME@', pattern: /@[A-Za-z_]\w*@/ },
  { style: '<NAME>', pattern: /<[A-Za-z_][\w .-]*>/ },
];

/** A bare upper-case name with an underscore (`PCSCF_IP`, `DNS_SERVER`): a placeholder only where a value is required. */
const BARE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** The characters every delimited style starts with: text without any of them holds none (checked before the patterns). */
const OPENERS = /[{$%@<]/;

/** The style of the placeholder in `token`, or undefined when it holds none. */
export function placeholderStyle(token: string): string | undefined {
  return findPlaceholder(token)?.style;
}

/** The first placeholder in a text (a token, or a line of tokens: `{{ host }}` holds spaces), with its style. */
export function findPlaceholder(text: string): { style: string; text: string } | undefined {
  if (!OPENERS.test(text)) return undefined;
  for (const { style, pattern } of DELIMITED) {
    const match = pattern.exec(text);
    if (match) return { style, text: match[0] };
  }
  return undefined;
}

/**
 * The style of `token` where a value (an address, a number) is required and the token is not
 * one: the delimited styles, or a bare upper-case name (`PCSCF_IP`).
 */
export function valuePlaceholderStyle(token: string): string | undefined {
  return placeholderStyle(token) ?? (BARE.test(token) ? 'UPPER_CASE' : undefined);
}

/** True when the text may hold a delimited placeholder: a cheap test made once per file before any token is looked at. */
export function mayHoldPlaceholders(text: string): boolean {
  return /\{\{|\$\{|\$\(|%%|%[A-Za-z_]\w*%|@[A-Za-z_]\w*@|<[A-Za-z_][\w .-]*>/.test(text);
}
