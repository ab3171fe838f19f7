// The packed package's Node build in contexts that lack globals Node has: jest 27's
// `testEnvironment: "node"` (no fetch, no WebCrypto) and an older runner's (nothing but
// ECMAScript, WebAssembly and a require). Each context is a `node:vm` context built as
// jest-environment-node@27 builds it (./context.mjs), and the package's files are evaluated in it
// as jest's module loader evaluates them. Calls go to the local emulator over real HTTP.
//
//   node --test tests/runtimes/contexts.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startEmulator } from "../../emulator/index.mjs";
import { STEAMORY } from "../../emulator/seed.mjs";
import { installPackage } from "../package/install.mjs";
import { JEST27_GLOBALS, jest27Context, loadInContext } from "./context.mjs";

const KEY_ID = "test-access-key-id";
const KEY_SECRET = "test-access-key-secret-0123456789";
const ORG = STEAMORY.organizationCode;
const DEPT = STEAMORY.devDepartmentId;
const USER_ID = "623c20b2a062aaaaf41b17da";
const PARAMS = { organizationCode: ORG, departmentId: DEPT, userIds: [USER_ID] };
// A call that hangs (fake timers holding the module's futures, a timer that never fires) fails
// its test instead of holding the suite.
const TEST_TIMEOUT = 30_000;
const NO_FETCH = /^this runtime has no global fetch; pass one as the `fetch` option of ManagementClient$/;

let pkg; // { scratch, app, require }
let entry; // the installed package's Node build
let emu;
// What the host process saw go wrong, whichever test caused it.
const crashes = [];
const onRejection = (e) => crashes.push(`unhandled rejection: ${e?.stack ?? e}`);
const onException = (e) => crashes.push(`uncaught exception: ${e?.stack ?? e}`);

before(async () => {
  process.on("unhandledRejection", onRejection);
  process.on("uncaughtExceptionMonitor", onException);
  pkg = installPackage("runtimes-contexts");
  entry = pkg.require.resolve("genauth-wasm");
  // jest 27 reads "main" (it knows no "exports"): the same file as Node's `node` condition.
  const manifest = JSON.parse(readFileSync(`${pkg.app}/node_modules/genauth-wasm/package.json`, "utf8"));
  assert.equal(join(pkg.app, "node_modules/genauth-wasm", manifest.main), entry);
  assert.match(entry, /node_modules\/genauth-wasm\/node\/index\.js$/);
  emu = await startEmulator({ quiet: true });
});

after(async () => {
  await emu?.close();
  process.off("unhandledRejection", onRejection);
  process.off("uncaughtExceptionMonitor", onException);
});

/** A context as jest 27's node environment makes it, the package loaded in it. */
function load({ refuse, ...shape } = {}) {
  const global = jest27Context(shape);
  const names = Object.getOwnPropertyNames(global);
  const builtins = [];
  const api = loadInContext(global, entry, builtins, refuse);
  // Nothing the package does adds a global to the context.
  const untouched = () => assert.deepEqual(Object.getOwnPropertyNames(global), names, "the package changed the context's globals");
  return { global, api, builtins, untouched };
}

const signature = (extra = {}) => ({ accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET, host: emu.url, ...extra });

/** One removal of USER_ID through `remove()`, checked on the emulator's side too. */
async function removal(remove, auth = "signature") {
  emu.reset();
  assert.ok(emu.members(ORG, DEPT).includes(USER_ID), "the seed has the member");
  const res = await remove();
  assert.equal(res.statusCode, 200, JSON.stringify(res));
  // (The answer's objects are the context's: compared as JSON, not by prototype.)
  assert.equal(JSON.stringify(res.data), '{"success":true}');
  assert.equal(typeof res.requestId, "string");
  const calls = emu.requests.filter((r) => r.path === "/api/v3/remove-department-members");
  assert.equal(calls.length, 1);
  assert.equal(calls[0].auth, auth);
  assert.ok(!emu.members(ORG, DEPT).includes(USER_ID), "the emulator still lists the member");
}

