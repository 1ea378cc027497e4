import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/ice/port-ranges.js';

const policy = (...lines: string[]) => ['apiVersion: uclint/v1', 'kind: MediaPolicy', ...lines, ''].join('\n');

runRuleTests(rule, {
  valid: [
    {
      name: 'the Teams table',
      files: { 'media.yml': policy('portRanges: { audio: 50000-50019, video: 50020-50039, sharing: 50040-50059 }', 'dscp: { audio: 46, video: 34, sharing: 18 }', 'concurrentCalls: 10') },
    },
  ],
  invalid: [
    {
      name: 'overlapping ranges, one below 1024, too few ports, a wrong marking',
      files: { 'media.yml': policy('portRanges: { audio: 50000-50019, video: 50010-50039, sharing: 1000-1010 }', 'dscp: { audio: 46, video: 46 }', 'concurrentCalls: 10') },
      errors: [
        { messageId: 'overlap', line: 3, file: 'media.yml', data: { media: 'video', range: '50010-50039', other: 'audio', otherRange: '50000-50019' } },
        { messageId: 'tooFewPorts', line: 3, data: { media: 'sharing', ports: 11, calls: 10, needed: 20 } },
        { messageId: 'outsideDynamic', line: 3, data: { media: 'sharing', range: '1000-1010' } },
        { messageId: 'dscpMismatch', line: 4, data: { media: 'video', value: 46, recommended: 34 } },
      ],
    },
  ],
});
