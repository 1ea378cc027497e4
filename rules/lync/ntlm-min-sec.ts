import { defineRule } from '../../src/engine/rule.js';
import { LSA_KEY, NTLM_KEY } from '../../src/estate/client-policy.js';
import type { RegistryValue } from '../../src/model/registry.js';

/** NTLMv2 session security in NTLMMinClientSec / NTLMMinServerSec (MSV1_0). */
const NTLM2_SESSION_SECURITY = 0x00080000;
/** The LAN Manager authentication level at which a client never uses NTLMv2 session security ("Send LM & NTLM responses"). */
const NO_NTLM2_SESSION_LEVEL = 0;

function hex(value: number): string {
  return `0x${value.toString(16).padStart(8, '0')}`;
}

type Dword = RegistryValue & { data: number };

export default defineRule<Record<string, never>, 'requirementUnmet'>({
  id: 'lync/ntlm-min-sec',
  meta: {
    description: 'The NTLM session security a server requires (NTLMMinServerSec) is one the clients can use',
    rationale: [
      'Remote users sign in through the Edge with NTLM. `NTLMMinServerSec` and `NTLMMinClientSec` (DWORD bit',
      'flags under `HKLM\\\\System\\\\CurrentControlSet\\\\Control\\\\Lsa\\\\MSV1_0`) are each side\'s **minimum',
      'requirement**, not what it offers: every supported Windows can do message integrity, confidentiality,',
      'NTLMv2 session security and 128-bit encryption, and the session gets what both support. A client whose',
      'minimum is lower than the server\'s (`0`, or the Windows default `0x20000000`, against a server\'s',
      '`0x20080030`) still meets the server\'s requirement, so differing values are no finding.',
      '',
      'Sign-in fails only when one side requires what the other cannot do. The registry says so in one case: a',
      'client at LAN Manager authentication level 0 ("Send LM & NTLM responses", `LmCompatibilityLevel` under',
      '`...\\\\Control\\\\Lsa`) never uses NTLMv2 session security, so a server requiring it (flag `0x00080000`)',
      'refuses that client. Each `LmCompatibilityLevel` in the registry exports is compared with each',
      '`NTLMMinServerSec`; the finding names both values and both files. Without an authentication level in the',
      'estate, nothing shows what a client cannot do, and the rule does not apply.',
      '',
      '**Fix:** raise the clients\' LAN Manager authentication level to 1 or higher (3, "Send NTLMv2 response',
      'only", is the Windows default) by Group Policy ("Network security: LAN Manager authentication level"), or',
      'drop NTLMv2 session security from the server\'s minimum.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [
      { source: 'Communications Server 2007 R2: Common Issues with Sign-in and Discovery', section: 'Mismatch between NTLMMinClientSec and NTLMMinServerSec' },
      { source: 'Network security: Minimum session security for NTLM SSP based (including secure RPC) clients and servers', section: 'Possible values (each a requirement)' },
      { source: 'Network security: LAN Manager authentication level', section: 'Send LM & NTLM responses: clients never use NTLMv2 session security' },
    ],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      requirementUnmet:
        'NTLMMinServerSec {{server}} ({{serverFile}}) requires NTLMv2 session security, which clients at LAN Manager authentication level {{level}} ({{clientFile}}) never use; their NTLM sign-in fails',
    },
  },
  appliesTo: (estate) => estate.registry.writes(NTLM_KEY, 'NTLMMinServerSec').length > 0 && estate.registry.writes(LSA_KEY, 'LmCompatibilityLevel').length > 0,
  check({ estate, report }) {
    const dwords = (key: string, name: string) => estate.registry.writes(key, name).filter((v): v is Dword => !v.deleted && v.type === 'dword' && typeof v.data === 'number');
    const levels = dwords(LSA_KEY, 'LmCompatibilityLevel').filter((v) => v.data === NO_NTLM2_SESSION_LEVEL);
    for (const server of dwords(NTLM_KEY, 'NTLMMinServerSec')) {
      if ((server.data & NTLM2_SESSION_SECURITY) === 0) continue;
      for (const client of levels) {
        report({
          node: server,
          messageId: 'requirementUnmet',
          data: { server: hex(server.data), serverFile: server.file, level: client.data, clientFile: client.file },
          related: [{ node: client, message: `LmCompatibilityLevel ${client.data}` }],
        });
      }
    }
  },
});
