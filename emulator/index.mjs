// Local GenAuth / Authing Management API v3 emulator (loopback only, node: built-ins only).
//
//   import { startEmulator } from "./index.mjs";
//   const emu = await startEmulator({ port: 0 });
//   // -> { url, port, close(), state, reset(seed?), seed(data), requests, addUsers(count, prefix?) -> userIds,
//   //      members(organizationCode, departmentId, departmentIdType?), mintToken(expiresIn?), fault(spec), clearFaults(), config,
//   //      addApplication(app), messages }
// `state` and `requests` are live: state.{userPoolId, counters: {requests, tokensIssued (get-management-token),
// tokensMinted (control), authFailures, usersCreated}} and each area's keys (users by id, organizations by code,
// departments by id, memberships: department id -> user ids, groups, roles, namespaces, ...: see areas/*.mjs).
// seed(data) replaces the data only; reset() returns to the seed (the one given at start, else the demo data)
// and also drops tokens, nonces, faults, clock offset, counters and the request log (and the provider's codes,
// tokens, sessions, tickets, sign-in history and outbox). Options: port, accessKeyId, accessKeySecret, userPoolId,
// tokenExpiresIn, skewWindowSeconds, quiet, seed (an object or the path of a JSON file; defaults to seed.mjs's
// demo data), and for the OIDC provider passCode ("123456"), codeExpiresIn (60), accessTokenExpiresIn (3600),
// refreshTokenExpiresIn (2592000).
//
// The emulator is also an OpenID Connect provider (/oidc/, /oauth/, /cas-idp/: areas/oidc.mjs) and answers the
// official AuthenticationClient's /api/v3/ calls (areas/auth.mjs, told apart from management calls by path, and
// by headers on a shared path). Their answers, errors and rules are in those modules' header comments.
//
// Brands: both are accepted at once. A signed request picks its brand by the authorization
// scheme word (`authing` -> `x-authing-` headers, `GenAuth` -> `x-genauth-` headers, case-insensitive);
// a Bearer request by the prefix of its headers. A request carrying both prefixes is refused.
//
// Authentication (every /api/v3/ route except get-management-token):
//   signature  `authorization: <scheme> <accessKeyId>:<base64 HMAC-SHA1(secret, stringToSign)>`
//              HTTP 401 {statusCode:401, apiCode, message, requestId} with apiCode
//              1300 bad signature / unknown accessKeyId / missing nonce / unknown scheme word /
//                   headers of the other brand's prefix present
//              1301 signature-method header is not HMAC-SHA1     1302 signature-version is not 1.0
//              1303 `date` is not an HTTP date (IMF-fixdate)     1304 `date` missing
//              1305 `date` further than skewWindowSeconds from the server clock
//              1306 nonce already used (the last 100 000 nonces are remembered)
//              With no parameter to sign, a string to sign ending in a bare "?" is accepted too (the official
//              client writes one when every parameter it was given is undefined).
//   bearer     `authorization: Bearer <token>` + `x-<brand>-userpool-id: <userPoolId>`
//              HTTP 401, apiCode 1001 token missing/unknown/expired/revoked (also: no authorization header),
//              apiCode 1003 userpool-id header missing or not this user pool.
//   POST /api/v3/get-management-token {accessKeyId, accessKeySecret}
//              -> {statusCode:200, message:"", requestId, data:{access_token, expires_in}} (HS256 JWT with
//              scoped_userpool_id, iat, exp); wrong credentials -> HTTP 200, statusCode 401, apiCode 1002.
//
// Business routes: the area modules (areas/*.mjs, listed in AREAS below) keep the state of their
// part of the API and answer its calls; each documents its calls, state and errors in its header
// comment (docs/emulator.md lists them by module). Errors come back HTTP 200 with the error in the
// envelope; messages in Chinese, or English when the request's x-authing-lang / x-genauth-lang is
// en-US (lib.mjs). A deleted user leaves every area (each area's forgetUser / forgetUsers); a deleted
// or renamed group, role, department or organization leaves (or is renamed in) every area that
// points at it (env.forgetTarget / env.renameTarget, each area's forgetTarget / renameTarget).
//   Every other call of the endpoint table (src/api.txt), by its method and path (`{id}` matches one
//   segment): authenticated like the rest, its required fields checked (400, apiCode 2000,
//   "参数 <name> 不能为空"), and answered with data shaped like its documented response, every field
//   of the official model filled in (table.mjs `sampleData`). Stateless. A path two calls share with
//   different methods (GET and POST list-users) gives the method no area answers the generic answer.
//   A query string sent with POST or DELETE is not signed (as the official client signs).
//   Success: {statusCode:200, message:"", apiCode:20001, requestId, data} (the empty message the official
//   suite observed; protocol.md's capture shows "操作成功" from a later service).
//   Core errors: apiCode 2004 route not found (HTTP 404), 2005 malformed JSON body (HTTP 400),
//   2006 body larger than 1 MiB (HTTP 413), 429 throttled (fault), 500 internal error (HTTP 500).
//
// Every response: content-type application/json; charset=utf-8, a `date` header from the server
// clock (which the skew control shifts), x-request-id (= the envelope's requestId), CORS headers.
// OPTIONS on any path is a CORS preflight answered with 204.
//
// Control API (no auth, JSON in/out, errors as HTTP 400/404 {error}):
//   GET  /__control/state              -> {userPoolId, organizations, departments, users, memberships, counters, clockOffsetSeconds, faults, config}
//   GET  /__control/members?organizationCode=&departmentId=[&departmentIdType=]  -> {userIds}
//   POST /__control/reset              [{seed}] -> resets data, tokens, nonces, faults, clock, counters and the request log
//   GET  /__control/requests           -> [{method, path, query, rawQuery (as sent, without "?"), headers (authorization redacted to "<scheme> …",
//                                      cookie to "…"), body, t, status, brand?, auth?, fault?}]; secrets in query and body
//                                      (passwords, pass codes, client secrets, tokens; on protocol paths codes, verifiers, tickets) are "…"
//   POST /__control/requests/clear
//   POST /__control/fault              {path?, method?, count = 1, kind, ...} queued for the next `count` matching /api/v3/ requests
//                                      (get-management-token included; no path = any /api/v3/ path; a protocol path
//                                      such as /oidc/token only when named); with
//                                      `probability` p, each matching request takes it with chance p:
//        delay {ms}                   wait, then answer normally
//        status {status, httpStatus = status, apiCode?, retryAfter?, message?, envelope = true}
//                                     HTTP `httpStatus` with {statusCode: status, apiCode, message, requestId} (or text/html if envelope:false)
//        nonjson                      HTTP 200, text/html "<html><body>502 Bad Gateway</body></html>"
//        throttle {httpStatus = 200, retryAfter?}    {statusCode:429, apiCode:429, message:"too many requests"} (+ retry-after header)
//        drop {after = false}         destroy the socket without answering (after: perform the call first)
//        truncate                     perform the call, then send the first half of its JSON body (content-length of the half)
//        expireTokens                 applied at once: every issued token becomes invalid (management tokens, and the
//                                     provider's user access and refresh tokens)
//        skew {seconds}               applied at once: server clock offset (1305 checks, token expiry, `date` header)
//   POST /__control/fault/clear        drops pending faults and the clock offset
//   POST /__control/users              {count, prefix = "user"} -> {userIds}: creates `count` users (24-hex ids, Chinese names,
//                                      usernames prefix1, prefix2, ..., emails, phones); same as emu.addUsers(count, prefix?)
//   POST /__control/token              [{expiresIn}] -> {access_token, expires_in, userPoolId} (minted without a secret)
//   GET|POST /__control/config         [{tokenExpiresIn, skewWindowSeconds, clockOffsetSeconds, passCode, codeExpiresIn,
//                                      accessTokenExpiresIn, refreshTokenExpiresIn}] -> current config
//   GET  /__control/apps               -> the applications (secrets included)
//   POST /__control/apps               {appId, appSecret, ...} -> the application, checked and added (or replaced)
//   GET  /__control/messages           -> [{kind: "sms"|"email", channel, to, phoneCountryCode?, passCode, appId, t}]
//                                      what send-sms and send-email recorded (nothing is sent)
//   POST /__control/messages/clear

