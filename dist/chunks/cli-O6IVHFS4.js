import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  parseDate,
  runCli
} from "./chunk-SS4NQMXR.js";
import "./chunk-76FNAGQF.js";
import "./chunk-SE4C34OZ.js";
import "./chunk-V5E2EDZM.js";
import "./chunk-OIO3TQFB.js";
import "./chunk-5JNNZPEP.js";
import "./chunk-SYDAALDP.js";
import "./chunk-2D3TV7J4.js";
import "./chunk-2CRF2HR2.js";
import "./chunk-QMIAOFVH.js";
import "./chunk-OUTD7K2O.js";
import "./chunk-7A5VGJQR.js";
import "./chunk-2F2EY3OV.js";
import "./chunk-7VKM5DFU.js";
import "./chunk-XCIY33MR.js";
import "./chunk-PU7YAIOL.js";
import "./chunk-GCKIFPAF.js";
import "./chunk-BCU5AAAT.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-M6TJHZSR.js";
import "./chunk-XXLJZ66C.js";
import "./chunk-OOS4MDML.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";
export {
  parseDate,
  runCli
};
