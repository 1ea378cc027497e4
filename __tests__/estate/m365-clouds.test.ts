import { describe, expect, it } from '@jest/globals';
import { M365_SERVICE_DOMAINS, isM365ServiceHost } from '../../src/estate/data/m365-clouds.js';

/** The test as the rationale states it: lower-case, without one final dot, the domain or a name below it. */
function reading(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return M365_SERVICE_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

describe('isM365ServiceHost', () => {
  it('knows the service hosts of every cloud, in any case, with or without the final dot', () => {
    for (const host of ['sipdir.online.lync.com.', 'SIPFED.Online.Lync.Com', 'webdir.online.gov.skypeforbusiness.us', 'sipdir.online.partner.lync.cn.', 'online.skype.de.', 'a.b.online.lync.de']) {
      expect([host, isM365ServiceHost(host)]).toEqual([host, true]);
    }
  });

  it('leaves other names alone', () => {
    for (const host of ['sip.contoso.com.', 'xonline.lync.com.', 'online.lync.com..', 'lync.com.', 'online.lync.com.contoso.com.', '', '.']) {
      expect([host, isM365ServiceHost(host)]).toEqual([host, false]);
    }
  });

  it('answers as the stated test for names near the service domains', () => {
    const hosts = M365_SERVICE_DOMAINS.flatMap((domain) => [domain, `${domain}.`, `${domain}..`, `x${domain}`, `x.${domain}`, `x.${domain}.`, `.${domain}`, domain.toUpperCase(), `${domain.slice(1)}.`]);
    for (const host of hosts) expect([host, isM365ServiceHost(host)]).toEqual([host, reading(host)]);
  });
});
