import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  OutputError,
  WRITE_BATCH_CHARACTERS,
  joinChunks,
  oneLine,
  streamSink,
  writeChunks,
  writeChunksToFile
} from "./chunk-SE4C34OZ.js";
import "./chunk-ZUAMPCLF.js";
export {
  OutputError,
  WRITE_BATCH_CHARACTERS,
  joinChunks,
  oneLine,
  streamSink,
  writeChunks,
  writeChunksToFile
};
