// The AuthenticationClient as shipped (pkg/auth-node) against a hostile or careless caller and a
// hostile server: options and params that throw, cycle, grow or smuggle line breaks; a host fetch
// that never settles, never ends its body, throws, answers 20 MB or redirects; hooks that throw or
// never settle; copies, freed clients and calls racing free(); hostile JWTs and JWKS; the redirect
// flows' cookie and storage tampered with; and the emulator's provider driven from the client side.
// Each test checks the project's rules: no trap (the module keeps answering), nothing hangs
// (every call ends within its own timeout, deadline or signal with a typed error), no secret in an
// error, a hook's info, JSON.stringify or util.inspect. Run after `make pkg`.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { createSign } from "node:crypto";
import util from "node:util";
import http from "node:http";
import { fakeRes, memoryStorage, inPage, rsaKey, sign, now } from "./harness.mjs";
import { signInOnPage } from "../runtimes/fixtures/authflow.mjs";
import { startEmulator, DEFAULT_APP, DEMO_PASSWORD } from "../../emulator/index.mjs";

const require = createRequire(import.meta.url);
const { AuthenticationClient, isGenAuthError } = require("../../pkg/auth-node/index.js");

const HOST = "http://127.0.0.1:9"; // never reached: every client here has a fetch of its own
const SECRET = "zq7-app-secret-0123456789";
const KEY = rsaKey("k1");
const json = (v, status = 200) => new Response(typeof v == "string" ? v : JSON.stringify(v), { status, headers: { "content-type": "application/json" } });
const never = () => new Promise(() => {});
const claims = (extra = {}) => ({ iss: `${HOST}/oidc`, aud: "app1", sub: "u1", iat: now(), exp: now() + 3600, ...extra });
const client = (options = {}) =>
  new AuthenticationClient({ appId: "app1", appSecret: SECRET, appHost: HOST, redirectUri: "https://app.example/cb", maxRetries: 0, timeout: 1000, ...options });
/** The typed error `p` rejects with (fails on a fulfilment or an untyped error). */
async function typed(p) {
  try {
    await (typeof p == "function" ? p() : p);
  } catch (e) {
    assert.ok(isGenAuthError(e), `an untyped error: ${e?.constructor?.name}: ${e?.message}`);
    return e;
  }
  assert.fail("expected a rejection");
}
/** Everything an error shows: message, JSON.stringify, util.inspect. */
const shown = (e) => `${e.message}\n${JSON.stringify(e)}\n${util.inspect(e, { depth: 9, showHidden: true })}`;
const within = async (ms, p) => {
  const t0 = Date.now();
  const r = await Promise.race([p.then((v) => ({ v }), (e) => ({ e })), new Promise((r) => setTimeout(() => r({ hung: true }), ms * 4 + 2000))]);
  assert.ok(!r.hung, "the call never settled");
  assert.ok(Date.now() - t0 < ms + 1500, `took ${Date.now() - t0} ms, bound ${ms}`);
  return r;
};
/** The module still answers: a fresh client builds a URL and makes a call. */
async function stillWorks() {
  const c = client({ fetch: async () => json({ statusCode: 200, data: { ok: 1 } }) });
  assert.match(c.buildAuthorizeUrl().url, /^http:\/\/127\.0\.0\.1:9\/oidc\/auth\?/);
  assert.equal((await c.getProfile()).statusCode, 200);
  c.free();
}

// ---- options and params ----------------------------------------------------------------------

test("options: throwing getters (own and inherited), proxies, cycles, BigInt, symbols, __proto__, 50 MB strings: CONFIG or ignored, never a trap", async () => {
  const base = { appId: "app1", appSecret: SECRET, appHost: HOST };
  const cases = [
    ...["appId", "appHost", "fetch", "onRequest", "timeout", "scope", "cookieKey"].map((k) => Object.defineProperty({ ...base }, k, { get: () => { throw new Error("getter"); }, enumerable: true })),
    new Proxy(base, { get: () => { throw new Error("proxy"); }, ownKeys: () => { throw new Error("proxy"); } }),
    { ...base, timeout: 10n },
    { ...base, appId: Symbol("x") },
    { ...base, [Symbol("s")]: 1, extra: (() => { const o = {}; o.o = o; return o; })() },
    JSON.parse(`{"__proto__": {"appSecret": "x"}, "appId": "app1", "appHost": "${HOST}"}`),
    { ...base, appId: "a".repeat(50e6) },
    { ...base, scope: "openid " + "x".repeat(50e6) },
  ];
  for (let round = 0; round < 300; round++)
    for (const o of cases) {
      const e = (() => { try { new AuthenticationClient(o); } catch (e) { return e; } })();
      assert.ok(isGenAuthError(e) && e.code == "CONFIG", `${e?.code}: ${e?.message}`);
      assert.ok(!e.message.includes("xxxxxxxx") && !e.message.includes("aaaaaaaa"));
    }
  // Inherited getters are not options: read defensively, never thrown through the module.
  for (let i = 0; i < 2000; i++) new AuthenticationClient(Object.assign(Object.create({ get fetch() { throw new Error("x"); } }), base)).free();
  await stillWorks();
});

test("options that become headers (appId, accessToken, cookieKey) refuse CR, LF, NUL, controls and non-Latin-1; setAccessToken too; appHost refuses line breaks", () => {
  for (const v of ["a\r\nSet-Cookie: x=1", "a\nb", "a\0b", "a\x7fb", "a\u0100b", "a\u2028b", " a"]) {
    for (const k of ["appId", "accessToken", "cookieKey"]) {
      const e = (() => { try { client({ [k]: v }); } catch (e) { return e; } })();
      assert.equal(e?.code, "CONFIG", `${k} ${JSON.stringify(v)}`);
      assert.equal(e.field, k);
    }
    const c = client();
    const e = (() => { try { c.setAccessToken(v); } catch (e) { return e; } })();
    assert.equal(e?.code, "INVALID_ARGUMENT", JSON.stringify(v));
  }
  for (const v of ["127.0.0.1\r\nx: y", "http://127.0.0.1\n/x", "http://127.0.0.1 /x"]) assert.throws(() => client({ appHost: v }), (e) => e.code == "CONFIG" && e.field == "appHost");
  assert.throws(() => client({ cookieKey: "a;b=c" }), (e) => e.code == "CONFIG" && e.field == "cookieKey");
  assert.throws(() => client().setAccessToken("a".repeat(50e6)), (e) => e.code == "INVALID_ARGUMENT");
});

