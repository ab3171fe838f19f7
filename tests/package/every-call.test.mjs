// Every call of the table from the packed package over real HTTP against the emulator: each
// resolves the success envelope shaped like its documented response, is sent with the table's
// method and path, and refuses a missing required field before sending anything.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEmulator, ROUTES } from "../emulator/emulator.mjs";
import { CALLS, paramsFor, sampleData } from "../api/table.mjs";
import { installPackage } from "./install.mjs";
import { FIXTURES } from "./fixtures.mjs";

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
    const stateful = Boolean(ROUTES[call.path]);
    const variants = stateful ? [FIXTURES[call.name]] : [paramsFor(call), paramsFor(call, { all: true })];
    for (const params of variants) {
      emu.reset();
      const res = await client[call.name](params);
      assert.equal(res.statusCode, 200, `${call.name}: ${res.message}`);
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
