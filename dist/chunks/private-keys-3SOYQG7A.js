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
} from "./chunk-XXLJZ66C.js";
import "./chunk-OOS4MDML.js";
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
