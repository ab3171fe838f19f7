// The protocol methods of pkg/oidc.js through `protocol(deps)`, against a loopback provider: the
// URLs and request bodies the official authing-node-sdk 4.0.1 client makes (compared request for
// request where this package does the same, the differences asserted where it does not), the
// redirect flows in Node (the official cookie) and in a page (storage, location), PKCE, and the
// errors for bad input.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { APP_ID, APP_SECRET, fakeRes, idClaims, inPage, makeClient, makeDeps, memoryStorage, officialClient, rejection, sign, startProvider } from "./harness.mjs";

let p;
before(async () => (p = await startProvider()));
after(() => p.close());

const client = (options) => makeClient(makeDeps(), p.host, options);
const RFC7636 = /^[A-Za-z0-9\-._~]{43,128}$/;
const s256 = (v) => createHash("sha256").update(v).digest("base64url");
/** The request each of `ours` and `theirs` makes: method, path, query, body, content-type, authorization. */
async function requestsOf(ours, theirs) {
  // The query decoded (axios leaves ":" and "," unencoded, URLSearchParams encodes them), in order;
  // the content type of a request that has a body.
  const pick = (r) => ({
    method: r.method,
    path: r.path,
    query: [...new URLSearchParams(r.query)],
    body: r.body,
    type: r.body ? r.headers["content-type"]?.split(";")[0] : undefined,
    authorization: r.headers.authorization,
  });
  const out = [];
  for (const f of [ours, theirs]) {
    p.requests.length = 0;
    out.push({ result: await f(), request: pick(p.last()) });
  }
  return out;
}
const typed = async (promiseOrFn, code, field) => {
  const e = await rejection(promiseOrFn);
  assert.equal(e.code, code, `${e.code}/${e.field}: ${e.message}`);
  assert.equal(e.field, field, e.message);
  return e;
};
const thrown = (fn, code, field) => {
  assert.throws(fn, (e) => e.code === code && e.field === field);
};

// URLs ---------------------------------------------------------------------------------------

test("buildAuthorizeUrl (oidc, confidential client): the official URL byte for byte, for every option", () => {
  const cases = [
    {},
    { state: "s1", nonce: "n1" },
    { state: "s 1&x", nonce: "n/1", scope: "openid profile offline_access", redirectUri: "https://app.example/cb?x=1" },
    { state: "s", nonce: "n", forced: true, scope: "openid offline_access" },
    { state: "s", nonce: "n", tenantId: "t1", responseMode: "fragment", responseType: "code id_token" },
    { state: "中文", nonce: "n" },
  ];
  for (const redirectUri of [undefined, "https://app.example/callback"]) {
    const ours = client({ redirectUri }), theirs = officialClient(p.host, { redirectUri });
    for (const c of cases) {
      const a = ours.buildAuthorizeUrl(c), b = theirs.buildAuthorizeUrl(c);
      if (c.state) assert.deepEqual(a, b);
      else {
        // Fresh state and nonce on both sides: the same URL once they are put in.
        assert.equal(a.url.replace(`state=${a.state}`, "").replace(`nonce=${a.nonce}`, ""), b.url.replace(`state=${b.state}`, "").replace(`nonce=${b.nonce}`, ""));
        assert.match(a.state, /^[A-Za-z0-9]{16}$/);
        assert.match(a.nonce, /^[A-Za-z0-9]{16}$/);
      }
    }
  }
});

test("buildAuthorizeUrl: PKCE S256 and a fresh state, nonce and verifier per call for a public client; the verifier meets RFC 7636", () => {
  for (const options of [{ tokenEndPointAuthMethod: "none", appSecret: undefined }, { appSecret: undefined, tokenEndPointAuthMethod: "none", redirectUri: "https://app.example/cb" }]) {
    const c = client(options);
    const seen = new Set();
    for (let i = 0; i < 200; i++) {
      const r = c.buildAuthorizeUrl();
      const q = new URL(r.url).searchParams;
      assert.match(r.codeVerifier, RFC7636);
      assert.equal(q.get("code_challenge"), s256(r.codeVerifier));
      assert.equal(q.get("code_challenge_method"), "S256");
      assert.equal(q.get("state"), r.state);
      assert.equal(q.get("nonce"), r.nonce);
      // The official parameters first, in their order, then the challenge.
      assert.deepEqual([...q.keys()].slice(-2), ["code_challenge", "code_challenge_method"]);
      for (const v of [r.state, r.nonce, r.codeVerifier]) {
        assert.ok(!seen.has(v), "a value came twice");
        seen.add(v);
      }
    }
  }
  // The same for any client in a browser (deps.inBrowser).
  const inBrowser = makeClient(makeDeps({ inBrowser: true }), p.host, { appSecret: undefined, tokenEndPointAuthMethod: "none" });
  assert.ok(inBrowser.buildAuthorizeUrl().codeVerifier);
});

