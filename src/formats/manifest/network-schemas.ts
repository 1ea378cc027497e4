/**
 * JSON Schemas of the network kinds: `VpnProfile`, `FirewallRules` and `MediaPolicy`,
 * shipped as `schemas/manifest-<kind>.schema.json` (`npm run generate`; a test keeps them
 * equal). Addresses and ports are strings (or port numbers) here; the converters read them
 * with `parseAddressSpec` and `parsePortSpec`, whose messages say what is wrong.
 */
import { documentSchema } from './kind.js';

export const INTERFACE_TYPES = ['lan', 'wireless', 'remoteAccess', 'any'] as const;
export const FIREWALL_PROFILES = ['domain', 'private', 'public', 'any'] as const;
export const CANDIDATE_TYPES = ['host', 'prflx', 'srflx', 'relay'] as const;

const nonEmptyString = { type: 'string', minLength: 1 };

const setName = { ...nonEmptyString, description: 'Name findings use; the file name when absent.' };

const addressText = {
  ...nonEmptyString,
  description: 'IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.',
  examples: ['10.0.0.0/8, 192.168.0.0/16'],
};

const addresses = (description: string) => ({
  description: `${description} A list, or one string with entries separated by commas.`,
  oneOf: [addressText, { type: 'array', items: addressText }],
});

const portText = { description: 'Port (0-65535), range `first-last`, or `any`.', oneOf: [{ type: 'integer' }, nonEmptyString], examples: ['1024-65535'] };

const ports = (description: string) => ({
  description: `${description} A list, one port, or one string with entries separated by commas.`,
  oneOf: [{ type: 'integer' }, nonEmptyString, { type: 'array', items: portText }],
});

const names = (values: readonly string[], description: string) => ({ description, type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...values] } });

/** Media type names as keys: `audio`, `video`, `sharing`, or any other. */
const perMediaType = (value: object, description: string) => ({
  description,
  type: 'object',
  propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9_-]*$' },
  additionalProperties: value,
});

export const VPN_PROFILE_SCHEMA = documentSchema('VpnProfile', 'uclint manifest: kind VpnProfile', {
  required: [],
  properties: {
    name: setName,
    tunnel: { enum: ['split', 'full'], description: '`full` sends everything into the tunnel; `split` only what `include` names.' },
    clientSubnets: addresses('Addresses VPN clients get.'),
    include: addresses('Routed into the tunnel.'),
    exclude: addresses('Bypass the tunnel (UC public addresses, Microsoft 365 Optimize ranges).'),
    dns: {
      description: 'DNS given to VPN clients.',
      type: 'object',
      additionalProperties: false,
      properties: {
        servers: { description: 'DNS server addresses.', type: 'array', items: nonEmptyString },
        suffixes: { description: 'DNS suffixes (search domains).', type: 'array', items: nonEmptyString },
      },
    },
  },
});

export const FIREWALL_RULES_SCHEMA = documentSchema('FirewallRules', 'uclint manifest: kind FirewallRules', {
  required: ['rules'],
  properties: {
    name: setName,
    semantics: {
      enum: ['windows', 'ordered'],
      description: '`windows` (default): a matching block rule beats any allow rule, whatever the order; `ordered`: the first matching rule decides.',
    },
    appliesTo: { ...nonEmptyString, description: 'What the rules guard, for role checks: `vpn-clients`, `edge-external`, ...' },
    rules: { description: 'The rules, in order.', type: 'array', items: { $ref: '#/definitions/rule' } },
  },
  definitions: {
    rule: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'direction', 'action'],
      properties: {
        name: { ...nonEmptyString, description: 'Rule name, unique in the rule set.' },
        direction: { enum: ['inbound', 'outbound'] },
        action: { enum: ['allow', 'block'] },
        program: { ...nonEmptyString, description: 'Program path the rule applies to (`%ProgramFiles%\\Microsoft Lync\\communicator.exe`); every program when absent.' },
        protocol: { enum: ['tcp', 'udp', 'icmp', 'any'], description: '`any` when absent.' },
        localAddresses: addresses('Local addresses; `any` when absent.'),
        remoteAddresses: addresses('Remote addresses; `any` when absent.'),
        localPorts: ports('Local ports (tcp and udp only); `any` when absent.'),
        remotePorts: ports('Remote ports (tcp and udp only); `any` when absent.'),
        interfaceTypes: names(INTERFACE_TYPES, 'Interface types the rule applies to; `any` when absent.'),
        profiles: names(FIREWALL_PROFILES, 'Network profiles the rule applies to; `any` when absent.'),
        enabled: { type: 'boolean', description: '`true` when absent.' },
      },
    },
  },
});

const typePreference = { type: 'integer', minimum: 0, maximum: 126 };

export const MEDIA_POLICY_SCHEMA = documentSchema('MediaPolicy', 'uclint manifest: kind MediaPolicy', {
  required: [],
  properties: {
    candidateTypePreference: {
      description: 'ICE type preference (RFC 8445, 0-126) per candidate type, or the types from most to least preferred (126, 110, 100, 0 by position).',
      oneOf: [
        { type: 'object', additionalProperties: false, properties: Object.fromEntries(CANDIDATE_TYPES.map((type) => [type, typePreference])) },
        { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...CANDIDATE_TYPES] } },
      ],
    },
    transportOrder: names(['udp', 'tcp'], 'Transports from most to least preferred.'),
    excludeInterfaces: {
      description: 'Interfaces that give no candidates: a type (`lan`, `wireless`, `remoteAccess`) or a network.',
      type: 'array',
      items: nonEmptyString,
      examples: [['remoteAccess', '172.16.0.0/12']],
    },
    portRanges: perMediaType({ description: 'Port range `first-last` (or one port).', oneOf: [{ type: 'integer' }, nonEmptyString], examples: ['50000-50019'] }, 'Client port range per media type.'),
    dscp: perMediaType({ type: 'integer', minimum: 0, maximum: 63 }, 'DSCP value (0-63) per media type.'),
    concurrentCalls: { type: 'integer', minimum: 1, description: 'Concurrent calls a client must carry, for port-count checks.' },
  },
});
