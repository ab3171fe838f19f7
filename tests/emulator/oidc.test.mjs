// The emulator as an OpenID Connect provider, over plain fetch: discovery, the sign-in page, the
// code flow with PKCE, tokens checked with node:crypto against the JWKS, userinfo, refresh rotation,
// revocation, introspection, end-session, CAS, /oauth; and every refusal. node --test tests/emulator/
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createHash, createHmac, createPublicKey, randomBytes, verify } from "node:crypto";
import http from "node:http";
import { startEmulator, DEFAULT_APP, DEMO_PASSWORD } from "../../emulator/index.mjs";
import { authRoute } from "../../emulator/areas/auth.mjs";

let emu;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(() => emu.reset());

const APP = DEFAULT_APP.appId;
const SECRET = DEFAULT_APP.appSecret;
const CB = "http://127.0.0.1:4555/callback";
const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const PASSWORD = DEMO_PASSWORD;

const json64 = (s) => JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
const decode = (jwt) => {
  const [h, p, s] = jwt.split(".");
  return { header: json64(h), payload: json64(p), input: Buffer.from(`${h}.${p}`), sig: Buffer.from(s, "base64url") };
};
async function jwks() {
  return (await fetch(`${emu.url}/oidc/.well-known/jwks.json`)).json();
}
/** The payload of an RS256 JWT whose signature node:crypto verifies with the JWKS key its kid names. */
async function verified(jwt) {
  const d = decode(jwt);
  assert.equal(d.header.alg, "RS256");
  const jwk = (await jwks()).keys.find((k) => k.kid === d.header.kid);
  assert.ok(jwk, "the kid is in the JWKS");
  assert.ok(verify("sha256", d.input, createPublicKey({ key: jwk, format: "jwk" }), d.sig), "the signature verifies");
  return d.payload;
}

const newVerifier = () => randomBytes(48).toString("base64url");
const s256 = (v) => createHash("sha256").update(v).digest("base64url");

function authorizeUrl(extra = {}, path = "/oidc/auth") {
  const q = new URLSearchParams();
  const all = { client_id: APP, redirect_uri: CB, response_type: "code", scope: "openid profile email phone offline_access", state: "state-1", nonce: "nonce-1", ...extra };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) q.append(k, v);
  return `${emu.url}${path}?${q}`;
}
const form = (o) => new URLSearchParams(Object.entries(o).filter(([, v]) => v !== undefined));
const signIn = (url, account = "zhangsan", password = PASSWORD, headers = {}) =>
  fetch(url, { method: "POST", body: form({ account, password }), redirect: "manual", headers });
async function codeFor(extra = {}, account, password) {
  const r = await signIn(authorizeUrl(extra), account, password);
  assert.equal(r.status, 302, await r.clone().text());
  const location = new URL(r.headers.get("location"));
  return { code: location.searchParams.get("code"), location, cookie: r.headers.get("set-cookie").split(";")[0] };
}
async function token(params, headers = {}, path = "/oidc/token") {
  const r = await fetch(`${emu.url}${path}`, { method: "POST", body: form(params), headers });
  return { status: r.status, body: await r.json(), headers: r.headers };
}
const exchange = (code, extra = {}) =>
  token({ client_id: APP, client_secret: SECRET, grant_type: "authorization_code", code, redirect_uri: CB, ...extra });
