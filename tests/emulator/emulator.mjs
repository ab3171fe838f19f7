// Local GenAuth / Authing Management API v3 emulator (loopback only, node: built-ins only).
//
//   import { startEmulator } from "./emulator.mjs";
//   const emu = await startEmulator({ port: 0 });
//   // -> { url, port, close(), state, reset(seed?), seed(data), requests, addUsers(count, prefix?) -> userIds,
//   //      members(organizationCode, departmentId, departmentIdType?), mintToken(expiresIn?), fault(spec), clearFaults(), config }
// `state` and `requests` are live: state.{userPoolId, organizations (by code), departments (by id), users (by id),
// memberships (department id -> user ids), counters: {requests, tokensIssued (get-management-token), tokensMinted (control), authFailures, usersCreated}}.
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
// Business routes (ROUTES below: one row per call with its parameter spec; errors come back HTTP 200
// with the error in the envelope). All 19 organization calls of protocol.md §4, stateful:
//   GET  list-organizations      page, limit, fetchAll (all in one page), withCustomData, withPost, status (true = Activated)
//   GET  search-organizations    keywords! (code or name contains it, case-insensitive), page, limit, withCustomData
//   POST create-organization     {organizationName!, organizationCode!, description, openDepartmentId, i18n, tenantId, postIdList, metadata}
//                                -> Organization with a new root department (24-hex id, name = organizationName)
//   POST update-organization     {organizationCode!, organizationNewCode (moves it), organizationName, description,
//                                openDepartmentId, leaderUserIds, i18n, tenantId, postIdList} -> Organization
//   POST delete-organization     {organizationCode!} -> {success}; its departments and memberships go with it
//   GET  get-department          organizationCode!, departmentId (`root`) or departmentCode, departmentIdType, withCustomData, flatCustomData
//   POST create-department       {organizationCode!, name!, parentDepartmentId! (`root`; departmentIdType says how the PARENT
//                                is given), openDepartmentId, description, code, isVirtualNode, i18n, customData, postIdList, metadata}
//   POST update-department       {organizationCode!, departmentId!, name, description, code, openDepartmentId, leaderUserIds,
//                                parentDepartmentId (moves it; read with the same departmentIdType), status, i18n, customData
//                                (merged into the stored one), postIdList}; changing the root also changes its organization
//   POST delete-department       {organizationCode!, departmentId!, departmentIdType} -> {success}; the whole subtree and its memberships
//   POST search-departments      {keywords!, organizationCode!, withCustomData} -> Department[] (name or code contains it)
//   POST search-departments-list {organizationCode!, page, limit, withCustomData, withPost, advancedFilter [{field, operator:
//                                EQUAL|IN|CONTAINS|LESSER|GREATER|BETWEEN, value}], sortBy updatedAt|createdAt, orderBy ASC|DESC,
//                                sort [{field: updatedAt|createdAt|name, order: asc|desc}]} -> Department[] (one page, no totalCount)
//                                Both searches leave out the root department (it is the organization).
//   GET  list-children-departments  direct children {totalCount, list}; excludeVirtualNode, onlyVirtualNode, status filter them
//   GET  get-parent-department   the root has no parent: 404 envelope, apiCode 2001
//   GET  list-department-members, search-department-members (keywords!: name, username, nickname, email or phone)
//                                {totalCount, list: User[]}; page (1), limit (10, at most 50), includeChildrenDepartments (the
//                                subtree, each user once), sortBy Default|JoinDepartmentAt|userId|createAt|updatedAt, orderBy
//                                Asc|Desc (default Desc: last joined first), withDepartmentIds, withIdentities, withCustomData
//   GET  list-department-member-ids -> string[]     GET is-user-in-department userId!, includeChildrenDepartments -> {inDepartment}
//   POST add-department-members, remove-department-members   {userIds!, organizationCode!, departmentId!, departmentIdType}
//        remove ignores ids that are not members; add skips existing members and refuses unknown user ids
//        (404, apiCode 2003, nothing changed).
//   (! = required.) departmentIdType: department_id (default; `root` = the root department), open_department_id, code;
//   sync_relation and custom_field are refused with 400. tenantId is accepted everywhere (stored on create-organization).
//   Query strings are strings: booleans must be "true"/"false", page/limit digits >= 1. An empty string counts as absent.
//   Organization codes and department codes: at most 64 characters (else "参数 X 格式错误") of [A-Za-z0-9_.-] (else
//   400 "invalid organization code: X", as GenAuth words it for both). code and openDepartmentId are unique in an organization.
//   leaderUserIds must name known users (404, apiCode 2003). Failed writes change nothing.
//   Every other call of the endpoint table (src/api.txt, the 477 calls outside the organization module),
//   by its method and path (`{id}` matches one segment): authenticated like the rest, its required fields
//   checked (400, apiCode 2000, "参数 <name> 不能为空"), and answered with data shaped like its documented
//   response, every field of the official model filled in (tests/api/table.mjs `sampleData`). Stateless.
//   A query string sent with POST or DELETE is not signed (as the official client signs).
//   Success: {statusCode:200, message:"操作成功", apiCode:20001, requestId, data}
//   apiCode 2000 invalid parameter (statusCode 400, message "参数 <name> 格式错误")
//           2001 department not found (404)   2002 organization not found (404, "organization not found for code: X")
//           2003 user not found (404)         2004 route not found (HTTP 404)
//           2005 malformed JSON body (HTTP 400)  2006 body larger than 1 MiB (HTTP 413)
//           2007 organizationCode already exists (409)   2008 department code / openDepartmentId already used in the organization (409)
//           2009 the root department cannot be deleted or moved (422)
//           2010 a department cannot be moved under itself or one of its descendants (422)
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
//   GET  /__control/requests           -> [{method, path, query, rawQuery (as sent, without "?"), headers (authorization redacted to "<scheme> …"), body, t, status, brand?, auth?, fault?}]
//   POST /__control/requests/clear
//   POST /__control/fault              {path?, method?, count = 1, kind, ...} queued for the next `count` matching /api/v3/ requests
//                                      (get-management-token included; no path = any path); with
//                                      `probability` p, each matching request takes it with chance p:
//        delay {ms}                   wait, then answer normally
//        status {status, httpStatus = status, apiCode?, retryAfter?, message?, envelope = true}
//                                     HTTP `httpStatus` with {statusCode: status, apiCode, message, requestId} (or text/html if envelope:false)
//        nonjson                      HTTP 200, text/html "<html><body>502 Bad Gateway</body></html>"
//        throttle {httpStatus = 200, retryAfter?}    {statusCode:429, apiCode:429, message:"too many requests"} (+ retry-after header)
//        drop {after = false}         destroy the socket without answering (after: perform the call first)
//        truncate                     perform the call, then send the first half of its JSON body (content-length of the half)
//        expireTokens                 applied at once: every issued token becomes invalid
//        skew {seconds}               applied at once: server clock offset (1305 checks, token expiry, `date` header)
//   POST /__control/fault/clear        drops pending faults and the clock offset
//   POST /__control/users              {count, prefix = "user"} -> {userIds}: creates `count` users (24-hex ids, Chinese names,
//                                      usernames prefix1, prefix2, ..., emails, phones); same as emu.addUsers(count, prefix?)
//   POST /__control/token              [{expiresIn}] -> {access_token, expires_in, userPoolId} (minted without a secret)
//   GET|POST /__control/config         [{tokenExpiresIn, skewWindowSeconds, clockOffsetSeconds}] -> current config

