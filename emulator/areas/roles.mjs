// Roles, within permission namespaces, and their assignments to users and departments, stateful.
//
// State (this module's keys):
//   state.roles {namespaceCode: {roleCode: role}}  role = {id, code, name, description, namespace, status (ENABLE|DISABLE),
//                                disableTime (ms or null), enablePermissionApply, createdAt, updatedAt, seq,
//                                userIds: [userId, ...], departmentIds: [departmentId, ...] (assignment order)}
//                                (no prototypes: any code is an own key). Assignments live in the role, so
//                                dropping state.roles[ns] (forgetNamespace) drops a namespace's roles and assignments.
//   state.roleSeq                creation counter (lists are newest first)
// Seed: seed.roles [{code, namespace = "default", name?, description?, userIds?, departmentIds?}]; refused (an Error
// naming it) for a namespace that is not "default" or one of seed.namespaces, a code twice in a namespace, or a
// userId / departmentId naming nothing of the seed.
// namespace is "default" when absent; one that state.namespaces (the namespaces area) does not hold is
// 404, apiCode 2040, "权限组不存在" (checked before the role). Without state.namespaces only "default" exists.
//
//   POST create-role             {code!, name (= code), namespace, description (""), disableTime (ms)} -> Role
//                                code: "" or longer than 64: 400 "参数 code 格式错误"; not [A-Za-z0-9_-]+: 400
//                                "invalid role code: <code>" (both languages); taken in the namespace: 409, apiCode 2031
//   POST create-roles-batch      {list!: [{code!, name, namespace, description}] (1..1000)} -> {success}; an empty code:
//                                400 "role code must not empty"; a bad code "invalid role code: X"; any other malformed
//                                item "参数 list 格式错误"; a taken code (or twice in the list) 409; nothing created then
//   GET  get-role                code! (<= 64), namespace -> Role; unknown: 404, apiCode 2030, "角色不存在"
//   GET  list-roles              namespace, keywords (code or name contains it), page, limit (<= 50) -> {totalCount, list}
//   POST update-role             {code!, newCode ("" = absent; rules of create-role, named newCode), name, namespace,
//                                description ("" clears it), status ENABLE|DISABLE, disableTime, enablePermissionApply} -> {success};
//                                newCode taken: 409, apiCode 2031; grants, policy targets and custom data follow the
//                                new code (env.renameTarget "ROLE" with the namespace)
//   POST delete-roles-batch      {codeList! (1..1000), namespace} -> {success}; any unknown code: 404 "角色不存在",
//                                nothing deleted; assignments go with the role, and its grants, policy targets and
//                                custom data (env.forgetTarget "ROLE" with the namespace): made again, it has none
//   POST multiple-namespace-delete-roles-batch  {roleList!: [{code, namespace}]} -> {success}; same rules
//   POST assign-role, revoke-role  {code!, namespace, targets!: [{targetType USER|DEPARTMENT, targetIdentifier}] (1..1000),
//                                endTime, enableTime (assign; accepted, not enforced)} -> {success}; an unknown user: 404,
//                                apiCode 2004, "用户不存在"; unknown department: 404, apiCode 2001, "部门不存在";
//                                a malformed target (other types included): 400 "参数 targets 格式错误". Assigning twice
//                                and revoking what is not assigned change nothing.
//   POST assign-role-batch, revoke-role-batch  {targets!, roles!: [{code, namespace}]} -> {success}; every role must exist;
//                                at most lib.BATCH_LIMIT (1 000) assignments a request: targets × roles above it is
//                                400 "参数 targets 格式错误", nothing changed
//   GET  list-role-members       code!, namespace, page, limit, withCustomData, withIdentities, withDepartmentIds ->
//                                {totalCount, list: User[]}: the users assigned directly, in assignment order
//   GET  list-role-departments   code!, namespace, page, limit -> {totalCount, list: [{id, code, name, description}]}
//                                (departments of state.departments, the organizations area's; deleted ones left out)
//   GET  get-role-authorized-resources  code!, namespace, resourceType -> {totalCount, list: [{resourceCode, resourceType,
//                                actions, apiIdentifier}]}: grants to ROLE <code> (the resources area's)
//   GET  get-user-roles          userId!, userIdType, namespace -> {totalCount, list: Role[]}: roles of the namespace
//                                assigned to the user directly; unknown user 2004
//   POST has-any-role            {userId!, roles! (1..1000 {code, namespace}), options: {userIdType}} -> {hasAnyRole}:
//                                whether the user is assigned one of them directly (unknown roles count as not held)
//   Deleted users leave every role (forgetUsers: one pass, a Set look-up per assignment); a deleted department leaves
//   every role's departmentIds (forgetTarget "DEPARTMENT").
//
// Decisions where the suite is silent: role codes are [A-Za-z0-9_-] (the documented rule) of at most 64 characters;
// look-ups only check the length (" " is "角色不存在", as observed for list-role-departments); roles assigned through
// a department are not counted by get-user-roles / has-any-role; a code longer than 64 in a batch item is
// "参数 list 格式错误".
import { absent, badParam, BATCH_LIMIT, contains, fail, isPlainObject, newId, nowIso, PAGE, paged, success } from "../lib.mjs";
import {
  CODE_PATTERN, findUser, idList, listOf, memberView, namespaceName, requireNamespace, text, userIdType, userNotFound,
} from "./groups.mjs";
import { authorizedResources } from "./grants.mjs";