test("buildAuthorizeUrl: codeChallengeMethod asks a confidential client for PKCE; a given codeChallenge is sent as it is (the official client drops both)", () => {
  const c = client();
  assert.equal(c.buildAuthorizeUrl().codeVerifier, undefined);
  const r = c.buildAuthorizeUrl({ codeChallengeMethod: "S256" });
  assert.equal(new URL(r.url).searchParams.get("code_challenge"), s256(r.codeVerifier));
  const plain = c.buildAuthorizeUrl({ codeChallengeMethod: "plain" });
  assert.equal(new URL(plain.url).searchParams.get("code_challenge"), plain.codeVerifier);
  const given = c.buildAuthorizeUrl({ codeChallenge: "x".repeat(43), state: "s", nonce: "n" });
  assert.equal(given.codeVerifier, undefined);
  assert.ok(given.url.endsWith(`&code_challenge=${"x".repeat(43)}&code_challenge_method=S256`));
  thrown(() => c.buildAuthorizeUrl({ codeChallengeMethod: "S512" }), "INVALID_ARGUMENT", "codeChallengeMethod");
});

test("buildAuthorizeUrl: bad options are refused by name", () => {
  const c = client();
  thrown(() => c.buildAuthorizeUrl("x"), "INVALID_ARGUMENT", "options");
  for (const k of ["state", "nonce", "scope", "redirectUri", "responseType", "tenantId"]) {
    thrown(() => c.buildAuthorizeUrl({ [k]: 42 }), "INVALID_ARGUMENT", k);
    thrown(() => c.buildAuthorizeUrl({ [k]: "" }), "INVALID_ARGUMENT", k);
  }
  // A lone surrogate cannot be URL-encoded (the official client throws a URIError).
  thrown(() => c.buildAuthorizeUrl({ state: "\ud800" }), "INVALID_ARGUMENT", undefined);
});

test("buildAuthorizeUrl (oauth, saml, cas): the official URLs; oauth returns the state it sent and leaves an unset redirect_uri out", () => {
  const oauth = { protocol: "oauth", redirectUri: "https://app.example/cb" };
  const cases = [{ state: "s1" }, { state: "s1", scope: "user profile", responseType: "token", redirectUri: "https://x.example/a b" }];
  for (const c of cases) assert.deepEqual(client(oauth).buildAuthorizeUrl(c), officialClient(p.host, oauth).buildAuthorizeUrl(c));
  const fresh = client(oauth).buildAuthorizeUrl();
  assert.equal(new URL(fresh.url).searchParams.get("state"), fresh.state);
  assert.match(fresh.state, /^[A-Za-z0-9]{16}$/);
  // No redirectUri: the official client sends "redirect_uri=undefined".
  assert.match(officialClient(p.host, { protocol: "oauth" }).buildAuthorizeUrl({ state: "s" }).url, /redirect_uri=undefined/);
  assert.equal(client({ protocol: "oauth" }).buildAuthorizeUrl({ state: "s" }).url, `${p.host}/oauth/auth?state=s&scope=user&client_id=${APP_ID}&response_type=code`);
  for (const c of [undefined, { state: "s" }]) assert.deepEqual(client({ protocol: "saml" }).buildAuthorizeUrl(c), officialClient(p.host, { protocol: "saml" }).buildAuthorizeUrl(c));
  for (const c of [undefined, {}, { service: "https://app.example/cas/cb" }, { service: "https://app.example/cb?a=%20b" }])
    assert.deepEqual(client({ protocol: "cas" }).buildAuthorizeUrl(c), officialClient(p.host, { protocol: "cas" }).buildAuthorizeUrl(c));
  // A service whose & or # would change the URL is encoded (the official client pastes it raw).
  const amp = client({ protocol: "cas" }).buildAuthorizeUrl({ service: "https://app.example/cb?a=1&b=2#f" }).url;
  assert.equal(new URL(amp).searchParams.get("service"), "https://app.example/cb?a=1&b=2#f");
});

