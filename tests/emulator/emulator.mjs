// Local GenAuth / Authing Management API v3 emulator (loopback only, node: built-ins only).
//
//   import { startEmulator } from "./emulator.mjs";
//   const emu = await startEmulator({ port: 0 });
//   // -> { url, port, close(), state, reset(seed?), seed(data), requests,
//   //      members(organizationCode, departmentId, departmentIdType?), mintToken(expiresIn?), fault(spec), clearFaults(), config }
// `state` and `requests` are live: state.{userPoolId, organizations, departments, users, memberships,
// counters: {requests, tokensIssued (get-management-token), tokensMinted (control), authFailures}}.
// seed(data) replaces the directory data only; reset() also drops tokens, nonces, faults, clock offset,
// counters and the request log. Options: port, accessKeyId, accessKeySecret, userPoolId,
// tokenExpiresIn, skewWindowSeconds, quiet, seed (defaults to seed.mjs).
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
//   bearer     `authorization: Bearer <token>` + `x-<brand>-userpool-id: <userPoolId>`
//              HTTP 401, apiCode 1001 token missing/unknown/expired/revoked (also: no authorization header),
//              apiCode 1003 userpool-id header missing or not this user pool.
//   POST /api/v3/get-management-token {accessKeyId, accessKeySecret}
//              -> {statusCode:200, message:"", requestId, data:{access_token, expires_in}} (HS256 JWT with
//              scoped_userpool_id, iat, exp); wrong credentials -> HTTP 200, statusCode 401, apiCode 1002.
//
// Business routes (ROUTES below; errors come back HTTP 200 with the error in the envelope):
//   POST add-department-members, remove-department-members   {userIds, organizationCode, departmentId, departmentIdType?, tenantId?}
//        remove ignores ids that are not members; add refuses unknown user ids (404, apiCode 2003, nothing changed).
//   GET  get-department, list-department-members, list-department-member-ids, search-department-members,
//        list-children-departments, get-parent-department, is-user-in-department, list-organizations
//   departmentIdType: department_id (default; `root` = the root department), open_department_id, code;
//   sync_relation and custom_field are refused with 400.
//   Success: {statusCode:200, message:"操作成功", apiCode:20001, requestId, data}
//   apiCode 2000 invalid parameter (statusCode 400, message "参数 <name> 格式错误")
//           2001 department not found (404)   2002 organization not found (404, "organization not found for code: X")
//           2003 user not found (404)         2004 route not found (HTTP 404)
//           2005 malformed JSON body (HTTP 400)  2006 body larger than 1 MiB (HTTP 413)
//           429 throttled (fault)            500 internal error (HTTP 500)
//
// Every response: content-type application/json; charset=utf-8, a `date` header from the server
// clock (which the skew control shifts), x-request-id (= the envelope's requestId), CORS headers.
// OPTIONS on any path is a CORS preflight answered with 204.
//
// Control API (no auth, JSON in/out, errors as HTTP 400/404 {error}):
//   GET  /__control/state              -> {userPoolId, organizations, departments, users, memberships, counters, clockOffsetSeconds, faults, config}
//   GET  /__control/members?organizationCode=&departmentId=[&departmentIdType=]  -> {userIds}
//   POST /__control/reset              [{seed}] -> resets data, tokens, nonces, faults, clock, counters and the request log
//   GET  /__control/requests           -> [{method, path, query, headers (authorization redacted to "<scheme> …"), body, t, status, brand?, auth?, fault?}]
//   POST /__control/requests/clear
//   POST /__control/fault              {path?, method?, count = 1, kind, ...} queued for the next `count` matching /api/v3/ requests
//                                      (get-management-token included; no path = any path):
//        delay {ms}                   wait, then answer normally
//        status {status, message?, envelope = true}  HTTP `status` with {statusCode: status, message, requestId} (or text/html if envelope:false)
//        nonjson                      HTTP 200, text/html "<html><body>502 Bad Gateway</body></html>"
//        throttle {httpStatus = 200, retryAfter?}    {statusCode:429, apiCode:429, message:"too many requests"} (+ retry-after header)
//        drop {after = false}         destroy the socket without answering (after: perform the call first)
//        truncate                     perform the call, then send the first half of its JSON body (content-length of the half)
//        expireTokens                 applied at once: every issued token becomes invalid
//        skew {seconds}               applied at once: server clock offset (1305 checks, token expiry, `date` header)
//   POST /__control/fault/clear        drops pending faults and the clock offset
//   POST /__control/token              [{expiresIn}] -> {access_token, expires_in, userPoolId} (minted without a secret)
//   GET|POST /__control/config         [{tokenExpiresIn, skewWindowSeconds, clockOffsetSeconds}] -> current config

