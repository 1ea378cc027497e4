/**
 * Loading the BIND configurations of a tree (a file another includes only as part of it), and
 * what they say of the tree's zone files: each `zone { file }` gives the file its origin, a
 * `view` around it the view, and a file named so that discovery did not take for a zone is one.
 */
import type { Diagnostic } from '../../core/types.js';
import type { EstateFile } from '../../model/files.js';
import type { FormatLoad, IncludeReader, LoadContext, TextInput } from '../shared/format.js';
import { loadIncludeAware } from '../shared/include-order.js';
import { CommentsHeld } from '../shared/comments-held.js';
import { parseNamedConf, type NamedConf } from './loader.js';
import { applyPlacements, placeZoneFiles } from './placement.js';

export function loadNamedConfs(files: readonly TextInput[], context: LoadContext): FormatLoad {
  const heldComments = new CommentsHeld();
  const byFile = new Map(files.map((f) => [f.file, f]));
  const reader: IncludeReader = (written, fromFile) => context.include(written, fromFile);
  const { results, includedBy } = loadIncludeAware(
    files.map((f) => f.file),
    (file) => {
      const read = (byFile.get(file) as TextInput).read();
      if (read === undefined) return undefined;
      const parsed = parseNamedConf(read.text, { file, includeReader: reader, comments: heldComments.sinkFor(file) });
      return { result: parsed, includes: parsed.conf.includes };
    },
  );
  heldComments.replay(results.keys(), context.comments);
  context.commentsDone();
  const confs: NamedConf[] = [...results.values()].map((r) => r.conf);
  const diagnostics: Diagnostic[] = [];
  for (const result of results.values()) for (const d of result.diagnostics) diagnostics.push(d);
  const placements = placeZoneFiles(confs, context.findInTree);
  const placed = applyPlacements(context.files, placements, context.isText);
  const before = new Set(context.files);
  const described: EstateFile[] = [];
  for (const file of placed) {
    const includer = includedBy.get(file.file);
    if (includer !== undefined) described.push({ ...file, includedBy: includer });
    else if (!before.has(file)) described.push(file);
  }
  return { diagnostics, files: described };
}
