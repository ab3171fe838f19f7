// Hostile and malformed input, from the packed package: every row is one call or construction
// that must be refused with a typed GenAuthError (the right code, the field at fault named in
// `field` and in the message) before anything is sent. The whole table runs against one client
// and one emulator; no request may leave during it (counted at the emulator and at `fetch`), no
// message may carry the access key secret, and the same client must work afterwards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator/index.mjs";
import { installPackage } from "../package/install.mjs";
import { FIXTURES, IDS } from "../package/fixtures.mjs";
import { CALLS, paramsFor } from "../api/table.mjs";

const KEY_ID = "test-access-key-id";
const SECRET = "test-access-key-secret-0123456789";
const { ORG, DEV, USER } = IDS;
const BAD = "INVALID_ARGUMENT";
const CONFIG = "CONFIG";

let lib;
let emu;
let client;
let strictClient;

before(async () => {
  lib = installPackage("reliability-inputs").require("genauth-wasm");
  emu = await startEmulator({ accessKeyId: KEY_ID, accessKeySecret: SECRET });
  client = new lib.ManagementClient({ accessKeyId: KEY_ID, accessKeySecret: SECRET, host: emu.url });
  strictClient = () => new lib.ManagementClient({ accessKeyId: KEY_ID, accessKeySecret: SECRET, host: emu.url, strict: true });
});
after(async () => emu?.close());

// ---------------------------------------------------------------------------------------------
// Values

const hexId = (i) => `623c20b2a062${i.toString(16).padStart(12, "0")}`;
const remove = (over = {}) => ({ ...FIXTURES.removeDepartmentMembers, ...over });
const updateDept = (over = {}) => ({ ...FIXTURES.updateDepartment, ...over });
const keys = (over = {}) => ({ accessKeyId: KEY_ID, accessKeySecret: SECRET, ...over });
const nested = (depth) => {
  const top = {};
  let at = top;
  for (let i = 0; i < depth; i++) at = at.child = {};
  return top;
};
const cyclic = () => {
  const o = { name: "loop" };
  o.self = o;
  return o;
};
const boom = () => {
  throw new Error("getter exploded");
};
// Own keys, as JSON gives them (an object literal's `__proto__:` would set the prototype instead).
const withOwnKey = (base, key) => JSON.parse(`${JSON.stringify(base).slice(0, -1)},${JSON.stringify(key)}:{"polluted":true}}`);

// Wrong values for each kind of field of the endpoint table, two of each.
const WRONG = {
  string: [42, {}],
  "string[]": [USER, [1]],
  boolean: ["true", 1],
  integer: ["1", true],
  enum: ["bogus", 7],
  object: [[], "x"],
  "object[]": [{}, [1]],
  number: ["1", Infinity],
  array: [{}, "x"],
};
/** Valid params of a call: the organization module's fixtures, or the table's required fields. */
const fixture = (name) => FIXTURES[name] ?? paramsFor(CALLS.find((c) => c.name === name));

// ---------------------------------------------------------------------------------------------
// The table. Each row: `what` (description), `run` (the call or construction), `code` and `field`
// (expected; no field for a value that is not an object at all), `includes` (more text the message
// must hold). `call` rows must return a promise that rejects; `construct` rows must throw.

function generatedRows(endpoints) {
  const rows = [];
  // Wrong types, for each kind of field, spread over the calls that have one.
  for (const [type, values] of Object.entries(WRONG)) {
    const names = new Set();
    const pairs = endpoints
      .flatMap((ep) => ep.fields.filter((f) => f.type === type).map((f) => [ep.name, f.name]))
      .filter(([, field]) => !names.has(field) && names.add(field));
    const picks = [...new Set([0, Math.floor(pairs.length / 2), pairs.length - 1])].filter((i) => pairs[i]);
    picks.forEach((i, n) => {
      const [name, field] = pairs[i];
      const value = values[n % values.length];
      rows.push({
        kind: "call",
        type,
        what: `${name}: ${field} (${type}) given ${JSON.stringify(value)}`,
        run: () => client[name]({ ...fixture(name), [field]: value }),
        code: BAD,
        field,
      });
    });
  }
  // Each required field name of the table, left out of the first call that has it.
  const left = new Set();
  for (const ep of endpoints) {
    const required = ep.fields.find((f) => f.required && !left.has(f.name));
    if (!required) continue;
    left.add(required.name);
    rows.push({
      kind: "call",
      what: `${ep.name}: required ${required.name} left out`,
      run: () => {
        const params = { ...fixture(ep.name) };
        delete params[required.name];
        return client[ep.name](params);
      },
      code: BAD,
      field: required.name,
      includes: ["is required"],
    });
  }
  return rows;
}

