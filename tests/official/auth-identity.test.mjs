// Request-for-request identity with the official AuthenticationClient: every call of
// src/auth-api.txt, every sign-in and sign-up wrapper and the protocol requests, made through
// authing-node-sdk 4.0.1 and through this package with the same arguments, against one recording
// loopback server, under each tokenEndPointAuthMethod, with a user access token set and not.
// Compared: method, path, query (the decoded pairs, in order), body bytes and the headers that
// carry meaning (x-authing-app-id, authorization, content-type). The differences that are
// deliberate are listed below with their reason; a listed difference that no longer exists fails
// too. Run: node --test tests/official/auth-identity.test.mjs (after `make pkg`).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { AUTH_CALLS, paramsFor } from "../api/auth-table.mjs";
import { NOT_ROWS } from "../../tools/auth-methods.mjs";
import { recorder } from "./recorder.mjs";

const require = createRequire(import.meta.url);
const official = require("authing-node-sdk");
const ours = require("../../pkg/auth-node/index.js");

const APP_ID = "identity-app-id";
const APP_SECRET = "identity-app-secret-0123456789";
const USER_TOKEN = "identity-user-access-token";
const REDIRECT = "https://app.example/callback?x=1";
const METHODS = ["client_secret_post", "client_secret_basic", "none"];
const KEYS = ["method", "path", "query", "body", "appId", "authorization", "contentType"];

// A POST that sends nothing: axios (the official client) labels its empty body
// application/x-www-form-urlencoded; this package sends no body and so no content-type. The
// calls whose row sends no field in a POST (`POST?` with no fields) and the POST userinfo
// requests that carry the token outside the body; nothing else may differ in them.
const EMPTY_BODY =
  "contentType: the official client (axios) labels the empty body of a POST that sends nothing application/x-www-form-urlencoded; this package sends no body and no content-type";
const emptyBody = (a, b) => a.body === "" && b.body === "" && a.contentType === "application/x-www-form-urlencoded" && b.contentType === undefined;
const EMPTY_POST_CALLS = AUTH_CALLS.filter((c) => c.method === "POST" && c.query && !c.fields.length).map((c) => c.name);
/** The differences left once the empty-body rule has explained what it explains. */
const unexplained = (a, b, diffs) => (emptyBody(a, b) ? diffs.filter((k) => k !== "contentType") : diffs);

const PLACEHOLDER = "path: the official client sends the placeholder of its path (`{credentialId}`) itself, percent-encoded; this package puts the argument in the path";
// Differences on purpose, call (or request) → the keys that differ and why.
export const DELIBERATE = {
  removeCredential: { keys: ["path"], why: PLACEHOLDER },
  updateWebAuthnAdminCredential: { keys: ["path"], why: PLACEHOLDER },
  deleteWebAuthnAdminCredential: { keys: ["path"], why: PLACEHOLDER },
  updateWebAuthnCredential: { keys: ["path"], why: PLACEHOLDER },
  deleteWebAuthnCredential: { keys: ["path"], why: PLACEHOLDER },
  pub: { keys: ["body"], why: "body.source: the official client names itself (`authing-node-sdk: 4.0.1`), this package names itself" },
};
// Calls the official client refuses before sending: compared where it sends.
const OFFICIAL_REFUSES = {
  pub: (cfg) => !cfg.token && "the official pub throws `accessToken 为必填项` without an access token, sending nothing; this package sends and the server answers",
};

