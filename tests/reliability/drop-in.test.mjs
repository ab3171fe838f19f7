// The drop-in, from a hostile caller's side, against the packed package: fields a call does not
// name (forwarded byte for byte, or left out; near misses and prototype names refused; bounded
// work on thousands of them), the official client's options and `strict`, the Node build without
// `crypto` or `fetch`, and the declarations and README that describe them.
//
//   node --test tests/reliability/drop-in.test.mjs
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadPackage, KEYS } from "./harness.mjs";
import { settle, describeOut as describeOutOf, assertRejected as assertRejectedOf, ok } from "./outcome.mjs";
import { buildStringToSign, sign } from "../../emulator/index.mjs";

const HOST = "http://127.0.0.1:9";
const LONG = 4000;
const SLACK = 1500;
const ROOT = new URL("../../", import.meta.url);

let lib;
let app;
let M;
let isGenAuthError;

before(() => {
  ({ lib, app } = loadPackage("reliability-drop-in"));
  M = lib.ManagementClient;
  isGenAuthError = lib.isGenAuthError;
});

const describeOut = (out) => describeOutOf(out, isGenAuthError);
const assertRejected = (out, code, what = "the call") => assertRejectedOf(out, code, what, isGenAuthError);
function assertResolved(out, what = "the call") {
  assert.equal(out.state, "fulfilled", `${what}: ${describeOut(out)}`);
  return out.value;
}

/** A `fetch` that records each request and answers a success envelope (or `respond`'s answer). */
function recorder(respond = () => ok({})) {
  const requests = [];
  const fetch = async (url, init = {}) => {
    const req = { url: String(url), method: init.method, headers: { ...init.headers }, body: init.body };
    requests.push(req);
    return respond(req, requests.length);
  };
  return { fetch, requests, get count() { return requests.length; } };
}

const client = (options) => new M({ ...KEYS, host: HOST, maxRetries: 0, timeout: LONG, ...options });

/** Runs `source` (CommonJS) in a child Node with the installed package as `lib`; its stdout as JSON. */
function child(source) {
  const script = `const lib = require(${JSON.stringify(`${app}/node_modules/genauth-wasm`)});\n${source}`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 }));
}

// ---------------------------------------------------------------------------------------------
// Forwarded bodies: byte for byte with JSON.stringify, signed so that the server verifies

const FORWARDED = [
  ["integer-like keys first, ascending, as JSON.stringify orders them", () => ({ userId: "u1", zz: 1, 1: "a", 0: "b", b: 2, "-1": 3, "01": 4, 4294967295: 5, 4294967294: 6 })],
  ["a lone surrogate in a nested key and in a value", () => ({ userId: "u1", extra: { ["y\udc00"]: "a\ud800b" } })],
  ["numbers at the edges", () => ({ userId: "u1", a: -0, b: 1e21, c: 1e-7, d: 0.1 + 0.2, e: 5e-324, f: 2 ** 53 + 1 })],
  ["a sparse array, nested undefined, null, an empty key, = and & in a key", () => ({ userId: "u1", s: [1, , 3], n: { a: undefined, b: null }, "": 1, "a b=c&d": "x&y=z" })],
  ["a 256-character key, controls, U+2028, astral and accented keys", () => ({ userId: "u1", ["k".repeat(256)]: 1, "\u0000": "\u2028\u2029", é: "é", "😀": 1, A: 2, a: 3 })],
  ["Object.prototype names and odd-cased prototype names", () => ({ userId: "u1", toString: "x", valueOf: 1, hasOwnProperty: 2, Constructor: 3, PROTOTYPE: 4 })],
];

for (const [what, make] of FORWARDED) {
  test(`forwarded: ${what}: the body is JSON.stringify(params) and the signature verifies`, async () => {
    const rec = recorder();
    const c = client({ brand: "authing", fetch: rec.fetch });
    assertResolved(await settle(c.updateUser(make()), LONG + SLACK));
    assert.equal(rec.count, 1);
    const req = rec.requests[0];
    assert.equal(req.body, JSON.stringify(make()));
    const expected = sign(KEYS.accessKeySecret, buildStringToSign("POST", "/api/v3/update-user", req.headers, JSON.parse(req.body), "x-authing-"));
    assert.equal(req.headers.authorization, `authing ${KEYS.accessKeyId}:${expected}`);
  });
}

