import type { CommentSink } from '../../core/types.js';

/**
 * Comments a loader reports while a file is read, held until it is known whether the file stands
 * on its own: a file read alone and then found to be a part of another is read again as that
 * part, and its comments must count once, from the reading that is kept.
 */
export class CommentsHeld {
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
