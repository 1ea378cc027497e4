import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string, parts) {
        if (string.indexOf("::") !== string.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string = string.replace(/%.+$/, "");
        }
        while ((lastColon = string.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string = string.replace("::", replacement);
        if (string[0] === ":") {
          string = string.slice(1);
        }
        if (string[string.length - 1] === ":") {
          string = string.slice(0, -1);
        }
        parts = (function() {
          const ref = string.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string) {
        if (hexRegex.test(string)) {
          return parseInt(string, 16);
        }
        if (string[0] === "0" && !isNaN(parseInt(string[1], 10))) {
          if (octalRegex.test(string)) {
            return parseInt(string, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string} as octal`);
        }
        return parseInt(string, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr2 = {};
      ipaddr2.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr2.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr2.IPv4.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.isIPv4 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv4.isValid = function(string) {
        try {
          new this(this.parser(string));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDR = function(string) {
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv4.isValidFourPartDecimal = function(string) {
        if (ipaddr2.IPv4.isValid(string) && string.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr2.IPv4.isValidCIDRFourPartDecimal = function(string) {
        const match = string.match(/^(.+)\/(\d+)$/);
        if (!ipaddr2.IPv4.isValidCIDR(string) || !match) {
          return false;
        }
        return ipaddr2.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr2.IPv4.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv4.parse = function(string) {
        const parts = this.parser(string);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr2.IPv4.parseCIDR = function(string) {
        let match;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr2.IPv4.parser = function(string) {
        let match, part, value;
        if (match = string.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr2.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr2.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr2.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string + suffix;
          }
          return `${string.substring(0, bestMatchIndex)}::${string.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr2.IPv6.broadcastAddressFromCIDR = function(string) {
        try {
          const cidr = this.parseCIDR(string);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.isIPv6 = function(string) {
        return this.parser(string) !== null;
      };
      ipaddr2.IPv6.isValid = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.isValidCIDR = function(string) {
        if (typeof string === "string" && string.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr2.IPv6.networkAddressFromCIDR = function(string) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr2.IPv6.parse = function(string) {
        const addr = this.parser(string);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr2.IPv6.parseCIDR = function(string) {
        let maskLength, match, parsed;
        if (match = string.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr2.IPv6.parser = function(string) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string)) {
          return expandIPv6(string, 8);
        }
        if (match = string.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr2.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr2.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr2.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr2.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr2.isValid = function(string) {
        return ipaddr2.IPv6.isValid(string) || ipaddr2.IPv4.isValid(string);
      };
      ipaddr2.isValidCIDR = function(string) {
        return ipaddr2.IPv6.isValidCIDR(string) || ipaddr2.IPv4.isValidCIDR(string);
      };
      ipaddr2.parse = function(string) {
        if (ipaddr2.IPv6.isValid(string)) {
          return ipaddr2.IPv6.parse(string);
        } else if (ipaddr2.IPv4.isValid(string)) {
          return ipaddr2.IPv4.parse(string);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr2.parseCIDR = function(string) {
        try {
          return ipaddr2.IPv6.parseCIDR(string);
        } catch {
          try {
            return ipaddr2.IPv4.parseCIDR(string);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr2.process = function(string) {
        const addr = this.parse(string);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr2.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr2;
      } else {
        root.ipaddr = ipaddr2;
      }
    })(exports);
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path7, { windows } = {}) => {
      const segs = path7.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES2) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES2.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES: RULES2 } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES2))) {
        gen.block(() => keywordCode(it, "$ref", RULES2.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES2.rules)
          groupKeywords(group);
        groupKeywords(RULES2.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv42 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv42(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path7) {
      let input = path7;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path7) {
      if (path7 === "" || path7[0] === "/") {
        return removeDotSegments(path7);
      }
      const segments = path7.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv42(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4: isIPv42,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils2();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path7 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path7 && path7 !== "/" ? path7 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4: isIPv42, nonSimpleDomain } = require_utils2();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv42(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv42(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv3 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES: RULES2 } = this;
        delete RULES2.keywords[keyword];
        delete RULES2.all[keyword];
        for (const group of RULES2.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv3.ValidationError = validation_error_1.default;
    Ajv3.MissingRefError = ref_error_1.default;
    exports.default = Ajv3;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES: RULES2 } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES2.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES: RULES2 } = this;
      let ruleGroup = post ? RULES2.post : RULES2.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES2.rules.push(ruleGroup);
      }
      RULES2.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES2.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv3 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv3;
    module.exports = exports = Ajv3;
    module.exports.Ajv = Ajv3;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv3;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/estate/names.ts
function canonicalName(name) {
  if (name === "" || name === ".") return ".";
  if (isCanonical(name)) return name;
  const lower = name.toLowerCase();
  return lower.endsWith(".") ? lower : lower + ".";
}
function isCanonical(name) {
  if (name.charCodeAt(name.length - 1) !== 46) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
    if (c > 127) return false;
  }
  return true;
}
function displayName(name) {
  return name.length > 1 && name.endsWith(".") ? name.slice(0, -1) : name;
}
function labelsOf(name) {
  if (name === ".") return [];
  const labels = [];
  let current = "";
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\" && i + 1 < name.length) {
      current += ch + name[i + 1];
      i++;
    } else if (ch === ".") {
      labels.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") labels.push(current);
  return labels;
}
function isAtOrBelow(name, domain) {
  if (domain === ".") return true;
  return name === domain || name.endsWith("." + domain);
}
function parentName(name) {
  if (name === ".") return void 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) {
      const next = name.charCodeAt(i + 1);
      i += next >= 48 && next <= 57 ? 3 : 1;
    } else if (c === 46) {
      return i === name.length - 1 ? "." : name.slice(i + 1);
    }
  }
  return ".";
}
function isIpLiteral(text) {
  const t = text.endsWith(".") ? text.slice(0, -1) : text;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(t)) return true;
  return t.includes(":") && /^[0-9a-f:.]+$/i.test(t);
}

// src/estate/owner-index.ts
var OwnerIndex = class {
  /** What each owner name holds, in first-seen order; the name is its records' (no array of names: 8 bytes a name less). */
  entries;
  count = 0;
  /**
   * Linear-probing table, at most half full: position + 1 in the low bits (0: empty) and,
   * while positions leave room, the top 8 bits of the name's hash, so that a probe reads
   * the records of another name only once in 256 collisions.
   */
  slots;
  mask;
  tagMask;
  constructor(capacity) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.tagMask = size <= 16777216 ? TAG_BITS : 0;
    this.entries = new Array(capacity);
  }
  get size() {
    return this.count;
  }
  /** What the name holds, or undefined. */
  get(name) {
    const position = this.find(name);
    return position < 0 ? void 0 : this.entries[position];
  }
  /** Adds a record at its owner (after the owner's earlier records); returns the owner's entry. */
  add(record) {
    const name = record.name;
    const hash = hashName(name);
    const slot = this.probe(name, hash);
    const held = this.slots[slot];
    if (held !== 0) return this.append(this.positionIn(held), record);
    const position = this.count++;
    this.entries[position] = record;
    this.slots[slot] = hash & this.tagMask | position + 1;
    return record;
  }
  /** Adds a record to an owner's entry found before (a record at the same owner as the last one). */
  addTo(entry, record) {
    if (Array.isArray(entry)) {
      entry.push(record);
      return entry;
    }
    return this.append(this.find(record.name), record);
  }
  /** Drops the unused tail of the arrays sized for one name per record. */
  seal() {
    this.entries.length = this.count;
  }
  *keys() {
    for (let i = 0; i < this.count; i++) yield nameOf(this.entries[i]);
  }
  *entriesWithSeveral() {
    for (let i = 0; i < this.count; i++) {
      const entry = this.entries[i];
      if (Array.isArray(entry)) yield [entry[0].name, entry];
    }
  }
  append(position, record) {
    const entry = this.entries[position];
    if (Array.isArray(entry)) {
      entry.push(record);
      return entry;
    }
    const several = [entry, record];
    this.entries[position] = several;
    return several;
  }
  find(name) {
    const held = this.slots[this.probe(name, hashName(name))];
    return held === 0 ? -1 : this.positionIn(held);
  }
  /** The slot that holds the name, or the empty slot where it would go. */
  probe(name, hash) {
    const mask = this.mask;
    const slots = this.slots;
    const tagMask = this.tagMask;
    const tag = hash & tagMask;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const held = slots[slot];
      if (held === 0) return slot;
      if ((held & tagMask) === tag && nameOf(this.entries[this.positionIn(held)]) === name) return slot;
    }
  }
  positionIn(held) {
    return (held & ~this.tagMask) - 1;
  }
};
var TAG_BITS = 4278190080 | 0;
function nameOf(entry) {
  return Array.isArray(entry) ? entry[0].name : entry.name;
}
var SEED = Math.random() * 4294967296 >>> 0;
function hashName(name) {
  let hash = 2166136261 ^ SEED;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  hash ^= hash >>> 15;
  return Math.imul(hash, 739982445) ^ hash >>> 13;
}

// src/estate/sip.ts
function splitSrvOwner(owner) {
  const name = canonicalName(owner);
  if (name.charCodeAt(0) !== 95) return void 0;
  const protocolAndDomain = parentName(name);
  if (protocolAndDomain === void 0 || protocolAndDomain.charCodeAt(0) !== 95) return void 0;
  const domain = parentName(protocolAndDomain);
  if (domain === void 0 || domain === ".") return void 0;
  return { service: name.slice(0, name.length - domain.length - 1), domain };
}
function normaliseService(service) {
  return service.toLowerCase().replace(/\.+$/, "");
}
function ipLiteralIn(target, origin) {
  const bare = target.endsWith(".") ? target.slice(0, -1) : target;
  if (isIpLiteral(bare)) return bare;
  if (origin && origin !== "." && target !== origin && isAtOrBelow(target, origin)) {
    const relative = target.slice(0, target.length - origin.length - 1);
    if (isIpLiteral(relative)) return relative;
  }
  return void 0;
}

// src/estate/estate.ts
var MAX_CNAME_CHAIN = 16;
var NONE = Object.freeze([]);
var Estate = class {
  zones;
  settings;
  /** One record, or several, per owner name: most names own one record, and an array each would double the index. */
  byName;
  byType = /* @__PURE__ */ new Map();
  /** Zones sorted by origin length (longest first) for authority look-ups. */
  zonesByOriginLength;
  constructor(input) {
    this.zones = input.zones ?? [];
    this.settings = input.settings ?? {};
    const counts = /* @__PURE__ */ new Map();
    let recordCount = 0;
    for (const zone of this.zones) {
      recordCount += zone.records.length;
      for (const record of zone.records) counts.set(record.type, (counts.get(record.type) ?? 0) + 1);
    }
    this.byName = new OwnerIndex(recordCount);
    const filled = /* @__PURE__ */ new Map();
    for (const [type, count] of counts) {
      const list = new Array(count);
      this.byType.set(type, list);
      filled.set(type, { list, next: 0 });
    }
    let previousName;
    let previousEntry;
    for (const zone of this.zones) {
      for (const record of zone.records) {
        const slot = filled.get(record.type);
        slot.list[slot.next++] = record;
        if (previousEntry !== void 0 && record.name === previousName) previousEntry = this.byName.addTo(previousEntry, record);
        else {
          previousEntry = this.byName.add(record);
          previousName = record.name;
        }
      }
    }
    this.byName.seal();
    this.zonesByOriginLength = this.zones.filter((z) => z.origin !== void 0).sort((a, b) => b.origin.length - a.origin.length);
  }
  records(type, filter) {
    return byView(this.byType.get(type.toUpperCase()) ?? [], filter);
  }
  recordsAt(name, type, filter) {
    const entry = this.byName.get(canonicalName(name));
    if (entry === void 0) return NONE;
    const wanted = type?.toUpperCase();
    const view = filter?.view;
    if (!Array.isArray(entry)) {
      return (wanted === void 0 || entry.type === wanted) && (view === void 0 || entry.zone.view === view) ? [entry] : NONE;
    }
    const found = entry.filter((r) => (wanted === void 0 || r.type === wanted) && (view === void 0 || r.zone.view === view));
    return found.length > 0 ? found : NONE;
  }
  /**
   * Owner names that hold more than one record (in any zone and view), with their records
   * in file order: what rules comparing records at one name need, without a pass per name.
   */
  *namesWithSeveralRecords() {
    yield* this.byName.entriesWithSeveral();
  }
  /** True when any record exists at the name (in the view, if given). */
  hasName(name, filter) {
    const entry = this.byName.get(canonicalName(name));
    if (entry === void 0) return false;
    const view = filter?.view;
    if (view === void 0) return true;
    return Array.isArray(entry) ? entry.some((r) => r.zone.view === view) : entry.zone.view === view;
  }
  zonesInView(view) {
    return this.zones.filter((z) => z.view === view);
  }
  /** Views the estate holds zones for. */
  views() {
    return [...new Set(this.zones.map((z) => z.view))];
  }
  /**
   * The estate zones authoritative for a name: those with the longest origin the name
   * is at or below (one per view in split-brain estates), optionally in one view.
   */
  zonesFor(name, filter) {
    const canonical = canonicalName(name);
    let bestLength = -1;
    const found = [];
    for (const zone of this.zonesByOriginLength) {
      const origin = zone.origin;
      if (origin.length < bestLength) break;
      if (filter?.view && zone.view !== filter.view) continue;
      if (isAtOrBelow(canonical, origin)) {
        bestLength = origin.length;
        found.push(zone);
      }
    }
    return found;
  }
  /** True when some estate zone (in the view, if given) is authoritative for the name. */
  holdsZoneFor(name, filter) {
    return this.zonesFor(name, filter).length > 0;
  }
  /**
   * The addresses a name resolves to inside the estate, following CNAMEs (and only
   * CNAMEs held in the estate). With a view, looks only at zones of that view, as a
   * client on that side of split-brain DNS would.
   */
  resolve(name, filter) {
    const start = canonicalName(name);
    const chain = [];
    const view = filter?.view;
    let current = start;
    for (; ; ) {
      const revisited = chain.length > 0 && (current === start || chain.some((c, i) => i < chain.length - 1 && c.data.target === current));
      if (revisited || chain.length > MAX_CNAME_CHAIN) {
        return { name: start, addresses: [], chain, outcome: "loop", finalName: current };
      }
      const entry = this.byName.get(current);
      const atName = entry === void 0 ? NONE : Array.isArray(entry) ? entry : [entry];
      let cname;
      const addresses = [];
      let any = false;
      for (const r of atName) {
        if (view !== void 0 && r.zone.view !== view) continue;
        any = true;
        if (r.type === "CNAME") cname ??= r;
        else if (r.type === "A" || r.type === "AAAA") addresses.push(r);
      }
      if (cname) {
        chain.push(cname);
        current = cname.data.target;
        continue;
      }
      let outcome;
      if (addresses.length > 0) outcome = "resolved";
      else if (!this.holdsZoneFor(current, filter)) outcome = "outside";
      else if (any || this.hasDescendants(current)) outcome = "nodata";
      else outcome = "nxdomain";
      addresses.sort((a, b) => a.type === b.type ? 0 : a.type === "A" ? -1 : 1);
      return { name: start, addresses, chain, outcome, finalName: current };
    }
  }
  /**
   * The SIP domains: `settings.sipDomains` when given, otherwise every domain that carries
   * a `_sip*` SRV record (`_sip`, `_sips`, `_sipinternal`, `_sipinternaltls`,
   * `_sipfederationtls`) in any view. Computed once.
   */
  sipDomains() {
    if (this.sipDomainSet === void 0) {
      const configured = this.settings.sipDomains;
      const found = /* @__PURE__ */ new Set();
      if (configured && configured.length > 0) {
        for (const domain of configured) found.add(canonicalName(domain));
      } else {
        for (const { service, domain } of this.srvServices()) if (service.startsWith("_sip")) found.add(domain);
      }
      this.sipDomainSet = found;
    }
    return this.sipDomainSet;
  }
  sipDomainSet;
  /**
   * The SRV records whose owner has the `_service._proto.domain` shape, in record order,
   * with the owner split. Computed once: several SIP rules walk every SRV record, and
   * sharing the split also shares the domain strings, so set look-ups by them are cheap.
   */
  srvServices() {
    if (this.srvServiceList === void 0) {
      const list = [];
      let previous;
      for (const record of this.records("SRV")) {
        if (previous !== void 0 && previous.record.name === record.name) {
          list.push({ record, service: previous.service, domain: previous.domain });
          continue;
        }
        const owner = splitSrvOwner(record.name);
        if (owner === void 0) continue;
        previous = { record, service: owner.service, domain: owner.domain };
        list.push(previous);
      }
      this.srvServiceList = list;
    }
    return this.srvServiceList;
  }
  srvServiceList;
  /** Every owner name the estate holds, for rules that walk names. */
  names() {
    return this.byName.keys();
  }
  /** True when some owner name lies strictly below `name` (an empty non-terminal exists). */
  hasDescendants(name) {
    if (!this.descendantIndex) {
      this.descendantIndex = /* @__PURE__ */ new Set();
      for (const owner of this.byName.keys()) {
        for (let p = parentName(owner); p !== void 0 && p !== "."; p = parentName(p)) {
          if (this.descendantIndex.has(p)) break;
          this.descendantIndex.add(p);
        }
      }
    }
    return this.descendantIndex.has(name);
  }
  descendantIndex;
};
function byView(records, filter) {
  if (!filter?.view) return records;
  return records.filter((r) => r.zone.view === filter.view);
}

// src/loaders/zone/text.ts
function ownSlice(text, start, end) {
  if (end - start < 13) return text.slice(start, end);
  const s = text.slice(start, start + 1) + text.slice(start + 1, end);
  s.charCodeAt(0);
  return s;
}
var TTL_SYNTAX = -1;
var TTL_RANGE = -2;
function readTtl(text, start, end) {
  if (start >= end || end - start > 63) return TTL_SYNTAX;
  let total = 0;
  let value = 0;
  let digits = 0;
  let units = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      value = value * 10 + d;
      digits++;
      if (value > 4294967295) return TTL_RANGE;
      continue;
    }
    if (digits === 0) return TTL_SYNTAX;
    let scale;
    switch (c | 32) {
      case 119:
        scale = 604800;
        break;
      // w
      case 100:
        scale = 86400;
        break;
      // d
      case 104:
        scale = 3600;
        break;
      // h
      case 109:
        scale = 60;
        break;
      // m
      case 115:
        scale = 1;
        break;
      // s
      default:
        return TTL_SYNTAX;
    }
    total += value * scale;
    value = 0;
    digits = 0;
    units = true;
  }
  if (digits > 0) {
    if (units) return TTL_SYNTAX;
    total = value;
  }
  return total > 4294967295 ? TTL_RANGE : total;
}
function readUnsigned(text, start, end, max) {
  if (start >= end) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
    if (value > max) {
      for (let j = i + 1; j < end; j++) {
        const e = text.charCodeAt(j) - 48;
        if (e < 0 || e > 9) return -1;
      }
      return -2;
    }
  }
  return value;
}
var utf8Strict = new TextDecoder("utf-8", { fatal: true });
var encoder = new TextEncoder();
function decodeString(text, start, end, escaped) {
  if (!escaped) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    const s = ownSlice(text, start, end);
    return { text: s, octets: ascii ? end - start : encoder.encode(s).length, latin1: false };
  }
  const bytes = [];
  let nonAscii = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      if (i + 1 >= end) return void 0;
      const d1 = text.charCodeAt(i + 1) - 48;
      if (d1 >= 0 && d1 <= 9) {
        const d2 = text.charCodeAt(i + 2) - 48;
        const d3 = text.charCodeAt(i + 3) - 48;
        if (i + 3 >= end || d2 < 0 || d2 > 9 || d3 < 0 || d3 > 9) return void 0;
        const v = d1 * 100 + d2 * 10 + d3;
        if (v > 255) return void 0;
        if (v > 127) nonAscii = true;
        bytes.push(v);
        i += 3;
        continue;
      }
      i++;
    }
    const cp = text.codePointAt(i) ?? 0;
    if (cp < 128) {
      bytes.push(cp);
    } else {
      nonAscii = true;
      const enc = encoder.encode(String.fromCodePoint(cp));
      for (const b of enc) bytes.push(b);
      if (cp > 65535) i++;
    }
  }
  return octetsToString(Uint8Array.from(bytes), nonAscii);
}
function octetsToString(bytes, nonAscii = true) {
  if (!nonAscii) return { text: latin1(bytes), octets: bytes.length, latin1: false };
  try {
    return { text: utf8Strict.decode(bytes), octets: bytes.length, latin1: false };
  } catch {
    return { text: latin1(bytes), octets: bytes.length, latin1: true };
  }
}
function latin1(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
function stringOctets(text, isLatin1) {
  if (isLatin1) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 255;
    return out;
  }
  return encoder.encode(text);
}
function quoteString(text, isLatin1) {
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126 || c === 34 || c === 92) {
      plain = false;
      break;
    }
  }
  if (plain) return '"' + text + '"';
  return '"' + escapeOctets(stringOctets(text, isLatin1)) + '"';
}
function escapeOctets(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 34 || b === 92) out += "\\" + String.fromCharCode(b);
    else if (b < 32 || b > 126) out += "\\" + String(b).padStart(3, "0");
    else out += String.fromCharCode(b);
  }
  return out;
}
function hexToOctets(hex) {
  if (hex.length % 2 !== 0) return void 0;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(hex.charCodeAt(2 * i));
    const lo = hexDigit(hex.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return void 0;
    out[i] = hi * 16 + lo;
  }
  return out;
}
function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}
function octetsToHex(bytes) {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
  return out;
}
function chunkedHex(hex) {
  const upper = hex.toUpperCase();
  if (upper.length <= 56) return upper;
  const parts = [];
  for (let i = 0; i < upper.length; i += 56) parts.push(upper.slice(i, i + 56));
  return parts.join(" ");
}
function utf8AsLatin1(s) {
  const bytes = encoder.encode(s);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}
function uniformStrings(strings, latin1Flags) {
  return strings.map((s, i) => latin1Flags[i] ? s : utf8AsLatin1(s));
}

// src/loaders/zone/format.ts
function formatRecord(record) {
  return `${record.name} ${record.ttl} ${record.class} ${record.type} ${rdataText(record)}`;
}
function rdataText(record) {
  const data = record.data;
  if ("hex" in data) return genericText(data);
  if ("text" in data) return data.text;
  switch (record.type) {
    case "A":
    case "AAAA":
      return data.address;
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return data.target;
    case "MX": {
      const mx = data;
      return `${mx.preference} ${mx.exchange}`;
    }
    case "SRV": {
      const srv = data;
      return `${srv.priority} ${srv.weight} ${srv.port} ${srv.target}`;
    }
    case "SOA": {
      const soa = data;
      return `${soa.mname} ${soa.rname} ${soa.serial} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.minimum}`;
    }
    case "TXT":
    case "SPF": {
      const txt = data;
      return txt.strings.map((s) => quoteString(s, txt.latin1)).join(" ");
    }
    case "NAPTR": {
      const n = data;
      return `${n.order} ${n.preference} ${quoteString(n.flags)} ${quoteString(n.service)} ${quoteString(n.regexp)} ${n.replacement}`;
    }
    case "CAA": {
      const caa = data;
      return `${caa.flags} ${caa.tag} ${quoteString(caa.value, caa.latin1)}`;
    }
    case "TLSA": {
      const t = data;
      return `${t.usage} ${t.selector} ${t.matchingType} ${chunkedHex(t.data)}`;
    }
    case "SVCB":
    case "HTTPS":
      return svcbText(data);
    default:
      return JSON.stringify(data);
  }
}
function genericText(data) {
  const length = data.hex.length / 2;
  return length === 0 ? "\\# 0" : `\\# ${length} ${chunkedHex(data.hex)}`;
}
var UNQUOTED_KEYS = /* @__PURE__ */ new Set(["mandatory", "port", "ipv4hint", "ech", "ipv6hint"]);
function svcbText(data) {
  let out = `${data.priority} ${data.target}`;
  for (const p of data.params) {
    if (p.value === void 0) out += " " + p.key;
    else if (UNQUOTED_KEYS.has(p.key)) out += ` ${p.key}=${p.value}`;
    else out += ` ${p.key}=${quoteString(p.value)}`;
  }
  return out;
}

// src/loaders/zone/naptr.ts
function naptrRegexpProblem(regexp) {
  if (regexp === "") return void 0;
  const delimiter = regexp[0];
  if (/[0-9\\i]/.test(delimiter)) return `'${delimiter}' cannot be the delimiter (digits, backslash and 'i' cannot)`;
  let part = "ere";
  let groups = 0;
  let highestReference = 0;
  for (let i = 1; i < regexp.length; i++) {
    const c = regexp[i];
    if (part === "flags") {
      if (c === delimiter) return `more than three '${delimiter}' delimiters`;
      if (c !== "i") return `unknown flag '${c}' (only 'i')`;
      continue;
    }
    if (c === "\\") {
      if (i + 1 >= regexp.length) return "a backslash ends the field";
      const next = regexp[++i];
      if (part === "replacement" && next >= "0" && next <= "9") {
        if (next === "0") return "\\0 is not a back-reference";
        highestReference = Math.max(highestReference, Number(next));
      }
      continue;
    }
    if (c === delimiter) {
      part = part === "ere" ? "replacement" : "flags";
      continue;
    }
    if (part === "ere" && c === "(") groups++;
  }
  if (part !== "flags") return `expected three '${delimiter}' delimiters (delim ERE delim replacement delim flags)`;
  if (highestReference > groups) return `\\${highestReference} refers to a group the expression does not have`;
  return void 0;
}

// src/loaders/zone/record.ts
var MAX_PACKED_COLUMN = 16383;
var MAX_PACKED_EXTRA_LINES = 15;
var MAX_PACKED_END_COLUMN = 4095;
var WIDE = -1;
var wideRanges = /* @__PURE__ */ new WeakMap();
var ParsedRecord = class {
  name;
  ttl;
  class;
  type;
  data;
  zone;
  line;
  /** Start column * 2^16 + extra lines * 2^12 + end column, or WIDE (see wideRanges). */
  packedRange;
  constructor(name, ttl, cls, type, data, zone, line, column, endLine, endColumn) {
    this.name = name;
    this.ttl = ttl;
    this.class = cls;
    this.type = type;
    this.data = data;
    this.zone = zone;
    this.line = line;
    const extraLines = endLine - line;
    if (column <= MAX_PACKED_COLUMN && extraLines >= 0 && extraLines <= MAX_PACKED_EXTRA_LINES && endColumn <= MAX_PACKED_END_COLUMN) {
      this.packedRange = column * 65536 + extraLines * 4096 + endColumn;
    } else {
      this.packedRange = WIDE;
      wideRanges.set(this, { column, endLine, endColumn });
    }
  }
  /** File the record was read from. */
  get file() {
    return this.zone.file;
  }
  get column() {
    const packed = this.packedRange;
    return packed === WIDE ? wideRanges.get(this)?.column ?? 1 : packed >>> 16;
  }
  get endLine() {
    const packed = this.packedRange;
    return packed === WIDE ? wideRanges.get(this)?.endLine ?? this.line : this.line + (packed >>> 12 & 15);
  }
  get endColumn() {
    const packed = this.packedRange;
    return packed === WIDE ? wideRanges.get(this)?.endColumn ?? 1 : packed & 4095;
  }
  get loc() {
    return { file: this.file, line: this.line, column: this.column, endLine: this.endLine, endColumn: this.endColumn };
  }
};
var IncludedRecord = class extends ParsedRecord {
  sourceFile;
  constructor(name, ttl, cls, type, data, zone, file, line, column, endLine, endColumn) {
    super(name, ttl, cls, type, data, zone, line, column, endLine, endColumn);
    this.sourceFile = file;
  }
  get file() {
    return this.sourceFile;
  }
};

// src/loaders/zone/model.ts
var DEFAULT_ZONE_LIMITS = {
  includeDepth: 7,
  generateCount: 65536,
  lineLength: 65536,
  records: 5e6
};

// src/loaders/zone/scanner.ts
var TOK_WORD = 0;
var TOK_QUOTED = 1;
var TOK_EOL = 2;
var TOK_EOF = 3;
var Scanner = class {
  text;
  length;
  pos;
  line = 1;
  lineStart = 0;
  /** Parenthesis depth. */
  depth = 0;
  /** Where the outermost open parenthesis is (valid while depth > 0). */
  parenLine = 0;
  parenColumn = 0;
  parenOffset = 0;
  /** Set when the text ended inside parentheses. */
  unclosedParen = false;
  // The current token.
  kind = TOK_EOL;
  /** Content span: for quoted strings, inside the quotes. */
  start = 0;
  end = 0;
  tokLine = 1;
  tokColumn = 1;
  /** Column just past the token (quotes included). */
  tokEndColumn = 1;
  /** True when the token contains a backslash. */
  escaped = false;
  /** True when the token starts in column 1 (an owner name, or a directive). */
  atLineStart = false;
  // End of the last word or quoted token read, for record ranges.
  lastEndLine = 1;
  lastEndColumn = 1;
  maxLine;
  report;
  constructor(text, maxLine, report) {
    this.text = text;
    this.length = text.length;
    this.maxLine = maxLine;
    this.report = report;
    this.pos = text.charCodeAt(0) === 65279 ? 1 : 0;
    this.lineStart = this.pos;
  }
  /** Advances past a line break at `pos` (CR, LF or CRLF) and returns the new position. */
  newline(pos) {
    const text = this.text;
    if (pos - this.lineStart > this.maxLine) this.reportLongLine(pos);
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
    pos++;
    this.line++;
    this.lineStart = pos;
    return pos;
  }
  reportLongLine(lineEnd) {
    this.report({
      code: "zone/line-too-long",
      message: `line longer than ${this.maxLine} characters`,
      line: this.line,
      column: this.maxLine + 1,
      endLine: this.line,
      endColumn: lineEnd - this.lineStart + 1
    });
  }
  /** Reads the next token into the fields and returns its kind. */
  next() {
    const kind = this.kind;
    if (kind === TOK_WORD || kind === TOK_QUOTED) {
      this.lastEndLine = this.tokLine;
      this.lastEndColumn = this.tokEndColumn;
    }
    const text = this.text;
    const length = this.length;
    let pos = this.pos;
    for (; ; ) {
      if (pos >= length) {
        this.pos = pos;
        if (pos - this.lineStart > this.maxLine && this.kind !== TOK_EOF) this.reportLongLine(pos);
        if (this.depth > 0) this.unclosedParen = true;
        this.kind = TOK_EOF;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        return TOK_EOF;
      }
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9) {
        pos++;
        continue;
      }
      if (c === 10 || c === 13) {
        if (this.depth > 0) {
          pos = this.newline(pos);
          continue;
        }
        this.kind = TOK_EOL;
        this.tokLine = this.line;
        this.tokColumn = this.tokEndColumn = pos - this.lineStart + 1;
        this.start = this.end = pos;
        this.pos = this.newline(pos);
        return TOK_EOL;
      }
      if (c === 59) {
        pos++;
        while (pos < length) {
          const d = text.charCodeAt(pos);
          if (d === 10 || d === 13) break;
          pos++;
        }
        continue;
      }
      if (c === 40) {
        if (this.depth === 0) {
          this.parenLine = this.line;
          this.parenColumn = pos - this.lineStart + 1;
          this.parenOffset = pos;
        }
        this.depth++;
        pos++;
        continue;
      }
      if (c === 41) {
        if (this.depth === 0) {
          const column = pos - this.lineStart + 1;
          this.report({
            code: "zone/unbalanced-parens",
            message: "')' without a matching '('",
            line: this.line,
            column,
            endLine: this.line,
            endColumn: column + 1
          });
        } else {
          this.depth--;
        }
        pos++;
        continue;
      }
      if (c === 34) return this.quoted(pos);
      const start = pos;
      let escaped = false;
      while (pos < length) {
        const d = text.charCodeAt(pos);
        if (d > 41) {
          if (d === 92) {
            escaped = true;
            const e = text.charCodeAt(pos + 1);
            pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
            continue;
          }
          if (d === 59) break;
          pos++;
          continue;
        }
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 40 || d === 41 || d === 34) break;
        pos++;
      }
      this.kind = TOK_WORD;
      this.start = start;
      this.end = pos;
      this.escaped = escaped;
      this.tokLine = this.line;
      this.tokColumn = start - this.lineStart + 1;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.atLineStart = start === this.lineStart;
      this.pos = pos;
      return TOK_WORD;
    }
  }
  quoted(open) {
    const text = this.text;
    const length = this.length;
    let pos = open + 1;
    let escaped = false;
    let closed = false;
    while (pos < length) {
      const d = text.charCodeAt(pos);
      if (d === 34) {
        closed = true;
        break;
      }
      if (d === 10 || d === 13) break;
      if (d === 92) {
        escaped = true;
        const e = text.charCodeAt(pos + 1);
        pos += pos + 1 < length && e !== 10 && e !== 13 ? 2 : 1;
        continue;
      }
      pos++;
    }
    this.kind = TOK_QUOTED;
    this.start = open + 1;
    this.end = pos;
    this.escaped = escaped;
    this.tokLine = this.line;
    this.tokColumn = open - this.lineStart + 1;
    this.atLineStart = open === this.lineStart;
    if (closed) {
      this.pos = pos + 1;
      this.tokEndColumn = pos + 1 - this.lineStart + 1;
    } else {
      this.pos = pos;
      this.tokEndColumn = pos - this.lineStart + 1;
      this.report({
        code: "zone/unbalanced-quotes",
        message: "quoted string not closed before the end of the line",
        line: this.line,
        column: this.tokColumn,
        endLine: this.line,
        endColumn: this.tokEndColumn
      });
    }
    return TOK_QUOTED;
  }
  /** Consumes tokens up to and including the end of the logical line. */
  skipLine() {
    let k = this.kind;
    while (k !== TOK_EOL && k !== TOK_EOF) k = this.next();
  }
  /**
   * After the text ended inside parentheses: resume on the line after the one
   * holding the opening parenthesis, outside parentheses.
   */
  resumeAfterParen() {
    const text = this.text;
    let pos = this.parenOffset;
    while (pos < this.length) {
      const c = text.charCodeAt(pos);
      if (c === 10 || c === 13) break;
      pos++;
    }
    this.line = this.parenLine;
    this.depth = 0;
    this.unclosedParen = false;
    this.kind = TOK_EOL;
    if (pos < this.length) {
      if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10) pos++;
      pos++;
      this.line++;
    }
    this.lineStart = pos;
    this.pos = pos;
  }
  /** Text of the current token's content. */
  tokenText() {
    return this.text.slice(this.start, this.end);
  }
};

