import { parseSdpFile } from '../../../src/formats/sdp/loader.js';
import type { SdpParseResult } from '../../../src/formats/sdp/loader.js';
import { at, describeNeverThrows, problems } from '../../helpers/line-text-loaders.js';

const FILE = 'media/lync-offer.sdp';

/**
 * A Lync 2013 client's offer (MS-SDPEXT: TCP candidates as TCP-ACT and TCP-PASS) whose video
 * section comes from a WebRTC stack on the VPN adapter (RFC 6544 tcptype, generation extensions).
 */
const OFFER_LINES = [
  'v=0',
  'o=- 0 0 IN IP4 192.168.10.25',
  's=session',
  'c=IN IP4 192.168.10.25',
  'b=CT:99980',
  't=0 0',
  'a=x-devicecaps:audio:send,recv;video:send,recv',
  'm=audio 50010 RTP/SAVP 117 104 114 9 112 111 0 8 103 116 115 97 13 118 101',
  'a=x-ssrc-range:3187040000-3187040000',
  'a=ice-ufrag:DXa1',
  'a=ice-pwd:8yKD9tBm+WkmHqC0AJqD2k7D',
  'a=candidate:1 1 UDP 2130706431 192.168.10.25 50010 typ host',
  'a=candidate:1 2 UDP 2130705918 192.168.10.25 50011 typ host',
  'a=candidate:2 1 TCP-PASS 174455807 131.107.1.10 51492 typ relay raddr 203.0.113.25 rport 50020',
  'a=candidate:3 1 UDP 184547839 131.107.1.10 56398 typ relay raddr 203.0.113.25 rport 50012',
  'a=candidate:4 1 UDP 1694234111 203.0.113.25 50012 typ srflx raddr 192.168.10.25 rport 50012',
  'a=candidate:5 1 TCP-ACT 1684795903 203.0.113.25 50020 typ srflx raddr 192.168.10.25 rport 50020',
  'a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:J4lfdUL8W1F7TNJKcbuygaQuA429SJy2e9JctPUy|2^31|1:1',
  'a=rtcp:50011',
  'a=sendrecv',
  'm=video 58000/2 UDP/TLS/RTP/SAVPF 96 97',
  'c=IN IP4 10.8.0.6',
  'a=candidate:6 1 udp 2122260223 10.8.0.6 58000 typ host generation 0 network-id 2',
  'a=candidate:7 1 tcp 1518280447 10.8.0.6 9 typ host tcptype active generation 0 network-id 2',
  'a=candidate:8 1 udp 41885439 2001:db8:100::10 3478 typ relay raddr 2001:db8:5::7 rport 58002 generation 0',
  'a=candidate:9 1 udp 1686052607 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.local 58004 typ prflx',
  '',
];
const OFFER = OFFER_LINES.join('\r\n');

function parse(text: string, limits?: Parameters<typeof parseSdpFile>[2]): SdpParseResult {
  return parseSdpFile(text, FILE, limits);
}

/** The range of a whole line of the offer. */
const wholeLine = (n: number) => at(FILE, n, 1, OFFER_LINES[n - 1].length + 1);