test("values that reach URLs (state, nonce, scope, redirectUri with CR/LF) are percent-encoded: neither the authorize URL, the Location nor the Set-Cookie can be split", async () => {
  const c = client({ redirectUri: "https://app.example/cb\r\nSet-Cookie: evil=1", scope: "openid\r\nx: y" });
  const nasty = "a\r\nSet-Cookie: evil=1\u0100";
  const { url } = c.buildAuthorizeUrl({ state: nasty, nonce: nasty, redirectUri: nasty, scope: nasty });
  assert.ok(!/[\s\u0080-\uffff]/.test(url), url);
  const res = fakeRes();
  await c.loginWithRedirect(res, { state: nasty, nonce: nasty });
  for (const h of [res.headers.location, res.headers["set-cookie"]]) assert.ok(!/[\r\n\0\u0080-\uffff]/.test(h), h);
  assert.match(res.headers["set-cookie"], /^X-Authing-Node-OIDC-State=[\w-]+; HttpOnly; SameSite=Lax$/);
  for (const u of [c.buildLogoutUrl({ redirectUri: nasty, state: nasty, idToken: nasty }), client({ protocol: "cas" }).buildLogoutUrl({ redirectUri: nasty }), client({ protocol: "cas" }).buildAuthorizeUrl({ service: nasty }).url])
    assert.ok(!/[\s\u0080-\uffff]/.test(u), u);
  // A real server writes the Location and the cookie as one header each.
  const server = http.createServer((req, res) => c.loginWithRedirect(res, { state: nasty, nonce: nasty }).catch(() => res.end()));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const r = await fetch(`http://127.0.0.1:${server.address().port}/`, { redirect: "manual" });
    assert.equal(r.status, 302);
    assert.deepEqual(r.headers.getSetCookie().length, 1);
    assert.ok(!r.headers.has("x"));
  } finally {
    server.close();
  }
});

test("loginWithRedirect in Node with an IDN appHost: the Location header is sent (punycode), not a TypeError from setHeader", async () => {
  const c = client({ appHost: "https://例子.测试" });
  const server = http.createServer((req, res) =>
    c.loginWithRedirect(res).catch((e) => res.writeHead(500, { "x-error": isGenAuthError(e) ? e.code : "untyped" }).end()),
  );
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const r = await fetch(`http://127.0.0.1:${server.address().port}/`, { redirect: "manual" });
    assert.equal(r.status, 302, `x-error: ${r.headers.get("x-error")}`);
    assert.match(r.headers.get("location"), /^https:\/\/xn--fsqu00a\.xn--0zwm56d\/oidc\/auth\?/);
    assert.equal(new URL(r.headers.get("location")).searchParams.get("client_id"), "app1");
  } finally {
    server.close();
  }
});

test("params: throwing getters and proxies reject INVALID_ARGUMENT; a 50 MB code is refused before sending; a lone surrogate goes as URLSearchParams writes it", async () => {
  let sent = 0;
  const bodies = [];
  const c = client({ fetch: async (url, init) => (sent++, bodies.push(init.body), json({})) });
  assert.equal((await typed(c.getAccessTokenByCode("x".repeat(50e6)))).code, "INVALID_ARGUMENT");
  assert.equal((await typed(c.getProfile(new Proxy({}, { ownKeys: () => { throw new Error("p"); } })))).code, "INVALID_ARGUMENT");
  assert.equal((await typed(c.getProfile({ get withCustomData() { throw new Error("g"); } }))).code, "INVALID_ARGUMENT");
  assert.equal((await typed(c.revokeToken(10n))).code, "INVALID_ARGUMENT");
  assert.equal((await typed(c.introspectToken(Symbol("t")))).code, "INVALID_ARGUMENT");
  assert.equal((await typed(c.getUserInfoByAccessToken("tok-12345678", { method: "DELETE" }))).code, "INVALID_ARGUMENT");
  assert.equal(sent, 0);
  await c.getNewAccessTokenByRefreshToken("\ud800abc");
  assert.equal(bodies[0], new URLSearchParams([["client_id", "app1"], ["client_secret", SECRET], ["grant_type", "refresh_token"], ["refresh_token", "\ud800abc"]]).toString());
  await stillWorks();
});

test("params mutated after the call starts do not change what is sent (the request is fixed when the call is made)", async () => {
  const bodies = [];
  const c = client({ fetch: async (url, init) => (bodies.push(init.body), json({ statusCode: 200, data: {} })) });
  const params = { email: "a@b.c", password: "pw-1", options: { scope: "openid" } };
  const p = c.signInByEmailPassword(params);
  params.email = "evil@b.c";
  params.options.scope = "evil";
  await p;
  assert.equal(JSON.parse(bodies[0]).passwordPayload.email, "a@b.c");
  assert.equal(JSON.parse(bodies[0]).options.scope, "openid");
});

// ---- the host's fetch and the server ----------------------------------------------------------