// src/loaders/zone/names.ts
var NAME_NO_ORIGIN = 1;
var NAME_EMPTY_LABEL = 2;
var NAME_LABEL_TOO_LONG = 3;
var NAME_TOO_LONG = 4;
var NAME_BAD_ESCAPE = 5;
var NAME_ERROR_CODES = {
  1: "zone/relative-name-without-origin",
  2: "zone/empty-label",
  3: "zone/label-too-long",
  4: "zone/name-too-long",
  5: "zone/bad-escape"
};
var NAME_ERROR_MESSAGES = {
  1: "relative name with no origin known (add $ORIGIN or write the name with a trailing dot)",
  2: "empty label in name",
  3: "label longer than 63 octets",
  4: "name longer than 255 octets",
  5: "bad escape in name"
};
function wireLength(name) {
  if (name === ".") return 1;
  let n = 1;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) === 92) {
      i += isDigit(name.charCodeAt(i + 1)) ? 3 : 1;
    }
    n++;
  }
  return n;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function originContext(name) {
  return { name, suffix: name === "." ? "." : "." + name, wire: wireLength(name) };
}
function readName(text, start, end, escaped, origin) {
  const len = end - start;
  if (len === 1) {
    const c = text.charCodeAt(start);
    if (c === 64) return origin === void 0 ? NAME_NO_ORIGIN : origin.name;
    if (c === 46) return ".";
  }
  if (escaped) return readNameSlow(text, start, end, origin);
  let upper = false;
  let labelLength = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0) return NAME_EMPTY_LABEL;
      labelLength = 0;
      continue;
    }
    if (c >= 65 && c <= 90) upper = true;
    else if (c === 64 || c === 36 || c < 33 || c > 126) return readNameSlow(text, start, end, origin);
    if (++labelLength > 63) return NAME_LABEL_TOO_LONG;
  }
  if (labelLength === 0) {
    if (len + 1 > 255) return NAME_TOO_LONG;
    const name2 = ownSlice(text, start, end);
    return upper ? name2.toLowerCase() : name2;
  }
  if (origin === void 0) return NAME_NO_ORIGIN;
  if (len + 1 + origin.wire > 255) return NAME_TOO_LONG;
  const name = text.slice(start, end) + origin.suffix;
  if (upper) return name.toLowerCase();
  name.charCodeAt(0);
  return name;
}
function readNameSlow(text, start, end, origin) {
  const labels = [];
  let label = [];
  let absolute = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      const d1 = text.charCodeAt(i + 1);
      if (i + 1 >= end) return NAME_BAD_ESCAPE;
      if (isDigit(d1)) {
        const d2 = text.charCodeAt(i + 2);
        const d3 = text.charCodeAt(i + 3);
        if (i + 3 >= end || !isDigit(d2) || !isDigit(d3)) return NAME_BAD_ESCAPE;
        const v = (d1 - 48) * 100 + (d2 - 48) * 10 + (d3 - 48);
        if (v > 255) return NAME_BAD_ESCAPE;
        label.push(v);
        i += 3;
      } else {
        i += pushUtf8(label, text, i + 1);
        i++;
      }
    } else if (c === 46) {
      if (label.length === 0) return NAME_EMPTY_LABEL;
      labels.push(label);
      label = [];
      if (i === end - 1) absolute = true;
      continue;
    } else {
      i += pushUtf8(label, text, i);
    }
    if (label.length > 63) return NAME_LABEL_TOO_LONG;
  }
  if (label.length > 63) return NAME_LABEL_TOO_LONG;
  if (label.length > 0) labels.push(label);
  let wire = 1;
  for (const l of labels) wire += l.length + 1;
  const name = labelsToText(labels);
  if (absolute) return wire > 255 ? NAME_TOO_LONG : name;
  if (origin === void 0) return NAME_NO_ORIGIN;
  if (wire - 1 + origin.wire > 255) return NAME_TOO_LONG;
  return origin.name === "." ? name : name + origin.name;
}
function pushUtf8(out, text, i) {
  let cp = text.codePointAt(i) ?? 0;
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) cp += 32;
    out.push(cp);
    return 0;
  }
  if (cp < 2048) {
    out.push(192 | cp >> 6, 128 | cp & 63);
    return 0;
  }
  if (cp < 65536) {
    out.push(224 | cp >> 12, 128 | cp >> 6 & 63, 128 | cp & 63);
    return 0;
  }
  out.push(240 | cp >> 18, 128 | cp >> 12 & 63, 128 | cp >> 6 & 63, 128 | cp & 63);
  return 1;
}
function labelsToText(labels) {
  if (labels.length === 0) return ".";
  let out = "";
  for (const label of labels) {
    for (let j = 0; j < label.length; j++) out += octetInName(label[j]);
    out += ".";
  }
  return out;
}
function octetInName(b) {
  if (b >= 65 && b <= 90) return String.fromCharCode(b + 32);
  if (b === 34 || b === 40 || b === 41 || b === 46 || b === 59 || b === 92 || b === 64 || b === 36) {
    return "\\" + String.fromCharCode(b);
  }
  if (b <= 32 || b >= 127) return "\\" + String(b).padStart(3, "0");
  return String.fromCharCode(b);
}
function nameFromWire(bytes, offset) {
  const labels = [];
  let pos = offset;
  let total = 1;
  for (; ; ) {
    if (pos >= bytes.length) return void 0;
    const n = bytes[pos];
    if (n === 0) {
      pos++;
      break;
    }
    if (n > 63 || pos + 1 + n > bytes.length) return void 0;
    total += n + 1;
    if (total > 255) return void 0;
    labels.push(bytes.subarray(pos + 1, pos + 1 + n));
    pos += 1 + n;
  }
  return { name: labelsToText(labels), next: pos };
}

// src/loaders/zone/address.ts
function isIPv4(text, start, end) {
  let parts = 0;
  let digits = 0;
  let value = 0;
  let leadingZero = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || parts === 3) return false;
      parts++;
      digits = 0;
      value = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return false;
    if (digits === 1 && leadingZero) return false;
    if (digits === 0) leadingZero = d === 0;
    value = value * 10 + d;
    if (++digits > 3 || value > 255) return false;
  }
  return parts === 3 && digits > 0;
}
function parseIPv6(text, start, end) {
  const head = [];
  const tail = [];
  let groups = head;
  let compressed = false;
  let i = start;
  if (end - start < 2) return void 0;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return void 0;
    compressed = true;
    groups = tail;
    i += 2;
    if (i === end) return [0, 0, 0, 0, 0, 0, 0, 0];
  }
  for (; ; ) {
    const groupStart = i;
    let value = 0;
    let digits = 0;
    while (i < end) {
      const h = hexValue(text.charCodeAt(i));
      if (h < 0) break;
      value = value * 16 + h;
      digits++;
      i++;
    }
    if (i < end && text.charCodeAt(i) === 46) {
      if (!isIPv4(text, groupStart, end)) return void 0;
      const v4 = text.slice(groupStart, end).split(".").map(Number);
      groups.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
      break;
    }
    if (digits === 0 || digits > 4) return void 0;
    groups.push(value);
    if (i === end) break;
    if (text.charCodeAt(i) !== 58) return void 0;
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (compressed) return void 0;
      compressed = true;
      groups = tail;
      i++;
      if (i === end) break;
    } else if (i === end) {
      return void 0;
    }
  }
  const total = head.length + tail.length;
  if (compressed) {
    if (total > 7) return void 0;
    const out = head.slice();
    for (let k = total; k < 8; k++) out.push(0);
    for (const g of tail) out.push(g);
    return out;
  }
  return total === 8 ? head : void 0;
}
function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}
function formatIPv6(words) {
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  if (bestLength < 2) bestStart = -1;
  if (bestStart === 0 && (bestLength === 6 || bestLength === 5 && words[5] === 65535)) {
    const v4 = `${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`;
    return (bestLength === 6 ? "::" : "::ffff:") + v4;
  }
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += "::";
      i += bestLength - 1;
      continue;
    }
    if (out !== "" && !out.endsWith(":")) out += ":";
    out += words[i].toString(16);
  }
  return out;
}
function canonicalIPv6(text, start, end) {
  if (isCanonicalIPv6(text, start, end)) return ownSlice(text, start, end);
  const words = parseIPv6(text, start, end);
  return words === void 0 ? void 0 : formatIPv6(words);
}
function isCanonicalIPv6(text, start, end) {
  let groups = 0;
  let compressedAt = -1;
  let zeroRun = 0;
  let longestZeroRun = 0;
  let digits = 0;
  let value = 0;
  let afterCompression = false;
  let i = start;
  if (end - start < 2 || end - start > 39) return false;
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return false;
    compressedAt = 0;
    afterCompression = true;
    i += 2;
    if (i === end) return true;
  }
  for (; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 58;
    if (c === 58) {
      if (digits === 0) return false;
      groups++;
      const groupValue = value;
      if (groupValue === 0 && afterCompression) return false;
      afterCompression = false;
      if (groupValue === 0) {
        zeroRun++;
        if (zeroRun > longestZeroRun) longestZeroRun = zeroRun;
      } else {
        zeroRun = 0;
      }
      digits = 0;
      value = 0;
      if (i + 1 < end && text.charCodeAt(i + 1) === 58) {
        if (compressedAt >= 0 || groupValue === 0) return false;
        compressedAt = groups;
        afterCompression = true;
        zeroRun = 0;
        i++;
        if (i + 1 === end) break;
      }
      continue;
    }
    let h;
    if (c >= 48 && c <= 57) h = c - 48;
    else if (c >= 97 && c <= 102) h = c - 87;
    else return false;
    if (digits === 0 && h === 0 && i + 1 < end && text.charCodeAt(i + 1) !== 58) return false;
    if (++digits > 4) return false;
    value = value * 16 + h;
  }
  if (compressedAt < 0) return groups === 8 && longestZeroRun < 2;
  const compressedLength = 8 - groups;
  if (compressedLength < 2) return false;
  if (longestZeroRun >= compressedLength) return false;
  if (compressedAt === 0 && (compressedLength === 6 || compressedLength === 5)) return false;
  return true;
}

// src/loaders/zone/rrtypes.ts
var TYPE_LIST = [
  ["A", 1],
  ["NS", 2],
  ["MD", 3],
  ["MF", 4],
  ["CNAME", 5],
  ["SOA", 6],
  ["MB", 7],
  ["MG", 8],
  ["MR", 9],
  ["NULL", 10],
  ["WKS", 11],
  ["PTR", 12],
  ["HINFO", 13],
  ["MINFO", 14],
  ["MX", 15],
  ["TXT", 16],
  ["RP", 17],
  ["AFSDB", 18],
  ["X25", 19],
  ["ISDN", 20],
  ["RT", 21],
  ["NSAP", 22],
  ["NSAP-PTR", 23],
  ["SIG", 24],
  ["KEY", 25],
  ["PX", 26],
  ["GPOS", 27],
  ["AAAA", 28],
  ["LOC", 29],
  ["NXT", 30],
  ["EID", 31],
  ["NIMLOC", 32],
  ["SRV", 33],
  ["ATMA", 34],
  ["NAPTR", 35],
  ["KX", 36],
  ["CERT", 37],
  ["A6", 38],
  ["DNAME", 39],
  ["SINK", 40],
  ["APL", 42],
  ["DS", 43],
  ["SSHFP", 44],
  ["IPSECKEY", 45],
  ["RRSIG", 46],
  ["NSEC", 47],
  ["DNSKEY", 48],
  ["DHCID", 49],
  ["NSEC3", 50],
  ["NSEC3PARAM", 51],
  ["TLSA", 52],
  ["SMIMEA", 53],
  ["HIP", 55],
  ["NINFO", 56],
  ["RKEY", 57],
  ["TALINK", 58],
  ["CDS", 59],
  ["CDNSKEY", 60],
  ["OPENPGPKEY", 61],
  ["CSYNC", 62],
  ["ZONEMD", 63],
  ["SVCB", 64],
  ["HTTPS", 65],
  ["DSYNC", 66],
  ["HHIT", 67],
  ["BRID", 68],
  ["SPF", 99],
  ["UINFO", 100],
  ["UID", 101],
  ["GID", 102],
  ["UNSPEC", 103],
  ["NID", 104],
  ["L32", 105],
  ["L64", 106],
  ["LP", 107],
  ["EUI48", 108],
  ["EUI64", 109],
  ["URI", 256],
  ["CAA", 257],
  ["AVC", 258],
  ["DOA", 259],
  ["AMTRELAY", 260],
  ["RESINFO", 261],
  ["WALLET", 262],
  ["CLA", 263],
  ["IPN", 264],
  ["TA", 32768],
  ["DLV", 32769]
];
var INPUT_ONLY_TYPES = [["KEYDATA", 65533]];
var META_TYPES = /* @__PURE__ */ new Set([41, 249, 250, 251, 252, 253, 254, 255]);
var typeByName = /* @__PURE__ */ new Map();
var nameByType = /* @__PURE__ */ new Map();
for (const [name, code] of TYPE_LIST) {
  typeByName.set(name, code);
  nameByType.set(code, name);
}
for (const [name, code] of INPUT_ONLY_TYPES) typeByName.set(name, code);
var STRUCTURED_TYPES = /* @__PURE__ */ new Set([
  "SOA",
  "NS",
  "A",
  "AAAA",
  "CNAME",
  "DNAME",
  "PTR",
  "MX",
  "SRV",
  "NAPTR",
  "TXT",
  "SPF",
  "CAA",
  "TLSA",
  "SVCB",
  "HTTPS"
]);
function typeCode(upper) {
  const known = typeByName.get(upper);
  if (known !== void 0) return known;
  if (upper.length > 4 && upper.startsWith("TYPE")) {
    const n = parseDecimal(upper, 4);
    if (n !== void 0 && n <= 65535 && !META_TYPES.has(n)) return n;
  }
  return void 0;
}
var LOW_NAMES = [];
for (let code = 0; code < 512; code++) LOW_NAMES.push(nameByType.get(code) ?? `TYPE${code}`);
function typeName(code) {
  return code < 512 ? LOW_NAMES[code] : nameByType.get(code) ?? `TYPE${code}`;
}
var CLASS_LIST = [["IN", 1], ["CS", 2], ["CH", 3], ["HS", 4]];
var classByName = new Map(CLASS_LIST);
var nameByClass = new Map(CLASS_LIST.map(([n, c]) => [c, n]));
function classCode(upper) {
  const known = classByName.get(upper);
  if (known !== void 0) return known;
  if (upper === "CHAOS") return 3;
  if (upper === "HESIOD") return 4;
  if (upper.length > 5 && upper.startsWith("CLASS")) {
    const n = parseDecimal(upper, 5);
    if (n !== void 0 && n <= 65535) return n;
  }
  return void 0;
}
function className(code) {
  return code === 1 ? "IN" : nameByClass.get(code) ?? `CLASS${code}`;
}
function parseDecimal(text, from) {
  if (from >= text.length || text.length - from > 6) return void 0;
  let n = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return void 0;
    n = n * 10 + c;
  }
  return n;
}

// src/loaders/zone/textTypes.ts
var TEXT_LAYOUTS = {
  MD: "n",
  MF: "n",
  MB: "n",
  MG: "n",
  MR: "n",
  MINFO: "nn",
  RP: "nn",
  TALINK: "nn",
  AFSDB: "un",
  RT: "un",
  KX: "un",
  LP: "un",
  PX: "unn",
  HINFO: "ss",
  X25: "s",
  ISDN: "s*",
  DS: "uabh",
  CDS: "uabh",
  TA: "uabh",
  DLV: "uabh",
  DNSKEY: "ubaB",
  CDNSKEY: "ubaB",
  KEY: "ubaK",
  RRSIG: "tablTTunB",
  SIG: "tablTTunB",
  NSEC: "nm",
  NSEC3: "bbux3M",
  NSEC3PARAM: "bbux",
  CSYNC: "luM",
  SSHFP: "bbh",
  SMIMEA: "bbbh",
  ZONEMD: "lbbh",
  DSYNC: "tDun",
  OPENPGPKEY: "B",
  HHIT: "B",
  BRID: "B",
  DHCID: "B",
  CERT: "CuAB",
  URI: "uuq",
  EUI48: "e",
  EUI64: "E",
  LOC: "L"
};
var DS_DIGEST_LENGTHS = { 1: 20, 2: 32, 3: 32, 4: 48 };
var ZONEMD_DIGEST_LENGTHS = { 1: 48, 2: 64 };
var SSHFP_DIGEST_LENGTHS = { 1: 20, 2: 32 };

// src/loaders/zone/encodings.ts
function chunked(text) {
  if (text.length <= 56) return text;
  const parts = [];
  for (let i = 0; i < text.length; i += 56) parts.push(text.slice(i, i + 56));
  return parts.join(" ");
}
var BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function isBase64(b64) {
  if (b64.length === 0 || b64.length % 4 !== 0) return false;
  let pad = 0;
  if (b64.endsWith("==")) pad = 2;
  else if (b64.endsWith("=")) pad = 1;
  const body = b64.length - pad;
  for (let i = 0; i < body; i++) if (BASE64.indexOf(b64[i]) < 0) return false;
  if (pad === 0) return true;
  const last = BASE64.indexOf(b64[body - 1]);
  return pad === 2 ? (last & 15) === 0 : (last & 3) === 0;
}
var BASE32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
function isBase32Hex(text) {
  const tailBits = [0, -1, 2, -1, 4, 1, -1, 3][text.length % 8];
  if (text.length === 0 || tailBits < 0) return false;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    last = BASE32HEX.indexOf(text[i].toUpperCase());
    if (last < 0) return false;
  }
  return (last & (1 << tailBits) - 1) === 0;
}
var ALGORITHMS = [
  ["RSAMD5", 1],
  ["DH", 2],
  ["DSA", 3],
  ["RSASHA1", 5],
  ["NSEC3DSA", 6],
  ["NSEC3RSASHA1", 7],
  ["RSASHA256", 8],
  ["RSASHA512", 10],
  ["ECCGOST", 12],
  ["ECDSAP256SHA256", 13],
  ["ECDSAP384SHA384", 14],
  ["ED25519", 15],
  ["ED448", 16],
  ["INDIRECT", 252],
  ["PRIVATEDNS", 253],
  ["PRIVATEOID", 254]
];
var ALGORITHM_ALIASES = [["DSA-NSEC3-SHA1", 6], ["RSASHA1-NSEC3-SHA1", 7], ["ECC-GOST", 12]];
var algorithmByName = new Map([...ALGORITHMS, ...ALGORITHM_ALIASES]);
var algorithmName = new Map(ALGORITHMS.map(([n, c]) => [c, n]));
function readAlgorithm(token) {
  if (/^\d+$/.test(token)) return token.length > 3 || Number(token) > 255 ? -2 : Number(token);
  return algorithmByName.get(token.toUpperCase()) ?? -1;
}
function algorithmText(code) {
  return algorithmName.get(code) ?? String(code);
}
var CERT_TYPES = [
  ["PKIX", 1],
  ["SPKI", 2],
  ["PGP", 3],
  ["IPKIX", 4],
  ["ISPKI", 5],
  ["IPGP", 6],
  ["ACPKIX", 7],
  ["IACPKIX", 8],
  ["URI", 253],
  ["OID", 254]
];
var certTypeByName = new Map(CERT_TYPES);
var certTypeName = new Map(CERT_TYPES.map(([n, c]) => [c, n]));
function readCertType(token) {
  if (/^\d+$/.test(token)) return token.length > 5 || Number(token) > 65535 ? -2 : Number(token);
  return certTypeByName.get(token.toUpperCase()) ?? -1;
}
function certTypeText(code) {
  return certTypeName.get(code) ?? String(code);
}
function readSignatureTime(token) {
  let seconds;
  if (token.length === 14 && /^\d+$/.test(token)) {
    const year = Number(token.slice(0, 4));
    const month = Number(token.slice(4, 6));
    const day = Number(token.slice(6, 8));
    const hour = Number(token.slice(8, 10));
    const minute = Number(token.slice(10, 12));
    const second = Number(token.slice(12, 14));
    const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    if (year < 1970 || days === void 0 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return void 0;
    seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1e3;
    if (seconds > 4294967295) return void 0;
  } else if (/^\d{1,10}$/.test(token) && Number(token) <= 4294967295) {
    seconds = Number(token);
  } else {
    return void 0;
  }
  const d = new Date(seconds * 1e3);
  const two = (n) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}
function readEui(token, groups) {
  if (token.length !== groups * 3 - 1) return void 0;
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    if (i % 3 === 2 ? c !== "-" : !/[0-9A-Fa-f]/.test(c)) return void 0;
  }
  return token.toLowerCase();
}
function precisionCm(metres) {
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(metres);
  if (!m) return void 0;
  const cm = Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
  if (cm > 9e9) return void 0;
  let exponent = 0;
  let mantissa = cm;
  while (mantissa >= 10) {
    mantissa = Math.floor(mantissa / 10);
    exponent++;
  }
  return mantissa * 10 ** exponent;
}
function precisionText(cm) {
  return cm >= 100 ? `${Math.floor(cm / 100)}m` : `0.${String(cm).padStart(2, "0")}m`;
}
function readLoc(tokens) {
  let i = 0;
  const coordinate = (hemispheres, maxDegrees) => {
    const degrees = tokens[i++];
    if (degrees === void 0) return { error: "unexpected end of input" };
    if (!/^\d{1,3}$/.test(degrees) || Number(degrees) > maxDegrees) return { error: `bad degrees '${degrees}'` };
    let minutes = "0";
    let seconds = "0.000";
    if (tokens[i] !== void 0 && /^\d+$/.test(tokens[i])) {
      minutes = tokens[i++];
      if (Number(minutes) > 59) return { error: `bad minutes '${minutes}'` };
      if (tokens[i] !== void 0 && /^\d+(\.\d{1,3})?$/.test(tokens[i])) {
        const s = tokens[i++];
        const [whole, fraction = ""] = s.split(".");
        if (Number(whole) > 59) return { error: `bad seconds '${s}'` };
        seconds = `${Number(whole)}.${fraction.padEnd(3, "0")}`;
      }
    }
    const hemisphere = tokens[i++];
    if (hemisphere === void 0) return { error: "unexpected end of input" };
    if (hemisphere.length !== 1 || !hemispheres.includes(hemisphere.toUpperCase())) return { error: `bad hemisphere '${hemisphere}'` };
    if (Number(degrees) === maxDegrees && (Number(minutes) !== 0 || Number(seconds) !== 0)) return { error: "coordinate out of range" };
    return `${Number(degrees)} ${Number(minutes)} ${seconds} ${hemisphere.toUpperCase()}`;
  };
  const latitude = coordinate("NS", 90);
  if (typeof latitude !== "string") return latitude;
  const longitude = coordinate("EW", 180);
  if (typeof longitude !== "string") return longitude;
  const altitudeText = tokens[i++];
  if (altitudeText === void 0) return { error: "unexpected end of input" };
  const alt = /^(-?)(\d{1,8})(?:\.(\d{1,2}))?m?$/.exec(altitudeText);
  if (!alt) return { error: `bad altitude '${altitudeText}'` };
  const altitudeCm = (Number(alt[2]) * 100 + Number((alt[3] ?? "").padEnd(2, "0"))) * (alt[1] === "-" ? -1 : 1);
  if (altitudeCm < -1e7 || altitudeCm > 4294967295 - 1e7) return { error: `altitude '${altitudeText}' out of range` };
  const sign = altitudeCm < 0 ? "-" : "";
  const altitude = `${sign}${Math.floor(Math.abs(altitudeCm) / 100)}.${String(Math.abs(altitudeCm) % 100).padStart(2, "0")}m`;
  const precisions = [100, 1e6, 1e3];
  for (let p = 0; p < 3 && i < tokens.length; p++) {
    const cm = precisionCm(tokens[i]);
    if (cm === void 0) return { error: `bad size or precision '${tokens[i]}'` };
    precisions[p] = cm;
    i++;
  }
  if (i < tokens.length) return { error: `extra input text '${tokens[i]}'` };
  return { text: `${latitude} ${longitude} ${altitude} ${precisions.map(precisionText).join(" ")}` };
}

// src/loaders/zone/svcb.ts
var SVCB_KEY_NAMES = {
  0: "mandatory",
  1: "alpn",
  2: "no-default-alpn",
  3: "port",
  4: "ipv4hint",
  5: "ech",
  6: "ipv6hint"
};
var INPUT_ALIASES = { dohpath: 7, ohttp: 8 };
var NUMBER_BY_NAME = new Map(Object.entries(SVCB_KEY_NAMES).map(([n, name]) => [name, Number(n)]));
function svcbKeyNumber(key) {
  const named = NUMBER_BY_NAME.get(key) ?? INPUT_ALIASES[key];
  if (named !== void 0) return named;
  if (/^key\d{1,5}$/.test(key)) {
    const n = Number(key.slice(3));
    return n <= 65535 ? n : -1;
  }
  return -1;
}

// src/loaders/zone/wire.ts
var WireReader = class {
  constructor(bytes) {
    this.bytes = bytes;
  }
  bytes;
  pos = 0;
  get left() {
    return this.bytes.length - this.pos;
  }
  u8() {
    if (this.left < 1) throw new WireError();
    return this.bytes[this.pos++];
  }
  u16() {
    if (this.left < 2) throw new WireError();
    const v = this.bytes[this.pos] << 8 | this.bytes[this.pos + 1];
    this.pos += 2;
    return v;
  }
  u32() {
    if (this.left < 4) throw new WireError();
    const v = this.bytes[this.pos] * 16777216 + (this.bytes[this.pos + 1] << 16 | this.bytes[this.pos + 2] << 8 | this.bytes[this.pos + 3]);
    this.pos += 4;
    return v;
  }
  name() {
    const r = nameFromWire(this.bytes, this.pos);
    if (r === void 0) throw new WireError();
    this.pos = r.next;
    return r.name;
  }
  take(n) {
    if (this.left < n) throw new WireError();
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string() {
    return octetsToString(this.take(this.u8()));
  }
  end() {
    if (this.left !== 0) throw new WireError();
  }
};
var WireError = class extends Error {
};
function dataFromWire(type, bytes) {
  const r = new WireReader(bytes);
  try {
    const data = read(type, r);
    r.end();
    return data;
  } catch (error) {
    if (error instanceof WireError) return void 0;
    throw error;
  }
}
function read(type, r) {
  switch (type) {
    case "A": {
      const b = r.take(4);
      return { address: `${b[0]}.${b[1]}.${b[2]}.${b[3]}` };
    }
    case "AAAA": {
      const b = r.take(16);
      const words = [];
      for (let i = 0; i < 8; i++) words.push(b[2 * i] << 8 | b[2 * i + 1]);
      return { address: formatIPv6(words) };
    }
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return { target: r.name() };
    case "MX":
      return { preference: r.u16(), exchange: r.name() };
    case "SRV":
      return { priority: r.u16(), weight: r.u16(), port: r.u16(), target: r.name() };
    case "SOA":
      return { mname: r.name(), rname: r.name(), serial: r.u32(), refresh: r.u32(), retry: r.u32(), expire: r.u32(), minimum: r.u32() };
    case "NAPTR": {
      const order = r.u16();
      const preference = r.u16();
      const flags = r.string().text;
      const service = r.string().text;
      const regexp = r.string().text;
      return { order, preference, flags, service, regexp, replacement: r.name() };
    }
    case "TXT":
    case "SPF": {
      const strings = [];
      const flags = [];
      if (r.left === 0) throw new WireError();
      while (r.left > 0) {
        const s = r.string();
        strings.push(s.text);
        flags.push(s.latin1);
      }
      return flags.includes(true) ? { strings: uniformStrings(strings, flags), latin1: true } : { strings };
    }
    case "CAA": {
      const flags = r.u8();
      const tagLength = r.u8();
      if (tagLength === 0) throw new WireError();
      const tagBytes = r.take(tagLength);
      let tag = "";
      for (const b of tagBytes) {
        if (!(b >= 48 && b <= 57 || b >= 65 && b <= 90 || b >= 97 && b <= 122)) throw new WireError();
        tag += String.fromCharCode(b);
      }
      const value = octetsToString(r.take(r.left));
      return value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    }
    case "TLSA":
      return { usage: r.u8(), selector: r.u8(), matchingType: r.u8(), data: octetsToHex(r.take(r.left)) };
    case "SVCB":
    case "HTTPS":
      return readSvcb(r);
    default:
      throw new WireError();
  }
}
function readSvcb(r) {
  const priority = r.u16();
  const target = r.name();
  const params = [];
  let last = -1;
  while (r.left > 0) {
    const key = r.u16();
    if (key <= last) throw new WireError();
    last = key;
    const value = new WireReader(r.take(r.u16()));
    const name = SVCB_KEY_NAMES[key] ?? `key${key}`;
    switch (key) {
      case 0: {
        const keys = [];
        while (value.left > 0) {
          const k = value.u16();
          keys.push(SVCB_KEY_NAMES[k] ?? `key${k}`);
        }
        if (keys.length === 0) throw new WireError();
        params.push({ key: name, value: keys.join(",") });
        break;
      }
      case 1: {
        const ids = [];
        while (value.left > 0) ids.push(value.string().text);
        if (ids.length === 0) throw new WireError();
        params.push({ key: name, value: ids.join(",") });
        break;
      }
      case 2:
        value.end();
        params.push({ key: name });
        break;
      case 3:
        params.push({ key: name, value: String(value.u16()) });
        value.end();
        break;
      case 4: {
        const list = [];
        while (value.left > 0) {
          const b = value.take(4);
          list.push(`${b[0]}.${b[1]}.${b[2]}.${b[3]}`);
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(",") });
        break;
      }
      case 5:
        params.push({ key: name, value: Buffer.from(value.take(value.left)).toString("base64") });
        break;
      case 6: {
        const list = [];
        while (value.left > 0) {
          const b = value.take(16);
          const words = [];
          for (let i = 0; i < 8; i++) words.push(b[2 * i] << 8 | b[2 * i + 1]);
          list.push(formatIPv6(words));
        }
        if (list.length === 0) throw new WireError();
        params.push({ key: name, value: list.join(",") });
        break;
      }
      default: {
        const bytes = value.take(value.left);
        params.push(bytes.length === 0 ? { key: name } : { key: name, value: octetsToString(bytes).text });
      }
    }
  }
  return { priority, target, params };
}

