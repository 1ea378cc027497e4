import { defineFormat, eachFile } from '../shared/format.js';

/** SDP offers and answers (RFC 8866): their ICE candidates. */
export default defineFormat({
  name: 'sdp',
  title: 'SDP',
  nouns: ['SDP file', 'SDP files'],
  recognise: { names: { extensions: ['.sdp'] }, order: 70 },
  input: 'text',
  comments: 'none',
  diagnostics: {
    severity: 'error',
    description: 'An SDP file could not be read at this line and column',
    help: 'A line that is not `x=value`, a missing or wrong `v=0`, a malformed `c=` or `m=`, or an `a=candidate` line with a field missing or out of range (component 1-256, priority 1 to 2^31-1, transport UDP or TCP, type host, srflx, prflx or relay, tcptype active, passive or so); the candidate is left out. Or a bound exceeded.',
    docSeverity: 'error',
    doc: 'an SDP file ([formats.md](formats.md#sdp)) could not be read at this line and column; a malformed candidate is left out, at the field at fault. Codes: `sdp/bad-line`, `sdp/missing-version`, `sdp/bad-version`, `sdp/bad-connection`, `sdp/bad-media`, `sdp/candidate-missing-field`, `sdp/bad-foundation`, `sdp/bad-component`, `sdp/bad-transport`, `sdp/bad-priority`, `sdp/bad-address`, `sdp/bad-port`, `sdp/bad-type`, `sdp/bad-tcptype`, and the bounds `sdp/file-too-large`, `sdp/line-too-long`, `sdp/too-many-entries`.',
  },
  async load(files, context) {
    const { parseSdpFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseSdpFile(text, file.file);
      return { nodes: { sdpSessions: [parsed.session] }, diagnostics: parsed.diagnostics };
    });
  },
});
