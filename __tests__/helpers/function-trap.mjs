// Preloaded with `node --import <this file>`: records every function made from source text
// (`new Function`, `Function()`), which is how ajv compiles a JSON Schema, in the file
// FUNCTION_TRAP_LOG names. The bundle compiles its validators when it is built, never at run time.
import { appendFileSync } from 'node:fs';

const log = process.env.FUNCTION_TRAP_LOG;
const OriginalFunction = Function;
globalThis.Function = new Proxy(OriginalFunction, {
  construct(target, args) {
    if (log) appendFileSync(log, 'new Function\n');
    return Reflect.construct(target, args);
  },
  apply(target, self, args) {
    if (log) appendFileSync(log, 'Function()\n');
    return Reflect.apply(target, self, args);
  },
});
