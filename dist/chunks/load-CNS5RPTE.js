import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  FORMAT,
  addXmlDiagnostics,
  loadProfileXml,
  readProfileXmlFile
} from "./chunk-HQUUQBGQ.js";
import "./chunk-W4SWPURQ.js";
import "./chunk-UQTE7JHT.js";
import "./chunk-2CRF2HR2.js";
import "./chunk-22YPUHC5.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";
export {
  FORMAT,
  addXmlDiagnostics,
  loadProfileXml,
  readProfileXmlFile
};
