import type { Severity } from '../core/types.js';

/** A finding id the engine reports itself, not a rule under `rules/` (docs/diagnostics.md). */
export interface EngineRuleDoc {
  id: string;
  severity: Severity;
  description: string;
  /** Markdown, as in docs/diagnostics.md. */
  help: string;
}

/** The engine's own ids, in the order of docs/diagnostics.md; a test keeps the two in step. */
export const ENGINE_RULES: readonly EngineRuleDoc[] = [
  {
    id: 'parse/zone',
    severity: 'error',
    description: 'A zone file could not be read at this line and column',
    help: 'Bad syntax, a value out of range, an `$INCLUDE` that leaves the lint root, too deep or circular, a `$GENERATE` over its cap, a zone over its bounds (line length, records, `$INCLUDE` files and text read). The message says which; the record is skipped and reading goes on at the next line.',
  },
  {
    id: 'parse/named-conf',
    severity: 'error',
    description: 'A BIND configuration could not be read at this line and column',
    help: 'A missing `;`, a `}` without its `{`, a `{` never closed, a stray `;`, a string or comment never closed, a zone name that is not a domain name, or an `include` that could not be read; reported where named-checkconf reports it, and reading goes on. Templates and files the repository does not hold are notes (info).',
  },
  {
    id: 'parse/certificate',
    severity: 'error',
    description: 'A certificate file, or part of it, could not be read',
    help: 'A broken PEM block (the other blocks are still read), malformed or too deeply nested DER, a PKCS#12 password that is missing or wrong (the message names the environment variable, never the password), or a bound exceeded. The message says which; the code is in the finding\'s `messageId`.',
  },
  {
    id: 'parse/manifest',
    severity: 'error',
    description: 'A uclint manifest could not be read at this line and column',
    help: 'The manifest is not valid YAML or exceeds a bound (alias expansion, nesting depth, size); a document lacks `apiVersion: uclint/v1` or a known `kind`; a key is unknown (the message names the nearest valid one); or a value is of the wrong type or not valid for its field (a date that does not exist, a SAN that is neither a host name nor an address, an unknown extended key usage, a duplicate name).',
  },
  {
    id: 'parse/registry',
    severity: 'error',
    description: 'A Windows registry export (.reg) could not be read at this line and column',
    help: 'A missing or unknown header, a key path without a known hive, a value before any key header, or a value regedit would refuse: an unterminated string, a `dword:` that is not at most 8 hexadecimal digits, a bad `hex` byte, an odd byte count for UTF-16 text in `hex(2)`/`hex(7)`, a `hex(b)` that is not 8 bytes; or a bound exceeded. The message says which; the line is skipped and reading goes on at the next one.',
  },
  {
    id: 'parse/wireguard',
    severity: 'error',
    description: 'A WireGuard config could not be read at this line and column',
    help: 'A key outside `[Interface]` or `[Peer]`, a section header that is malformed or unknown, a line without `=`, an empty item between commas, an address that is not one (a network with host bits set names the network meant), an `Endpoint` that is not `host:port`; or a bound exceeded. The line or value is skipped and reading goes on. Messages never quote a key.',
  },
  {
    id: 'parse/openvpn',
    severity: 'error',
    description: 'An OpenVPN config could not be read at this line and column',
    help: 'An unterminated quote, a directive missing an argument, an address that is not one (a network with host bits set names the network meant), a netmask that is not a contiguous dotted quad, a port out of range, a route to a host name (a warning: it is not counted), an inline block that is never closed (the rest of the file is not read) or a closing tag with nothing open; or a bound exceeded. Inline blocks are never quoted.',
  },
  {
    id: 'parse/sdp',
    severity: 'error',
    description: 'An SDP file could not be read at this line and column',
    help: 'A line that is not `x=value`, a missing or wrong `v=0`, a malformed `c=` or `m=`, or an `a=candidate` line with a field missing or out of range (component 1-256, priority 1 to 2^31-1, transport UDP or TCP, type host, srflx, prflx or relay, tcptype active, passive or so); the candidate is left out. Or a bound exceeded.',
  },
  {
    id: 'parse/input',
    severity: 'error',
    description: 'A file could not be read as it is',
    help: 'The file could not be read, is larger than the size bound, is a symbolic link leaving the lint root and was not followed, or is a zone file in UTF-16 (name servers would not load it; uclint decodes it, with or without a byte-order mark, and checks it all the same).',
  },
  {
    id: 'uclint/invalid-suppression',
    severity: 'warning',
    description: 'A suppression comment names no rule, an unknown rule, or gives no reason',
    help: 'Write `uclint-disable-next-line <rule-id> -- <reason>`: a known rule id and a reason after `--`.',
  },
  {
    id: 'uclint/unused-suppression',
    severity: 'warning',
    description: 'A suppression comment suppressed nothing',
    help: 'The fault was fixed, or the comment is on the wrong line. Remove the comment or move it to the line it means.',
  },
  {
    id: 'uclint/unsupported-file',
    severity: 'info',
    description: 'A manifest document of a kind this version recognises but does not load',
    help: 'None today: every uclint/v1 kind is loaded. Kept so a kind that a newer version reads is reported, not dropped.',
  },
  {
    id: 'uclint/rule-crash',
    severity: 'error',
    description: 'A rule threw an error; the run went on with the other rules',
    help: 'This is a defect in uclint. Please report it with the message.',
  },
];
