import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/vpn/m365-optimize-excluded.js';

const profile = (include: string, exclude = '[]') => `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: ${include}\nexclude: ${exclude}\n`;

runRuleTests(rule, {
  valid: [
    { name: 'a Teams estate whose tunnel leaves the Optimize ranges out', settings: { product: 'teams' }, files: { 'vpn.yml': profile('[10.0.0.0/8]') } },
    { name: 'not a Teams estate', files: { 'vpn.yml': profile('[52.0.0.0/8]') }, notApplicable: 'nothing shows Teams' },
    { name: 'a Teams estate with the option set to false', settings: { families: ['teams'] }, options: { enabled: false }, files: { 'vpn.yml': profile('[52.0.0.0/8]') } },
    { name: 'a wide route with the Optimize ranges excluded', settings: { product: 'teams' }, files: { 'vpn.yml': profile('[52.0.0.0/8]', '[52.112.0.0/14, 52.122.0.0/15]') } },
  ],
  invalid: [
    {
      name: 'a route over 52.0.0.0/8 in a Teams estate',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 52.0.0.0/8]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, file: 'vpn.yml', data: { profile: 'remote-users', ranges: '52.112.0.0/14, 52.122.0.0/15' } }],
    },
    {
      name: 'Teams among the families, against the list from before mid-2023',
      settings: { families: ['lync', 'teams'] },
      options: { list: 'before-2023' },
      files: { 'vpn.yml': profile('[52.112.0.0/12]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, data: { ranges: '52.112.0.0/14, 52.120.0.0/14' } }],
    },
  ],
});