test("forwarded: symbol keys and non-enumerable properties are left out; a getter is read once", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch });
  let reads = 0;
  const params = { userId: "u1", [Symbol("s")]: 1, get extra() { return ++reads; } };
  Object.defineProperty(params, "hidden", { value: 1, enumerable: false });
  assertResolved(await settle(c.updateUser(params), LONG + SLACK));
  assert.equal(reads, 1);
  assert.equal(rec.requests[0].body, '{"userId":"u1","extra":1}');
});

test("forwarded: values JSON would change are refused unsent (BigInt, NaN, a function, a Date, a Map, a class instance, a cycle)", async () => {
  for (const extra of [1n, NaN, -Infinity, () => 1, new Date(0), new Map(), new (class X {})(), new Uint8Array(2)]) {
    const rec = recorder();
    const out = await settle(client({ fetch: rec.fetch }).updateUser({ userId: "u1", extra }), LONG);
    assertRejected(out, "INVALID_ARGUMENT", `extra: ${Object.prototype.toString.call(extra)}`);
    assert.equal(rec.count, 0);
  }
  const cyclic = { userId: "u1" };
  cyclic.self = cyclic;
  assertRejected(await settle(client({ fetch: recorder().fetch }).updateUser(cyclic), LONG), "INVALID_ARGUMENT", "a cycle");
});

test(
  "forwarded: params whose prototype has toJSON are refused (or sent as JSON.stringify sends them), never sent as something else",
  async () => {
    const rec = recorder();
    const params = Object.assign(Object.create({ toJSON: () => ({ userId: "u2" }) }), { userId: "u1" });
    const out = await settle(client({ fetch: rec.fetch }).updateUser(params), LONG);
    if (out.state === "rejected") return void assertRejected(out, "INVALID_ARGUMENT");
    assert.equal(rec.requests[0]?.body, JSON.stringify(params));
  },
);

test(
  "unknown fields whose value JSON cannot carry name the field in `field`, as known fields do",
  async () => {
    const out = await settle(client({ fetch: recorder().fetch }).updateUser({ userId: "u1", extraField: 1n }), LONG);
    assert.equal(assertRejected(out, "INVALID_ARGUMENT").field, "extraField");
  },
);

// ---------------------------------------------------------------------------------------------
// Bounded work: unknown fields cost what JSON.stringify costs, not the square of their count

test(
  "bounded: 15 000 unknown top-level keys in reverse order are sent, signed and sorted in far less than the square of their count (a hang guard: an insertion sort took minutes)",
  async () => {
    const rec = recorder();
    const params = { userId: "u1" };
    const prefix = "x".repeat(54);
    for (let i = 14_999; i >= 0; i--) params[prefix + String(i).padStart(6, "0")] = 0;
    const t0 = performance.now();
    const out = await settle(client({ fetch: rec.fetch }).updateUser(params), 60_000);
    const ms = performance.now() - t0;
    assertResolved(out);
    assert.equal(rec.requests[0].body, JSON.stringify(params));
    assert.ok(ms < 15_000, `took ${Math.round(ms)} ms`);
  },
);

test(
  "bounded: 15 000 unknown keys of 64 characters on a GET (all dropped, none measured against a field of another length) settle (a hang guard)",
  async () => {
    const params = { userId: "u1" };
    for (let i = 0; i < 15_000; i++) params["q".repeat(58) + String(i).padStart(6, "0")] = 0;
    const t0 = performance.now();
    const out = await settle(client({ fetch: recorder().fetch }).getUser(params), 60_000);
    const ms = performance.now() - t0;
    assertResolved(out);
    assert.ok(ms < 15_000, `took ${Math.round(ms)} ms`);
  },
);

// ---------------------------------------------------------------------------------------------
// Near misses, prototype names, dropped fields

