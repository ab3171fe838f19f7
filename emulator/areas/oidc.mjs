// The emulator as an OpenID Connect provider (and OAuth 2.0, CAS): applications, keys, the sign-in
// page, codes, tokens, sessions. The /api/v3/ authentication calls over the same users and tokens are
// auth.mjs's; both read the users the management side keeps (users.mjs).
//
// Applications (state.applications {appId: app}, from the seed's `applications`; the demo data has one,
// seed.mjs's DEFAULT_APP). Each: appId!, appSecret!, appName, appLogo, appLoginUrl, redirectUris [],
// logoutRedirectUris [], tokenEndPointAuthMethod ("client_secret_post" | "client_secret_basic" | "none", or an
// array of them: the methods the token endpoint accepts; default "client_secret_post"),
// introspectionEndPointAuthMethod, revocationEndPointAuthMethod (default: the token endpoint's), idTokenSigningAlg
// ("RS256" default | "HS256": signed with the app secret), allowLoopbackRedirects (false: redirect_uri and
// post_logout_redirect_uri must be registered exactly; true: any http(s) URI on 127.0.0.1, localhost or [::1],
// any port and path, no fragment, is accepted too). A seed application that breaks these rules is refused,
// naming it. The control API adds one (POST /__control/apps).
//
// Keys: one RSA 2048 key pair per emulator, made when first needed (node:crypto) and kept across resets; its kid
// is the key's RFC 7638 thumbprint. The issuer is the origin the request reached: http://127.0.0.1:<port>/oidc,
// or http://localhost:<port>/oidc (any other Host header counts as 127.0.0.1).
//
// Endpoints (OAuth errors are JSON {error, error_description}, HTTP 400, or 401 for invalid_client / invalid_token;
// pages answer text/html; token answers carry cache-control: no-store):
//   GET  /oidc/.well-known/openid-configuration   the discovery document
//   GET  /oidc/.well-known/jwks.json              {keys: [{kty, n, e, kid, alg: "RS256", use: "sig"}]}
//   GET|POST /oidc/auth  (and /oauth/auth)        client_id, redirect_uri, response_type, scope, state, nonce,
//        response_mode (query | fragment | form_post), prompt (login | none | consent), max_age, login_hint,
//        ui_locales (en… -> the page in English), code_challenge, code_challenge_method (S256 | plain).
//        Unknown client_id, or a redirect_uri not allowed (absent: the app's first registered one): a 400 page, no
//        redirect. Then, redirected with error, error_description, state: unsupported_response_type (code, token,
//        id_token and their combinations; token kinds only with fragment or form_post), invalid_scope (/oidc needs
//        openid), invalid_request (a bad response_mode, prompt, max_age, code challenge, or a parameter given twice;
//        a public client (token method "none" only) without code_challenge), login_required (prompt=none without a
//        session). With a session (the cookie genauth_emu_sid) and no prompt=login or max_age exceeded: straight back
//        with the code. Else the sign-in page: account (username, email or phone) + password of a user of the pool
//        (the password createUser or a seed gave; a user without one cannot sign in), POSTed to the same URL. Wrong
//        account or password, or a user whose status is not Activated: the page again (401) with its error line.
//        Success: a session (8 hours), then 302 to redirect_uri with code (single use, config.codeExpiresIn seconds,
//        60) and state (and the tokens the response_type asks for).
//   POST /oidc/token  (and /oauth/token)          client authentication: Basic header (client_secret_basic),
//        client_secret in the body (client_secret_post), client_id alone (none), as the app's method allows
//        (else 401 invalid_client; two methods at once: invalid_request). grant_type:
//        authorization_code  code!, redirect_uri (must equal the authorize request's when that had one),
//                            code_verifier (required when the code has a challenge, refused when it has none);
//                            a code used twice: invalid_grant, and the tokens of its first use are revoked
//        refresh_token       refresh_token!, scope (a subset of the granted one); rotation: the old one stops
//                            working; presenting a rotated one revokes the whole grant
//        client_credentials  a confidential client only; scope as asked; sub = the appId; no id or refresh token
//        password            username! (any account), password!, scope
//        -> {access_token, token_type: "Bearer", expires_in, scope, id_token (with openid; not under /oauth),
//           refresh_token (when offline_access was asked)}. Access tokens: RS256 JWTs {jti, sub, iat, exp, scope,
//           iss, aud: appId}, config.accessTokenExpiresIn (3600). ID tokens: RS256 with kid (HS256 with the app
//           secret when the app says so) {iss, sub, aud, exp, iat, auth_time, nonce, at_hash, + the claims of the
//           scopes: profile, email, phone, address, username}. Refresh tokens: opaque, config.refreshTokenExpiresIn.
//   GET|POST /oidc/me  (and /oauth/me)            the access token as `authorization: Bearer …` (or raw), the
//        access_token query parameter or body field -> {sub, claims by scope}; else 401 invalid_token.
//   POST /oidc/token/revocation                   client auth (revocationEndPointAuthMethod); token! -> 200, empty.
//        An access token stops working; a refresh token takes its whole grant (every access token from it).
//        Unknown tokens and other clients' tokens: 200 and nothing changes (RFC 7009).
//   POST /oidc/token/introspection                client auth (introspectionEndPointAuthMethod); token! ->
//        {active: true, sub, scope, client_id, aud, iss, exp, iat, jti, token_type} or {active: false}.
//   GET|POST /oidc/session/end                    id_token_hint, post_logout_redirect_uri, state, client_id: ends the
//        browser's session (cookie) and every session of the hint's user; 302 to the post_logout_redirect_uri
//        (registered in logoutRedirectUris, or loopback for allowLoopbackRedirects) with state, or a "signed out"
//        page; a post_logout_redirect_uri not allowed (or without a client): a 400 page.
//   GET|POST /cas-idp/{appId}?service=            the sign-in page for CAS; success -> 302 service?ticket=ST-…
//        (service: allowed like a redirect_uri). GET /cas-idp/{appId}/validate?service&ticket -> "yes\n<username>\n"
//        or "no\n\n"; GET /cas-idp/{appId}/serviceValidate?service&ticket&format=JSON|XML -> CAS 2.0
//        {serviceResponse: {authenticationSuccess: {user, attributes}} | {authenticationFailure: {code,
//        description}}} (XML with format=XML). Tickets: single use, codeExpiresIn seconds. GET /cas-idp/logout?url=
//        ends the session and redirects to url when it is allowed for some application.
// Every stored code, token, ticket and session is bounded (oldest dropped first) and dropped by reset(). A token
// of a user who is deleted (or no longer Activated) stops working.
import { createHash, createHmac, generateKeyPair, randomBytes, sign as rsaSign, timingSafeEqual, verify as rsaVerify } from "node:crypto";
import { dict, isPlainObject, nowIso } from "../lib.mjs";
import { EMAIL, allUsers, noteStored } from "./users.mjs";

// ---------------------------------------------------------------------------------------------
// Applications

export const AUTH_METHODS = ["client_secret_post", "client_secret_basic", "none"];
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const URI_LIMIT = 2048;

function absoluteUri(v) {
  if (typeof v !== "string" || !v || v.length > URI_LIMIT) return null;
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && !u.hash && !v.includes("#") ? u : null;
  } catch {
    return null;
  }
}

function methods(v, fallback, where) {
  if (v === undefined || v === null) return fallback;
  const list = Array.isArray(v) ? v : [v];
  if (!list.length || !list.every((m) => AUTH_METHODS.includes(m))) throw new Error(`${where} must be one of ${AUTH_METHODS.join(", ")} (or an array of them)`);
  return [...new Set(list)];
}

