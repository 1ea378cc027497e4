import { runRuleTests } from '../../helpers/rule-tester.js';
import { FORMATS_WITH_RECORD_SETS as formats } from '../../helpers/record-sets-format.js';
import rule from '../../../rules/dns/record-data-unreadable.js';

const SETS = 'external/contoso.sets';

runRuleTests(rule, {
  valid: [
    {
      name: 'Teams records written in full',
      formats,
      files: {
        [SETS]: [
          'zone contoso.com',
          '_sip._tls SRV 100 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp SRV 100 1 5061 sipfed.online.lync.com.',
          '@ MX 0 contoso-com.mail.protection.outlook.com.',
          '@ CAA 0 issue "digicert.com"',
        ].join('\n'),
      },
    },
    {
      name: 'several addresses in one value are the other rule\'s finding',
      formats,
      files: { [SETS]: 'zone contoso.com\nsip A 192.0.2.10 192.0.2.11' },
    },
  ],
  invalid: [
    {
      name: 'SRV data missing a field, left empty, and an MX without its preference, each at its value',
      formats,
      files: {
        [SETS]: [
          'zone contoso.com',
          '_sip._tls SRV 1 443 sipdir.online.lync.com.',
          '_sipfederationtls._tcp SRV 100 1 5061 sipfed.online.lync.com. | ',
          '@ MX contoso-com.mail.protection.outlook.com.',
          '@ CAA 0 issue',
        ].join('\n'),
      },
      errors: [
        { messageId: 'unreadable', line: 2, column: 15, file: SETS, data: { type: 'SRV', name: '_sip._tls.contoso.com', text: '"1 443 sipdir.online.lync.com."' } },
        { messageId: 'unreadable', line: 3, data: { type: 'SRV', text: '""' } },
        { messageId: 'unreadable', line: 4, column: 6, data: { type: 'MX', name: 'contoso.com' } },
        { messageId: 'unreadable', line: 5, data: { type: 'CAA', text: '"0 issue"' } },
      ],
    },
  ],
});
