import { defineRule } from '../../src/engine/rule.js';
import { NTLM_KEY } from '../../src/estate/client-policy.js';
import type { RegistryValue } from '../../src/estate/registry.js';

/** The NTLM security flags of NTLMMinClientSec / NTLMMinServerSec (MSV1_0). */
const NTLM_FLAGS: Array<[number, string]> = [
  [0x00000010, 'message integrity'],
  [0x00000020, 'message confidentiality'],
  [0x00080000, 'NTLMv2 session security'],
  [0x20000000, '128-bit encryption'],
  [0x80000000, '56-bit encryption'],
];

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}

export default defineRule<Record<string, never>, 'clientOffersLess'>({
  id: 'lync/ntlm-min-sec',
  meta: {
    description: 'The NTLM security a client offers covers what the server requires (NTLMMinClientSec, NTLMMinServerSec)',
    rationale: [
      'Remote users sign in through the Edge with NTLM. The server side requires the security levels set in',
      '`NTLMMinServerSec`, the client offers those in `NTLMMinClientSec` (both DWORD bit flags under',
      '`HKLM\\\\System\\\\CurrentControlSet\\\\Control\\\\Lsa\\\\MSV1_0`). When the server requires a flag the client does not',
      'offer, for example `0x20080030` (128-bit encryption, NTLMv2 session security, integrity and confidentiality)',
      'against a client left at `0`, NTLM authentication fails and external sign-in fails with it (seed 001).',
      '',
      'Each client value in the registry exports is compared with each server value; the finding names both',
      'values and both files.',
      '',
      '**Fix:** raise the client\'s `NTLMMinClientSec` to include every flag the server requires (usually',
      '`0x20080030` on both sides), by Group Policy ("Network security: Minimum session security for NTLM SSP").',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'seed 001 (OCS 2007 R2 client sign-in)', section: 'NTLMMinClientSec and NTLMMinServerSec' },
      { source: 'Microsoft documentation', section: 'Network security: Minimum session security for NTLM SSP based clients and servers' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      clientOffersLess:
        'NTLMMinClientSec {{client}} ({{clientFile}}) offers less than NTLMMinServerSec {{server}} ({{serverFile}}) requires: {{missing}} missing; NTLM sign-in fails',
    },
  },
  appliesTo: (estate) => estate.registry.writes(NTLM_KEY, 'NTLMMinClientSec').length > 0 && estate.registry.writes(NTLM_KEY, 'NTLMMinServerSec').length > 0,
  check({ estate, report }) {
    const dwords = (name: string) => estate.registry.writes(NTLM_KEY, name).filter((v): v is RegistryValue & { data: number } => !v.deleted && v.type === 'dword' && typeof v.data === 'number');
    const servers = dwords('NTLMMinServerSec');
    for (const client of dwords('NTLMMinClientSec')) {
      for (const server of servers) {
        const missing = (server.data & ~client.data) >>> 0;
        if (missing === 0) continue;
        const names = NTLM_FLAGS.filter(([flag]) => (missing & flag) >>> 0 !== 0).map(([, name]) => name);
        const unnamed = NTLM_FLAGS.reduce((rest, [flag]) => (rest & ~flag) >>> 0, missing);
        if (unnamed !== 0) names.push(`flags ${hex(unnamed)}`);
        report({
          node: client,
          messageId: 'clientOffersLess',
          data: { client: hex(client.data), clientFile: client.file, server: hex(server.data), serverFile: server.file, missing: names.join(', ') },
          related: [{ node: server, message: `NTLMMinServerSec ${hex(server.data)}` }],
        });
      }
    }
  },
});
