// Resources (the non-data kind: DATA, API, MENU, BUTTON, UI) and their authorization to users, roles,
// groups and departments, per namespace; stateful.
//
// state.resources      {namespace: {code: {id, code, name, description, type, actions [{name, description}],
//                      apiIdentifier, namespace, linkedToTenant}}}
// state.authorizations {namespace: {"<TYPE>:<identifier>": {resourceCode: {resourceCode, resourceType, actions}}}}
//                      TYPE = USER (user id) | ROLE (role code) | GROUP (group code) | DEPARTMENT (department id)
// Both stores and everything in them have no prototype: a namespace, resource code or target "__proto__" is an
// ordinary key. Other areas read them through authorizedResources(state, targetType, identifier, namespace,
// resourceType?). Core hooks: forgetTarget(state, type, identifier, namespace?) drops a deleted group, role
// (its namespace) or department's grants, so one made again with the code starts with none; renameTarget(state,
// type, from, to, namespace?) moves a renamed group's or role's grants to the new code; forgetUsers(state, Set)
// drops deleted users' grants.
//
//   POST create-resource         {type! DATA|API|MENU|BUTTON|UI, code!, name, description, actions, apiIdentifier,
//                                namespace (absent = "default")} -> ResourceDto. An empty code "" is accepted (the
//                                suite saw 200 for it and deletes a resource "" afterwards)
//   POST create-resources-batch  {list! [{code!, type!, name, description, actions, apiIdentifier}], namespace}
//                                -> {success}; all or nothing
//   GET  get-resource            code, namespace -> ResourceDto
//   GET  get-resources-batch     codeList! (array or comma-separated), namespace -> ResourceDto[] of the codes that exist
//   GET  list-resources          namespace, type, page, limit (<= 50) -> {totalCount, list: ResourceDto[]}
//   POST update-resource         {code!, namespace, type, name, description, actions, apiIdentifier} -> ResourceDto
//   POST delete-resource         {code!, namespace} -> {success}, also when no such resource exists (as observed)
//   POST delete-resources-batch  {codeList and/or ids, namespace} -> {success}; unknown codes are ignored; the
//                                resources' authorizations go with them
//   POST authorize-resources     {namespace!, list! [{targetType!, targetIdentifiers!, resources! [{code, actions,
//                                resourceType}]}]} -> {success}; for each target and resource the actions given replace
//                                the ones authorized before. Resource codes need not name created resources ("*" and
//                                prefixes such as "books:*" are patterns), and targets are not checked (the suite
//                                authorizes a group "developer" it never creates and saw 200).
//   GET  get-authorized-resources targetType!, targetIdentifier!, namespace, resourceType, resourceList (prefixes:
//                                "books:*" or "books:fictions_"), withDenied -> {totalCount, list: AuthorizedResourceDto[]}
//                                (every authorization is an ALLOW); the target must exist
//   GET  get-user-authorized-resources userId!, userIdType (user_id|username|email|phone|external_id), namespace,
//                                resourceType -> {totalCount, list}: the user's own authorizations with those of its
//                                departments, its groups and its roles (through the groups and roles areas'
//                                userGroupCodes(state, userId) / userRoleCodes(state, userId, namespace) when exported),
//                                merged per resource code (actions united)
//   POST is-action-allowed       {userId!, action!, resource!, namespace} -> {allowed}: an authorization of the user
//                                (as above) whose code is the resource, "*", or a "prefix*" of it, with the action or "*"
//   POST get-resource-authorized-targets {resource!, namespace, targetType, page, limit} -> {totalCount, list:
//                                [{targetType, targetIdentifier, actions}]} (authorizations naming exactly that code)
//
// Errors (HTTP 200, the error in the envelope):
//   400 2000  "参数 X 格式错误": type not one of the five, code absent or longer than 64 (create-resource,
//             delete-resource), an empty codeList, a malformed list/actions/resources
//   400 2000  "invalid resource code: X": a code outside [A-Za-z0-9_.:/-] (create); in a batch also one longer than 64
//   500 500   "未知错误" / "unknown error": a batch item without code (what the service answered, HTTP 200)
//   404 2301  "权限组不存在" / "namespace not found": an unknown namespace; authorize-resources without namespace
//   404 2311  "资源不存在" / "resource not found" (get-resource, also for an empty code; update-resource)
//   409 2312  "资源 X 已存在" / "resource with code X already exists." (create, batch)
//   404 2004  "用户不存在" (USER target, get-user-authorized-resources, is-action-allowed)
//   404 2401  "group not exists with code: X" (GROUP target)    404 2402 "角色不存在" / "role not found" (ROLE target)
//   404 2001  "部门不存在: X" / "department not found: X" (DEPARTMENT target)
import { absent, badParam, BATCH_LIMIT, dict, fail, isPlainObject, newId, paged, success } from "../lib.mjs";
import { requireNamespace } from "./namespaces.mjs";
import { authorizedResources, authorizedView, key } from "./grants.mjs";
import { allUsers } from "./users.mjs";