const PROTOCOL_CALLS = {
  getAccessTokenByCode: (c, o) => c.getAccessTokenByCode("code-0123456789", { codeVerifier: "verifier-0123456789abcdef" }, o),
  getNewAccessTokenByRefreshToken: (c, o) => c.getNewAccessTokenByRefreshToken("refresh-0123456789", o),
  revokeToken: (c, o) => c.revokeToken("revoke-me-0123456789", o),
  introspectToken: (c, o) => c.introspectToken("introspect-me-0123456789", o),
  getUserInfoByAccessToken: (c, o) => c.getUserInfoByAccessToken("userinfo-token-0123456789", {}, o),
  parseIDToken: (c, o) => c.parseIDToken(sign(claims(), { key: KEY }), {}, o),
  validateTicketV1: (c, o) => c.validateTicketV1("ST-ticket-0123456789", "https://svc.example/", o),
  validateTicketV2: (c, o) => c.validateTicketV2("ST-ticket-0123456789", "https://svc.example/", "JSON", o),
  getProfile: (c, o) => c.getProfile({}, o),
};
const HANGING = {
  "never settles": () => never(),
  "ignores its signal, answers in 5 s": () => new Promise((r) => setTimeout(() => r(json({})), 5000)),
  "a body that never ends": () => new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode("{")) }), { status: 200 }),
  "text() never settles": () => ({ status: 200, headers: new Headers(), text: never, json: never }),
};

test("every protocol call ends within the client's timeout with TIMEOUT, whatever the fetch does", async () => {
  for (const [label, f] of Object.entries(HANGING))
    await Promise.all(
      Object.entries(PROTOCOL_CALLS).map(async ([name, call]) => {
        const r = await within(300, call(client({ fetch: f, timeout: 300 })));
        assert.equal(r.e?.code, "TIMEOUT", `${name}, fetch ${label}: ${r.e?.message ?? "resolved"}`);
      }),
    );
});

test("every protocol call ends at its own signal (ABORTED) or deadline (TIMEOUT), whatever the fetch does", async () => {
  for (const [name, call] of Object.entries(PROTOCOL_CALLS)) {
    const c = client({ fetch: () => never(), timeout: 60_000 });
    let r = await within(150, call(c, { signal: AbortSignal.timeout(150) }));
    assert.equal(r.e?.code, "ABORTED", `${name}: ${r.e?.message}`);
    const ac = new AbortController();
    ac.abort();
    r = await within(50, call(c, { signal: ac.signal }));
    assert.equal(r.e?.code, "ABORTED", name);
    r = await within(200, call(c, { deadline: 200 }));
    assert.equal(r.e?.code, "TIMEOUT", `${name}: ${r.e?.message}`);
  }
});

test("a fetch that throws, rejects oddly, returns no Response, or a Response whose text()/headers throw: NETWORK, and the module keeps answering", async () => {
  const broken = [
    () => { throw new Error("sync"); },
    () => Promise.reject({ get message() { throw new Error("m"); } }),
    () => 42,
    () => null,
    () => ({ status: 200, headers: new Headers(), text() { throw new Error("text"); }, json() { throw new Error("json"); } }),
    () => ({ status: 400, get headers() { throw new Error("h"); }, text: async () => "{}" }),
    () => ({ status: 200, headers: new Headers(), text: async () => ({ toString() { throw new Error("ts"); } }) }),
  ];
  for (const f of broken)
    for (const [name, call] of Object.entries(PROTOCOL_CALLS)) {
      const e = await typed(call(client({ fetch: f })));
      assert.ok(["NETWORK", "TOKEN_INVALID"].includes(e.code), `${name}: ${e.code} ${e.message}`);
    }
  await stillWorks();
});

test("a fetch error that quotes the request (as node-fetch's does: 'request to <url> failed') shows no token, code, ticket or secret", async () => {
  // node-fetch v2: `request to ${url} failed, reason: ${message}`; the body too, as some wrappers log it.
  const quoting = (url, init) => Promise.reject(new TypeError(`request to ${url} failed, reason: ECONNREFUSED; body ${init.body ?? ""}; auth ${JSON.stringify(init.headers)}`));
  const c = client({ fetch: quoting, tokenEndPointAuthMethod: "client_secret_post", accessToken: "user-access-token-0123456789" });
  const secrets = [SECRET, "code-0123456789", "verifier-0123456789abcdef", "refresh-0123456789", "revoke-me-0123456789", "introspect-me-0123456789", "userinfo-token-0123456789", "ST-ticket-0123456789", "user-access-token-0123456789", "idtoken-0123456789", "invite-token-0123456789"];
  const calls = {
    ...PROTOCOL_CALLS,
    header: (c) => c.getUserInfoByAccessToken("userinfo-token-0123456789", { tokenPlace: "header" }),
    generateLinkExtIdpUrl: (c) => c.generateLinkExtIdpUrl({ extIdpConnIdentifier: "conn", appId: "app1", idToken: "idtoken-0123456789" }),
    getInviteCodeContext: (c) => c.getInviteCodeContext({ token: "invite-token-0123456789" }),
  };
  for (const [name, call] of Object.entries(calls)) {
    const e = await typed(call(c));
    assert.equal(e.code, name == "parseIDToken" ? "NETWORK" : "NETWORK", name);
    for (const s of secrets) assert.ok(!shown(e).includes(s), `${name}: the error shows ${s}: ${e.message}`);
  }
});

test("a 20 MB error_description: OAUTH with status, bounded message and fields, quickly", async () => {
  const big = JSON.stringify({ error: "invalid_grant", error_description: "d".repeat(20e6) });
  for (const [name, call] of Object.entries(PROTOCOL_CALLS)) {
    if (name == "getProfile" || name == "parseIDToken") continue;
    const r = await within(3000, call(client({ fetch: async () => json(big, 400), timeout: 5000 })));
    assert.equal(r.e?.code, "OAUTH", name);
    assert.equal(r.e.status, 400);
    assert.ok(r.e.message.length < 1000 && (r.e.errorDescription ?? "").length < 1000 && shown(r.e).length < 10000, name);
  }
});

