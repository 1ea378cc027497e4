import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);

// src/report/output.ts
import { closeSync, openSync, writeSync } from "node:fs";
import path from "node:path";
var WRITE_BATCH_CHARACTERS = 64 * 1024;
var OutputError = class extends Error {
  constructor(target, reason) {
    super(`cannot write ${target}: ${reason}`);
    this.target = target;
    this.reason = reason;
  }
  target;
  reason;
};
function joinChunks(chunks) {
  return Array.from(chunks).join("");
}
function* batches(chunks) {
  let batch = [];
  let size = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH_CHARACTERS) {
      yield batch.join("");
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join("");
}
async function writeChunks(chunks, write, closed = () => false) {
  for (const batch of batches(chunks)) {
    if (closed()) return;
    await write(batch);
  }
}
function writeChunksToFile(file, chunks, shown = file, what = "") {
  let fd;
  try {
    fd = openSync(file, "w");
  } catch (error) {
    throw new OutputError(`${what}${shown}`, writeFailure(error, shown));
  }
  try {
    for (const batch of batches(chunks)) {
      const bytes = Buffer.from(batch, "utf8");
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
    }
  } catch (error) {
    if (!error.code) throw error;
    throw new OutputError(`${what}${shown}`, writeFailure(error, shown));
  } finally {
    closeSync(fd);
  }
}
function writeFailure(error, shown) {
  const code = error.code;
  switch (code) {
    case "ENOENT":
      return `the directory ${path.dirname(shown)} does not exist`;
    case "ENOTDIR":
      return "a part of its path is not a directory";
    case "EISDIR":
      return "it is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return code ?? String(error);
  }
}
function oneLine(error) {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.split(/\r?\n/, 1)[0];
}
function streamSink(stream, name = "to standard output") {
  let closed = false;
  let failure;
  const fail = (error) => {
    closed = true;
    if (error.code !== "EPIPE") failure ??= new OutputError(name, writeFailure(error, name));
  };
  stream.on("error", fail);
  return {
    closed: () => closed,
    failure: () => failure,
    write: (text) => new Promise((resolve) => {
      if (closed) {
        resolve();
        return;
      }
      stream.write(text, (error) => {
        if (error) fail(error);
        resolve();
      });
    })
  };
}

export {
  WRITE_BATCH_CHARACTERS,
  OutputError,
  joinChunks,
  writeChunks,
  writeChunksToFile,
  oneLine,
  streamSink
};
