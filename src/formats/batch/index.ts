import { defineFormat } from '../shared/format.js';

/** Windows batch files, read as cmd.exe reads them (never run): their `dnscmd` lines give Windows DNS Server records and zones, their `reg add`/`reg delete` lines registry values, their `netsh advfirewall` lines Windows Firewall rule sets. */
export default defineFormat({
  name: 'batch',
  title: 'Windows batch file',
  nouns: ['batch file', 'batch files'],
  recognise: {
    names: { extensions: ['.cmd', '.bat'] },
    order: 60,
  },
  input: 'text',
  comments: { files: 'batch files (`.cmd`, `.bat`)', is: 'a `REM` command or a line starting with `::`, to the end of the line', isNot: '`REM` or `::` inside a quoted argument' },
  diagnostics: {
    severity: 'error',
    description: 'A batch file that runs a command uclint reads could not be read at this line and column',
    help: 'A syntax error (`batch/syntax`), a bound exceeded (`batch/too-large`, `batch/loop-bound`), or a value netsh would refuse (`batch/invalid-firewall-value`). Reported only for files that name a command uclint reads (`dnscmd`, `netsh advfirewall`) or a registry key whose values rules judge (Communicator, Lync, Windows Messenger, `Control\\Lsa`). `batch/registry-value` (a warning): data `reg add` refuses, for a judged key.',
    docSeverity: 'error',
    doc: 'a batch file that names a command uclint reads ([formats.md](formats.md#powershell-scripts-and-batch-files)) could not be read at this line and column: `batch/syntax`, a bound (`batch/too-large`, `batch/loop-bound`), or a value netsh would refuse (`batch/invalid-firewall-value`: a bad protocol, port `70000`, an unknown direction), at the value; `batch/registry-value` (a warning) for data `reg add` refuses, for a key rules judge. Values that cannot be known without running the file (`%1`, variables it does not set, `for /f` over a file) are "not checked" notes, once per file and expression.',
  },
  async load(files, context) {
    const { loadBatch } = await import('./load.js');
    return loadBatch(files, context);
  },
});
