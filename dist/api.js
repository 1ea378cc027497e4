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
} from "./chunks/chunk-NNZDJUHW.js";
import "./chunks/chunk-NSGAQIWA.js";
import "./chunks/chunk-I36IVPAI.js";
import {
  parseZone
} from "./chunks/chunk-R6KV4QXV.js";
import "./chunks/chunk-XEHEDNUU.js";
import {
  formatRecord,
  rdataText,
  recordKey
} from "./chunks/chunk-5B2JIFOY.js";
import "./chunks/chunk-BCU5AAAT.js";
import "./chunks/chunk-YJXHKNSU.js";
import "./chunks/chunk-M6TJHZSR.js";
import "./chunks/chunk-ZHY7ORFJ.js";
import "./chunks/chunk-EYJA5AHZ.js";
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
