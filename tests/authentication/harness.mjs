// What the authentication tests share: pkg/oidc.js loaded as the ES module it is (pkg/ is
// CommonJS for Node, so through a data: URL), a loopback OIDC/OAuth/CAS provider that records
// every request, the `deps` the module gives protocol() made here with fetch (the test adds the
// client credentials itself, as the module does), JWT signing with node:crypto, and the official
// authing-node-sdk 4.0.1 client for comparisons.
import http from "node:http";
import { createHash, createHmac, createSign, generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const source = readFileSync(new URL("../../pkg/oidc.js", import.meta.url));
export const { protocol } = await import("data:text/javascript;base64," + source.toString("base64"));
// The official client where the official suite runs it (tests/suite/runner, its own install).
export const official = createRequire(new URL("../suite/runner/package.json", import.meta.url))("authing-node-sdk");

export const APP_ID = "app1";
export const APP_SECRET = "app1-secret-0123456789";
export const b64url = (v) => Buffer.from(typeof v == "string" ? v : JSON.stringify(v)).toString("base64url");
export const now = () => Math.floor(Date.now() / 1000);

export function rsaKey(kid) {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid, privateKey, publicKey, jwk: { ...publicKey.export({ format: "jwk" }), kid, use: "sig", alg: "RS256" } };
}

/** A compact JWS: `header` merged over {alg: RS256, kid}, signed with `key` (RS256) or `secret` (HS256). */
export function sign(payload, { key, secret, header = {}, alg = secret !== undefined ? "HS256" : "RS256" } = {}) {
  const h = { alg, typ: "JWT", ...(key && alg == "RS256" && { kid: key.kid }), ...header };
  const input = `${b64url(h)}.${b64url(payload)}`;
  const sig =
    alg == "HS256"
      ? createHmac("sha256", secret).update(input).digest()
      : alg == "RS256"
        ? createSign("RSA-SHA256").update(input).sign(key.privateKey)
        : Buffer.alloc(0);
  return `${input}.${sig.toString("base64url")}`;
}

/** Standard ID token claims for `host`, valid now. */
export const idClaims = (host, extra = {}) => ({ iss: `${host}/oidc`, sub: "user1", aud: APP_ID, iat: now(), exp: now() + 3600, ...extra });

/**
 * The provider: /oidc and /oauth token, me, revocation, introspection, the JWKS (fetches
 * counted), CAS validation. `issueCode({ nonce, codeChallenge, codeChallengeMethod, redirectUri })`
 * makes a code as /oidc/auth would; `requests` records method, path, query, headers and body.
 */