describe('a Lync offer with host, srflx, relay, UDP and TCP candidates', () => {
  const result = parse(OFFER);
  const session = result.session;
  const sessionConnection = { value: '192.168.10.25', loc: at(FILE, 4, 10, 23) };

  it('reads without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
  });

  it('reads the session connection and each media section with its own or the session\'s', () => {
    expect(session.file).toBe(FILE);
    expect(session.connection).toEqual(sessionConnection);
    expect(session.media).toEqual([
      { loc: wholeLine(8), type: 'audio', port: 50010, protocol: 'RTP/SAVP', connection: sessionConnection },
      { loc: wholeLine(21), type: 'video', port: 58000, protocol: 'UDP/TLS/RTP/SAVPF', connection: { value: '10.8.0.6', loc: at(FILE, 22, 10, 18) } },
    ]);
  });

  it('reads every candidate in order, with its media section', () => {
    expect(session.candidates).toEqual([
      { loc: wholeLine(12), foundation: '1', component: 1, transport: 'udp', priority: 2130706431, address: '192.168.10.25', port: 50010, type: 'host', media: 0 },
      { loc: wholeLine(13), foundation: '1', component: 2, transport: 'udp', priority: 2130705918, address: '192.168.10.25', port: 50011, type: 'host', media: 0 },
      { loc: wholeLine(14), foundation: '2', component: 1, transport: 'tcp', tcpType: 'passive', priority: 174455807, address: '131.107.1.10', port: 51492, type: 'relay', relatedAddress: '203.0.113.25', relatedPort: 50020, media: 0 },
      { loc: wholeLine(15), foundation: '3', component: 1, transport: 'udp', priority: 184547839, address: '131.107.1.10', port: 56398, type: 'relay', relatedAddress: '203.0.113.25', relatedPort: 50012, media: 0 },
      { loc: wholeLine(16), foundation: '4', component: 1, transport: 'udp', priority: 1694234111, address: '203.0.113.25', port: 50012, type: 'srflx', relatedAddress: '192.168.10.25', relatedPort: 50012, media: 0 },
      { loc: wholeLine(17), foundation: '5', component: 1, transport: 'tcp', tcpType: 'active', priority: 1684795903, address: '203.0.113.25', port: 50020, type: 'srflx', relatedAddress: '192.168.10.25', relatedPort: 50020, media: 0 },
      { loc: wholeLine(23), foundation: '6', component: 1, transport: 'udp', priority: 2122260223, address: '10.8.0.6', port: 58000, type: 'host', media: 1 },
      { loc: wholeLine(24), foundation: '7', component: 1, transport: 'tcp', tcpType: 'active', priority: 1518280447, address: '10.8.0.6', port: 9, type: 'host', media: 1 },
      { loc: wholeLine(25), foundation: '8', component: 1, transport: 'udp', priority: 41885439, address: '2001:db8:100::10', port: 3478, type: 'relay', relatedAddress: '2001:db8:5::7', relatedPort: 58002, media: 1 },
      { loc: wholeLine(26), foundation: '9', component: 1, transport: 'udp', priority: 1686052607, address: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d.local', port: 58004, type: 'prflx', media: 1 },
    ]);
  });

  it('reads LF files the same way', () => {
    expect(parse(OFFER.replace(/\r\n/g, '\n'))).toEqual(result);
  });
});

describe('sections', () => {
  it('gives candidates before the first m= the media index -1, and a section without c= none when the session has none', () => {
    const result = parse('v=0\na=candidate:1 1 UDP 1 192.0.2.1 1 typ host\nm=audio 0 RTP/AVP 0\nc=IN IP6 2001:db8::1\nm=video 9 RTP/AVP 96');
    expect(result.diagnostics).toEqual([]);
    expect(result.session.candidates.map((c) => c.media)).toEqual([-1]);
    expect(result.session.connection).toBeUndefined();
    expect(result.session.media.map((m) => m.connection?.value)).toEqual(['2001:db8::1', undefined]);
  });

  it('reads multicast connections without their TTL, and host names', () => {
    const result = parse('v=0\nc=IN IP4 224.2.36.42/127/3\nm=audio 50010 RTP/AVP 0\nc=IN IP4 media.contoso.com');
    expect(result.diagnostics).toEqual([]);
    expect(result.session.connection).toEqual({ value: '224.2.36.42', loc: at(FILE, 2, 10, 21) });
    expect(result.session.media[0].connection!.value).toBe('media.contoso.com');
  });
});

