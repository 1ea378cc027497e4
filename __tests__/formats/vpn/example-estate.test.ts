/**
 * The VPN pieces of the example Teams estate (`__tests__/fixtures/example-estate/`): an Always On
 * VPN profile and an ASA split-exclude list kept in Ansible, each with the one fault its README
 * names, reported at the line it names and nowhere else; and `uclint init` counts both kinds.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { lint } from '../../../src/lint.js';
import { scratchTree } from '../../helpers/scratch-tree.js';
import { REPO_ROOT } from '../../helpers/loader-properties.js';

const ESTATE = path.join(REPO_ROOT, '__tests__/fixtures/example-estate');
const tree = scratchTree('uclint-vpn-estate-');

describe('the example estate', () => {
  it('reports each deliberate fault at its line, and nothing else', async () => {
    tree.write('.uclint.yml', 'settings:\n  product: teams\n');
    const result = await lint({ cwd: ESTATE, paths: ['.'], configFile: path.join(tree.dir, '.uclint.yml') });
    expect(result.files.map((f) => [f.file, f.kind])).toEqual([
      ['vpn/always-on-vpn.xml', 'vpn-profile-xml'],
      ['vpn/asa-split-exclude.yml', 'cisco-asa'],
    ]);
    expect(result.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
      'vpn/always-on-vpn.xml:10 vpn/m365-optimize-excluded',
      'vpn/always-on-vpn.xml:10 vpn/split-tunnel',
      'vpn/asa-split-exclude.yml:18 vpn/m365-optimize-excluded',
      'vpn/asa-split-exclude.yml:18 vpn/split-tunnel',
    ]);
    expect(result.findings[0].message).toContain('52.123.0.0/16');
    expect(result.findings[2].message).toContain('52.113.0.0-52.115.255.255');
  });
});
