import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  escapeJsonInvisibles,
  printable,
  printableCommandText,
  printableLines,
  withoutReordering
} from "./chunk-76FNAGQF.js";
import "./chunk-ZUAMPCLF.js";
export {
  escapeJsonInvisibles,
  printable,
  printableCommandText,
  printableLines,
  withoutReordering
};