/** `call()` rejects with CONFIG naming the `fetch` option, and sends nothing. */
async function noFetch(api, call) {
  emu.reset();
  await assert.rejects(call(), (e) => {
    assert.equal(api.isGenAuthError(e), true, `not a GenAuthError: ${e?.stack ?? e}`);
    assert.equal(e.name, "GenAuthError");
    assert.equal(e.code, "CONFIG");
    assert.equal(e.field, "fetch");
    assert.match(e.message, NO_FETCH);
    return true;
  });
  assert.equal(emu.requests.length, 0, "a request was sent");
}

test("jest 27 node environment: the context has no fetch and no crypto, and the rest of what jest 27 copies", { timeout: TEST_TIMEOUT }, () => {
  const { global } = load();
  assert.equal(global.fetch, undefined);
  assert.equal(global.crypto, undefined);
  for (const name of ["process", "Buffer", "setTimeout", "clearTimeout", "URL", "TextEncoder", "TextDecoder", "AbortController", "AbortSignal"]) {
    assert.equal(typeof global[name], name === "process" ? "object" : "function", name);
  }
  assert.ok(JEST27_GLOBALS.every((name) => name in global));
});

test("jest 27 node environment: with the `fetch` option, removeDepartmentMembers signs with Node's crypto (the context has none) and removes the member", { timeout: TEST_TIMEOUT }, async () => {
  const { global, api, builtins, untouched } = load();
  const client = new api.ManagementClient(signature({ fetch }));
  await removal(() => client.removeDepartmentMembers(PARAMS));
  // A second call draws from the same pool; the one-shot export works too.
  await removal(() => api.removeDepartmentMembers(signature({ fetch }), PARAMS));
  assert.ok(builtins.includes("crypto"), `Node's crypto was not used: ${builtins.join(", ")}`);
  assert.equal(global.crypto, undefined, "the package set a global crypto");
  untouched();
  client.free();
});

test("jest 27 node environment: where the context has WebCrypto, it is used and Node's crypto module is not loaded", { timeout: TEST_TIMEOUT }, async () => {
  const { api, builtins } = load({ add: { crypto: globalThis.crypto } });
  await removal(() => new api.ManagementClient(signature({ fetch })).removeDepartmentMembers(PARAMS));
  assert.deepEqual(builtins, ["fs"]);
});

test("no random source at all (no global crypto, Node's crypto module not loadable): a signed call rejects CONFIG unsent, and works once a global crypto is there", { timeout: TEST_TIMEOUT }, async () => {
  const { global, api } = load({ refuse: ["crypto"] });
  const client = new api.ManagementClient(signature({ fetch }));
  for (let i = 0; i < 2; i++) {
    emu.reset();
    await assert.rejects(client.removeDepartmentMembers(PARAMS), (e) => {
      assert.equal(e.code, "CONFIG");
      assert.match(e.message, /no crypto\.getRandomValues/);
      return true;
    });
    assert.equal(emu.requests.length, 0, "a request was sent without a nonce");
  }
  global.crypto = globalThis.crypto;
  await removal(() => client.removeDepartmentMembers(PARAMS));
  assert.deepEqual(crashes, []);
});

test("jest 27 node environment: without any fetch, every way of calling rejects with CONFIG naming the `fetch` option, before anything is sent or any hook runs", { timeout: TEST_TIMEOUT }, async () => {
  const { api, untouched } = load();
  const seen = [];
  const hooks = { onRequest: (i) => seen.push(i.url), onResponse: (i) => seen.push(i.url) };
  const client = new api.ManagementClient(signature(hooks));
  await noFetch(api, () => client.removeDepartmentMembers(PARAMS));
  await noFetch(api, () => client.call("listOrganizations"));
  // With token auth: no token is fetched either.
  await noFetch(api, () => new api.ManagementClient(signature({ auth: "token", ...hooks })).getDepartment({ organizationCode: ORG, departmentId: DEPT }));
  await noFetch(api, () => api.removeDepartmentMembers(signature(), PARAMS));
  // The helpers carry the same error.
  await noFetch(api, () => client.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEPT }).next());
  await noFetch(api, () => client.walkDepartments({ organizationCode: ORG }).next());
  emu.reset();
  const report = await client.bulk.removeDepartmentMembers(PARAMS);
  assert.equal(report.ok, false);
  assert.equal(report.failed.length, 1);
  assert.equal(report.failed[0].error.code, "CONFIG");
  assert.match(report.failed[0].error.message, NO_FETCH);
  assert.equal(emu.requests.length, 0);
  assert.deepEqual(seen, [], "a hook ran");
  untouched();
});

