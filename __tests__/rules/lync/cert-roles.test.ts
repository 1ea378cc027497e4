import { describe, expect, it } from '@jest/globals';
import { lintCase, runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/cert-roles.js';
import { certificatesManifest } from '../support/certificates.js';
import { FABRIKAM_ONLINE } from '../support/teams-zones.js';

const CERTS = 'certificates.yml';
const TOPOLOGY = 'topology.yml';

/** A Topology manifest: the header takes lines 1-2, the lines given follow from line 3. */
const topology = (...lines: string[]) => ['apiVersion: uclint/v1', 'kind: Topology', ...lines].join('\n') + '\n';

/** Lines 3-8: a Front End pool of fe1 and fe2. */
const frontEndPool = (...extra: string[]) =>
  topology('pools:', '  - fqdn: pool.contoso.com', '    role: frontend', '    servers:', '      - { fqdn: fe1.contoso.com }', '      - { fqdn: fe2.contoso.com }', ...extra);

/** Lines 3-8: a Director pool of dir1 and dir2. */
const directorPool = topology('pools:', '  - fqdn: dir.contoso.com', '    role: director', '    servers:', '      - { fqdn: dir1.contoso.com }', '      - { fqdn: dir2.contoso.com }');

/** Lines 3-9: an Edge with its internal name (line 4), Access Edge (line 6) and Web Conferencing Edge (line 7). */
const edge = (servers: string[]) =>
  topology(
    'edges:',
    '  - internal: { fqdn: edge-int.contoso.com }',
    '    external:',
    '      access: { fqdn: sip.contoso.com }',
    '      webConferencing: { fqdn: webconf.contoso.com }',
    '      av: { fqdn: av.contoso.com }',
    `    servers: [${servers.join(', ')}]`,
  );

/** Lines 3-8: an Edge pool (an access proxy array) of edge1 and edge2 behind a hardware load balancer. */
const edgePool = topology('pools:', '  - fqdn: edgepool.contoso.com', '    role: edge', '    loadBalancing: hardware', '    servers:', '      - { fqdn: edge1.contoso.com }', '      - { fqdn: edge2.contoso.com }');

const edgeNames = ['edge-int.contoso.com', 'sip.contoso.com', 'webconf.contoso.com'];

runRuleTests(rule, {
  valid: [
    {
      name: '1: each Front End server\'s certificate names the pool',
      files: {
        [TOPOLOGY]: frontEndPool(),
        [CERTS]: certificatesManifest(
          { name: 'fe1', sans: ['pool.contoso.com', 'fe1.contoso.com'], usedBy: ['fe1.contoso.com'] },
          { name: 'fe2', sans: ['pool.contoso.com', 'fe2.contoso.com'], usedBy: ['fe2.contoso.com'] },
        ),
      },
    },
    {
      name: '1: a certificate used by the pool FQDN counts for every server of the pool',
      files: { [TOPOLOGY]: frontEndPool(), [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], usedBy: ['pool.contoso.com'] }) },
    },
    {
      name: '1: an entry that does not state its SANs is not judged',
      files: { [TOPOLOGY]: frontEndPool(), [CERTS]: certificatesManifest({ name: 'fe1', subject: 'CN=fe1.contoso.com', usedBy: ['fe1.contoso.com', 'fe2.contoso.com'] }) },
    },
    {
      name: '2: internal, Access Edge and Web Conferencing Edge names each on a certificate of the Edge server',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com']),
        [CERTS]: certificatesManifest(
          { name: 'edge-internal', sans: ['edge-int.contoso.com'], usedBy: ['edge1.contoso.com'] },
          { name: 'edge-external', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge1.contoso.com'] },
        ),
      },
    },
    {
      name: '2: the internal interface\'s certificate is not in the estate: that interface is not judged',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com']),
        [CERTS]: certificatesManifest({ name: 'edge-external', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge1.contoso.com'] }),
      },
    },
    {
      name: '3: a private CA on the Edge external certificate is left to lync/edge-external-cert',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com']),
        [CERTS]: certificatesManifest({ name: 'edge', sans: edgeNames, issuer: 'private', eku: ['serverAuth'], usedBy: ['edge1.contoso.com'] }),
      },
    },
    {
      name: '4: both Edge servers present the same certificates, naming every member',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com', 'edge2.contoso.com']),
        [CERTS]: certificatesManifest({ name: 'edge', sans: [...edgeNames, 'edge1.contoso.com', 'edge2.contoso.com'], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] }),
      },
    },
    {
      // Skype for Business Server "Edge Server environmental requirements", Edge certificate table.
      name: '4: a Skype for Business Edge pool shares one external certificate with no member FQDN, and an internal one with a subject name only',
      settings: { product: 'sfb2015' },
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com', 'edge2.contoso.com']),
        [CERTS]: certificatesManifest(
          { name: 'edge-external', subject: 'CN=sip.contoso.com', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] },
          { name: 'edge-internal', subject: 'CN=edge-int.contoso.com', sans: [], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] },
        ),
      },
    },
    {
      name: '4: product not set: an Edge pool certificate without member FQDNs passes',
      files: {
        [TOPOLOGY]: edgePool,
        [CERTS]: certificatesManifest({ name: 'edge-internal', subject: 'CN=edgepool.contoso.com', sans: [], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] }),
      },
    },
    {
      name: '4: a wildcard certificate file (no usedBy) is no array member\'s certificate',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com', 'edge2.contoso.com']),
        [CERTS]: certificatesManifest(
          { name: 'edge', sans: [...edgeNames, 'edge1.contoso.com', 'edge2.contoso.com'], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] },
          { name: 'web', sans: ['*.contoso.com'] },
        ),
      },
    },
    {
      name: '4: a hardware load-balanced Front End pool gives each server its own certificate (scenario 6), not an array certificate',
      files: {
        [TOPOLOGY]: frontEndPool().replace('role: frontend', 'role: frontend\n    loadBalancing: hardware'),
        [CERTS]: certificatesManifest(
          { name: 'fe1', sans: ['pool.contoso.com', 'fe1.contoso.com'], usedBy: ['fe1.contoso.com'] },
          { name: 'fe2', sans: ['pool.contoso.com', 'fe2.contoso.com'], usedBy: ['fe2.contoso.com'] },
        ),
      },
    },
    {
      name: '5: Director certificates with the server FQDN, or the pool FQDN, as the common name',
      files: {
        [TOPOLOGY]: directorPool,
        [CERTS]: certificatesManifest(
          { name: 'dir1', subject: 'CN=dir1.contoso.com', sans: ['dir.contoso.com', 'dir1.contoso.com'], usedBy: ['dir1.contoso.com'] },
          { name: 'dir2', subject: 'CN=dir.contoso.com', sans: ['dir.contoso.com', 'dir2.contoso.com'], usedBy: ['dir2.contoso.com'] },
        ),
      },
    },
    {
      name: '6: simple URLs through a wildcard, sip.<domain> by name under strict DNS naming',
      files: {
        [TOPOLOGY]: frontEndPool('sipDomains: [contoso.com]', 'clientPolicy: { strictDnsNaming: true }', 'simpleUrls: { meet: https://meet.contoso.com/, dialin: dialin.contoso.com }'),
        [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com', 'sip.contoso.com', '*.contoso.com'], usedBy: ['pool.contoso.com'] }),
      },
    },
    {
      // SIP domains from the zones: contoso.com on-premises, fabrikam.com served by Microsoft 365.
      name: '6: under strict DNS naming, no sip.<domain> for a domain served by Microsoft 365',
      zones: {
        'dns/internal/contoso.com.zone': '$ORIGIN contoso.com.\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.\npool IN A 10.0.0.10\n',
        'dns/external/fabrikam.com.zone': FABRIKAM_ONLINE,
      },
      files: {
        [TOPOLOGY]: frontEndPool('clientPolicy: { strictDnsNaming: true }'),
        [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com', 'fe1.contoso.com', 'fe2.contoso.com', 'sip.contoso.com'], usedBy: ['pool.contoso.com'] }),
      },
    },
    {
      name: '6: without strict DNS naming, sip.<domain> is not required',
      files: {
        [TOPOLOGY]: frontEndPool('sipDomains: [contoso.com]'),
        [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com'], usedBy: ['pool.contoso.com'] }),
      },
    },
  ],
  invalid: [
    {
      name: '1: a Front End server\'s certificate without the pool FQDN',
      files: {
        [TOPOLOGY]: frontEndPool(),
        [CERTS]: certificatesManifest(
          { name: 'fe1', sans: ['pool.contoso.com', 'fe1.contoso.com'], usedBy: ['fe1.contoso.com'] },
          { name: 'fe2', sans: ['fe2.contoso.com'], usedBy: ['fe2.contoso.com'] },
        ),
      },
      errors: [{ messageId: 'poolNameMissing', line: 8, file: CERTS, data: { name: 'fe2', role: 'Front End', servers: 'fe2.contoso.com', pool: 'pool.contoso.com' } }],
    },
    {
      name: '1: a server without a certificate is said once, not reported',
      files: { [TOPOLOGY]: frontEndPool(), [CERTS]: certificatesManifest({ name: 'fe1', sans: ['fe1.contoso.com'], usedBy: ['fe1.contoso.com'] }) },
      errors: [
        { messageId: 'poolNameMissing', line: 5, file: CERTS, data: { name: 'fe1', servers: 'fe1.contoso.com' } },
        { messageId: 'notChecked', line: 1, file: TOPOLOGY, severity: 'info', data: { reason: 'no certificate in the estate for fe2.contoso.com, so the names their certificates need were not judged' } },
      ],
    },
    {
      name: '2: the Edge internal certificate names the server, not the internal FQDN, and the external one lacks web conferencing',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com']),
        [CERTS]: certificatesManifest(
          { name: 'edge-internal', sans: ['edge1.contoso.com'], usedBy: ['edge1.contoso.com'] },
          { name: 'edge-external', sans: ['sip.contoso.com'], usedBy: ['edge1.contoso.com'] },
        ),
      },
      errors: [
        { messageId: 'edgeNameMissing', line: 5, file: CERTS, data: { name: 'edge-internal', edge: 'edge-int.contoso.com', interface: 'internal interface', fqdn: 'edge-int.contoso.com' } },
        { messageId: 'edgeNameMissing', line: 8, file: CERTS, data: { name: 'edge-external', interface: 'external Web Conferencing Edge', fqdn: 'webconf.contoso.com' } },
      ],
    },
    {
      name: '4: the members of an Edge pool present different certificates',
      files: {
        [TOPOLOGY]: edgePool,
        [CERTS]: certificatesManifest(
          { name: 'edge1', sans: ['edgepool.contoso.com', 'edge1.contoso.com', 'edge2.contoso.com'], usedBy: ['edge1.contoso.com'] },
          { name: 'edge2', sans: ['edgepool.contoso.com', 'edge1.contoso.com', 'edge2.contoso.com'], usedBy: ['edge2.contoso.com'] },
        ),
      },
      errors: [
        { messageId: 'arrayCertificateNotShared', line: 6, file: CERTS, data: { name: 'edge1', presentedBy: 'edge1.contoso.com', missing: 'edge2.contoso.com', array: 'edgepool.contoso.com' } },
        { messageId: 'arrayCertificateNotShared', line: 9, file: CERTS, data: { name: 'edge2', presentedBy: 'edge2.contoso.com', missing: 'edge1.contoso.com' } },
      ],
    },
    {
      name: '2: the internal Edge certificate with a subject name only that names another host',
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com']),
        [CERTS]: certificatesManifest(
          { name: 'edge-internal', subject: 'CN=edge1.contoso.com', sans: [], usedBy: ['edge1.contoso.com'] },
          { name: 'edge-external', sans: ['sip.contoso.com', 'webconf.contoso.com'], usedBy: ['edge1.contoso.com'] },
        ),
      },
      errors: [{ messageId: 'edgeNameMissing', line: 6, file: CERTS, data: { name: 'edge-internal', interface: 'internal interface', fqdn: 'edge-int.contoso.com' } }],
    },
    {
      name: '4: Live Communications Server 2005: the shared certificate of an access proxy array lacks a member FQDN',
      settings: { product: 'lcs2005' },
      files: {
        [TOPOLOGY]: edge(['edge1.contoso.com', 'edge2.contoso.com']),
        [CERTS]: certificatesManifest({ name: 'edge', sans: [...edgeNames, 'edge1.contoso.com'], usedBy: ['edge1.contoso.com', 'edge2.contoso.com'] }),
      },
      errors: [{ messageId: 'arrayMemberMissing', line: 5, file: CERTS, data: { name: 'edge', array: 'edge-int.contoso.com', member: 'edge2.contoso.com' } }],
    },
    {
      name: '5: a Director server with another server\'s common name, and one without the Director pool FQDN',
      files: {
        [TOPOLOGY]: directorPool,
        [CERTS]: certificatesManifest(
          { name: 'dir1', subject: 'CN=dir1.contoso.com', sans: ['dir1.contoso.com'], usedBy: ['dir1.contoso.com'] },
          { name: 'dir2', subject: 'CN=dir1.contoso.com', sans: ['dir.contoso.com', 'dir2.contoso.com'], usedBy: ['dir2.contoso.com'] },
        ),
      },
      errors: [
        { messageId: 'poolNameMissing', line: 6, file: CERTS, data: { name: 'dir1', role: 'Director', servers: 'dir1.contoso.com', pool: 'dir.contoso.com' } },
        { messageId: 'directorSubject', line: 9, file: CERTS, data: { name: 'dir2', servers: 'dir2.contoso.com', cn: 'dir1.contoso.com', pool: 'dir.contoso.com' } },
      ],
    },
    {
      name: '6: a simple URL outside the wildcard, and sip.<domain> under strict DNS naming that a wildcard does not cover',
      files: {
        [TOPOLOGY]: frontEndPool('sipDomains: [contoso.com]', 'clientPolicy: { strictDnsNaming: true }', 'simpleUrls: { meet: https://meet.contoso.com/, dialin: https://dialin.fabrikam.com/ }'),
        [CERTS]: certificatesManifest({ name: 'pool', sans: ['pool.contoso.com', '*.contoso.com'], usedBy: ['pool.contoso.com'] }),
      },
      errors: [
        { messageId: 'simplifiedNameMissing', line: 5, file: CERTS, data: { name: 'pool', servers: 'fe1.contoso.com, fe2.contoso.com', pool: 'pool.contoso.com', host: 'dialin.fabrikam.com', why: 'dialin simple URL' } },
        { messageId: 'simplifiedNameMissing', line: 5, file: CERTS, data: { host: 'sip.contoso.com', why: 'sign-in name under strict DNS naming' } },
      ],
    },
  ],
});

describe('lync/cert-roles related locations', () => {
  it('points from the certificate to the server in the topology', async () => {
    const result = await lintCase(rule, {
      name: 'pool name missing',
      files: { [TOPOLOGY]: frontEndPool(), [CERTS]: certificatesManifest({ name: 'fe', sans: ['fe1.contoso.com', 'fe2.contoso.com'], usedBy: ['fe1.contoso.com', 'fe2.contoso.com'] }) },
    });
    const findings = result.findings.filter((f) => f.ruleId === rule.id);
    expect(findings.map((f) => [`${f.file}:${f.line}`, f.messageId, f.data?.servers])).toEqual([['certificates.yml:5', 'poolNameMissing', 'fe1.contoso.com, fe2.contoso.com']]);
    expect(findings[0].related?.map((r) => `${r.file}:${r.line} ${r.message}`)).toEqual([
      'topology.yml:7 Front End server fe1.contoso.com in the topology',
      'topology.yml:8 Front End server fe2.contoso.com in the topology',
    ]);
  });
});
