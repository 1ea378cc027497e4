import type { Estate } from '../estate/estate.js';
import type { Located, Severity } from '../core/types.js';
import type { Family, PresetProduct, RuleFamilies } from '../model/products.js';

/** A JSON Schema (draft 2020-12 subset ajv understands) describing a rule's options. */
export type JsonSchema = Record<string, unknown>;

export interface Citation {
  source: string;
  section?: string;
  url?: string;
}

export interface RuleMeta<MessageId extends string = string, Options = Record<string, unknown>> {
  /** One line: what the rule checks. Used in `uclint rules`, docs, SARIF shortDescription. */
  description: string;
  /** Why it matters and how to fix it (Markdown). Used in docs and SARIF help. */
  rationale: string;
  /** Default severity; configuration may override. */
  severity: Severity;
  /** In `uclint:recommended`. */
  recommended: boolean;
  citations: Citation[];
  /** JSON Schema of the options object; `default`s are applied before `check` runs. */
  options?: JsonSchema;
  /** Message templates: `{{name}}` is replaced with `data.name`. One source of text per message. */
  messages: Record<MessageId, string>;
  /** Short invalid and valid snippets for the generated docs: zone-file text, or a manifest with `language: 'yaml'`. */
  examples?: { invalid?: string; valid?: string; language?: 'dns' | 'yaml' | 'hcl' | 'xml' };
  /**
   * The families of deployments the rule is about (`lync`, `legacy`, `teams`, `cisco`,
   * `sip`), or `all` (also when absent). The engine runs the rule only for an estate of one
   * of them; for an estate whose families are unknown, only a rule about every family runs.
   * A product preset (`uclint:lync2010`) turns a recommended rule on when the product's
   * family is listed.
   */
  families?: RuleFamilies;
  /**
   * Messages about fewer families than the rule (a check that holds for one vendor's servers
   * inside a rule that holds for all): reported only for an estate of one of them.
   */
  messageFamilies?: Partial<Record<MessageId, readonly Family[]>>;
  /**
   * Only for a rule about some products of its families, not all of them: those products.
   * Such a rule does not run for an estate whose product is another one, nor joins its preset.
   */
  products?: readonly PresetProduct[];
  /** Option values a product's preset sets (the pool size limit of Lync Server 2010); each must pass `options`. */
  presetOptions?: Partial<Record<PresetProduct, Partial<Options>>>;
}

export interface ReportDescriptor<MessageId extends string = string> {
  node: Located;
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Other places that make the finding (the record that publishes a name, the certificate that lacks it). */
  related?: Array<{ node: Located; message: string }>;
  /**
   * The most this finding can be, for rules whose findings differ in weight (a certificate
   * that expires soon is a warning, an expired one an error). The configured severity caps
   * it: with the rule set to `warn`, an expired certificate is a warning too.
   */
  severity?: Severity;
}

/** The `report` function of a rule's context, for helpers a rule's `check` hands it to. */
export type Report<MessageId extends string = string> = (descriptor: ReportDescriptor<MessageId>) => void;

export interface RuleContext<Options, MessageId extends string = string> {
  estate: Estate;
  /** Options after schema validation and defaults. */
  options: Options;
  /** The date rules judge time against (`--now`, config `settings.now`, or the clock). */
  now: Date;
  report: Report<MessageId>;
  /**
   * Say once that part of the check could not be made (e.g. zones of unknown view);
   * becomes one `info` finding per rule and node.
   */
  notChecked(node: Located, reason: string): void;
}

export interface RuleDefinition<Options = Record<string, unknown>, MessageId extends string = string> {
  /** `<pack>/<rule>`; equals the file's path under `rules/` without `.ts`. */
  id: string;
  meta: RuleMeta<MessageId, Options>;
  /** False when the estate holds nothing the rule can look at (not applicable is not a pass). */
  appliesTo?: (estate: Estate) => boolean;
  check(context: RuleContext<Options, MessageId>): void;
}

export function defineRule<Options = Record<string, unknown>, MessageId extends string = string>(
  rule: RuleDefinition<Options, MessageId>,
): RuleDefinition<Options, MessageId> {
  if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new Error(`rule id "${rule.id}" is not of the form <pack>/<rule-name>`);
  }
  return Object.freeze(rule);
}

/** Any rule, with its option and message types erased (the registry's element type). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleDefinition<any, string>;

export function packOf(ruleId: string): string {
  return ruleId.slice(0, ruleId.indexOf('/'));
}

/** Fills `{{key}}` placeholders; an unknown key is a programming error caught by the rule tests. */
export function fillMessage(template: string, data: Record<string, string | number> = {}): string {
  const parts = templateParts(template);
  // parts: text, key, whole placeholder, text, key, whole placeholder, ..., text.
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i];
    text += (key in data ? String(data[key]) : parts[i + 1]) + parts[i + 2];
  }
  return text;
}

/** Templates split once at their placeholders: a rule reports hundreds of thousands of findings from a handful of templates. */
const TEMPLATE_PARTS = new Map<string, readonly string[]>();
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    const split: string[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      split.push(template.slice(last, match.index), match[1], match[0]);
      last = (match.index as number) + match[0].length;
    }
    split.push(template.slice(last));
    parts = split;
    // Templates come from rule metadata: few, and kept for the process anyway.
    if (TEMPLATE_PARTS.size < 10_000) TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}
