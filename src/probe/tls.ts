/**
 * Reads the certificate chain a TLS endpoint presents: a handshake with SNI, then the
 * connection is destroyed. No application data is sent (no SIP OPTIONS, no HTTP request), no
 * client certificate is offered, and the chain is not verified here: the rules judge it.
 */
import { connect } from 'node:tls';
import { isIP } from 'node:net';
import type { DetailedPeerCertificate } from 'node:tls';

export type ChainOutcome = { ok: true; chain: Uint8Array[]; protocol: string | null } | { ok: false; error: string };

/** The DER certificates `host` presents at `address`:`port`, leaf first (at most 10); never throws. */
export function readChain(address: string, port: number, host: string, timeoutMs: number): Promise<ChainOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: ChainOutcome) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(outcome);
    };
    let socket: ReturnType<typeof connect>;
    try {
      socket = connect({
        host: address,
        port,
        // SNI carries host names only (RFC 6066 section 3).
        servername: isIP(host) === 0 ? host : undefined,
        rejectUnauthorized: false,
        // A SIP server that asks for a client certificate (MTLS federation) gets none.
        timeout: timeoutMs,
      });
    } catch (error) {
      // An address Node refuses before any packet (a port out of range, a runtime that forbids sockets).
      resolve({ ok: false, error: describeError(error as NodeJS.ErrnoException) });
      return;
    }
    socket.setTimeout(timeoutMs, () => finish({ ok: false, error: `no TLS handshake within ${timeoutMs} ms` }));
    socket.once('secureConnect', () => {
      const chain: Uint8Array[] = [];
      const seen = new Set<string>();
      let certificate: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
      while (certificate?.raw && chain.length < 10) {
        const key = certificate.fingerprint256;
        if (seen.has(key)) break;
        seen.add(key);
        chain.push(new Uint8Array(certificate.raw));
        certificate = certificate.issuerCertificate;
      }
      finish(chain.length === 0 ? { ok: false, error: 'the TLS handshake completed without a server certificate' } : { ok: true, chain, protocol: socket.getProtocol() });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ ok: false, error: describeError(error) }));
    socket.once('close', () => finish({ ok: false, error: 'the connection closed before the TLS handshake completed' }));
  });
}

/** An error in words that name no more than the code and the library's reason (no data from the peer beyond that). */
function describeError(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'error';
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  if (code === 'ECONNRESET') return 'connection reset (ECONNRESET)';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `no route to the host (${code})`;
  if (code === 'ETIMEDOUT') return 'connection timed out (ETIMEDOUT)';
  return `${error.message.split('\n', 1)[0]} (${code})`;
}