/** An application as the seed or the control API gives it, checked; throws an Error naming the problem. */
export function checkApplication(a) {
  if (!isPlainObject(a)) throw new Error("an application must be an object");
  const id = a.appId;
  if (typeof id !== "string" || !id || id.length > 128 || /[\s/?#%]/.test(id)) throw new Error("an application needs an appId (a non-empty string without spaces, /, ?, # or %)");
  const where = `application ${id}`;
  if (typeof a.appSecret !== "string" || !a.appSecret || a.appSecret.length > 256) throw new Error(`${where}: appSecret must be a non-empty string`);
  const uris = (k) => {
    const v = a[k] ?? [];
    if (!Array.isArray(v) || v.length > 100 || !v.every(absoluteUri)) throw new Error(`${where}: ${k} must be an array of absolute http(s) URIs without a fragment`);
    return [...v];
  };
  for (const k of ["appName", "appLogo", "appLoginUrl"]) if (a[k] !== undefined && typeof a[k] !== "string") throw new Error(`${where}: ${k} must be a string`);
  if (a.allowLoopbackRedirects !== undefined && typeof a.allowLoopbackRedirects !== "boolean") throw new Error(`${where}: allowLoopbackRedirects must be a boolean`);
  if (a.idTokenSigningAlg !== undefined && !["RS256", "HS256"].includes(a.idTokenSigningAlg)) throw new Error(`${where}: idTokenSigningAlg must be RS256 or HS256`);
  const token = methods(a.tokenEndPointAuthMethod, ["client_secret_post"], `${where}: tokenEndPointAuthMethod`);
  return {
    appId: id,
    appSecret: a.appSecret,
    appName: a.appName ?? id,
    appLogo: a.appLogo ?? "https://files.authing.co/authing-console/default-app-logo.png",
    appLoginUrl: a.appLoginUrl ?? "",
    redirectUris: uris("redirectUris"),
    logoutRedirectUris: uris("logoutRedirectUris"),
    tokenEndPointAuthMethod: token,
    introspectionEndPointAuthMethod: methods(a.introspectionEndPointAuthMethod, token, `${where}: introspectionEndPointAuthMethod`),
    revocationEndPointAuthMethod: methods(a.revocationEndPointAuthMethod, token, `${where}: revocationEndPointAuthMethod`),
    idTokenSigningAlg: a.idTokenSigningAlg ?? "RS256",
    allowLoopbackRedirects: a.allowLoopbackRedirects ?? false,
  };
}

export function init(st, s) {
  st.applications = dict();
  if (s.applications === undefined) return;
  if (!Array.isArray(s.applications)) throw new Error("seed: applications must be an array");
  for (const a of s.applications) {
    let app;
    try {
      app = checkApplication(a);
    } catch (e) {
      throw new Error(`seed: ${e.message}`);
    }
    if (Object.hasOwn(st.applications, app.appId)) throw new Error(`seed: duplicate appId ${app.appId}`);
    st.applications[app.appId] = app;
  }
}

// No Management API call of its own (the calls are the protocol's and auth.mjs's).
export const routes = {};

export const appOf = (st, id) => (typeof id === "string" && Object.hasOwn(st.applications ?? {}, id) ? st.applications[id] : undefined);

/** Whether `uri` may be a redirect (or logout redirect) of `app`: registered exactly, or loopback when the app allows it. */
export function uriAllowed(app, uri, list = app.redirectUris) {
  if (typeof uri !== "string") return false;
  if (list.includes(uri)) return true;
  if (!app.allowLoopbackRedirects) return false;
  const u = absoluteUri(uri);
  return Boolean(u && LOOPBACK_HOSTS.has(u.hostname) && !u.username && !u.password);
}

// ---------------------------------------------------------------------------------------------
// Users: finding one by an account and checking a password

/** Whether two texts are equal, compared in constant time. */
export const sameText = (a, b) => {
  const x = createHash("sha256").update(String(a)).digest(), y = createHash("sha256").update(String(b)).digest();
  return timingSafeEqual(x, y);
};

/** The user an account names: kind "account" (username, then email, then phone), "username", "email" or "phone". */
export function findByAccount(st, kind, value) {
  if (typeof value !== "string" || !value || value.length > 256) return undefined;
  const users = allUsers(st);
  const byEmail = () => (EMAIL.test(value) ? users.find((u) => typeof u.email === "string" && u.email.toLowerCase() === value.toLowerCase()) : undefined);
  const byPhone = () => users.find((u) => u.phone === value);
  const byUsername = () => users.find((u) => u.username === value);
  if (kind === "email") return byEmail();
  if (kind === "phone") return byPhone();
  if (kind === "username") return byUsername();
  return byUsername() ?? byEmail() ?? byPhone();
}

/** Whether `password` is the user's (compared in constant time). A user without a password never matches. */
export function passwordMatches(st, user, password) {
  const secret = user && Object.hasOwn(st.userSecrets, user.userId) ? st.userSecrets[user.userId] : undefined;
  return typeof secret?.password === "string" && typeof password === "string" && sameText(secret.password, password);
}

/** Records a sign-in on the user (loginsCount, lastLogin, lastIp, lastLoginApp); returns the stored record. */
export function noteLogin(st, user, appId, ip, at = nowIso()) {
  const next = { ...user, loginsCount: (user.loginsCount ?? 0) + 1, lastLogin: at, lastIp: ip ?? null, lastLoginApp: appId ?? null };
  noteStored(st, next);
  return next;
}

// ---------------------------------------------------------------------------------------------
// JWT

const b64u = (v) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");

/** An RS256 (kid, with the provider's key) or HS256 (with `secret`) JWT. */
export function signJwt(payload, { key, kid, secret }) {
  if (secret !== undefined) {
    const input = `${b64u({ alg: "HS256", typ: "JWT" })}.${b64u(payload)}`;
    return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
  }
  const input = `${b64u({ alg: "RS256", typ: "JWT", kid })}.${b64u(payload)}`;
  return `${input}.${rsaSign("sha256", Buffer.from(input), key).toString("base64url")}`;
}

/** {header, payload} of a JWT whose signature is good (RS256 with the key, or HS256 with `secret`), else null. */
export function verifyJwt(token, { publicKey, secret } = {}) {
  if (typeof token !== "string" || token.length > 16_384) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p))) return null;
  let header, payload;
  try {
    header = JSON.parse(Buffer.from(parts[0], "base64url").toString("utf8"));
    payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!isPlainObject(header) || !isPlainObject(payload)) return null;
  const input = Buffer.from(`${parts[0]}.${parts[1]}`);
  const sig = Buffer.from(parts[2], "base64url");
  if (header.alg === "RS256" && publicKey) {
    try {
      return rsaVerify("sha256", input, publicKey, sig) ? { header, payload } : null;
    } catch {
      return null;
    }
  }
  if (header.alg === "HS256" && typeof secret === "string") {
    const want = createHmac("sha256", secret).update(input).digest();
    return want.length === sig.length && timingSafeEqual(want, sig) ? { header, payload } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The provider: per emulator, its key and what it has issued

const LIMITS = { codes: 1000, access: 20_000, refresh: 10_000, rotated: 10_000, grants: 20_000, sessions: 2000, tickets: 1000, logins: 1000, messages: 1000 };
const SESSION_SECONDS = 8 * 3600;
export const randomToken = (bytes = 32) => randomBytes(bytes).toString("base64url");

function put(map, key, value, limit) {
  while (map.size >= limit) map.delete(map.keys().next().value);
  map.set(key, value);
}
function push(list, item, limit) {
  list.push(item);
  if (list.length > limit) list.splice(0, list.length - limit);
}

/**
 * The per-emulator provider state: `env` gives now(), config and state. Codes, tokens, sessions, tickets,
 * the sign-in history and the outbox (send-sms / send-email) live here, not in the data state; reset() clears
 * them (the key stays).
 */
export function createProvider(env) {
  let keyPromise;
  const p = {
    codes: new Map(), access: new Map(), refresh: new Map(), rotated: new Map(), grants: new Map(), sessions: new Map(),
    tickets: new Map(), logins: [], messages: [],
    nowSeconds: () => Math.floor(env.now() / 1000),
    keys() {
      keyPromise ??= new Promise((resolve, reject) =>
        generateKeyPair("rsa", { modulusLength: 2048 }, (err, publicKey, privateKey) => {
          if (err) return reject(err);
          const { n, e, kty } = publicKey.export({ format: "jwk" });
          const kid = createHash("sha256").update(JSON.stringify({ e, kty, n })).digest("base64url");
          resolve({ privateKey, publicKey, kid, jwk: { kty, n, e, kid, alg: "RS256", use: "sig" }, pem: publicKey.export({ type: "spki", format: "pem" }) });
        }));
      return keyPromise;
    },
    /** Every access and refresh token given out stops working (the expireTokens fault). */
    expireTokens() {
      p.access.clear();
      p.refresh.clear();
    },
    clear() {
      for (const k of ["codes", "access", "refresh", "rotated", "grants", "sessions", "tickets"]) p[k].clear();
      p.logins.length = 0;
      p.messages.length = 0;
    },
    newGrant(appId, userId) {
      const id = randomToken(12);
      put(p.grants, id, { appId, userId, revoked: false }, LIMITS.grants);
      return id;
    },
    revokeGrant(id) {
      const g = p.grants.get(id);
      if (g) g.revoked = true;
      for (const [t, r] of p.refresh) if (r.grantId === id) p.refresh.delete(t);
    },
    /** The live record of an access token (signature, jti, expiry, grant, user still there and Activated), or null. */
    accessRecord(token, key) {
      const v = verifyJwt(token, { publicKey: key.publicKey });
      if (!v || v.header.kid !== key.kid || typeof v.payload.jti !== "string") return null;
      const r = p.access.get(v.payload.jti);
      if (!r || r.token !== token || r.exp <= p.nowSeconds() || p.grants.get(r.grantId)?.revoked) return null;
      if (r.kind === "user" && !activeUser(env.state, r.sub)) return null;
      return r;
    },
    refreshRecord(token) {
      const r = typeof token === "string" ? p.refresh.get(token) : undefined;
      if (!r || r.exp <= p.nowSeconds() || p.grants.get(r.grantId)?.revoked || !activeUser(env.state, r.sub)) return null;
      return r;
    },
    newSession(userId) {
      const sid = randomToken();
      put(p.sessions, sid, { userId, authTime: p.nowSeconds(), exp: p.nowSeconds() + SESSION_SECONDS }, LIMITS.sessions);
      return sid;
    },
    session(sid) {
      const s = typeof sid === "string" ? p.sessions.get(sid) : undefined;
      return s && s.exp > p.nowSeconds() && activeUser(env.state, s.userId) ? s : undefined;
    },
    endSessionsOf(userId) {
      for (const [sid, s] of p.sessions) if (s.userId === userId) p.sessions.delete(sid);
    },
    /** A sign-in attempt, for get-my-login-history (and the management side's get-user-login-history). */
    noteLogin(entry) {
      push(p.logins, entry, LIMITS.logins);
    },
    noteMessage(m) {
      push(p.messages, m, LIMITS.messages);
    },
    /** The apps where the user holds a live access or refresh token. */
    appsOf(userId) {
      const now = p.nowSeconds(), ids = new Set();
      for (const r of p.access.values()) if (r.sub === userId && r.exp > now && !p.grants.get(r.grantId)?.revoked) ids.add(r.appId);
      for (const r of p.refresh.values()) if (r.sub === userId && r.exp > now && !p.grants.get(r.grantId)?.revoked) ids.add(r.appId);
      return [...ids];
    },
    /**
     * Issues the tokens of one grant: {access_token, token_type, expires_in, scope, id_token?, refresh_token?}.
     * o: {app, user? (absent: a client token), scope, nonce, authTime, grantId, refresh, idToken, issuer}
     */
    async issue(o) {
      const key = await p.keys();
      const { config } = env;
      const iat = p.nowSeconds(), exp = iat + config.accessTokenExpiresIn;
      const jti = randomToken(16);
      const sub = o.user ? o.user.userId : o.app.appId;
      const access_token = signJwt({ jti, sub, iat, exp, scope: o.scope, iss: o.issuer, aud: o.app.appId }, { key: key.privateKey, kid: key.kid });
      put(p.access, jti, { token: access_token, jti, sub, appId: o.app.appId, scope: o.scope, iat, exp, grantId: o.grantId, kind: o.user ? "user" : "client", iss: o.issuer }, LIMITS.access);
      const out = { access_token, token_type: "Bearer", expires_in: config.accessTokenExpiresIn, scope: o.scope };
      if (o.user && o.idToken) out.id_token = p.idToken(o, key, access_token, iat);
      if (o.user && o.refresh) {
        const t = randomToken();
        put(p.refresh, t, { sub, appId: o.app.appId, scope: o.scope, iat, exp: iat + config.refreshTokenExpiresIn, grantId: o.grantId, authTime: o.authTime, nonce: o.nonce, iss: o.issuer }, LIMITS.refresh);
        out.refresh_token = t;
      }
      return out;
    },
    idToken(o, key, accessToken, iat = p.nowSeconds()) {
      const payload = {
        iss: o.issuer, sub: o.user.userId, aud: o.app.appId, exp: iat + env.config.accessTokenExpiresIn, iat,
        auth_time: o.authTime ?? iat, ...(o.nonce !== undefined ? { nonce: o.nonce } : {}),
        ...(accessToken ? { at_hash: createHash("sha256").update(accessToken).digest().subarray(0, 16).toString("base64url") } : {}),
        ...claims(o.user, o.scope),
      };
      return o.app.idTokenSigningAlg === "HS256" ? signJwt(payload, { secret: o.app.appSecret }) : signJwt(payload, { key: key.privateKey, kid: key.kid });
    },
    /** Verifies an ID token this provider issued (RS256 with its key, or HS256 with the app's secret); expiry is not checked. */
    async checkIdToken(token) {
      const key = await p.keys();
      let v = verifyJwt(token, { publicKey: key.publicKey });
      if (!v) {
        const app = appOf(env.state, unverifiedAudience(token));
        v = app ? verifyJwt(token, { secret: app.appSecret }) : null;
      }
      return v?.payload ?? null;
    },
  };
  return p;
}

// The aud of an unverified JWT (to find the app whose secret checks an HS256 token).
function unverifiedAudience(token) {
  try {
    const payload = JSON.parse(Buffer.from(String(token).split(".")[1] ?? "", "base64url").toString("utf8"));
    return typeof payload?.aud === "string" ? payload.aud : undefined;
  } catch {
    return undefined;
  }
}

export const activeUser = (st, id) => {
  const u = typeof id === "string" && Object.hasOwn(st.users, id) ? st.users[id] : undefined;
  return u && (u.status ?? "Activated") === "Activated" ? u : undefined;
};

// ---------------------------------------------------------------------------------------------
// Claims by scope

const seconds = (iso) => {
  const t = Date.parse(iso ?? "");
  return Number.isNaN(t) ? undefined : Math.floor(t / 1000);
};
const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));

