// Groups (user groups) and their members, stateful; also the helpers the roles area shares (user
// look-up by userIdType, namespace check, authorized resources).
//
// State (this module's keys):
//   state.groups {code: group}   group = {id, code, name, description, type, metadataSource, customData,
//                                createdAt, updatedAt, seq, userIds: [userId, ...] (join order)}
//   state.groupSeq               creation counter (lists are newest first)
// (state.groups has no prototype, so any code is an own key.)
// Seed: seed.groups [{code, name, description?, type?, customData?, userIds?}]; a duplicate code or a userId naming no
// seed user is refused (an Error naming it).
//
//   GET  get-group               code! (<= 64), withCustomData -> Group; unknown code: 404, apiCode 2020, "分组不存在"
//   GET  list-groups             keywords (code or name contains it, case-insensitive), page (1), limit (10, <= 50),
//                                withMetadata, withCustomData, flatCustomData -> {totalCount, list}, newest first
//   GET  get-all-groups          fetchMembers (members: User[]), withCustomData -> Group[], newest first
//   POST create-group            {code!, name!, description, type ("static"), customData} -> Group (with customData)
//                                code: <= 64 characters of [A-Za-z0-9_-], else 400 "参数 code 格式错误";
//                                taken: 409, apiCode 2021, "分组标识符已存在"
//   POST create-or-update-group  {code!, name!, description, type} -> {created, data: Group}
//   POST create-groups-batch     {list!: [{code!, name!, description, type, customData}] (1..1000)} -> Group[];
//                                any malformed item: 400 "参数 list 格式错误"; a code taken (or twice in the list):
//                                409, apiCode 2021; nothing is created then
//   POST update-group            {code!, newCode (renames; "" = absent), name, description ("" clears it), customData (merged)} -> Group;
//                                2020 unknown code, 2021 newCode taken; grants, policy targets and custom data follow
//                                the new code (env.renameTarget "GROUP")
//   POST delete-groups-batch     {codeList! (1..1000 codes)} -> {success}; unknown codes are ignored; each group's
//                                grants, policy targets and custom data go with it (env.forgetTarget "GROUP"), so a
//                                group made again with the code starts with none
//   POST add-group-members       {code!, userIds! (1..1000)} -> {success}; existing members skipped; an unknown
//                                user: 404, apiCode 2004, "用户不存在", nothing changed
//   POST remove-group-members    {code!, userIds! (1..1000)} -> {success}; non-members ignored, unknown users 2004
//   GET  list-group-members      code!, page, limit (<= 50), withCustomData, withIdentities, withDepartmentIds,
//                                flatCustomData -> {totalCount, list: User[]} in join order
//   GET  get-group-authorized-resources  code!, namespace ("default"), resourceType -> AuthorizedResource[]:
//                                the grants to GROUP <code> in the namespace (the resources area's authorize-resources); unknown namespace: 404, apiCode 2040, "权限组不存在"
//   GET  get-user-groups         userId!, userIdType (user_id, external_id, phone, email, username, identity) ->
//                                {totalCount, list: Group[]} (the user's groups, newest first); unknown user 2004;
//                                sync_relation and custom_field: 400 "userIdType X is not supported"
//   Deleted users leave every group (forgetUsers, one pass over the groups).
//
// Decisions where the suite is silent: group codes follow the role code rule ([A-Za-z0-9_-], <= 64) and a bad one is
// "参数 code 格式错误" (the only wording observed for groups); description defaults to "", type to "static";
// lookups of a code longer than 64 characters are "参数 code 格式错误" too.
// Namespaces: state.namespaces {code: ns} belongs to the namespaces area; without it only "default" exists.
// Authorized resources: the grants the resources area keeps (resources.mjs authorizedResources).
import { badParam, BATCH_LIMIT, contains, fail, isPlainObject, newId, nowIso, PAGE, paged, success } from "../lib.mjs";
import { allUsers, userView } from "./users.mjs";
import { authorizedResources } from "./grants.mjs";

// ---------------------------------------------------------------------------------------------
// Shared with the roles area

export const CODE_PATTERN = /^[\w-]+$/;

