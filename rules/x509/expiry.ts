import { defineRule } from '../../src/engine/rule.js';
import { certificateField, daysBetween, isoDay } from '../../src/model/certificate.js';
import { compileCommonNameFilter } from '../../src/core/cn-filter.js';

export default defineRule<{ days: number; cnFilter?: string }, 'expired' | 'notYetValid' | 'expiresSoon'>({
  id: 'x509/expiry',
  meta: {
    description: 'Certificates are valid now and do not expire within the warning period',
    rationale: [
      'An expired certificate on an Edge, a Front End pool, a Director or a reverse proxy stops sign-in,',
      'federation and web services for everyone at once, and clients report it as a generic connection',
      'failure. A certificate that is not yet valid fails the same way (a renewal installed too early, or a',
      'clock that is wrong). Certificate expiry is a date problem, not a diff problem: run uclint on a',
      'schedule (the GitHub Action\'s audit mode) so a certificate nobody touched is still caught.',
      '',
      'The rule warns `days` days before `notAfter` (default 30, like the Certificate Expiration Alerter of',
      '"Lync Server 2010: Certificate Expiration Alerting") and reports an error once the certificate has',
      'expired or while it is not yet valid. The date judged against is `--now`, the config\'s `settings.now`, or today.',
      '`cnFilter` limits the rule to certificates whose subject CN matches a pattern (case-insensitive, RE2',
      'syntax), as the Alerter\'s CN filter does. In `uclint probe` the rule also judges the certificates the',
      'endpoints present, at the committed certificate of the host when there is one.',
      '',
      '**Fix:** renew the certificate (same names, same key size or better) and deploy it to every server in',
      '`usedBy` before `notAfter`; then commit the new file or update the manifest entry.',
    ].join('\n'),
    severity: 'error',
    recommended: true,
    families: 'all',
    citations: [
      { source: 'Lync Server 2010: Certificate Expiration Alerting', section: 'Certificate Expiration Alerter (days ahead, CN filter, daily schedule)' },
      { source: 'RFC 5280', section: '4.1.2.5 (Validity)' },
    ],
    options: {
      type: 'object',
      properties: {
        days: { type: 'integer', minimum: 0, maximum: 3650, default: 30, description: 'Warn this many days before a certificate expires.' },
        cnFilter: {
          type: 'string',
          minLength: 1,
          maxLength: 1000,
          description: 'Only certificates whose subject CN matches this pattern (case-insensitive, RE2 syntax: linear time, no backreferences or lookaround).',
        },
      },
      additionalProperties: false,
    },
    messages: {
      expired: 'certificate {{name}} ({{subject}}) expired on {{notAfter}}, {{days}} day(s) ago',
      notYetValid: 'certificate {{name}} ({{subject}}) is not valid before {{notBefore}}, in {{days}} day(s)',
      expiresSoon: 'certificate {{name}} ({{subject}}) expires on {{notAfter}}, in {{days}} day(s) (warning period {{period}} days)',
    },
    examples: {
      language: 'yaml',
      invalid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=sip.contoso.com\n    notBefore: 2025-12-01\n    notAfter: 2026-12-01   # 11 days after --now 2026-11-20',
      valid: 'apiVersion: uclint/v1\nkind: Certificates\ncertificates:\n  - name: edge-external\n    subject: CN=sip.contoso.com\n    notBefore: 2026-06-01\n    notAfter: 2027-06-01',
    },
  },
  appliesTo: (estate) => estate.certificates.length > 0,
  check({ estate, now, options, report, notChecked }) {
    const filter = options.cnFilter === undefined ? undefined : compileCommonNameFilter(options.cnFilter);
    if (filter !== undefined && 'error' in filter) {
      if (estate.certificates[0]) notChecked(estate.certificates[0], `the option cnFilter: ${filter.error}`);
      return;
    }
    for (const certificate of estate.certificates) {
      if (filter !== undefined && !filter.test(certificate.commonName ?? '')) continue;
      const subject = certificate.subject ?? certificate.commonName ?? 'no subject';
      const node = certificateField(certificate, 'notAfter');
      if (certificate.notBefore && now < certificate.notBefore) {
        report({
          node: certificateField(certificate, 'notBefore'),
          messageId: 'notYetValid',
          data: { name: certificate.name, subject, notBefore: isoDay(certificate.notBefore), days: Math.max(1, -daysBetween(certificate.notBefore, now)) },
        });
        continue;
      }
      if (!certificate.notAfter) continue;
      const daysLeft = daysBetween(now, certificate.notAfter);
      if (now > certificate.notAfter) {
        report({ node, messageId: 'expired', data: { name: certificate.name, subject, notAfter: isoDay(certificate.notAfter), days: Math.max(0, -daysLeft) } });
      } else if (daysLeft <= options.days) {
        report({
          node,
          messageId: 'expiresSoon',
          severity: 'warning',
          data: { name: certificate.name, subject, notAfter: isoDay(certificate.notAfter), days: daysLeft, period: options.days },
        });
      }
    }
  },
});
