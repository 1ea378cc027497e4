import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/ntlm-min-sec.js';

const MSV1_0 = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]';
/** A regedit export: header, blank line, key on line 3, values from line 4. */
const reg = (...values: string[]) => ['Windows Registry Editor Version 5.00', '', MSV1_0, ...values, ''].join('\r\n');

runRuleTests(rule, {
  // NTLM values are Windows settings: alone they do not show a Lync estate.
  settings: { families: ['lync'] },
  valid: [
    {
      name: 'both sides at 128-bit and NTLMv2 session security',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:20080030'), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
    },
    {
      name: 'the client offers more than the server requires',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:20080030'), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20000000') },
    },
  ],
  invalid: [
    {
      name: 'the client offers nothing, the server requires 0x20080030 (seed 001)',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:00000000'), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
      errors: [
        {
          messageId: 'clientOffersLess',
          line: 4,
          file: 'policy/clients.reg',
          data: {
            client: '0x00000000',
            clientFile: 'policy/clients.reg',
            server: '0x20080030',
            serverFile: 'policy/edge.reg',
            missing: 'message integrity, message confidentiality, NTLMv2 session security, 128-bit encryption',
          },
        },
      ],
    },
    {
      name: 'one machine\'s export with both values',
      files: { 'policy/server.reg': reg('"NTLMMinClientSec"=dword:00080000', '"NTLMMinServerSec"=dword:20080000') },
      errors: [{ messageId: 'clientOffersLess', line: 4, data: { missing: '128-bit encryption' } }],
    },
  ],
});