const call = (what, run, field, includes) => ({ kind: "call", what, run, code: BAD, field, includes });
const construct = (what, options, field, includes) => ({
  kind: "construct",
  what: `new ManagementClient: ${what}`,
  run: () => new lib.ManagementClient(typeof options === "function" ? options() : options),
  code: CONFIG,
  field,
  includes,
});

const handRows = () => [
  // null, undefined, empty and blank required fields
  call("organizationCode null", () => client.removeDepartmentMembers(remove({ organizationCode: null })), "organizationCode", ["is required"]),
  call("departmentId undefined", () => client.removeDepartmentMembers(remove({ departmentId: undefined })), "departmentId", ["is required"]),
  call("userIds null", () => client.removeDepartmentMembers(remove({ userIds: null })), "userIds", ["is required"]),
  call("keywords undefined", () => client.searchOrganizations({ keywords: undefined }), "keywords"),
  call("organizationCode empty", () => client.removeDepartmentMembers(remove({ organizationCode: "" })), "organizationCode"),
  call("departmentId whitespace only", () => client.removeDepartmentMembers(remove({ departmentId: " \t\n " })), "departmentId"),
  call("name of a new department whitespace only", () => client.createDepartment({ ...FIXTURES.createDepartment, name: "   " }), "name"),
  call("userIds empty", () => client.removeDepartmentMembers(remove({ userIds: [] })), "userIds", ["must not be empty"]),
  call("userIds holds an empty string", () => client.removeDepartmentMembers(remove({ userIds: [""] })), "userIds"),
  call("userIds holds a blank string", () => client.removeDepartmentMembers(remove({ userIds: [USER, "  "] })), "userIds", ["userIds[1]"]),
  // huge values
  call("departmentId of 5 MB", () => client.removeDepartmentMembers(remove({ departmentId: "d".repeat(5 * 1024 * 1024) })), "departmentId", ["1 MiB"]),
  call("customData holding 5 MB of text", () => client.updateDepartment(updateDept({ customData: { blob: "z".repeat(5 * 1024 * 1024) } })), "customData", ["1 MiB"]),
  call("departmentId of 2000 characters", () => client.removeDepartmentMembers(remove({ departmentId: "6".repeat(2000) })), "departmentId", ["1024"]),
  call("one user id of 2000 characters", () => client.removeDepartmentMembers(remove({ userIds: ["a".repeat(2000)] })), "userIds", ["1024"]),
  call("organizationCode of 65 characters", () => client.removeDepartmentMembers(remove({ organizationCode: "o".repeat(65) })), "organizationCode", ["64"]),
  call("description of 262 145 characters", () => client.updateDepartment(updateDept({ description: "描".repeat(262_145) })), "description", ["262144"]),
  call("100 000 user ids", () => client.removeDepartmentMembers(remove({ userIds: Array.from({ length: 100_000 }, (_, i) => hexId(i)) })), "userIds", ["100000"]),
  call("1001 user ids", () => client.removeDepartmentMembers(remove({ userIds: Array.from({ length: 1001 }, (_, i) => hexId(i)) })), "userIds", ["1001", "1000"]),
  call("customData with 25 000 keys", () => client.updateDepartment(updateDept({ customData: Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, i])) })), "customData", ["20000"]),
  // ids that are not strings
  call("user id a number", () => client.removeDepartmentMembers(remove({ userIds: [623] })), "userIds", ["userIds[0]"]),
  call("user id null", () => client.removeDepartmentMembers(remove({ userIds: [USER, null] })), "userIds", ["userIds[1]"]),
  call("user id an object", () => client.removeDepartmentMembers(remove({ userIds: [{ id: USER }] })), "userIds"),
  call("user ids nested arrays", () => client.removeDepartmentMembers(remove({ userIds: [[USER], [[USER]]] })), "userIds"),
  call("user ids an array-like object", () => client.removeDepartmentMembers(remove({ userIds: { 0: USER, length: 1 } })), "userIds"),
  call("user ids a Set", () => client.removeDepartmentMembers(remove({ userIds: new Set([USER]) })), "userIds"),
  call("departmentId a number", () => client.removeDepartmentMembers(remove({ departmentId: 60 })), "departmentId"),
  call("organizationCode a String object", () => client.removeDepartmentMembers(remove({ organizationCode: new String(ORG) })), "organizationCode"),
  call("userId of isUserInDepartment an array", () => client.isUserInDepartment({ ...FIXTURES.isUserInDepartment, userId: [USER] }), "userId"),
  // prototype keys, as own keys
  call("__proto__ as an own key", () => client.removeDepartmentMembers(withOwnKey(remove(), "__proto__")), "__proto__", ["unknown field"]),
  call("constructor as an own key", () => client.removeDepartmentMembers(withOwnKey(remove(), "constructor")), "constructor", ["unknown field"]),
  call("prototype as an own key", () => client.updateDepartment(withOwnKey(updateDept(), "prototype")), "prototype", ["unknown field"]),
  // unknown fields and typos
  call("userId for userIds", () => client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEV, userId: [USER] }), "userId", ['did you mean "userIds"']),
  call("organisationCode for organizationCode", () => client.removeDepartmentMembers({ ...remove(), organisationCode: ORG }), "organisationCode", ['did you mean "organizationCode"']),
  call("department_id for departmentId", () => client.getDepartment({ organizationCode: ORG, department_id: DEV }), "department_id", ['did you mean "departmentId"']),
  call("UserIds for userIds", () => client.addDepartmentMembers({ ...FIXTURES.addDepartmentMembers, UserIds: [USER] }), "UserIds", ['did you mean "userIds"']),
  call("an unrelated field, strict", () => strictClient().removeDepartmentMembers(remove({ dryRun: true })), "dryRun", ["it takes: userIds"]),
  call("an unrelated field, strict, a call that names its fields", () => strictClient().getDepartment({ organizationCode: ORG, departmentId: DEV, dryRun: true }), "dryRun", ["it takes: organizationCode"]),
  // numbers that are not page numbers
  call("page NaN", () => client.listOrganizations({ page: NaN }), "page"),
  call("page Infinity", () => client.listDepartmentMembers({ ...FIXTURES.listDepartmentMembers, page: Infinity }), "page"),
  call("limit -Infinity", () => client.searchOrganizations({ keywords: "steam", limit: -Infinity }), "limit"),
  call("page -0", () => client.listOrganizations({ page: -0 }), "page"),
  call("limit -0", () => client.searchDepartmentMembers({ ...FIXTURES.searchDepartmentMembers, limit: -0 }), "limit"),
  call("page -1", () => client.listOrganizations({ page: -1 }), "page"),
  call("page 1.5", () => client.listDepartmentMembers({ ...FIXTURES.listDepartmentMembers, page: 1.5 }), "page"),
  call("limit 51", () => client.listOrganizations({ limit: 51 }), "limit", ["50"]),
  call("limit 0", () => client.searchDepartmentsList({ organizationCode: ORG, limit: 0 }), "limit"),
  call("page 2^53", () => client.listOrganizations({ page: 2 ** 53 }), "page"),
  call("page a Number object", () => client.listOrganizations({ page: new Number(1) }), "page"),
  // enums
  call("departmentIdType in the wrong case", () => client.removeDepartmentMembers(remove({ departmentIdType: "Department_ID" })), "departmentIdType"),
  call("sortBy outside its enum", () => client.listDepartmentMembers({ ...FIXTURES.listDepartmentMembers, sortBy: "name; DROP TABLE" }), "sortBy"),
  // depth, cycles, getters, proxies
  call("customData nested 100 levels", () => client.updateDepartment(updateDept({ customData: nested(100) })), "customData", ["16 levels"]),
  call("customData holding a cycle", () => client.updateDepartment(updateDept({ customData: cyclic() })), "customData", ["16 levels"]),
  call("customData holding an array that contains itself", () => {
    const a = [];
    a.push(a);
    return client.createDepartment({ ...FIXTURES.createDepartment, customData: { a } });
  }, "customData"),
  call("params that contain themselves", () => {
    const p = updateDept();
    p.self = p;
    return client.updateDepartment(p);
  }, "self"),
  call("a throwing getter for departmentId", () => client.removeDepartmentMembers({ ...remove(), get departmentId() { return boom(); } }), "departmentId", ["getter"]),
  call("a throwing getter deep in customData", () => client.updateDepartment(updateDept({ customData: { a: { get b() { return boom(); } } } })), "customData", ["customData.a.b"]),
  call("a Proxy whose get trap throws", () => client.removeDepartmentMembers(new Proxy(remove(), { get: boom })), "organizationCode"),
  call("a Proxy whose ownKeys trap throws", () => client.removeDepartmentMembers(new Proxy(remove(), { ownKeys: boom })), undefined, ["could not be read"]),
  call("a Proxy whose getOwnPropertyDescriptor trap throws", () => client.removeDepartmentMembers(new Proxy(remove(), { getOwnPropertyDescriptor: boom })), undefined, ["could not be read"]),
  call("userIds a Proxy whose traps throw", () => client.removeDepartmentMembers(remove({ userIds: new Proxy([USER], { get: boom }) })), "userIds"),
  call("userIds a Proxy claiming 2^32 items", () => client.removeDepartmentMembers(remove({ userIds: new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 32 : t[k]) }) })), "userIds"),
  call("customData a Proxy whose ownKeys trap throws", () => client.updateDepartment(updateDept({ customData: new Proxy({}, { ownKeys: boom }) })), "customData"),
  call("a revoked Proxy as params", () => {
    const { proxy, revoke } = Proxy.revocable(remove(), {});
    revoke();
    return client.removeDepartmentMembers(proxy);
  }, undefined),
  // BigInt, Symbol, functions
  call("page a BigInt", () => client.listOrganizations({ page: 1n }), "page", ["bigint"]),
  call("user id a BigInt", () => client.removeDepartmentMembers(remove({ userIds: [623n] })), "userIds"),
  call("departmentId a Symbol", () => client.removeDepartmentMembers(remove({ departmentId: Symbol(DEV) })), "departmentId", ["symbol"]),
  call("withCustomData a Symbol", () => client.getDepartment({ ...FIXTURES.getDepartment, withCustomData: Symbol.iterator }), "withCustomData"),
  call("departmentId a function", () => client.removeDepartmentMembers(remove({ departmentId: () => DEV })), "departmentId", ["function"]),
  call("customData a function", () => client.updateDepartment(updateDept({ customData: function customData() {} })), "customData"),
  // params that are not an object
  call("params a string", () => client.removeDepartmentMembers(JSON.stringify(remove())), undefined, ["expected an object"]),
  call("params a number", () => client.removeDepartmentMembers(42), undefined, ["expected an object"]),
  call("params an array", () => client.removeDepartmentMembers([remove()]), undefined, ["expected an object"]),
  call("params null", () => client.removeDepartmentMembers(null), undefined, ["expected an object"]),
  call("params undefined (no params: the required fields are missing)", () => client.removeDepartmentMembers(undefined), "userIds", ["is required"]),
  call("params a boolean", () => client.addDepartmentMembers(true), undefined, ["expected an object"]),
  call("params a function", () => client.deleteDepartment(() => FIXTURES.deleteDepartment), undefined, ["expected an object"]),
  // call options
  call('call option timeout "10"', () => client.removeDepartmentMembers(remove(), { timeout: "10" }), "timeout"),
  call("call option timeout 0", () => client.removeDepartmentMembers(remove(), { timeout: 0 }), "timeout"),
  call("call option timeout NaN", () => client.removeDepartmentMembers(remove(), { timeout: NaN }), "timeout"),
  call("call option maxRetries 11", () => client.removeDepartmentMembers(remove(), { maxRetries: 11 }), "maxRetries"),
  call("call option signal {}", () => client.removeDepartmentMembers(remove(), { signal: {} }), "signal", ["AbortSignal"]),
  call('call option signal "abort"', () => client.removeDepartmentMembers(remove(), { signal: "abort" }), "signal"),
  call('call option throwOnApiError "yes"', () => client.removeDepartmentMembers(remove(), { throwOnApiError: "yes" }), "throwOnApiError"),
  call("call option retries (a typo)", () => client.removeDepartmentMembers(remove(), { retries: 3 }), "retries", ["unknown field"]),
  call("call options a string", () => client.removeDepartmentMembers(remove(), "fast"), undefined, ["call options"]),
  call("call options with a throwing getter", () => client.removeDepartmentMembers(remove(), { get timeout() { return boom(); } }), "timeout"),
  // helpers and the one-shot function
  call("a call name that does not exist", () => client.call("removeDepartmentMember", remove()), "name", ["removeDepartmentMember"]),
  call("bulk removal with one bad id among 2500", () => client.bulk.removeDepartmentMembers(remove({ userIds: [...Array.from({ length: 2499 }, (_, i) => hexId(i)), 7] })), "userIds"),
  call("setDepartmentMembers with a number among the ids", () => client.setDepartmentMembers(remove({ userIds: [USER, 5] })), "userIds"),
  call("iterate with limit 51", () => client.iterate.listDepartmentMembers({ ...FIXTURES.listDepartmentMembers, limit: 51 }).next(), "limit"),
  call("walkDepartments with a numeric organizationCode", () => client.walkDepartments({ organizationCode: 5 }).next(), "organizationCode"),
  {
    kind: "call",
    what: "one-shot removeDepartmentMembers without a secret",
    run: () => lib.removeDepartmentMembers({ accessKeyId: KEY_ID, host: emu.url }, remove()),
    code: CONFIG,
    field: "accessKeySecret",
  },
  call("one-shot removeDepartmentMembers with empty userIds", () => lib.removeDepartmentMembers(keys({ host: emu.url }), remove({ userIds: [] })), "userIds"),
  // client options
  construct("no credentials", { host: "https://api.genauth.ai" }, "accessKeyId", ["no credentials"]),
  construct("both kinds of credentials", keys({ accessToken: "a.b.c" }), "accessToken", ["not both"]),
  construct("a secret without its id", { accessKeySecret: SECRET }, "accessKeyId"),
  construct("an id without its secret", { accessKeyId: KEY_ID }, "accessKeySecret"),
  construct("a blank secret", keys({ accessKeySecret: "   " }), "accessKeySecret"),
  construct("a numeric secret", keys({ accessKeySecret: 123456 }), "accessKeySecret"),
  construct("an empty accessToken", { accessToken: "" }, "accessToken"),
  construct("userPoolId with access keys", keys({ userPoolId: "62e221f85f5ac5cc47037a39" }), "userPoolId"),
  construct("hots (a typo of host)", keys({ hots: "https://api.genauth.ai" }), "hots", ['did you mean "host"']),
  construct("accessKeySecrt (a typo, holding the secret)", { accessKeyId: KEY_ID, accessKeySecrt: SECRET }, "accessKeySecrt", ['did you mean "accessKeySecret"']),
  construct("__proto__ as an own option", () => withOwnKey(keys(), "__proto__"), "__proto__"),
  construct('host "http://example.com" (plain http off loopback)', keys({ host: "http://example.com" }), "host", ["loopback"]),
  construct('host "http://localhost.evil.com"', keys({ host: "http://localhost.evil.com" }), "host", ["loopback"]),
  construct('host "ftp://x"', keys({ host: "ftp://x" }), "host"),
  construct('host "https://"', keys({ host: "https://" }), "host"),
  construct('host "https://a b"', keys({ host: "https://a b" }), "host"),
  construct('host "https://x:99999"', keys({ host: "https://x:99999" }), "host"),
  construct('host "javascript:alert(1)"', keys({ host: "javascript:alert(1)" }), "host"),
  construct('host "file:///etc/passwd"', keys({ host: "file:///etc/passwd" }), "host"),
  construct("host with credentials in it", keys({ host: `https://admin:${SECRET}@api.genauth.ai` }), "host"),
  construct("host of 5000 characters", keys({ host: `https://${"a".repeat(5000)}.com` }), "host"),
  construct("host empty", keys({ host: "" }), "host"),
  construct('brand "okta"', keys({ brand: "okta" }), "brand"),
  construct('lang "fr"', keys({ lang: "fr" }), "lang"),
  construct('auth "oauth"', keys({ auth: "oauth" }), "auth"),
  construct("timeout -1", keys({ timeout: -1 }), "timeout"),
  construct('timeout "10"', keys({ timeout: "10" }), "timeout"),
  construct("maxRetries 11", keys({ maxRetries: 11 }), "maxRetries"),
  construct("retryDelay 0", keys({ retryDelay: 0 }), "retryDelay"),
  construct('fetch "no"', keys({ fetch: "no" }), "fetch"),
  construct("onRequest an object", keys({ onRequest: {} }), "onRequest"),
  construct('throwOnApiError "true"', keys({ throwOnApiError: "true" }), "throwOnApiError"),
  construct("a throwing getter for the secret", () => ({ accessKeyId: KEY_ID, get accessKeySecret() { return boom(); } }), "accessKeySecret"),
  construct("a Proxy whose ownKeys trap throws", () => new Proxy(keys(), { ownKeys: boom }), undefined),
  construct("options null", null, undefined, ["expected an object"]),
  construct("options undefined", undefined, undefined, ["expected an object"]),
  construct("options a string", SECRET, undefined, ["expected an object"]),
  construct("options an array", [keys()], undefined, ["expected an object"]),
];