import http from "node:http";
import { readFileSync } from "node:fs";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { defaultSeed } from "./seed.mjs";
import { CALLS, decodeQuery, sampleData } from "./table.mjs";
import { ApiError, badParam, check, fail, unauthorized } from "./lib.mjs";
import * as users from "./areas/users.mjs";
import * as organizations from "./areas/organizations.mjs";
import * as groups from "./areas/groups.mjs";
import * as roles from "./areas/roles.mjs";
import * as namespaces from "./areas/namespaces.mjs";
import * as resources from "./areas/resources.mjs";
import * as data from "./areas/data.mjs";
import * as tenants from "./areas/tenants.mjs";
import * as sync from "./areas/sync.mjs";
import * as pipeline from "./areas/pipeline.mjs";
import * as oidc from "./areas/oidc.mjs";
import { AUTH_ROUTES, authRoute } from "./areas/auth.mjs";
export { createUsers } from "./areas/users.mjs";
export { defaultSeed, DEFAULT_APP, DEMO_PASSWORD } from "./seed.mjs";
const { createUsers } = users;

export const BRANDS = {
  authing: { prefix: "x-authing-", scheme: "authing" },
  genauth: { prefix: "x-genauth-", scheme: "GenAuth" },
};
const NONCE_LIMIT = 100_000;
const LOOPBACK = ["127.0.0.1", "localhost"];
const LOG_LIMIT = 5_000;
const BODY_LIMIT = 1 << 20;
const HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const FAULT_KINDS = ["delay", "status", "nonjson", "throttle", "drop", "truncate", "expireTokens", "skew"];

// ---------------------------------------------------------------------------------------------
// Signature (protocol.md §2.1)

