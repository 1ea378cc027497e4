/**
 * A root-relative path with forward slashes as a relative URI reference: each segment
 * percent-encoded, `!'()*` too, since a parenthesis ends a Markdown link.
 */
export function relativeUri(file: string): string {
  return file
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}