test("an OAUTH error cut to its bound shows no part of the app secret, a code or a verifier that the server echoed across the cut", async () => {
  // The server echoes what it got; the cut (500 characters) falls inside the secret.
  for (let pad = 480; pad < 500; pad += 3) {
    const c = client({ fetch: async (url, init) => json({ error: "x".repeat(pad - 300) + SECRET, error_description: "x".repeat(pad) + SECRET + " " + init.body }, 400) });
    for (const [name, call] of Object.entries(PROTOCOL_CALLS)) {
      if (name == "getProfile" || name == "parseIDToken" || name.startsWith("validate")) continue;
      const e = await typed(call(c));
      assert.equal(e.code, "OAUTH");
      for (const s of [SECRET, "code-0123456789", "verifier-0123456789abcdef", "refresh-0123456789"])
        for (const part of [s.slice(0, 6), s.slice(-6)]) assert.ok(!shown(e).includes(part), `${name}, pad ${pad}: the error shows "${part}" of ${s}: ${e.message.slice(480)}`);
    }
  }
});

test("an OAUTH error shows neither the Basic credential (the app secret in base64) nor the user's access token that the server echoed", async () => {
  const basic = Buffer.from(`app1:${SECRET}`).toString("base64");
  const userToken = "user-access-token-0123456789";
  const echo = async (url, init) => json({ error: "invalid_request", error_description: `auth=${init.headers.authorization ?? ""} basic=${basic} token=${userToken}` }, 400);
  const c = client({ fetch: echo, tokenEndPointAuthMethod: "client_secret_basic", introspectionEndPointAuthMethod: "client_secret_basic", revocationEndPointAuthMethod: "client_secret_basic", accessToken: userToken });
  for (const call of [() => c.getAccessTokenByCode("code-0123456789"), () => c.introspectToken("token-0123456789"), () => c.revokeToken("token-0123456789"), () => c.getNewAccessTokenByRefreshToken("refresh-0123456789"), () => c.getUserInfoByAccessToken("other-token-0123456789")]) {
    const e = await typed(call);
    assert.equal(e.code, "OAUTH");
    for (const s of [basic, SECRET, userToken]) assert.ok(!shown(e).includes(s), `the error shows ${s.slice(0, 8)}…: ${e.message}`);
  }
});

test("a 302 to elsewhere is not followed (OAUTH 302 for protocol calls, HTTP for table calls); non-JSON 2xx resolves to text as axios would", async () => {
  let followed = 0;
  const f = async (url) => (url.includes("evil") ? (followed++, json({})) : new Response(null, { status: 302, headers: { location: "http://evil.example/steal" } }));
  for (const [name, call] of Object.entries(PROTOCOL_CALLS)) {
    const e = await typed(call(client({ fetch: f })));
    assert.ok((e.code == "OAUTH" && e.status == 302) || (name == "getProfile" && e.code == "HTTP") || (name == "parseIDToken" && e.code == "OAUTH"), `${name}: ${e.code}`);
  }
  assert.equal(followed, 0);
  assert.equal(await client({ fetch: async () => new Response("<html>", { status: 200 }) }).getNewAccessTokenByRefreshToken("r-0123456789"), "<html>");
});

// ---- hooks -------------------------------------------------------------------------------------

test("hooks that throw, reject or never settle change nothing; hook info carries no secret (client_secret, Basic, bearer, code, verifier, refresh token, query tokens)", async () => {
  const seen = [];
  for (const mode of ["throw", "reject", "never", "record"])
    for (const method of ["client_secret_post", "client_secret_basic"]) {
      const hook = (info) => {
        seen.push(JSON.stringify(info) + util.inspect(info, { depth: 9 }));
        if (mode == "throw") throw new Error("hook");
        if (mode == "reject") return Promise.reject(new Error("hook"));
        if (mode == "never") return never();
      };
      const c = client({
        fetch: async () => json({ statusCode: 200, data: {}, access_token: "a" }),
        onRequest: hook,
        onResponse: hook,
        accessToken: "user-access-token-0123456789",
        tokenEndPointAuthMethod: method,
        introspectionEndPointAuthMethod: method,
        revocationEndPointAuthMethod: method,
      });
      const results = await within(1000, Promise.all([
        c.getAccessTokenByCode("code-0123456789", { codeVerifier: "verifier-0123456789abcdef" }),
        c.getNewAccessTokenByRefreshToken("refresh-0123456789"),
        c.revokeToken("revoke-me-0123456789"),
        c.introspectToken("introspect-me-0123456789"),
        c.getUserInfoByAccessToken("userinfo-token-0123456789"),
        c.getUserInfoByAccessToken("userinfo-token-0123456789", { method: "POST", tokenPlace: "body" }),
        c.getUserInfoByAccessToken("userinfo-token-0123456789", { tokenPlace: "header" }),
        c.validateTicketV1("ST-ticket-0123456789", "https://svc.example/"),
        c.signInByEmailPassword({ email: "a@b.c", password: "password-0123456789" }),
        c.getAccessTokenByClientCredentials("openid", { accessKey: "ak-0123456789", accessSecret: "access-secret-0123456789" }),
        c.generateLinkExtIdpUrl({ extIdpConnIdentifier: "conn", appId: "app1", idToken: "idtoken-0123456789" }),
        c.getInviteCodeContext({ token: "invite-token-0123456789" }),
      ]));
      assert.ok(!results.e, `${mode}: ${results.e?.message}`);
    }
  const all = seen.join("\n");
  assert.ok(seen.length >= 8 * 12 * 2, `${seen.length} hook calls`);
  const basic = Buffer.from(`app1:${SECRET}`).toString("base64");
  for (const s of [SECRET, basic.slice(0, 16), "user-access-token", "code-0123456789", "verifier-0123", "refresh-0123", "revoke-me", "introspect-me", "userinfo-token", "ST-ticket", "password-0123", "access-secret", "idtoken-0123", "invite-token"])
    assert.ok(!all.includes(s), `a hook saw ${s}: ${seen.find((x) => x.includes(s))?.slice(0, 300)}`);
});

// ---- copies, freed clients, this ---------------------------------------------------------------

