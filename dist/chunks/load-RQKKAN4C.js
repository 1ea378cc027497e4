import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  CommentsHeld
} from "./chunk-AL445DQY.js";
import {
  loadIncludeAware
} from "./chunk-T7Y7XDKK.js";
import {
  parseZone
} from "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import "./chunk-GCKIFPAF.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/zone/load.ts
function loadZones(files, context) {
  const heldComments = new CommentsHeld();
  const byFile = new Map(files.map((f) => [f.file, f]));
  const namedAsZone = (file) => {
    const source = byFile.get(file)?.originSource;
    return source === "config" || source === "named-conf";
  };
  const { results, includedBy } = loadIncludeAware(
    files.map((f) => f.file),
    (name) => {
      const file = byFile.get(name);
      const read = file.read();
      if (read === void 0) return void 0;
      const parsed = parseZone(read.text, {
        file: file.file,
        origin: file.origin,
        originSource: file.originSource === "config" || file.originSource === "named-conf" || file.originSource === "filename" ? file.originSource : void 0,
        ...file.viewSource === "none" || file.viewSource === "comment" || file.viewSource === "declared" ? {} : { view: file.view, viewSource: file.viewSource },
        includeReader: context.include,
        comments: heldComments.sinkFor(file.file)
      });
      return { result: parsed, includes: parsed.zone.includes };
    },
    namedAsZone
  );
  heldComments.replay(results.keys(), context.comments);
  context.commentsDone();
  const zones = [...results.values()].map((r) => r.zone);
  const diagnostics = [];
  for (const result of results.values()) for (const d of result.diagnostics) diagnostics.push(d);
  const described = [];
  for (const f of files) {
    const parsed = results.get(f.file);
    const { read: _, ...file } = f;
    if (parsed) {
      const zone = parsed.zone;
      const updated = { ...file, view: zone.view, viewSource: zone.viewSource };
      if (zone.viewSource === "comment") updated.viewEvidence = `the file's '; uclint-view: ${zone.view}' comment`;
      if (zone.origin !== void 0) updated.origin = zone.origin;
      if (zone.originSource !== f.originSource) {
        updated.originSource = zone.originSource;
        delete updated.originEvidence;
      }
      described.push(updated);
      continue;
    }
    const includer = includedBy.get(f.file);
    if (includer !== void 0) described.push({ ...file, includedBy: includer });
  }
  return { nodes: { zones }, diagnostics, files: described };
}
export {
  loadZones
};