test("buildLogoutUrl: the official URLs for oidc and cas; for oauth and saml the URL the official client throws is returned", () => {
  const oidcCases = [{}, { idToken: "tok" }, { redirectUri: "https://app.example/bye", state: "s" }, { redirectUri: "https://app.example/bye", idToken: "t", state: "s&1" }];
  for (const logoutRedirectUri of [undefined, "https://app.example/logged-out"])
    for (const c of oidcCases) assert.equal(client({ logoutRedirectUri }).buildLogoutUrl(c), officialClient(p.host, { logoutRedirectUri }).buildLogoutUrl(c));
  // No options: the official client crashes (options.redirectUri of undefined); here the URL.
  assert.throws(() => officialClient(p.host).buildLogoutUrl(), TypeError);
  assert.equal(client().buildLogoutUrl(), `${p.host}/oidc/session/end?`);
  for (const c of [undefined, {}, { redirectUri: "https://app.example/bye" }])
    assert.equal(client({ protocol: "cas" }).buildLogoutUrl(c), officialClient(p.host, { protocol: "cas" }).buildLogoutUrl(c));
  for (const protocol of ["oauth", "saml"])
    for (const c of [{}, { redirectUri: "https://app.example/bye" }]) {
      let thrownUrl;
      try {
        officialClient(p.host, { protocol }).buildLogoutUrl(c);
      } catch (e) {
        thrownUrl = e;
      }
      assert.equal(typeof thrownUrl, "string");
      assert.equal(client({ protocol }).buildLogoutUrl(c), thrownUrl);
    }
});