export { authorizedResources };

const TYPES = ["DATA", "API", "MENU", "BUTTON", "UI"];
const TARGETS = ["USER", "ROLE", "GROUP", "DEPARTMENT"];
const RESOURCE_CODE = /^[\w.:/-]+$/;

// Every store here has no prototype: a namespace, resource code or target named "__proto__" is an ordinary key.
// Seed: seed.resources [{code, type, namespace = "default", name, description, actions: [{name, description}],
// apiIdentifier}] and seed.authorizations [{namespace = "default", targetType, targetIdentifier, resourceCode,
// resourceType, actions: [string]}] (grants as authorize-resources makes them). A namespace must exist (the
// namespaces area's seed, or "default").
export function init(st, s) {
  st.resources = dict();
  st.authorizations = dict();
  const list = (v, name) => {
    if (v !== undefined && !Array.isArray(v)) throw new Error(`seed: ${name} must be an array`);
    return v ?? [];
  };
  const namespace = (x, what) => {
    const ns = x.namespace ?? "default";
    if (typeof ns !== "string" || !Object.hasOwn(st.namespaces ?? {}, ns)) throw new Error(`seed: ${what} in unknown namespace ${ns}`);
    return ns;
  };
  for (const r of list(s.resources, "resources")) {
    if (!isPlainObject(r) || typeof r.code !== "string" || !TYPES.includes(r.type)) throw new Error("seed: a resource needs a code and a type (DATA, API, MENU, BUTTON, UI)");
    const ns = namespace(r, `resource ${r.code}`);
    const bucket = (st.resources[ns] ??= dict());
    if (Object.hasOwn(bucket, r.code)) throw new Error(`seed: resource ${r.code} twice in namespace ${ns}`);
    if (r.actions !== undefined && !(Array.isArray(r.actions) && r.actions.every((x) => isPlainObject(x) && typeof x.name === "string")))
      throw new Error(`seed: resource ${r.code}: actions must be [{name, description}]`);
    bucket[r.code] = { ...newResource(ns, r), ...(typeof r.id === "string" ? { id: r.id } : {}), actions: (r.actions ?? []).map((x) => ({ ...x })) };
  }
  for (const g of list(s.authorizations, "authorizations")) {
    if (!isPlainObject(g) || !TARGETS.includes(g.targetType) || typeof g.targetIdentifier !== "string" || typeof g.resourceCode !== "string" ||
      !TYPES.includes(g.resourceType) || !Array.isArray(g.actions) || !g.actions.every((x) => typeof x === "string"))
      throw new Error("seed: an authorization needs targetType, targetIdentifier, resourceCode, resourceType and actions (strings)");
    const ns = namespace(g, `authorization of ${g.resourceCode}`);
    const grants = ((st.authorizations[ns] ??= dict())[key(g.targetType, g.targetIdentifier)] ??= dict());
    grants[g.resourceCode] = { resourceCode: g.resourceCode, resourceType: g.resourceType, actions: [...new Set(g.actions)] };
  }
}

