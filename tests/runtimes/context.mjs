// A `node:vm` context shaped like the global scope that jest 27's `testEnvironment: "node"`
// (jest-environment-node@27) gives a test file, and a CommonJS loader that evaluates a package's
// files inside it, as jest's module loader does: Node's built-in modules come from the host
// (the outer realm), everything else is evaluated in the context.
//
// jest-environment-node@27 makes a fresh context and copies in: global, the timer functions,
// Buffer, setImmediate/clearImmediate, ArrayBuffer, Uint8Array, URL, URLSearchParams,
// TextEncoder/TextDecoder, queueMicrotask, AbortController, AbortSignal, Event, EventTarget,
// performance, atob/btoa, and a copy of process. It copies neither `fetch` nor `crypto`
// (nor Headers, Request, Response, structuredClone), which Node 18+ have as globals.
import vm from "node:vm";
import { builtinModules, createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";

/** What jest-environment-node@27 copies from Node's global scope into a test's context. */
export const JEST27_GLOBALS = [
  "clearInterval", "clearTimeout", "setInterval", "setTimeout", "Buffer", "setImmediate", "clearImmediate",
  "ArrayBuffer", "Uint8Array", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "queueMicrotask",
  "AbortController", "AbortSignal", "Event", "EventTarget", "performance", "atob", "btoa",
];

/**
 * A fresh context with the globals of jest 27's node environment; `omit` leaves some of them
 * out (an older runner's context), `add` puts more in. Returns the context's global object.
 */
export function jest27Context({ omit = [], add = {} } = {}) {
  const global = vm.runInContext("this", vm.createContext());
  global.global = global;
  for (const name of JEST27_GLOBALS) if (!omit.includes(name) && name in globalThis) global[name] = globalThis[name];
  // jest-util's createProcessObject: a copy of process, not process itself.
  if (!omit.includes("process")) global.process = Object.create(process);
  Object.assign(global, add);
  return global;
}

/**
 * Loads the CommonJS file `entry` (and what it requires, relative files only) inside the context
 * of `global`. Built-in modules are the host's; the names asked for are pushed to `builtins`;
 * those in `refuse` cannot be loaded (require throws, as for a module that is not there).
 */
export function loadInContext(global, entry, builtins = [], refuse = []) {
  const context = vm.createContext(global); // the same context: `global` is already contextified
  const host = createRequire(import.meta.url);
  const cache = new Map();
  const load = (file) => {
    if (cache.has(file)) return cache.get(file).exports;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapper = vm.runInContext(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, "utf8")}\n})`, context, { filename: file });
    const fileRequire = createRequire(file);
    const require = (id) => {
      if (builtinModules.includes(id.replace(/^node:/, ""))) {
        builtins.push(id);
        if (refuse.includes(id.replace(/^node:/, ""))) throw Object.assign(new Error(`Cannot find module '${id}'`), { code: "MODULE_NOT_FOUND" });
        return host(id);
      }
      return load(fileRequire.resolve(id));
    };
    wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
    return module.exports;
  };
  return load(entry);
}