// ---------------------------------------------------------------------------------------------

/** Runs one row: the error it throws or rejects with, or what it resolved to. */
async function attempt(row) {
  let pending;
  try {
    pending = row.run();
  } catch (error) {
    return { error, sync: true };
  }
  try {
    return { value: await pending, promise: pending instanceof Promise };
  } catch (error) {
    return { error, promise: pending instanceof Promise };
  }
}

function leaksSecret(e) {
  const texts = [e?.message, String(e), e?.stack, JSON.stringify(e ?? null), e?.field];
  return texts.some((t) => typeof t === "string" && t.includes(SECRET));
}

const summary = { tried: 0, refused: 0, sent: 0 };

test("every malformed call and client option is refused with a typed error, and nothing is sent", async (t) => {
  const rows = [...generatedRows(lib.endpoints()), ...handRows()];
  assert.ok(rows.length >= 60, `only ${rows.length} rows`);
  for (const type of Object.keys(WRONG)) assert.ok(rows.some((r) => r.type === type), `no wrong-type row for ${type} fields`);

  const realFetch = globalThis.fetch;
  let fetched = 0;
  globalThis.fetch = (...args) => {
    fetched += 1;
    return realFetch(...args);
  };
  const before = { requests: emu.state.counters.requests, log: emu.requests.length, members: emu.members(ORG, DEV) };
  try {
    for (const row of rows) {
      await t.test(row.what, async () => {
        summary.tried += 1;
        const out = await attempt(row);
        assert.ok("error" in out, `resolved instead of refusing: ${JSON.stringify(out.value)?.slice(0, 300)}`);
        const e = out.error;
        if (row.kind === "call") assert.ok(!out.sync && out.promise, `threw synchronously instead of rejecting: ${e}`);
        else assert.ok(out.sync, "a constructor must throw");
        assert.ok(lib.isGenAuthError(e), `not a GenAuthError: ${e?.stack ?? e}`);
        assert.ok(e instanceof Error, "not an instance of Error");
        assert.equal(e.name, "GenAuthError");
        assert.equal(typeof e.stack, "string");
        summary.refused += 1;
        assert.equal(e.code, row.code, e.message);
        assert.equal(e.field, row.field, e.message);
        if (row.field !== undefined) assert.ok(e.message.includes(row.field), `the message does not name ${row.field}: ${e.message}`);
        for (const fragment of row.includes ?? []) assert.ok(e.message.includes(fragment), `"${fragment}" not in: ${e.message}`);
        assert.ok(!leaksSecret(e), `the error carries the secret: ${e.message}`);
        assert.ok(e.message.length < 2000, `a ${e.message.length}-character message`);
      });
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  summary.sent = Math.max(fetched, emu.state.counters.requests - before.requests, emu.requests.length - before.log);
  const line = `bad inputs tried: ${summary.tried}, refused: ${summary.refused}, requests sent: ${summary.sent}`;
  console.log(line);
  assert.equal(summary.refused, rows.length, "some rows were not refused with a GenAuthError");
  assert.equal(fetched, 0, "fetch was called during the table");
  assert.equal(emu.state.counters.requests, before.requests, "a request reached the emulator during the table");
  assert.equal(emu.requests.length, before.log, "the emulator logged a request during the table");
  assert.deepEqual(emu.members(ORG, DEV), before.members);
});

test("after the whole table the same client still works", async () => {
  const removedBefore = emu.state.counters.membershipsRemoved;
  assert.ok(emu.members(ORG, DEV).includes(USER));
  const res = await client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEV, userIds: [USER] });
  assert.equal(res.statusCode, 200, JSON.stringify(res));
  assert.deepEqual(res.data, { success: true });
  assert.ok(!emu.members(ORG, DEV).includes(USER), "the member is still there");
  assert.equal(emu.state.counters.membershipsRemoved - removedBefore, 1);
  // And the other calls, with the fixtures' valid params, still validate and send.
  const read = await client.listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEV });
  assert.equal(read.statusCode, 200);
  assert.ok(!read.data.includes(USER));
  assert.ok(!JSON.stringify(client).includes(SECRET));
});