export function claims(u, scope = "") {
  const s = new Set(String(scope).split(" "));
  return {
    ...(s.has("profile") ? defined({
      name: u.name, given_name: u.givenName, family_name: u.familyName, middle_name: u.middleName, nickname: u.nickname,
      preferred_username: u.preferredUsername, profile: u.profile, picture: u.photo, website: u.website, gender: u.gender,
      birthdate: u.birthdate, zoneinfo: u.zoneinfo, locale: u.locale, updated_at: seconds(u.updatedAt),
    }) : {}),
    ...(s.has("username") ? defined({ username: u.username }) : {}),
    ...(s.has("email") ? { ...defined({ email: u.email }), email_verified: Boolean(u.emailVerified) } : {}),
    ...(s.has("phone") ? { ...defined({ phone_number: u.phone }), phone_number_verified: Boolean(u.phoneVerified) } : {}),
    ...(s.has("address") ? { address: defined({ formatted: u.formatted, street_address: u.streetAddress, locality: u.city, region: u.region ?? u.province, postal_code: u.postalCode, country: u.country }) } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// HTTP: parameters, client authentication, errors

class OAuthError extends Error {
  constructor(status, error, description, headers = {}) {
    super(description);
    Object.assign(this, { status, error, headers });
  }
}
const oauthError = (status, error, description, headers) => {
  throw new OAuthError(status, error, description, headers);
};

/** The parameters of a request: the query's, then (POST) the body's, form or JSON; every value a string. */
function readParams(ctx, { query = true, body = true } = {}) {
  const out = dict();
  const dup = [];
  const add = (k, v) => {
    if (Object.hasOwn(out, k)) dup.push(k);
    out[k] = v;
  };
  if (query) for (const [k, v] of ctx.url.searchParams) add(k, v);
  if (body && ctx.req.method === "POST" && ctx.text) {
    const type = String(ctx.req.headers["content-type"] ?? "");
    if (/json/i.test(type)) {
      let j;
      try {
        j = JSON.parse(ctx.text);
      } catch {
        oauthError(400, "invalid_request", "the body is not valid JSON");
      }
      if (!isPlainObject(j)) oauthError(400, "invalid_request", "the body must be a JSON object");
      for (const [k, v] of Object.entries(j)) {
        if (v === undefined || v === null) continue;
        if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") oauthError(400, "invalid_request", `${k} must be a string`);
        add(k, String(v));
      }
    } else for (const [k, v] of new URLSearchParams(ctx.text)) add(k, v);
  }
  return { params: out, dup };
}

function noDuplicates(dup) {
  if (dup.length) oauthError(400, "invalid_request", `${dup[0]} was given more than once`);
}

// RFC 6749 §2.3.1: the Basic credentials are form-urlencoded.
function basicCredentials(h) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(h ?? "");
  if (!m) return null;
  const text = Buffer.from(m[1], "base64").toString("utf8");
  const i = text.indexOf(":");
  if (i < 0) oauthError(400, "invalid_request", "malformed Basic credentials");
  const dec = (s) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " "));
    } catch {
      return s;
    }
  };
  return { id: dec(text.slice(0, i)), secret: dec(text.slice(i + 1)) };
}

