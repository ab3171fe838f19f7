// Tests of the local GenAuth emulator: node --test tests/emulator/
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startEmulator, buildStringToSign, sign, BRANDS } from "../../emulator/index.mjs";
import { defaultSeed, STEAMORY, CLOUDHARBOR } from "../../emulator/seed.mjs";

const KEY = "test-access-key-id";
const SECRET = "test-access-key-secret-0123456789";
const POOL = "62e221f85f5ac5cc47037a39";
const DEV = STEAMORY.devDepartmentId;
const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const ORG = "steamory";
const vector = (name) => JSON.parse(readFileSync(new URL(`../vectors/${name}.json`, import.meta.url), "utf8"));

let emu;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(() => emu.reset());

// ---------------------------------------------------------------------------------------------
// helpers

async function send(method, path, { headers = {}, body, query } = {}) {
  const qs = query ? `?${new URLSearchParams(query)}` : "";
  const res = await fetch(`${emu.url}${path}${qs}`, { method, headers, body });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: json };
}

// A signed call, as the official clients make it. o: brand, secret, keyId, scheme, date, nonce,
// headers (extra/overriding; undefined removes), rawBody, sendParams (what goes on the wire if different).
function signed(method, path, params = {}, o = {}) {
  const { prefix, scheme } = BRANDS[o.brand ?? "authing"];
  const headers = {
    accept: "application/json",
    "content-type": "application/json",
    [`${prefix}signature-nonce`]: o.nonce ?? randomBytes(16).toString("hex"),
    [`${prefix}signature-method`]: "HMAC-SHA1",
    [`${prefix}signature-version`]: "1.0",
    [`${prefix}sdk-version`]: "emulator-tests:1.0.0",
    [`${prefix}lang`]: "zh-CN",
    date: o.date ?? new Date().toUTCString(),
    ...o.headers,
  };
  for (const k of Object.keys(headers)) if (headers[k] === undefined) delete headers[k];
  const signature = sign(o.secret ?? SECRET, buildStringToSign(method, path, headers, params, prefix));
  headers.authorization = `${o.scheme ?? scheme} ${o.keyId ?? KEY}:${signature}`;
  const wire = o.sendParams ?? params;
  return method === "GET"
    ? send("GET", path, { headers, query: wire })
    : send("POST", path, { headers, body: o.rawBody ?? JSON.stringify(wire) });
}

function bearer(method, path, params = {}, { token, brand = "genauth", pool = POOL, headers = {} } = {}) {
  const { prefix } = BRANDS[brand];
  const h = { "content-type": "application/json", authorization: `Bearer ${token}`, [`${prefix}userpool-id`]: pool, [`${prefix}sdk-version`]: "emulator-tests:1.0.0", ...headers };
  for (const k of Object.keys(h)) if (h[k] === undefined) delete h[k];
  return method === "GET" ? send("GET", path, { headers: h, query: params }) : send("POST", path, { headers: h, body: JSON.stringify(params) });
}

