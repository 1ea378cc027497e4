/**
 * What a JSON text is to Azure Resource Manager, from its top-level object alone: a deployment
 * template (`$schema` ending in `deploymentTemplate.json#`, or `contentVersion` with
 * `resources`), a parameter file (`deploymentParameters.json#`), or neither. A token scan of
 * JSON with comments, so that recognising a file loads no parser; other JSON (a package.json,
 * a VS Code setting, a JSON schema) is left alone.
 */

export type ArmJsonKind = 'template' | 'parameters';

const TEMPLATE_SCHEMA = /deploymenttemplate\.json#?$/i;
const PARAMETERS_SCHEMA = /deploymentparameters\.json#?$/i;

/** The kind of an ARM JSON text (or of its head: a cut text is judged on what it holds). */
export function armJsonKind(text: string): ArmJsonKind | undefined {
  const scan = new TopLevelScan(text);
  let schema: string | undefined;
  let contentVersion = false;
  let resources = false;
  for (const { key, value } of scan.entries()) {
    const lower = key.toLowerCase();
    if (lower === '$schema' && value !== undefined) schema = value.trim();
    else if (lower === 'contentversion') contentVersion = true;
    else if (lower === 'resources') resources = true;
    if (schema !== undefined) break;
  }
  if (schema !== undefined && TEMPLATE_SCHEMA.test(schema)) return 'template';
  if (schema !== undefined && PARAMETERS_SCHEMA.test(schema)) return 'parameters';
  return contentVersion && resources ? 'template' : undefined;
}

/** The keys of a JSON text's top-level object, each with its value when that is a string. */
class TopLevelScan {
  private i = 0;

  constructor(private readonly text: string) {}

  *entries(): Generator<{ key: string; value?: string }> {
    this.space();
    if (this.text[this.i] !== '{') return;
    this.i++;
    for (;;) {
      this.space();
      if (this.text[this.i] !== '"') return;
      const key = this.string();
      if (key === undefined) return;
      this.space();
      if (this.text[this.i] !== ':') return;
      this.i++;
      this.space();
      if (this.text[this.i] === '"') {
        const value = this.string();
        if (value === undefined) return;
        yield { key, value };
      } else {
        yield { key };
        if (!this.skipValue()) return;
      }
      this.space();
      if (this.text[this.i] !== ',') return;
      this.i++;
    }
  }

  /** Blanks and comments. */
  private space(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.i++;
      else if (c === '/' && text[this.i + 1] === '/') {
        while (this.i < text.length && text[this.i] !== '\n' && text[this.i] !== '\r') this.i++;
      } else if (c === '/' && text[this.i + 1] === '*') {
        const close = text.indexOf('*/', this.i + 2);
        this.i = close < 0 ? text.length : close + 2;
      } else return;
    }
  }

  /** A string at `i` (its opening quote): its value, or undefined when it is not closed. */
  private string(): string | undefined {
    const text = this.text;
    let value = '';
    for (let j = this.i + 1; j < text.length; j++) {
      const c = text[j];
      if (c === '"') {
        this.i = j + 1;
        return value;
      }
      if (c === '\n' || c === '\r') return undefined;
      if (c === '\\') {
        j++;
        const escaped = text[j];
        value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped === 'u' ? String.fromCharCode(parseInt(text.slice(j + 1, j + 5), 16) || 0) : (escaped ?? '');
        if (escaped === 'u') j += 4;
      } else value += c;
    }
    return undefined;
  }

  /** Skips a value that is not a string (an object, an array, a number or word); false at the end of the text. */
  private skipValue(): boolean {
    const text = this.text;
    let depth = 0;
    while (this.i < text.length) {
      this.space();
      const c = text[this.i];
      if (c === undefined) return false;
      if (c === '"') {
        if (this.string() === undefined) return false;
        if (depth === 0) return true;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return true;
        depth--;
        if (depth === 0) {
          this.i++;
          return true;
        }
      } else if (depth === 0 && c === ',') return true;
      this.i++;
    }
    return false;
  }
}