// src/loaders/zone/generate.ts
var INT_MAX = 2147483647;
var MAX_VALUE_TEXT = 127;
var ULONG_MAX = (1n << 64n) - 1n;
var LONG_MAX = (1n << 63n) - 1n;
var LONG_MIN = -(1n << 63n);
function scanInteger(text, from) {
  let i = from;
  while (text[i] === " " || text[i] === "	") i++;
  let negative = false;
  if (text[i] === "+" || text[i] === "-") {
    negative = text[i] === "-";
    i++;
  }
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return void 0;
  return { negative, magnitude: BigInt(text.slice(digitsStart, i)), next: i };
}
function scanUnsigned(text, from) {
  const n = scanInteger(text, from);
  if (n === void 0) return void 0;
  let v = n.magnitude > ULONG_MAX ? ULONG_MAX : n.magnitude;
  if (n.negative && n.magnitude <= ULONG_MAX) v = BigInt.asUintN(64, -v);
  return { value: BigInt.asUintN(32, v), next: n.next };
}
function scanSigned(text, from) {
  const n = scanInteger(text, from);
  if (n === void 0) return void 0;
  let v = n.negative ? -n.magnitude : n.magnitude;
  if (v > LONG_MAX) v = LONG_MAX;
  if (v < LONG_MIN) v = LONG_MIN;
  return { value: BigInt.asIntN(32, v), next: n.next };
}
function parseGenerateRange(text) {
  const invalid = `invalid range '${text}'`;
  const start = scanUnsigned(text, 0);
  if (start === void 0 || text[start.next] !== "-") return invalid;
  const stop = scanUnsigned(text, start.next + 1);
  if (stop === void 0) return invalid;
  let step = 1n;
  if (text[stop.next] === "/") {
    const scanned = scanUnsigned(text, stop.next + 1);
    if (scanned === void 0 || scanned.value < 1n) return invalid;
    step = scanned.value;
  }
  if (start.value > stop.value) return `${invalid} (start is above stop)`;
  if (start.value > INT_MAX || stop.value > INT_MAX || step > INT_MAX) return `${invalid} (values go up to 2147483647)`;
  return { start: Number(start.value), stop: Number(stop.value), step: Number(step) };
}
function readModifier(template, brace) {
  const offset = scanSigned(template, brace + 1);
  if (offset === void 0) return void 0;
  let width = 0n;
  let base = "d";
  const sep1 = template[offset.next];
  if (sep1 === ",") {
    const w = scanUnsigned(template, offset.next + 1);
    if (w === void 0) return void 0;
    width = w.value;
    const sep2 = template[w.next];
    if (sep2 === ",") {
      const mode = template[w.next + 1];
      if (mode === void 0 || !"doxXnN".includes(mode) || template[w.next + 2] !== "}") return void 0;
      base = mode;
    } else if (sep2 !== "}") {
      return void 0;
    }
  } else if (sep1 !== "}") {
    return void 0;
  }
  return { offset: Number(offset.value), width: Number(width), base, next: template.indexOf("}", brace) + 1 };
}
function expandGenerate(template, value) {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === "\\") {
      out += template.slice(i, i + 2);
      i++;
      continue;
    }
    if (c !== "$") {
      out += c;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "\\$";
      i++;
      continue;
    }
    let offset = 0;
    let width = 0;
    let base = "d";
    if (template[i + 1] === "{") {
      const modifier = readModifier(template, i + 1);
      if (modifier === void 0) {
        const close = template.indexOf("}", i + 2);
        return { text: out, error: `bad modifier '${close < 0 ? template.slice(i) : template.slice(i, close + 1)}' (expected \${offset[,width[,base]]}, base one of d o x X n N)` };
      }
      ({ offset, width, base } = modifier);
      i = modifier.next - 1;
    }
    if (value > 0 && offset > INT_MAX - value) return { text: out, error: `value ${value} + ${offset} is above 2147483647` };
    if (width > MAX_VALUE_TEXT) return { text: out, error: `width ${width} is too large (at most ${MAX_VALUE_TEXT} characters)` };
    out += formatValue(value + offset, width, base);
  }
  return { text: out };
}
function formatValue(v, width, base) {
  switch (base) {
    case "o":
      return (v >>> 0).toString(8).padStart(width, "0");
    case "x":
      return (v >>> 0).toString(16).padStart(width, "0");
    case "X":
      return (v >>> 0).toString(16).toUpperCase().padStart(width, "0");
    case "n":
    case "N":
      return nibbles(v >>> 0, width, base === "N");
    default:
      return v < 0 ? "-" + String(-v).padStart(width - 1, "0") : String(v).padStart(width, "0");
  }
}
function nibbles(v, width, upper) {
  let out = "";
  let left = width;
  let rest = v;
  for (; ; ) {
    const digit = (rest % 16).toString(16);
    out += upper ? digit.toUpperCase() : digit;
    rest = Math.floor(rest / 16);
    left--;
    if (rest === 0 && left <= 0) break;
    out += ".";
    left--;
    if (rest === 0 && left <= 0) break;
  }
  return out;
}

