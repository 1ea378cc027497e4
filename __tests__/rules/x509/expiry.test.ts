import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/x509/expiry.js';
import { certificatesManifest } from '../support/certificates.js';

const FILE = 'certificates.yml';
const edge = (fields: Record<string, string>) => ({ [FILE]: certificatesManifest({ name: 'edge-external', subject: 'CN=sip.contoso.com', ...fields }) });

runRuleTests(rule, {
  valid: [
    { name: 'valid for months', files: edge({ notBefore: '2026-01-01', notAfter: '2027-06-01' }) },
    { name: 'expires the day after the warning period', files: edge({ notBefore: '2026-01-01', notAfter: '2026-12-21' }) },
    { name: 'an entry without dates says nothing about them', files: edge({}) },
    { name: 'judged against --now', now: '2025-06-01', files: edge({ notBefore: '2025-01-01', notAfter: '2026-01-01' }) },
    {
      name: "the CN filter (the Alerter's): an expired certificate whose CN does not match is not judged",
      options: { cnFilter: '^sip\\.fabrikam\\.' },
      files: edge({ notBefore: '2025-11-01', notAfter: '2026-11-01' }),
    },
  ],
  invalid: [
    {
      name: 'expires within 30 days: a warning at notAfter',
      files: edge({ notBefore: '2026-01-01', notAfter: '2026-12-01' }),
      errors: [{ messageId: 'expiresSoon', line: 7, file: FILE, severity: 'warning', data: { name: 'edge-external', subject: 'CN=sip.contoso.com', notAfter: '2026-12-01', days: 11, period: 30 } }],
    },
    {
      name: 'expired: an error',
      files: edge({ notBefore: '2025-11-01', notAfter: '2026-11-01' }),
      errors: [{ messageId: 'expired', line: 7, severity: 'error', data: { notAfter: '2026-11-01', days: 19 } }],
    },
    {
      name: 'expires at the end of today: still a warning, 0 days left',
      files: edge({ notAfter: '2026-11-20T23:00:00Z' }),
      errors: [{ messageId: 'expiresSoon', line: 6, severity: 'warning', data: { days: 0 } }],
    },
    {
      name: 'not yet valid: an error at notBefore',
      files: edge({ notBefore: '2026-12-01', notAfter: '2027-12-01' }),
      errors: [{ messageId: 'notYetValid', line: 6, severity: 'error', data: { notBefore: '2026-12-01', days: 11 } }],
    },
    {
      name: 'the CN filter matches case-insensitively, anywhere in the CN',
      options: { cnFilter: 'SIP\\.CONTOSO' },
      files: edge({ notBefore: '2025-11-01', notAfter: '2026-11-01' }),
      errors: [{ messageId: 'expired', line: 7, severity: 'error' }],
    },
    {
      name: 'the warning period is an option',
      options: { days: 60 },
      files: edge({ notBefore: '2026-01-01', notAfter: '2027-01-10' }),
      errors: [{ messageId: 'expiresSoon', line: 7, data: { days: 51, period: 60 } }],
    },
  ],
});
