/**
 * The texts `uclint init` writes: `.uclint.yml` with a comment on every guess, the
 * GitHub workflow, and the report of what was guessed.
 */
import { compileGlob } from '../discover/index.js';
import { M365_CLOUDS } from '../estate/data/m365-clouds.js';
import { FAMILY_TITLES } from '../model/products.js';
import type { EstateFamilies, FamilyEvidence } from '../estate/families.js';
import { EVIDENCE_SHOWN, sovereignCloud, type DiscoveryEvidence, type Evidence, type InitGuesses, type PlacedView, type ZoneGuess } from './guess.js';

/**
 * The Action as docs/action.md's workflows name it: a placeholder the user fills in with the
 * repository that hosts uclint and a release (best its commit SHA), since uclint has no
 * repository of its own that a workflow could trust by name.
 */
export const ACTION_REFERENCE = '<owner>/uclint@<tag>';

/**
 * Words a YAML reader may take for something other than a string when written plain:
 * the core schema's null and booleans, and YAML 1.1's (editors and other tools still read 1.1).
 */
const YAML_WORDS = new Set(['null', 'true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n']);

/**
 * Characters JSON leaves raw that a YAML reader, an editor or a terminal may take for a
 * line break or a reordering of the text: DEL, the C1 controls (NEL among them), the line
 * and paragraph separators, the byte-order mark and the bidirectional controls.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A scalar that any YAML reader reads back as exactly `text`: plain for a name that cannot
 * be read as anything else, else double-quoted with every control character, separator and
 * bidirectional control escaped (a double-quoted JSON string is valid YAML; JSON leaves
 * some of those raw). A file name chosen by a pull request can never end the value.
 */
export function yamlString(text: string): string {
  if (/^[a-z][a-z0-9._-]*$/i.test(text) && !YAML_WORDS.has(text.toLowerCase())) return text;
  return JSON.stringify(text).replace(RAW_IN_JSON, unicodeEscape);
}

/**
 * A YAML comment of one line, `# text`, whatever `text` holds: line breaks and every other
 * control character become visible escapes (`\n`, `\u2028`), so a name in a comment cannot
 * start a line of its own.
 */
export function yamlComment(text: string): string {
  return `# ${JSON.stringify(text).slice(1, -1).replace(/\\(["\\])/g, '$1').replace(RAW_IN_JSON, unicodeEscape)}`;
}

function evidenceText(e: Evidence): string {
  return `${e.text} (${e.at})`;
}

/** The evidence that placed a zone: the first piece pointing to its view. */
function decidingEvidence(zone: ZoneGuess): Evidence | undefined {
  return zone.evidence.find((e) => e.view === zone.view);
}