/** The client of a token-endpoint request, authenticated by the method the app allows at `which` endpoint. */
export function authenticateClient(st, headers, params, which = "tokenEndPointAuthMethod") {
  const authz = typeof headers.authorization === "string" && /^basic\s/i.test(headers.authorization) ? headers.authorization : null;
  const basic = authz ? basicCredentials(authz) : null;
  let id, secret, method;
  if (basic) {
    if (params.client_secret !== undefined) oauthError(400, "invalid_request", "client credentials were given both in the authorization header and in the body");
    if (params.client_id !== undefined && params.client_id !== basic.id) oauthError(400, "invalid_request", "client_id differs from the authorization header's");
    ({ id, secret } = basic);
    method = "client_secret_basic";
  } else if (params.client_secret !== undefined) {
    [id, secret, method] = [params.client_id, params.client_secret, "client_secret_post"];
  } else [id, method] = [params.client_id, "none"];
  const wwwAuth = method === "client_secret_basic" ? { "www-authenticate": 'Basic realm="genauth-emulator"' } : {};
  if (typeof id !== "string" || !id) oauthError(401, "invalid_client", "client authentication is required (client_id)", wwwAuth);
  const app = appOf(st, id) ?? oauthError(401, "invalid_client", "unknown client", wwwAuth);
  if (!app[which].includes(method)) oauthError(401, "invalid_client", `this client does not use ${method} here (it uses ${app[which].join(", ")})`, wwwAuth);
  if (method !== "none" && !sameText(secret, app.appSecret)) oauthError(401, "invalid_client", "wrong client secret", wwwAuth);
  return { app, method };
}

/** The issuer: the origin the request reached (127.0.0.1 or localhost with its port) + "/oidc". */
export function issuerOf(headers, port) {
  const host = String(headers.host ?? "");
  const m = /^(127\.0\.0\.1|localhost|\[::1\]):(\d{1,5})$/.exec(host);
  return `http://${m ? `${m[1]}:${m[2]}` : `127.0.0.1:${port}`}/oidc`;
}

const clientIp = (req) => String(req.socket?.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, "");

/** The sign-in history entry of an attempt (LoginHistoryDto). */
export function loginEntry({ user, app, req, success, method, errorMessage }) {
  const ua = String(req.headers["user-agent"] ?? "").slice(0, 512);
  return {
    userId: user.userId, appId: app?.appId ?? "", appName: app?.appName ?? "", appLoginUrl: app?.appLoginUrl ?? "", appLogo: app?.appLogo ?? "",
    loginAt: nowIso(), clientIp: clientIp(req), success, ...(errorMessage ? { errorMessage } : {}), userAgent: ua,
    parsedUserAgent: { device: /mobile/i.test(ua) ? "mobile" : "desktop", name: /chrome/i.test(ua) ? "Chrome" : /firefox/i.test(ua) ? "Firefox" : /node|undici|axios/i.test(ua) ? "Node.js" : "Other", os: /windows/i.test(ua) ? "Windows" : /mac os/i.test(ua) ? "macOS" : /linux/i.test(ua) ? "Linux" : "Other" },
    loginMethod: method,
    geoip: { location: { lon: 0, lat: 0 }, country_name: "", country_code2: "", country_code3: "", region_name: "", region_code: "", city_name: "", continent_code: "", timezone: "" },
  };
}
export { clientIp };

/** Records a successful sign-in on the user (noteLogin) and in the login history; the stored user. */
export function recordSignIn(st, p, user, app, req, method) {
  const stored = noteLogin(st, user, app.appId, clientIp(req));
  p.noteLogin(loginEntry({ user: stored, app, req, success: true, method }));
  return stored;
}

// ---------------------------------------------------------------------------------------------
// The sign-in page

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const PAGE_TEXT = {
  zh: {
    title: "登录", heading: "登录", to: "登录到", account: "账号", accountHint: "用户名、邮箱或手机号", password: "密码", submit: "登录",
    wrong: "账号或密码错误", disabled: "账号已停用", missing: "请输入账号和密码", foot: "GenAuth 本地模拟器（仅 127.0.0.1）",
    errorTitle: "无法登录", signedOut: "已退出登录", signedOutText: "你已退出登录，可以关闭此页面。", lang: "zh-CN",
  },
  en: {
    title: "Sign in", heading: "Sign in", to: "Sign in to", account: "Account", accountHint: "Username, email or phone", password: "Password", submit: "Sign in",
    wrong: "Wrong account or password", disabled: "This account is disabled", missing: "Enter your account and password", foot: "GenAuth local emulator (127.0.0.1 only)",
    errorTitle: "Cannot sign in", signedOut: "Signed out", signedOutText: "You are signed out. You may close this page.", lang: "en",
  },
};
const pageLang = (params) => (/^en/i.test(String(params.ui_locales ?? params.lang ?? "")) ? "en" : "zh");

const STYLE = `*{box-sizing:border-box}body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;
background:#f3f5f9;font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:#1d2129}
main{width:min(380px,92vw);background:#fff;border-radius:12px;box-shadow:0 8px 28px rgba(30,40,70,.12);padding:32px 32px 24px}
h1{margin:0 0 4px;font-size:22px}.app{margin:0 0 24px;color:#4e5969}label{display:block;margin:14px 0 6px;font-weight:600}
input{width:100%;padding:10px 12px;border:1px solid #c9cdd4;border-radius:8px;font:inherit}input:focus{outline:2px solid #215ae5;border-color:#215ae5}
button{width:100%;margin-top:20px;padding:11px;border:0;border-radius:8px;background:#215ae5;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button:hover{background:#1a48b8}.error{min-height:1.5em;margin:12px 0 0;color:#d92d20}.error:empty{visibility:hidden}
footer{margin-top:24px;color:#86909c;font-size:12px;text-align:center}`;

