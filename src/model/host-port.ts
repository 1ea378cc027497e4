import ipaddr from 'ipaddr.js';

/** What kind of name a manual server setting holds. */
export function hostKind(host: string): 'address' | 'single-label' | 'fqdn' {
  if (ipaddr.isValid(host)) return 'address';
  return host.includes('.') ? 'fqdn' : 'single-label';
}
