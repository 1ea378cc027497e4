import { runRuleTests } from '../../helpers/rule-tester.js';
import { FORMATS_WITH_RECORD_SETS as formats } from '../../helpers/record-sets-format.js';
import rule from '../../../rules/dns/several-addresses-in-one-value.js';

const SETS = 'external/contoso.sets';

runRuleTests(rule, {
  valid: [
    {
      name: 'each address its own value',
      formats,
      files: { [SETS]: 'zone contoso.com\nsip A 192.0.2.10 | 192.0.2.11\naccess AAAA 2001:db8::10' },
    },
    {
      name: 'a value that does not read for another reason is the other rule\'s finding',
      formats,
      files: { [SETS]: 'zone contoso.com\nsip A 192.0.2' },
    },
  ],
  invalid: [
    {
      name: 'three IPv4 addresses with spaces, two IPv6 addresses with a comma',
      formats,
      files: { [SETS]: 'zone contoso.com\nsip A 192.0.2.10 192.0.2.11 192.0.2.12\naccess AAAA 2001:db8::10,2001:db8::11' },
      errors: [
        { messageId: 'several', line: 2, column: 7, file: SETS, data: { type: 'A', name: 'sip.contoso.com', count: '3', values: '"192.0.2.10", "192.0.2.11", "192.0.2.12"' } },
        { messageId: 'several', line: 3, column: 13, data: { type: 'AAAA', count: '2' } },
      ],
    },
  ],
});