import http from "node:http";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { defaultSeed } from "./seed.mjs";

export const BRANDS = {
  authing: { prefix: "x-authing-", scheme: "authing" },
  genauth: { prefix: "x-genauth-", scheme: "GenAuth" },
};
const DEPARTMENT_ID_TYPES = ["department_id", "open_department_id", "sync_relation", "custom_field", "code"];
const SUPPORTED_ID_TYPES = ["department_id", "open_department_id", "code"];
const NONCE_LIMIT = 100_000;
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
// Envelopes and errors

class ApiError extends Error {
  constructor(statusCode, apiCode, message, httpStatus = 200) {
    super(message);
    Object.assign(this, { statusCode, apiCode, httpStatus });
  }
}
const fail = (statusCode, apiCode, message, httpStatus) => {
  throw new ApiError(statusCode, apiCode, message, httpStatus);
};
const unauthorized = (apiCode, message) => fail(401, apiCode, message, 401);
const badParam = (name) => fail(400, 2000, `参数 ${name} 格式错误`);
const envelope = (requestId, statusCode, message, extra = {}) => ({ statusCode, message, ...extra, requestId });

// ---------------------------------------------------------------------------------------------
// Parameter checking: spec maps name -> rule; a trailing "!" marks it required.

function check(p, spec) {
  const out = {};
  for (const [name, rule] of Object.entries(spec)) {
    const required = rule.endsWith("!");
    const [type, arg] = rule.replace("!", "").split(":");
    let v = p[name];
    if (v === undefined || v === null || v === "") {
      if (required) badParam(name);
      continue;
    }
    if (type === "string") {
      if (typeof v !== "string") badParam(name);
    } else if (type === "ids") {
      if (!Array.isArray(v) || !v.length || !v.every((x) => typeof x === "string" && x)) badParam(name);
    } else if (type === "bool") {
      if (v === true || v === "true") v = true;
      else if (v === false || v === "false") v = false;
      else badParam(name);
    } else if (type === "int") {
      v = Number(v);
      if (!Number.isInteger(v) || v < 1 || (arg && v > Number(arg))) badParam(name);
    } else if (type === "enum") {
      if (!arg.split("|").includes(v)) badParam(name);
    } else if (type === "idType") {
      if (!DEPARTMENT_ID_TYPES.includes(v)) badParam(name);
      if (!SUPPORTED_ID_TYPES.includes(v)) fail(400, 2000, `departmentIdType ${v} is not supported`);
    }
    out[name] = v;
  }
  return out;
}