async function me(accessToken) {
  const r = await fetch(`${emu.url}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  return { status: r.status, body: await r.json(), headers: r.headers };
}
async function api(method, path, { token: t, body, query, app = APP, headers = {} } = {}) {
  const url = new URL(`/api/v3/${path}`, emu.url);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.append(k, String(v));
  const h = { "content-type": "application/json", ...(app ? { "x-authing-app-id": app } : {}), ...(t ? { authorization: t } : {}), ...headers };
  const r = await fetch(url, { method, headers: h, body: method === "GET" ? undefined : JSON.stringify(body ?? {}) });
  return { status: r.status, body: await r.json() };
}
async function manage(method, path, body) {
  const { access_token, userPoolId } = emu.mintToken();
  const url = new URL(`/api/v3/${path}`, emu.url);
  if (method === "GET") for (const [k, v] of Object.entries(body ?? {})) url.searchParams.append(k, String(v));
  const r = await fetch(url, {
    method, headers: { authorization: `Bearer ${access_token}`, "x-authing-userpool-id": userPoolId, "content-type": "application/json" },
    body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
  });
  return r.json();
}
const introspect = async (t) => (await token({ client_id: APP, client_secret: SECRET, token: t }, {}, "/oidc/token/introspection")).body;

// ---------------------------------------------------------------------------------------------

test("discovery: the issuer is the emulator's origin + /oidc, the endpoints under it, the JWKS one RS256 key", async () => {
  const d = await (await fetch(`${emu.url}/oidc/.well-known/openid-configuration`)).json();
  assert.equal(d.issuer, `${emu.url}/oidc`);
  for (const [k, p] of [["authorization_endpoint", "/auth"], ["token_endpoint", "/token"], ["userinfo_endpoint", "/me"], ["jwks_uri", "/.well-known/jwks.json"],
    ["end_session_endpoint", "/session/end"], ["revocation_endpoint", "/token/revocation"], ["introspection_endpoint", "/token/introspection"]])
    assert.equal(d[k], `${emu.url}/oidc${p}`);
  assert.deepEqual(d.code_challenge_methods_supported, ["S256", "plain"]);
  assert.deepEqual(d.token_endpoint_auth_methods_supported, ["client_secret_post", "client_secret_basic", "none"]);
  const keys = await jwks();
  assert.equal(keys.keys.length, 1);
  const [k] = keys.keys;
  assert.deepEqual([k.kty, k.alg, k.use, k.e], ["RSA", "RS256", "sig", "AQAB"]);
  assert.ok(k.kid && k.n.length > 300);
  assert.equal(k.d, undefined, "no private part");
  // The key outlives a reset; reached as localhost, the issuer says localhost.
  emu.reset();
  assert.equal((await jwks()).keys[0].kid, k.kid);
  const viaHost = (host) =>
    new Promise((resolve, reject) => {
      http.get({ host: "127.0.0.1", port: emu.port, path: "/oidc/.well-known/openid-configuration", headers: { host } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c)).on("end", () => resolve(JSON.parse(text).issuer));
      }).on("error", reject);
    });
  assert.equal(await viaHost(`localhost:${emu.port}`), `http://localhost:${emu.port}/oidc`);
  assert.equal(await viaHost("evil.example"), `${emu.url}/oidc`);
});

