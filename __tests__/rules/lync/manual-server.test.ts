import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/manual-server.js';

const TOPOLOGY = 'topology.yml';
const manual = (internal: string, external: string) =>
  ['apiVersion: uclint/v1', 'kind: Topology', 'clientPolicy:', '  manualServers:', `    internal: "${internal}"`, `    external: "${external}"`].join('\n');
const regPolicy = (lines: string[]) =>
  ['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]', ...lines, ''].join('\r\n');

runRuleTests(rule, {
  valid: [
    { name: 'FQDNs, and the Access Edge on 443', files: { [TOPOLOGY]: manual('pool.contoso.com', 'sip.contoso.com:443') } },
    { name: 'the same in Group Policy', files: { 'policy.reg': regPolicy(['"ServerAddressInternal"="pool.contoso.com"', '"ServerAddressExternal"="sip.contoso.com:443"']) } },
  ],
  invalid: [
    {
      name: 'an IP address inside, port 5061 outside (Common Issues with Sign-in and Discovery)',
      files: { [TOPOLOGY]: manual('192.168.0.2', 'sip.contoso.com:5061') },
      errors: [
        { messageId: 'addressNotName', line: 5, file: TOPOLOGY, data: { which: 'internal', host: '192.168.0.2' } },
        { messageId: 'externalPort', line: 6, data: { host: 'sip.contoso.com', port: 5061 } },
      ],
    },
    {
      name: 'a NetBIOS name, and an external server without a port, from the registry',
      files: { 'policy.reg': regPolicy(['"ServerAddressInternal"="LCSPOOL"', '"ServerAddressExternal"="sip.contoso.com"']) },
      errors: [
        { messageId: 'singleLabel', line: 4, file: 'policy.reg', data: { which: 'internal', host: 'lcspool' } },
        { messageId: 'externalNoPort', line: 5, data: { host: 'sip.contoso.com' } },
      ],
    },
  ],
});