test("copies (spread, Object.assign, structuredClone), other `this` and freed clients reach nothing; inspect and JSON show no secret", async () => {
  let sent = 0;
  const c = client({ fetch: async () => (sent++, json({ statusCode: 200, data: {} })), accessToken: "user-access-token-0123456789" });
  for (const s of [JSON.stringify(c), util.inspect(c, { showHidden: true, depth: 9 }), String(Object.entries(c)), JSON.stringify({ ...c })])
    assert.ok(!s.includes(SECRET) && !s.includes("user-access-token"), s);
  const proto = AuthenticationClient.prototype;
  for (const other of [{ ...c }, Object.assign({}, c), structuredClone(c), Object.create(c), undefined, null, {}, proto, new Proxy(c, {})]) {
    for (const name of ["getProfile", "getNewAccessTokenByRefreshToken", "signInByEmailPassword", "parseIDToken", "revokeToken"]) {
      const e = await typed(() => proto[name].call(other, name == "signInByEmailPassword" ? { email: "a", password: "b" } : "tok-0123456789"));
      assert.equal(e.code, "CONFIG", name);
    }
    assert.throws(() => proto.buildAuthorizeUrl.call(other), (e) => e.code == "CONFIG");
    assert.throws(() => proto.setAccessToken.call(other, "x"), (e) => e.code == "CONFIG");
  }
  assert.equal(sent, 0);
  c.free();
  c.free();
  assert.equal((await typed(c.getProfile())).code, "CONFIG");
  assert.equal((await typed(c.getNewAccessTokenByRefreshToken("r-0123456789"))).code, "CONFIG");
  assert.throws(() => c.buildAuthorizeUrl(), (e) => e.code == "CONFIG");
  assert.throws(() => c.setAccessToken("x"), (e) => e.code == "CONFIG");
  assert.deepEqual(JSON.parse(JSON.stringify(c)), { freed: true });
  assert.equal(sent, 0);
});

test("calls racing free(): those under way finish, later ones reject CONFIG, nothing hangs, and the module keeps answering", async () => {
  for (let round = 0; round < 20; round++) {
    const c = client({ fetch: (url) => new Promise((r) => setTimeout(() => r(url.includes("jwks") ? json({ keys: [KEY.jwk] }) : json({ statusCode: 200, data: {}, access_token: "a" })), Math.random() * 20)) });
    const calls = [];
    for (let i = 0; i < 10; i++) {
      calls.push(c.getProfile(), c.getNewAccessTokenByRefreshToken("r-0123456789"), c.parseIDToken(sign(claims(), { key: KEY })), c.signInByEmailPassword({ email: "a@b.c", password: "p" }));
      if (i == round % 10) c.free();
    }
    const results = await within(2000, Promise.allSettled(calls));
    for (const r of results.v) if (r.status == "rejected") assert.ok(isGenAuthError(r.reason) && r.reason.code == "CONFIG", r.reason?.message);
  }
  await stillWorks();
});

// ---- tokens ------------------------------------------------------------------------------------

const rawToken = (headerText, payloadText, key = KEY) => {
  const input = `${Buffer.from(headerText).toString("base64url")}.${Buffer.from(payloadText).toString("base64url")}`;
  return `${input}.${createSign("RSA-SHA256").update(input).sign(key.privateKey).toString("base64url")}`;
};
function jwksClient(jwks = { keys: [KEY.jwk] }, options = {}) {
  const fetched = [];
  const c = client({
    fetch: async (url) => {
      fetched.push(url);
      return url.endsWith("/oidc/.well-known/jwks.json") ? json(typeof jwks == "function" ? jwks() : jwks) : json({ keys: [] }, 404);
    },
    ...options,
  });
  return { c, fetched };
}
async function refused(c, token, code, field, options) {
  const e = await typed(c.parseIDToken(token, options));
  assert.equal(`${e.code} ${e.field}`, `${code} ${field}`, e.message);
}

test("hostile JWT headers: duplicate alg (last one none), alg in another case, jku/x5u/jwk (never fetched, never trusted), kid __proto__/constructor", async () => {
  const { c, fetched } = jwksClient();
  await c.parseIDToken(sign(claims(), { key: KEY }));
  await refused(c, rawToken('{"alg":"RS256","kid":"k1","alg":"none"}', JSON.stringify(claims())), "TOKEN_INVALID", "alg");
  for (const alg of ["rs256", "Rs256", "RS256 ", "hs256", "RS384", "RS512", "PS256", "ES256", "EdDSA"]) await refused(c, sign(claims(), { key: KEY, header: { alg } }), "TOKEN_INVALID", "alg");
  const evil = rsaKey("evil");
  await refused(c, sign(claims(), { key: evil, header: { jku: "http://127.0.0.1:9/evil.json", x5u: "http://127.0.0.1:9/evil.pem", jwk: evil.jwk } }), "TOKEN_INVALID", "kid");
  await refused(c, sign(claims(), { key: evil, header: { kid: "k1", jwk: evil.jwk } }), "TOKEN_INVALID", "signature");
  for (const kid of ["__proto__", "constructor", "toString", "hasOwnProperty"]) await refused(c, sign(claims(), { key: KEY, header: { kid } }), "TOKEN_INVALID", "kid");
  assert.ok(fetched.every((u) => u.endsWith("/oidc/.well-known/jwks.json")), fetched.join(" "));
  // serverJWKS made with JSON.parse, a key whose kid is __proto__: a key like any other.
  const jwks = JSON.parse(`{"keys":[${JSON.stringify({ ...KEY.jwk, kid: "__proto__" })}]}`);
  assert.equal((await c.parseIDToken(sign(claims(), { key: KEY, header: { kid: "__proto__" } }), { serverJWKS: jwks })).sub, "u1");
});

