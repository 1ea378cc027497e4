/**
 * `npm run update-data -- <endpoints.json | URL> (--date YYYY-MM-DD | --version YYYYMMDDNN) [--check]`
 *
 * Refreshes the Microsoft 365 Optimize lists (`src/estate/data/m365-optimize.ts`) from the JSON of
 * Microsoft's endpoints web service: a file saved from it, or a URL the user gives
 * (`https://endpoints.office.com/endpoints/worldwide?clientrequestid=<guid>`, the only network
 * use, and only on request). The list's date is `--date`, or the date of the web service
 * version (`https://endpoints.office.com/version/worldwide` gives the latest). A list with new
 * networks becomes the newest and the default; older lists stay. `--check` writes nothing and
 * exits 1 when the data file would change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { listDate, optimizeModule, teamsOptimizeRanges, withNewList } from './m365-endpoints.js';
import { M365_OPTIMIZE_LISTS, NEWEST_M365_OPTIMIZE_LIST } from '../src/estate/data/m365-optimize.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DATA_FILE = 'src/estate/data/m365-optimize.ts';
const USAGE = 'usage: npm run update-data -- <endpoints.json | https://endpoints.office.com/endpoints/worldwide?clientrequestid=<guid>> (--date YYYY-MM-DD | --version YYYYMMDDNN) [--check]';

interface Arguments {
  source: string;
  date?: string;
  version?: string;
  check: boolean;
}

function parseArguments(argv: string[]): Arguments {
  const args: Partial<Arguments> & { check: boolean } = { check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--date' || arg === '--version') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      args[arg === '--date' ? 'date' : 'version'] = value;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.source === undefined) args.source = arg;
    else throw new Error(`one source only (got ${args.source} and ${arg})`);
  }
  if (args.source === undefined) throw new Error('no source given');
  return args as Arguments;
}

async function readSource(source: string): Promise<string> {
  if (!/^https?:\/\//i.test(source)) return readFileSync(source, 'utf8');
  const url = new URL(source);
  // The web service asks every caller for a request id of its own.
  if (![...url.searchParams.keys()].some((key) => key.toLowerCase() === 'clientrequestid')) url.searchParams.set('clientrequestid', randomUUID());
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.origin}${url.pathname} answered ${response.status} ${response.statusText}`);
  return response.text();
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const date = listDate(args);
  const found = teamsOptimizeRanges(await readSource(args.source));
  const updated = withNewList({ lists: M365_OPTIMIZE_LISTS, newest: NEWEST_M365_OPTIMIZE_LIST }, date, found, args.version);
  const file = path.join(ROOT, DATA_FILE);
  const text = optimizeModule(updated);
  const stale = text !== readFileSync(file, 'utf8');
  if (args.check) {
    if (stale) {
      console.error(`${DATA_FILE} is not current: run npm run update-data without --check`);
      process.exitCode = 1;
    }
    return;
  }
  if (stale) writeFileSync(file, text);
  console.log(updated.changed ? `${DATA_FILE}: list ${date} added (${found.ranges.join(', ')})` : `${DATA_FILE}: the newest list already holds ${found.ranges.join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(`update-data: ${(error as Error).message}\n${USAGE}`);
  process.exitCode = 2;
});
