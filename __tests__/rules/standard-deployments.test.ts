/**
 * Deployments as their vendors document them, each a folder of `__tests__/fixtures/standard/`:
 * linted with the recommended rules (and the product's preset where the product matters), they
 * raise no error and no warning. A finding on one of them is a false alarm. Each case also names
 * the rules it is there for, which must run on it, so a case cannot pass by being skipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { lint } from '../../src/lint.js';

const STANDARD = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/standard');
const NOW = new Date('2026-11-20T00:00:00Z');

interface StandardCase {
  /** Folder under fixtures/standard. */
  dir: string;
  /** What the folder holds and where it is documented. */
  about: string;
  /** The product preset a deployment of this kind extends besides uclint:recommended. */
  preset?: string;
  /** `settings` of the deployment's config. */
  settings?: Record<string, unknown>;
  /** Rules that must run on the case (the ones it is a standard configuration for). */
  exercises: string[];
}

const CASES: StandardCase[] = [
  {
    dir: 'sfb-pool-pinpoint-zones',
    about: 'Skype for Business Server Enterprise pool, DNS load-balanced, internal DNS in pin-point zones ("Advanced Edge Server DNS planning")',
    preset: 'uclint:sfb',
    exercises: ['lync/dns-load-balancing', 'lync/strict-naming', 'lync/discovery-records', 'lync/cert-roles', 'lync/web-services-load-balancing', 'x509/cn-in-san'],
  },
  {
    dir: 'sfb-edge-pool-shared-certificate',
    about: 'Skype for Business Server scaled consolidated Edge pool, one external certificate shared by both servers ("Edge Server environmental requirements")',
    preset: 'uclint:sfb',
    exercises: ['lync/cert-roles', 'lync/edge-external-cert', 'firewall/edge-external-ports', 'x509/cn-in-san', 'sip/srv-port'],
  },
  {
    dir: 'sfb-edge-internal-certificate-subject-only',
    about: 'Skype for Business Server single Edge whose internal certificate has a subject name and no SAN ("Edge Server environmental requirements", Edge certificate table)',
    preset: 'uclint:sfb',
    exercises: ['lync/cert-roles', 'x509/cn-in-san', 'lync/mtls-eku', 'x509/server-auth-eku'],
  },
  {
    dir: 'sfb-standard-edition',
    about: 'Skype for Business Server Standard Edition server, its web services FQDN its own name ("Change the Web Services URL in Lync Server 2013")',
    preset: 'uclint:sfb',
    exercises: ['lync/web-services-load-balancing', 'lync/cert-roles', 'lync/strict-naming', 'lync/discovery-records', 'lync/mobility-autodiscover'],
  },
  {
    dir: 'lync2013-edge-xmpp',
    about: 'Lync Server 2013 Edge with the XMPP proxy: _xmpp-server._tcp on 5269 and TCP 5269 open inbound',
    preset: 'uclint:lync2013',
    exercises: ['sip/srv-port', 'firewall/edge-external-ports', 'lync/edge-external-cert', 'x509/wildcard'],
  },
  {
    dir: 'lync2010-host-below-sip-domain',
    about: 'Lync Server 2010 sign-in records pointing two labels below the SIP domain, strict DNS naming off; NTLM minimums that differ; a full tunnel that excludes the UC addresses',
    preset: 'uclint:lync2010',
    exercises: ['lync/strict-naming', 'lync/ntlm-min-sec', 'vpn/split-tunnel', 'vpn/uc-addresses-excluded'],
  },
  {
    dir: 'teams-forced-tunnel-wildcard-sbc',
    about: 'Teams-only tenant: Microsoft 365 records, a forced tunnel excluding the Optimize ranges, a Direct Routing SBC on 5067 with a wildcard certificate ("Plan Direct Routing")',
    preset: 'uclint:teams',
    exercises: ['teams/online-records', 'teams/direct-routing-sbc', 'vpn/split-tunnel', 'vpn/m365-optimize-excluded', 'x509/wildcard'],
  },
  {
    dir: 'teams-direct-routing-cloud-firewalls',
    about: 'Direct Routing SBCs behind an Azure NSG (Terraform, ARM) and an AWS security group: SIP/TLS on 5061 or 5067 and media from Microsoft\'s Direct Routing ranges only, management from the administrators\' subnet, a web server\'s NSG opening 443 to the Internet ("Plan Direct Routing")',
    preset: 'uclint:teams',
    exercises: ['teams/sbc-sip-exposure', 'teams/sbc-management-exposure', 'teams/direct-routing-media', 'firewall/any-any-allow', 'firewall/shadowed-rule'],
  },
  {
    dir: 'teams-records-priority-zero',
    about: 'Microsoft 365 records published with priority and weight 0 0, one record each (RFC 2782: no effect)',
    preset: 'uclint:teams',
    exercises: ['teams/online-records', 'sip/srv-port'],
  },
  {
    dir: 'generic-sip-ims-zone',
    about: 'An IMS / SIP provider zone: NAPTR to _sip._udp, _sip._tcp and _sips._tcp on 5080 and 5081 (RFC 3263), a P-CSCF certificate whose CN is its IPv6 address',
    exercises: ['sip/srv-port', 'sip/naptr-srv-consistency', 'sip/sips-needs-tls', 'sip/srv-target', 'x509/cn-in-san'],
  },
  {
    dir: 'cisco-mra',
    about: 'Cisco Jabber mobile and remote access: _collab-edge._tls to the Expressway-E outside, _cisco-uds._tcp to Unified CM inside (Cisco Jabber DNS configuration guide)',
    preset: 'uclint:cisco',
    exercises: ['sip/srv-port', 'cisco/collab-edge', 'cisco/uds-internal-only'],
  },
  {
    dir: 'webrtc-ice-offer',
    about: 'A libwebrtc offer: UDP host 126, UDP server-reflexive 100, TCP host 90, relay 0',
    exercises: ['ice/candidate-type-order'],
  },
];

const temporary = mkdtempSync(path.join(os.tmpdir(), 'uclint-standard-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

/** The config a deployment of the case writes, kept outside the linted tree. */
function configFor(testCase: StandardCase, withPreset: boolean): string {
  const file = path.join(temporary, `${testCase.dir}-${withPreset ? 'product' : 'recommended'}.json`);
  const extendsList = ['uclint:recommended', ...(withPreset && testCase.preset ? [testCase.preset] : [])];
  writeFileSync(file, JSON.stringify({ extends: extendsList, ...(testCase.settings ? { settings: testCase.settings } : {}) }));
  return file;
}

describe.each(CASES.map((c) => [c.dir, c] as const))('standard deployment %s', (_dir, testCase) => {
  const runs = testCase.preset ? [false, true] : [false];
  it.each(runs.map((withPreset) => [withPreset ? `uclint:recommended and ${testCase.preset}` : 'uclint:recommended', withPreset] as const))(
    'no error or warning with %s',
    async (_presets, withPreset) => {
      const result = await lint({ cwd: path.join(STANDARD, testCase.dir), configFile: configFor(testCase, withPreset), now: NOW });
      expect(result.fatal).toEqual([]);
      const loud = result.findings.filter((f) => !f.suppressed && (f.severity !== 'info' || f.ruleId.startsWith('parse/')));
      expect(loud.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]`)).toEqual([]);
      // The rules the case is for run where its deployment's own config (the product preset) applies.
      if (withPreset || !testCase.preset) {
        const ran = new Set(result.outcomes.filter((o) => o.status === 'ran').map((o) => o.ruleId));
        expect(testCase.exercises.filter((id) => !ran.has(id))).toEqual([]);
      }
    },
  );
});
