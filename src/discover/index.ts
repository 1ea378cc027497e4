export { discoverFiles, lintRoot, commonDirectory, globMatcher, isInside, toPosix, DEFAULT_MAX_FILE_BYTES } from './discover.js';
export type { DiscoveredFile, DiscoverOptions, DiscoverResult } from './discover.js';
export { classify, classifyByName, originFromFileName, isZoneText, headText, SNIFF_BYTES } from './classify.js';
export type { FileKind } from './classify.js';
export { createIncludeReader } from './include.js';
export type { IncludeReaderOptions } from './include.js';
export { readRegularFile, readTextFile, type TextEncoding } from './read.js';
export { compileGlob, escapeGlob } from './glob.js';