test("the sign-in page: a title, labelled account and password, a submit button, an empty error line; safe headers", async () => {
  const r = await fetch(authorizeUrl({ login_hint: '"><script>x</script>' }));
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-type"), /^text\/html/);
  assert.match(r.headers.get("content-security-policy"), /default-src 'none'/);
  assert.equal(r.headers.get("cache-control"), "no-store");
  const html = await r.text();
  assert.match(html, /<title>登录 · 示例应用<\/title>/);
  assert.match(html, /<label for="account">账号<\/label><input id="account" name="account"/);
  assert.match(html, /<label for="password">密码<\/label><input id="password" name="password" type="password"/);
  assert.match(html, /<button id="sign-in" type="submit">登录<\/button>/);
  assert.match(html, /<p id="error" class="error" role="alert"><\/p>/);
  assert.ok(!html.includes("<script>x"), "the login hint is escaped");
  assert.match(html, /value="&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
  const en = await (await fetch(authorizeUrl({ ui_locales: "en-US" }))).text();
  assert.match(en, /<title>Sign in · 示例应用<\/title>/);
  assert.match(en, /<html lang="en">/);
});

test("the code flow with PKCE S256: page, wrong password, sign-in, code, tokens verified against the JWKS, userinfo", async () => {
  const verifier = newVerifier();
  const url = authorizeUrl({ code_challenge: s256(verifier), code_challenge_method: "S256" });
  const wrong = await signIn(url, "zhangsan", "nope");
  assert.equal(wrong.status, 401);
  assert.match(await wrong.text(), /<p id="error" class="error" role="alert">账号或密码错误<\/p>/);
  const unknown = await signIn(url, "nobody", PASSWORD);
  assert.equal(unknown.status, 401);

  const r = await signIn(url, "zhangsan@steamory.cn", PASSWORD);
  assert.equal(r.status, 302);
  const location = new URL(r.headers.get("location"));
  assert.equal(`${location.origin}${location.pathname}`, CB);
  assert.equal(location.searchParams.get("state"), "state-1");
  const code = location.searchParams.get("code");
  assert.match(code, /^[A-Za-z0-9_-]{43}$/);
  assert.match(r.headers.get("set-cookie"), /^genauth_emu_sid=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Lax$/);

  const t = await exchange(code, { code_verifier: verifier });
  assert.equal(t.status, 200, JSON.stringify(t.body));
  assert.equal(t.headers.get("cache-control"), "no-store");
  assert.deepEqual(Object.keys(t.body).sort(), ["access_token", "expires_in", "id_token", "refresh_token", "scope", "token_type"]);
  assert.deepEqual([t.body.token_type, t.body.expires_in, t.body.scope], ["Bearer", 3600, "openid profile email phone offline_access"]);

  const id = await verified(t.body.id_token);
  const now = Math.floor(Date.now() / 1000);
  assert.equal(id.iss, `${emu.url}/oidc`);
  assert.equal(id.aud, APP);
  assert.equal(id.sub, ZHANGSAN);
  assert.equal(id.nonce, "nonce-1");
  assert.ok(Math.abs(id.iat - now) < 5 && id.exp === id.iat + 3600 && Math.abs(id.auth_time - now) < 5);
  assert.equal(id.at_hash, createHash("sha256").update(t.body.access_token).digest().subarray(0, 16).toString("base64url"));
  assert.deepEqual([id.name, id.email, id.email_verified, id.phone_number, id.phone_number_verified], ["张三", "zhangsan@steamory.cn", true, "13800138001", false]);

  const at = await verified(t.body.access_token);
  assert.deepEqual([at.sub, at.aud, at.iss, at.scope, at.exp - at.iat], [ZHANGSAN, APP, `${emu.url}/oidc`, "openid profile email phone offline_access", 3600]);

  const info = await me(t.body.access_token);
  assert.equal(info.status, 200);
  assert.deepEqual([info.body.sub, info.body.name, info.body.email, info.body.phone_number], [ZHANGSAN, "张三", "zhangsan@steamory.cn", "13800138001"]);
  // The token in the query, in a form body, in a JSON body, raw in the header.
  const q = await fetch(`${emu.url}/oidc/me?access_token=${t.body.access_token}`);
  assert.equal((await q.json()).sub, ZHANGSAN);
  const b = await fetch(`${emu.url}/oidc/me`, { method: "POST", body: form({ access_token: t.body.access_token }) });
  assert.equal((await b.json()).sub, ZHANGSAN);
  const j = await fetch(`${emu.url}/oidc/me`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ access_token: t.body.access_token }) });
  assert.equal((await j.json()).sub, ZHANGSAN);
  const raw = await fetch(`${emu.url}/oidc/me`, { headers: { authorization: t.body.access_token } });
  assert.equal((await raw.json()).sub, ZHANGSAN);

  // The sign-in shows on the user and in their history.
  const user = await manage("GET", "get-user", { userId: ZHANGSAN });
  assert.equal(user.data.loginsCount, 1);
  assert.equal(user.data.lastLoginApp, APP);
  const history = await api("GET", "get-my-login-history", { token: t.body.access_token });
  assert.deepEqual(history.body.data.list.map((x) => x.success), [true, false]);
});

test("PKCE plain, client_secret_basic, and a public client (none) with S256", async () => {
  const v1 = newVerifier();
  const { code } = await codeFor({ code_challenge: v1, code_challenge_method: "plain" });
  const basic = `Basic ${Buffer.from(`${APP}:${SECRET}`).toString("base64")}`;
  const t1 = await token({ grant_type: "authorization_code", code, redirect_uri: CB, code_verifier: v1 }, { authorization: basic });
  assert.equal(t1.status, 200, JSON.stringify(t1.body));

  const v2 = newVerifier();
  const { code: code2 } = await codeFor({ code_challenge: s256(v2), code_challenge_method: "S256" });
  const t2 = await token({ client_id: APP, grant_type: "authorization_code", code: code2, redirect_uri: CB, code_verifier: v2 });
  assert.equal(t2.status, 200, JSON.stringify(t2.body));
  // A challenge without a method is plain (RFC 7636).
  const v3 = newVerifier();
  const { code: code3 } = await codeFor({ code_challenge: v3 });
  assert.equal((await exchange(code3, { code_verifier: v3 })).status, 200);
});

