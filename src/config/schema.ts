/**
 * JSON Schema of `.uclint.yml`. `schemas/uclint-config.schema.json` ships the same
 * object for editors; a test keeps the two equal. It lives here as code because the
 * bundle cannot read a file beside the package at run time.
 */

import { DEFAULT_MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_FILE_BOUND } from '../engine/limit.js';
import { FAMILIES, PRESET_PRODUCTS, PRODUCTS } from '../model/products.js';
import { DATE_PATTERN } from '../core/dates.js';

export { PRODUCTS, type Product } from '../model/products.js';

export const CONFIG_SEVERITIES = ['off', 'info', 'warn', 'warning', 'error'] as const;


/** `<pack>/<rule>`: lower-case letters and digits, then letters, digits and hyphens. */
export const RULE_ID_PATTERN = '^[a-z0-9]+/[a-z0-9-]+$';

/**
 * A plugin's package name: `uclint-plugin-<name>` or `@<scope>/uclint-plugin-<name>`; no
 * paths, versions, URLs or `file:` specifiers, and no other package (a config from the
 * tree could otherwise import any package installed beside uclint).
 */
export const PLUGIN_NAME_PATTERN = '^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$';

/** The name of an environment variable, as `certificates.passwords` and `--pkcs12-password-env` take it. */
export const ENVIRONMENT_VARIABLE_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

/** Environment variables a config from the linted tree may name as PKCS#12 passwords without the command line allowing them. */
export const PASSWORD_VARIABLE_PREFIX = 'UCLINT_PKCS12_';

const globList = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md).',
};

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'uclint configuration (.uclint.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: {
      description: 'Presets to start from, applied in order; `rules` is applied after them. Absent means uclint:recommended.',
      oneOf: [{ $ref: '#/definitions/presetName' }, { type: 'array', items: { $ref: '#/definitions/presetName' } }],
    },
    plugins: {
      description:
        'Rule packs from installed packages named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, loaded only when the command line allows plugins (--allow-plugins, --plugins-from). They are looked up in the node_modules of uclint\'s installation (or --plugins-from) and refused when they lie inside the linted tree. Their rules are configured under `rules` like uclint\'s own.',
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', pattern: PLUGIN_NAME_PATTERN, maxLength: 214 },
    },
    rules: {
      description: 'Rule id to severity, or to [severity, options].',
      type: 'object',
      propertyNames: { pattern: RULE_ID_PATTERN },
      additionalProperties: { $ref: '#/definitions/ruleSetting' },
    },
    views: {
      description: 'Which zone files are the internal and which the external view of split-brain DNS.',
      type: 'object',
      additionalProperties: false,
      properties: { internal: globList, external: globList },
    },
    zones: {
      description: 'Origin of zone files whose origin is not written in them: path or glob to domain name (`contoso.com`).',
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1 },
    },
    ignore: { ...globList, description: 'Paths not to lint (globs); `dir/**` skips the whole directory.' },
    settings: {
      description: 'Facts about the deployment that rules use. Rule options go under `rules`, for plugins\' rules too.',
      type: 'object',
      additionalProperties: false,
      properties: {
        sipDomains: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'SIP domains of the deployment.' },
        now: {
          type: 'string',
          pattern: DATE_PATTERN,
          description: 'The date expiry rules judge against (YYYY-MM-DD, or an ISO 8601 date-time); --now wins.',
        },
        strictDnsNaming: { type: 'boolean', description: 'Clients enforce strict DNS naming (EnableStrictDNSNaming).' },
        product: {
          enum: [...PRODUCTS],
          description: 'Product of the deployment (cisco: Unified CM with Expressway); selects product defaults, and the family rules run for unless `families` is given. A product preset sets it.',
        },
        families: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: [...FAMILIES] },
          description:
            'Families of the deployment, when the product alone cannot say (a hybrid of Skype for Business Server and Teams: [lync, teams]): lync (Lync Server 2010-2013, Skype for Business Server), legacy (LCS 2005, OCS 2007), teams, cisco, sip (generic SIP, IMS). Rules about other families do not run. Default: the family of `product`, else what the files show.',
        },
      },
    },
    baseline: { type: 'string', minLength: 1, description: 'Baseline file of accepted findings, relative to the lint root.' },
    maxFindingsPerFile: {
      type: 'integer',
      minimum: 1,
      maximum: MAX_FINDINGS_PER_FILE_BOUND,
      description: `At most this many findings of each rule, and diagnostics of each code, in one file (default ${DEFAULT_MAX_FINDINGS_PER_FILE}); one more finding says how many were not kept. --max-findings-per-file wins.`,
    },
    certificates: {
      description: 'How certificate files are read.',
      type: 'object',
      additionalProperties: false,
      properties: {
        passwords: {
          description:
            'PKCS#12 (.pfx, .p12) passwords: path or glob to the NAME of the environment variable that holds the password. The password itself never goes in the config. A config in the linted tree may name only variables starting with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env).',
          type: 'object',
          additionalProperties: { type: 'string', pattern: ENVIRONMENT_VARIABLE_PATTERN },
        },
      },
    },
    probe: {
      description: 'How `uclint probe` (and the Action\'s `probe: true`) asks the live DNS. Used by no other run.',
      type: 'object',
      additionalProperties: false,
      properties: {
        dnsServers: {
          type: 'array',
          minItems: 1,
          maxItems: 10,
          items: { type: 'string', minLength: 1, maxLength: 64 },
          description: 'DNS servers to ask instead of the system resolver: IP addresses with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353). --dns-server wins.',
        },
        view: {
          enum: ['internal', 'external'],
          description: 'Which side of split-brain DNS the servers answer for, so the answers are compared with the zones of that view (default external). --view wins.',
        },
      },
    },
    audit: {
      description: 'Scheduled audits (GitHub Action): the one issue that lists the findings of the whole repository.',
      type: 'object',
      additionalProperties: false,
      properties: {
        issueTitle: { type: 'string', minLength: 1, maxLength: 256, description: 'Title of the audit issue (default "uclint audit").' },
        labels: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Labels given to the audit issue when it is opened.' },
      },
    },
  },
  definitions: {
    severity: { enum: [...CONFIG_SEVERITIES] },
    ruleSetting: {
      oneOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [{ $ref: '#/definitions/severity' }, { type: 'object' }],
        },
      ],
    },
    presetName: {
      type: 'string',
      examples: ['uclint:recommended', 'uclint:all', ...PRESET_PRODUCTS.map((product) => `uclint:${product}`)],
    },
  },
} as const;

export const CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties);