// src/loaders/zone/parser.ts
var MAX_TTL = 2147483647;
var TOK_WORD2 = 0;
var TOK_QUOTED2 = 1;
var TOK_EOL2 = 2;
var TOK_EOF2 = 3;
var CLASS_BASE = 65536;
function parseZoneText(text, options) {
  const parser = new ZoneParser(text, options);
  try {
    parser.run();
  } catch (error) {
    parser.internalError(error);
  }
  parser.finish();
  return { zone: parser.zone, diagnostics: parser.diagnostics };
}
var ZoneParser = class {
  diagnostics = [];
  zone;
  /** Allocated for one record a line, so a large zone's array is not regrown (and copied) as it fills; `recordCount` are used. */
  records;
  recordCount = 0;
  limits;
  reader;
  options;
  mainText;
  sc;
  text = "";
  file;
  depth = 0;
  fileStack;
  origin;
  originCtx;
  originSource = "none";
  owner;
  /** Raw span of the last owner token, to reuse the name string for runs of records at one owner. */
  ownerStart = -1;
  ownerEnd = -1;
  ownerOrigin;
  ownerText = "";
  /** The owner is outside the zone: its records are left out (BIND ignores them). */
  ownerOutside = false;
  /**
   * The zone's origin once it is decided while reading (by `$ORIGIN` before any record, or the
   * SOA); undefined before. Records read before it is decided are checked when it is.
   */
  zoneApex;
  /** The current origin is at or below the zone's origin, so relative names need no check. */
  originInZone = true;
  /** `$TTL`, or the SOA minimum when there was neither `$TTL` nor an earlier TTL (BIND). -1: unknown. */
  defaultTtl = -1;
  /** Last TTL written on a record (RFC 1035 semantics). -1: none yet. */
  lastTtl = -1;
  zoneClass;
  zoneOriginDecided = false;
  firstDirectiveOrigin;
  sawRecord = false;
  /** Line and line start where the main file's scan ended, so the file range needs no second pass. */
  mainEnd;
  stopped = false;
  /** While expanding `$GENERATE`, diagnostics point at the directive's data. */
  spanOverride;
  txtScratch = [];
  txtLatin1Scratch = [];
  constructor(text, options) {
    this.options = options;
    this.mainText = text;
    this.limits = { ...DEFAULT_ZONE_LIMITS, ...options.limits ?? {} };
    this.reader = options.includeReader;
    this.file = options.file;
    this.fileStack = [options.file];
    const view = viewOf(text, options);
    this.records = new Array(Math.max(0, Math.min(lineCount(text), Math.floor(this.limits.records))));
    this.zone = {
      file: options.file,
      origin: void 0,
      originSource: "none",
      view: view.view,
      viewSource: view.viewSource,
      records: this.records,
      includes: [],
      loc: { file: options.file, line: 1, column: 1, endLine: 1, endColumn: 1 }
    };
    if (options.origin !== void 0) {
      const origin = canonicalOrigin(options.origin);
      if (origin !== void 0) {
        this.setOrigin(origin, options.originSource ?? "config");
      }
    }
  }
  /** Gives the zone its records array at its final length. */
  finish() {
    this.records.length = this.recordCount;
  }
  run() {
    this.parseFile(this.mainText, this.options.file);
    this.zone.loc = fileRange(this.options.file, this.mainText, this.mainEnd);
    if (!this.zoneOriginDecided) {
      if (this.options.origin !== void 0 && canonicalOrigin(this.options.origin) !== void 0) {
        this.zone.origin = canonicalOrigin(this.options.origin);
        this.zone.originSource = this.options.originSource ?? "config";
      } else if (this.firstDirectiveOrigin !== void 0) {
        this.zone.origin = this.firstDirectiveOrigin;
        this.zone.originSource = "directive";
      }
      if (this.zone.origin !== void 0) this.apexDecided(this.zone.origin);
    }
  }
  /**
   * The zone's origin is now known: records already read outside it are dropped with a
   * warning, and from now on each new owner name is checked as it is read.
   */
  apexDecided(apex) {
    this.zoneApex = apex;
    this.originInZone = this.origin === void 0 || isInZone(this.origin, apex);
    if (this.owner !== void 0) this.ownerOutside = !isInZone(this.owner, apex);
    this.ownerStart = this.ownerEnd = -1;
    const records = this.records;
    const count = this.recordCount;
    let kept = 0;
    let lastName;
    let lastInside = true;
    for (let i = 0; i < count; i++) {
      const record = records[i];
      if (record.name !== lastName) {
        lastName = record.name;
        lastInside = isInZone(lastName, apex);
      }
      if (lastInside) records[kept++] = record;
      else {
        const loc = record.loc;
        this.reportOutOfZone(record.name, loc.file, loc.line, loc.column, loc.endLine, loc.endColumn);
      }
    }
    this.recordCount = kept;
  }
  reportOutOfZone(name, file, line, column, endLine, endColumn) {
    this.diagnostics.push({
      file,
      line,
      column,
      endLine,
      endColumn,
      severity: "warning",
      code: "zone/out-of-zone",
      message: `${name} is outside the zone ${this.zoneApex ?? ""}; servers ignore it`
    });
  }
  internalError(error) {
    const message = error instanceof Error ? error.message : String(error);
    this.diagnostics.push({
      file: this.file,
      line: this.sc?.line ?? 1,
      column: 1,
      endLine: this.sc?.line ?? 1,
      endColumn: 1,
      severity: "error",
      code: "zone/internal-error",
      message: `internal error while reading the zone: ${message}`
    });
  }
  setOrigin(origin, source) {
    this.origin = origin;
    this.originCtx = originContext(origin);
    this.originSource = source;
    this.originInZone = this.zoneApex === void 0 || isInZone(origin, this.zoneApex);
  }
  // ---------------------------------------------------------------- files
  parseFile(text, file) {
    const savedScanner = this.sc;
    const savedText = this.text;
    const savedFile = this.file;
    this.text = text;
    this.file = file;
    const sc = new Scanner(text, this.limits.lineLength, (p) => this.scanProblem(p));
    this.sc = sc;
    try {
      while (!this.stopped) {
        const k = sc.next();
        if (k === TOK_EOL2) continue;
        if (k === TOK_EOF2) {
          if (sc.unclosedParen) this.recoverUnclosedParen(this.recordCount, this.diagnostics.length);
          if (sc.kind === TOK_EOF2) break;
          continue;
        }
        const recordCount = this.recordCount;
        const diagnosticCount = this.diagnostics.length;
        this.logicalLine();
        if (sc.kind !== TOK_EOL2 && sc.kind !== TOK_EOF2) sc.skipLine();
        if (sc.kind === TOK_EOF2) {
          if (sc.unclosedParen) {
            this.recoverUnclosedParen(recordCount, diagnosticCount);
            continue;
          }
          break;
        }
      }
      if (this.depth === 0 && sc.kind === TOK_EOF2) this.mainEnd = { line: sc.line, lineStart: sc.lineStart };
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.file = savedFile;
    }
  }
  /**
   * The text ended inside parentheses: everything since the line that opened them
   * was read as one record. Drop what that line produced, report the parenthesis,
   * and read on from the line after it.
   */
  recoverUnclosedParen(recordCount, diagnosticCount) {
    const sc = this.sc;
    this.recordCount = recordCount;
    this.diagnostics.length = diagnosticCount;
    this.diagnostics.push({
      file: this.file,
      line: sc.parenLine,
      column: sc.parenColumn,
      endLine: sc.parenLine,
      endColumn: sc.parenColumn + 1,
      severity: "error",
      code: "zone/unbalanced-parens",
      message: "'(' is never closed"
    });
    sc.resumeAfterParen();
  }
  scanProblem(p) {
    this.diagnostics.push({ file: this.file, severity: "error", ...p });
  }
  // ---------------------------------------------------------------- diagnostics
  report(code, message, span, severity = "error") {
    const s = this.spanOverride ?? span;
    this.diagnostics.push({
      file: this.file,
      line: s.line,
      column: s.column,
      endLine: s.endLine,
      endColumn: s.endColumn,
      severity,
      message,
      code
    });
  }
  tokenSpan() {
    const sc = this.sc;
    return { line: sc.tokLine, column: sc.tokColumn, endLine: sc.tokLine, endColumn: sc.tokEndColumn };
  }
  /** Reports at the current token; returns undefined so callers can `return this.fail(...)`. */
  fail(code, message) {
    this.report(code, message, this.tokenSpan());
    return void 0;
  }
  warn(code, message) {
    this.report(code, message, this.tokenSpan(), "warning");
  }
  /** The current token as text, shortened for messages. */
  shown() {
    const sc = this.sc;
    const t = this.text.slice(sc.start, Math.min(sc.end, sc.start + 60));
    const safe = t.replace(/[\u0000-\u001f\u007f]/g, (c) => "\\" + String(c.charCodeAt(0)).padStart(3, "0"));
    return sc.end - sc.start > 60 ? safe + "..." : safe;
  }
  /** True when the current token holds a value; otherwise reports what is missing. */
  expect(what) {
    const k = this.sc.kind;
    if (k === TOK_WORD2 || k === TOK_QUOTED2) return true;
    this.fail("zone/missing-rdata", `missing ${what}`);
    return false;
  }
  // ---------------------------------------------------------------- lines
  logicalLine() {
    const sc = this.sc;
    if (sc.kind === TOK_WORD2 && sc.atLineStart && this.text.charCodeAt(sc.start) === 36) {
      this.directive();
      return;
    }
    this.record();
  }
  record() {
    const sc = this.sc;
    const text = this.text;
    const line = sc.tokLine;
    const column = sc.tokColumn;
    let name;
    let ownerAbsolute = false;
    if (sc.atLineStart) {
      const owner = this.ownerName();
      if (owner === void 0) return;
      name = owner;
      ownerAbsolute = text.charCodeAt(sc.end - 1) === 46 && !(sc.escaped && text.charCodeAt(sc.end - 2) === 92);
      this.owner = name;
      sc.next();
    } else {
      if (this.owner === void 0) {
        this.fail("zone/no-owner", "record without an owner name, and no previous owner to repeat");
        return;
      }
      name = this.owner;
    }
    if (!this.readTtlClassType("missing record type")) return;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    if (cls === void 0) {
      cls = this.zoneClass ?? "IN";
    } else if (this.zoneClass !== void 0 && cls !== this.zoneClass) {
      this.report("zone/class-mismatch", `class ${cls} differs from the zone's class ${this.zoneClass}`, this.tokenSpan());
    }
    if (this.zoneClass === void 0) this.zoneClass = cls;
    if (type === 6 && this.origin === void 0 && ownerAbsolute) this.setOrigin(name, "soa");
    sc.next();
    const typeMnemonic = typeName(type);
    let generic = false;
    let data;
    if (sc.kind === TOK_WORD2 && sc.end - sc.start === 2 && text.charCodeAt(sc.start) === 92 && text.charCodeAt(sc.start + 1) === 35) {
      ({ data, generic } = this.hashData(type, typeMnemonic));
    } else {
      data = this.rdata(type, typeMnemonic);
    }
    if (data === void 0) return;
    if (sc.kind !== TOK_EOL2 && sc.kind !== TOK_EOF2) {
      this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the record data`);
      return;
    }
    this.addRecord(name, ttl, cls, typeMnemonic, data, generic, line, column, sc.lastEndLine, sc.lastEndColumn, typeLine, typeColumn, this.ownerOutside);
    if (type === 6) this.soaSeen(name, ownerAbsolute);
  }
  /** What readTtlClassType read (fields, not a returned object: this runs once per record). */
  fieldTtl = -1;
  fieldClass;
  fieldType = -1;
  /**
   * Reads the optional TTL and class, in either order, and the type of a record or a
   * `$GENERATE` line into fieldTtl, fieldClass and fieldType; false (reported) when they
   * are not there or not valid.
   */
  readTtlClassType(missingType) {
    const sc = this.sc;
    const text = this.text;
    this.fieldTtl = -1;
    this.fieldClass = void 0;
    for (; ; ) {
      const k = sc.kind;
      if (k !== TOK_WORD2) {
        if (k === TOK_QUOTED2) this.fail("zone/unknown-type", `unknown record type "${this.shown()}"`);
        else this.fail("zone/missing-type", missingType);
        return false;
      }
      const c0 = text.charCodeAt(sc.start);
      if (c0 >= 48 && c0 <= 57) {
        if (this.fieldTtl !== -1) {
          this.fail("zone/unknown-type", `unknown record type '${this.shown()}'`);
          return false;
        }
        const ttl = this.ttlToken();
        if (ttl < 0) return false;
        this.fieldTtl = ttl;
        sc.next();
        continue;
      }
      const code = classify(text, sc.start, sc.end);
      if (code < 0 || code >= CLASS_BASE && this.fieldClass !== void 0) {
        this.fail("zone/unknown-type", `unknown record type '${this.shown()}'`);
        return false;
      }
      if (code >= CLASS_BASE) {
        this.fieldClass = className(code - CLASS_BASE);
        sc.next();
        continue;
      }
      this.fieldType = code;
      return true;
    }
  }
  addRecord(name, explicitTtl, cls, type, data, generic, line, column, endLine, endColumn, typeLine, typeColumn, outsideZone) {
    let ttl;
    if (explicitTtl >= 0) {
      ttl = explicitTtl;
      this.lastTtl = explicitTtl;
    } else if (this.defaultTtl >= 0) {
      ttl = this.defaultTtl;
    } else if (this.lastTtl >= 0) {
      ttl = this.lastTtl;
    } else if (type === "SOA") {
      ttl = data.minimum;
      if (ttl > MAX_TTL) ttl = 0;
      this.defaultTtl = ttl;
    } else {
      ttl = 0;
      const span = { line: typeLine, column: typeColumn, endLine: typeLine, endColumn: typeColumn + type.length };
      this.report("zone/no-ttl", "no TTL: the record has none, and neither $TTL nor an earlier TTL or SOA sets one", span);
    }
    if (outsideZone) {
      this.reportOutOfZone(name, this.file, line, column, endLine, endColumn);
      return;
    }
    if (this.recordCount >= this.limits.records) {
      this.report("zone/too-many-records", `more than ${this.limits.records} records; the rest of the zone is not read`, { line, column, endLine, endColumn });
      this.stopped = true;
      return;
    }
    this.sawRecord = true;
    const record = this.file === this.zone.file ? new ParsedRecord(name, ttl, cls, type, data, this.zone, line, column, endLine, endColumn) : new IncludedRecord(name, ttl, cls, type, data, this.zone, this.file, line, column, endLine, endColumn);
    if (generic) record.generic = true;
    this.records[this.recordCount++] = record;
  }
  soaSeen(name, ownerAbsolute) {
    if (this.zoneOriginDecided || this.depth > 0) return;
    this.zoneOriginDecided = true;
    this.zone.origin = name;
    this.zone.originSource = ownerAbsolute ? "soa" : this.originSource;
    this.apexDecided(name);
  }
  /** Owner name of the current token, reusing the previous string when the token repeats. */
  ownerName() {
    const sc = this.sc;
    const text = this.text;
    const start = sc.start;
    const end = sc.end;
    const len = end - start;
    if (len === this.ownerEnd - this.ownerStart && this.ownerOrigin === this.origin && this.ownerText === text && this.owner !== void 0) {
      const prev = this.ownerStart;
      let same = true;
      for (let i = len - 1; i >= 0; i--) {
        if (text.charCodeAt(start + i) !== text.charCodeAt(prev + i)) {
          same = false;
          break;
        }
      }
      if (same) {
        this.ownerStart = start;
        this.ownerEnd = end;
        return this.owner;
      }
    }
    const name = this.nameToken();
    if (name === void 0) return void 0;
    this.ownerStart = start;
    this.ownerEnd = end;
    this.ownerOrigin = this.origin;
    this.ownerText = text;
    const apex = this.zoneApex;
    if (apex === void 0) {
      this.ownerOutside = false;
    } else {
      const absolute = text.charCodeAt(end - 1) === 46 && !(sc.escaped && text.charCodeAt(end - 2) === 92);
      this.ownerOutside = (absolute || !this.originInZone) && !isInZone(name, apex);
    }
    return name;
  }
  /** Reads the current token as a name (relative to the origin); reports and returns undefined on error. */
  nameToken() {
    const sc = this.sc;
    const result = readName(this.text, sc.start, sc.end, sc.escaped, this.originCtx);
    if (typeof result === "string") return result;
    const e = result;
    this.fail(NAME_ERROR_CODES[e], `${NAME_ERROR_MESSAGES[e]}: '${this.shown()}'`);
    return void 0;
  }
  /** Reads the current token as a TTL; reports and returns -1 on error. Over 2^31-1 becomes 0, as in BIND. */
  ttlToken() {
    const sc = this.sc;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail("zone/bad-ttl", v === TTL_RANGE ? `TTL '${this.shown()}' is out of range` : `bad TTL '${this.shown()}'`);
      return -1;
    }
    if (v > MAX_TTL) {
      this.warn("zone/ttl-too-large", `TTL ${v} is above 2147483647; BIND uses 0`);
      return 0;
    }
    return v;
  }
  // ---------------------------------------------------------------- directives
  directive() {
    const sc = this.sc;
    const word = this.text.slice(sc.start, sc.end).toUpperCase();
    const span = this.tokenSpan();
    sc.next();
    switch (word) {
      case "$ORIGIN":
        this.directiveOrigin();
        return;
      case "$TTL":
        this.directiveTtl();
        return;
      case "$INCLUDE":
        this.directiveInclude(span);
        return;
      case "$GENERATE":
        this.directiveGenerate(span);
        return;
      case "$DATE":
        this.directiveDate();
        return;
      default:
        this.report("zone/unknown-directive", `unknown directive '${word}'`, span);
        return;
    }
  }
  endOfDirective() {
    const k = this.sc.kind;
    if (k === TOK_EOL2 || k === TOK_EOF2) return true;
    this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the directive`);
    return false;
  }
  directiveOrigin() {
    if (!this.expect("origin name")) return;
    const name = this.nameToken();
    if (name === void 0) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.setOrigin(name, "directive");
    if (this.depth === 0 && !this.sawRecord && !this.zoneOriginDecided) {
      this.zoneOriginDecided = true;
      this.zone.origin = name;
      this.zone.originSource = "directive";
      this.apexDecided(name);
    }
    if (this.firstDirectiveOrigin === void 0 && this.depth === 0) this.firstDirectiveOrigin = name;
  }
  directiveTtl() {
    if (!this.expect("TTL")) return;
    const ttl = this.ttlToken();
    if (ttl < 0) return;
    this.sc.next();
    if (!this.endOfDirective()) return;
    this.defaultTtl = ttl;
  }
  /**
   * BIND's `$DATE YYYYMMDDHHMMSS` (written in its dump files): the time of the dump,
   * which only ages TTLs of cache dumps. Checked as BIND checks it, then ignored.
   */
  directiveDate() {
    const sc = this.sc;
    if (!this.expect("date after $DATE")) return;
    const problem = sc.kind === TOK_WORD2 ? dumpDateProblem(this.text.slice(sc.start, sc.end)) : "is not YYYYMMDDHHMMSS";
    if (problem !== void 0) {
      this.fail("zone/bad-number", `$DATE '${this.shown()}' ${problem}`);
      return;
    }
    sc.next();
    this.endOfDirective();
  }
  directiveInclude(directiveSpan) {
    const sc = this.sc;
    if (!this.expect("file name after $INCLUDE")) return;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === void 0) {
      this.fail("zone/bad-escape", "bad escape in file name");
      return;
    }
    const path7 = decoded.text;
    const pathSpan = this.tokenSpan();
    const span = { line: directiveSpan.line, column: directiveSpan.column, endLine: pathSpan.endLine, endColumn: pathSpan.endColumn };
    sc.next();
    let includeOrigin;
    if (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      includeOrigin = this.nameToken();
      if (includeOrigin === void 0) return;
      sc.next();
    }
    if (!this.endOfDirective()) return;
    if (this.depth + 1 > this.limits.includeDepth) {
      this.report("zone/include-depth", `$INCLUDE nested deeper than ${this.limits.includeDepth} levels: '${path7}' is not read`, span);
      return;
    }
    if (this.reader === void 0) {
      this.report("zone/include-unavailable", `$INCLUDE '${path7}' cannot be read here (no include reader)`, span);
      return;
    }
    let result;
    try {
      result = this.reader(path7, this.file);
    } catch (error) {
      result = { error: error instanceof Error ? error.message : "cannot read the file" };
    }
    if ("error" in result) {
      this.report("zone/include-failed", `cannot include '${path7}': ${result.error}`, span);
      return;
    }
    if (this.fileStack.includes(result.file)) {
      this.report("zone/include-cycle", `$INCLUDE cycle: '${result.file}' includes itself (${[...this.fileStack, result.file].join(" -> ")})`, span);
      return;
    }
    if (!this.zone.includes.includes(result.file)) this.zone.includes.push(result.file);
    const saved = { origin: this.origin, originCtx: this.originCtx, originSource: this.originSource, owner: this.owner, ownerOutside: this.ownerOutside };
    const savedOwnerSpan = [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText];
    if (includeOrigin !== void 0) this.setOrigin(includeOrigin, "directive");
    this.fileStack.push(result.file);
    this.depth++;
    try {
      this.parseFile(result.text, result.file);
    } finally {
      this.depth--;
      this.fileStack.pop();
      this.origin = saved.origin;
      this.originCtx = saved.originCtx;
      this.originSource = saved.originSource;
      this.originInZone = this.zoneApex === void 0 || saved.origin === void 0 || isInZone(saved.origin, this.zoneApex);
      this.owner = saved.owner;
      this.ownerOutside = this.zoneApex !== void 0 && saved.owner !== void 0 && !isInZone(saved.owner, this.zoneApex);
      [this.ownerStart, this.ownerEnd, this.ownerOrigin, this.ownerText] = savedOwnerSpan;
    }
  }
  directiveGenerate(directiveSpan) {
    const sc = this.sc;
    const text = this.text;
    if (!this.expect("range after $GENERATE")) return;
    const range = parseGenerateRange(this.text.slice(sc.start, sc.end));
    if (typeof range === "string") {
      this.fail("zone/bad-generate", `$GENERATE: ${range}`);
      return;
    }
    const rangeSpan = this.tokenSpan();
    sc.next();
    if (!this.expect("owner template after the $GENERATE range")) return;
    const lhs = templateText(text, sc.start, sc.end, sc.kind === TOK_QUOTED2);
    const lhsSpan = this.tokenSpan();
    sc.next();
    if (!this.readTtlClassType("missing record type in $GENERATE")) return;
    const ttl = this.fieldTtl;
    let cls = this.fieldClass;
    const type = this.fieldType;
    const typeLine = sc.tokLine;
    const typeColumn = sc.tokColumn;
    sc.next();
    if (!this.expect("data template in $GENERATE")) return;
    const rhs = templateText(text, sc.start, sc.end, sc.kind === TOK_QUOTED2);
    const rhsSpan = this.tokenSpan();
    sc.next();
    if (!this.endOfDirective()) return;
    if (cls === void 0) cls = this.zoneClass ?? "IN";
    const typeMnemonic = typeName(type);
    let count = Math.floor((range.stop - range.start) / range.step) + 1;
    if (count > this.limits.generateCount) {
      this.report(
        "zone/generate-too-many",
        `$GENERATE would make ${count} records; only the first ${this.limits.generateCount} are read`,
        rangeSpan
      );
      count = this.limits.generateCount;
    }
    const endLine = rhsSpan.endLine;
    const endColumn = rhsSpan.endColumn;
    const savedScanner = this.sc;
    const savedText = this.text;
    try {
      for (let n = 0; n < count && !this.stopped; n++) {
        const value = range.start + n * range.step;
        const owner = expandGenerate(lhs, value);
        if (owner.error !== void 0) {
          this.report("zone/bad-generate", `$GENERATE owner: ${owner.error}`, lhsSpan);
          return;
        }
        const name = readName(owner.text, 0, owner.text.length, owner.text.includes("\\"), this.originCtx);
        if (typeof name !== "string") {
          this.report(NAME_ERROR_CODES[name], `${NAME_ERROR_MESSAGES[name]}: '${owner.text}'`, lhsSpan);
          return;
        }
        const rdataText2 = expandGenerate(rhs, value);
        if (rdataText2.error !== void 0) {
          this.report("zone/bad-generate", `$GENERATE data: ${rdataText2.error}`, rhsSpan);
          return;
        }
        const sub = new Scanner(rdataText2.text, this.limits.lineLength, () => void 0);
        this.sc = sub;
        this.text = rdataText2.text;
        this.spanOverride = rhsSpan;
        sub.next();
        let generic = false;
        let data;
        if (sub.kind === TOK_WORD2 && rdataText2.text.startsWith("\\#") && sub.end - sub.start === 2) {
          ({ data, generic } = this.hashData(type, typeMnemonic));
        } else {
          data = this.rdata(type, typeMnemonic);
        }
        if (data !== void 0 && sub.kind !== TOK_EOL2 && sub.kind !== TOK_EOF2) {
          this.fail("zone/extra-tokens", `unexpected '${this.shown()}' after the generated data`);
          data = void 0;
        }
        this.sc = savedScanner;
        this.text = savedText;
        this.spanOverride = void 0;
        if (data === void 0) return;
        const outside = this.zoneApex !== void 0 && !isInZone(name, this.zoneApex);
        this.addRecord(name, ttl, cls, typeMnemonic, data, generic, directiveSpan.line, directiveSpan.column, endLine, endColumn, typeLine, typeColumn, outside);
      }
    } finally {
      this.sc = savedScanner;
      this.text = savedText;
      this.spanOverride = void 0;
    }
  }
  // ---------------------------------------------------------------- data
  /** Reads the data of one record, starting at the current token; leaves the scanner after it. */
  rdata(type, mnemonic) {
    switch (type) {
      case 1:
        return this.rdataA();
      case 28:
        return this.rdataAAAA();
      case 2:
      case 5:
      case 12:
      case 39:
        return this.rdataTarget();
      case 15:
        return this.rdataMx();
      case 16:
      case 99:
        return this.rdataTxt();
      case 33:
        return this.rdataSrv();
      case 6:
        return this.rdataSoa();
      case 35:
        return this.rdataNaptr();
      case 257:
        return this.rdataCaa();
      case 52:
        return this.rdataTlsa();
      case 64:
      case 65:
        return this.rdataSvcb();
      default:
        return this.rdataText(mnemonic);
    }
  }
  rdataA() {
    const sc = this.sc;
    if (!this.expect("IPv4 address")) return void 0;
    if (!isIPv4(this.text, sc.start, sc.end)) return this.fail("zone/bad-address", `bad IPv4 address '${this.shown()}'`);
    const data = { address: ownSlice(this.text, sc.start, sc.end) };
    sc.next();
    return data;
  }
  rdataAAAA() {
    const sc = this.sc;
    if (!this.expect("IPv6 address")) return void 0;
    const address = canonicalIPv6(this.text, sc.start, sc.end);
    if (address === void 0) return this.fail("zone/bad-address", `bad IPv6 address '${this.shown()}'`);
    sc.next();
    return { address };
  }
  nameField(what) {
    if (!this.expect(what)) return void 0;
    const name = this.nameToken();
    if (name !== void 0) this.sc.next();
    return name;
  }
  /** Reads an unsigned field of at most `max`; -1 after reporting an error. */
  numberField(what, max) {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readUnsigned(this.text, sc.start, sc.end, max);
    if (v < 0) {
      this.fail("zone/bad-number", v === -2 ? `${what} '${this.shown()}' is out of range (0-${max})` : `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }
  /** A TTL-style field (SOA timers accept units); -1 after an error. */
  timeField(what) {
    const sc = this.sc;
    if (!this.expect(what)) return -1;
    const v = readTtl(this.text, sc.start, sc.end);
    if (v < 0) {
      this.fail("zone/bad-number", `bad ${what} '${this.shown()}'`);
      return -1;
    }
    sc.next();
    return v;
  }
  rdataTarget() {
    const target = this.nameField("target name");
    return target === void 0 ? void 0 : { target };
  }
  rdataMx() {
    const preference = this.numberField("MX preference", 65535);
    if (preference < 0) return void 0;
    const exchange = this.nameField("mail exchange name");
    return exchange === void 0 ? void 0 : { preference, exchange };
  }
  rdataSrv() {
    const priority = this.numberField("SRV priority", 65535);
    if (priority < 0) return void 0;
    const weight = this.numberField("SRV weight", 65535);
    if (weight < 0) return void 0;
    const port = this.numberField("SRV port", 65535);
    if (port < 0) return void 0;
    const target = this.nameField("SRV target");
    return target === void 0 ? void 0 : { priority, weight, port, target };
  }
  rdataSoa() {
    const mname = this.nameField("SOA primary server name");
    if (mname === void 0) return void 0;
    const rname = this.nameField("SOA mailbox name");
    if (rname === void 0) return void 0;
    const serial = this.numberField("SOA serial", 4294967295);
    if (serial < 0) return void 0;
    const refresh = this.timeField("SOA refresh");
    if (refresh < 0) return void 0;
    const retry = this.timeField("SOA retry");
    if (retry < 0) return void 0;
    const expire = this.timeField("SOA expire");
    if (expire < 0) return void 0;
    const minimum = this.timeField("SOA minimum");
    if (minimum < 0) return void 0;
    const data = { mname, rname, serial, refresh, retry, expire, minimum };
    return data;
  }
  /** A character string (quoted or not), at most `max` octets; undefined after an error. */
  stringField(what, max = 255) {
    const sc = this.sc;
    if (!this.expect(what)) return void 0;
    const decoded = decodeString(this.text, sc.start, sc.end, sc.escaped);
    if (decoded === void 0) return this.fail("zone/bad-escape", `bad escape in ${what}`);
    if (decoded.octets > max) return this.fail("zone/string-too-long", `${what} longer than ${max} octets`);
    sc.next();
    return decoded;
  }
  rdataNaptr() {
    const order = this.numberField("NAPTR order", 65535);
    if (order < 0) return void 0;
    const preference = this.numberField("NAPTR preference", 65535);
    if (preference < 0) return void 0;
    const flags = this.stringField("NAPTR flags");
    if (flags === void 0) return void 0;
    const service = this.stringField("NAPTR service");
    if (service === void 0) return void 0;
    const regexpSpan = this.tokenSpan();
    const regexp = this.stringField("NAPTR regexp");
    if (regexp === void 0) return void 0;
    const regexpProblem = naptrRegexpProblem(regexp.text);
    if (regexpProblem !== void 0) {
      this.report("zone/bad-rdata", `NAPTR regexp "${regexp.text}": ${regexpProblem}`, regexpSpan);
      return void 0;
    }
    const replacement = this.nameField("NAPTR replacement");
    if (replacement === void 0) return void 0;
    const data = { order, preference, flags: flags.text, service: service.text, regexp: regexp.text, replacement };
    return data;
  }
  /** TXT strings; `first` is a string already read (the `#` of `TXT \# text`). */
  rdataTxt(first) {
    const sc = this.sc;
    const text = this.text;
    if (first === void 0 && !this.expect("text")) return void 0;
    const scratch = this.txtScratch;
    const latin1Flags = this.txtLatin1Scratch;
    scratch.length = 0;
    latin1Flags.length = 0;
    if (first !== void 0) {
      scratch.push(first);
      latin1Flags.push(false);
    }
    let latin12 = false;
    while (sc.kind === TOK_QUOTED2 || sc.kind === TOK_WORD2) {
      const start = sc.start;
      const end = sc.end;
      if (!sc.escaped && end - start <= 255) {
        let ascii = true;
        for (let i = start; i < end; i++) {
          if (text.charCodeAt(i) > 127) {
            ascii = false;
            break;
          }
        }
        if (ascii) {
          scratch.push(ownSlice(text, start, end));
          latin1Flags.push(false);
          sc.next();
          continue;
        }
      }
      const decoded = this.stringField("TXT string");
      if (decoded === void 0) return void 0;
      scratch.push(decoded.text);
      latin1Flags.push(decoded.latin1);
      if (decoded.latin1) latin12 = true;
    }
    if (latin12) return { strings: uniformStrings(scratch, latin1Flags), latin1: true };
    const strings = scratch.length === 1 ? [scratch[0]] : scratch.slice();
    return { strings };
  }
  rdataCaa() {
    const sc = this.sc;
    const flags = this.numberField("CAA flags", 255);
    if (flags < 0) return void 0;
    if (!this.expect("CAA tag")) return void 0;
    const tag = ownSlice(this.text, sc.start, sc.end);
    if (sc.kind !== TOK_WORD2 || !/^[A-Za-z0-9]+$/.test(tag) || tag.length > 255) {
      return this.fail("zone/bad-rdata", `bad CAA tag '${this.shown()}' (letters and digits only)`);
    }
    sc.next();
    const value = this.stringField("CAA value", 65535);
    if (value === void 0) return void 0;
    const data = value.latin1 ? { flags, tag, value: value.text, latin1: true } : { flags, tag, value: value.text };
    return data;
  }
  /** Hex digits from the current token to the end of the line, joined; undefined after an error. */
  hexToEnd(what) {
    const sc = this.sc;
    if (!this.expect(what)) return void 0;
    let hex = "";
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      for (let i = sc.start; i < sc.end; i++) {
        if (hexDigit(this.text.charCodeAt(i)) < 0) return this.fail("zone/bad-hex", `bad hex in ${what}: '${this.shown()}'`);
      }
      hex += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (hex.length % 2 !== 0) {
      this.report("zone/bad-hex", `${what} has an odd number of hex digits`, { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
      return void 0;
    }
    return hex.toLowerCase();
  }
  rdataTlsa() {
    const usage2 = this.numberField("TLSA usage", 255);
    if (usage2 < 0) return void 0;
    const selector = this.numberField("TLSA selector", 255);
    if (selector < 0) return void 0;
    const matchingType = this.numberField("TLSA matching type", 255);
    if (matchingType < 0) return void 0;
    const data = this.hexToEnd("TLSA certificate data");
    if (data === void 0) return void 0;
    const tlsa = { usage: usage2, selector, matchingType, data };
    return tlsa;
  }
  rdataSvcb() {
    const sc = this.sc;
    const text = this.text;
    const priority = this.numberField("SVCB priority", 65535);
    if (priority < 0) return void 0;
    const target = this.nameField("SVCB target");
    if (target === void 0) return void 0;
    const params = [];
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      if (sc.kind === TOK_QUOTED2) return this.fail("zone/bad-rdata", `SVCB parameter expected, found "${this.shown()}"`);
      const start = sc.start;
      const end = sc.end;
      let eq = start;
      while (eq < end && text.charCodeAt(eq) !== 61) eq++;
      const keyText2 = text.slice(start, eq).toLowerCase();
      const n = svcbKeyNumber(keyText2);
      if (n < 0) return this.fail("zone/bad-rdata", `unknown SVCB parameter key '${keyText2}'`);
      if (params.some((p) => p.n === n)) return this.fail("zone/bad-rdata", `SVCB parameter '${keyText2}' appears twice`);
      let raw;
      if (eq < end) {
        if (eq + 1 === end) {
          const wordEnd = end;
          sc.next();
          if (sc.kind === TOK_QUOTED2 && sc.start - 1 === wordEnd) {
            raw = decodeString(text, sc.start, sc.end, sc.escaped);
            if (raw === void 0) return this.fail("zone/bad-escape", "bad escape in SVCB value");
            sc.next();
          } else {
            raw = { text: "", latin1: false };
          }
        } else {
          raw = decodeString(text, eq + 1, end, sc.escaped);
          if (raw === void 0) return this.fail("zone/bad-escape", "bad escape in SVCB value");
          sc.next();
        }
      } else {
        sc.next();
      }
      const checked = checkSvcbValue(n, raw?.text);
      if (typeof checked === "object") {
        this.report("zone/bad-rdata", `SVCB ${keyText2}: ${checked.error}`, { line: sc.lastEndLine, column: sc.lastEndColumn - (end - start), endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return void 0;
      }
      params.push(checked === void 0 ? { key: SVCB_KEY_NAMES[n] ?? `key${n}`, n } : { key: SVCB_KEY_NAMES[n] ?? `key${n}`, value: checked, n });
    }
    params.sort((a, b) => a.n - b.n);
    const data = {
      priority,
      target,
      params: params.map((p) => p.value === void 0 ? { key: p.key } : { key: p.key, value: p.value })
    };
    return data;
  }
  /**
   * Data starting with the word `\#`: RFC 3597 generic data, except in TXT when no number
   * follows, where BIND reads it as the string `#` (`TXT \# text` is "#" "text").
   */
  hashData(type, mnemonic) {
    const sc = this.sc;
    sc.next();
    if (type === 16 && !(sc.kind === TOK_WORD2 && readUnsigned(this.text, sc.start, sc.end, Number.MAX_SAFE_INTEGER) >= 0)) {
      return { data: this.rdataTxt("#"), generic: false };
    }
    return { data: this.genericData(mnemonic), generic: true };
  }
  /** `\# length hex` (RFC 3597), from the length on; converted to the typed form for types with structure. */
  genericData(mnemonic) {
    const sc = this.sc;
    const length = this.numberField("generic data length", 65535);
    if (length < 0) return void 0;
    let hex = "";
    if (length > 0) {
      const h = this.hexToEnd("generic data");
      if (h === void 0) return void 0;
      hex = h;
    }
    if (hex.length !== length * 2) {
      this.report("zone/bad-rdata", `generic data has ${hex.length / 2} octets, not the ${length} announced`, {
        line: sc.lastEndLine,
        column: sc.lastEndColumn,
        endLine: sc.lastEndLine,
        endColumn: sc.lastEndColumn
      });
      return void 0;
    }
    if (STRUCTURED_TYPES.has(mnemonic)) {
      const bytes = hexToOctets(hex);
      const typed = dataFromWire(mnemonic, bytes);
      if (typed === void 0) {
        this.report("zone/bad-rdata", `generic data is not a valid ${mnemonic} record`, { line: sc.lastEndLine, column: sc.lastEndColumn, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn });
        return void 0;
      }
      return typed;
    }
    if (TEXT_LAYOUTS[mnemonic] === "B" && hex.length > 0) {
      const text = { text: chunked(Buffer.from(hex, "hex").toString("base64")) };
      return text;
    }
    const data = { hex };
    return data;
  }
  /** Types kept as presentation text, checked and normalised field by field where the layout is known. */
  rdataText(mnemonic) {
    const sc = this.sc;
    const text = this.text;
    const layout = TEXT_LAYOUTS[mnemonic] ?? "*";
    const parts = [];
    let lastNumber = -1;
    for (let i = 0; i < layout.length; i++) {
      const field = layout[i];
      let part;
      switch (field) {
        case "n":
          part = this.nameField(`${mnemonic} name`);
          if (part !== void 0 && field === "n" && (mnemonic === "RRSIG" || mnemonic === "SIG") && Number(parts[2]) < labelCount(part)) {
            this.report("zone/bad-rdata", `${mnemonic} label count ${parts[2]} is below the ${labelCount(part)} labels of the signer ${part}`, this.lastTokenSpan());
            return void 0;
          }
          break;
        case "b":
        case "u":
        case "l": {
          const n = this.numberField(`${mnemonic} field`, field === "b" ? 255 : field === "u" ? 65535 : 4294967295);
          if (n >= 0) {
            part = String(n);
            lastNumber = n;
          }
          break;
        }
        case "s": {
          const str = this.stringField(`${mnemonic} string`);
          if (str !== void 0) part = quoteString(str.text, str.latin1);
          break;
        }
        case "q": {
          if (!this.expect(`${mnemonic} target`)) return void 0;
          if (sc.kind !== TOK_QUOTED2) return this.fail("zone/bad-rdata", `${mnemonic} target must be a quoted string: '${this.shown()}'`);
          const str = this.stringField(`${mnemonic} target`, 65535);
          if (str !== void 0) part = quoteString(str.text, str.latin1);
          break;
        }
        case "a":
        case "A":
        case "C":
        case "t":
        case "T":
        case "x":
        case "3":
        case "e":
        case "E":
        case "D":
          part = this.wordField(mnemonic, field);
          break;
        case "h": {
          const hex = this.hexToEnd(`${mnemonic} data`);
          if (hex === void 0) return void 0;
          const expected = this.digestLength(mnemonic, lastNumber);
          if (expected !== void 0 && hex.length !== expected * 2) {
            this.report("zone/bad-rdata", `${mnemonic} digest type ${lastNumber} needs ${expected} octets, not ${hex.length / 2}`, this.lastTokenSpan());
            return void 0;
          }
          part = chunked(hex.toUpperCase());
          break;
        }
        case "B":
        case "K": {
          if (field === "K" && (Number(parts[0]) & 49152) === 49152 && (sc.kind === TOK_EOL2 || sc.kind === TOK_EOF2)) continue;
          part = this.base64ToEnd(mnemonic);
          break;
        }
        case "m":
        case "M":
          part = this.typeBitmap(mnemonic, field === "m");
          if (part === "") continue;
          break;
        case "L":
          part = this.locField();
          break;
        default: {
          const rest = [];
          while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
            const raw = text.slice(sc.start, sc.end);
            rest.push(sc.kind === TOK_QUOTED2 ? '"' + raw + '"' : raw);
            sc.next();
          }
          if (rest.length === 0) continue;
          part = rest.join(" ");
        }
      }
      if (part === void 0) return void 0;
      parts.push(part);
    }
    const data = { text: parts.join(" ") };
    return data;
  }
  digestLength(mnemonic, digestType) {
    if (mnemonic === "SSHFP") return SSHFP_DIGEST_LENGTHS[digestType];
    if (mnemonic === "ZONEMD") return ZONEMD_DIGEST_LENGTHS[digestType];
    if (mnemonic === "DS" || mnemonic === "CDS" || mnemonic === "TA" || mnemonic === "DLV") {
      return DS_DIGEST_LENGTHS[digestType];
    }
    return void 0;
  }
  lastTokenSpan() {
    const sc = this.sc;
    return { line: sc.lastEndLine, column: sc.lastEndColumn - 1, endLine: sc.lastEndLine, endColumn: sc.lastEndColumn };
  }
  /** One-token fields: mnemonics, times, salt, base32hex, EUI. Undefined after an error. */
  wordField(mnemonic, field) {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} data`)) return void 0;
    if (sc.kind === TOK_QUOTED2) return this.fail("zone/bad-rdata", `unexpected quoted string "${this.shown()}" in ${mnemonic} data`);
    const token = this.text.slice(sc.start, sc.end);
    let part;
    let problem = "";
    switch (field) {
      case "a":
      case "A": {
        const n = readAlgorithm(token);
        if (n >= 0) part = field === "a" ? String(n) : algorithmText(n);
        else problem = n === -2 ? `algorithm '${token}' is out of range (0-255)` : `unknown algorithm '${token}'`;
        break;
      }
      case "C": {
        const n = readCertType(token);
        if (n >= 0) part = certTypeText(n);
        else problem = n === -2 ? `certificate type '${token}' is out of range (0-65535)` : `unknown certificate type '${token}'`;
        break;
      }
      case "t": {
        const code = typeCode(token.toUpperCase());
        if (code !== void 0) part = typeName(code);
        else problem = `unknown type covered '${token}'`;
        break;
      }
      case "T":
        part = readSignatureTime(token);
        problem = `bad time '${token}' (YYYYMMDDHHMMSS or seconds since 1970)`;
        break;
      case "x":
        if (token === "-") part = "-";
        else if (token.length <= 510 && token.length % 2 === 0 && /^[0-9A-Fa-f]+$/.test(token)) part = token.toUpperCase();
        problem = `bad hex encoding in salt '${this.shown()}' (hex digits, or - for none)`;
        break;
      case "D": {
        const n = token.toUpperCase() === "NOTIFY" ? 1 : readUnsigned(token, 0, token.length, 255);
        if (n >= 0) part = n === 1 ? "NOTIFY" : String(n);
        problem = `bad scheme '${token}' (0-255 or NOTIFY)`;
        break;
      }
      case "3":
        if (isBase32Hex(token)) part = token.toUpperCase();
        problem = `bad base32 encoding '${this.shown()}' (base32hex without padding)`;
        break;
      default:
        part = readEui(token, field === "e" ? 6 : 8);
        problem = `bad EUI '${this.shown()}' (${field === "e" ? 6 : 8} groups of two hex digits joined by -)`;
    }
    if (part === void 0) return this.fail("zone/bad-rdata", `${mnemonic}: ${problem}`);
    sc.next();
    return part;
  }
  /** Base64 from the current token to the end of the data, joined and checked as a whole. */
  base64ToEnd(mnemonic) {
    const sc = this.sc;
    if (!this.expect(`${mnemonic} base64 data (unexpected end of input)`)) return void 0;
    let b64 = "";
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      if (sc.kind === TOK_QUOTED2 || !/^[A-Za-z0-9+/=]+$/.test(this.text.slice(sc.start, sc.end))) {
        return this.fail("zone/bad-rdata", `${mnemonic}: bad base64 '${this.shown()}'`);
      }
      b64 += this.text.slice(sc.start, sc.end);
      sc.next();
    }
    if (!isBase64(b64)) {
      this.report("zone/bad-rdata", `${mnemonic}: bad base64 encoding (whole groups of four, padding only at the end)`, this.lastTokenSpan());
      return void 0;
    }
    return chunked(b64);
  }
  /** Type mnemonics to the end, printed in code order without repeats (BIND stores a bitmap). */
  typeBitmap(mnemonic, required) {
    const sc = this.sc;
    if (required && !this.expect(`${mnemonic} type list (unexpected end of input)`)) return void 0;
    const codes = /* @__PURE__ */ new Set();
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      const code = sc.kind === TOK_WORD2 ? typeCode(this.text.slice(sc.start, sc.end).toUpperCase()) : void 0;
      if (code === void 0) return this.fail("zone/bad-rdata", `${mnemonic}: unknown type '${this.shown()}' in the type list`);
      codes.add(code);
      sc.next();
    }
    return [...codes].sort((x, y) => x - y).map(typeName).join(" ");
  }
  locField() {
    const sc = this.sc;
    if (!this.expect("LOC data")) return void 0;
    const firstSpan = this.tokenSpan();
    const tokens = [];
    while (sc.kind === TOK_WORD2 || sc.kind === TOK_QUOTED2) {
      tokens.push(this.text.slice(sc.start, sc.end));
      sc.next();
    }
    const loc = readLoc(tokens);
    if ("error" in loc) {
      this.report("zone/bad-rdata", `bad LOC data: ${loc.error}`, firstSpan);
      return void 0;
    }
    return loc.text;
  }
};
function classify(text, start, end) {
  const len = end - start;
  const c0 = text.charCodeAt(start) | 32;
  switch (len) {
    case 1:
      if (c0 === 97) return 1;
      break;
    case 2: {
      const c1 = text.charCodeAt(start + 1) | 32;
      if (c0 === 105 && c1 === 110) return CLASS_BASE + 1;
      if (c0 === 110 && c1 === 115) return 2;
      if (c0 === 109 && c1 === 120) return 15;
      break;
    }
    case 3: {
      const c1 = text.charCodeAt(start + 1) | 32;
      const c2 = text.charCodeAt(start + 2) | 32;
      if (c0 === 116 && c1 === 120 && c2 === 116) return 16;
      if (c0 === 115 && c1 === 114 && c2 === 118) return 33;
      if (c0 === 112 && c1 === 116 && c2 === 114) return 12;
      break;
    }
    case 4:
      if (c0 === 97 && (text.charCodeAt(start + 1) | 32) === 97 && (text.charCodeAt(start + 2) | 32) === 97 && (text.charCodeAt(start + 3) | 32) === 97) return 28;
      break;
    case 5:
      if (c0 === 99 && (text.charCodeAt(start + 1) | 32) === 110 && (text.charCodeAt(start + 2) | 32) === 97 && (text.charCodeAt(start + 3) | 32) === 109 && (text.charCodeAt(start + 4) | 32) === 101) {
        return 5;
      }
      break;
  }
  if (len > 12) return -1;
  const upper = text.slice(start, end).toUpperCase();
  const type = typeCode(upper);
  if (type !== void 0) return type;
  const cls = classCode(upper);
  if (cls !== void 0) return CLASS_BASE + cls;
  return -1;
}
function checkSvcbValue(n, value) {
  switch (n) {
    case 0: {
      if (!value) return { error: "mandatory needs a list of keys" };
      const keys = [];
      for (const k of value.split(",")) {
        const m = svcbKeyNumber(k.toLowerCase());
        if (m < 0 || m === 0) return { error: `bad key '${k}' in mandatory` };
        if (keys.includes(m)) return { error: `key '${k}' repeated in mandatory` };
        keys.push(m);
      }
      keys.sort((a, b) => a - b);
      return keys.map((k) => SVCB_KEY_NAMES[k] ?? `key${k}`).join(",");
    }
    case 1:
      if (!value || value.split(",").some((id) => id === "")) return { error: "alpn needs a list of protocol ids" };
      return value;
    case 2:
      if (value !== void 0 && value !== "") return { error: "no-default-alpn takes no value" };
      return void 0;
    case 3: {
      if (value === void 0) return { error: "port needs a value" };
      const port = readUnsigned(value, 0, value.length, 65535);
      if (port < 0) return { error: `bad port '${value}'` };
      return String(port);
    }
    case 4: {
      if (!value) return { error: "ipv4hint needs addresses" };
      for (const a of value.split(",")) if (!isIPv4(a, 0, a.length)) return { error: `bad IPv4 address '${a}'` };
      return value;
    }
    case 5:
      if (!value || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return { error: "ech needs base64 data" };
      return value;
    case 6: {
      if (!value) return { error: "ipv6hint needs addresses" };
      const out = [];
      for (const a of value.split(",")) {
        const c = canonicalIPv6(a, 0, a.length);
        if (c === void 0) return { error: `bad IPv6 address '${a}'` };
        out.push(c);
      }
      return out.join(",");
    }
    default:
      return value === "" ? void 0 : value;
  }
}
function dumpDateProblem(text) {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return "is not YYYYMMDDHHMMSS";
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  const leap = year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === void 0 || day < 1 || day > days || hour > 23 || minute > 59 || second > 60) return "is not a valid date";
  const seconds = Date.UTC(year, month - 1, day, hour, minute, second) / 1e3;
  if (seconds < 0 || seconds > 4294967295) return "is outside the 32-bit time range";
  return void 0;
}
function templateText(text, start, end, quoted) {
  const raw = text.slice(start, end);
  return quoted ? raw.replace(/\\"/g, '"') : raw;
}
function labelCount(name) {
  if (name === ".") return 0;
  let labels = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 46) labels++;
  }
  return labels;
}
function isInZone(name, apex) {
  if (apex === ".") return true;
  const extra = name.length - apex.length;
  if (extra === 0) return name === apex;
  if (extra < 2 || !name.endsWith(apex) || name.charCodeAt(extra - 1) !== 46) return false;
  let backslashes = 0;
  for (let i = extra - 2; i >= 0 && name.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}
function canonicalOrigin(origin) {
  const absolute = origin.endsWith(".") ? origin : origin + ".";
  const name = readName(absolute, 0, absolute.length, absolute.includes("\\"), void 0);
  return typeof name === "string" ? name : void 0;
}
var VIEW_COMMENT = /^[ \t]*;[ \t]*uclint-view:[ \t]*(internal|external)\b/im;
function viewOf(text, options) {
  const fallback = { view: options.view ?? "unknown", viewSource: options.viewSource ?? (options.view ? "config" : "none") };
  if (options.viewSource === "config") return fallback;
  let end = 0;
  for (let lines = 0; lines < 10 && end < text.length && end < 4096; lines++) {
    const nl = text.indexOf("\n", end);
    end = nl < 0 ? text.length : nl + 1;
  }
  const m = VIEW_COMMENT.exec(text.slice(0, end));
  if (m) return { view: m[1].toLowerCase(), viewSource: "comment" };
  return fallback;
}
function fileRange(file, text, scanEnd) {
  let line;
  let lineStart;
  if (scanEnd !== void 0) {
    line = scanEnd.line;
    lineStart = scanEnd.lineStart;
  } else {
    line = 1;
    lineStart = text.charCodeAt(0) === 65279 ? 1 : 0;
    for (let i = lineStart; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
  }
  if (lineStart === text.length && line > 1) {
    let end = text.length;
    if (text.charCodeAt(end - 1) === 10) end--;
    if (text.charCodeAt(end - 1) === 13) end--;
    let start = end;
    while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
    if (start === 0 && text.charCodeAt(0) === 65279) start = 1;
    return { file, line: 1, column: 1, endLine: line - 1, endColumn: end - start + 1 };
  }
  return { file, line: 1, column: 1, endLine: line, endColumn: text.length - lineStart + 1 };
}
function lineCount(text) {
  let count = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

// src/loaders/zone/index.ts
function parseZone(text, options) {
  return parseZoneText(typeof text === "string" ? text : String(text), options);
}

// src/engine/rule.ts
function defineRule(rule) {
  if (!/^[a-z0-9]+\/[a-z0-9-]+$/.test(rule.id)) {
    throw new Error(`rule id "${rule.id}" is not of the form <pack>/<rule-name>`);
  }
  return Object.freeze(rule);
}
function packOf(ruleId) {
  return ruleId.slice(0, ruleId.indexOf("/"));
}
function fillMessage(template, data = {}) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => key in data ? String(data[key]) : whole);
}

// rules/dns/cname-and-other-data.ts
var ALLOWED_BESIDE_CNAME = /* @__PURE__ */ new Set(["CNAME", "RRSIG", "NSEC"]);
function checkOwner(atOwner, report) {
  const cnames = atOwner.filter((r) => r.type === "CNAME");
  if (cnames.length === 0) return;
  const others = atOwner.filter((r) => !ALLOWED_BESIDE_CNAME.has(r.type));
  const first = cnames[0];
  const name = displayName(first.name);
  if (others.length > 0) {
    const types = [...new Set(others.map((r) => r.type))].join(", ");
    report({
      node: first,
      messageId: "otherData",
      data: { name, target: displayName(first.data.target), types },
      related: others.map((r) => ({ node: r, message: `${r.type} record at ${name}` }))
    });
  }
  const targets = [...new Set(cnames.map((r) => r.data.target))];
  if (targets.length > 1) {
    const extra = cnames.filter((r, i) => cnames.findIndex((s) => s.data.target === r.data.target) === i).slice(1);
    report({
      node: extra[0],
      messageId: "multipleCnames",
      data: { name, count: targets.length, targets: targets.map(displayName).join(", ") },
      related: [{ node: first, message: `first CNAME at ${name}` }]
    });
  }
}
var cname_and_other_data_default = defineRule({
  id: "dns/cname-and-other-data",
  meta: {
    description: "A name with a CNAME record has no other data and only one CNAME",
    rationale: [
      "A CNAME makes its owner an alias: every query for the name, of any type, is answered from the",
      "canonical name. Other records at the same owner can never be returned consistently, so RFC 1034 forbids",
      "them (DNSSEC's RRSIG and NSEC excepted), and name servers refuse to load such a zone or answer",
      "unpredictably. Two CNAMEs with different targets at one owner make the alias ambiguous (RFC 2181 section",
      "10.1). A common trap in UC deployments is a CNAME for `sip` or `lyncdiscover` left beside the A record",
      "that replaced it, or a CNAME at the zone apex beside the SOA and NS records.",
      "",
      "Each zone file is judged on its own: internal and external views may answer differently.",
      "",
      "**Fix:** keep either the CNAME or the other records; at the zone apex, use address records."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "RFC 1034", section: "3.6.2 (Aliases and canonical names)" },
      { source: "RFC 2181", section: "10.1 (CNAME resource records)" },
      { source: "RFC 4035", section: "2.5 (RRSIG and NSEC beside a CNAME)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      otherData: "{{name}} has a CNAME to {{target}} and also {{types}} data; an alias cannot carry other records",
      multipleCnames: "{{name}} has {{count}} CNAME records with different targets ({{targets}}); an alias has exactly one"
    },
    examples: {
      invalid: "sip IN CNAME edge.contoso.com.\nsip IN A 167.55.49.32",
      valid: "sip IN A 167.55.49.32\nlyncdiscover IN CNAME web-external.contoso.com."
    }
  },
  appliesTo: (estate) => estate.records("CNAME").length > 0,
  check({ estate, report }) {
    for (const [, records] of estate.namesWithSeveralRecords()) {
      if (!records.some((r) => r.type === "CNAME")) continue;
      const groups = /* @__PURE__ */ new Map();
      for (const r of records) {
        const key = `${r.zone.file}\0${r.class}`;
        const group = groups.get(key);
        if (group) group.push(r);
        else groups.set(key, [r]);
      }
      for (const atOwner of groups.values()) checkOwner(atOwner, report);
    }
  }
});

// rules/dns/dangling-target.ts
function targetOf(record) {
  switch (record.type) {
    case "CNAME":
    case "NS":
    case "SRV":
      return record.data.target;
    case "MX":
      return record.data.exchange;
    default:
      return void 0;
  }
}
function answeredElsewhere(estate, target, zone, filter) {
  const origin = zone.origin;
  for (let name = target; name !== void 0 && isAtOrBelow(name, origin); name = parentName(name)) {
    if (name !== origin && estate.recordsAt(name, "NS", filter).length > 0) return true;
    if (name !== target && estate.hasName(`*.${name}`, filter)) return true;
    if (name === origin) break;
  }
  return false;
}
var dangling_target_default = defineRule({
  id: "dns/dangling-target",
  meta: {
    description: "CNAME, SRV, MX and NS targets inside a zone the estate holds exist in that zone",
    rationale: [
      "A record that points at a name in one of your own zones, where that name has no records at all, sends",
      "every client to NXDOMAIN: an alias to nothing, a service (a SIP pool, an edge) that cannot be reached,",
      "mail that bounces, a name server that does not exist. It usually means a typo or a host that was",
      "renamed or removed while the records pointing at it stayed.",
      "",
      "Targets are looked up in zones of the same view as the record (internal names only in internal zones);",
      "records in zones of unknown view are looked up in every view. Targets in zones the estate does not hold",
      "are not judged, nor are names below a delegation or covered by a wildcard. The target `.` of SRV and MX",
      'means "no service" and is not followed. An SRV target that exists but has no address is',
      "sip/srv-target's finding.",
      "",
      "**Fix:** correct the target, or add the records of the host it names."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "RFC 1034", section: "3.6.2 (Aliases and canonical names)" },
      { source: "RFC 2782", section: "The format of the SRV RR (Target)" },
      { source: "RFC 7505", section: "3 (null MX)" },
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "the discovered host must resolve before the client can connect" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      dangling: "{{type}} {{name}} points at {{target}}, which has no records in the {{view}} zone {{zone}}"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\nmeet IN CNAME webext.contoso.com.\n_sip._tls IN SRV 0 0 443 sip-edge.contoso.com.",
      valid: "$ORIGIN contoso.com.\nmeet IN CNAME web-external.contoso.com.\nweb-external IN A 167.55.49.35"
    }
  },
  appliesTo: (estate) => ["CNAME", "SRV", "MX", "NS"].some((type) => estate.records(type).length > 0),
  check({ estate, report }) {
    for (const type of ["CNAME", "MX", "NS", "SRV"]) {
      for (const record of estate.records(type)) {
        const target = targetOf(record);
        if (target === void 0 || target === ".") continue;
        const filter = record.zone.view === "unknown" ? void 0 : { view: record.zone.view };
        if (estate.hasName(target, filter)) continue;
        const resolution = estate.resolve(target, filter);
        if (resolution.outcome !== "nxdomain" || resolution.chain.length > 0) continue;
        const zone = estate.zonesFor(target, filter)[0];
        if (!zone || answeredElsewhere(estate, target, zone, filter)) continue;
        report({
          node: record,
          messageId: "dangling",
          data: {
            type: record.type,
            name: displayName(record.name),
            target: displayName(target),
            view: zone.view,
            zone: displayName(zone.origin)
          }
        });
      }
    }
  }
});

// rules/dns/duplicate-record.ts
function canonicalData(record) {
  switch (record.type) {
    case "A":
    case "AAAA":
      return record.data.address;
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return record.data.target;
    case "CAA": {
      const caa = record.data;
      return `${caa.flags} ${caa.tag.toLowerCase()} ${rdataText(record).split(" ").slice(2).join(" ")}`;
    }
    default:
      return rdataText(record);
  }
}
function presentData(record) {
  const data = record.data;
  switch (record.type) {
    case "A":
    case "AAAA":
      return String(data.address);
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return displayName(String(data.target));
    case "MX":
      return `${data.preference} ${displayName(String(data.exchange))}`;
    case "SRV":
      return `${data.priority} ${data.weight} ${data.port} ${displayName(String(data.target))}`;
    case "TXT":
    case "SPF":
      return data.strings.map((s) => JSON.stringify(s)).join(" ");
    default:
      return Object.values(data).map(String).join(" ");
  }
}
var duplicate_record_default = defineRule({
  id: "dns/duplicate-record",
  meta: {
    description: "A zone holds each record once, and the records of one set share one TTL",
    rationale: [
      "A resource record set is a set: the same owner, class, type and data written twice is one record to a",
      "name server, which drops the copy (RFC 2181 section 5). The copy is harmless on the wire but a sign of",
      "a bad merge or a generator run twice, and the next edit of one copy leaves the other behind. Data is",
      "compared in canonical form (`2001:DB8::1` equals `2001:db8:0::1`, names ignore case).",
      "",
      "Records of one set (same owner, class and type) with different TTLs are deprecated by RFC 2181",
      "section 5.2; servers and resolvers treat the set as having the lowest TTL, or reject it.",
      "",
      "Each zone file is judged on its own: the same record in the internal and the external view is expected.",
      "",
      "**Fix:** delete the copy; give every record of the set the same TTL."
    ].join("\n"),
    severity: "warning",
    recommended: true,
    citations: [
      { source: "RFC 2181", section: "5 (Resource record sets) and 5.2 (TTLs of RRs in an RRSet)" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      duplicate: "{{name}} {{type}} {{data}} is written twice in this zone",
      ttlMismatch: "{{name}} {{type}} has TTL {{actual}} but the set's first record has TTL {{expected}}; records of one set share one TTL"
    },
    examples: {
      invalid: "pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.1\npool  300 IN A 192.168.1.2",
      valid: "pool 3600 IN A 192.168.1.1\npool 3600 IN A 192.168.1.2"
    }
  },
  appliesTo: (estate) => estate.zones.some((zone) => zone.records.length > 1),
  check({ estate, report }) {
    for (const [, records] of estate.namesWithSeveralRecords()) {
      const sets = /* @__PURE__ */ new Map();
      for (const record of records) {
        const setKey = `${record.zone.file} ${record.class} ${record.type}`;
        let set = sets.get(setKey);
        if (!set) {
          set = { first: record, data: /* @__PURE__ */ new Map() };
          sets.set(setKey, set);
        }
        const dataKey = canonicalData(record);
        const copyOf = set.data.get(dataKey);
        if (!copyOf) set.data.set(dataKey, record);
        if (copyOf) {
          report({
            node: record,
            messageId: "duplicate",
            data: { name: displayName(record.name), type: record.type, data: presentData(record) },
            related: [{ node: copyOf, message: "first written here" }]
          });
        }
        if (record.ttl !== set.first.ttl) {
          report({
            node: record,
            messageId: "ttlMismatch",
            data: { name: displayName(record.name), type: record.type, actual: record.ttl, expected: set.first.ttl },
            related: [{ node: set.first, message: `first record of the set, TTL ${set.first.ttl}` }]
          });
        }
      }
    }
  }
});

// src/estate/addresses.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
var NON_PUBLIC_RANGES = [
  { network: "10.0.0.0/8", kind: "private", reference: "RFC 1918" },
  { network: "172.16.0.0/12", kind: "private", reference: "RFC 1918" },
  { network: "192.168.0.0/16", kind: "private", reference: "RFC 1918" },
  { network: "100.64.0.0/10", kind: "shared (carrier-grade NAT)", reference: "RFC 6598" },
  { network: "127.0.0.0/8", kind: "loopback", reference: "RFC 1122" },
  { network: "169.254.0.0/16", kind: "link-local", reference: "RFC 3927" },
  { network: "::1/128", kind: "loopback", reference: "RFC 4291" },
  { network: "fe80::/10", kind: "link-local", reference: "RFC 4291" },
  { network: "fc00::/7", kind: "unique local", reference: "RFC 4193" }
];
var BY_NETWORK = new Map(NON_PUBLIC_RANGES.map((r) => [r.network, r]));
var SUBNETS = Object.fromEntries(NON_PUBLIC_RANGES.map((r) => [r.network, [import_ipaddr.default.parseCIDR(r.network)]]));
var PUBLIC = "public";
function mayBeNonPublic(text) {
  const colon = text.indexOf(":");
  if (colon >= 0) {
    const first2 = text.charCodeAt(0);
    return colon === 0 || first2 === 48 || first2 === 102 || first2 === 70;
  }
  let first = 0;
  let i = 0;
  for (; i < text.length && text.charCodeAt(i) !== 46; i++) first = first * 10 + (text.charCodeAt(i) - 48);
  let second = 0;
  for (i++; i < text.length && text.charCodeAt(i) !== 46; i++) second = second * 10 + (text.charCodeAt(i) - 48);
  switch (first) {
    case 10:
    case 127:
      return true;
    case 172:
      return second >= 16 && second <= 31;
    case 192:
      return second === 168;
    case 100:
      return second >= 64 && second <= 127;
    case 169:
      return second === 254;
    default:
      return false;
  }
}
function nonPublicRangeOf(address) {
  const text = address.trim();
  if (!mayBeNonPublic(text)) return void 0;
  if (!import_ipaddr.default.isValid(text) || !text.includes(":") && !import_ipaddr.default.IPv4.isValidFourPartDecimal(text)) return void 0;
  const match = import_ipaddr.default.subnetMatch(import_ipaddr.default.process(text), SUBNETS, PUBLIC);
  const range = BY_NETWORK.get(match);
  return range && { ...range };
}

// rules/dns/private-address-external.ts
var private_address_external_default = defineRule({
  id: "dns/private-address-external",
  meta: {
    description: "Address records in the external view hold public addresses only",
    rationale: [
      "Public DNS answers clients on the Internet. An address from a private (RFC 1918), shared (RFC 6598,",
      "carrier-grade NAT), loopback, link-local or IPv6 unique-local range cannot be reached from there: an",
      "external client that resolves `sip`, `av` or a simple URL to such an address times out instead of",
      "reaching the edge or reverse proxy, and the record discloses the internal addressing plan. It usually",
      "means an internal record was copied into the external zone of a split-brain pair.",
      "",
      "VPN clients that must reach the edge and reverse proxy outside the tunnel depend on these names",
      "resolving to the public addresses too.",
      "",
      "Only zones of the external view are checked; zones of unknown view are reported as not checked.",
      "",
      "**Fix:** publish the public (NAT or edge) address in the external zone, and keep the private address in",
      "the internal zone only."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "RFC 1918", section: "3 (Private address space)" },
      { source: "RFC 6598", section: "7 (Shared address space)" },
      { source: "RFC 4193", section: "3 (Unique local IPv6 unicast addresses)" },
      { source: "seed 004 (Lync Server 2010 articles)", section: "Enabling Lync Media to Bypass a VPN Tunnel, Specialized DNS Entries" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      nonPublicAddress: "{{name}} {{type}} {{address}} is a {{kind}} address ({{network}}, {{reference}}) in the external view; Internet clients cannot reach it"
    },
    examples: {
      invalid: "; uclint-view: external\nav IN A 10.0.20.34",
      valid: "; uclint-view: external\nav IN A 167.55.49.34"
    }
  },
  appliesTo: (estate) => estate.records("A").length > 0 || estate.records("AAAA").length > 0,
  check({ estate, report, notChecked }) {
    const unknownViewZones = /* @__PURE__ */ new Set();
    for (const type of ["A", "AAAA"]) {
      for (const record of estate.records(type)) {
        const view = record.zone.view;
        if (view === "internal") continue;
        const range = nonPublicRangeOf(record.data.address);
        if (!range) continue;
        if (view === "unknown") {
          if (!unknownViewZones.has(record.zone)) {
            unknownViewZones.add(record.zone);
            notChecked(record.zone, "the zone's view (internal or external) is unknown, so its non-public addresses were not judged");
          }
          continue;
        }
        report({
          node: record,
          messageId: "nonPublicAddress",
          data: {
            name: displayName(record.name),
            type,
            address: record.data.address,
            kind: range.kind,
            network: range.network,
            reference: range.reference
          }
        });
      }
    }
  }
});

// rules/lync/discovery-records.ts
var PRODUCTS = ["ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019"];
var DEFAULT_INTERNAL_ONLY = ["_sipinternaltls._tcp", "lyncdiscoverinternal", "sipinternal"];
var CONSEQUENCE = {
  "_sipinternaltls._tcp": "internal clients cannot find their pool automatically",
  lyncdiscoverinternal: "internal mobile and Lync 2013 or later clients cannot find the autodiscover service",
  "_sip._tls": "clients on the Internet cannot find the Access Edge",
  lyncdiscover: "mobile and external clients cannot find the autodiscover service",
  sip: "the Access Edge host that clients fall back to and that the edge certificate names does not exist"
};
var discovery_records_default = defineRule({
  id: "lync/discovery-records",
  meta: {
    description: "Each SIP domain publishes the discovery records its product needs, each in the right view",
    rationale: [
      "Clients find their server from nothing but the domain of the user's SIP address, so each SIP domain needs",
      "its discovery records on both sides of split-brain DNS:",
      "",
      "- internal view: `_sipinternaltls._tcp.D` (SRV to the pool, port 5061) and, where chosen with the",
      "  `internal` option, `lyncdiscoverinternal.D` (autodiscover);",
      "- external view: `_sip._tls.D` (SRV to the Access Edge, port 443), `sip.D` (the Access Edge host) and,",
      "  from Lync Server 2010 with mobility (`mobility` option, default on), `lyncdiscover.D`.",
      "",
      "Names that only mean something inside (`_sipinternaltls._tcp`, `lyncdiscoverinternal`, `sipinternal`)",
      "must not be published in the external view: outside clients would try to reach internal servers, and",
      "the names disclose the internal topology. (`_sipinternal._tcp` outside is lync/no-cleartext-external's",
      "finding.)",
      "",
      "The product comes from the `product` option, else `settings.product`, else `lync2013`; OCS 2007 R2 has",
      "no autodiscover. A view is checked only when the estate holds zones of that view, and a domain only",
      "when the estate holds its zone in that view; zones of unknown view are not checked. Ports are checked by",
      "sip/srv-port and targets by sip/srv-target.",
      "",
      "**Fix:** add the missing record to the zone named in the finding, or move the internal-only record to",
      "the internal zone."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "Understanding Client Automatic Configuration and DNS Discovery" },
      { source: "seed 001 (OCS 2007 R2: common sign-in and discovery issues)", section: "DNS Configuration" },
      { source: "seed 004 (Lync Server 2010 articles)", section: "Enabling Lync Media to Bypass a VPN Tunnel, table 2; mobility autodiscover" },
      { source: "Skype for Business Server docs", section: "DNS requirements (lyncdiscover, lyncdiscoverinternal)" }
    ],
    options: {
      type: "object",
      properties: {
        product: { enum: [...PRODUCTS], description: "Default: settings.product, else lync2013." },
        mobility: { type: "boolean", default: true, description: "Mobility/autodiscover is deployed (Lync 2010 CU4 or later)." },
        internal: {
          enum: ["srv", "autodiscover", "either", "both"],
          default: "srv",
          description: "Internal discovery records required: _sipinternaltls._tcp (srv), lyncdiscoverinternal (autodiscover), either or both."
        },
        internalOnlyNames: {
          type: "array",
          items: { type: "string", minLength: 1 },
          uniqueItems: true,
          default: [...DEFAULT_INTERNAL_ONLY],
          description: "Names below each SIP domain that must not be published in the external view."
        }
      },
      additionalProperties: false
    },
    messages: {
      missingRecord: "{{domain}} has no {{record}} record in the {{view}} view: {{consequence}}",
      missingEither: "{{domain}} has neither {{record}} nor {{alternative}} in the {{view}} view: internal clients cannot find their pool automatically",
      internalOnlyName: "{{name}} is published in the external view; it is an internal-only name of {{domain}} and belongs in internal DNS only"
    },
    examples: {
      invalid: "; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\nlyncdiscoverinternal IN A 192.168.1.20",
      valid: "; external view of contoso.com\n@ IN SOA ns1 hostmaster 1 3600 600 86400 300\n_sip._tls IN SRV 0 0 443 sip\nsip IN A 167.55.49.32\nlyncdiscover IN A 167.55.49.35"
    }
  },
  appliesTo: (estate) => estate.zones.length > 0 && estate.sipDomains().size > 0,
  check({ estate, options, report, notChecked }) {
    const product = options?.product ?? productFromSettings(estate);
    if (!product) return;
    const autodiscover = product !== "ocs2007r2" && (options?.mobility ?? true);
    const internalMode = autodiscover ? options?.internal ?? "srv" : "srv";
    const internalOnly = options?.internalOnlyNames ?? DEFAULT_INTERNAL_ONLY;
    const views = new Set(estate.views());
    const anchors = /* @__PURE__ */ new Map();
    const anchorOf = (zone) => {
      let anchor = anchors.get(zone);
      if (!anchor) {
        anchor = zone.records.find((r) => r.type === "SOA") ?? zone.records[0] ?? zone;
        anchors.set(zone, anchor);
      }
      return anchor;
    };
    const reportedUnknown = /* @__PURE__ */ new Set();
    for (const domain of [...estate.sipDomains()].sort()) {
      const shown = displayName(domain);
      const under = (label) => `${label}.${domain}`;
      for (const zone of estate.zonesFor(domain, { view: "unknown" })) {
        if (reportedUnknown.has(zone)) continue;
        reportedUnknown.add(zone);
        notChecked(zone, "the zone's view (internal or external) is unknown, so its SIP discovery records were not judged");
      }
      const zoneIn = (view) => views.has(view) ? [...estate.zonesFor(domain, { view })].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)[0] : void 0;
      const missing = (zone, view, label) => {
        report({
          node: anchorOf(zone),
          messageId: "missingRecord",
          data: { domain: shown, record: displayName(under(label)), view, consequence: CONSEQUENCE[label] ?? "clients cannot find the service" }
        });
      };
      const internalZone = zoneIn("internal");
      if (internalZone) {
        const hasSrv = estate.recordsAt(under("_sipinternaltls._tcp"), "SRV", { view: "internal" }).length > 0;
        const hasAutodiscover = estate.hasName(under("lyncdiscoverinternal"), { view: "internal" });
        if ((internalMode === "srv" || internalMode === "both") && !hasSrv) missing(internalZone, "internal", "_sipinternaltls._tcp");
        if ((internalMode === "autodiscover" || internalMode === "both") && !hasAutodiscover) {
          missing(internalZone, "internal", "lyncdiscoverinternal");
        }
        if (internalMode === "either" && !hasSrv && !hasAutodiscover) {
          report({
            node: anchorOf(internalZone),
            messageId: "missingEither",
            data: {
              domain: shown,
              record: displayName(under("_sipinternaltls._tcp")),
              alternative: displayName(under("lyncdiscoverinternal")),
              view: "internal"
            }
          });
        }
      }
      const externalZone = zoneIn("external");
      if (externalZone) {
        if (estate.recordsAt(under("_sip._tls"), "SRV", { view: "external" }).length === 0) missing(externalZone, "external", "_sip._tls");
        if (!estate.hasName(under("sip"), { view: "external" })) missing(externalZone, "external", "sip");
        if (autodiscover && !estate.hasName(under("lyncdiscover"), { view: "external" })) missing(externalZone, "external", "lyncdiscover");
        for (const label of internalOnly) {
          const leaked = estate.recordsAt(under(label.toLowerCase().replace(/\.+$/, "")), void 0, { view: "external" })[0];
          if (leaked) {
            report({
              node: leaked,
              messageId: "internalOnlyName",
              data: { name: displayName(leaked.name), domain: shown }
            });
          }
        }
      }
    }
  }
});
function productFromSettings(estate) {
  const configured = estate.settings.product;
  if (configured === void 0) return "lync2013";
  return PRODUCTS.includes(configured) ? configured : void 0;
}

// rules/lync/no-cleartext-external.ts
var CLEARTEXT_SERVICES = /* @__PURE__ */ new Set(["_sipinternal._tcp", "_sip._tcp"]);
var no_cleartext_external_default = defineRule({
  id: "lync/no-cleartext-external",
  meta: {
    description: "No clear-text SIP SRV record (_sipinternal._tcp, _sip._tcp) for a SIP domain in the external view",
    rationale: [
      "Communicator, Lync and Skype for Business clients never look on the Internet for a SIP server that",
      "speaks clear-text TCP: outside the network, SIP runs over TLS through the Access Edge. A `_sipinternal._tcp`",
      "or `_sip._tcp` record in public DNS serves no client, advertises an internal clear-text listener (its",
      "name and often its address) to anyone, and invites clients of other products to send credentials",
      "unencrypted.",
      "",
      "**Fix:** delete the record from the external zone; publish `_sip._tls` (port 443, Access Edge) instead.",
      "Keep `_sipinternal._tcp` in the internal view only, and only where clear-text TCP is allowed at all.",
      "",
      "A record with target `.` (service not available) is fine: it says exactly that.",
      "",
      "Zones whose view is unknown are not checked (set `views` in `.uclint.yml`, a `; uclint-view:` comment",
      "or an `internal`/`external` folder)."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "Understanding Client Automatic Configuration and DNS Discovery (no Internet-reachable TCP server)" },
      { source: "seed 001 (OCS 2007 R2: common sign-in and discovery issues)", section: "DNS Configuration" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      cleartextExternal: "SRV {{name}} publishes clear-text SIP ({{service}}) for {{domain}} in the external view; clients never use it from the Internet, remove it"
    },
    examples: {
      invalid: "; external view\n_sipinternal._tcp IN SRV 0 0 5060 pool.contoso.com.\n_sip._tcp IN SRV 0 0 5060 sip.contoso.com.",
      valid: "; external view\n_sip._tls IN SRV 0 0 443 sip.contoso.com."
    }
  },
  appliesTo: (estate) => estate.records("SRV").length > 0,
  check({ estate, report, notChecked }) {
    const sipDomains = estate.sipDomains();
    const unknownViewZones = /* @__PURE__ */ new Set();
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!CLEARTEXT_SERVICES.has(service) || !sipDomains.has(domain)) continue;
      if (srv.data.target === ".") continue;
      if (srv.zone.view === "unknown") {
        if (!unknownViewZones.has(srv.zone)) {
          unknownViewZones.add(srv.zone);
          notChecked(srv.zone, "the zone's view (internal or external) is unknown, so clear-text SIP records in it were not judged");
        }
        continue;
      }
      if (srv.zone.view !== "external") continue;
      report({
        node: srv,
        messageId: "cleartextExternal",
        data: { name: displayName(srv.name), service, domain: displayName(domain) }
      });
    }
  }
});

// rules/lync/strict-naming.ts
var DEFAULT_SIGN_IN_SERVICES = ["_sipinternaltls._tcp", "_sipinternal._tcp", "_sip._tls", "_sip._tcp"];
function hostAcceptance(host, sipDomain) {
  const h = canonicalName(host);
  const d = canonicalName(sipDomain);
  if (h === d || h === `sip.${d}`) return "always";
  if (h.length > d.length + 1 && isAtOrBelow(h, d)) {
    const below = h.slice(0, h.length - d.length - 1);
    const oneLabel = below.includes("\\") ? labelsOf(`${below}.`).length === 1 : !below.includes(".");
    if (oneLabel) return "nonStrictOnly";
  }
  return "never";
}
var strict_naming_default = defineRule({
  id: "lync/strict-naming",
  meta: {
    description: "Sign-in SRV records point at a host name the client accepts for the SIP domain",
    rationale: [
      "A Communicator, Lync or Skype for Business client that finds its server through DNS only trusts a host",
      "name that is tied to the domain of the user's SIP address, so that a forged DNS answer cannot send it",
      "to an impostor. For a user `someone@D` the client accepts:",
      "",
      "- always: `D` itself and `sip.D`;",
      "- when strict DNS naming is off (the default): also any name one label below `D` (`pool01.D`);",
      "- never: deeper names (`sip.eng.D`), other domains (`sip.D.net`, `sip.com`) or names that only",
      "  contain `D` (`sip.D.example.com`).",
      "",
      "Strict naming is switched on by the `EnableStrictDNSNaming` client policy. The rule reads it from the",
      "`strict` option, else from `settings.strictDnsNaming`, else assumes it is off.",
      "",
      "Only sign-in services are checked (`services` option; default `_sipinternaltls._tcp`, `_sipinternal._tcp`,",
      "`_sip._tls`, `_sip._tcp`). Federation records are left out on purpose: other organisations' servers follow",
      "them and apply no client naming policy, and hosted deployments point them at another domain.",
      "",
      "**Fix:** publish the server under `sip.D` (an A record, added to the certificate) and point the SRV",
      "record there; with strict naming off, a host directly below `D` also works."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "Understanding Client Automatic Configuration and DNS Discovery (strict naming examples)" },
      { source: "seed 001 (OCS 2007 R2: common sign-in and discovery issues)", section: "Strict Name Checking" },
      { source: "seed 000 (LCS 2005 and Windows Messenger 5 connectivity)", section: "DisableStrictDNSNaming" }
    ],
    options: {
      type: "object",
      properties: {
        strict: { type: "boolean", description: "Strict DNS naming on the clients (default: settings.strictDnsNaming, else false)." },
        services: {
          type: "array",
          items: { type: "string", pattern: "^_[^.]+\\._[^.]+\\.?$" },
          uniqueItems: true,
          default: [...DEFAULT_SIGN_IN_SERVICES],
          description: "SRV services (`_service._proto`) whose targets clients sign in to."
        }
      },
      additionalProperties: false
    },
    messages: {
      neverAccepted: "SRV {{name}} targets {{target}}, which clients signing in to {{domain}} never accept; use {{domain}}, sip.{{domain}} or a host directly below {{domain}}",
      rejectedWhenStrict: "SRV {{name}} targets {{target}}, which clients with strict DNS naming reject for {{domain}}; use sip.{{domain}} or {{domain}}"
    },
    examples: {
      invalid: "$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.net.\n_sipinternaltls._tcp IN SRV 0 0 5061 sip.eng.contoso.com.",
      valid: "$ORIGIN contoso.com.\n_sip._tls IN SRV 0 0 443 sip.contoso.com.\n_sipinternaltls._tcp IN SRV 0 0 5061 pool01.contoso.com."
    }
  },
  appliesTo: (estate) => estate.records("SRV").length > 0,
  check({ estate, options, report }) {
    const strict = options?.strict ?? estate.settings.strictDnsNaming ?? false;
    const services = new Set((options?.services ?? DEFAULT_SIGN_IN_SERVICES).map(normaliseService));
    const sipDomains = estate.sipDomains();
    for (const { record: srv, service, domain } of estate.srvServices()) {
      if (!services.has(service) || !sipDomains.has(domain)) continue;
      const target = srv.data.target;
      if (target === "." || ipLiteralIn(target, srv.zone.origin) !== void 0) continue;
      const acceptance = hostAcceptance(target, domain);
      if (acceptance === "always" || acceptance === "nonStrictOnly" && !strict) continue;
      report({
        node: srv,
        messageId: acceptance === "never" ? "neverAccepted" : "rejectedWhenStrict",
        data: { name: displayName(srv.name), target: displayName(target), domain: displayName(domain) }
      });
    }
  }
});

// rules/sip/srv-null-target.ts
var srv_null_target_default = defineRule({
  id: "sip/srv-null-target",
  meta: {
    description: 'An SRV record with target "." (service not available) is the only SRV record at its owner',
    rationale: [
      "RFC 2782 gives the target `.` one meaning: the service is decidedly not available at this domain.",
      'Publishing it next to real SRV records for the same service says both "not available" and "available',
      'here", and clients differ in which answer they believe. The usual cause is a placeholder left behind',
      "after the service was deployed.",
      "",
      "**Fix:** remove the `.` record when the service is offered, or remove the other records when it is not.",
      "",
      "Reported as information: the other records still work with most clients."
    ].join("\n"),
    severity: "info",
    recommended: true,
    citations: [{ source: "RFC 2782", section: 'The format of the SRV RR (Target ".")' }],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      notAlone: 'SRV {{name}} has target "." (service not available) but {{others}} other SRV record(s) at the same name offer the service'
    },
    examples: {
      invalid: "_sip._tls IN SRV 0 0 0 .\n_sip._tls IN SRV 0 0 443 sip.contoso.com.",
      valid: "_sip._tls IN SRV 0 0 0 ."
    }
  },
  appliesTo: (estate) => estate.records("SRV").some((srv) => srv.data.target === "."),
  check({ estate, report }) {
    for (const srv of estate.records("SRV")) {
      if (srv.data.target !== ".") continue;
      const others = estate.recordsAt(srv.name, "SRV").filter((other) => other !== srv && other.zone === srv.zone && other.data.target !== ".");
      if (others.length === 0) continue;
      report({
        node: srv,
        messageId: "notAlone",
        data: { name: displayName(srv.name), others: others.length },
        related: others.map((other) => ({ node: other, message: `offers the service at ${displayName(other.data.target)}` }))
      });
    }
  }
});

// rules/sip/srv-port.ts
var DEFAULT_SERVICE_PORTS = {
  "_sipinternaltls._tcp": 5061,
  "_sipinternal._tcp": 5060,
  "_sip._tls": 443,
  "_sipfederationtls._tcp": 5061,
  "_sips._tcp": 5061,
  "_sip._tcp": 5060,
  "_sip._udp": 5060,
  "_xmpp-server._tcp": 5269,
  "_collab-edge._tls": 8443
};
var srv_port_default = defineRule({
  id: "sip/srv-port",
  meta: {
    description: "SIP, federation, XMPP and Expressway SRV records use the port their service listens on",
    rationale: [
      "Clients and federating servers connect to the port the SRV record names. A Lync or Skype for Business",
      "client signing in from the Internet reaches the Access Edge on 443 through `_sip._tls`; internal clients",
      "use 5061 (`_sipinternaltls._tcp`) or, where clear-text TCP is allowed, 5060 (`_sipinternal._tcp`).",
      "Federation uses 5061, an XMPP gateway 5269 and a Cisco Expressway-E 8443. A record that names another",
      "port sends the client to a socket nobody listens on, and sign-in fails with a timeout.",
      "",
      "**Fix:** change the port field of the SRV record (`priority weight port target`) to the listed port, or,",
      "when the edge really listens elsewhere, set the `ports` option for that service.",
      "",
      "The `ports` option maps `_service._proto` to a port and is merged over the defaults; `null` stops",
      "checking a service. Records whose target is `.` (service not available) are not checked."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "seed 001 (OCS 2007 R2: common sign-in and discovery issues)", section: "DNS Configuration; Client Manual Sign-In on 5061, Access Edge Listening on 443" },
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "Understanding Client Automatic Configuration and DNS Discovery" },
      { source: "seed 004 (Lync Server 2010 articles)", section: "Enabling Lync Media to Bypass a VPN Tunnel, table 2" },
      { source: "RFC 3263", section: "4.2 (default SIP ports 5060 and 5061)" },
      { source: "Skype for Business Server docs", section: "Edge Server environmental requirements (DNS)" }
    ],
    options: {
      type: "object",
      properties: {
        ports: {
          type: "object",
          description: "Port per service (`_service._proto`), merged over the defaults; null stops checking a service.",
          additionalProperties: { type: ["integer", "null"], minimum: 0, maximum: 65535 },
          default: { ...DEFAULT_SERVICE_PORTS }
        }
      },
      additionalProperties: false
    },
    messages: {
      wrongPort: "SRV {{name}} targets {{target}} on port {{actual}}; the {{service}} service uses port {{expected}}"
    },
    examples: {
      invalid: "_sipfederationtls._tcp  IN SRV 0 0 5062 sip.contoso.com.\n_sip._tls               IN SRV 0 0 5061 sip.contoso.com.",
      valid: "_sipfederationtls._tcp  IN SRV 0 0 5061 sip.contoso.com.\n_sip._tls               IN SRV 0 0 443 sip.contoso.com."
    }
  },
  appliesTo: (estate) => estate.records("SRV").length > 0,
  check({ estate, options, report }) {
    const expectedPorts = /* @__PURE__ */ new Map();
    const merged = { ...DEFAULT_SERVICE_PORTS, ...options?.ports ?? {} };
    for (const [service, port] of Object.entries(merged)) {
      if (typeof port === "number") expectedPorts.set(normaliseService(service), port);
      else expectedPorts.delete(normaliseService(service));
    }
    for (const { record: srv, service } of estate.srvServices()) {
      if (srv.data.target === ".") continue;
      const expected = expectedPorts.get(service);
      if (expected === void 0 || srv.data.port === expected) continue;
      report({
        node: srv,
        messageId: "wrongPort",
        data: {
          name: displayName(srv.name),
          service,
          target: displayName(srv.data.target),
          expected,
          actual: srv.data.port
        }
      });
    }
  }
});

// rules/sip/srv-target.ts
var srv_target_default = defineRule({
  id: "sip/srv-target",
  meta: {
    description: "SRV targets are host names with address records: not IP literals, not aliases",
    rationale: [
      "RFC 2782 requires the target of an SRV record to be a domain name that has address records, and it",
      "must not be an alias. A client that discovers its server through `_sipinternaltls._tcp` or `_sip._tls`",
      "connects to the target host and then checks that the server certificate carries that host name; until",
      "the target resolves to an address, the client cannot connect at all.",
      "",
      "Three faults are reported:",
      "- an IP address written where the host name belongs (written without a trailing dot it even becomes",
      "  `10.0.0.5.contoso.com`);",
      "- a target that owns a CNAME record in the estate (point the SRV record at the canonical name instead);",
      "- a target inside a zone the estate holds, in the same view as the SRV record, that has records there",
      "  but no A or AAAA record (add the address records, or fix the name). A target with no records at all",
      "  is reported by dns/dangling-target.",
      "",
      'A target of `.` means "service not available" and is left to `sip/srv-null-target`. Targets in zones the',
      "estate does not hold are not judged. Records in zones of unknown view are resolved against every view."
    ].join("\n"),
    severity: "error",
    recommended: true,
    citations: [
      { source: "RFC 2782", section: "The format of the SRV RR (Target)" },
      { source: "RFC 2181", section: "10.3 (MX and NS records must not point to an alias)" },
      { source: "seed 002 (Office Communicator sign-in and discovery)", section: "Understanding Client Automatic Configuration and DNS Discovery (the host must resolve)" },
      { source: "seed 001 (OCS 2007 R2: common sign-in and discovery issues)", section: "use the server FQDN, not an IP address" }
    ],
    options: { type: "object", properties: {}, additionalProperties: false },
    messages: {
      ipLiteral: "SRV {{name}} targets the IP address {{address}}; an SRV target must be a host name with address records",
      aliasTarget: "SRV {{name}} targets {{target}}, which is an alias (CNAME to {{canonical}}); point the record at the canonical host name",
      noAddress: "SRV {{name}} targets {{target}}, which has no A or AAAA record in the {{view}} view"
    },
    examples: {
      invalid: "_sipinternaltls._tcp IN SRV 0 0 5061 192.168.1.10.\n_sip._tls IN SRV 0 0 443 sip\nsip IN CNAME edge",
      valid: "_sipinternaltls._tcp IN SRV 0 0 5061 pool.contoso.com.\npool IN A 192.168.1.10"
    }
  },
  appliesTo: (estate) => estate.records("SRV").length > 0,
  check({ estate, report }) {
    for (const srv of estate.records("SRV")) {
      const target = srv.data.target;
      if (target === ".") continue;
      const name = displayName(srv.name);
      const address = ipLiteralIn(target, srv.zone.origin);
      if (address !== void 0) {
        report({ node: srv, messageId: "ipLiteral", data: { name, address } });
        continue;
      }
      const view = srv.zone.view === "unknown" ? void 0 : srv.zone.view;
      const filter = view ? { view } : void 0;
      const alias = estate.recordsAt(target, "CNAME", filter)[0];
      if (alias) {
        report({
          node: srv,
          messageId: "aliasTarget",
          data: { name, target: displayName(target), canonical: displayName(alias.data.target) },
          related: [{ node: alias, message: `${displayName(target)} is an alias` }]
        });
        continue;
      }
      const resolution = estate.resolve(target, filter);
      if (resolution.outcome === "nodata") {
        report({
          node: srv,
          messageId: "noAddress",
          data: { name, target: displayName(target), view: view ?? "internal or external" }
        });
      }
    }
  }
});

// src/rules.generated.ts
var RULES = [cname_and_other_data_default, dangling_target_default, duplicate_record_default, private_address_external_default, discovery_records_default, no_cleartext_external_default, strict_naming_default, srv_null_target_default, srv_port_default, srv_target_default];

// src/lint.ts
import { readFileSync as readFileSync3, writeFileSync } from "node:fs";
import path5 from "node:path";

// src/discover/discover.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { promises as fsp, realpathSync, statSync } from "node:fs";
import path2 from "node:path";

// src/discover/classify.ts
import path from "node:path";
var SNIFF_BYTES = 8 * 1024;
var CERTIFICATE_EXTENSIONS = /* @__PURE__ */ new Set([".pem", ".crt", ".cer", ".der", ".pfx", ".p12", ".p7b"]);
var ZONE_EXTENSIONS = /* @__PURE__ */ new Set([".zone", ".db", ".dns"]);
var FOREIGN_EXTENSIONS = new Set(
  ".md .markdown .rst .adoc .html .htm .css .scss .svg .xml .json .jsonc .json5 .toml .ini .csv .tsv .log .ts .tsx .mts .cts .js .jsx .mjs .cjs .map .py .rb .go .rs .java .kt .cs .c .h .cc .cpp .hpp .sh .bash .ps1 .psm1 .bat .cmd .lock .sum .mod .png .jpg .jpeg .gif .ico .webp .pdf .zip .gz .tgz .bz2 .xz .7z .tar .exe .dll .so .dylib .wasm .bin .key .pub".split(" ")
);
function classifyByName(fileName) {
  const lower = fileName.toLowerCase();
  if (lower === ".uclint.yml" || lower === ".uclint.yaml") return { foreign: true };
  const extension = path.extname(lower);
  if (ZONE_EXTENSIONS.has(extension) || lower.startsWith("db.") && lower.length > 3) return { kind: "zone" };
  if (CERTIFICATE_EXTENSIONS.has(extension)) return { kind: "certificate" };
  if (extension === ".yml" || extension === ".yaml") return { confirm: "manifest" };
  if (extension === ".conf") return { confirm: "conf" };
  if (extension === ".ovpn") return { kind: "openvpn" };
  if (extension === ".sdp") return { kind: "sdp" };
  if (extension === ".reg") return { kind: "registry" };
  if (FOREIGN_EXTENSIONS.has(extension)) return { foreign: true };
  return { confirm: "unknown" };
}
function isOursByName(fileName) {
  const byName = classifyByName(fileName);
  return byName.kind !== void 0 || byName.confirm === "manifest" || byName.confirm === "conf";
}
function needsHead(fileName) {
  const byName = classifyByName(fileName);
  return byName.confirm !== void 0 || byName.kind === "zone";
}
function headText(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return head.subarray(2).toString("utf16le");
  const text = head.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function looksBinary(head) {
  if (head.length >= 2 && head[0] === 255 && head[1] === 254) return false;
  return head.includes(0);
}
var ZONE_DIRECTIVE = /^\$(ORIGIN|TTL)[ \t]/m;
var ZONE_SOA = /^(\S+)?([ \t]+\d+[smhdw]?)?[ \t]+IN([ \t]+\d+[smhdw]?)?[ \t]+SOA[ \t]+\S+[ \t]+\S+/im;
var PEM_CERTIFICATE = /-----BEGIN (CERTIFICATE|PKCS7|TRUSTED CERTIFICATE)-----/;
var REGISTRY_HEADER = /^(Windows Registry Editor Version 5\.00|REGEDIT4)\s*$/m;
var WIREGUARD_INTERFACE = /^[ \t]*\[Interface\][ \t]*$/m;
var WIREGUARD_PEER = /^[ \t]*\[Peer\][ \t]*$/m;
var OPENVPN_DIRECTIVES = [/^[ \t]*client[ \t]*$/m, /^[ \t]*remote[ \t]+\S/m, /^[ \t]*dev[ \t]+(tun|tap)\d*\b/m];
var MANIFEST_API_VERSION = /^apiVersion:[ \t]*(["']?)uclint\/v1\1[ \t]*(#.*)?$/m;
var MANIFEST_KIND = /^kind:[ \t]*\S/m;
function isZoneText(text) {
  return ZONE_DIRECTIVE.test(text) || ZONE_SOA.test(text);
}
function classify2(fileName, head) {
  const byName = classifyByName(fileName);
  if ("foreign" in byName) return void 0;
  if (byName.kind) {
    if (byName.kind === "zone" && path.extname(fileName).toLowerCase() === ".db" && head && looksBinary(head)) return void 0;
    return byName.kind;
  }
  if (!head) return void 0;
  const text = headText(head);
  switch (byName.confirm) {
    case "manifest":
      return MANIFEST_API_VERSION.test(text) && MANIFEST_KIND.test(text) ? "manifest" : void 0;
    case "conf":
      if (WIREGUARD_INTERFACE.test(text) && WIREGUARD_PEER.test(text)) return "wireguard";
      if (OPENVPN_DIRECTIVES.filter((directive) => directive.test(text)).length >= 2) return "openvpn";
      return void 0;
    case "unknown":
      if (REGISTRY_HEADER.test(text.slice(0, 200))) return "registry";
      if (looksBinary(head)) return void 0;
      if (PEM_CERTIFICATE.test(text)) return "certificate";
      if (isZoneText(text)) return "zone";
      return void 0;
  }
}
var LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
function originFromFileName(fileName) {
  const lower = fileName.toLowerCase();
  let guess;
  const extension = path.extname(lower);
  if (ZONE_EXTENSIONS.has(extension)) guess = lower.slice(0, -extension.length);
  else if (lower.startsWith("db.")) guess = lower.slice(3);
  if (guess === void 0) return void 0;
  if (guess.endsWith(".")) guess = guess.slice(0, -1);
  const labels = guess.split(".");
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return void 0;
  if (/^\d+$/.test(labels[labels.length - 1])) return void 0;
  return guess + ".";
}

// src/discover/discover.ts
var DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", "dist"]);
function globMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const byName = patterns.filter((p) => !p.includes("/"));
  const byPath = patterns.filter((p) => p.includes("/"));
  const nameMatches = byName.length ? (0, import_picomatch.default)(byName, { dot: true }) : () => false;
  const pathMatches = byPath.length ? (0, import_picomatch.default)(byPath, { dot: true }) : () => false;
  return (file) => pathMatches(file) || nameMatches(file.slice(file.lastIndexOf("/") + 1));
}
function lintRoot(paths, cwd) {
  const base = path2.resolve(cwd);
  const absolute = (paths.length ? paths : ["."]).map((p) => path2.resolve(base, p));
  if (absolute.every((p) => isInside(p, base))) return base;
  return commonDirectory(absolute);
}
function commonDirectory(absolutePaths) {
  const directories = absolutePaths.map((p) => {
    try {
      return statSync(p).isDirectory() ? p : path2.dirname(p);
    } catch {
      return path2.dirname(p);
    }
  });
  let common = directories[0];
  for (const directory of directories.slice(1)) {
    while (!isInside(directory, common)) {
      const parent = path2.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}
function isInside(child, parent) {
  const relative = path2.relative(parent, child);
  return relative === "" || !relative.startsWith("..") && !path2.isAbsolute(relative);
}
function toPosix(relative) {
  return relative.split(path2.sep).join("/");
}
function rangeAt(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
async function discoverFiles(paths, options) {
  const root = path2.resolve(options.root);
  const realRoot = safeRealpath(root) ?? root;
  const ignored = globMatcher(options.ignore);
  const internal = globMatcher(options.views.internal);
  const external = globMatcher(options.views.external);
  const zonePatterns = Object.entries(options.zones).map(([pattern, origin]) => ({
    pattern,
    matches: globMatcher([pattern]),
    origin: canonicalName(origin)
  }));
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const diagnostics = [];
  const found = /* @__PURE__ */ new Map();
  const visited = /* @__PURE__ */ new Set();
  const considerFile = async (absolute, stats) => {
    const file = toPosix(path2.relative(root, absolute));
    if (found.has(file) || ignored(file)) return;
    const configOrigin = zoneOrigin(file, zonePatterns);
    const fileName = path2.basename(absolute);
    if (stats.size > maxFileBytes) {
      if (configOrigin || isOursByName(fileName)) {
        diagnostics.push({
          ...rangeAt(file),
          severity: "error",
          code: "input/too-large",
          message: `file of ${stats.size} bytes exceeds the limit of ${maxFileBytes} bytes and is not read`
        });
      }
      return;
    }
    let kind;
    if (configOrigin) {
      kind = "zone";
    } else {
      const head = needsHead(fileName) ? await readHead(absolute) : void 0;
      kind = classify2(fileName, head);
    }
    if (!kind) return;
    const discovered = { path: absolute, file, kind, ...viewOf2(file, internal, external) };
    if (kind === "zone") {
      if (configOrigin) {
        discovered.origin = configOrigin;
        discovered.originSource = "config";
      } else {
        const guessed = originFromFileName(fileName);
        if (guessed) {
          discovered.origin = guessed;
          discovered.originSource = "filename";
        }
      }
    }
    found.set(file, discovered);
  };
  const walk = async (directory) => {
    const real = safeRealpath(directory);
    if (real === void 0 || visited.has(real)) return;
    visited.add(real);
    let entries;
    try {
      entries = await fsp.readdir(directory, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(unreadable(toPosix(path2.relative(root, directory)), error));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path2.join(directory, entry.name);
      await visit(absolute, entry.isSymbolicLink());
    }
  };
  const visit = async (absolute, isLink) => {
    const relative = toPosix(path2.relative(root, absolute));
    let stats;
    try {
      stats = await fsp.stat(absolute);
    } catch {
      return;
    }
    if (isLink) {
      const real = safeRealpath(absolute);
      if (real === void 0 || !isInside(real, realRoot)) {
        diagnostics.push({
          ...rangeAt(relative),
          severity: "info",
          code: "input/symlink-outside-root",
          message: "symbolic link leads outside the lint root and is not followed"
        });
        return;
      }
    }
    if (stats.isDirectory()) {
      if (SKIPPED_DIRECTORIES.has(path2.basename(absolute)) || relative !== "" && ignored(relative)) return;
      await walk(absolute);
    } else if (stats.isFile()) {
      await considerFile(absolute, stats);
    }
  };
  for (const given of paths.length ? paths : ["."]) {
    const absolute = path2.resolve(root, given);
    let linkStats;
    try {
      linkStats = await fsp.lstat(absolute);
    } catch {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: "error", code: "input/not-found", message: `no such file or directory: ${given}` });
      continue;
    }
    if (!isInside(absolute, root)) {
      diagnostics.push({ ...rangeAt(toPosix(given)), severity: "error", code: "input/outside-root", message: `path is outside the lint root: ${given}` });
      continue;
    }
    await visit(absolute, linkStats.isSymbolicLink());
  }
  const files = [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, diagnostics };
}
function zoneOrigin(file, patterns) {
  return (patterns.find((p) => p.pattern === file) ?? patterns.find((p) => p.matches(file)))?.origin;
}
function viewOf2(file, internal, external) {
  if (internal(file)) return { view: "internal", viewSource: "config" };
  if (external(file)) return { view: "external", viewSource: "config" };
  const directories = file.split("/").slice(0, -1).reverse();
  for (const segment of directories) {
    const lower = segment.toLowerCase();
    if (lower === "internal" || lower === "external") return { view: lower, viewSource: "path" };
  }
  return { view: "unknown", viewSource: "none" };
}
async function readHead(absolute) {
  let handle;
  try {
    handle = await fsp.open(absolute, "r");
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return void 0;
  } finally {
    await handle?.close();
  }
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return void 0;
  }
}
function unreadable(file, error) {
  return {
    ...rangeAt(file),
    severity: "error",
    code: "input/unreadable",
    message: `cannot read directory: ${error.code ?? String(error)}`
  };
}

// src/discover/include.ts
import { readFileSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path3 from "node:path";
function createIncludeReader(root, options = {}) {
  const absoluteRoot = path3.resolve(root);
  let realRoot;
  try {
    realRoot = realpathSync2(absoluteRoot);
  } catch {
    realRoot = absoluteRoot;
  }
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  return (written, fromFile) => {
    if (written === "" || written.includes("\0")) return { error: `$INCLUDE '${written}' is not a file name` };
    const candidates = path3.isAbsolute(written) ? [path3.resolve(written)] : [path3.resolve(absoluteRoot, written), path3.resolve(absoluteRoot, path3.dirname(fromFile), written)];
    const inside = candidates.filter((candidate) => isInside(candidate, absoluteRoot));
    if (inside.length === 0) return { error: `$INCLUDE '${written}' is outside the lint root` };
    for (const candidate of inside) {
      let stats;
      try {
        stats = statSync2(candidate);
      } catch {
        continue;
      }
      let real;
      try {
        real = realpathSync2(candidate);
      } catch {
        continue;
      }
      if (!isInside(real, realRoot)) return { error: `$INCLUDE '${written}' is a symbolic link that leads outside the lint root` };
      if (!stats.isFile()) return { error: `$INCLUDE '${written}' is not a regular file` };
      if (stats.size > maxFileBytes) {
        return { error: `$INCLUDE '${written}' is ${stats.size} bytes, over the limit of ${maxFileBytes}` };
      }
      try {
        return { file: toPosix(path3.relative(absoluteRoot, candidate)), text: readFileSync(candidate, "utf8") };
      } catch (error) {
        return { error: `$INCLUDE '${written}' cannot be read: ${error.code ?? "error"}` };
      }
    }
    return { error: `$INCLUDE '${written}' does not exist in the lint root` };
  };
}

// src/discover/read.ts
import { readFileSync as readFileSync2 } from "node:fs";
function readTextFile(file) {
  const bytes = readFileSync2(file);
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return { text: bytes.subarray(2).toString("utf16le"), encoding: "utf16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    const pairs = bytes.subarray(2, 2 + (bytes.length - 2 & ~1));
    return { text: Buffer.from(pairs).swap16().toString("utf16le"), encoding: "utf16be" };
  }
  return { text: bytes.toString("utf8"), encoding: "utf8" };
}

// src/config/index.ts
import { existsSync, statSync as statSync3 } from "node:fs";
import path4 from "node:path";

// src/engine/options.ts
var import_ajv = __toESM(require_ajv(), 1);
var ajv = new import_ajv.Ajv({ useDefaults: true, allErrors: true, strict: false });
var compiled = /* @__PURE__ */ new WeakMap();
function resolveRuleOptions(rule, given = {}) {
  const schema = rule.meta.options;
  const options = structuredClone(given ?? {});
  if (!schema) {
    return { options, errors: [] };
  }
  let validate = compiled.get(rule);
  if (!validate) {
    validate = ajv.compile({ type: "object", ...schema });
    compiled.set(rule, validate);
  }
  const ok = validate(options);
  return { options, errors: ok ? [] : [...validate.errors ?? []] };
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/loaders/yaml/model.ts
var DEFAULT_YAML_LIMITS = {
  aliasExpansion: 1e4,
  depth: 64,
  size: 16 * 1024 * 1024
};
function deref(node) {
  let current = node;
  while (current?.kind === "alias") current = current.target;
  return current;
}
function keyText(key) {
  const node = deref(key);
  if (node === void 0) return "null";
  if (node.kind === "scalar") return String(node.value);
  return JSON.stringify(toPlainValue(node));
}
function getEntry(map, name) {
  const node = map ? deref(map) : void 0;
  if (node?.kind !== "map") return void 0;
  return node.entries.find((entry) => keyText(entry.key) === name);
}
function toPlainValue(node) {
  if (node == null) return null;
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "alias":
      return node.target ? toPlainValue(node.target) : null;
    case "seq":
      return node.items.map((item) => toPlainValue(item));
    case "map": {
      const result = {};
      for (const entry of node.entries) {
        Object.defineProperty(result, keyText(entry.key), {
          value: toPlainValue(entry.value),
          enumerable: true,
          writable: true,
          configurable: true
        });
      }
      return result;
    }
  }
}

// src/loaders/yaml/parse.ts
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
var IMPLICIT_TAGS = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag];
var IMPLICIT_ANY_FIRST_CHAR = IMPLICIT_TAGS.filter((tag) => tag.implicitFirstChars === null);
var IMPLICIT_BY_FIRST_CHAR = /* @__PURE__ */ new Map();
for (const tag of IMPLICIT_TAGS) {
  for (const first of tag.implicitFirstChars ?? []) IMPLICIT_BY_FIRST_CHAR.set(first, []);
}
for (const [first, list] of IMPLICIT_BY_FIRST_CHAR) {
  for (const tag of IMPLICIT_TAGS) {
    if (tag.implicitFirstChars === null || tag.implicitFirstChars.includes(first)) list.push(tag);
  }
}
var EXPLICIT_SCALAR_TAGS = new Map(
  IMPLICIT_TAGS.map((tag) => [tag.tagName, tag])
);
function parseYamlDocuments(text, file, limits = {}) {
  const bounds = { ...DEFAULT_YAML_LIMITS, ...limits };
  const positions = new PositionIndex(text, file);
  if (text.length > bounds.size) {
    return {
      documents: [],
      diagnostics: [diagnostic(positions.range(0, 0), "yaml/too-large", `YAML text of ${text.length} characters exceeds the limit of ${bounds.size}`)]
    };
  }
  let events;
  try {
    events = parseEvents(text, { filename: file, maxDepth: bounds.depth });
  } catch (error) {
    return { documents: [], diagnostics: [syntaxDiagnostic(error, text, positions, bounds)] };
  }
  try {
    return new TreeBuilder(text, positions, bounds).build(events);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { documents: [], diagnostics: [diagnostic(positions.range(0, 0), "yaml/syntax", `YAML could not be read: ${message}`)] };
  }
}
function diagnostic(range, code, message) {
  return { ...range, severity: "error", code, message };
}
function syntaxDiagnostic(error, text, positions, bounds) {
  const reason = typeof error?.reason === "string" ? error.reason : void 0;
  const mark = error?.mark;
  const offset = typeof mark?.position === "number" ? Math.min(Math.max(mark.position, 0), text.length) : 0;
  const range = positions.range(offset, Math.min(offset + 1, positions.lineEndOffset(offset)));
  if (reason?.startsWith("nesting exceeded maxDepth")) {
    return diagnostic(range, "yaml/too-deep", `YAML nesting deeper than ${bounds.depth} levels`);
  }
  const message = reason ?? (error instanceof Error ? error.message : String(error));
  return diagnostic(range, "yaml/syntax", `YAML syntax error: ${message}`);
}
var PositionIndex = class {
  constructor(text, file) {
    this.text = text;
    this.file = file;
    this.bom = text.charCodeAt(0) === 65279;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.lineStarts.push(i + 1);
      else if (code === 13 && text.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  text;
  file;
  lineStarts = [0];
  bom;
  /** Line of the last look-up: nodes come in source order, so most look-ups land on it or just after. */
  cursor = 0;
  lineIndex(offset) {
    const starts = this.lineStarts;
    let line = this.cursor;
    if (starts[line] <= offset) {
      for (let steps = 0; steps < 4 && line + 1 < starts.length && starts[line + 1] <= offset; steps++) line++;
      if (line + 1 >= starts.length || starts[line + 1] > offset) return this.cursor = line;
    }
    return this.cursor = this.search(offset);
  }
  search(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
  point(offset) {
    const index = this.lineIndex(offset);
    const column = offset - this.lineStarts[index] + 1 - (index === 0 && this.bom && offset > 0 ? 1 : 0);
    return { line: index + 1, column };
  }
  /** Offset of the line break (or end of text) ending the line that holds `offset`. */
  lineEndOffset(offset) {
    const index = this.lineIndex(offset);
    let end = index + 1 < this.lineStarts.length ? this.lineStarts[index + 1] : this.text.length;
    while (end > this.lineStarts[index] && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return end;
  }
  lineStartOffset(offset) {
    return this.lineStarts[this.lineIndex(offset)];
  }
  range(start, end) {
    const from = this.point(start);
    const to = this.point(Math.max(start, end));
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
};
var TreeBuilder = class {
  constructor(text, positions, limits) {
    this.text = text;
    this.positions = positions;
    this.limits = limits;
  }
  text;
  positions;
  limits;
  documents = [];
  diagnostics = [];
  stack = [];
  document;
  /** End offset of the last token consumed; empty nodes are placed just after it. */
  lastEnd = 0;
  build(events) {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.document = {
            contents: null,
            anchors: /* @__PURE__ */ new Map(),
            openAnchors: /* @__PURE__ */ new Set(),
            tagHandles: tagHandles(event.directives),
            aliasExpansion: 0,
            aliasLimitReported: false,
            start: this.lastEnd
          };
          if (event.explicitStart) this.skipDocumentMarker();
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const start = event.start;
          const range = this.positions.range(start, start);
          const flow = event.style === COLLECTION_STYLE.FLOW;
          const node = event.type === EVENT_ID.MAPPING ? { kind: "map", entries: [], flow, loc: range } : { kind: "seq", items: [], flow, loc: range };
          this.decorate(node, event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
          if (node.anchor) this.document?.openAnchors.add(node.anchor);
          this.stack.push({ node, start, size: 1, seenKeys: node.kind === "map" ? /* @__PURE__ */ new Map() : void 0 });
          this.lastEnd = Math.max(this.lastEnd, start + (flow ? 1 : 0));
          break;
        }
        case EVENT_ID.SCALAR:
          this.attach(this.scalar(event), 1);
          break;
        case EVENT_ID.ALIAS:
          this.alias(event.anchorStart, event.anchorEnd);
          break;
        case EVENT_ID.POP:
          this.pop();
          break;
      }
    }
    return { documents: this.documents, diagnostics: this.diagnostics };
  }
  /** Moves past the next `---` at a line start, so nothing of this document is placed before it. */
  skipDocumentMarker() {
    const marker = /^---(?=[ \t\r\n]|$)/gm;
    marker.lastIndex = this.lastEnd;
    const match = marker.exec(this.text);
    if (match) {
      this.lastEnd = match.index + 3;
      if (this.document) this.document.start = this.lastEnd;
    }
  }
  pop() {
    const open = this.stack.pop();
    if (!open) {
      const document = this.document;
      if (!document) return;
      const loc = document.contents?.loc ?? this.positions.range(document.start, document.start);
      this.documents.push({ contents: document.contents, loc });
      this.document = void 0;
      return;
    }
    const { node } = open;
    let end;
    if (node.flow) {
      end = this.closingBracket(this.lastEnd, node.kind === "map" ? "}" : "]");
    } else {
      end = this.lastEnd;
    }
    if (open.pendingKey) {
      const value = this.emptyScalar(-1, -1, -1, -1);
      node.entries.push({ key: open.pendingKey, value });
    }
    node.loc = this.positions.range(open.start, end);
    this.lastEnd = Math.max(this.lastEnd, end);
    if (node.anchor) this.document?.openAnchors.delete(node.anchor);
    this.attach(node, open.size);
  }
  /** Offset just past the flow collection's closing bracket, searched after its last child. */
  closingBracket(from, bracket) {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const ch = text[i];
      if (ch === bracket) return i + 1;
      if (ch === "#") {
        while (i < text.length && text[i] !== "\n") i++;
      }
    }
    return from;
  }
  attach(node, size) {
    if (node.kind !== "alias" && node.anchor !== void 0 && this.document) this.document.anchors.set(node.anchor, { node, size });
    const parent = this.stack[this.stack.length - 1];
    if (!parent) {
      if (this.document) this.document.contents = node;
      return;
    }
    parent.size += size;
    if (parent.node.kind === "seq") {
      parent.node.items.push(node);
      return;
    }
    if (parent.pendingKey === void 0) {
      parent.pendingKey = node;
      return;
    }
    const key = parent.pendingKey;
    parent.pendingKey = void 0;
    parent.node.entries.push({ key, value: node });
    const name = keyText(key);
    const first = parent.seenKeys?.get(name);
    if (first) {
      this.diagnostics.push(
        diagnostic(key.loc, "yaml/duplicate-key", `duplicate key '${name}' (first at line ${first.loc.line}, column ${first.loc.column})`)
      );
    } else {
      parent.seenKeys?.set(name, key);
    }
  }
  alias(anchorStart, anchorEnd) {
    const start = this.text[anchorStart - 1] === "*" ? anchorStart - 1 : anchorStart;
    const name = this.text.slice(this.text[anchorStart] === "*" ? anchorStart + 1 : anchorStart, anchorEnd);
    const node = { kind: "alias", name, loc: this.positions.range(start, anchorEnd) };
    this.lastEnd = Math.max(this.lastEnd, anchorEnd);
    const document = this.document;
    const anchored = document?.anchors.get(name);
    let size = 1;
    if (document && anchored && !document.openAnchors.has(name)) {
      const target = anchored.node;
      const targetSize = anchored.size;
      if (document.aliasExpansion + targetSize > this.limits.aliasExpansion) {
        if (!document.aliasLimitReported) {
          document.aliasLimitReported = true;
          this.diagnostics.push(
            diagnostic(
              node.loc,
              "yaml/alias-limit",
              `aliases expand to more than ${this.limits.aliasExpansion} nodes; '*${name}' and later aliases over the bound are not expanded`
            )
          );
        }
      } else {
        document.aliasExpansion += targetSize;
        node.target = target;
        size = targetSize;
      }
    } else if (document?.openAnchors.has(name)) {
      this.diagnostics.push(diagnostic(node.loc, "yaml/unknown-alias", `alias '*${name}' refers to a node that contains it`));
    } else {
      this.diagnostics.push(diagnostic(node.loc, "yaml/unknown-alias", `alias '*${name}' has no anchor '&${name}' before it`));
    }
    this.attach(node, size);
  }
  scalar(event) {
    if (event.valueStart < 0) {
      return this.emptyScalar(event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
    }
    const raw = this.text.slice(event.valueStart, event.valueEnd);
    let start = event.valueStart;
    let end = event.valueEnd;
    let style;
    switch (event.style) {
      case SCALAR_STYLE.SINGLE_QUOTED:
        style = "single";
        start--;
        end++;
        break;
      case SCALAR_STYLE.DOUBLE_QUOTED:
        style = "double";
        start--;
        end++;
        break;
      case SCALAR_STYLE.LITERAL_BLOCK:
      case SCALAR_STYLE.FOLDED_BLOCK:
        style = event.style === SCALAR_STYLE.LITERAL_BLOCK ? "literal" : "folded";
        ({ start, end } = this.blockScalarSpan(event));
        break;
      default:
        style = "plain";
    }
    this.lastEnd = Math.max(this.lastEnd, end);
    const decoded = getScalarValue(this.text, event);
    const node = { kind: "scalar", value: decoded, raw, style, loc: this.positions.range(start, end) };
    this.decorate(node, event.anchorStart, event.anchorEnd, event.tagStart, event.tagEnd);
    node.value = this.resolveScalar(node, decoded);
    return node;
  }
  /**
   * The event's range starts at the first content line; the node starts at the
   * `|` or `>` indicator on the line before, and ends after the last non-blank content.
   */
  blockScalarSpan(event) {
    const text = this.text;
    let end = event.valueEnd;
    while (end > event.valueStart && /\s/.test(text[end - 1])) end--;
    let start = event.valueStart;
    const headerLineStart = this.positions.lineStartOffset(Math.max(0, event.valueStart - 1));
    const searchFrom = Math.max(headerLineStart, this.lastEnd, event.anchorEnd, event.tagEnd);
    const line = text.slice(searchFrom, this.positions.lineEndOffset(searchFrom));
    const match = /(^|[\s])([|>])[-+1-9]{0,2}[ \t]*(#.*)?$/.exec(line);
    if (match) start = searchFrom + match.index + match[1].length;
    if (end <= event.valueStart) end = Math.max(start + 1, end);
    return { start, end };
  }
  emptyScalar(anchorStart, anchorEnd, tagStart, tagEnd) {
    let at = Math.max(this.lastEnd, anchorEnd, tagEnd);
    if (anchorEnd < 0 && tagEnd < 0) {
      const i = skipSpaceAndComments(this.text, at);
      if (this.text[i] === ":" || this.text[i] === "-") at = i + 1;
    }
    const node = { kind: "scalar", value: null, raw: "", style: "plain", loc: this.positions.range(at, at) };
    this.decorate(node, anchorStart, anchorEnd, tagStart, tagEnd);
    this.lastEnd = Math.max(this.lastEnd, at);
    node.value = this.resolveScalar(node, "");
    return node;
  }
  decorate(node, anchorStart, anchorEnd, tagStart, tagEnd) {
    if (anchorStart >= 0) {
      const offset = this.text[anchorStart] === "&" ? anchorStart + 1 : anchorStart;
      node.anchor = this.text.slice(offset, anchorEnd);
    }
    if (tagStart >= 0) node.tag = this.resolveTag(this.text.slice(tagStart, tagEnd));
  }
  resolveTag(written) {
    if (written.startsWith("!<") && written.endsWith(">")) return decodeURIComponentSafe(written.slice(2, -1));
    const handles = this.document?.tagHandles ?? /* @__PURE__ */ new Map();
    const match = /^(![\w-]*!|!!|!)(.*)$/.exec(written);
    if (!match) return written;
    const [, handle, suffix] = match;
    const prefix = handles.get(handle) ?? (handle === "!!" ? CORE_TAG_PREFIX : handle === "!" ? "!" : void 0);
    return prefix === void 0 ? written : prefix + decodeURIComponentSafe(suffix);
  }
  resolveScalar(node, decoded) {
    const tag = node.tag;
    if (tag === void 0) {
      if (node.style !== "plain") return decoded;
      for (const implicit of IMPLICIT_BY_FIRST_CHAR.get(decoded.charAt(0)) ?? IMPLICIT_ANY_FIRST_CHAR) {
        const value = implicit.resolve(decoded, false, implicit.tagName);
        if (value !== NOT_RESOLVED) return value;
      }
      return decoded;
    }
    if (tag === "!" || tag === CORE_TAG_PREFIX + "str") return decoded;
    const explicit = EXPLICIT_SCALAR_TAGS.get(tag);
    if (explicit) {
      const value = explicit.resolve(decoded, true, tag);
      if (value !== NOT_RESOLVED) return value;
      this.diagnostics.push(diagnostic(node.loc, "yaml/bad-value", `'${decoded}' is not a valid !!${tag.slice(CORE_TAG_PREFIX.length)}`));
      return decoded;
    }
    this.diagnostics.push(diagnostic(node.loc, "yaml/unknown-tag", `unknown tag '${tag}'; the value is read as a string`));
    return decoded;
  }
};
function tagHandles(directives) {
  const handles = /* @__PURE__ */ new Map();
  for (const directive of directives) {
    if (directive.kind === "tag") handles.set(directive.handle, directive.prefix);
  }
  return handles;
}
function decodeURIComponentSafe(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function skipSpaceAndComments(text, from) {
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") i++;
    else if (ch === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else break;
  }
  return i;
}

// src/loaders/yaml/schema-errors.ts
var import_ajv2 = __toESM(require_ajv(), 1);

// src/config/nearest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}
function nearest(word, candidates) {
  const allowed = Math.max(2, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
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

// src/loaders/yaml/schema-errors.ts
var ajv2 = new import_ajv2.Ajv({ allErrors: true, strict: false, verbose: true });
function lazyValidator(schema) {
  let compiled2;
  return () => compiled2 ??= ajv2.compile(schema);
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
  const deeperExists = (pathPrefix) => relevant.some((o) => o.instancePath.startsWith(pathPrefix + "/"));
  return relevant.filter((e) => {
    if (!oneOfPaths.has(e.instancePath)) return true;
    if (deeperExists(e.instancePath)) return false;
    return e.keyword !== "oneOf" || !relevant.some((o) => o !== e && o.instancePath === e.instancePath);
  });
}
function schemaDiagnostics(errors, options) {
  const { codePrefix, rootName, locator } = options;
  const relevant = relevantErrors(errors);
  const diagnostics = [];
  const handledPaths = /* @__PURE__ */ new Set();
  for (const e of relevant) {
    const segments = pointerSegments(e.instancePath);
    const path7 = displayPath(segments, rootName);
    const data = e.data;
    if (e.keyword === "additionalProperties") {
      const name = String(e.params.additionalProperty);
      const known = Object.keys(e.parentSchema?.properties ?? {});
      const inWhat = segments.length === 0 ? "" : ` in ${path7}`;
      const hint = didYouMean(name, known) || `; expected one of: ${known.join(", ")}`;
      diagnostics.push(errorAt(locator.key([...segments, name]), `${codePrefix}/unknown-key`, `unknown key '${name}'${inWhat}${hint}`));
      continue;
    }
    if (e.keyword === "propertyNames") {
      const name = String(e.params.propertyName);
      const range2 = locator.key([...segments, name]);
      const own2 = options.describeKey?.({ error: e, segments, path: path7, range: range2 });
      diagnostics.push(own2 ?? errorAt(range2, `${codePrefix}/invalid-key`, `invalid key '${name}'${segments.length === 0 ? "" : ` in ${path7}`}`));
      continue;
    }
    if (e.keyword === "required") {
      const name = String(e.params.missingProperty);
      diagnostics.push(errorAt(locator.value(segments), `${codePrefix}/missing-key`, `${path7} has no '${name}'`));
      continue;
    }
    if (handledPaths.has(e.instancePath)) continue;
    handledPaths.add(e.instancePath);
    const range = locator.value(segments);
    const own = options.describeValue?.({ error: e, segments, path: path7, range });
    if (own) {
      diagnostics.push(own);
      continue;
    }
    if (e.keyword === "type") {
      const types = relevant.filter((o) => o.instancePath === e.instancePath && o.keyword === "type").map((o) => String(o.params.type));
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-type`, `${path7} must be ${typeWords(types.flatMap((t) => t.split(",")))}`));
      continue;
    }
    if (e.keyword === "enum") {
      const allowed = (e.params.allowedValues ?? []).map(String);
      const hint = typeof data === "string" ? didYouMean(data, allowed) : "";
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path7}: ${show(data)} is not one of: ${allowed.join(", ")}${hint}`));
      continue;
    }
    if (e.keyword === "minLength") {
      diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path7} must not be empty`));
      continue;
    }
    diagnostics.push(errorAt(range, `${codePrefix}/invalid-value`, `${path7} ${e.message ?? "is invalid"}`));
  }
  return diagnostics;
}

