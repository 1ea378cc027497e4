/**
 * Loading the zone files of a tree: a file that another zone `$INCLUDE`s is part of that zone
 * and is not read on its own, unless the config or a named.conf names it as a zone.
 */
import type { Diagnostic } from '../../core/types.js';
import type { EstateFile } from '../../model/files.js';
import type { FormatLoad, LoadContext, TextInput } from '../shared/format.js';
import { loadIncludeAware } from '../shared/include-order.js';
import { CommentsHeld } from '../shared/comments-held.js';
import { parseZone } from './loader.js';

export function loadZones(files: readonly TextInput[], context: LoadContext): FormatLoad {
  const heldComments = new CommentsHeld();
  const byFile = new Map(files.map((f) => [f.file, f]));
  const namedAsZone = (file: string) => {
    const source = byFile.get(file)?.originSource;
    return source === 'config' || source === 'named-conf';
  };
  const { results, includedBy } = loadIncludeAware(
    files.map((f) => f.file),
    (name) => {
      const file = byFile.get(name) as TextInput;
      const read = file.read();
      if (read === undefined) return undefined;
      const parsed = parseZone(read.text, {
        file: file.file,
        origin: file.origin,
        originSource: file.originSource === 'config' || file.originSource === 'named-conf' || file.originSource === 'filename' ? file.originSource : undefined,
        ...(file.viewSource === 'none' || file.viewSource === 'comment' || file.viewSource === 'declared' ? {} : { view: file.view, viewSource: file.viewSource }),
        includeReader: context.include,
        comments: heldComments.sinkFor(file.file),
      });
      return { result: parsed, includes: parsed.zone.includes };
    },
    namedAsZone,
  );
  heldComments.replay(results.keys(), context.comments);
  context.commentsDone();
  const zones = [...results.values()].map((r) => r.zone);
  const diagnostics: Diagnostic[] = [];
  for (const result of results.values()) for (const d of result.diagnostics) diagnostics.push(d);
  const described: EstateFile[] = [];
  for (const f of files) {
    const parsed = results.get(f.file);
    const { read: _, ...file } = f;
    if (parsed) {
      const zone = parsed.zone;
      const updated: EstateFile = { ...file, view: zone.view, viewSource: zone.viewSource };
      if (zone.viewSource === 'comment') updated.viewEvidence = `the file's '; uclint-view: ${zone.view}' comment`;
      if (zone.origin !== undefined) updated.origin = zone.origin;
      if (zone.originSource !== f.originSource) {
        // The file's own `$ORIGIN` or SOA owner: the source says it all.
        updated.originSource = zone.originSource;
        delete updated.originEvidence;
      }
      described.push(updated);
      continue;
    }
    const includer = includedBy.get(f.file);
    if (includer !== undefined) described.push({ ...file, includedBy: includer });
  }
  return { nodes: { zones }, diagnostics, files: described };
}
