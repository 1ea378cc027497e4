/**
 * The Microsoft 365 Optimize lists are data made by `npm run update-data` from the endpoints web
 * service's JSON. The saved answer under fixtures/data is in that service's format; the committed
 * data file must be exactly what the script makes from it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { listDate, optimizeModule, teamsOptimizeRanges, withNewList } from '../../scripts/m365-endpoints.js';
import { M365_OPTIMIZE_LISTS, NEWEST_M365_OPTIMIZE_LIST } from '../../src/estate/data/m365-optimize.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SAVED = path.join(ROOT, '__tests__/fixtures/data/m365-endpoints-worldwide.json');
const DATA_FILE = path.join(ROOT, 'src/estate/data/m365-optimize.ts');

function runScript(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/update-data.ts'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
    });
  });
}

describe('Teams Optimize ranges from the endpoints web service', () => {
  it('takes the Optimize sets of the Skype service area only, IPv4 before IPv6', () => {
    expect(teamsOptimizeRanges(readFileSync(SAVED, 'utf8'))).toEqual({ ids: [11], ranges: ['52.112.0.0/14', '52.122.0.0/15', '2603:1063::/38'] });
  });

  it('the committed data file is what the script makes from the saved answer', () => {
    const older = Object.fromEntries(Object.entries(M365_OPTIMIZE_LISTS).filter(([key]) => key !== '2026-08-14'));
    const made = withNewList({ lists: older, newest: '2023' }, '2026-08-14', teamsOptimizeRanges(readFileSync(SAVED, 'utf8')));
    expect(made.changed).toBe(true);
    expect(made.newest).toBe('2026-08-14');
    expect(optimizeModule(made)).toBe(readFileSync(DATA_FILE, 'utf8'));
    expect(NEWEST_M365_OPTIMIZE_LIST).toBe('2026-08-14');
  });

  it('keeps the data when the newest list holds the same networks', () => {
    const data = { lists: M365_OPTIMIZE_LISTS, newest: NEWEST_M365_OPTIMIZE_LIST };
    const again = withNewList(data, '2026-09-30', teamsOptimizeRanges(readFileSync(SAVED, 'utf8')));
    expect(again.changed).toBe(false);
    expect(optimizeModule(again)).toBe(readFileSync(DATA_FILE, 'utf8'));
  });

  it('adds a changed list as the newest, dated by the web service version, and keeps the older lists', () => {
    const answer = JSON.stringify([{ id: 11, serviceArea: 'Skype', category: 'Optimize', required: true, expressRoute: true, ips: ['2603:1063::/38', '52.112.0.0/14'] }]);
    const data = withNewList({ lists: M365_OPTIMIZE_LISTS, newest: NEWEST_M365_OPTIMIZE_LIST }, listDate({ version: '2027010100' }), teamsOptimizeRanges(answer), '2027010100');
    expect(data.newest).toBe('2027-01-01');
    expect(data.lists['2027-01-01']).toEqual({ published: '2027-01-01 (endpoints web service version 2027010100, endpoint set 11)', ranges: ['52.112.0.0/14', '2603:1063::/38'] });
    expect(Object.keys(data.lists).sort()).toEqual(['2023', '2026-08-14', '2027-01-01', 'before-2023']);
    const text = optimizeModule(data);
    expect(text.indexOf("'2027-01-01'")).toBeLessThan(text.indexOf("'2026-08-14'"));
    expect(text).toContain("export const NEWEST_M365_OPTIMIZE_LIST: M365OptimizeList = '2027-01-01';");
  });

  it.each([
    ['{', /^not JSON/],
    ['{"id": 11}', /top level is not an array/],
    ['[42]', /index 0 is not an object/],
    ['[{"serviceArea": "Skype", "category": "Optimize"}]', /index 0 has no numeric id/],
    ['[{"id": 11, "serviceArea": "Skype", "category": "Optimize", "ips": "52.112.0.0/14"}]', /endpoint set 11: ips is not a list of strings/],
    ['[{"id": 11, "serviceArea": "Skype", "category": "Optimize", "ips": ["52.112.0.1/14"]}]', /endpoint set 11: .*host bits/],
    ['[{"id": 11, "serviceArea": "Skype", "category": "Optimize", "ips": ["52.112.0.1"]}]', /not a network/],
    ['[{"id": 12, "serviceArea": "Skype", "category": "Allow", "ips": ["52.112.0.0/14"]}]', /no endpoint set of service area Skype in category Optimize/],
  ])('rejects %s', (json, message) => {
    expect(() => teamsOptimizeRanges(json)).toThrow(message);
  });

  it('dates a list by --date or by the version number, and refuses neither', () => {
    expect(listDate({ date: '2026-08-14' })).toBe('2026-08-14');
    expect(listDate({ version: '2026081400' })).toBe('2026-08-14');
    expect(() => listDate({ version: '20260814' })).toThrow(/YYYYMMDDNN/);
    expect(() => listDate({ date: '14.08.2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => listDate({})).toThrow(/--date/);
  });
});

describe('npm run update-data', () => {
  it('--check passes on the saved answer and fails, writing nothing, on a changed one', async () => {
    expect((await runScript([SAVED, '--date', '2026-08-14', '--check'])).code).toBe(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'uclint-endpoints-'));
    try {
      const changed = path.join(dir, 'endpoints.json');
      writeFileSync(changed, JSON.stringify([{ id: 11, serviceArea: 'Skype', category: 'Optimize', ips: ['52.112.0.0/14'] }]));
      const before = readFileSync(DATA_FILE, 'utf8');
      const run = await runScript([changed, '--version', '2027010100', '--check']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is not current');
      expect(readFileSync(DATA_FILE, 'utf8')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a source that is not an endpoints answer exits 2 with the reason and the usage', async () => {
    const run = await runScript([path.join(ROOT, 'package.json'), '--date', '2026-08-14']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('top level is not an array');
    expect(run.stderr).toContain('usage: npm run update-data');
  });
});
