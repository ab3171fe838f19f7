// The organization module: organizations, departments, their members and a user's departments
// (protocol.md §4), stateful. Errors come back HTTP 200 with the error in the envelope.
//
// State (this module's keys): organizations {code: org}, departments {id: dept} (each organization's root
// department included: parentDepartmentId ""), memberships {deptId: [userId] in join order},
// departmentJoins {deptId: {userId: ISO join time}}, mainDepartments {userId: deptId}. All without prototype:
// an organization code, department id or user id "__proto__" is an ordinary key.
//
//   GET  list-organizations        page, limit (<= 50), fetchAll (all in one page), withCustomData, withPost, status
//                                  (true = Activated) -> {totalCount, list: Organization[]}
//   GET  search-organizations      keywords! (code or name contains it, case-insensitive), page, limit, withCustomData
//   POST create-organization       {organizationName!, organizationCode (absent: 400; "": a code is generated, the root
//                                  department's id; malformed: 400 "invalid organization code: X"), description,
//                                  openDepartmentId, i18n, tenantId, postIdList} -> Organization with a new root department;
//                                  409/2007 code taken
//   POST update-organization       {organizationCode!, organizationNewCode (moves it; 409/2007 taken), organizationName,
//                                  description, openDepartmentId, leaderUserIds (404/2004 unknown), i18n, tenantId, postIdList}
//   POST delete-organization       {organizationCode!} -> {success}; its departments and memberships go with it, and
//                                  each department leaves the other areas (env.forgetTarget "DEPARTMENT", then "ORG");
//                                  a new organizationCode is passed on (env.renameTarget "ORG")
//   GET  get-department            organizationCode, departmentId (`root`) or departmentCode, departmentIdType, withCustomData,
//                                  flatCustomData -> Department
//   POST create-department         {organizationCode, name!, parentDepartmentId! (departmentIdType says how the PARENT is
//                                  given), openDepartmentId, description, code, isVirtualNode, i18n, customData, postIdList};
//                                  a malformed organizationCode ("", absent aside): 400 "invalid organization code X" (no colon)
//   POST update-department         {organizationCode, departmentId!, name, description, code, openDepartmentId, leaderUserIds,
//                                  parentDepartmentId (moves it; same departmentIdType), status, i18n, customData (merged),
//                                  postIdList}; the root's changes reach its organization; 422/2009 moving the root,
//                                  422/2010 moving under itself
//   POST delete-department         {organizationCode, departmentId!, departmentIdType} -> {success}; the whole subtree,
//                                  each department leaving grants, policy targets, role assignments and custom data
//                                  (env.forgetTarget "DEPARTMENT"); 422/2009 the root
//   POST search-departments        {organizationCode, keywords!, withCustomData} -> Department[] (name or code contains it)
//   POST search-departments-list   {organizationCode, page, limit, withCustomData, withPost, advancedFilter, sortBy, orderBy,
//                                  sort} -> Department[] (one page). Both searches leave out the root department.
//   GET  list-children-departments organizationCode, departmentId!, excludeVirtualNode, onlyVirtualNode, status -> {totalCount, list}
//   GET  get-parent-department     organizationCode, departmentId! -> Department; the root has none: 404/2001
//   GET  list-department-members, search-department-members (keywords!: name, username, nickname, email or phone)
//                                  page, limit (<= 50), includeChildrenDepartments (each user once), sortBy, orderBy (default
//                                  Desc: last joined first), withDepartmentIds, withIdentities, withCustomData -> {totalCount, list}
//                                  (filtered, sorted and paged first; only the page's users are rendered)
//   GET  list-department-member-ids -> string[]
//   GET  is-user-in-department     userId! (404/2004 unknown), includeChildrenDepartments -> {inDepartment}
//   POST add-department-members    {organizationCode, departmentId!, departmentIdType, userIds! (1..1000, else 400
//                                  "参数 userIds 格式错误")} existing members skipped, unknown users refused (404/2004,
//                                  nothing changed)
//   POST remove-department-members same; ids that are not members are ignored
//   GET  get-user-departments      userId! (400 "参数 userId 格式错误" when empty), userIdType (user_id, external_id, phone,
//                                  email, username; identity, sync_relation, custom_field: 400 not supported), page, limit,
//                                  withCustomData, withDepartmentPaths (id, code and name paths from the root), sortBy
//                                  DepartmentCreatedAt|JoinDepartmentAt|DepartmentName|DepartmemtCode, orderBy Asc|Desc
//                                  (default JoinDepartmentAt Desc) -> {totalCount, list: UserDepartmentRespDto[]};
//                                  unknown user 404/2004 "用户不存在"
//   POST set-user-departments      {userId!, departments! [{departmentId, isLeader, isMainDepartment}] (non-empty, else 400
//                                  "参数 departments 格式错误"), options {userIdType}} -> {success}: the user's departments (in
//                                  any organization) become exactly these; isLeader (default false) sets leadership of each;
//                                  isMainDepartment (the last one marked) names the main one; an unknown departmentId
//                                  ("" included): 404/2001 "存在不合法的 departmentId: X", nothing changed
//
// organizationCode of the department calls (everything from get-department on, as the official suite observed): a
// string of at most 64 characters, else 400 "参数 organizationCode 格式错误"; otherwise only looked up, so "", " " and
// "额！ " are 404/2002 "organization not found for code: X". The organization calls (update-, delete-organization)
// refuse "" with "参数 organizationCode 格式错误". departmentIdType: department_id (default; `root` = the root
// department), open_department_id, code; sync_relation and custom_field: 400 not supported. Department codes: at most
// 64 characters of [A-Za-z0-9_.-] (else 400 "invalid organization code: X"); code and openDepartmentId are unique in an
// organization (409/2008). Query strings: booleans "true"/"false", page/limit digits >= 1. Failed writes change nothing.
// Messages: Chinese in zh-CN, English in en-US ("部门不存在: X" / "department not found: X"), except the
// "organization not found for code: X" and "invalid organization code" texts the official suite asserts in English.
// An unknown user is 404, apiCode 2004, "用户不存在" / "User does not exist", as in every area.
// Deleted users leave every department, main department and leadership (forgetUsers: one pass over each structure).
import {
  advancedFilter, badParam, batch, BATCH_LIMIT, CODE, contains, dict, fail, isPlainObject, newId, nowIso, PAGE, paged, pick, RULES,
  SUCCESS, withDefaults,
} from "../lib.mjs";
import { allUsers, notFound as userNotFound, userView, usersMatching } from "./users.mjs";