/** Each case: a bad line as line 4 of an offer, the code, and the text of the field at fault (`undefined`: just past the end of the line). */
const candidateCases: Array<[string, string, string, string | undefined]> = [
  ['missing type', 'a=candidate:1 1 UDP 2130706431 192.168.10.25 50010', 'sdp/candidate-missing-field', undefined],
  ['missing everything', 'a=candidate:', 'sdp/candidate-missing-field', undefined],
  ['foundation over 32 characters', `a=candidate:${'f'.repeat(33)} 1 UDP 2130706431 192.168.10.25 50010 typ host`, 'sdp/bad-foundation', 'f'.repeat(33)],
  ['foundation with a bad character', 'a=candidate:f_1 1 UDP 2130706431 192.168.10.25 50010 typ host', 'sdp/bad-foundation', 'f_1'],
  ['component 0', 'a=candidate:1 0 UDP 2130706431 192.168.10.25 50010 typ host', 'sdp/bad-component', '0 UDP'],
  ['component 257', 'a=candidate:1 257 UDP 2130706431 192.168.10.25 50010 typ host', 'sdp/bad-component', '257'],
  ['transport that is neither UDP nor TCP', 'a=candidate:1 1 SCTP 2130706431 192.168.10.25 50010 typ host', 'sdp/bad-transport', 'SCTP'],
  ['priority 0', 'a=candidate:1 1 UDP 0 192.168.10.25 50010 typ host', 'sdp/bad-priority', '0 192'],
  ['priority 2^31', 'a=candidate:1 1 UDP 2147483648 192.168.10.25 50010 typ host', 'sdp/bad-priority', '2147483648'],
  ['priority that is not a number', 'a=candidate:1 1 UDP 0x7f 192.168.10.25 50010 typ host', 'sdp/bad-priority', '0x7f'],
  ['address out of range', 'a=candidate:1 1 UDP 2130706431 192.168.10.256 50010 typ host', 'sdp/bad-address', '192.168.10.256'],
  ['address that is a network', 'a=candidate:1 1 UDP 2130706431 192.168.10.0/24 50010 typ host', 'sdp/bad-address', '192.168.10.0/24'],
  ['port over 65535', 'a=candidate:1 1 UDP 2130706431 192.168.10.25 65536 typ host', 'sdp/bad-port', '65536'],
  ["'type' for 'typ'", 'a=candidate:1 1 UDP 2130706431 192.168.10.25 50010 type host', 'sdp/bad-type', 'type'],
  ['unknown candidate type', 'a=candidate:1 1 UDP 2130706431 192.168.10.25 50010 typ local', 'sdp/bad-type', 'local'],
  ['raddr without a value', 'a=candidate:4 1 UDP 1694234111 203.0.113.25 50012 typ srflx raddr', 'sdp/candidate-missing-field', undefined],
  ['bad related address', 'a=candidate:4 1 UDP 1694234111 203.0.113.25 50012 typ srflx raddr 10.0.0 rport 1', 'sdp/bad-address', '10.0.0 '],
  ['bad related port', 'a=candidate:4 1 UDP 1694234111 203.0.113.25 50012 typ srflx raddr 192.168.10.25 rport -1', 'sdp/bad-port', '-1'],
  ['unknown tcptype', 'a=candidate:7 1 tcp 1518280447 10.8.0.6 9 typ host tcptype sometimes', 'sdp/bad-tcptype', 'sometimes'],
  ['tcptype on a UDP candidate', 'a=candidate:7 1 udp 1518280447 10.8.0.6 9 typ host tcptype active', 'sdp/bad-tcptype', 'tcptype'],
  ['after an astral character (UTF-16 columns)', 'a=candidate:1 1 TCP 2130706431 192.168.10.25 9 typ host x-label 😀 tcptype bogus', 'sdp/bad-tcptype', 'bogus'],
];

describe('malformed candidates', () => {
  it.each(candidateCases)('%s', (_name, bad, code, field) => {
    const result = parse(['v=0', 'm=audio 50010 RTP/SAVP 0', 'a=candidate:1 1 UDP 2130706431 192.168.10.25 50010 typ host', bad, 'a=candidate:1 2 UDP 2130705918 192.168.10.25 50011 typ host'].join('\n'));
    const column = field === undefined ? bad.length + 1 : bad.indexOf(field) + 1;
    expect(problems(result.diagnostics)).toEqual([{ code, line: 4, column, severity: 'error' }]);
    expect(result.session.candidates.map((c) => c.component)).toEqual([1, 2]);
  });
});

