import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
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
  formatSarif,
  formatStylish,
  formatTotals,
  githubChunks,
  jsonReportChunks,
  lint,
  markdownTruncationNote,
  runCli,
  sarifChunks,
  stylishChunks,
  writeChunks,
  writeChunksToFile
} from "./chunks/chunk-SEONGY7F.js";
import "./chunks/chunk-KHATJX4A.js";
import "./chunks/chunk-2CRF2HR2.js";
import "./chunks/chunk-QMIAOFVH.js";
import "./chunks/chunk-HXMICYEX.js";
import "./chunks/chunk-LZYWCW5Q.js";
import "./chunks/chunk-OUTD7K2O.js";
import "./chunks/chunk-SYDAALDP.js";
import {
  parseZone
} from "./chunks/chunk-SXYS5VTY.js";
import "./chunks/chunk-XEHEDNUU.js";
import {
  formatRecord,
  rdataText,
  recordKey
} from "./chunks/chunk-K26DVUNT.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-ZHY7ORFJ.js";
import "./chunks/chunk-KKNCROCS.js";
import "./chunks/chunk-VQKNX4L6.js";
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