// src/config/presets.ts
function everyRule(registry, enabled) {
  return new Map(registry.map((rule) => [rule.id, { severity: enabled(rule) ? rule.meta.severity : "off" }]));
}
var PRESETS = {
  "uclint:recommended": {
    description: "Rules marked recommended, at their default severity; every other rule off.",
    rules: (registry) => everyRule(registry, (rule) => rule.meta.recommended)
  },
  "uclint:all": {
    description: "Every rule at its default severity.",
    rules: (registry) => everyRule(registry, () => true)
  }
};
var DEFAULT_PRESET = "uclint:recommended";

// src/config/schema.ts
var CONFIG_SEVERITIES = ["off", "info", "warn", "warning", "error"];
var PRODUCTS2 = ["lcs2005", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019", "teams"];
var DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$";
var globList = {
  type: "array",
  items: { type: "string", minLength: 1 },
  description: "Globs matched against paths relative to the lint root, with forward slashes (picomatch syntax)."
};
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "uclint configuration (.uclint.yml)",
  type: "object",
  additionalProperties: false,
  properties: {
    extends: {
      description: "Presets to start from, applied in order; `rules` is applied after them. Absent means uclint:recommended.",
      oneOf: [{ $ref: "#/definitions/presetName" }, { type: "array", items: { $ref: "#/definitions/presetName" } }]
    },
    rules: {
      description: "Rule id to severity, or to [severity, options].",
      type: "object",
      propertyNames: { pattern: "^[a-z0-9]+/[a-z0-9-]+$" },
      additionalProperties: { $ref: "#/definitions/ruleSetting" }
    },
    views: {
      description: "Which zone files are the internal and which the external view of split-brain DNS.",
      type: "object",
      additionalProperties: false,
      properties: { internal: globList, external: globList }
    },
    zones: {
      description: "Origin of zone files whose origin is not written in them: path or glob to domain.",
      type: "object",
      additionalProperties: { type: "string", minLength: 1 }
    },
    ignore: { ...globList, description: "Paths not to lint (globs); `dir/**` skips the whole directory." },
    settings: {
      description: "Facts about the deployment that rules use. Rule packs may read further keys.",
      type: "object",
      additionalProperties: true,
      properties: {
        sipDomains: { type: "array", items: { type: "string", minLength: 1 }, description: "SIP domains of the deployment." },
        now: {
          type: "string",
          pattern: DATE_PATTERN,
          description: "The date expiry rules judge against (YYYY-MM-DD, or an ISO 8601 date-time); --now wins."
        },
        strictDnsNaming: { type: "boolean", description: "Clients enforce strict DNS naming (EnableStrictDNSNaming)." },
        product: { enum: [...PRODUCTS2], description: "Product of the deployment; selects product defaults." }
      }
    },
    baseline: { type: "string", minLength: 1, description: "Baseline file of accepted findings, relative to the lint root." },
    audit: {
      description: "Scheduled audits (GitHub Action): the one issue that lists the findings of the whole repository.",
      type: "object",
      additionalProperties: false,
      properties: {
        issueTitle: { type: "string", minLength: 1, maxLength: 256, description: 'Title of the audit issue (default "uclint audit").' },
        labels: { type: "array", items: { type: "string", minLength: 1 }, description: "Labels given to the audit issue when it is opened." }
      }
    }
  },
  definitions: {
    severity: { enum: [...CONFIG_SEVERITIES] },
    ruleSetting: {
      oneOf: [
        { $ref: "#/definitions/severity" },
        {
          type: "array",
          minItems: 1,
          maxItems: 2,
          items: [{ $ref: "#/definitions/severity" }, { type: "object" }]
        }
      ]
    },
    presetName: {
      type: "string",
      examples: ["uclint:recommended", "uclint:all"]
    }
  }
};
var CONFIG_KEYS = Object.keys(CONFIG_SCHEMA.properties);