let rec;
before(async () => {
  rec = await recorder((r) => {
    const path = r.rawUrl.split("?")[0];
    if (path.endsWith("/validate")) return { type: "text/plain", body: "yes\nuser-1\n" };
    if (/^\/(oidc|oauth)\/token$/.test(path)) return { body: JSON.stringify({ access_token: "a", id_token: "i", refresh_token: "r", expires_in: 3600, token_type: "Bearer" }) };
    if (/^\/(oidc|oauth)\//.test(path) || path.startsWith("/cas-idp/")) return { body: JSON.stringify({ active: true, sub: "user-1" }) };
    return undefined;
  });
});
after(() => rec.close());

/** The configurations: each token endpoint auth method, with a user access token and without. */
const CONFIGS = METHODS.flatMap((method) => [false, true].map((token) => ({ method, token, name: `${method}${token ? " + access token" : ""}` })));

function clients(cfg, extra = {}) {
  const options = {
    appId: APP_ID,
    appHost: rec.url,
    redirectUri: REDIRECT,
    tokenEndPointAuthMethod: cfg.method,
    introspectionEndPointAuthMethod: cfg.method,
    revocationEndPointAuthMethod: cfg.method,
    ...(cfg.method !== "none" && { appSecret: APP_SECRET }),
    ...(cfg.token && { accessToken: USER_TOKEN }),
    ...extra,
  };
  return {
    off: new official.AuthenticationClient({ ...options }),
    ours: new ours.AuthenticationClient({ ...options, brand: "authing", maxRetries: 0 }),
  };
}

/** One recorded request as the comparison sees it. */
function view(r) {
  const u = new URL(r.rawUrl, "http://x");
  return {
    method: r.method,
    path: u.pathname,
    query: [...u.searchParams],
    body: r.text,
    appId: r.headers["x-authing-app-id"],
    authorization: r.headers.authorization,
    contentType: r.headers["content-type"],
  };
}
const differing = (a, b) => KEYS.filter((k) => !isDeepStrictEqual(a[k], b[k]));

/** The official method's arguments for a row's params. */
function argsFor(call, params) {
  if (call.positional) {
    const fields = new Set(call.fields.map((f) => f.name));
    const body = Object.fromEntries(Object.entries(params).filter(([k]) => !call.positional.includes(k)));
    // An argument the official method takes and does not send (verifyMfaToken's formData).
    return call.positional.map((a) => (a === "requestBody" ? body : fields.has(a) ? params[a] : { token: "mfa-token-1" }));
  }
  return call.fields.length || call.bodyModel ? [params] : [];
}

/** Both clients make `fn`'s request; the two views, or why the official client made none. */
async function pair(off, ours, fn) {
  const a = view(await rec.record(() => fn(off)));
  const b = view(await rec.record(() => fn(ours)));
  return { a, b, diffs: differing(a, b) };
}

test("every call of the table is request-identical to the official client's (or deliberately different)", async () => {
  let identical = 0;
  let requests = 0;
  const deliberate = new Set();
  const failures = [];
  for (const call of AUTH_CALLS) {
    for (const cfg of CONFIGS) {
      const { off, ours: mine } = clients(cfg);
      assert.equal(typeof off[call.name], "function", `${call.name} is not a method of the official client`);
      for (const all of [false, true]) {
        const params = paramsFor(call, { all });
        const args = argsFor(call, params);
        if (OFFICIAL_REFUSES[call.name]?.(cfg)) {
          await assert.rejects(off[call.name](...args), `${call.name}: the official client refuses (${cfg.name})`);
          const r = await rec.record(() => mine[call.name](...args));
          assert.equal(`${r.method} ${r.rawUrl}`, `${call.method} ${call.path}`, `${call.name}: this package sends it`);
          continue;
        }
        const { a, b, diffs } = await pair(off, mine, (c) => c[call.name](...args));
        requests++;
        if (!diffs.length) continue;
        const rest = unexplained(a, b, diffs);
        const d = DELIBERATE[call.name];
        if (rest.every((k) => d?.keys.includes(k))) {
          deliberate.add(call.name);
          continue;
        }
        failures.push({ call: call.name, cfg: cfg.name, all, diffs, official: a, ours: b });
      }
      off.free?.();
      mine.free();
    }
    if (!deliberate.has(call.name) && !failures.some((f) => f.call === call.name)) identical++;
  }
  const different = new Set(failures.map((f) => f.call)).size;
  console.log(
    `auth identity: ${AUTH_CALLS.length} calls compared (${requests} requests each side, ${CONFIGS.length} configurations), ${identical} identical, ${deliberate.size} deliberately different, ${different} different`,
  );
  for (const f of failures.slice(0, Number(process.env.SHOW ?? 20))) console.log(JSON.stringify(f));
  assert.equal(failures.length, 0, `${failures.length} requests differ`);
  assert.equal(identical + deliberate.size, AUTH_CALLS.length);
  assert.equal(AUTH_CALLS.length, 122);
  assert.deepEqual([...deliberate].sort(), [...Object.keys(DELIBERATE), ...EMPTY_POST_CALLS].sort(), "every listed difference still exists");
  assert.equal(EMPTY_POST_CALLS.length, 11, EMPTY_POST_CALLS.join(" "));
});

// Values the realistic parameters do not try: text that needs encoding in a query, a path or a
// body, nested JSON with nulls, empty arrays and numbers JSON writes in exponent form.
const EDGE_TEXT = "研发 a+b&c=d/e:f,g$h[i]~!*'()%20#?@";
const EDGE = {
  s: EDGE_TEXT,
  k: "62f20932716fbcc10d966ee5:ou_8bae+研发 a&b=c@x.y",
  o: { a: [1, "研发 x", null, { deep: true }], " b ": { c: EDGE_TEXT }, d: null, e: [], big: 1e21, small: 5e-7 },
  j: { a: [1, 2], " b ": { c: "x y" }, d: null, e: [] },
  O: [{ k: EDGE_TEXT, n: null }],
  l: [EDGE_TEXT, "x"],
};

test("values at the edges go out as the official client sends them", async () => {
  const { off, ours: mine } = clients({ method: "client_secret_post", token: true });
  let compared = 0;
  const failures = [];
  for (const call of AUTH_CALLS) {
    const params = paramsFor(call, { all: true });
    let edged = 0;
    for (const f of call.fields) {
      if (EDGE[f.code] === undefined || f.constant) continue;
      params[f.name] = EDGE[f.code];
      edged++;
    }
    if (!edged) continue;
    const { a, b, diffs } = await pair(off, mine, (c) => c[call.name](...argsFor(call, params)));
    const rest = unexplained(a, b, diffs).filter((k) => !DELIBERATE[call.name]?.keys.includes(k));
    if (rest.length) failures.push({ call: call.name, diffs: rest, official: a, ours: b });
    compared++;
  }
  mine.free();
  console.log(`auth identity, edge values: ${compared} calls, ${compared - failures.length} identical`);
  for (const f of failures.slice(0, Number(process.env.SHOW ?? 20))) console.log(JSON.stringify(f));
  assert.equal(failures.length, 0, `${failures.length} requests differ`);
  assert.ok(compared >= 80, `${compared} calls with edge values`);
});

// The wrappers' arguments: required fields, then every field. Each wrapper of tools/auth-methods.mjs
// must be here.
const SIGN_IN_OPTIONS = { scope: "openid profile", clientIp: "127.0.0.1", context: { a: 1 }, tenantId: "t1", customData: { k: "研发 x" } };
const SIGN_UP_PROFILE = { nickname: "n", customData: { school: "s" } };
const SIGN_UP_OPTIONS = { clientIp: "127.0.0.1", phonePassCodeForInformationCompletion: "1234" };
const WRAPPERS = {
  signInByEmailPassword: [{ email: "a@example.com", password: "p@ss 研发" }, { password: "p", email: "b@example.com", options: SIGN_IN_OPTIONS }],
  signInByPhonePassword: [{ phone: "13800000000", password: "p" }, { phone: "13800000000", password: "p", options: SIGN_IN_OPTIONS }],
  signInByUsernamePassword: [{ username: "u", password: "p" }, { username: "u", password: "p", options: SIGN_IN_OPTIONS }],
  signInByAccountPassword: [{ account: "u", password: "p" }, { account: "u", password: "p", options: SIGN_IN_OPTIONS }],
  signInByEmailPassCode: [{ email: "a@example.com", passCode: "1234" }, { email: "a@example.com", passCode: "1234", options: SIGN_IN_OPTIONS }],
  signInByPhonePassCode: [{ phone: "13800000000", passCode: "1234" }, { passCode: "1234", phone: "13800000000", phoneCountryCode: "+86", options: SIGN_IN_OPTIONS }],
  signInByAD: [{ sAMAccountName: "u", password: "p" }, { password: "p", sAMAccountName: "u", options: SIGN_IN_OPTIONS }],
  signInByLDAP: [{ sAMAccountName: "u", password: "p" }, { sAMAccountName: "u", password: "p", options: SIGN_IN_OPTIONS }],
  signUpByEmailPassword: [{ email: "a@example.com", password: "p" }, { email: "a@example.com", password: "p", profile: SIGN_UP_PROFILE, options: SIGN_UP_OPTIONS }],
  signUpByUsernamePassword: [{ username: "u", password: "p" }, { options: SIGN_UP_OPTIONS, username: "u", password: "p", profile: SIGN_UP_PROFILE }],
  signUpByEmailCode: [{ email: "a@example.com", passCode: "1234" }, { email: "a@example.com", passCode: "1234", profile: SIGN_UP_PROFILE, options: SIGN_UP_OPTIONS }],
  signUpByPhoneCode: [{ phone: "13800000000", passCode: "1234" }, { phone: "13800000000", phoneCountryCode: "+86", passCode: "1234", profile: SIGN_UP_PROFILE, options: SIGN_UP_OPTIONS }],
};

test("the sign-in and sign-up wrappers send the official bodies byte for byte and the official client authentication, under each tokenEndPointAuthMethod", async () => {
  const wrappers = Object.entries(NOT_ROWS).filter(([, v]) => v.by === "wrapper").map(([k]) => k);
  assert.deepEqual(Object.keys(WRAPPERS).sort(), wrappers.sort(), "every wrapper is compared");
  let requests = 0;
  const failures = [];
  for (const [name, argsList] of Object.entries(WRAPPERS)) {
    for (const cfg of CONFIGS) {
      const { off, ours: mine } = clients(cfg);
      for (const args of argsList) {
        const { a, b, diffs } = await pair(off, mine, (c) => c[name](args));
        requests++;
        if (diffs.length) failures.push({ name, cfg: cfg.name, diffs, official: a, ours: b });
        // What the official client sends, to be sure the comparison covers it.
        if (name.startsWith("signIn")) {
          assert.equal(a.authorization, cfg.method === "client_secret_basic" ? `Basic ${Buffer.from(`${APP_ID}:${APP_SECRET}`).toString("base64")}` : cfg.token ? USER_TOKEN : undefined);
          assert.equal(a.body.endsWith(`,"client_id":"${APP_ID}","client_secret":"${APP_SECRET}"}`), cfg.method === "client_secret_post", a.body);
        }
      }
      mine.free();
    }
  }
  console.log(`auth identity, wrappers: ${wrappers.length} wrappers, ${requests} requests each side, ${requests - failures.length} identical`);
  for (const f of failures.slice(0, Number(process.env.SHOW ?? 20))) console.log(JSON.stringify(f));
  assert.equal(failures.length, 0, `${failures.length} requests differ`);
});

// The protocol requests: [label, method name, arguments, the endpoint auth method option it follows].
const PROTOCOL = [
  ["code exchange", "getAccessTokenByCode", ["code-1"]],
  ["code exchange with a verifier", "getAccessTokenByCode", ["code-1", { codeVerifier: "v".repeat(43) }]],
  ["refresh", "getNewAccessTokenByRefreshToken", ["refresh-1"]],
  ["revoke", "revokeToken", ["token-1"]],
  ["introspect", "introspectToken", ["token-1"]],
  ["userinfo", "getUserInfoByAccessToken", ["at-1"]],
  ["userinfo {}", "getUserInfoByAccessToken", ["at-1", {}]],
  ["userinfo GET query", "getUserInfoByAccessToken", ["at-1", { method: "GET", tokenPlace: "query" }]],
  ["userinfo GET header", "getUserInfoByAccessToken", ["at-1", { method: "GET", tokenPlace: "header" }]],
  ["userinfo POST query", "getUserInfoByAccessToken", ["at-1", { method: "POST", tokenPlace: "query" }]],
  ["userinfo POST header", "getUserInfoByAccessToken", ["at-1", { method: "POST", tokenPlace: "header" }]],
  ["userinfo POST body", "getUserInfoByAccessToken", ["at-1", { method: "POST", tokenPlace: "body" }]],
  ["client credentials", "getAccessTokenByClientCredentials", ["scope-a scope-b", { accessKey: "ak-1", accessSecret: "as-1" }]],
  ["CAS 1.0 validate", "validateTicketV1", ["ST-1", "https://svc.example/a?b=c d"]],
  ["CAS 2.0 validate", "validateTicketV2", ["ST-1", "https://svc.example/a"]],
  ["CAS 2.0 validate XML", "validateTicketV2", ["ST-1", "https://svc.example/a", "XML"]],
];
// Requests deliberately different, label (or label@configuration) → keys and why.
const TOKEN_OVERWRITE =
  "authorization: the official client replaces the header this request needs with the client's access token whenever one is set (AuthenticationHttpClient sets `authorization` last); this package sends the header the request needs";
export const PROTOCOL_DELIBERATE = {
  "userinfo GET header": { keys: ["authorization"], when: (cfg) => cfg.token, why: TOKEN_OVERWRITE },
  "userinfo POST header": { keys: ["authorization"], when: (cfg) => cfg.token, why: TOKEN_OVERWRITE },
};

test("the protocol requests are the official client's, byte for byte, under each endpoint auth method", async () => {
  let requests = 0;
  const deliberate = new Set();
  const failures = [];
  for (const [label, name, args] of PROTOCOL) {
    for (const cfg of CONFIGS) {
      const { off, ours: mine } = clients(cfg);
      const { a, b, diffs } = await pair(off, mine, (c) => c[name](...args));
      mine.free();
      requests++;
      if (!diffs.length) continue;
      const rest = unexplained(a, b, diffs);
      const d = PROTOCOL_DELIBERATE[label];
      if (rest.every((k) => d?.when(cfg) && d.keys.includes(k))) {
        deliberate.add(label);
        continue;
      }
      failures.push({ label, cfg: cfg.name, diffs, official: a, ours: b });
    }
  }
  const different = new Set(failures.map((f) => f.label)).size;
  console.log(
    `auth identity, protocol: ${PROTOCOL.length} requests compared (${requests} each side, ${CONFIGS.length} configurations), ${PROTOCOL.length - deliberate.size - different} identical, ${deliberate.size} deliberately different, ${different} different`,
  );
  for (const f of failures.slice(0, Number(process.env.SHOW ?? 20))) console.log(JSON.stringify(f));
  assert.equal(failures.length, 0, `${failures.length} requests differ`);
  assert.deepEqual([...deliberate].sort(), [...Object.keys(PROTOCOL_DELIBERATE), "userinfo POST query"].sort(), "every listed difference still exists");
});