export async function startProvider() {
  const p = { keys: [rsaKey("k1")], jwksFetches: 0, requests: [], codes: new Map(), idTokenAlg: "RS256" };
  const json = (res, status, body) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  const oauthError = (res, status, error, error_description) => json(res, status, { error, error_description });
  const tokens = (extra = {}) => {
    const claims = idClaims(p.host, extra);
    return {
      access_token: sign({ iss: `${p.host}/oidc`, sub: "user1", aud: APP_ID, iat: now(), exp: now() + 3600, scope: "openid profile" }, { key: p.keys[0] }),
      id_token: p.idTokenAlg == "HS256" ? sign(claims, { secret: APP_SECRET }) : sign(claims, { key: p.keys[0] }),
      expires_in: 3600,
      token_type: "Bearer",
      refresh_token: randomBytes(16).toString("hex"),
      scope: "openid profile",
    };
  };
  // Client authentication: one method per request (RFC 6749 2.3), recorded for the tests.
  const clientOf = (req, form) => {
    const basic = /^Basic (.*)$/.exec(req.headers.authorization ?? "");
    if (basic) {
      const [id, secret] = Buffer.from(basic[1], "base64").toString().split(":");
      return id === APP_ID && secret === APP_SECRET ? "basic" : null;
    }
    if (form.has("client_secret")) return form.get("client_secret") === APP_SECRET || form.get("client_id") === "ak1" ? "post" : null;
    return form.get("client_id") === APP_ID ? "none" : null;
  };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url, p.host);
      const body = Buffer.concat(chunks).toString();
      p.requests.push({ method: req.method, path: url.pathname, query: url.search, headers: req.headers, body });
      const form = new URLSearchParams(body);
      const route = url.pathname.replace(/^\/(oidc|oauth)\//, "/x/");
      if (url.pathname == "/oidc/.well-known/jwks.json") {
        p.jwksFetches++;
        return json(res, 200, p.jwksAnswer ?? { keys: p.keys.map((k) => k.jwk) });
      }
      if (route == "/x/token") {
        const auth = clientOf(req, form);
        if (!auth) return oauthError(res, 401, "invalid_client", "client authentication failed");
        const grant = form.get("grant_type");
        if (grant == "authorization_code") {
          const c = p.codes.get(form.get("code"));
          p.codes.delete(form.get("code"));
          if (!c) return oauthError(res, 400, "invalid_grant", "unknown or used code");
          if ((c.redirectUri ?? null) !== form.get("redirect_uri")) return oauthError(res, 400, "invalid_grant", "redirect_uri mismatch");
          if (c.codeChallenge) {
            const v = form.get("code_verifier") ?? "";
            const expect = c.codeChallengeMethod == "plain" ? v : createHash("sha256").update(v).digest("base64url");
            if (expect !== c.codeChallenge) return oauthError(res, 400, "invalid_grant", "PKCE verification failed");
          }
          return json(res, 200, tokens({ ...(c.nonce !== undefined && { nonce: c.nonce }) }));
        }
        if (grant == "refresh_token") return form.get("refresh_token") ? json(res, 200, tokens()) : oauthError(res, 400, "invalid_grant", "no refresh token");
        if (grant == "client_credentials") return json(res, 200, { access_token: "m2m", expires_in: 3600, token_type: "Bearer", scope: form.get("scope") });
        return oauthError(res, 400, "unsupported_grant_type", "");
      }
      if (route == "/x/token/revocation") return res.writeHead(200).end();
      if (route == "/x/token/introspection") return json(res, 200, { active: form.get("token") == "good" });
      if (route == "/x/me") {
        const token = url.searchParams.get("access_token") ?? form.get("access_token") ?? /^Bearer (.*)$/.exec(req.headers.authorization ?? "")?.[1];
        return token ? json(res, 200, { sub: "user1", name: "User One" }) : oauthError(res, 401, "invalid_token", "no token");
      }
      const cas = /^\/cas-idp\/([^/]+)\/(validate|serviceValidate)$/.exec(url.pathname);
      if (cas) {
        const ok = url.searchParams.get("ticket") == "ST-good";
        if (cas[2] == "validate") return res.writeHead(200, { "content-type": "text/plain" }).end(ok ? "yes\nuser1\n" : "no\n\n");
        if (url.searchParams.get("format") == "XML") return res.writeHead(200, { "content-type": "application/xml" }).end(`<cas:serviceResponse ok="${ok}"/>`);
        return json(res, 200, ok ? { serviceResponse: { authenticationSuccess: { user: "user1" } } } : { authenticationFailure: { code: "INVALID_TICKET", description: "bad" } });
      }
      json(res, 404, { error: "not_found" });
    });
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  p.host = `http://127.0.0.1:${server.address().port}`;
  p.close = () => new Promise((r) => server.close(r));
  p.issueCode = (c = {}) => {
    const code = randomBytes(12).toString("hex");
    p.codes.set(code, c);
    return code;
  };
  p.last = () => p.requests.at(-1);
  return p;
}

/**
 * The deps the module gives protocol(), made here: `request` follows the brief's spec with
 * fetch (client credentials added here, as the module adds them; errors typed), `specs` records
 * every spec the protocol sent.
 */