function globComment(glob: string, view: PlacedView, zones: ZoneGuess[]): string {
  // `./name` is a file at the root; every other glob init writes matches whole paths.
  const matches = compileGlob(glob.replace(/^\.\//, ''));
  const covered = zones.filter((z) => z.view === view && matches(z.file));
  const deciding = covered.map(decidingEvidence).find((e) => e !== undefined);
  const count = covered.length > 1 ? `${covered.length} zone files; ` : '';
  return deciding ? `${count}${evidenceText(deciding)}` : count.replace(/; $/, '');
}

export function configText(guesses: InitGuesses): string {
  const lines: string[] = [
    '# uclint configuration, written by `uclint init` from what the repository holds.',
    '# Each guess says what it came from: check them, then edit freely',
    '# (the format: docs/formats.md in the uclint package).',
    '',
  ];
  const { product } = guesses;
  lines.push(yamlComment(`Preset: ${product.reason}${product.evidence[0] ? ` (${product.evidence[0].at})` : ''}.`));
  if (product.missingPreset) {
    lines.push(yamlComment(`${product.missingPreset} would fit, but this version of uclint does not have it:`));
    lines.push(yamlComment(`${product.preset} runs instead${product.product ? ', and settings.product selects the product\'s defaults' : ''}.`));
  }
  lines.push(`extends: [${product.preset}]`, '');
  lines.push(...familiesComment(guesses.families, guesses.statedFamilies !== undefined));

  const { views, zones } = guesses;
  const unplaced = zones.filter((z) => !z.view);
  if (views.internal.length + views.external.length > 0) {
    lines.push('# Split-brain DNS: the zone files clients inside the network see (internal)', '# and those the Internet sees (external).', 'views:');
    for (const view of ['internal', 'external'] as const) {
      if (views[view].length === 0) continue;
      lines.push(`  ${view}:`);
      for (const glob of views[view]) {
        const comment = globComment(glob, view, zones);
        lines.push(`    - ${yamlString(glob)}${comment ? `  ${yamlComment(comment)}` : ''}`);
      }
    }
  }
  if (unplaced.length > 0) {
    lines.push('# Not placed (rules that depend on the side skip these; add them above,');
    lines.push("# or write '; uclint-view: internal' or 'external' at the top of the file):");
    for (const zone of unplaced) lines.push(yamlComment(`  ${zone.file}: ${zone.unplacedReason}`));
  }
  if (views.internal.length + views.external.length + unplaced.length > 0) lines.push('');

  if (guesses.ignore.length > 0) {
    lines.push('# Directories that hold no estate.', 'ignore:');
    for (const ignored of guesses.ignore) lines.push(`  - ${yamlString(ignored.glob)}  ${yamlComment(ignored.why)}`);
    lines.push('');
  }

  const sovereign = sovereignCloud(guesses.domains);
  if (sovereign) {
    lines.push(yamlComment(`The online records point at ${M365_CLOUDS[sovereign.cloud].title}: ${sovereign.evidence.record} (${sovereign.evidence.at}).`));
    lines.push('rules:', `  teams/online-records: [error, { cloud: ${sovereign.cloud} }]`, '');
  }

  if (guesses.domains.length > 0 || product.product || guesses.statedFamilies) {
    lines.push('settings:');
    if (guesses.domains.length > 0) {
      lines.push('  # SIP domains, from _sip* SRV records, sip and lyncdiscover names, and topologies.', '  sipDomains:');
      for (const domain of guesses.domains) lines.push(`    - ${yamlString(domain.domain)}  ${yamlComment(domainComment(domain))}`);
    }
    if (product.product) lines.push(`  product: ${yamlString(product.product)}  ${yamlComment(`${product.reason}${product.evidence[0] ? ` (${product.evidence[0].at})` : ''}`)}`);
    if (guesses.statedFamilies) lines.push(`  families: [${guesses.statedFamilies.map(yamlString).join(', ')}]  ${yamlComment("the product's family and those the files show (above)")}`);
  }
  // No settings.now: the workflow judges certificate dates against the day it runs.
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/** Where a piece of family evidence was seen: `file:line`. */
function familyEvidenceAt(e: FamilyEvidence): string {
  return e.loc ? `${e.loc.file}:${e.loc.line}` : 'settings';
}

/**
 * The families the files show, each with its first piece of evidence, as comments: a run
 * infers them afresh unless `settings.product` (a product preset sets it) or
 * `settings.families` states them.
 */
function familiesComment(families: EstateFamilies, stated: boolean): string[] {
  if (families.families.length === 0) {
    return ['# Families: nothing in the files shows whose servers they are, so only rules about', '# every family run; settings.families states them (lync, legacy, teams, cisco, sip).', ''];
  }
  const shown = families.families.map((family) => {
    const first = families.evidence.find((e) => e.family === family);
    return `${family}${first ? ` (${familyEvidenceAt(first)})` : ''}`;
  });
  const how = stated
    ? ['# Rules about other families do not run; settings.families below states them.']
    : ['# Rules about other families do not run. Each run infers the families again,', '# unless settings.families or settings.product (a product preset sets it) states them.'];
  return [`# Families the files show: ${shown.join(', ')}.`, ...how, ''];
}

function domainComment(domain: InitGuesses['domains'][number]): string {
  const first = domain.discovery[0];
  switch (domain.status) {
    case 'online':
      return `online (Microsoft 365): ${first.record} (${first.at})`;
    case 'on-premises':
      return `on-premises: ${first.record} (${first.at})`;
    case 'mixed': {
      const online = domain.discovery.find((e) => e.online) as DiscoveryEvidence;
      const own = domain.discovery.find((e) => !e.online) as DiscoveryEvidence;
      return `mixed, a migration left half done? ${online.at} points to Microsoft 365, ${own.at} to a server of its own`;
    }
    case 'unknown':
      return `no discovery records; seen as ${evidenceText(domain.sources[0])}`;
  }
}

export interface WorkflowOptions {
  /** The linted directory relative to the repository root (`.` for the root). */
  paths: string;
}

/**
 * The workflow: pull requests are checked (check-run annotations, SARIF to code scanning),
 * and a weekly run audits the whole repository (certificate expiry is a date problem, not
 * a diff problem) into one issue. Each job asks only for the permissions it uses.
 */
export function workflowText({ paths }: WorkflowOptions): string {
  const pathsInput = paths === '.' ? '' : `\n          paths: ${yamlString(paths)}`;
  return `# uclint: lint the unified-communications estate on every pull request, and audit it
# (certificate expiry above all) every week into one issue. Written by \`uclint init\`;
# the inputs are described in docs/action.md of the uclint package.
#
# Before the first run, replace ${ACTION_REFERENCE} (twice below) with the repository that
# hosts the uclint you use and one of its releases; best, pin the release's full commit SHA,
# as GitHub's security hardening guide advises (<owner>/uclint@<sha>  # <tag>). A copy of
# uclint kept in this repository is \`uses: ./path/to/uclint\`.
name: uclint
on:
  pull_request:
  schedule:
    - cron: '17 4 * * 1'  # Mondays 04:17 UTC
  workflow_dispatch:

permissions: {}

jobs:
  lint:
    if: github.event_name == 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      checks: write           # one check run with every annotation
      pull-requests: read     # the changed lines, for only-changed
      security-events: write  # upload SARIF to code scanning
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: ${ACTION_REFERENCE}
        with:${pathsInput}
          only-changed: true
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint

  audit:
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    permissions:
      contents: read          # check out the repository
      issues: write           # open, update and close the audit issue
      security-events: write  # code scanning compares pull requests with this analysis
    steps:
      - uses: actions/checkout@v5
      - id: uclint
        uses: ${ACTION_REFERENCE}
        with:${pathsInput}
          audit: true
          fail-on: never  # the issue is the report; a red scheduled run helps nobody
      - if: always() && steps.uclint.outputs.sarif-file != ''
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.uclint.outputs.sarif-file }}
          category: uclint
`;
}

function evidenceLines(evidence: readonly Evidence[], indent: string): string[] {
  const lines = evidence.slice(0, EVIDENCE_SHOWN).map((e) => `${indent}${evidenceText(e)}`);
  if (evidence.length > EVIDENCE_SHOWN) lines.push(`${indent}... and ${evidence.length - EVIDENCE_SHOWN} more`);
  return lines;
}

function familiesLines(families: EstateFamilies): string[] {
  if (families.families.length === 0) return ['  none shown by the files: only rules about every family run (settings.families states them)'];
  const lines: string[] = [];
  for (const family of families.families) {
    lines.push(`  ${family}  ${FAMILY_TITLES[family]}`);
    const evidence = families.evidence.filter((e) => e.family === family);
    lines.push(...evidence.slice(0, EVIDENCE_SHOWN).map((e) => `      ${e.text} (${familyEvidenceAt(e)})`));
    const more = (families.counts[family] ?? 0) - Math.min(evidence.length, EVIDENCE_SHOWN);
    if (more > 0) lines.push(`      ... and ${more} more`);
  }
  return lines;
}

export interface ReportInput {
  guesses: InitGuesses;
  /** `3 zone files, 1 manifest`, or `no files uclint reads`. */
  filesSummary: string;
  /** Errors reading files (parse findings): `uclint` shows them. */
  readProblems: number;
}

/** What init guessed, each guess with its evidence, for people. */
export function reportText({ guesses, filesSummary, readProblems }: ReportInput): string {
  const lines: string[] = [`Read ${filesSummary}.`];
  if (readProblems > 0) lines.push(`${readProblems} problem${readProblems === 1 ? '' : 's'} reading files; \`uclint\` lists them.`);

  lines.push('', 'Zone views:');
  if (guesses.zones.length === 0) lines.push('  no zone files');
  for (const zone of guesses.zones) {
    lines.push(`  ${zone.view ?? 'not placed'}  ${zone.file}${zone.view ? '' : `: ${zone.unplacedReason}`}`);
    lines.push(`      origin ${zone.origin ?? 'unknown'}: ${zone.originFrom}`);
    lines.push(...evidenceLines(zone.evidence, '      '));
  }

  lines.push('', 'SIP domains:');
  if (guesses.domains.length === 0) lines.push('  none found');
  for (const domain of guesses.domains) {
    lines.push(`  ${domain.domain}  ${domain.status}`);
    lines.push(...evidenceLines(domain.discovery.length > 0 ? domain.discovery : domain.sources, '      '));
  }

  lines.push('', 'Families (rules about other families do not run):');
  lines.push(...familiesLines(guesses.families));

  const { product } = guesses;
  lines.push('', 'Product:');
  lines.push(`  ${product.product ?? 'not named'}: ${product.reason}`);
  lines.push(...evidenceLines(product.evidence, '      '));
  lines.push(
    product.missingPreset
      ? `  preset ${product.preset} (${product.missingPreset} would fit; this version of uclint does not have it)`
      : `  preset ${product.preset}`,
  );

  if (guesses.policySources.length > 0) {
    lines.push('', 'VPN, firewall, QoS and media sources:');
    for (const source of guesses.policySources) lines.push(`  ${source.file}  ${source.holds.join('; ')}`);
  }

  if (guesses.ignore.length > 0) {
    lines.push('', 'Ignored:');
    for (const ignored of guesses.ignore) lines.push(`  ${ignored.glob}  ${ignored.why}`);
  }
  return lines.join('\n') + '\n';
}