test("refusals at the token endpoint: wrong verifier, reused code, wrong redirect_uri, wrong secret, unknown client, expired code", async () => {
  const verifier = newVerifier();
  const pkce = { code_challenge: s256(verifier), code_challenge_method: "S256" };

  let { code } = await codeFor(pkce);
  let r = await exchange(code, { code_verifier: newVerifier() });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"]);
  assert.match(r.body.error_description, /code_verifier does not match/);
  // The code was not spent by the failed attempt.
  assert.equal((await exchange(code, { code_verifier: verifier })).status, 200);

  ({ code } = await codeFor(pkce));
  assert.deepEqual((await exchange(code)).body.error, "invalid_grant", "a code with a challenge needs its verifier");

  // Reuse: refused, and the tokens of the first exchange are revoked.
  ({ code } = await codeFor(pkce));
  const first = await exchange(code, { code_verifier: verifier });
  assert.equal((await me(first.body.access_token)).status, 200);
  r = await exchange(code, { code_verifier: verifier });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"]);
  assert.match(r.body.error_description, /already used/);
  assert.equal((await me(first.body.access_token)).status, 401);
  assert.equal((await introspect(first.body.refresh_token)).active, false);

  ({ code } = await codeFor(pkce));
  r = await exchange(code, { code_verifier: verifier, redirect_uri: "http://127.0.0.1:4555/other" });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"]);
  r = await exchange(code, { code_verifier: verifier, redirect_uri: undefined });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"], "redirect_uri is required when the authorize request had one");

  r = await exchange(code, { code_verifier: verifier, client_secret: "wrong" });
  assert.deepEqual([r.status, r.body.error], [401, "invalid_client"]);
  r = await token({ grant_type: "authorization_code", code, code_verifier: verifier, redirect_uri: CB }, { authorization: `Basic ${Buffer.from(`${APP}:wrong`).toString("base64")}` });
  assert.deepEqual([r.status, r.body.error], [401, "invalid_client"]);
  assert.match(r.headers.get("www-authenticate"), /^Basic/);
  r = await exchange(code, { code_verifier: verifier, client_id: "no-such-app" });
  assert.deepEqual([r.status, r.body.error], [401, "invalid_client"]);
  r = await token({ grant_type: "authorization_code", code });
  assert.deepEqual([r.status, r.body.error], [401, "invalid_client"], "no client at all");
  const twice = form({ client_id: APP, client_secret: SECRET, grant_type: "authorization_code", code });
  twice.append("code", "again");
  const dup = await fetch(`${emu.url}/oidc/token`, { method: "POST", body: twice });
  assert.deepEqual([dup.status, (await dup.json()).error], [400, "invalid_request"], "a parameter given twice");
  r = await token({ client_id: APP, client_secret: SECRET, grant_type: "implicit" });
  assert.deepEqual([r.status, r.body.error], [400, "unsupported_grant_type"]);
  r = await token({ client_id: APP, client_secret: SECRET, grant_type: "authorization_code", code: "made-up" });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"]);
  assert.equal((await exchange(code, { code_verifier: verifier })).status, 200, "none of the refusals spent the code");

  // Expired: past codeExpiresIn (60 s) on the emulator's clock.
  ({ code } = await codeFor(pkce));
  emu.config.clockOffsetSeconds = 61;
  r = await exchange(code, { code_verifier: verifier });
  emu.config.clockOffsetSeconds = 0;
  assert.deepEqual([r.status, r.body.error, r.body.error_description], [400, "invalid_grant", "the code has expired"]);

  // A verifier for a code without a challenge.
  ({ code } = await codeFor());
  r = await exchange(code, { code_verifier: verifier });
  assert.deepEqual([r.status, r.body.error], [400, "invalid_grant"]);
});

test("refusals at the authorize endpoint: a page for a bad client or redirect_uri, redirects with error and state otherwise", async () => {
  for (const extra of [{ client_id: "no-such-app" }, { client_id: undefined }, { redirect_uri: "https://evil.example/cb" }, { redirect_uri: "http://127.0.0.1:1/cb#frag" }]) {
    const r = await fetch(authorizeUrl(extra), { redirect: "manual" });
    assert.equal(r.status, 400, JSON.stringify(extra));
    assert.equal(r.headers.get("location"), null);
    assert.match(await r.text(), /id="error"/);
  }
  const errorOf = async (extra) => {
    const r = await fetch(authorizeUrl(extra), { redirect: "manual" });
    assert.equal(r.status, 302, JSON.stringify(extra));
    const u = new URL(r.headers.get("location"));
    const p = u.hash ? new URLSearchParams(u.hash.slice(1)) : u.searchParams;
    assert.equal(p.get("state"), "state-1");
    return p.get("error");
  };
  assert.equal(await errorOf({ scope: "profile" }), "invalid_scope");
  assert.equal(await errorOf({ response_type: "magic" }), "unsupported_response_type");
  assert.equal(await errorOf({ response_type: undefined }), "invalid_request");
  assert.equal(await errorOf({ code_challenge_method: "S512", code_challenge: newVerifier() }), "invalid_request");
  assert.equal(await errorOf({ code_challenge: "short" }), "invalid_request");
  assert.equal(await errorOf({ prompt: "none" }), "login_required");
  assert.equal(await errorOf({ response_mode: "sideways" }), "invalid_request");
  assert.equal(await errorOf({ response_type: "token", response_mode: "query" }), "invalid_request");
  // A public client must use PKCE.
  emu.addApplication({ appId: "spa", appSecret: "spa-secret", redirectUris: [CB], tokenEndPointAuthMethod: "none" });
  assert.equal(await errorOf({ client_id: "spa" }), "invalid_request");
  // The default app accepts any loopback redirect; the redirect_uri defaults to the first registered one.
  assert.equal((await signIn(authorizeUrl({ redirect_uri: "http://localhost:1234/x/y?keep=1" }))).status, 302);
  const kept = new URL((await signIn(authorizeUrl({ redirect_uri: "http://localhost:1234/x/y?keep=1" }))).headers.get("location"));
  assert.equal(kept.searchParams.get("keep"), "1");
  const dflt = await signIn(authorizeUrl({ redirect_uri: undefined }));
  assert.ok(dflt.headers.get("location").startsWith("http://127.0.0.1/callback?code="));
});

