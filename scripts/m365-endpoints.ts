/**
 * The Microsoft 365 Optimize ranges of Teams media as uclint keeps them: dated lists in
 * `src/estate/data/m365-optimize.ts`, made from the JSON of Microsoft's endpoints web service
 * (`endpoints.office.com/endpoints/worldwide`: an array of endpoint sets, each with `id`,
 * `serviceArea`, `category`, and `ips`, `tcpPorts`, `udpPorts`, `urls` when not blank).
 * Pure functions: `scripts/update-data.ts` does the reading and writing.
 */
import { parseAddressSpec, type AddressRange } from '../src/model/ip-ranges.js';

export interface OptimizeList {
  /** How messages date the list: `2026-08-14 (endpoint set 11)`. */
  published: string;
  ranges: readonly string[];
}

export type OptimizeLists = Readonly<Record<string, OptimizeList>>;

/**
 * The lists and which is the newest (the default). The newest is named, not taken from key
 * order: JavaScript enumerates a key like `2023` before every other key.
 */
export interface OptimizeData {
  lists: OptimizeLists;
  newest: string;
}

/** One endpoint set of the web service's answer, as far as the Optimize lists need it. */
interface EndpointSet {
  id: number;
  serviceArea: string;
  category: string;
  ips: string[];
}

/** The service area of Teams media in the web service (named after Skype for Business Online). */
const TEAMS_SERVICE_AREA = 'Skype';

/**
 * The Teams Optimize endpoint sets of a web service answer (service area `Skype`, category
 * `Optimize`, with addresses), with their networks in order: IPv4 before IPv6, by address.
 * Throws with a message naming what is wrong when the text is not such an answer.
 */
export function teamsOptimizeRanges(json: string): { ids: number[]; ranges: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error('not an endpoints web service answer: the top level is not an array of endpoint sets');
  const sets = data.map((item, index) => endpointSet(item, index));
  const optimize = sets.filter((s) => s.serviceArea === TEAMS_SERVICE_AREA && s.category === 'Optimize' && s.ips.length > 0);
  if (optimize.length === 0) throw new Error(`no endpoint set of service area ${TEAMS_SERVICE_AREA} in category Optimize with addresses`);
  const networks = new Map<string, AddressRange>();
  for (const set of optimize) {
    for (const text of set.ips) {
      const parsed = parseAddressSpec(text);
      if ('error' in parsed) throw new Error(`endpoint set ${set.id}: ${parsed.error}`);
      if (!text.includes('/') || parsed.any) throw new Error(`endpoint set ${set.id}: '${text}' is not a network (address/prefix)`);
      networks.set(text.toLowerCase(), parsed.ranges[0]);
    }
  }
  const ranges = [...networks.entries()]
    .sort(([, a], [, b]) => a.family - b.family || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
    .map(([text]) => text);
  return { ids: optimize.map((s) => s.id).sort((a, b) => a - b), ranges };
}

function endpointSet(item: unknown, index: number): EndpointSet {
  const where = `endpoint set at index ${index}`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`${where} is not an object`);
  const record = item as Record<string, unknown>;
  if (typeof record.id !== 'number') throw new Error(`${where} has no numeric id`);
  if (typeof record.serviceArea !== 'string') throw new Error(`endpoint set ${record.id} has no serviceArea`);
  if (typeof record.category !== 'string') throw new Error(`endpoint set ${record.id} has no category`);
  const ips = record.ips ?? [];
  if (!Array.isArray(ips) || ips.some((ip) => typeof ip !== 'string')) throw new Error(`endpoint set ${record.id}: ips is not a list of strings`);
  return { id: record.id, serviceArea: record.serviceArea, category: record.category, ips: ips as string[] };
}

/** `2026-08-14` from `--date`, or from a web service version number (`2026081400`). */
export function listDate(options: { date?: string; version?: string }): string {
  if (options.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date) || Number.isNaN(Date.parse(`${options.date}T00:00:00Z`))) throw new Error(`--date ${options.date} is not YYYY-MM-DD`);
    return options.date;
  }
  if (options.version !== undefined) {
    const match = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(options.version);
    if (!match) throw new Error(`--version ${options.version} is not a web service version (YYYYMMDDNN)`);
    return listDate({ date: `${match[1]}-${match[2]}-${match[3]}` });
  }
  throw new Error('give the date of the list (--date YYYY-MM-DD) or the web service version it comes from (--version YYYYMMDDNN)');
}

/**
 * The data after adding the list published on `date`: it becomes the newest unless the newest
 * list holds the same networks already; a list of the same date is replaced. Older lists stay,
 * as options for profiles written against them.
 */
export function withNewList(data: OptimizeData, date: string, found: { ids: number[]; ranges: string[] }, version?: string): OptimizeData & { changed: boolean } {
  const newest = data.lists[data.newest];
  if (newest && sameNetworks(newest.ranges, found.ranges)) return { ...data, changed: false };
  const source = version === undefined ? `endpoint set ${found.ids.join(', ')}` : `endpoints web service version ${version}, endpoint set ${found.ids.join(', ')}`;
  const added: OptimizeList = { published: `${date} (${source})`, ranges: found.ranges };
  const rest = Object.entries(data.lists).filter(([key]) => key !== date);
  return { lists: Object.fromEntries([[date, added], ...rest]), newest: date, changed: true };
}

function sameNetworks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((range, i) => range === b[i]);
}

/** The text of `src/estate/data/m365-optimize.ts`: the newest list first, then the others by date, newest first. */
export function optimizeModule(data: OptimizeData): string {
  const { lists, newest } = data;
  if (lists[newest] === undefined) throw new Error(`the newest list ${newest} is not among the lists`);
  const keys = [newest, ...Object.keys(lists).filter((key) => key !== newest).sort((a, b) => listOrder(b) - listOrder(a) || (a < b ? 1 : -1))];
  const entries = keys.map((key) => {
    const list = lists[key];
    return [
      `  ${quote(key)}: {`,
      `    published: ${quote(list.published)},`,
      `    ranges: [${list.ranges.map(quote).join(', ')}],`,
      '  },',
    ].join('\n');
  });
  return [
    '/**',
    ' * Microsoft 365 "Optimize" ranges of Teams media (UDP 3478-3481), which Microsoft asks VPNs to',
    ' * exclude from the tunnel, as dated lists, newest first. Generated by `npm run update-data` from the',
    ' * JSON of Microsoft\'s endpoints web service (endpoints.office.com/endpoints/worldwide): do not edit',
    ' * by hand. The newest list is the default; older lists stay for profiles written against them.',
    ' */',
    'export const M365_OPTIMIZE_LISTS = {',
    ...entries,
    '} as const;',
    '',
    'export type M365OptimizeList = keyof typeof M365_OPTIMIZE_LISTS;',
    `export const NEWEST_M365_OPTIMIZE_LIST: M365OptimizeList = ${quote(newest)};`,
    '',
  ].join('\n');
}

/** A key's year for ordering (`2026-08-14`, `2023`; `before-2023` sorts before 2023). */
function listOrder(key: string): number {
  const year = /\d{4}/.exec(key);
  if (!year) return 0;
  return Number(year[0]) - (key.startsWith('before') ? 0.5 : 0);
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
