import { describe, expect, it } from '@jest/globals';
import { escapeCommandData, escapeCommandProperty, formatGithub, formatGithubCommand } from '../../src/report/github.js';
import { finding } from '../helpers/lint-result.js';

describe('workflow command escaping (as @actions/core)', () => {
  it('escapes %, CR and LF in data, and leaves : and , alone', () => {
    expect(escapeCommandData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    // % first, so an escape in the input is not read back as one.
    expect(escapeCommandData('%0A')).toBe('%250A');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeCommandProperty('C:\\zones\\a,b.zone\n%')).toBe('C%3A\\zones\\a%2Cb.zone%0A%25');
  });
});

describe('formatGithubCommand', () => {
  it('writes one annotation with the position, the rule as title and the message', () => {
    expect(formatGithubCommand(finding({ file: 'dns/a.zone', line: 27, endLine: 27, column: 1, endColumn: 57, message: 'SRV x uses port 5062' }))).toBe(
      '::error file=dns/a.zone,line=27,endLine=27,col=1,endColumn=57,title=sip/srv-port::SRV x uses port 5062',
    );
  });

  it('maps warning to warning and info to notice', () => {
    expect(formatGithubCommand(finding({ severity: 'warning' }))).toMatch(/^::warning /);
    expect(formatGithubCommand(finding({ severity: 'info' }))).toMatch(/^::notice /);
  });

  it('gives columns only when the finding is on one line', () => {
    expect(formatGithubCommand(finding({ line: 3, endLine: 5, column: 2, endColumn: 4 }))).toBe(
      '::error file=dns/a.zone,line=3,endLine=5,title=sip/srv-port::wrong port',
    );
  });

  it('leaves out the file (and the position) of a finding with no file', () => {
    expect(formatGithubCommand(finding({ file: '', ruleId: 'uclint/rule-crash', message: 'rule x crashed' }))).toBe('::error title=uclint/rule-crash::rule x crashed');
  });

  it('escapes %, CR, LF, : and , in files, titles and messages', () => {
    const command = formatGithubCommand(
      finding({ file: 'dns/50%,a:b\r\n.zone', ruleId: 'x/odd:id,1', message: '100% wrong: a, b\r\nsecond line' }),
    );
    expect(command).toBe(
      '::error file=dns/50%25%2Ca%3Ab%0D%0A.zone,line=1,endLine=1,col=1,endColumn=10,title=x/odd%3Aid%2C1::100%25 wrong: a, b%0D%0Asecond line',
    );
    expect(command).not.toMatch(/[\r\n]/);
  });
});

describe('formatGithub', () => {
  it('writes one command per unsuppressed finding, one per line', () => {
    const text = formatGithub([
      finding({ line: 1, message: 'first' }),
      finding({ line: 2, message: 'hidden', suppressed: { kind: 'inline', reason: 'r' } }),
      finding({ line: 3, message: 'third', severity: 'info' }),
    ]);
    expect(text).toBe(
      '::error file=dns/a.zone,line=1,endLine=1,col=1,endColumn=10,title=sip/srv-port::first\n' +
        '::notice file=dns/a.zone,line=3,endLine=3,col=1,endColumn=10,title=sip/srv-port::third\n',
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(formatGithub([])).toBe('');
  });
});