// src/config/load.ts
var DEFAULT_AUDIT_ISSUE_TITLE = "uclint audit";
var NOW_PATTERN = new RegExp(CONFIG_SCHEMA.properties.settings.properties.now.pattern);
var configValidator = lazyValidator(CONFIG_SCHEMA);
function toSeverity(severity) {
  return severity === "warn" ? "warning" : severity;
}
function isConfigSeverity(text) {
  return typeof text === "string" && CONFIG_SEVERITIES.includes(text);
}
function loadConfig(text, file, registry) {
  const parsed = parseYamlDocuments(text, file);
  const diagnostics = withCodePrefix(parsed.diagnostics, "config");
  if (diagnostics.length > 0) return { diagnostics };
  if (parsed.documents.length > 1) {
    const second = parsed.documents[1];
    return { diagnostics: [errorAt(second.loc, "config/multiple-documents", "the configuration must be a single YAML document")] };
  }
  const root = parsed.documents[0]?.contents ?? null;
  const plain = root === null || root.kind === "scalar" && root.value === null ? {} : toPlainValue(root);
  const emptyRange = { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  const locator = new YamlLocator(root, emptyRange);
  const validateConfig = configValidator();
  if (!validateConfig(plain)) {
    diagnostics.push(...configSchemaDiagnostics(validateConfig.errors ?? [], locator, registry));
  }
  const written = plain;
  diagnostics.push(...semanticDiagnostics(written, locator, registry));
  if (diagnostics.length > 0) return { diagnostics: sortDiagnostics(diagnostics) };
  return { config: resolveConfig(written, registry, file), diagnostics: [] };
}
function defaultConfig(registry) {
  return resolveConfig({}, registry, void 0);
}
function applyRuleOverrides(config, overrides, registry) {
  const diagnostics = [];
  const where = { file: "", line: 1, column: 1, endLine: 1, endColumn: 1 };
  const ids = registry.map((rule) => rule.id);
  for (const override of overrides) {
    const colon = override.lastIndexOf(":");
    if (colon <= 0) {
      diagnostics.push(errorAt(where, "config/invalid-override", `--rule ${override}: expected <rule-id>:<severity>`));
      continue;
    }
    const id = override.slice(0, colon);
    const severity = override.slice(colon + 1);
    const rule = registry.find((r) => r.id === id);
    if (!rule) {
      diagnostics.push(errorAt(where, "config/unknown-rule", `--rule ${override}: unknown rule '${id}'${didYouMean(id, ids)}`));
      continue;
    }
    if (!isConfigSeverity(severity)) {
      diagnostics.push(
        errorAt(where, "config/invalid-severity", `--rule ${override}: invalid severity '${severity}'; expected one of: ${CONFIG_SEVERITIES.join(", ")}`)
      );
      continue;
    }
    const current = config.rules.get(id);
    config.rules.set(id, { severity: toSeverity(severity), options: current?.options ?? resolveRuleOptions(rule, {}).options });
  }
  return diagnostics;
}
function resolveConfig(written, registry, file) {
  const presetNames = written.extends === void 0 ? [DEFAULT_PRESET] : typeof written.extends === "string" ? [written.extends] : written.extends;
  const chosen = /* @__PURE__ */ new Map();
  for (const rule of registry) chosen.set(rule.id, { severity: "off", options: {} });
  let presetSettings = {};
  for (const name of presetNames) {
    const preset = PRESETS[name];
    for (const [id, setting] of preset.rules(registry)) {
      const current = chosen.get(id);
      if (!current) continue;
      chosen.set(id, { severity: setting.severity ?? current.severity, options: { ...current.options, ...setting.options } });
    }
    presetSettings = { ...presetSettings, ...preset.settings };
  }
  for (const [id, entry] of Object.entries(written.rules ?? {})) {
    const current = chosen.get(id);
    if (!current) continue;
    const [severity, options] = typeof entry === "string" ? [entry, void 0] : entry;
    chosen.set(id, { severity: toSeverity(severity), options: { ...current.options, ...options } });
  }
  const rules = /* @__PURE__ */ new Map();
  for (const rule of registry) {
    const setting = chosen.get(rule.id);
    rules.set(rule.id, { severity: setting.severity, options: resolveRuleOptions(rule, setting.options).options });
  }
  const { now, ...otherSettings } = written.settings ?? {};
  const settings = { ...presetSettings, ...otherSettings };
  if (typeof now === "string") settings.now = parseConfigDate(now);
  const zones = {};
  for (const [pattern, origin] of Object.entries(written.zones ?? {})) zones[pattern] = canonicalName(origin);
  const config = {
    rules,
    views: { internal: [...written.views?.internal ?? []], external: [...written.views?.external ?? []] },
    zones,
    ignore: [...written.ignore ?? []],
    settings,
    audit: { issueTitle: written.audit?.issueTitle ?? DEFAULT_AUDIT_ISSUE_TITLE, labels: [...written.audit?.labels ?? []] }
  };
  if (file !== void 0) config.file = file;
  if (written.baseline !== void 0) config.baseline = written.baseline;
  return config;
}
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
function isRuleSettingPath(segments) {
  return segments[0] === "rules" && segments.length === 2;
}
function configSchemaDiagnostics(errors, locator, registry) {
  const ids = registry.map((rule) => rule.id);
  return schemaDiagnostics(errors, {
    codePrefix: "config",
    rootName: "the configuration",
    locator,
    describeKey: ({ error: e, range }) => {
      const name = String(e.params.propertyName);
      const samePart = ids.find((id) => id.slice(id.indexOf("/") + 1) === name);
      const hint = samePart ? `, did you mean '${samePart}'?` : didYouMean(name, ids).replace(/^;/, ",");
      return errorAt(range, "config/unknown-rule", `unknown rule '${name}'; rule ids are <pack>/<rule>${hint}`);
    },
    describeValue: (site) => ruleSettingDiagnostic(site)
  });
}
function ruleSettingDiagnostic({ error: e, segments, path: path7, range }) {
  const data = e.data;
  const ruleSetting = isRuleSettingPath(segments);
  const severityPath = ruleSetting || segments[0] === "rules" && segments.length === 3 && segments[2] === "0";
  if (severityPath && (typeof data !== "object" || data === null || !ruleSetting)) {
    const id = segments[1];
    return errorAt(
      range,
      "config/invalid-severity",
      `invalid severity ${show(data)} for rule '${id}'; expected one of: ${CONFIG_SEVERITIES.join(", ")}${typeof data === "string" ? didYouMean(data, CONFIG_SEVERITIES) : ""}`
    );
  }
  if (ruleSetting) return errorAt(range, "config/invalid-rule-setting", `${path7} must be a severity or a list [severity, options]`);
  if (segments[0] === "rules" && segments.length === 3 && segments[2] === "1") {
    return errorAt(range, "config/invalid-options", `options of rule '${segments[1]}' must be a mapping`);
  }
  if (e.keyword === "pattern" && segments.join("/") === "settings/now") {
    return errorAt(range, "config/invalid-date", `settings.now: '${String(data)}' is not a date (YYYY-MM-DD)`);
  }
  return void 0;
}
function semanticDiagnostics(written, locator, registry) {
  const diagnostics = [];
  const presetNames = Object.keys(PRESETS);
  const extendsList = typeof written.extends === "string" ? [written.extends] : Array.isArray(written.extends) ? written.extends : [];
  extendsList.forEach((name, index) => {
    if (typeof name !== "string" || Object.hasOwn(PRESETS, name)) return;
    const segments = typeof written.extends === "string" ? ["extends"] : ["extends", String(index)];
    const hint = didYouMean(name, presetNames) || `; presets are: ${presetNames.join(", ")}`;
    diagnostics.push(errorAt(locator.value(segments), "config/unknown-preset", `unknown preset '${name}'${hint}`));
  });
  const rules = written.rules;
  if (rules && typeof rules === "object" && !Array.isArray(rules)) {
    const ids = registry.map((rule) => rule.id);
    for (const [id, entry] of Object.entries(rules)) {
      const rule = registry.find((r) => r.id === id);
      if (!rule) {
        if (/^[a-z0-9]+\/[a-z0-9-]+$/.test(id)) {
          diagnostics.push(errorAt(locator.key(["rules", id]), "config/unknown-rule", `unknown rule '${id}'${didYouMean(id, ids)}`));
        }
        continue;
      }
      if (!Array.isArray(entry) || entry.length !== 2 || !isPlainObject2(entry[1])) continue;
      if (!rule.meta.options) {
        if (Object.keys(entry[1]).length > 0) {
          diagnostics.push(errorAt(locator.value(["rules", id, "1"]), "config/invalid-options", `rule '${id}' takes no options`));
        }
        continue;
      }
      const { errors } = resolveRuleOptions(rule, entry[1]);
      for (const e of errors) {
        const inner = pointerSegments(e.instancePath);
        const base = ["rules", id, "1", ...inner];
        if (e.keyword === "additionalProperties") {
          const name = String(e.params.additionalProperty);
          const known = Object.keys(rule.meta.options?.properties ?? {});
          const hint = didYouMean(name, known) || (known.length ? `; options are: ${known.join(", ")}` : "; the rule takes no options");
          diagnostics.push(errorAt(locator.key([...base, name]), "config/invalid-options", `unknown option '${name}' for rule '${id}'${hint}`));
        } else {
          const where = displayPath(inner, "options");
          diagnostics.push(errorAt(locator.value(base), "config/invalid-options", `rule '${id}' option ${where} ${e.message ?? "is invalid"}`));
        }
      }
    }
  }
  const now = written.settings && typeof written.settings === "object" ? written.settings.now : void 0;
  if (typeof now === "string" && NOW_PATTERN.test(now) && parseConfigDate(now) === void 0) {
    diagnostics.push(errorAt(locator.value(["settings", "now"]), "config/invalid-date", `settings.now: '${now}' is not a valid date`));
  }
  return diagnostics;
}
function isPlainObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/index.ts
var CONFIG_FILE_NAMES = [".uclint.yml", ".uclint.yaml"];
function findConfigFile(root) {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path4.join(root, name);
    if (existsSync(candidate) && statSync3(candidate).isFile()) return candidate;
  }
  return void 0;
}