export { notFound as userNotFound } from "./users.mjs";
import { notFound as userNotFound } from "./users.mjs";
export const namespaceNotFound = () => fail(404, 2040, "权限组不存在", "Permission namespace does not exist");

/** The namespace code a call names ("default" when absent); unknown: 404 "权限组不存在". */
export function requireNamespace(st, code = "default") {
  // Roles live in permission namespaces: the namespaces area's and the data-permission module's
  // (state.permissionNamespaces, data.mjs) alike.
  const known = (isPlainObject(st.namespaces) ? Object.hasOwn(st.namespaces, code) : code === "default") ||
    (st.permissionNamespaces !== null && typeof st.permissionNamespaces === "object" && typeof code === "string" && Object.hasOwn(st.permissionNamespaces, code));
  if (!known) namespaceNotFound();
  return code;
}

export const namespaceName = (st, code) =>
  (isPlainObject(st.namespaces) && st.namespaces[code]?.name) || (code === "default" ? "默认权限分组" : code);

export const USER_ID_TYPES = ["user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field"];
const USER_FIELDS = { external_id: "externalId", phone: "phone", email: "email", username: "username" };

export const userIdType = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  if (!USER_ID_TYPES.includes(v)) badParam(n);
  if (v === "sync_relation" || v === "custom_field") fail(400, 2000, `userIdType ${v} is not supported`);
  return v;
};

/** The user a call names by userIdType; unknown: 404 "用户不存在". */
export function findUser(st, id, type = "user_id") {
  let u;
  if (type === "user_id") u = Object.hasOwn(st.users, id) ? st.users[id] : undefined;
  else if (USER_FIELDS[type]) u = allUsers(st).find((x) => x[USER_FIELDS[type]] === id);
  else if (type === "identity")
    u = allUsers(st).find((x) => Array.isArray(x.identities) && x.identities.some((i) => `${i?.extIdpId}:${i?.userIdInIdp}` === id));
  return u ?? userNotFound();
}

/** Users by id, every one known (else 404 "用户不存在", before anything changes). */
export function requireUserIds(st, ids) {
  for (const id of ids) if (!Object.hasOwn(st.users, id)) userNotFound();
  return ids;
}

/** A user as a member list shows it (userView plus flatCustomData). */
export function memberView(st, u, p) {
  const out = userView(st, u, p);
  if (p.withCustomData && p.flatCustomData && isPlainObject(out.customData))
    for (const [k, v] of Object.entries(out.customData)) if (!(k in out)) out[k] = v;
  return out;
}

// A string that may be "" (clears a text field on update); absent = undefined or null.
export const text = (v, n) => (v === undefined || v === null ? undefined : typeof v === "string" ? v : badParam(n));

export const listOf = (max = BATCH_LIMIT) => (v, n) => (Array.isArray(v) && v.length >= 1 && v.length <= max ? v : badParam(n));
export const idList = (v, n) =>
  Array.isArray(v) && v.length >= 1 && v.length <= BATCH_LIMIT && v.every((x) => typeof x === "string" && x) ? v : badParam(n);

// ---------------------------------------------------------------------------------------------
// Groups

const groupCode = (v, n) => (typeof v === "string" && v.length <= 64 && CODE_PATTERN.test(v) ? v : badParam(n));
const codeRule = (v, n) => (v === undefined || v === null || v === "" ? badParam(n) : groupCode(v, n));
const optionalCode = (v, n) => (v === undefined || v === null || v === "" ? undefined : groupCode(v, n));
const LOOKUP = { code: "string:64!" };

const groupNotFound = () => fail(404, 2020, "分组不存在", "Group does not exist");
const groupExists = (code) => fail(409, 2021, "分组标识符已存在", `Group code already exists: ${code}`);

function newGroup(st, p, at = nowIso()) {
  return {
    id: p.id ?? newId(), code: p.code, name: p.name, description: p.description ?? "", type: p.type ?? "static",
    metadataSource: [], customData: isPlainObject(p.customData) ? { ...p.customData } : {},
    createdAt: p.createdAt ?? at, updatedAt: p.updatedAt ?? at, seq: ++st.groupSeq, userIds: [],
  };
}

