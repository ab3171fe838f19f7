// Request-for-request identity with the official client: every call of the table is made through
// authing-node-sdk 4.0.1 and through this package (brand authing, signature auth) with the same
// parameters, against one recording loopback server. Method, path, query (decoded, order-free),
// JSON body (parsed) must be the same, and both signatures must verify; the differences that are
// deliberate are listed below with their reason. Run: node --test tests/official/identity.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { buildStringToSign, sign } from "../../emulator/index.mjs";
import { CALLS, decodeQuery, paramsFor } from "../api/table.mjs";
import { recorder } from "./recorder.mjs";

const require = createRequire(import.meta.url);
const official = require("authing-node-sdk");
const lib = require("../../pkg/node/index.js");

const KEY = "identity-access-key-id";
const SECRET = "identity-access-key-secret-0123456789";

const EMPTY_GET =
  "official signature: with every field left out, the official client signs `path?` (a bare `?`), which does not match the request it sends; this package signs the path it sends";

// Differences on purpose: call → what differs, and why.
export const DELIBERATE = {
  deleteById: "path: the official client sends its placeholder `{id}` itself; this package puts the id in the path",
  deleteUserListById: "path: the official client sends its placeholder `{id}` itself; this package puts the id in the path",
  deleteRiskListPolicyById: "path: the official client sends its placeholder `{id}` itself; this package puts the id in the path",
  listExtIdp: EMPTY_GET,
  listTenants: EMPTY_GET,
  importTenantHistory: EMPTY_GET,
  listMultipleTenantAdmin: EMPTY_GET,
  listTenantCooperators: EMPTY_GET,
  getAccessKeyList: EMPTY_GET,
  getVerifyConfigApp: EMPTY_GET,
  listPipelineFunctions: EMPTY_GET,
  pub: "body.source: the official client names itself (`authing-node-sdk: 4.0.1`), this package names itself",
};

let rec;
let url;

before(async () => {
  rec = await recorder();
  url = rec.url;
});
after(() => rec.close());

/** One recorded request as the comparison sees it. */
function view(rec, call, signedPath) {
  const u = new URL(rec.rawUrl, "http://x");
  const query = decodeQuery(u.searchParams);
  const body = rec.text ? JSON.parse(rec.text) : null;
  const signedParams = rec.method === "GET" ? query : call.query ? {} : (body ?? {});
  const m = /^authing (\S+):(\S+)$/.exec(rec.headers.authorization ?? "");
  const expected = sign(SECRET, buildStringToSign(rec.method, signedPath ?? u.pathname, rec.headers, signedParams, "x-authing-"));
  return {
    method: rec.method,
    path: decodeURI(u.pathname),
    query,
    body,
    signatureVerifies: !!m && m[1] === KEY && m[2] === expected,
  };
}

const record = (fn) => rec.record(fn);

// Values the table's realistic parameters do not try, on the calls whose query can carry them:
// nested arrays and objects, `null` inside them, empty arrays, text that needs encoding.
const EDGE = {
  a: [["x", "y"], { k: "v" }, null, 3],
  j: { a: [1, 2], " b ": { c: "x y" }, d: null, e: [] },
  l: [],
  s: "研发 a+b&c=d/e:f,g$h[i]~!*'()",
  // An id as a user id of type `identity` or `email` can be: `<extIdpId>:<userIdInIdp>`, `+`, `@`.
  k: "62f20932716fbcc10d966ee5:ou_8bae+研发 a&b=c@x.y",
};

test("values at the edges go out as the official client sends them", async () => {
  const off = new official.ManagementClient({ accessKeyId: KEY, accessKeySecret: SECRET, host: url });
  const ours = new lib.ManagementClient({ brand: "authing", accessKeyId: KEY, accessKeySecret: SECRET, host: url, maxRetries: 0 });
  let compared = 0;
  for (const call of CALLS.filter((c) => c.query && !c.positional)) {
    const edge = call.fields.filter((f) => !f.required && EDGE[f.code] !== undefined);
    if (!edge.length) continue;
    const params = paramsFor(call);
    for (const f of edge) params[f.name] = EDGE[f.code];
    const ra = await record(() => off[call.name](params));
    const rb = await record(() => ours[call.name](params));
    const a = view(ra, call, call.path);
    const b = view(rb, call);
    assert.deepEqual({ ...b, signatureVerifies: true }, { ...a, signatureVerifies: true }, call.name);
    // Such values cannot be read back from a query string exactly (numbers become strings, empty
    // arrays vanish), so each signature is checked against the parameters as given, with the
    // table's defaults, canonicalised as the official client does: both sign the same string.
    const given = {};
    for (const f of call.fields) {
      const v = params[f.name] ?? f.default;
      if (v !== undefined) given[f.wire] = v;
    }
    const signed = call.method === "GET" ? given : {};
    for (const r of [ra, rb]) {
      const expected = sign(SECRET, buildStringToSign(r.method, call.path, r.headers, signed, "x-authing-"));
      assert.equal(r.headers.authorization, `authing ${KEY}:${expected}`, `${call.name}: signature`);
    }
    compared++;
  }
  assert.ok(compared >= 40, `${compared} calls with edge values`);
  console.log(`edge values: ${compared} calls identical`);
});

