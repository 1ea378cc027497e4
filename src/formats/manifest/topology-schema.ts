/**
 * JSON Schema of a `kind: Topology` document. `schemas/manifest-topology.schema.json`
 * ships the same object for editors (`npm run generate` writes it; a test keeps the two
 * equal). Host names, addresses, `host:port` and URLs are strings here; the converter
 * reads them, since their syntax is more than a pattern can say with a useful message.
 */
import { documentSchema } from './kind.js';
import { PRODUCTS } from '../../model/products.js';

/** Products a `kind: Topology` describes: every product but Cisco's, whose servers a topology does not model. */
export const TOPOLOGY_PRODUCTS = PRODUCTS.filter((product) => product !== 'cisco');

export const POOL_ROLES = ['frontend', 'director', 'edge', 'mediation'] as const;

const nonEmptyString = { type: 'string', minLength: 1 };

const fqdn = (description: string) => ({ ...nonEmptyString, description });

const fqdnList = (description: string) => ({ type: 'array', items: nonEmptyString, description });

const ip = { ...nonEmptyString, description: 'IPv4 address (four decimal parts) or IPv6 address.' };

const port = { type: 'integer', minimum: 1, maximum: 65535 };

const mapping = (properties: Record<string, object>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  ...(required.length > 0 ? { required } : {}),
  properties,
});

const simpleUrl = (description: string) => ({
  description: `${description} One URL or host name, or a list of them.`,
  oneOf: [nonEmptyString, { type: 'array', items: nonEmptyString }],
});

const manualServer = (description: string) => ({
  ...nonEmptyString,
  description: `${description} \`host\` or \`host:port\`; an IPv6 address in brackets when a port follows (\`[2001:db8::1]:443\`).`,
  examples: ['sip.contoso.com:443'],
});

export const TOPOLOGY_SCHEMA = documentSchema('Topology', 'uclint manifest: kind Topology', {
  required: [],
  properties: {
    product: { enum: [...TOPOLOGY_PRODUCTS], description: 'Server product and version; selects product defaults such as the pool size limit (settings.product in the config wins).' },
    sipDomains: fqdnList('SIP domains users sign in with (`user@contoso.com`).'),
    tenantDomains: fqdnList('Other domains registered in the Microsoft 365 tenant (the SIP domains count already), such as a subdomain that names an SBC.'),
    clientPolicy: {
      description: 'What clients are told.',
      ...mapping({
        strictDnsNaming: { type: 'boolean', description: 'EnableStrictDNSNaming: a discovered server must be the SIP domain or sip.<domain>.' },
        allowTcp: { type: 'boolean', description: 'Clients may use clear-text SIP over TCP (_sipinternal._tcp).' },
        manualServers: {
          description: 'Servers configured by hand instead of DNS discovery.',
          ...mapping({
            internal: manualServer('Internal server.'),
            external: manualServer('External server.'),
          }),
        },
      }),
    },
    pools: { description: 'Front End, Director, Edge and Mediation pools.', type: 'array', items: { $ref: '#/definitions/pool' } },
    edges: { description: 'Edge pools with their internal and external names.', type: 'array', items: { $ref: '#/definitions/edge' } },
    reverseProxy: {
      description: 'The reverse proxy that publishes web services and simple URLs.',
      ...mapping({ fqdn: fqdn('External FQDN of the reverse proxy.'), ip, publishes: fqdnList('Host names it publishes.') }, ['fqdn']),
    },
    simpleUrls: {
      description: 'Simple URLs: `https://meet.contoso.com/` or a host name.',
      ...mapping({
        meet: simpleUrl('Meeting URLs, one per SIP domain.'),
        dialin: simpleUrl('Dial-in conferencing URL.'),
        admin: simpleUrl('Administration URL.'),
      }),
    },
    exchange: {
      description: 'Exchange names clients reach.',
      ...mapping({ autodiscover: fqdn('Autodiscover host name.'), ews: fqdn('Exchange Web Services host name.') }),
    },
    sbcs: {
      description: 'Session border controllers (Direct Routing, PSTN gateways).',
      type: 'array',
      items: mapping({ fqdn: fqdn('FQDN of the SBC.'), port: { ...port, description: 'SIP/TLS port, 5061 by default on the SBC.' } }, ['fqdn']),
    },
  },
  definitions: {
    pool: mapping(
      {
        fqdn: fqdn('Pool FQDN (for a Standard Edition server, the server FQDN).'),
        role: { enum: [...POOL_ROLES] },
        loadBalancing: { enum: ['dns', 'hardware'], description: 'How SIP traffic to the pool is balanced.' },
        webServices: {
          description: 'Web services FQDNs.',
          ...mapping({ internal: fqdn('Internal web services FQDN.'), external: fqdn('External web services FQDN.') }),
        },
        servers: {
          description: 'Servers of the pool.',
          type: 'array',
          items: mapping({ fqdn: fqdn('Server FQDN.'), id: { type: 'integer', minimum: 1, description: 'Registrar id (slot of the registrar hash).' } }, ['fqdn']),
        },
      },
      ['fqdn'],
    ),
    edgeName: mapping({ fqdn: fqdn('Public FQDN of the service.'), ip }, ['fqdn']),
    edge: mapping({
      internal: { description: 'The internal interface.', ...mapping({ fqdn: fqdn('Internal FQDN of the Edge pool.') }, ['fqdn']) },
      external: {
        description: 'The external services.',
        ...mapping({
          access: { $ref: '#/definitions/edgeName' },
          webConferencing: { $ref: '#/definitions/edgeName' },
          av: { $ref: '#/definitions/edgeName' },
        }),
      },
      servers: fqdnList('FQDNs of the Edge servers.'),
    }),
  },
});