test("near misses are refused unsent on body and query calls alike, with the suggestion", async () => {
  const cases = [
    ["updateUser", { userId: "u1", nickName: "n" }, "nickname"],
    ["updateUser", { userId: "u1", custom_data: {} }, "customData"],
    ["updateUser", { userId: "u1", USERID: "x" }, "userId"],
    ["getUser", { userId: "u1", withCustomdata: true }, "withCustomData"],
    ["getUser", { userId: "u1", userIDType: "email" }, "userIdType"],
    ["listOrganizations", { pageNo: 2 }, "page"],
  ];
  for (const [call, params, near] of cases) {
    const rec = recorder();
    const e = assertRejected(await settle(client({ fetch: rec.fetch })[call](params), LONG), "INVALID_ARGUMENT", call);
    assert.match(e.message, new RegExp(`did you mean "${near}"`));
    assert.equal(rec.count, 0);
  }
});

test("__proto__, constructor and prototype are refused at the top level of body and query calls", async () => {
  for (const [call, params] of [
    ["updateUser", JSON.parse('{"userId":"u1","__proto__":{"admin":true}}')],
    ["updateUser", { userId: "u1", constructor: 1 }],
    ["updateUser", { userId: "u1", prototype: 1 }],
    ["getUser", JSON.parse('{"userId":"u1","__proto__":1}')],
  ]) {
    const rec = recorder();
    assertRejected(await settle(client({ fetch: rec.fetch })[call](params), LONG), "INVALID_ARGUMENT", call);
    assert.equal(rec.count, 0);
  }
});

test(
  "a short unknown field far from every name is forwarded, as the official client forwards it (no absurd near miss)",
  async () => {
    for (const [call, params] of [
      ["createOrganization", { organizationName: "o", organizationCode: "oc", icon: "https://x/y.png" }],
      ["createPost", { code: "c", name: "n", os: "linux" }],
      ["postListBatch", { name: "x" }],
    ]) {
      const rec = recorder();
      assertResolved(await settle(client({ fetch: rec.fetch })[call](params), LONG + SLACK), call);
      assert.equal(rec.requests[0].body, JSON.stringify(params), call);
    }
  },
);

test("unknown fields of a call that names its fields are dropped, as the official client drops them (a typo there goes unnoticed unless strict)", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch });
  assertResolved(await settle(c.listOrganizations({ pageSize: 5 }), LONG + SLACK));
  assertResolved(await settle(c.getUser({ userId: "a@b.c", idType: "email" }), LONG + SLACK));
  const [a, b] = rec.requests.map((r) => new URL(r.url).searchParams);
  assert.equal(a.get("pageSize"), null);
  assert.equal(a.get("limit"), "10");
  assert.equal(b.get("userIdType"), "user_id");
  // strict catches both, unsent
  const s = client({ fetch: rec.fetch, strict: true });
  assertRejected(await settle(s.listOrganizations({ pageSize: 5 }), LONG), "INVALID_ARGUMENT");
  assertRejected(await settle(s.getUser({ userId: "a@b.c", idType: "email" }), LONG), "INVALID_ARGUMENT");
  assert.equal(rec.count, 2);
});

test("a secret-shaped unknown key is never echoed (strict refusal, a value JSON cannot carry), and hooks never see a body", async () => {
  const secret = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
  const seen = [];
  const hooks = { onRequest: (i) => seen.push(JSON.stringify(i)), onResponse: (i) => seen.push(JSON.stringify(i)) };
  const e1 = assertRejected(await settle(client({ fetch: recorder().fetch, strict: true }).updateUser({ userId: "u1", [secret]: 1 }), LONG), "INVALID_ARGUMENT");
  const e2 = assertRejected(await settle(client({ fetch: recorder().fetch }).updateUser({ userId: "u1", [secret]: NaN }), LONG), "INVALID_ARGUMENT");
  assertResolved(await settle(client({ fetch: recorder().fetch, ...hooks }).updateUser({ userId: "u1", [secret]: "v", pw: "hunter2-value" }), LONG + SLACK));
  for (const text of [e1.message, e2.message, String(e1.field), String(e2.field), ...seen]) {
    assert.ok(!text.includes(secret), text);
    assert.ok(!text.includes("hunter2-value"), text);
  }
});

// ---------------------------------------------------------------------------------------------
// strict through the helpers