// ---------------------------------------------------------------------------------------------
// Parameters

const optString = (v, n) => (v === undefined || v === null ? undefined : typeof v === "string" ? v : badParam(n));
const optEnum = (values) => (v, n) => (absent(v) ? undefined : values.includes(v) ? v : badParam(n));
const reqEnum = (values) => (v, n) => (values.includes(v) ? v : badParam(n));
const reqString = (v, n) => (typeof v === "string" && v !== "" ? v : badParam(n));
const anyString = (v) => (typeof v === "string" ? v : "");
const strings = (v, n) => {
  if (typeof v === "string" && v !== "") v = v.split(",");
  return Array.isArray(v) && v.length <= BATCH_LIMIT && v.every((x) => typeof x === "string") ? v : badParam(n);
};
const codeList = (v, n) => {
  const list = absent(v) ? [] : strings(v, n);
  return list.length ? list : badParam(n);
};
const actionList = (v, n) => {
  if (v === undefined || v === null) return undefined;
  const ok = Array.isArray(v) && v.length <= BATCH_LIMIT &&
    v.every((a) => isPlainObject(a) && typeof a.name === "string" && (a.description === undefined || typeof a.description === "string"));
  return ok ? v.map((a) => ({ name: a.name, description: a.description ?? "" })) : badParam(n);
};
const FIELDS = { name: optString, description: optString, apiIdentifier: optString, actions: actionList };
const PAGE = { page: "int", limit: "int:50" };

// ---------------------------------------------------------------------------------------------
// Resources

const invalidCode = (code) => fail(400, 2000, `invalid resource code: ${code}`);
const resourceNotFound = () => fail(404, 2311, "资源不存在", "resource not found");
const resourcesOf = (st, ns) => (st.resources[ns] ??= dict());
const find = (st, ns, code) => (typeof code === "string" && Object.hasOwn(st.resources[ns] ?? {}, code) ? st.resources[ns][code] : undefined);
const view = (r) => {
  const { id, ...rest } = r;
  return { ...rest, actions: r.actions.map((a) => ({ ...a })) };
};

function newResource(ns, p) {
  return {
    id: newId(), code: p.code, name: p.name ?? "", description: p.description ?? "", type: p.type,
    actions: p.actions ?? [], apiIdentifier: p.apiIdentifier ?? "", namespace: ns, linkedToTenant: false,
  };
}

function requireFree(st, ns, code, seen) {
  if (find(st, ns, code) || seen?.has(code)) fail(409, 2312, `资源 ${code} 已存在`, `resource with code ${code} already exists.`);
  seen?.add(code);
}

function dropResource(st, ns, r) {
  delete st.resources[ns][r.code];
  for (const grants of Object.values(st.authorizations[ns] ?? {})) delete grants[r.code];
}

// ---------------------------------------------------------------------------------------------
// Authorizations

/** Drops a target's authorizations (in one namespace, or in all when namespace is absent): a deleted group, role
 *  (namespace given) or department (env.forgetTarget); a group or role made again with the code starts with none. */
export function forgetTarget(st, targetType, identifier, namespace) {
  for (const ns of namespace === undefined ? Object.keys(st.authorizations) : [namespace])
    if (Object.hasOwn(st.authorizations, ns)) delete st.authorizations[ns][key(targetType, identifier)];
}

/** Moves a renamed group's or role's authorizations to its new code (env.renameTarget). */
export function renameTarget(st, targetType, from, to, namespace) {
  for (const ns of namespace === undefined ? Object.keys(st.authorizations) : [namespace]) {
    const byTarget = Object.hasOwn(st.authorizations, ns) ? st.authorizations[ns] : undefined;
    const k = key(targetType, from);
    if (!byTarget || !Object.hasOwn(byTarget, k)) continue;
    byTarget[key(targetType, to)] = byTarget[k];
    delete byTarget[k];
  }
}

/** Deleted users' own authorizations go: one delete per user and namespace. */
export function forgetUsers(st, ids) {
  for (const byTarget of Object.values(st.authorizations)) for (const id of ids) delete byTarget[key("USER", id)];
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));

