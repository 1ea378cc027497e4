/**
 * The parts of the hostile corpus (`__tests__/fixtures/hostile/`) made at test time: files of
 * a megabyte or more, which are not committed, and symbolic links, which git would carry
 * as links into whatever checkout runs them. The small files are committed as they are.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { explicit0, oid, sequence, tlv } from './der-writer.js';

const DATA = oid('1.2.840.113549.1.7.1');

/** `count` copies of a PEM certificate, one after the other. */
export function certificateBundle(pem: string, count: number): string {
  return pem.endsWith('\n') ? pem.repeat(count) : `${pem}\n`.repeat(count);
}

/** A PKCS#7 SignedData holding `count` copies of a DER certificate (as `openssl crl2pkcs7` writes it). */
export function pkcs7Bundle(der: Uint8Array, count: number): Buffer {
  const certificates = Array.from({ length: count }, () => der);
  const signedData = sequence(tlv(0x02, Buffer.from([1])), tlv(0x31), sequence(DATA), explicit0(...certificates), tlv(0x31));
  return sequence(oid('1.2.840.113549.1.7.2'), explicit0(signedData));
}

/** A PKCS#12 file without MAC or encryption holding `count` certificate bags of a DER certificate. */
export function pkcs12Bundle(der: Uint8Array, count: number): Buffer {
  const bag = sequence(oid('1.2.840.113549.1.12.10.1.3'), explicit0(sequence(oid('1.2.840.113549.1.9.22.1'), explicit0(tlv(0x04, der)))));
  const safeContents = sequence(...Array.from({ length: count }, () => bag));
  const authenticatedSafe = sequence(sequence(DATA, explicit0(tlv(0x04, safeContents))));
  return sequence(tlv(0x02, Buffer.from([3])), sequence(DATA, explicit0(tlv(0x04, authenticatedSafe))));
}

/** What the secret file outside the tree holds: no message may ever show it. */
export const OUTSIDE_SECRET = 'TOP-SECRET-7f3a';

/**
 * Writes the generated part of the corpus into `corpus` (a copy of the committed one) and a
 * secret file into `outside`, a directory outside the lint root. Returns the files written,
 * relative to `corpus`.
 */
export function writeGeneratedCorpus(corpus: string, outside: string, certificate: { pem: string; der: Uint8Array }): string[] {
  const written: string[] = [];
  const write = (rel: string, content: string | Uint8Array) => {
    mkdirSync(path.dirname(path.join(corpus, rel)), { recursive: true });
    writeFileSync(path.join(corpus, rel), content);
    written.push(rel);
  };
  const megabyte = 1024 * 1024;
  // One line of a megabyte and more in every text format.
  write('generated/long-line.zone', `$ORIGIN long.hostile.test.\n$TTL 300\n@ IN SOA ns h 1 1 1 1 1\n@ IN NS ns\nx IN TXT ${'"abc" '.repeat(megabyte / 6 + 1)}\nns IN A 192.0.2.1\n`);
  // The sections come first: a .conf is recognised by its first 8 KiB.
  write('generated/long-line.conf', `[Interface]\nAddress = 172.16.8.2/32\n[Peer]\nAllowedIPs = 10.0.0.0/8\n# ${'x'.repeat(megabyte)}\nEndpoint = vpn.hostile.test:0x\n`);
  write('generated/long-line.ovpn', `client\ndev tun\nremote vpn.hostile.test 1194\n# ${'x'.repeat(megabyte)}\nroute 10.0.0.0 255.0.0.0\n`);
  write('generated/long-line.sdp', `v=0\ns=${'x'.repeat(megabyte)}\nc=IN IP4 192.0.2.1\n`);
  write('generated/long-line.reg', `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Hostile]\r\n"A"="${'x'.repeat(megabyte)}"\r\n"B"=dword:zz\r\n`);
  write('generated/long-line.yml', `apiVersion: uclint/v1\nkind: VpnProfile\nname: ${'x'.repeat(megabyte)}\ntunnel: sideways\n`);
  write('generated/long-line.pem', `${'x'.repeat(megabyte)}\n${certificate.pem}`);
  // A file over the certificate loader's bound of 16 MiB.
  write('generated/too-large.pem', Buffer.alloc(16 * megabyte + 1, 0x41));
  // 1,001 certificates in each kind of bundle.
  write('generated/bundle.pem', certificateBundle(certificate.pem, 1001));
  write('generated/bundle.p7b', pkcs7Bundle(certificate.der, 1001));
  write('generated/bundle.p12', pkcs12Bundle(certificate.der, 1001));
  // Symbolic links leaving the tree: one named by $INCLUDE, one met by the walk.
  writeFileSync(path.join(outside, 'secret.txt'), `secret IN TXT "${OUTSIDE_SECRET}"\n`);
  writeFileSync(path.join(outside, 'secret.zone'), `$ORIGIN secret.test.\nsecret IN TXT "${OUTSIDE_SECRET}"\n`);
  symlinkSync(path.join(outside, 'secret.txt'), path.join(corpus, 'zone/leak.inc'));
  symlinkSync(path.join(outside, 'secret.zone'), path.join(corpus, 'generated/leak.zone'));
  written.push('zone/leak.inc', 'generated/leak.zone');
  return written;
}
