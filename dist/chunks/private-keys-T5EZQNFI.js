import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  PRIVATE_KEY_MARKER,
  derPrivateKey,
  isDnssecPrivateKeyText,
  isPrivateKeyLabel,
  parsePrivateKeyFile,
  privateKeyInBlock,
  privateKeysInBlocks,
  privateKeysInText
} from "./chunk-ZHY7ORFJ.js";
import "./chunk-ZUAMPCLF.js";
export {
  PRIVATE_KEY_MARKER,
  derPrivateKey,
  isDnssecPrivateKeyText,
  isPrivateKeyLabel,
  parsePrivateKeyFile,
  privateKeyInBlock,
  privateKeysInBlocks,
  privateKeysInText
};