import http from "node:http";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { defaultSeed } from "./seed.mjs";
import { CALLS, decodeQuery, sampleData } from "../api/table.mjs";

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
// Parameter checking: a route's spec maps name -> rule, "type[:arg]" with a trailing "!" when the
// field is required. Absent = undefined, null or "" (so an empty required field is "参数 X 格式错误").
//   string[:maxLength]  code (<= 64 chars of [A-Za-z0-9_.-], else "invalid organization code: X")
//   bool ("true"/"false" on the wire)   int[:max] (>= 1; query strings must be digits)
//   enum:A|B   idType   ids (non-empty string[])   strs (string[])   object   array   any

const CODE = /^[\w.-]+$/;
const isPlainObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const RULES = {
  string: (v, n, arg) => (typeof v === "string" && (!arg || v.length <= Number(arg)) ? v : badParam(n)),
  code: (v, n) => {
    if (typeof v !== "string" || v.length > 64) badParam(n);
    return CODE.test(v) ? v : fail(400, 2000, `invalid organization code: ${v}`);
  },
  bool: (v, n) => (v === true || v === "true" ? true : v === false || v === "false" ? false : badParam(n)),
  int: (v, n, arg) => {
    const i = typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : typeof v === "number" ? v : NaN;
    return Number.isInteger(i) && i >= 1 && (!arg || i <= Number(arg)) ? i : badParam(n);
  },
  enum: (v, n, arg) => (arg.split("|").includes(v) ? v : badParam(n)),
  idType: (v, n) => {
    if (!DEPARTMENT_ID_TYPES.includes(v)) badParam(n);
    return SUPPORTED_ID_TYPES.includes(v) ? v : fail(400, 2000, `departmentIdType ${v} is not supported`);
  },
  ids: (v, n) => (Array.isArray(v) && v.length && v.every((x) => typeof x === "string" && x) ? v : badParam(n)),
  strs: (v, n) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v : badParam(n)),
  object: (v, n) => (isPlainObject(v) ? v : badParam(n)),
  array: (v, n) => (Array.isArray(v) ? v : badParam(n)),
  any: (v) => v,
};

