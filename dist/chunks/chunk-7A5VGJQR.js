import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  deref,
  getEntry
} from "./chunk-2F2EY3OV.js";
import {
  require_equal,
  require_ucs2length
} from "./chunk-XCIY33MR.js";
import {
  listOf
} from "./chunk-35JCERCI.js";

// src/model/products.ts
var PRODUCTS = ["lcs2005", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019", "teams", "cisco"];
var FAMILIES = ["lync", "legacy", "teams", "cisco", "sip"];
var FAMILY_TITLES = {
  lync: "Lync / Skype for Business Server",
  legacy: "LCS / OCS",
  teams: "Microsoft Teams",
  cisco: "Cisco UCM / Expressway",
  sip: "generic SIP"
};
var FAMILY_OF_PRODUCT = {
  lcs2005: "legacy",
  ocs2007r2: "legacy",
  lync2010: "lync",
  lync2013: "lync",
  sfb2015: "lync",
  sfb2019: "lync",
  teams: "teams",
  cisco: "cisco"
};
function isProduct(value) {
  return typeof value === "string" && PRODUCTS.includes(value);
}
function isFamily(value) {
  return typeof value === "string" && FAMILIES.includes(value);
}
function isLyncFamily(product) {
  if (!isProduct(product)) return false;
  const family = FAMILY_OF_PRODUCT[product];
  return family === "lync" || family === "legacy";
}
function familiesOf(families) {
  return families === void 0 || families === "all" ? FAMILIES : FAMILIES.filter((family) => families.includes(family));
}
function isEveryFamily(families) {
  return familiesOf(families).length === FAMILIES.length;
}
function familiesInWords(families) {
  if (isEveryFamily(families)) return "every family";
  return listOf(familiesOf(families).map((family) => FAMILY_TITLES[family]));
}
var PRESET_PRODUCTS = ["lcs2005", "ocs2007r2", "lync2010", "lync2013", "sfb", "teams", "cisco"];
var PRESET_PRODUCT_SETTING = {
  lcs2005: "lcs2005",
  ocs2007r2: "ocs2007r2",
  lync2010: "lync2010",
  lync2013: "lync2013",
  sfb: "sfb2015",
  teams: "teams",
  cisco: "cisco"
};
function presetProductOf(product) {
  return product === "sfb2015" || product === "sfb2019" ? "sfb" : product;
}
function familyOfPresetProduct(product) {
  return FAMILY_OF_PRODUCT[PRESET_PRODUCT_SETTING[product]];
}
var LYNC_2010_AND_LATER = ["lync2010", "lync2013", "sfb"];

// src/core/nearest.ts
function editDistance(a, b) {
  const cols = b.length + 1;
  let before = new Array(cols).fill(0);
  let previous = Array.from({ length: cols }, (_, j) => j);
  let current = new Array(cols).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[cols - 1];
}
var MAX_SUGGESTED_WORD = 64;
function nearest(word, candidates) {
  if (word.length > MAX_SUGGESTED_WORD) return void 0;
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : void 0;
}
function didYouMean(word, candidates) {
  const suggestion = nearest(word, candidates);
  return suggestion === void 0 ? "" : `; did you mean '${suggestion}'?`;
}
var MAX_SUGGESTIONS = 100;
var Suggestions = class {
  left = MAX_SUGGESTIONS;
  didYouMean(word, candidates) {
    if (this.left <= 0) return "";
    this.left--;
    return didYouMean(word, candidates);
  }
};

// src/core/precompiled-validators.ts
var yaml = (() => {
  const module = { exports: {} };
  const exports = module.exports;
  "use strict";
  exports.v0 = validate10;
  const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint configuration (.uclint.yml)", "type": "object", "additionalProperties": false, "properties": { "extends": { "description": "Presets to start from, applied in order; `rules` is applied after them. Absent means uclint:recommended.", "oneOf": [{ "$ref": "#/definitions/presetName" }, { "type": "array", "items": { "$ref": "#/definitions/presetName" } }] }, "plugins": { "description": "Rule packs from installed packages named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, loaded only when the command line allows plugins (--allow-plugins, --plugins-from). They are looked up in the node_modules of uclint's installation (or --plugins-from) and refused when they lie inside the linted tree. Their rules are configured under `rules` like uclint's own.", "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$", "maxLength": 214 } }, "rules": { "description": "Rule id to severity, or to [severity, options].", "type": "object", "propertyNames": { "pattern": "^[a-z0-9]+/[a-z0-9-]+$" }, "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "views": { "description": "Which zone files are the internal and which the external view of split-brain DNS.", "type": "object", "additionalProperties": false, "properties": { "internal": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md)." }, "external": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md)." } } }, "zones": { "description": "Origin of zone files whose origin is not written in them: path or glob to domain name (`contoso.com`).", "type": "object", "additionalProperties": { "type": "string", "minLength": 1 } }, "ignore": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Paths not to lint (globs); `dir/**` skips the whole directory." }, "settings": { "description": "Facts about the deployment that rules use. Rule options go under `rules`, for plugins' rules too.", "type": "object", "additionalProperties": false, "properties": { "sipDomains": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "SIP domains of the deployment." }, "now": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "description": "The date expiry rules judge against (YYYY-MM-DD, or an ISO 8601 date-time); --now wins." }, "strictDnsNaming": { "type": "boolean", "description": "Clients enforce strict DNS naming (EnableStrictDNSNaming)." }, "product": { "enum": ["lcs2005", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019", "teams", "cisco"], "description": "Product of the deployment (cisco: Unified CM with Expressway); selects product defaults, and the family rules run for unless `families` is given. A product preset sets it." }, "families": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["lync", "legacy", "teams", "cisco", "sip"] }, "description": "Families of the deployment, when the product alone cannot say (a hybrid of Skype for Business Server and Teams: [lync, teams]): lync (Lync Server 2010-2013, Skype for Business Server), legacy (LCS 2005, OCS 2007), teams, cisco, sip (generic SIP, IMS). Rules about other families do not run. Default: the family of `product`, else what the files show." } } }, "baseline": { "type": "string", "minLength": 1, "description": "Baseline file of accepted findings, relative to the lint root." }, "maxFindingsPerFile": { "type": "integer", "minimum": 1, "maximum": 1e6, "description": "At most this many findings of each rule, and diagnostics of each code, in one file (default 1000); one more finding says how many were not kept. --max-findings-per-file wins." }, "certificates": { "description": "How certificate files are read.", "type": "object", "additionalProperties": false, "properties": { "passwords": { "description": "PKCS#12 (.pfx, .p12) passwords: path or glob to the NAME of the environment variable that holds the password. The password itself never goes in the config. A config in the linted tree may name only variables starting with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env).", "type": "object", "additionalProperties": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } } }, "probe": { "description": "How `uclint probe` (and the Action's `probe: true`) asks the live DNS. Used by no other run.", "type": "object", "additionalProperties": false, "properties": { "dnsServers": { "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "string", "minLength": 1, "maxLength": 64 }, "description": "DNS servers to ask instead of the system resolver: IP addresses with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353). --dns-server wins." }, "view": { "enum": ["internal", "external"], "description": "Which side of split-brain DNS the servers answer for, so the answers are compared with the zones of that view (default external). --view wins." } } }, "audit": { "description": "Scheduled audits (GitHub Action): the one issue that lists the findings of the whole repository.", "type": "object", "additionalProperties": false, "properties": { "issueTitle": { "type": "string", "minLength": 1, "maxLength": 256, "description": 'Title of the audit issue (default "uclint audit").' }, "labels": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Labels given to the audit issue when it is opened." } } } }, "definitions": { "severity": { "enum": ["off", "info", "warn", "warning", "error"] }, "ruleSetting": { "oneOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }] }] }, "presetName": { "type": "string", "examples": ["uclint:recommended", "uclint:all", "uclint:lcs2005", "uclint:ocs2007r2", "uclint:lync2010", "uclint:lync2013", "uclint:sfb", "uclint:teams", "uclint:cisco"] } } };
  const schema12 = { "type": "string", "examples": ["uclint:recommended", "uclint:all", "uclint:lcs2005", "uclint:ocs2007r2", "uclint:lync2010", "uclint:lync2013", "uclint:sfb", "uclint:teams", "uclint:cisco"] };
  const func2 = Object.prototype.hasOwnProperty;
  const func3 = require_ucs2length().default;
  const func0 = require_equal().default;
  const pattern0 = new RegExp("^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$", "u");
  const pattern1 = new RegExp("^[a-z0-9]+/[a-z0-9-]+$", "u");
  const pattern2 = new RegExp("^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "u");
  const pattern3 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
  const schema14 = { "oneOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }] }] };
  const schema15 = { "enum": ["off", "info", "warn", "warning", "error"] };
  function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    let passing0 = null;
    const _errs1 = errors;
    if (!(data === "off" || data === "info" || data === "warn" || data === "warning" || data === "error")) {
      const err0 = { instancePath, schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    var _valid0 = _errs1 === errors;
    if (_valid0) {
      valid0 = true;
      passing0 = 0;
    }
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length > 2) {
        const err1 = { instancePath, schemaPath: "#/oneOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema14.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.length < 1) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema14.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const len0 = data.length;
      if (len0 > 0) {
        let data0 = data[0];
        if (!(data0 === "off" || data0 === "info" || data0 === "warn" || data0 === "warning" || data0 === "error")) {
          const err3 = { instancePath: instancePath + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values", schema: schema15.enum, parentSchema: schema15, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (len0 > 1) {
        let data1 = data[1];
        if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
          const err4 = { instancePath: instancePath + "/1", schemaPath: "#/oneOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.oneOf[1].items[1].type, parentSchema: schema14.oneOf[1].items[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.oneOf[1].type, parentSchema: schema14.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 1];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 1;
      }
    }
    if (!valid0) {
      const err6 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema14.oneOf, parentSchema: schema14, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      errors = _errs0;
      if (vErrors !== null) {
        if (_errs0) {
          vErrors.length = _errs0;
        } else {
          vErrors = null;
        }
      }
    }
    validate11.errors = vErrors;
    return errors === 0;
  }
  function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!func2.call(schema11.properties, key0)) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.extends !== void 0) {
        let data0 = data.extends;
        const _errs3 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs4 = errors;
        if (typeof data0 !== "string") {
          const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/definitions/presetName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        var _valid0 = _errs4 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs7 = errors;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 !== "string") {
              const err2 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/presetName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        } else {
          const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.oneOf[1].type, parentSchema: schema11.properties.extends.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.extends.oneOf, parentSchema: schema11.properties.extends, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        } else {
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.plugins !== void 0) {
        let data2 = data.plugins;
        if (Array.isArray(data2)) {
          const len1 = data2.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data3 = data2[i1];
            if (typeof data3 === "string") {
              if (func3(data3) > 214) {
                const err5 = { instancePath: instancePath + "/plugins/" + i1, schemaPath: "#/properties/plugins/items/maxLength", keyword: "maxLength", params: { limit: 214 }, message: "must NOT have more than 214 characters", schema: 214, parentSchema: schema11.properties.plugins.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (!pattern0.test(data3)) {
                const err6 = { instancePath: instancePath + "/plugins/" + i1, schemaPath: "#/properties/plugins/items/pattern", keyword: "pattern", params: { pattern: "^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$" }, message: 'must match pattern "^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$"', schema: "^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$", parentSchema: schema11.properties.plugins.items, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/plugins/" + i1, schemaPath: "#/properties/plugins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.plugins.items.type, parentSchema: schema11.properties.plugins.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
          let i2 = data2.length;
          let j0;
          if (i2 > 1) {
            const indices0 = {};
            for (; i2--; ) {
              let item0 = data2[i2];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err8 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema11.properties.plugins, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
                break;
              }
              indices0[item0] = i2;
            }
          }
        } else {
          const err9 = { instancePath: instancePath + "/plugins", schemaPath: "#/properties/plugins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.plugins.type, parentSchema: schema11.properties.plugins, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data4 = data.rules;
        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
          for (const key1 in data4) {
            const _errs18 = errors;
            if (typeof key1 === "string") {
              if (!pattern1.test(key1)) {
                const err10 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+/[a-z0-9-]+$" }, message: 'must match pattern "^[a-z0-9]+/[a-z0-9-]+$"', schema: "^[a-z0-9]+/[a-z0-9-]+$", parentSchema: schema11.properties.rules.propertyNames, data: key1, propertyName: key1 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            var valid9 = _errs18 === errors;
            if (!valid9) {
              const err11 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.rules.propertyNames, parentSchema: schema11.properties.rules, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          for (const key2 in data4) {
            if (!validate11(data4[key2], { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key2, rootData })) {
              vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.views !== void 0) {
        let data6 = data.views;
        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
          for (const key3 in data6) {
            if (!(key3 === "internal" || key3 === "external")) {
              const err13 = { instancePath: instancePath + "/views", schemaPath: "#/properties/views/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.views, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data6.internal !== void 0) {
            let data7 = data6.internal;
            if (Array.isArray(data7)) {
              const len2 = data7.length;
              for (let i3 = 0; i3 < len2; i3++) {
                let data8 = data7[i3];
                if (typeof data8 === "string") {
                  if (func3(data8) < 1) {
                    const err14 = { instancePath: instancePath + "/views/internal/" + i3, schemaPath: "#/properties/views/properties/internal/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.views.properties.internal.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                } else {
                  const err15 = { instancePath: instancePath + "/views/internal/" + i3, schemaPath: "#/properties/views/properties/internal/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.views.properties.internal.items.type, parentSchema: schema11.properties.views.properties.internal.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            } else {
              const err16 = { instancePath: instancePath + "/views/internal", schemaPath: "#/properties/views/properties/internal/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.views.properties.internal.type, parentSchema: schema11.properties.views.properties.internal, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (data6.external !== void 0) {
            let data9 = data6.external;
            if (Array.isArray(data9)) {
              const len3 = data9.length;
              for (let i4 = 0; i4 < len3; i4++) {
                let data10 = data9[i4];
                if (typeof data10 === "string") {
                  if (func3(data10) < 1) {
                    const err17 = { instancePath: instancePath + "/views/external/" + i4, schemaPath: "#/properties/views/properties/external/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.views.properties.external.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/views/external/" + i4, schemaPath: "#/properties/views/properties/external/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.views.properties.external.items.type, parentSchema: schema11.properties.views.properties.external.items, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            } else {
              const err19 = { instancePath: instancePath + "/views/external", schemaPath: "#/properties/views/properties/external/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.views.properties.external.type, parentSchema: schema11.properties.views.properties.external, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        } else {
          const err20 = { instancePath: instancePath + "/views", schemaPath: "#/properties/views/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.views.type, parentSchema: schema11.properties.views, data: data6 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.zones !== void 0) {
        let data11 = data.zones;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          for (const key4 in data11) {
            let data12 = data11[key4];
            if (typeof data12 === "string") {
              if (func3(data12) < 1) {
                const err21 = { instancePath: instancePath + "/zones/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/zones/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.zones.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            } else {
              const err22 = { instancePath: instancePath + "/zones/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/zones/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.zones.additionalProperties.type, parentSchema: schema11.properties.zones.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath: instancePath + "/zones", schemaPath: "#/properties/zones/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.zones.type, parentSchema: schema11.properties.zones, data: data11 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
      if (data.ignore !== void 0) {
        let data13 = data.ignore;
        if (Array.isArray(data13)) {
          const len4 = data13.length;
          for (let i5 = 0; i5 < len4; i5++) {
            let data14 = data13[i5];
            if (typeof data14 === "string") {
              if (func3(data14) < 1) {
                const err24 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.ignore.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            } else {
              const err25 = { instancePath: instancePath + "/ignore/" + i5, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.ignore.items.type, parentSchema: schema11.properties.ignore.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        } else {
          const err26 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.ignore.type, parentSchema: schema11.properties.ignore, data: data13 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
      if (data.settings !== void 0) {
        let data15 = data.settings;
        if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
          for (const key5 in data15) {
            if (!(key5 === "sipDomains" || key5 === "now" || key5 === "strictDnsNaming" || key5 === "product" || key5 === "families")) {
              const err27 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.settings, data: data15 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          if (data15.sipDomains !== void 0) {
            let data16 = data15.sipDomains;
            if (Array.isArray(data16)) {
              const len5 = data16.length;
              for (let i6 = 0; i6 < len5; i6++) {
                let data17 = data16[i6];
                if (typeof data17 === "string") {
                  if (func3(data17) < 1) {
                    const err28 = { instancePath: instancePath + "/settings/sipDomains/" + i6, schemaPath: "#/properties/settings/properties/sipDomains/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.settings.properties.sipDomains.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/settings/sipDomains/" + i6, schemaPath: "#/properties/settings/properties/sipDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.settings.properties.sipDomains.items.type, parentSchema: schema11.properties.settings.properties.sipDomains.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
            } else {
              const err30 = { instancePath: instancePath + "/settings/sipDomains", schemaPath: "#/properties/settings/properties/sipDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.settings.properties.sipDomains.type, parentSchema: schema11.properties.settings.properties.sipDomains, data: data16 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (data15.now !== void 0) {
            let data18 = data15.now;
            if (typeof data18 === "string") {
              if (!pattern2.test(data18)) {
                const err31 = { instancePath: instancePath + "/settings/now", schemaPath: "#/properties/settings/properties/now/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$"', schema: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", parentSchema: schema11.properties.settings.properties.now, data: data18 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            } else {
              const err32 = { instancePath: instancePath + "/settings/now", schemaPath: "#/properties/settings/properties/now/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.settings.properties.now.type, parentSchema: schema11.properties.settings.properties.now, data: data18 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          if (data15.strictDnsNaming !== void 0) {
            let data19 = data15.strictDnsNaming;
            if (typeof data19 !== "boolean") {
              const err33 = { instancePath: instancePath + "/settings/strictDnsNaming", schemaPath: "#/properties/settings/properties/strictDnsNaming/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.settings.properties.strictDnsNaming.type, parentSchema: schema11.properties.settings.properties.strictDnsNaming, data: data19 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          if (data15.product !== void 0) {
            let data20 = data15.product;
            if (!(data20 === "lcs2005" || data20 === "ocs2007r2" || data20 === "lync2010" || data20 === "lync2013" || data20 === "sfb2015" || data20 === "sfb2019" || data20 === "teams" || data20 === "cisco")) {
              const err34 = { instancePath: instancePath + "/settings/product", schemaPath: "#/properties/settings/properties/product/enum", keyword: "enum", params: { allowedValues: schema11.properties.settings.properties.product.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.settings.properties.product.enum, parentSchema: schema11.properties.settings.properties.product, data: data20 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data15.families !== void 0) {
            let data21 = data15.families;
            if (Array.isArray(data21)) {
              if (data21.length < 1) {
                const err35 = { instancePath: instancePath + "/settings/families", schemaPath: "#/properties/settings/properties/families/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.settings.properties.families, data: data21 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              const len6 = data21.length;
              for (let i7 = 0; i7 < len6; i7++) {
                let data22 = data21[i7];
                if (!(data22 === "lync" || data22 === "legacy" || data22 === "teams" || data22 === "cisco" || data22 === "sip")) {
                  const err36 = { instancePath: instancePath + "/settings/families/" + i7, schemaPath: "#/properties/settings/properties/families/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.settings.properties.families.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.settings.properties.families.items.enum, parentSchema: schema11.properties.settings.properties.families.items, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
              let i8 = data21.length;
              let j1;
              if (i8 > 1) {
                outer0: for (; i8--; ) {
                  for (j1 = i8; j1--; ) {
                    if (func0(data21[i8], data21[j1])) {
                      const err37 = { instancePath: instancePath + "/settings/families", schemaPath: "#/properties/settings/properties/families/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema11.properties.settings.properties.families, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                      break outer0;
                    }
                  }
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/settings/families", schemaPath: "#/properties/settings/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.settings.properties.families.type, parentSchema: schema11.properties.settings.properties.families, data: data21 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        } else {
          const err39 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.settings.type, parentSchema: schema11.properties.settings, data: data15 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
      if (data.baseline !== void 0) {
        let data23 = data.baseline;
        if (typeof data23 === "string") {
          if (func3(data23) < 1) {
            const err40 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.baseline, data: data23 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        } else {
          const err41 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.baseline.type, parentSchema: schema11.properties.baseline, data: data23 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      if (data.maxFindingsPerFile !== void 0) {
        let data24 = data.maxFindingsPerFile;
        if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
          const err42 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.maxFindingsPerFile.type, parentSchema: schema11.properties.maxFindingsPerFile, data: data24 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (typeof data24 == "number") {
          if (data24 > 1e6 || isNaN(data24)) {
            const err43 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema11.properties.maxFindingsPerFile, data: data24 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data24 < 1 || isNaN(data24)) {
            const err44 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.maxFindingsPerFile, data: data24 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      }
      if (data.certificates !== void 0) {
        let data25 = data.certificates;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
          for (const key6 in data25) {
            if (!(key6 === "passwords")) {
              const err45 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.certificates, data: data25 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data25.passwords !== void 0) {
            let data26 = data25.passwords;
            if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
              for (const key7 in data26) {
                let data27 = data26[key7];
                if (typeof data27 === "string") {
                  if (!pattern3.test(data27)) {
                    const err46 = { instancePath: instancePath + "/certificates/passwords/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/certificates/properties/passwords/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema11.properties.certificates.properties.passwords.additionalProperties, data: data27 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                } else {
                  const err47 = { instancePath: instancePath + "/certificates/passwords/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/certificates/properties/passwords/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.certificates.properties.passwords.additionalProperties.type, parentSchema: schema11.properties.certificates.properties.passwords.additionalProperties, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
              }
            } else {
              const err48 = { instancePath: instancePath + "/certificates/passwords", schemaPath: "#/properties/certificates/properties/passwords/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.certificates.properties.passwords.type, parentSchema: schema11.properties.certificates.properties.passwords, data: data26 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        } else {
          const err49 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.certificates.type, parentSchema: schema11.properties.certificates, data: data25 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      }
      if (data.probe !== void 0) {
        let data28 = data.probe;
        if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
          for (const key8 in data28) {
            if (!(key8 === "dnsServers" || key8 === "view")) {
              const err50 = { instancePath: instancePath + "/probe", schemaPath: "#/properties/probe/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.probe, data: data28 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data28.dnsServers !== void 0) {
            let data29 = data28.dnsServers;
            if (Array.isArray(data29)) {
              if (data29.length > 10) {
                const err51 = { instancePath: instancePath + "/probe/dnsServers", schemaPath: "#/properties/probe/properties/dnsServers/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema11.properties.probe.properties.dnsServers, data: data29 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (data29.length < 1) {
                const err52 = { instancePath: instancePath + "/probe/dnsServers", schemaPath: "#/properties/probe/properties/dnsServers/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.probe.properties.dnsServers, data: data29 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
              const len7 = data29.length;
              for (let i9 = 0; i9 < len7; i9++) {
                let data30 = data29[i9];
                if (typeof data30 === "string") {
                  if (func3(data30) > 64) {
                    const err53 = { instancePath: instancePath + "/probe/dnsServers/" + i9, schemaPath: "#/properties/probe/properties/dnsServers/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.probe.properties.dnsServers.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                  if (func3(data30) < 1) {
                    const err54 = { instancePath: instancePath + "/probe/dnsServers/" + i9, schemaPath: "#/properties/probe/properties/dnsServers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.probe.properties.dnsServers.items, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                } else {
                  const err55 = { instancePath: instancePath + "/probe/dnsServers/" + i9, schemaPath: "#/properties/probe/properties/dnsServers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.probe.properties.dnsServers.items.type, parentSchema: schema11.properties.probe.properties.dnsServers.items, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
            } else {
              const err56 = { instancePath: instancePath + "/probe/dnsServers", schemaPath: "#/properties/probe/properties/dnsServers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.probe.properties.dnsServers.type, parentSchema: schema11.properties.probe.properties.dnsServers, data: data29 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
          if (data28.view !== void 0) {
            let data31 = data28.view;
            if (!(data31 === "internal" || data31 === "external")) {
              const err57 = { instancePath: instancePath + "/probe/view", schemaPath: "#/properties/probe/properties/view/enum", keyword: "enum", params: { allowedValues: schema11.properties.probe.properties.view.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.probe.properties.view.enum, parentSchema: schema11.properties.probe.properties.view, data: data31 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
        } else {
          const err58 = { instancePath: instancePath + "/probe", schemaPath: "#/properties/probe/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.probe.type, parentSchema: schema11.properties.probe, data: data28 };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      }
      if (data.audit !== void 0) {
        let data32 = data.audit;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
          for (const key9 in data32) {
            if (!(key9 === "issueTitle" || key9 === "labels")) {
              const err59 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.audit, data: data32 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          if (data32.issueTitle !== void 0) {
            let data33 = data32.issueTitle;
            if (typeof data33 === "string") {
              if (func3(data33) > 256) {
                const err60 = { instancePath: instancePath + "/audit/issueTitle", schemaPath: "#/properties/audit/properties/issueTitle/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema11.properties.audit.properties.issueTitle, data: data33 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
              if (func3(data33) < 1) {
                const err61 = { instancePath: instancePath + "/audit/issueTitle", schemaPath: "#/properties/audit/properties/issueTitle/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.audit.properties.issueTitle, data: data33 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            } else {
              const err62 = { instancePath: instancePath + "/audit/issueTitle", schemaPath: "#/properties/audit/properties/issueTitle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.audit.properties.issueTitle.type, parentSchema: schema11.properties.audit.properties.issueTitle, data: data33 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          if (data32.labels !== void 0) {
            let data34 = data32.labels;
            if (Array.isArray(data34)) {
              const len8 = data34.length;
              for (let i10 = 0; i10 < len8; i10++) {
                let data35 = data34[i10];
                if (typeof data35 === "string") {
                  if (func3(data35) < 1) {
                    const err63 = { instancePath: instancePath + "/audit/labels/" + i10, schemaPath: "#/properties/audit/properties/labels/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.audit.properties.labels.items, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                } else {
                  const err64 = { instancePath: instancePath + "/audit/labels/" + i10, schemaPath: "#/properties/audit/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.audit.properties.labels.items.type, parentSchema: schema11.properties.audit.properties.labels.items, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
              }
            } else {
              const err65 = { instancePath: instancePath + "/audit/labels", schemaPath: "#/properties/audit/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.audit.properties.labels.type, parentSchema: schema11.properties.audit.properties.labels, data: data34 };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          }
        } else {
          const err66 = { instancePath: instancePath + "/audit", schemaPath: "#/properties/audit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.audit.type, parentSchema: schema11.properties.audit, data: data32 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      }
    } else {
      const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err67];
      } else {
        vErrors.push(err67);
      }
      errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
  }
  exports.v1 = validate13;
  const schema17 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint manifest: kind Topology", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "const": "uclint/v1", "description": "Manifest format version." }, "kind": { "const": "Topology" }, "product": { "enum": ["lcs2005", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019", "teams"], "description": "Server product and version; selects product defaults such as the pool size limit (settings.product in the config wins)." }, "sipDomains": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "SIP domains users sign in with (`user@contoso.com`)." }, "tenantDomains": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Other domains registered in the Microsoft 365 tenant (the SIP domains count already), such as a subdomain that names an SBC." }, "clientPolicy": { "description": "What clients are told.", "type": "object", "additionalProperties": false, "properties": { "strictDnsNaming": { "type": "boolean", "description": "EnableStrictDNSNaming: a discovered server must be the SIP domain or sip.<domain>." }, "allowTcp": { "type": "boolean", "description": "Clients may use clear-text SIP over TCP (_sipinternal._tcp)." }, "manualServers": { "description": "Servers configured by hand instead of DNS discovery.", "type": "object", "additionalProperties": false, "properties": { "internal": { "type": "string", "minLength": 1, "description": "Internal server. `host` or `host:port`; an IPv6 address in brackets when a port follows (`[2001:db8::1]:443`).", "examples": ["sip.contoso.com:443"] }, "external": { "type": "string", "minLength": 1, "description": "External server. `host` or `host:port`; an IPv6 address in brackets when a port follows (`[2001:db8::1]:443`).", "examples": ["sip.contoso.com:443"] } } } } }, "pools": { "description": "Front End, Director, Edge and Mediation pools.", "type": "array", "items": { "$ref": "#/definitions/pool" } }, "edges": { "description": "Edge pools with their internal and external names.", "type": "array", "items": { "$ref": "#/definitions/edge" } }, "reverseProxy": { "description": "The reverse proxy that publishes web services and simple URLs.", "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "External FQDN of the reverse proxy." }, "ip": { "type": "string", "minLength": 1, "description": "IPv4 address (four decimal parts) or IPv6 address." }, "publishes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "Host names it publishes." } } }, "simpleUrls": { "description": "Simple URLs: `https://meet.contoso.com/` or a host name.", "type": "object", "additionalProperties": false, "properties": { "meet": { "description": "Meeting URLs, one per SIP domain. One URL or host name, or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "dialin": { "description": "Dial-in conferencing URL. One URL or host name, or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "admin": { "description": "Administration URL. One URL or host name, or a list of them.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] } } }, "exchange": { "description": "Exchange names clients reach.", "type": "object", "additionalProperties": false, "properties": { "autodiscover": { "type": "string", "minLength": 1, "description": "Autodiscover host name." }, "ews": { "type": "string", "minLength": 1, "description": "Exchange Web Services host name." } } }, "sbcs": { "description": "Session border controllers (Direct Routing, PSTN gateways).", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "FQDN of the SBC." }, "port": { "type": "integer", "minimum": 1, "maximum": 65535, "description": "SIP/TLS port, 5061 by default on the SBC." } } } } }, "definitions": { "pool": { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Pool FQDN (for a Standard Edition server, the server FQDN)." }, "role": { "enum": ["frontend", "director", "edge", "mediation"] }, "loadBalancing": { "enum": ["dns", "hardware"], "description": "How SIP traffic to the pool is balanced." }, "webServices": { "description": "Web services FQDNs.", "type": "object", "additionalProperties": false, "properties": { "internal": { "type": "string", "minLength": 1, "description": "Internal web services FQDN." }, "external": { "type": "string", "minLength": 1, "description": "External web services FQDN." } } }, "servers": { "description": "Servers of the pool.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Server FQDN." }, "id": { "type": "integer", "minimum": 1, "description": "Registrar id (slot of the registrar hash)." } } } } } }, "edgeName": { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Public FQDN of the service." }, "ip": { "type": "string", "minLength": 1, "description": "IPv4 address (four decimal parts) or IPv6 address." } } }, "edge": { "type": "object", "additionalProperties": false, "properties": { "internal": { "description": "The internal interface.", "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Internal FQDN of the Edge pool." } } }, "external": { "description": "The external services.", "type": "object", "additionalProperties": false, "properties": { "access": { "$ref": "#/definitions/edgeName" }, "webConferencing": { "$ref": "#/definitions/edgeName" }, "av": { "$ref": "#/definitions/edgeName" } } }, "servers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "FQDNs of the Edge servers." } } } } };
  const schema18 = { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Pool FQDN (for a Standard Edition server, the server FQDN)." }, "role": { "enum": ["frontend", "director", "edge", "mediation"] }, "loadBalancing": { "enum": ["dns", "hardware"], "description": "How SIP traffic to the pool is balanced." }, "webServices": { "description": "Web services FQDNs.", "type": "object", "additionalProperties": false, "properties": { "internal": { "type": "string", "minLength": 1, "description": "Internal web services FQDN." }, "external": { "type": "string", "minLength": 1, "description": "External web services FQDN." } } }, "servers": { "description": "Servers of the pool.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Server FQDN." }, "id": { "type": "integer", "minimum": 1, "description": "Registrar id (slot of the registrar hash)." } } } } } };
  const schema19 = { "type": "object", "additionalProperties": false, "properties": { "internal": { "description": "The internal interface.", "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Internal FQDN of the Edge pool." } } }, "external": { "description": "The external services.", "type": "object", "additionalProperties": false, "properties": { "access": { "$ref": "#/definitions/edgeName" }, "webConferencing": { "$ref": "#/definitions/edgeName" }, "av": { "$ref": "#/definitions/edgeName" } } }, "servers": { "type": "array", "items": { "type": "string", "minLength": 1 }, "description": "FQDNs of the Edge servers." } } };
  const schema20 = { "type": "object", "additionalProperties": false, "required": ["fqdn"], "properties": { "fqdn": { "type": "string", "minLength": 1, "description": "Public FQDN of the service." }, "ip": { "type": "string", "minLength": 1, "description": "IPv4 address (four decimal parts) or IPv6 address." } } };
  function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "internal" || key0 === "external" || key0 === "servers")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.internal !== void 0) {
        let data0 = data.internal;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.fqdn === void 0) {
            const err1 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema19.properties.internal.required, parentSchema: schema19.properties.internal, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          for (const key1 in data0) {
            if (!(key1 === "fqdn")) {
              const err2 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.internal, data: data0 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          if (data0.fqdn !== void 0) {
            let data1 = data0.fqdn;
            if (typeof data1 === "string") {
              if (func3(data1) < 1) {
                const err3 = { instancePath: instancePath + "/internal/fqdn", schemaPath: "#/properties/internal/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.internal.properties.fqdn, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            } else {
              const err4 = { instancePath: instancePath + "/internal/fqdn", schemaPath: "#/properties/internal/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.internal.properties.fqdn.type, parentSchema: schema19.properties.internal.properties.fqdn, data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.internal.type, parentSchema: schema19.properties.internal, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.external !== void 0) {
        let data2 = data.external;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          for (const key2 in data2) {
            if (!(key2 === "access" || key2 === "webConferencing" || key2 === "av")) {
              const err6 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.external, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data2.access !== void 0) {
            let data3 = data2.access;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.fqdn === void 0) {
                const err7 = { instancePath: instancePath + "/external/access", schemaPath: "#/definitions/edgeName/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema20.required, parentSchema: schema20, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              for (const key3 in data3) {
                if (!(key3 === "fqdn" || key3 === "ip")) {
                  const err8 = { instancePath: instancePath + "/external/access", schemaPath: "#/definitions/edgeName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data3.fqdn !== void 0) {
                let data4 = data3.fqdn;
                if (typeof data4 === "string") {
                  if (func3(data4) < 1) {
                    const err9 = { instancePath: instancePath + "/external/access/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.fqdn, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                } else {
                  const err10 = { instancePath: instancePath + "/external/access/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.fqdn.type, parentSchema: schema20.properties.fqdn, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              if (data3.ip !== void 0) {
                let data5 = data3.ip;
                if (typeof data5 === "string") {
                  if (func3(data5) < 1) {
                    const err11 = { instancePath: instancePath + "/external/access/ip", schemaPath: "#/definitions/edgeName/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.ip, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                } else {
                  const err12 = { instancePath: instancePath + "/external/access/ip", schemaPath: "#/definitions/edgeName/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.ip.type, parentSchema: schema20.properties.ip, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
            } else {
              const err13 = { instancePath: instancePath + "/external/access", schemaPath: "#/definitions/edgeName/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data2.webConferencing !== void 0) {
            let data6 = data2.webConferencing;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.fqdn === void 0) {
                const err14 = { instancePath: instancePath + "/external/webConferencing", schemaPath: "#/definitions/edgeName/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema20.required, parentSchema: schema20, data: data6 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              for (const key4 in data6) {
                if (!(key4 === "fqdn" || key4 === "ip")) {
                  const err15 = { instancePath: instancePath + "/external/webConferencing", schemaPath: "#/definitions/edgeName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data6.fqdn !== void 0) {
                let data7 = data6.fqdn;
                if (typeof data7 === "string") {
                  if (func3(data7) < 1) {
                    const err16 = { instancePath: instancePath + "/external/webConferencing/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.fqdn, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/external/webConferencing/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.fqdn.type, parentSchema: schema20.properties.fqdn, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.ip !== void 0) {
                let data8 = data6.ip;
                if (typeof data8 === "string") {
                  if (func3(data8) < 1) {
                    const err18 = { instancePath: instancePath + "/external/webConferencing/ip", schemaPath: "#/definitions/edgeName/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.ip, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = { instancePath: instancePath + "/external/webConferencing/ip", schemaPath: "#/definitions/edgeName/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.ip.type, parentSchema: schema20.properties.ip, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/external/webConferencing", schemaPath: "#/definitions/edgeName/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data2.av !== void 0) {
            let data9 = data2.av;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
              if (data9.fqdn === void 0) {
                const err21 = { instancePath: instancePath + "/external/av", schemaPath: "#/definitions/edgeName/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema20.required, parentSchema: schema20, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              for (const key5 in data9) {
                if (!(key5 === "fqdn" || key5 === "ip")) {
                  const err22 = { instancePath: instancePath + "/external/av", schemaPath: "#/definitions/edgeName/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
              if (data9.fqdn !== void 0) {
                let data10 = data9.fqdn;
                if (typeof data10 === "string") {
                  if (func3(data10) < 1) {
                    const err23 = { instancePath: instancePath + "/external/av/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.fqdn, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                } else {
                  const err24 = { instancePath: instancePath + "/external/av/fqdn", schemaPath: "#/definitions/edgeName/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.fqdn.type, parentSchema: schema20.properties.fqdn, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data9.ip !== void 0) {
                let data11 = data9.ip;
                if (typeof data11 === "string") {
                  if (func3(data11) < 1) {
                    const err25 = { instancePath: instancePath + "/external/av/ip", schemaPath: "#/definitions/edgeName/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.ip, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/external/av/ip", schemaPath: "#/definitions/edgeName/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.ip.type, parentSchema: schema20.properties.ip, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            } else {
              const err27 = { instancePath: instancePath + "/external/av", schemaPath: "#/definitions/edgeName/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        } else {
          const err28 = { instancePath: instancePath + "/external", schemaPath: "#/properties/external/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.external.type, parentSchema: schema19.properties.external, data: data2 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (data.servers !== void 0) {
        let data12 = data.servers;
        if (Array.isArray(data12)) {
          const len0 = data12.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data13 = data12[i0];
            if (typeof data13 === "string") {
              if (func3(data13) < 1) {
                const err29 = { instancePath: instancePath + "/servers/" + i0, schemaPath: "#/properties/servers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.servers.items, data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            } else {
              const err30 = { instancePath: instancePath + "/servers/" + i0, schemaPath: "#/properties/servers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.servers.items.type, parentSchema: schema19.properties.servers.items, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        } else {
          const err31 = { instancePath: instancePath + "/servers", schemaPath: "#/properties/servers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.servers.type, parentSchema: schema19.properties.servers, data: data12 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    } else {
      const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema17.required, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.kind === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema17.required, parentSchema: schema17, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func2.call(schema17.properties, key0)) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if ("uclint/v1" !== data0) {
          const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "uclint/v1" }, message: "must be equal to constant", schema: "uclint/v1", parentSchema: schema17.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if ("Topology" !== data1) {
          const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Topology" }, message: "must be equal to constant", schema: "Topology", parentSchema: schema17.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.product !== void 0) {
        let data2 = data.product;
        if (!(data2 === "lcs2005" || data2 === "ocs2007r2" || data2 === "lync2010" || data2 === "lync2013" || data2 === "sfb2015" || data2 === "sfb2019" || data2 === "teams")) {
          const err5 = { instancePath: instancePath + "/product", schemaPath: "#/properties/product/enum", keyword: "enum", params: { allowedValues: schema17.properties.product.enum }, message: "must be equal to one of the allowed values", schema: schema17.properties.product.enum, parentSchema: schema17.properties.product, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.sipDomains !== void 0) {
        let data3 = data.sipDomains;
        if (Array.isArray(data3)) {
          const len0 = data3.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data4 = data3[i0];
            if (typeof data4 === "string") {
              if (func3(data4) < 1) {
                const err6 = { instancePath: instancePath + "/sipDomains/" + i0, schemaPath: "#/properties/sipDomains/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.sipDomains.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            } else {
              const err7 = { instancePath: instancePath + "/sipDomains/" + i0, schemaPath: "#/properties/sipDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.sipDomains.items.type, parentSchema: schema17.properties.sipDomains.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/sipDomains", schemaPath: "#/properties/sipDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.sipDomains.type, parentSchema: schema17.properties.sipDomains, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.tenantDomains !== void 0) {
        let data5 = data.tenantDomains;
        if (Array.isArray(data5)) {
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data6 = data5[i1];
            if (typeof data6 === "string") {
              if (func3(data6) < 1) {
                const err9 = { instancePath: instancePath + "/tenantDomains/" + i1, schemaPath: "#/properties/tenantDomains/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.tenantDomains.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/tenantDomains/" + i1, schemaPath: "#/properties/tenantDomains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.tenantDomains.items.type, parentSchema: schema17.properties.tenantDomains.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        } else {
          const err11 = { instancePath: instancePath + "/tenantDomains", schemaPath: "#/properties/tenantDomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.tenantDomains.type, parentSchema: schema17.properties.tenantDomains, data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.clientPolicy !== void 0) {
        let data7 = data.clientPolicy;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
          for (const key1 in data7) {
            if (!(key1 === "strictDnsNaming" || key1 === "allowTcp" || key1 === "manualServers")) {
              const err12 = { instancePath: instancePath + "/clientPolicy", schemaPath: "#/properties/clientPolicy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.clientPolicy, data: data7 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          }
          if (data7.strictDnsNaming !== void 0) {
            let data8 = data7.strictDnsNaming;
            if (typeof data8 !== "boolean") {
              const err13 = { instancePath: instancePath + "/clientPolicy/strictDnsNaming", schemaPath: "#/properties/clientPolicy/properties/strictDnsNaming/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.clientPolicy.properties.strictDnsNaming.type, parentSchema: schema17.properties.clientPolicy.properties.strictDnsNaming, data: data8 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          if (data7.allowTcp !== void 0) {
            let data9 = data7.allowTcp;
            if (typeof data9 !== "boolean") {
              const err14 = { instancePath: instancePath + "/clientPolicy/allowTcp", schemaPath: "#/properties/clientPolicy/properties/allowTcp/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema17.properties.clientPolicy.properties.allowTcp.type, parentSchema: schema17.properties.clientPolicy.properties.allowTcp, data: data9 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data7.manualServers !== void 0) {
            let data10 = data7.manualServers;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
              for (const key2 in data10) {
                if (!(key2 === "internal" || key2 === "external")) {
                  const err15 = { instancePath: instancePath + "/clientPolicy/manualServers", schemaPath: "#/properties/clientPolicy/properties/manualServers/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.clientPolicy.properties.manualServers, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data10.internal !== void 0) {
                let data11 = data10.internal;
                if (typeof data11 === "string") {
                  if (func3(data11) < 1) {
                    const err16 = { instancePath: instancePath + "/clientPolicy/manualServers/internal", schemaPath: "#/properties/clientPolicy/properties/manualServers/properties/internal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.clientPolicy.properties.manualServers.properties.internal, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                } else {
                  const err17 = { instancePath: instancePath + "/clientPolicy/manualServers/internal", schemaPath: "#/properties/clientPolicy/properties/manualServers/properties/internal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.clientPolicy.properties.manualServers.properties.internal.type, parentSchema: schema17.properties.clientPolicy.properties.manualServers.properties.internal, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data10.external !== void 0) {
                let data12 = data10.external;
                if (typeof data12 === "string") {
                  if (func3(data12) < 1) {
                    const err18 = { instancePath: instancePath + "/clientPolicy/manualServers/external", schemaPath: "#/properties/clientPolicy/properties/manualServers/properties/external/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.clientPolicy.properties.manualServers.properties.external, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                } else {
                  const err19 = { instancePath: instancePath + "/clientPolicy/manualServers/external", schemaPath: "#/properties/clientPolicy/properties/manualServers/properties/external/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.clientPolicy.properties.manualServers.properties.external.type, parentSchema: schema17.properties.clientPolicy.properties.manualServers.properties.external, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/clientPolicy/manualServers", schemaPath: "#/properties/clientPolicy/properties/manualServers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.clientPolicy.properties.manualServers.type, parentSchema: schema17.properties.clientPolicy.properties.manualServers, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/clientPolicy", schemaPath: "#/properties/clientPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.clientPolicy.type, parentSchema: schema17.properties.clientPolicy, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.pools !== void 0) {
        let data13 = data.pools;
        if (Array.isArray(data13)) {
          const len2 = data13.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data14 = data13[i2];
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
              if (data14.fqdn === void 0) {
                const err22 = { instancePath: instancePath + "/pools/" + i2, schemaPath: "#/definitions/pool/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema18.required, parentSchema: schema18, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              for (const key3 in data14) {
                if (!(key3 === "fqdn" || key3 === "role" || key3 === "loadBalancing" || key3 === "webServices" || key3 === "servers")) {
                  const err23 = { instancePath: instancePath + "/pools/" + i2, schemaPath: "#/definitions/pool/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
              if (data14.fqdn !== void 0) {
                let data15 = data14.fqdn;
                if (typeof data15 === "string") {
                  if (func3(data15) < 1) {
                    const err24 = { instancePath: instancePath + "/pools/" + i2 + "/fqdn", schemaPath: "#/definitions/pool/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.fqdn, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                } else {
                  const err25 = { instancePath: instancePath + "/pools/" + i2 + "/fqdn", schemaPath: "#/definitions/pool/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.fqdn.type, parentSchema: schema18.properties.fqdn, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data14.role !== void 0) {
                let data16 = data14.role;
                if (!(data16 === "frontend" || data16 === "director" || data16 === "edge" || data16 === "mediation")) {
                  const err26 = { instancePath: instancePath + "/pools/" + i2 + "/role", schemaPath: "#/definitions/pool/properties/role/enum", keyword: "enum", params: { allowedValues: schema18.properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.role.enum, parentSchema: schema18.properties.role, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data14.loadBalancing !== void 0) {
                let data17 = data14.loadBalancing;
                if (!(data17 === "dns" || data17 === "hardware")) {
                  const err27 = { instancePath: instancePath + "/pools/" + i2 + "/loadBalancing", schemaPath: "#/definitions/pool/properties/loadBalancing/enum", keyword: "enum", params: { allowedValues: schema18.properties.loadBalancing.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.loadBalancing.enum, parentSchema: schema18.properties.loadBalancing, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data14.webServices !== void 0) {
                let data18 = data14.webServices;
                if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                  for (const key4 in data18) {
                    if (!(key4 === "internal" || key4 === "external")) {
                      const err28 = { instancePath: instancePath + "/pools/" + i2 + "/webServices", schemaPath: "#/definitions/pool/properties/webServices/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.webServices, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                  if (data18.internal !== void 0) {
                    let data19 = data18.internal;
                    if (typeof data19 === "string") {
                      if (func3(data19) < 1) {
                        const err29 = { instancePath: instancePath + "/pools/" + i2 + "/webServices/internal", schemaPath: "#/definitions/pool/properties/webServices/properties/internal/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.webServices.properties.internal, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    } else {
                      const err30 = { instancePath: instancePath + "/pools/" + i2 + "/webServices/internal", schemaPath: "#/definitions/pool/properties/webServices/properties/internal/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.webServices.properties.internal.type, parentSchema: schema18.properties.webServices.properties.internal, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  }
                  if (data18.external !== void 0) {
                    let data20 = data18.external;
                    if (typeof data20 === "string") {
                      if (func3(data20) < 1) {
                        const err31 = { instancePath: instancePath + "/pools/" + i2 + "/webServices/external", schemaPath: "#/definitions/pool/properties/webServices/properties/external/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.webServices.properties.external, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    } else {
                      const err32 = { instancePath: instancePath + "/pools/" + i2 + "/webServices/external", schemaPath: "#/definitions/pool/properties/webServices/properties/external/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.webServices.properties.external.type, parentSchema: schema18.properties.webServices.properties.external, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err33 = { instancePath: instancePath + "/pools/" + i2 + "/webServices", schemaPath: "#/definitions/pool/properties/webServices/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.webServices.type, parentSchema: schema18.properties.webServices, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              if (data14.servers !== void 0) {
                let data21 = data14.servers;
                if (Array.isArray(data21)) {
                  const len3 = data21.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    let data22 = data21[i3];
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                      if (data22.fqdn === void 0) {
                        const err34 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3, schemaPath: "#/definitions/pool/properties/servers/items/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema18.properties.servers.items.required, parentSchema: schema18.properties.servers.items, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                      for (const key5 in data22) {
                        if (!(key5 === "fqdn" || key5 === "id")) {
                          const err35 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3, schemaPath: "#/definitions/pool/properties/servers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18.properties.servers.items, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err35];
                          } else {
                            vErrors.push(err35);
                          }
                          errors++;
                        }
                      }
                      if (data22.fqdn !== void 0) {
                        let data23 = data22.fqdn;
                        if (typeof data23 === "string") {
                          if (func3(data23) < 1) {
                            const err36 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3 + "/fqdn", schemaPath: "#/definitions/pool/properties/servers/items/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.servers.items.properties.fqdn, data: data23 };
                            if (vErrors === null) {
                              vErrors = [err36];
                            } else {
                              vErrors.push(err36);
                            }
                            errors++;
                          }
                        } else {
                          const err37 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3 + "/fqdn", schemaPath: "#/definitions/pool/properties/servers/items/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.servers.items.properties.fqdn.type, parentSchema: schema18.properties.servers.items.properties.fqdn, data: data23 };
                          if (vErrors === null) {
                            vErrors = [err37];
                          } else {
                            vErrors.push(err37);
                          }
                          errors++;
                        }
                      }
                      if (data22.id !== void 0) {
                        let data24 = data22.id;
                        if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                          const err38 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3 + "/id", schemaPath: "#/definitions/pool/properties/servers/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.servers.items.properties.id.type, parentSchema: schema18.properties.servers.items.properties.id, data: data24 };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                        if (typeof data24 == "number") {
                          if (data24 < 1 || isNaN(data24)) {
                            const err39 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3 + "/id", schemaPath: "#/definitions/pool/properties/servers/items/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.servers.items.properties.id, data: data24 };
                            if (vErrors === null) {
                              vErrors = [err39];
                            } else {
                              vErrors.push(err39);
                            }
                            errors++;
                          }
                        }
                      }
                    } else {
                      const err40 = { instancePath: instancePath + "/pools/" + i2 + "/servers/" + i3, schemaPath: "#/definitions/pool/properties/servers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.properties.servers.items.type, parentSchema: schema18.properties.servers.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err41 = { instancePath: instancePath + "/pools/" + i2 + "/servers", schemaPath: "#/definitions/pool/properties/servers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.servers.type, parentSchema: schema18.properties.servers, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
              }
            } else {
              const err42 = { instancePath: instancePath + "/pools/" + i2, schemaPath: "#/definitions/pool/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/pools", schemaPath: "#/properties/pools/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.pools.type, parentSchema: schema17.properties.pools, data: data13 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.edges !== void 0) {
        let data25 = data.edges;
        if (Array.isArray(data25)) {
          const len4 = data25.length;
          for (let i4 = 0; i4 < len4; i4++) {
            if (!validate14(data25[i4], { instancePath: instancePath + "/edges/" + i4, parentData: data25, parentDataProperty: i4, rootData })) {
              vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err44 = { instancePath: instancePath + "/edges", schemaPath: "#/properties/edges/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.edges.type, parentSchema: schema17.properties.edges, data: data25 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data.reverseProxy !== void 0) {
        let data27 = data.reverseProxy;
        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
          if (data27.fqdn === void 0) {
            const err45 = { instancePath: instancePath + "/reverseProxy", schemaPath: "#/properties/reverseProxy/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema17.properties.reverseProxy.required, parentSchema: schema17.properties.reverseProxy, data: data27 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          for (const key6 in data27) {
            if (!(key6 === "fqdn" || key6 === "ip" || key6 === "publishes")) {
              const err46 = { instancePath: instancePath + "/reverseProxy", schemaPath: "#/properties/reverseProxy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.reverseProxy, data: data27 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data27.fqdn !== void 0) {
            let data28 = data27.fqdn;
            if (typeof data28 === "string") {
              if (func3(data28) < 1) {
                const err47 = { instancePath: instancePath + "/reverseProxy/fqdn", schemaPath: "#/properties/reverseProxy/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.reverseProxy.properties.fqdn, data: data28 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            } else {
              const err48 = { instancePath: instancePath + "/reverseProxy/fqdn", schemaPath: "#/properties/reverseProxy/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.reverseProxy.properties.fqdn.type, parentSchema: schema17.properties.reverseProxy.properties.fqdn, data: data28 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data27.ip !== void 0) {
            let data29 = data27.ip;
            if (typeof data29 === "string") {
              if (func3(data29) < 1) {
                const err49 = { instancePath: instancePath + "/reverseProxy/ip", schemaPath: "#/properties/reverseProxy/properties/ip/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.reverseProxy.properties.ip, data: data29 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            } else {
              const err50 = { instancePath: instancePath + "/reverseProxy/ip", schemaPath: "#/properties/reverseProxy/properties/ip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.reverseProxy.properties.ip.type, parentSchema: schema17.properties.reverseProxy.properties.ip, data: data29 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data27.publishes !== void 0) {
            let data30 = data27.publishes;
            if (Array.isArray(data30)) {
              const len5 = data30.length;
              for (let i5 = 0; i5 < len5; i5++) {
                let data31 = data30[i5];
                if (typeof data31 === "string") {
                  if (func3(data31) < 1) {
                    const err51 = { instancePath: instancePath + "/reverseProxy/publishes/" + i5, schemaPath: "#/properties/reverseProxy/properties/publishes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.reverseProxy.properties.publishes.items, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                } else {
                  const err52 = { instancePath: instancePath + "/reverseProxy/publishes/" + i5, schemaPath: "#/properties/reverseProxy/properties/publishes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.reverseProxy.properties.publishes.items.type, parentSchema: schema17.properties.reverseProxy.properties.publishes.items, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
              }
            } else {
              const err53 = { instancePath: instancePath + "/reverseProxy/publishes", schemaPath: "#/properties/reverseProxy/properties/publishes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.reverseProxy.properties.publishes.type, parentSchema: schema17.properties.reverseProxy.properties.publishes, data: data30 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
        } else {
          const err54 = { instancePath: instancePath + "/reverseProxy", schemaPath: "#/properties/reverseProxy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.reverseProxy.type, parentSchema: schema17.properties.reverseProxy, data: data27 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
      if (data.simpleUrls !== void 0) {
        let data32 = data.simpleUrls;
        if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
          for (const key7 in data32) {
            if (!(key7 === "meet" || key7 === "dialin" || key7 === "admin")) {
              const err55 = { instancePath: instancePath + "/simpleUrls", schemaPath: "#/properties/simpleUrls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.simpleUrls, data: data32 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data32.meet !== void 0) {
            let data33 = data32.meet;
            const _errs71 = errors;
            let valid21 = false;
            let passing0 = null;
            const _errs72 = errors;
            if (typeof data33 === "string") {
              if (func3(data33) < 1) {
                const err56 = { instancePath: instancePath + "/simpleUrls/meet", schemaPath: "#/properties/simpleUrls/properties/meet/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.meet.oneOf[0], data: data33 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            } else {
              const err57 = { instancePath: instancePath + "/simpleUrls/meet", schemaPath: "#/properties/simpleUrls/properties/meet/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.meet.oneOf[0].type, parentSchema: schema17.properties.simpleUrls.properties.meet.oneOf[0], data: data33 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            var _valid0 = _errs72 === errors;
            if (_valid0) {
              valid21 = true;
              passing0 = 0;
            }
            const _errs74 = errors;
            if (Array.isArray(data33)) {
              const len6 = data33.length;
              for (let i6 = 0; i6 < len6; i6++) {
                let data34 = data33[i6];
                if (typeof data34 === "string") {
                  if (func3(data34) < 1) {
                    const err58 = { instancePath: instancePath + "/simpleUrls/meet/" + i6, schemaPath: "#/properties/simpleUrls/properties/meet/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.meet.oneOf[1].items, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                } else {
                  const err59 = { instancePath: instancePath + "/simpleUrls/meet/" + i6, schemaPath: "#/properties/simpleUrls/properties/meet/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.meet.oneOf[1].items.type, parentSchema: schema17.properties.simpleUrls.properties.meet.oneOf[1].items, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
            } else {
              const err60 = { instancePath: instancePath + "/simpleUrls/meet", schemaPath: "#/properties/simpleUrls/properties/meet/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.simpleUrls.properties.meet.oneOf[1].type, parentSchema: schema17.properties.simpleUrls.properties.meet.oneOf[1], data: data33 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            var _valid0 = _errs74 === errors;
            if (_valid0 && valid21) {
              valid21 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid21 = true;
                passing0 = 1;
              }
            }
            if (!valid21) {
              const err61 = { instancePath: instancePath + "/simpleUrls/meet", schemaPath: "#/properties/simpleUrls/properties/meet/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema17.properties.simpleUrls.properties.meet.oneOf, parentSchema: schema17.properties.simpleUrls.properties.meet, data: data33 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            } else {
              errors = _errs71;
              if (vErrors !== null) {
                if (_errs71) {
                  vErrors.length = _errs71;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data32.dialin !== void 0) {
            let data35 = data32.dialin;
            const _errs79 = errors;
            let valid24 = false;
            let passing1 = null;
            const _errs80 = errors;
            if (typeof data35 === "string") {
              if (func3(data35) < 1) {
                const err62 = { instancePath: instancePath + "/simpleUrls/dialin", schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.dialin.oneOf[0], data: data35 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            } else {
              const err63 = { instancePath: instancePath + "/simpleUrls/dialin", schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.dialin.oneOf[0].type, parentSchema: schema17.properties.simpleUrls.properties.dialin.oneOf[0], data: data35 };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            var _valid1 = _errs80 === errors;
            if (_valid1) {
              valid24 = true;
              passing1 = 0;
            }
            const _errs82 = errors;
            if (Array.isArray(data35)) {
              const len7 = data35.length;
              for (let i7 = 0; i7 < len7; i7++) {
                let data36 = data35[i7];
                if (typeof data36 === "string") {
                  if (func3(data36) < 1) {
                    const err64 = { instancePath: instancePath + "/simpleUrls/dialin/" + i7, schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.dialin.oneOf[1].items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                } else {
                  const err65 = { instancePath: instancePath + "/simpleUrls/dialin/" + i7, schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.dialin.oneOf[1].items.type, parentSchema: schema17.properties.simpleUrls.properties.dialin.oneOf[1].items, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
              }
            } else {
              const err66 = { instancePath: instancePath + "/simpleUrls/dialin", schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.simpleUrls.properties.dialin.oneOf[1].type, parentSchema: schema17.properties.simpleUrls.properties.dialin.oneOf[1], data: data35 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            var _valid1 = _errs82 === errors;
            if (_valid1 && valid24) {
              valid24 = false;
              passing1 = [passing1, 1];
            } else {
              if (_valid1) {
                valid24 = true;
                passing1 = 1;
              }
            }
            if (!valid24) {
              const err67 = { instancePath: instancePath + "/simpleUrls/dialin", schemaPath: "#/properties/simpleUrls/properties/dialin/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema17.properties.simpleUrls.properties.dialin.oneOf, parentSchema: schema17.properties.simpleUrls.properties.dialin, data: data35 };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            } else {
              errors = _errs79;
              if (vErrors !== null) {
                if (_errs79) {
                  vErrors.length = _errs79;
                } else {
                  vErrors = null;
                }
              }
            }
          }
          if (data32.admin !== void 0) {
            let data37 = data32.admin;
            const _errs87 = errors;
            let valid27 = false;
            let passing2 = null;
            const _errs88 = errors;
            if (typeof data37 === "string") {
              if (func3(data37) < 1) {
                const err68 = { instancePath: instancePath + "/simpleUrls/admin", schemaPath: "#/properties/simpleUrls/properties/admin/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.admin.oneOf[0], data: data37 };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            } else {
              const err69 = { instancePath: instancePath + "/simpleUrls/admin", schemaPath: "#/properties/simpleUrls/properties/admin/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.admin.oneOf[0].type, parentSchema: schema17.properties.simpleUrls.properties.admin.oneOf[0], data: data37 };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            var _valid2 = _errs88 === errors;
            if (_valid2) {
              valid27 = true;
              passing2 = 0;
            }
            const _errs90 = errors;
            if (Array.isArray(data37)) {
              const len8 = data37.length;
              for (let i8 = 0; i8 < len8; i8++) {
                let data38 = data37[i8];
                if (typeof data38 === "string") {
                  if (func3(data38) < 1) {
                    const err70 = { instancePath: instancePath + "/simpleUrls/admin/" + i8, schemaPath: "#/properties/simpleUrls/properties/admin/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.simpleUrls.properties.admin.oneOf[1].items, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                } else {
                  const err71 = { instancePath: instancePath + "/simpleUrls/admin/" + i8, schemaPath: "#/properties/simpleUrls/properties/admin/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.simpleUrls.properties.admin.oneOf[1].items.type, parentSchema: schema17.properties.simpleUrls.properties.admin.oneOf[1].items, data: data38 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
            } else {
              const err72 = { instancePath: instancePath + "/simpleUrls/admin", schemaPath: "#/properties/simpleUrls/properties/admin/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.simpleUrls.properties.admin.oneOf[1].type, parentSchema: schema17.properties.simpleUrls.properties.admin.oneOf[1], data: data37 };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
            var _valid2 = _errs90 === errors;
            if (_valid2 && valid27) {
              valid27 = false;
              passing2 = [passing2, 1];
            } else {
              if (_valid2) {
                valid27 = true;
                passing2 = 1;
              }
            }
            if (!valid27) {
              const err73 = { instancePath: instancePath + "/simpleUrls/admin", schemaPath: "#/properties/simpleUrls/properties/admin/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema17.properties.simpleUrls.properties.admin.oneOf, parentSchema: schema17.properties.simpleUrls.properties.admin, data: data37 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            } else {
              errors = _errs87;
              if (vErrors !== null) {
                if (_errs87) {
                  vErrors.length = _errs87;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err74 = { instancePath: instancePath + "/simpleUrls", schemaPath: "#/properties/simpleUrls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.simpleUrls.type, parentSchema: schema17.properties.simpleUrls, data: data32 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      }
      if (data.exchange !== void 0) {
        let data39 = data.exchange;
        if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
          for (const key8 in data39) {
            if (!(key8 === "autodiscover" || key8 === "ews")) {
              const err75 = { instancePath: instancePath + "/exchange", schemaPath: "#/properties/exchange/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.exchange, data: data39 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data39.autodiscover !== void 0) {
            let data40 = data39.autodiscover;
            if (typeof data40 === "string") {
              if (func3(data40) < 1) {
                const err76 = { instancePath: instancePath + "/exchange/autodiscover", schemaPath: "#/properties/exchange/properties/autodiscover/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.exchange.properties.autodiscover, data: data40 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            } else {
              const err77 = { instancePath: instancePath + "/exchange/autodiscover", schemaPath: "#/properties/exchange/properties/autodiscover/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.exchange.properties.autodiscover.type, parentSchema: schema17.properties.exchange.properties.autodiscover, data: data40 };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data39.ews !== void 0) {
            let data41 = data39.ews;
            if (typeof data41 === "string") {
              if (func3(data41) < 1) {
                const err78 = { instancePath: instancePath + "/exchange/ews", schemaPath: "#/properties/exchange/properties/ews/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.exchange.properties.ews, data: data41 };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            } else {
              const err79 = { instancePath: instancePath + "/exchange/ews", schemaPath: "#/properties/exchange/properties/ews/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.exchange.properties.ews.type, parentSchema: schema17.properties.exchange.properties.ews, data: data41 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        } else {
          const err80 = { instancePath: instancePath + "/exchange", schemaPath: "#/properties/exchange/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.exchange.type, parentSchema: schema17.properties.exchange, data: data39 };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      }
      if (data.sbcs !== void 0) {
        let data42 = data.sbcs;
        if (Array.isArray(data42)) {
          const len9 = data42.length;
          for (let i9 = 0; i9 < len9; i9++) {
            let data43 = data42[i9];
            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
              if (data43.fqdn === void 0) {
                const err81 = { instancePath: instancePath + "/sbcs/" + i9, schemaPath: "#/properties/sbcs/items/required", keyword: "required", params: { missingProperty: "fqdn" }, message: "must have required property 'fqdn'", schema: schema17.properties.sbcs.items.required, parentSchema: schema17.properties.sbcs.items, data: data43 };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              for (const key9 in data43) {
                if (!(key9 === "fqdn" || key9 === "port")) {
                  const err82 = { instancePath: instancePath + "/sbcs/" + i9, schemaPath: "#/properties/sbcs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema17.properties.sbcs.items, data: data43 };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data43.fqdn !== void 0) {
                let data44 = data43.fqdn;
                if (typeof data44 === "string") {
                  if (func3(data44) < 1) {
                    const err83 = { instancePath: instancePath + "/sbcs/" + i9 + "/fqdn", schemaPath: "#/properties/sbcs/items/properties/fqdn/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.properties.sbcs.items.properties.fqdn, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                } else {
                  const err84 = { instancePath: instancePath + "/sbcs/" + i9 + "/fqdn", schemaPath: "#/properties/sbcs/items/properties/fqdn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.properties.sbcs.items.properties.fqdn.type, parentSchema: schema17.properties.sbcs.items.properties.fqdn, data: data44 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
              if (data43.port !== void 0) {
                let data45 = data43.port;
                if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                  const err85 = { instancePath: instancePath + "/sbcs/" + i9 + "/port", schemaPath: "#/properties/sbcs/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema17.properties.sbcs.items.properties.port.type, parentSchema: schema17.properties.sbcs.items.properties.port, data: data45 };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                if (typeof data45 == "number") {
                  if (data45 > 65535 || isNaN(data45)) {
                    const err86 = { instancePath: instancePath + "/sbcs/" + i9 + "/port", schemaPath: "#/properties/sbcs/items/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema17.properties.sbcs.items.properties.port, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                  if (data45 < 1 || isNaN(data45)) {
                    const err87 = { instancePath: instancePath + "/sbcs/" + i9 + "/port", schemaPath: "#/properties/sbcs/items/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema17.properties.sbcs.items.properties.port, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              }
            } else {
              const err88 = { instancePath: instancePath + "/sbcs/" + i9, schemaPath: "#/properties/sbcs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.properties.sbcs.items.type, parentSchema: schema17.properties.sbcs.items, data: data43 };
              if (vErrors === null) {
                vErrors = [err88];
              } else {
                vErrors.push(err88);
              }
              errors++;
            }
          }
        } else {
          const err89 = { instancePath: instancePath + "/sbcs", schemaPath: "#/properties/sbcs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.properties.sbcs.type, parentSchema: schema17.properties.sbcs, data: data42 };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
      }
    } else {
      const err90 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema17.type, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err90];
      } else {
        vErrors.push(err90);
      }
      errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
  }
  exports.v2 = validate16;
  const schema23 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint manifest: kind Certificates", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "certificates"], "properties": { "apiVersion": { "const": "uclint/v1", "description": "Manifest format version." }, "kind": { "const": "Certificates" }, "certificates": { "description": "Certificates the deployment uses that are not committed as files, or that link the committed file.", "type": "array", "items": { "$ref": "#/definitions/certificate" } } }, "definitions": { "certificate": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the certificate, unique in the file; findings use it." }, "subject": { "type": "string", "minLength": 1, "description": "Subject distinguished name, `CN=sip.contoso.com, O=Contoso`; the common name is its CN.", "examples": ["CN=sip.contoso.com, O=Contoso, C=US"] }, "sans": { "description": "Subject alternative names: DNS names (`*.contoso.com` for a wildcard) and IPv4 or IPv6 addresses.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "notBefore": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "description": "Start of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time." }, "notAfter": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "description": "End of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time." }, "issuer": { "enum": ["public", "private"], "description": "`public`: a CA clients and federation partners trust; `private`: an enterprise CA or self-signed." }, "issuerName": { "type": "string", "minLength": 1, "description": "The issuing CA: its distinguished name or its name." }, "key": { "type": "object", "additionalProperties": false, "required": ["algorithm"], "properties": { "algorithm": { "enum": ["rsa", "rsa-pss", "ec", "ed25519", "ed448", "dsa"] }, "size": { "type": "integer", "minimum": 1, "description": "Bits: RSA and DSA; for EC it follows from the curve." }, "curve": { "enum": ["prime256v1", "secp256r1", "P-256", "secp384r1", "P-384", "secp521r1", "P-521", "secp256k1", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1"], "description": "EC curve." } } }, "signature": { "enum": ["md2WithRSAEncryption", "md5WithRSAEncryption", "sha1WithRSAEncryption", "sha224WithRSAEncryption", "sha256WithRSAEncryption", "sha384WithRSAEncryption", "sha512WithRSAEncryption", "rsassaPss", "ecdsa-with-SHA1", "ecdsa-with-SHA224", "ecdsa-with-SHA256", "ecdsa-with-SHA384", "ecdsa-with-SHA512", "dsaWithSHA1", "dsa_with_SHA224", "dsa_with_SHA256", "ED25519", "ED448"], "description": "Signature algorithm as OpenSSL prints it." }, "eku": { "description": "Extended key usages: OpenSSL short names (`serverAuth`, `clientAuth`) or OIDs.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["serverAuth", "clientAuth"]] }, "usedBy": { "description": "FQDNs of the servers or pools that present the certificate.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "file": { "type": "string", "minLength": 1, "description": "A committed copy of the certificate, relative to this manifest's directory." } } } } };
  const schema24 = { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Name of the certificate, unique in the file; findings use it." }, "subject": { "type": "string", "minLength": 1, "description": "Subject distinguished name, `CN=sip.contoso.com, O=Contoso`; the common name is its CN.", "examples": ["CN=sip.contoso.com, O=Contoso, C=US"] }, "sans": { "description": "Subject alternative names: DNS names (`*.contoso.com` for a wildcard) and IPv4 or IPv6 addresses.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "notBefore": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "description": "Start of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time." }, "notAfter": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", "description": "End of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time." }, "issuer": { "enum": ["public", "private"], "description": "`public`: a CA clients and federation partners trust; `private`: an enterprise CA or self-signed." }, "issuerName": { "type": "string", "minLength": 1, "description": "The issuing CA: its distinguished name or its name." }, "key": { "type": "object", "additionalProperties": false, "required": ["algorithm"], "properties": { "algorithm": { "enum": ["rsa", "rsa-pss", "ec", "ed25519", "ed448", "dsa"] }, "size": { "type": "integer", "minimum": 1, "description": "Bits: RSA and DSA; for EC it follows from the curve." }, "curve": { "enum": ["prime256v1", "secp256r1", "P-256", "secp384r1", "P-384", "secp521r1", "P-521", "secp256k1", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1"], "description": "EC curve." } } }, "signature": { "enum": ["md2WithRSAEncryption", "md5WithRSAEncryption", "sha1WithRSAEncryption", "sha224WithRSAEncryption", "sha256WithRSAEncryption", "sha384WithRSAEncryption", "sha512WithRSAEncryption", "rsassaPss", "ecdsa-with-SHA1", "ecdsa-with-SHA224", "ecdsa-with-SHA256", "ecdsa-with-SHA384", "ecdsa-with-SHA512", "dsaWithSHA1", "dsa_with_SHA224", "dsa_with_SHA256", "ED25519", "ED448"], "description": "Signature algorithm as OpenSSL prints it." }, "eku": { "description": "Extended key usages: OpenSSL short names (`serverAuth`, `clientAuth`) or OIDs.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["serverAuth", "clientAuth"]] }, "usedBy": { "description": "FQDNs of the servers or pools that present the certificate.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "file": { "type": "string", "minLength": 1, "description": "A committed copy of the certificate, relative to this manifest's directory." } } };
  function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.kind === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.certificates === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "certificates" }, message: "must have required property 'certificates'", schema: schema23.required, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "certificates")) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if ("uclint/v1" !== data0) {
          const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "uclint/v1" }, message: "must be equal to constant", schema: "uclint/v1", parentSchema: schema23.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if ("Certificates" !== data1) {
          const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Certificates" }, message: "must be equal to constant", schema: "Certificates", parentSchema: schema23.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.certificates !== void 0) {
        let data2 = data.certificates;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data3 = data2[i0];
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
              if (data3.name === void 0) {
                const err6 = { instancePath: instancePath + "/certificates/" + i0, schemaPath: "#/definitions/certificate/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema24.required, parentSchema: schema24, data: data3 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              for (const key1 in data3) {
                if (!func2.call(schema24.properties, key1)) {
                  const err7 = { instancePath: instancePath + "/certificates/" + i0, schemaPath: "#/definitions/certificate/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data3.name !== void 0) {
                let data4 = data3.name;
                if (typeof data4 === "string") {
                  if (func3(data4) < 1) {
                    const err8 = { instancePath: instancePath + "/certificates/" + i0 + "/name", schemaPath: "#/definitions/certificate/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.name, data: data4 };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                  }
                } else {
                  const err9 = { instancePath: instancePath + "/certificates/" + i0 + "/name", schemaPath: "#/definitions/certificate/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.name.type, parentSchema: schema24.properties.name, data: data4 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data3.subject !== void 0) {
                let data5 = data3.subject;
                if (typeof data5 === "string") {
                  if (func3(data5) < 1) {
                    const err10 = { instancePath: instancePath + "/certificates/" + i0 + "/subject", schemaPath: "#/definitions/certificate/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.subject, data: data5 };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                } else {
                  const err11 = { instancePath: instancePath + "/certificates/" + i0 + "/subject", schemaPath: "#/definitions/certificate/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.subject.type, parentSchema: schema24.properties.subject, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data3.sans !== void 0) {
                let data6 = data3.sans;
                if (Array.isArray(data6)) {
                  const len1 = data6.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data7 = data6[i1];
                    if (typeof data7 === "string") {
                      if (func3(data7) < 1) {
                        const err12 = { instancePath: instancePath + "/certificates/" + i0 + "/sans/" + i1, schemaPath: "#/definitions/certificate/properties/sans/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.sans.items, data: data7 };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                    } else {
                      const err13 = { instancePath: instancePath + "/certificates/" + i0 + "/sans/" + i1, schemaPath: "#/definitions/certificate/properties/sans/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.sans.items.type, parentSchema: schema24.properties.sans.items, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err13];
                      } else {
                        vErrors.push(err13);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err14 = { instancePath: instancePath + "/certificates/" + i0 + "/sans", schemaPath: "#/definitions/certificate/properties/sans/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.sans.type, parentSchema: schema24.properties.sans, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data3.notBefore !== void 0) {
                let data8 = data3.notBefore;
                if (typeof data8 === "string") {
                  if (!pattern2.test(data8)) {
                    const err15 = { instancePath: instancePath + "/certificates/" + i0 + "/notBefore", schemaPath: "#/definitions/certificate/properties/notBefore/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$"', schema: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", parentSchema: schema24.properties.notBefore, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/certificates/" + i0 + "/notBefore", schemaPath: "#/definitions/certificate/properties/notBefore/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.notBefore.type, parentSchema: schema24.properties.notBefore, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data3.notAfter !== void 0) {
                let data9 = data3.notAfter;
                if (typeof data9 === "string") {
                  if (!pattern2.test(data9)) {
                    const err17 = { instancePath: instancePath + "/certificates/" + i0 + "/notAfter", schemaPath: "#/definitions/certificate/properties/notAfter/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$"', schema: "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$", parentSchema: schema24.properties.notAfter, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/certificates/" + i0 + "/notAfter", schemaPath: "#/definitions/certificate/properties/notAfter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.notAfter.type, parentSchema: schema24.properties.notAfter, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data3.issuer !== void 0) {
                let data10 = data3.issuer;
                if (!(data10 === "public" || data10 === "private")) {
                  const err19 = { instancePath: instancePath + "/certificates/" + i0 + "/issuer", schemaPath: "#/definitions/certificate/properties/issuer/enum", keyword: "enum", params: { allowedValues: schema24.properties.issuer.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.issuer.enum, parentSchema: schema24.properties.issuer, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
              if (data3.issuerName !== void 0) {
                let data11 = data3.issuerName;
                if (typeof data11 === "string") {
                  if (func3(data11) < 1) {
                    const err20 = { instancePath: instancePath + "/certificates/" + i0 + "/issuerName", schemaPath: "#/definitions/certificate/properties/issuerName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.issuerName, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                } else {
                  const err21 = { instancePath: instancePath + "/certificates/" + i0 + "/issuerName", schemaPath: "#/definitions/certificate/properties/issuerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.issuerName.type, parentSchema: schema24.properties.issuerName, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              if (data3.key !== void 0) {
                let data12 = data3.key;
                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                  if (data12.algorithm === void 0) {
                    const err22 = { instancePath: instancePath + "/certificates/" + i0 + "/key", schemaPath: "#/definitions/certificate/properties/key/required", keyword: "required", params: { missingProperty: "algorithm" }, message: "must have required property 'algorithm'", schema: schema24.properties.key.required, parentSchema: schema24.properties.key, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                  for (const key2 in data12) {
                    if (!(key2 === "algorithm" || key2 === "size" || key2 === "curve")) {
                      const err23 = { instancePath: instancePath + "/certificates/" + i0 + "/key", schemaPath: "#/definitions/certificate/properties/key/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24.properties.key, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                  if (data12.algorithm !== void 0) {
                    let data13 = data12.algorithm;
                    if (!(data13 === "rsa" || data13 === "rsa-pss" || data13 === "ec" || data13 === "ed25519" || data13 === "ed448" || data13 === "dsa")) {
                      const err24 = { instancePath: instancePath + "/certificates/" + i0 + "/key/algorithm", schemaPath: "#/definitions/certificate/properties/key/properties/algorithm/enum", keyword: "enum", params: { allowedValues: schema24.properties.key.properties.algorithm.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.key.properties.algorithm.enum, parentSchema: schema24.properties.key.properties.algorithm, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  }
                  if (data12.size !== void 0) {
                    let data14 = data12.size;
                    if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)))) {
                      const err25 = { instancePath: instancePath + "/certificates/" + i0 + "/key/size", schemaPath: "#/definitions/certificate/properties/key/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema24.properties.key.properties.size.type, parentSchema: schema24.properties.key.properties.size, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                    if (typeof data14 == "number") {
                      if (data14 < 1 || isNaN(data14)) {
                        const err26 = { instancePath: instancePath + "/certificates/" + i0 + "/key/size", schemaPath: "#/definitions/certificate/properties/key/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema24.properties.key.properties.size, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                    }
                  }
                  if (data12.curve !== void 0) {
                    let data15 = data12.curve;
                    if (!(data15 === "prime256v1" || data15 === "secp256r1" || data15 === "P-256" || data15 === "secp384r1" || data15 === "P-384" || data15 === "secp521r1" || data15 === "P-521" || data15 === "secp256k1" || data15 === "brainpoolP256r1" || data15 === "brainpoolP384r1" || data15 === "brainpoolP512r1")) {
                      const err27 = { instancePath: instancePath + "/certificates/" + i0 + "/key/curve", schemaPath: "#/definitions/certificate/properties/key/properties/curve/enum", keyword: "enum", params: { allowedValues: schema24.properties.key.properties.curve.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.key.properties.curve.enum, parentSchema: schema24.properties.key.properties.curve, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err28 = { instancePath: instancePath + "/certificates/" + i0 + "/key", schemaPath: "#/definitions/certificate/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.properties.key.type, parentSchema: schema24.properties.key, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data3.signature !== void 0) {
                let data16 = data3.signature;
                if (!(data16 === "md2WithRSAEncryption" || data16 === "md5WithRSAEncryption" || data16 === "sha1WithRSAEncryption" || data16 === "sha224WithRSAEncryption" || data16 === "sha256WithRSAEncryption" || data16 === "sha384WithRSAEncryption" || data16 === "sha512WithRSAEncryption" || data16 === "rsassaPss" || data16 === "ecdsa-with-SHA1" || data16 === "ecdsa-with-SHA224" || data16 === "ecdsa-with-SHA256" || data16 === "ecdsa-with-SHA384" || data16 === "ecdsa-with-SHA512" || data16 === "dsaWithSHA1" || data16 === "dsa_with_SHA224" || data16 === "dsa_with_SHA256" || data16 === "ED25519" || data16 === "ED448")) {
                  const err29 = { instancePath: instancePath + "/certificates/" + i0 + "/signature", schemaPath: "#/definitions/certificate/properties/signature/enum", keyword: "enum", params: { allowedValues: schema24.properties.signature.enum }, message: "must be equal to one of the allowed values", schema: schema24.properties.signature.enum, parentSchema: schema24.properties.signature, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data3.eku !== void 0) {
                let data17 = data3.eku;
                if (Array.isArray(data17)) {
                  const len2 = data17.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data18 = data17[i2];
                    if (typeof data18 === "string") {
                      if (func3(data18) < 1) {
                        const err30 = { instancePath: instancePath + "/certificates/" + i0 + "/eku/" + i2, schemaPath: "#/definitions/certificate/properties/eku/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.eku.items, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    } else {
                      const err31 = { instancePath: instancePath + "/certificates/" + i0 + "/eku/" + i2, schemaPath: "#/definitions/certificate/properties/eku/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.eku.items.type, parentSchema: schema24.properties.eku.items, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err32 = { instancePath: instancePath + "/certificates/" + i0 + "/eku", schemaPath: "#/definitions/certificate/properties/eku/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.eku.type, parentSchema: schema24.properties.eku, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data3.usedBy !== void 0) {
                let data19 = data3.usedBy;
                if (Array.isArray(data19)) {
                  const len3 = data19.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    let data20 = data19[i3];
                    if (typeof data20 === "string") {
                      if (func3(data20) < 1) {
                        const err33 = { instancePath: instancePath + "/certificates/" + i0 + "/usedBy/" + i3, schemaPath: "#/definitions/certificate/properties/usedBy/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.usedBy.items, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    } else {
                      const err34 = { instancePath: instancePath + "/certificates/" + i0 + "/usedBy/" + i3, schemaPath: "#/definitions/certificate/properties/usedBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.usedBy.items.type, parentSchema: schema24.properties.usedBy.items, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err34];
                      } else {
                        vErrors.push(err34);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err35 = { instancePath: instancePath + "/certificates/" + i0 + "/usedBy", schemaPath: "#/definitions/certificate/properties/usedBy/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema24.properties.usedBy.type, parentSchema: schema24.properties.usedBy, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data3.file !== void 0) {
                let data21 = data3.file;
                if (typeof data21 === "string") {
                  if (func3(data21) < 1) {
                    const err36 = { instancePath: instancePath + "/certificates/" + i0 + "/file", schemaPath: "#/definitions/certificate/properties/file/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.file, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err36];
                    } else {
                      vErrors.push(err36);
                    }
                    errors++;
                  }
                } else {
                  const err37 = { instancePath: instancePath + "/certificates/" + i0 + "/file", schemaPath: "#/definitions/certificate/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.file.type, parentSchema: schema24.properties.file, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            } else {
              const err38 = { instancePath: instancePath + "/certificates/" + i0, schemaPath: "#/definitions/certificate/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data: data3 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        } else {
          const err39 = { instancePath: instancePath + "/certificates", schemaPath: "#/properties/certificates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema23.properties.certificates.type, parentSchema: schema23.properties.certificates, data: data2 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    } else {
      const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
  }
  exports.v3 = validate17;
  const schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint manifest: kind FirewallRules", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "rules"], "properties": { "apiVersion": { "const": "uclint/v1", "description": "Manifest format version." }, "kind": { "const": "FirewallRules" }, "name": { "type": "string", "minLength": 1, "description": "Name findings use; the file name when absent." }, "semantics": { "enum": ["windows", "ordered"], "description": "`windows` (default): a matching block rule beats any allow rule, whatever the order; `ordered`: the first matching rule decides." }, "appliesTo": { "type": "string", "minLength": 1, "description": "What the rules guard, for role checks: `vpn-clients`, `edge-external`, ..." }, "rules": { "description": "The rules, in order.", "type": "array", "items": { "$ref": "#/definitions/rule" } } }, "definitions": { "rule": { "type": "object", "additionalProperties": false, "required": ["name", "direction", "action"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Rule name, unique in the rule set." }, "direction": { "enum": ["inbound", "outbound"] }, "action": { "enum": ["allow", "block"] }, "program": { "type": "string", "minLength": 1, "description": "Program path the rule applies to (`%ProgramFiles%\\Microsoft Lync\\communicator.exe`); every program when absent." }, "protocol": { "enum": ["tcp", "udp", "icmp", "any"], "description": "`any` when absent." }, "localAddresses": { "description": "Local addresses; `any` when absent. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "remoteAddresses": { "description": "Remote addresses; `any` when absent. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "localPorts": { "description": "Local ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }, { "type": "array", "items": { "description": "Port (0-65535), range `first-last`, or `any`.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }], "examples": ["1024-65535"] } }] }, "remotePorts": { "description": "Remote ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }, { "type": "array", "items": { "description": "Port (0-65535), range `first-last`, or `any`.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }], "examples": ["1024-65535"] } }] }, "interfaceTypes": { "description": "Interface types the rule applies to; `any` when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["lan", "wireless", "remoteAccess", "any"] } }, "profiles": { "description": "Network profiles the rule applies to; `any` when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["domain", "private", "public", "any"] } }, "enabled": { "type": "boolean", "description": "`true` when absent." } } } } };
  const schema26 = { "type": "object", "additionalProperties": false, "required": ["name", "direction", "action"], "properties": { "name": { "type": "string", "minLength": 1, "description": "Rule name, unique in the rule set." }, "direction": { "enum": ["inbound", "outbound"] }, "action": { "enum": ["allow", "block"] }, "program": { "type": "string", "minLength": 1, "description": "Program path the rule applies to (`%ProgramFiles%\\Microsoft Lync\\communicator.exe`); every program when absent." }, "protocol": { "enum": ["tcp", "udp", "icmp", "any"], "description": "`any` when absent." }, "localAddresses": { "description": "Local addresses; `any` when absent. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "remoteAddresses": { "description": "Remote addresses; `any` when absent. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "localPorts": { "description": "Local ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }, { "type": "array", "items": { "description": "Port (0-65535), range `first-last`, or `any`.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }], "examples": ["1024-65535"] } }] }, "remotePorts": { "description": "Remote ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }, { "type": "array", "items": { "description": "Port (0-65535), range `first-last`, or `any`.", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }], "examples": ["1024-65535"] } }] }, "interfaceTypes": { "description": "Interface types the rule applies to; `any` when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["lan", "wireless", "remoteAccess", "any"] } }, "profiles": { "description": "Network profiles the rule applies to; `any` when absent.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["domain", "private", "public", "any"] } }, "enabled": { "type": "boolean", "description": "`true` when absent." } } };
  function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.kind === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.rules === void 0) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema25.required, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "name" || key0 === "semantics" || key0 === "appliesTo" || key0 === "rules")) {
          const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if ("uclint/v1" !== data0) {
          const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "uclint/v1" }, message: "must be equal to constant", schema: "uclint/v1", parentSchema: schema25.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if ("FirewallRules" !== data1) {
          const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "FirewallRules" }, message: "must be equal to constant", schema: "FirewallRules", parentSchema: schema25.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data2 = data.name;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.name.type, parentSchema: schema25.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.semantics !== void 0) {
        let data3 = data.semantics;
        if (!(data3 === "windows" || data3 === "ordered")) {
          const err8 = { instancePath: instancePath + "/semantics", schemaPath: "#/properties/semantics/enum", keyword: "enum", params: { allowedValues: schema25.properties.semantics.enum }, message: "must be equal to one of the allowed values", schema: schema25.properties.semantics.enum, parentSchema: schema25.properties.semantics, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.appliesTo !== void 0) {
        let data4 = data.appliesTo;
        if (typeof data4 === "string") {
          if (func3(data4) < 1) {
            const err9 = { instancePath: instancePath + "/appliesTo", schemaPath: "#/properties/appliesTo/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.properties.appliesTo, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = { instancePath: instancePath + "/appliesTo", schemaPath: "#/properties/appliesTo/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.properties.appliesTo.type, parentSchema: schema25.properties.appliesTo, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data5 = data.rules;
        if (Array.isArray(data5)) {
          const len0 = data5.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data6 = data5[i0];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
              if (data6.name === void 0) {
                const err11 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/rule/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema26.required, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (data6.direction === void 0) {
                const err12 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/rule/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema26.required, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (data6.action === void 0) {
                const err13 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/rule/required", keyword: "required", params: { missingProperty: "action" }, message: "must have required property 'action'", schema: schema26.required, parentSchema: schema26, data: data6 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              for (const key1 in data6) {
                if (!func2.call(schema26.properties, key1)) {
                  const err14 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/rule/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data6.name !== void 0) {
                let data7 = data6.name;
                if (typeof data7 === "string") {
                  if (func3(data7) < 1) {
                    const err15 = { instancePath: instancePath + "/rules/" + i0 + "/name", schemaPath: "#/definitions/rule/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.name, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/rules/" + i0 + "/name", schemaPath: "#/definitions/rule/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.name.type, parentSchema: schema26.properties.name, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data6.direction !== void 0) {
                let data8 = data6.direction;
                if (!(data8 === "inbound" || data8 === "outbound")) {
                  const err17 = { instancePath: instancePath + "/rules/" + i0 + "/direction", schemaPath: "#/definitions/rule/properties/direction/enum", keyword: "enum", params: { allowedValues: schema26.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.direction.enum, parentSchema: schema26.properties.direction, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.action !== void 0) {
                let data9 = data6.action;
                if (!(data9 === "allow" || data9 === "block")) {
                  const err18 = { instancePath: instancePath + "/rules/" + i0 + "/action", schemaPath: "#/definitions/rule/properties/action/enum", keyword: "enum", params: { allowedValues: schema26.properties.action.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.action.enum, parentSchema: schema26.properties.action, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data6.program !== void 0) {
                let data10 = data6.program;
                if (typeof data10 === "string") {
                  if (func3(data10) < 1) {
                    const err19 = { instancePath: instancePath + "/rules/" + i0 + "/program", schemaPath: "#/definitions/rule/properties/program/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.program, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/rules/" + i0 + "/program", schemaPath: "#/definitions/rule/properties/program/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.program.type, parentSchema: schema26.properties.program, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
              if (data6.protocol !== void 0) {
                let data11 = data6.protocol;
                if (!(data11 === "tcp" || data11 === "udp" || data11 === "icmp" || data11 === "any")) {
                  const err21 = { instancePath: instancePath + "/rules/" + i0 + "/protocol", schemaPath: "#/definitions/rule/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema26.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.protocol.enum, parentSchema: schema26.properties.protocol, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              }
              if (data6.localAddresses !== void 0) {
                let data12 = data6.localAddresses;
                const _errs23 = errors;
                let valid5 = false;
                let passing0 = null;
                const _errs24 = errors;
                if (typeof data12 === "string") {
                  if (func3(data12) < 1) {
                    const err22 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses", schemaPath: "#/definitions/rule/properties/localAddresses/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.localAddresses.oneOf[0], data: data12 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                } else {
                  const err23 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses", schemaPath: "#/definitions/rule/properties/localAddresses/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.localAddresses.oneOf[0].type, parentSchema: schema26.properties.localAddresses.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
                var _valid0 = _errs24 === errors;
                if (_valid0) {
                  valid5 = true;
                  passing0 = 0;
                }
                const _errs26 = errors;
                if (Array.isArray(data12)) {
                  const len1 = data12.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data13 = data12[i1];
                    if (typeof data13 === "string") {
                      if (func3(data13) < 1) {
                        const err24 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses/" + i1, schemaPath: "#/definitions/rule/properties/localAddresses/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.localAddresses.oneOf[1].items, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err24];
                        } else {
                          vErrors.push(err24);
                        }
                        errors++;
                      }
                    } else {
                      const err25 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses/" + i1, schemaPath: "#/definitions/rule/properties/localAddresses/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.localAddresses.oneOf[1].items.type, parentSchema: schema26.properties.localAddresses.oneOf[1].items, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err26 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses", schemaPath: "#/definitions/rule/properties/localAddresses/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.localAddresses.oneOf[1].type, parentSchema: schema26.properties.localAddresses.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                var _valid0 = _errs26 === errors;
                if (_valid0 && valid5) {
                  valid5 = false;
                  passing0 = [passing0, 1];
                } else {
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 1;
                  }
                }
                if (!valid5) {
                  const err27 = { instancePath: instancePath + "/rules/" + i0 + "/localAddresses", schemaPath: "#/definitions/rule/properties/localAddresses/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.localAddresses.oneOf, parentSchema: schema26.properties.localAddresses, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                } else {
                  errors = _errs23;
                  if (vErrors !== null) {
                    if (_errs23) {
                      vErrors.length = _errs23;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data6.remoteAddresses !== void 0) {
                let data14 = data6.remoteAddresses;
                const _errs31 = errors;
                let valid8 = false;
                let passing1 = null;
                const _errs32 = errors;
                if (typeof data14 === "string") {
                  if (func3(data14) < 1) {
                    const err28 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses", schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.remoteAddresses.oneOf[0], data: data14 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses", schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.remoteAddresses.oneOf[0].type, parentSchema: schema26.properties.remoteAddresses.oneOf[0], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                var _valid1 = _errs32 === errors;
                if (_valid1) {
                  valid8 = true;
                  passing1 = 0;
                }
                const _errs34 = errors;
                if (Array.isArray(data14)) {
                  const len2 = data14.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data15 = data14[i2];
                    if (typeof data15 === "string") {
                      if (func3(data15) < 1) {
                        const err30 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses/" + i2, schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.remoteAddresses.oneOf[1].items, data: data15 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    } else {
                      const err31 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses/" + i2, schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.remoteAddresses.oneOf[1].items.type, parentSchema: schema26.properties.remoteAddresses.oneOf[1].items, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err32 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses", schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.remoteAddresses.oneOf[1].type, parentSchema: schema26.properties.remoteAddresses.oneOf[1], data: data14 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                var _valid1 = _errs34 === errors;
                if (_valid1 && valid8) {
                  valid8 = false;
                  passing1 = [passing1, 1];
                } else {
                  if (_valid1) {
                    valid8 = true;
                    passing1 = 1;
                  }
                }
                if (!valid8) {
                  const err33 = { instancePath: instancePath + "/rules/" + i0 + "/remoteAddresses", schemaPath: "#/definitions/rule/properties/remoteAddresses/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.remoteAddresses.oneOf, parentSchema: schema26.properties.remoteAddresses, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                } else {
                  errors = _errs31;
                  if (vErrors !== null) {
                    if (_errs31) {
                      vErrors.length = _errs31;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data6.localPorts !== void 0) {
                let data16 = data6.localPorts;
                const _errs39 = errors;
                let valid11 = false;
                let passing2 = null;
                const _errs40 = errors;
                if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                  const err34 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts", schemaPath: "#/definitions/rule/properties/localPorts/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.localPorts.oneOf[0].type, parentSchema: schema26.properties.localPorts.oneOf[0], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                var _valid2 = _errs40 === errors;
                if (_valid2) {
                  valid11 = true;
                  passing2 = 0;
                }
                const _errs42 = errors;
                if (typeof data16 === "string") {
                  if (func3(data16) < 1) {
                    const err35 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts", schemaPath: "#/definitions/rule/properties/localPorts/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.localPorts.oneOf[1], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                } else {
                  const err36 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts", schemaPath: "#/definitions/rule/properties/localPorts/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.localPorts.oneOf[1].type, parentSchema: schema26.properties.localPorts.oneOf[1], data: data16 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                var _valid2 = _errs42 === errors;
                if (_valid2 && valid11) {
                  valid11 = false;
                  passing2 = [passing2, 1];
                } else {
                  if (_valid2) {
                    valid11 = true;
                    passing2 = 1;
                  }
                  const _errs44 = errors;
                  if (Array.isArray(data16)) {
                    const len3 = data16.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data17 = data16[i3];
                      const _errs47 = errors;
                      let valid14 = false;
                      let passing3 = null;
                      const _errs48 = errors;
                      if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                        const err37 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts/" + i3, schemaPath: "#/definitions/rule/properties/localPorts/oneOf/2/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.localPorts.oneOf[2].items.oneOf[0].type, parentSchema: schema26.properties.localPorts.oneOf[2].items.oneOf[0], data: data17 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                      var _valid3 = _errs48 === errors;
                      if (_valid3) {
                        valid14 = true;
                        passing3 = 0;
                      }
                      const _errs50 = errors;
                      if (typeof data17 === "string") {
                        if (func3(data17) < 1) {
                          const err38 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts/" + i3, schemaPath: "#/definitions/rule/properties/localPorts/oneOf/2/items/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.localPorts.oneOf[2].items.oneOf[1], data: data17 };
                          if (vErrors === null) {
                            vErrors = [err38];
                          } else {
                            vErrors.push(err38);
                          }
                          errors++;
                        }
                      } else {
                        const err39 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts/" + i3, schemaPath: "#/definitions/rule/properties/localPorts/oneOf/2/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.localPorts.oneOf[2].items.oneOf[1].type, parentSchema: schema26.properties.localPorts.oneOf[2].items.oneOf[1], data: data17 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                      var _valid3 = _errs50 === errors;
                      if (_valid3 && valid14) {
                        valid14 = false;
                        passing3 = [passing3, 1];
                      } else {
                        if (_valid3) {
                          valid14 = true;
                          passing3 = 1;
                        }
                      }
                      if (!valid14) {
                        const err40 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts/" + i3, schemaPath: "#/definitions/rule/properties/localPorts/oneOf/2/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.localPorts.oneOf[2].items.oneOf, parentSchema: schema26.properties.localPorts.oneOf[2].items, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      } else {
                        errors = _errs47;
                        if (vErrors !== null) {
                          if (_errs47) {
                            vErrors.length = _errs47;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts", schemaPath: "#/definitions/rule/properties/localPorts/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.localPorts.oneOf[2].type, parentSchema: schema26.properties.localPorts.oneOf[2], data: data16 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  var _valid2 = _errs44 === errors;
                  if (_valid2 && valid11) {
                    valid11 = false;
                    passing2 = [passing2, 2];
                  } else {
                    if (_valid2) {
                      valid11 = true;
                      passing2 = 2;
                    }
                  }
                }
                if (!valid11) {
                  const err42 = { instancePath: instancePath + "/rules/" + i0 + "/localPorts", schemaPath: "#/definitions/rule/properties/localPorts/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.localPorts.oneOf, parentSchema: schema26.properties.localPorts, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                } else {
                  errors = _errs39;
                  if (vErrors !== null) {
                    if (_errs39) {
                      vErrors.length = _errs39;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data6.remotePorts !== void 0) {
                let data18 = data6.remotePorts;
                const _errs53 = errors;
                let valid15 = false;
                let passing4 = null;
                const _errs54 = errors;
                if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
                  const err43 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts", schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.remotePorts.oneOf[0].type, parentSchema: schema26.properties.remotePorts.oneOf[0], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                var _valid4 = _errs54 === errors;
                if (_valid4) {
                  valid15 = true;
                  passing4 = 0;
                }
                const _errs56 = errors;
                if (typeof data18 === "string") {
                  if (func3(data18) < 1) {
                    const err44 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts", schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.remotePorts.oneOf[1], data: data18 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                } else {
                  const err45 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts", schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.remotePorts.oneOf[1].type, parentSchema: schema26.properties.remotePorts.oneOf[1], data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                var _valid4 = _errs56 === errors;
                if (_valid4 && valid15) {
                  valid15 = false;
                  passing4 = [passing4, 1];
                } else {
                  if (_valid4) {
                    valid15 = true;
                    passing4 = 1;
                  }
                  const _errs58 = errors;
                  if (Array.isArray(data18)) {
                    const len4 = data18.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data19 = data18[i4];
                      const _errs61 = errors;
                      let valid18 = false;
                      let passing5 = null;
                      const _errs62 = errors;
                      if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
                        const err46 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts/" + i4, schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/2/items/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.remotePorts.oneOf[2].items.oneOf[0].type, parentSchema: schema26.properties.remotePorts.oneOf[2].items.oneOf[0], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                      var _valid5 = _errs62 === errors;
                      if (_valid5) {
                        valid18 = true;
                        passing5 = 0;
                      }
                      const _errs64 = errors;
                      if (typeof data19 === "string") {
                        if (func3(data19) < 1) {
                          const err47 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts/" + i4, schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/2/items/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.remotePorts.oneOf[2].items.oneOf[1], data: data19 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts/" + i4, schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/2/items/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.remotePorts.oneOf[2].items.oneOf[1].type, parentSchema: schema26.properties.remotePorts.oneOf[2].items.oneOf[1], data: data19 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                      var _valid5 = _errs64 === errors;
                      if (_valid5 && valid18) {
                        valid18 = false;
                        passing5 = [passing5, 1];
                      } else {
                        if (_valid5) {
                          valid18 = true;
                          passing5 = 1;
                        }
                      }
                      if (!valid18) {
                        const err49 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts/" + i4, schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/2/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing5 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.remotePorts.oneOf[2].items.oneOf, parentSchema: schema26.properties.remotePorts.oneOf[2].items, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      } else {
                        errors = _errs61;
                        if (vErrors !== null) {
                          if (_errs61) {
                            vErrors.length = _errs61;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts", schemaPath: "#/definitions/rule/properties/remotePorts/oneOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.remotePorts.oneOf[2].type, parentSchema: schema26.properties.remotePorts.oneOf[2], data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                  var _valid4 = _errs58 === errors;
                  if (_valid4 && valid15) {
                    valid15 = false;
                    passing4 = [passing4, 2];
                  } else {
                    if (_valid4) {
                      valid15 = true;
                      passing4 = 2;
                    }
                  }
                }
                if (!valid15) {
                  const err51 = { instancePath: instancePath + "/rules/" + i0 + "/remotePorts", schemaPath: "#/definitions/rule/properties/remotePorts/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema26.properties.remotePorts.oneOf, parentSchema: schema26.properties.remotePorts, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                } else {
                  errors = _errs53;
                  if (vErrors !== null) {
                    if (_errs53) {
                      vErrors.length = _errs53;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
              if (data6.interfaceTypes !== void 0) {
                let data20 = data6.interfaceTypes;
                if (Array.isArray(data20)) {
                  if (data20.length < 1) {
                    const err52 = { instancePath: instancePath + "/rules/" + i0 + "/interfaceTypes", schemaPath: "#/definitions/rule/properties/interfaceTypes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.interfaceTypes, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  const len5 = data20.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data21 = data20[i5];
                    if (!(data21 === "lan" || data21 === "wireless" || data21 === "remoteAccess" || data21 === "any")) {
                      const err53 = { instancePath: instancePath + "/rules/" + i0 + "/interfaceTypes/" + i5, schemaPath: "#/definitions/rule/properties/interfaceTypes/items/enum", keyword: "enum", params: { allowedValues: schema26.properties.interfaceTypes.items.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.interfaceTypes.items.enum, parentSchema: schema26.properties.interfaceTypes.items, data: data21 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                  let i6 = data20.length;
                  let j0;
                  if (i6 > 1) {
                    outer0: for (; i6--; ) {
                      for (j0 = i6; j0--; ) {
                        if (func0(data20[i6], data20[j0])) {
                          const err54 = { instancePath: instancePath + "/rules/" + i0 + "/interfaceTypes", schemaPath: "#/definitions/rule/properties/interfaceTypes/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i6 + " are identical)", schema: true, parentSchema: schema26.properties.interfaceTypes, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err54];
                          } else {
                            vErrors.push(err54);
                          }
                          errors++;
                          break outer0;
                        }
                      }
                    }
                  }
                } else {
                  const err55 = { instancePath: instancePath + "/rules/" + i0 + "/interfaceTypes", schemaPath: "#/definitions/rule/properties/interfaceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.interfaceTypes.type, parentSchema: schema26.properties.interfaceTypes, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              }
              if (data6.profiles !== void 0) {
                let data22 = data6.profiles;
                if (Array.isArray(data22)) {
                  if (data22.length < 1) {
                    const err56 = { instancePath: instancePath + "/rules/" + i0 + "/profiles", schemaPath: "#/definitions/rule/properties/profiles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema26.properties.profiles, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                  const len6 = data22.length;
                  for (let i7 = 0; i7 < len6; i7++) {
                    let data23 = data22[i7];
                    if (!(data23 === "domain" || data23 === "private" || data23 === "public" || data23 === "any")) {
                      const err57 = { instancePath: instancePath + "/rules/" + i0 + "/profiles/" + i7, schemaPath: "#/definitions/rule/properties/profiles/items/enum", keyword: "enum", params: { allowedValues: schema26.properties.profiles.items.enum }, message: "must be equal to one of the allowed values", schema: schema26.properties.profiles.items.enum, parentSchema: schema26.properties.profiles.items, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err57];
                      } else {
                        vErrors.push(err57);
                      }
                      errors++;
                    }
                  }
                  let i8 = data22.length;
                  let j1;
                  if (i8 > 1) {
                    outer1: for (; i8--; ) {
                      for (j1 = i8; j1--; ) {
                        if (func0(data22[i8], data22[j1])) {
                          const err58 = { instancePath: instancePath + "/rules/" + i0 + "/profiles", schemaPath: "#/definitions/rule/properties/profiles/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: true, parentSchema: schema26.properties.profiles, data: data22 };
                          if (vErrors === null) {
                            vErrors = [err58];
                          } else {
                            vErrors.push(err58);
                          }
                          errors++;
                          break outer1;
                        }
                      }
                    }
                  }
                } else {
                  const err59 = { instancePath: instancePath + "/rules/" + i0 + "/profiles", schemaPath: "#/definitions/rule/properties/profiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema26.properties.profiles.type, parentSchema: schema26.properties.profiles, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              }
              if (data6.enabled !== void 0) {
                let data24 = data6.enabled;
                if (typeof data24 !== "boolean") {
                  const err60 = { instancePath: instancePath + "/rules/" + i0 + "/enabled", schemaPath: "#/definitions/rule/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.enabled.type, parentSchema: schema26.properties.enabled, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            } else {
              const err61 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/definitions/rule/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data6 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
        } else {
          const err62 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema25.properties.rules.type, parentSchema: schema25.properties.rules, data: data5 };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      }
    } else {
      const err63 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
      if (vErrors === null) {
        vErrors = [err63];
      } else {
        vErrors.push(err63);
      }
      errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
  }
  exports.v4 = validate18;
  const schema27 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint manifest: kind VpnProfile", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "const": "uclint/v1", "description": "Manifest format version." }, "kind": { "const": "VpnProfile" }, "name": { "type": "string", "minLength": 1, "description": "Name findings use; the file name when absent." }, "tunnel": { "enum": ["split", "full"], "description": "`full` sends everything into the tunnel; `split` only what `include` names." }, "clientSubnets": { "description": "Addresses VPN clients get. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "include": { "description": "Routed into the tunnel. A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "exclude": { "description": "Bypass the tunnel (UC public addresses, Microsoft 365 Optimize ranges). A list, or one string with entries separated by commas.", "oneOf": [{ "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] }, { "type": "array", "items": { "type": "string", "minLength": 1, "description": "IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.", "examples": ["10.0.0.0/8, 192.168.0.0/16"] } }] }, "dns": { "description": "DNS given to VPN clients.", "type": "object", "additionalProperties": false, "properties": { "servers": { "description": "DNS server addresses.", "type": "array", "items": { "type": "string", "minLength": 1 } }, "suffixes": { "description": "DNS suffixes (search domains).", "type": "array", "items": { "type": "string", "minLength": 1 } } } } } };
  function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema27.required, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.kind === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema27.required, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "name" || key0 === "tunnel" || key0 === "clientSubnets" || key0 === "include" || key0 === "exclude" || key0 === "dns")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if ("uclint/v1" !== data0) {
          const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "uclint/v1" }, message: "must be equal to constant", schema: "uclint/v1", parentSchema: schema27.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if ("VpnProfile" !== data1) {
          const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "VpnProfile" }, message: "must be equal to constant", schema: "VpnProfile", parentSchema: schema27.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.name !== void 0) {
        let data2 = data.name;
        if (typeof data2 === "string") {
          if (func3(data2) < 1) {
            const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.name.type, parentSchema: schema27.properties.name, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.tunnel !== void 0) {
        let data3 = data.tunnel;
        if (!(data3 === "split" || data3 === "full")) {
          const err7 = { instancePath: instancePath + "/tunnel", schemaPath: "#/properties/tunnel/enum", keyword: "enum", params: { allowedValues: schema27.properties.tunnel.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.tunnel.enum, parentSchema: schema27.properties.tunnel, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.clientSubnets !== void 0) {
        let data4 = data.clientSubnets;
        const _errs8 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs9 = errors;
        if (typeof data4 === "string") {
          if (func3(data4) < 1) {
            const err8 = { instancePath: instancePath + "/clientSubnets", schemaPath: "#/properties/clientSubnets/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.clientSubnets.oneOf[0], data: data4 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        } else {
          const err9 = { instancePath: instancePath + "/clientSubnets", schemaPath: "#/properties/clientSubnets/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.clientSubnets.oneOf[0].type, parentSchema: schema27.properties.clientSubnets.oneOf[0], data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs11 = errors;
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (typeof data5 === "string") {
              if (func3(data5) < 1) {
                const err10 = { instancePath: instancePath + "/clientSubnets/" + i0, schemaPath: "#/properties/clientSubnets/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.clientSubnets.oneOf[1].items, data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/clientSubnets/" + i0, schemaPath: "#/properties/clientSubnets/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.clientSubnets.oneOf[1].items.type, parentSchema: schema27.properties.clientSubnets.oneOf[1].items, data: data5 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
        } else {
          const err12 = { instancePath: instancePath + "/clientSubnets", schemaPath: "#/properties/clientSubnets/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.clientSubnets.oneOf[1].type, parentSchema: schema27.properties.clientSubnets.oneOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        var _valid0 = _errs11 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err13 = { instancePath: instancePath + "/clientSubnets", schemaPath: "#/properties/clientSubnets/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema27.properties.clientSubnets.oneOf, parentSchema: schema27.properties.clientSubnets, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        } else {
          errors = _errs8;
          if (vErrors !== null) {
            if (_errs8) {
              vErrors.length = _errs8;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.include !== void 0) {
        let data6 = data.include;
        const _errs16 = errors;
        let valid4 = false;
        let passing1 = null;
        const _errs17 = errors;
        if (typeof data6 === "string") {
          if (func3(data6) < 1) {
            const err14 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.include.oneOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        } else {
          const err15 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.include.oneOf[0].type, parentSchema: schema27.properties.include.oneOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid1 = _errs17 === errors;
        if (_valid1) {
          valid4 = true;
          passing1 = 0;
        }
        const _errs19 = errors;
        if (Array.isArray(data6)) {
          const len1 = data6.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data7 = data6[i1];
            if (typeof data7 === "string") {
              if (func3(data7) < 1) {
                const err16 = { instancePath: instancePath + "/include/" + i1, schemaPath: "#/properties/include/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.include.oneOf[1].items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            } else {
              const err17 = { instancePath: instancePath + "/include/" + i1, schemaPath: "#/properties/include/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.include.oneOf[1].items.type, parentSchema: schema27.properties.include.oneOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.include.oneOf[1].type, parentSchema: schema27.properties.include.oneOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid1 = _errs19 === errors;
        if (_valid1 && valid4) {
          valid4 = false;
          passing1 = [passing1, 1];
        } else {
          if (_valid1) {
            valid4 = true;
            passing1 = 1;
          }
        }
        if (!valid4) {
          const err19 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema27.properties.include.oneOf, parentSchema: schema27.properties.include, data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        } else {
          errors = _errs16;
          if (vErrors !== null) {
            if (_errs16) {
              vErrors.length = _errs16;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.exclude !== void 0) {
        let data8 = data.exclude;
        const _errs24 = errors;
        let valid7 = false;
        let passing2 = null;
        const _errs25 = errors;
        if (typeof data8 === "string") {
          if (func3(data8) < 1) {
            const err20 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.exclude.oneOf[0], data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.exclude.oneOf[0].type, parentSchema: schema27.properties.exclude.oneOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        var _valid2 = _errs25 === errors;
        if (_valid2) {
          valid7 = true;
          passing2 = 0;
        }
        const _errs27 = errors;
        if (Array.isArray(data8)) {
          const len2 = data8.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data9 = data8[i2];
            if (typeof data9 === "string") {
              if (func3(data9) < 1) {
                const err22 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.exclude.oneOf[1].items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/exclude/" + i2, schemaPath: "#/properties/exclude/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.exclude.oneOf[1].items.type, parentSchema: schema27.properties.exclude.oneOf[1].items, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        } else {
          const err24 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.exclude.oneOf[1].type, parentSchema: schema27.properties.exclude.oneOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        var _valid2 = _errs27 === errors;
        if (_valid2 && valid7) {
          valid7 = false;
          passing2 = [passing2, 1];
        } else {
          if (_valid2) {
            valid7 = true;
            passing2 = 1;
          }
        }
        if (!valid7) {
          const err25 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema27.properties.exclude.oneOf, parentSchema: schema27.properties.exclude, data: data8 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        } else {
          errors = _errs24;
          if (vErrors !== null) {
            if (_errs24) {
              vErrors.length = _errs24;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.dns !== void 0) {
        let data10 = data.dns;
        if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
          for (const key1 in data10) {
            if (!(key1 === "servers" || key1 === "suffixes")) {
              const err26 = { instancePath: instancePath + "/dns", schemaPath: "#/properties/dns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27.properties.dns, data: data10 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (data10.servers !== void 0) {
            let data11 = data10.servers;
            if (Array.isArray(data11)) {
              const len3 = data11.length;
              for (let i3 = 0; i3 < len3; i3++) {
                let data12 = data11[i3];
                if (typeof data12 === "string") {
                  if (func3(data12) < 1) {
                    const err27 = { instancePath: instancePath + "/dns/servers/" + i3, schemaPath: "#/properties/dns/properties/servers/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.dns.properties.servers.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                } else {
                  const err28 = { instancePath: instancePath + "/dns/servers/" + i3, schemaPath: "#/properties/dns/properties/servers/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.dns.properties.servers.items.type, parentSchema: schema27.properties.dns.properties.servers.items, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
            } else {
              const err29 = { instancePath: instancePath + "/dns/servers", schemaPath: "#/properties/dns/properties/servers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.dns.properties.servers.type, parentSchema: schema27.properties.dns.properties.servers, data: data11 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          if (data10.suffixes !== void 0) {
            let data13 = data10.suffixes;
            if (Array.isArray(data13)) {
              const len4 = data13.length;
              for (let i4 = 0; i4 < len4; i4++) {
                let data14 = data13[i4];
                if (typeof data14 === "string") {
                  if (func3(data14) < 1) {
                    const err30 = { instancePath: instancePath + "/dns/suffixes/" + i4, schemaPath: "#/properties/dns/properties/suffixes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.dns.properties.suffixes.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                } else {
                  const err31 = { instancePath: instancePath + "/dns/suffixes/" + i4, schemaPath: "#/properties/dns/properties/suffixes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.dns.properties.suffixes.items.type, parentSchema: schema27.properties.dns.properties.suffixes.items, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/dns/suffixes", schemaPath: "#/properties/dns/properties/suffixes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.dns.properties.suffixes.type, parentSchema: schema27.properties.dns.properties.suffixes, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/dns", schemaPath: "#/properties/dns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.properties.dns.type, parentSchema: schema27.properties.dns, data: data10 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    } else {
      const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  exports.v5 = validate19;
  const schema28 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "uclint manifest: kind MediaPolicy", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "const": "uclint/v1", "description": "Manifest format version." }, "kind": { "const": "MediaPolicy" }, "candidateTypePreference": { "description": "ICE type preference (RFC 8445, 0-126) per candidate type, or the types from most to least preferred (126, 110, 100, 0 by position).", "oneOf": [{ "type": "object", "additionalProperties": false, "properties": { "host": { "type": "integer", "minimum": 0, "maximum": 126 }, "prflx": { "type": "integer", "minimum": 0, "maximum": 126 }, "srflx": { "type": "integer", "minimum": 0, "maximum": 126 }, "relay": { "type": "integer", "minimum": 0, "maximum": 126 } } }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["host", "prflx", "srflx", "relay"] } }] }, "transportOrder": { "description": "Transports from most to least preferred.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["udp", "tcp"] } }, "excludeInterfaces": { "description": "Interfaces that give no candidates: a type (`lan`, `wireless`, `remoteAccess`) or a network.", "type": "array", "items": { "type": "string", "minLength": 1 }, "examples": [["remoteAccess", "172.16.0.0/12"]] }, "portRanges": { "description": "Client port range per media type.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "additionalProperties": { "description": "Port range `first-last` (or one port).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }], "examples": ["50000-50019"] } }, "dscp": { "description": "DSCP value (0-63) per media type.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9_-]*$" }, "additionalProperties": { "type": "integer", "minimum": 0, "maximum": 63 } }, "concurrentCalls": { "type": "integer", "minimum": 1, "description": "Concurrent calls a client must carry, for port-count checks." } } };
  const pattern6 = new RegExp("^[A-Za-z][A-Za-z0-9_-]*$", "u");
  function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.apiVersion === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema28.required, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.kind === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema28.required, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "candidateTypePreference" || key0 === "transportOrder" || key0 === "excludeInterfaces" || key0 === "portRanges" || key0 === "dscp" || key0 === "concurrentCalls")) {
          const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data0 = data.apiVersion;
        if ("uclint/v1" !== data0) {
          const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "uclint/v1" }, message: "must be equal to constant", schema: "uclint/v1", parentSchema: schema28.properties.apiVersion, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if ("MediaPolicy" !== data1) {
          const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "MediaPolicy" }, message: "must be equal to constant", schema: "MediaPolicy", parentSchema: schema28.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.candidateTypePreference !== void 0) {
        let data2 = data.candidateTypePreference;
        const _errs5 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs6 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          for (const key1 in data2) {
            if (!(key1 === "host" || key1 === "prflx" || key1 === "srflx" || key1 === "relay")) {
              const err5 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28.properties.candidateTypePreference.oneOf[0], data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data2.host !== void 0) {
            let data3 = data2.host;
            if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
              const err6 = { instancePath: instancePath + "/candidateTypePreference/host", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/host/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.candidateTypePreference.oneOf[0].properties.host.type, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.host, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (typeof data3 == "number") {
              if (data3 > 126 || isNaN(data3)) {
                const err7 = { instancePath: instancePath + "/candidateTypePreference/host", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/host/maximum", keyword: "maximum", params: { comparison: "<=", limit: 126 }, message: "must be <= 126", schema: 126, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.host, data: data3 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
              if (data3 < 0 || isNaN(data3)) {
                const err8 = { instancePath: instancePath + "/candidateTypePreference/host", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/host/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.host, data: data3 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          }
          if (data2.prflx !== void 0) {
            let data4 = data2.prflx;
            if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
              const err9 = { instancePath: instancePath + "/candidateTypePreference/prflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/prflx/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.candidateTypePreference.oneOf[0].properties.prflx.type, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.prflx, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (typeof data4 == "number") {
              if (data4 > 126 || isNaN(data4)) {
                const err10 = { instancePath: instancePath + "/candidateTypePreference/prflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/prflx/maximum", keyword: "maximum", params: { comparison: "<=", limit: 126 }, message: "must be <= 126", schema: 126, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.prflx, data: data4 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (data4 < 0 || isNaN(data4)) {
                const err11 = { instancePath: instancePath + "/candidateTypePreference/prflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/prflx/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.prflx, data: data4 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
          }
          if (data2.srflx !== void 0) {
            let data5 = data2.srflx;
            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
              const err12 = { instancePath: instancePath + "/candidateTypePreference/srflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/srflx/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.candidateTypePreference.oneOf[0].properties.srflx.type, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.srflx, data: data5 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (typeof data5 == "number") {
              if (data5 > 126 || isNaN(data5)) {
                const err13 = { instancePath: instancePath + "/candidateTypePreference/srflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/srflx/maximum", keyword: "maximum", params: { comparison: "<=", limit: 126 }, message: "must be <= 126", schema: 126, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.srflx, data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data5 < 0 || isNaN(data5)) {
                const err14 = { instancePath: instancePath + "/candidateTypePreference/srflx", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/srflx/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.srflx, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          }
          if (data2.relay !== void 0) {
            let data6 = data2.relay;
            if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
              const err15 = { instancePath: instancePath + "/candidateTypePreference/relay", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/relay/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.candidateTypePreference.oneOf[0].properties.relay.type, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.relay, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (typeof data6 == "number") {
              if (data6 > 126 || isNaN(data6)) {
                const err16 = { instancePath: instancePath + "/candidateTypePreference/relay", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/relay/maximum", keyword: "maximum", params: { comparison: "<=", limit: 126 }, message: "must be <= 126", schema: 126, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.relay, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data6 < 0 || isNaN(data6)) {
                const err17 = { instancePath: instancePath + "/candidateTypePreference/relay", schemaPath: "#/properties/candidateTypePreference/oneOf/0/properties/relay/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.candidateTypePreference.oneOf[0].properties.relay, data: data6 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.properties.candidateTypePreference.oneOf[0].type, parentSchema: schema28.properties.candidateTypePreference.oneOf[0], data: data2 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
        }
        const _errs17 = errors;
        if (Array.isArray(data2)) {
          if (data2.length < 1) {
            const err19 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema28.properties.candidateTypePreference.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data7 = data2[i0];
            if (!(data7 === "host" || data7 === "prflx" || data7 === "srflx" || data7 === "relay")) {
              const err20 = { instancePath: instancePath + "/candidateTypePreference/" + i0, schemaPath: "#/properties/candidateTypePreference/oneOf/1/items/enum", keyword: "enum", params: { allowedValues: schema28.properties.candidateTypePreference.oneOf[1].items.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.candidateTypePreference.oneOf[1].items.enum, parentSchema: schema28.properties.candidateTypePreference.oneOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          let i1 = data2.length;
          let j0;
          if (i1 > 1) {
            outer0: for (; i1--; ) {
              for (j0 = i1; j0--; ) {
                if (func0(data2[i1], data2[j0])) {
                  const err21 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema28.properties.candidateTypePreference.oneOf[1], data: data2 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                  break outer0;
                }
              }
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.candidateTypePreference.oneOf[1].type, parentSchema: schema28.properties.candidateTypePreference.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid0 = _errs17 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
          }
        }
        if (!valid1) {
          const err23 = { instancePath: instancePath + "/candidateTypePreference", schemaPath: "#/properties/candidateTypePreference/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema28.properties.candidateTypePreference.oneOf, parentSchema: schema28.properties.candidateTypePreference, data: data2 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        } else {
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.transportOrder !== void 0) {
        let data8 = data.transportOrder;
        if (Array.isArray(data8)) {
          if (data8.length < 1) {
            const err24 = { instancePath: instancePath + "/transportOrder", schemaPath: "#/properties/transportOrder/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema28.properties.transportOrder, data: data8 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          const len1 = data8.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data9 = data8[i2];
            if (!(data9 === "udp" || data9 === "tcp")) {
              const err25 = { instancePath: instancePath + "/transportOrder/" + i2, schemaPath: "#/properties/transportOrder/items/enum", keyword: "enum", params: { allowedValues: schema28.properties.transportOrder.items.enum }, message: "must be equal to one of the allowed values", schema: schema28.properties.transportOrder.items.enum, parentSchema: schema28.properties.transportOrder.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          let i3 = data8.length;
          let j1;
          if (i3 > 1) {
            outer1: for (; i3--; ) {
              for (j1 = i3; j1--; ) {
                if (func0(data8[i3], data8[j1])) {
                  const err26 = { instancePath: instancePath + "/transportOrder", schemaPath: "#/properties/transportOrder/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema28.properties.transportOrder, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                  break outer1;
                }
              }
            }
          }
        } else {
          const err27 = { instancePath: instancePath + "/transportOrder", schemaPath: "#/properties/transportOrder/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.transportOrder.type, parentSchema: schema28.properties.transportOrder, data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.excludeInterfaces !== void 0) {
        let data10 = data.excludeInterfaces;
        if (Array.isArray(data10)) {
          const len2 = data10.length;
          for (let i4 = 0; i4 < len2; i4++) {
            let data11 = data10[i4];
            if (typeof data11 === "string") {
              if (func3(data11) < 1) {
                const err28 = { instancePath: instancePath + "/excludeInterfaces/" + i4, schemaPath: "#/properties/excludeInterfaces/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.excludeInterfaces.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            } else {
              const err29 = { instancePath: instancePath + "/excludeInterfaces/" + i4, schemaPath: "#/properties/excludeInterfaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.excludeInterfaces.items.type, parentSchema: schema28.properties.excludeInterfaces.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        } else {
          const err30 = { instancePath: instancePath + "/excludeInterfaces", schemaPath: "#/properties/excludeInterfaces/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema28.properties.excludeInterfaces.type, parentSchema: schema28.properties.excludeInterfaces, data: data10 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.portRanges !== void 0) {
        let data12 = data.portRanges;
        if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
          for (const key2 in data12) {
            const _errs29 = errors;
            if (typeof key2 === "string") {
              if (!pattern6.test(key2)) {
                const err31 = { instancePath: instancePath + "/portRanges", schemaPath: "#/properties/portRanges/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema28.properties.portRanges.propertyNames, data: key2, propertyName: key2 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            var valid11 = _errs29 === errors;
            if (!valid11) {
              const err32 = { instancePath: instancePath + "/portRanges", schemaPath: "#/properties/portRanges/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema28.properties.portRanges.propertyNames, parentSchema: schema28.properties.portRanges, data: data12 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
          for (const key3 in data12) {
            let data13 = data12[key3];
            const _errs32 = errors;
            let valid13 = false;
            let passing1 = null;
            const _errs33 = errors;
            if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
              const err33 = { instancePath: instancePath + "/portRanges/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/portRanges/additionalProperties/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.portRanges.additionalProperties.oneOf[0].type, parentSchema: schema28.properties.portRanges.additionalProperties.oneOf[0], data: data13 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            var _valid1 = _errs33 === errors;
            if (_valid1) {
              valid13 = true;
              passing1 = 0;
            }
            const _errs35 = errors;
            if (typeof data13 === "string") {
              if (func3(data13) < 1) {
                const err34 = { instancePath: instancePath + "/portRanges/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/portRanges/additionalProperties/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.portRanges.additionalProperties.oneOf[1], data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            } else {
              const err35 = { instancePath: instancePath + "/portRanges/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/portRanges/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.portRanges.additionalProperties.oneOf[1].type, parentSchema: schema28.properties.portRanges.additionalProperties.oneOf[1], data: data13 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            var _valid1 = _errs35 === errors;
            if (_valid1 && valid13) {
              valid13 = false;
              passing1 = [passing1, 1];
            } else {
              if (_valid1) {
                valid13 = true;
                passing1 = 1;
              }
            }
            if (!valid13) {
              const err36 = { instancePath: instancePath + "/portRanges/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/portRanges/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema28.properties.portRanges.additionalProperties.oneOf, parentSchema: schema28.properties.portRanges.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            } else {
              errors = _errs32;
              if (vErrors !== null) {
                if (_errs32) {
                  vErrors.length = _errs32;
                } else {
                  vErrors = null;
                }
              }
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/portRanges", schemaPath: "#/properties/portRanges/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.properties.portRanges.type, parentSchema: schema28.properties.portRanges, data: data12 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.dscp !== void 0) {
        let data14 = data.dscp;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
          for (const key4 in data14) {
            const _errs39 = errors;
            if (typeof key4 === "string") {
              if (!pattern6.test(key4)) {
                const err38 = { instancePath: instancePath + "/dscp", schemaPath: "#/properties/dscp/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_-]*$"', schema: "^[A-Za-z][A-Za-z0-9_-]*$", parentSchema: schema28.properties.dscp.propertyNames, data: key4, propertyName: key4 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            var valid14 = _errs39 === errors;
            if (!valid14) {
              const err39 = { instancePath: instancePath + "/dscp", schemaPath: "#/properties/dscp/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema28.properties.dscp.propertyNames, parentSchema: schema28.properties.dscp, data: data14 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
          for (const key5 in data14) {
            let data15 = data14[key5];
            if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
              const err40 = { instancePath: instancePath + "/dscp/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dscp/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.dscp.additionalProperties.type, parentSchema: schema28.properties.dscp.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (typeof data15 == "number") {
              if (data15 > 63 || isNaN(data15)) {
                const err41 = { instancePath: instancePath + "/dscp/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dscp/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 63 }, message: "must be <= 63", schema: 63, parentSchema: schema28.properties.dscp.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (data15 < 0 || isNaN(data15)) {
                const err42 = { instancePath: instancePath + "/dscp/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/dscp/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema28.properties.dscp.additionalProperties, data: data15 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
          }
        } else {
          const err43 = { instancePath: instancePath + "/dscp", schemaPath: "#/properties/dscp/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.properties.dscp.type, parentSchema: schema28.properties.dscp, data: data14 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.concurrentCalls !== void 0) {
        let data16 = data.concurrentCalls;
        if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
          const err44 = { instancePath: instancePath + "/concurrentCalls", schemaPath: "#/properties/concurrentCalls/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.properties.concurrentCalls.type, parentSchema: schema28.properties.concurrentCalls, data: data16 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (typeof data16 == "number") {
          if (data16 < 1 || isNaN(data16)) {
            const err45 = { instancePath: instancePath + "/concurrentCalls", schemaPath: "#/properties/concurrentCalls/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.properties.concurrentCalls, data: data16 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      }
    } else {
      const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err46];
      } else {
        vErrors.push(err46);
      }
      errors++;
    }
    validate19.errors = vErrors;
    return errors === 0;
  }
  return module.exports;
})();
var options = (() => {
  const module = { exports: {} };
  const exports = module.exports;
  "use strict";
  exports.v0 = validate10;
  const schema11 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
  }
  exports.v1 = validate11;
  const schema12 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
  }
  exports.v2 = validate12;
  const schema13 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
  }
  exports.v3 = validate13;
  const schema14 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
  }
  exports.v4 = validate14;
  const schema15 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
  }
  exports.v5 = validate15;
  const schema16 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
  }
  exports.v6 = validate16;
  const schema17 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
  }
  exports.v7 = validate17;
  const schema18 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
  }
  exports.v8 = validate18;
  const schema19 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate18.errors = vErrors;
    return errors === 0;
  }
  exports.v9 = validate19;
  const schema20 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate19.errors = vErrors;
    return errors === 0;
  }
  exports.v10 = validate20;
  const schema21 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate20.errors = vErrors;
    return errors === 0;
  }
  exports.v11 = validate21;
  const schema22 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
  }
  exports.v12 = validate22;
  const schema23 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
  }
  exports.v13 = validate23;
  const schema24 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
  }
  exports.v14 = validate24;
  const schema25 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate24.errors = vErrors;
    return errors === 0;
  }
  exports.v15 = validate25;
  const schema26 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
  }
  exports.v16 = validate26;
  const schema27 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate26.errors = vErrors;
    return errors === 0;
  }
  exports.v17 = validate27;
  const schema28 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate27.errors = vErrors;
    return errors === 0;
  }
  exports.v18 = validate28;
  const schema29 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate28.errors = vErrors;
    return errors === 0;
  }
  exports.v19 = validate29;
  const schema30 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate29.errors = vErrors;
    return errors === 0;
  }
  exports.v20 = validate30;
  const schema31 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate30.errors = vErrors;
    return errors === 0;
  }
  exports.v21 = validate31;
  const schema32 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate31.errors = vErrors;
    return errors === 0;
  }
  exports.v22 = validate32;
  const schema33 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate32.errors = vErrors;
    return errors === 0;
  }
  exports.v23 = validate33;
  const schema34 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate33.errors = vErrors;
    return errors === 0;
  }
  exports.v24 = validate34;
  const schema35 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate34.errors = vErrors;
    return errors === 0;
  }
  exports.v25 = validate35;
  const schema36 = { "type": "object", "properties": { "product": { "enum": ["ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019"], "description": "Default: settings.product, else lync2013." }, "mobility": { "type": "boolean", "default": true, "description": "Mobility/autodiscover is deployed (Lync 2010 CU4 or later)." }, "internal": { "enum": ["srv", "autodiscover", "either", "both"], "default": "srv", "description": "Internal discovery records required: _sipinternaltls._tcp (srv), lyncdiscoverinternal (autodiscover), either or both." }, "internalOnlyNames": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "default": ["_sipinternaltls._tcp", "lyncdiscoverinternal", "sipinternal"], "description": "Names below each SIP domain that must not be published in the external view." } }, "additionalProperties": false };
  const func2 = require_ucs2length().default;
  function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.mobility === void 0) {
        data.mobility = true;
      }
      if (data.internal === void 0) {
        data.internal = "srv";
      }
      if (data.internalOnlyNames === void 0) {
        data.internalOnlyNames = ["_sipinternaltls._tcp", "lyncdiscoverinternal", "sipinternal"];
      }
      for (const key0 in data) {
        if (!(key0 === "product" || key0 === "mobility" || key0 === "internal" || key0 === "internalOnlyNames")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.product !== void 0) {
        let data0 = data.product;
        if (!(data0 === "ocs2007r2" || data0 === "lync2010" || data0 === "lync2013" || data0 === "sfb2015" || data0 === "sfb2019")) {
          const err1 = { instancePath: instancePath + "/product", schemaPath: "#/properties/product/enum", keyword: "enum", params: { allowedValues: schema36.properties.product.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (typeof data.mobility !== "boolean") {
        const err2 = { instancePath: instancePath + "/mobility", schemaPath: "#/properties/mobility/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      let data2 = data.internal;
      if (!(data2 === "srv" || data2 === "autodiscover" || data2 === "either" || data2 === "both")) {
        const err3 = { instancePath: instancePath + "/internal", schemaPath: "#/properties/internal/enum", keyword: "enum", params: { allowedValues: schema36.properties.internal.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      let data3 = data.internalOnlyNames;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err4 = { instancePath: instancePath + "/internalOnlyNames/" + i0, schemaPath: "#/properties/internalOnlyNames/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/internalOnlyNames/" + i0, schemaPath: "#/properties/internalOnlyNames/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        let i1 = data3.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data3[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err6 = { instancePath: instancePath + "/internalOnlyNames", schemaPath: "#/properties/internalOnlyNames/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/internalOnlyNames", schemaPath: "#/properties/internalOnlyNames/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate35.errors = vErrors;
    return errors === 0;
  }
  exports.v26 = validate36;
  const schema37 = { "type": "object", "properties": { "maxServers": { "type": "integer", "minimum": 1, "maximum": 64, "description": "Most front ends in one pool (default: 10 for lync2010, else not checked)." } }, "additionalProperties": false };
  function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "maxServers")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.maxServers !== void 0) {
        let data0 = data.maxServers;
        if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
          const err1 = { instancePath: instancePath + "/maxServers", schemaPath: "#/properties/maxServers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (typeof data0 == "number") {
          if (data0 > 64 || isNaN(data0)) {
            const err2 = { instancePath: instancePath + "/maxServers", schemaPath: "#/properties/maxServers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data0 < 1 || isNaN(data0)) {
            const err3 = { instancePath: instancePath + "/maxServers", schemaPath: "#/properties/maxServers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate36.errors = vErrors;
    return errors === 0;
  }
  exports.v27 = validate37;
  const schema38 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate37.errors = vErrors;
    return errors === 0;
  }
  exports.v28 = validate38;
  const schema39 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate38.errors = vErrors;
    return errors === 0;
  }
  exports.v29 = validate39;
  const schema40 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate39.errors = vErrors;
    return errors === 0;
  }
  exports.v30 = validate40;
  const schema41 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate40.errors = vErrors;
    return errors === 0;
  }
  exports.v31 = validate41;
  const schema42 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate41.errors = vErrors;
    return errors === 0;
  }
  exports.v32 = validate42;
  const schema43 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate42.errors = vErrors;
    return errors === 0;
  }
  exports.v33 = validate43;
  const schema44 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate43.errors = vErrors;
    return errors === 0;
  }
  exports.v34 = validate44;
  const schema45 = { "type": "object", "properties": { "strict": { "type": "boolean", "description": "Strict DNS naming on the clients (default: settings, topology or registry policy, else false)." }, "services": { "type": "array", "items": { "type": "string", "pattern": "^_[^.]+\\._[^.]+\\.?$" }, "uniqueItems": true, "default": ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sip._tcp"], "description": "SRV services (`_service._proto`) whose targets clients sign in to." }, "nonStrictDepth": { "enum": ["any", "one-label"], "default": "any", "description": "How far below the SIP domain a host may lie with strict naming off: any depth, or one label (the older Communicator 2007 reading)." } }, "additionalProperties": false };
  const pattern0 = new RegExp("^_[^.]+\\._[^.]+\\.?$", "u");
  function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.services === void 0) {
        data.services = ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sip._tcp"];
      }
      if (data.nonStrictDepth === void 0) {
        data.nonStrictDepth = "any";
      }
      for (const key0 in data) {
        if (!(key0 === "strict" || key0 === "services" || key0 === "nonStrictDepth")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.strict !== void 0) {
        if (typeof data.strict !== "boolean") {
          const err1 = { instancePath: instancePath + "/strict", schemaPath: "#/properties/strict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      let data1 = data.services;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern0.test(data2)) {
              const err2 = { instancePath: instancePath + "/services/" + i0, schemaPath: "#/properties/services/items/pattern", keyword: "pattern", params: { pattern: "^_[^.]+\\._[^.]+\\.?$" }, message: 'must match pattern "^_[^.]+\\._[^.]+\\.?$"' };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/services/" + i0, schemaPath: "#/properties/services/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err4 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/services", schemaPath: "#/properties/services/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      let data3 = data.nonStrictDepth;
      if (!(data3 === "any" || data3 === "one-label")) {
        const err6 = { instancePath: instancePath + "/nonStrictDepth", schemaPath: "#/properties/nonStrictDepth/enum", keyword: "enum", params: { allowedValues: schema45.properties.nonStrictDepth.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    validate44.errors = vErrors;
    return errors === 0;
  }
  exports.v35 = validate45;
  const schema46 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate45.errors = vErrors;
    return errors === 0;
  }
  exports.v36 = validate46;
  const schema47 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate46.errors = vErrors;
    return errors === 0;
  }
  exports.v37 = validate47;
  const schema48 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate47.errors = vErrors;
    return errors === 0;
  }
  exports.v38 = validate48;
  const schema49 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate48.errors = vErrors;
    return errors === 0;
  }
  exports.v39 = validate49;
  const schema50 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate49.errors = vErrors;
    return errors === 0;
  }
  exports.v40 = validate50;
  const schema51 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate50.errors = vErrors;
    return errors === 0;
  }
  exports.v41 = validate51;
  const schema52 = { "type": "object", "properties": { "ports": { "type": "object", "description": "Port per service (`_service._proto`), merged over the defaults; null stops checking a service.", "additionalProperties": { "type": ["integer", "null"], "minimum": 0, "maximum": 65535 }, "default": { "_sipinternaltls._tcp": 5061, "_sipinternal._tcp": 5060, "_sip._tls": 443, "_sipfederationtls._tcp": 5061, "_xmpp-server._tcp": 5269, "_collab-edge._tls": 8443, "_cisco-uds._tcp": 8443 } } }, "additionalProperties": false };
  function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.ports === void 0) {
        data.ports = { "_sipinternaltls._tcp": 5061, "_sipinternal._tcp": 5060, "_sip._tls": 443, "_sipfederationtls._tcp": 5061, "_xmpp-server._tcp": 5269, "_collab-edge._tls": 8443, "_cisco-uds._tcp": 8443 };
      }
      for (const key0 in data) {
        if (!(key0 === "ports")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.ports;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1))) && data1 !== null) {
            const err1 = { instancePath: instancePath + "/ports/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ports/additionalProperties/type", keyword: "type", params: { type: schema52.properties.ports.additionalProperties.type }, message: "must be integer,null" };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data1 == "number") {
            if (data1 > 65535 || isNaN(data1)) {
              const err2 = { instancePath: instancePath + "/ports/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ports/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1 < 0 || isNaN(data1)) {
              const err3 = { instancePath: instancePath + "/ports/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/ports/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    } else {
      const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    validate51.errors = vErrors;
    return errors === 0;
  }
  exports.v42 = validate52;
  const schema53 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate52.errors = vErrors;
    return errors === 0;
  }
  exports.v43 = validate53;
  const schema54 = { "type": "object", "properties": { "cloud": { "enum": ["worldwide", "gcc-high", "dod", "china", "germany"], "description": "The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the cloud whose ranges the SIP rules name, else worldwide." }, "mediaPorts": { "type": "string", "pattern": "^\\d{1,5}(-\\d{1,5})?$", "description": "The UDP media port range configured on the SBCs (`6000-9999`), which the rules must open to every Direct Routing network." } }, "additionalProperties": false };
  const pattern1 = new RegExp("^\\d{1,5}(-\\d{1,5})?$", "u");
  function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "cloud" || key0 === "mediaPorts")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.cloud !== void 0) {
        let data0 = data.cloud;
        if (!(data0 === "worldwide" || data0 === "gcc-high" || data0 === "dod" || data0 === "china" || data0 === "germany")) {
          const err1 = { instancePath: instancePath + "/cloud", schemaPath: "#/properties/cloud/enum", keyword: "enum", params: { allowedValues: schema54.properties.cloud.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.mediaPorts !== void 0) {
        let data1 = data.mediaPorts;
        if (typeof data1 === "string") {
          if (!pattern1.test(data1)) {
            const err2 = { instancePath: instancePath + "/mediaPorts", schemaPath: "#/properties/mediaPorts/pattern", keyword: "pattern", params: { pattern: "^\\d{1,5}(-\\d{1,5})?$" }, message: 'must match pattern "^\\d{1,5}(-\\d{1,5})?$"' };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        } else {
          const err3 = { instancePath: instancePath + "/mediaPorts", schemaPath: "#/properties/mediaPorts/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate53.errors = vErrors;
    return errors === 0;
  }
  exports.v44 = validate54;
  const schema55 = { "type": "object", "properties": { "cloud": { "enum": ["worldwide", "gcc-high", "dod", "china", "germany"], "default": "worldwide", "description": "The Microsoft 365 cloud the tenant is in (GCC uses worldwide): GCC High and DoD require SIP/TLS on 5061." }, "ports": { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 65535 }, "minItems": 1, "uniqueItems": true, "description": "SIP/TLS ports an SBC may listen on, where a deployment restricts them (default: any port, 5061 only in GCC High and DoD)." } }, "additionalProperties": false };
  function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cloud === void 0) {
        data.cloud = "worldwide";
      }
      for (const key0 in data) {
        if (!(key0 === "cloud" || key0 === "ports")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.cloud;
      if (!(data0 === "worldwide" || data0 === "gcc-high" || data0 === "dod" || data0 === "china" || data0 === "germany")) {
        const err1 = { instancePath: instancePath + "/cloud", schemaPath: "#/properties/cloud/enum", keyword: "enum", params: { allowedValues: schema55.properties.cloud.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.ports !== void 0) {
        let data1 = data.ports;
        if (Array.isArray(data1)) {
          if (data1.length < 1) {
            const err2 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          const len0 = data1.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data2 = data1[i0];
            if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
              const err3 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/properties/ports/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (typeof data2 == "number") {
              if (data2 > 65535 || isNaN(data2)) {
                const err4 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/properties/ports/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
              if (data2 < 1 || isNaN(data2)) {
                const err5 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "#/properties/ports/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          }
          let i1 = data1.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data1[i1];
              if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)))) {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err6 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err7 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    } else {
      const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    validate54.errors = vErrors;
    return errors === 0;
  }
  exports.v45 = validate55;
  const schema56 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate55.errors = vErrors;
    return errors === 0;
  }
  exports.v46 = validate56;
  const schema57 = { "type": "object", "properties": { "cloud": { "enum": ["worldwide", "gcc-high", "dod", "china", "germany"], "default": "worldwide", "description": "The Microsoft 365 cloud the tenant is in (GCC uses worldwide); it decides the targets." }, "domains": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true, "description": "The SIP domains Microsoft 365 serves. Default: every SIP domain when settings.product is teams, else the domains with a record pointing at Microsoft 365." }, "records": { "enum": ["all", "federation"], "default": "all", "description": "Records that must exist: all four, or only _sipfederationtls._tcp (the GCC High and DoD pages list only that one)." } }, "additionalProperties": false };
  function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.cloud === void 0) {
        data.cloud = "worldwide";
      }
      if (data.records === void 0) {
        data.records = "all";
      }
      for (const key0 in data) {
        if (!(key0 === "cloud" || key0 === "domains" || key0 === "records")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.cloud;
      if (!(data0 === "worldwide" || data0 === "gcc-high" || data0 === "dod" || data0 === "china" || data0 === "germany")) {
        const err1 = { instancePath: instancePath + "/cloud", schemaPath: "#/properties/cloud/enum", keyword: "enum", params: { allowedValues: schema57.properties.cloud.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.domains !== void 0) {
        let data1 = data.domains;
        if (Array.isArray(data1)) {
          const len0 = data1.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data2 = data1[i0];
            if (typeof data2 === "string") {
              if (func2(data2) < 1) {
                const err2 = { instancePath: instancePath + "/domains/" + i0, schemaPath: "#/properties/domains/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            } else {
              const err3 = { instancePath: instancePath + "/domains/" + i0, schemaPath: "#/properties/domains/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          let i1 = data1.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data1[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err4 = { instancePath: instancePath + "/domains", schemaPath: "#/properties/domains/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err5 = { instancePath: instancePath + "/domains", schemaPath: "#/properties/domains/type", keyword: "type", params: { type: "array" }, message: "must be array" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      let data3 = data.records;
      if (!(data3 === "all" || data3 === "federation")) {
        const err6 = { instancePath: instancePath + "/records", schemaPath: "#/properties/records/enum", keyword: "enum", params: { allowedValues: schema57.properties.records.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    validate56.errors = vErrors;
    return errors === 0;
  }
  exports.v47 = validate57;
  const schema58 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate57.errors = vErrors;
    return errors === 0;
  }
  exports.v48 = validate58;
  const schema59 = { "type": "object", "properties": { "cloud": { "enum": ["worldwide", "gcc-high", "dod", "china", "germany"], "description": "The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the Direct Routing ranges of every cloud are accepted." } }, "additionalProperties": false };
  function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "cloud")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.cloud !== void 0) {
        let data0 = data.cloud;
        if (!(data0 === "worldwide" || data0 === "gcc-high" || data0 === "dod" || data0 === "china" || data0 === "germany")) {
          const err1 = { instancePath: instancePath + "/cloud", schemaPath: "#/properties/cloud/enum", keyword: "enum", params: { allowedValues: schema59.properties.cloud.enum }, message: "must be equal to one of the allowed values" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate58.errors = vErrors;
    return errors === 0;
  }
  exports.v49 = validate59;
  const schema60 = { "type": "object", "properties": { "enabled": { "type": "boolean", "description": "Check whatever the product (default: only when the estate uses Teams)." }, "list": { "enum": ["2023", "2026-08-14", "before-2023"], "default": "2026-08-14", "description": "Which dated list of Optimize ranges to use (default: the newest)." } }, "additionalProperties": false };
  function validate59(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.list === void 0) {
        data.list = "2026-08-14";
      }
      for (const key0 in data) {
        if (!(key0 === "enabled" || key0 === "list")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.enabled !== void 0) {
        if (typeof data.enabled !== "boolean") {
          const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      let data1 = data.list;
      if (!(data1 === "2023" || data1 === "2026-08-14" || data1 === "before-2023")) {
        const err2 = { instancePath: instancePath + "/list", schemaPath: "#/properties/list/enum", keyword: "enum", params: { allowedValues: schema60.properties.list.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    validate59.errors = vErrors;
    return errors === 0;
  }
  exports.v50 = validate60;
  const schema61 = { "type": "object", "properties": { "list": { "enum": ["2023", "2026-08-14", "before-2023"], "default": "2026-08-14", "description": "Which dated list of Optimize ranges a Teams tunnel must exclude (default: the newest)." } }, "additionalProperties": false };
  function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.list === void 0) {
        data.list = "2026-08-14";
      }
      for (const key0 in data) {
        if (!(key0 === "list")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.list;
      if (!(data0 === "2023" || data0 === "2026-08-14" || data0 === "before-2023")) {
        const err1 = { instancePath: instancePath + "/list", schemaPath: "#/properties/list/enum", keyword: "enum", params: { allowedValues: schema61.properties.list.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate60.errors = vErrors;
    return errors === 0;
  }
  exports.v51 = validate61;
  const schema62 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
  }
  exports.v52 = validate62;
  const schema63 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate62(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate62.errors = vErrors;
    return errors === 0;
  }
  exports.v53 = validate63;
  const schema64 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate63.errors = vErrors;
    return errors === 0;
  }
  exports.v54 = validate64;
  const schema65 = { "type": "object", "properties": { "days": { "type": "integer", "minimum": 0, "maximum": 3650, "default": 30, "description": "Warn this many days before a certificate expires." }, "cnFilter": { "type": "string", "minLength": 1, "maxLength": 1e3, "description": "Only certificates whose subject CN matches this pattern (case-insensitive, RE2 syntax: linear time, no backreferences or lookaround)." } }, "additionalProperties": false };
  function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.days === void 0) {
        data.days = 30;
      }
      for (const key0 in data) {
        if (!(key0 === "days" || key0 === "cnFilter")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.days;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 3650 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/days", schemaPath: "#/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      if (data.cnFilter !== void 0) {
        let data1 = data.cnFilter;
        if (typeof data1 === "string") {
          if (func2(data1) > 1e3) {
            const err4 = { instancePath: instancePath + "/cnFilter", schemaPath: "#/properties/cnFilter/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (func2(data1) < 1) {
            const err5 = { instancePath: instancePath + "/cnFilter", schemaPath: "#/properties/cnFilter/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        } else {
          const err6 = { instancePath: instancePath + "/cnFilter", schemaPath: "#/properties/cnFilter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    } else {
      const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    validate64.errors = vErrors;
    return errors === 0;
  }
  exports.v55 = validate65;
  const schema66 = { "type": "object", "properties": { "minimumRsaBits": { "type": "integer", "minimum": 1024, "maximum": 16384, "default": 2048, "description": "Smallest RSA modulus accepted, in bits." } }, "additionalProperties": false };
  function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.minimumRsaBits === void 0) {
        data.minimumRsaBits = 2048;
      }
      for (const key0 in data) {
        if (!(key0 === "minimumRsaBits")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      let data0 = data.minimumRsaBits;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/minimumRsaBits", schemaPath: "#/properties/minimumRsaBits/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 16384 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/minimumRsaBits", schemaPath: "#/properties/minimumRsaBits/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16384 }, message: "must be <= 16384" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1024 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/minimumRsaBits", schemaPath: "#/properties/minimumRsaBits/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1024 }, message: "must be >= 1024" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    validate65.errors = vErrors;
    return errors === 0;
  }
  exports.v56 = validate66;
  const schema67 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate66(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate66.errors = vErrors;
    return errors === 0;
  }
  exports.v57 = validate67;
  const schema68 = { "type": "object", "properties": {}, "additionalProperties": false };
  function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    validate67.errors = vErrors;
    return errors === 0;
  }
  exports.v58 = validate68;
  const schema69 = { "type": "object", "properties": { "requireExtension": { "type": "boolean", "default": true, "description": "Also report leaf certificates of committed files that have no extended key usage extension." } }, "additionalProperties": false };
  function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.requireExtension === void 0) {
        data.requireExtension = true;
      }
      for (const key0 in data) {
        if (!(key0 === "requireExtension")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (typeof data.requireExtension !== "boolean") {
        const err1 = { instancePath: instancePath + "/requireExtension", schemaPath: "#/properties/requireExtension/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate68.errors = vErrors;
    return errors === 0;
  }
  exports.v59 = validate69;
  const schema70 = { "type": "object", "properties": { "includeSelfSignedRoots": { "type": "boolean", "default": false, "description": "Also report self-signed CA certificates." } }, "additionalProperties": false };
  function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.includeSelfSignedRoots === void 0) {
        data.includeSelfSignedRoots = false;
      }
      for (const key0 in data) {
        if (!(key0 === "includeSelfSignedRoots")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (typeof data.includeSelfSignedRoots !== "boolean") {
        const err1 = { instancePath: instancePath + "/includeSelfSignedRoots", schemaPath: "#/properties/includeSelfSignedRoots/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate69.errors = vErrors;
    return errors === 0;
  }
  exports.v60 = validate70;
  const schema71 = { "type": "object", "properties": { "allowWildcardSubject": { "type": "boolean", "default": false, "description": "Accept a wildcard subject common name (Teams Direct Routing SBCs)." } }, "additionalProperties": false };
  function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.allowWildcardSubject === void 0) {
        data.allowWildcardSubject = false;
      }
      for (const key0 in data) {
        if (!(key0 === "allowWildcardSubject")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (typeof data.allowWildcardSubject !== "boolean") {
        const err1 = { instancePath: instancePath + "/allowWildcardSubject", schemaPath: "#/properties/allowWildcardSubject/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    validate70.errors = vErrors;
    return errors === 0;
  }
  return module.exports;
})();
var PRECOMPILED = {
  "config": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint configuration (.uclint.yml)","type":"object","additionalProperties":false,"properties":{"extends":{"description":"Presets to start from, applied in order; `rules` is applied after them. Absent means uclint:recommended.","oneOf":[{"$ref":"#/definitions/presetName"},{"type":"array","items":{"$ref":"#/definitions/presetName"}}]},"plugins":{"description":"Rule packs from installed packages named uclint-plugin-<name> or @<scope>/uclint-plugin-<name>, loaded only when the command line allows plugins (--allow-plugins, --plugins-from). They are looked up in the node_modules of uclint\'s installation (or --plugins-from) and refused when they lie inside the linted tree. Their rules are configured under `rules` like uclint\'s own.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^(@[a-z0-9][a-z0-9._~-]*/)?uclint-plugin-[a-z0-9._~-]+$","maxLength":214}},"rules":{"description":"Rule id to severity, or to [severity, options].","type":"object","propertyNames":{"pattern":"^[a-z0-9]+/[a-z0-9-]+$"},"additionalProperties":{"$ref":"#/definitions/ruleSetting"}},"views":{"description":"Which zone files are the internal and which the external view of split-brain DNS.","type":"object","additionalProperties":false,"properties":{"internal":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md)."},"external":{"type":"array","items":{"type":"string","minLength":1},"description":"Globs matched against paths relative to the lint root, with forward slashes: `*`, `**`, `?`, `[a-z]`, `{a,b}` (docs/formats.md)."}}},"zones":{"description":"Origin of zone files whose origin is not written in them: path or glob to domain name (`contoso.com`).","type":"object","additionalProperties":{"type":"string","minLength":1}},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Paths not to lint (globs); `dir/**` skips the whole directory."},"settings":{"description":"Facts about the deployment that rules use. Rule options go under `rules`, for plugins\' rules too.","type":"object","additionalProperties":false,"properties":{"sipDomains":{"type":"array","items":{"type":"string","minLength":1},"description":"SIP domains of the deployment."},"now":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}([Tt ]\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?([Zz]|[+-]\\\\d{2}:\\\\d{2})?)?$","description":"The date expiry rules judge against (YYYY-MM-DD, or an ISO 8601 date-time); --now wins."},"strictDnsNaming":{"type":"boolean","description":"Clients enforce strict DNS naming (EnableStrictDNSNaming)."},"product":{"enum":["lcs2005","ocs2007r2","lync2010","lync2013","sfb2015","sfb2019","teams","cisco"],"description":"Product of the deployment (cisco: Unified CM with Expressway); selects product defaults, and the family rules run for unless `families` is given. A product preset sets it."},"families":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["lync","legacy","teams","cisco","sip"]},"description":"Families of the deployment, when the product alone cannot say (a hybrid of Skype for Business Server and Teams: [lync, teams]): lync (Lync Server 2010-2013, Skype for Business Server), legacy (LCS 2005, OCS 2007), teams, cisco, sip (generic SIP, IMS). Rules about other families do not run. Default: the family of `product`, else what the files show."}}},"baseline":{"type":"string","minLength":1,"description":"Baseline file of accepted findings, relative to the lint root."},"maxFindingsPerFile":{"type":"integer","minimum":1,"maximum":1000000,"description":"At most this many findings of each rule, and diagnostics of each code, in one file (default 1000); one more finding says how many were not kept. --max-findings-per-file wins."},"certificates":{"description":"How certificate files are read.","type":"object","additionalProperties":false,"properties":{"passwords":{"description":"PKCS#12 (.pfx, .p12) passwords: path or glob to the NAME of the environment variable that holds the password. The password itself never goes in the config. A config in the linted tree may name only variables starting with UCLINT_PKCS12_, or those the command line allows (--pkcs12-password-env).","type":"object","additionalProperties":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"}}}},"probe":{"description":"How `uclint probe` (and the Action\'s `probe: true`) asks the live DNS. Used by no other run.","type":"object","additionalProperties":false,"properties":{"dnsServers":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"string","minLength":1,"maxLength":64},"description":"DNS servers to ask instead of the system resolver: IP addresses with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:5353). --dns-server wins."},"view":{"enum":["internal","external"],"description":"Which side of split-brain DNS the servers answer for, so the answers are compared with the zones of that view (default external). --view wins."}}},"audit":{"description":"Scheduled audits (GitHub Action): the one issue that lists the findings of the whole repository.","type":"object","additionalProperties":false,"properties":{"issueTitle":{"type":"string","minLength":1,"maxLength":256,"description":"Title of the audit issue (default \\"uclint audit\\")."},"labels":{"type":"array","items":{"type":"string","minLength":1},"description":"Labels given to the audit issue when it is opened."}}}},"definitions":{"severity":{"enum":["off","info","warn","warning","error"]},"ruleSetting":{"oneOf":[{"$ref":"#/definitions/severity"},{"type":"array","minItems":1,"maxItems":2,"items":[{"$ref":"#/definitions/severity"},{"type":"object"}]}]},"presetName":{"type":"string","examples":["uclint:recommended","uclint:all","uclint:lcs2005","uclint:ocs2007r2","uclint:lync2010","uclint:lync2013","uclint:sfb","uclint:teams","uclint:cisco"]}}}', validate: yaml.v0 },
  "manifest/Topology": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint manifest: kind Topology","type":"object","additionalProperties":false,"required":["apiVersion","kind"],"properties":{"apiVersion":{"const":"uclint/v1","description":"Manifest format version."},"kind":{"const":"Topology"},"product":{"enum":["lcs2005","ocs2007r2","lync2010","lync2013","sfb2015","sfb2019","teams"],"description":"Server product and version; selects product defaults such as the pool size limit (settings.product in the config wins)."},"sipDomains":{"type":"array","items":{"type":"string","minLength":1},"description":"SIP domains users sign in with (`user@contoso.com`)."},"tenantDomains":{"type":"array","items":{"type":"string","minLength":1},"description":"Other domains registered in the Microsoft 365 tenant (the SIP domains count already), such as a subdomain that names an SBC."},"clientPolicy":{"description":"What clients are told.","type":"object","additionalProperties":false,"properties":{"strictDnsNaming":{"type":"boolean","description":"EnableStrictDNSNaming: a discovered server must be the SIP domain or sip.<domain>."},"allowTcp":{"type":"boolean","description":"Clients may use clear-text SIP over TCP (_sipinternal._tcp)."},"manualServers":{"description":"Servers configured by hand instead of DNS discovery.","type":"object","additionalProperties":false,"properties":{"internal":{"type":"string","minLength":1,"description":"Internal server. `host` or `host:port`; an IPv6 address in brackets when a port follows (`[2001:db8::1]:443`).","examples":["sip.contoso.com:443"]},"external":{"type":"string","minLength":1,"description":"External server. `host` or `host:port`; an IPv6 address in brackets when a port follows (`[2001:db8::1]:443`).","examples":["sip.contoso.com:443"]}}}}},"pools":{"description":"Front End, Director, Edge and Mediation pools.","type":"array","items":{"$ref":"#/definitions/pool"}},"edges":{"description":"Edge pools with their internal and external names.","type":"array","items":{"$ref":"#/definitions/edge"}},"reverseProxy":{"description":"The reverse proxy that publishes web services and simple URLs.","type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"External FQDN of the reverse proxy."},"ip":{"type":"string","minLength":1,"description":"IPv4 address (four decimal parts) or IPv6 address."},"publishes":{"type":"array","items":{"type":"string","minLength":1},"description":"Host names it publishes."}}},"simpleUrls":{"description":"Simple URLs: `https://meet.contoso.com/` or a host name.","type":"object","additionalProperties":false,"properties":{"meet":{"description":"Meeting URLs, one per SIP domain. One URL or host name, or a list of them.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"dialin":{"description":"Dial-in conferencing URL. One URL or host name, or a list of them.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"admin":{"description":"Administration URL. One URL or host name, or a list of them.","oneOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]}}},"exchange":{"description":"Exchange names clients reach.","type":"object","additionalProperties":false,"properties":{"autodiscover":{"type":"string","minLength":1,"description":"Autodiscover host name."},"ews":{"type":"string","minLength":1,"description":"Exchange Web Services host name."}}},"sbcs":{"description":"Session border controllers (Direct Routing, PSTN gateways).","type":"array","items":{"type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"FQDN of the SBC."},"port":{"type":"integer","minimum":1,"maximum":65535,"description":"SIP/TLS port, 5061 by default on the SBC."}}}}},"definitions":{"pool":{"type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"Pool FQDN (for a Standard Edition server, the server FQDN)."},"role":{"enum":["frontend","director","edge","mediation"]},"loadBalancing":{"enum":["dns","hardware"],"description":"How SIP traffic to the pool is balanced."},"webServices":{"description":"Web services FQDNs.","type":"object","additionalProperties":false,"properties":{"internal":{"type":"string","minLength":1,"description":"Internal web services FQDN."},"external":{"type":"string","minLength":1,"description":"External web services FQDN."}}},"servers":{"description":"Servers of the pool.","type":"array","items":{"type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"Server FQDN."},"id":{"type":"integer","minimum":1,"description":"Registrar id (slot of the registrar hash)."}}}}}},"edgeName":{"type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"Public FQDN of the service."},"ip":{"type":"string","minLength":1,"description":"IPv4 address (four decimal parts) or IPv6 address."}}},"edge":{"type":"object","additionalProperties":false,"properties":{"internal":{"description":"The internal interface.","type":"object","additionalProperties":false,"required":["fqdn"],"properties":{"fqdn":{"type":"string","minLength":1,"description":"Internal FQDN of the Edge pool."}}},"external":{"description":"The external services.","type":"object","additionalProperties":false,"properties":{"access":{"$ref":"#/definitions/edgeName"},"webConferencing":{"$ref":"#/definitions/edgeName"},"av":{"$ref":"#/definitions/edgeName"}}},"servers":{"type":"array","items":{"type":"string","minLength":1},"description":"FQDNs of the Edge servers."}}}}}', validate: yaml.v1 },
  "manifest/Certificates": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint manifest: kind Certificates","type":"object","additionalProperties":false,"required":["apiVersion","kind","certificates"],"properties":{"apiVersion":{"const":"uclint/v1","description":"Manifest format version."},"kind":{"const":"Certificates"},"certificates":{"description":"Certificates the deployment uses that are not committed as files, or that link the committed file.","type":"array","items":{"$ref":"#/definitions/certificate"}}},"definitions":{"certificate":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Name of the certificate, unique in the file; findings use it."},"subject":{"type":"string","minLength":1,"description":"Subject distinguished name, `CN=sip.contoso.com, O=Contoso`; the common name is its CN.","examples":["CN=sip.contoso.com, O=Contoso, C=US"]},"sans":{"description":"Subject alternative names: DNS names (`*.contoso.com` for a wildcard) and IPv4 or IPv6 addresses.","type":"array","items":{"type":"string","minLength":1}},"notBefore":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}([Tt ]\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?([Zz]|[+-]\\\\d{2}:\\\\d{2})?)?$","description":"Start of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time."},"notAfter":{"type":"string","pattern":"^\\\\d{4}-\\\\d{2}-\\\\d{2}([Tt ]\\\\d{2}:\\\\d{2}(:\\\\d{2}(\\\\.\\\\d+)?)?([Zz]|[+-]\\\\d{2}:\\\\d{2})?)?$","description":"End of validity: YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time."},"issuer":{"enum":["public","private"],"description":"`public`: a CA clients and federation partners trust; `private`: an enterprise CA or self-signed."},"issuerName":{"type":"string","minLength":1,"description":"The issuing CA: its distinguished name or its name."},"key":{"type":"object","additionalProperties":false,"required":["algorithm"],"properties":{"algorithm":{"enum":["rsa","rsa-pss","ec","ed25519","ed448","dsa"]},"size":{"type":"integer","minimum":1,"description":"Bits: RSA and DSA; for EC it follows from the curve."},"curve":{"enum":["prime256v1","secp256r1","P-256","secp384r1","P-384","secp521r1","P-521","secp256k1","brainpoolP256r1","brainpoolP384r1","brainpoolP512r1"],"description":"EC curve."}}},"signature":{"enum":["md2WithRSAEncryption","md5WithRSAEncryption","sha1WithRSAEncryption","sha224WithRSAEncryption","sha256WithRSAEncryption","sha384WithRSAEncryption","sha512WithRSAEncryption","rsassaPss","ecdsa-with-SHA1","ecdsa-with-SHA224","ecdsa-with-SHA256","ecdsa-with-SHA384","ecdsa-with-SHA512","dsaWithSHA1","dsa_with_SHA224","dsa_with_SHA256","ED25519","ED448"],"description":"Signature algorithm as OpenSSL prints it."},"eku":{"description":"Extended key usages: OpenSSL short names (`serverAuth`, `clientAuth`) or OIDs.","type":"array","items":{"type":"string","minLength":1},"examples":[["serverAuth","clientAuth"]]},"usedBy":{"description":"FQDNs of the servers or pools that present the certificate.","type":"array","items":{"type":"string","minLength":1}},"file":{"type":"string","minLength":1,"description":"A committed copy of the certificate, relative to this manifest\'s directory."}}}}}', validate: yaml.v2 },
  "manifest/FirewallRules": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint manifest: kind FirewallRules","type":"object","additionalProperties":false,"required":["apiVersion","kind","rules"],"properties":{"apiVersion":{"const":"uclint/v1","description":"Manifest format version."},"kind":{"const":"FirewallRules"},"name":{"type":"string","minLength":1,"description":"Name findings use; the file name when absent."},"semantics":{"enum":["windows","ordered"],"description":"`windows` (default): a matching block rule beats any allow rule, whatever the order; `ordered`: the first matching rule decides."},"appliesTo":{"type":"string","minLength":1,"description":"What the rules guard, for role checks: `vpn-clients`, `edge-external`, ..."},"rules":{"description":"The rules, in order.","type":"array","items":{"$ref":"#/definitions/rule"}}},"definitions":{"rule":{"type":"object","additionalProperties":false,"required":["name","direction","action"],"properties":{"name":{"type":"string","minLength":1,"description":"Rule name, unique in the rule set."},"direction":{"enum":["inbound","outbound"]},"action":{"enum":["allow","block"]},"program":{"type":"string","minLength":1,"description":"Program path the rule applies to (`%ProgramFiles%\\\\Microsoft Lync\\\\communicator.exe`); every program when absent."},"protocol":{"enum":["tcp","udp","icmp","any"],"description":"`any` when absent."},"localAddresses":{"description":"Local addresses; `any` when absent. A list, or one string with entries separated by commas.","oneOf":[{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]},{"type":"array","items":{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]}}]},"remoteAddresses":{"description":"Remote addresses; `any` when absent. A list, or one string with entries separated by commas.","oneOf":[{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]},{"type":"array","items":{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]}}]},"localPorts":{"description":"Local ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.","oneOf":[{"type":"integer"},{"type":"string","minLength":1},{"type":"array","items":{"description":"Port (0-65535), range `first-last`, or `any`.","oneOf":[{"type":"integer"},{"type":"string","minLength":1}],"examples":["1024-65535"]}}]},"remotePorts":{"description":"Remote ports (tcp and udp only); `any` when absent. A list, one port, or one string with entries separated by commas.","oneOf":[{"type":"integer"},{"type":"string","minLength":1},{"type":"array","items":{"description":"Port (0-65535), range `first-last`, or `any`.","oneOf":[{"type":"integer"},{"type":"string","minLength":1}],"examples":["1024-65535"]}}]},"interfaceTypes":{"description":"Interface types the rule applies to; `any` when absent.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["lan","wireless","remoteAccess","any"]}},"profiles":{"description":"Network profiles the rule applies to; `any` when absent.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["domain","private","public","any"]}},"enabled":{"type":"boolean","description":"`true` when absent."}}}}}', validate: yaml.v3 },
  "manifest/VpnProfile": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint manifest: kind VpnProfile","type":"object","additionalProperties":false,"required":["apiVersion","kind"],"properties":{"apiVersion":{"const":"uclint/v1","description":"Manifest format version."},"kind":{"const":"VpnProfile"},"name":{"type":"string","minLength":1,"description":"Name findings use; the file name when absent."},"tunnel":{"enum":["split","full"],"description":"`full` sends everything into the tunnel; `split` only what `include` names."},"clientSubnets":{"description":"Addresses VPN clients get. A list, or one string with entries separated by commas.","oneOf":[{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]},{"type":"array","items":{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]}}]},"include":{"description":"Routed into the tunnel. A list, or one string with entries separated by commas.","oneOf":[{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]},{"type":"array","items":{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]}}]},"exclude":{"description":"Bypass the tunnel (UC public addresses, Microsoft 365 Optimize ranges). A list, or one string with entries separated by commas.","oneOf":[{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]},{"type":"array","items":{"type":"string","minLength":1,"description":"IPv4 or IPv6 address, CIDR network (no host bits set), range `first-last`, or `any`; several separated by commas.","examples":["10.0.0.0/8, 192.168.0.0/16"]}}]},"dns":{"description":"DNS given to VPN clients.","type":"object","additionalProperties":false,"properties":{"servers":{"description":"DNS server addresses.","type":"array","items":{"type":"string","minLength":1}},"suffixes":{"description":"DNS suffixes (search domains).","type":"array","items":{"type":"string","minLength":1}}}}}}', validate: yaml.v4 },
  "manifest/MediaPolicy": { schema: '{"$schema":"http://json-schema.org/draft-07/schema#","title":"uclint manifest: kind MediaPolicy","type":"object","additionalProperties":false,"required":["apiVersion","kind"],"properties":{"apiVersion":{"const":"uclint/v1","description":"Manifest format version."},"kind":{"const":"MediaPolicy"},"candidateTypePreference":{"description":"ICE type preference (RFC 8445, 0-126) per candidate type, or the types from most to least preferred (126, 110, 100, 0 by position).","oneOf":[{"type":"object","additionalProperties":false,"properties":{"host":{"type":"integer","minimum":0,"maximum":126},"prflx":{"type":"integer","minimum":0,"maximum":126},"srflx":{"type":"integer","minimum":0,"maximum":126},"relay":{"type":"integer","minimum":0,"maximum":126}}},{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["host","prflx","srflx","relay"]}}]},"transportOrder":{"description":"Transports from most to least preferred.","type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["udp","tcp"]}},"excludeInterfaces":{"description":"Interfaces that give no candidates: a type (`lan`, `wireless`, `remoteAccess`) or a network.","type":"array","items":{"type":"string","minLength":1},"examples":[["remoteAccess","172.16.0.0/12"]]},"portRanges":{"description":"Client port range per media type.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"additionalProperties":{"description":"Port range `first-last` (or one port).","oneOf":[{"type":"integer"},{"type":"string","minLength":1}],"examples":["50000-50019"]}},"dscp":{"description":"DSCP value (0-63) per media type.","type":"object","propertyNames":{"pattern":"^[A-Za-z][A-Za-z0-9_-]*$"},"additionalProperties":{"type":"integer","minimum":0,"maximum":63}},"concurrentCalls":{"type":"integer","minimum":1,"description":"Concurrent calls a client must carry, for port-count checks."}}}', validate: yaml.v5 },
  "rule-options/cisco/collab-edge": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v0 },
  "rule-options/cisco/uds-internal-only": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v1 },
  "rule-options/dns/cname-and-other-data": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v2 },
  "rule-options/dns/dangling-target": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v3 },
  "rule-options/dns/duplicate-record": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v4 },
  "rule-options/dns/private-address-external": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v5 },
  "rule-options/dns/record-data-unreadable": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v6 },
  "rule-options/dns/record-set-conflict": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v7 },
  "rule-options/dns/service-label-underscore": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v8 },
  "rule-options/dns/several-addresses-in-one-value": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v9 },
  "rule-options/dns/srv-owner-labels": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v10 },
  "rule-options/dns/zone-validity": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v11 },
  "rule-options/firewall/any-any-allow": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v12 },
  "rule-options/firewall/client-media-outbound": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v13 },
  "rule-options/firewall/edge-external-ports": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v14 },
  "rule-options/firewall/port-arithmetic": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v15 },
  "rule-options/firewall/shadowed-rule": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v16 },
  "rule-options/firewall/vpn-media-block": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v17 },
  "rule-options/ice/candidate-type-order": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v18 },
  "rule-options/ice/port-ranges": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v19 },
  "rule-options/ice/vpn-host-candidate": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v20 },
  "rule-options/lync/access-edge-port": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v21 },
  "rule-options/lync/cert-covers-published-names": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v22 },
  "rule-options/lync/cert-roles": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v23 },
  "rule-options/lync/client-preferences": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v24 },
  "rule-options/lync/discovery-records": { schema: '{"type":"object","properties":{"product":{"enum":["ocs2007r2","lync2010","lync2013","sfb2015","sfb2019"],"description":"Default: settings.product, else lync2013."},"mobility":{"type":"boolean","default":true,"description":"Mobility/autodiscover is deployed (Lync 2010 CU4 or later)."},"internal":{"enum":["srv","autodiscover","either","both"],"default":"srv","description":"Internal discovery records required: _sipinternaltls._tcp (srv), lyncdiscoverinternal (autodiscover), either or both."},"internalOnlyNames":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"default":["_sipinternaltls._tcp","lyncdiscoverinternal","sipinternal"],"description":"Names below each SIP domain that must not be published in the external view."}},"additionalProperties":false}', validate: options.v25 },
  "rule-options/lync/dns-load-balancing": { schema: '{"type":"object","properties":{"maxServers":{"type":"integer","minimum":1,"maximum":64,"description":"Most front ends in one pool (default: 10 for lync2010, else not checked)."}},"additionalProperties":false}', validate: options.v26 },
  "rule-options/lync/edge-external-cert": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v27 },
  "rule-options/lync/manual-server": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v28 },
  "rule-options/lync/mobility-autodiscover": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v29 },
  "rule-options/lync/mtls-eku": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v30 },
  "rule-options/lync/no-cleartext-external": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v31 },
  "rule-options/lync/ntlm-min-sec": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v32 },
  "rule-options/lync/rsassa-pss": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v33 },
  "rule-options/lync/strict-naming": { schema: '{"type":"object","properties":{"strict":{"type":"boolean","description":"Strict DNS naming on the clients (default: settings, topology or registry policy, else false)."},"services":{"type":"array","items":{"type":"string","pattern":"^_[^.]+\\\\._[^.]+\\\\.?$"},"uniqueItems":true,"default":["_sipinternaltls._tcp","_sipinternal._tcp","_sip._tls","_sip._tcp"],"description":"SRV services (`_service._proto`) whose targets clients sign in to."},"nonStrictDepth":{"enum":["any","one-label"],"default":"any","description":"How far below the SIP domain a host may lie with strict naming off: any depth, or one label (the older Communicator 2007 reading)."}},"additionalProperties":false}', validate: options.v34 },
  "rule-options/lync/topology-agrees": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v35 },
  "rule-options/lync/web-fqdn-distinct": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v36 },
  "rule-options/lync/web-services-load-balancing": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v37 },
  "rule-options/sip/naptr-srv-consistency": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v38 },
  "rule-options/sip/sips-needs-tls": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v39 },
  "rule-options/sip/srv-null-target": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v40 },
  "rule-options/sip/srv-port": { schema: '{"type":"object","properties":{"ports":{"type":"object","description":"Port per service (`_service._proto`), merged over the defaults; null stops checking a service.","additionalProperties":{"type":["integer","null"],"minimum":0,"maximum":65535},"default":{"_sipinternaltls._tcp":5061,"_sipinternal._tcp":5060,"_sip._tls":443,"_sipfederationtls._tcp":5061,"_xmpp-server._tcp":5269,"_collab-edge._tls":8443,"_cisco-uds._tcp":8443}}},"additionalProperties":false}', validate: options.v41 },
  "rule-options/sip/srv-target": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v42 },
  "rule-options/teams/direct-routing-media": { schema: '{"type":"object","properties":{"cloud":{"enum":["worldwide","gcc-high","dod","china","germany"],"description":"The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the cloud whose ranges the SIP rules name, else worldwide."},"mediaPorts":{"type":"string","pattern":"^\\\\d{1,5}(-\\\\d{1,5})?$","description":"The UDP media port range configured on the SBCs (`6000-9999`), which the rules must open to every Direct Routing network."}},"additionalProperties":false}', validate: options.v43 },
  "rule-options/teams/direct-routing-sbc": { schema: '{"type":"object","properties":{"cloud":{"enum":["worldwide","gcc-high","dod","china","germany"],"default":"worldwide","description":"The Microsoft 365 cloud the tenant is in (GCC uses worldwide): GCC High and DoD require SIP/TLS on 5061."},"ports":{"type":"array","items":{"type":"integer","minimum":1,"maximum":65535},"minItems":1,"uniqueItems":true,"description":"SIP/TLS ports an SBC may listen on, where a deployment restricts them (default: any port, 5061 only in GCC High and DoD)."}},"additionalProperties":false}', validate: options.v44 },
  "rule-options/teams/hybrid-consistency": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v45 },
  "rule-options/teams/online-records": { schema: '{"type":"object","properties":{"cloud":{"enum":["worldwide","gcc-high","dod","china","germany"],"default":"worldwide","description":"The Microsoft 365 cloud the tenant is in (GCC uses worldwide); it decides the targets."},"domains":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"The SIP domains Microsoft 365 serves. Default: every SIP domain when settings.product is teams, else the domains with a record pointing at Microsoft 365."},"records":{"enum":["all","federation"],"default":"all","description":"Records that must exist: all four, or only _sipfederationtls._tcp (the GCC High and DoD pages list only that one)."}},"additionalProperties":false}', validate: options.v46 },
  "rule-options/teams/sbc-management-exposure": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v47 },
  "rule-options/teams/sbc-sip-exposure": { schema: '{"type":"object","properties":{"cloud":{"enum":["worldwide","gcc-high","dod","china","germany"],"description":"The Microsoft 365 cloud of the tenant (GCC uses worldwide); without it, the Direct Routing ranges of every cloud are accepted."}},"additionalProperties":false}', validate: options.v48 },
  "rule-options/vpn/m365-optimize-excluded": { schema: '{"type":"object","properties":{"enabled":{"type":"boolean","description":"Check whatever the product (default: only when the estate uses Teams)."},"list":{"enum":["2023","2026-08-14","before-2023"],"default":"2026-08-14","description":"Which dated list of Optimize ranges to use (default: the newest)."}},"additionalProperties":false}', validate: options.v49 },
  "rule-options/vpn/split-tunnel": { schema: '{"type":"object","properties":{"list":{"enum":["2023","2026-08-14","before-2023"],"default":"2026-08-14","description":"Which dated list of Optimize ranges a Teams tunnel must exclude (default: the newest)."}},"additionalProperties":false}', validate: options.v50 },
  "rule-options/vpn/uc-addresses-excluded": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v51 },
  "rule-options/x509/cn-in-san": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v52 },
  "rule-options/x509/duplicate": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v53 },
  "rule-options/x509/expiry": { schema: '{"type":"object","properties":{"days":{"type":"integer","minimum":0,"maximum":3650,"default":30,"description":"Warn this many days before a certificate expires."},"cnFilter":{"type":"string","minLength":1,"maxLength":1000,"description":"Only certificates whose subject CN matches this pattern (case-insensitive, RE2 syntax: linear time, no backreferences or lookaround)."}},"additionalProperties":false}', validate: options.v54 },
  "rule-options/x509/key-size": { schema: '{"type":"object","properties":{"minimumRsaBits":{"type":"integer","minimum":1024,"maximum":16384,"default":2048,"description":"Smallest RSA modulus accepted, in bits."}},"additionalProperties":false}', validate: options.v55 },
  "rule-options/x509/manifest-matches-file": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v56 },
  "rule-options/x509/private-key-committed": { schema: '{"type":"object","properties":{},"additionalProperties":false}', validate: options.v57 },
  "rule-options/x509/server-auth-eku": { schema: '{"type":"object","properties":{"requireExtension":{"type":"boolean","default":true,"description":"Also report leaf certificates of committed files that have no extended key usage extension."}},"additionalProperties":false}', validate: options.v58 },
  "rule-options/x509/weak-signature": { schema: '{"type":"object","properties":{"includeSelfSignedRoots":{"type":"boolean","default":false,"description":"Also report self-signed CA certificates."}},"additionalProperties":false}', validate: options.v59 },
  "rule-options/x509/wildcard": { schema: '{"type":"object","properties":{"allowWildcardSubject":{"type":"boolean","default":false,"description":"Accept a wildcard subject common name (Teams Direct Routing SBCs)."}},"additionalProperties":false}', validate: options.v60 }
};
var RUNTIME_AJV = void 0;

// src/core/validators.ts
function ruleOptionsSchema(schema) {
  return { type: "object", ...schema };
}
var validatorKeys = {
  config: "config",
  manifest: (kind) => `manifest/${kind}`,
  ruleOptions: (ruleId) => `rule-options/${ruleId}`
};
function precompiledValidator(key, schema) {
  const entry = Object.hasOwn(PRECOMPILED, key) ? PRECOMPILED[key] : void 0;
  return entry !== void 0 && entry.schema === JSON.stringify(schema) ? entry.validate : void 0;
}
var runtimeAjv = RUNTIME_AJV;
var instances = /* @__PURE__ */ new Map();
function validatorFor(key, schema, options2) {
  const precompiled = precompiledValidator(key, schema);
  if (precompiled !== void 0) return precompiled;
  if (runtimeAjv === void 0) throw new Error(`the validator of ${key} was not compiled when uclint was built, and ajv is not loaded`);
  let ajv = instances.get(options2);
  if (ajv === void 0) {
    ajv = new runtimeAjv(options2);
    instances.set(options2, ajv);
  }
  return ajv.compile(schema);
}
async function loadRuntimeValidators() {
  if (runtimeAjv !== void 0) return;
  const loaded = await import("./ajv-WW3NPET7.js");
  runtimeAjv = loaded.Ajv ?? loaded.default?.Ajv ?? loaded.default;
}
async function loadValidatorsFor(rules) {
  if (runtimeAjv !== void 0) return;
  if (rules.some((rule) => rule.meta.options !== void 0 && precompiledValidator(validatorKeys.ruleOptions(rule.id), ruleOptionsSchema(rule.meta.options)) === void 0)) {
    await loadRuntimeValidators();
  }
}

// src/formats/shared/yaml/schema-errors.ts
var YAML_AJV = { allErrors: true, strict: false, verbose: true };
function lazyValidator(schema, key) {
  let compiled;
  return () => compiled ??= validatorFor(key, schema, YAML_AJV);
}
function errorAt(range, code, message) {
  return { file: range.file, line: range.line, column: range.column, endLine: range.endLine, endColumn: range.endColumn, severity: "error", code, message };
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}
var YamlLocator = class {
  constructor(root, fallback) {
    this.root = root;
    this.fallback = fallback;
  }
  root;
  fallback;
  /** The value at the path, or the deepest node found on the way. */
  value(segments) {
    return this.walk(segments).value?.loc ?? this.fallback;
  }
  /** The key whose value is at the path (for unknown keys and bad ids). */
  key(segments) {
    const found = this.walk(segments);
    return (found.complete ? found.key?.loc : void 0) ?? found.value?.loc ?? this.fallback;
  }
  /** The key and value at the path, when the whole path exists and ends in a mapping's entry. */
  entry(segments) {
    const found = this.walk(segments);
    return found.complete && found.key && found.value ? { key: found.key, value: found.value } : void 0;
  }
  /** The node written at the path (an alias stays an alias), when the whole path exists. */
  node(segments) {
    const found = this.walk(segments);
    return found.complete ? found.value : void 0;
  }
  walk(segments) {
    let value = this.root ?? void 0;
    let key;
    for (const segment of segments) {
      const node = value ? deref(value) : void 0;
      if (node?.kind === "map") {
        const entry = getEntry(node, segment);
        if (!entry) return { value, key, complete: false };
        key = entry.key;
        value = entry.value;
      } else if (node?.kind === "seq" && /^\d+$/.test(segment) && Number(segment) < node.items.length) {
        key = void 0;
        value = node.items[Number(segment)];
      } else {
        return { value, key, complete: false };
      }
    }
    return { value, key, complete: true };
  }
};
function pointersAbove(pointers) {
  const above = /* @__PURE__ */ new Set();
  for (const pointer of pointers) {
    for (let i = pointer.lastIndexOf("/"); i >= 0; i = pointer.lastIndexOf("/", i - 1)) {
      const ancestor = pointer.slice(0, i);
      if (above.has(ancestor)) break;
      above.add(ancestor);
      if (i === 0) break;
    }
  }
  return above;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function displayPath(segments, rootName) {
  if (segments.length === 0) return rootName;
  let out = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment) && out !== "") out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  }
  return out;
}
var TYPE_WORDS = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  boolean: "true or false",
  number: "a number",
  integer: "an integer",
  null: "empty"
};
function typeWords(types) {
  const words = [...new Set(types.map((t) => TYPE_WORDS[t] ?? t))];
  return words.length <= 1 ? words[0] ?? "valid" : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function withCodePrefix(diagnostics, codePrefix) {
  return diagnostics.map((d) => ({ ...d, severity: "error", code: d.code.replace(/^yaml\//, `${codePrefix}/yaml-`) }));
}
function show(value) {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}
function relevantErrors(errors) {
  const relevant = errors.filter((e) => !(e.keyword === "pattern" && e.propertyName !== void 0));
  const oneOfPaths = new Set(relevant.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  if (oneOfPaths.size === 0) return relevant;
  const errorsAt = /* @__PURE__ */ new Map();
  for (const e of relevant) errorsAt.set(e.instancePath, (errorsAt.get(e.instancePath) ?? 0) + 1);
  const above = pointersAbove(errorsAt.keys());
  return relevant.filter((e) => {
    if (!oneOfPaths.has(e.instancePath)) return true;
    if (above.has(e.instancePath)) return false;
    return e.keyword !== "oneOf" || (errorsAt.get(e.instancePath) ?? 0) <= 1;
  });
}
function schemaDiagnostics(errors, options2) {
  const { codePrefix, rootName, locator } = options2;
  const relevant = relevantErrors(errors);
  const diagnostics = [];
  const handledPaths = /* @__PURE__ */ new Set();
  const typesAt = /* @__PURE__ */ new Map();
  for (const e of relevant) {
    if (e.keyword !== "type") continue;
    const types = typesAt.get(e.instancePath) ?? [];
    types.push(String(e.params.type));
    typesAt.set(e.instancePath, types);
  }
  const suggestions = options2.suggestions ?? new Suggestions();
  for (const e of relevant) {
    const segments = pointerSegments(e.instancePath);
    const path = displayPath(segments, rootName);
    const data = e.data;
    if (e.keyword === "additionalProperties") {
      const name = String(e.params.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const inWhat = segments.length === 0 ? "" : ` in ${path}`;
      const hint = suggestions.didYouMean(name, known) || `; expected one of: ${known.join(", ")}`;
      diagnostics.push(errorAt(locator.key([...segments, name]), `${codePrefix}/unknown-key`, `unknown key '${name}'${inWhat}${hint}`));
      continue;
    }
    if (e.keyword === "propertyNames") {
      const name = String(e.params.propertyName);
      const range2 = locator.key([...segments, name]);
      const own2 = options2.describeKey?.({ error: e, segments, path, range: range2 });
      diagnostics.push(own2 ?? errorAt(range2, `${codePrefix}/invalid-key`, `invalid key '${name}'${segments.length === 0 ? "" : ` in ${path}`}`));
      continue;
    }
    if (e.keyword === "required") {
      const name = String(e.params.missingProperty);
      diagnostics.push(errorAt(locator.value(segments), `${codePrefix}/missing-key`, `${path} has no '${name}'`));
      continue;
    }
    if (handledPaths.has(e.instancePath)) continue;
    handledPaths.add(e.instancePath);
    const range = locator.value(segments);
    const own = options2.describeValue?.({ error: e, segments, path, range });
    if (own) {
      diagnostics.push(own);
      continue;
    }
    if (e.keyword === "type") {
      const types = typesAt.get(e.instancePath) ?? [];
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-type`, `${path} must be ${typeWords(types.flatMap((t) => t.split(",")))}`));
      continue;
    }
    if (e.keyword === "enum") {
      const allowed = (e.params.allowedValues ?? []).map(String);
      const hint = typeof data === "string" ? suggestions.didYouMean(data, allowed) : "";
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path}: ${show(data)} is not one of: ${allowed.join(", ")}${hint}`));
      continue;
    }
    if (e.keyword === "minLength") {
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path} must not be empty`));
      continue;
    }
    diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path} ${e.message ?? "is invalid"}`));
  }
  return diagnostics;
}

// src/core/dates.ts
var DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$";
function parseConfigDate(text) {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const [year, month, day] = dateOnly.slice(1).map(Number);
    const date2 = new Date(Date.UTC(year, month - 1, day));
    return date2.getUTCFullYear() === year && date2.getUTCMonth() === month - 1 && date2.getUTCDate() === day ? date2 : void 0;
  }
  const hasZone = /([Zz]|[+-]\d{2}:\d{2})$/.test(text);
  const date = new Date(hasZone ? text : text + "Z");
  return Number.isNaN(date.getTime()) ? void 0 : date;
}

export {
  PRODUCTS,
  FAMILIES,
  FAMILY_TITLES,
  FAMILY_OF_PRODUCT,
  isProduct,
  isFamily,
  isLyncFamily,
  familiesOf,
  isEveryFamily,
  familiesInWords,
  PRESET_PRODUCTS,
  PRESET_PRODUCT_SETTING,
  presetProductOf,
  familyOfPresetProduct,
  LYNC_2010_AND_LATER,
  didYouMean,
  Suggestions,
  ruleOptionsSchema,
  validatorKeys,
  validatorFor,
  loadRuntimeValidators,
  loadValidatorsFor,
  lazyValidator,
  errorAt,
  sortDiagnostics,
  YamlLocator,
  pointersAbove,
  pointerSegments,
  displayPath,
  withCodePrefix,
  show,
  schemaDiagnostics,
  DATE_PATTERN,
  parseConfigDate
};