async function getToken(body = { accessKeyId: KEY, accessKeySecret: SECRET }) {
  return send("POST", "/api/v3/get-management-token", { headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

const remove = (userIds = [ZHANGSAN], extra = {}, o) =>
  signed("POST", "/api/v3/remove-department-members", { userIds, organizationCode: ORG, departmentId: DEV, departmentIdType: "department_id", ...extra }, o);

// Replays a captured request byte for byte (header names in their captured case, host excepted).
function rawRequest(method, path, headerPairs, body = "") {
  return new Promise((resolve, reject) => {
    const headers = {};
    for (const [k, v] of headerPairs) if (!/^(host|connection|accept-encoding)$/i.test(k)) headers[k] = v;
    const req = http.request(`${emu.url}${path}`, { method, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

const skewTo = (httpDate) => emu.fault({ kind: "skew", seconds: Math.round((Date.parse(httpDate) - Date.now()) / 1000) });
const authCode = async (p) => {
  const r = await p;
  assert.equal(r.status, 401, JSON.stringify(r.body));
  assert.equal(r.body.statusCode, 401);
  assert.match(r.body.requestId, /^[0-9a-f-]{36}$/);
  return r.body.apiCode;
};

// ---------------------------------------------------------------------------------------------
// signature algorithm against the captured vectors

for (const name of ["node-remove-department-members", "node-add-department-members", "node-get-department"]) {
  test(`string to sign and signature match the captured ${name}`, () => {
    const v = vector(name);
    const r = v.management_request;
    const headers = Object.fromEntries(r.headers);
    const params = r.method === "GET" ? Object.fromEntries(r.query) : r.body_json;
    const sts = buildStringToSign(r.method, r.path, headers, params, "x-authing-");
    assert.equal(sts, v.signature_check.string_to_sign);
    assert.equal(sign(SECRET, sts), v.signature_check.expected_signature);
    assert.equal(`authing ${KEY}:${sign(SECRET, sts)}`, headers.authorization);
  });
}

test("string to sign: value rules (objects, null, booleans, numbers, whitespace, undefined)", () => {
  const sts = buildStringToSign(
    "post",
    "/api/v3/x",
    { "X-GenAuth-Lang": " en-US\t", date: "d", "x-authing-ignored": "1", other: "no" },
    { b: true, a: [1, "x"], n: null, z: 1.5, u: undefined, o: { k: "v" }, s: "a b&c=d" },
    "x-genauth-",
  );
  assert.equal(sts, 'POST\ndate:d\nx-genauth-lang:en-US\n/api/v3/x?a=[1,"x"]&b=true&n=null&o={"k":"v"}&s=a b&c=d&z=1.5');
});

test("exact replay of the captured official requests is accepted once, then refused as a replay (1306)", async () => {
  for (const name of ["node-remove-department-members", "node-add-department-members", "node-get-department"]) {
    emu.reset();
    const r = vector(name).management_request;
    skewTo(Object.fromEntries(r.headers).date);
    const path = r.query_string ? `${r.path}?${r.query_string}` : r.path;
    const first = await rawRequest(r.method, path, r.headers, r.body_raw);
    assert.equal(first.status, 200, `${name}: ${JSON.stringify(first.body)}`);
    assert.equal(first.body.statusCode, 200);
    if (name === "node-remove-department-members") assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
    if (name === "node-get-department") assert.equal(first.body.data.name, "开发部");
    const again = await rawRequest(r.method, path, r.headers, r.body_raw);
    assert.equal(again.status, 401);
    assert.equal(again.body.apiCode, 1306);
  }
});

test("the three captured sequential calls (fresh nonce each) are all accepted", async () => {
  const base = vector("node-remove-department-members").management_request;
  const calls = vector("node-three-calls-no-token").requests;
  skewTo(calls[0].auth_headers.date);
  for (const c of calls) {
    const headers = base.headers.map(([k, v]) => [k, c.auth_headers[k.toLowerCase()] ?? v]);
    const res = await rawRequest("POST", c.path, headers, base.body_raw);
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  assert.equal(emu.state.counters.authFailures, 0);
});

test("captured requests re-signed with a current date and fresh nonce are accepted", async () => {
  for (const name of ["node-remove-department-members", "node-add-department-members", "node-get-department"]) {
    const r = vector(name).management_request;
    const headers = Object.fromEntries(r.headers.filter(([k]) => !/^(host|connection|content-length|accept-encoding|authorization)$/i.test(k)));
    headers.date = new Date().toUTCString();
    headers["x-authing-signature-nonce"] = randomBytes(16).toString("hex");
    const params = r.method === "GET" ? Object.fromEntries(r.query) : r.body_json;
    headers.authorization = `authing ${KEY}:${sign(SECRET, buildStringToSign(r.method, r.path, headers, params))}`;
    const res = await send(r.method, r.path + (r.query_string ? `?${r.query_string}` : ""), { headers, body: r.body_raw || undefined });
    assert.equal(res.status, 200, `${name}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body.statusCode, 200);
  }
});

test("the captured Python token flow replays: token request body, then the Bearer call with x-authing- headers", async () => {
  const v = vector("python-remove-department-members");
  const tok = await send("POST", v.token_request.path, { headers: { "content-type": "application/json" }, body: v.token_request.body_raw });
  assert.equal(tok.body.statusCode, 200);
  const headers = v.management_request.headers.map(([k, val]) => [k, k === "authorization" ? `Bearer ${tok.body.data.access_token}` : val]);
  const res = await rawRequest("POST", v.management_request.path, headers, v.management_request.body_raw);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.deepEqual(res.body.data, { success: true });
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal(emu.requests.at(-1).brand, "authing");
  assert.equal(emu.requests.at(-1).auth, "bearer");
});

// ---------------------------------------------------------------------------------------------
// signature errors

test("both brands are accepted and recorded", async () => {
  assert.equal((await remove([ZHANGSAN], {}, { brand: "authing" })).status, 200);
  assert.equal((await remove(["623c20b2a062aaaaf41b17db"], {}, { brand: "genauth" })).status, 200);
  assert.equal((await remove(["623c2211c7e1f09a3b5d8e21"], {}, { brand: "genauth", scheme: "genauth" })).status, 200);
  assert.deepEqual(emu.requests.map((r) => r.brand), ["authing", "genauth", "genauth"]);
  assert.deepEqual(emu.members(ORG, DEV), ["623c2211c7e1f09a3b5d8e22"]);
});

test("1300: wrong secret, unknown key, missing nonce, tampered body, unknown scheme, mixed prefixes", async () => {
  assert.equal(await authCode(remove([ZHANGSAN], {}, { secret: "wrong" })), 1300);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { keyId: "someone-else" })), 1300);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { headers: { "x-authing-signature-nonce": undefined } })), 1300);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { sendParams: { userIds: ["623c20b2a062aaaaf41b17db"], organizationCode: ORG, departmentId: DEV, departmentIdType: "department_id" } })), 1300);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { scheme: "hmac" })), 1300);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { brand: "genauth", headers: { "x-authing-lang": "zh-CN" } })), 1300);
  // the scheme word decides the brand: GenAuth with x-authing- headers is refused
  const crossed = await remove([ZHANGSAN], {}, { brand: "authing", scheme: "GenAuth" });
  assert.equal(crossed.body.apiCode, 1300);
  assert.match(crossed.body.message, /prefix/);
  // a header that is signed but changed in transit
  const r = await signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV }, { sendParams: { organizationCode: ORG, departmentId: "root" } });
  assert.equal(r.body.apiCode, 1300);
  assert.equal(emu.members(ORG, DEV).length, 4, "nothing was removed");
  assert.equal(emu.state.counters.authFailures, 8);
});

test("1301 signature method, 1302 version, 1303 bad date, 1304 missing date", async () => {
  assert.equal(await authCode(remove([ZHANGSAN], {}, { headers: { "x-authing-signature-method": "HMAC-SHA256" } })), 1301);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { headers: { "x-authing-signature-method": undefined } })), 1301);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { headers: { "x-authing-signature-version": "2.0" } })), 1302);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { date: "yesterday" })), 1303);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { date: new Date().toISOString() })), 1303);
  assert.equal(await authCode(remove([ZHANGSAN], {}, { headers: { date: undefined } })), 1304);
});

test("1305: date outside the skew window, and the server clock offset control", async () => {
  assert.equal(await authCode(remove([ZHANGSAN], {}, { date: new Date(Date.now() - 901_000).toUTCString() })), 1305);
  assert.equal((await remove([ZHANGSAN], {}, { date: new Date(Date.now() - 600_000).toUTCString() })).status, 200);
  emu.fault({ kind: "skew", seconds: 3600 });
  const r = await remove(["623c20b2a062aaaaf41b17db"]);
  assert.equal(r.body.apiCode, 1305);
  const serverDate = Date.parse(r.headers.get("date"));
  assert.ok(Math.abs(serverDate - (Date.now() + 3600_000)) < 5000, "the date header follows the server clock");
  // a client that corrects its clock from the server's date header gets through
  assert.equal((await remove(["623c20b2a062aaaaf41b17db"], {}, { date: new Date(serverDate).toUTCString() })).status, 200);
  await send("POST", "/__control/fault/clear");
  assert.equal(emu.config.clockOffsetSeconds, 0);
});

test("1306: a nonce is accepted once; failed signatures do not burn it", async () => {
  const nonce = randomBytes(16).toString("hex");
  assert.equal(await authCode(remove([ZHANGSAN], {}, { nonce, secret: "wrong" })), 1300);
  assert.equal((await remove([ZHANGSAN], {}, { nonce })).status, 200);
  assert.equal(await authCode(remove(["623c20b2a062aaaaf41b17db"], {}, { nonce })), 1306);
  assert.equal(await authCode(signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV }, { nonce })), 1306);
  assert.deepEqual(emu.members(ORG, DEV), ["623c20b2a062aaaaf41b17db", "623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22"]);
});

// ---------------------------------------------------------------------------------------------
// management token and Bearer

test("get-management-token issues a decodable JWT; Bearer calls work with either brand's headers", async () => {
  const t = await getToken();
  assert.equal(t.status, 200);
  assert.equal(t.body.statusCode, 200);
  assert.equal(t.body.message, "");
  assert.equal(t.body.data.expires_in, 7200);
  const parts = t.body.data.access_token.split(".");
  assert.equal(parts.length, 3);
  assert.deepEqual(JSON.parse(Buffer.from(parts[0], "base64url")), { alg: "HS256", typ: "JWT" });
  const payload = JSON.parse(Buffer.from(parts[1], "base64url"));
  assert.equal(payload.scoped_userpool_id, POOL);
  assert.equal(payload.exp - payload.iat, 7200);
  assert.ok(Math.abs(payload.iat - Date.now() / 1000) < 5);
  assert.equal(emu.state.counters.tokensIssued, 1);

  const token = t.body.data.access_token;
  const ids = await bearer("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV }, { token });
  assert.equal(ids.status, 200);
  assert.equal(ids.body.data.length, 4);
  const rm = await bearer("POST", "/api/v3/remove-department-members", { userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV }, { token, brand: "authing" });
  assert.deepEqual(rm.body.data, { success: true });
  assert.deepEqual(emu.requests.slice(1).map((r) => [r.brand, r.auth]), [["genauth", "bearer"], ["authing", "bearer"]]);
});

test("get-management-token with wrong credentials: HTTP 200, statusCode 401, apiCode 1002", async () => {
  for (const body of [{ accessKeyId: KEY, accessKeySecret: "nope" }, { accessKeyId: "x", accessKeySecret: SECRET }, {}]) {
    const r = await getToken(body);
    assert.equal(r.status, 200);
    assert.equal(r.body.statusCode, 401);
    assert.equal(r.body.apiCode, 1002);
    assert.equal(r.body.data, undefined);
  }
  assert.equal(emu.state.counters.tokensIssued, 0);
});

test("Bearer errors: unknown token 1001, userpool header missing or wrong 1003, expired 1001, revoked 1001", async () => {
  const { access_token: token } = emu.mintToken();
  const q = { organizationCode: ORG, departmentId: DEV };
  const path = "/api/v3/list-department-member-ids";
  assert.equal(await authCode(bearer("GET", path, q, { token: `${token}x` })), 1001);
  assert.equal(await authCode(bearer("GET", path, q, { token, pool: "000000000000000000000000" })), 1003);
  assert.equal(await authCode(bearer("GET", path, q, { token, headers: { "x-genauth-userpool-id": undefined, "x-genauth-sdk-version": undefined } })), 1003);
  assert.equal(await authCode(bearer("GET", path, q, { token, headers: { "x-authing-lang": "zh-CN" } })), 1001);
  assert.equal(await authCode(send("GET", path, { query: q })), 1001);
  assert.equal((await bearer("GET", path, q, { token })).status, 200);

  emu.fault({ kind: "skew", seconds: 7201 });
  assert.equal(await authCode(bearer("GET", path, q, { token })), 1001);
  emu.clearFaults();
  assert.equal((await bearer("GET", path, q, { token })).status, 200);

  const short = (await send("POST", "/__control/token", { body: JSON.stringify({ expiresIn: 1 }) })).body;
  assert.equal(short.expires_in, 1);
  assert.equal(short.userPoolId, POOL);
  await new Promise((r) => setTimeout(r, 1100));
  const expired = await bearer("GET", path, q, { token: short.access_token });
  assert.equal(expired.body.apiCode, 1001);
  assert.match(expired.body.message, /expired/);

  await send("POST", "/__control/fault", { body: JSON.stringify({ kind: "expireTokens" }) });
  assert.equal(await authCode(bearer("GET", path, q, { token })), 1001);
  assert.equal(emu.state.counters.tokensMinted, 2);
});

test("tokenExpiresIn follows the config control", async () => {
  await send("POST", "/__control/config", { body: JSON.stringify({ tokenExpiresIn: 2 }) });
  assert.equal((await getToken()).body.data.expires_in, 2);
  emu.reset();
  assert.equal((await getToken()).body.data.expires_in, 7200);
});

// ---------------------------------------------------------------------------------------------
// CORS and response headers

test("CORS preflight answers 204 with the requested headers", async () => {
  const reqHeaders = "authorization, content-type, x-genauth-userpool-id, x-genauth-sdk-version";
  const r = await send("OPTIONS", "/api/v3/remove-department-members", {
    headers: { origin: "http://localhost:8080", "access-control-request-method": "POST", "access-control-request-headers": reqHeaders },
  });
  assert.equal(r.status, 204);
  assert.equal(r.headers.get("access-control-allow-origin"), "http://localhost:8080");
  assert.match(r.headers.get("access-control-allow-methods"), /POST/);
  assert.equal(r.headers.get("access-control-allow-headers"), reqHeaders);
  assert.equal(r.headers.get("access-control-expose-headers"), "date, x-request-id, retry-after");
  assert.ok(Number(r.headers.get("access-control-max-age")) > 0);
  const plain = await send("OPTIONS", "/api/v3/get-department");
  assert.equal(plain.status, 204);
  assert.equal(plain.headers.get("access-control-allow-origin"), "*");
  assert.match(plain.headers.get("access-control-allow-headers"), /x-genauth-userpool-id/);
  assert.match(plain.headers.get("access-control-allow-headers"), /x-authing-signature-nonce/);
});

test("every response is JSON with date, x-request-id equal to the envelope's requestId, and CORS headers", async () => {
  const { access_token: token } = emu.mintToken();
  const responses = [
    await remove(),
    await remove([ZHANGSAN], {}, { secret: "bad" }),
    await send("GET", "/api/v3/nope"),
    await bearer("GET", "/api/v3/get-department", { organizationCode: ORG, departmentId: "root" }, { token, headers: { origin: "https://app.example.com" } }),
  ];
  for (const r of responses) {
    assert.equal(r.headers.get("content-type"), "application/json; charset=utf-8");
    assert.ok(!Number.isNaN(Date.parse(r.headers.get("date"))));
    assert.equal(r.headers.get("x-request-id"), r.body.requestId);
    assert.ok(r.headers.get("access-control-allow-origin"));
    assert.match(r.headers.get("access-control-expose-headers"), /x-request-id/);
  }
  assert.equal(responses[3].headers.get("access-control-allow-origin"), "https://app.example.com");
});

// ---------------------------------------------------------------------------------------------
// routes

test("remove-department-members: success envelope, state change, non-members ignored", async () => {
  const r = await remove([ZHANGSAN, "62a0f3e1b7c94d2e6f1a3b41", "ffffffffffffffffffffffff"]);
  assert.equal(r.status, 200);
  assert.equal(r.body.statusCode, 200);
  assert.equal(r.body.message, "");
  assert.equal(r.body.apiCode, 20001);
  assert.deepEqual(r.body.data, { success: true });
  assert.deepEqual(emu.members(ORG, DEV), ["623c20b2a062aaaaf41b17db", "623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22"]);
  assert.ok(emu.members("cloudharbor", CLOUDHARBOR.productDepartmentId).includes(ZHANGSAN), "other departments untouched");
});

test("remove-department-members: parameter validation (HTTP 200, statusCode 400, apiCode 2000)", async () => {
  const cases = [
    [{ organizationCode: 42 }, "organizationCode"],
    [{ departmentId: "" }, "departmentId"],
    [{ userIds: [] }, "userIds"],
    [{ userIds: "623c20b2a062aaaaf41b17da" }, "userIds"],
    [{ userIds: [""] }, "userIds"],
    [{ userIds: [42] }, "userIds"],
    [{ departmentIdType: "nickname" }, "departmentIdType"],
  ];
  for (const [extra, name] of cases) {
    const r = await signed("POST", "/api/v3/remove-department-members", { userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV, ...extra });
    assert.equal(r.status, 200);
    assert.equal(r.body.statusCode, 400, name);
    assert.equal(r.body.apiCode, 2000);
    assert.equal(r.body.message, `参数 ${name} 格式错误`);
  }
  const missing = await signed("POST", "/api/v3/remove-department-members", { organizationCode: ORG, departmentId: DEV });
  assert.equal(missing.body.message, "参数 userIds 格式错误");
  const unsupported = await remove([ZHANGSAN], { departmentIdType: "sync_relation" });
  assert.equal(unsupported.body.statusCode, 400);
  assert.equal(emu.members(ORG, DEV).length, 4);
});

test("remove-department-members: unknown organization and department give 404 envelopes", async () => {
  const org = await remove([ZHANGSAN], { organizationCode: "nosuchorg" });
  assert.equal(org.status, 200);
  assert.equal(org.body.statusCode, 404);
  assert.equal(org.body.apiCode, 2002);
  assert.equal(org.body.message, "organization not found for code: nosuchorg");
  // the official suite: an empty organizationCode is looked up like any other (removeDepartmentMembers › must be not empty)
  assert.equal((await remove([ZHANGSAN], { organizationCode: "" })).body.message, "organization not found for code: ");
  const dept = await remove([ZHANGSAN], { departmentId: "ffffffffffffffffffffffff" });
  assert.equal(dept.body.statusCode, 404);
  assert.equal(dept.body.apiCode, 2001);
  assert.match(dept.body.message, /部门不存在/);
  const otherOrg = await remove([ZHANGSAN], { departmentId: CLOUDHARBOR.productDepartmentId });
  assert.equal(otherOrg.body.statusCode, 404, "a department of another organization is not found");
  assert.equal(emu.members(ORG, DEV).length, 4);
});

test("departmentIdType open_department_id and code, and root", async () => {
  assert.equal((await remove([ZHANGSAN], { departmentId: "od-steamory-dev", departmentIdType: "open_department_id" })).body.statusCode, 200);
  assert.equal((await remove(["623c20b2a062aaaaf41b17db"], { departmentId: "dev", departmentIdType: "code" })).body.statusCode, 200);
  assert.equal((await remove(["6241a7d05c3e2b1f8a9c0d12"], { departmentId: "root" })).body.statusCode, 200);
  assert.equal((await remove([ZHANGSAN], { departmentId: "dev", departmentIdType: "department_id" })).body.statusCode, 404);
  assert.deepEqual(emu.members(ORG, DEV), ["623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22"]);
  assert.deepEqual(emu.members(ORG, "root"), []);
});

test("add-department-members: appends, keeps the set unique, refuses unknown users atomically", async () => {
  const add = (userIds, extra) => signed("POST", "/api/v3/add-department-members", { userIds, organizationCode: ORG, departmentId: DEV, ...extra });
  const ok = await add(["6241a7d05c3e2b1f8a9c0d11", ZHANGSAN, "6241a7d05c3e2b1f8a9c0d11"]);
  assert.deepEqual(ok.body.data, { success: true });
  assert.deepEqual(emu.members(ORG, DEV), [ZHANGSAN, "623c20b2a062aaaaf41b17db", "623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22", "6241a7d05c3e2b1f8a9c0d11"]);
  const unknown = await add(["6241a7d05c3e2b1f8a9c0d12", "ffffffffffffffffffffffff"]);
  assert.equal(unknown.body.statusCode, 404);
  assert.equal(unknown.body.apiCode, 2004);
  assert.ok(!emu.members(ORG, DEV).includes("6241a7d05c3e2b1f8a9c0d12"));
  assert.equal((await add([], {})).body.statusCode, 400);
  assert.equal((await add([ZHANGSAN], { organizationCode: "nosuchorg" })).body.statusCode, 404);
});

test("get-department: by id, root, departmentCode, open id; custom data; 404s", async () => {
  const get = (q) => signed("GET", "/api/v3/get-department", { organizationCode: ORG, ...q });
  const dev = (await get({ departmentId: DEV, departmentIdType: "department_id", withCustomData: false, flatCustomData: false })).body.data;
  assert.equal(dev.name, "开发部");
  assert.equal(dev.departmentId, DEV);
  assert.equal(dev.organizationCode, ORG);
  assert.equal(dev.parentDepartmentId, STEAMORY.rootDepartmentId);
  assert.equal(dev.code, "dev");
  assert.equal(dev.membersCount, 4);
  assert.equal(dev.hasChildren, true);
  assert.equal(dev.customData, undefined);
  const withData = (await get({ departmentId: DEV, withCustomData: true })).body.data;
  assert.deepEqual(withData.customData, { costCenter: "CC-1001", floor: 7 });
  assert.equal((await get({ departmentId: DEV, withCustomData: true, flatCustomData: true })).body.data.costCenter, "CC-1001");
  const root = (await get({ departmentId: "root" })).body.data;
  assert.equal(root.departmentId, STEAMORY.rootDepartmentId);
  assert.equal(root.name, "蒸汽记忆");
  assert.equal(root.parentDepartmentId, "");
  assert.equal((await get({ departmentCode: "dev-frontend" })).body.data.departmentId, STEAMORY.frontendDepartmentId);
  const front = (await get({ departmentId: "od-steamory-dev-frontend", departmentIdType: "open_department_id" })).body.data;
  assert.equal(front.parentDepartmentCode, "dev");
  assert.equal(front.hasChildren, false);
  assert.equal((await get({})).body.statusCode, 400);
  assert.equal((await get({ departmentId: "nope" })).body.statusCode, 404);
  assert.equal((await get({ departmentId: DEV, withCustomData: "maybe" })).body.statusCode, 400);
  assert.equal((await signed("GET", "/api/v3/get-department", { organizationCode: "zzz", departmentId: "root" })).body.message, "organization not found for code: zzz");
});

test("list-department-member-ids and list-department-members (paging, order, children, options)", async () => {
  const ids = await signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV, departmentIdType: "department_id" });
  assert.deepEqual(ids.body.data, emu.state.memberships[DEV]);
  const list = (q) => signed("GET", "/api/v3/list-department-members", { organizationCode: ORG, departmentId: DEV, ...q });
  const all = (await list({})).body.data;
  assert.equal(all.totalCount, 4);
  assert.deepEqual(all.list.map((u) => u.userId), [...emu.state.memberships[DEV]].reverse(), "default JoinDepartmentAt Desc");
  assert.equal(all.list.at(-1).name, "张三");
  assert.equal(all.list[0].departmentIds, undefined);
  const asc = (await list({ orderBy: "Asc", page: 2, limit: 3 })).body.data;
  assert.equal(asc.totalCount, 4);
  assert.deepEqual(asc.list.map((u) => u.userId), ["623c2211c7e1f09a3b5d8e22"]);
  const withChildren = (await list({ includeChildrenDepartments: true, limit: 50, withDepartmentIds: true, withCustomData: true, withIdentities: true })).body.data;
  assert.equal(withChildren.totalCount, 5, "zhaomin is in both departments but counted once");
  const zhao = withChildren.list.find((u) => u.userId === "623c2211c7e1f09a3b5d8e22");
  assert.deepEqual(zhao.departmentIds.sort(), [DEV, STEAMORY.frontendDepartmentId].sort());
  assert.deepEqual(zhao.identities, []);
  assert.deepEqual(zhao.customData, {});
  assert.equal((await list({ limit: 51 })).body.statusCode, 400);
  assert.equal((await list({ page: 0 })).body.statusCode, 400);
  assert.equal((await list({ sortBy: "name" })).body.statusCode, 400);
  const byId = (await list({ sortBy: "userId", orderBy: "Asc" })).body.data.list.map((u) => u.userId);
  assert.deepEqual(byId, [...byId].sort());
});

test("other reads: list-organizations, list-children-departments, get-parent-department, is-user-in-department, search-department-members", async () => {
  const orgs = (await signed("GET", "/api/v3/list-organizations", { page: 1, limit: 10 })).body.data;
  assert.equal(orgs.totalCount, 3, "steamory, cloudharbor and the user pool's own organization");
  const steamory = orgs.list.find((o) => o.organizationCode === ORG);
  assert.equal(steamory.organizationName, "蒸汽记忆");
  assert.equal(steamory.departmentId, STEAMORY.rootDepartmentId);
  assert.equal(steamory.hasChildren, true);
  assert.equal(steamory.membersCount, 6);
  const children = (await signed("GET", "/api/v3/list-children-departments", { organizationCode: ORG, departmentId: "root" })).body.data;
  assert.deepEqual(children.list.map((d) => d.name).sort(), ["市场部", "开发部"].sort());
  const parent = (await signed("GET", "/api/v3/get-parent-department", { organizationCode: ORG, departmentId: "dev-frontend", departmentIdType: "code" })).body.data;
  assert.equal(parent.departmentId, DEV);
  assert.equal((await signed("GET", "/api/v3/get-parent-department", { organizationCode: ORG, departmentId: "root" })).body.statusCode, 404);
  const inDept = (q) => signed("GET", "/api/v3/is-user-in-department", { organizationCode: ORG, userId: "6241a7d05c3e2b1f8a9c0d11", ...q });
  assert.equal((await inDept({ departmentId: DEV })).body.data.inDepartment, false);
  assert.equal((await inDept({ departmentId: DEV, includeChildrenDepartments: true })).body.data.inDepartment, true);
  assert.equal((await inDept({ departmentId: DEV, userId: "ffffffffffffffffffffffff" })).body.statusCode, 404);
  const found = (await signed("GET", "/api/v3/search-department-members", { organizationCode: ORG, departmentId: DEV, keywords: "LISI@" })).body.data;
  assert.deepEqual(found.list.map((u) => u.name), ["李四"]);
});

test("unknown route, wrong method, malformed JSON, oversized body", async () => {
  const r404 = await signed("POST", "/api/v3/no-such-call", {});
  assert.equal(r404.status, 404);
  assert.equal(r404.body.statusCode, 404);
  assert.equal(r404.body.message, "路由不存在");
  assert.equal((await send("GET", "/")).status, 404);
  assert.equal((await signed("GET", "/api/v3/remove-department-members", {})).status, 404);
  const bad = await signed("POST", "/api/v3/remove-department-members", {}, { rawBody: "{not json" });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.statusCode, 400);
  assert.equal(bad.body.apiCode, 2005);
  const big = await signed("POST", "/api/v3/remove-department-members", { userIds: ["x".repeat(1 << 20)] });
  assert.equal(big.status, 413);
});

// ---------------------------------------------------------------------------------------------
// organizations and departments: the write calls, and their effect on the read calls

const HEX24 = /^[0-9a-f]{24}$/;
const api = async (method, name, params = {}, o) => (await signed(method, `/api/v3/${name}`, params, o)).body;
async function ok(p) {
  const b = await p;
  assert.equal(b.statusCode, 200, JSON.stringify(b));
  assert.equal(b.apiCode, 20001);
  return b.data;
}
async function refused(p, statusCode, apiCode, message) {
  const b = await p;
  assert.equal(b.statusCode, statusCode, JSON.stringify(b));
  if (apiCode !== undefined) assert.equal(b.apiCode, apiCode, JSON.stringify(b));
  if (message instanceof RegExp) assert.match(b.message, message);
  else if (message !== undefined) assert.equal(b.message, message);
  assert.equal(b.data, undefined);
  return b;
}
const createOrg = (organizationCode, organizationName = organizationCode, extra = {}) =>
  api("POST", "create-organization", { organizationCode, organizationName, ...extra });
const createDept = (organizationCode, parentDepartmentId, name, extra = {}) =>
  ok(api("POST", "create-department", { organizationCode, parentDepartmentId, name, ...extra }));
const getDept = (organizationCode, departmentId, extra = {}) => api("GET", "get-department", { organizationCode, departmentId, ...extra });
const children = async (organizationCode, departmentId, extra = {}) =>
  (await ok(api("GET", "list-children-departments", { organizationCode, departmentId, ...extra }))).list.map((d) => d.name);
const addMembers = (organizationCode, departmentId, userIds) => ok(api("POST", "add-department-members", { organizationCode, departmentId, userIds }));

// acme: root > A (code a) > B (code b) > C (code c); root > V (code v, virtual). A's parent is given as
// `root`, B's by code, C's by open id, V's by id.
async function buildTree(org = "acme") {
  const o = await ok(createOrg(org, `${org} 有限公司`));
  const a = await createDept(org, "root", "研发中心", { code: "a", openDepartmentId: "od-a", customData: { costCenter: "CC-A" } });
  const b = await createDept(org, "a", "平台部", { code: "b", openDepartmentId: "od-b", departmentIdType: "code" });
  const c = await createDept(org, "od-b", "Platform Core", { code: "c", departmentIdType: "open_department_id" });
  const v = await createDept(org, o.departmentId, "虚拟项目组", { code: "v", isVirtualNode: true });
  return { org: o, root: o.departmentId, a: a.departmentId, b: b.departmentId, c: c.departmentId, v: v.departmentId };
}

test("create-organization: Organization model, new root department, visible through every read", async () => {
  const o = await ok(createOrg("acme", "Acme 科技", {
    description: "测试组织", openDepartmentId: "acme-root", postIdList: ["p1"], tenantId: "t-1",
    i18n: { organizationName: { "en-US": { enabled: true, value: "Acme Tech" } } },
  }));
  assert.equal(o.organizationCode, "acme");
  assert.equal(o.organizationName, "Acme 科技");
  assert.equal(o.description, "测试组织");
  assert.match(o.departmentId, HEX24);
  assert.equal(o.openDepartmentId, "acme-root");
  assert.equal(o.hasChildren, false);
  assert.equal(o.membersCount, 0);
  assert.equal(o.isVirtualNode, false);
  assert.deepEqual(o.leaderUserIds, []);
  assert.deepEqual(o.postIdList, ["p1"]);
  assert.equal(o.tenantId, "t-1");
  assert.equal(o.status, "Activated");
  assert.ok(!Number.isNaN(Date.parse(o.createdAt)) && !Number.isNaN(Date.parse(o.updatedAt)));
  assert.equal(emu.state.organizations.acme.departmentId, o.departmentId);

  const root = await ok(getDept("acme", "root"));
  assert.equal(root.departmentId, o.departmentId);
  assert.equal(root.name, "Acme 科技");
  assert.equal(root.parentDepartmentId, "");
  assert.equal(root.openDepartmentId, "acme-root");
  assert.deepEqual(root.i18n, { name: { "en-US": { enabled: true, value: "Acme Tech" } } });
  assert.equal((await ok(getDept("acme", "acme-root", { departmentIdType: "open_department_id" }))).departmentId, o.departmentId);
  const listed = await ok(api("GET", "list-organizations", { fetchAll: true }));
  assert.equal(listed.totalCount, 4);
  assert.deepEqual(listed.list.at(-1), o);
  assert.deepEqual((await ok(api("GET", "search-organizations", { keywords: "ACME" }))).list, [o]);
  assert.deepEqual(await ok(api("GET", "list-department-member-ids", { organizationCode: "acme", departmentId: "root" })), []);
});

test("create-organization: 400 for missing, empty or wrong-typed fields and bad codes; 409 for a taken code", async () => {
  const cases = [
    [{ organizationName: "x" }, "organizationCode"],
    [{ organizationCode: "x1" }, "organizationName"],
    [{ organizationCode: "x1", organizationName: "" }, "organizationName"],
    [{ organizationCode: "x1", organizationName: 42 }, "organizationName"],
    [{ organizationCode: ["x1"], organizationName: "x" }, "organizationCode"],
    [{ organizationCode: "x".repeat(65), organizationName: "x" }, "organizationCode"],
    [{ organizationCode: "x1", organizationName: "x", i18n: "en" }, "i18n"],
    [{ organizationCode: "x1", organizationName: "x", postIdList: "p1" }, "postIdList"],
  ];
  for (const [params, name] of cases)
    await refused(api("POST", "create-organization", params), 400, 2000, `参数 ${name} 格式错误`);
  await refused(createOrg("额！ "), 400, 2000, "invalid organization code: 额！ ");
  await refused(createOrg(" "), 400, 2000, "invalid organization code:  ");
  assert.equal((await ok(createOrg("x".repeat(64)))).organizationCode.length, 64);
  // the official suite: an empty code is accepted (createOrganization › must be not empty); one is generated
  const generated = await ok(createOrg("", "无编码"));
  assert.equal(generated.organizationCode, generated.departmentId);
  await refused(createOrg("steamory", "又一个"), 409, 2007, "组织机构代码已存在: steamory");
  assert.equal(emu.state.organizations.steamory.organizationName, "蒸汽记忆");
  assert.equal(Object.keys(emu.state.organizations).length, 5);
});

test("update-organization: fields, leaders, renaming the code moves it with its departments and members", async () => {
  const t = await buildTree();
  await addMembers("acme", t.b, [ZHANGSAN]);
  const u = await ok(api("POST", "update-organization", {
    organizationCode: "acme", organizationNewCode: "acme2", organizationName: "Acme 二代", description: "新描述",
    leaderUserIds: [ZHANGSAN], openDepartmentId: "acme2-root",
  }));
  assert.equal(u.organizationCode, "acme2");
  assert.equal(u.organizationName, "Acme 二代");
  assert.equal(u.description, "新描述");
  assert.deepEqual(u.leaderUserIds, [ZHANGSAN]);
  assert.equal(u.departmentId, t.root);
  assert.equal(u.hasChildren, true);
  assert.equal(u.membersCount, 1);
  assert.equal(emu.state.organizations.acme, undefined);
  assert.deepEqual(Object.keys(emu.state.organizations), ["steamory", "cloudharbor", "userpool", "acme2"], "keeps its place");
  await refused(getDept("acme", "root"), 404, 2002, "organization not found for code: acme");
  const root = await ok(getDept("acme2", "root"));
  assert.equal(root.name, "Acme 二代", "the root department follows the organization's name");
  assert.deepEqual(root.leaderUserIds, [ZHANGSAN]);
  assert.equal((await ok(getDept("acme2", "b", { departmentIdType: "code" }))).organizationCode, "acme2");
  assert.deepEqual(await ok(api("GET", "list-department-member-ids", { organizationCode: "acme2", departmentId: t.b })), [ZHANGSAN]);
  assert.equal((await ok(api("GET", "search-organizations", { keywords: "二代" }))).list[0].organizationCode, "acme2");

  // renaming the root department through update-department renames the organization
  await ok(api("POST", "update-department", { organizationCode: "acme2", departmentId: "root", name: "Acme 三代" }));
  assert.equal(emu.state.organizations.acme2.organizationName, "Acme 三代");
  // no new code, or the same code: no move
  assert.equal((await ok(api("POST", "update-organization", { organizationCode: "acme2", organizationNewCode: "acme2" }))).organizationCode, "acme2");
});

test("update-organization: 404 unknown, 409 taken code, 400 bad fields, 404 unknown leader; nothing changes on failure", async () => {
  await refused(api("POST", "update-organization", { organizationCode: "nope", organizationName: "x" }), 404, 2002, "organization not found for code: nope");
  await refused(api("POST", "update-organization", { organizationCode: ORG, organizationNewCode: "cloudharbor", organizationName: "x" }), 409, 2007);
  await refused(api("POST", "update-organization", { organizationName: "x" }), 400, 2000, "参数 organizationCode 格式错误");
  await refused(api("POST", "update-organization", { organizationCode: ORG, organizationNewCode: "额！ " }), 400, 2000, "invalid organization code: 额！ ");
  await refused(api("POST", "update-organization", { organizationCode: ORG, organizationNewCode: "1".repeat(100) }), 400, 2000, "参数 organizationNewCode 格式错误");
  await refused(api("POST", "update-organization", { organizationCode: ORG, leaderUserIds: "x" }), 400, 2000, "参数 leaderUserIds 格式错误");
  await refused(api("POST", "update-organization", { organizationCode: ORG, organizationName: "x", leaderUserIds: ["ffffffffffffffffffffffff"] }), 404, 2004);
  await refused(api("POST", "update-organization", { organizationCode: ORG, openDepartmentId: "od-steamory-dev" }), 409, 2008);
  assert.equal(emu.state.organizations.steamory.organizationName, "蒸汽记忆");
  assert.equal(emu.state.departments[STEAMORY.rootDepartmentId].name, "蒸汽记忆");
});

test("delete-organization: removes the organization, all its departments and memberships; 404 / 400", async () => {
  const before = Object.keys(emu.state.departments).length;
  assert.deepEqual(await ok(api("POST", "delete-organization", { organizationCode: ORG })), { success: true });
  assert.equal(emu.state.organizations.steamory, undefined);
  assert.equal(Object.values(emu.state.departments).filter((d) => d.organizationCode === ORG).length, 0);
  assert.equal(Object.keys(emu.state.departments).length, before - 4);
  assert.equal(emu.state.memberships[DEV], undefined);
  assert.ok(emu.state.users[ZHANGSAN], "users stay in the user pool");
  assert.equal(emu.members("cloudharbor", CLOUDHARBOR.productDepartmentId).length, 3, "the other organization is untouched");
  await refused(getDept(ORG, DEV), 404, 2002);
  assert.equal((await ok(api("GET", "list-organizations", {}))).totalCount, 2);
  await refused(api("POST", "delete-organization", { organizationCode: ORG }), 404, 2002, "organization not found for code: steamory");
  await refused(api("POST", "delete-organization", { organizationCode: "" }), 400, 2000, "参数 organizationCode 格式错误");
  await refused(api("POST", "delete-organization", { organizationCode: "1".repeat(100) }), 400, 2000, "参数 organizationCode 格式错误");
  // the code is free again
  assert.equal((await ok(createOrg(ORG, "新蒸汽"))).membersCount, 0);
});

test("list-organizations and search-organizations: paging, fetchAll, status, keyword match, 400s", async () => {
  for (let i = 1; i <= 12; i++) await ok(createOrg(`org-${String(i).padStart(2, "0")}`, `测试组织 ${i}`));
  const list = (q) => api("GET", "list-organizations", q);
  const p1 = await ok(list({ page: 1, limit: 10 }));
  assert.equal(p1.totalCount, 15);
  assert.equal(p1.list.length, 10);
  const p2 = await ok(list({ page: 2, limit: 10 }));
  assert.deepEqual(p2.list.map((o) => o.organizationCode), ["org-08", "org-09", "org-10", "org-11", "org-12"]);
  assert.equal((await ok(list({ page: 3 }))).list.length, 0);
  assert.equal((await ok(list({}))).list.length, 10, "limit defaults to 10");
  const all = await ok(list({ page: 1, limit: 1, fetchAll: true }));
  assert.equal(all.list.length, 15);
  assert.equal((await ok(list({ status: true }))).totalCount, 15);
  assert.equal((await ok(list({ status: false }))).totalCount, 0);
  const withData = await ok(list({ withCustomData: true, withPost: true }));
  assert.deepEqual(withData.list[0].customData, {});
  for (const [q, name] of [[{ page: -1 }, "page"], [{ page: 0 }, "page"], [{ page: "abc" }, "page"], [{ page: "1.5" }, "page"],
    [{ limit: 51 }, "limit"], [{ limit: -1 }, "limit"], [{ limit: 10000 }, "limit"], [{ fetchAll: "yes" }, "fetchAll"], [{ status: 1 }, "status"]])
    await refused(list(q), 400, 2000, `参数 ${name} 格式错误`);

  const search = (q) => api("GET", "search-organizations", q);
  const found = await ok(search({ keywords: "测试组织 1", limit: 2 }));
  assert.equal(found.totalCount, 4, "测试组织 1, 10, 11, 12");
  assert.equal(found.list.length, 2);
  assert.deepEqual((await ok(search({ keywords: "ORG-0", page: 5, limit: 2 }))).list.map((o) => o.organizationCode), ["org-09"]);
  assert.deepEqual((await ok(search({ keywords: "蒸汽" }))).list.map((o) => o.organizationCode), [ORG]);
  assert.equal((await ok(search({ keywords: "nothing-like-this" }))).totalCount, 0);
  await refused(search({}), 400, 2000, "参数 keywords 格式错误");
  await refused(search({ keywords: "" }), 400, 2000, "参数 keywords 格式错误");
  await refused(search({ keywords: "org", limit: 51 }), 400, 2000, "参数 limit 格式错误");
});

test("create-department: under root, by id, by parent code or open id; the Department model; visible through the reads", async () => {
  const t = await buildTree();
  const a = await ok(getDept("acme", t.a, { withCustomData: true }));
  assert.match(a.departmentId, HEX24);
  assert.equal(a.organizationCode, "acme");
  assert.equal(a.name, "研发中心");
  assert.equal(a.code, "a");
  assert.equal(a.openDepartmentId, "od-a");
  assert.equal(a.parentDepartmentId, t.root);
  assert.equal(a.parentDepartmentCode, "");
  assert.equal(a.membersCount, 0);
  assert.equal(a.hasChildren, true);
  assert.equal(a.isVirtualNode, false);
  assert.equal(a.status, true);
  assert.equal(a.description, "");
  assert.deepEqual(a.leaderUserIds, []);
  assert.deepEqual(a.postIdList, []);
  assert.deepEqual(a.customData, { costCenter: "CC-A" });
  assert.ok(a.createdAt && a.updatedAt);
  const b = await ok(getDept("acme", t.b));
  assert.equal(b.parentDepartmentId, t.a, "departmentIdType=code named the parent");
  assert.equal(b.parentDepartmentCode, "a");
  assert.equal((await ok(getDept("acme", t.c))).parentDepartmentId, t.b);
  assert.equal((await ok(getDept("acme", t.v))).isVirtualNode, true);
  assert.deepEqual(await children("acme", "root"), ["研发中心", "虚拟项目组"]);
  assert.deepEqual(await children("acme", "a", { departmentIdType: "code" }), ["平台部"]);
  assert.equal((await ok(getDept("acme", "root"))).hasChildren, true);
  assert.equal((await ok(api("GET", "get-parent-department", { organizationCode: "acme", departmentId: t.c }))).departmentId, t.b);
  assert.deepEqual((await ok(api("POST", "search-departments", { organizationCode: "acme", keywords: "platform" }))).map((d) => d.departmentId), [t.c]);
  assert.equal((await ok(api("GET", "list-organizations", { fetchAll: true }))).list.find((o) => o.organizationCode === "acme").hasChildren, true);
  // i18n and the rest are stored as given
  const i18n = { name: { "en-US": { enabled: true, value: "Sales" } } };
  const s = await createDept(ORG, "root", "销售部", { i18n, description: "卖货", postIdList: ["p1"], metadata: { any: 1 } });
  assert.deepEqual(s.i18n, i18n);
  assert.equal(s.description, "卖货");
  assert.deepEqual(s.postIdList, ["p1"]);
  assert.equal(s.metadata, undefined);
});

test("create-department: 400 missing or wrong-typed fields, 404 unknown organization or parent, 409 taken code or open id", async () => {
  const create = (extra) => api("POST", "create-department", { organizationCode: ORG, parentDepartmentId: "root", name: "新部门", ...extra });
  for (const [extra, name] of [
    [{ organizationCode: undefined }, "organizationCode"], [{ name: "" }, "name"], [{ name: 7 }, "name"],
    [{ parentDepartmentId: undefined }, "parentDepartmentId"], [{ isVirtualNode: "maybe" }, "isVirtualNode"],
    [{ customData: [1] }, "customData"], [{ code: "c".repeat(65) }, "code"], [{ departmentIdType: "nope" }, "departmentIdType"],
  ]) await refused(create(extra), 400, 2000, `参数 ${name} 格式错误`);
  await refused(create({ code: "额！ " }), 400, 2000, "invalid organization code: 额！ ");
  await refused(create({ organizationCode: "nope" }), 404, 2002, "organization not found for code: nope");
  await refused(create({ parentDepartmentId: "ffffffffffffffffffffffff" }), 404, 2001);
  await refused(create({ parentDepartmentId: CLOUDHARBOR.productDepartmentId }), 404, 2001, /部门不存在/);
  await refused(create({ parentDepartmentId: "nope", departmentIdType: "code" }), 404, 2001);
  await refused(create({ code: "dev" }), 409, 2008, /已存在部门 code: dev/);
  await refused(create({ openDepartmentId: "od-steamory-dev" }), 409, 2008, /已存在部门 openDepartmentId/);
  assert.equal(Object.keys(emu.state.departments).length, 7, "nothing was created");
  // the same code in another organization is fine
  assert.equal((await createDept("cloudharbor", "root", "开发", { code: "dev" })).code, "dev");
});

test("update-department: fields, custom data merge, status, leaders, code; each visible through the reads", async () => {
  const t = await buildTree();
  const u = await ok(api("POST", "update-department", {
    organizationCode: "acme", departmentId: t.a, name: "研发中心（新）", description: "desc", code: "a2",
    leaderUserIds: [ZHANGSAN], customData: { floor: 3 }, i18n: { name: { "en-US": { enabled: true, value: "R&D" } } },
  }));
  assert.equal(u.name, "研发中心（新）");
  assert.equal(u.code, "a2");
  assert.deepEqual(u.leaderUserIds, [ZHANGSAN]);
  assert.deepEqual(u.customData, { costCenter: "CC-A", floor: 3 });
  assert.ok(u.updatedAt >= u.createdAt);
  assert.equal((await ok(getDept("acme", "a2", { departmentIdType: "code" }))).departmentId, t.a);
  await refused(getDept("acme", "a", { departmentIdType: "code" }), 404, 2001);
  assert.equal((await ok(getDept("acme", t.b))).parentDepartmentCode, "a2");
  assert.deepEqual((await ok(api("POST", "search-departments", { organizationCode: "acme", keywords: "（新）" }))).map((d) => d.code), ["a2"]);

  await ok(api("POST", "update-department", { organizationCode: "acme", departmentId: t.v, status: false }));
  assert.deepEqual(await children("acme", "root"), ["研发中心（新）", "虚拟项目组"]);
  assert.deepEqual(await children("acme", "root", { status: true }), ["研发中心（新）"]);
  assert.deepEqual(await children("acme", "root", { status: false }), ["虚拟项目组"]);
  assert.equal((await ok(getDept("acme", t.v))).status, false);

  const update = (extra) => api("POST", "update-department", { organizationCode: "acme", departmentId: t.b, ...extra });
  await refused(update({ code: "a2" }), 409, 2008);
  await refused(update({ leaderUserIds: ["ffffffffffffffffffffffff"] }), 404, 2004);
  await refused(update({ departmentId: "ffffffffffffffffffffffff" }), 404, 2001);
  await refused(update({ organizationCode: "nope" }), 404, 2002);
  await refused(update({ departmentId: undefined }), 400, 2000, "参数 departmentId 格式错误");
  await refused(update({ status: "off" }), 400, 2000, "参数 status 格式错误");
  await refused(update({ code: " " }), 400, 2000, "invalid organization code:  ");
  assert.equal(emu.state.departments[t.b].code, "b", "nothing changed");
});

test("update-department: moving a department (and its subtree); refusing cycles and moving the root", async () => {
  const t = await buildTree();
  await addMembers("acme", t.c, [ZHANGSAN]);
  const moved = await ok(api("POST", "update-department", { organizationCode: "acme", departmentId: t.b, parentDepartmentId: "root" }));
  assert.equal(moved.parentDepartmentId, t.root);
  assert.deepEqual(await children("acme", "root"), ["研发中心", "平台部", "虚拟项目组"]);
  assert.deepEqual(await children("acme", t.a), []);
  assert.equal((await ok(getDept("acme", t.a))).hasChildren, false);
  assert.equal((await ok(api("GET", "get-parent-department", { organizationCode: "acme", departmentId: t.b }))).departmentId, t.root);
  assert.equal((await ok(api("GET", "get-parent-department", { organizationCode: "acme", departmentId: t.c }))).departmentId, t.b, "the subtree came along");
  const inA = (q) => ok(api("GET", "is-user-in-department", { organizationCode: "acme", departmentId: t.a, userId: ZHANGSAN, includeChildrenDepartments: true, ...q }));
  assert.deepEqual(await inA(), { inDepartment: false });
  assert.deepEqual(await inA({ departmentId: t.b }), { inDepartment: true });

  // parentDepartmentId is read with the same departmentIdType as departmentId
  await ok(api("POST", "update-department", { organizationCode: "acme", departmentId: "b", parentDepartmentId: "v", departmentIdType: "code" }));
  assert.equal(emu.state.departments[t.b].parentDepartmentId, t.v);

  const move = (departmentId, parentDepartmentId) => api("POST", "update-department", { organizationCode: "acme", departmentId, parentDepartmentId });
  await refused(move(t.b, t.b), 422, 2010, /不能移动到自身或其子部门下/);
  await refused(move(t.v, t.c), 422, 2010);
  await refused(move("root", t.a), 422, 2009, "根部门不能移动");
  await refused(move(t.b, "ffffffffffffffffffffffff"), 404, 2001);
  await refused(move(t.b, STEAMORY.devDepartmentId), 404, 2001, /部门不存在/);
  assert.equal(emu.state.departments[t.b].parentDepartmentId, t.v, "nothing moved");
  // the same parent again is not a move
  assert.equal((await ok(move(t.b, t.v))).parentDepartmentId, t.v);
});

test("delete-department: the whole subtree and its memberships go; the root cannot be deleted", async () => {
  const t = await buildTree();
  const users = emu.addUsers(3);
  await addMembers("acme", t.a, [users[0]]);
  await addMembers("acme", t.b, [users[1]]);
  await addMembers("acme", t.c, [users[2], users[0]]);
  assert.equal((await ok(api("GET", "list-organizations", { fetchAll: true }))).list.at(-1).membersCount, 3);
  assert.deepEqual(await ok(api("POST", "delete-department", { organizationCode: "acme", departmentId: "b", departmentIdType: "code" })), { success: true });
  for (const id of [t.b, t.c]) {
    await refused(getDept("acme", id), 404, 2001);
    assert.equal(emu.state.departments[id], undefined);
    assert.equal(emu.state.memberships[id], undefined);
  }
  assert.deepEqual(emu.members("acme", t.a), [users[0]]);
  assert.equal((await ok(getDept("acme", t.a))).hasChildren, false);
  assert.equal((await ok(api("GET", "list-organizations", { fetchAll: true }))).list.at(-1).membersCount, 1);
  assert.equal((await ok(api("GET", "list-department-members", { organizationCode: "acme", departmentId: "root", includeChildrenDepartments: true }))).totalCount, 1);
  assert.ok(emu.state.users[users[1]], "users stay in the user pool");
  await refused(api("POST", "delete-department", { organizationCode: "acme", departmentId: t.b }), 404, 2001);
  await refused(api("POST", "delete-department", { organizationCode: "acme", departmentId: "root" }), 422, 2009, "根部门不能删除");
  await refused(api("POST", "delete-department", { organizationCode: "acme", departmentId: t.root }), 422, 2009);
  await refused(api("POST", "delete-department", { organizationCode: "nope", departmentId: t.a }), 404, 2002);
  await refused(api("POST", "delete-department", { organizationCode: "acme" }), 400, 2000, "参数 departmentId 格式错误");
  assert.ok(emu.state.departments[t.a]);
});

test("search-departments: name or code, case-insensitive, root left out, custom data on request; 400 / 404", async () => {
  const t = await buildTree();
  const search = (keywords, extra) => api("POST", "search-departments", { organizationCode: "acme", keywords, ...extra });
  assert.deepEqual((await ok(search("PLATFORM"))).map((d) => d.departmentId), [t.c]);
  assert.deepEqual((await ok(search("部"))).map((d) => d.departmentId), [t.b]);
  assert.deepEqual((await ok(search("v"))).map((d) => d.code), ["v"]);
  assert.deepEqual(await ok(search("有限公司")), [], "the root department is the organization");
  const withData = await ok(search("研发", { withCustomData: true }));
  assert.deepEqual(withData[0].customData, { costCenter: "CC-A" });
  assert.equal((await ok(search("研发")))[0].customData, undefined);
  assert.deepEqual((await ok(api("POST", "search-departments", { organizationCode: ORG, keywords: "DEV" }))).map((d) => d.code).sort(), ["dev", "dev-frontend"]);
  await refused(search(""), 400, 2000, "参数 keywords 格式错误");
  await refused(api("POST", "search-departments", { keywords: "x" }), 400, 2000, "参数 organizationCode 格式错误");
  await refused(search("x", { organizationCode: "额！ " }), 404, 2002, "organization not found for code: 额！ ");
});

test("search-departments-list: a Department[] page, sorting, advancedFilter; 400s", async () => {
  const t = await buildTree();
  const list = (extra) => api("POST", "search-departments-list", { organizationCode: "acme", ...extra });
  const all = await ok(list({}));
  assert.ok(Array.isArray(all));
  assert.deepEqual(all.map((d) => d.departmentId), [t.a, t.b, t.c, t.v]);
  assert.deepEqual((await ok(list({ page: 2, limit: 3 }))).map((d) => d.departmentId), [t.v]);
  assert.deepEqual((await ok(list({ page: 1, limit: 2 }))).map((d) => d.departmentId), [t.a, t.b]);
  await new Promise((r) => setTimeout(r, 5));
  await ok(api("POST", "update-department", { organizationCode: "acme", departmentId: t.b, description: "touched" }));
  assert.equal((await ok(list({ sortBy: "updatedAt", orderBy: "DESC" })))[0].departmentId, t.b);
  const byName = await ok(list({ sort: [{ field: "name", order: "asc" }] }));
  assert.deepEqual(byName.map((d) => d.name), [...byName.map((d) => d.name)].sort((x, y) => x.localeCompare(y)));
  const f = (advancedFilter) => list({ advancedFilter });
  assert.deepEqual((await ok(f([{ field: "isVirtualNode", operator: "EQUAL", value: true }]))).map((d) => d.code), ["v"]);
  assert.deepEqual((await ok(f([{ field: "code", operator: "IN", value: ["a", "c"] }]))).map((d) => d.code), ["a", "c"]);
  assert.deepEqual((await ok(f([{ field: "name", operator: "CONTAINS", value: "core" }]))).map((d) => d.code), ["c"]);
  assert.deepEqual((await ok(f([{ field: "costCenter", operator: "EQUAL", value: "CC-A" }]))).map((d) => d.code), ["a"], "customData fields");
  assert.equal((await ok(list({ withCustomData: true })))[0].customData.costCenter, "CC-A");
  await refused(f([{ field: "name", operator: "LIKE", value: "x" }]), 400, 2000, "参数 advancedFilter 格式错误");
  await refused(f({ field: "name" }), 400, 2000, "参数 advancedFilter 格式错误");
  await refused(list({ sortBy: "name" }), 400, 2000, "参数 sortBy 格式错误");
  await refused(list({ orderBy: "desc" }), 400, 2000, "参数 orderBy 格式错误");
  await refused(list({ limit: 51 }), 400, 2000, "参数 limit 格式错误");
  await refused(list({ organizationCode: "nope" }), 404, 2002);
});

test("list-children-departments: direct children only; excludeVirtualNode, onlyVirtualNode", async () => {
  const t = await buildTree();
  const r = await ok(api("GET", "list-children-departments", { organizationCode: "acme", departmentId: "root" }));
  assert.equal(r.totalCount, 2);
  assert.deepEqual(r.list.map((d) => d.departmentId), [t.a, t.v]);
  assert.deepEqual(await children("acme", "root", { excludeVirtualNode: true }), ["研发中心"]);
  assert.deepEqual(await children("acme", "root", { onlyVirtualNode: true }), ["虚拟项目组"]);
  assert.deepEqual(await children("acme", "root", { excludeVirtualNode: false, onlyVirtualNode: false }), ["研发中心", "虚拟项目组"]);
  assert.deepEqual(await children("acme", t.c), []);
  await refused(api("GET", "list-children-departments", { organizationCode: "acme", departmentId: "nope" }), 404, 2001);
  await refused(api("GET", "list-children-departments", { organizationCode: "acme", departmentId: t.a, onlyVirtualNode: "1" }), 400, 2000);
});

test("list-department-members with 500 members: paging, limit at most 50, subtree once per user, sorting, departmentIds", async () => {
  const t = await buildTree();
  const ids = emu.addUsers(500);
  assert.equal(new Set(ids).size, 500);
  await addMembers("acme", t.a, ids.slice(0, 300));
  await addMembers("acme", t.b, ids.slice(250, 500)); // 50 in both
  const list = (q) => api("GET", "list-department-members", { organizationCode: "acme", departmentId: t.a, ...q });
  const first = await ok(list({}));
  assert.equal(first.totalCount, 300);
  assert.equal(first.list.length, 10, "limit defaults to 10");
  assert.deepEqual(first.list.map((u) => u.userId), ids.slice(290, 300).reverse(), "last joined first by default");
  const seen = [];
  for (let page = 1; page <= 7; page++) {
    const r = await ok(list({ page, limit: 50, orderBy: "Asc" }));
    assert.equal(r.totalCount, 300);
    assert.equal(r.list.length, page <= 6 ? 50 : 0);
    seen.push(...r.list.map((u) => u.userId));
  }
  assert.deepEqual(seen, ids.slice(0, 300));
  await refused(list({ limit: 51 }), 400, 2000, "参数 limit 格式错误");
  await refused(list({ page: "abc" }), 400, 2000, "参数 page 格式错误");
  await refused(list({ limit: "ten" }), 400, 2000, "参数 limit 格式错误");
  await refused(list({ page: 0 }), 400, 2000, "参数 page 格式错误");
  await refused(list({ includeChildrenDepartments: "yes" }), 400, 2000, "参数 includeChildrenDepartments 格式错误");

  const sub = await ok(list({ includeChildrenDepartments: true, limit: 50, page: 10, orderBy: "Asc", withDepartmentIds: true }));
  assert.equal(sub.totalCount, 500, "each user once");
  assert.deepEqual(sub.list.map((u) => u.userId), ids.slice(450, 500));
  for (const u of sub.list) assert.deepEqual(u.departmentIds, [t.b]);
  const both = (await ok(list({ includeChildrenDepartments: true, limit: 50, page: 6, orderBy: "Asc", withDepartmentIds: true }))).list;
  assert.deepEqual(both[0].departmentIds.sort(), [t.a, t.b].sort());
  const root = await ok(list({ departmentId: "root", includeChildrenDepartments: true }));
  assert.equal(root.totalCount, 500);
  assert.equal((await ok(list({ departmentId: "root" }))).totalCount, 0, "no direct members at the root");
  const byCreated = (await ok(list({ sortBy: "createAt", orderBy: "Desc", limit: 3 }))).list.map((u) => u.userId);
  assert.deepEqual(byCreated, [ids[299], ids[298], ids[297]]);
  assert.equal((await ok(getDept("acme", t.a))).membersCount, 300);
  assert.equal((await ok(api("GET", "list-organizations", { fetchAll: true }))).list.at(-1).membersCount, 500);
  assert.deepEqual(await ok(api("GET", "list-department-member-ids", { organizationCode: "acme", departmentId: t.b })), ids.slice(250));
});

test("search-department-members, is-user-in-department, add (no-op for members) and remove on a built tree", async () => {
  const t = await buildTree();
  const ids = emu.addUsers(60, "qa");
  await addMembers("acme", t.a, ids.slice(0, 30));
  await addMembers("acme", t.c, ids.slice(30));
  await addMembers("acme", t.a, ids.slice(0, 5)); // already members: nothing changes
  assert.equal(emu.members("acme", t.a).length, 30);
  const u = emu.state.users[ids[42]];
  const search = (q) => api("GET", "search-department-members", { organizationCode: "acme", departmentId: t.a, ...q });
  assert.equal((await ok(search({ keywords: u.username }))).totalCount, 0, "not a direct member");
  const found = await ok(search({ keywords: u.username, includeChildrenDepartments: true }));
  assert.deepEqual(found.list.map((x) => x.userId), [ids[42]]);
  assert.equal((await ok(search({ keywords: u.email.toUpperCase(), includeChildrenDepartments: true }))).list[0].userId, ids[42]);
  assert.equal((await ok(search({ keywords: u.phone, includeChildrenDepartments: true }))).list[0].userId, ids[42]);
  const qa = await ok(search({ keywords: "QA", includeChildrenDepartments: true, limit: 50, page: 2 }));
  assert.equal(qa.totalCount, 60);
  assert.equal(qa.list.length, 10);
  await refused(search({}), 400, 2000, "参数 keywords 格式错误");
  await refused(search({ keywords: "qa", limit: 100 }), 400, 2000, "参数 limit 格式错误");
  await refused(search({ keywords: "qa", departmentId: "nope" }), 404, 2001);

  const inDept = (departmentId, q) => ok(api("GET", "is-user-in-department", { organizationCode: "acme", departmentId, userId: ids[42], ...q }));
  assert.deepEqual(await inDept(t.a), { inDepartment: false });
  assert.deepEqual(await inDept(t.a, { includeChildrenDepartments: true }), { inDepartment: true });
  assert.deepEqual(await inDept("root", { includeChildrenDepartments: true }), { inDepartment: true });
  assert.deepEqual(await inDept(t.c), { inDepartment: true });
  await refused(api("GET", "is-user-in-department", { organizationCode: "acme", departmentId: t.c }), 400, 2000, "参数 userId 格式错误");

  await refused(api("POST", "add-department-members", { organizationCode: "acme", departmentId: t.b, userIds: [ids[0], "ffffffffffffffffffffffff"] }), 404, 2004);
  assert.deepEqual(emu.members("acme", t.b), [], "nothing added");
  await ok(api("POST", "remove-department-members", { organizationCode: "acme", departmentId: t.c, userIds: [ids[42]] }));
  assert.deepEqual(await inDept("root", { includeChildrenDepartments: true }), { inDepartment: false });
  assert.equal((await ok(getDept("acme", t.c))).membersCount, 29);
});

test("control: POST /__control/users and emu.addUsers create realistic users", async () => {
  const r = await send("POST", "/__control/users", { body: JSON.stringify({ count: 3, prefix: "bulk" }) });
  assert.equal(r.status, 200);
  assert.equal(r.body.userIds.length, 3);
  const users = r.body.userIds.map((id) => emu.state.users[id]);
  assert.deepEqual(users.map((u) => u.username), ["bulk1", "bulk2", "bulk3"]);
  for (const u of users) {
    assert.match(u.userId, HEX24);
    assert.match(u.name, /^\p{Script=Han}{2,3}$/u);
    assert.equal(u.email, `${u.username}@example.com`);
    assert.match(u.phone, /^1\d{10}$/);
    assert.equal(u.status, "Activated");
  }
  const more = emu.addUsers(2);
  assert.deepEqual(more.map((id) => emu.state.users[id].username), ["user4", "user5"]);
  assert.equal(emu.state.counters.usersCreated, 5);
  assert.equal(Object.keys(emu.state.users).length, 14);
  assert.equal((await send("POST", "/__control/users", { body: JSON.stringify({ count: 0 }) })).status, 400);
  assert.equal((await send("POST", "/__control/users", { body: JSON.stringify({ count: "5" }) })).status, 400);
  assert.equal((await send("POST", "/__control/users", { body: JSON.stringify({}) })).status, 400);
  assert.throws(() => emu.addUsers(1.5), /count/);
  emu.reset();
  assert.equal(Object.keys(emu.state.users).length, 9);
  assert.equal(emu.state.counters.usersCreated, 0);
});

test("the request log keeps the raw query string as sent", async () => {
  await signed("GET", "/api/v3/search-organizations", { keywords: "a+b c&d", page: 1 });
  assert.equal(emu.requests.at(-1).rawQuery, "keywords=a%2Bb+c%26d&page=1");
  assert.deepEqual(emu.requests.at(-1).query, { keywords: "a+b c&d", page: "1" });
  assert.equal(emu.requests.at(-1).status, 200);
});

// ---------------------------------------------------------------------------------------------
// faults

const fault = (spec) => send("POST", "/__control/fault", { body: JSON.stringify(spec) });

test("fault delay: waits, then answers normally", async () => {
  await fault({ kind: "delay", ms: 300, path: "/api/v3/remove-department-members" });
  const t0 = Date.now();
  const r = await remove();
  assert.ok(Date.now() - t0 >= 290);
  assert.equal(r.body.statusCode, 200);
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal(emu.requests.at(-1).fault, "delay");
});

test("fault status: JSON envelope or text/html, counted, path-filtered, operation not performed", async () => {
  await fault({ kind: "status", status: 500, count: 2, path: "/api/v3/remove-department-members" });
  const other = await signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV });
  assert.equal(other.status, 200, "another path is not affected");
  for (let i = 0; i < 2; i++) {
    const r = await remove();
    assert.equal(r.status, 500);
    assert.equal(r.body.statusCode, 500);
    assert.equal(typeof r.body.message, "string");
  }
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal((await remove()).status, 200, "the third call is normal");
  await fault({ kind: "status", status: 503, envelope: false });
  const html = await signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: DEV });
  assert.equal(html.status, 503);
  assert.match(html.headers.get("content-type"), /^text\/html/);
  assert.match(html.text, /^<html>/);
});

test("fault nonjson: HTTP 200 with an HTML body", async () => {
  await fault({ kind: "nonjson" });
  const r = await remove();
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-type"), /^text\/html/);
  assert.equal(r.text, "<html><body>502 Bad Gateway</body></html>");
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
});

test("fault throttle: 429 envelope, HTTP 200 by default or httpStatus, retry-after", async () => {
  await fault({ kind: "throttle" });
  const a = await remove();
  assert.equal(a.status, 200);
  assert.equal(a.body.statusCode, 429);
  assert.equal(a.body.apiCode, 429);
  assert.equal(a.body.message, "too many requests");
  assert.equal(a.headers.get("retry-after"), null);
  await fault({ kind: "throttle", httpStatus: 429, retryAfter: 2 });
  const b = await remove();
  assert.equal(b.status, 429);
  assert.equal(b.body.statusCode, 429);
  assert.equal(b.headers.get("retry-after"), "2");
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal((await remove()).body.statusCode, 200);
});

test("fault drop: socket destroyed before (nothing done) or after (done) the operation", async () => {
  await fault({ kind: "drop" });
  await assert.rejects(remove());
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  await fault({ kind: "drop", after: true });
  await assert.rejects(remove());
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal(emu.requests.at(-1).status, 0);
  assert.equal((await remove(["623c20b2a062aaaaf41b17db"])).status, 200);
});

test("fault truncate: the call is performed, half of the JSON arrives", async () => {
  await fault({ kind: "truncate" });
  const r = await remove();
  assert.equal(r.status, 200);
  assert.equal(r.body, undefined, "not parseable");
  assert.ok(r.text.startsWith('{"statusCode":200'));
  assert.equal(Number(r.headers.get("content-length")), Buffer.byteLength(r.text));
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
});

test("fault control validation and clearing", async () => {
  const bad = await fault({ kind: "explode" });
  assert.equal(bad.status, 400);
  assert.match(bad.body.error, /kind/);
  await fault({ kind: "status", status: 502, count: 5 });
  assert.equal((await send("GET", "/__control/state")).body.faults.length, 1);
  await send("POST", "/__control/fault/clear");
  assert.equal((await remove()).status, 200);
});

// ---------------------------------------------------------------------------------------------
// control API

test("control: state, members, requests log with redaction, clear", async () => {
  await remove();
  const state = (await send("GET", "/__control/state")).body;
  assert.equal(state.userPoolId, POOL);
  assert.equal(state.organizations.steamory.organizationName, "蒸汽记忆");
  assert.equal(state.departments[DEV].name, "开发部");
  assert.equal(Object.keys(state.users).length, 9);
  assert.ok(!state.memberships[DEV].includes(ZHANGSAN));
  assert.equal(state.counters.requests, 1);
  const m = await send("GET", "/__control/members", { query: { organizationCode: ORG, departmentId: DEV } });
  assert.deepEqual(m.body.userIds, emu.state.memberships[DEV]);
  assert.equal((await send("GET", "/__control/members", { query: { organizationCode: "nope", departmentId: DEV } })).status, 404);
  const log = (await send("GET", "/__control/requests")).body;
  assert.equal(log.length, 1);
  assert.equal(log[0].method, "POST");
  assert.equal(log[0].path, "/api/v3/remove-department-members");
  assert.equal(log[0].headers.authorization, "authing …");
  assert.deepEqual(log[0].body.userIds, [ZHANGSAN]);
  assert.equal(log[0].status, 200);
  assert.equal(typeof log[0].t, "number");
  await signed("GET", "/api/v3/list-department-member-ids", { organizationCode: ORG, departmentId: "root" });
  assert.deepEqual(emu.requests.at(-1).query, { organizationCode: ORG, departmentId: "root" });
  await send("POST", "/__control/requests/clear");
  assert.equal((await send("GET", "/__control/requests")).body.length, 0);
  assert.equal((await send("GET", "/__control/nope")).status, 404);
});

test("control: reset to the default seed or to a given seed; seed()", async () => {
  await remove();
  await send("POST", "/__control/reset");
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  const custom = {
    organizations: [{ organizationCode: "tiny", organizationName: "Tiny", departmentId: "aaaaaaaaaaaaaaaaaaaaaaaa" }],
    departments: [{ departmentId: "bbbbbbbbbbbbbbbbbbbbbbbb", organizationCode: "tiny", parentDepartmentId: "aaaaaaaaaaaaaaaaaaaaaaaa", name: "One" }],
    users: [{ userId: "cccccccccccccccccccccccc", name: "C" }],
    memberships: { bbbbbbbbbbbbbbbbbbbbbbbb: ["cccccccccccccccccccccccc"] },
  };
  assert.equal((await send("POST", "/__control/reset", { body: JSON.stringify({ seed: custom }) })).status, 200);
  assert.deepEqual(emu.members("tiny", "bbbbbbbbbbbbbbbbbbbbbbbb"), ["cccccccccccccccccccccccc"]);
  assert.equal(emu.state.organizations.steamory, undefined);
  const r = await signed("POST", "/api/v3/remove-department-members", { userIds: ["cccccccccccccccccccccccc"], organizationCode: "tiny", departmentId: "bbbbbbbbbbbbbbbbbbbbbbbb" });
  assert.equal(r.body.statusCode, 200);
  assert.deepEqual(emu.members("tiny", "bbbbbbbbbbbbbbbbbbbbbbbb"), []);
  const broken = await send("POST", "/__control/reset", { body: JSON.stringify({ seed: { departments: [{ departmentId: "x", organizationCode: "none" }] } }) });
  assert.equal(broken.status, 400);
  emu.seed(defaultSeed());
  assert.equal(emu.state.organizations.steamory.organizationName, "蒸汽记忆");
});

test("default seed is realistic", () => {
  const s = defaultSeed();
  assert.equal(s.organizations.length, 3);
  assert.ok(s.users.length >= 8);
  for (const u of s.users) assert.match(u.userId, /^[0-9a-f]{24}$/);
  assert.ok(s.users.some((u) => u.userId === ZHANGSAN));
  assert.ok(s.memberships[DEV].length >= 3);
  const child = s.departments.find((d) => d.parentDepartmentId === DEV);
  assert.ok(child);
});

// ---------------------------------------------------------------------------------------------
// lifecycle

test("close() ends keep-alive connections promptly", async () => {
  const e = await startEmulator({ quiet: true });
  const agent = new http.Agent({ keepAlive: true });
  await new Promise((resolve, reject) =>
    http.get(`${e.url}/__control/state`, { agent }, (res) => res.resume().on("end", resolve)).on("error", reject));
  const t0 = Date.now();
  await e.close();
  assert.ok(Date.now() - t0 < 1000);
  agent.destroy();
});

test("cli.mjs prints its URL as one JSON line and exits when stdin closes", async () => {
  const cli = fileURLToPath(new URL("../../emulator/cli.mjs", import.meta.url));
  const child = spawn(process.execPath, [cli, "--port", "0", "--exit-on-stdin-close"], { stdio: ["pipe", "pipe", "inherit"] });
  const line = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (c) => {
      out += c;
      if (out.includes("\n")) resolve(out.split("\n")[0]);
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`exited early with ${code}`)));
  });
  const { url } = JSON.parse(line);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const state = await (await fetch(`${url}/__control/state`)).json();
  assert.equal(state.organizations.steamory.departmentId, STEAMORY.rootDepartmentId);
  const exited = new Promise((resolve) => child.on("exit", resolve));
  child.stdin.end();
  assert.equal(await exited, 0);
});

// ---------------------------------------------------------------------------------------------
// Languages, seeds, cross-area consistency

test("messages come in Chinese by default and in English when the request asks for en-US, under either brand", async () => {
  const params = { organizationCode: "no-such-org", departmentId: "root" };
  const zh = await signed("GET", "/api/v3/get-department", params);
  assert.equal(zh.body.statusCode, 404);
  assert.equal(zh.body.message, "organization not found for code: no-such-org");
  const badZh = await signed("GET", "/api/v3/get-department", { organizationCode: ORG, departmentId: "root", withCustomData: "maybe" });
  assert.equal(badZh.body.message, "参数 withCustomData 格式错误");
  for (const brand of ["authing", "genauth"]) {
    const badEn = await signed("GET", "/api/v3/get-department", { organizationCode: ORG, departmentId: "root", withCustomData: "maybe" }, { brand, headers: { [`${BRANDS[brand].prefix}lang`]: "en-US" } });
    assert.equal(badEn.body.statusCode, 400);
    assert.equal(badEn.body.message, "Parameter withCustomData is malformed", brand);
  }
  const routeEn = await signed("POST", "/api/v3/no-such-call", {}, { headers: { "x-authing-lang": "en-US" } });
  assert.equal(routeEn.status, 404);
  assert.equal(routeEn.body.message, "route not found");
});

test("a seed given as a JSON file's path is read, and reset() returns to it rather than to the demo data", async () => {
  const file = fileURLToPath(new URL("../../target/emulator-seed.json", import.meta.url));
  const { mkdirSync, writeFileSync } = await import("node:fs");
  mkdirSync(fileURLToPath(new URL("../../target/", import.meta.url)), { recursive: true });
  writeFileSync(file, JSON.stringify({ users: [{ userId: "6390a5c1f3b2d4e5a6b7c8d9", username: "seeded" }] }));
  const own = await startEmulator({ seed: file });
  try {
    assert.deepEqual(Object.keys(own.state.users), ["6390a5c1f3b2d4e5a6b7c8d9"]);
    assert.deepEqual(Object.keys(own.state.organizations), []);
    own.addUsers(3);
    assert.equal(Object.keys(own.state.users).length, 4);
    own.reset();
    assert.deepEqual(Object.keys(own.state.users), ["6390a5c1f3b2d4e5a6b7c8d9"]);
  } finally {
    await own.close();
  }
  await assert.rejects(startEmulator({ seed: [] }), /seed must be an object/);
  await assert.rejects(startEmulator({ host: "0.0.0.0" }), /127\.0\.0\.1 only/);
});

test("a deleted user leaves every department it was a member of; the departments stay", async () => {
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  const before = Object.keys(emu.state.departments).length;
  const r = await signed("POST", "/api/v3/delete-users-batch", { userIds: [ZHANGSAN] });
  assert.equal(r.body.statusCode, 200, JSON.stringify(r.body));
  assert.equal(emu.state.users[ZHANGSAN], undefined);
  for (const ids of Object.values(emu.state.memberships)) assert.ok(!ids.includes(ZHANGSAN));
  assert.equal(Object.keys(emu.state.departments).length, before);
});

test("a deleted department's members keep their other memberships", async () => {
  const other = Object.entries(emu.state.memberships).find(([d, ids]) => d !== DEV && ids.includes(ZHANGSAN));
  assert.ok(other, "the seed has ZHANGSAN in a second department");
  const r = await signed("POST", "/api/v3/delete-department", { organizationCode: ORG, departmentId: DEV });
  assert.equal(r.body.statusCode, 200, JSON.stringify(r.body));
  assert.ok(emu.state.users[ZHANGSAN]);
  assert.ok(emu.state.memberships[other[0]].includes(ZHANGSAN));
});
