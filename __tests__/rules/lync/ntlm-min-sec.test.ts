import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/ntlm-min-sec.js';

const MSV1_0 = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]';
const LSA = '[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa]';
/** A regedit export: header, blank line, key on line 3, values from line 4. */
const reg = (...values: string[]) => ['Windows Registry Editor Version 5.00', '', MSV1_0, ...values, ''].join('\r\n');
/** A regedit export of the LAN Manager authentication level: key on line 3, the value on line 4. */
const level = (value: number) => ['Windows Registry Editor Version 5.00', '', LSA, `"LmCompatibilityLevel"=dword:0000000${value}`, ''].join('\r\n');

runRuleTests(rule, {
  // NTLM values are Windows settings: alone they do not show a Lync estate.
  settings: { families: ['lync'] },
  valid: [
    {
      name: 'both sides at 128-bit and NTLMv2 session security',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:20080030') + level(3).replace('Windows Registry Editor Version 5.00', ''), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
    },
    {
      // Each value is that side's minimum, not what it offers: a client with no minimum still negotiates 0x20080030.
      name: 'the client requires nothing, the server requires 0x20080030',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:00000000') + level(2).replace('Windows Registry Editor Version 5.00', ''), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
    },
    {
      name: 'a client that uses NTLMv2 session security when negotiated (level 1)',
      files: { 'policy/clients.reg': level(1), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
    },
    {
      name: 'a client that never uses NTLMv2 session security, against a server requiring only 128-bit encryption',
      files: { 'policy/clients.reg': level(0), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20000000') },
    },
    {
      name: 'minimums alone: nothing says what a side cannot do',
      files: { 'policy/clients.reg': reg('"NTLMMinClientSec"=dword:00000000'), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
      notApplicable: 'no LAN Manager authentication level in the estate',
    },
  ],
  invalid: [
    {
      name: 'the server requires NTLMv2 session security, which a client at level 0 never uses',
      files: { 'policy/clients.reg': level(0), 'policy/edge.reg': reg('"NTLMMinServerSec"=dword:20080030') },
      errors: [
        {
          messageId: 'requirementUnmet',
          line: 4,
          file: 'policy/edge.reg',
          data: { server: '0x20080030', serverFile: 'policy/edge.reg', clientFile: 'policy/clients.reg', level: 0 },
        },
      ],
    },
  ],
});