const lineCases: Array<[string, string, string, number]> = [
  ['a line that is not x=value', ' a=sendrecv', 'sdp/bad-line', 1],
  ['an attribute without =', 'a:sendrecv', 'sdp/bad-line', 1],
  ['network type other than IN', 'c=ATM NSAP 47.0091', 'sdp/bad-connection', 3],
  ['address type other than IP4 or IP6', 'c=IN IPX 10.0.0.1', 'sdp/bad-connection', 6],
  ['IPv6 address under IP4', 'c=IN IP4 2001:db8::1', 'sdp/bad-connection', 10],
  ['address out of range', 'c=IN IP4 10.0.0.300', 'sdp/bad-connection', 10],
  ['connection without an address', 'c=IN IP4', 'sdp/bad-connection', 9],
  ['media without a protocol', 'm=audio 50010', 'sdp/bad-media', 14],
  ['media port over 65535', 'm=audio 65536 RTP/AVP 0', 'sdp/bad-media', 9],
];

describe('malformed lines', () => {
  it.each(lineCases)('%s', (_name, bad, code, column) => {
    const result = parse(['v=0', 'c=IN IP4 192.0.2.1', bad, 'm=video 58000 RTP/AVP 96'].join('\n'));
    expect(problems(result.diagnostics)).toEqual([{ code, line: 3, column, severity: 'error' }]);
    expect(result.session.connection!.value).toBe('192.0.2.1');
    expect(result.session.media.map((m) => m.type)).toEqual(['video']);
  });

  it('does not read the c= and candidates of a malformed m= section into the section before', () => {
    const result = parse(['v=0', 'm=audio 50010 RTP/AVP 0', 'm=video x RTP/AVP 96', 'c=IN IP4 10.8.0.6', 'a=candidate:6 1 udp 2122260223 10.8.0.6 58000 typ host', 'm=application 9 UDP/DTLS/SCTP webrtc-datachannel', 'a=candidate:7 1 udp 2122260223 10.8.0.6 58002 typ host'].join('\n'));
    expect(problems(result.diagnostics)).toEqual([{ code: 'sdp/bad-media', line: 3, column: 9, severity: 'error' }]);
    expect(result.session.media.map((m) => [m.type, m.connection])).toEqual([['audio', undefined], ['application', undefined]]);
    expect(result.session.candidates.map((c) => [c.port, c.media])).toEqual([[58002, 1]]);
  });

  it('reports a description that does not start with v=, and a version other than 0', () => {
    expect(problems(parse('o=- 0 0 IN IP4 192.0.2.1\nv=1').diagnostics)).toEqual([
      { code: 'sdp/missing-version', line: 1, column: 1, severity: 'error' },
      { code: 'sdp/bad-version', line: 2, column: 3, severity: 'error' },
    ]);
  });
});

describe('bounds', () => {
  it('does not read a file over the size bound', () => {
    const result = parse(OFFER, { maxFileBytes: 100 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'sdp/file-too-large', line: 1, column: 1, severity: 'error' }]);
    expect(result.session).toEqual({ file: FILE, media: [], candidates: [] });
  });

  it('skips a line over the length bound', () => {
    const result = parse(OFFER, { maxLineLength: 100 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'sdp/line-too-long', line: 25, column: 1, severity: 'error' }]);
    expect(result.session.candidates.map((c) => c.foundation)).toEqual(['1', '1', '2', '3', '4', '5', '6', '7', '9']);
  });

  it('stops at the first entry over the bound', () => {
    const result = parse(OFFER, { maxEntries: 3 });
    expect(problems(result.diagnostics)).toEqual([{ code: 'sdp/too-many-entries', line: 14, column: 1, severity: 'error' }]);
    expect(result.session.candidates).toHaveLength(2);
  });
});

describeNeverThrows('sdp', OFFER, ['v=0', 'c=IN IP4 ', 'c=IN IP6 ', 'm=audio ', 'a=candidate:', ' typ ', 'host', 'relay', 'raddr', 'rport', 'tcptype', 'UDP', 'TCP-ACT', '2130706431', '192.0.2.1', '2001:db8::1', '65535'], (text) => {
  const { session, diagnostics } = parseSdpFile(text, FILE);
  const ranges = [...session.media.flatMap((m) => [m.loc, ...(m.connection ? [m.connection.loc] : [])]), ...session.candidates.map((c) => c.loc), ...(session.connection ? [session.connection.loc] : [])];
  return { diagnostics, ranges };
});