test("strict: every helper refuses an unknown field before anything is sent", async () => {
  const rec = recorder((req) => ok(req.url.includes("member-ids") ? ["a"] : { list: [], totalCount: 0, departmentId: "d" }));
  const s = client({ fetch: rec.fetch, strict: true });
  const P = { organizationCode: "org", departmentId: "d1", userIds: ["a", "c"], note: "x" };
  const drain = async (it) => { for await (const _ of it); };
  assertRejected(await settle(s.bulk.addDepartmentMembers(P), LONG), "INVALID_ARGUMENT", "bulk.add");
  assertRejected(await settle(s.bulk.removeDepartmentMembers(P), LONG), "INVALID_ARGUMENT", "bulk.remove");
  assertRejected(await settle(s.setDepartmentMembers(P), LONG), "INVALID_ARGUMENT", "setDepartmentMembers");
  assertRejected(await settle(drain(s.iterate.listDepartmentMembers({ organizationCode: "org", departmentId: "d1", note: 1 })), LONG), "INVALID_ARGUMENT", "iterate");
  assertRejected(await settle(drain(s.walkDepartments({ organizationCode: "org", note: 1 })), LONG), "INVALID_ARGUMENT", "walk");
  assertRejected(await settle(s.call("updateUser", { userId: "u1", note: 1 }), LONG), "INVALID_ARGUMENT", "call");
  assert.equal(rec.count, 0);
});

test(
  "walkDepartments: the tenantId given to the walk scopes every lookup, the children's too",
  async () => {
    const rec = recorder((req) =>
      ok(req.url.includes("get-department") ? { departmentId: "root1", hasChildren: true } : { list: [] }),
    );
    for await (const _ of client({ fetch: rec.fetch }).walkDepartments({ organizationCode: "org", tenantId: "t1" }));
    assert.equal(rec.count, 2);
    for (const r of rec.requests) assert.equal(new URL(r.url).searchParams.get("tenantId"), "t1", r.url);
  },
);

// ---------------------------------------------------------------------------------------------
// Options

test("options: strict and rejectUnauthorized take booleans only; false cannot be honoured; near misses are refused", () => {
  const refused = [{ strict: "yes" }, { strict: 1 }, { rejectUnauthorized: 0 }, { rejectUnauthorized: "false" }, { rejectUnauthorized: false }, { Strict: true }, { rejectunauthorized: false }, { socketURI: "x" }];
  for (const o of refused) {
    let error;
    try {
      client(o);
    } catch (e) {
      error = e;
    }
    assert.ok(isGenAuthError(error) && error.code === "CONFIG", JSON.stringify(o));
  }
  for (const o of [{ strict: true }, { strict: false }, { rejectUnauthorized: true }, { socketUri: "wss://x" }, { retryTimes: 3 }]) client(o);
});

test(
  "options: the official client's inert options (socketUri, retryTimes) take what the official client takes",
  () => {
    for (const o of [{ socketUri: "" }, { retryTimes: 1.5 }, { retryTimes: 1e9 }]) client(o);
  },
);

// ---------------------------------------------------------------------------------------------
// Runtimes (child processes: the globals are the process's)

test("Node build without a global crypto: nonces from Node's crypto module, unique and 32 hex", () => {
  const out = child(`
    delete globalThis.crypto;
    const nonces = [];
    const fetch = async (u, i) => (nonces.push(i.headers["x-genauth-signature-nonce"]), new Response('{"statusCode":200,"message":"","data":{}}', { status: 200 }));
    const c = new lib.ManagementClient({ accessKeyId: "kid", accessKeySecret: "ksecret0123456789", host: "${HOST}", fetch });
    Promise.all(Array.from({ length: 600 }, (_, i) => c.updateUser({ userId: "u" + i }))).then(() => console.log(JSON.stringify(nonces)));
  `);
  assert.equal(out.length, 600);
  assert.equal(new Set(out).size, 600);
  for (const n of out) assert.match(n, /^[0-9a-f]{32}$/);
});

