/**
 * Which ports the Teams and the Lync / Skype for Business clients take media from, and how
 * their media should be marked, from the estate's media settings (the Teams meeting
 * configuration, the Skype for Business conferencing configuration) or the documented defaults:
 * what `ice/port-ranges` compares QoS policies with, and what a client's firewall rules must let out.
 *
 * - Teams ("Implement Quality of Service (QoS) in Microsoft Teams"): audio 50000-50019 (DSCP 46),
 *   video 50020-50039 (34), screen sharing 50040-50059 (18), the meeting configuration's defaults.
 * - Skype for Business Server ("Configuring port ranges and a Quality of Service policy for your
 *   clients in Skype for Business Server"): the client ports are 1024-65535 until
 *   `-ClientMediaPortRangeEnabled` is on; the ranges are what `Set-CsConferencingConfiguration`
 *   gives (the article's example: audio 50020-50039, video 58000-58019, sharing 42000-42019,
 *   file transfer 42020-42039); audio is marked 46 and video 34.
 */
import type { MediaPolicy, QosPolicy, SitedPorts } from '../model/network.js';
import type { Estate } from './estate.js';

export type ClientProduct = 'teams' | 'lync';

/** A media range of a client: where it is configured (a media setting), or the documented default. */
export interface ClientMediaRange {
  media: string;
  first: number;
  last: number;
  text: string;
  /** The media setting's range; absent for a default. */
  source?: SitedPorts;
}

export const CLIENT_TITLE: Readonly<Record<ClientProduct, string>> = { teams: 'Teams', lync: 'Skype for Business / Lync' };

/** The executables of each client, lower case, as Windows Firewall and QoS policies name them. */
export const CLIENT_EXECUTABLES: Readonly<Record<ClientProduct, readonly string[]>> = {
  teams: ['ms-teams.exe', 'teams.exe'],
  lync: ['lync.exe', 'communicator.exe'],
};

export const TEAMS_DEFAULT_RANGES: readonly ClientMediaRange[] = [
  { media: 'audio', first: 50000, last: 50019, text: '50000-50019' },
  { media: 'video', first: 50020, last: 50039, text: '50020-50039' },
  { media: 'sharing', first: 50040, last: 50059, text: '50040-50059' },
];

/** DSCP per media type, by client (media types a client's table leaves out are not judged). */
export const CLIENT_DSCP: Readonly<Record<ClientProduct, Readonly<Record<string, number>>>> = {
  teams: { audio: 46, video: 34, sharing: 18 },
  lync: { audio: 46, video: 34 },
};

/** The client an executable path names (`%LOCALAPPDATA%\Microsoft\Teams\current\Teams.exe`), if it names one. */
export function clientOfProgram(program: string | undefined): ClientProduct | undefined {
  if (program === undefined) return undefined;
  const base = program.replace(/["']/g, '').split(/[\\/]/).pop()?.toLowerCase() ?? '';
  for (const product of ['teams', 'lync'] as const) if (CLIENT_EXECUTABLES[product].includes(base)) return product;
  return undefined;
}

/** The media settings of one client in the estate. */
function settingsOf(estate: Estate, product: ClientProduct): MediaPolicy[] {
  return estate.mediaPolicies.filter((policy) => policy.product === product);
}

/**
 * The client's media ranges: those its media settings give, else the documented defaults
 * (Teams: the table; Skype for Business: `undefined`, any port 1024-65535). `undefined` also
 * when a setting turns the ranges off.
 */
export function clientMediaRanges(estate: Estate, product: ClientProduct): ClientMediaRange[] | undefined {
  const settings = settingsOf(estate, product);
  if (settings.some((policy) => policy.portRangesEnabled?.value === false)) return undefined;
  const ranges = settings.flatMap((policy) => Object.entries(policy.portRanges).map(([media, ports]) => ({ media, first: ports.first, last: ports.last, text: ports.text, source: ports })));
  if (ranges.length > 0) return ranges;
  return product === 'teams' ? [...TEAMS_DEFAULT_RANGES] : undefined;
}

/** The client a QoS policy is for: the one its application names. */
export function clientOfQosPolicy(policy: QosPolicy): ClientProduct | undefined {
  return clientOfProgram(policy.application?.value);
}
