import { createRequire as __uclintCreateRequire } from 'node:module'; const require = __uclintCreateRequire(import.meta.url);
import {
  alignedValue
} from "./chunk-TL2PQLYN.js";
import {
  addXmlDiagnostics,
  isVpnProfileElement,
  profileOfSpec,
  specOfElement
} from "./chunk-HQUUQBGQ.js";
import {
  parseXmlSource
} from "./chunk-W4SWPURQ.js";
import {
  PositionedText,
  lineStartsOf
} from "./chunk-UQTE7JHT.js";
import {
  RegistryWrites,
  WindowsDnsZones,
  WindowsFirewall,
  bindParameters,
  readPowerShell,
  recordLoc,
  reportedDiagnostics
} from "./chunk-NGW5HXYH.js";
import "./chunk-TRKV4FF5.js";
import "./chunk-ZINCBDUT.js";
import {
  documentElementName
} from "./chunk-OIO3TQFB.js";
import "./chunk-2CRF2HR2.js";
import "./chunk-OUTD7K2O.js";
import "./chunk-L7SDVBRS.js";
import "./chunk-NWVVF3RZ.js";
import "./chunk-CLORUN65.js";
import "./chunk-GCKIFPAF.js";
import {
  baseName
} from "./chunk-22YPUHC5.js";
import "./chunk-EYJA5AHZ.js";
import "./chunk-YJXHKNSU.js";
import "./chunk-4XAWEQ5T.js";
import "./chunk-35JCERCI.js";
import "./chunk-ZUAMPCLF.js";

