import { runRuleTests } from '../../helpers/rule-tester.js';
import rule from '../../../rules/ice/candidate-type-order.js';

/** An offer: lines 1-5 session and media, candidates from line 6. */
const sdp = (...candidates: string[]) =>
  ['v=0', 'o=- 1 1 IN IP4 10.8.0.5', 's=-', 'c=IN IP4 10.8.0.5', 'm=audio 50000 RTP/AVP 0', ...candidates.map((c) => `a=candidate:${c}`), ''].join('\r\n');
// priority = 2^24 * type preference + 2^8 * local preference + (256 - component)
const HOST = 2130706431; // 126, 65535, component 1
const SRFLX = 1694498815; // 100
const RELAY = 16777215; // 0
const RELAY_TOO_HIGH = 125 * 2 ** 24 + 65535 * 256 + 255;
const TCP_HOST = 126 * 2 ** 24 + 32767 * 256 + 255; // same type, lower local preference than UDP
const TCP_HOST_ABOVE_UDP = 126 * 2 ** 24 + 65535 * 256 + 255 + 0; // RFC 6544: the same type preference; local preference decides
const UDP_HOST_LOWER = 126 * 2 ** 24 + 40000 * 256 + 255;
const WEBRTC_TCP_HOST = 90 * 2 ** 24 + 32767 * 256 + 255; // libwebrtc's type preference for TCP host candidates
const TCP_SRFLX_TOO_HIGH = 100 * 2 ** 24 + 65535 * 256 + 255;

runRuleTests(rule, {
  valid: [
    {
      name: 'host, server-reflexive and relay in the RFC 8445 order, UDP above TCP',
      files: {
        'offer.sdp': sdp(
          `1 1 UDP ${HOST} 10.8.0.5 50000 typ host`,
          `2 1 UDP ${SRFLX} 131.107.1.5 50000 typ srflx raddr 10.8.0.5 rport 50000`,
          `3 1 UDP ${RELAY} 167.55.49.34 50010 typ relay raddr 131.107.1.5 rport 50000`,
          `4 1 TCP ${TCP_HOST} 10.8.0.5 9 typ host tcptype active`,
        ),
      },
    },
    {
      // libwebrtc ranks TCP host candidates at type preference 90, below UDP server-reflexive (100).
      name: 'a libwebrtc offer: TCP host (90) below UDP server-reflexive (100)',
      files: {
        'offer.sdp': sdp(
          `1 1 UDP ${HOST} 10.8.0.5 50000 typ host`,
          `2 1 UDP ${SRFLX} 131.107.1.5 50000 typ srflx raddr 10.8.0.5 rport 50000`,
          `3 1 TCP ${WEBRTC_TCP_HOST} 10.8.0.5 9 typ host tcptype active`,
          `4 1 UDP ${RELAY} 167.55.49.34 50010 typ relay raddr 131.107.1.5 rport 50000`,
        ),
      },
    },
    {
      name: 'a TCP host candidate above a UDP host candidate: RFC 6544 gives TCP the same type preferences',
      files: { 'offer.sdp': sdp(`1 1 UDP ${UDP_HOST_LOWER} 10.8.0.5 50000 typ host`, `2 1 TCP ${TCP_HOST_ABOVE_UDP} 10.8.0.5 9 typ host tcptype passive`) },
    },
    {
      name: 'a media policy with the RFC preferences',
      files: { 'media.yml': 'apiVersion: uclint/v1\nkind: MediaPolicy\ncandidateTypePreference: { host: 126, prflx: 110, srflx: 100, relay: 0 }\ntransportOrder: [udp, tcp]\n' },
    },
  ],
  invalid: [
    {
      name: 'a relay candidate that outranks the host candidate',
      files: { 'offer.sdp': sdp(`1 1 UDP ${SRFLX} 10.8.0.5 50000 typ host`, `3 1 UDP ${RELAY_TOO_HIGH} 167.55.49.34 50010 typ relay raddr 131.107.1.5 rport 50000`) },
      errors: [{ messageId: 'typeOutranks', line: 7, file: 'offer.sdp', data: { type: 'relay', address: '167.55.49.34', preference: 125, otherType: 'host', otherAddress: '10.8.0.5', otherPreference: 100, transport: 'UDP' } }],
    },
    {
      name: 'among TCP candidates, a server-reflexive one above a host one',
      files: {
        'offer.sdp': sdp(
          `1 1 UDP ${HOST} 10.8.0.5 50000 typ host`,
          `2 1 TCP ${WEBRTC_TCP_HOST} 10.8.0.5 9 typ host tcptype active`,
          `3 1 TCP ${TCP_SRFLX_TOO_HIGH} 131.107.1.5 9 typ srflx raddr 10.8.0.5 rport 9 tcptype active`,
        ),
      },
      errors: [{ messageId: 'typeOutranks', line: 8, data: { type: 'server-reflexive', preference: 100, otherType: 'host', otherPreference: 90, transport: 'TCP' } }],
    },
    {
      name: 'a priority whose last byte does not match the component, and a repeated priority',
      files: { 'offer.sdp': sdp(`1 1 UDP ${HOST} 10.8.0.5 50000 typ host`, `1 2 UDP ${HOST} 10.8.0.5 50001 typ host`, `2 1 UDP ${HOST} 10.8.0.6 50000 typ host`) },
      errors: [
        { messageId: 'badPriority', line: 7, data: { reason: 'the last byte is 255, not 256 - component 2' } },
        { messageId: 'repeatedPriority', line: 8, data: { address: '10.8.0.6', otherAddress: '10.8.0.5', type: 'host', component: 1 } },
      ],
    },
    {
      name: 'a media policy that ranks relay above host and TCP above UDP',
      files: { 'media.yml': 'apiVersion: uclint/v1\nkind: MediaPolicy\ncandidateTypePreference: { host: 90, prflx: 110, srflx: 100, relay: 126 }\ntransportOrder: [tcp, udp]\n' },
      errors: [
        { messageId: 'policyOrder', line: 3, file: 'media.yml', data: { type: 'peer-reflexive', preference: 110, better: 'host', betterPreference: 90 } },
        { messageId: 'policyOrder', line: 3, data: { type: 'server-reflexive', preference: 100, better: 'host', betterPreference: 90 } },
        { messageId: 'policyOrder', line: 3, data: { type: 'relay', preference: 126, better: 'host', betterPreference: 90 } },
        { messageId: 'policyTransport', line: 4 },
      ],
    },
  ],
});
