import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  alignedValue
} from "./chunk-TL2PQLYN.js";
import {
  PositionedText,
  lineStartsOf
} from "./chunk-UQTE7JHT.js";
import {
  isYamlName
} from "./chunk-5JNNZPEP.js";
import {
  eachFile
} from "./chunk-2CRF2HR2.js";
import {
  deref,
  parseYamlDocuments
} from "./chunk-2F2EY3OV.js";
import {
  findPlaceholder
} from "./chunk-CLORUN65.js";
import {
  AddressSet,
  parseAddressSpec
} from "./chunk-EYJA5AHZ.js";
import {
  require_ipaddr
} from "./chunk-4XAWEQ5T.js";
import {
  lineTooLong,
  thousands
} from "./chunk-35JCERCI.js";
import {
  __toESM
} from "./chunk-ZUAMPCLF.js";

// src/languages/cisco-config/read.ts
var DEFAULT_CISCO_LIMITS = {
  maxChars: 16 * 1024 * 1024,
  maxLineLength: 64 * 1024,
  maxCommands: 1e6,
  maxDepth: 32
};
var MODE_WORDS = [
  {
    opens: (w) => w[0] === "group-policy" && w[2] === "attributes",
    sub: /* @__PURE__ */ new Set([
      "split-tunnel-policy",
      "ipv6-split-tunnel-policy",
      "split-tunnel-network-list",
      "split-tunnel-all-dns",
      "split-dns",
      "dns-server",
      "wins-server",
      "vpn-tunnel-protocol",
      "default-domain",
      "address-pools",
      "ipv6-address-pools",
      "vpn-filter",
      "ipv6-vpn-filter",
      "vpn-idle-timeout",
      "vpn-session-timeout",
      "vpn-simultaneous-logins",
      "group-lock",
      "webvpn",
      "anyconnect",
      "client-bypass-protocol",
      "msie-proxy",
      "intercept-dhcp",
      "password-storage",
      "ip-comp",
      "re-xauth",
      "pfs",
      "banner",
      "security-association",
      "nem",
      "backup-servers",
      "vpn-access-hours",
      "vpn-session-timeout",
      "user-authentication",
      "dhcp-network-scope",
      "gateway-fqdn",
      "client-firewall",
      "ipsec-udp",
      "ipsec-udp-port",
      "always-on-vpn",
      "description"
    ])
  },
  { opens: (w) => w[0] === "object" && w[1] === "network", sub: /* @__PURE__ */ new Set(["host", "subnet", "range", "fqdn", "description", "nat"]) },
  { opens: (w) => w[0] === "object" && w[1] === "service", sub: /* @__PURE__ */ new Set(["service", "description"]) },
  { opens: (w) => w[0] === "object-group", sub: /* @__PURE__ */ new Set(["network-object", "group-object", "port-object", "service-object", "protocol-object", "icmp-object", "description"]) },
  {
    opens: (w) => w[0] === "tunnel-group" && (w[2] ?? "").endsWith("-attributes"),
    sub: /* @__PURE__ */ new Set(["default-group-policy", "address-pool", "authentication-server-group", "secondary-authentication-server-group", "group-alias", "group-url", "authentication", "ikev1", "ikev2", "tunnel-group-map"])
  }
];
var FREE_TEXT = /* @__PURE__ */ new Set(["description", "remark"]);
function isFreeTextWord(text) {
  return (text.length === 11 || text.length === 6) && FREE_TEXT.has(text.toLowerCase());
}
function readCiscoConfig(file, text, limits = {}) {
  const source = PositionedText.of(file, text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  const bounds = { ...DEFAULT_CISCO_LIMITS, ...limits };
  const config = { commands: [], diagnostics: [] };
  if (source.text.length > bounds.maxChars) {
    config.diagnostics.push({ ...source.range(0, 0), severity: "error", code: "cisco-config/too-large", message: `text of ${thousands(source.text.length)} characters is over the bound of ${thousands(bounds.maxChars)}; not read` });
    return config;
  }
  readLines(linesOf(source), config, bounds);
  return config;
}
function readCiscoLines(lines, options = {}) {
  const bounds = { ...DEFAULT_CISCO_LIMITS, ...options.limits };
  const config = { commands: [], diagnostics: [] };
  const parents = options.parents ?? [];
  const all = [
    ...parents.map((line, i) => ({ line, indent: i })),
    ...lines.flatMap((line) => splitLines(line).map((piece) => ({ line: piece, indent: parents.length > 0 ? parents.length : void 0 })))
  ];
  readLines(all, config, bounds);
  return config;
}
function linesOf(source) {
  return splitLines(source).map((line) => ({ line }));
}
function splitLines(source) {
  const text = source.text;
  const lines = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    lines.push(source.slice(start, i));
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}
function readLines(lines, config, limits) {
  const report = (code, message, loc, severity = "error") => config.diagnostics.push({ ...loc, severity, code, message });
  const stack = [];
  let count = 0;
  for (let n = 0; n < lines.length; n++) {
    const { line, indent: forced } = lines[n];
    if (line.text.length > limits.maxLineLength) {
      report("cisco-config/line-too-long", lineTooLong(limits.maxLineLength), line.range(0, 0));
      continue;
    }
    const words = tokenize(line, report);
    if (words.length === 0) continue;
    const first = words[0].text;
    if (!words[0].quoted && (first.startsWith("!") || first.startsWith(":") && indentOf(line.text) === 0)) continue;
    const indent = forced ?? indentOf(line.text);
    if (!words[0].quoted && first === "exit" && words.length === 1) {
      while (stack.length > 0 && stack[stack.length - 1].command.children.length === 0 && stack[stack.length - 1].sub === void 0) stack.pop();
      stack.pop();
      continue;
    }
    if (++count > limits.maxCommands) {
      report("cisco-config/too-many-commands", `more than ${thousands(limits.maxCommands)} commands; the rest is not read`, words[0].loc);
      return;
    }
    const command = { words, loc: spanOf(words), indent, children: [] };
    if (!words[0].quoted && first === "banner" && words.length >= 2) n = readBanner(lines, n, command, report);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (indent > top.command.indent) break;
      if (indent === top.command.indent && indent === 0 && forced === void 0 && top.sub?.has(subWord(words))) break;
      stack.pop();
    }
    const parent = stack[stack.length - 1];
    if (parent) parent.command.children.push(command);
    else config.commands.push(command);
    if (stack.length >= limits.maxDepth) {
      report("cisco-config/too-deep", `sub-commands nested more than ${limits.maxDepth} deep; this one joins the mode above`, command.loc, "warning");
      continue;
    }
    const mode = parent ? void 0 : MODE_WORDS.find((candidate) => candidate.opens(words.slice(0, 3).map((word) => word.text.toLowerCase())));
    stack.push({ command, sub: mode?.sub });
  }
}
function subWord(words) {
  const first = words[0].text.toLowerCase();
  return first === "no" && words[1] ? words[1].text.toLowerCase() : first;
}
function indentOf(text) {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}
function tokenize(line, report) {
  const text = line.text;
  const words = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      i++;
      continue;
    }
    const previous = words[words.length - 1];
    if (previous !== void 0 && !previous.quoted && isFreeTextWord(previous.text)) {
      let end2 = text.length;
      while (end2 > i && (text.charCodeAt(end2 - 1) === 32 || text.charCodeAt(end2 - 1) === 9)) end2--;
      words.push({ text: text.slice(i, end2), loc: line.range(i, end2), quoted: false });
      break;
    }
    if (code === 34) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) {
        report("cisco-config/syntax", "quoted word without its closing quote", line.range(i, text.length));
        words.push({ text: text.slice(i + 1), loc: line.range(i, text.length), quoted: true });
        break;
      }
      words.push({ text: text.slice(i + 1, close), loc: line.range(i, close + 1), quoted: true });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 9) end++;
    words.push({ text: text.slice(i, end), loc: line.range(i, end), quoted: false });
    i = end;
  }
  return words;
}
function readBanner(lines, n, command, report) {
  const words = command.words;
  const textWord = words[2];
  if (!textWord) return n;
  const line = lines[n].line;
  const start = offsetOfWord(line.text, 2);
  const delimiter = textWord.text.startsWith("^C") ? "^C" : textWord.text.startsWith("") ? "" : textWord.text.length === 1 && /[^A-Za-z0-9]/.test(textWord.text) ? textWord.text : void 0;
  if (!delimiter || start < 0) return n;
  const bodyStart = start + delimiter.length;
  const close = line.text.indexOf(delimiter, bodyStart);
  if (close >= 0) {
    command.words = [...words.slice(0, 2), { text: line.text.slice(bodyStart, close), loc: line.range(bodyStart, close), quoted: true }];
    command.loc = spanOf(command.words);
    return n;
  }
  let text = line.text.slice(bodyStart);
  for (let m = n + 1; m < lines.length; m++) {
    const next = lines[m].line;
    const end = next.text.indexOf(delimiter);
    if (end >= 0) {
      text += "\n" + next.text.slice(0, end);
      command.words = [...words.slice(0, 2), { text, loc: { ...line.range(bodyStart, bodyStart), endLine: next.range(end, end).endLine, endColumn: next.range(end, end).endColumn }, quoted: true }];
      command.loc = { ...command.loc, endLine: next.range(end, end + delimiter.length).endLine, endColumn: next.range(end, end + delimiter.length).endColumn };
      return m;
    }
    text += "\n" + next.text;
  }
  report("cisco-config/syntax", `banner without its closing ${delimiter}: the rest of the file is read as its text`, command.loc);
  command.words = [...words.slice(0, 2), { text, loc: line.range(bodyStart, line.text.length), quoted: true }];
  return lines.length - 1;
}
function offsetOfWord(text, index) {
  let i = 0;
  for (let n = 0; ; n++) {
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (n === index || i >= text.length) return i < text.length ? i : -1;
    while (i < text.length && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  }
}
function spanOf(words) {
  const first = words[0].loc;
  const last = words[words.length - 1].loc;
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

// src/languages/cisco-config/asa.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
function asaGroupPolicies(config) {
  const policies = /* @__PURE__ */ new Map();
  for (const command of config.commands) {
    const words = lower(command.words);
    if (words[0] !== "group-policy" || !command.words[1]) continue;
    const name = command.words[1].text;
    const policy = policies.get(name) ?? { name, commands: [] };
    policies.set(name, policy);
    policy.commands.push(command);
    if (words[2] !== "attributes") continue;
    for (const sub of command.children) {
      const negated = lower(sub.words)[0] === "no";
      const parts = negated ? sub.words.slice(1) : sub.words;
      const keyword = parts[0]?.text.toLowerCase();
      const field = keyword === "split-tunnel-policy" ? "splitTunnelPolicy" : keyword === "ipv6-split-tunnel-policy" ? "ipv6SplitTunnelPolicy" : keyword === "split-tunnel-network-list" ? "splitTunnelNetworkList" : void 0;
      if (!field) continue;
      if (negated) {
        delete policy[field];
        continue;
      }
      const valueWord = field === "splitTunnelNetworkList" && parts[1]?.text.toLowerCase() === "value" ? parts[2] : parts[1];
      if (valueWord) policy[field] = { kind: "string", value: field === "splitTunnelNetworkList" ? valueWord.text : valueWord.text.toLowerCase(), loc: valueWord.loc };
    }
  }
  return policies;
}
var AsaResolver = class {
  constructor(config) {
    this.config = config;
    for (const command of config.commands) {
      const words = lower(command.words);
      if (words[0] === "name" && command.words[2]) this.names.set(command.words[2].text, command.words[1]);
      else if (words[0] === "object" && words[1] === "network" && command.words[2]) this.objects.set(command.words[2].text, command);
      else if (words[0] === "object-group" && command.words[2]) this.groups.set(command.words[2].text, command);
      else if (words[0] === "access-list" && command.words[1]) {
        const name = command.words[1].text;
        const list = this.lists.get(name) ?? [];
        list.push(command);
        this.lists.set(name, list);
      }
    }
  }
  config;
  names = /* @__PURE__ */ new Map();
  objects = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  lists = /* @__PURE__ */ new Map();
  resolved = 0;
  /** The names of every access list, in the order they first appear. */
  accessListNames() {
    return [...this.lists.keys()];
  }
  /** The entries of access list `name` in order (remarks left out); empty when it is not defined. */
  accessList(name) {
    this.resolved = 0;
    const entries = [];
    for (const command of this.lists.get(name) ?? []) {
      const entry = this.entry(name, command);
      if (entry) entries.push(entry);
    }
    return entries;
  }
  entry(list, command) {
    const words = command.words;
    let i = 2;
    if (words[i]?.text.toLowerCase() === "line" && words[i + 1]) i += 2;
    const keyword = words[i]?.text.toLowerCase();
    let type;
    let wildcard = false;
    if (keyword === "standard" || keyword === "extended") {
      type = keyword;
      i++;
    } else if (keyword === "permit" || keyword === "deny") {
      const number = /^[0-9]+$/.test(list) ? Number(list) : void 0;
      const iosStandard = number !== void 0 && (number >= 1 && number <= 99 || number >= 1300 && number <= 1999);
      wildcard = number !== void 0;
      type = iosStandard ? "standard" : "extended";
    } else return void 0;
    const action = words[i]?.text.toLowerCase();
    if (action !== "permit" && action !== "deny") return void 0;
    i++;
    const cursor = { i };
    const inactive = words.some((word) => word.text.toLowerCase() === "inactive");
    if (type === "standard") {
      const destination2 = this.addressSpec(words, cursor, wildcard, "standard");
      return { list, type, action, destination: this.trailing(words, cursor, destination2), inactive, wildcard, command, loc: command.loc };
    }
    let protocol = words[cursor.i];
    if (protocol && (protocol.text === "object-group" || protocol.text === "object") && words[cursor.i + 1]) {
      protocol = { ...protocol, text: `${protocol.text} ${words[cursor.i + 1].text}`, loc: { ...protocol.loc, endLine: words[cursor.i + 1].loc.endLine, endColumn: words[cursor.i + 1].loc.endColumn } };
      cursor.i++;
    }
    cursor.i++;
    this.skipIdentity(words, cursor);
    const source = this.addressSpec(words, cursor, wildcard, "source");
    this.skipPorts(words, cursor, false);
    const destination = this.addressSpec(words, cursor, wildcard, "destination");
    this.skipPorts(words, cursor, true);
    const protocolName = protocol?.text.toLowerCase();
    if ((protocolName === "icmp" || protocolName === "icmp6") && words[cursor.i] && !ACL_OPTIONS.has(words[cursor.i].text.toLowerCase())) cursor.i++;
    return { list, type, action, protocol, source, destination: this.trailing(words, cursor, destination), inactive, wildcard, command, loc: command.loc };
  }
  /** Words after the last address other than the ASA's options (`log` and its level, `time-range NAME`, `inactive`) mean the ASA would refuse the line: the address is not what it seems. */
  trailing(words, cursor, addresses) {
    const rest = words.slice(cursor.i);
    for (let k = 0; k < rest.length; k++) {
      const word = rest[k].text.toLowerCase();
      if (word === "time-range") k++;
      else if (!ACL_OPTIONS.has(word) && !/^[0-9]+$/.test(word)) {
        const written = rest.map((w) => w.text).join(" ");
        return [{ kind: "unknown", written, reason: `words after the address that the ASA does not accept: ${written}`, loc: spanWords(rest), via: [] }];
      }
    }
    return addresses;
  }
  skipIdentity(words, cursor) {
    for (; ; ) {
      const word = words[cursor.i]?.text.toLowerCase();
      if (word === "user" || word === "user-group" || word === "object-group-user" || word === "object-group-security") cursor.i += 2;
      else if (word === "security-group") cursor.i += 3;
      else return;
    }
  }
  /** Ports after an address: `eq|neq|lt|gt P`, `range A B`, or a service group (after the source, a group that is not a network group; after the destination, any group). */
  skipPorts(words, cursor, afterDestination) {
    const word = words[cursor.i]?.text.toLowerCase();
    if (word === "eq" || word === "neq" || word === "lt" || word === "gt") cursor.i += 2;
    else if (word === "range") cursor.i += 3;
    else if (word === "object-group" && words[cursor.i + 1]) {
      const type = this.groupType(words[cursor.i + 1].text);
      if (afterDestination ? type !== "network" : type !== void 0 && type !== "network") cursor.i += 2;
    }
  }
  groupType(name) {
    return this.groups.get(name)?.words[1]?.text.toLowerCase();
  }
  /** One address argument at `cursor`: `any`, `any4`, `any6`, `host A`, `A MASK`, `A/len`, `interface N`, `object N`, `object-group N`. */
  addressSpec(words, cursor, wildcard, role) {
    const word = words[cursor.i];
    if (!word) {
      const loc = words[words.length - 1].loc;
      return [{ kind: "unknown", written: "", reason: `no ${role} address`, loc: { ...loc, column: loc.endColumn, line: loc.endLine }, via: [] }];
    }
    const keyword = word.text.toLowerCase();
    cursor.i++;
    if (keyword === "any" || keyword === "any4" || keyword === "any6") return [{ kind: "any", family: keyword === "any4" ? 4 : keyword === "any6" ? 6 : "both", loc: word.loc, via: [] }];
    const argument = words[cursor.i];
    if (keyword === "host" || keyword === "interface" || keyword === "object" || keyword === "object-group") {
      if (!argument) return [{ kind: "unknown", written: word.text, reason: `${keyword} without its argument`, loc: word.loc, via: [] }];
      cursor.i++;
      if (keyword === "host") return [this.host(argument)];
      if (keyword === "interface") return [{ kind: "interface", name: argument.text, loc: spanWords([word, argument]), via: [] }];
      const reference = spanWords([word, argument]);
      return keyword === "object" ? this.object(argument.text, reference, []) : this.group(argument.text, reference, [], 0);
    }
    if (word.text.includes("/")) return [this.prefix(word, void 0, false)];
    const mask = argument && import_ipaddr.default.IPv4.isValidFourPartDecimal(argument.text) ? argument : void 0;
    if (mask) cursor.i++;
    return [this.prefix(word, mask, wildcard)];
  }
  host(word) {
    const address = this.nameOrAddress(word);
    if (typeof address !== "string") return address;
    const family = import_ipaddr.default.IPv4.isValidFourPartDecimal(address) ? 4 : 6;
    return { kind: "prefix", family, address: normalize(address), prefixLength: family === 4 ? 32 : 128, loc: word.loc, via: [] };
  }
  /** An address word, or a `name` alias of one; an unknown address when it is neither. */
  nameOrAddress(word) {
    if (import_ipaddr.default.IPv4.isValidFourPartDecimal(word.text) || word.text.includes(":") && import_ipaddr.default.IPv6.isValid(word.text)) return word.text;
    const aliased = this.names.get(word.text);
    if (aliased) return aliased.text;
    return { kind: "unknown", written: word.text, reason: `${word.text} is neither an address nor a name the configuration defines`, loc: word.loc, via: [] };
  }
  /** `A MASK` (ASA subnet mask, or IOS wildcard), `A/len` (IPv6, or IPv4 in object definitions), or a lone address (a host). */
  prefix(word, mask, wildcard) {
    const loc = mask ? spanWords([word, mask]) : word.loc;
    if (word.text.includes("/")) {
      try {
        const [address2, length] = import_ipaddr.default.parseCIDR(word.text);
        return { kind: "prefix", family: address2.kind() === "ipv4" ? 4 : 6, address: address2.toString(), prefixLength: length, loc, via: [] };
      } catch {
        return { kind: "unknown", written: word.text, reason: `${word.text} is not an address prefix`, loc, via: [] };
      }
    }
    const address = this.nameOrAddress(word);
    if (typeof address !== "string") return { ...address, loc };
    if (!mask) {
      const family = import_ipaddr.default.IPv4.isValidFourPartDecimal(address) ? 4 : 6;
      return { kind: "prefix", family, address: normalize(address), prefixLength: family === 4 ? 32 : 128, loc, via: [] };
    }
    if (!import_ipaddr.default.IPv4.isValidFourPartDecimal(address)) return { kind: "unknown", written: `${word.text} ${mask.text}`, reason: "an IPv4 mask after an IPv6 address", loc, via: [] };
    const maskBytes = import_ipaddr.default.IPv4.parse(mask.text).toByteArray();
    const subnetMask = wildcard ? maskBytes.map((byte) => 255 - byte) : maskBytes;
    const prefixLength = import_ipaddr.default.IPv4.parse(subnetMask.join(".")).prefixLengthFromSubnetMask();
    if (prefixLength === null) return { kind: "unknown", written: `${word.text} ${mask.text}`, reason: `${mask.text} is not a contiguous ${wildcard ? "wildcard" : "subnet"} mask`, loc, via: [] };
    return { kind: "prefix", family: 4, address, prefixLength, loc, via: [] };
  }
  /** The addresses of `object network NAME`. */
  object(name, reference, via) {
    const path = [...via, reference];
    const object = this.objects.get(name);
    if (!object) return [{ kind: "unknown", written: name, reason: `object ${name} is not defined in the configuration`, loc: reference, via }];
    const out = [];
    for (const sub of object.children) {
      const words = sub.words;
      const keyword = words[0].text.toLowerCase();
      if (keyword === "host" && words[1]) out.push({ ...this.host(words[1]), via: path });
      else if (keyword === "subnet" && words[1]) out.push({ ...this.prefix(words[1], words[2], false), via: path });
      else if (keyword === "range" && words[1] && words[2]) out.push({ ...this.range(words[1], words[2]), via: path });
      else if (keyword === "fqdn" && words.length > 1) {
        const fqdn = words[words.length - 1];
        out.push({ kind: "fqdn", name: fqdn.text, loc: fqdn.loc, via: path });
      }
    }
    if (out.length === 0) out.push({ kind: "unknown", written: name, reason: `object ${name} defines no address`, loc: object.loc, via });
    return out;
  }
  range(first, last) {
    const loc = spanWords([first, last]);
    const a = this.nameOrAddress(first);
    const b = this.nameOrAddress(last);
    if (typeof a !== "string") return { ...a, loc };
    if (typeof b !== "string") return { ...b, loc };
    const family = import_ipaddr.default.IPv4.isValidFourPartDecimal(a) ? 4 : 6;
    return { kind: "range", family, first: normalize(a), last: normalize(b), loc, via: [] };
  }
  /** The addresses of `object-group network NAME`, its nested groups followed (cycles and depth bounded). */
  group(name, reference, via, depth) {
    const group = this.groups.get(name);
    if (!group) return [{ kind: "unknown", written: name, reason: `object-group ${name} is not defined in the configuration`, loc: reference, via }];
    if (this.groupType(name) !== "network") return [{ kind: "unknown", written: name, reason: `object-group ${name} is not a network group`, loc: reference, via }];
    if (depth >= 16) return [{ kind: "unknown", written: name, reason: "object groups nested more than 16 deep (or in a cycle)", loc: reference, via }];
    const path = [...via, reference];
    const out = [];
    this.resolved += group.children.length;
    if (this.resolved > MAX_RESOLVED) return [{ kind: "unknown", written: name, reason: `object groups that resolve to more than ${MAX_RESOLVED} addresses`, loc: reference, via }];
    for (const sub of group.children) {
      const words = sub.words;
      const keyword = words[0].text.toLowerCase();
      if (keyword === "group-object" && words[1]) out.push(...this.group(words[1].text, spanWords(words.slice(0, 2)), path, depth + 1));
      else if (keyword === "network-object" && words[1]) {
        const kind = words[1].text.toLowerCase();
        if (kind === "host" && words[2]) out.push({ ...this.host(words[2]), via: path });
        else if (kind === "object" && words[2]) out.push(...this.object(words[2].text, spanWords(words.slice(1, 3)), path));
        else out.push({ ...this.prefix(words[1], words[2], false), via: path });
      }
    }
    return out;
  }
};
var ACL_OPTIONS = /* @__PURE__ */ new Set(["log", "inactive", "interval", "disable", "default", "emergencies", "alerts", "critical", "errors", "warnings", "notifications", "informational", "debugging"]);
var MAX_RESOLVED = 1e5;
function lower(words) {
  return words.slice(0, 3).map((word) => word.text.toLowerCase());
}
function normalize(address) {
  return import_ipaddr.default.parse(address).toString();
}
function spanWords(words) {
  const first = words[0].loc;
  const last = words[words.length - 1].loc;
  return { file: first.file, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

// src/formats/cisco-asa/ansible.ts
var FORMAT = "cisco-asa";
var CONFIG_MODULES = /* @__PURE__ */ new Set(["asa_config", "cisco.asa.asa_config", "asa_acl", "cisco.asa.asa_acl"]);
var ASA_WORDS = /* @__PURE__ */ new Set(["access-list", "group-policy", "tunnel-group", "split-tunnel-policy", "ipv6-split-tunnel-policy", "split-tunnel-network-list"]);
function readAnsibleAsa(text, file, comments) {
  const parsed = parseYamlDocuments(text, file, {}, comments);
  const out = {
    config: { commands: [], diagnostics: [] },
    notes: [],
    diagnostics: parsed.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^yaml\//, `${FORMAT}/yaml-`) })),
    keys: /* @__PURE__ */ new Map()
  };
  const source = PositionedText.of(file, text);
  const lineStarts = lineStartsOf(text);
  const positioned = (scalar) => alignedValue(source, lineStarts, scalar.loc, String(scalar.value));
  const add = (scalars, parents, key) => {
    const parentTexts = [];
    for (const parent of parents) {
      if (isTemplated(String(parent.value))) {
        out.notes.push(templateNote(parent));
        return;
      }
      parentTexts.push(positioned(parent));
    }
    const lines = [];
    for (const scalar of scalars) {
      for (const line of splitLines2(positioned(scalar))) {
        if (isTemplated(line.text)) out.notes.push({ format: FORMAT, loc: line.range(0, line.text.length), expression: line.text.trim(), reason: "is a Jinja template, expanded only when the play runs: this ASA line is not known" });
        else if (line.text.trim() !== "") lines.push(line);
      }
    }
    if (lines.length === 0) return;
    const config = readCiscoLines(lines, { parents: parentTexts });
    for (const command of config.commands) {
      out.config.commands.push(command);
      if (key !== void 0) out.keys.set(`${command.loc.line}:${command.loc.column}`, key);
    }
    for (const d of config.diagnostics) out.diagnostics.push({ ...d, code: d.code.replace(/^cisco-config\//, `${FORMAT}/`) });
  };
  const taken = /* @__PURE__ */ new Set();
  for (const document of parsed.documents) {
    if (document.contents) visit(document.contents, void 0, 0);
  }
  return out;
  function visit(node, key, depth) {
    const value = deref(node);
    if (!value || depth > 64 || taken.has(value)) return;
    if (value.kind === "map") {
      for (const entry of value.entries) {
        const entryKey = deref(entry.key);
        const name = entryKey?.kind === "scalar" ? String(entryKey.value) : void 0;
        const task = deref(entry.value);
        if (name !== void 0 && CONFIG_MODULES.has(name.toLowerCase()) && task?.kind === "map") {
          readTask(task);
          continue;
        }
        visit(entry.value, name ?? key, depth + 1);
      }
    } else if (value.kind === "seq") {
      const scalars = value.items.map(deref).filter((item) => item?.kind === "scalar" && typeof item.value === "string");
      if (scalars.some((scalar) => holdsAsaLine(String(scalar.value)))) {
        taken.add(value);
        add(scalars, [], key);
        return;
      }
      for (const item of value.items) visit(item, key, depth + 1);
    } else if (value.kind === "scalar" && typeof value.value === "string" && value.value.includes("\n") && holdsAsaLine(value.value)) {
      add([value], [], key);
    }
  }
  function readTask(task) {
    const field = (name) => {
      const entry = task.entries.find((e) => {
        const k = deref(e.key);
        return k?.kind === "scalar" && String(k.value) === name;
      });
      const value = entry && deref(entry.value);
      if (!value) return [];
      if (value.kind === "scalar") return typeof value.value === "string" ? [value] : [];
      if (value.kind !== "seq") return [];
      taken.add(value);
      return value.items.map(deref).filter((item) => item?.kind === "scalar" && typeof item.value === "string");
    };
    const lines = [...field("lines"), ...field("commands")];
    const literal = lines.filter((line) => !isWholeTemplate(String(line.value)));
    add(field("before"), [], void 0);
    add(literal, field("parents"), void 0);
    add(field("after"), [], void 0);
  }
}
function holdsAsaLine(text) {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const first = line.trim().split(/[ \t]+/)[0]?.toLowerCase();
    if (first !== void 0 && ASA_WORDS.has(first)) return true;
  }
  return false;
}
function isTemplated(text) {
  return text.includes("{{") || text.includes("{%");
}
function isWholeTemplate(text) {
  const trimmed = text.trim();
  return trimmed.startsWith("{{") && trimmed.endsWith("}}") && trimmed.indexOf("{{", 2) < 0;
}
function templateNote(scalar) {
  return { format: FORMAT, loc: scalar.loc, expression: String(scalar.value), reason: "is a Jinja template, expanded only when the play runs: the ASA lines under it are not known" };
}
function splitLines2(text) {
  const lines = [];
  let start = 0;
  const value = text.text;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : -1;
    if (code !== 10 && code !== 13 && code !== -1) continue;
    lines.push(text.slice(start, i));
    if (code === 13 && value.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return lines;
}

// src/formats/cisco-asa/profiles.ts
var FORMAT2 = "cisco-asa";
var DEFAULT_POLICY = "DfltGrpPolicy";
var POLICIES = /* @__PURE__ */ new Set(["tunnelall", "tunnelspecified", "excludespecified"]);
var WHOLE = {
  4: { family: 4, first: 0n, last: (1n << 32n) - 1n },
  6: { family: 6, first: 0n, last: (1n << 128n) - 1n }
};
function asaVpnProfiles(config, options) {
  return new AsaProfiles(config, options).read();
}
var AsaProfiles = class {
  constructor(config, options) {
    this.config = config;
    this.options = options;
    this.resolver = new AsaResolver(config);
    this.policies = asaGroupPolicies(config);
    this.index();
  }
  config;
  options;
  out = { profiles: [], notes: [], diagnostics: [] };
  resolver;
  policies;
  pools = /* @__PURE__ */ new Map();
  /** Group policy name to the tunnel groups that use it (their general attributes). */
  tunnelGroups = /* @__PURE__ */ new Map();
  remoteAccessGroups = /* @__PURE__ */ new Set();
  siteToSiteGroups = /* @__PURE__ */ new Set();
  reportedLists = /* @__PURE__ */ new Set();
  read() {
    for (const [name, policy] of this.policies) {
      if (name === DEFAULT_POLICY && !this.tunnelGroups.has(name)) continue;
      if (this.isRemoteAccess(name, policy)) this.profile(name, policy);
    }
    if (this.policies.size === 0 && !this.options.whole) this.listsAlone();
    return this.out;
  }
  /** Pools, tunnel groups and which of them are for remote access. */
  index() {
    for (const command of this.config.commands) {
      const words = command.words.map((w) => w.text);
      const lower2 = words.map((w) => w.toLowerCase());
      if ((lower2[0] === "ip" || lower2[0] === "ipv6") && lower2[1] === "local" && lower2[2] === "pool" && words[3] && words[4]) this.pool(command, lower2[0] === "ipv6");
      else if (lower2[0] === "tunnel-group" && words[1]) {
        if (lower2[2] === "type" && lower2[3] === "remote-access") this.remoteAccessGroups.add(words[1]);
        if (lower2[2] === "type" && lower2[3] === "ipsec-l2l") this.siteToSiteGroups.add(words[1]);
        if (lower2[2] === "general-attributes" || lower2[2] === "webvpn-attributes") {
          if (lower2[2] === "webvpn-attributes") this.remoteAccessGroups.add(words[1]);
          const policy = command.children.find((child) => child.words[0]?.text.toLowerCase() === "default-group-policy")?.words[1]?.text;
          if (lower2[2] === "general-attributes") {
            const name = policy ?? DEFAULT_POLICY;
            const list = this.tunnelGroups.get(name) ?? [];
            list.push(command);
            this.tunnelGroups.set(name, list);
          }
        }
      }
    }
  }
  /** `ip local pool NAME FIRST-LAST [mask MASK]`, `ipv6 local pool NAME PREFIX/LEN COUNT`: the subnet clients get addresses in. */
  pool(command, ipv6) {
    const [, , , nameWord, rangeWord] = command.words;
    const maskIndex = command.words.findIndex((w) => w.text.toLowerCase() === "mask");
    const mask = maskIndex > 0 ? command.words[maskIndex + 1]?.text : void 0;
    let spec = rangeWord.text;
    if (ipv6) {
      const parsed2 = parseAddressSpec(spec);
      if ("error" in parsed2 && parsed2.suggestion) spec = parsed2.suggestion;
    } else if (mask) {
      const prefix = prefixOfMask(mask);
      const first = spec.split("-")[0];
      const network = prefix === void 0 ? void 0 : parseAddressSpec(`${first}/${prefix}`);
      if (network && "error" in network && network.suggestion) spec = network.suggestion;
      else if (network && "ranges" in network) spec = `${first}/${prefix}`;
    }
    const parsed = parseAddressSpec(spec);
    if ("error" in parsed) {
      const placeholder = findPlaceholder(rangeWord.text);
      if (placeholder) this.note(rangeWord.loc, rangeWord.text, `is a template placeholder (${placeholder.style}): the addresses of pool ${nameWord.text} are known only when the template is rendered`);
      else this.diagnostic("bad-address", `pool ${nameWord.text}: ${parsed.error}`, rangeWord.loc);
      return;
    }
    this.pools.set(nameWord.text, { text: rangeWord.text, ranges: parsed.ranges, loc: command.loc });
  }
  /** A group policy remote-access clients use: it sets a split tunnel policy, a remote-access tunnel group names it, or it offers a client protocol. */
  isRemoteAccess(name, policy) {
    if (policy.splitTunnelPolicy || policy.ipv6SplitTunnelPolicy || policy.splitTunnelNetworkList) return true;
    if (!this.options.whole) return false;
    const groups = (this.tunnelGroups.get(name) ?? []).map((group) => group.words[1].text);
    if (groups.some((group) => this.remoteAccessGroups.has(group))) return true;
    if (groups.length > 0 && groups.every((group) => this.siteToSiteGroups.has(group))) return false;
    return this.subCommands(policy).some((sub) => {
      const words = sub.words.map((w) => w.text.toLowerCase());
      return words[0] === "vpn-tunnel-protocol" && words.some((w) => w === "ssl-client" || w === "svc");
    });
  }
  subCommands(policy) {
    return policy.commands.flatMap((command) => command.words[2]?.text.toLowerCase() === "attributes" ? command.children : []);
  }
  /** The policy's own value, else `DfltGrpPolicy`'s. */
  setting(policy, field) {
    return policy[field] ?? this.policies.get(DEFAULT_POLICY)?.[field];
  }
  familyPolicy(name, policy, family) {
    const field = family === 4 ? "splitTunnelPolicy" : "ipv6SplitTunnelPolicy";
    const keyword = family === 4 ? "split-tunnel-policy" : "ipv6-split-tunnel-policy";
    const own = policy[field];
    const value = this.setting(policy, field);
    if (value) {
      if (!POLICIES.has(value.value)) {
        this.diagnostic("bad-value", `${keyword} ${value.value}: the policy is tunnelall, tunnelspecified or excludespecified`, value.loc);
        return "invalid";
      }
      const inherited = own === void 0 && name !== DEFAULT_POLICY;
      return { value: value.value, loc: value.loc, how: `${keyword} ${value.value}${inherited ? ` (inherited from ${DEFAULT_POLICY})` : ""}` };
    }
    if (!this.options.whole) return "not-set";
    return { value: "tunnelall", loc: policy.commands[0].loc, how: `${keyword} not set (the ASA's default is tunnelall)` };
  }
  /** True when clients of the policy get an IPv6 address in the tunnel. */
  hasIpv6(name, policy) {
    if (policy.ipv6SplitTunnelPolicy) return true;
    const policies = [policy, this.policies.get(DEFAULT_POLICY)].filter((p) => p !== void 0);
    if (policies.some((p) => this.subCommands(p).some((sub) => sub.words[0]?.text.toLowerCase() === "ipv6-address-pools" && sub.words[1]?.text.toLowerCase() !== "none"))) return true;
    return (this.tunnelGroups.get(name) ?? []).some((group) => group.children.some((sub) => sub.words[0]?.text.toLowerCase() === "ipv6-address-pool"));
  }
  profile(name, policy) {
    const v4 = this.familyPolicy(name, policy, 4);
    if (v4 === "invalid") return;
    if (v4 === "not-set") {
      const at = policy.splitTunnelNetworkList ?? policy.ipv6SplitTunnelPolicy;
      this.note(at?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `sets no split-tunnel-policy in this file, so its tunnel is the one the device's ${DEFAULT_POLICY} gives; not judged`);
      return;
    }
    const ipv6 = this.hasIpv6(name, policy);
    const v6 = ipv6 ? this.familyPolicy(name, policy, 6) : void 0;
    if (v6 === "invalid") return;
    const families = [
      { family: 4, policy: v4 },
      { family: 6, policy: v6 === "not-set" ? void 0 : v6 }
    ];
    if (v6 === "not-set") {
      this.note(policy.commands[0].loc, `group-policy ${name}`, `gives clients IPv6 but sets no ipv6-split-tunnel-policy in this file; IPv6 in its tunnel is not judged`);
    }
    const needsList = families.some((f) => f.policy && f.policy.value !== "tunnelall");
    let entries;
    if (needsList) {
      const list = this.setting(policy, "splitTunnelNetworkList");
      entries = list && list.value.toLowerCase() !== "none" ? this.listEntries(list.value) : { byFamily: { 4: [], 6: [] }, unknown: false, missing: list ? void 0 : "no split-tunnel-network-list" };
      if (entries.missing !== void 0) {
        const how = families.find((f) => f.policy && f.policy.value !== "tunnelall")?.policy?.how;
        this.note(list?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `uses ${how} with ${entries.missing}; its tunnel is not judged`);
        return;
      }
      if (entries.unknown && families.some((f) => f.policy?.value === "excludespecified")) {
        this.note(list?.loc ?? policy.commands[0].loc, `group-policy ${name}`, `excludes networks of access list ${list?.value} that are not all known; its tunnel is not judged`);
        return;
      }
    }
    const dynamic = this.dynamicSplitExclude(policy);
    if (dynamic && families.some((f) => f.policy && f.policy.value !== "tunnelspecified")) {
      this.note(dynamic.loc, `group-policy ${name}`, "excludes domains by name (AnyConnect dynamic split tunneling), which the client resolves when it connects; its tunnel is not judged");
      return;
    }
    const profile = this.build(name, families, entries, policy.commands[0].loc);
    profile.clientSubnets = this.clientSubnets(name, policy);
    const dns = this.dns(policy);
    if (dns) profile.dns = dns;
    this.out.profiles.push(profile);
  }
  /** The profile from each family's policy; a family without one (IPv6 with no address for it) never enters the tunnel. */
  build(name, families, entries, at) {
    const profile = { file: this.options.file, loc: at, source: "cisco-asa", name, clientSubnets: [], include: [], exclude: [], endpoints: [] };
    const full = families.find((f) => f.policy && f.policy.value !== "tunnelspecified")?.policy;
    const split = families.find((f) => f.policy?.value === "tunnelspecified")?.policy;
    const said = full ?? split;
    if (said) profile.tunnel = { value: full ? "full" : "split", loc: said.loc, how: said.how };
    for (const { family, policy } of families) {
      const listed = entries?.byFamily[family] ?? [];
      if (!policy) {
        if (full) profile.exclude.push({ text: family === 6 ? "IPv6 (clients get no IPv6 address in the tunnel)" : "IPv4", ranges: [WHOLE[family]], loc: at });
        continue;
      }
      if (policy.value === "excludespecified") for (const address of listed) profile.exclude.push(address);
      else if (policy.value === "tunnelspecified") {
        for (const address of listed) profile.include.push(address);
        if (full) {
          const outside = AddressSet.of([WHOLE[family]]).difference(AddressSet.of(listed.flatMap((a) => a.ranges)));
          const ranges = outside.ranges();
          if (ranges.length > 0) profile.exclude.push({ text: `IPv${family} outside the split-include list`, ranges, loc: policy.loc });
        }
      }
    }
    return profile;
  }
  /** The networks of access list `name`, by family; what cannot be known is a note. */
  listEntries(name) {
    const entries = this.resolver.accessList(name);
    if (entries.length === 0) return { byFamily: { 4: [], 6: [] }, unknown: true, missing: `access list ${name}, which this file does not define` };
    return this.addresses(entries, name);
  }
  addresses(entries, name) {
    const out = { byFamily: { 4: [], 6: [] }, unknown: false };
    const report = !this.reportedLists.has(name);
    this.reportedLists.add(name);
    for (const entry of entries) {
      if (entry.action !== "permit" || entry.inactive) continue;
      const written = entry.type === "standard" ? entry.destination : entry.source ?? [];
      for (const address of written) {
        const sited = this.sited(address, entry, report);
        if (sited === "unknown") out.unknown = true;
        else if (sited) for (const family of [4, 6]) {
          const ranges = sited.ranges.filter((r) => r.family === family);
          if (ranges.length > 0) out.byFamily[family].push({ ...sited, ranges });
        }
      }
    }
    return out;
  }
  /** One address of an entry, at the entry's line. */
  sited(address, entry, report) {
    const loc = entry.loc;
    switch (address.kind) {
      case "any": {
        const families = entry.type === "standard" || address.family === 4 ? [4] : address.family === 6 ? [6] : [4, 6];
        return { text: "any", ranges: families.map((f) => WHOLE[f]), loc };
      }
      case "prefix": {
        const text = `${address.address}/${address.prefixLength}`;
        const parsed = parseAddressSpec(text);
        if ("error" in parsed) {
          if (report) this.diagnostic("bad-address", `access-list ${entry.list}: ${parsed.error}; the ASA refuses this entry`, address.loc);
          return void 0;
        }
        return { text, ranges: parsed.ranges, loc };
      }
      case "range": {
        const parsed = parseAddressSpec(`${address.first}-${address.last}`);
        if ("error" in parsed) {
          if (report) this.diagnostic("bad-address", `access-list ${entry.list}: ${parsed.error}`, address.loc);
          return void 0;
        }
        return { text: `${address.first}-${address.last}`, ranges: parsed.ranges, loc };
      }
      case "fqdn":
        if (report) this.note(address.loc, address.name, `is a name in split-tunnel list ${entry.list}: the ASA resolves it on the device, so its addresses are not known`);
        return "unknown";
      case "interface":
        if (report) this.note(address.loc, `interface ${address.name}`, `in access list ${entry.list} stands for an interface's address, not known from the configuration`);
        return "unknown";
      case "unknown":
        if (refusedByAsa(address.reason)) {
          if (report) this.diagnostic("bad-entry", `access-list ${entry.list}: ${address.reason}; the ASA refuses this entry, so it is not in the list`, address.loc);
          return void 0;
        }
        if (report) this.note(address.loc, address.written || entry.list, `(${address.reason}): an entry of access list ${entry.list} is not known`);
        return "unknown";
    }
  }
  /** `anyconnect-custom dynamic-split-exclude-domains value ...` under the policy's `webvpn`. */
  dynamicSplitExclude(policy) {
    for (const sub of this.subCommands(policy)) {
      for (const command of [sub, ...sub.children]) {
        const words = command.words.map((w) => w.text.toLowerCase());
        if (words[0] === "anyconnect-custom" && words[1] === "dynamic-split-exclude-domains" && words[2] !== "none") return command;
      }
    }
    return void 0;
  }
  clientSubnets(name, policy) {
    const names = [];
    const fromPolicy = (p) => {
      for (const sub of p ? this.subCommands(p) : []) {
        const keyword = sub.words[0]?.text.toLowerCase();
        if ((keyword === "address-pools" || keyword === "ipv6-address-pools") && sub.words[1]?.text.toLowerCase() === "value") names.push(...sub.words.slice(2).map((w) => w.text));
      }
    };
    fromPolicy(policy);
    if (names.length === 0) fromPolicy(this.policies.get(DEFAULT_POLICY));
    for (const group of this.tunnelGroups.get(name) ?? []) {
      for (const sub of group.children) {
        const keyword = sub.words[0]?.text.toLowerCase();
        if (keyword === "address-pool" || keyword === "ipv6-address-pool") names.push(...sub.words.slice(1).filter((w) => !w.text.startsWith("(")).map((w) => w.text));
      }
    }
    const out = [];
    for (const pool of new Set(names)) {
      const sited = this.pools.get(pool);
      if (sited) out.push(sited);
    }
    return out;
  }
  /** `dns-server value A B`, `default-domain value D`, `split-dns value D1 D2`. */
  dns(policy) {
    const dns = { servers: [], suffixes: [] };
    for (const sub of this.subCommands(policy)) {
      const keyword = sub.words[0]?.text.toLowerCase();
      if (sub.words[1]?.text.toLowerCase() !== "value") continue;
      for (const word of sub.words.slice(2)) {
        if (keyword === "dns-server") {
          const parsed = parseAddressSpec(word.text);
          if ("ranges" in parsed && parsed.ranges.length === 1 && parsed.ranges[0].first === parsed.ranges[0].last) dns.servers.push({ text: word.text, ranges: parsed.ranges, loc: word.loc });
        } else if (keyword === "default-domain" || keyword === "split-dns") dns.suffixes.push({ value: word.text.toLowerCase().replace(/\.$/, ""), loc: word.loc });
      }
    }
    return dns.servers.length > 0 || dns.suffixes.length > 0 ? dns : void 0;
  }
  /**
   * A fragment of access lists and no group policy: a list whose name (or the YAML key holding
   * it) says `exclude` is taken for a split-exclude list, one that says `include` for a
   * split-include list; any other is not a VPN's for all this file says.
   */
  listsAlone() {
    for (const name of this.resolver.accessListNames()) {
      const entries = this.resolver.accessList(name);
      if (entries.length === 0) continue;
      const first = entries[0].command;
      const key = this.options.keys?.get(`${first.loc.line}:${first.loc.column}`) ?? "";
      const words = `${name} ${key}`.toLowerCase();
      const exclude = /exclu/.test(words);
      const include = /inclu/.test(words);
      if (exclude === include) continue;
      const listed = this.addresses(entries, name);
      const how = `access-list ${name}, a split-${exclude ? "exclude" : "include"} list by its name (its group policy is not in this file)`;
      if (exclude && listed.unknown) {
        this.note(first.loc, `access-list ${name}`, "is a split-exclude list with entries that are not all known; not judged");
        continue;
      }
      const policy = { value: exclude ? "excludespecified" : "tunnelspecified", loc: first.loc, how };
      const families = [
        { family: 4, policy },
        { family: 6, policy: listed.byFamily[6].length > 0 ? policy : void 0 }
      ];
      this.out.profiles.push(this.build(name, families, listed, first.loc));
    }
  }
  note(loc, expression, reason) {
    this.out.notes.push({ format: FORMAT2, loc, expression, reason });
  }
  diagnostic(code, message, loc) {
    this.out.diagnostics.push({ ...loc, severity: "error", code: `${FORMAT2}/${code}`, message });
  }
};
function refusedByAsa(reason) {
  return /words after the address|not a contiguous|is not an address prefix|mask after an IPv6|without its argument|^no \w+ address/.test(reason);
}
function prefixOfMask(mask) {
  const octets = mask.split(".").map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return void 0;
  const bits = octets.map((o) => o.toString(2).padStart(8, "0")).join("");
  const prefix = bits.indexOf("0") < 0 ? 32 : bits.indexOf("0");
  return bits.slice(prefix).includes("1") ? void 0 : prefix;
}

// src/formats/cisco-asa/load.ts
function loadCiscoAsa(files, context) {
  return eachFile(files, context, (file, { text }) => {
    const read = readCiscoAsaFile(text, file.file, context.comments);
    return { nodes: { vpnProfiles: read.profiles, notes: read.notes }, diagnostics: read.diagnostics };
  });
}
function readCiscoAsaFile(text, file, comments) {
  try {
    const fileLoc = PositionedText.of(file, text).range(0, text.length);
    if (isYamlName(file)) {
      const ansible = readAnsibleAsa(text, file, comments);
      const read2 = asaVpnProfiles(ansible.config, { file, whole: false, fileLoc, keys: ansible.keys });
      return { profiles: read2.profiles, notes: [...ansible.notes, ...read2.notes], diagnostics: [...ansible.diagnostics, ...read2.diagnostics] };
    }
    const config = readCiscoConfig(file, text);
    if (comments) tellComments(text, file, comments);
    const whole = config.commands.some((command) => command.words[0]?.text === "ASA" && command.words[1]?.text.toLowerCase() === "version");
    const read = asaVpnProfiles(config, { file, whole, fileLoc });
    const diagnostics = config.diagnostics.map((d) => ({ ...d, code: d.code.replace(/^cisco-config\//, "cisco-asa/") }));
    return { profiles: read.profiles, notes: read.notes, diagnostics: [...diagnostics, ...read.diagnostics] };
  } catch (error) {
    return { profiles: [], notes: [], diagnostics: [{ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: "error", code: "cisco-asa/internal-error", message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
function tellComments(text, file, comments) {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    let first = start;
    while (first < i && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (first < i && text.charCodeAt(first) === 33) comments(file, text, first, i);
    start = i + 1;
  }
}
export {
  loadCiscoAsa,
  readCiscoAsaFile
};