const DEPT = { organizationCode: "string!", departmentId: "string!", departmentIdType: "idType", tenantId: "string" };
const PAGE = { page: "int", limit: "int:50" };
const USER_VIEW = { withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool" };
const MEMBERS = {
  ...DEPT, ...PAGE, ...USER_VIEW,
  sortBy: "enum:Default|JoinDepartmentAt|userId|createAt|updatedAt",
  orderBy: "enum:Asc|Desc",
  includeChildrenDepartments: "bool",
};

// ---------------------------------------------------------------------------------------------
// Directory state

const nowIso = () => new Date().toISOString();
const withDefaults = (obj, defaults) => {
  const out = { ...obj };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
  return out;
};

function buildDirectory(seed) {
  const s = structuredClone(seed ?? {});
  const organizations = {}, departments = {}, users = {}, memberships = {};
  for (const o of s.organizations ?? []) {
    if (!o.organizationCode || !o.departmentId) throw new Error("seed: organization needs organizationCode and departmentId");
    const org = withDefaults(o, { description: "", leaderUserIds: [], status: "Activated", createdAt: nowIso(), updatedAt: nowIso() });
    organizations[org.organizationCode] = org;
    departments[org.departmentId] = {
      departmentId: org.departmentId, organizationCode: org.organizationCode, parentDepartmentId: "",
      name: org.organizationName, openDepartmentId: org.openDepartmentId, description: org.description,
      leaderUserIds: org.leaderUserIds, createdAt: org.createdAt, updatedAt: org.updatedAt,
    };
  }
  for (const d of s.departments ?? []) {
    if (!organizations[d.organizationCode]) throw new Error(`seed: department ${d.departmentId} has an unknown organization`);
    departments[d.departmentId] = withDefaults(d, {
      description: "", leaderUserIds: [], isVirtualNode: false, createdAt: nowIso(), updatedAt: nowIso(),
    });
  }
  for (const d of Object.values(departments)) {
    if (d.parentDepartmentId && !departments[d.parentDepartmentId])
      throw new Error(`seed: department ${d.departmentId} has an unknown parent`);
    memberships[d.departmentId] = [];
  }
  for (const u of s.users ?? []) {
    if (!u.userId) throw new Error("seed: user needs userId");
    users[u.userId] = withDefaults(u, {
      status: "Activated", workStatus: "Active", gender: "U", emailVerified: false, phoneVerified: false,
      userSourceType: "adminCreated", createdAt: nowIso(), updatedAt: nowIso(),
    });
  }
  for (const [departmentId, ids] of Object.entries(s.memberships ?? {})) {
    if (!departments[departmentId]) throw new Error(`seed: memberships for unknown department ${departmentId}`);
    for (const id of ids) {
      if (!users[id]) throw new Error(`seed: membership of unknown user ${id}`);
      if (!memberships[departmentId].includes(id)) memberships[departmentId].push(id);
    }
  }
  return { organizations, departments, users, memberships };
}

const childrenOf = (st, d) => Object.values(st.departments).filter((c) => c.parentDepartmentId === d.departmentId);

function subtree(st, d) {
  const out = [d];
  for (let i = 0; i < out.length; i++) out.push(...childrenOf(st, out[i]));
  return out;
}

function resolveOrg(st, code) {
  return st.organizations[code] ?? fail(404, 2002, `organization not found for code: ${code}`);
}

function resolveDepartment(st, p, id = p.departmentId, type = p.departmentIdType ?? "department_id") {
  const org = resolveOrg(st, p.organizationCode);
  const inOrg = Object.values(st.departments).filter((d) => d.organizationCode === org.organizationCode);
  const d =
    id === "root" ? st.departments[org.departmentId]
    : type === "department_id" ? inOrg.find((x) => x.departmentId === id)
    : type === "open_department_id" ? inOrg.find((x) => x.openDepartmentId === id)
    : inOrg.find((x) => x.code === id);
  return d ?? fail(404, 2001, `department not found: ${id}`);
}

function departmentView(st, d, p = {}) {
  const parent = st.departments[d.parentDepartmentId];
  const { customData, ...rest } = d;
  const out = {
    ...rest,
    parentDepartmentCode: parent?.code ?? "",
    membersCount: st.memberships[d.departmentId].length,
    hasChildren: childrenOf(st, d).length > 0,
    isVirtualNode: Boolean(d.isVirtualNode),
    postIdList: d.postIdList ?? [],
    status: d.status ?? true,
  };
  if (p.withCustomData) {
    out.customData = customData ?? {};
    if (p.flatCustomData) for (const [k, v] of Object.entries(out.customData)) if (!(k in out)) out[k] = v;
  }
  return out;
}

function organizationView(st, o) {
  const root = st.departments[o.departmentId];
  const members = new Set(subtree(st, root).flatMap((d) => st.memberships[d.departmentId]));
  return {
    ...o,
    hasChildren: childrenOf(st, root).length > 0,
    membersCount: members.size,
    isVirtualNode: false,
    postIdList: o.postIdList ?? [],
  };
}

function userView(st, u, p = {}) {
  const { customData, ...rest } = u;
  const out = { ...rest };
  if (p.withDepartmentIds) out.departmentIds = Object.keys(st.memberships).filter((id) => st.memberships[id].includes(u.userId));
  if (p.withIdentities) out.identities = u.identities ?? [];
  if (p.withCustomData) out.customData = customData ?? {};
  return out;
}

const paged = (items, p) => {
  const page = p.page ?? 1, limit = p.limit ?? 10;
  return { totalCount: items.length, list: items.slice((page - 1) * limit, page * limit) };
};

function memberIds(st, d, includeChildren) {
  const ids = (includeChildren ? subtree(st, d) : [d]).flatMap((x) => st.memberships[x.departmentId]);
  return [...new Set(ids)];
}

function listMembers(st, p, keywords) {
  const d = resolveDepartment(st, p);
  let users = memberIds(st, d, p.includeChildrenDepartments).map((id) => st.users[id]).filter(Boolean);
  if (keywords) {
    const k = keywords.toLowerCase();
    const fields = ["name", "username", "nickname", "email", "phone"];
    users = users.filter((u) => fields.some((f) => String(u[f] ?? "").toLowerCase().includes(k)));
  }
  const key = { userId: "userId", createAt: "createdAt", updatedAt: "updatedAt" }[p.sortBy];
  if (key) users.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  if ((p.orderBy ?? "Desc") === "Desc") users.reverse();
  return paged(users.map((u) => userView(st, u, p)), p);
}

// ---------------------------------------------------------------------------------------------
// Route table: path -> { method, handler(params, env) -> data, public? }

export const ROUTES = {
  "/api/v3/get-management-token": {
    method: "POST",
    public: true,
    handler: (p, env) => {
      if (p.accessKeyId !== env.opts.accessKeyId || p.accessKeySecret !== env.opts.accessKeySecret)
        fail(401, 1002, "accessKeyId 或 accessKeySecret 错误");
      env.state.counters.tokensIssued++;
      return { message: "", data: env.mintToken() };
    },
  },
  "/api/v3/list-organizations": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, { ...PAGE, fetchAll: "bool", withCustomData: "bool", withPost: "bool", tenantId: "string", status: "bool" });
      const list = Object.values(st.organizations).map((o) => organizationView(st, o));
      return p.fetchAll ? { totalCount: list.length, list } : paged(list, p);
    },
  },
  "/api/v3/get-department": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, {
        organizationCode: "string!", departmentId: "string", departmentCode: "string", departmentIdType: "idType",
        withCustomData: "bool", flatCustomData: "bool", tenantId: "string",
      });
      if (!p.departmentId && !p.departmentCode) badParam("departmentId");
      const d = p.departmentId ? resolveDepartment(st, p) : resolveDepartment(st, p, p.departmentCode, "code");
      return departmentView(st, d, p);
    },
  },
  "/api/v3/list-children-departments": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, { ...DEPT, excludeVirtualNode: "bool", onlyVirtualNode: "bool", withCustomData: "bool", status: "bool" });
      const list = childrenOf(st, resolveDepartment(st, p)).map((c) => departmentView(st, c, p));
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/get-parent-department": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, { ...DEPT, withCustomData: "bool" });
      const parent = st.departments[resolveDepartment(st, p).parentDepartmentId];
      return parent ? departmentView(st, parent, p) : fail(404, 2001, `department ${p.departmentId} has no parent department`);
    },
  },
  "/api/v3/list-department-members": {
    method: "GET",
    handler: (p, { state: st }) => listMembers(st, check(p, MEMBERS)),
  },
  "/api/v3/search-department-members": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, { ...MEMBERS, keywords: "string!" });
      return listMembers(st, p, p.keywords);
    },
  },
  "/api/v3/list-department-member-ids": {
    method: "GET",
    handler: (p, { state: st }) => [...st.memberships[resolveDepartment(st, check(p, DEPT)).departmentId]],
  },
  "/api/v3/is-user-in-department": {
    method: "GET",
    handler: (p, { state: st }) => {
      p = check(p, { ...DEPT, userId: "string!", includeChildrenDepartments: "bool" });
      const d = resolveDepartment(st, p);
      if (!st.users[p.userId]) fail(404, 2003, `user not found: ${p.userId}`);
      return { inDepartment: memberIds(st, d, p.includeChildrenDepartments).includes(p.userId) };
    },
  },
  "/api/v3/add-department-members": {
    method: "POST",
    handler: (p, { state: st }) => {
      p = check(p, { ...DEPT, userIds: "ids!" });
      const members = st.memberships[resolveDepartment(st, p).departmentId];
      const unknown = p.userIds.find((id) => !st.users[id]);
      if (unknown) fail(404, 2003, `user not found: ${unknown}`);
      for (const id of p.userIds) if (!members.includes(id)) members.push(id);
      return { success: true };
    },
  },
  "/api/v3/remove-department-members": {
    method: "POST",
    handler: (p, { state: st }) => {
      p = check(p, { ...DEPT, userIds: "ids!" });
      const d = resolveDepartment(st, p);
      st.memberships[d.departmentId] = st.memberships[d.departmentId].filter((id) => !p.userIds.includes(id));
      return { success: true };
    },
  },
};

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
  const expected = Buffer.from(sign(opts.accessKeySecret, buildStringToSign(req.method, path, h, params, prefix)));
  const got = Buffer.from(signature);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) unauthorized(1300, "signature mismatch");
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

