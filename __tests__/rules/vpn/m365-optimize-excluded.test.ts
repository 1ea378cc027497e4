import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/vpn/m365-optimize-excluded.js';

const profile = (include: string, exclude = '[]') => `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: split\ninclude: ${include}\nexclude: ${exclude}\n`;
const fullTunnel = (exclude: string) => `apiVersion: uclint/v1\nkind: VpnProfile\nname: remote-users\ntunnel: full\nexclude: ${exclude}\n`;
const OPTIMIZE = '[52.112.0.0/14, 52.122.0.0/15, "2603:1063::/38"]';

runRuleTests(rule, {
  valid: [
    { name: 'a Teams estate whose tunnel leaves the Optimize ranges out', settings: { product: 'teams' }, files: { 'vpn.yml': profile('[10.0.0.0/8]') } },
    { name: 'not a Teams estate', files: { 'vpn.yml': profile('[52.0.0.0/8]') }, notApplicable: 'nothing shows Teams' },
    { name: 'a Teams estate with the option set to false', settings: { families: ['teams'] }, options: { enabled: false }, files: { 'vpn.yml': profile('[52.0.0.0/8]') } },
    { name: 'a wide route with the Optimize ranges excluded', settings: { product: 'teams' }, files: { 'vpn.yml': profile('[52.0.0.0/8]', '[52.112.0.0/14, 52.122.0.0/15]') } },
    { name: 'a forced tunnel that excludes the current Optimize ranges', settings: { product: 'teams' }, files: { 'vpn.yml': fullTunnel(OPTIMIZE) } },
    {
      // The current list (2026) no longer holds 13.107.64.0/18.
      name: 'a route over 13.107.64.0/18 is outside the current list',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 13.107.64.0/18]') },
    },
  ],
  invalid: [
    {
      name: 'a route over 52.0.0.0/8 in a Teams estate',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 52.0.0.0/8]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, file: 'vpn.yml', data: { profile: 'remote-users', ranges: '52.112.0.0/14, 52.122.0.0/15' } }],
    },
    {
      name: 'a route over part of an Optimize range: the upper half of 2603:1063::/38',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, "2603:1063:200::/39"]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, data: { ranges: '2603:1063:200::/39', list: '2026-08-14 (endpoint set 11)' } }],
    },
    {
      name: 'two routes that together cover an Optimize range are found at the first of them',
      settings: { product: 'teams' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 52.122.0.0/16, 52.123.0.0/16]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, data: { ranges: '52.122.0.0/15' } }],
    },
    {
      name: 'a forced tunnel that excludes only part of the Optimize ranges',
      settings: { product: 'teams' },
      files: { 'vpn.yml': fullTunnel('[52.112.0.0/14]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 4, data: { ranges: '52.122.0.0/15, 2603:1063::/38' } }],
    },
    {
      name: 'the list of mid-2023 by option still holds 13.107.64.0/18',
      settings: { product: 'teams' },
      options: { list: '2023' },
      files: { 'vpn.yml': profile('[10.0.0.0/8, 13.107.64.0/18]') },
      errors: [{ messageId: 'optimizeInTunnel', line: 5, data: { ranges: '13.107.64.0/18', list: 'mid-2023 to August 2026 (endpoint set 11)' } }],
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