// src/formats/powershell/lync-config.ts
var GATEWAY_PARAMETERS = {
  identity: [],
  fqdn: [],
  sipsignalingport: ["sipsignallingport"],
  enabled: [],
  maxconcurrentsessions: [],
  force: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var SIMPLE_URL_PARAMETERS = {
  component: [],
  domain: [],
  simpleurlentry: [],
  activeurl: []
};
var SIMPLE_URL_KINDS = { meet: "meet", dialin: "dialin", cscp: "admin" };
var LyncConfiguration = class {
  notes = [];
  topologies = /* @__PURE__ */ new Map();
  /** SBCs by FQDN across scripts, with the topology holding each. */
  sbcs = /* @__PURE__ */ new Map();
  command(file, invocation) {
    switch (invocation.normalizedName) {
      case "new-csonlinepstngateway":
      case "set-csonlinepstngateway":
        return this.gateway(file, invocation);
      case "remove-csonlinepstngateway":
        return this.removeGateway(invocation);
      case "new-cssimpleurl":
        return this.simpleUrl(file, invocation);
    }
  }
  /** The topologies made, without SBCs removed again; none for a script that made nothing. */
  finish() {
    return [...this.topologies.values()].filter((topology) => topology.sbcs.length > 0 || Object.values(topology.simpleUrls).some((urls) => urls.length > 0));
  }
  gateway(file, invocation) {
    const bound = bindParameters(invocation, GATEWAY_PARAMETERS, ["identity"]);
    const loc = recordLoc(invocation);
    const named = bound.get("fqdn") ?? bound.get("identity");
    if (named === void 0) return;
    if (named.value.kind === "unknown") return this.note(named.value, "FQDN of this Direct Routing SBC", loc);
    if (named.value.kind !== "string" || named.value.value.trim() === "") return;
    const fqdn = named.value.value.trim().toLowerCase().replace(/\.+$/, "");
    const port = this.port(bound.get("sipsignalingport"), invocation, loc);
    const known = this.sbcs.get(fqdn);
    if (known) {
      if (port) known.sbc.port = port;
      return;
    }
    const topology = this.topologyFor(file, loc);
    const sbc = { fqdn: sited(fqdn, named, invocation), ...port ? { port } : {}, loc };
    topology.sbcs.push(sbc);
    this.sbcs.set(fqdn, { sbc, topology });
  }
  removeGateway(invocation) {
    const identity = bindParameters(invocation, GATEWAY_PARAMETERS, ["identity"]).get("identity")?.value;
    if (identity?.kind !== "string") return;
    const fqdn = identity.value.trim().toLowerCase().replace(/\.+$/, "");
    const known = this.sbcs.get(fqdn);
    if (known === void 0) return;
    known.topology.sbcs = known.topology.sbcs.filter((sbc) => sbc !== known.sbc);
    this.sbcs.delete(fqdn);
  }
  port(parameter, invocation, loc) {
    if (parameter === void 0) return void 0;
    const value = parameter.value;
    if (value.kind === "unknown") {
      this.note(value, "SIP signalling port of this Direct Routing SBC", loc);
      return void 0;
    }
    const port = value.kind === "number" ? value.value : value.kind === "string" && /^\s*\d{1,5}\s*$/.test(value.value) ? Number(value.value) : void 0;
    return port !== void 0 && Number.isInteger(port) && port >= 1 && port <= 65535 ? sited(port, parameter, invocation) : void 0;
  }
  simpleUrl(file, invocation) {
    const bound = bindParameters(invocation, SIMPLE_URL_PARAMETERS, []);
    const loc = recordLoc(invocation);
    const component = bound.get("component")?.value;
    const active = bound.get("activeurl");
    if (component?.kind === "unknown") return this.note(component, "component of this simple URL", loc);
    if (component?.kind !== "string" || active === void 0) return;
    const kind = SIMPLE_URL_KINDS[component.value.trim().toLowerCase()];
    if (kind === void 0) return;
    if (active.value.kind === "unknown") return this.note(active.value, `${kind} simple URL`, loc);
    if (active.value.kind !== "string" || active.value.value.trim() === "") return;
    this.topologyFor(file, loc).simpleUrls[kind].push(sited(active.value.value.trim(), active, invocation));
  }
  topologyFor(file, loc) {
    let topology = this.topologies.get(file.file);
    if (topology === void 0) {
      topology = { file: file.file, loc, source: "powershell", sipDomains: [], tenantDomains: [], pools: [], edges: [], simpleUrls: { meet: [], dialin: [], admin: [] }, sbcs: [] };
      this.topologies.set(file.file, topology);
    }
    return topology;
  }
  note(value, what, loc) {
    this.notes.push({ format: "powershell", loc, expression: value.expression, reason: `(${value.reason}): the ${what} is not known` });
  }
};
function sited(value, parameter, invocation) {
  return { value, loc: recordLoc(invocation) === invocation.loc ? parameter.loc : parameter.value.loc };
}

// src/formats/powershell/media.ts
var QOS_PARAMETERS = {
  name: [],
  dscpaction: ["dscpvalue"],
  ipprotocolmatchcondition: ["ipprotocol"],
  ipsrcportstartmatchcondition: ["ipsrcportstart"],
  ipsrcportendmatchcondition: ["ipsrcportend"],
  ipsrcportmatchcondition: ["ipsrcport"],
  ipdstportstartmatchcondition: ["ipdstportstart"],
  ipdstportendmatchcondition: ["ipdstportend"],
  ipdstportmatchcondition: ["ipdstport"],
  ipportmatchcondition: ["ipport"],
  apppathnamematchcondition: ["applicationname"],
  networkprofile: [],
  ipsrcprefixmatchcondition: ["ipsrcprefix"],
  ipdstprefixmatchcondition: ["ipdstprefix"],
  throttlerateactionbitspersecond: ["throttlerate", "maxbandwidth"],
  minbandwidthweightaction: [],
  priorityvalue8021action: [],
  precedence: [],
  policystore: ["store"],
  usermatchcondition: [],
  uripathmatchcondition: [],
  netdirectportmatchcondition: [],
  cimsession: ["session"],
  throttlelimit: [],
  asjob: [],
  whatif: ["wi"],
  confirm: ["cf"]
};
var TEAMS_PORTS = [
  { media: "audio", port: "clientaudioport", range: "clientaudioportrange" },
  { media: "video", port: "clientvideoport", range: "clientvideoportrange" },
  { media: "sharing", port: "clientappsharingport", range: "clientappsharingportrange" }
];
var LYNC_PORTS = [...TEAMS_PORTS, { media: "fileTransfer", port: "clientfiletransferport", range: "clientfiletransferportrange" }];
function mediaParameters(pairs) {
  const out = { identity: [], clientmediaportrangeenabled: [], enableqos: [], instance: [], force: [], whatif: ["wi"], confirm: ["cf"] };
  for (const pair of pairs) {
    out[pair.port] = [];
    out[pair.range] = [];
  }
  return out;
}
var TEAMS_PARAMETERS = mediaParameters(TEAMS_PORTS);
var LYNC_PARAMETERS = { ...mediaParameters(LYNC_PORTS), clientmediaport: [], clientmediaportrange: [], clientsipdynamicport: [], clientsipdynamicportrange: [] };
var TITLES = {
  clientaudioport: "ClientAudioPort",
  clientaudioportrange: "ClientAudioPortRange",
  clientvideoport: "ClientVideoPort",
  clientvideoportrange: "ClientVideoPortRange",
  clientappsharingport: "ClientAppSharingPort",
  clientappsharingportrange: "ClientAppSharingPortRange",
  clientfiletransferport: "ClientFileTransferPort",
  clientfiletransferportrange: "ClientFileTransferPortRange",
  clientmediaportrangeenabled: "ClientMediaPortRangeEnabled",
  enableqos: "EnableQoS",
  dscpaction: "DSCPAction",
  ipprotocolmatchcondition: "IPProtocolMatchCondition",
  ipsrcportstartmatchcondition: "IPSrcPortStartMatchCondition",
  ipsrcportendmatchcondition: "IPSrcPortEndMatchCondition",
  ipdstportstartmatchcondition: "IPDstPortStartMatchCondition",
  ipdstportendmatchcondition: "IPDstPortEndMatchCondition",
  ipsrcportmatchcondition: "IPSrcPortMatchCondition",
  ipdstportmatchcondition: "IPDstPortMatchCondition",
  apppathnamematchcondition: "AppPathNameMatchCondition"
};
var ClientMedia = class {
  constructor(format) {
    this.format = format;
  }
  format;
  mediaPolicies = [];
  qosPolicies = [];
  notes = [];
  diagnostics = [];
  noted = /* @__PURE__ */ new Set();
  command(file, invocation) {
    switch (invocation.normalizedName) {
      case "new-netqospolicy":
        return this.qosPolicy(file, invocation);
      case "set-csteamsmeetingconfiguration":
        return this.mediaSettings(file, invocation, "teams", TEAMS_PORTS, TEAMS_PARAMETERS);
      case "set-csconferencingconfiguration":
      case "new-csconferencingconfiguration":
      case "set-csmediaconfiguration":
      case "new-csmediaconfiguration":
        return this.mediaSettings(file, invocation, "lync", LYNC_PORTS, LYNC_PARAMETERS);
      default:
    }
  }
  qosPolicy(file, invocation) {
    const bound = bindParameters(invocation, QOS_PARAMETERS, ["name"]);
    if (this.unknownIn(file, invocation, bound)) return;
    const nameValue = bound.get("name")?.value;
    const name = nameValue?.kind === "string" ? { value: nameValue.value, loc: nameValue.loc } : { value: `QoS policy at line ${invocation.loc.line}`, loc: invocation.loc };
    const policy = { file: file.file, loc: invocation.loc, name, protocol: { value: "any", loc: invocation.loc } };
    const application = bound.get("apppathnamematchcondition")?.value;
    if (application?.kind === "string") policy.application = { value: application.value, loc: application.loc };
    const protocol = bound.get("ipprotocolmatchcondition");
    if (protocol) {
      const word = text(protocol.value)?.toLowerCase();
      if (word === "tcp" || word === "udp") policy.protocol = { value: word, loc: protocol.value.loc };
      else if (word === "both" || word === "none") policy.protocol = { value: "any", loc: protocol.value.loc };
      else return this.problem(protocol.value.loc, `-${title(protocol.name)} '${text(protocol.value) ?? ""}' is not TCP, UDP, Both or None`);
    }
    for (const [side, target] of [["src", "localPorts"], ["dst", "remotePorts"]]) {
      const ports = this.qosPorts(bound, side);
      if (ports === null) return;
      if (ports) policy[target] = ports;
    }
    const dscp = bound.get("dscpaction");
    if (dscp) {
      const value = numberOf(dscp.value);
      if (value === void 0 || value < 0 || value > 63) return this.problem(dscp.value.loc, `-${title(dscp.name)} '${text(dscp.value) ?? ""}' is not a DSCP value (0-63)`);
      policy.dscp = { value, loc: dscp.value.loc };
    }
    this.qosPolicies.push(policy);
  }
  /** A policy's source or destination ports: one port, or a start and an end; null after a diagnostic. */
  qosPorts(bound, side) {
    const single = bound.get(`ip${side}portmatchcondition`);
    const start = bound.get(`ip${side}portstartmatchcondition`);
    const end = bound.get(`ip${side}portendmatchcondition`);
    const port = (parameter) => {
      const value = numberOf(parameter.value);
      if (value !== void 0 && value >= 0 && value <= 65535) return value;
      this.problem(parameter.value.loc, `-${title(parameter.name)} '${text(parameter.value) ?? ""}' is not a port (0-65535)`);
      return null;
    };
    if (single) {
      const value = port(single);
      return value === null ? null : { text: String(value), first: value, last: value, loc: single.value.loc };
    }
    if (!start && !end) return void 0;
    if (!start || !end) {
      const given = start ?? end;
      this.problem(given.loc, `-${title(given.name)} needs -IP${side === "src" ? "Src" : "Dst"}Port${start ? "End" : "Start"}MatchCondition: a QoS policy's port range has a start and an end`);
      return null;
    }
    const first = port(start);
    const last = port(end);
    if (first === null || last === null) return null;
    if (first > last) {
      this.problem(end.value.loc, `-${title(end.name)} ${last} is below the start of the range, ${first}`);
      return null;
    }
    return { text: `${first}-${last}`, first, last, loc: { ...start.value.loc, endLine: end.value.loc.endLine, endColumn: end.value.loc.endColumn } };
  }
  mediaSettings(file, invocation, product, pairs, known) {
    const bound = bindParameters(invocation, known, ["identity"]);
    if (this.unknownIn(file, invocation, bound)) return;
    const policy = { file: file.file, loc: invocation.loc, product, transportOrder: [], excludeInterfaces: [], portRanges: {}, dscp: {} };
    for (const [key2, field] of [["clientmediaportrangeenabled", "portRangesEnabled"], ["enableqos", "qosEnabled"]]) {
      const parameter = bound.get(key2);
      if (!parameter) continue;
      const value = booleanOf(parameter.value);
      if (value === void 0) {
        this.problem(parameter.value.loc, `-${title(parameter.name)} '${text(parameter.value) ?? ""}' is not $true or $false`);
        continue;
      }
      policy[field] = { value, loc: parameter.value.loc };
    }
    for (const pair of pairs) {
      const start = bound.get(pair.port);
      const size = bound.get(pair.range);
      if (!start && !size) continue;
      if (!start || !size) {
        const given = start ?? size;
        const missing = title(start ? pair.range : pair.port);
        this.note(file, given.loc, `-${title(given.name)}`, `is given without -${missing}, which ${invocation.name} leaves as it was: the ${pair.media} port range is not known`);
        continue;
      }
      const first = numberOf(start.value);
      const count = numberOf(size.value);
      if (first === void 0 || first < 0 || first > 65535) {
        this.problem(start.value.loc, `-${title(start.name)} '${text(start.value) ?? ""}' is not a port (0-65535)`);
        continue;
      }
      if (count === void 0 || count < 1) {
        this.problem(size.value.loc, `-${title(size.name)} '${text(size.value) ?? ""}' is not a number of ports (1 or more)`);
        continue;
      }
      const last = first + count - 1;
      policy.portRanges[pair.media] = { text: `${first}-${last}`, first, last, loc: start.value.loc };
    }
    if (Object.keys(policy.portRanges).length === 0 && !policy.portRangesEnabled && !policy.qosEnabled) return;
    this.mediaPolicies.push(policy);
  }
  /** Any parameter whose value is not known (or an unknown splat): a note, and the command is not read. */
  unknownIn(file, invocation, bound) {
    const splat = invocation.unknownSplats[0];
    if (splat) {
      this.note(file, splat.loc, splat.expression, `(${splat.reason}): the parameters ${invocation.name} is given are not known`);
      return true;
    }
    for (const [name, parameter] of bound) {
      if (parameter.value.kind !== "unknown" || !(name in TITLES) || name === "identity" || name === "name") continue;
      this.note(file, parameter.loc, parameter.value.expression, `(${parameter.value.reason}): the ${title(parameter.name)} of ${invocation.name} is not known`);
      return true;
    }
    return false;
  }
  note(file, loc, expression, reason) {
    const key2 = `${file.file}\0${expression}`;
    if (this.noted.has(key2)) return;
    this.noted.add(key2);
    this.notes.push({ format: this.format, loc, expression, reason });
  }
  problem(loc, message) {
    this.diagnostics.push({ ...loc, severity: "error", code: `${this.format}/invalid-media-value`, message });
  }
};
function title(written) {
  return TITLES[written.toLowerCase()] ?? written;
}
function text(value) {
  if (value.kind === "string") return value.value;
  if (value.kind === "number" || value.kind === "bool") return String(value.value);
  return void 0;
}
function numberOf(value) {
  const written = text(value)?.trim();
  if (written === void 0 || !/^-?\d{1,10}$/.test(written)) return void 0;
  return Number(written);
}
function booleanOf(value) {
  if (value.kind === "bool") return value.value;
  if (value.kind === "number") return value.value !== 0;
  if (value.kind === "string") {
    const word = value.value.toLowerCase();
    if (word === "true" || word === "$true") return true;
    if (word === "false" || word === "$false") return false;
  }
  return void 0;
}

// src/formats/powershell/vpn.ts
var FORMAT = "powershell";
var ScriptVpnProfiles = class {
  profiles = [];
  notes = [];
  diagnostics = [];
  /** Reads the assignments of one script (`text` is the script as read). */
  script(file, text2, assignments) {
    let positioned;
    const seen = /* @__PURE__ */ new Set();
    const profileName = lastKnownString(assignments, "profilename");
    let noted = false;
    for (const assignment of assignments) {
      const value = assignment.value;
      if (value.kind === "unknown") {
        if (!noted && assignment.name.toLowerCase() === "profilexml") {
          noted = true;
          this.notes.push({ format: FORMAT, loc: value.loc, expression: value.expression, reason: `(${value.reason}): the Always On VPN profile in $${assignment.name} is not known` });
        }
        continue;
      }
      if (value.kind !== "string" || documentElementName(value.value)?.toLowerCase() !== "vpnprofile") continue;
      if (seen.has(key(value.loc))) continue;
      seen.add(key(value.loc));
      positioned ??= { source: PositionedText.of(file, text2), lineStarts: lineStartsOf(text2) };
      const source = alignedValue(positioned.source, positioned.lineStarts, value.loc, value.value);
      const document = parseXmlSource(source);
      addXmlDiagnostics(document, this.diagnostics, FORMAT);
      if (!document.root || !isVpnProfileElement(document.root)) continue;
      const read = profileOfSpec(specOfElement(document.root), { file, format: FORMAT, fallbackName: profileName ?? baseName(file) });
      this.profiles.push(read.profile);
      for (const note of read.notes) this.notes.push(note);
      for (const d of read.diagnostics) this.diagnostics.push(d);
    }
  }
};
function key(loc) {
  return `${loc.line}:${loc.column}:${loc.endLine}:${loc.endColumn}`;
}
function lastKnownString(assignments, name) {
  let found;
  for (const assignment of assignments) {
    if (assignment.name.toLowerCase() === name && assignment.value.kind === "string") found = assignment.value.value;
  }
  return found;
}

// src/formats/powershell/load.ts
function loadPowerShell(files, context) {
  return Promise.resolve(readPowerShellFiles(files, context));
}
function readPowerShellFiles(files, context) {
  const dns = new WindowsDnsZones("powershell");
  const vpn = new ScriptVpnProfiles();
  const registry = new RegistryWrites("powershell");
  const lync = new LyncConfiguration();
  const firewall = new WindowsFirewall("powershell");
  const media = new ClientMedia("powershell");
  const diagnostics = [];
  for (const file of files) {
    const read = file.read();
    if (read === void 0) continue;
    const reading = readPowerShell(read.text, file.file);
    for (const comment of reading.comments ?? []) context.comments(file.file, read.text, comment.start, comment.end);
    context.commentsDone();
    for (const invocation of reading.invocations) {
      if (invocation.kind === "command") {
        dns.command(file, invocation);
        registry.command(file, invocation);
        lync.command(file, invocation);
        firewall.command(file, invocation);
        media.command(file, invocation);
      } else {
        dns.native(file, invocation);
        registry.native(file, invocation);
        firewall.native(file, invocation);
      }
    }
    vpn.script(file.file, read.text, reading.assignments);
    for (const resource of reading.resources) registry.resource(file, resource);
    for (const d of reportedDiagnostics(reading.diagnostics, read.text)) diagnostics.push(d);
  }
  for (const d of vpn.diagnostics) diagnostics.push(d);
  for (const d of registry.diagnostics) diagnostics.push(d);
  for (const d of firewall.diagnostics) diagnostics.push(d);
  for (const d of media.diagnostics) diagnostics.push(d);
  return {
    nodes: {
      zones: dns.finish(),
      registry: registry.finish(),
      topologies: lync.finish(),
      vpnProfiles: vpn.profiles,
      firewallRuleSets: firewall.finish(),
      mediaPolicies: media.mediaPolicies,
      qosPolicies: media.qosPolicies,
      notes: [...dns.notes, ...registry.notes, ...lync.notes, ...vpn.notes, ...firewall.notes, ...media.notes]
    },
    diagnostics
  };
}
export {
  loadPowerShell,
  readPowerShellFiles
};