test("generateCodeChallenge: 43 letters and digits, fresh each call; getCodeChallengeDigest: the official crypto-js digest", () => {
  const c = client(), theirs = officialClient(p.host);
  const seen = new Set();
  for (let i = 0; i < 500; i++) {
    const v = c.generateCodeChallenge();
    assert.match(v, /^[A-Za-z0-9]{43}$/);
    assert.ok(RFC7636.test(v) && !seen.has(v));
    seen.add(v);
  }
  // Uniform over the 62 letters and digits: byte % 62 without dropping bytes 248-255 would make
  // A-H a quarter more frequent than the rest (5/256 against 4/256).
  const counts = new Map();
  for (let i = 0; i < 2000; i++) for (const ch of c.generateCodeChallenge()) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  assert.equal(counts.size, 62);
  const mean = (chars) => [...chars].reduce((n, ch) => n + counts.get(ch), 0) / chars.length;
  const ratio = mean("ABCDEFGH") / mean("IJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
  assert.ok(ratio > 0.9 && ratio < 1.1, `A-H come ${ratio.toFixed(3)} times as often as the others`);
  for (const v of ["a", c.generateCodeChallenge(), "中文 verifier 😀", "x".repeat(55), "x".repeat(56), "x".repeat(64), "y".repeat(1000)]) {
    assert.equal(c.getCodeChallengeDigest({ codeChallenge: v, method: "S256" }), theirs.getCodeChallengeDigest({ codeChallenge: v, method: "S256" }));
    assert.equal(c.getCodeChallengeDigest({ codeChallenge: v }), s256(v));
    assert.equal(c.getCodeChallengeDigest({ codeChallenge: v, method: "plain" }), v);
  }
  thrown(() => c.getCodeChallengeDigest(), "INVALID_ARGUMENT", "options");
  thrown(() => c.getCodeChallengeDigest({}), "INVALID_ARGUMENT", "codeChallenge");
  thrown(() => c.getCodeChallengeDigest({ codeChallenge: 42 }), "INVALID_ARGUMENT", "codeChallenge");
  thrown(() => c.getCodeChallengeDigest({ codeChallenge: "v", method: "S512" }), "INVALID_ARGUMENT", "method");
  thrown(() => c.getCodeChallengeDigest({ codeChallenge: "\udc00" }), "INVALID_ARGUMENT", "codeChallenge");
});

// Requests -----------------------------------------------------------------------------------

test("getAccessTokenByCode: the official form for client_secret_post, client_secret_basic and none; the module's credentials never pass through the protocol", async () => {
  for (const tokenEndPointAuthMethod of ["client_secret_post", "client_secret_basic", "none"]) {
    const options = { tokenEndPointAuthMethod, redirectUri: "https://app.example/cb", ...(tokenEndPointAuthMethod == "none" && { appSecret: undefined }) };
    const deps = makeDeps();
    const ours = makeClient(deps, p.host, options), theirs = officialClient(p.host, options);
    for (const verifier of [undefined, "v".repeat(43)]) {
      const challenge = verifier && { codeChallenge: s256(verifier) };
      const [a, b] = await requestsOf(
        () => ours.getAccessTokenByCode(p.issueCode({ redirectUri: options.redirectUri, ...challenge }), verifier && { codeVerifier: verifier }),
        () => theirs.getAccessTokenByCode(p.issueCode({ redirectUri: options.redirectUri, ...challenge }), verifier && { codeVerifier: verifier }),
      );
      const code = (r) => new URLSearchParams(r.body).get("code");
      assert.equal(a.request.body.replace(code(a.request), "C"), b.request.body.replace(code(b.request), "C"), tokenEndPointAuthMethod);
      assert.deepEqual({ ...a.request, body: 0 }, { ...b.request, body: 0 });
      assert.equal(typeof a.result.access_token, "string");
    }
    // Not retried once it may have reached the server; never carries the secret itself.
    assert.ok(deps.specs.every((s) => s.idempotent === false && s.clientAuth === tokenEndPointAuthMethod && !JSON.stringify(s).includes(APP_SECRET)));
  }
  const e = await typed(client().getAccessTokenByCode("no-such-code"), "OAUTH", undefined);
  assert.equal(e.error, "invalid_grant");
  await typed(client().getAccessTokenByCode(""), "INVALID_ARGUMENT", "code");
  await typed(client().getAccessTokenByCode("c", { codeVerifier: 1 }), "INVALID_ARGUMENT", "codeVerifier");
  await typed(client({ protocol: "cas" }).getAccessTokenByCode("c"), "CONFIG", "protocol");
  await typed(client({ appSecret: undefined }).getAccessTokenByCode("c"), "CONFIG", "appSecret");
});

test("getNewAccessTokenByRefreshToken: the official form per auth method (the none variant to the same path), not retried", async () => {
  for (const protocol of ["oidc", "oauth"])
    for (const tokenEndPointAuthMethod of ["client_secret_post", "client_secret_basic", "none"]) {
      const options = { protocol, tokenEndPointAuthMethod, ...(tokenEndPointAuthMethod == "none" && { appSecret: undefined }) };
      const deps = makeDeps();
      const [a, b] = await requestsOf(
        () => makeClient(deps, p.host, options).getNewAccessTokenByRefreshToken("rt1"),
        () => officialClient(p.host, options).getNewAccessTokenByRefreshToken("rt1"),
      );
      assert.deepEqual(a.request, b.request, `${protocol} ${tokenEndPointAuthMethod}`);
      assert.equal(deps.specs[0].idempotent, false);
    }
  await typed(client().getNewAccessTokenByRefreshToken(), "INVALID_ARGUMENT", "refreshToken");
});

test("revokeToken and introspectToken: the official requests for each endpoint auth method; one client authentication per request", async () => {
  for (const protocol of ["oidc", "oauth"])
    for (const method of ["client_secret_post", "client_secret_basic", "none"]) {
      const options = { protocol, revocationEndPointAuthMethod: method, introspectionEndPointAuthMethod: method };
      if (!(protocol == "oauth" && method == "client_secret_basic")) {
        const [a, b] = await requestsOf(() => client(options).revokeToken("tok"), () => officialClient(p.host, options).revokeToken("tok"));
        assert.deepEqual(a, b);
        assert.equal(a.result, true);
      }
      const [c, d] = await requestsOf(() => client(options).introspectToken("good"), () => officialClient(p.host, options).introspectToken("good"));
      assert.deepEqual(c, d);
      assert.deepEqual(c.result, { active: true });
    }
  // tokenEndPointAuthMethod basic, the endpoint's post: the official client sends the form's
  // credentials and a Basic header too (two methods, which RFC 6749 2.3 forbids); here the form only.
  const mixed = { tokenEndPointAuthMethod: "client_secret_basic" };
  const [a, b] = await requestsOf(() => client(mixed).introspectToken("good"), () => officialClient(p.host, mixed).introspectToken("good"));
  assert.deepEqual({ ...a.request, authorization: undefined }, { ...b.request, authorization: undefined });
  assert.equal(a.request.authorization, undefined);
  assert.match(b.request.authorization, /^Basic /);
  // OAuth 2.0 revocation takes no client_secret_basic (the official client throws too).
  const basic = { protocol: "oauth", revocationEndPointAuthMethod: "client_secret_basic" };
  await assert.rejects(officialClient(p.host, basic).revokeToken("t"));
  await typed(client(basic).revokeToken("t"), "CONFIG", "revocationEndPointAuthMethod");
  await typed(client({ appSecret: undefined }).revokeToken("t"), "CONFIG", "appSecret");
  await typed(client().introspectToken(""), "INVALID_ARGUMENT", "token");
});

test("getAccessTokenByClientCredentials: the official form with an access key pair and with the app's credentials", async () => {
  for (const options of [{ accessKey: "ak1", accessSecret: "as1" }, {}]) {
    const [a, b] = await requestsOf(() => client().getAccessTokenByClientCredentials("s1 s2", options), () => officialClient(p.host).getAccessTokenByClientCredentials("s1 s2", options));
    assert.deepEqual(a, b);
  }
  // Under tokenEndPointAuthMethod basic the official client adds a Basic header to the form's
  // credentials; here the form only.
  const basic = { tokenEndPointAuthMethod: "client_secret_basic" };
  const [a, b] = await requestsOf(() => client(basic).getAccessTokenByClientCredentials("s", {}), () => officialClient(p.host, basic).getAccessTokenByClientCredentials("s", {}));
  assert.deepEqual({ ...a, request: { ...a.request, authorization: 0 } }, { ...b, request: { ...b.request, authorization: 0 } });
  assert.equal(a.request.authorization, undefined);
  await typed(client().getAccessTokenByClientCredentials(""), "INVALID_ARGUMENT", "scope");
  await typed(client().getAccessTokenByClientCredentials("s"), "INVALID_ARGUMENT", "options");
  await typed(client().getAccessTokenByClientCredentials("s", { accessKey: "ak1" }), "INVALID_ARGUMENT", "accessSecret");
  await typed(client({ appSecret: undefined, tokenEndPointAuthMethod: "none" }).getAccessTokenByClientCredentials("s", {}), "CONFIG", "appSecret");
});

test("getUserInfoByAccessToken: every method and token place as the official client sends it", async () => {
  const token = sign(idClaims(p.host), { key: p.keys[0] });
  for (const protocol of ["oidc", "oauth"])
    for (const options of [undefined, {}, { method: "GET" }, { tokenPlace: "header" }, { method: "POST" }, { method: "POST", tokenPlace: "header" }, { method: "POST", tokenPlace: "body" }, { method: "GET", tokenPlace: "query" }]) {
      const [a, b] = await requestsOf(
        () => client({ protocol }).getUserInfoByAccessToken(token, options && { ...options }),
        () => officialClient(p.host, { protocol }).getUserInfoByAccessToken(token, options && { ...options }),
      );
      assert.deepEqual(a, b, JSON.stringify(options));
      assert.equal(a.result.sub, "user1");
    }
  await typed(client().getUserInfoByAccessToken(token, { method: "PUT" }), "INVALID_ARGUMENT", "method");
  await typed(client().getUserInfoByAccessToken(token, { tokenPlace: "cookie" }), "INVALID_ARGUMENT", "tokenPlace");
  await typed(client().getUserInfoByAccessToken(token, { method: "GET", tokenPlace: "body" }), "INVALID_ARGUMENT", "tokenPlace");
  await typed(client().getUserInfoByAccessToken(undefined), "INVALID_ARGUMENT", "accessToken");
  await typed(client({ protocol: "saml" }).getUserInfoByAccessToken(token), "CONFIG", "protocol");
});

test("validateTicketV1 and validateTicketV2: the official requests and results (a ticket is good once: not retried)", async () => {
  const deps = makeDeps();
  const ours = makeClient(deps, p.host, { protocol: "cas" }), theirs = officialClient(p.host, { protocol: "cas" });
  for (const ticket of ["ST-good", "ST-bad"]) {
    const [a, b] = await requestsOf(() => ours.validateTicketV1(ticket, "https://app.example/cas"), () => theirs.validateTicketV1(ticket, "https://app.example/cas"));
    assert.deepEqual(a, b);
    assert.deepEqual(a.result, ticket == "ST-good" ? { valid: true } : { valid: false, message: "ticket 不合法" });
    for (const format of [undefined, "JSON", "XML"]) {
      const [c, d] = await requestsOf(() => ours.validateTicketV2(ticket, "https://app.example/cas", format), () => theirs.validateTicketV2(ticket, "https://app.example/cas", format));
      assert.deepEqual(c, d);
    }
  }
  assert.ok(deps.specs.every((s) => s.idempotent === false && s.method == "GET"));
  assert.equal(deps.specs.filter((s) => s.text).length, 2 + 2);
  await typed(ours.validateTicketV2("", "s"), "INVALID_ARGUMENT", "ticket");
  await typed(ours.validateTicketV2("t", ""), "INVALID_ARGUMENT", "service");
  await typed(ours.validateTicketV2("t", "s", "YAML"), "INVALID_ARGUMENT", "format");
  await typed(ours.validateTicketV1(undefined, "s"), "INVALID_ARGUMENT", "ticket");
});

test("setAccessToken hands the token to the module (deps.setAccessToken)", () => {
  const c = client();
  c.setAccessToken("user-token");
  assert.equal(c.accessToken, "user-token");
});

// Redirect flows: Node -----------------------------------------------------------------------

/** What /oidc/auth would do for `authorizeUrl`: a code bound to its challenge, nonce and redirect_uri. */
const authorize = (authorizeUrl, over = {}) => {
  const q = new URL(authorizeUrl).searchParams;
  const code = p.issueCode({ nonce: q.get("nonce") ?? undefined, codeChallenge: q.get("code_challenge"), codeChallengeMethod: q.get("code_challenge_method"), redirectUri: q.get("redirect_uri"), ...over });
  return { code, state: q.get("state") };
};
const cookieOf = (res) => res.headers["set-cookie"].split(";")[0];
const txOf = (res) => JSON.parse(Buffer.from(cookieOf(res).split("=")[1], "base64url").toString());

test("Node: loginWithRedirect answers 302 with the official cookie (plus codeVerifier); handleRedirectCallback checks state, exchanges with PKCE, verifies the ID token", async () => {
  const c = client({ redirectUri: "https://app.example/cb" });
  const res = fakeRes();
  await c.loginWithRedirect(res, { redirectUri: "https://app.example/other-cb" });
  assert.equal(res.status, 302);
  assert.ok(res.ended);
  const url = new URL(res.headers.location);
  assert.equal(url.origin + url.pathname, `${p.host}/oidc/auth`);
  assert.match(res.headers["set-cookie"], /^X-Authing-Node-OIDC-State=[\w-]+; HttpOnly; SameSite=Lax$/);
  const tx = txOf(res);
  assert.deepEqual(Object.keys(tx), ["state", "nonce", "redirectUri", "codeVerifier"]);
  assert.equal(tx.state, url.searchParams.get("state"));
  assert.equal(tx.nonce, url.searchParams.get("nonce"));
  assert.equal(tx.redirectUri, "https://app.example/other-cb");
  assert.equal(url.searchParams.get("code_challenge"), s256(tx.codeVerifier));

  const { code, state } = authorize(res.headers.location);
  const res2 = fakeRes();
  const tokens = await c.handleRedirectCallback({ url: `/cb?code=${code}&state=${state}`, headers: { cookie: `a=b; ${cookieOf(res)}; c=d` } }, res2);
  assert.equal(typeof tokens.id_token, "string");
  assert.equal(res2.headers["set-cookie"], "X-Authing-Node-OIDC-State=; HttpOnly; SameSite=Lax; Max-Age=0");
  // The exchange used the flow's redirect_uri and verifier.
  const form = new URLSearchParams(p.requests.findLast((r) => r.path == "/oidc/token").body);
  assert.equal(form.get("redirect_uri"), "https://app.example/other-cb");
  assert.equal(form.get("code_verifier"), tx.codeVerifier);
});

test("Node: the official client's cookie works here and this package's cookie works with the official client", async () => {
  const options = { redirectUri: "https://app.example/cb" };
  // Official login, this package's callback (no codeVerifier in the cookie: no PKCE was sent).
  const res = fakeRes();
  await officialClient(p.host, options).loginWithRedirect(res, {});
  assert.deepEqual(Object.keys(txOf(res)), ["state", "nonce", "redirectUri"]);
  let { code, state } = authorize(res.headers.location);
  assert.ok((await client(options).handleRedirectCallback({ url: `/cb?code=${code}&state=${state}`, headers: { cookie: cookieOf(res) } }, fakeRes())).access_token);
  // This package's login, the official callback: its exchange sends no verifier, so a server
  // that saw the challenge refuses it; without the challenge check the cookie itself is read fine.
  const res2 = fakeRes();
  await client(options).loginWithRedirect(res2, {});
  ({ code, state } = authorize(res2.headers.location, { codeChallenge: undefined }));
  assert.ok((await officialClient(p.host, options).handleRedirectCallback({ url: `/cb?code=${code}&state=${state}`, headers: { cookie: cookieOf(res2) } }, fakeRes())).access_token);
});

test("Node: handleRedirectCallback refuses a wrong state, a missing cookie, an error answer, a missing code, and an ID token of another flow", async () => {
  const c = client({ redirectUri: "https://app.example/cb" });
  const res = fakeRes();
  await c.loginWithRedirect(res);
  const { code } = authorize(res.headers.location);
  const req = (q, cookie = cookieOf(res)) => ({ url: `/cb?${q}`, headers: { cookie } });
  await typed(c.handleRedirectCallback(req(`code=${code}&state=forged`), fakeRes()), "TOKEN_INVALID", "state");
  await typed(c.handleRedirectCallback(req(`code=${code}&state=x`, "other=1"), fakeRes()), "TOKEN_INVALID", "state");
  await typed(c.handleRedirectCallback(req(`code=${code}&state=x`, "X-Authing-Node-OIDC-State=%%%"), fakeRes()), "TOKEN_INVALID", "state");
  await typed(c.handleRedirectCallback(req(`code=${code}&state=x`, `X-Authing-Node-OIDC-State=${Buffer.from("[1]").toString("base64url")}`), fakeRes()), "TOKEN_INVALID", "state");
  const e = await typed(c.handleRedirectCallback(req("error=access_denied&error_description=user%20said%20no"), fakeRes()), "OAUTH", "error");
  assert.equal(e.error, "access_denied");
  assert.equal(e.errorDescription, "user said no");
  await typed(c.handleRedirectCallback(req("state=x"), fakeRes()), "INVALID_ARGUMENT", "code");
  await typed(c.handleRedirectCallback(req("code=1"), undefined), "INVALID_ARGUMENT", "res");
  await typed(c.handleRedirectCallback({ url: "http://[::1", headers: {} }, fakeRes()), "INVALID_ARGUMENT", "req");
  // The server answers with an ID token whose nonce is another flow's.
  const res2 = fakeRes();
  await c.loginWithRedirect(res2);
  const other = authorize(res2.headers.location, { nonce: "someone-else" });
  await typed(c.handleRedirectCallback(req(`code=${other.code}&state=${other.state}`, cookieOf(res2)), fakeRes()), "TOKEN_INVALID", "nonce");
});

test("Node: an HS256 ID token from the callback is verified with the app secret", async () => {
  p.idTokenAlg = "HS256";
  try {
    const c = client({ redirectUri: "https://app.example/cb" });
    const res = fakeRes();
    await c.loginWithRedirect(res);
    const { code, state } = authorize(res.headers.location);
    assert.ok((await c.handleRedirectCallback({ url: `/cb?code=${code}&state=${state}`, headers: { cookie: cookieOf(res) } }, fakeRes())).id_token);
  } finally {
    p.idTokenAlg = "RS256";
  }
});

test("loginWithRedirect: saml and cas are not redirect flows (CONFIG); oauth keeps state and no nonce", async () => {
  for (const protocol of ["saml", "cas"]) await typed(client({ protocol }).loginWithRedirect(fakeRes()), "CONFIG", "protocol");
  const res = fakeRes();
  await client({ protocol: "oauth", redirectUri: "https://app.example/cb" }).loginWithRedirect(res);
  assert.deepEqual(Object.keys(txOf(res)), ["state", "redirectUri"]);
  // No page and no response: say what to pass.
  await typed(client().loginWithRedirect({}), "INVALID_ARGUMENT", "res");
});

test("Node: logoutWithRedirect answers 302 to the logout URL and ends the response", async () => {
  const res = fakeRes();
  await client().logoutWithRedirect(res, { redirectUri: "https://app.example/bye", state: "s" });
  assert.equal(res.status, 302);
  assert.ok(res.ended);
  assert.equal(res.headers.location, officialClient(p.host).buildLogoutUrl({ redirectUri: "https://app.example/bye", state: "s" }));
});

// Redirect flows: a page ---------------------------------------------------------------------

test("page: loginWithRedirect stores {state, nonce, redirectUri, codeVerifier} and sets location.href; handleRedirectCallback exchanges and removes it", async () => {
  const deps = makeDeps({ inBrowser: true });
  const c = makeClient(deps, p.host, { appSecret: undefined, tokenEndPointAuthMethod: "none", redirectUri: "https://app.example/cb" });
  const storage = memoryStorage();
  await inPage("https://app.example/", async (location) => {
    await c.loginWithRedirect({ storage, scope: "openid profile offline_access" });
    const url = new URL(location.href);
    const state = url.searchParams.get("state");
    const key = `X-Authing-Node-OIDC-State:${state}`;
    const tx = JSON.parse(storage.getItem(key));
    assert.deepEqual(Object.keys(tx), ["state", "nonce", "redirectUri", "codeVerifier"]);
    assert.equal(url.searchParams.get("code_challenge"), s256(tx.codeVerifier));
    assert.equal(url.searchParams.get("prompt"), "consent");

    const { code } = authorize(location.href);
    location.href = `https://app.example/cb?code=${code}&state=${state}`;
    const tokens = await c.handleRedirectCallback(undefined, { storage });
    assert.ok(tokens.id_token && tokens.refresh_token);
    assert.equal(storage.map.size, 0);
    const form = new URLSearchParams(p.requests.findLast((r) => r.path == "/oidc/token").body);
    assert.deepEqual([...form.keys()], ["client_id", "grant_type", "code", "redirect_uri", "code_verifier"]);
    // The same callback again: its entry is gone.
    await typed(c.handleRedirectCallback(undefined, { storage }), "TOKEN_INVALID", "state");
  });
});

test("page: handleRedirectCallback takes a URL (query or fragment), refuses an unknown state, a forged entry and another flow's nonce", async () => {
  const c = makeClient(makeDeps({ inBrowser: true }), p.host, { appSecret: undefined, tokenEndPointAuthMethod: "none" });
  const storage = memoryStorage();
  await inPage("https://app.example/", async (location) => {
    await c.loginWithRedirect({ storage, responseMode: "fragment" });
    const { code, state } = authorize(location.href);
    assert.ok((await c.handleRedirectCallback(new URL(`https://app.example/cb#code=${code}&state=${state}`), { storage })).access_token);
    await typed(c.handleRedirectCallback(`https://app.example/cb?code=${code}&state=unknown`, { storage }), "TOKEN_INVALID", "state");
    await typed(c.handleRedirectCallback(`https://app.example/cb?code=${code}`, { storage }), "TOKEN_INVALID", "state");
    storage.setItem("X-Authing-Node-OIDC-State:s1", JSON.stringify({ state: "s2" }));
    await typed(c.handleRedirectCallback(`https://app.example/cb?code=${code}&state=s1`, { storage }), "TOKEN_INVALID", "state");
    storage.setItem("X-Authing-Node-OIDC-State:s3", "{not json");
    await typed(c.handleRedirectCallback(`https://app.example/cb?code=${code}&state=s3`, { storage }), "TOKEN_INVALID", "state");
    await typed(c.handleRedirectCallback("not a url", { storage }), "INVALID_ARGUMENT", "url");
    await typed(c.handleRedirectCallback("https://app.example/cb?state=s", { storage }), "INVALID_ARGUMENT", "code");
    await typed(c.handleRedirectCallback("https://app.example/cb?code=1&state=s", { storage: {} }), "INVALID_ARGUMENT", "storage");
    // An ID token carrying another flow's nonce.
    await c.loginWithRedirect({ storage });
    const other = authorize(location.href, { nonce: "another-flow" });
    await typed(c.handleRedirectCallback(`https://app.example/cb?code=${other.code}&state=${other.state}`, { storage }), "TOKEN_INVALID", "nonce");
    // A sign-in the provider refused ends its flow: the stored entry goes with the error.
    storage.map.clear();
    await c.loginWithRedirect({ storage });
    const refused = new URL(location.href).searchParams.get("state");
    assert.equal(storage.map.size, 1);
    await typed(c.handleRedirectCallback(`https://app.example/cb?error=access_denied&state=${refused}`, { storage }), "OAUTH", "error");
    assert.equal(storage.map.size, 0, "the refused flow's entry is removed");
  });
});

test("page: logoutWithRedirect sets location.href to the logout URL", async () => {
  await inPage("https://app.example/", async (location) => {
    await client({ logoutRedirectUri: "https://app.example/bye" }).logoutWithRedirect({ idToken: "t" });
    assert.equal(location.href, `${p.host}/oidc/session/end?post_logout_redirect_uri=${encodeURIComponent("https://app.example/bye")}&id_token_hint=t`);
  });
});

test("randomness comes from crypto.getRandomValues, and a source that gives nothing usable is refused", () => {
  const dead = { getRandomValues: (b) => b.fill(255), subtle: crypto.subtle };
  const c = makeClient(makeDeps({ webcrypto: dead }), p.host);
  thrown(() => c.generateCodeChallenge(), "CONFIG", undefined);
  thrown(() => c.buildAuthorizeUrl(), "CONFIG", undefined);
  let calls = 0;
  const counting = { getRandomValues: (b) => (calls++, crypto.getRandomValues(b)), subtle: crypto.subtle };
  makeClient(makeDeps({ webcrypto: counting }), p.host).buildAuthorizeUrl({ codeChallengeMethod: "S256" });
  assert.equal(calls, 3, "state, nonce and verifier");
});