export function init(st, s) {
  st.groups = Object.create(null);
  st.groupSeq = 0;
  for (const g of s.groups ?? []) {
    if (!g.code || !g.name) throw new Error("seed: group needs code and name");
    if (Object.hasOwn(st.groups, g.code)) throw new Error(`seed: duplicate group code ${g.code}`);
    for (const id of g.userIds ?? []) if (!Object.hasOwn(st.users, id)) throw new Error(`seed: group ${g.code} names unknown user ${id}`);
    const group = newGroup(st, g);
    group.userIds = [...new Set(g.userIds ?? [])];
    st.groups[g.code] = group;
  }
}

const requireGroup = (st, code) => (Object.hasOwn(st.groups, code) ? st.groups[code] : groupNotFound());
const newestFirst = (a, b) => b.seq - a.seq;

export function groupView(st, g, p = {}) {
  const out = { id: g.id, code: g.code, name: g.name, description: g.description, type: g.type, metadataSource: [...g.metadataSource] };
  if (p.withCustomData) {
    out.customData = { ...g.customData };
    if (p.flatCustomData) for (const [k, v] of Object.entries(g.customData)) if (!(k in out)) out[k] = v;
  }
  if (p.fetchMembers) out.members = g.userIds.filter((id) => st.users[id]).map((id) => userView(st, st.users[id]));
  return out;
}

const GROUP_FIELDS = { description: "string", type: "string", customData: "object" };

// One item of create-groups-batch, checked like create-group but reported as "参数 list 格式错误".
function batchItem(item) {
  const ok = isPlainObject(item) && typeof item.code === "string" && item.code.length <= 64 && CODE_PATTERN.test(item.code) &&
    typeof item.name === "string" && item.name !== "" &&
    (item.description === undefined || item.description === null || typeof item.description === "string") &&
    (item.type === undefined || item.type === null || typeof item.type === "string") &&
    (item.customData === undefined || item.customData === null || isPlainObject(item.customData));
  return ok ? item : badParam("list");
}