test("the session: a second authorize comes straight back, prompt=login and max_age show the page, end-session ends it", async () => {
  const { cookie, code } = await codeFor();
  const t = await exchange(code);
  const again = await fetch(authorizeUrl({ state: "s2" }), { headers: { cookie }, redirect: "manual" });
  assert.equal(again.status, 302);
  assert.equal(new URL(again.headers.get("location")).searchParams.get("state"), "s2");
  assert.equal((await fetch(authorizeUrl({ prompt: "login" }), { headers: { cookie }, redirect: "manual" })).status, 200);
  emu.config.clockOffsetSeconds = 30;
  assert.equal((await fetch(authorizeUrl({ max_age: "10" }), { headers: { cookie }, redirect: "manual" })).status, 200);
  emu.config.clockOffsetSeconds = 0;

  const end = new URL(`${emu.url}/oidc/session/end`);
  end.search = form({ id_token_hint: t.body.id_token, post_logout_redirect_uri: "http://127.0.0.1:4555/bye", state: "out-1" }).toString();
  const r = await fetch(end, { headers: { cookie }, redirect: "manual" });
  assert.equal(r.status, 302);
  assert.equal(r.headers.get("location"), "http://127.0.0.1:4555/bye?state=out-1");
  assert.match(r.headers.get("set-cookie"), /Max-Age=0/);
  assert.equal((await fetch(authorizeUrl(), { headers: { cookie }, redirect: "manual" })).status, 200, "the page again");

  // Without a redirect: a page. A redirect not registered, or without a client: a 400 page.
  const plain = await fetch(`${emu.url}/oidc/session/end`);
  assert.equal(plain.status, 200);
  assert.match(await plain.text(), /id="signed-out"/);
  const bad = await fetch(`${emu.url}/oidc/session/end?client_id=${APP}&post_logout_redirect_uri=${encodeURIComponent("https://evil.example/")}`, { redirect: "manual" });
  assert.equal(bad.status, 400);
  assert.equal((await fetch(`${emu.url}/oidc/session/end?post_logout_redirect_uri=${encodeURIComponent("http://127.0.0.1/")}`, { redirect: "manual" })).status, 400);
  assert.equal((await fetch(`${emu.url}/oidc/session/end?id_token_hint=forged.token.here`, { redirect: "manual" })).status, 400);
});

test("refresh tokens rotate; a rotated one is refused and revokes its grant; scope may narrow", async () => {
  const { code } = await codeFor();
  const t = (await exchange(code)).body;
  const refresh = (rt, extra = {}) => token({ client_id: APP, client_secret: SECRET, grant_type: "refresh_token", refresh_token: rt, ...extra });
  const r1 = await refresh(t.refresh_token);
  assert.equal(r1.status, 200, JSON.stringify(r1.body));
  assert.notEqual(r1.body.refresh_token, t.refresh_token);
  const id = await verified(r1.body.id_token);
  assert.deepEqual([id.sub, id.nonce, id.auth_time], [ZHANGSAN, "nonce-1", decode(t.id_token).payload.auth_time]);
  assert.equal((await me(r1.body.access_token)).status, 200);
  const narrow = await refresh(r1.body.refresh_token, { scope: "openid email" });
  assert.equal(narrow.body.scope, "openid email");
  assert.equal((await me(narrow.body.access_token)).body.name, undefined);
  assert.equal((await refresh(narrow.body.refresh_token, { scope: "openid admin" })).body.error, "invalid_scope");
  // The rotated token: refused, and the grant goes (the newest refresh and access tokens too).
  const reused = await refresh(t.refresh_token);
  assert.deepEqual([reused.status, reused.body.error], [400, "invalid_grant"]);
  assert.equal((await refresh(narrow.body.refresh_token)).body.error, "invalid_grant");
  assert.equal((await me(narrow.body.access_token)).status, 401);
  // No offline_access: no refresh token.
  const { code: c2 } = await codeFor({ scope: "openid profile" });
  assert.equal((await exchange(c2)).body.refresh_token, undefined);
});

