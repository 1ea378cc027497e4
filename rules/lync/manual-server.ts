import { defineRule } from '../../src/engine/rule.js';
import type { Located } from '../../src/core/types.js';
import { hostKind } from '../../src/model/host-port.js';
import { readHostPort } from '../../src/model/values.js';
import type { HostPort } from '../../src/model/topology.js';

type MessageId = 'addressNotName' | 'singleLabel' | 'externalPort' | 'externalNoPort' | 'unreadable';

export default defineRule<Record<string, never>, MessageId>({
  id: 'lync/manual-server',
  meta: {
    description: 'Manual client settings name servers by FQDN, and the external server on port 443',
    rationale: [
      'Clients configured by hand (or by the `ServerAddressInternal` / `ServerAddressExternal` policies) connect',
      'with TLS to exactly the name they are given, and accept the server only when that name is on its',
      'certificate: an IP address or a single-label NetBIOS name never is, so sign-in fails with a certificate',
      'error ("Communications Server 2007 R2: Common Issues with Sign-in and Discovery"). Remote clients reach the Access Edge on port 443 (`sip.contoso.com:443`); without a port,',
      'or with 5061, they try the server-to-server port, which firewalls and the Edge do not open to clients.',
      '',
      'Read from the topology (`clientPolicy.manualServers`) and from registry exports (`ServerAddressInternal`,',
      '`ServerAddressExternal` under the Communicator and Lync policy and preference keys).',
      '',
      '**Fix:** set the internal server to the pool FQDN and the external one to `sip.<domain>:443`; better, remove',
      'manual settings and let clients use automatic configuration.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [{ source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'Manual configuration: FQDNs, and port 443 for the external server' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      addressNotName: '{{which}} server {{host}} is an IP address; TLS needs the FQDN on the server\'s certificate',
      singleLabel: '{{which}} server {{host}} is a single-label NetBIOS name; TLS needs the FQDN on the server\'s certificate',
      externalPort: 'external server {{host}}:{{port}} uses port {{port}}; remote clients reach the Access Edge on 443 ({{host}}:443)',
      externalNoPort: 'external server {{host}} names no port; write {{host}}:443, the port remote clients reach the Access Edge on',
      unreadable: '{{which}} server setting {{text}} is not a host or host:port',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Topology\nclientPolicy:\n  manualServers:\n    internal: 10.0.0.10\n    external: sip.contoso.com:5061',
      valid: 'apiVersion: uclint/v1\nkind: Topology\nclientPolicy:\n  manualServers:\n    internal: pool.contoso.com\n    external: sip.contoso.com:443',
    },
  },
  appliesTo: (estate) =>
    estate.topologies.some((t) => t.clientPolicy?.manualServers) ||
    estate.registry.clientSetting('ServerAddressInternal') !== undefined ||
    estate.registry.clientSetting('ServerAddressExternal') !== undefined,
  check({ estate, report }) {
    const settings: Array<{ which: 'internal' | 'external'; node: Located; server: HostPort | string }> = [];
    for (const topology of estate.topologies) {
      const manual = topology.clientPolicy?.manualServers;
      if (manual?.internal) settings.push({ which: 'internal', node: manual.internal, server: manual.internal.value });
      if (manual?.external) settings.push({ which: 'external', node: manual.external, server: manual.external.value });
    }
    for (const [which, name] of [['internal', 'ServerAddressInternal'], ['external', 'ServerAddressExternal']] as const) {
      const setting = estate.registry.clientSetting(name);
      if (!setting || typeof setting.value.data !== 'string' || setting.value.data.trim() === '') continue;
      // Policies hold the same `host[:port]` text as the topology; read it the same way.
      const read = readHostPort(setting.value.data.trim());
      settings.push({ which, node: setting.value, server: 'host' in read ? read : setting.value.data });
    }
    for (const { which, node, server } of settings) {
      if (typeof server === 'string') {
        report({ node, messageId: 'unreadable', data: { which, text: server } });
        continue;
      }
      const kind = hostKind(server.host);
      if (kind === 'address') report({ node, messageId: 'addressNotName', data: { which, host: server.host } });
      else if (kind === 'single-label') report({ node, messageId: 'singleLabel', data: { which, host: server.host } });
      if (which !== 'external') continue;
      if (server.port === undefined) report({ node, messageId: 'externalNoPort', data: { host: server.host } });
      else if (server.port !== 443) report({ node, messageId: 'externalPort', data: { host: server.host, port: server.port } });
    }
  },
});