const roleNotFound = () => fail(404, 2030, "角色不存在", "Role does not exist");
const roleExists = (code) => fail(409, 2031, `角色 ${code} 已存在`, `Role code already exists: ${code}`);
const departmentNotFound = () => fail(404, 2001, "部门不存在", "Department does not exist");
const invalidCode = (v) => fail(400, 2000, `invalid role code: ${v}`);

const validCode = (v, n) => {
  if (typeof v !== "string" || v.length > 64) badParam(n);
  return CODE_PATTERN.test(v) ? v : invalidCode(v);
};
const roleCode = (v, n) => (absent(v) ? badParam(n) : validCode(v, n));
const newRoleCode = (v, n) => (absent(v) ? undefined : validCode(v, n));
const disableTime = (v, n) => {
  if (absent(v)) return undefined;
  const t = typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN;
  return Number.isSafeInteger(t) && t >= 0 ? t : badParam(n);
};
const LOOKUP = { code: "string:64!", namespace: "string" };

const TARGET_TYPES = ["USER", "DEPARTMENT"];
const targetsRule = (v, n) =>
  listOf()(v, n).every((t) => isPlainObject(t) && TARGET_TYPES.includes(t.targetType) && typeof t.targetIdentifier === "string" && t.targetIdentifier)
    ? v : badParam(n);
const roleRefs = (v, n) =>
  listOf()(v, n).every((r) => isPlainObject(r) && typeof r.code === "string" && r.code && (absent(r.namespace) || typeof r.namespace === "string"))
    ? v : badParam(n);

// ---------------------------------------------------------------------------------------------

function newRole(st, p, at = nowIso()) {
  return {
    id: newId(), code: p.code, name: p.name ?? p.code, description: p.description ?? "", namespace: p.namespace ?? "default",
    status: "ENABLE", disableTime: p.disableTime ?? null, enablePermissionApply: false,
    createdAt: at, updatedAt: at, seq: ++st.roleSeq, userIds: [], departmentIds: [],
  };
}

const bucket = (st, ns) => (st.roles[ns] ??= Object.create(null));

export function init(st, s) {
  st.roles = Object.create(null);
  st.roleSeq = 0;
  // A seed role lives in "default" or a namespace of the seed (namespaces, permissionNamespaces).
  const known = new Set(["default", ...[...(s.namespaces ?? []), ...(s.permissionNamespaces ?? [])].map((n) => n?.code)]);
  for (const r of s.roles ?? []) {
    if (!r.code) throw new Error("seed: role needs code");
    const ns = r.namespace ?? "default";
    if (!known.has(ns)) throw new Error(`seed: role ${r.code} is in unknown namespace ${ns}`);
    if (roleIn(st, ns, r.code)) throw new Error(`seed: duplicate role code ${r.code} in namespace ${ns}`);
    for (const id of r.userIds ?? []) if (!Object.hasOwn(st.users, id)) throw new Error(`seed: role ${r.code} names unknown user ${id}`);
    for (const id of r.departmentIds ?? [])
      if (!Object.hasOwn(st.departments ?? {}, id)) throw new Error(`seed: role ${r.code} names unknown department ${id}`);
    const role = newRole(st, r);
    role.userIds = [...new Set(r.userIds ?? [])];
    role.departmentIds = [...new Set(r.departmentIds ?? [])];
    bucket(st, role.namespace)[role.code] = role;
  }
}