export function makeDeps(extra = {}) {
  const specs = [];
  const error = (code, field, message, more) => Object.assign(new Error(message), { code, field, ...more });
  const deps = {
    specs,
    inBrowser: false,
    error,
    settings: (client) => client.settings,
    async hmacKey(client) {
      if (!client.secret) throw error("CONFIG", "appSecret", "no secret");
      return crypto.subtle.importKey("raw", Buffer.from(client.secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    },
    setAccessToken(client, token) {
      client.accessToken = token;
    },
    async request(client, spec, callOptions) {
      specs.push(structuredClone(spec));
      const s = client.settings;
      const headers = { "x-authing-app-id": s.appId };
      if (spec.bearer) headers.authorization = `Bearer ${spec.bearer}`;
      else if (spec.clientAuth == "client_secret_basic") headers.authorization = "Basic " + Buffer.from(`${s.appId}:${client.secret}`).toString("base64");
      else if (client.accessToken) headers.authorization = client.accessToken;
      let body;
      if (spec.form) {
        const lead = spec.clientAuth == "client_secret_post" ? [["client_id", s.appId], ["client_secret", client.secret]] : spec.clientAuth == "none" ? [["client_id", s.appId]] : [];
        body = new URLSearchParams([...lead, ...spec.form]).toString();
        headers["content-type"] = "application/x-www-form-urlencoded";
      }
      const url = s.appHost + spec.path + (spec.query ? "?" + new URLSearchParams(spec.query) : "");
      const res = await fetch(url, { method: spec.method, headers, body, signal: callOptions?.signal });
      const textBody = await res.text();
      if (!res.ok) {
        let e = {};
        try {
          e = JSON.parse(textBody);
        } catch {}
        throw error("OAUTH", undefined, `HTTP ${res.status}`, { status: res.status, error: e.error, errorDescription: e.error_description });
      }
      return spec.text ? textBody : textBody ? JSON.parse(textBody) : undefined;
    },
    ...extra,
  };
  return deps;
}

/**
 * A client: the protocol methods on its prototype, its settings as the module's summary gives
 * them (official defaults), the secret where only `deps` reads it.
 */
export function makeClient(deps, host, options = {}) {
  const { appSecret, ...rest } = { appSecret: APP_SECRET, ...options };
  const settings = {
    appId: APP_ID,
    appHost: host,
    scope: "openid profile",
    protocol: "oidc",
    cookieKey: "X-Authing-Node-OIDC-State",
    tokenEndPointAuthMethod: "client_secret_post",
    introspectionEndPointAuthMethod: "client_secret_post",
    revocationEndPointAuthMethod: "client_secret_post",
    hasSecret: appSecret !== undefined,
    ...rest,
  };
  const proto = protocol(deps);
  const client = Object.create(proto);
  Object.assign(client, { settings, secret: appSecret });
  return client;
}

/** The official client with the same options. */
export function officialClient(host, options = {}) {
  const { appSecret, ...rest } = { appSecret: APP_SECRET, ...options };
  return new official.AuthenticationClient({ appId: APP_ID, appHost: host, ...(appSecret !== undefined && { appSecret }), ...rest });
}

/** A Node ServerResponse stand-in that records what the flow did. */
export function fakeRes() {
  const r = { headers: {}, status: 0, ended: false };
  r.setHeader = (k, v) => ((r.headers[k.toLowerCase()] = v), r);
  r.writeHead = (s) => ((r.status = s), r);
  r.end = () => ((r.ended = true), r);
  return r;
}

/** A Storage stand-in (sessionStorage's methods). */
export function memoryStorage() {
  const m = new Map();
  return { map: m, getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) };
}

/** Runs `fn` with globalThis.location set to a stand-in, restored after. */
export async function inPage(href, fn) {
  const had = Object.getOwnPropertyDescriptor(globalThis, "location");
  const location = { href };
  Object.defineProperty(globalThis, "location", { value: location, configurable: true, writable: true });
  try {
    return await fn(location);
  } finally {
    if (had) Object.defineProperty(globalThis, "location", had);
    else delete globalThis.location;
  }
}

/** Resolves to the typed error `promise` (or `fn`) rejects with; fails if it does not. */
export async function rejection(promiseOrFn) {
  try {
    await (typeof promiseOrFn == "function" ? promiseOrFn() : promiseOrFn);
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}
