import { defineFormat } from '../shared/format.js';

/**
 * PowerShell scripts and modules, read statically (never run): the commands uclint models
 * become nodes: Windows DNS Server records and zones (`dns.ts`), registry writes (`registry.ts`),
 * Direct Routing SBCs and simple URLs (`lync-config.ts`), Always On VPN profiles (`vpn.ts`),
 * Windows Firewall rule sets (`firewall.ts`), QoS policies and Teams / Skype for Business client
 * media settings (`media.ts`). Every `.ps1` and `.psm1` is read; one that holds none of those
 * commands gives nothing.
 */
export default defineFormat({
  name: 'powershell',
  title: 'PowerShell script',
  nouns: ['PowerShell script', 'PowerShell scripts'],
  recognise: {
    names: { extensions: ['.ps1', '.psm1'] },
    order: 60,
  },
  input: 'text',
  comments: { files: 'PowerShell scripts (`.ps1`, `.psm1`)', is: '`#` to the end of the line, and `<# ... #>`, outside strings', isNot: '`#` inside a string or a word (`a#b`), and in a here-string' },
  diagnostics: {
    severity: 'error',
    description: 'A PowerShell script that runs a command uclint reads could not be read at this line and column',
    help: 'A syntax error (`powershell/syntax`), or a bound of the static reader exceeded (text, nesting, loop iterations, string and list sizes, work). A value a firewall, QoS or media cmdlet would refuse (`powershell/invalid-firewall-value`, `powershell/invalid-media-value`). Reported only for scripts that name a command uclint reads (`Add-DnsServer*`, `dnscmd`, the NetFirewall cmdlets, `netsh advfirewall`, `New-NetQosPolicy`, the Teams / Skype for Business media cmdlets, `*-CsOnlinePSTNGateway`, `New-CsSimpleUrl`, ProfileXML) or a registry key whose values rules judge (Communicator, Lync, Windows Messenger, `Control\\Lsa`); reading goes on after the statement. `powershell/registry-value` (a warning): data a registry writer refuses, for a judged key.',
    docSeverity: 'error',
    doc: 'a PowerShell script that names a command uclint reads ([formats.md](formats.md#powershell-scripts-and-batch-files)) could not be read at this line and column: `powershell/syntax`, or a bound of the static reader (`powershell/too-large`, `powershell/too-deep`, `powershell/loop-bound`, `powershell/string-bound`, `powershell/value-bound`, `powershell/evaluation-bound`), or `powershell/duplicate-key`, or a value a firewall, QoS or media cmdlet would refuse (`powershell/invalid-firewall-value`, `powershell/invalid-media-value`: a bad protocol, port `70000`, an unknown direction), at the value; `powershell/registry-value` (a warning) for registry data its writer refuses (`reg add /t REG_DWORD /d ten`, `-PropertyType REG_DWORD`), for a key rules judge. Reading goes on after the statement. Values that cannot be known without running the script are "not checked" notes, once per file and expression.',
  },
  async load(files, context) {
    const { loadPowerShell } = await import('./load.js');
    return loadPowerShell(files, context);
  },
});