export const routes = {
  "/api/v3/get-group": {
    method: "GET",
    spec: { ...LOOKUP, withCustomData: "bool" },
    handler: (p, { state: st }) => groupView(st, requireGroup(st, p.code), p),
  },
  "/api/v3/list-groups": {
    method: "GET",
    spec: { keywords: "string", ...PAGE, withMetadata: "bool", withCustomData: "bool", flatCustomData: "bool" },
    handler: (p, { state: st }) => {
      let list = Object.values(st.groups);
      if (p.keywords) list = list.filter((g) => contains([g.code, g.name], p.keywords));
      const { totalCount, list: page } = paged(list.sort(newestFirst), p);
      return { totalCount, list: page.map((g) => groupView(st, g, p)) };
    },
  },
  "/api/v3/get-all-groups": {
    method: "GET",
    spec: { fetchMembers: "bool", withCustomData: "bool" },
    handler: (p, { state: st }) => Object.values(st.groups).sort(newestFirst).map((g) => groupView(st, g, p)),
  },
  "/api/v3/create-group": {
    method: "POST",
    spec: { code: codeRule, name: "string!", ...GROUP_FIELDS },
    handler: (p, { state: st }) => {
      if (Object.hasOwn(st.groups, p.code)) groupExists(p.code);
      const g = (st.groups[p.code] = newGroup(st, p));
      return groupView(st, g, { withCustomData: true });
    },
  },
  "/api/v3/create-or-update-group": {
    method: "POST",
    spec: { code: codeRule, name: "string!", description: "string", type: "string" },
    handler: (p, { state: st }) => {
      const g = Object.hasOwn(st.groups, p.code) ? st.groups[p.code] : null;
      if (!g) return { created: true, data: groupView(st, (st.groups[p.code] = newGroup(st, p))) };
      for (const k of ["name", "description", "type"]) if (p[k] !== undefined) g[k] = p[k];
      g.updatedAt = nowIso();
      return { created: false, data: groupView(st, g) };
    },
  },
  "/api/v3/create-groups-batch": {
    method: "POST",
    spec: { list: listOf() },
    handler: (p, { state: st }) => {
      const items = p.list.map(batchItem);
      const seen = new Set();
      for (const { code } of items) {
        if (seen.has(code) || Object.hasOwn(st.groups, code)) groupExists(code);
        seen.add(code);
      }
      const at = nowIso();
      return items.map((item) => {
        const g = newGroup(st, { code: item.code, name: item.name, description: item.description ?? undefined, type: item.type ?? undefined, customData: item.customData }, at);
        return groupView(st, (st.groups[g.code] = g), { withCustomData: true });
      });
    },
  },
  "/api/v3/update-group": {
    method: "POST",
    spec: { ...LOOKUP, newCode: optionalCode, name: "string", ...GROUP_FIELDS, description: text },
    handler: (p, { state: st, renameTarget }) => {
      const g = requireGroup(st, p.code);
      if (p.newCode !== undefined && p.newCode !== g.code && Object.hasOwn(st.groups, p.newCode)) groupExists(p.newCode);
      for (const k of ["name", "description", "type"]) if (p[k] !== undefined) g[k] = p[k];
      if (p.customData) g.customData = { ...g.customData, ...p.customData };
      if (p.newCode !== undefined && p.newCode !== g.code) {
        delete st.groups[g.code];
        const from = g.code;
        g.code = p.newCode;
        st.groups[g.code] = g;
        renameTarget?.("GROUP", from, g.code);
      }
      g.updatedAt = nowIso();
      return groupView(st, g, { withCustomData: true });
    },
  },
  "/api/v3/delete-groups-batch": {
    method: "POST",
    spec: { codeList: idList },
    handler: (p, { state: st, forgetTarget }) => {
      // Its grants and policy targets go first (they may name the group by id), then the group.
      for (const code of new Set(p.codeList)) if (Object.hasOwn(st.groups, code)) forgetTarget?.("GROUP", code), delete st.groups[code];
      return success();
    },
  },
  "/api/v3/add-group-members": {
    method: "POST",
    spec: { ...LOOKUP, userIds: idList },
    handler: (p, { state: st }) => {
      const g = requireGroup(st, p.code);
      requireUserIds(st, p.userIds);
      const have = new Set(g.userIds);
      for (const id of p.userIds) if (!have.has(id)) have.add(id), g.userIds.push(id);
      return success();
    },
  },
  "/api/v3/remove-group-members": {
    method: "POST",
    spec: { ...LOOKUP, userIds: idList },
    handler: (p, { state: st }) => {
      const g = requireGroup(st, p.code);
      requireUserIds(st, p.userIds);
      const gone = new Set(p.userIds);
      g.userIds = g.userIds.filter((id) => !gone.has(id));
      return success();
    },
  },
  "/api/v3/list-group-members": {
    method: "GET",
    spec: { ...LOOKUP, ...PAGE, withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool", flatCustomData: "bool" },
    handler: (p, { state: st }) => {
      const g = requireGroup(st, p.code);
      const { totalCount, list } = paged(g.userIds.filter((id) => st.users[id]), p);
      return { totalCount, list: list.map((id) => memberView(st, st.users[id], p)) };
    },
  },
  "/api/v3/get-group-authorized-resources": {
    method: "GET",
    spec: { ...LOOKUP, namespace: "string", resourceType: "enum:DATA|API|MENU|BUTTON|UI" },
    handler: (p, { state: st }) => {
      const namespace = requireNamespace(st, p.namespace);
      const g = requireGroup(st, p.code);
      return authorizedResources(st, "GROUP", g.code, namespace, p.resourceType);
    },
  },
  "/api/v3/get-user-groups": {
    method: "GET",
    spec: { userId: "string!", userIdType },
    handler: (p, { state: st }) => {
      const u = findUser(st, p.userId, p.userIdType);
      const list = Object.values(st.groups).filter((g) => g.userIds.includes(u.userId)).sort(newestFirst);
      return { totalCount: list.length, list: list.map((g) => groupView(st, g)) };
    },
  },
};

// Deleted users leave every group (one pass over the groups).
export function forgetUsers(st, ids) {
  for (const g of Object.values(st.groups)) if (g.userIds.some((x) => ids.has(x))) g.userIds = g.userIds.filter((x) => !ids.has(x));
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));
