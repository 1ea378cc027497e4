import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/formats/shared/comments-held.ts
var CommentsHeld = class {
  byFile = /* @__PURE__ */ new Map();
  /** The sink for the reading of `file` (it reports the comments of the files that reading includes too). */
  sinkFor(file) {
    const held = [];
    this.byFile.set(file, held);
    return (...comment) => {
      held.push(comment);
    };
  }
  /** Hands on the comments of the readings kept, in the order they were read. */
  replay(kept, sink) {
    const keep = new Set(kept);
    for (const [file, held] of this.byFile) if (keep.has(file)) for (const comment of held) sink(...comment);
  }
};

export {
  CommentsHeld
};