// src/core/types.ts
function compareRanges(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

// src/engine/run.ts
function runRules(estate, rules, settings, now) {
  const findings = [];
  const outcomes = [];
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === "off") {
      outcomes.push({ ruleId: rule.id, status: "off", findings: 0, time: 0 });
      continue;
    }
    if (rule.appliesTo && !rule.appliesTo(estate)) {
      outcomes.push({ ruleId: rule.id, status: "not-applicable", findings: 0, time: 0 });
      continue;
    }
    const severity = setting.severity;
    const before = findings.length;
    const notCheckedSeen = /* @__PURE__ */ new Set();
    const started = performance.now();
    try {
      rule.check({
        estate,
        options: setting.options,
        now,
        report(descriptor) {
          const template = rule.meta.messages[descriptor.messageId];
          if (template === void 0) {
            throw new Error(`rule ${rule.id} reported unknown messageId "${descriptor.messageId}"`);
          }
          findings.push({
            ...descriptor.node.loc,
            ruleId: rule.id,
            severity,
            message: fillMessage(template, descriptor.data),
            messageId: descriptor.messageId,
            data: descriptor.data,
            related: descriptor.related?.map((r) => ({ ...r.node.loc, message: r.message }))
          });
        },
        notChecked(node, reason) {
          const key = `${node.loc.file}:${node.loc.line}:${reason}`;
          if (notCheckedSeen.has(key)) return;
          notCheckedSeen.add(key);
          findings.push({
            ...node.loc,
            ruleId: rule.id,
            severity: "info",
            message: `not checked: ${reason}`,
            messageId: "notChecked",
            data: { reason }
          });
        }
      });
      outcomes.push({ ruleId: rule.id, status: "ran", findings: findings.length - before, time: performance.now() - started });
    } catch (error) {
      findings.push({
        file: "",
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
        ruleId: "uclint/rule-crash",
        severity: "error",
        message: `rule ${rule.id} failed: ${error.stack ?? String(error)}`
      });
      outcomes.push({ ruleId: rule.id, status: "crashed", findings: findings.length - before, time: performance.now() - started });
    }
  }
  return { findings, outcomes };
}
function sortAndDeduplicate(findings) {
  const sorted = [...findings].sort(
    (a, b) => compareRanges(a, b) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
  const out = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && last.ruleId === f.ruleId && compareRanges(last, f) === 0 && last.message === f.message) continue;
    out.push(f);
  }
  return out;
}

// src/engine/suppressions.ts
var MARKER = "uclint-disable";
var DIRECTIVE = /^uclint-disable-(next-line|line|file)(?=\s|$)\s*(.*)$/;
function findDirectives(file, text, commentStart) {
  const directives = [];
  const lines = { offset: 0, line: 1 };
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(MARKER, from);
    if (at < 0) break;
    from = at + MARKER.length;
    const lineStart = Math.max(text.lastIndexOf("\n", at), text.lastIndexOf("\r", at)) + 1;
    const comment = text.lastIndexOf(commentStart, at);
    if (comment < lineStart) continue;
    let lineEnd = text.length;
    const nl = text.indexOf("\n", at);
    const cr = text.indexOf("\r", at);
    if (nl >= 0) lineEnd = nl;
    if (cr >= 0 && cr < lineEnd) lineEnd = cr;
    const body = text.slice(at, lineEnd).trimEnd();
    const match = DIRECTIVE.exec(body);
    if (!match) continue;
    const line = advanceLines(text, lines, at);
    const [rulesPart, ...reasonParts] = (match[2] ?? "").split(/\s--\s?|\s--$|^--\s?/);
    const reason = reasonParts.join(" -- ").trim() || void 0;
    const ruleIds = (rulesPart ?? "").split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const column = at - lineStart + 1;
    const kind = match[1];
    directives.push({
      kind,
      ruleIds,
      reason,
      loc: { file, line, column, endLine: line, endColumn: column + body.length },
      targetLine: kind === "next-line" ? nextContentLine(text, lineEnd, line) : kind === "line" ? line : void 0,
      used: /* @__PURE__ */ new Set()
    });
  }
  return directives;
}
function nextContentLine(text, lineEnd, line) {
  let pos = lineEnd;
  let current = line;
  while (pos < text.length) {
    if (text[pos] === "\r" && text[pos + 1] === "\n") pos += 2;
    else pos += 1;
    current += 1;
    let end = pos;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
    const content = text.slice(pos, end).trim();
    if (content !== "" && !content.startsWith(";") && !content.startsWith("#")) return current;
    pos = end;
  }
  return line + 1;
}
function advanceLines(text, cursor, offset) {
  for (let i = cursor.offset; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) cursor.line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) cursor.line++;
  }
  cursor.offset = offset;
  return cursor.line;
}
function applyDirectives(findings, directivesByFile) {
  for (const finding of findings) {
    if (finding.suppressed) continue;
    const directives = directivesByFile.get(finding.file);
    if (!directives) continue;
    for (const directive of directives) {
      if (!directive.ruleIds.includes(finding.ruleId)) continue;
      const covers = directive.kind === "file" || directive.targetLine === finding.line;
      if (!covers) continue;
      directive.used.add(finding.ruleId);
      finding.suppressed = { kind: directive.kind === "file" ? "file" : "inline", reason: directive.reason };
      break;
    }
  }
}