function page(title, lang, inner) {
  return `<!doctype html>\n<html lang="${PAGE_TEXT[lang].lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${esc(title)}</title><style>${STYLE}</style></head><body><main>${inner}<footer>${esc(PAGE_TEXT[lang].foot)}</footer></main></body></html>\n`;
}

function signInPage(app, lang, { account = "", error = "" } = {}) {
  const t = PAGE_TEXT[lang];
  return page(`${t.title} · ${app.appName}`, lang,
    `<h1>${esc(t.heading)}</h1><p class="app">${esc(t.to)} <strong id="app-name">${esc(app.appName)}</strong></p>` +
    `<form method="post" id="sign-in-form">` +
    `<label for="account">${esc(t.account)}</label><input id="account" name="account" autocomplete="username" required maxlength="256" placeholder="${esc(t.accountHint)}" value="${esc(account)}">` +
    `<label for="password">${esc(t.password)}</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024">` +
    `<p id="error" class="error" role="alert">${esc(error)}</p>` +
    `<button id="sign-in" type="submit">${esc(t.submit)}</button></form>`);
}

const errorPage = (lang, message) => page(PAGE_TEXT[lang].errorTitle, lang, `<h1>${esc(PAGE_TEXT[lang].errorTitle)}</h1><p id="error" class="error" role="alert">${esc(message)}</p>`);

const PAGE_HEADERS = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};
/** How a page of the provider is written. */
const HTML = { type: "text/html; charset=utf-8", headers: PAGE_HEADERS };
const SESSION_COOKIE = "genauth_emu_sid";

