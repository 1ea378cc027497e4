import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/web-fqdn-distinct.js';

const TOPOLOGY = 'topology.yml';
const pools = (frontEnd: string, director: string) =>
  ['apiVersion: uclint/v1', 'kind: Topology', 'pools:', '  - fqdn: pool.contoso.com', '    role: frontend', `    webServices: ${frontEnd}`, '  - fqdn: dir.contoso.com', '    role: director', `    webServices: ${director}`].join('\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'four different names',
      files: { [TOPOLOGY]: pools('{ internal: webint.contoso.com, external: webext.contoso.com }', '{ internal: dirint.contoso.com, external: dirext.contoso.com }') },
    },
  ],
  invalid: [
    {
      name: 'one name for internal and external web services',
      files: { [TOPOLOGY]: pools('{ internal: web.contoso.com, external: web.contoso.com }', '{ internal: dirint.contoso.com, external: dirext.contoso.com }') },
      errors: [{ messageId: 'sameInternalExternal', line: 6, file: TOPOLOGY, data: { pool: 'pool.contoso.com', fqdn: 'web.contoso.com' } }],
    },
    {
      name: 'the Director shares the Front End pool\'s external web FQDN',
      files: { [TOPOLOGY]: pools('{ internal: webint.contoso.com, external: webext.contoso.com }', '{ internal: dirint.contoso.com, external: webext.contoso.com }') },
      errors: [{ messageId: 'directorSharesFrontEnd', line: 9, data: { director: 'dir.contoso.com', fqdn: 'webext.contoso.com', frontEnd: 'pool.contoso.com' } }],
    },
  ],
});