// src/engine/baseline.ts
import { createHash } from "node:crypto";
function assignFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const key = `${finding.ruleId}\0${finding.file}\0${finding.message}`;
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    finding.fingerprint = createHash("sha256").update(`${key}\0${index}`).digest("hex").slice(0, 32);
  }
}
function createBaseline(findings) {
  return {
    version: 1,
    description: "uclint baseline: findings accepted when uclint was adopted. Regenerate with --write-baseline.",
    findings: findings.filter((f) => !f.suppressed && f.fingerprint).map((f) => ({ ruleId: f.ruleId, file: f.file, message: f.message, fingerprint: f.fingerprint }))
  };
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error.message})`, { cause: error });
  }
  const candidate = data;
  if (!candidate || candidate.version !== 1 || !Array.isArray(candidate.findings)) {
    throw new Error('not a uclint baseline (expected {"version": 1, "findings": [...]})');
  }
  for (const entry of candidate.findings) {
    if (typeof entry?.fingerprint !== "string") throw new Error("a baseline entry has no fingerprint");
  }
  return candidate;
}
function applyBaseline(findings, baseline) {
  const accepted = new Set(baseline.findings.map((e) => e.fingerprint));
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    if (finding.suppressed || !finding.fingerprint) continue;
    if (accepted.has(finding.fingerprint)) {
      finding.suppressed = { kind: "baseline" };
      used.add(finding.fingerprint);
    }
  }
  return { matched: used.size, stale: accepted.size - used.size };
}

// src/lint.ts
var COMMENT_START = {
  zone: ";",
  registry: ";",
  manifest: "#",
  wireguard: "#",
  openvpn: "#"
};
var KINDS_WITHOUT_LOADER = /* @__PURE__ */ new Set(["certificate", "manifest", "wireguard", "openvpn", "sdp", "registry"]);
async function lint(options = {}) {
  const cwd = path5.resolve(options.cwd ?? process.cwd());
  const paths = (options.paths?.length ? options.paths : ["."]).map((p) => path5.resolve(cwd, p));
  const root = lintRoot(paths, cwd);
  const registry = options.rules ?? RULES;
  const fatal = [];
  const empty = (now2, configFile2) => ({
    root,
    findings: [],
    files: [],
    counts: { error: 0, warning: 0, info: 0, suppressed: 0 },
    outcomes: [],
    fatal,
    configFile: configFile2,
    now: now2
  });
  const configPath = options.configFile ? path5.resolve(cwd, options.configFile) : findNearestConfig(paths, root);
  const configBase = configPath && isInside(path5.dirname(configPath), root) ? relativeTo(root, path5.dirname(configPath)) : "";
  let config;
  if (configPath) {
    let text;
    try {
      text = readFileSync3(configPath, "utf8");
    } catch (error) {
      fatal.push({ message: `cannot read config ${configPath}: ${error.code ?? String(error)}` });
      return empty(options.now ?? /* @__PURE__ */ new Date());
    }
    const configName = relativeTo(root, configPath);
    const loaded = loadConfig(text, configName, registry);
    fatal.push(...loaded.diagnostics.filter((d) => d.severity === "error"));
    if (!loaded.config || fatal.length > 0) return empty(options.now ?? /* @__PURE__ */ new Date(), configName);
    config = loaded.config;
  } else {
    config = defaultConfig(registry);
  }
  if (options.ruleOverrides?.length) {
    fatal.push(...applyRuleOverrides(config, options.ruleOverrides, registry).filter((d) => d.severity === "error"));
  }
  if (options.onlyRules) {
    const only = new Set(options.onlyRules);
    for (const rule of registry) {
      const setting = config.rules.get(rule.id);
      if (!only.has(rule.id)) config.rules.set(rule.id, { severity: "off", options: setting?.options ?? {} });
      else if (!setting || setting.severity === "off") {
        config.rules.set(rule.id, { severity: rule.meta.severity, options: setting?.options ?? {} });
      }
    }
  }
  const now = options.now ?? config.settings.now ?? /* @__PURE__ */ new Date();
  const configFile = configPath ? relativeTo(root, configPath) : void 0;
  if (fatal.length > 0) return empty(now, configFile);
  const discovered = await discoverFiles(paths, {
    root,
    ignore: rebaseGlobs(config.ignore, configBase),
    views: { internal: rebaseGlobs(config.views.internal, configBase), external: rebaseGlobs(config.views.external, configBase) },
    zones: Object.fromEntries(Object.entries(config.zones).map(([pattern, origin]) => [rebaseGlob(pattern, configBase), origin]))
  });
  const diagnostics = [];
  for (const d of discovered.diagnostics) {
    if (d.code === "input/not-found") fatal.push(d);
    else diagnostics.push(d);
  }
  if (fatal.length > 0) return empty(now, configFile);
  const zones = [];
  const directivesByFile = /* @__PURE__ */ new Map();
  const includedTexts = /* @__PURE__ */ new Map();
  const confinedReader = createIncludeReader(root);
  const includeReader = (written, fromFile) => {
    const result = confinedReader(written, fromFile);
    if ("text" in result) includedTexts.set(result.file, result.text);
    return result;
  };
  const unsupported = [];
  for (const file of discovered.files) {
    if (KINDS_WITHOUT_LOADER.has(file.kind)) {
      unsupported.push({
        ...rangeAtStart(file.file),
        ruleId: "uclint/unsupported-file",
        severity: "info",
        message: `${file.kind} files are recognised but not checked by this version of uclint`
      });
      continue;
    }
    let text;
    try {
      const read2 = readTextFile(file.path);
      text = read2.text;
      if (read2.encoding !== "utf8" && file.kind === "zone") {
        diagnostics.push({
          ...rangeAtStart(file.file),
          severity: "error",
          code: "input/encoding",
          message: `the file is ${read2.encoding === "utf16le" ? "UTF-16LE" : "UTF-16BE"}; name servers read zone files as ASCII or UTF-8 and would not load it (it is checked as decoded text)`
        });
      }
    } catch (error) {
      diagnostics.push({
        ...rangeAtStart(file.file),
        severity: "error",
        code: "input/unreadable",
        message: `cannot read file: ${error.code ?? String(error)}`
      });
      continue;
    }
    const commentStart = COMMENT_START[file.kind];
    if (commentStart) directivesByFile.set(file.file, findDirectives(file.file, text, commentStart));
    if (file.kind === "zone") {
      const parsed = parseZone(text, {
        file: file.file,
        origin: file.origin,
        originSource: file.originSource,
        view: file.view,
        viewSource: file.viewSource === "none" ? void 0 : file.viewSource,
        includeReader
      });
      zones.push(parsed.zone);
      diagnostics.push(...parsed.diagnostics);
      for (const included of parsed.zone.includes) {
        if (directivesByFile.has(included)) continue;
        const includedText = includedTexts.get(included);
        if (includedText !== void 0) directivesByFile.set(included, findDirectives(included, includedText, ";"));
      }
    }
  }
  const estate = new Estate({ zones, settings: config.settings });
  const run = runRules(estate, registry, config.rules, now);
  const findings = [...diagnostics.map(diagnosticToFinding), ...unsupported, ...run.findings];
  applyDirectives(findings, directivesByFile);
  findings.push(...directiveFindings(directivesByFile, registry, config));
  const sorted = sortAndDeduplicate(findings);
  assignFingerprints(sorted);
  const baselineFile = options.writeBaselineFile ? void 0 : options.baselineFile ?? (config.baseline && path5.join(root, configBase, config.baseline));
  if (baselineFile) {
    const baselinePath = path5.resolve(cwd, baselineFile);
    try {
      applyBaseline(sorted, parseBaseline(readFileSync3(baselinePath, "utf8")));
    } catch (error) {
      const reason = error.code ?? error.message;
      fatal.push({ message: `cannot use baseline ${baselineFile}: ${reason}` });
      return empty(now, configFile);
    }
  }
  if (options.writeBaselineFile) {
    const baselinePath = path5.resolve(cwd, options.writeBaselineFile);
    writeFileSync(baselinePath, JSON.stringify(createBaseline(sorted), null, 2) + "\n");
  }
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of sorted) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  for (const f of sorted) if (f.ruleId === "uclint/rule-crash") fatal.push({ message: f.message });
  return { root, findings: sorted, files: discovered.files, counts, outcomes: run.outcomes, fatal, configFile, config, now, estate };
}
function rangeAtStart(file) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
function diagnosticToFinding(d) {
  const format = d.code.includes("/") ? d.code.slice(0, d.code.indexOf("/")) : "input";
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    ruleId: `parse/${format}`,
    severity: d.severity,
    message: d.message,
    messageId: d.code
  };
}
function directiveFindings(directivesByFile, registry, config) {
  const known = new Set(registry.map((r) => r.id));
  const out = [];
  for (const directives of directivesByFile.values()) {
    for (const d of directives) {
      const base = { ...d.loc, severity: "warning" };
      if (d.ruleIds.length === 0) {
        out.push({ ...base, ruleId: "uclint/invalid-suppression", message: "suppression names no rule id" });
        continue;
      }
      if (!d.reason) {
        out.push({ ...base, ruleId: "uclint/invalid-suppression", message: `suppression of ${d.ruleIds.join(", ")} gives no reason (add "-- <reason>")` });
      }
      for (const id of d.ruleIds) {
        const isEngineId = id.startsWith("parse/") || id.startsWith("uclint/");
        if (!known.has(id) && !isEngineId) {
          out.push({ ...base, ruleId: "uclint/invalid-suppression", message: `suppression names unknown rule ${id}` });
        } else if (!d.used.has(id) && (isEngineId || config.rules.get(id)?.severity !== "off")) {
          out.push({ ...base, ruleId: "uclint/unused-suppression", message: `suppression of ${id} suppresses nothing` });
        }
      }
    }
  }
  return out;
}
function findNearestConfig(paths, root) {
  let directory = commonDirectory(paths);
  for (; ; ) {
    const found = findConfigFile(directory);
    if (found) return found;
    const parent = path5.dirname(directory);
    if (directory === root || parent === directory || !isInside(parent, root)) return void 0;
    directory = parent;
  }
}
function rebaseGlob(pattern, base) {
  if (base === "" || !pattern.includes("/")) return pattern;
  return `${base}/${pattern.replace(/^\.\//, "").replace(/^\//, "")}`;
}
function rebaseGlobs(patterns, base) {
  return patterns.map((p) => rebaseGlob(p, base));
}
function relativeTo(root, file) {
  const rel = path5.relative(root, file);
  return (rel.startsWith("..") ? file : rel).split(path5.sep).join("/");
}
function exitCodeOf(result, maxWarnings) {
  if (result.fatal.length > 0) return 2;
  if (result.counts.error > 0) return 1;
  if (maxWarnings !== void 0 && maxWarnings >= 0 && result.counts.warning > maxWarnings) return 1;
  return 0;
}

// src/report/stylish.ts
var SEVERITY_WORD = { error: "error", warning: "warning", info: "info" };
var SEVERITY_COLOR = { error: "31", warning: "33", info: "36" };
function paint(color, code, text) {
  return color ? `\x1B[${code}m${text}\x1B[0m` : text;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function formatStylish(findings, context) {
  const { color } = context;
  const visible = findings.filter((f) => !f.suppressed);
  const lines = [];
  let currentFile;
  for (const f of visible) {
    if (f.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      currentFile = f.file;
      lines.push(paint(color, "4", f.file || "(run)"));
    }
    const position = `${f.line}:${f.column}`.padEnd(7);
    const severity = paint(color, SEVERITY_COLOR[f.severity], SEVERITY_WORD[f.severity].padEnd(7));
    lines.push(`  ${position} ${severity} ${f.message}  ${paint(color, "2", f.ruleId)}`);
    for (const r of f.related ?? []) {
      lines.push(`          ${paint(color, "2", `${r.file}:${r.line}:${r.column}`)} ${r.message}`);
    }
  }
  const { error, warning, info } = context.counts;
  if (lines.length > 0) lines.push("");
  lines.push(paint(color, error + warning + info === 0 ? "32" : error > 0 ? "31" : "33", formatTotals(context.counts, context.filesLinted)));
  return lines.join("\n") + "\n";
}
function formatTotals(counts, filesLinted) {
  const { error, warning, info, suppressed } = counts;
  const total = error + warning + info;
  const summary = `${total === 0 ? "\u2713" : "\u2716"} ${plural(total, "problem")} (${plural(error, "error")}, ${plural(warning, "warning")}, ${info} info) in ${plural(filesLinted, "file")}`;
  return summary + (suppressed > 0 ? `, ${suppressed} suppressed` : "");
}
function formatCompact(findings) {
  return findings.filter((f) => !f.suppressed).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}]
`).join("");
}

// src/report/json.ts
var JSON_FORMAT_VERSION = 1;
function formatJson(result) {
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...f.messageId ? { messageId: f.messageId } : {},
    ...f.data ? { data: f.data } : {},
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...f.related?.length ? { related: f.related } : {},
    fingerprint: f.fingerprint,
    ...f.suppressed ? { suppressed: f.suppressed } : {}
  }));
  return JSON.stringify(
    {
      version: JSON_FORMAT_VERSION,
      now: result.now.toISOString(),
      counts: result.counts,
      files: result.files.map((f) => ({ file: f.file, kind: f.kind, view: f.view })),
      rules: result.outcomes.filter((o) => o.status !== "off").map((o) => ({ ruleId: o.ruleId, status: o.status, findings: o.findings })),
      findings
    },
    null,
    2
  ) + "\n";
}

// src/version.ts
var VERSION = "0.1.0";

// src/report/engine-rules.ts
var ENGINE_RULES = [
  {
    id: "parse/zone",
    severity: "error",
    description: "A zone file could not be read at this line and column",
    help: "Bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root, too deep or circular, a `$GENERATE` over its cap. The message says which; the record is skipped and reading goes on at the next line."
  },
  {
    id: "parse/certificate",
    severity: "error",
    description: "A certificate file, or part of it, could not be read",
    help: "A broken PEM block (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), or a bound exceeded. The message says which; the code is in the finding's `messageId`."
  },
  {
    id: "parse/manifest",
    severity: "error",
    description: "A uclint manifest could not be read at this line and column",
    help: "The manifest is not valid YAML or exceeds a bound (alias expansion, nesting depth, size); a document lacks `apiVersion: uclint/v1` or a known `kind`; a key is unknown (the message names the nearest valid one); or a value is of the wrong type or not valid for its field (a date that does not exist, a SAN that is neither a host name nor an address, an unknown extended key usage, a duplicate name)."
  },
  {
    id: "parse/input",
    severity: "error",
    description: "A file could not be read as it is",
    help: "The file could not be read, is larger than the size bound, is a symbolic link leaving the lint root and was not followed, or is a zone file in UTF-16 (name servers would not load it; uclint decodes it by its byte-order mark and checks it all the same)."
  },
  {
    id: "uclint/invalid-suppression",
    severity: "warning",
    description: "A suppression comment names no rule, an unknown rule, or gives no reason",
    help: "Write `uclint-disable-next-line <rule-id> -- <reason>`: a known rule id and a reason after `--`."
  },
  {
    id: "uclint/unused-suppression",
    severity: "warning",
    description: "A suppression comment suppressed nothing",
    help: "The fault was fixed, or the comment is on the wrong line. Remove the comment or move it to the line it means."
  },
  {
    id: "uclint/unsupported-file",
    severity: "info",
    description: "A file of a kind uclint recognises is not checked by this version",
    help: "Certificates, manifests, VPN configurations, SDP and registry exports are recognised; their loaders come with later packs."
  },
  {
    id: "uclint/rule-crash",
    severity: "error",
    description: "A rule threw an error; the run went on with the other rules",
    help: "This is a defect in uclint. Please report it with the message."
  }
];

// src/report/rule-docs.ts
var SEVERITY_LABEL = { error: "error", warning: "warning", info: "info" };
function optionsTable(schema) {
  const properties = schema?.properties ?? {};
  const names = Object.keys(properties);
  if (names.length === 0) return "This rule has no options.\n";
  const rows = names.map((name) => {
    const p = properties[name];
    const type = Array.isArray(p.type) ? p.type.join(" | ") : String(p.type ?? (p.enum ? "enum" : "object"));
    const allowed = Array.isArray(p.enum) ? ` (${p.enum.map((v) => `\`${String(v)}\``).join(", ")})` : "";
    const def = p.default === void 0 ? "(none)" : `\`${JSON.stringify(p.default)}\``;
    const description = String(p.description ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
    return `| \`${name}\` | ${type}${allowed} | ${def} | ${description} |`;
  });
  return ["| option | type | default | description |", "| --- | --- | --- | --- |", ...rows, ""].join("\n");
}
function ruleDocBody(rule, withSourceLinks) {
  const m = rule.meta;
  const parts = [];
  parts.push(`- Pack: \`${packOf(rule.id)}\``);
  parts.push(`- Default severity: ${SEVERITY_LABEL[m.severity]}`);
  parts.push(`- In \`uclint:recommended\`: ${m.recommended ? "yes" : "no"}${withSourceLinks ? "" : "\n"}`);
  if (withSourceLinks) {
    parts.push(`- Source: [\`rules/${rule.id}.ts\`](../../../rules/${rule.id}.ts), tests: [\`__tests__/rules/${rule.id}.test.ts\`](../../../__tests__/rules/${rule.id}.test.ts), fixtures: [\`__tests__/fixtures/${rule.id}/\`](../../../__tests__/fixtures/${rule.id}/)
`);
  }
  parts.push(`## Why

${m.rationale.trim()}
`);
  if (m.examples?.invalid || m.examples?.valid) {
    parts.push("## Examples\n");
    if (m.examples.invalid) parts.push(`Reported:

\`\`\`dns
${m.examples.invalid.trim()}
\`\`\`
`);
    if (m.examples.valid) parts.push(`Not reported:

\`\`\`dns
${m.examples.valid.trim()}
\`\`\`
`);
  }
  parts.push("## Options\n");
  parts.push(optionsTable(m.options));
  parts.push("## Messages\n");
  for (const [id, text] of Object.entries(m.messages)) parts.push(`- \`${id}\`: ${text}`);
  parts.push("");
  parts.push("## Sources\n");
  for (const c of m.citations) {
    const label = c.section ? `${c.source}, ${c.section}` : c.source;
    parts.push(`- ${c.url ? `[${label}](${c.url})` : label}`);
  }
  parts.push("");
  return parts;
}
function renderRuleHelp(rule) {
  return ruleDocBody(rule, false).join("\n");
}
function markdownToText(markdown) {
  return markdown.split("\n").filter((line) => !/^```/.test(line) && !/^\|(?: *:?-+:? *\|)+$/.test(line)).map(
    (line) => line.replace(/^#+ +/, "").replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, "$1 ($2)").replace(/\*\*([^*]+)\*\*/g, "$1").replace(/`([^`]*)`/g, "$1").replace(/\\\|/g, "|")
  ).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/report/uri.ts
function relativeUri(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}

// src/report/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_URI_BASE_ID = "%SRCROOT%";
var SARIF_FINGERPRINT_KEY = "uclint/v1";
var SARIF_MAX_RESULTS = 25e3;
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(result, options) {
  const maxResults = Math.max(0, options.maxResults ?? SARIF_MAX_RESULTS);
  const descriptors = ruleDescriptors(result, options);
  const indexOf = new Map(descriptors.map((d, i) => [d.id, i]));
  const kept = keepMostSevere(result.findings, maxResults);
  const omitted = result.findings.length - kept.length;
  const notifications = result.fatal.map((problem) => ({
    level: "error",
    message: { text: problem.message },
    ...problem.file && problem.line ? { locations: [{ physicalLocation: physicalLocation(fatalRange(problem.file, problem)) }] } : {}
  }));
  if (omitted > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${omitted} of ${result.findings.length} results were left out: a run holds at most ${maxResults} results, errors kept first.`
      }
    });
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "uclint",
            version: VERSION,
            semanticVersion: VERSION,
            ...options.informationUri ? { informationUri: options.informationUri } : {},
            rules: descriptors
          }
        },
        invocations: [
          {
            executionSuccessful: result.fatal.length === 0,
            ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}
          }
        ],
        originalUriBaseIds: {
          [SARIF_URI_BASE_ID]: { description: { text: "The lint root: the directory every path uclint reports is relative to." } }
        },
        columnKind: "utf16CodeUnits",
        results: kept.map((f) => sarifResult(f, indexOf, result.configFile))
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
function fatalRange(file, problem) {
  const line = problem.line ?? 1;
  const column = problem.column ?? 1;
  return { file, line, column, endLine: problem.endLine ?? line, endColumn: problem.endColumn ?? column };
}
function keepMostSevere(findings, max) {
  if (findings.length <= max) return [...findings];
  const rank = (f) => f.suppressed ? 3 : f.severity === "error" ? 0 : f.severity === "warning" ? 1 : 2;
  const chosen = findings.map((finding, index) => ({ finding, index })).sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index).slice(0, max).sort((a, b) => a.index - b.index);
  return chosen.map((c) => c.finding);
}
function ruleDescriptors(result, options) {
  const occurring = new Set(result.findings.map((f) => f.ruleId));
  const on = new Set(result.outcomes.filter((o) => o.status !== "off").map((o) => o.ruleId));
  const descriptors = [];
  const described = /* @__PURE__ */ new Set();
  for (const rule of options.rules) {
    if (described.has(rule.id) || !(on.has(rule.id) || occurring.has(rule.id))) continue;
    described.add(rule.id);
    descriptors.push(registryRuleDescriptor(rule, options.helpUriBase));
  }
  for (const engineRule of ENGINE_RULES) {
    if (described.has(engineRule.id) || !occurring.has(engineRule.id)) continue;
    described.add(engineRule.id);
    descriptors.push(engineRuleDescriptor(engineRule, options.helpUriBase));
  }
  for (const id of [...occurring].sort()) {
    if (described.has(id)) continue;
    described.add(id);
    const severity = result.findings.find((f) => f.ruleId === id)?.severity ?? "warning";
    descriptors.push(engineRuleDescriptor({ id, severity, description: `Findings of ${id}`, help: `Findings of ${id}.` }, void 0));
  }
  return descriptors;
}
function registryRuleDescriptor(rule, helpUriBase) {
  const help = renderRuleHelp(rule);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.meta.description) },
    fullDescription: { text: markdownToText(rule.meta.rationale) },
    ...helpUriBase ? { helpUri: `${helpUriBase.replace(/\/+$/, "")}/${rule.id}.md` } : {},
    help: { text: markdownToText(help), markdown: help },
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { tags: [packOf(rule.id)] }
  };
}
function engineRuleDescriptor(rule, helpUriBase) {
  const helpUri = helpUriBase && diagnosticsUri(helpUriBase);
  return {
    id: rule.id,
    name: symbolicName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: markdownToText(rule.help) },
    ...helpUri ? { helpUri } : {},
    help: { text: markdownToText(rule.help), markdown: rule.help },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.id.includes("/") ? packOf(rule.id) : rule.id] }
  };
}
function diagnosticsUri(helpUriBase) {
  try {
    return new URL("../diagnostics.md", helpUriBase.replace(/\/*$/, "/")).href;
  } catch {
    return void 0;
  }
}
function symbolicName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join("");
}
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function sarifResult(finding, indexOf, configFile) {
  const out = {
    ruleId: finding.ruleId,
    ruleIndex: indexOf.get(finding.ruleId),
    level: LEVEL[finding.severity],
    message: { text: sentence(finding.message) },
    locations: [primaryLocation(finding, configFile)]
  };
  if (finding.related?.length) {
    out.relatedLocations = finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r),
      message: { text: sentence(r.message) }
    }));
  }
  if (finding.fingerprint) out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: finding.fingerprint };
  if (finding.suppressed) {
    const { kind, reason } = finding.suppressed;
    out.suppressions = [
      {
        kind: kind === "baseline" ? "external" : "inSource",
        status: "accepted",
        justification: reason ?? (kind === "baseline" ? "Recorded in the baseline file." : "Suppressed by a comment.")
      }
    ];
  }
  return out;
}
function primaryLocation(finding, configFile) {
  if (finding.file) return { physicalLocation: physicalLocation(finding) };
  return {
    // Code scanning wants a region too; line 1 of the file, or of nothing for the root.
    physicalLocation: { artifactLocation: configFile ? artifactLocation(configFile) : { uri: "./", uriBaseId: SARIF_URI_BASE_ID }, region: { startLine: 1 } },
    message: { text: "This finding belongs to the run, not to a file." }
  };
}
function physicalLocation(range) {
  return {
    artifactLocation: artifactLocation(range.file),
    region: { startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn }
  };
}
function artifactLocation(file) {
  return { uri: relativeUri(file), uriBaseId: SARIF_URI_BASE_ID };
}

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeCommandData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeCommandProperty(text) {
  return escapeCommandData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithubCommand(finding) {
  const properties = [];
  if (finding.file) {
    properties.push(["file", finding.file], ["line", finding.line], ["endLine", finding.endLine]);
    if (finding.line === finding.endLine) properties.push(["col", finding.column], ["endColumn", finding.endColumn]);
  }
  properties.push(["title", finding.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeCommandProperty(String(value))}`).join(",");
  return `::${COMMAND[finding.severity]} ${list}::${escapeCommandData(finding.message)}`;
}
function formatGithub(findings) {
  return findings.filter((f) => !f.suppressed).map((f) => `${formatGithubCommand(f)}
`).join("");
}

// src/report/markdown.ts
var MARKDOWN_MAX_BYTES = 1048576;
var SEVERITIES = ["error", "warning", "info"];
var FINDINGS_TABLE_HEAD = "| severity | rule | location | message |\n| --- | --- | --- | --- |";
function markdownTruncationNote(dropped, total, maxBytes) {
  return `Not listed: ${dropped} of ${total} findings (this summary is limited to ${maxBytes} bytes).`;
}
function escapeMarkdown(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}
function formatMarkdown(result, options = {}) {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const title = escapeMarkdown((options.title ?? "uclint").replace(/[\r\n]+/g, " "));
  const blocks = [`## ${title}`, formatTotals(result.counts, result.files.length)];
  const packs = packTable(result.findings);
  if (packs) blocks.push(packs);
  for (const note2 of options.notes ?? []) blocks.push(note2);
  const head = blocks.join("\n\n");
  const listed = options.findings ?? result.findings.filter((f) => !f.suppressed);
  const rows = listed.map((f) => findingRow(f, options.linkBase ?? ""));
  if (rows.length === 0) return fitBytes(`${head}
`, maxBytes);
  const full = `${head}

${FINDINGS_TABLE_HEAD}
${rows.join("\n")}
`;
  if (byteLength(full) <= maxBytes) return full;
  let used = byteLength(`${head}

${FINDINGS_TABLE_HEAD}
`);
  let kept = 0;
  while (kept < rows.length) {
    const next = used + byteLength(rows[kept]) + 1;
    if (next + byteLength(`
${markdownTruncationNote(rows.length - kept - 1, rows.length, maxBytes)}
`) > maxBytes) break;
    used = next;
    kept++;
  }
  const note = markdownTruncationNote(rows.length - kept, rows.length, maxBytes);
  if (kept > 0) return `${head}

${FINDINGS_TABLE_HEAD}
${rows.slice(0, kept).join("\n")}

${note}
`;
  return `${fitBytes(head, maxBytes - byteLength(`

${note}
`))}

${note}
`;
}
function packTable(findings) {
  const byPack = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.suppressed) continue;
    const pack = f.ruleId.includes("/") ? f.ruleId.slice(0, f.ruleId.indexOf("/")) : f.ruleId;
    const counts = byPack.get(pack) ?? { error: 0, warning: 0, info: 0 };
    counts[f.severity]++;
    byPack.set(pack, counts);
  }
  if (byPack.size === 0) return void 0;
  const rows = [...byPack.keys()].sort().map((pack) => {
    const counts = byPack.get(pack);
    return `| ${escapeMarkdown(pack)} | ${SEVERITIES.map((s) => counts[s]).join(" | ")} |`;
  });
  return ["| pack | error | warning | info |", "| --- | ---: | ---: | ---: |", ...rows].join("\n");
}
function findingRow(f, linkBase) {
  return `| ${f.severity} | ${escapeMarkdown(f.ruleId)} | ${locationLink(f, linkBase)} | ${escapeMarkdown(f.message)} |`;
}
function locationLink(f, linkBase) {
  if (!f.file) return "(run)";
  const lines = f.endLine > f.line ? `L${f.line}-L${f.endLine}` : `L${f.line}`;
  return `[${escapeMarkdown(f.file)}:${f.line}](${linkBase}${relativeUri(f.file)}#${lines})`;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}
function fitBytes(text, maxBytes) {
  if (byteLength(text) <= maxBytes) return text;
  let out = "";
  let used = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (used + size > maxBytes) break;
    out += char;
    used += size;
  }
  return out;
}

// src/cli.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path6 from "node:path";
import { parseArgs } from "node:util";

// src/report/rules-list.ts
function formatRulesList(rules, format) {
  const sorted = [...rules].sort((a, b) => a.id < b.id ? -1 : 1);
  if (format === "json") {
    return JSON.stringify(
      sorted.map((r) => ({
        id: r.id,
        pack: packOf(r.id),
        severity: r.meta.severity,
        recommended: r.meta.recommended,
        description: r.meta.description
      })),
      null,
      2
    ) + "\n";
  }
  const idWidth = Math.max(...sorted.map((r) => r.id.length), 4);
  const lines = [`${"RULE".padEnd(idWidth)}  ${"SEVERITY".padEnd(8)}  REC  DESCRIPTION`];
  for (const r of sorted) {
    lines.push(`${r.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(8)}  ${r.meta.recommended ? "yes" : "no "}  ${r.meta.description}`);
  }
  return lines.join("\n") + "\n";
}

// src/cli.ts
var HELP = `uclint ${VERSION} - policy linter for unified-communications infrastructure

Usage:
  uclint [options] [paths...]   lint files and directories (default: .)
  uclint rules [--format json]  list the rules with pack, default severity and description

Options:
  -f, --format <format>         output format (default: stylish):
                                  stylish   findings grouped by file, for people
                                  json      every finding, for programs
                                  sarif     SARIF 2.1.0, for GitHub code scanning
                                  github    workflow commands, annotations in GitHub Actions
                                  markdown  a summary with tables, for a job summary or an issue
  -o, --output <file>           write the report to a file instead of standard output
  -c, --config <file>           configuration file (default: the nearest .uclint.yml from the
                                linted directory up to the lint root)
      --rule <id:severity>      override a rule's severity (off|info|warn|error); repeatable
      --max-warnings <n>        exit 1 when there are more than n warnings
  -q, --quiet                   report errors only
      --now <date>              judge dates (certificate expiry) against this day, e.g. 2026-11-20
      --baseline <file>         ignore findings recorded in this baseline file
      --write-baseline <file>   record the current findings as a baseline
      --color / --no-color      force colour on or off (default: on a terminal only)
  -h, --help                    show this help
  -v, --version                 print the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, configuration or internal error.
`;
async function runCli(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        rule: { type: "string", multiple: true },
        "max-warnings": { type: "string" },
        quiet: { type: "boolean", short: "q" },
        now: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    io.stderr(`uclint: ${error.message}
Run 'uclint --help' for usage.
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format = values.format ?? "stylish";
  if (positionals[0] === "rules") {
    if (format !== "stylish" && format !== "json") return usage(io, `unknown format '${format}' for 'uclint rules' (stylish, json)`);
    io.stdout(formatRulesList(RULES, format));
    return 0;
  }
  if (!isFormat(format)) return usage(io, `unknown format '${format}' (${FORMATS.join(", ")})`);
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) return usage(io, `--max-warnings takes a whole number, not '${values["max-warnings"]}'`);
  }
  let now;
  if (values.now !== void 0) {
    now = parseDate(values.now);
    if (!now) return usage(io, `--now takes a date such as 2026-11-20, not '${values.now}'`);
  }
  let result;
  try {
    result = await lint({
      paths: positionals,
      cwd: io.cwd,
      configFile: values.config,
      ruleOverrides: values.rule,
      now,
      baselineFile: values.baseline,
      writeBaselineFile: values["write-baseline"]
    });
  } catch (error) {
    io.stderr(`uclint: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
  if (result.fatal.length > 0) {
    for (const problem of result.fatal) {
      const where = problem.file ? `${problem.file}:${problem.line}:${problem.column}: ` : "";
      io.stderr(`uclint: ${where}${problem.message}
`);
    }
    return 2;
  }
  const shown = values.quiet ? result.findings.filter((f) => f.severity === "error") : result.findings;
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !values.output && !io.env.NO_COLOR;
  const report = formatReport(format, { ...result, findings: shown }, color);
  if (values.output) {
    writeFileSync2(path6.resolve(io.cwd, values.output), report);
  } else {
    io.stdout(report);
  }
  return exitCodeOf(result, maxWarnings);
}
var FORMATS = ["stylish", "json", "sarif", "github", "markdown"];
function isFormat(name) {
  return FORMATS.includes(name);
}
function formatReport(format, result, color) {
  switch (format) {
    case "json":
      return formatJson(result);
    case "sarif":
      return formatSarif(result, { rules: RULES });
    case "github":
      return formatGithub(result.findings);
    case "markdown":
      return formatMarkdown(result);
    case "stylish":
      return formatStylish(result.findings, { color, counts: result.counts, filesLinted: result.files.length });
  }
}
function usage(io, message) {
  io.stderr(`uclint: ${message}
Run 'uclint --help' for usage.
`);
  return 2;
}
function parseDate(text) {
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (dateOnly) {
    const date2 = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
    return date2.getUTCDate() === Number(dateOnly[3]) ? date2 : void 0;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return void 0;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? void 0 : date;
}

export {
  __require,
  __commonJS,
  __toESM,
  Estate,
  formatRecord,
  rdataText,
  parseZone,
  DEFAULT_AUDIT_ISSUE_TITLE,
  defineRule,
  RULES,
  lint,
  exitCodeOf,
  formatStylish,
  formatTotals,
  formatCompact,
  formatJson,
  VERSION,
  SARIF_URI_BASE_ID,
  SARIF_FINGERPRINT_KEY,
  SARIF_MAX_RESULTS,
  formatSarif,
  escapeCommandData,
  escapeCommandProperty,
  formatGithubCommand,
  formatGithub,
  MARKDOWN_MAX_BYTES,
  markdownTruncationNote,
  escapeMarkdown,
  formatMarkdown,
  runCli,
  parseDate
};
/*! For license information please see chunk-NZNJRSJL.js.LEGAL.txt */