function cookie(req, name) {
  for (const part of String(req.headers.cookie ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) return part.slice(i + 1).trim();
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Endpoints

const RESPONSE_TYPES = new Set(["code", "token", "id_token", "code token", "code id_token", "code id_token token", "id_token token"]);
const PKCE = /^[A-Za-z0-9._~-]{43,128}$/;
const TEXT_LIMIT = 2048;

/** The authorize request, checked. Errors before the redirect is trusted throw {page}; after, {redirect}. */
function authorizeRequest(ctx, protocol, params, dup) {
  const { st } = ctx;
  const lang = pageLang(params);
  const pageFail = (message) => {
    throw Object.assign(new Error(message), { page: true, lang });
  };
  const app = appOf(st, params.client_id);
  if (!app) pageFail(params.client_id ? `unknown client_id ${String(params.client_id).slice(0, 64)}` : "client_id is required");
  if (dup.includes("client_id") || dup.includes("redirect_uri")) pageFail("client_id and redirect_uri may be given once only");
  const given = params.redirect_uri !== undefined;
  const redirectUri = given ? params.redirect_uri : app.redirectUris[0];
  if (!redirectUri) pageFail("redirect_uri is required (the application registers none)");
  if (!uriAllowed(app, redirectUri)) pageFail("redirect_uri is not registered for this application");
  const rt = String(params.response_type ?? "").split(" ").filter(Boolean).sort((a, b) => (a === "code" ? -1 : b === "code" ? 1 : a.localeCompare(b))).join(" ");
  const modeDefault = rt === "code" ? "query" : "fragment";
  const mode = params.response_mode ?? modeDefault;
  const req = { app, redirectUri, redirectUriGiven: given, state: params.state, protocol, lang, mode: ["query", "fragment", "form_post"].includes(mode) ? mode : modeDefault };
  const fail = (error, description) => {
    throw Object.assign(new Error(description), { redirect: req, error });
  };
  if (dup.length) fail("invalid_request", `${dup[0]} was given more than once`);
  for (const k of ["state", "nonce", "scope", "login_hint", "code_challenge", "max_age", "prompt", "ui_locales"])
    if (params[k] !== undefined && params[k].length > TEXT_LIMIT) fail("invalid_request", `${k} is too long`);
  if (!["query", "fragment", "form_post"].includes(mode)) fail("invalid_request", "response_mode must be query, fragment or form_post");
  if (!params.response_type) fail("invalid_request", "response_type is required");
  if (!RESPONSE_TYPES.has(rt) || (protocol === "oauth" && rt.includes("id_token"))) fail("unsupported_response_type", `response_type ${params.response_type} is not supported`);
  if (mode === "query" && rt !== "code") fail("invalid_request", "tokens cannot be returned in the query: use response_mode fragment or form_post");
  const scope = String(params.scope ?? (protocol === "oauth" ? "user" : "")).split(" ").filter(Boolean);
  if (protocol === "oidc" && !scope.includes("openid")) fail("invalid_scope", "scope must include openid");
  if (rt.includes("id_token") && params.nonce === undefined) fail("invalid_request", "nonce is required when an id_token is returned from the authorization endpoint");
  const prompt = String(params.prompt ?? "").split(" ").filter(Boolean);
  if (!prompt.every((x) => ["login", "none", "consent", "select_account"].includes(x)) || (prompt.includes("none") && prompt.length > 1))
    fail("invalid_request", "prompt must be login, consent, select_account or none");
  let maxAge;
  if (params.max_age !== undefined) {
    if (!/^\d{1,9}$/.test(params.max_age)) fail("invalid_request", "max_age must be a number of seconds");
    maxAge = Number(params.max_age);
  }
  let challenge, method;
  if (params.code_challenge !== undefined || params.code_challenge_method !== undefined) {
    method = params.code_challenge_method ?? "plain";
    if (!["S256", "plain"].includes(method)) fail("invalid_request", "code_challenge_method must be S256 or plain");
    challenge = params.code_challenge;
    if (typeof challenge !== "string" || !PKCE.test(challenge)) fail("invalid_request", "code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
  }
  if (rt.includes("code") && !challenge && app.tokenEndPointAuthMethod.length === 1 && app.tokenEndPointAuthMethod[0] === "none")
    fail("invalid_request", "a public client must send a code_challenge (PKCE)");
  return { ...req, responseType: rt, scope: scope.join(" "), nonce: params.nonce, prompt, maxAge, challenge, method, loginHint: params.login_hint };
}

function sendAuthorizeResponse(ctx, req, fields) {
  const out = { ...fields, ...(req.state !== undefined ? { state: req.state } : {}) };
  if (req.mode === "form_post") {
    const inputs = Object.entries(out).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join("");
    const html = `<!doctype html>\n<html><head><meta charset="utf-8"><title>Submit</title></head><body onload="document.forms[0].submit()">` +
      `<form method="post" action="${esc(req.redirectUri)}">${inputs}<noscript><button type="submit">Continue</button></noscript></form></body></html>\n`;
    return ctx.write(200, html, { type: "text/html; charset=utf-8", headers: { "cache-control": "no-store", "content-security-policy": "default-src 'none'; script-src 'unsafe-inline'; form-action *", ...(ctx.extraHeaders ?? {}) } });
  }
  const u = new URL(req.redirectUri);
  if (req.mode === "fragment") u.hash = new URLSearchParams(out).toString();
  else for (const [k, v] of Object.entries(out)) u.searchParams.append(k, v);
  return redirect(ctx, u.href, ctx.extraHeaders);
}

function redirect(ctx, location, headers = {}) {
  return ctx.write(302, "", { type: "text/plain; charset=utf-8", headers: { location, "cache-control": "no-store", ...headers } });
}

async function finishAuthorize(ctx, req, user, authTime) {
  const { provider: p } = ctx;
  const fields = {};
  const grantId = p.newGrant(req.app.appId, user.userId);
  const scope = req.scope;
  if (req.responseType.split(" ").includes("code")) {
    const code = randomToken();
    put(p.codes, code, {
      appId: req.app.appId, redirectUri: req.redirectUri, redirectUriGiven: req.redirectUriGiven, scope, nonce: req.nonce,
      challenge: req.challenge, method: req.method, userId: user.userId, authTime, exp: p.nowSeconds() + ctx.config.codeExpiresIn,
      grantId, protocol: req.protocol, issuer: ctx.issuer, used: false,
    }, LIMITS.codes);
    fields.code = code;
  }
  const types = req.responseType.split(" ");
  if (types.includes("token") || types.includes("id_token")) {
    const set = await p.issue({ app: req.app, user, scope, nonce: req.nonce, authTime, grantId, refresh: false, idToken: false, issuer: ctx.issuer });
    if (types.includes("token")) Object.assign(fields, { access_token: set.access_token, token_type: "Bearer", expires_in: String(set.expires_in) });
    if (types.includes("id_token")) {
      const key = await p.keys();
      fields.id_token = p.idToken({ app: req.app, user, scope, nonce: req.nonce, authTime, issuer: ctx.issuer }, key, types.includes("token") ? set.access_token : undefined);
    }
  }
  return sendAuthorizeResponse(ctx, req, fields);
}

async function authorize(ctx, protocol) {
  const { req, st, provider: p } = ctx;
  const isPost = req.method === "POST";
  // A POSTed sign-in form carries account and password; the authorize parameters stay in the query.
  const { params: q, dup: qd } = readParams(ctx, { body: false });
  const { params: b } = isPost ? readParams(ctx, { query: false }) : { params: dict() };
  const signingIn = isPost && (b.account !== undefined || b.password !== undefined);
  const params = dict({ ...b, ...q });
  delete params.account;
  delete params.password;
  let a;
  try {
    a = authorizeRequest(ctx, protocol, params, signingIn ? qd : [...qd, ...Object.keys(b).filter((k) => Object.hasOwn(q, k))]);
  } catch (e) {
    if (e.page) return ctx.write(400, errorPage(e.lang ?? "zh", e.message), HTML);
    if (e.redirect) return sendAuthorizeResponse(ctx, e.redirect, { error: e.error, error_description: e.message });
    throw e;
  }
  const t = PAGE_TEXT[a.lang];
  if (signingIn) {
    const account = typeof b.account === "string" ? b.account.trim() : "";
    const password = typeof b.password === "string" ? b.password : "";
    const again = (status, error) => ctx.write(status, signInPage(a.app, a.lang, { account: account.slice(0, 256), error }), HTML);
    if (!account || !password) return again(400, t.missing);
    const user = findByAccount(st, "account", account);
    if (!user || !passwordMatches(st, user, password)) {
      if (user) p.noteLogin(loginEntry({ user, app: a.app, req, success: false, method: "password", errorMessage: "wrong password" }));
      return again(401, t.wrong);
    }
    if ((user.status ?? "Activated") !== "Activated") return again(403, t.disabled);
    const signedIn = recordSignIn(st, p, user, a.app, req, "password");
    const sid = p.newSession(user.userId);
    ctx.extraHeaders = { "set-cookie": `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax` };
    return finishAuthorize(ctx, a, signedIn, p.session(sid).authTime);
  }
  const session = p.session(cookie(req, SESSION_COOKIE));
  const fresh = session && (a.maxAge === undefined || p.nowSeconds() - session.authTime <= a.maxAge);
  if (session && fresh && !a.prompt.includes("login")) return finishAuthorize(ctx, a, st.users[session.userId], session.authTime);
  if (a.prompt.includes("none")) return sendAuthorizeResponse(ctx, a, { error: "login_required", error_description: "the user is not signed in" });
  return ctx.write(200, signInPage(a.app, a.lang, { account: a.loginHint ?? "" }), HTML);
}

function tokenJson(ctx, status, body, headers = {}) {
  return ctx.write(status, body, { headers: { "cache-control": "no-store", pragma: "no-cache", ...headers } });
}

async function token(ctx, protocol) {
  const { st, provider: p, req } = ctx;
  const { params, dup } = readParams(ctx, { query: false });
  noDuplicates(dup);
  const { app, method } = authenticateClient(st, req.headers, params);
  const grant = params.grant_type;
  const wantsId = (scope) => protocol === "oidc" && scope.split(" ").includes("openid");
  if (grant === "authorization_code") {
    if (!params.code) oauthError(400, "invalid_request", "code is required");
    const c = p.codes.get(params.code);
    if (!c || c.protocol !== protocol) oauthError(400, "invalid_grant", "the code is not valid");
    if (c.appId !== app.appId) oauthError(400, "invalid_grant", "the code was issued to another client");
    if (c.used) {
      p.revokeGrant(c.grantId);
      oauthError(400, "invalid_grant", "the code was already used (the tokens issued for it are revoked)");
    }
    if (c.exp <= p.nowSeconds()) oauthError(400, "invalid_grant", "the code has expired");
    if (c.redirectUriGiven ? params.redirect_uri !== c.redirectUri : params.redirect_uri !== undefined && params.redirect_uri !== c.redirectUri)
      oauthError(400, "invalid_grant", "redirect_uri does not match the authorization request's");
    if (c.challenge) {
      const v = params.code_verifier;
      if (typeof v !== "string" || !PKCE.test(v)) oauthError(400, "invalid_grant", "code_verifier is required (43 to 128 characters of A-Z a-z 0-9 - . _ ~)");
      const got = c.method === "S256" ? createHash("sha256").update(v).digest("base64url") : v;
      if (!sameText(got, c.challenge)) oauthError(400, "invalid_grant", "code_verifier does not match the code_challenge");
    } else if (params.code_verifier !== undefined) oauthError(400, "invalid_grant", "code_verifier was given but the authorization request had no code_challenge");
    c.used = true;
    const user = activeUser(st, c.userId) ?? oauthError(400, "invalid_grant", "the user can no longer sign in");
    const set = await p.issue({
      app, user, scope: c.scope, nonce: c.nonce, authTime: c.authTime, grantId: c.grantId, issuer: c.issuer,
      refresh: c.scope.split(" ").includes("offline_access"), idToken: wantsId(c.scope),
    });
    return tokenJson(ctx, 200, set);
  }
  if (grant === "refresh_token") {
    if (!params.refresh_token) oauthError(400, "invalid_request", "refresh_token is required");
    const rotatedGrant = p.rotated.get(params.refresh_token);
    if (rotatedGrant !== undefined) {
      p.revokeGrant(rotatedGrant);
      oauthError(400, "invalid_grant", "the refresh token was already used (its grant is revoked)");
    }
    const r = p.refreshRecord(params.refresh_token) ?? oauthError(400, "invalid_grant", "the refresh token is not valid");
    if (r.appId !== app.appId) oauthError(400, "invalid_grant", "the refresh token was issued to another client");
    let scope = r.scope;
    if (params.scope !== undefined) {
      const asked = params.scope.split(" ").filter(Boolean);
      const had = new Set(r.scope.split(" "));
      if (!asked.every((s) => had.has(s))) oauthError(400, "invalid_scope", "scope must be a subset of the granted scope");
      scope = asked.join(" ");
    }
    p.refresh.delete(params.refresh_token);
    put(p.rotated, params.refresh_token, r.grantId, LIMITS.rotated);
    const user = activeUser(st, r.sub);
    const set = await p.issue({ app, user, scope, nonce: r.nonce, authTime: r.authTime, grantId: r.grantId, issuer: r.iss ?? ctx.issuer, refresh: true, idToken: wantsId(scope) });
    // The new refresh token keeps the whole granted scope.
    if (set.refresh_token) p.refresh.get(set.refresh_token).scope = r.scope;
    return tokenJson(ctx, 200, set);
  }
  if (grant === "client_credentials") {
    if (method === "none") oauthError(400, "unauthorized_client", "client_credentials needs a client secret");
    const scope = String(params.scope ?? "").split(" ").filter(Boolean).join(" ");
    const set = await p.issue({ app, scope, grantId: p.newGrant(app.appId, null), issuer: ctx.issuer });
    return tokenJson(ctx, 200, set);
  }
  if (grant === "password") {
    if (!params.username || !params.password) oauthError(400, "invalid_request", "username and password are required");
    const user = findByAccount(st, "account", params.username);
    if (!user || !passwordMatches(st, user, params.password)) oauthError(400, "invalid_grant", "wrong account or password");
    if (!activeUser(st, user.userId)) oauthError(400, "invalid_grant", "the user can no longer sign in");
    const signedIn = recordSignIn(st, p, user, app, req, "password");
    const scope = String(params.scope ?? (protocol === "oauth" ? "user" : "openid profile")).split(" ").filter(Boolean).join(" ");
    const set = await p.issue({
      app, user: signedIn, scope, authTime: p.nowSeconds(), grantId: p.newGrant(app.appId, user.userId), issuer: ctx.issuer,
      refresh: scope.split(" ").includes("offline_access"), idToken: wantsId(scope),
    });
    return tokenJson(ctx, 200, set);
  }
  oauthError(400, grant ? "unsupported_grant_type" : "invalid_request", grant ? `grant_type ${String(grant).slice(0, 64)} is not supported` : "grant_type is required");
}

/** The access token of a resource request: the access_token parameter, else the authorization header (Bearer or raw). */
function bearerToken(ctx) {
  const { params } = readParams(ctx);
  if (typeof params.access_token === "string" && params.access_token) return params.access_token;
  const h = ctx.req.headers.authorization;
  if (typeof h !== "string" || !h.trim()) return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : h.trim();
}

async function userinfo(ctx) {
  const { provider: p, st } = ctx;
  const t = bearerToken(ctx);
  const challenge = (error, description) => oauthError(401, error, description, { "www-authenticate": `Bearer realm="genauth-emulator", error="${error}"` });
  if (!t) challenge("invalid_request", "an access token is required");
  const r = p.accessRecord(t, await p.keys());
  if (!r || r.kind !== "user") challenge("invalid_token", "the access token is not valid (unknown, expired or revoked)");
  const u = activeUser(st, r.sub);
  return tokenJson(ctx, 200, { sub: u.userId, ...claims(u, r.scope) });
}

async function revocation(ctx) {
  const { st, provider: p, req } = ctx;
  const { params, dup } = readParams(ctx, { query: false });
  noDuplicates(dup);
  const { app } = authenticateClient(st, req.headers, params, "revocationEndPointAuthMethod");
  if (!params.token) oauthError(400, "invalid_request", "token is required");
  const r = p.refresh.get(params.token);
  if (r) {
    if (r.appId === app.appId) p.revokeGrant(r.grantId);
  } else {
    const a = p.accessRecord(params.token, await p.keys());
    if (a && a.appId === app.appId) p.access.delete(a.jti);
  }
  return ctx.write(200, "", { type: "text/plain; charset=utf-8", headers: { "cache-control": "no-store" } });
}

async function introspection(ctx) {
  const { st, provider: p, req } = ctx;
  const { params, dup } = readParams(ctx, { query: false });
  noDuplicates(dup);
  authenticateClient(st, req.headers, params, "introspectionEndPointAuthMethod");
  if (!params.token) oauthError(400, "invalid_request", "token is required");
  const a = p.accessRecord(params.token, await p.keys());
  if (a) return tokenJson(ctx, 200, { active: true, sub: a.sub, scope: a.scope, client_id: a.appId, aud: a.appId, iss: a.iss, exp: a.exp, iat: a.iat, jti: a.jti, token_type: "Bearer" });
  const r = p.refreshRecord(params.token);
  if (r) return tokenJson(ctx, 200, { active: true, sub: r.sub, scope: r.scope, client_id: r.appId, aud: r.appId, iss: r.iss, exp: r.exp, iat: r.iat, token_type: "refresh_token" });
  return tokenJson(ctx, 200, { active: false });
}

async function endSession(ctx) {
  const { st, provider: p, req } = ctx;
  const { params } = readParams(ctx);
  const lang = pageLang(params);
  const fail = (m) => ctx.write(400, errorPage(lang, m), HTML);
  for (const k of ["id_token_hint", "post_logout_redirect_uri", "state", "client_id"])
    if (params[k] !== undefined && params[k].length > 16_384) return fail(`${k} is too long`);
  let hint = null;
  if (params.id_token_hint) {
    hint = await p.checkIdToken(params.id_token_hint);
    if (!hint) return fail("id_token_hint is not an ID token this emulator issued");
  }
  const clientId = params.client_id ?? hint?.aud;
  if (params.client_id !== undefined && hint && hint.aud !== params.client_id) return fail("client_id differs from the id_token_hint's audience");
  let target;
  if (params.post_logout_redirect_uri !== undefined) {
    const app = appOf(st, clientId);
    if (!app) return fail("post_logout_redirect_uri needs a client (client_id or id_token_hint)");
    if (!uriAllowed(app, params.post_logout_redirect_uri, app.logoutRedirectUris)) return fail("post_logout_redirect_uri is not registered for this application");
    target = new URL(params.post_logout_redirect_uri);
    if (params.state !== undefined) target.searchParams.append("state", params.state);
  }
  const sid = cookie(req, SESSION_COOKIE);
  if (sid) p.sessions.delete(sid);
  if (typeof hint?.sub === "string") p.endSessionsOf(hint.sub);
  const clear = { "set-cookie": `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` };
  if (target) return redirect(ctx, target.href, clear);
  const t = PAGE_TEXT[lang];
  return ctx.write(200, page(t.signedOut, lang, `<h1>${esc(t.signedOut)}</h1><p id="signed-out">${esc(t.signedOutText)}</p>`), { type: "text/html; charset=utf-8", headers: { ...PAGE_HEADERS, ...clear } });
}

// ---- CAS

async function casLogin(ctx, appId) {
  const { req, st, provider: p } = ctx;
  const { params: q } = readParams(ctx, { body: false });
  const lang = pageLang(q);
  const app = appOf(st, appId);
  const fail = (m) => ctx.write(400, errorPage(lang, m), HTML);
  if (!app) return fail("unknown application");
  const service = q.service;
  if (service !== undefined && !uriAllowed(app, service)) return fail("service is not registered for this application");
  const done = (user) => {
    if (service === undefined) return ctx.write(200, page(app.appName, lang, `<h1 id="signed-in">${esc(user.username ?? user.userId)}</h1>`), { type: "text/html; charset=utf-8", headers: { ...PAGE_HEADERS, ...(ctx.extraHeaders ?? {}) } });
    const ticket = `ST-${randomToken(24)}`;
    put(p.tickets, ticket, { appId, service, userId: user.userId, exp: p.nowSeconds() + ctx.config.codeExpiresIn }, LIMITS.tickets);
    const u = new URL(service);
    u.searchParams.append("ticket", ticket);
    return redirect(ctx, u.href, ctx.extraHeaders);
  };
  if (req.method === "POST") {
    const { params: b } = readParams(ctx, { query: false });
    const t = PAGE_TEXT[lang];
    const account = typeof b.account === "string" ? b.account.trim() : "";
    const again = (status, error) => ctx.write(status, signInPage(app, lang, { account: account.slice(0, 256), error }), HTML);
    if (!account || typeof b.password !== "string" || !b.password) return again(400, t.missing);
    const user = findByAccount(st, "account", account);
    if (!user || !passwordMatches(st, user, b.password)) return again(401, t.wrong);
    if (!activeUser(st, user.userId)) return again(403, t.disabled);
    const signedIn = recordSignIn(st, p, user, app, req, "password");
    ctx.extraHeaders = { "set-cookie": `${SESSION_COOKIE}=${p.newSession(user.userId)}; Path=/; HttpOnly; SameSite=Lax` };
    return done(signedIn);
  }
  const session = p.session(cookie(req, SESSION_COOKIE));
  if (session) return done(st.users[session.userId]);
  return ctx.write(200, signInPage(app, lang), HTML);
}

function takeTicket(ctx, appId, q) {
  const { provider: p, st } = ctx;
  const t = typeof q.ticket === "string" ? p.tickets.get(q.ticket) : undefined;
  if (t) p.tickets.delete(q.ticket);
  if (!q.ticket || !q.service) return { fail: ["INVALID_REQUEST", "ticket and service are required"] };
  if (!t || t.appId !== appId || t.exp <= p.nowSeconds()) return { fail: ["INVALID_TICKET", `ticket ${String(q.ticket).slice(0, 64)} not recognized`] };
  if (t.service !== q.service) return { fail: ["INVALID_SERVICE", "the ticket was issued to another service"] };
  const u = activeUser(st, t.userId);
  return u ? { user: u } : { fail: ["INVALID_TICKET", "the user can no longer sign in"] };
}

function casValidate(ctx, appId) {
  const { params: q } = readParams(ctx, { body: false });
  const r = takeTicket(ctx, appId, q);
  return ctx.write(200, r.user ? `yes\n${r.user.username ?? r.user.userId}\n` : "no\n\n", { type: "text/plain; charset=utf-8", headers: { "cache-control": "no-store" } });
}

function casServiceValidate(ctx, appId) {
  const { params: q } = readParams(ctx, { body: false });
  const r = takeTicket(ctx, appId, q);
  const xml = String(q.format ?? "JSON").toUpperCase() === "XML";
  if (r.user) {
    const u = r.user;
    const attributes = defined({ userId: u.userId, username: u.username, email: u.email, phone: u.phone, name: u.name, nickname: u.nickname });
    if (!xml) return ctx.write(200, { serviceResponse: { authenticationSuccess: { user: u.username ?? u.userId, attributes } } }, { headers: { "cache-control": "no-store" } });
    const attrs = Object.entries(attributes).map(([k, v]) => `<cas:${k}>${esc(v)}</cas:${k}>`).join("");
    return ctx.write(200, `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationSuccess><cas:user>${esc(u.username ?? u.userId)}</cas:user><cas:attributes>${attrs}</cas:attributes></cas:authenticationSuccess></cas:serviceResponse>`, { type: "application/xml; charset=utf-8", headers: { "cache-control": "no-store" } });
  }
  const [code, description] = r.fail;
  if (!xml) return ctx.write(200, { serviceResponse: { authenticationFailure: { code, description } } }, { headers: { "cache-control": "no-store" } });
  return ctx.write(200, `<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationFailure code="${code}">${esc(description)}</cas:authenticationFailure></cas:serviceResponse>`, { type: "application/xml; charset=utf-8", headers: { "cache-control": "no-store" } });
}

function casLogout(ctx) {
  const { st, provider: p, req } = ctx;
  const { params: q } = readParams(ctx, { body: false });
  const sid = cookie(req, SESSION_COOKIE);
  if (sid) p.sessions.delete(sid);
  const clear = { "set-cookie": `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` };
  const lang = pageLang(q);
  if (q.url !== undefined) {
    const ok = Object.values(st.applications).some((a) => uriAllowed(a, q.url, [...a.logoutRedirectUris, ...a.redirectUris]));
    if (!ok) return ctx.write(400, errorPage(lang, "url is not registered for any application"), HTML);
    return redirect(ctx, new URL(q.url).href, clear);
  }
  const t = PAGE_TEXT[lang];
  return ctx.write(200, page(t.signedOut, lang, `<h1>${esc(t.signedOut)}</h1><p id="signed-out">${esc(t.signedOutText)}</p>`), { type: "text/html; charset=utf-8", headers: { ...PAGE_HEADERS, ...clear } });
}

// ---- discovery

function discovery(ctx) {
  const iss = ctx.issuer;
  return ctx.write(200, {
    issuer: iss,
    authorization_endpoint: `${iss}/auth`,
    token_endpoint: `${iss}/token`,
    userinfo_endpoint: `${iss}/me`,
    jwks_uri: `${iss}/.well-known/jwks.json`,
    end_session_endpoint: `${iss}/session/end`,
    revocation_endpoint: `${iss}/token/revocation`,
    introspection_endpoint: `${iss}/token/introspection`,
    scopes_supported: ["openid", "profile", "email", "phone", "address", "username", "offline_access"],
    response_types_supported: [...RESPONSE_TYPES],
    response_modes_supported: ["query", "fragment", "form_post"],
    grant_types_supported: ["authorization_code", "implicit", "refresh_token", "client_credentials", "password"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256", "HS256"],
    token_endpoint_auth_methods_supported: AUTH_METHODS,
    revocation_endpoint_auth_methods_supported: AUTH_METHODS,
    introspection_endpoint_auth_methods_supported: AUTH_METHODS,
    code_challenge_methods_supported: ["S256", "plain"],
    claims_supported: ["sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "name", "given_name", "family_name", "middle_name", "nickname",
      "preferred_username", "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale", "updated_at", "username", "email",
      "email_verified", "phone_number", "phone_number_verified", "address"],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
  }, { headers: { "cache-control": "public, max-age=60" } });
}

async function jwks(ctx) {
  const key = await ctx.provider.keys();
  return ctx.write(200, { keys: [key.jwk] }, { headers: { "cache-control": "public, max-age=60" } });
}

// ---------------------------------------------------------------------------------------------
// Dispatch: `[methods, handler]` by path; /oauth/ shares /oidc/'s with the protocol "oauth".

const PROTOCOL_ROUTES = {
  "/oidc/.well-known/openid-configuration": [["GET"], discovery],
  "/oidc/.well-known/jwks.json": [["GET"], jwks],
  "/oidc/auth": [["GET", "POST"], (c) => authorize(c, "oidc")],
  "/oauth/auth": [["GET", "POST"], (c) => authorize(c, "oauth")],
  "/oidc/token": [["POST"], (c) => token(c, "oidc")],
  "/oauth/token": [["POST"], (c) => token(c, "oauth")],
  "/oidc/me": [["GET", "POST"], userinfo],
  "/oauth/me": [["GET", "POST"], userinfo],
  "/oidc/token/revocation": [["POST"], revocation],
  "/oauth/token/revocation": [["POST"], revocation],
  "/oidc/token/introspection": [["POST"], introspection],
  "/oauth/token/introspection": [["POST"], introspection],
  "/oidc/session/end": [["GET", "POST"], endSession],
  "/cas-idp/logout": [["GET"], casLogout],
};
const CAS = /^\/cas-idp\/([^/]+)(\/validate|\/serviceValidate|\/p3\/serviceValidate)?$/;

/** The handler of a protocol path (`(ctx) => status`), or null when the path is not one. */
export function protocolRoute(path) {
  if (Object.hasOwn(PROTOCOL_ROUTES, path)) return PROTOCOL_ROUTES[path];
  const m = CAS.exec(path);
  if (!m) return null;
  let appId;
  try {
    appId = decodeURIComponent(m[1]);
  } catch {
    appId = m[1];
  }
  if (!m[2]) return [["GET", "POST"], (c) => casLogin(c, appId)];
  return [["GET"], (c) => (m[2] === "/validate" ? casValidate(c, appId) : casServiceValidate(c, appId))];
}

/** Answers a protocol request: ctx = {req, url, text, write(status, payload, {type, headers}), env}. */
export async function handleProtocol(ctx, [allowed, handler]) {
  const c = { ...ctx, st: ctx.env.state, provider: ctx.env.provider, config: ctx.env.config, issuer: issuerOf(ctx.req.headers, ctx.env.port()) };
  try {
    if (!allowed.includes(ctx.req.method)) oauthError(405, "invalid_request", `${ctx.req.method} is not allowed here`, { allow: allowed.join(", ") });
    return await handler(c);
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    return tokenJson(c, e.status, { error: e.error, error_description: e.message }, e.headers);
  }
}
