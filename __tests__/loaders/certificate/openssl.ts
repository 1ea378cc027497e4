/**
 * Certificates made by the tests with the openssl command line, in a temporary directory.
 * `openssl ca` takes fixed `-startdate`/`-enddate` and a fixed serial, so the facts the
 * tests assert never go stale; only keys (and so fingerprints) differ between runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const haveOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;

export const NOT_BEFORE = '20240101000000Z';
export const NOT_AFTER = '20340615123000Z';

export interface CertSpec {
  name: string;
  /** `rsa:2048`, `ec:P-256`, `ed25519`. */
  key: string;
  subject: string;
  serial: string;
  /** Lines of an OpenSSL extensions section. */
  extensions?: string[];
  md?: string;
  pss?: boolean;
  /** Signed by this certificate's key; self-signed when absent. */
  issuer?: Made;
}

export interface Made {
  name: string;
  pem: string;
  key: string;
  der: string;
}

export class Openssl {
  readonly dir = mkdtempSync(join(tmpdir(), 'uclint-certs-'));
  private readonly keys = new Map<string, string>();

  run(args: string[], input?: Buffer): Buffer {
    const r = spawnSync('openssl', args, { cwd: this.dir, input });
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr.toString()}`);
    return r.stdout;
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  read(name: string): Buffer {
    return readFileSync(this.path(name));
  }

  write(name: string, data: string | Uint8Array): string {
    writeFileSync(this.path(name), data);
    return this.path(name);
  }

  /** One key per kind, shared by the certificates that ask for it (RSA key generation is slow). */
  key(kind: string): string {
    const known = this.keys.get(kind);
    if (known) return known;
    const file = this.path(`key-${kind.replace(/\W/g, '_')}.pem`);
    const [algorithm, param] = kind.split(':');
    const options =
      algorithm === 'rsa' ? ['-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${param}`] : algorithm === 'ec' ? ['-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${param}`] : ['-algorithm', algorithm.toUpperCase()];
    this.run(['genpkey', ...options, '-out', file]);
    this.keys.set(kind, file);
    return file;
  }

  cert(spec: CertSpec): Made {
    const key = this.key(spec.key);
    const csr = this.path(`${spec.name}.csr`);
    const pem = this.path(`${spec.name}.pem`);
    const der = this.path(`${spec.name}.der`);
    const cnf = this.write(
      `${spec.name}.cnf`,
      [
        '[ca]',
        'default_ca = d',
        '[d]',
        `database = ${this.write(`${spec.name}.index`, '')}`,
        `new_certs_dir = ${this.dir}`,
        `serial = ${this.write(`${spec.name}.serial`, `${spec.serial}\n`)}`,
        'policy = p',
        'unique_subject = no',
        'email_in_dn = no',
        `default_md = ${spec.md ?? 'sha256'}`,
        '[p]',
        'commonName = optional',
        '[ext]',
        ...(spec.extensions ?? []),
        '',
      ].join('\n'),
    );
    this.run(['req', '-new', '-key', key, '-subj', spec.subject, '-out', csr]);
    const signer = spec.issuer ? ['-cert', spec.issuer.pem, '-keyfile', spec.issuer.key] : ['-selfsign', '-keyfile', key];
    const pss = spec.pss ? ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:32'] : [];
    const md = spec.key === 'ed25519' ? ['-md', 'default'] : [];
    const extensions = spec.extensions?.length ? ['-extfile', cnf, '-extensions', 'ext'] : [];
    this.run(['ca', '-config', cnf, '-batch', '-notext', '-preserveDN', '-startdate', NOT_BEFORE, '-enddate', NOT_AFTER, ...signer, ...pss, ...md, ...extensions, '-in', csr, '-out', pem]);
    this.run(['x509', '-in', pem, '-outform', 'DER', '-out', der]);
    return { name: spec.name, pem, key, der };
  }

  /** SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint(made: Made): string {
    return this.run(['x509', '-in', made.pem, '-noout', '-fingerprint', '-sha256']).toString().trim().split('=')[1];
  }

  /** `args`: further `openssl pkcs12 -export` options (`-keypbe NONE`, `-nokeys`). */
  pkcs12(name: string, leaf: Made, options: { password: string; legacy?: boolean; extra?: Made[]; iter?: number; args?: string[] }): Buffer {
    const file = this.path(name);
    const extra = (options.extra ?? []).flatMap((m) => ['-certfile', m.pem]);
    const key = options.args?.includes('-nokeys') ? [] : ['-inkey', leaf.key];
    this.run(['pkcs12', '-export', ...(options.legacy ? ['-legacy'] : []), ...(options.iter ? ['-iter', String(options.iter)] : []), ...(options.args ?? []), '-in', leaf.pem, ...key, ...extra, '-out', file, '-passout', `pass:${options.password}`]);
    return readFileSync(file);
  }

  pkcs7(certs: Made[], der: boolean): Buffer {
    return this.run(['crl2pkcs7', '-nocrl', ...certs.flatMap((m) => ['-certfile', m.pem]), ...(der ? ['-outform', 'DER'] : [])]);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