test("hostile JWKS entries: use enc, alg RS512, short or absurd keys, 10 000 keys, non-JSON; refused by kid or jwks, bounded in time", async () => {
  const token = sign(claims(), { key: KEY });
  for (const entry of [{ use: "enc" }, { alg: "RS512" }, { kty: "EC" }, { n: KEY.jwk.n.slice(0, 300) }, { n: 5 }, { e: "" }])
    await refused(jwksClient({ keys: [{ ...KEY.jwk, ...entry }] }).c, token, "TOKEN_INVALID", "kid");
  // An absurd modulus or exponent: WebCrypto imports it or not; either way the token is refused, soon.
  for (const entry of [{ n: "A".repeat(5e6) }, { n: "_".repeat(5e6) }, { e: "A".repeat(1e6) }, { e: "_".repeat(1e5) }]) {
    const r0 = await within(3000, jwksClient({ keys: [{ ...KEY.jwk, ...entry }] }).c.parseIDToken(token));
    assert.ok(["kid", "signature"].includes(r0.e?.field), r0.e?.message);
  }
  for (const bad of ["not json", [], { keys: {} }, { keys: "x" }, null]) await refused(jwksClient(bad).c, token, "TOKEN_INVALID", "jwks");
  const many = { keys: Array.from({ length: 10000 }, (_, i) => ({ ...KEY.jwk, kid: `k${i}` })) };
  let r = await within(3000, jwksClient(many).c.parseIDToken(sign(claims(), { key: KEY, header: { kid: "k5" } })));
  assert.equal(r.v?.sub, "u1");
  r = await within(3000, jwksClient(many).c.parseIDToken(sign(claims(), { key: KEY, header: { kid: "k9999" } })));
  assert.equal(r.e?.field, "kid"); // only the first 100 keys are read
});

test("hostile claims: duplicate iss, exp as string / 1e400 / -0, aud arrays and objects, iss with a trailing slash, __proto__ claims, HS256 with no secret", async () => {
  const { c } = jwksClient();
  assert.equal((await c.parseIDToken(rawToken('{"alg":"RS256","kid":"k1"}', `{"iss":"https://evil/oidc","aud":"app1","iat":${now()},"exp":${now() + 99},"iss":"${HOST}/oidc"}`))).iss, `${HOST}/oidc`);
  await refused(c, rawToken('{"alg":"RS256","kid":"k1"}', `{"iss":"${HOST}/oidc","aud":"app1","iat":${now()},"exp":${now() + 99},"iss":"https://evil/oidc"}`), "TOKEN_INVALID", "iss");
  await refused(c, sign(claims({ exp: String(now() + 99) }), { key: KEY }), "TOKEN_INVALID", "exp");
  await refused(c, rawToken('{"alg":"RS256","kid":"k1"}', `{"iss":"${HOST}/oidc","aud":"app1","iat":${now()},"exp":1e400}`), "TOKEN_INVALID", "exp");
  await refused(c, sign(claims({ exp: -0 }), { key: KEY }), "TOKEN_EXPIRED", "exp");
  await refused(c, sign(claims({ nbf: 1e308 }), { key: KEY }), "TOKEN_EXPIRED", "nbf");
  await refused(c, sign(claims({ iat: "now" }), { key: KEY }), "TOKEN_INVALID", "iat");
  assert.ok(await c.parseIDToken(sign(claims({ aud: ["other", "app1"] }), { key: KEY })));
  for (const aud of [["other"], [["app1"]], { 0: "app1", length: 1 }, "app1 ", "APP1", null]) await refused(c, sign(claims({ aud }), { key: KEY }), "TOKEN_INVALID", "aud");
  for (const iss of [`${HOST}/oidc/`, `${HOST}/oidc `, `${HOST.toUpperCase()}/oidc`, `${HOST}/OIDC`]) await refused(c, sign(claims({ iss }), { key: KEY }), "TOKEN_INVALID", "iss");
  await refused(c, rawToken('{"alg":"RS256","kid":"k1"}', `{"__proto__":{"iss":"${HOST}/oidc","aud":"app1"},"iat":${now()},"exp":${now() + 99}}`), "TOKEN_INVALID", "iss");
  await refused(c, rawToken('{"__proto__":{"alg":"RS256"},"kid":"k1"}', JSON.stringify(claims())), "TOKEN_INVALID", "alg");
  const pub = jwksClient(undefined, { appSecret: undefined, tokenEndPointAuthMethod: "none" }).c;
  const e = await typed(pub.parseIDToken(sign(claims(), { secret: "guess" })));
  assert.ok(["CONFIG appSecret", "TOKEN_INVALID alg"].includes(`${e.code} ${e.field}`), e.message);
  await refused(c, sign(claims(), { secret: "" }), "TOKEN_INVALID", "signature");
  assert.equal((await typed(c.parseAccessToken(sign(claims(), { secret: SECRET })))).field, "alg");
});

test("a stream of unknown kids fetches the JWKS at most once more per 30 s, sequential or concurrent, with or without call options", async () => {
  for (const opts of [undefined, { timeout: 1000 }]) {
    const { c, fetched } = jwksClient();
    await c.parseIDToken(sign(claims(), { key: KEY }), {}, opts);
    for (let i = 0; i < 30; i++) await refused(c, sign(claims(), { key: KEY, header: { kid: `u${i}` } }), "TOKEN_INVALID", "kid", undefined);
    await Promise.all(Array.from({ length: 30 }, (_, i) => typed(c.parseIDToken(sign(claims(), { key: KEY, header: { kid: `v${i}` } }), {}, opts))));
    assert.equal(fetched.length, 2, `${JSON.stringify(opts)}: ${fetched.length} fetches`);
  }
});

