import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  LineTextReader,
  baseName,
  fullTunnelAt,
  pushDefined,
  readSafely,
  shown
} from "./chunk-22YPUHC5.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/openvpn/loader.ts
function parseOpenvpnFile(text, file, limits, comments) {
  return readSafely("openvpn", file, () => new OpenvpnReader(file, limits, comments).read(text), () => ({}));
}
var DIRECTIVE_BLOCKS = /* @__PURE__ */ new Set(["connection"]);
var OPEN_TAG = /^[ \t]*<([A-Za-z0-9_-]+)>[ \t]*$/;
var CLOSE_TAG = /^[ \t]*<\/([A-Za-z0-9_-]+)>[ \t]*$/;
var DOTTED_QUAD = /^\d{1,3}(\.\d{1,3}){3}$/;
var ROUTE_KEYWORDS = /* @__PURE__ */ new Set(["vpn_gateway", "net_gateway", "remote_host"]);
var OpenvpnReader = class {
  constructor(file, limits, comments) {
    this.comments = comments;
    this.reader = new LineTextReader(file, "openvpn", limits);
  }
  comments;
  reader;
  profile;
  dns = { servers: [], suffixes: [] };
  redirect;
  directives = 0;
  read(text) {
    const { reader } = this;
    const lines = reader.lines(text);
    if (!lines) return { diagnostics: reader.diagnostics };
    const { file } = reader;
    this.profile = { file, loc: reader.fileRange(lines), source: "openvpn", name: baseName(file), clientSubnets: [], include: [], exclude: [], endpoints: [] };
    let connection;
    for (let i = 0; i < lines.length; i++) {
      const { number, text: line } = lines[i];
      const open = OPEN_TAG.exec(line);
      if (open) {
        const start = line.indexOf("<");
        const end = line.indexOf(">") + 1;
        if (DIRECTIVE_BLOCKS.has(open[1])) {
          connection = { line: number, start, end };
          continue;
        }
        const close = closingLine(lines, i + 1, open[1]);
        if (close < 0) {
          reader.report("unclosed-block", `<${open[1]}> is never closed by </${open[1]}>; the rest of the file is not read`, number, start, end);
          break;
        }
        i = close;
        continue;
      }
      const closing = CLOSE_TAG.exec(line);
      if (closing) {
        if (DIRECTIVE_BLOCKS.has(closing[1]) && connection) connection = void 0;
        else reader.report("unexpected-close", `</${closing[1]}> closes no open block`, number, line.indexOf("<"), line.indexOf(">") + 1);
        continue;
      }
      const args = this.tokens(line, number, (at) => this.comments?.(file, text, lines[i].offset + at, lines[i].offset + line.length));
      if (!args || args.length === 0) continue;
      this.directives++;
      if (!this.directive(args, number)) break;
    }
    if (connection) reader.report("unclosed-block", "<connection> is never closed by </connection>", connection.line, connection.start, connection.end);
    if (this.directives === 0) return { diagnostics: reader.diagnostics };
    const tunnel = this.redirect ?? fullAt(this.profile.include);
    if (tunnel) this.profile.tunnel = tunnel;
    if (this.dns.servers.length > 0 || this.dns.suffixes.length > 0) this.profile.dns = this.dns;
    return { profile: this.profile, diagnostics: reader.diagnostics };
  }
  /**
   * The words of a line as OpenVPN splits them: blanks separate, `"..."` quotes with backslash
   * escapes, `'...'` quotes without, a backslash escapes the next character, and `#` or `;`
   * where a word would start begins a comment (told to `comment` by its column index).
   * `undefined` for an unterminated quote (reported).
   */
  tokens(line, number, comment) {
    const words = [];
    let i = 0;
    for (; ; ) {
      while (line[i] === " " || line[i] === "	") i++;
      if (i < line.length && (line[i] === "#" || line[i] === ";")) comment(i);
      if (i >= line.length || line[i] === "#" || line[i] === ";") return words;
      const start = i;
      let text = "";
      while (i < line.length && line[i] !== " " && line[i] !== "	") {
        const c = line[i];
        if (c === '"' || c === "'") {
          let j = i + 1;
          for (; j < line.length && line[j] !== c; j++) {
            if (c === '"' && line[j] === "\\" && j + 1 < line.length) j++;
            text += line[j];
          }
          if (j >= line.length) {
            this.reader.report("unterminated-quote", `the quote opened here is not closed on the line; the directive is not read`, number, i, i + 1);
            return void 0;
          }
          i = j + 1;
        } else if (c === "\\" && i + 1 < line.length) {
          text += line[i + 1];
          i += 2;
        } else {
          text += c;
          i++;
        }
      }
      words.push({ text, start, end: i });
    }
  }
  /** Reads one directive; false when the bound on entries stops the file. */
  directive(args, line) {
    const [head, ...rest] = args;
    const name = head.text.startsWith("--") ? head.text.slice(2) : head.text;
    const whole = this.reader.range(line, head.start, args[args.length - 1].end);
    switch (name) {
      case "redirect-gateway":
        this.redirect ??= { value: "full", loc: whole };
        return true;
      case "route-nopull":
        this.profile.routeNoPull ??= { value: true, loc: whole };
        return true;
      case "route":
        return this.route(head, rest, line);
      case "route-ipv6":
        return this.routeIpv6(head, rest, line);
      case "remote":
        return this.remote(head, rest, line);
      case "ifconfig":
        return this.ifconfig(head, rest, line);
      case "ifconfig-ipv6":
      case "server-ipv6":
        return this.withArgument(head, rest, 1, line, () => this.entry(this.profile.clientSubnets, rest[0], line, () => name === "server-ipv6" ? this.reader.address(rest[0], line, name) : this.reader.interfaceAddress(rest[0], line, name)));
      case "server":
        return this.withArgument(head, rest, 2, line, () => {
          const prefix = this.netmask(rest[1], line);
          if (prefix === void 0) return true;
          return this.entry(this.profile.clientSubnets, span(rest[0], rest[1]), line, (field) => this.reader.address(field, line, "server", `${rest[0].text}/${prefix}`));
        });
      case "dhcp-option":
        return this.dhcpOption(head, rest, line);
      default:
        return true;
    }
  }
  /** `route NETWORK [NETMASK] [GATEWAY] [METRIC]`: into the tunnel, or around it through `net_gateway`. */
  route(head, rest, line) {
    return this.withArgument(head, rest, 1, line, () => {
      const [network, netmask, gateway] = rest;
      if (ROUTE_KEYWORDS.has(network.text)) return true;
      if (!DOTTED_QUAD.test(network.text) && /^[A-Za-z0-9.-]+$/.test(network.text) && /[A-Za-z]/.test(network.text)) {
        this.reader.report("route-by-name", `route to the host name '${shown(network.text)}': uclint does not resolve names, so the route is not counted`, line, network.start, network.end, "warning");
        return true;
      }
      const prefix = netmask === void 0 || netmask.text === "default" ? 32 : this.netmask(netmask, line);
      if (prefix === void 0) return true;
      const target = gateway?.text === "net_gateway" ? this.profile.exclude : this.profile.include;
      const written = netmask ? span(network, netmask) : network;
      return this.entry(target, written, line, (field) => this.reader.address(field, line, "route", `${network.text}/${prefix}`));
    });
  }
  /** `route-ipv6 NETWORK/PREFIX [GATEWAY] [METRIC]`, with the same `net_gateway` rule. */
  routeIpv6(head, rest, line) {
    return this.withArgument(head, rest, 1, line, () => {
      const target = rest[1]?.text === "net_gateway" ? this.profile.exclude : this.profile.include;
      return this.entry(target, rest[0], line, (field) => this.reader.address(field, line, "route-ipv6"));
    });
  }
  /** `remote HOST [PORT] [PROTO]`: the endpoint as `host:port` (`[IPv6]:port`), or the host alone. */
  remote(head, rest, line) {
    return this.withArgument(head, rest, 1, line, () => {
      const [host, port] = rest;
      if (port && !(/^\d{1,5}$/.test(port.text) && Number(port.text) >= 1 && Number(port.text) <= 65535)) {
        this.reader.report("bad-port", `remote: '${shown(port.text)}' is not a port (1-65535)`, line, port.start, port.end);
        return true;
      }
      const hostText = host.text.includes(":") ? `[${host.text}]` : host.text;
      const value = port ? `${hostText}:${port.text}` : host.text;
      if (!this.reader.entry(line, host.start, host.end)) return false;
      this.profile.endpoints.push({ value, loc: this.reader.range(line, host.start, (port ?? host).end) });
      return true;
    });
  }
  /** `ifconfig LOCAL NETMASK` (subnet topology, tap) or `ifconfig LOCAL REMOTE` (point-to-point): a netmask starts with 255. */
  ifconfig(head, rest, line) {
    return this.withArgument(head, rest, 2, line, () => {
      const [local, second] = rest;
      const isMask = second.text.startsWith("255.");
      const prefix = isMask ? this.netmask(second, line) : 32;
      if (prefix === void 0) return true;
      const written = isMask ? span(local, second) : local;
      return this.entry(this.profile.clientSubnets, written, line, (field) => this.reader.interfaceAddress(field, line, "ifconfig", `${local.text}/${prefix}`));
    });
  }
  /** `dhcp-option DNS|DNS6 ADDRESS`, `dhcp-option DOMAIN|DOMAIN-SEARCH SUFFIX`; other options are left alone. */
  dhcpOption(head, rest, line) {
    return this.withArgument(head, rest, 2, line, () => {
      const [option, value] = rest;
      const kind = option.text.toUpperCase();
      if (kind === "DOMAIN" || kind === "DOMAIN-SEARCH") {
        if (!this.reader.entry(line, value.start, value.end)) return false;
        this.dns.suffixes.push({ value: value.text, loc: this.reader.range(line, value.start, value.end) });
        return true;
      }
      if (kind !== "DNS" && kind !== "DNS6") return true;
      return this.entry(this.dns.servers, value, line, (field) => {
        const server = this.reader.address(field, line, `dhcp-option ${option.text}`);
        if (!server || server.ranges.length === 1 && server.ranges[0].first === server.ranges[0].last) return server;
        this.reader.report("bad-address", `dhcp-option ${option.text}: '${shown(field.text)}' is a network; a DNS server is one address`, line, field.start, field.end);
        return void 0;
      });
    });
  }
  /** The prefix length of a dotted-quad netmask; `undefined` (reported) when it is not one or its ones are not contiguous. */
  netmask(field, line) {
    const octets = DOTTED_QUAD.test(field.text) ? field.text.split(".").map(Number) : [];
    if (octets.length !== 4 || octets.some((o) => o > 255)) {
      this.reader.report("bad-netmask", `'${shown(field.text)}' is not a netmask (a dotted quad such as 255.255.255.0)`, line, field.start, field.end);
      return void 0;
    }
    const bits = octets.reduce((value, o) => value * 256 + o, 0).toString(2).padStart(32, "0");
    const prefix = bits.indexOf("0") < 0 ? 32 : bits.indexOf("0");
    if (bits.slice(prefix).includes("1")) {
      this.reader.report("bad-netmask", `netmask ${field.text} is not contiguous (ones, then zeros); OpenVPN refuses it`, line, field.start, field.end);
      return void 0;
    }
    return prefix;
  }
  /** Runs `read` when the directive has at least `needed` arguments, else reports them missing. */
  withArgument(head, rest, needed, line, read) {
    if (rest.length >= needed) return read();
    const at = rest.length > 0 ? rest[rest.length - 1].end : head.end;
    this.reader.report("missing-argument", `${shown(head.text)} needs ${needed} argument${needed > 1 ? "s" : ""}, found ${rest.length}`, line, at, at + 1);
    return true;
  }
  /** Adds the address `make` reads from `field` to `list`, counting it against the bound; false when the bound stops the file. */
  entry(list, field, line, make) {
    if (!this.reader.entry(line, field.start, field.end)) return false;
    pushDefined(list, make(field));
    return true;
  }
};
function closingLine(lines, from, tag) {
  for (let i = from; i < lines.length; i++) if (CLOSE_TAG.exec(lines[i].text)?.[1] === tag) return i;
  return -1;
}
function span(first, last) {
  return { text: `${first.text} ${last.text}`, start: first.start, end: last.end };
}
function fullAt(include) {
  const at = fullTunnelAt(include);
  return at && { value: "full", loc: at.loc };
}
export {
  parseOpenvpnFile
};
