/**
 * Where reports go: standard output, with backpressure and a quiet stop when the reader
 * has gone (`uclint -f json | head`), or a file. A report is a sequence of pieces of text
 * (the reporters' generators), written in batches, never joined into one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Pieces are gathered into writes of about this many characters. */
export const WRITE_BATCH_CHARACTERS = 64 * 1024;

/** A report that could not be written; the message is the one line the user sees. */
export class OutputError extends Error {
  constructor(
    readonly target: string,
    /** Why, in words: `the directory out does not exist`. */
    readonly reason: string,
  ) {
    super(`cannot write ${target}: ${reason}`);
  }
}

/** The pieces joined: for the string-returning reporters (tests, the library API, bounded formats). */
export function joinChunks(chunks: Iterable<string>): string {
  return Array.from(chunks).join('');
}

/** Batches of about `WRITE_BATCH_CHARACTERS` from the pieces. */
function* batches(chunks: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH_CHARACTERS) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/**
 * Writes the pieces through `write` in batches, waiting for each write that returns a
 * promise (backpressure). Stops, without a word, once `closed()` says the reader has gone.
 */
export async function writeChunks(chunks: Iterable<string>, write: (text: string) => unknown, closed: () => boolean = () => false): Promise<void> {
  for (const batch of batches(chunks)) {
    if (closed()) return;
    await write(batch);
  }
}

/**
 * Writes the pieces to `file` (created or truncated); any failure is an OutputError naming
 * the file as `shown` (as the user wrote it), after `what` (`the baseline `).
 */
export function writeChunksToFile(file: string, chunks: Iterable<string>, shown: string = file, what = ''): void {
  let fd: number;
  try {
    fd = openSync(file, 'w');
  } catch (error) {
    throw new OutputError(`${what}${shown}`, writeFailure(error, shown));
  }
  try {
    for (const batch of batches(chunks)) {
      const bytes = Buffer.from(batch, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } catch (error) {
    if (!(error as NodeJS.ErrnoException).code) throw error;
    throw new OutputError(`${what}${shown}`, writeFailure(error, shown));
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be written, in words, from the system's error code. */
function writeFailure(error: unknown, shown: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `the directory ${path.dirname(shown)} does not exist`;
    case 'ENOTDIR':
      return 'a part of its path is not a directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return code ?? String(error);
  }
}

/** An error as one line: its name and the first line of its message, never the stack. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split(/\r?\n/, 1)[0];
}

/** Standard output (or another stream) as a report's sink. */
export interface StreamSink {
  /** Resolves once the stream has taken the text, so at most one write waits at a time; never rejects. */
  write(text: string): Promise<void>;
  /** Nothing more is written: the reader has gone (EPIPE), or the stream failed. */
  closed(): boolean;
  /** Why the stream failed, if it did for another reason than its reader going away. */
  failure(): OutputError | undefined;
}

/**
 * A sink on `stream` that waits for each write to be taken and stops when the reader
 * closes the pipe, quietly, or the stream fails, which `failure()` then tells. The
 * stream's 'error' events are handled: an unhandled one ends the process with a stack trace.
 */
export function streamSink(stream: NodeJS.WritableStream, name = 'to standard output'): StreamSink {
  let closed = false;
  let failure: OutputError | undefined;
  const fail = (error: Error): void => {
    closed = true;
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure ??= new OutputError(name, writeFailure(error, name));
  };
  stream.on('error', fail);
  return {
    closed: () => closed,
    failure: () => failure,
    write: (text) =>
      new Promise((resolve) => {
        if (closed) {
          resolve();
          return;
        }
        stream.write(text, (error) => {
          if (error) fail(error);
          resolve();
        });
      }),
  };
}