test("parseIDToken waiting on another call's JWKS refetch still ends at its own signal, timeout or deadline", async () => {
  let n = 0;
  const c = client({ timeout: 5000, maxRetries: 0, fetch: async () => (++n == 1 ? json({ keys: [KEY.jwk] }) : never()) });
  await c.parseIDToken(sign(claims(), { key: KEY }));
  // A call without call options starts the refetch (bounded by the client's 5 s) ...
  const first = c.parseIDToken(sign(claims(), { key: KEY, header: { kid: "new-1" } })).catch((e) => e);
  await new Promise((r) => setTimeout(r, 20));
  // ... and calls with bounds of their own, needing a refetch too, end at those bounds.
  for (const opts of [{ signal: AbortSignal.timeout(150) }, { timeout: 150 }, { deadline: 150 }]) {
    const r = await within(150, c.parseIDToken(sign(claims(), { key: KEY, header: { kid: "new-2" } }), {}, opts));
    assert.ok(r.e && isGenAuthError(r.e), `${JSON.stringify(opts)}: ${r.e?.message ?? "resolved"}`);
  }
  assert.equal(n, 2);
  c.free();
  await first;
});

// ---- the redirect flows ------------------------------------------------------------------------

function flowClient() {
  const nonce = { value: undefined };
  const forms = [];
  const c = client({
    fetch: async (url, init) => {
      if (url.endsWith("jwks.json")) return json({ keys: [KEY.jwk] });
      forms.push(init.body);
      return json({ access_token: "at", id_token: sign(claims({ nonce: nonce.value }), { key: KEY }) });
    },
  });
  return { c, nonce, forms };
}
const cookieOf = (tx) => `X-Authing-Node-OIDC-State=${Buffer.from(JSON.stringify(tx)).toString("base64url")}`;

test("Node callback: duplicate state or code take the first; a missing state is refused even when the cookie's state is null; huge, non-base64url and prototype cookies are refused by state", async () => {
  const { c, nonce } = flowClient();
  const res = fakeRes();
  await c.loginWithRedirect(res, { state: "st1", nonce: "n1" });
  nonce.value = "n1";
  const cookie = res.headers["set-cookie"].split(";")[0];
  const cb = (url, cookieHeader) => c.handleRedirectCallback({ url, headers: { cookie: cookieHeader } }, fakeRes());
  assert.equal((await cb("/cb?code=c1&state=st1", cookie)).access_token, "at");
  assert.equal((await typed(cb("/cb?code=c1&state=evil&state=st1", cookie))).field, "state");
  for (const [url, bad] of [
    ["/cb?code=c1", cookieOf({ state: null, nonce: "n1" })],
    ["/cb?code=c1&state=", cookieOf({ state: "", nonce: "n1" })],
    ["/cb?code=c1", cookieOf({ nonce: "n1" })],
    ["/cb?code=c1&state=st1", "X-Authing-Node-OIDC-State=" + "A".repeat(8e6)],
    ["/cb?code=c1&state=st1", "X-Authing-Node-OIDC-State=%%%%"],
    ["/cb?code=c1&state=st1", "X-Authing-Node-OIDC-State=" + Buffer.from("\xff\xfe").toString("base64url")],
    ["/cb?code=c1&state=st1", cookieOf({ __proto__: { state: "st1" } }).replace("e30", Buffer.from('{"__proto__":{"state":"st1"}}').toString("base64url"))],
    ["/cb?code=c1&state=st1", cookieOf([1])],
  ]) {
    const e = await typed(cb(url, bad));
    assert.equal(`${e.code} ${e.field}`, "TOKEN_INVALID state", `${url} ${bad.slice(0, 60)}: ${e.message}`);
  }
  // A flow of another nonce (the ID token's nonce is n1): refused by nonce.
  assert.equal((await typed(cb("/cb?code=c1&state=st2", cookieOf({ state: "st2", nonce: "n2" })))).field, "nonce");
});

test("page callback: a storage whose getItem/setItem/removeItem throw, or that cannot be reached, gives a typed error; huge or prototype entries are refused by state", async () => {
  const { c, nonce } = flowClient();
  nonce.value = "n1";
  const throwing = (which) => ({ ...memoryStorage(), [which]() { throw new DOMException("denied", which == "setItem" ? "QuotaExceededError" : "SecurityError"); } });
  await inPage("https://app.example/cb", async () => {
    for (const which of ["setItem"]) assert.ok(isGenAuthError(await typed(c.loginWithRedirect({ storage: throwing(which) }))));
    for (const which of ["getItem"]) assert.ok(isGenAuthError(await typed(c.handleRedirectCallback("https://app.example/cb?code=c1&state=s1", { storage: throwing(which) }))));
    const st = { ...memoryStorage(), removeItem() { throw new DOMException("denied", "SecurityError"); } };
    st.setItem("X-Authing-Node-OIDC-State:s1", JSON.stringify({ state: "s1", nonce: "n1", redirectUri: "https://app.example/cb", codeVerifier: "v".repeat(43) }));
    await typed(c.handleRedirectCallback("https://app.example/cb?code=c1&state=s1", { storage: st }));
    // sessionStorage that throws when read (a sandboxed frame, storage blocked): typed.
    const had = Object.getOwnPropertyDescriptor(globalThis, "sessionStorage");
    Object.defineProperty(globalThis, "sessionStorage", { get() { throw new DOMException("blocked", "SecurityError"); }, configurable: true });
    try {
      await typed(c.loginWithRedirect());
      await typed(c.handleRedirectCallback("https://app.example/cb?code=c1&state=s1"));
    } finally {
      if (had) Object.defineProperty(globalThis, "sessionStorage", had);
      else delete globalThis.sessionStorage;
    }
    const mem = memoryStorage();
    mem.setItem("X-Authing-Node-OIDC-State:s2", "x".repeat(20e6));
    mem.setItem("X-Authing-Node-OIDC-State:s3", '{"__proto__":{"state":"s3"}}');
    for (const s of ["s2", "s3"]) assert.equal((await typed(c.handleRedirectCallback(`https://app.example/cb?code=c1&state=${s}`, { storage: mem }))).field, "state");
    assert.equal(mem.map.size, 0, "refused entries are removed");
  });
});

// ---- the emulator's provider ------------------------------------------------------------------

let emu;
after(() => emu?.close());

