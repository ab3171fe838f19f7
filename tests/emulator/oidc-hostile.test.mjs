// The protocol endpoints (oidc.mjs) and the /api/v3/ authentication calls (auth.mjs) given hostile
// and careless input in every field, header and encoding: never a 500, never a hang, nothing leaks
// onto Object.prototype. Each request starts from a valid one (so the checks past the first are
// reached) with one field replaced.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEmulator, DEFAULT_APP } from "../../emulator/index.mjs";
import { AUTH_ROUTES } from "../../emulator/areas/auth.mjs";

let emu;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());

const APP = DEFAULT_APP.appId;
const SECRET = DEFAULT_APP.appSecret;
const CB = "http://127.0.0.1:4557/cb";
const PASSWORD = "Passw0rd!";
const deep = (n) => (n ? { a: deep(n - 1) } : "x");
const VALUES = [
  undefined, null, "", " ", "额！ ", "__proto__", "constructor", "a".repeat(10_000), "\u0000\r\n", "%", "%E0%A4%A", "a#b", "javascript:alert(1)",
  "http://127.0.0.1:1/x#y", "http://[::1", -1, 0, 1.5, 1e308, true, [], [null], ["a", "b"], [{}], {}, { __proto__: { polluted: 1 } },
  { constructor: { prototype: { polluted: 1 } } }, deep(60), Array.from({ length: 2000 }, (_, i) => `id${i}`),
];
const text = (v) => (typeof v === "string" ? v : JSON.stringify(v) ?? "");