test("revocation and introspection: a revoked token works nowhere; introspection answers active and the claims", async () => {
  const { code } = await codeFor();
  const t = (await exchange(code)).body;
  const i = await introspect(t.access_token);
  assert.deepEqual([i.active, i.sub, i.scope, i.client_id, i.token_type], [true, ZHANGSAN, "openid profile email phone offline_access", APP, "Bearer"]);
  assert.ok(i.exp > Date.now() / 1000);
  assert.deepEqual([(await introspect(t.refresh_token)).active, (await introspect(t.refresh_token)).token_type], [true, "refresh_token"]);
  assert.deepEqual(await introspect("nonsense"), { active: false });
  assert.deepEqual(await introspect(t.id_token), { active: false });

  assert.equal((await api("GET", "get-profile", { token: t.access_token })).status, 200);
  const rv = await fetch(`${emu.url}/oidc/token/revocation`, { method: "POST", body: form({ client_id: APP, client_secret: SECRET, token: t.access_token }) });
  assert.equal(rv.status, 200);
  assert.equal(await rv.text(), "");
  assert.equal((await me(t.access_token)).status, 401);
  assert.equal((await api("GET", "get-profile", { token: t.access_token })).body.apiCode, 2021);
  assert.deepEqual(await introspect(t.access_token), { active: false });
  // The refresh token of the grant still works until it is revoked; then the grant is gone.
  const r = await token({ client_id: APP, client_secret: SECRET, grant_type: "refresh_token", refresh_token: t.refresh_token });
  assert.equal(r.status, 200);
  await fetch(`${emu.url}/oidc/token/revocation`, { method: "POST", body: form({ client_id: APP, client_secret: SECRET, token: r.body.refresh_token }) });
  assert.equal((await me(r.body.access_token)).status, 401);
  assert.equal((await introspect(r.body.refresh_token)).active, false);
  // Unknown tokens: 200; a missing token or a wrong secret: refused.
  assert.equal((await fetch(`${emu.url}/oidc/token/revocation`, { method: "POST", body: form({ client_id: APP, client_secret: SECRET, token: "x" }) })).status, 200);
  assert.equal((await token({ client_id: APP, client_secret: SECRET }, {}, "/oidc/token/revocation")).body.error, "invalid_request");
  assert.equal((await token({ client_id: APP, client_secret: "no", token: "x" }, {}, "/oidc/token/introspection")).status, 401);
  // A deleted user's tokens stop working.
  const { code: c2 } = await codeFor();
  const t2 = (await exchange(c2)).body;
  await manage("POST", "delete-users-batch", { userIds: [ZHANGSAN] });
  assert.equal((await me(t2.access_token)).status, 401);
});

