/**
 * Loading zone files and BIND configurations in the order their relations need: the
 * configurations first (their zones give zone files origins and views), then the zones, each
 * file that another includes read only as part of it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { CommentSink, Diagnostic } from '../core/types.js';
import type { ZoneFile } from '../model/dns.js';
import type { IncludeReader } from '../formats/zone/options.js';
import { parseZone } from '../formats/zone/index.js';
import { parseNamedConf, type NamedConf } from '../formats/named-conf/index.js';
import type { DiscoveredFile, DiscoverResult } from './discover.js';
import { TreeFiles } from './include.js';
import { loadIncludeAware } from '../formats/shared/include-order.js';
import { readTextFile, type DecodedText } from './read.js';
import { looksBinary, SNIFF_BYTES } from './classify.js';
import { applyPlacements, placeZoneFiles } from '../formats/named-conf/placement.js';

function unreadable(file: string, error: unknown): Diagnostic {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', code: 'input/unreadable', message: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
}

export interface NamedConfLoad {
  /** The configurations that stand on their own (each with what it includes). */
  confs: NamedConf[];
  /** The discovered files with the origins and views the configurations give, and the zone files they name. */
  files: DiscoveredFile[];
  /** Texts of the configuration files read, for their suppression comments. */
  texts: Map<string, string>;
  diagnostics: Diagnostic[];
}

/**
 * Reads the tree's BIND configurations (a file another includes only as part of it) and
 * applies what they say to the discovered files.
 */
export function loadNamedConfs(root: string, discovered: DiscoverResult, includeReader: IncludeReader, comments?: CommentSink): NamedConfLoad {
  const heldComments = new CommentsHeld();
  const texts = new Map<string, string>();
  const byFile = new Map(discovered.files.map((f) => [f.file, f]));
  const read = new Map<string, { conf: NamedConf; diagnostics: Diagnostic[] }>();
  const unreadableFiles: Diagnostic[] = [];
  const reader: IncludeReader = (written, fromFile) => {
    const result = includeReader(written, fromFile);
    if ('text' in result) texts.set(result.file, result.text);
    return result;
  };
  const { results, includedBy } = loadIncludeAware(
    discovered.files.filter((f) => f.kind === 'named-conf').map((f) => f.file),
    (file) => {
      let text: string;
      try {
        text = readTextFile((byFile.get(file) as DiscoveredFile).path).text;
      } catch (error) {
        unreadableFiles.push(unreadable(file, error));
        return undefined;
      }
      texts.set(file, text);
      const parsed = parseNamedConf(text, { file, includeReader: reader, comments: heldComments.sinkFor(file) });
      read.set(file, parsed);
      return { result: parsed, includes: parsed.conf.includes };
    },
  );
  if (comments) heldComments.replay(results.keys(), comments);
  const confs = [...results.values()].map((r) => r.conf);
  const diagnostics = [...unreadableFiles, ...[...results.values()].flatMap((r) => r.diagnostics)];
  const placements = placeZoneFiles(confs, root, new TreeFiles(discovered.tree));
  const files = applyPlacements(discovered.files, placements, root, (file) => isTextFile(path.join(root, file))).map((f) => (includedBy.has(f.file) ? { ...f, includedBy: includedBy.get(f.file) } : f));
  return { confs, files, texts, diagnostics };
}