// Called by the namespaces area when a namespace goes or changes its code.
export function forgetNamespaceResources(st, ns) {
  delete st.resources[ns];
  delete st.authorizations[ns];
}
export function renameNamespaceResources(st, from, to) {
  if (st.resources[from]) {
    st.resources[to] = st.resources[from];
    for (const r of Object.values(st.resources[to])) r.namespace = to;
  }
  if (st.authorizations[from]) st.authorizations[to] = st.authorizations[from];
  delete st.resources[from];
  delete st.authorizations[from];
}

// Groups and roles as their areas keep them (groups.mjs: state.groups {code: {code, userIds}};
// roles.mjs: state.roles {namespace: {code: {code, userIds}}}), read here without importing those
// modules (they import this one).
const own = (o, k) => (isPlainObject(o) || (o && typeof o === "object" && !Array.isArray(o))) && typeof k === "string" && Object.hasOwn(o, k);
const groupExists = (st, code) => own(st.groups, code);
const roleExists = (st, code, ns) => own(st.roles, ns) && own(st.roles[ns], code);
function requireTarget(st, type, id, ns) {
  if (type === "USER" && !Object.hasOwn(st.users, id)) fail(404, 2004, "用户不存在", "User does not exist");
  if (type === "GROUP" && !groupExists(st, id)) fail(404, 2401, `group not exists with code: ${id}`);
  if (type === "ROLE" && !roleExists(st, id, ns)) fail(404, 2402, "角色不存在", "role not found");
  if (type === "DEPARTMENT" && !Object.hasOwn(st.departments ?? {}, id)) fail(404, 2001, `部门不存在: ${id}`, `department not found: ${id}`);
}

const USER_ID_TYPES = ["user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field"];
const USER_FIELDS = { external_id: "externalId", phone: "phone", email: "email", username: "username" };
function resolveUser(st, id, type = "user_id") {
  if (type === "user_id") return Object.hasOwn(st.users, id) ? st.users[id] : fail(404, 2004, "用户不存在", "User does not exist");
  const field = USER_FIELDS[type] ?? fail(400, 2000, `userIdType ${type} is not supported`);
  return allUsers(st).find((u) => u[field] === id) ?? fail(404, 2004, "用户不存在", "User does not exist");
}

// Every target a user's authorizations come from: itself, its departments, its groups, its roles.
function userTargets(st, userId, ns) {
  const out = [key("USER", userId)];
  for (const [deptId, ids] of Object.entries(st.memberships ?? {})) if (ids.includes(userId)) out.push(key("DEPARTMENT", deptId));
  const groupCodes = Object.values(st.groups ?? {}).filter((g) => g.userIds?.includes(userId)).map((g) => g.code);
  const roleCodes = own(st.roles, ns) ? Object.values(st.roles[ns]).filter((r) => r.userIds?.includes(userId)).map((r) => r.code) : [];
  for (const c of groupCodes ?? []) out.push(key("GROUP", c));
  for (const c of roleCodes ?? []) out.push(key("ROLE", c));
  return out;
}

function userGrants(st, userId, ns, resourceType) {
  const merged = new Map();
  const byTarget = st.authorizations[ns] ?? {};
  for (const t of userTargets(st, userId, ns))
    for (const g of Object.values(byTarget[t] ?? {})) {
      if (resourceType && g.resourceType !== resourceType) continue;
      const m = merged.get(g.resourceCode);
      if (m) for (const a of g.actions) m.actions.includes(a) || m.actions.push(a);
      else merged.set(g.resourceCode, { ...g, actions: [...g.actions] });
    }
  return [...merged.values()];
}

const matches = (pattern, value) => pattern === "*" || pattern === value || (pattern.endsWith("*") && value.startsWith(pattern.slice(0, -1)));

