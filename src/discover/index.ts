export { discoverFiles, lintRoot, commonDirectory, globMatcher, isInside, toPosix, DEFAULT_MAX_FILE_BYTES } from './discover.js';
export type { DiscoveredFile, DiscoverOptions, DiscoverResult } from './discover.js';
export { classify, classifyByName, recogniseFile, headText, SNIFF_BYTES, FILE_KINDS } from './classify.js';
export type { FileKind } from './classify.js';
export { createIncludeReader, resolveTreePath, TreeFiles } from './include.js';
export type { IncludeReaderOptions } from './include.js';
export { readRegularFile, readTextFile, isTextFile, type TextEncoding } from './read.js';
export { compileGlob, escapeGlob } from './glob.js';
