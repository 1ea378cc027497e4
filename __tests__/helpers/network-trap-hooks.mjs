// Module hooks the network trap registers: every load of the probe's chunk (dist/chunks/live-probe-*.js,
// the one module of uclint that opens sockets) is recorded in the trap's log, so a test can assert
// that a run without `probe` never even loads it.
import { appendFileSync } from 'node:fs';

let log;

export async function initialize(data) {
  log = data?.log;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (log && /\/chunks\/live-probe-[^/]*\.js$/.test(resolved.url)) appendFileSync(log, `load ${resolved.url.slice(resolved.url.lastIndexOf('/') + 1)}\n`);
  return resolved;
}