function check(p, spec) {
  const out = {};
  for (const [name, rule] of Object.entries(spec)) {
    const required = rule.endsWith("!");
    const [type, arg] = rule.replace("!", "").split(/:(.*)/);
    const v = p[name];
    if (v === undefined || v === null || v === "") {
      if (required) badParam(name);
      continue;
    }
    out[name] = RULES[type](v, name, arg);
  }
  return out;
}

const ORG = { organizationCode: "string:64!", tenantId: "string" };
const DEPT = { ...ORG, departmentId: "string!", departmentIdType: "idType" };
const PAGE = { page: "int", limit: "int:50" };
const USER_VIEW = { withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool" };
const MEMBERS = {
  ...DEPT, ...PAGE, ...USER_VIEW,
  sortBy: "enum:Default|JoinDepartmentAt|userId|createAt|updatedAt",
  orderBy: "enum:Asc|Desc",
  includeChildrenDepartments: "bool",
};
const ORG_FIELDS = { description: "string", openDepartmentId: "string", i18n: "object", postIdList: "strs", metadata: "any" };
const DEPT_FIELDS = {
  description: "string", code: "code", i18n: "object", customData: "object", postIdList: "strs", metadata: "any",
};

// ---------------------------------------------------------------------------------------------
// Directory state

const nowIso = () => new Date().toISOString();
// 24 hex digits like a MongoDB ObjectId: seconds since the epoch, then random bytes.
const newId = () => Math.floor(Date.now() / 1000).toString(16).padStart(8, "0") + randomBytes(8).toString("hex");
const withDefaults = (obj, defaults) => {
  const out = { ...obj };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
  return out;
};
const pick = (p, names) => Object.fromEntries(names.filter((n) => p[n] !== undefined).map((n) => [n, p[n]]));

// Fields an organization shares with its root department: [organization field, department field].
const ROOT_FIELDS = [
  ["organizationName", "name"], ["description", "description"], ["openDepartmentId", "openDepartmentId"],
  ["leaderUserIds", "leaderUserIds"], ["postIdList", "postIdList"], ["updatedAt", "updatedAt"],
];
const I18N_KEYS = ["organizationName", "name"];

function syncRoot(st, org, fromRoot = false) {
  const root = st.departments[org.departmentId];
  const [src, dst, i] = fromRoot ? [root, org, 1] : [org, root, 0];
  for (const pair of ROOT_FIELDS) if (src[pair[i]] !== undefined) dst[pair[1 - i]] = src[pair[i]];
  if (src.i18n?.[I18N_KEYS[i]]) dst.i18n = { ...dst.i18n, [I18N_KEYS[1 - i]]: src.i18n[I18N_KEYS[i]] };
}

function buildDirectory(seed) {
  const s = structuredClone(seed ?? {});
  const organizations = {}, departments = {}, users = {}, memberships = {};
  for (const o of s.organizations ?? []) {
    if (!o.organizationCode || !o.departmentId) throw new Error("seed: organization needs organizationCode and departmentId");
    const org = withDefaults(o, { description: "", leaderUserIds: [], status: "Activated", createdAt: nowIso(), updatedAt: nowIso() });
    organizations[org.organizationCode] = org;
    departments[org.departmentId] = {
      departmentId: org.departmentId, organizationCode: org.organizationCode, parentDepartmentId: "",
      createdAt: org.createdAt,
    };
    syncRoot({ organizations, departments }, org);
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

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "子涵", "浩然"];

// Bulk users for tests: realistic names, unique usernames `${prefix}${n}`, emails and phones.
export function createUsers(st, count, prefix = "user") {
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error("count must be an integer from 1 to 100000");
  if (typeof prefix !== "string" || !prefix) throw new Error("prefix must be a non-empty string");
  const taken = new Set(Object.values(st.users).map((u) => u.username));
  const t0 = Date.now(), userIds = [];
  for (let i = 0; i < count; i++) {
    let n, username;
    do username = `${prefix}${(n = ++st.counters.usersCreated)}`;
    while (taken.has(username));
    const userId = newId();
    const at = new Date(t0 + i).toISOString();
    st.users[userId] = {
      userId, username, name: SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length],
      email: `${username}@example.com`, phone: `150${String(n % 1e8).padStart(8, "0")}`, phoneCountryCode: "+86",
      gender: "MF"[n % 2], status: "Activated", workStatus: "Active", emailVerified: false, phoneVerified: false,
      userSourceType: "adminCreated", createdAt: at, updatedAt: at,
    };
    st.users[userId].nickname = st.users[userId].name;
    userIds.push(userId);
  }
  return userIds;
}

const childrenOf = (st, d) => Object.values(st.departments).filter((c) => c.parentDepartmentId === d.departmentId);
const departmentsOf = (st, org) => Object.values(st.departments).filter((d) => d.organizationCode === org.organizationCode);

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
  const inOrg = departmentsOf(st, org);
  const d =
    id === "root" ? st.departments[org.departmentId]
    : type === "department_id" ? inOrg.find((x) => x.departmentId === id)
    : type === "open_department_id" ? inOrg.find((x) => x.openDepartmentId === id)
    : inOrg.find((x) => x.code === id);
  return d ?? fail(404, 2001, `department not found: ${id}`);
}

