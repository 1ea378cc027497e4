import { directoryString, readTlv } from '../../../src/formats/shared/der.js';

/** A primitive universal TLV of `tag` around `content` (short lengths). */
function tlv(tag: number, content: number[]): { bytes: Uint8Array; read: ReturnType<typeof readTlv> } {
  const bytes = Uint8Array.from([tag, content.length, ...content]);
  return { bytes, read: readTlv(bytes, 0) };
}

describe('directoryString', () => {
  it('keeps a leading byte-order mark: it is part of the name, which then matches no host', () => {
    const utf8 = tlv(0x0c, [0xef, 0xbb, 0xbf, ...Buffer.from('sip.contoso.com')]);
    expect(directoryString(utf8.bytes, utf8.read)).toBe('\ufeffsip.contoso.com');
    const bmp = tlv(0x1e, [0xfe, 0xff, 0x00, 0x61]);
    expect(directoryString(bmp.bytes, bmp.read)).toBe('\ufeffa');
  });

  it('reads UTF8String, PrintableString and BMPString', () => {
    const utf8 = tlv(0x0c, [...Buffer.from('caf\u00e9')]);
    expect(directoryString(utf8.bytes, utf8.read)).toBe('caf\u00e9');
    const printable = tlv(0x13, [...Buffer.from('Contoso')]);
    expect(directoryString(printable.bytes, printable.read)).toBe('Contoso');
    const bmp = tlv(0x1e, [0x00, 0x61, 0x00, 0x62]);
    expect(directoryString(bmp.bytes, bmp.read)).toBe('ab');
  });
});
