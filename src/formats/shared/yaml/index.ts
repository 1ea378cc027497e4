export { parseYamlDocuments } from './parse.js';
export type { YamlParseResult } from './parse.js';
export { DEFAULT_YAML_LIMITS, deref, getEntry, getKey, keyText, pairRange, toPlainValue } from './model.js';
export type { ScalarValue, YamlAlias, YamlDocument, YamlLimits, YamlMap, YamlNode, YamlPair, YamlScalar, YamlSeq } from './model.js';