// Lookups by a caller's key: own keys only. The stores have no prototype, so "__proto__" is an ordinary key.
const own = (obj, key) => (typeof key === "string" && Object.hasOwn(obj, key) ? obj[key] : undefined);
// An unknown user: 404, apiCode 2004, "用户不存在" (as every area answers it).
function requireUsers(st, ids = []) {
  if (ids.some((id) => !own(st.users, id))) userNotFound();
}
const departmentNotFound = (id) => fail(404, 2001, `部门不存在: ${id}`, `department not found: ${id}`);

const DEPARTMENT_ID_TYPES = ["department_id", "open_department_id", "sync_relation", "custom_field", "code"];
const SUPPORTED_ID_TYPES = ["department_id", "open_department_id", "code"];
const idType = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  if (!DEPARTMENT_ID_TYPES.includes(v)) badParam(n);
  return SUPPORTED_ID_TYPES.includes(v) ? v : fail(400, 2000, `departmentIdType ${v} is not supported`);
};

// The organization calls validate organizationCode ("" is "参数 organizationCode 格式错误"); the department calls
// only look it up: at most 64 characters, else "参数 organizationCode 格式错误", and any other string ("", " ",
// "额！ ") names no organization: 404 "organization not found for code: X" (as the suite observed).
const ORG_CALL = { organizationCode: "string:64!", tenantId: "string" };
const orgRef = (v, n) => (typeof v === "string" && v.length <= 64 ? v : badParam(n));
const ORG = { organizationCode: orgRef, tenantId: "string" };
// create-department also refuses a malformed (non-empty) code, in its own words (no colon).
const newDeptOrg = (v, n) => {
  orgRef(v, n);
  return v === "" || CODE.test(v) ? v : fail(400, 2000, `invalid organization code ${v}`);
};
// create-organization: an empty code is accepted (the suite saw 200) and one is generated; absent is refused.
const newOrgCode = (v, n) => (v === "" ? v : RULES.code(v ?? badParam(n), n));
const DEPT = { ...ORG, departmentId: "string!", departmentIdType: idType };
export const USER_VIEW = { withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool" };
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

// The seed's organizations, departments and memberships (after the users area has read its users).
export function init(st, s) {
  const organizations = dict(), departments = dict(), memberships = dict(), departmentJoins = dict();
  const users = st.users;
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
    departmentJoins[d.departmentId] = dict();
  }
  for (const [departmentId, ids] of Object.entries(s.memberships ?? {})) {
    if (!departments[departmentId]) throw new Error(`seed: memberships for unknown department ${departmentId}`);
    for (const id of ids) {
      if (!own(users, id)) throw new Error(`seed: membership of unknown user ${id}`);
      if (memberships[departmentId].includes(id)) continue;
      memberships[departmentId].push(id);
      // a seeded member joined when both the user and the department existed
      const at = [users[id].createdAt, departments[departmentId].createdAt].filter(Boolean).sort().at(-1);
      departmentJoins[departmentId][id] = at ?? nowIso();
    }
  }
  Object.assign(st, { organizations, departments, memberships, departmentJoins, mainDepartments: dict() });
}