/** The roles of a namespace, newest first (for the namespaces area too). */
export const rolesIn = (st, ns) => Object.values(st.roles[ns] ?? {}).sort((a, b) => b.seq - a.seq);

/** Drops a namespace's roles and their assignments (for the namespaces area, when a namespace is deleted). */
export function forgetNamespace(st, ns) {
  delete st.roles[ns];
}

/** Moves a namespace's roles to its new code (for the namespaces area, when a namespace is renamed). */
export function renameNamespace(st, from, to) {
  if (!st.roles[from] || from === to) return;
  const moved = bucket(st, to);
  for (const [code, r] of Object.entries(st.roles[from])) (r.namespace = to), (moved[code] = r);
  delete st.roles[from];
}

export function roleView(st, r) {
  const out = {
    id: r.id, code: r.code, name: r.name, description: r.description, namespace: r.namespace,
    namespaceName: namespaceName(st, r.namespace), status: r.status, enablePermissionApply: r.enablePermissionApply,
  };
  if (r.disableTime !== null) out.disableTime = r.disableTime;
  return out;
}

const roleIn = (st, ns, code) => (st.roles[ns] && Object.hasOwn(st.roles[ns], code) ? st.roles[ns][code] : undefined);

/** The role a call names: its namespace first (404 "权限组不存在"), then the role (404 "角色不存在"). */
function requireRole(st, code, namespace) {
  const ns = requireNamespace(st, namespace ?? "default");
  return roleIn(st, ns, code) ?? roleNotFound();
}

// Targets of assign/revoke, every one checked before anything changes.
function resolveTargets(st, targets) {
  const users = [], departments = [];
  for (const t of targets) {
    if (t.targetType === "USER") {
      if (!Object.hasOwn(st.users, t.targetIdentifier)) userNotFound();
      users.push(t.targetIdentifier);
    } else {
      if (!isPlainObject(st.departments) || !Object.hasOwn(st.departments, t.targetIdentifier)) departmentNotFound();
      departments.push(t.targetIdentifier);
    }
  }
  return { users, departments };
}

const addAll = (list, ids) => {
  const have = new Set(list);
  for (const id of ids) if (!have.has(id)) have.add(id), list.push(id);
};
const removeAll = (list, ids) => {
  const gone = new Set(ids);
  return list.filter((id) => !gone.has(id));
};

function assign(roles, { users, departments }) {
  for (const r of roles) addAll(r.userIds, users), addAll(r.departmentIds, departments);
  return success();
}
function revoke(roles, { users, departments }) {
  for (const r of roles) (r.userIds = removeAll(r.userIds, users)), (r.departmentIds = removeAll(r.departmentIds, departments));
  return success();
}

// assign-role-batch / revoke-role-batch: at most lib.BATCH_LIMIT assignments (targets × roles) a request.
const withinLimit = (p) => {
  if (p.targets.length * p.roles.length > BATCH_LIMIT) badParam("targets");
};

// One item of create-roles-batch.
function batchItem(item) {
  if (!isPlainObject(item)) badParam("list");
  if (absent(item.code)) fail(400, 2000, "role code must not empty");
  if (typeof item.code !== "string" || item.code.length > 64) badParam("list");
  if (!CODE_PATTERN.test(item.code)) invalidCode(item.code);
  for (const f of ["name", "description", "namespace"]) if (!absent(item[f]) && typeof item[f] !== "string") badParam("list");
  return { code: item.code, name: item.name || undefined, description: item.description ?? undefined, namespace: item.namespace || "default" };
}

