/**
 * Zones the teams rule tests share: a domain served by Microsoft 365 and one served
 * on-premises, each with its discovery records on lines 4 to 7.
 */
import { header, zone } from './zones.js';

/** fabrikam.com, wholly online (worldwide): the four records Microsoft lists, lines 4-7. */
export const FABRIKAM_ONLINE = zone(
  ...header('fabrikam.com.'),
  '_sip._tls IN SRV 100 1 443 sipdir.online.lync.com.',
  '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.lync.com.',
  'sip IN CNAME sipdir.online.lync.com.',
  'lyncdiscover IN CNAME webdir.online.lync.com.',
);

/** fabrikam.com, wholly online in GCC High, lines 4-7. */
export const GCC_HIGH_ONLINE = zone(
  ...header('fabrikam.com.'),
  '_sip._tls IN SRV 100 1 443 sipdir.online.gov.skypeforbusiness.us.',
  '_sipfederationtls._tcp IN SRV 100 1 5061 sipfed.online.gov.skypeforbusiness.us.',
  'sip IN CNAME sipdir.online.gov.skypeforbusiness.us.',
  'lyncdiscover IN CNAME webdir.online.gov.skypeforbusiness.us.',
);

/** contoso.com, wholly on-premises: Access Edge and reverse proxy, discovery records on lines 4-7. */
export const ON_PREMISES = zone(
  ...header(),
  '_sip._tls IN SRV 0 0 443 access.contoso.com.',
  '_sipfederationtls._tcp IN SRV 0 0 5061 access.contoso.com.',
  'sip IN A 167.55.49.32',
  'lyncdiscover IN CNAME proxy.contoso.com.',
  'access IN A 167.55.49.33',
  'proxy IN A 167.55.49.35',
);
