import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/access-edge-port.js';
import { ACCESS_PORT_LINE, tbxml } from '../support/topology-builder.js';

const FILE = 'topology/contoso.tbxml';

runRuleTests(rule, {
  valid: [
    { name: 'the documented Edge: three FQDNs and addresses, the Access Edge on 443', files: { [FILE]: tbxml() } },
    {
      name: 'a manifest states no ports',
      files: { 'topology.yml': 'apiVersion: uclint/v1\nkind: Topology\nedges:\n  - external:\n      access: { fqdn: sip.contoso.com, ip: 131.107.0.10 }\n' },
      notApplicable: 'a kind: Topology manifest gives no Edge ports',
    },
  ],
  invalid: [
    {
      name: 'one FQDN and address for the whole Edge: the Access Edge on 5061 (Topology Builder\'s default then)',
      files: {
        [FILE]: tbxml({
          access: { fqdn: 'edge.contoso.com', ip: '131.107.0.10', port: 5061 },
          webConferencing: { fqdn: 'edge.contoso.com', ip: '131.107.0.10', port: 444 },
          av: { fqdn: 'edge.contoso.com', ip: '131.107.0.10', port: 443 },
        }),
      },
      errors: [{ messageId: 'clientPortNot443', line: ACCESS_PORT_LINE, column: 115, file: FILE, severity: 'warning', data: { fqdn: 'edge.contoso.com', edge: 'edge-int.contoso.com', port: 5061 } }],
    },
  ],
});