function redactHeaders(headers) {
  const out = { ...headers };
  if (out.authorization) out.authorization = `${out.authorization.split(/\s+/)[0]} …`;
  return out;
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
    quiet: true,
    ...opts,
  };
  const config = { tokenExpiresIn: opts.tokenExpiresIn, skewWindowSeconds: opts.skewWindowSeconds, clockOffsetSeconds: 0 };
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

  function seed(data) {
    Object.assign(state, buildDirectory(data));
  }

  function reset(data = defaultSeed()) {
    seed(data);
    state.counters = { requests: 0, tokensIssued: 0, tokensMinted: 0, authFailures: 0 };
    config.tokenExpiresIn = opts.tokenExpiresIn;
    config.skewWindowSeconds = opts.skewWindowSeconds;
    config.clockOffsetSeconds = 0;
    nonces.clear();
    tokens.clear();
    faults.length = 0;
    requests.length = 0;
  }

  function addFault(f) {
    if (!f || !FAULT_KINDS.includes(f.kind)) throw new Error(`fault kind must be one of ${FAULT_KINDS.join(", ")}`);
    if (f.kind === "expireTokens") tokens.clear();
    else if (f.kind === "skew") config.clockOffsetSeconds = Number(f.seconds) || 0;
    else faults.push({ count: 1, ...f });
    return faults;
  }

  function clearFaults() {
    faults.length = 0;
    config.clockOffsetSeconds = 0;
  }

  function members(organizationCode, departmentId, departmentIdType) {
    return [...state.memberships[resolveDepartment(state, { organizationCode, departmentId, departmentIdType }).departmentId]];
  }

  const env = { opts, config, state, nonces, tokens, now, mintToken };
  const snapshot = () => ({
    ...structuredClone(state),
    clockOffsetSeconds: config.clockOffsetSeconds,
    faults: structuredClone(faults),
    config: { ...config },
  });

  const CONTROL = {
    "GET /__control/state": () => snapshot(),
    "GET /__control/members": (_, q) => {
      try {
        return { userIds: members(q.organizationCode, q.departmentId, q.departmentIdType) };
      } catch (e) {
        throw Object.assign(new Error(e.message), { status: 404 });
      }
    },
    "POST /__control/reset": (b) => (reset(b.seed ?? defaultSeed()), { ok: true }),
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
    "GET /__control/config": () => config,
    "POST /__control/config": (b) => {
      for (const k of Object.keys(config)) if (b[k] !== undefined) config[k] = Number(b[k]);
      return config;
    },
  };

  async function handle(req, res) {
    const requestId = randomUUID();
    const url = new URL(req.url, "http://127.0.0.1");
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
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
        "access-control-allow-methods": "GET, POST, OPTIONS",
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
      try {
        return write(200, fn(text ? JSON.parse(text) : {}, query) ?? {});
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
    const entry = { method: req.method, path, query, headers: redactHeaders(req.headers), body, t: Date.now(), status: 0 };
    log(entry);

    const fault = takeFault(req.method, path);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === "delay") await sleep(Number(fault.ms) || 0);
    if (res.destroyed) return;
    if (fault?.kind === "drop" && !fault.after) return req.socket.destroy();
    if (fault?.kind === "status") {
      const status = Number(fault.status) || 500;
      const message = fault.message ?? http.STATUS_CODES[status] ?? "error";
      entry.status = fault.envelope === false
        ? write(status, `<html><body>${status} ${message}</body></html>`, { type: "text/html; charset=utf-8" })
        : write(status, envelope(requestId, status, message));
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

    let httpStatus, payload;
    try {
      const route = ROUTES[path];
      if (!route || route.method !== req.method) fail(404, 2004, "route not found", 404);
      if (tooLarge) fail(413, 2006, "request body too large", 413);
      let params = query;
      if (req.method === "POST") {
        if (!text) params = {};
        else if (typeof body === "string") fail(400, 2005, "request body is not valid JSON", 400);
        else params = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
      }
      if (!route.public) {
        try {
          Object.assign(entry, authenticate(req, path, params, env));
        } catch (e) {
          state.counters.authFailures++;
          throw e;
        }
      }
      const result = route.handler(params, env);
      const { message = "操作成功", data } = route.public ? result : { data: result };
      httpStatus = 200;
      payload = envelope(requestId, 200, message, { ...(route.public ? {} : { apiCode: 20001 }), data });
    } catch (e) {
      if (!(e instanceof ApiError)) {
        if (!opts.quiet) console.error(e);
        e = new ApiError(500, 500, `internal error: ${e.message}`, 500);
      }
      httpStatus = e.httpStatus;
      payload = envelope(requestId, e.statusCode, e.message, { apiCode: e.apiCode });
    }
    if (fault?.kind === "drop") return req.socket.destroy();
    entry.status = write(httpStatus, payload, { truncate: fault?.kind === "truncate" });
  }

  function log(entry) {
    requests.push(entry);
    if (requests.length > LOG_LIMIT) requests.splice(0, requests.length - LOG_LIMIT);
    if (!opts.quiet) process.stderr.write(`${entry.method} ${entry.path}\n`);
  }

  function takeFault(method, path) {
    if (!path.startsWith("/api/v3/")) return null;
    const i = faults.findIndex((f) => (!f.path || f.path === path) && (!f.method || f.method.toUpperCase() === method));
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

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    requests,
    reset,
    seed,
    members,
    mintToken: (expiresIn) => (state.counters.tokensMinted++, { ...mintToken(expiresIn), userPoolId: opts.userPoolId }),
    fault: addFault,
    clearFaults,
    config,
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