function authorizationList(v, n) {
  if (!Array.isArray(v) || !v.length || v.length > BATCH_LIMIT) badParam(n);
  let total = 0;
  const out = v.map((item) => {
    if (!isPlainObject(item)) badParam(n);
    const targetType = reqEnum(TARGETS)(item.targetType, "targetType");
    const ids = item.targetIdentifiers;
    if (!Array.isArray(ids) || !ids.length || !ids.every((x) => typeof x === "string" && x)) badParam("targetIdentifiers");
    const resources = item.resources;
    if (!Array.isArray(resources)) badParam("resources");
    for (const r of resources) {
      if (!isPlainObject(r) || typeof r.code !== "string" || !r.code) badParam("resources");
      if (!Array.isArray(r.actions) || !r.actions.every((a) => typeof a === "string")) badParam("actions");
      reqEnum(TYPES)(r.resourceType, "resourceType");
    }
    total += ids.length * resources.length;
    return { targetType, ids, resources };
  });
  return total <= BATCH_LIMIT ? out : badParam(n);
}

// ---------------------------------------------------------------------------------------------

export const routes = {
  "/api/v3/create-resource": {
    method: "POST",
    spec: {
      type: reqEnum(TYPES),
      code: (v, n) => (typeof v === "string" && v.length <= 64 ? v : badParam(n)),
      namespace: optString, ...FIELDS,
    },
    handler: (p, { state: st }) => {
      if (p.code !== "" && !RESOURCE_CODE.test(p.code)) invalidCode(p.code);
      const ns = requireNamespace(st, p.namespace).code;
      requireFree(st, ns, p.code);
      const r = newResource(ns, p);
      resourcesOf(st, ns)[r.code] = r;
      return view(r);
    },
  },
  "/api/v3/create-resources-batch": {
    method: "POST",
    spec: {
      list: (v, n) => (Array.isArray(v) && v.length && v.length <= BATCH_LIMIT && v.every(isPlainObject) ? v : badParam(n)),
      namespace: optString,
    },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const seen = new Set();
      const items = p.list.map((item) => {
        if (item.code === undefined || item.code === null) fail(500, 500, "未知错误", "unknown error");
        if (typeof item.code !== "string") badParam("code");
        if (item.code !== "" && (item.code.length > 64 || !RESOURCE_CODE.test(item.code))) invalidCode(item.code);
        const out = { code: item.code, type: reqEnum(TYPES)(item.type, "type") };
        for (const [f, rule] of Object.entries(FIELDS)) {
          const v = rule(item[f], f);
          if (v !== undefined) out[f] = v;
        }
        requireFree(st, ns, item.code, seen);
        return out;
      });
      for (const item of items) resourcesOf(st, ns)[item.code] = newResource(ns, item);
      return success();
    },
  },
  "/api/v3/get-resource": {
    method: "GET",
    spec: { code: (v) => (typeof v === "string" ? v : ""), namespace: optString },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const r = p.code === "" ? undefined : find(st, ns, p.code);
      return r ? view(r) : resourceNotFound();
    },
  },
  "/api/v3/get-resources-batch": {
    method: "GET",
    spec: { codeList, namespace: optString },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      return [...new Set(p.codeList)].map((c) => find(st, ns, c)).filter(Boolean).map(view);
    },
  },
  "/api/v3/list-resources": {
    method: "GET",
    spec: { namespace: optString, type: optEnum(TYPES), ...PAGE },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const list = Object.values(st.resources[ns] ?? {}).filter((r) => !p.type || r.type === p.type);
      return paged(list.map(view), p);
    },
  },
  "/api/v3/update-resource": {
    method: "POST",
    spec: { code: (v, n) => (typeof v === "string" ? v : badParam(n)), namespace: optString, type: optEnum(TYPES), ...FIELDS },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const r = find(st, ns, p.code) ?? resourceNotFound();
      for (const f of ["type", "name", "description", "apiIdentifier", "actions"]) if (p[f] !== undefined) r[f] = p[f];
      for (const grants of Object.values(st.authorizations[ns] ?? {})) if (grants[r.code]) grants[r.code].resourceType = r.type;
      return view(r);
    },
  },
  "/api/v3/delete-resource": {
    method: "POST",
    spec: { code: (v, n) => (typeof v === "string" && v.length <= 64 ? v : badParam(n)), namespace: optString },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const r = find(st, ns, p.code);
      if (r) dropResource(st, ns, r);
      return success();
    },
  },
  "/api/v3/delete-resources-batch": {
    method: "POST",
    spec: {
      codeList: (v, n) => (v === undefined || v === null ? undefined : strings(v, n)),
      ids: (v, n) => (v === undefined || v === null ? undefined : strings(v, n)),
      namespace: optString,
    },
    handler: (p, { state: st }) => {
      if (!p.codeList && !p.ids) badParam("codeList");
      const ns = requireNamespace(st, p.namespace).code;
      for (const c of p.codeList ?? []) {
        const r = find(st, ns, c);
        if (r) dropResource(st, ns, r);
      }
      if (p.ids?.length) {
        const ids = new Set(p.ids);
        for (const r of Object.values(st.resources[ns] ?? {})) if (ids.has(r.id)) dropResource(st, ns, r);
      }
      return success();
    },
  },
  "/api/v3/authorize-resources": {
    method: "POST",
    spec: { list: authorizationList, namespace: optString },
    handler: (p, { state: st }) => {
      if (absent(p.namespace)) fail(404, 2301, "权限组不存在", "namespace not found");
      const ns = requireNamespace(st, p.namespace).code;
      const byTarget = (st.authorizations[ns] ??= dict());
      for (const item of p.list)
        for (const id of item.ids) {
          const grants = (byTarget[key(item.targetType, id)] ??= dict());
          for (const r of item.resources)
            grants[r.code] = { resourceCode: r.code, resourceType: r.resourceType, actions: [...new Set(r.actions)] };
        }
      return success();
    },
  },
  "/api/v3/get-authorized-resources": {
    method: "GET",
    spec: {
      targetType: reqEnum(TARGETS), targetIdentifier: anyString, namespace: optString, resourceType: optEnum(TYPES),
      resourceList: (v, n) => (absent(v) ? undefined : strings(v, n)), withDenied: "bool",
    },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      requireTarget(st, p.targetType, p.targetIdentifier, ns);
      let list = authorizedResources(st, p.targetType, p.targetIdentifier, ns, p.resourceType);
      if (p.resourceList) {
        const prefixes = p.resourceList.map((q) => q.replace(/\*$/, ""));
        list = list.filter((r) => prefixes.some((q) => r.resourceCode.startsWith(q)));
      }
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/get-user-authorized-resources": {
    method: "GET",
    spec: { userId: reqString, userIdType: optEnum(USER_ID_TYPES), namespace: optString, resourceType: optEnum(TYPES) },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const u = resolveUser(st, p.userId, p.userIdType);
      const list = userGrants(st, u.userId, ns, p.resourceType).map((g) => authorizedView(st, ns, g));
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/is-action-allowed": {
    method: "POST",
    spec: { userId: reqString, action: reqString, resource: reqString, namespace: optString },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const u = resolveUser(st, p.userId);
      const allowed = userGrants(st, u.userId, ns).some(
        (g) => matches(g.resourceCode, p.resource) && g.actions.some((a) => matches(a, p.action)),
      );
      return { allowed };
    },
  },
  "/api/v3/get-resource-authorized-targets": {
    method: "POST",
    spec: { resource: reqString, namespace: optString, targetType: optEnum(TARGETS), ...PAGE },
    handler: (p, { state: st }) => {
      const ns = requireNamespace(st, p.namespace).code;
      const list = [];
      for (const [k, grants] of Object.entries(st.authorizations[ns] ?? {})) {
        const g = grants[p.resource];
        const i = k.indexOf(":");
        const targetType = k.slice(0, i);
        if (g && (!p.targetType || p.targetType === targetType))
          list.push({ targetType, targetIdentifier: k.slice(i + 1), actions: [...g.actions] });
      }
      return paged(list, p);
    },
  },
};