// Every role checked first; each one's grants, policy targets and custom data go (env.forgetTarget), then the role.
function deleteRoles(env, refs) {
  const st = env.state;
  const roles = [...new Set(refs.map((r) => requireRole(st, r.code, r.namespace || undefined)))];
  for (const r of roles) env.forgetTarget?.("ROLE", r.code, r.namespace), delete st.roles[r.namespace][r.code];
  return success();
}

export const routes = {
  "/api/v3/create-role": {
    method: "POST",
    spec: { code: roleCode, name: "string", namespace: "string", description: "string", disableTime },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace);
      if (roleIn(st, ns, p.code)) roleExists(p.code);
      const r = newRole(st, { ...p, namespace: ns });
      bucket(st, ns)[r.code] = r;
      return roleView(st, r);
    },
  },
  "/api/v3/create-roles-batch": {
    method: "POST",
    spec: { list: listOf() },
    handler: (p, { state: st }) => {
      const items = p.list.map(batchItem);
      const seen = new Set();
      for (const item of items) {
        requireNamespace(st, item.namespace);
        const key = `${item.namespace}\n${item.code}`;
        if (seen.has(key) || roleIn(st, item.namespace, item.code)) roleExists(item.code);
        seen.add(key);
      }
      const at = nowIso();
      for (const item of items) bucket(st, item.namespace)[item.code] = newRole(st, item, at);
      return success();
    },
  },
  "/api/v3/get-role": {
    method: "GET",
    spec: LOOKUP,
    handler: (p, { state: st }) => roleView(st, requireRole(st, p.code, p.namespace)),
  },
  "/api/v3/list-roles": {
    method: "GET",
    spec: { ...PAGE, keywords: "string", namespace: "string" },
    handler: (p, { state: st }) => {
      let list = rolesIn(st, requireNamespace(st, p.namespace));
      if (p.keywords) list = list.filter((r) => contains([r.code, r.name], p.keywords));
      const { totalCount, list: page } = paged(list, p);
      return { totalCount, list: page.map((r) => roleView(st, r)) };
    },
  },
  "/api/v3/update-role": {
    method: "POST",
    spec: {
      ...LOOKUP, newCode: newRoleCode, name: "string", description: text, status: "enum:ENABLE|DISABLE", disableTime,
      enablePermissionApply: "bool",
    },
    handler: (p, { state: st, renameTarget }) => {
      const r = requireRole(st, p.code, p.namespace);
      const renamed = p.newCode !== undefined && p.newCode !== r.code;
      if (renamed && roleIn(st, r.namespace, p.newCode)) roleExists(p.newCode);
      for (const k of ["name", "description", "status", "disableTime", "enablePermissionApply"]) if (p[k] !== undefined) r[k] = p[k];
      if (renamed) {
        delete st.roles[r.namespace][r.code];
        const from = r.code;
        r.code = p.newCode;
        st.roles[r.namespace][r.code] = r;
        renameTarget?.("ROLE", from, r.code, r.namespace);
      }
      r.updatedAt = nowIso();
      return success();
    },
  },
  "/api/v3/delete-roles-batch": {
    method: "POST",
    spec: { codeList: idList, namespace: "string" },
    handler: (p, env) => {
      const ns = requireNamespace(env.state, p.namespace);
      return deleteRoles(env, p.codeList.map((code) => ({ code, namespace: ns })));
    },
  },
  "/api/v3/multiple-namespace-delete-roles-batch": {
    method: "POST",
    spec: { roleList: roleRefs },
    handler: (p, env) => deleteRoles(env, p.roleList),
  },
  "/api/v3/assign-role": {
    method: "POST",
    spec: { targets: targetsRule, ...LOOKUP, endTime: "number", enableTime: "number" },
    handler: (p, { state: st }) => {
      const r = requireRole(st, p.code, p.namespace);
      return assign([r], resolveTargets(st, p.targets));
    },
  },
  "/api/v3/revoke-role": {
    method: "POST",
    spec: { targets: targetsRule, ...LOOKUP },
    handler: (p, { state: st }) => {
      const r = requireRole(st, p.code, p.namespace);
      return revoke([r], resolveTargets(st, p.targets));
    },
  },
  "/api/v3/assign-role-batch": {
    method: "POST",
    spec: { targets: targetsRule, roles: roleRefs },
    handler: (p, { state: st }) => {
      withinLimit(p);
      const roles = p.roles.map((x) => requireRole(st, x.code, x.namespace || undefined));
      return assign(roles, resolveTargets(st, p.targets));
    },
  },
  "/api/v3/revoke-role-batch": {
    method: "POST",
    spec: { targets: targetsRule, roles: roleRefs },
    handler: (p, { state: st }) => {
      withinLimit(p);
      const roles = p.roles.map((x) => requireRole(st, x.code, x.namespace || undefined));
      return revoke(roles, resolveTargets(st, p.targets));
    },
  },
  "/api/v3/list-role-members": {
    method: "GET",
    spec: { ...LOOKUP, ...PAGE, withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool" },
    handler: (p, { state: st }) => {
      const r = requireRole(st, p.code, p.namespace);
      const { totalCount, list } = paged(r.userIds.filter((id) => Object.hasOwn(st.users, id)), p);
      return { totalCount, list: list.map((id) => memberView(st, st.users[id], p)) };
    },
  },
  "/api/v3/list-role-departments": {
    method: "GET",
    spec: { ...LOOKUP, ...PAGE },
    handler: (p, { state: st }) => {
      const r = requireRole(st, p.code, p.namespace);
      const depts = isPlainObject(st.departments) ? st.departments : {};
      const { totalCount, list } = paged(r.departmentIds.filter((id) => Object.hasOwn(depts, id)), p);
      return {
        totalCount,
        list: list.map((id) => {
          const d = depts[id];
          return { id, code: d.code ?? "", name: d.name ?? "", description: d.description ?? "" };
        }),
      };
    },
  },
  "/api/v3/get-role-authorized-resources": {
    method: "GET",
    spec: { ...LOOKUP, resourceType: "enum:DATA|API|MENU|BUTTON|UI" },
    handler: (p, { state: st }) => {
      const r = requireRole(st, p.code, p.namespace);
      const list = authorizedResources(st, "ROLE", r.code, r.namespace, p.resourceType).map((x) => ({
        resourceCode: x.resourceCode, resourceType: x.resourceType, actions: x.actions ?? [], apiIdentifier: x.apiIdentifier ?? "",
      }));
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/get-user-roles": {
    method: "GET",
    spec: { userId: "string!", userIdType, namespace: "string" },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace);
      const u = findUser(st, p.userId, p.userIdType);
      const list = rolesIn(st, ns).filter((r) => r.userIds.includes(u.userId));
      return { totalCount: list.length, list: list.map((r) => roleView(st, r)) };
    },
  },
  "/api/v3/has-any-role": {
    method: "POST",
    spec: {
      userId: "string!", roles: roleRefs,
      options: (v, n) => (absent(v) ? undefined : isPlainObject(v) ? { userIdType: userIdType(v.userIdType, n) } : badParam(n)),
    },
    handler: (p, { state: st }) => {
      const u = findUser(st, p.userId, p.options?.userIdType);
      const hasAnyRole = p.roles.some((x) => roleIn(st, x.namespace || "default", x.code)?.userIds.includes(u.userId) ?? false);
      return { hasAnyRole };
    },
  },
};

// Deleted users leave every role: one pass over the roles, a Set lookup per assignment.
export function forgetUsers(st, ids) {
  for (const ns of Object.values(st.roles))
    for (const r of Object.values(ns)) if (r.userIds.some((x) => ids.has(x))) r.userIds = r.userIds.filter((x) => !ids.has(x));
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));

// A deleted department leaves every role it was assigned to.
export function forgetTarget(st, type, id) {
  if (type !== "DEPARTMENT") return;
  for (const ns of Object.values(st.roles))
    for (const r of Object.values(ns)) if (r.departmentIds.includes(id)) r.departmentIds = r.departmentIds.filter((x) => x !== id);
}
