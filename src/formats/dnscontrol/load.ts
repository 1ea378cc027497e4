/**
 * DNSControl's `dnsconfig.js` into DNS zones: the static reader of src/languages/javascript
 * gives the top-level calls in order (`D()`, `D_EXTEND()`, `DEFAULTS()`), each argument a value
 * with its range; each `D()` is a zone, and each record call in it a record at the line of the
 * call. Nothing is run.
 */
import path from 'node:path';
import type { Diagnostic } from '../../core/types.js';
import { readDnsControl, type JsCall, type JsValue } from '../../languages/javascript/index.js';
import type { DnsName, DnsZone } from '../../model/dns.js';
import type { NotCheckedNote } from '../../model/nodes.js';
import { canonicalName, isAtOrBelow } from '../../model/names.js';
import { viewWordsIn } from '../../model/view-words.js';
import { DnsZoneBuilder } from '../shared/dns-zone.js';
import { eachFile, type FormatLoad, type LoadContext, type TextInput } from '../shared/format.js';
import { DomainRecords, DomainRecordSets, type Unknown } from './records.js';

/** DNSControl's TTL when neither the record nor the domain sets one. */
const DNSCONTROL_DEFAULT_TTL = 300;

export function loadDnsControl(files: readonly TextInput[], context: LoadContext): Promise<FormatLoad> {
  return eachFile(files, context, (file, { text }) => loadConfiguration(file, text, context));
}

interface Domain {
  origin: DnsName;
  tag: string | undefined;
  builder: DnsZoneBuilder;
  /** Its record sets, from the D() and every D_EXTEND() of it. */
  sets?: DomainRecordSets;
}

function loadConfiguration(file: TextInput, text: string, context: LoadContext): FormatLoad {
  const program = readDnsControl(file.file, text, {
    read: (written, fromFile) => {
      const read = context.include(requiredPath(written, fromFile), fromFile);
      return 'error' in read ? { error: read.error } : { file: read.file, text: read.text };
    },
    comment: context.comments,
  });
  const diagnostics: Diagnostic[] = program.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^javascript\//, 'dnscontrol/') }));
  const notes: NotCheckedNote[] = [];
  const note = (unknown: Unknown): void => {
    notes.push({ format: 'dnscontrol', loc: unknown.loc, expression: unknown.expression, reason: unknown.reason });
  };
  const domains: Domain[] = [];
  // A D() whose name is not known may be the one a D_EXTEND() extends.
  let unnamedDomains = 0;
  let defaults: JsValue[] = [];
  for (const entry of program.entries) {
    if (entry.kind === 'unknown') {
      note(entry);
      continue;
    }
    switch (entry.callee) {
      case 'DEFAULTS':
        defaults = entry.args;
        break;
      case 'D': {
        const domain = declareDomain(entry, file, note);
        if (domain === undefined) {
          unnamedDomains++;
          break;
        }
        domains.push(domain);
        domain.sets = new DomainRecordSets(domain.builder);
        const records = new DomainRecords(domain.sets, domain.builder, domain.origin, DNSCONTROL_DEFAULT_TTL, note);
        records.modifiers(defaults);
        records.modifiers(entry.args.slice(2));
        break;
      }
      case 'D_EXTEND': {
        const name = domainName(entry, note);
        if (name === undefined) break;
        const domain = extended(domains, name);
        if (domain === undefined && unnamedDomains > 0) {
          note({ kind: 'unknown', expression: `D_EXTEND("${name.written}")`, reason: 'may extend a D() whose name this reading does not compute, so its records are not checked', loc: entry.loc });
          break;
        }
        if (domain === undefined) {
          diagnostics.push({ ...entry.loc, severity: 'error', code: 'dnscontrol/extend-unknown', message: `D_EXTEND("${name.written}") extends a domain that no D() declares before it; DNSControl stops with an error here, and its records are not read` });
          break;
        }
        domain.sets ??= new DomainRecordSets(domain.builder);
        const records = new DomainRecords(domain.sets, domain.builder, name.origin, DNSCONTROL_DEFAULT_TTL, note);
        records.modifiers(entry.args.slice(1));
        break;
      }
      default:
        break;
    }
  }
  const zones: DnsZone[] = domains.map((domain) => {
    domain.sets?.finish();
    return domain.builder.finish();
  });
  return { nodes: { zones, notes }, diagnostics };
}

/**
 * A path written in `require()`: DNSControl reads it relative to the file that requires it
 * (a path from the root of the tree otherwise).
 */
function requiredPath(written: string, fromFile: string): string {
  if (!written.startsWith('./') && !written.startsWith('../')) return written;
  return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), written));
}

interface WrittenDomain {
  written: string;
  origin: DnsName;
  tag: string | undefined;
}

/** The domain a `D()` or `D_EXTEND()` names: `contoso.com`, or `contoso.com!internal` with a split-horizon tag. */
function domainName(call: JsCall, note: (unknown: Unknown) => void): WrittenDomain | undefined {
  const first = call.args[0];
  if (first?.kind === 'unknown') {
    note(first);
    return undefined;
  }
  if (first?.kind !== 'string' || first.value.trim() === '') {
    const written = first?.kind === 'call' ? `${first.callee}(...)` : `${call.callee}(...)`;
    note({ kind: 'unknown', expression: written, reason: 'names a domain this reading does not compute, so its records are not checked', loc: first?.loc ?? call.loc });
    return undefined;
  }
  const bang = first.value.indexOf('!');
  const name = bang < 0 ? first.value : first.value.slice(0, bang);
  const tag = bang < 0 ? undefined : first.value.slice(bang + 1);
  return { written: first.value, origin: canonicalName(name.trim()), tag: tag === undefined || tag === '' ? undefined : tag.toLowerCase() };
}

function declareDomain(call: JsCall, file: TextInput, note: (unknown: Unknown) => void): Domain | undefined {
  const name = domainName(call, note);
  if (name === undefined) return undefined;
  const builder = new DnsZoneBuilder({ file: call.loc.file, loc: call.loc, origin: name.origin, originSource: 'declared', ...viewOf(name.tag, file) });
  return { origin: name.origin, tag: name.tag, builder };
}

/**
 * The view of a `D()`: the config's `views` first; then a split-horizon tag that names a side
 * (`contoso.com!internal`); a tag that names none is a view not known; then a directory named
 * for a side; otherwise external, as DNSControl's providers are public DNS services.
 */
function viewOf(tag: string | undefined, file: TextInput): Pick<DnsZone, 'view' | 'viewSource'> {
  if (file.viewSource === 'config') return { view: file.view, viewSource: file.viewSource };
  if (tag !== undefined) {
    const sides = new Set(viewWordsIn(tag));
    if (sides.size === 1) return { view: [...sides][0], viewSource: 'declared' };
    return { view: 'unknown', viewSource: 'none' };
  }
  if (file.view !== 'unknown') return { view: file.view, viewSource: file.viewSource };
  return { view: 'external', viewSource: 'declared' };
}

/** The `D()` a `D_EXTEND()` adds to: the same name and tag, or the nearest parent domain declared with that tag. */
function extended(domains: readonly Domain[], name: WrittenDomain): Domain | undefined {
  let best: Domain | undefined;
  for (const domain of domains) {
    if (domain.tag !== name.tag || !isAtOrBelow(name.origin, domain.origin)) continue;
    if (best === undefined || domain.origin.length > best.origin.length) best = domain;
  }
  return best;
}
