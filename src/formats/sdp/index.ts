import { defineFormat, eachFile } from '../shared/format.js';

/** SDP offers and answers (RFC 8866): their ICE candidates. */
export default defineFormat({
  name: 'sdp',
  title: 'SDP',
  nouns: ['SDP file', 'SDP files'],
  recognise: { names: { extensions: ['.sdp'] }, order: 70 },
  input: 'text',
  comments: 'none',
  async load(files, context) {
    const { parseSdpFile } = await import('./loader.js');
    return eachFile(files, context, (file, { text }) => {
      const parsed = parseSdpFile(text, file.file);
      return { nodes: { sdpSessions: [parsed.session] }, diagnostics: parsed.diagnostics };
    });
  },
});