// Deviations from the documented contract that this suite found, and that were fixed: each
// asserts what the README and index.d.ts promise.

test("values JSON cannot carry, nested inside customData, are refused unsent", async () => {
  const before = emu.state.counters.requests;
  for (const value of [10n, Symbol("s"), () => 1, NaN, Infinity, new Date(0)]) {
    await assert.rejects(client.updateDepartment(updateDept({ customData: { value } })), (e) => e.code === BAD && e.field === "customData");
  }
  assert.equal(emu.state.counters.requests, before, "a request was sent");
});

test("walkDepartments without an organizationCode is refused unsent", async () => {
  const before = emu.state.counters.requests;
  await assert.rejects(client.walkDepartments({}).next(), (e) => e.code === BAD && e.field === "organizationCode");
  assert.equal(emu.state.counters.requests, before, "a request was sent");
});

test("call() with a name that is not a string rejects with a GenAuthError", async () => {
  let pending;
  assert.doesNotThrow(() => {
    pending = client.call(123, remove());
  });
  await assert.rejects(pending, (e) => lib.isGenAuthError(e) && e.code === BAD);
});

test("calls whose params are optional in index.d.ts accept none", async () => {
  assert.equal((await client.listOrganizations()).statusCode, 200);
  const iterated = [];
  for await (const org of client.iterate.listOrganizations()) iterated.push(org);
  assert.ok(iterated.length > 0);
});

test("bad bulk options name the option in field", async () => {
  await assert.rejects(client.bulk.removeDepartmentMembers(remove(), { batchSize: 0 }), (e) => lib.isGenAuthError(e) && e.field === "batchSize");
  await assert.rejects(client.bulk.removeDepartmentMembers(remove(), { concurrency: 17 }), (e) => lib.isGenAuthError(e) && e.field === "concurrency");
});
