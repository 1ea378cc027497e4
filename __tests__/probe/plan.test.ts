/**
 * What a probe asks and where its findings go, from the committed estate alone (no network):
 * the questions per family, that only the estate's own names are followed or connected to, and
 * the anchors of answers with no committed record.
 */
import { describe, expect, it } from '@jest/globals';
import { Estate } from '../../src/estate/estate.js';
import { planProbe } from '../../src/probe/plan.js';
import type { SourceRange } from '../../src/core/types.js';
import { parsedZone as zone } from '../helpers/parsed-zone.js';

const FALLBACK: SourceRange = { file: '.uclint.yml', line: 1, column: 1, endLine: 1, endColumn: 1 };

const EXTERNAL = zone(
  'external/contoso.com.zone',
  'external',
  `$ORIGIN contoso.com.
$TTL 300
@ SOA ns1 hostmaster 1 3600 600 86400 300
_sip._tls SRV 0 0 443 sip
_sipfederationtls._tcp SRV 0 0 5061 sip
sip A 131.107.0.10
meet CNAME proxy.fabrikam.net.
`,
);

function plan(settings: Record<string, unknown>, zones = [EXTERNAL]) {
  return planProbe(new Estate({ zones, settings }), { view: 'external', fallback: FALLBACK, maxQuestions: 2000 });
}

describe('planProbe', () => {
  it('asks the SRV names of the family, the committed names of the domain, and the host names as hosts', () => {
    const p = plan({ product: 'sfb2015' });
    expect(p.domains).toEqual(['contoso.com.']);
    expect(p.questions.map((q) => `${q.name} ${q.type}`)).toEqual([
      '_sipinternaltls._tcp.contoso.com. SRV',
      '_sipinternal._tcp.contoso.com. SRV',
      '_sip._tls.contoso.com. SRV',
      '_sipfederationtls._tcp.contoso.com. SRV',
      '_xmpp-server._tcp.contoso.com. SRV',
    ]);
    expect(p.hosts.map((q) => q.name)).toEqual([
      'sip.contoso.com.',
      'sipinternal.contoso.com.',
      'sipexternal.contoso.com.',
      'lyncdiscover.contoso.com.',
      'lyncdiscoverinternal.contoso.com.',
      'meet.contoso.com.',
    ]);
  });

  it('asks TXT at the domain for Teams, NAPTR for generic SIP, and every family\'s names when the family is unknown', () => {
    expect(plan({ product: 'teams' }).questions.map((q) => `${q.name} ${q.type}`)).toEqual(['_sip._tls.contoso.com. SRV', '_sipfederationtls._tcp.contoso.com. SRV', 'contoso.com. TXT']);
    const unknown = plan({ sipDomains: ['contoso.com'] }, []);
    expect(unknown.questions.map((q) => q.type).filter((t) => t !== 'SRV')).toEqual(['TXT', 'NAPTR']);
    expect(unknown.questions.some((q) => q.name === '_collab-edge._tls.contoso.com.')).toBe(true);
  });

  it('names as the estate\'s own only names at or below a SIP domain, held by the files, or in the topology', () => {
    const p = plan({ product: 'sfb2015' });
    expect(p.isEstateName('pool.contoso.com.')).toBe(true);
    expect(p.isEstateName('sipdir.online.lync.com.')).toBe(false);
    expect(p.isEstateName('proxy.fabrikam.net.')).toBe(false);
    expect(p.isEstateName('contoso.com.evil.example.')).toBe(false);
  });

  it('places an answer at the committed record of the name, else the zone that should hold it, else where the domain is named', () => {
    const p = plan({ product: 'sfb2015' });
    expect(p.anchorFor('sip.contoso.com.')).toMatchObject({ file: 'external/contoso.com.zone', line: 6 });
    expect(p.anchorFor('lyncdiscover.contoso.com.')).toMatchObject({ file: 'external/contoso.com.zone', line: 1 });
    const configured = planProbe(new Estate({ zones: [], settings: { sipDomains: ['fabrikam.com'] } }), {
      view: 'external',
      fallback: FALLBACK,
      maxQuestions: 2000,
      sipDomainLocs: new Map([['fabrikam.com.', { file: '.uclint.yml', line: 3, column: 7, endLine: 3, endColumn: 19 }]]),
    });
    expect(configured.anchorFor('sip.fabrikam.com.')).toMatchObject({ file: '.uclint.yml', line: 3, column: 7 });
    expect(configured.committedViewFor('sip.fabrikam.com.')).toBeUndefined();
  });

  it('stops at maxQuestions and counts what it left out', () => {
    const p = planProbe(new Estate({ zones: [EXTERNAL], settings: { product: 'sfb2015' } }), { view: 'external', fallback: FALLBACK, maxQuestions: 3 });
    expect(p.questions.length + p.hosts.length).toBe(3);
    expect(p.skippedQuestions).toBeGreaterThan(0);
  });
});
