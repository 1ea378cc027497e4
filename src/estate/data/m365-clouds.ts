/**
 * The DNS targets a custom domain points at when Microsoft 365 (Teams, Skype for Business
 * Online) serves it, per cloud. Worldwide, 21Vianet and Deutschland are from Microsoft's
 * "Create DNS records at any DNS hosting provider" page (one section per cloud; Deutschland's
 * `lyncdiscover` goes to `webdir.online.skype.de`, not under `lync.de`), GCC High from its
 * "DNS records for Office 365 GCC High" page; DoD follows the same pattern under its own
 * domain. A cloud is chosen with the `cloud` option of the teams rules.
 */
export interface M365Cloud {
  /** Shown in messages and docs. */
  title: string;
  /** Target of `_sip._tls` SRV (port 443) and of the `sip` CNAME. */
  sipDirectory: string;
  /** Target of `_sipfederationtls._tcp` SRV (port 5061). */
  sipFederation: string;
  /** Target of the `lyncdiscover` CNAME. */
  webDirectory: string;
}

export const M365_CLOUDS = {
  // GCC (moderate) tenants use the worldwide targets.
  worldwide: {
    title: 'Microsoft 365 worldwide',
    sipDirectory: 'sipdir.online.lync.com',
    sipFederation: 'sipfed.online.lync.com',
    webDirectory: 'webdir.online.lync.com',
  },
  'gcc-high': {
    title: 'Microsoft 365 GCC High',
    sipDirectory: 'sipdir.online.gov.skypeforbusiness.us',
    sipFederation: 'sipfed.online.gov.skypeforbusiness.us',
    webDirectory: 'webdir.online.gov.skypeforbusiness.us',
  },
  dod: {
    title: 'Microsoft 365 DoD',
    sipDirectory: 'sipdir.online.dod.skypeforbusiness.us',
    sipFederation: 'sipfed.online.dod.skypeforbusiness.us',
    webDirectory: 'webdir.online.dod.skypeforbusiness.us',
  },
  china: {
    title: 'Microsoft 365 operated by 21Vianet',
    sipDirectory: 'sipdir.online.partner.lync.cn',
    sipFederation: 'sipfed.online.partner.lync.cn',
    webDirectory: 'webdir.online.partner.lync.cn',
  },
  // Closed in 2021; kept for estates whose zones were never migrated.
  germany: {
    title: 'Microsoft Cloud Deutschland',
    sipDirectory: 'sipdir.online.lync.de',
    sipFederation: 'sipfed.online.lync.de',
    webDirectory: 'webdir.online.skype.de',
  },
} as const satisfies Record<string, M365Cloud>;

export type M365CloudName = keyof typeof M365_CLOUDS;
export const M365_CLOUD_NAMES = Object.keys(M365_CLOUDS) as M365CloudName[];
export const DEFAULT_M365_CLOUD: M365CloudName = 'worldwide';

/**
 * Domains under which every name is a Microsoft 365 service host. A discovery record whose
 * target is below one of these points online, whichever cloud or host it names; this is how
 * a domain half-moved from on-premises is told apart from one that is wholly online.
 */
export const M365_SERVICE_DOMAINS = [
  'online.lync.com',
  'online.gov.skypeforbusiness.us',
  'online.dod.skypeforbusiness.us',
  'online.partner.lync.cn',
  'online.lync.de',
  'online.skype.de',
] as const;

/** Each service domain written without and with the final dot, as the name itself and as the end of a name below it. */
const M365_SERVICE_NAME_FORMS = M365_SERVICE_DOMAINS.map((domain) => ({ exact: [domain, `${domain}.`], below: [`.${domain}`, `.${domain}.`] }));

/** Whether a host (any case, with or without the final dot) is a Microsoft 365 service host. */
export function isM365ServiceHost(host: string): boolean {
  // With or without the final dot, compared without building a string per domain: every SRV and CNAME target is asked.
  const name = host.toLowerCase();
  return M365_SERVICE_NAME_FORMS.some(({ exact, below }) => name === exact[0] || name === exact[1] || name.endsWith(below[0]) || name.endsWith(below[1]));
}

/** The cloud whose targets include this host, if any. */
export function m365CloudOf(host: string): M365CloudName | undefined {
  const name = host.toLowerCase().replace(/\.$/, '');
  return M365_CLOUD_NAMES.find((cloud) => {
    const targets: M365Cloud = M365_CLOUDS[cloud];
    return name === targets.sipDirectory || name === targets.sipFederation || name === targets.webDirectory;
  });
}

/** One record a custom domain publishes for Microsoft 365, by its first labels below the domain. */
export type M365DiscoveryRecord =
  | { label: '_sip._tls' | '_sipfederationtls._tcp'; type: 'SRV'; priority: number; weight: number; port: number; target: string }
  | { label: 'sip' | 'lyncdiscover'; type: 'CNAME'; target: string };

/**
 * The four external records of a domain served by a cloud, in the order Microsoft's page lists
 * them: SRV priority 100, weight 1, port 443 (`_sip._tls`) and 5061 (`_sipfederationtls._tcp`).
 */
export function m365DiscoveryRecords(cloud: M365CloudName): M365DiscoveryRecord[] {
  const targets: M365Cloud = M365_CLOUDS[cloud];
  return [
    { label: '_sip._tls', type: 'SRV', priority: 100, weight: 1, port: 443, target: targets.sipDirectory },
    { label: '_sipfederationtls._tcp', type: 'SRV', priority: 100, weight: 1, port: 5061, target: targets.sipFederation },
    { label: 'sip', type: 'CNAME', target: targets.sipDirectory },
    { label: 'lyncdiscover', type: 'CNAME', target: targets.webDirectory },
  ];
}