const childrenOf = (st, d) => Object.values(st.departments).filter((c) => c.parentDepartmentId === d.departmentId);
const departmentsOf = (st, org) => Object.values(st.departments).filter((d) => d.organizationCode === org.organizationCode);

// A department and all its descendants: one pass over the departments to index them by parent.
function subtree(st, d) {
  const byParent = new Map();
  for (const x of Object.values(st.departments)) {
    if (!byParent.has(x.parentDepartmentId)) byParent.set(x.parentDepartmentId, []);
    byParent.get(x.parentDepartmentId).push(x);
  }
  const out = [d], seen = new Set(out);
  for (let i = 0; i < out.length; i++)
    for (const c of byParent.get(out[i].departmentId) ?? []) if (!seen.has(c)) seen.add(c), out.push(c);
  return out;
}

// Membership bookkeeping: memberships (the shared list, in join order) with its join times and the users'
// main departments beside it.
function addMember(st, deptId, userId, at = nowIso()) {
  st.memberships[deptId].push(userId);
  (st.departmentJoins[deptId] ??= dict())[userId] = at;
  st.counters.membershipsAdded++;
}
function removeMembers(st, deptId, userIds) {
  const gone = new Set(userIds);
  const before = st.memberships[deptId];
  st.memberships[deptId] = before.filter((id) => !gone.has(id));
  st.counters.membershipsRemoved += before.length - st.memberships[deptId].length;
  for (const id of gone) {
    if (st.departmentJoins[deptId]) delete st.departmentJoins[deptId][id];
    if (st.mainDepartments[id] === deptId) delete st.mainDepartments[id];
  }
}
// Departments that go leave every area that points at them (grants, policy targets, role assignments: env.forgetTarget).
function dropDepartments(env, list) {
  const st = env.state;
  const ids = new Set(list.map((d) => d.departmentId));
  for (const id of ids) delete st.departments[id], delete st.memberships[id], delete st.departmentJoins[id];
  for (const [userId, deptId] of Object.entries(st.mainDepartments)) if (ids.has(deptId)) delete st.mainDepartments[userId];
  for (const id of ids) env.forgetTarget?.("DEPARTMENT", id);
}

export function resolveOrg(st, code) {
  return own(st.organizations, code) ?? fail(404, 2002, `organization not found for code: ${code}`);
}

export function resolveDepartment(st, p, id = p.departmentId, type = p.departmentIdType ?? "department_id") {
  const org = resolveOrg(st, p.organizationCode);
  const inOrg = departmentsOf(st, org);
  const d =
    id === "root" ? st.departments[org.departmentId]
    : type === "department_id" ? inOrg.find((x) => x.departmentId === id)
    : type === "open_department_id" ? inOrg.find((x) => x.openDepartmentId === id)
    : inOrg.find((x) => x.code === id);
  return d ?? departmentNotFound(id);
}