test("optional fields given as null go out in a JSON body as the official client sends them", async () => {
  const off = new official.ManagementClient({ accessKeyId: KEY, accessKeySecret: SECRET, host: url });
  const ours = new lib.ManagementClient({ brand: "authing", accessKeyId: KEY, accessKeySecret: SECRET, host: url, maxRetries: 0 });
  let compared = 0;
  for (const call of CALLS.filter((c) => !c.query && !c.positional && c.bodyModel)) {
    const optional = call.fields.filter((f) => !f.required);
    if (!optional.length) continue;
    const params = paramsFor(call);
    for (const f of optional) params[f.name] = null;
    const a = view(await record(() => off[call.name](params)), call, call.path);
    const b = view(await record(() => ours[call.name](params)), call);
    assert.deepEqual(b, a, call.name);
    assert.ok(b.signatureVerifies, call.name);
    compared++;
  }
  assert.ok(compared > 150, `${compared} calls`);
  console.log(`nulls in bodies: ${compared} calls identical`);
});

test("every call of the official client is request-identical (or deliberately different)", async () => {
  const off = new official.ManagementClient({ accessKeyId: KEY, accessKeySecret: SECRET, host: url });
  const ours = new lib.ManagementClient({ brand: "authing", accessKeyId: KEY, accessKeySecret: SECRET, host: url, maxRetries: 0 });
  let identical = 0;
  const deliberate = new Set();
  const failures = [];
  for (const call of CALLS) {
    assert.equal(typeof off[call.name], "function", `${call.name} is not a method of the official client`);
    for (const all of [false, true]) {
      const params = paramsFor(call, { all });
      const args = call.positional ? call.positional.map((p) => params[p]) : call.fields.length || call.bodyModel ? [params] : [];
      const a = view(await record(() => off[call.name](...args)), call, call.path);
      const b = view(await record(() => ours[call.name](params)), call);
      const diffs = ["method", "path", "query", "body"].filter((k) => !isDeepStrictEqual(a[k], b[k]));
      if (!a.signatureVerifies) diffs.push("official signature");
      if (!b.signatureVerifies) diffs.push("signature");
      if (diffs.length === 0) continue;
      if (DELIBERATE[call.name] && !diffs.includes("signature") && diffs.every((d) => DELIBERATE[call.name].startsWith(d))) {
        deliberate.add(call.name);
        continue;
      }
      failures.push({ call: call.name, all, diffs, official: a, ours: b });
    }
    if (!deliberate.has(call.name) && !failures.some((f) => f.call === call.name)) identical++;
  }
  console.log(`identity: ${CALLS.length} calls compared (${CALLS.length * 2} requests each side), ${identical} identical, ${deliberate.size} deliberately different, ${failures.length ? new Set(failures.map((f) => f.call)).size : 0} different`);
  for (const f of failures) console.log(JSON.stringify(f));
  assert.equal(failures.length, 0, `${failures.length} requests differ`);
  assert.equal(identical + deliberate.size, CALLS.length);
  assert.equal(CALLS.length, 496);
  assert.deepEqual([...deliberate].sort(), Object.keys(DELIBERATE).sort(), "every listed difference still exists");
});

test("fields a call does not name go where the official client puts them, byte for byte", async () => {
  // The caller's own order (reversed from the table's) with a field no model has in the middle:
  // the official client sends a body model as given (JSON.stringify of the caller's object) and
  // leaves such a field out of a call whose fields it names; so does this package.
  const off = new official.ManagementClient({ accessKeyId: KEY, accessKeySecret: SECRET, host: url });
  const ours = new lib.ManagementClient({ brand: "authing", accessKeyId: KEY, accessKeySecret: SECRET, host: url, maxRetries: 0 });
  const extra = { nested: [1, "研发 x", null, { deep: true }], big: 1e21, small: 5e-7, neg: -0 };
  let bodies = 0;
  let queries = 0;
  for (const call of CALLS.filter((c) => !c.positional && !DELIBERATE[c.name])) {
    const given = paramsFor(call, { all: true });
    const keys = Object.keys(given).reverse();
    const params = {};
    keys.forEach((k, i) => {
      if (i === Math.floor(keys.length / 2)) params.someFieldNoModelHas = extra;
      params[k] = given[k];
    });
    if (!keys.length) params.someFieldNoModelHas = extra;
    const ra = await record(() => off[call.name](params));
    const rb = await record(() => ours[call.name](params));
    assert.equal(rb.method, ra.method, call.name);
    assert.equal(rb.text, ra.text, `${call.name}: body bytes`);
    assert.deepEqual(view(rb, call).query, view(ra, call, call.path).query, `${call.name}: query`);
    assert.ok(view(rb, call).signatureVerifies, `${call.name}: signature`);
    if (call.query) {
      assert.ok(!rb.rawUrl.includes("someFieldNoModelHas"), `${call.name}: sent in the query`);
      queries++;
    } else {
      assert.ok(rb.text.includes('"someFieldNoModelHas":{"nested":[1,"研发 x",null,{"deep":true}],"big":1e+21,"small":5e-7,"neg":0}'), `${call.name}: ${rb.text}`);
      bodies++;
    }
  }
  console.log(`unknown fields: ${bodies} bodies byte-identical with the field, ${queries} queries identical without it`);
  assert.ok(bodies > 300 && queries > 150, `${bodies} bodies, ${queries} queries`);
});