test("an application's settings: methods per endpoint, HS256 ID tokens, registered URIs only", async () => {
  emu.addApplication({
    appId: "basic-only", appSecret: "s3cret", appName: "Basic", redirectUris: ["https://app.example/cb"], logoutRedirectUris: ["https://app.example/out"],
    tokenEndPointAuthMethod: "client_secret_basic", introspectionEndPointAuthMethod: "none", idTokenSigningAlg: "HS256",
  });
  const loopback = await fetch(authorizeUrl({ client_id: "basic-only" }), { redirect: "manual" });
  assert.equal(loopback.status, 400, "no loopback rule for this app");
  const r = await signIn(authorizeUrl({ client_id: "basic-only", redirect_uri: "https://app.example/cb" }));
  const code = new URL(r.headers.get("location")).searchParams.get("code");
  const post = await token({ client_id: "basic-only", client_secret: "s3cret", grant_type: "authorization_code", code, redirect_uri: "https://app.example/cb" });
  assert.deepEqual([post.status, post.body.error], [401, "invalid_client"]);
  const ok = await token({ grant_type: "authorization_code", code, redirect_uri: "https://app.example/cb" }, { authorization: `Basic ${Buffer.from("basic-only:s3cret").toString("base64")}` });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  const d = decode(ok.body.id_token);
  assert.deepEqual([d.header.alg, d.header.kid], ["HS256", undefined]);
  assert.ok(createHmac("sha256", "s3cret").update(d.input).digest().equals(d.sig));
  assert.equal(d.payload.aud, "basic-only");
  assert.equal((await token({ client_id: "basic-only", token: ok.body.access_token }, {}, "/oidc/token/introspection")).body.active, true);
  // The HS256 ID token is a good id_token_hint; the logout redirect must be registered.
  const end = await fetch(`${emu.url}/oidc/session/end?${form({ id_token_hint: ok.body.id_token, post_logout_redirect_uri: "https://app.example/out", state: "x" })}`, { redirect: "manual" });
  assert.equal(end.headers.get("location"), "https://app.example/out?state=x");
  // Bad applications are refused, naming the problem.
  for (const bad of [{ appId: "x" }, { appId: "x", appSecret: "s", redirectUris: ["not a url"] }, { appId: "x", appSecret: "s", tokenEndPointAuthMethod: "magic" }, { appId: "a b", appSecret: "s" }])
    assert.throws(() => emu.addApplication(bad), /appSecret|redirectUris|tokenEndPointAuthMethod|appId/);
  const ctl = await fetch(`${emu.url}/__control/apps`, { method: "POST", body: JSON.stringify({ appId: "y" }) });
  assert.equal(ctl.status, 400);
  assert.deepEqual((await (await fetch(`${emu.url}/__control/apps`)).json()).map((a) => a.appId), [APP, "basic-only"]);
  assert.throws(() => emu.reset({ applications: [{ appId: "a", appSecret: "s" }, { appId: "a", appSecret: "t" }] }), /duplicate appId a/);
});

test("client_credentials and password grants; implicit and hybrid responses in the fragment", async () => {
  const cc = await token({ client_id: APP, client_secret: SECRET, grant_type: "client_credentials", scope: "read:orders" });
  assert.equal(cc.status, 200);
  assert.deepEqual([cc.body.id_token, cc.body.refresh_token, cc.body.scope], [undefined, undefined, "read:orders"]);
  const at = await verified(cc.body.access_token);
  assert.equal(at.sub, APP);
  assert.equal((await me(cc.body.access_token)).status, 401, "no user behind a client token");
  assert.equal((await token({ client_id: APP, grant_type: "client_credentials" })).body.error, "unauthorized_client");

  const pw = await token({ client_id: APP, client_secret: SECRET, grant_type: "password", username: "13800138001", password: PASSWORD, scope: "openid email" });
  assert.equal(pw.status, 200);
  assert.equal((await verified(pw.body.id_token)).email, "zhangsan@steamory.cn");
  assert.equal((await token({ client_id: APP, client_secret: SECRET, grant_type: "password", username: "zhangsan", password: "x" })).body.error, "invalid_grant");

  const r = await signIn(authorizeUrl({ response_type: "id_token token" }));
  const frag = new URLSearchParams(new URL(r.headers.get("location")).hash.slice(1));
  assert.equal(frag.get("state"), "state-1");
  const id = await verified(frag.get("id_token"));
  assert.equal(id.nonce, "nonce-1");
  assert.equal((await me(frag.get("access_token"))).status, 200);
  const post = await signIn(authorizeUrl({ response_type: "code id_token", response_mode: "form_post" }));
  assert.equal(post.status, 200);
  const html = await post.text();
  assert.match(html, /<form method="post" action="http:\/\/127\.0\.0\.1:4555\/callback"><input type="hidden" name="code"/);
  assert.match(html, /name="state" value="state-1"/);
});

