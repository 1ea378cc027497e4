// Preloaded with `node --import <this file>` by the safety tests: every way a Node program
// opens a connection or resolves a name (net, tls, dns, http, https, http2, dgram, fetch)
// throws, and is recorded in the file NETWORK_TRAP_LOG names, so a test can assert that a
// run never tried, even where the program would have caught the error. Loading the probe's
// chunk is recorded there too (network-trap-hooks.mjs).
import { appendFileSync } from 'node:fs';
import { createRequire, register, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const log = process.env.NETWORK_TRAP_LOG;
register('./network-trap-hooks.mjs', import.meta.url, { data: { log } });

function trap(name) {
  return function trapped() {
    const caller = (new Error().stack ?? '').split('\n').slice(2, 4).map((line) => line.trim()).join(' <- ');
    if (log) appendFileSync(log, `${name} ${caller}\n`);
    throw new Error(`network trap: ${name} was called`);
  };
}

function replace(object, names, prefix) {
  for (const name of names) if (typeof object[name] === 'function') object[name] = trap(`${prefix}.${name}`);
}

const net = require('node:net');
replace(net, ['connect', 'createConnection'], 'net');
net.Socket.prototype.connect = trap('net.Socket.prototype.connect');
replace(require('node:tls'), ['connect'], 'tls');
replace(require('node:http'), ['request', 'get'], 'http');
replace(require('node:https'), ['request', 'get'], 'https');
replace(require('node:http2'), ['connect'], 'http2');
replace(require('node:dgram'), ['createSocket'], 'dgram');

const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
const dns = require('node:dns');
replace(dns, DNS, 'dns');
replace(dns.promises, DNS, 'dns.promises');
replace(dns.Resolver.prototype, DNS, 'dns.Resolver');
replace(dns.promises.Resolver.prototype, DNS, 'dns.promises.Resolver');
replace(globalThis, ['fetch', 'WebSocket', 'EventSource'], 'globalThis');

// ES modules that import { connect } from 'node:net' see the traps too.
syncBuiltinESMExports();