test("emulator: a real sign-in works; the code replayed, a tampered state, another flow's cookie and a wrong verifier are refused; the secret never shows", async () => {
  emu ??= await startEmulator();
  const c = new AuthenticationClient({ appId: DEFAULT_APP.appId, appSecret: DEFAULT_APP.appSecret, appHost: emu.url, redirectUri: "http://127.0.0.1/callback", scope: "openid profile offline_access" });
  const login = async () => {
    const res = fakeRes();
    await c.loginWithRedirect(res);
    const callback = await signInOnPage(res.headers.location, "zhangsan", DEMO_PASSWORD);
    return { cookie: res.headers["set-cookie"].split(";")[0], callback };
  };
  const cb = (url, cookie) => c.handleRedirectCallback({ url: url.pathname + url.search, headers: { cookie } }, fakeRes());
  const a = await login();
  const tokens = await cb(a.callback, a.cookie);
  assert.equal((await c.parseIDToken(tokens.id_token)).aud, DEFAULT_APP.appId);
  // refresh (rotation), then the old refresh token replayed
  const fresh = await c.getNewAccessTokenByRefreshToken(tokens.refresh_token);
  assert.ok(fresh.access_token);
  const replayed = await typed(c.getNewAccessTokenByRefreshToken(tokens.refresh_token));
  assert.equal(replayed.code, "OAUTH");
  // replayed code
  let e = await typed(cb(a.callback, a.cookie));
  assert.equal(e.code, "OAUTH");
  assert.equal(e.error, "invalid_grant");
  // tampered state, and another flow's cookie
  const b = await login();
  const tampered = new URL(b.callback);
  tampered.searchParams.set("state", "forged");
  assert.equal((await typed(cb(tampered, b.cookie))).field, "state");
  assert.equal((await typed(cb(b.callback, a.cookie))).field, "state");
  // the right state with a verifier that is not the flow's
  const tx = JSON.parse(Buffer.from(b.cookie.split("=")[1], "base64url"));
  e = await typed(cb(b.callback, cookieOf({ ...tx, codeVerifier: "W".repeat(43) })));
  assert.equal(e.code, "OAUTH");
  // an unknown token, userinfo with garbage: no secret in what they say
  for (const err of [replayed, await typed(c.getUserInfoByAccessToken("garbage-token-0123456789")), await typed(c.getAccessTokenByCode("garbage-code-0123456789"))])
    for (const s of [DEFAULT_APP.appSecret, tokens.refresh_token, "garbage-token-0123456789", "garbage-code-0123456789"]) assert.ok(!shown(err).includes(s), err.message);
  const b2 = await login();
  const t2 = await cb(b2.callback, b2.cookie);
  assert.equal((await c.introspectToken(t2.access_token)).active, true);
  assert.equal(await c.revokeToken(t2.access_token), true);
  assert.equal((await c.introspectToken(t2.access_token)).active, false);
  c.free();
});

test("emulator: hostile tokens against its JWKS (another key under its kid, alg none, HS256 with the JWKS n) are refused", async () => {
  emu ??= await startEmulator();
  const c = new AuthenticationClient({ appId: DEFAULT_APP.appId, appSecret: DEFAULT_APP.appSecret, appHost: emu.url });
  const jwks = await (await fetch(`${emu.url}/oidc/.well-known/jwks.json`)).json();
  const kid = jwks.keys[0].kid;
  const base = { iss: `${emu.url}/oidc`, aud: DEFAULT_APP.appId, sub: "u", iat: now(), exp: now() + 99 };
  const other = rsaKey(kid);
  for (const [token, field] of [
    [sign(base, { key: other }), "signature"],
    [sign(base, { alg: "none", header: { kid } }), "alg"],
    [sign(base, { secret: jwks.keys[0].n, header: { kid } }), "signature"],
    [sign(base, { key: other, header: { kid: "unknown" } }), "kid"],
  ]) {
    const e = await typed(c.parseIDToken(token));
    assert.equal(`${e.code} ${e.field}`, `TOKEN_INVALID ${field}`, e.message);
  }
  c.free();
});

test("an option name that is a near miss of a known one is refused, naming it (a misspelt nonce would skip the nonce check); other unknown names are ignored", async () => {
  const c = client({ fetch: async () => json({ keys: [] }) });
  const refused = (f, field) => {
    try {
      f();
    } catch (e) {
      assert.ok(isGenAuthError(e), String(e));
      assert.equal(e.code, "INVALID_ARGUMENT");
      assert.equal(e.field, field);
      assert.match(e.message, /did you mean/);
      return;
    }
    assert.fail(`${field} was not refused`);
  };
  refused(() => c.buildAuthorizeUrl({ redirect_uri: "http://127.0.0.1/x" }), "redirect_uri");
  refused(() => c.buildAuthorizeUrl({ codeChallengeMetod: "S256" }), "codeChallengeMetod");
  refused(() => c.buildLogoutUrl({ idtoken: "t" }), "idtoken");
  for (const [p, field] of [
    [() => c.parseIDToken("a.b.c", { nonse: "n" }), "nonse"],
    [() => c.parseAccessToken("a.b.c", { audiance: "api" }), "audiance"],
    [() => c.getUserInfoByAccessToken("token-0123456789", { tokenplace: "header" }), "tokenplace"],
    [() => c.getAccessTokenByCode("code-0123456789", { code_verifier: "v" }), "code_verifier"],
  ]) {
    const e = await typed(p);
    assert.equal(e.code, "INVALID_ARGUMENT");
    assert.equal(e.field, field);
  }
  // Names that are no near miss are left alone, as the official client leaves them.
  assert.match(c.buildAuthorizeUrl({ somethingElse: 1, scope: "openid" }).url, /scope=openid/);
  // A huge options object is read in bounded time.
  const many = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i]));
  const t = Date.now();
  c.buildAuthorizeUrl(many);
  assert.ok(Date.now() - t < 2000, "bounded");
});