test("/oauth: the same flow without an ID token; CAS: ticket, validate, serviceValidate", async () => {
  const r = await signIn(authorizeUrl({ scope: "user", nonce: undefined }, "/oauth/auth"));
  assert.equal(r.status, 302);
  const code = new URL(r.headers.get("location")).searchParams.get("code");
  const t = await token({ client_id: APP, client_secret: SECRET, grant_type: "authorization_code", code, redirect_uri: CB }, {}, "/oauth/token");
  assert.equal(t.status, 200);
  assert.equal(t.body.id_token, undefined);
  assert.equal((await (await fetch(`${emu.url}/oauth/me?access_token=${t.body.access_token}`)).json()).sub, ZHANGSAN);
  // An /oauth code is no /oidc code.
  const r2 = await signIn(authorizeUrl({ scope: "user" }, "/oauth/auth"));
  assert.equal((await exchange(new URL(r2.headers.get("location")).searchParams.get("code"))).body.error, "invalid_grant");

  const service = "http://127.0.0.1:4555/cas";
  const page = await fetch(`${emu.url}/cas-idp/${APP}?service=${encodeURIComponent(service)}`);
  assert.match(await page.text(), /id="sign-in"/);
  const login = await signIn(`${emu.url}/cas-idp/${APP}?service=${encodeURIComponent(service)}`, "alice", PASSWORD);
  assert.equal(login.status, 302);
  const ticket = new URL(login.headers.get("location")).searchParams.get("ticket");
  assert.match(ticket, /^ST-/);
  const v1 = await fetch(`${emu.url}/cas-idp/${APP}/validate?service=${encodeURIComponent(service)}&ticket=${ticket}`);
  assert.equal(await v1.text(), "yes\nalice\n");
  assert.equal(await (await fetch(`${emu.url}/cas-idp/${APP}/validate?service=${encodeURIComponent(service)}&ticket=${ticket}`)).text(), "no\n\n", "single use");
  const login2 = await signIn(`${emu.url}/cas-idp/${APP}?service=${encodeURIComponent(service)}`, "alice", PASSWORD);
  const t2 = new URL(login2.headers.get("location")).searchParams.get("ticket");
  const v2 = await (await fetch(`${emu.url}/cas-idp/${APP}/serviceValidate?service=${encodeURIComponent(service)}&ticket=${t2}&format=JSON`)).json();
  assert.equal(v2.serviceResponse.authenticationSuccess.user, "alice");
  assert.equal(v2.serviceResponse.authenticationSuccess.attributes.email, "alice.zhou@cloudharbor.io");
  const v3 = await (await fetch(`${emu.url}/cas-idp/${APP}/serviceValidate?service=${encodeURIComponent(service)}&ticket=${t2}&format=XML`)).text();
  assert.match(v3, /<cas:authenticationFailure code="INVALID_TICKET">/);
  assert.equal((await fetch(`${emu.url}/cas-idp/${APP}?service=${encodeURIComponent("https://evil.example/")}`)).status, 400);
});

test("the request log keeps no secret: passwords, client secrets, codes, verifiers, tokens, cookies", async () => {
  emu.requests.length = 0;
  const verifier = newVerifier();
  const { code, cookie } = await codeFor({ code_challenge: s256(verifier), code_challenge_method: "S256" });
  const t = (await exchange(code, { code_verifier: verifier })).body;
  await fetch(`${emu.url}/oidc/me?access_token=${t.access_token}`);
  await fetch(authorizeUrl(), { headers: { cookie }, redirect: "manual" });
  await token({ client_id: APP, client_secret: SECRET, grant_type: "refresh_token", refresh_token: t.refresh_token });
  await api("POST", "signin", { body: { connection: "PASSWORD", passwordPayload: { username: "zhangsan", password: PASSWORD }, client_id: APP, client_secret: SECRET } });
  await api("POST", "update-password", { token: t.access_token, body: { oldPassword: PASSWORD, newPassword: "N3w-secret!" } });
  const log = JSON.stringify(emu.requests);
  for (const secret of [PASSWORD, "N3w-secret!", SECRET, code, verifier, t.access_token, t.refresh_token, cookie.split("=")[1]])
    assert.ok(!log.includes(secret), `the log holds ${secret.slice(0, 12)}…`);
  assert.ok(log.includes("zhangsan") && log.includes(APP), "the rest is logged");
});

test("routing: authentication calls by path, and by headers where a path is shared", () => {
  const app = { "x-authing-app-id": APP };
  assert.ok(authRoute("/api/v3/get-profile", app, false));
  assert.equal(authRoute("/api/v3/list-users", app, true), null, "not an authentication path");
  assert.ok(authRoute("/api/v3/get-profile", app, true), "shared path, authentication headers");
  assert.equal(authRoute("/api/v3/get-profile", { ...app, authorization: "authing key:sig" }, true), null, "signed: management");
  assert.equal(authRoute("/api/v3/get-profile", { ...app, authorization: "Bearer t", "x-authing-userpool-id": "p" }, true), null, "management token");
  assert.equal(authRoute("/api/v3/get-profile", {}, true), null);
});