const canonicalValue = (v) => (v !== null && typeof v === "object" ? JSON.stringify(v) : String(v));

export function buildStringToSign(method, path, headers, params, prefix = "x-authing-") {
  const names = Object.keys(headers)
    .map((n) => n.toLowerCase())
    .filter((n) => n === "date" || n.startsWith(prefix))
    .sort();
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const head = names.map((n) => `${n}:${String(lower[n]).replace(/[\t\n\r\f]/g, " ").trim()}\n`).join("");
  const pairs = Object.keys(params)
    .sort()
    .filter((k) => params[k] !== undefined)
    .map((k) => `${k}=${canonicalValue(params[k])}`);
  return `${method.toUpperCase()}\n${head}${path}${pairs.length ? `?${pairs.join("&")}` : ""}`;
}

export const sign = (secret, stringToSign) =>
  createHmac("sha1", secret).update(Buffer.from(stringToSign, "utf8")).digest("base64");

// ---------------------------------------------------------------------------------------------
// The areas: each keeps its own part of the state and answers its own routes (lib.mjs says how).

const AREAS = [users, organizations, groups, roles, namespaces, resources, data, tenants, sync, pipeline, oidc];
export const ROUTES = {
  "/api/v3/get-management-token": {
    method: "POST",
    public: true,
    handler: (p, env) => {
      if (p.accessKeyId !== env.opts.accessKeyId || p.accessKeySecret !== env.opts.accessKeySecret)
        fail(401, 1002, "accessKeyId 或 accessKeySecret 错误", "wrong accessKeyId or accessKeySecret");
      env.state.counters.tokensIssued++;
      return { message: "", data: env.mintToken() };
    },
  },
};
for (const area of AREAS)
  for (const [path, route] of Object.entries(area.routes)) {
    if (ROUTES[path]) throw new Error(`two areas answer ${path}`);
    ROUTES[path] = route;
  }

const envelope = (requestId, statusCode, message, extra = {}) => ({ statusCode, message, ...extra, requestId });

// ---------------------------------------------------------------------------------------------
// Every other call of the table: its required fields are checked and it answers a success
// envelope shaped like its documented response.

const GENERIC = CALLS.filter((c) => ROUTES[c.path]?.method !== c.method).map((c) => ({
  call: c,
  pattern: new RegExp("^" + c.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, "[^/]+") + "$"),
}));