test("jest 27 node environment: a missing fetch crashes nothing; the same client works once a fetch is installed after it, and stops again when it is removed", { timeout: TEST_TIMEOUT }, async () => {
  const { global, api } = load();
  const client = new api.ManagementClient(signature());
  await noFetch(api, () => client.removeDepartmentMembers(PARAMS));
  // A polyfill installed after the client was made: looked up at each call.
  global.fetch = (url, init) => fetch(url, init);
  await removal(() => client.removeDepartmentMembers(PARAMS));
  delete global.fetch;
  await noFetch(api, () => client.removeDepartmentMembers(PARAMS));
  // A client given the option, in the same context.
  await removal(() => new api.ManagementClient(signature({ fetch })).removeDepartmentMembers(PARAMS));
  // Let anything left behind settle, then look for what escaped.
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(crashes, []);
});

test("jest 27 node environment: under fake timers (queueMicrotask and the timers replaced by ones that run nothing until advanced, as jest.useFakeTimers() does), a call that is answered resolves", { timeout: TEST_TIMEOUT }, async () => {
  const { global, api } = load();
  const held = [];
  const fake = (f) => (held.push(f), held.length);
  Object.assign(global, { queueMicrotask: fake, setTimeout: fake, clearTimeout: () => {}, setImmediate: fake });
  await removal(() => new api.ManagementClient(signature({ fetch })).removeDepartmentMembers(PARAMS));
  // The call's timer went to the fake (as before: a test that fakes the timers owns them).
  assert.ok(held.length > 0, "the client's timer did not use the context's setTimeout");
});

test("an older runner's context (only ECMAScript, WebAssembly and require: no fetch, crypto, TextEncoder, TextDecoder, timers, AbortController, queueMicrotask): the Node build loads with Node's own modules, a call works, and its timeout holds without AbortController", { timeout: TEST_TIMEOUT }, async () => {
  const { global, api, builtins, untouched } = load({ omit: [...JEST27_GLOBALS, "process"] });
  for (const name of ["TextEncoder", "TextDecoder", "setTimeout", "AbortController", "queueMicrotask", "process", "crypto", "fetch"]) {
    assert.equal(global[name], undefined, name);
  }
  assert.deepEqual([...new Set(builtins)].sort(), ["fs", "util"]);
  const client = new api.ManagementClient(signature({ fetch }));
  await removal(() => client.removeDepartmentMembers(PARAMS));
  assert.deepEqual([...new Set(builtins)].sort(), ["crypto", "fs", "timers", "util"]);
  await noFetch(api, () => new api.ManagementClient(signature()).removeDepartmentMembers(PARAMS));
  // A fetch that never settles: the client's own timer ends the call.
  const hanging = new api.ManagementClient(signature({ fetch: () => new Promise(() => {}), timeout: 200, maxRetries: 0 }));
  const started = Date.now();
  await assert.rejects(hanging.removeDepartmentMembers(PARAMS), (e) => e.code === "TIMEOUT");
  assert.ok(Date.now() - started < 5_000, `the timeout took ${Date.now() - started} ms`);
  untouched();
  assert.deepEqual(crashes, []);
});

test("the web build keeps the global crypto and timers: nothing of Node's is required there", { timeout: TEST_TIMEOUT }, () => {
  const web = `${pkg.app}/node_modules/genauth-wasm/web`;
  for (const file of ["genauth_wasm.js", "index.js", "workerd.js"]) {
    assert.doesNotMatch(readFileSync(`${web}/${file}`, "utf8"), /require\(/, file);
  }
  assert.match(readFileSync(`${web}/genauth_wasm.js`, "utf8"), /crypto\.getRandomValues\(/);
});
