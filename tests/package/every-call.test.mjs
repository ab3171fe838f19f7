// Every call of the table from the packed package over real HTTP against the emulator: each
// resolves an envelope (a call the emulator keeps no state for: the success envelope shaped like
// its documented response), is sent with the table's
// method and path, and refuses a missing required field before sending anything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEmulator, ROUTES } from "../../emulator/index.mjs";
import { CALLS, paramsFor, sampleData } from "../api/table.mjs";
import { installPackage } from "./install.mjs";
import { FIXTURES } from "./fixtures.mjs";

// The one 5xx envelope the emulator gives on purpose: the service's own answer to a batch item
// without a code ("未知错误", as the official suite saw; emulator/areas/resources.mjs).
const serviceFault = (r) => r.statusCode === 500 && r.message === "未知错误";
const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };

let lib, emu, client;
before(async () => {
  lib = installPackage("every-call-test").require("genauth-wasm");
  emu = await startEmulator();
  client = new lib.ManagementClient({ ...KEY, host: emu.url, maxRetries: 0 });
});
after(async () => emu?.close());

const expectedPath = (call, params) => call.path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(params[k]));

test(`all ${CALLS.length} calls are methods of the client and rows of endpoints()`, () => {
  assert.equal(CALLS.length, 496);
  const rows = lib.endpoints();
  assert.deepEqual(rows.map((r) => r.name), CALLS.map((c) => c.name));
  for (const call of CALLS) assert.equal(typeof client[call.name], "function", call.name);
  assert.deepEqual(
    rows.filter((r) => r.pageable).map((r) => r.name),
    CALLS.filter((c) => c.pageable).map((c) => c.name),
  );
  for (const name of CALLS.filter((c) => c.pageable).map((c) => c.name)) assert.equal(typeof client.iterate[name], "function", name);
});

test("every call succeeds over HTTP with its required fields, and with every field", async () => {
  let made = 0;
  for (const call of CALLS) {
    // A stateful call answers 200 for the fixture's data; given made-up ids, it may answer the
    // service's error envelope instead (not found, conflict, a value the service refuses).
    const stateful = Boolean(ROUTES[call.path]);
    const variants = FIXTURES[call.name] ? [FIXTURES[call.name]] : [paramsFor(call), paramsFor(call, { all: true })];
    for (const params of variants) {
      emu.reset();
      const res = await client[call.name](params);
      if (stateful && !FIXTURES[call.name]) assert.ok((res.statusCode < 500 || res.statusCode >= 600 || serviceFault(res)), `${call.name}: ${res.statusCode} ${res.message}`);
      else assert.equal(res.statusCode, 200, `${call.name}: ${res.message}`);
      assert.equal(typeof res.message, "string");
      // (`pub` shares its path with `pubEvent` and has no documented response.)
      if (!stateful && call.resp) assert.deepEqual(res.data, sampleData(call), call.name);
      const seen = emu.requests.at(-1);
      assert.equal(seen.method, call.method, call.name);
      assert.equal(seen.path, expectedPath(call, params), call.name);
      assert.equal(seen.auth, "signature");
      made++;
    }
  }
  assert.ok(made > CALLS.length, `${made} calls made`);
});

test("every call refuses a missing required field without sending", async () => {
  let refused = 0;
  for (const call of CALLS) {
    const required = call.fields.filter((f) => f.required && !f.constant);
    if (!required.length) continue;
    const params = paramsFor(call);
    delete params[required[0].name];
    const before = emu.requests.length;
    await assert.rejects(client[call.name](params), (e) => {
      assert.equal(e.code, "INVALID_ARGUMENT", call.name);
      assert.equal(e.field, required[0].name, call.name);
      return true;
    });
    assert.equal(emu.requests.length, before, `${call.name} sent a request`);
    refused++;
  }
  assert.ok(refused > 300, `${refused} calls with a required field`);
});

test("an id that goes in the path is refused as a dot segment, and encoded otherwise", async () => {
  for (const id of [".", ".."]) {
    const before = emu.requests.length;
    await assert.rejects(client.deleteById({ id }), (e) => e.code === "INVALID_ARGUMENT" && e.field === "id");
    assert.equal(emu.requests.length, before, "nothing sent");
  }
  const res = await client.deleteById({ id: "a/b ?c" });
  assert.equal(res.statusCode, 200);
  assert.equal(emu.requests.at(-1).path, "/api/v3/ip-list/a%2Fb%20%3Fc");
});

test("every call is a method reflection can see: mocking libraries can stub any of them", async () => {
  const proto = lib.ManagementClient.prototype;
  const names = CALLS.map((c) => c.name);
  const calls = Object.getPrototypeOf(proto);
  assert.deepEqual(Object.getOwnPropertyNames(calls).filter((n) => names.includes(n)).sort(), [...names].sort());
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(calls, name);
    assert.equal(typeof d.value, "function", name);
    assert.ok(name in client, name);
  }
  assert.ok(client instanceof lib.ManagementClient);
  // A stub on the prototype, as sinon makes one, replaces the call and is removed again.
  const original = client.listUsers;
  Object.defineProperty(proto, "listUsers", { value: async () => ({ statusCode: 200, stubbed: true }), configurable: true, writable: true });
  assert.equal((await client.listUsers({})).stubbed, true);
  delete proto.listUsers;
  assert.equal(client.listUsers, original);
  assert.equal((await client.listUsers({})).statusCode, 200);
});