function genericRoute(method, path) {
  const found = GENERIC.find((g) => g.call.method === method && g.pattern.test(path)) ?? GENERIC.find((g) => g.pattern.test(path));
  if (!found) return null;
  const { call } = found;
  return {
    method: call.method,
    query: call.query,
    handler(p) {
      if (p === null || typeof p !== "object" || Array.isArray(p)) badParam("body");
      for (const f of call.fields) {
        if (f.required && !f.constant && !call.path.includes(`{${f.name}}`) && (p[f.wire] === undefined || p[f.wire] === "")) {
          fail(400, 2000, `参数 ${f.wire} 不能为空`, `Parameter ${f.wire} must not be empty`);
        }
      }
      return sampleData(call);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Authentication

function detectPrefixBrands(headers) {
  return Object.keys(BRANDS).filter((b) => Object.keys(headers).some((h) => h.startsWith(BRANDS[b].prefix)));
}

function authenticate(req, path, params, env) {
  const { opts, config, nonces, tokens } = env;
  const h = req.headers;
  const m = /^(\S+)\s+(\S.*)$/.exec(h.authorization ?? "");
  if (!m) unauthorized(1001, "Unauthorized: missing authorization header");
  const present = detectPrefixBrands(h);

  if (m[1].toLowerCase() === "bearer") {
    if (present.length > 1) unauthorized(1001, "Unauthorized: mixed x-authing- and x-genauth- headers");
    const exp = tokens.get(m[2].trim());
    if (exp === undefined) unauthorized(1001, "Unauthorized: invalid or revoked token");
    if (exp * 1000 <= env.now()) unauthorized(1001, "Unauthorized: token expired");
    const brand = present[0];
    if (!brand || h[`${BRANDS[brand].prefix}userpool-id`] !== opts.userPoolId)
      unauthorized(1003, "Unauthorized: userpool-id header missing or not this user pool");
    return { brand, auth: "bearer" };
  }

  const brand = Object.keys(BRANDS).find((b) => BRANDS[b].scheme.toLowerCase() === m[1].toLowerCase());
  if (!brand) unauthorized(1300, `unsupported authorization scheme: ${m[1]}`);
  if (present.some((b) => b !== brand)) unauthorized(1300, `header prefix does not match the ${m[1]} authorization scheme`);
  const { prefix } = BRANDS[brand];
  const colon = m[2].indexOf(":");
  const [keyId, signature] = colon < 0 ? [m[2], ""] : [m[2].slice(0, colon), m[2].slice(colon + 1).trim()];
  if (keyId !== opts.accessKeyId) unauthorized(1300, "unknown accessKeyId");
  if (h[`${prefix}signature-method`] !== "HMAC-SHA1") unauthorized(1301, "signature method must be HMAC-SHA1");
  if (h[`${prefix}signature-version`] !== "1.0") unauthorized(1302, "signature version must be 1.0");
  if (h.date === undefined) unauthorized(1304, "missing date header");
  const date = HTTP_DATE.test(h.date) ? Date.parse(h.date) : NaN;
  if (Number.isNaN(date)) unauthorized(1303, `invalid date header: ${h.date}`);
  if (Math.abs(date - env.now()) > config.skewWindowSeconds * 1000) unauthorized(1305, "request date is too far from the server clock");
  const nonce = h[`${prefix}signature-nonce`];
  if (!nonce) unauthorized(1300, "missing signature nonce");
  // The official client ends the string with a bare "?" when it was given parameters that are all
  // undefined (none reach the wire): with no parameter signed, both forms are accepted.
  const stringToSign = buildStringToSign(req.method, path, h, params, prefix);
  const got = Buffer.from(signature);
  const matches = (s) => {
    const expected = Buffer.from(sign(opts.accessKeySecret, s));
    return got.length === expected.length && timingSafeEqual(got, expected);
  };
  if (!matches(stringToSign) && !(stringToSign.endsWith(path) && matches(`${stringToSign}?`))) unauthorized(1300, "signature mismatch");
  if (nonces.has(nonce)) unauthorized(1306, "signature nonce already used");
  nonces.add(nonce);
  if (nonces.size > NONCE_LIMIT) nonces.delete(nonces.values().next().value);
  return { brand, auth: "signature" };
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

const DEFAULT_ALLOW_HEADERS = [
  "authorization", "content-type", "accept", "date",
  ...Object.values(BRANDS).flatMap(({ prefix }) =>
    ["userpool-id", "sdk-version", "lang", "app-id", "signature-nonce", "signature-method", "signature-version"].map((n) => prefix + n)),
].join(", ");

function corsHeaders(req) {
  const origin = req.headers.origin;
  return {
    "access-control-allow-origin": origin || "*",
    ...(origin ? { "access-control-allow-credentials": "true", vary: "Origin" } : {}),
    "access-control-expose-headers": "date, x-request-id, retry-after",
  };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (c) => {
      size += c.length;
      if (size <= BODY_LIMIT) chunks.push(c);
    });
    req.on("end", () => resolve({ text: Buffer.concat(chunks).toString("utf8"), tooLarge: size > BODY_LIMIT }));
    req.on("error", reject);
  });
}

// The request log keeps no credential: the authorization header keeps its scheme word only (a
// value of one word is all credential), the cookie header goes, and every body or query field
// named like a secret (secrets, passwords, pass codes, tokens; on the protocol paths also code,
// code_verifier, ticket and id_token_hint) is replaced.
function redactHeaders(headers) {
  const out = { ...headers };
  if (out.authorization) {
    const words = String(out.authorization).trim().split(/\s+/);
    out.authorization = words.length > 1 && /^[A-Za-z][\w-]*$/.test(words[0]) ? `${words[0]} …` : "…";
  }
  if (out.cookie) out.cookie = "…";
  return out;
}

const SECRET_FIELD = /secret|^(password|newPassword|oldPassword|passCode|passwordForPhonePassCode|phonePassCodeForInformationCompletion|emailPassCodeForInformationCompletion)$|token$/i;
const PROTOCOL_SECRET = /^(code|code_verifier|ticket|id_token_hint)$/;
const secretKey = (k, protocol) => SECRET_FIELD.test(k) || (protocol && PROTOCOL_SECRET.test(k));
function redactBody(body, protocol = false, depth = 0) {
  if (body === null || typeof body !== "object" || depth > 8) return body;
  if (Array.isArray(body)) return body.map((x) => redactBody(x, protocol, depth + 1));
  const out = {};
  for (const [k, v] of Object.entries(body)) out[k] = secretKey(k, protocol) && v !== null && v !== undefined && v !== "" ? "…" : redactBody(v, protocol, depth + 1);
  return out;
}
function redactRawQuery(raw, protocol) {
  if (!raw) return raw;
  return raw.split("&").map((pair) => {
    const i = pair.indexOf("=");
    if (i < 0) return pair;
    let k = pair.slice(0, i);
    try {
      k = decodeURIComponent(k.replace(/\+/g, " "));
    } catch {}
    return secretKey(k, protocol) && i < pair.length - 1 ? `${pair.slice(0, i)}=%E2%80%A6` : pair;
  }).join("&");
}

// A fault is checked when it is queued, not when it fires: an HTTP status node:http can write, a
// Retry-After that is one header value, a count and a delay that are numbers.
function checkFault(f) {
  const status = (v, name) => {
    if (v !== undefined && !(Number.isInteger(Number(v)) && Number(v) >= 100 && Number(v) <= 599)) throw new Error(`${name} must be an HTTP status from 100 to 599`);
  };
  status(f.status, "status");
  status(f.httpStatus, "httpStatus");
  if (f.retryAfter !== undefined && !/^[\x20-\x7e]{1,64}$/.test(String(f.retryAfter))) throw new Error("retryAfter must be one printable header value");
  if (f.count !== undefined && !(Number.isInteger(f.count) && f.count >= 1)) throw new Error("count must be a whole number of at least 1");
  if (f.ms !== undefined && !(Number.isFinite(Number(f.ms)) && Number(f.ms) >= 0 && Number(f.ms) <= 600_000)) throw new Error("ms must be a number from 0 to 600000");
  if (f.probability !== undefined && !(typeof f.probability === "number" && f.probability >= 0 && f.probability <= 1)) throw new Error("probability must be a number from 0 to 1");
  if (f.seconds !== undefined && !Number.isFinite(Number(f.seconds))) throw new Error("seconds must be a number");
  for (const k of ["path", "method", "message"]) if (f[k] !== undefined && typeof f[k] !== "string") throw new Error(`${k} must be a string`);
}

// ---------------------------------------------------------------------------------------------

export async function startEmulator(opts = {}) {
  opts = {
    port: 0,
    accessKeyId: "test-access-key-id",
    accessKeySecret: "test-access-key-secret-0123456789",
    userPoolId: "62e221f85f5ac5cc47037a39",
    tokenExpiresIn: 7200,
    skewWindowSeconds: 900,
    passCode: "123456",
    codeExpiresIn: 60,
    accessTokenExpiresIn: 3600,
    refreshTokenExpiresIn: 30 * 86400,
    quiet: true,
    ...opts,
  };
  const PROVIDER_CONFIG = ["passCode", "codeExpiresIn", "accessTokenExpiresIn", "refreshTokenExpiresIn"];
  const config = { tokenExpiresIn: opts.tokenExpiresIn, skewWindowSeconds: opts.skewWindowSeconds, clockOffsetSeconds: 0 };
  for (const k of PROVIDER_CONFIG) config[k] = opts[k];
  let listeningPort = opts.port;
  const state = { userPoolId: opts.userPoolId, counters: {} };
  const requests = [];
  const nonces = new Set();
  const tokens = new Map();
  const faults = [];
  const timers = new Set();
  const jwtSecret = randomBytes(32);
  const now = () => Date.now() + config.clockOffsetSeconds * 1000;

  function mintToken(expiresIn = config.tokenExpiresIn) {
    const iat = Math.floor(now() / 1000), exp = iat + expiresIn;
    const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const body = `${b64({ alg: "HS256", typ: "JWT" })}.${b64({
      data: { type: "user", id: "emulator-admin", userPoolId: opts.userPoolId },
      scoped_userpool_id: opts.userPoolId, iat, exp, jti: randomUUID(),
    })}`;
    const access_token = `${body}.${createHmac("sha256", jwtSecret).update(body).digest("base64url")}`;
    if (tokens.size > 10_000) for (const [t, e] of tokens) if (e * 1000 <= now()) tokens.delete(t);
    tokens.set(access_token, exp);
    return { access_token, expires_in: expiresIn };
  }

  // All or nothing: every area builds its part into a fresh object; the live state changes only
  // when the whole seed was read (a bad seed throws, naming the problem, and nothing changed).
  function seed(data) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) throw new TypeError("seed must be an object");
    const s = structuredClone(data);
    const next = { userPoolId: state.userPoolId, counters: state.counters };
    for (const area of AREAS) area.init(next, s);
    for (const k of Object.keys(state)) if (!(k in next)) delete state[k];
    Object.assign(state, next);
  }

  function reset(data = opts.seed ?? defaultSeed()) {
    seed(data);
    state.counters = { requests: 0, tokensIssued: 0, tokensMinted: 0, authFailures: 0, usersCreated: 0, membershipsAdded: 0, membershipsRemoved: 0 };
    config.tokenExpiresIn = opts.tokenExpiresIn;
    config.skewWindowSeconds = opts.skewWindowSeconds;
    config.clockOffsetSeconds = 0;
    for (const k of PROVIDER_CONFIG) config[k] = opts[k];
    provider?.clear();
    nonces.clear();
    tokens.clear();
    faults.length = 0;
    requests.length = 0;
  }

  function addFault(f) {
    if (!f || !FAULT_KINDS.includes(f.kind)) throw new Error(`fault kind must be one of ${FAULT_KINDS.join(", ")}`);
    checkFault(f);
    if (f.kind === "expireTokens") {
      tokens.clear();
      provider.expireTokens();
    }
    else if (f.kind === "skew") config.clockOffsetSeconds = Number(f.seconds) || 0;
    else faults.push({ count: 1, ...f });
    return faults;
  }

  function clearFaults() {
    faults.length = 0;
    config.clockOffsetSeconds = 0;
  }

  function members(organizationCode, departmentId, departmentIdType) {
    return [...state.memberships[organizations.resolveDepartment(state, { organizationCode, departmentId, departmentIdType }).departmentId]];
  }

  // A deleted user leaves every area: each drops its references, the users area the record last.
  // An area may take a whole batch at once (forgetUsers(state, Set of ids)) rather than one by one.
  const forgetUsers = (ids) => {
    const set = ids instanceof Set ? ids : new Set(ids);
    for (const area of [...AREAS.filter((a) => a !== users), users]) {
      if (area.forgetUsers) area.forgetUsers(state, set);
      else if (area.forgetUser) for (const id of set) area.forgetUser(state, id);
    }
  };
  const forgetUser = (id) => forgetUsers(new Set([id]));
  // A group, role, department or organization that goes, or changes its code, leaves (or is renamed
  // in) every area that points at it: grants, policy targets, role assignments.
  //   type: "GROUP" | "ROLE" (ns: its namespace) | "DEPARTMENT" | "ORG"
  const forgetTarget = (type, id, ns) => {
    for (const area of AREAS) area.forgetTarget?.(state, type, id, ns);
  };
  const renameTarget = (type, from, to, ns) => {
    if (from !== to) for (const area of AREAS) area.renameTarget?.(state, type, from, to, ns);
  };
  const env = { opts, config, state, nonces, tokens, now, mintToken, forgetUser, forgetUsers, forgetTarget, renameTarget, port: () => listeningPort };
  const provider = (env.provider = oidc.createProvider(env));
  function addApplication(app) {
    const a = oidc.checkApplication(app);
    state.applications[a.appId] = a;
    return structuredClone(a);
  }
  const snapshot = () => ({
    ...structuredClone(state),
    clockOffsetSeconds: config.clockOffsetSeconds,
    faults: structuredClone(faults),
    config: { ...config },
  });

  const CONTROL = {
    "GET /__control/state": () => snapshot(),
    "GET /__control/members": (_, q) => {
      if (typeof q.organizationCode !== "string" || typeof q.departmentId !== "string")
        throw new Error("organizationCode and departmentId are required");
      try {
        return { userIds: members(q.organizationCode, q.departmentId, q.departmentIdType) };
      } catch (e) {
        throw Object.assign(new Error(e.message), { status: 404 });
      }
    },
    "POST /__control/reset": (b) => (reset(b.seed ?? undefined), { ok: true }),
    "GET /__control/requests": () => requests,
    "POST /__control/requests/clear": () => ((requests.length = 0), { ok: true }),
    "POST /__control/fault": (b) => ({ ok: true, faults: addFault(b) }),
    "POST /__control/fault/clear": () => (clearFaults(), { ok: true }),
    "POST /__control/token": (b) => {
      const expiresIn = b.expiresIn === undefined ? config.tokenExpiresIn : Number(b.expiresIn);
      if (!Number.isFinite(expiresIn)) throw new Error("expiresIn must be a number");
      state.counters.tokensMinted++;
      return { ...mintToken(expiresIn), userPoolId: opts.userPoolId };
    },
    "POST /__control/users": (b) => ({ userIds: createUsers(state, b.count, b.prefix) }),
    "GET /__control/apps": () => structuredClone(Object.values(state.applications)),
    "POST /__control/apps": (b) => addApplication(b),
    "GET /__control/messages": () => provider.messages,
    "POST /__control/messages/clear": () => ((provider.messages.length = 0), { ok: true }),
    "GET /__control/config": () => config,
    "POST /__control/config": (b) => {
      const next = { ...config };
      if (b.passCode !== undefined) {
        if (typeof b.passCode !== "string" || !/^[\x21-\x7e]{1,32}$/.test(b.passCode)) throw new Error("passCode must be 1 to 32 printable characters");
        next.passCode = b.passCode;
      }
      for (const k of Object.keys(config)) {
        if (b[k] === undefined || k === "passCode") continue;
        const v = typeof b[k] === "number" ? b[k] : typeof b[k] === "string" && b[k].trim() ? Number(b[k]) : NaN;
        const min = k === "skewWindowSeconds" ? 0 : 1;
        if (!Number.isFinite(v) || (k !== "clockOffsetSeconds" && v < min) || (PROVIDER_CONFIG.includes(k) && !Number.isInteger(v)))
          throw new Error(`${k} must be a ${PROVIDER_CONFIG.includes(k) ? "whole " : ""}number${k === "clockOffsetSeconds" ? "" : ` of at least ${min}`}`);
        next[k] = v;
      }
      return Object.assign(config, next);
    },
  };

  async function handle(req, res) {
    const requestId = randomUUID();
    const url = new URL(req.url, "http://127.0.0.1");
    const path = url.pathname;
    const query = decodeQuery(url.searchParams);
    const baseHeaders = () => ({ ...corsHeaders(req), date: new Date(now()).toUTCString(), "x-request-id": requestId });
    const write = (status, payload, { type = "application/json; charset=utf-8", headers = {}, truncate = false } = {}) => {
      let buf = Buffer.from(typeof payload === "string" ? payload : JSON.stringify(payload), "utf8");
      if (truncate) buf = buf.subarray(0, Math.floor(buf.length / 2));
      res.writeHead(status, { ...baseHeaders(), "content-type": type, "content-length": buf.length, ...headers });
      res.end(buf);
      return status;
    };

    if (req.method === "OPTIONS") {
      req.resume();
      res.writeHead(204, {
        ...baseHeaders(),
        "access-control-allow-methods": "GET, POST, PUT, DELETE, OPTIONS",
        "access-control-allow-headers": req.headers["access-control-request-headers"] || DEFAULT_ALLOW_HEADERS,
        "access-control-max-age": "600",
        vary: "Origin, Access-Control-Request-Headers",
      });
      res.end();
      log({ method: req.method, path, query, headers: redactHeaders(req.headers), body: null, t: Date.now(), status: 204 });
      return;
    }

    const { text, tooLarge } = await readBody(req);

    if (path.startsWith("/__control/")) {
      const fn = CONTROL[`${req.method} ${path}`];
      if (!fn) return write(404, { error: `no control route ${req.method} ${path}` });
      let input = {};
      try {
        input = text ? JSON.parse(text) : {};
      } catch {
        return write(400, { error: "the request body is not valid JSON" });
      }
      if (input === null || typeof input !== "object" || Array.isArray(input)) return write(400, { error: "the request body must be a JSON object" });
      try {
        return write(200, fn(input, query) ?? {});
      } catch (e) {
        return write(e.status ?? 400, { error: e.message });
      }
    }

    state.counters.requests++;
    let body = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const protocol = oidc.protocolRoute(path);
    // A form body is logged as its fields (so that its secrets can be left out).
    const logged = typeof body === "string" && /application\/x-www-form-urlencoded/i.test(String(req.headers["content-type"] ?? ""))
      ? Object.fromEntries(new URLSearchParams(body)) : body;
    const entry = {
      method: req.method, path, query: redactBody(query, Boolean(protocol)), rawQuery: redactRawQuery(url.search.slice(1), Boolean(protocol)),
      headers: redactHeaders(req.headers), body: redactBody(logged, Boolean(protocol)), t: Date.now(), status: 0,
    };
    log(entry);

    const fault = takeFault(req.method, path);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === "delay") await sleep(Number(fault.ms) || 0);
    if (res.destroyed) return;
    if (fault?.kind === "drop" && !fault.after) return req.socket.destroy();
    if (fault?.kind === "status") {
      const status = Number(fault.status) || 500;
      const httpStatus = Number(fault.httpStatus) || status;
      const message = fault.message ?? http.STATUS_CODES[status] ?? "error";
      const headers = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      entry.status = fault.envelope === false
        ? write(httpStatus, `<html><body>${status} ${message}</body></html>`, { type: "text/html; charset=utf-8", headers })
        : write(httpStatus, envelope(requestId, status, message, fault.apiCode !== undefined ? { apiCode: Number(fault.apiCode) } : {}), { headers });
      return;
    }
    if (fault?.kind === "nonjson") {
      entry.status = write(200, "<html><body>502 Bad Gateway</body></html>", { type: "text/html" });
      return;
    }
    if (fault?.kind === "throttle") {
      const headers = fault.retryAfter !== undefined ? { "retry-after": String(fault.retryAfter) } : {};
      entry.status = write(Number(fault.httpStatus) || 200, envelope(requestId, 429, "too many requests", { apiCode: 429 }), { headers });
      return;
    }

    // The protocol endpoints (oidc.mjs): OAuth answers, pages and redirects rather than envelopes.
    if (protocol) {
      const pwrite = (status, out, o = {}) => {
        if (fault?.kind === "drop") return (req.socket.destroy(), 0);
        return write(status, out, { ...o, truncate: fault?.kind === "truncate" });
      };
      if (tooLarge) entry.status = pwrite(413, { error: "invalid_request", error_description: "the request body is larger than 1 MiB" });
      else entry.status = await oidc.handleProtocol({ req, url, text, write: pwrite, env }, protocol);
      return;
    }

    // The language of messages: English when the request asks for en-US, else Chinese.
    const lang = /^en/i.test(req.headers["x-authing-lang"] ?? req.headers["x-genauth-lang"] ?? "") ? "en" : "zh";
    let httpStatus, payload;
    try {
      // A path two calls share with different methods (GET list-users, the legacy call, beside POST
      // list-users): the other method gets the generic answer.
      const own = ROUTES[path];
      const generic = own && own.method === req.method ? null : genericRoute(req.method, path);
      let route = own && own.method === req.method ? own : generic ?? own;
      // An authentication call (auth.mjs) on a path of its own, or on a shared one when its headers say so.
      const authn = Object.hasOwn(AUTH_ROUTES, path) ? authRoute(path, req.headers, Boolean(own || generic)) : null;
      if (authn) route = authn;
      if (!route || route.method !== req.method) fail(404, 2004, "路由不存在", "route not found", 404);
      if (tooLarge) fail(413, 2006, "请求体过大", "request body too large", 413);
      let params = query;
      if (req.method !== "GET" && !route.query) {
        if (!text) params = {};
        else if (typeof body === "string") fail(400, 2005, "请求体不是合法的 JSON", "request body is not valid JSON", 400);
        else params = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
      }
      if (!route.public && !authn) {
        try {
          // A query string sent with POST or DELETE is not signed (as the official client signs).
          const signed = req.method !== "GET" && route.query ? {} : params;
          Object.assign(entry, authenticate(req, path, signed, env));
        } catch (e) {
          state.counters.authFailures++;
          throw e;
        }
      }
      const result = await route.handler(route.spec ? check(params, route.spec) : params, { ...env, lang, req });
      const { message = "", data } = route.public ? result : { data: result };
      httpStatus = 200;
      payload = route.raw ? result : envelope(requestId, 200, message, { ...(route.public ? {} : { apiCode: 20001 }), data });
    } catch (e) {
      if (!(e instanceof ApiError)) {
        if (!opts.quiet) console.error(e);
        e = new ApiError(500, 500, "服务器内部错误", 500, "internal error");
      }
      httpStatus = e.httpStatus;
      payload = envelope(requestId, e.statusCode, e.text(lang), { apiCode: e.apiCode, ...(e.data !== undefined ? { data: e.data } : {}) });
    }
    if (fault?.kind === "drop") return req.socket.destroy();
    entry.status = write(httpStatus, payload, { truncate: fault?.kind === "truncate" });
  }

  function log(entry) {
    requests.push(entry);
    if (requests.length > LOG_LIMIT) requests.splice(0, requests.length - LOG_LIMIT);
    if (!opts.quiet) process.stderr.write(`${entry.method} ${entry.path}\n`);
  }

  // A fault with no path matches the /api/v3/ calls; one with a path, that path (a protocol path too).
  function takeFault(method, path) {
    const api = path.startsWith("/api/v3/");
    const i = faults.findIndex(
      (f) => (f.path ? f.path === path : api) && (!f.method || f.method.toUpperCase() === method) && (f.probability === undefined || Math.random() < f.probability),
    );
    if (i < 0) return null;
    const f = faults[i];
    if (--f.count <= 0) faults.splice(i, 1);
    return f;
  }

  function sleep(ms) {
    return new Promise((resolve) => {
      const t = setTimeout(() => (timers.delete(t), resolve()), ms);
      timers.add(t);
    });
  }

  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new TypeError("port must be a whole number from 0 to 65535");
  for (const k of ["accessKeyId", "accessKeySecret", "userPoolId"])
    if (typeof opts[k] !== "string" || !opts[k].trim()) throw new TypeError(`${k} must be a non-empty string`);
  if (typeof opts.tokenExpiresIn !== "number" || !Number.isFinite(opts.tokenExpiresIn) || opts.tokenExpiresIn < 1)
    throw new TypeError("tokenExpiresIn must be a number of seconds, at least 1");
  if (typeof opts.skewWindowSeconds !== "number" || !Number.isFinite(opts.skewWindowSeconds) || opts.skewWindowSeconds < 0)
    throw new TypeError("skewWindowSeconds must be a number of seconds, at least 0");
  // `seed`: the data itself, or the path (or file: URL) of a JSON file holding it.
  if (typeof opts.seed === "string" || opts.seed instanceof URL) {
    const file = opts.seed;
    try {
      opts.seed = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new Error(`seed file ${file}: ${e.message}`);
    }
  }
  if (opts.seed !== undefined && (opts.seed === null || typeof opts.seed !== "object" || Array.isArray(opts.seed)))
    throw new TypeError("seed must be an object, or the path of a JSON file holding one");
  if (typeof opts.passCode !== "string" || !/^[\x21-\x7e]{1,32}$/.test(opts.passCode)) throw new TypeError("passCode must be 1 to 32 printable characters");
  for (const k of ["codeExpiresIn", "accessTokenExpiresIn", "refreshTokenExpiresIn"])
    if (!Number.isInteger(opts[k]) || opts[k] < 1) throw new TypeError(`${k} must be a whole number of seconds, at least 1`);
  if (opts.host !== undefined && !LOOPBACK.includes(opts.host)) throw new Error("the emulator listens on 127.0.0.1 only");
  reset(opts.seed ?? defaultSeed());

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      if (!opts.quiet) console.error(e);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ statusCode: 500, message: "internal error" }));
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => (server.off("error", reject), resolve()));
  });
  const { port } = server.address();
  listeningPort = port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    requests,
    reset,
    seed,
    members,
    addUsers: (count, prefix) => createUsers(state, count, prefix),
    mintToken: (expiresIn) => (state.counters.tokensMinted++, { ...mintToken(expiresIn), userPoolId: opts.userPoolId }),
    fault: addFault,
    clearFaults,
    config,
    addApplication,
    messages: provider.messages,
    close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