function requireUsers(st, ids = []) {
  const unknown = ids.find((id) => !st.users[id]);
  if (unknown) fail(404, 2003, `user not found: ${unknown}`);
}

// code and openDepartmentId are unique within an organization (409, apiCode 2008).
function requireUniqueInOrg(st, org, p, self) {
  for (const f of ["code", "openDepartmentId"])
    if (p[f] !== undefined && departmentsOf(st, org).some((d) => d !== self && d[f] === p[f]))
      fail(409, 2008, `department ${f} already exists in organization ${org.organizationCode}: ${p[f]}`);
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

function organizationView(st, o, p = {}) {
  const root = st.departments[o.departmentId];
  const members = new Set(subtree(st, root).flatMap((d) => st.memberships[d.departmentId]));
  return {
    ...o,
    hasChildren: childrenOf(st, root).length > 0,
    membersCount: members.size,
    isVirtualNode: false,
    postIdList: o.postIdList ?? [],
    ...(p.withCustomData ? { customData: root.customData ?? {} } : {}),
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
const contains = (values, keywords) => values.some((v) => String(v ?? "").toLowerCase().includes(keywords.toLowerCase()));

function memberIds(st, d, includeChildren) {
  const ids = (includeChildren ? subtree(st, d) : [d]).flatMap((x) => st.memberships[x.departmentId]);
  return [...new Set(ids)];
}

function listMembers(st, p) {
  const d = resolveDepartment(st, p);
  let users = memberIds(st, d, p.includeChildrenDepartments).map((id) => st.users[id]).filter(Boolean);
  if (p.keywords) users = users.filter((u) => contains([u.name, u.username, u.nickname, u.email, u.phone], p.keywords));
  const key = { userId: "userId", createAt: "createdAt", updatedAt: "updatedAt" }[p.sortBy];
  if (key) users.sort((a, b) => String(a[key]).localeCompare(String(b[key])));
  if ((p.orderBy ?? "Desc") === "Desc") users.reverse();
  return paged(users.map((u) => userView(st, u, p)), p);
}

// search-departments-list: advancedFilter [{field, operator, value}] on the department's fields or its customData.
const FILTER_OPS = {
  EQUAL: (a, v) => a === v,
  IN: (a, v) => Array.isArray(v) && v.includes(a),
  CONTAINS: (a, v) => String(a ?? "").toLowerCase().includes(String(v).toLowerCase()),
  LESSER: (a, v) => a < v,
  GREATER: (a, v) => a > v,
  BETWEEN: (a, v) => Array.isArray(v) && a >= v[0] && a <= v[1],
};
const SORT_FIELDS = ["updatedAt", "createdAt", "name"];

function filterAndSort(departments, p) {
  let list = departments;
  for (const f of p.advancedFilter ?? []) {
    if (!isPlainObject(f) || typeof f.field !== "string" || !FILTER_OPS[f.operator]) badParam("advancedFilter");
    list = list.filter((d) => FILTER_OPS[f.operator](d[f.field] ?? d.customData?.[f.field], f.value));
  }
  const keys = p.sort ?? (p.sortBy ? [{ field: p.sortBy, order: p.orderBy ?? "DESC" }] : []);
  for (const k of keys)
    if (!isPlainObject(k) || !SORT_FIELDS.includes(k.field) || !/^(asc|desc)$/i.test(k.order ?? "asc")) badParam("sort");
  const cmp = (a, b) => {
    for (const { field, order = "asc" } of keys) {
      const c = String(a[field] ?? "").localeCompare(String(b[field] ?? ""));
      if (c) return /^desc$/i.test(order) ? -c : c;
    }
    return 0;
  };
  return keys.length ? [...list].sort(cmp) : list;
}

// ---------------------------------------------------------------------------------------------
// Route table: path -> { method, spec (checked after authentication), handler(params, env) -> data, public? }

const SUCCESS = { success: true };

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

  // -- organizations ------------------------------------------------------------------------------
  "/api/v3/list-organizations": {
    method: "GET",
    spec: { ...PAGE, fetchAll: "bool", withCustomData: "bool", withPost: "bool", tenantId: "string", status: "bool" },
    handler: (p, { state: st }) => {
      const active = (o) => o.status === "Activated" || o.status === true;
      const list = Object.values(st.organizations)
        .filter((o) => p.status === undefined || active(o) === p.status)
        .map((o) => organizationView(st, o, p));
      return p.fetchAll ? { totalCount: list.length, list } : paged(list, p);
    },
  },
  "/api/v3/search-organizations": {
    method: "GET",
    spec: { keywords: "string!", ...PAGE, withCustomData: "bool", tenantId: "string" },
    handler: (p, { state: st }) => paged(
      Object.values(st.organizations)
        .filter((o) => contains([o.organizationCode, o.organizationName], p.keywords))
        .map((o) => organizationView(st, o, p)),
      p,
    ),
  },
  "/api/v3/create-organization": {
    method: "POST",
    spec: { organizationName: "string!", organizationCode: "code!", ...ORG_FIELDS, tenantId: "string" },
    handler: (p, { state: st }) => {
      if (st.organizations[p.organizationCode]) fail(409, 2007, `organization code already exists: ${p.organizationCode}`);
      const at = nowIso();
      const org = {
        organizationCode: p.organizationCode, organizationName: p.organizationName, departmentId: newId(),
        description: "", leaderUserIds: [], postIdList: [], status: "Activated", createdAt: at, updatedAt: at,
        ...pick(p, ["description", "openDepartmentId", "i18n", "tenantId", "postIdList"]),
      };
      st.organizations[org.organizationCode] = org;
      st.departments[org.departmentId] = {
        departmentId: org.departmentId, organizationCode: org.organizationCode, parentDepartmentId: "",
        isVirtualNode: false, status: true, createdAt: at,
      };
      st.memberships[org.departmentId] = [];
      syncRoot(st, org);
      return organizationView(st, org);
    },
  },
  "/api/v3/update-organization": {
    method: "POST",
    spec: { ...ORG, organizationNewCode: "code", organizationName: "string", leaderUserIds: "strs", ...ORG_FIELDS },
    handler: (p, { state: st }) => {
      const org = resolveOrg(st, p.organizationCode);
      const newCode = p.organizationNewCode ?? org.organizationCode;
      if (newCode !== org.organizationCode && st.organizations[newCode])
        fail(409, 2007, `organization code already exists: ${newCode}`);
      requireUsers(st, p.leaderUserIds);
      requireUniqueInOrg(st, org, pick(p, ["openDepartmentId"]), st.departments[org.departmentId]);
      Object.assign(org, pick(p, ["organizationName", "description", "openDepartmentId", "leaderUserIds", "i18n", "tenantId", "postIdList"]));
      org.updatedAt = nowIso();
      if (newCode !== org.organizationCode) {
        for (const d of departmentsOf(st, org)) d.organizationCode = newCode;
        st.organizations = Object.fromEntries(
          Object.entries(st.organizations).map(([code, o]) => (o === org ? [newCode, o] : [code, o])));
        org.organizationCode = newCode;
      }
      syncRoot(st, org);
      return organizationView(st, org);
    },
  },
  "/api/v3/delete-organization": {
    method: "POST",
    spec: ORG,
    handler: (p, { state: st }) => {
      const org = resolveOrg(st, p.organizationCode);
      for (const d of departmentsOf(st, org)) delete st.departments[d.departmentId], delete st.memberships[d.departmentId];
      delete st.organizations[org.organizationCode];
      return SUCCESS;
    },
  },

  // -- departments --------------------------------------------------------------------------------
  "/api/v3/get-department": {
    method: "GET",
    spec: {
      ...DEPT, departmentId: "string", departmentCode: "string", withCustomData: "bool", flatCustomData: "bool",
    },
    handler: (p, { state: st }) => {
      if (!p.departmentId && !p.departmentCode) badParam("departmentId");
      const d = p.departmentId ? resolveDepartment(st, p) : resolveDepartment(st, p, p.departmentCode, "code");
      return departmentView(st, d, p);
    },
  },
  // departmentIdType says how parentDepartmentId is given.
  "/api/v3/create-department": {
    method: "POST",
    spec: {
      ...ORG, name: "string!", parentDepartmentId: "string!", departmentIdType: "idType", openDepartmentId: "string",
      isVirtualNode: "bool", ...DEPT_FIELDS,
    },
    handler: (p, { state: st }) => {
      const parent = resolveDepartment(st, p, p.parentDepartmentId);
      const org = st.organizations[parent.organizationCode];
      requireUniqueInOrg(st, org, p);
      const at = nowIso();
      const d = {
        departmentId: newId(), organizationCode: org.organizationCode, parentDepartmentId: parent.departmentId,
        name: p.name, description: "", leaderUserIds: [], postIdList: [], isVirtualNode: false, status: true,
        createdAt: at, updatedAt: at,
        ...pick(p, ["openDepartmentId", "description", "code", "isVirtualNode", "i18n", "customData", "postIdList"]),
      };
      st.departments[d.departmentId] = d;
      st.memberships[d.departmentId] = [];
      return departmentView(st, d, { withCustomData: true });
    },
  },
  // departmentIdType says how both departmentId and parentDepartmentId are given.
  "/api/v3/update-department": {
    method: "POST",
    spec: {
      ...DEPT, name: "string", leaderUserIds: "strs", parentDepartmentId: "string", status: "bool",
      openDepartmentId: "string", ...DEPT_FIELDS,
    },
    handler: (p, { state: st }) => {
      const d = resolveDepartment(st, p);
      const org = st.organizations[d.organizationCode];
      const isRoot = d.departmentId === org.departmentId;
      let parentId = d.parentDepartmentId;
      if (p.parentDepartmentId !== undefined) {
        const parent = resolveDepartment(st, p, p.parentDepartmentId);
        if (parent.departmentId !== d.parentDepartmentId) {
          if (isRoot) fail(422, 2009, "the root department cannot be moved");
          if (subtree(st, d).includes(parent))
            fail(422, 2010, `department ${d.departmentId} cannot be moved under itself or one of its descendants`);
          parentId = parent.departmentId;
        }
      }
      requireUsers(st, p.leaderUserIds);
      requireUniqueInOrg(st, org, p, d);
      Object.assign(d, pick(p, ["name", "description", "code", "openDepartmentId", "leaderUserIds", "status", "i18n", "postIdList"]));
      if (p.customData) d.customData = { ...d.customData, ...p.customData };
      d.parentDepartmentId = parentId;
      d.updatedAt = nowIso();
      if (isRoot) syncRoot(st, org, true);
      return departmentView(st, d, { withCustomData: true });
    },
  },
  "/api/v3/delete-department": {
    method: "POST",
    spec: DEPT,
    handler: (p, { state: st }) => {
      const d = resolveDepartment(st, p);
      if (d.departmentId === st.organizations[d.organizationCode].departmentId)
        fail(422, 2009, "the root department cannot be deleted");
      for (const x of subtree(st, d)) delete st.departments[x.departmentId], delete st.memberships[x.departmentId];
      return SUCCESS;
    },
  },
  // The two department searches leave out the root department (it is the organization itself).
  "/api/v3/search-departments": {
    method: "POST",
    spec: { ...ORG, keywords: "string!", withCustomData: "bool" },
    handler: (p, { state: st }) => {
      const org = resolveOrg(st, p.organizationCode);
      return departmentsOf(st, org)
        .filter((d) => d.departmentId !== org.departmentId && contains([d.name, d.code], p.keywords))
        .map((d) => departmentView(st, d, p));
    },
  },
  "/api/v3/search-departments-list": {
    method: "POST",
    spec: {
      ...ORG, ...PAGE, withCustomData: "bool", withPost: "bool", advancedFilter: "array",
      sortBy: "enum:updatedAt|createdAt", orderBy: "enum:ASC|DESC", sort: "array",
    },
    handler: (p, { state: st }) => {
      const org = resolveOrg(st, p.organizationCode);
      const list = filterAndSort(departmentsOf(st, org).filter((d) => d.departmentId !== org.departmentId), p);
      return paged(list, p).list.map((d) => departmentView(st, d, p));
    },
  },
  "/api/v3/list-children-departments": {
    method: "GET",
    spec: { ...DEPT, excludeVirtualNode: "bool", onlyVirtualNode: "bool", withCustomData: "bool", status: "bool" },
    handler: (p, { state: st }) => {
      const list = childrenOf(st, resolveDepartment(st, p))
        .filter((c) => !(p.excludeVirtualNode && c.isVirtualNode) && !(p.onlyVirtualNode && !c.isVirtualNode))
        .filter((c) => p.status === undefined || (c.status ?? true) === p.status)
        .map((c) => departmentView(st, c, p));
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/get-parent-department": {
    method: "GET",
    spec: { ...DEPT, withCustomData: "bool" },
    handler: (p, { state: st }) => {
      const parent = st.departments[resolveDepartment(st, p).parentDepartmentId];
      return parent ? departmentView(st, parent, p) : fail(404, 2001, `department ${p.departmentId} has no parent department`);
    },
  },

  // -- members ------------------------------------------------------------------------------------
  "/api/v3/list-department-members": {
    method: "GET",
    spec: MEMBERS,
    handler: (p, { state: st }) => listMembers(st, p),
  },
  "/api/v3/search-department-members": {
    method: "GET",
    spec: { ...MEMBERS, keywords: "string!" },
    handler: (p, { state: st }) => listMembers(st, p),
  },
  "/api/v3/list-department-member-ids": {
    method: "GET",
    spec: DEPT,
    handler: (p, { state: st }) => [...st.memberships[resolveDepartment(st, p).departmentId]],
  },
  "/api/v3/is-user-in-department": {
    method: "GET",
    spec: { ...DEPT, userId: "string!", includeChildrenDepartments: "bool" },
    handler: (p, { state: st }) => {
      const d = resolveDepartment(st, p);
      requireUsers(st, [p.userId]);
      return { inDepartment: memberIds(st, d, p.includeChildrenDepartments).includes(p.userId) };
    },
  },
  "/api/v3/add-department-members": {
    method: "POST",
    spec: { ...DEPT, userIds: "ids!" },
    handler: (p, { state: st }) => {
      const members = st.memberships[resolveDepartment(st, p).departmentId];
      requireUsers(st, p.userIds);
      const have = new Set(members);
      for (const id of p.userIds) if (!have.has(id)) have.add(id), members.push(id), st.counters.membershipsAdded++;
      return SUCCESS;
    },
  },
  "/api/v3/remove-department-members": {
    method: "POST",
    spec: { ...DEPT, userIds: "ids!" },
    handler: (p, { state: st }) => {
      const d = resolveDepartment(st, p);
      const gone = new Set(p.userIds);
      const before = st.memberships[d.departmentId];
      st.memberships[d.departmentId] = before.filter((id) => !gone.has(id));
      st.counters.membershipsRemoved += before.length - st.memberships[d.departmentId].length;
      return SUCCESS;
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Every other call of the table: its required fields are checked and it answers a success
// envelope shaped like its documented response.

const GENERIC = CALLS.filter((c) => !ROUTES[c.path]).map((c) => ({
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
          fail(400, 2000, `参数 ${f.wire} 不能为空`);
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
    state.counters = { requests: 0, tokensIssued: 0, tokensMinted: 0, authFailures: 0, usersCreated: 0, membershipsAdded: 0, membershipsRemoved: 0 };
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
    "POST /__control/users": (b) => ({ userIds: createUsers(state, b.count, b.prefix) }),
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
    const entry = { method: req.method, path, query, rawQuery: url.search.slice(1), headers: redactHeaders(req.headers), body, t: Date.now(), status: 0 };
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

    let httpStatus, payload;
    try {
      const route = ROUTES[path] ?? genericRoute(req.method, path);
      if (!route || route.method !== req.method) fail(404, 2004, "route not found", 404);
      if (tooLarge) fail(413, 2006, "request body too large", 413);
      let params = query;
      if (req.method !== "GET" && !route.query) {
        if (!text) params = {};
        else if (typeof body === "string") fail(400, 2005, "request body is not valid JSON", 400);
        else params = body !== null && typeof body === "object" && !Array.isArray(body) ? body : {};
      }
      if (!route.public) {
        try {
          // A query string sent with POST or DELETE is not signed (as the official client signs).
          const signed = req.method !== "GET" && route.query ? {} : params;
          Object.assign(entry, authenticate(req, path, signed, env));
        } catch (e) {
          state.counters.authFailures++;
          throw e;
        }
      }
      const result = route.handler(route.spec ? check(params, route.spec) : params, env);
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
    const i = faults.findIndex(
      (f) => (!f.path || f.path === path) && (!f.method || f.method.toUpperCase() === method) && (f.probability === undefined || Math.random() < f.probability),
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
    addUsers: (count, prefix) => createUsers(state, count, prefix),
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
