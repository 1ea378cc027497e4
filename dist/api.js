import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  Estate,
  MARKDOWN_MAX_BYTES,
  RULES,
  SARIF_FINGERPRINT_KEY,
  SARIF_MAX_RESULTS,
  SARIF_URI_BASE_ID,
  defineRule,
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdown,
  exitCodeOf,
  formatClaimingName,
  formatCompact,
  formatGithub,
  formatGithubCommand,
  formatJson,
  formatMarkdown,
  formatSarif,
  formatStylish,
  formatTotals,
  githubChunks,
  jsonReportChunks,
  lint,
  markdownTruncationNote,
  runCli,
  sarifChunks,
  stylishChunks
} from "./chunks/chunk-SS4NQMXR.js";
import "./chunks/chunk-76FNAGQF.js";
import {
  OutputError,
  writeChunks,
  writeChunksToFile
} from "./chunks/chunk-SE4C34OZ.js";
import "./chunks/chunk-V5E2EDZM.js";
import "./chunks/chunk-OIO3TQFB.js";
import "./chunks/chunk-5JNNZPEP.js";
import "./chunks/chunk-SYDAALDP.js";
import "./chunks/chunk-2D3TV7J4.js";
import "./chunks/chunk-2CRF2HR2.js";
import "./chunks/chunk-QMIAOFVH.js";
import "./chunks/chunk-OUTD7K2O.js";
import "./chunks/chunk-7A5VGJQR.js";
import "./chunks/chunk-2F2EY3OV.js";
import "./chunks/chunk-7VKM5DFU.js";
import "./chunks/chunk-XCIY33MR.js";
import {
  VERSION
} from "./chunks/chunk-PU7YAIOL.js";
import {
  parseZone
} from "./chunks/chunk-L7SDVBRS.js";
import "./chunks/chunk-NWVVF3RZ.js";
import "./chunks/chunk-CLORUN65.js";
import {
  formatRecord,
  rdataText,
  recordKey
} from "./chunks/chunk-GCKIFPAF.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-EYJA5AHZ.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-XXLJZ66C.js";
import "./chunks/chunk-OOS4MDML.js";
import "./chunks/chunk-4XAWEQ5T.js";
import "./chunks/chunk-35JCERCI.js";
import "./chunks/chunk-ZUAMPCLF.js";
export {
  Estate,
  MARKDOWN_MAX_BYTES,
  OutputError,
  RULES,
  SARIF_FINGERPRINT_KEY,
  SARIF_MAX_RESULTS,
  SARIF_URI_BASE_ID,
  VERSION,
  defineRule,
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdown,
  exitCodeOf,
  formatClaimingName,
  formatCompact,
  formatGithub,
  formatGithubCommand,
  formatJson,
  formatMarkdown,
  formatRecord,
  formatSarif,
  formatStylish,
  formatTotals,
  githubChunks,
  jsonReportChunks,
  lint,
  markdownTruncationNote,
  parseZone,
  rdataText,
  recordKey,
  runCli,
  sarifChunks,
  stylishChunks,
  writeChunks,
  writeChunksToFile
};