test("Node build without a global crypto nor Node's crypto module: CONFIG, nothing sent", () => {
  const out = child(`
    const Module = require("module"); const load = Module._load;
    Module._load = function (r, ...a) { if (r === "crypto" || r === "node:crypto") throw new Error("no crypto"); return load.call(this, r, ...a); };
    delete globalThis.crypto;
    let sent = 0;
    const c = new lib.ManagementClient({ accessKeyId: "kid", accessKeySecret: "ksecret0123456789", host: "${HOST}", fetch: async () => (sent++, new Response("{}")) });
    c.updateUser({ userId: "u" }).then(() => console.log(JSON.stringify({ resolved: true })), (e) => console.log(JSON.stringify({ code: e.code, sent })));
  `);
  assert.deepEqual(out, { code: "CONFIG", sent: 0 });
});

test("no fetch at all: CONFIG naming the fetch option, nothing thrown synchronously", () => {
  const out = child(`
    delete globalThis.fetch;
    const c = new lib.ManagementClient({ accessKeyId: "kid", accessKeySecret: "ksecret0123456789", host: "${HOST}" });
    c.updateUser({ userId: "u" }).then(() => console.log("{}"), (e) => console.log(JSON.stringify({ code: e.code, field: e.field })));
  `);
  assert.deepEqual(out, { code: "CONFIG", field: "fetch" });
});

test(
  "a host crypto.getRandomValues that fills nothing (a test's stub) is refused, not used for all-zero nonces",
  () => {
    const out = child(`
      Object.defineProperty(globalThis, "crypto", { value: { getRandomValues: (a) => a }, configurable: true });
      const nonces = [];
      const fetch = async (u, i) => (nonces.push(i.headers["x-genauth-signature-nonce"]), new Response('{"statusCode":200,"message":"","data":{}}', { status: 200 }));
      const c = new lib.ManagementClient({ accessKeyId: "kid", accessKeySecret: "ksecret0123456789", host: "${HOST}", fetch });
      (async () => { const codes = []; for (let i = 0; i < 3; i++) { try { await c.updateUser({ userId: "u" }); codes.push("ok"); } catch (e) { codes.push(e.code); } } console.log(JSON.stringify({ codes, nonces })); })();
    `);
    assert.ok(out.codes.every((c) => c === "CONFIG") || new Set(out.nonces).size === out.nonces.length, JSON.stringify(out));
  },
);

// ---------------------------------------------------------------------------------------------
// Declarations and documentation

test(
  "declarations: FetchInit and the hooks' method name every HTTP method the package sends (PUT and DELETE too)",
  () => {
    const dts = readFileSync(new URL("pkg/index.d.ts", ROOT), "utf8");
    const methods = new Set(readFileSync(new URL("src/api.txt", ROOT), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split(" ")[1].replace("?", "")));
    for (const iface of ["FetchInit", "RequestHookInfo", "ResponseHookInfo"]) {
      const body = dts.slice(dts.indexOf(`export interface ${iface}`)).split("\n}")[0];
      const union = /method: ([^;]+);/.exec(body)[1];
      for (const m of methods) assert.ok(union.includes(`"${m}"`), `${iface}.method lacks ${m}: ${union}`);
    }
  },
);

test(
  "README: the unknown-fields policy and the new options are documented",
  () => {
    const readme = readFileSync(new URL("README.md", ROOT), "utf8");
    assert.ok(!readme.includes("Unknown option or parameter names are refused"), "README says unknown parameter names are refused");
    const table = readme.slice(readme.indexOf("## Client options"), readme.indexOf("## Calls"));
    for (const o of ["strict", "rejectUnauthorized", "socketUri", "retryTimes"]) assert.ok(new RegExp(`^\\|[^\\n]*\`${o}\``, "m").test(table), `no row for ${o} in the options table`);
  },
);

// The official client is here only to show the reference bytes the forwarded tests compare with.
test("reference: the official client's body for a forwarded call is JSON.stringify of the params", async () => {
  const require = createRequire(import.meta.url);
  const official = require("authing-node-sdk");
  const sent = [];
  const off = new official.ManagementClient({ ...KEYS, host: HOST });
  off.httpClient.request = async (cfg) => (sent.push(cfg), { statusCode: 200 });
  const params = FORWARDED[0][1]();
  await off.updateUser(params);
  assert.equal(JSON.stringify(sent[0].data), JSON.stringify(params));
});
