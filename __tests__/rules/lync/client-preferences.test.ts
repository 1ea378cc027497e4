import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/lync/client-preferences.js';

const PREFERENCES = '[HKEY_CURRENT_USER\\Software\\Microsoft\\Communicator]';
const POLICY = '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]';
const reg = (key: string, ...values: string[]) => ['Windows Registry Editor Version 5.00', '', key, ...values, ''].join('\r\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'the values of the reset script of Working with Microsoft Lync Registry Settings',
      files: {
        'prefs.reg': reg(PREFERENCES, '"AlwaysOnTop"=hex:00,00,00,00', '"IdleThreshold"=dword:00000005', '"FtReceiveFolder"="C:\\\\Users\\\\Public\\\\Received"', '"ShowEmoticons"=dword:00000001'),
      },
    },
    { name: 'a preference uclint does not know is left alone', files: { 'prefs.reg': reg(PREFERENCES, '"SomethingNew"="x"') } },
  ],
  invalid: [
    {
      name: 'AlwaysOnTop as a DWORD, IdleThreshold as a string, AwayThreshold of 0 minutes',
      files: { 'prefs.reg': reg(PREFERENCES, '"AlwaysOnTop"=dword:00000001', '"IdleThreshold"="5"', '"AwayThreshold"=dword:00000000') },
      errors: [
        { messageId: 'wrongType', line: 4, file: 'prefs.reg', data: { name: 'AlwaysOnTop', actual: 'a DWORD', expected: 'Binary' } },
        { messageId: 'wrongType', line: 5, data: { name: 'IdleThreshold', actual: 'a string', expected: 'a DWORD' } },
        { messageId: 'outOfRange', line: 6, data: { name: 'AwayThreshold', value: 0, min: 1, max: 360 } },
      ],
    },
    {
      name: 'a preference that policy overrides',
      files: { 'prefs.reg': reg(PREFERENCES, '"EnableTracing"=dword:00000001'), 'policy.reg': reg(POLICY, '"EnableTracing"=dword:00000000') },
      errors: [{ messageId: 'shadowedByPolicy', line: 4, file: 'prefs.reg', severity: 'info', data: { name: 'EnableTracing', policyFile: 'policy.reg' } }],
    },
  ],
});
