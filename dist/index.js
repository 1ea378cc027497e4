import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  Estate,
  RULES,
  VERSION,
  defineRule,
  exitCodeOf,
  formatCompact,
  formatJson,
  formatRecord,
  formatStylish,
  lint,
  parseZone,
  rdataText,
  runCli
} from "./chunks/chunk-VIXV25NJ.js";
export {
  Estate,
  RULES,
  VERSION,
  defineRule,
  exitCodeOf,
  formatCompact,
  formatJson,
  formatRecord,
  formatStylish,
  lint,
  parseZone,
  rdataText,
  runCli
};
