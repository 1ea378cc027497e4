/**
 * A zone as a host of many SIP domains keeps it: each domain (a label below the zone) publishes
 * `_sip._tls` for its Edge, `_sipinternaltls._tcp` for its pool, `_sipfederationtls._tcp`,
 * `lyncdiscover` and `lyncdiscoverinternal` as CNAMEs, MX and its host, a multi-line SPF record,
 * some SRV records over several lines, owners written absolute and relative. Ten records a domain.
 *
 * `firing` writes the same zone with two faults in every domain's records: the three SRV records
 * on the wrong port (sip/srv-port) and the two discovery CNAMEs to names that do not exist
 * (dns/dangling-target): five findings a domain, half the records.
 */
export const SIP_ORIGIN = 'sip-hosting.example.';

export function generateSipZone(records: number, options: { firing?: boolean } = {}): string {
  const firing = options.firing === true;
  const lines: string[] = [
    `$ORIGIN ${SIP_ORIGIN}`,
    '$TTL 3600',
    '@ IN SOA ns1 hostmaster ( 2024010101 ; serial',
    '  7200 3600 1209600 300 )',
    '  IN NS ns1',
    '  IN NS ns2',
    'ns1 IN A 192.0.2.1',
    'ns2 IN A 192.0.2.2',
  ];
  const domains = Math.max(1, Math.floor((records - 5) / 10));
  const tlsPort = firing ? 5061 : 443;
  const internalPort = firing ? 443 : 5061;
  const federationPort = firing ? 443 : 5061;
  for (let n = 0; n < domains; n++) {
    const d = `t${n.toString(36).padStart(4, '0')}`;
    const abs = `${d}.${SIP_ORIGIN}`;
    const a = `${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
    const web = firing ? 'webext-old' : 'webext';
    // Absolute owner and target for the Edge record, relative ones elsewhere, as zones mix them.
    lines.push(`_sip._tls.${abs} 3600 IN SRV 0 0 ${tlsPort} sip.${abs}`);
    if (n % 4 === 0) {
      lines.push(`_sipinternaltls._tcp.${d} IN SRV ( 0 0 ${internalPort}`, `    pool.${d} ) ; front ends`);
    } else {
      lines.push(`_sipinternaltls._tcp.${d} IN SRV 0 0 ${internalPort} pool.${d}`);
    }
    lines.push(`_sipfederationtls._tcp.${d} IN SRV 0 0 ${federationPort} sip.${d}`);
    lines.push(`sip.${d} IN A 198.51.${(n >> 8) & 255}.${n & 255}`);
    lines.push(`pool.${d} IN A 203.${a}`);
    lines.push(`lyncdiscover.${d} IN CNAME ${web}.${d}`);
    lines.push(`lyncdiscoverinternal.${d} IN CNAME ${web}.${abs}`);
    lines.push(`webext.${d} IN A 198.18.${(n >> 8) & 255}.${n & 255}`);
    lines.push(`${abs} IN MX 10 sip.${d}`);
    lines.push(`${d} IN TXT ( "v=spf1 a:sip.${abs} mx"`, `    " -all" )`);
  }
  return lines.join('\n') + '\n';
}