const bad = [];
let sent = 0;
async function send(method, path, { query = {}, form, json, headers = {} } = {}) {
  const url = new URL(path, emu.url);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.append(k, text(v));
  let body;
  const h = { ...headers };
  if (form) body = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== undefined).map(([k, v]) => [k, text(v)]));
  if (json !== undefined) {
    body = typeof json === "string" ? json : JSON.stringify(json);
    h["content-type"] ??= "application/json";
  }
  sent++;
  let r;
  try {
    r = await fetch(url, { method, headers: h, body, redirect: "manual", signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    bad.push(`${method} ${path}: ${e.name} ${e.message}`.slice(0, 200));
    return;
  }
  const out = await r.text();
  let status = r.status;
  if (/json/.test(r.headers.get("content-type") ?? "")) {
    try {
      const j = JSON.parse(out);
      if (typeof j?.statusCode === "number" && j.statusCode >= 500) status = j.statusCode;
    } catch {
      bad.push(`${method} ${path}: a JSON content-type with a body that is not JSON`);
    }
  }
  if (status >= 500 && status !== 431) bad.push(`${method} ${path} ${url.search.slice(0, 60)} ${String(body ?? "").slice(0, 60)}: ${status} ${out.slice(0, 80)}`);
}

async function freshCode(extra = {}) {
  const q = new URLSearchParams({ client_id: APP, redirect_uri: CB, response_type: "code", scope: "openid offline_access", state: "s", nonce: "n", ...extra });
  const r = await fetch(`${emu.url}/oidc/auth?${q}`, { method: "POST", body: new URLSearchParams({ account: "zhangsan", password: PASSWORD }), redirect: "manual" });
  return new URL(r.headers.get("location")).searchParams.get("code");
}
async function tokens() {
  const r = await fetch(`${emu.url}/oidc/token`, { method: "POST", body: new URLSearchParams({ client_id: APP, client_secret: SECRET, grant_type: "authorization_code", code: await freshCode(), redirect_uri: CB }) });
  return r.json();
}

const AUTHORIZE = ["client_id", "redirect_uri", "response_type", "response_mode", "scope", "state", "nonce", "prompt", "max_age", "login_hint", "ui_locales", "code_challenge", "code_challenge_method"];
const authorizeBase = { client_id: APP, redirect_uri: CB, response_type: "code", scope: "openid profile", state: "s", nonce: "n" };

test("the protocol endpoints never answer 500 nor hang, whatever their parameters, headers and bodies hold", async () => {
  // One field at a time, in the query (GET) or the form and a JSON body (POST), over a valid request.
  const cases = [];
  cases.push(["GET", "/oidc/auth", "query", authorizeBase, AUTHORIZE]);
  cases.push(["GET", "/oauth/auth", "query", { ...authorizeBase, scope: "user" }, AUTHORIZE]);
  cases.push(["POST", "/oidc/auth", "form", { account: "zhangsan", password: PASSWORD }, ["account", "password", ...AUTHORIZE]]);
  cases.push(["POST", "/cas-idp/" + APP, "form", { account: "zhangsan", password: PASSWORD }, ["account", "password"]]);
  cases.push(["GET", "/cas-idp/" + APP, "query", { service: CB }, ["service", "lang"]]);
  for (const p of ["validate", "serviceValidate"]) cases.push(["GET", `/cas-idp/${APP}/${p}`, "query", { service: CB, ticket: "ST-x", format: "XML" }, ["service", "ticket", "format"]]);
  cases.push(["GET", "/cas-idp/logout", "query", { url: "http://127.0.0.1/" }, ["url"]]);
  cases.push(["GET", "/oidc/session/end", "query", { post_logout_redirect_uri: "http://127.0.0.1/", client_id: APP, state: "s" }, ["id_token_hint", "post_logout_redirect_uri", "state", "client_id", "ui_locales"]]);
  const client = { client_id: APP, client_secret: SECRET };
  const grants = {
    authorization_code: { code: "c", redirect_uri: CB, code_verifier: "v".repeat(43) },
    refresh_token: { refresh_token: "r", scope: "openid" },
    client_credentials: { scope: "a b" },
    password: { username: "zhangsan", password: PASSWORD, scope: "openid" },
  };
  for (const [grant, extra] of Object.entries(grants))
    for (const enc of ["form", "json"]) cases.push(["POST", "/oidc/token", enc, { ...client, grant_type: grant, ...extra }, ["client_id", "client_secret", "grant_type", ...Object.keys(extra)]]);
  for (const p of ["/oidc/token/revocation", "/oidc/token/introspection", "/oauth/token/introspection"])
    for (const enc of ["form", "json"]) cases.push(["POST", p, enc, { ...client, token: "t", token_type_hint: "access_token" }, ["client_id", "client_secret", "token", "token_type_hint"]]);
  cases.push(["GET", "/oidc/me", "query", { access_token: "t" }, ["access_token"]]);
  cases.push(["POST", "/oidc/me", "json", { access_token: "t" }, ["access_token"]]);

  for (const [method, path, enc, base, fields] of cases) {
    emu.reset();
    // Real codes and tokens in the base where the endpoint takes them, so the later checks run.
    const t = await tokens();
    const real = { ...base };
    if (real.code) real.code = await freshCode();
    if (real.refresh_token) real.refresh_token = t.refresh_token;
    if (real.token) real.token = t.access_token;
    if (real.access_token) real.access_token = t.access_token;
    if (path === "/oidc/session/end") real.id_token_hint = t.id_token;
    for (const f of fields)
      for (const v of VALUES) {
        const params = { ...real, [f]: v };
        if (enc === "query") await send(method, path, { query: params });
        else if (enc === "form") await send(method, path, path.endsWith("/auth") ? { query: authorizeBase, form: params } : { form: params });
        else await send(method, path, { json: params });
      }
  }

  // Headers: client credentials, bearer tokens, cookies, hosts, content types; bodies that are not what they say.
  const t = await tokens();
  const AUTHZ = ["Basic", "Basic !!!", `Basic ${Buffer.from("no-colon").toString("base64")}`, `Basic ${Buffer.from(`${APP}:%E0%A4%A`).toString("base64")}`,
    `Basic ${Buffer.from("__proto__:x").toString("base64")}`, "Bearer", "Bearer a b", `Bearer ${"x".repeat(20_000)}`, `Bearer ${t.id_token}`, "x.y.z", "a.b", "..", "é"];
  for (const authorization of AUTHZ) {
    await send("POST", "/oidc/token", { form: { grant_type: "client_credentials" }, headers: { authorization } });
    await send("POST", "/oidc/token/introspection", { form: { token: t.access_token }, headers: { authorization } });
    await send("GET", "/oidc/me", { headers: { authorization } });
  }
  for (const cookie of ["genauth_emu_sid", "genauth_emu_sid=", "genauth_emu_sid=__proto__", `genauth_emu_sid=${"x".repeat(4000)}`, ";;;=;", "a=b; genauth_emu_sid=constructor"])
    await send("GET", "/oidc/auth", { query: authorizeBase, headers: { cookie } });
  for (const host of ["", "localhost", "localhost:99999999", "[::1]:1", "evil.example:80", "127.0.0.1:0"])
    await send("GET", "/oidc/.well-known/openid-configuration", { headers: { host } });
  for (const [type, body] of [["application/json", "{"], ["application/json", "[1,2]"], ["application/json", "null"], ["application/json", '"x"'], ["application/json", '{"a":{"b":1}}'],
    ["text/plain", "grant_type=password"], ["application/x-www-form-urlencoded", "%%%&&&==="], ["multipart/form-data", "--x"]])
    for (const path of ["/oidc/token", "/oidc/auth", "/oidc/me", "/oidc/token/revocation"])
      await send("POST", path, { json: body, headers: { "content-type": type } });
  // Paths and methods.
  for (const path of ["/cas-idp/%E0%A4%A", "/cas-idp/%E0%A4%A/validate", "/cas-idp/__proto__/serviceValidate", "/cas-idp/constructor", "/oidc/", "/oidc/token/", "/oauth/session/end"])
    await send("GET", path);
  for (const method of ["PUT", "DELETE", "PATCH"]) for (const path of ["/oidc/token", "/oidc/auth", "/oidc/.well-known/jwks.json"]) await send(method, path);
  // A body over 1 MiB.
  await send("POST", "/oidc/token", { form: { grant_type: "password", username: "x".repeat(1_100_000) } });

  assert.equal(Object.prototype.polluted, undefined);
  assert.deepEqual(bad.slice(0, 30), [], `${bad.length} of ${sent} requests answered 500 or hung`);
  assert.ok(sent > 3000, `${sent} requests sent`);
  console.log(`${sent} requests to the protocol endpoints`);
});

// Each authentication call: a valid body (or query), then each field (and nested field) replaced.
const BASES = {
  "/api/v3/signin": { connection: "PASSWORD", passwordPayload: { account: "zhangsan", password: PASSWORD }, options: { scope: "openid" }, client_id: APP, client_secret: SECRET },
  "/api/v3/signup": { connection: "PASSWORD", passwordPayload: { username: "fresh", password: "x" }, profile: { nickname: "n" }, options: {} },
  "/api/v3/update-profile": { nickname: "n" },
  "/api/v3/update-password": { oldPassword: PASSWORD, newPassword: PASSWORD },
  "/api/v3/send-sms": { channel: "CHANNEL_LOGIN", phoneNumber: "13800138001", phoneCountryCode: "+86" },
  "/api/v3/send-email": { channel: "CHANNEL_LOGIN", email: "a@example.com" },
  "/api/v3/bind-email": { email: "new@example.com", passCode: "123456" },
  "/api/v3/bind-phone": { phoneNumber: "13000000000", phoneCountryCode: "+86", passCode: "123456" },
  "/api/v3/unbind-email": { passCode: "123456" },
  "/api/v3/unbind-phone": { passCode: "123456" },
  "/api/v3/check-permission-string-resource": { resources: ["a"], action: "read" },
  "/api/v3/check-permission-array-resource": { resources: ["a"], action: "read" },
  "/api/v3/check-permission-tree-resource": { resources: ["a/b"], action: "read" },
  "/api/v3/get-user-auth-resource-permission-list": { resources: ["a"] },
  "/api/v3/get-user-auth-resource-struct": { resource: "a" },
  "/api/v3/get-profile": { withCustomData: "true", withIdentities: "true", withDepartmentIds: "true" },
  "/api/v3/get-my-role-list": { namespace: "default" },
  "/api/v3/get-my-department-list": { page: "1", limit: "10", withCustomData: "true", sortBy: "JoinDepartmentAt", orderBy: "Desc" },
  "/api/v3/get-my-authorized-resources": { namespace: "default", resourceType: "API" },
  "/api/v3/get-my-login-history": { appId: APP, clientIp: "127.0.0.1", success: "true", start: "0", end: "9999999999999", page: "1", limit: "10" },
};
const NESTED = {
  "/api/v3/signin": ["passwordPayload.account", "passwordPayload.email", "passwordPayload.username", "passwordPayload.phone", "passwordPayload.password",
    "passCodePayload", "passCodePayload.passCode", "passCodePayload.email", "passCodePayload.phone", "options.scope", "options.autoRegister", "options.passwordEncryptType"],
  "/api/v3/signup": ["passwordPayload.username", "passwordPayload.email", "passwordPayload.password", "passCodePayload.passCode", "passCodePayload.phone",
    "profile.gender", "profile.email", "profile.phone", "profile.customData", "profile.locality", "profile.birthdate", "options.passwordEncryptType", "options.passwordForPhonePassCode"],
};
const PASSCODE_BASES = {
  "/api/v3/signin": { connection: "PASSCODE", passCodePayload: { phone: "13800138001", passCode: "123456" }, options: { autoRegister: true } },
  "/api/v3/signup": { connection: "PASSCODE", passCodePayload: { email: "code@example.com", passCode: "123456" } },
};
const EXTRA_FIELDS = ["__proto__", "constructor", "name", "email", "phone", "status", "customData", "password", "userId"];

function withField(base, path, v) {
  const out = structuredClone(base);
  const keys = path.split(".");
  let node = out;
  for (const k of keys.slice(0, -1)) {
    if (node[k] === null || typeof node[k] !== "object") node[k] = {};
    node = node[k];
  }
  Object.defineProperty(node, keys.at(-1), { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

test("the authentication calls never answer 500 nor hang, with or without a token, whatever their fields hold", async () => {
  const sentBefore = sent, badBefore = bad.length;
  const paths = Object.keys(AUTH_ROUTES);
  assert.ok(paths.length >= 25, `${paths.length} authentication calls`);
  for (const path of paths) {
    const { method } = AUTH_ROUTES[path];
    const variants = [BASES[path] ?? {}, ...(PASSCODE_BASES[path] ? [PASSCODE_BASES[path]] : [])];
    for (const base of variants) {
      const fields = [...new Set([...Object.keys(base), ...(NESTED[path] ?? []), ...EXTRA_FIELDS])];
      // One token per call (a changed password or profile leaves it valid).
      emu.reset();
      const token = (await tokens()).access_token;
      const headers = { "x-authing-app-id": APP, authorization: token };
      for (const field of fields) {
        for (const v of VALUES) {
          const params = withField(base, field, v);
          if (method === "GET") await send("GET", path, { query: params, headers });
          else await send(method, path, { json: params, headers });
        }
      }
      // Whole bodies that are not objects; no token; odd tokens and app ids.
      for (const body of [null, "x", [1], 5, {}]) await send(method, path, method === "GET" ? { headers: { "x-authing-app-id": APP } } : { json: body, headers: { "x-authing-app-id": APP } });
      for (const headers of [{}, { "x-authing-app-id": "__proto__", authorization: "x" }, { "x-authing-app-id": "constructor" }, { "x-authing-app-id": APP, authorization: "Bearer" },
        { "x-authing-app-id": APP, authorization: "a.b.c" }, { "x-authing-app-id": APP, authorization: `Basic ${Buffer.from(":").toString("base64")}` },
        { "x-genauth-app-id": APP, "x-authing-app-id": "other" }, { "x-authing-app-id": "x".repeat(5000) }])
        await send(method, path, method === "GET" ? { query: base, headers } : { json: base, headers });
    }
  }
  assert.equal(Object.prototype.polluted, undefined);
  assert.deepEqual(bad.slice(badBefore, badBefore + 30), [], `${bad.length - badBefore} of ${sent - sentBefore} requests answered 500 or hung`);
  assert.ok(sent - sentBefore > 5000, `${sent - sentBefore} requests sent`);
  console.log(`${sent - sentBefore} requests to the authentication calls`);
});