export interface ZoneLoad {
  /** The zones that stand on their own. */
  zones: ZoneFile[];
  /** The files, with what loading decided: each zone's origin and view and where they came from, and the files that are parts of others. */
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

/**
 * Reads the zone files: a file that another zone `$INCLUDE`s is part of that zone and is not
 * read on its own, unless the config or a named.conf names it as a zone. `onText` sees the
 * text of each file read on its own.
 */
export function loadZones(files: readonly DiscoveredFile[], includeReader: IncludeReader, comments: CommentSink | undefined, onText: (file: DiscoveredFile, read: DecodedText) => void): ZoneLoad {
  const heldComments = new CommentsHeld();
  const byFile = new Map(files.map((f) => [f.file, f]));
  const unreadableFiles: Diagnostic[] = [];
  const namedAsZone = (file: string) => {
    const source = byFile.get(file)?.originSource;
    return source === 'config' || source === 'named-conf';
  };
  const { results, includedBy } = loadIncludeAware(
    files.filter((f) => f.kind === 'zone').map((f) => f.file),
    (name) => {
      const file = byFile.get(name) as DiscoveredFile;
      let read: DecodedText;
      try {
        read = readTextFile(file.path);
      } catch (error) {
        unreadableFiles.push(unreadable(file.file, error));
        return undefined;
      }
      onText(file, read);
      const parsed = parseZone(read.text, {
        file: file.file,
        origin: file.origin,
        originSource: file.originSource === 'config' || file.originSource === 'named-conf' || file.originSource === 'filename' ? file.originSource : undefined,
        ...(file.viewSource === 'none' || file.viewSource === 'comment' ? {} : { view: file.view, viewSource: file.viewSource }),
        includeReader,
        comments: heldComments.sinkFor(file.file),
      });
      return { result: parsed, includes: parsed.zone.includes };
    },
    namedAsZone,
  );
  if (comments) heldComments.replay(results.keys(), comments);
  const zones = [...results.values()].map((r) => r.zone);
  const diagnostics = [...unreadableFiles, ...[...results.values()].flatMap((r) => r.diagnostics)];
  const out = files.map((f): DiscoveredFile => {
    const parsed = results.get(f.file);
    if (parsed) {
      const zone = parsed.zone;
      const updated: DiscoveredFile = { ...f, view: zone.view, viewSource: zone.viewSource };
      if (zone.viewSource === 'comment') updated.viewEvidence = `the file's '; uclint-view: ${zone.view}' comment`;
      if (zone.origin !== undefined) updated.origin = zone.origin;
      if (zone.originSource !== f.originSource) {
        // The file's own `$ORIGIN` or SOA owner: the source says it all.
        updated.originSource = zone.originSource;
        delete updated.originEvidence;
      }
      return updated;
    }
    const includer = includedBy.get(f.file);
    return includer !== undefined && f.kind === 'zone' ? { ...f, includedBy: includer } : f;
  });
  return { zones, files: out, diagnostics };
}

/**
 * Comments a loader reports while a file is read, held until it is known whether the file stands
 * on its own: a file read alone and then found to be a part of another is read again as that
 * part, and its comments must count once, from the reading that is kept.
 */
class CommentsHeld {
  private readonly byFile = new Map<string, Array<Parameters<CommentSink>>>();

  /** The sink for the reading of `file` (it reports the comments of the files that reading includes too). */
  sinkFor(file: string): CommentSink {
    const held: Array<Parameters<CommentSink>> = [];
    this.byFile.set(file, held);
    return (...comment) => {
      held.push(comment);
    };
  }

  /** Hands on the comments of the readings kept, in the order they were read. */
  replay(kept: Iterable<string>, sink: CommentSink): void {
    const keep = new Set(kept);
    for (const [file, held] of this.byFile) if (keep.has(file)) for (const comment of held) sink(...comment);
  }
}

/** True when the head of the file reads as text (a named.conf may name a zone copy in BIND's binary format). */
function isTextFile(absolute: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const head = Buffer.alloc(SNIFF_BYTES);
    const read = readSync(fd, head, 0, SNIFF_BYTES, 0);
    return !looksBinary(head.subarray(0, read));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Findings that a wrong origin makes: names that point nowhere, or that lie outside the zone. */
const NAME_FINDINGS = new Set(['dns/dangling-target', 'sip/srv-target', 'zone/out-of-zone', 'dns/zone-validity']);

/**
 * One note for each zone whose origin is only a guess from its file name and whose names then
 * fail (point nowhere, or lie outside the zone): the guess may be what is wrong.
 */
export function originGuessNotes(files: readonly DiscoveredFile[], findings: ReadonlyArray<{ file: string; ruleId: string; messageId?: string; severity: Diagnostic['severity'] }>): Diagnostic[] {
  const guessed = new Map(files.filter((f) => f.kind === 'zone' && f.originSource === 'filename' && f.origin !== undefined).map((f) => [f.file, f]));
  if (guessed.size === 0) return [];
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity === 'info' || !guessed.has(finding.file) || !(NAME_FINDINGS.has(finding.ruleId) || NAME_FINDINGS.has(finding.messageId ?? ''))) continue;
    counts.set(finding.file, (counts.get(finding.file) ?? 0) + 1);
  }
  return [...counts].map(([file, count]) => ({
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'info' as const,
    code: 'zone/origin-guessed',
    message: `the origin ${(guessed.get(file) as DiscoveredFile).origin} of this zone is only a guess from its file name, and ${count} finding${count === 1 ? '' : 's'} on its names follow from it; if the guess is wrong, name the zone in a named.conf or in the config's \`zones\``,
  }));
}