// code and openDepartmentId are unique within an organization (409, apiCode 2008).
function requireUniqueInOrg(st, org, p, self) {
  for (const f of ["code", "openDepartmentId"])
    if (p[f] !== undefined && departmentsOf(st, org).some((d) => d !== self && d[f] === p[f]))
      fail(409, 2008, `组织机构 ${org.organizationCode} 中已存在部门 ${f}: ${p[f]}`, `department ${f} already exists in organization ${org.organizationCode}: ${p[f]}`);
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

function memberIds(st, d, includeChildren) {
  if (!includeChildren) return st.memberships[d.departmentId]; // unique already
  return [...new Set(subtree(st, d).flatMap((x) => st.memberships[x.departmentId]))];
}

const MEMBER_SEARCH = ["name", "username", "nickname", "email", "phone"];
// Filter, sort and page the members first; only the page's users are rendered.
function listMembers(st, p) {
  const d = resolveDepartment(st, p);
  let users = [];
  for (const id of memberIds(st, d, p.includeChildrenDepartments)) if (Object.hasOwn(st.users, id)) users.push(st.users[id]);
  if (p.keywords) users = usersMatching(users, MEMBER_SEARCH, p.keywords);
  const key = { userId: "userId", createAt: "createdAt", updatedAt: "updatedAt" }[p.sortBy];
  if (key) users.sort((a, b) => { const x = String(a[key]), y = String(b[key]); return x < y ? -1 : x > y ? 1 : 0; });
  if ((p.orderBy ?? "Desc") === "Desc") users.reverse();
  const { totalCount, list } = paged(users, p);
  return { totalCount, list: list.map((u) => userView(st, u, p)) };
}

const SORT_FIELDS = ["updatedAt", "createdAt", "name"];

function filterAndSort(departments, p) {
  const list = advancedFilter(departments, p.advancedFilter);
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

// -- a user's departments ------------------------------------------------------------------------

const USER_ID_TYPES = ["user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field"];
const USER_KEYS = { external_id: "externalId", phone: "phone", email: "email", username: "username" };
const userIdType = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  if (!USER_ID_TYPES.includes(v)) badParam(n);
  return v === "user_id" || USER_KEYS[v] ? v : fail(400, 2000, `userIdType ${v} is not supported`);
};

function findUser(st, userId, type = "user_id") {
  const u = type === "user_id" ? own(st.users, userId) : allUsers(st).find((x) => x[USER_KEYS[type]] === userId);
  return u ?? userNotFound();
}

const userDepartments = (st, userId) =>
  Object.keys(st.memberships).filter((id) => st.memberships[id].includes(userId)).map((id) => st.departments[id]).filter(Boolean);

function pathOf(st, d) {
  const out = [];
  for (let x = d; x && out.length <= 1000; x = st.departments[x.parentDepartmentId]) out.unshift(x);
  return out;
}

// UserDepartmentRespDto
function userDepartmentView(st, d, userId, p) {
  const org = st.organizations[d.organizationCode];
  const out = {
    organizationCode: d.organizationCode, departmentId: d.departmentId, isRoot: org?.departmentId === d.departmentId,
    createdAt: d.createdAt, name: d.name ?? "", description: d.description ?? "", openDepartmentId: d.openDepartmentId,
    isLeader: (d.leaderUserIds ?? []).includes(userId), code: d.code ?? "",
    isMainDepartment: st.mainDepartments[userId] === d.departmentId,
    joinedAt: st.departmentJoins[d.departmentId]?.[userId] ?? d.createdAt, isVirtualNode: Boolean(d.isVirtualNode),
    i18n: d.i18n,
  };
  if (p.withCustomData) out.customData = d.customData ?? {};
  if (p.withDepartmentPaths) {
    const path = pathOf(st, d);
    Object.assign(out, {
      departmentIdPath: path.map((x) => x.departmentId), departmentCodePath: path.map((x) => x.code ?? ""),
      departmentNamePath: path.map((x) => x.name ?? ""),
    });
  }
  return out;
}

// add/remove-department-members: 1..lib.BATCH_LIMIT user ids, else "参数 userIds 格式错误".
const memberList = (v, n) => (v === undefined || v === null || v === "" ? badParam(n) : RULES.ids(batch(v, n), n));

const USER_DEPT_SORT = { DepartmentCreatedAt: "createdAt", JoinDepartmentAt: "joinedAt", DepartmentName: "name", DepartmemtCode: "code" };

// set-user-departments items: [{departmentId, isLeader?, isMainDepartment?}], at least one.
const departmentItems = (v, n) => {
  if (!Array.isArray(v) || !v.length || v.length > BATCH_LIMIT) badParam(n);
  for (const x of v) {
    if (!isPlainObject(x) || typeof x.departmentId !== "string") badParam(n);
    for (const f of ["isLeader", "isMainDepartment"]) if (x[f] !== undefined && x[f] !== null && typeof x[f] !== "boolean") badParam(n);
  }
  return v;
};

export const routes = {
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
    spec: { organizationName: "string!", organizationCode: newOrgCode, ...ORG_FIELDS, tenantId: "string" },
    handler: (p, { state: st }) => {
      if (own(st.organizations, p.organizationCode)) fail(409, 2007, `组织机构代码已存在: ${p.organizationCode}`, `organization code already exists: ${p.organizationCode}`);
      const at = nowIso(), departmentId = newId();
      const org = {
        organizationCode: p.organizationCode || departmentId, organizationName: p.organizationName, departmentId,
        description: "", leaderUserIds: [], postIdList: [], status: "Activated", createdAt: at, updatedAt: at,
        ...pick(p, ["description", "openDepartmentId", "i18n", "tenantId", "postIdList"]),
      };
      st.organizations[org.organizationCode] = org;
      st.departments[org.departmentId] = {
        departmentId: org.departmentId, organizationCode: org.organizationCode, parentDepartmentId: "",
        isVirtualNode: false, status: true, createdAt: at,
      };
      st.memberships[org.departmentId] = [];
      st.departmentJoins[org.departmentId] = dict();
      syncRoot(st, org);
      return organizationView(st, org);
    },
  },
  "/api/v3/update-organization": {
    method: "POST",
    spec: { ...ORG_CALL, organizationNewCode: "code", organizationName: "string", leaderUserIds: "strs", ...ORG_FIELDS },
    handler: (p, { state: st, renameTarget }) => {
      const org = resolveOrg(st, p.organizationCode);
      const newCode = p.organizationNewCode ?? org.organizationCode;
      if (newCode !== org.organizationCode && own(st.organizations, newCode))
        fail(409, 2007, `组织机构代码已存在: ${newCode}`, `organization code already exists: ${newCode}`);
      requireUsers(st, p.leaderUserIds);
      requireUniqueInOrg(st, org, pick(p, ["openDepartmentId"]), st.departments[org.departmentId]);
      Object.assign(org, pick(p, ["organizationName", "description", "openDepartmentId", "leaderUserIds", "i18n", "tenantId", "postIdList"]));
      org.updatedAt = nowIso();
      if (newCode !== org.organizationCode) {
        for (const d of departmentsOf(st, org)) d.organizationCode = newCode;
        const from = org.organizationCode, moved = dict();
        for (const [code, o] of Object.entries(st.organizations)) moved[o === org ? newCode : code] = o;
        st.organizations = moved;
        org.organizationCode = newCode;
        renameTarget?.("ORG", from, newCode);
      }
      syncRoot(st, org);
      return organizationView(st, org);
    },
  },
  "/api/v3/delete-organization": {
    method: "POST",
    spec: ORG_CALL,
    handler: (p, env) => {
      const st = env.state;
      const org = resolveOrg(st, p.organizationCode);
      dropDepartments(env, departmentsOf(st, org));
      delete st.organizations[org.organizationCode];
      env.forgetTarget?.("ORG", org.organizationCode);
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
      ...ORG, organizationCode: newDeptOrg, name: "string!", parentDepartmentId: "string!", departmentIdType: idType,
      openDepartmentId: "string",
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
      st.departmentJoins[d.departmentId] = dict();
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
          if (isRoot) fail(422, 2009, "根部门不能移动", "the root department cannot be moved");
          if (subtree(st, d).includes(parent))
            fail(422, 2010, `部门 ${d.departmentId} 不能移动到自身或其子部门下`, `department ${d.departmentId} cannot be moved under itself or one of its descendants`);
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
    handler: (p, env) => {
      const st = env.state;
      const d = resolveDepartment(st, p);
      if (d.departmentId === st.organizations[d.organizationCode].departmentId)
        fail(422, 2009, "根部门不能删除", "the root department cannot be deleted");
      dropDepartments(env, subtree(st, d));
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
      return parent ? departmentView(st, parent, p) : fail(404, 2001, `部门 ${p.departmentId} 没有父部门`, `department ${p.departmentId} has no parent department`);
    },
  },

  // -- a user's departments -----------------------------------------------------------------------
  "/api/v3/get-user-departments": {
    method: "GET",
    spec: {
      userId: "string!", userIdType, ...PAGE, withCustomData: "bool", withDepartmentPaths: "bool",
      sortBy: `enum:${Object.keys(USER_DEPT_SORT).join("|")}`, orderBy: "enum:Asc|Desc",
    },
    handler: (p, { state: st }) => {
      const u = findUser(st, p.userId, p.userIdType);
      const list = userDepartments(st, u.userId).map((d) => userDepartmentView(st, d, u.userId, p));
      const key = USER_DEPT_SORT[p.sortBy ?? "JoinDepartmentAt"];
      const sign = (p.orderBy ?? "Desc") === "Desc" ? -1 : 1;
      list.sort((a, b) => sign * String(a[key] ?? "").localeCompare(String(b[key] ?? "")));
      return paged(list, p);
    },
  },
  // The user's departments become exactly these (in any organization); isLeader sets leadership of each
  // listed one, isMainDepartment names the main one. Every departmentId is checked before anything changes.
  "/api/v3/set-user-departments": {
    method: "POST",
    spec: { userId: "string!", departments: departmentItems, options: "object" },
    handler: (p, { state: st }) => {
      const type = userIdType(p.options?.userIdType, "options");
      const u = findUser(st, p.userId, type);
      const items = new Map();
      for (const x of p.departments) {
        const d = own(st.departments, x.departmentId) ?? fail(404, 2001, `存在不合法的 departmentId: ${x.departmentId}`, `invalid departmentId: ${x.departmentId}`);
        items.set(d.departmentId, { d, ...x });
      }
      const id = u.userId, at = nowIso();
      for (const d of userDepartments(st, id)) if (!items.has(d.departmentId)) removeMembers(st, d.departmentId, [id]);
      for (const { d, isLeader, isMainDepartment } of items.values()) {
        if (!st.memberships[d.departmentId].includes(id)) addMember(st, d.departmentId, id, at);
        const leaders = (d.leaderUserIds ?? []).filter((x) => x !== id);
        d.leaderUserIds = isLeader ? [...leaders, id] : leaders;
        const org = st.organizations[d.organizationCode];
        if (org?.departmentId === d.departmentId) syncRoot(st, org, true);
        if (isMainDepartment) st.mainDepartments[id] = d.departmentId;
      }
      return SUCCESS;
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
    spec: { ...DEPT, userIds: memberList },
    handler: (p, { state: st }) => {
      const { departmentId } = resolveDepartment(st, p);
      requireUsers(st, p.userIds);
      const have = new Set(st.memberships[departmentId]), at = nowIso();
      for (const id of p.userIds) if (!have.has(id)) have.add(id), addMember(st, departmentId, id, at);
      return SUCCESS;
    },
  },
  "/api/v3/remove-department-members": {
    method: "POST",
    spec: { ...DEPT, userIds: memberList },
    handler: (p, { state: st }) => {
      removeMembers(st, resolveDepartment(st, p).departmentId, p.userIds);
      return SUCCESS;
    },
  },
};


// Deleted users leave every department, main department and leadership: one pass over each structure.
export function forgetUsers(st, ids) {
  for (const [deptId, members] of Object.entries(st.memberships)) {
    if (!members.some((id) => ids.has(id))) continue;
    st.memberships[deptId] = members.filter((id) => !ids.has(id));
    st.counters.membershipsRemoved += members.length - st.memberships[deptId].length;
    const joins = st.departmentJoins[deptId];
    if (joins) for (const id of members) if (ids.has(id)) delete joins[id];
  }
  for (const id of ids) delete st.mainDepartments[id];
  const without = (list) => (Array.isArray(list) && list.some((x) => ids.has(x)) ? list.filter((x) => !ids.has(x)) : list);
  for (const d of Object.values(st.departments)) d.leaderUserIds = without(d.leaderUserIds);
  for (const o of Object.values(st.organizations)) o.leaderUserIds = without(o.leaderUserIds);
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));
