// Data permissions (the data-permission module of the Management API), stateful: permission
// namespaces, data resources (string, array, tree), data policies, their authorization to
// subjects, and the checks computed from them. Errors come back HTTP 200 with the error in the
// envelope; validation messages are class-validator style (the same in zh-CN and en-US), several
// failing rules of one request joined by "," as the service joins them.
//
// Permission namespaces (state.permissionNamespaces {code: {code, name, description, status, createdAt, updatedAt}}):
//   POST create-permission-namespace      {name!, code!, description} -> {code, name, description}
//        400 "name should not be empty" / "code should not be empty"; 400 "invalid namespace code: X" (not [A-Za-z0-9_.-]);
//        403 "can't use permission namespace code 'default' or 'system'"; 409 "namespace with code X already exists."
//   POST create-permission-namespaces-batch {list!: [{name, code, description}]} -> {success}; all or nothing, the same
//        checks, except the built-in codes: 409 "can't use built-in namespace code 'default' and 'system'"
//   GET  get-permission-namespace         code! -> {code, name, description}; 404 "权限空间不存在"
//   GET  get-permission-namespaces-batch  codes! (array or comma separated) -> [{code, name, description}]; 404 "有不存在的权限空间"
//   GET  list-permission-namespaces       page, limit (<= 50: 400 "limit must not be greater than 50"), query (code or name
//        contains it) -> {totalCount, list: [{code, name, description, status}]}, newest first
//   POST update-permission-namespace      {code!, newCode, name, description} -> {code, name, description};
//        409 "namespace with code X already exists." (newCode taken, checked first), 404 "namespace not found"
//   POST delete-permission-namespace      {code!} -> {success}; 404 "权限空间不存在"; its data resources go with it
//   POST delete-permission-namespaces-batch {codes!} -> {success}; 404 "权限空间不存在" when any is unknown (nothing deleted)
//   POST check-permission-namespace-exists {code, name} -> {isValid, message}: false when the code (or the name) is taken
//        or the code is built-in
//   GET  list-permission-namespace-roles  code! ("code should not be empty,code must be longer than or equal to 1 characters"),
//        page, limit, query -> {totalCount, list: [{code, name, description, namespace, updatedAt}]}: the roles of
//        state.roles whose namespace is the code; 404 "权限空间不存在"
// Data resources (state.dataResources {namespaceCode: {resourceCode: resource}}):
//   POST create-data-resource             {namespaceCode!, resourceCode!, resourceName!, type! (STRING|ARRAY|TREE), struct!, actions!, description, extendFieldList}
//   POST create-string-data-resource      the same without type; struct a non-empty string
//   POST create-array-data-resource       struct a non-empty array of strings
//   POST create-tree-data-resource        struct a non-empty array of nodes {code!, name!, value, children: [node], extendFieldValue}
//        -> {resourceName, resourceCode, type, description, struct (as given), actions, extendFieldList}
//        400 "<field> should not be empty" ("struct must contain at least 1 elements[,struct should not be empty]"),
//        409 "数据资源 code 已经存在" / "数据资源名称已经存在" (unique in the namespace)
//   GET  get-data-resource                namespaceCode!, resourceCode! -> the resource with namespaceCode; 404 "数据资源不存在"
//   POST update-data-resource             {namespaceCode!, resourceCode!, resourceName, description, struct (checked against the
//        resource's type), actions} -> the resource; 404 "数据资源不存在"; 409 "数据资源名称已经存在"
//   POST delete-data-resource             {namespaceCode!, resourceCode!} -> null; 404 "数据资源不存在"
//   GET  list-data-resources              page, limit, query (code or name contains it), namespaceCodes -> {totalCount, list:
//        [{resourceName, resourceCode, type, description, namespaceCode, namespaceName, authorizationNum, updatedAt}]};
//        limit > 50: 602 "请求第三方端点时返回错误, errmsg=page size must be greater than 0 and less than 50"
//   GET  check-data-resource-exists       namespaceCode!, resourceCode, resourceName -> {isValid, message} (code checked first)
// Data policies (state.dataPolicies {policyId: {policyId, policyName, description, statementList, targets, createdAt, updatedAt}}):
//   POST create-data-policy               {policyName!, statementList! [{effect! ALLOW|DENY, permissions! ["ns/resource[/node...]/action"]}],
//        description} -> {policyId, policyName, description, createdAt, updatedAt}; "statementList must contain at least 1 elements";
//        602 "请求第三方端点时返回错误, errmsg=create statement argument illegal, permission list can not be null" (empty permissions);
//        602 "...errmsg=data policy name already exists" (names are unique)
//   POST update-data-policy               {policyId!, policyName, description, statementList} -> as create; 404 "数据策略不存在"
//   GET  get-data-policy                  policyId! -> as create, plus statementList; 404 "数据策略不存在"
//   POST delete-data-policy               {policyId!} -> null; 404 "数据策略不存在"
//   GET  list-data-policies               page, limit (<= 50), query (name contains it) -> {totalCount, list: [{policyId, policyName,
//        description, resourceList [{resourceId, resourceName}], targetList [{id, type, name}], updatedAt}]}, newest first
//   GET  list-simple-data-policies        the same -> {totalCount, list: [{policyId, policyName, description}]}
//   GET  check-data-policy-exists         policyName! -> {isValid: true}; a taken name: statusCode 602 with data {isValid: false, message}
//   POST authorize-data-policies          {policyIds! ("policyIds must contain at least 1 elements"), targetList! ("targetList should not
//        be empty") [{id, type USER|ORG|GROUP|ROLE}]} -> null; every policy and target must exist (404 "数据策略不存在",
//        "用户不存在", "部门不存在", "分组不存在", "角色不存在"), nothing changes otherwise; authorizing twice keeps one grant
//   POST revoke-data-policy               {policyId!, targetType!, targetIdentifier!} -> null; 404 "数据策略不存在"; a grant that is
//        not there is no error
//   GET  list-data-policy-targets         policyId!, page, limit, query (name contains it), targetType (array) -> {totalCount, list:
//        [{targetIdentifier, targetType, targetName, authorizationTime}]}
// Checks: a user's grants are the policies given to the user, to a department the user is a direct member of
// (state.memberships), to a group or a role the user belongs to (state.groups {code: {id, code, userIds}}, state.roles
// {namespace: {code: {id, code, userIds, departmentIds}}}, read as found; a role reaches the direct members of the
// departments it is assigned to). GROUP and ROLE targets are named by id (or code). A permission
// "ns/resource[/node...]/action" matches a resource path segment by segment ("*" matches any one segment, or any action);
// a resource path is enabled for an action when an ALLOW statement matches and no DENY statement does.
//   POST check-permission                 {namespaceCode!, userId!, action!, resources!} -> {checkResultList: [{namespaceCode, action, resource, enabled}]}
//   POST check-external-user-permission   the same with externalId! for userId
//   POST check-user-same-level-permission {namespaceCode!, userId!, action!, resource!, resourceNodeCodes} -> {checkLevelResultList:
//        [{action, resourceNodeCode, enabled}]} for resource/node of each node code (the resource itself without node codes)
//   POST get-user-permission-list         {userIds! ("userIds should not be empty"), namespaceCodes} -> {userPermissionList: [{userId,
//        namespaceCode, resourceList: [{resourceCode, resourceType, strAuthorize | arrAuthorize | treeAuthorize}]}]}
//   POST get-user-resource-permission-list {namespaceCode!, userId!, resources!} -> {permissionList: [{namespaceCode, actions, resource}]}
//   POST get-user-resource-struct         {namespaceCode!, userId!, resourceCode!} -> {namespaceCode, resourceCode, resourceType,
//        strResourceAuthAction | arrResourceAuthAction | treeResourceAuthAction}; 404 "数据资源不存在"
//   POST list-resource-targets            {namespaceCode!, resources!, actions!} -> {authUserList: [{resource, actionAuthList: [{action, userIds}]}]}
//   Unknown users: 404 "用户不存在" (apiCode 2004, as every area answers it).
//
// Decisions where the suite is silent:
//   - A data resource's namespace need not be a stored permission namespace: every application's appId is a permission
//     namespace of the service, and applications are not kept by the emulator. namespaceName is "" for such namespaces.
//   - Permission namespaces are kept here; the namespaces of the namespace module (state.namespaces) are not listed, but their
//     codes count as taken for check-permission-namespace-exists.
//   - A tree node is granted only by a permission naming its path; a grant on a parent does not flow to its children, and a
//     department grant reaches the department's direct members only.
//   - apiCodes: 2000 invalid parameter, 2004 user not found, 2101 namespace not found, 2102 namespace exists, 2103 built-in
//     namespace code, 2111 data resource not found, 2112 data resource exists, 2121 data policy not found, 2131 target not
//     found, 6020 the third-party errors (statusCode 602).
//   - GROUP and ROLE targets are checked against state.groups / state.roles when those areas keep them (else accepted).
//   - check-data-policy-exists is the one call whose error envelope carries data (index.mjs passes an error's data on).
//   - A deleted user leaves every policy's targets (forgetUsers); a deleted group, role or department does too, and a
//     renamed group or role named by code is renamed in them (forgetTarget / renameTarget, called by those areas).
import { absent, BATCH_LIMIT, CODE, contains, dict, fail, isPlainObject, newId, nowIso, paged } from "../lib.mjs";
import { allUsers } from "./users.mjs";

// ---------------------------------------------------------------------------------------------
// Validation, class-validator style: each field's failing rules, all fields' messages joined.

const invalid = (messages) => fail(400, 2000, messages.join(","));

const R = {
  // a required non-empty string
  str: (v, n) => (absent(v) ? [`${n} should not be empty`] : typeof v !== "string" ? [`${n} must be a string`] : []),
  // an optional string
  optStr: (v, n) => (v === undefined || v === null || typeof v === "string" ? [] : [`${n} must be a string`]),
  // required string with the extra length rule (list-permission-namespace-roles)
  strLen: (v, n) => (absent(v) ? [`${n} should not be empty`, `${n} must be longer than or equal to 1 characters`] : typeof v !== "string" ? [`${n} must be a string`] : []),
  // arrays: which of "must contain at least 1 elements" (min) and "should not be empty" (ne) the field carries
  arr: (rules, item = "string") => (v, n) => {
    if (v !== undefined && v !== null && !Array.isArray(v)) return [`${n} must be an array`];
    const out = [];
    if (!v?.length) {
      if (rules.includes("min")) out.push(`${n} must contain at least 1 elements`);
      if (rules.includes("ne")) out.push(`${n} should not be empty`);
      return out;
    }
    if (v.length > BATCH_LIMIT) return [`${n} must contain no more than ${BATCH_LIMIT} elements`];
    if (item === "string" && !v.every((x) => typeof x === "string")) return [`each value in ${n} must be a string`];
    if (item === "object" && !v.every(isPlainObject)) return [`each value in ${n} must be an object`];
    return out;
  },
  optArr: (item = "string") => (v, n) => (v === undefined || v === null ? [] : R.arr([], item)(v, n)),
};

function validate(p, spec) {
  const errors = [];
  for (const [name, rule] of Object.entries(spec)) errors.push(...rule(p[name], name));
  if (errors.length) invalid(errors);
}

// Query strings carry arrays as k[]=v (decoded to arrays) or as one comma separated value.
const list = (v) => (Array.isArray(v) ? v : typeof v === "string" && v !== "" ? v.split(",") : v === undefined || v === null || v === "" ? undefined : [v]);

function pageOf(p, { tooBig } = {}) {
  const num = (v, n, dflt) => {
    if (absent(v)) return dflt;
    const i = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(i)) invalid([`${n} must be a number conforming to the specified constraints`]);
    return i;
  };
  const page = num(p.page, "page", 1), limit = num(p.limit, "limit", 10);
  if (limit > 50 || limit < 1) tooBig ? tooBig() : invalid([limit > 50 ? "limit must not be greater than 50" : "limit must not be less than 1"]);
  if (page < 1) invalid(["page must not be less than 1"]);
  return { page, limit };
}

const thirdParty = (errmsg) => fail(602, 6020, `请求第三方端点时返回错误, errmsg=${errmsg}`, `error returned by a third-party endpoint, errmsg=${errmsg}`);
const userNotFound = () => fail(404, 2004, "用户不存在", "User does not exist");
const nsNotFound = () => fail(404, 2101, "权限空间不存在", "Permission namespace does not exist");
const resourceNotFound = () => fail(404, 2111, "数据资源不存在", "Data resource does not exist");
const policyNotFound = () => fail(404, 2121, "数据策略不存在", "Data policy does not exist");

// ---------------------------------------------------------------------------------------------
// State

// Null-prototype dictionaries: a code like "__proto__" is an ordinary key.
// Seed: seed.permissionNamespaces [as create-permission-namespace takes them], seed.dataResources [as
// create-data-resource], seed.dataPolicies [as create-data-policy, with `targets` as authorize-data-policies'
// targetList]; each goes through its call, with its checks (a refusal is the seed's error, naming it).
// Policies get fresh ids on every reset.
export function init(st, s) {
  st.permissionNamespaces = dict();
  st.dataResources = dict();
  st.dataPolicies = dict();
  const list = (v, name) => {
    if (v !== undefined && !Array.isArray(v)) throw new Error(`seed: ${name} must be an array`);
    return v ?? [];
  };
  const run = (path, body, what) => {
    try {
      return routes[path].handler(body, { state: st, lang: "en" });
    } catch (e) {
      throw new Error(`seed: ${what}: ${e.en ?? e.message}`);
    }
  };
  for (const n of list(s.permissionNamespaces, "permissionNamespaces")) run("/api/v3/create-permission-namespace", n, `permission namespace ${n?.code}`);
  for (const r of list(s.dataResources, "dataResources")) run("/api/v3/create-data-resource", r, `data resource ${r?.resourceCode}`);
  for (const x of list(s.dataPolicies, "dataPolicies")) {
    const { targets, ...body } = x ?? {};
    const policy = run("/api/v3/create-data-policy", body, `data policy ${x?.policyName}`);
    if (targets !== undefined) run("/api/v3/authorize-data-policies", { policyIds: [policy.policyId], targetList: targets }, `targets of data policy ${x?.policyName}`);
  }
}

const BUILT_IN = ["default", "system"];
const nsView = (n) => ({ code: n.code, name: n.name, description: n.description });
const resourcesOf = (st, ns) => st.dataResources[ns] ?? {};
const findResource = (st, ns, code) => (Object.hasOwn(resourcesOf(st, ns), code) ? st.dataResources[ns][code] : undefined);
const findPolicy = (st, id) => (typeof id === "string" && Object.hasOwn(st.dataPolicies, id) ? st.dataPolicies[id] : undefined);
const findNs = (st, code) => (typeof code === "string" && Object.hasOwn(st.permissionNamespaces, code) ? st.permissionNamespaces[code] : undefined);

// Other areas' collections, read as found: state.groups {code: group} and state.roles {namespace: {code: role}}
// (groups.mjs, roles.mjs), a flat or nested object, a Map or an array; an entity is an object with a string code.
function valuesOf(coll) {
  if (!coll || typeof coll !== "object") return [];
  if (coll instanceof Map) return [...coll.values()];
  return Array.isArray(coll) ? coll : Object.values(coll);
}
function entitiesOf(coll) {
  const out = [];
  for (const v of valuesOf(coll)) {
    if (!isPlainObject(v)) continue;
    if (typeof v.code === "string") out.push(v);
    else for (const e of valuesOf(v)) if (isPlainObject(e) && typeof e.code === "string") out.push(e);
  }
  return out;
}
const KEYS = { GROUP: ["id", "groupId"], ROLE: ["id", "roleId"] };
const COLLECTION = { GROUP: "groups", ROLE: "roles" };
/** A group or role named by its id (or, failing that, its code). */
function entityOf(st, type, id) {
  if (typeof id !== "string" || !id) return undefined;
  const all = entitiesOf(st[COLLECTION[type]]);
  return all.find((e) => KEYS[type].some((k) => e[k] === id)) ?? all.find((e) => e.code === id);
}
const userIdsIn = (v) => (Array.isArray(v) ? v.map((x) => (typeof x === "string" ? x : x?.userId ?? x?.id)).filter((x) => typeof x === "string") : v instanceof Set ? [...v] : []);
const departmentMembers = (st, id) => (st.memberships && typeof id === "string" && Object.hasOwn(st.memberships, id) ? userIdsIn(st.memberships[id]) : []);

/** The user ids a target reaches: the user, a department's direct members, a group's or role's members (and the members of the departments a role is assigned to). */
function membersOf(st, type, id) {
  if (type === "USER") return Object.hasOwn(st.users, id) ? [id] : [];
  if (type === "ORG") return departmentMembers(st, id);
  const e = entityOf(st, type, id);
  if (!e) return [];
  const out = new Set();
  for (const f of ["userIds", "members", "memberIds"]) for (const u of userIdsIn(e[f])) out.add(u);
  if (Array.isArray(e.departmentIds)) for (const d of e.departmentIds) for (const u of departmentMembers(st, d)) out.add(u);
  return [...out];
}

function targetEntity(st, type, id) {
  if (type === "USER" || type === "ORG") {
    const coll = type === "USER" ? st.users : st.departments;
    return coll && typeof id === "string" && Object.hasOwn(coll, id) ? coll[id] : undefined;
  }
  return entityOf(st, type, id);
}

function targetName(st, type, id) {
  const e = targetEntity(st, type, id);
  if (!isPlainObject(e)) return "";
  if (type === "USER") return e.name || e.nickname || e.username || e.email || e.phone || "";
  return e.name || e.code || "";
}

// ---------------------------------------------------------------------------------------------
// Permissions

const splitPath = (s) => String(s).split("/").filter((x) => x !== "");

/** A statement's permission parsed: {ns, path, action} or null when it has fewer than three parts. */
function parsePermission(perm) {
  const parts = typeof perm === "string" ? perm.split("/") : [];
  if (parts.length < 3 || parts.some((x) => x === "")) return null;
  return { ns: parts[0], path: parts.slice(1, -1), action: parts[parts.length - 1] };
}

const segment = (granted, asked) => granted === "*" || granted === asked;
const matches = (perm, ns, path, action) =>
  segment(perm.ns, ns) && perm.path.length === path.length && perm.path.every((g, i) => segment(g, path[i])) && (action === undefined || segment(perm.action, action));

const holds = (st, policy, userId) => policy.targets.some((t) => (t.targetType === "USER" ? t.targetIdentifier === userId : membersOf(st, t.targetType, t.targetIdentifier).includes(userId)));

/** The parsed statements that reach a user, split by effect. */
function grantsOf(st, userId) {
  const allow = [], deny = [];
  for (const policy of Object.values(st.dataPolicies)) {
    if (!policy.targets.length || !holds(st, policy, userId)) continue;
    for (const s of policy.statementList)
      for (const perm of s.permissions) {
        const parsed = parsePermission(perm);
        if (parsed) (s.effect === "DENY" ? deny : allow).push(parsed);
      }
  }
  return { allow, deny };
}

const enabled = (g, ns, path, action) => g.allow.some((p) => matches(p, ns, path, action)) && !g.deny.some((p) => matches(p, ns, path, action));

/** The actions a user may take on a path: the resource's actions, or the ones the grants name when the resource is unknown. */
function actionsOn(st, g, ns, path) {
  const resource = findResource(st, ns, path[0]);
  const candidates = resource ? resource.actions : [...new Set(g.allow.filter((p) => matches(p, ns, path)).map((p) => p.action).filter((a) => a !== "*"))];
  return candidates.filter((a) => enabled(g, ns, path, a));
}

function requireUser(st, userId) {
  if (!Object.hasOwn(st.users, userId)) userNotFound();
  return userId;
}

// Tree nodes with their paths, depth first.
function treeNodes(struct, prefix = [], out = []) {
  for (const node of Array.isArray(struct) ? struct : []) {
    if (!isPlainObject(node)) continue;
    const path = [...prefix, node.code];
    out.push({ node, path });
    treeNodes(node.children, path, out);
  }
  return out;
}

function openResource(st, g, ns, r) {
  const actions = actionsOn(st, g, ns, [r.resourceCode]);
  const out = { resourceCode: r.resourceCode, resourceType: r.type };
  if (r.type === "STRING") out.strAuthorize = { value: r.struct, actions };
  else if (r.type === "ARRAY") out.arrAuthorize = { values: r.struct, actions };
  else {
    const authList = [];
    for (const { node, path } of treeNodes(r.struct)) {
      const nodeActions = actionsOn(st, g, ns, [r.resourceCode, ...path]);
      if (nodeActions.length) authList.push({ nodePath: path.join("/"), nodeName: node.name, nodeActions, nodeValue: node.value ?? "", nodeExtendFieldValue: node.extendFieldValue });
    }
    if (!actions.length && !authList.length) return null;
    out.treeAuthorize = { authList };
    return out;
  }
  return actions.length ? out : null;
}

// ---------------------------------------------------------------------------------------------
// Data resources

const TYPES = ["STRING", "ARRAY", "TREE"];
const MAX_DEPTH = 32;

/** The struct's errors for a type (messages), or [] when it fits. */
function structErrors(type, v, { byType = false } = {}) {
  if (type === "STRING") return absent(v) ? ["struct should not be empty"] : typeof v !== "string" ? ["struct must be a string"] : [];
  if (type === "ARRAY") return R.arr(["min", "ne"])(v, "struct");
  if (type === "TREE") {
    const errors = R.arr(byType ? ["min", "ne"] : ["min"], "object")(v, "struct");
    if (errors.length) return errors;
    let count = 0;
    const walk = (nodes, depth) => {
      if (depth > MAX_DEPTH) return ["struct is nested too deeply"];
      for (const n of nodes) {
        if (++count > BATCH_LIMIT) return [`struct must contain no more than ${BATCH_LIMIT} nodes`];
        if (!isPlainObject(n) || absent(n.code) || typeof n.code !== "string" || n.code.includes("/")) return ["struct node code should not be empty"];
        if (absent(n.name) || typeof n.name !== "string") return ["struct node name should not be empty"];
        if (n.value !== undefined && n.value !== null && typeof n.value !== "string") return ["struct node value must be a string"];
        if (n.children !== undefined && n.children !== null) {
          if (!Array.isArray(n.children)) return ["struct node children must be an array"];
          const e = walk(n.children, depth + 1);
          if (e.length) return e;
        }
      }
      const codes = nodes.map((n) => n.code);
      return new Set(codes).size === codes.length ? [] : ["struct node codes must be unique among siblings"];
    };
    return walk(v, 1);
  }
  return [];
}

// A tree as given: only the node fields of the model, children kept when present.
const cleanTree = (nodes) =>
  nodes.map((n) => {
    const out = { code: n.code, name: n.name };
    if (n.value !== undefined && n.value !== null) out.value = n.value;
    if (Array.isArray(n.children)) out.children = cleanTree(n.children);
    if (n.extendFieldValue !== undefined) out.extendFieldValue = n.extendFieldValue;
    return out;
  });
const cleanStruct = (type, v) => (type === "TREE" ? cleanTree(v) : type === "ARRAY" ? [...v] : v);

const resourceView = (r, withNs = false) => ({
  resourceName: r.resourceName, resourceCode: r.resourceCode, type: r.type, description: r.description, struct: r.struct,
  ...(r.extendFieldList ? { extendFieldList: r.extendFieldList } : {}), ...(withNs ? { namespaceCode: r.namespaceCode } : {}), actions: r.actions,
});

const RESOURCE_KEY = { resourceCode: R.str, namespaceCode: R.str };

function createResource(fixedType) {
  return (p, { state: st }) => {
    const type = fixedType ?? p.type;
    validate(p, {
      actions: R.arr(["ne"]),
      struct: (v) => (TYPES.includes(type) ? structErrors(type, v, { byType: !fixedType }) : []),
      ...(fixedType ? {} : { type: (v, n) => (absent(v) ? [`${n} should not be empty`] : TYPES.includes(v) ? [] : [`${n} must be one of the following values: ${TYPES.join(", ")}`]) }),
      resourceCode: R.str, resourceName: R.str, namespaceCode: R.str, description: R.optStr,
      ...(fixedType === "TREE" || !fixedType ? { extendFieldList: R.optArr("object") } : {}),
    });
    if (!CODE.test(p.resourceCode)) invalid([`invalid resource code: ${p.resourceCode}`]);
    const existing = resourcesOf(st, p.namespaceCode);
    if (Object.hasOwn(existing, p.resourceCode)) fail(409, 2112, "数据资源 code 已经存在", "Data resource code already exists");
    if (Object.values(existing).some((r) => r.resourceName === p.resourceName)) fail(409, 2112, "数据资源名称已经存在", "Data resource name already exists");
    const at = nowIso();
    const r = {
      resourceId: newId(), namespaceCode: p.namespaceCode, resourceCode: p.resourceCode, resourceName: p.resourceName, type,
      description: p.description ?? "", struct: cleanStruct(type, p.struct), actions: [...p.actions],
      ...(p.extendFieldList ? { extendFieldList: structuredClone(p.extendFieldList) } : {}), createdAt: at, updatedAt: at,
    };
    (st.dataResources[p.namespaceCode] ??= dict())[p.resourceCode] = r;
    return resourceView(r);
  };
}

// ---------------------------------------------------------------------------------------------
// Data policies

function checkStatements(v) {
  for (const s of v) {
    if (!["ALLOW", "DENY"].includes(s.effect)) invalid(["effect must be one of the following values: DENY, ALLOW"]);
    if (!Array.isArray(s.permissions) || !s.permissions.length) thirdParty("create statement argument illegal, permission list can not be null");
    if (s.permissions.length > BATCH_LIMIT) invalid([`permissions must contain no more than ${BATCH_LIMIT} elements`]);
    if (!s.permissions.every((perm) => typeof perm === "string")) invalid(["each value in permissions must be a string"]);
    for (const perm of s.permissions) if (!parsePermission(perm)) thirdParty(`create statement argument illegal, permission ${perm} is illegal`);
  }
  return v.map((s) => ({ effect: s.effect, permissions: [...s.permissions] }));
}

const policyView = (p) => ({ policyId: p.policyId, policyName: p.policyName, description: p.description, createdAt: p.createdAt, updatedAt: p.updatedAt });
const policyNameTaken = (st, name, except) => Object.values(st.dataPolicies).some((p) => p.policyName === name && p.policyId !== except);
const newestFirst = (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

function policyResources(st, policy) {
  const seen = new Map();
  for (const s of policy.statementList)
    for (const perm of s.permissions) {
      const parsed = parsePermission(perm);
      const r = parsed && findResource(st, parsed.ns, parsed.path[0]);
      if (r) seen.set(r.resourceId, { resourceId: r.resourceId, resourceName: r.resourceName });
    }
  return [...seen.values()];
}

const TARGET_TYPES = ["USER", "ORG", "GROUP", "ROLE"];
const TARGET_MISSING = {
  USER: ["用户不存在", "User does not exist"], ORG: ["部门不存在", "Department does not exist"],
  GROUP: ["分组不存在", "Group does not exist"], ROLE: ["角色不存在", "Role does not exist"],
};

// ---------------------------------------------------------------------------------------------
// Checks

function checkResults(st, p, userId) {
  const g = grantsOf(st, userId);
  return {
    checkResultList: p.resources.map((resource) => ({
      namespaceCode: p.namespaceCode, action: p.action, resource, enabled: enabled(g, p.namespaceCode, splitPath(resource), p.action),
    })),
  };
}

const CHECK = { resources: R.arr(["min", "ne"]), action: R.str, userId: R.str, namespaceCode: R.str };

// ---------------------------------------------------------------------------------------------

const nsCodeRule = (v, n) => (absent(v) ? [`${n} should not be empty`] : typeof v !== "string" ? [`${n} must be a string`] : []);
const checkNsCode = (code) => {
  if (!CODE.test(code) || code.length > 64) invalid([`invalid namespace code: ${code}`]);
};

export const routes = {
  // ---- permission namespaces
  "/api/v3/create-permission-namespace": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { name: R.str, code: nsCodeRule, description: R.optStr });
      checkNsCode(p.code);
      if (BUILT_IN.includes(p.code)) fail(403, 2103, "can't use permission namespace code 'default' or 'system'");
      if (findNs(st, p.code)) fail(409, 2102, `namespace with code ${p.code} already exists.`);
      const at = nowIso();
      const n = { code: p.code, name: p.name, description: p.description ?? "", status: 1, createdAt: at, updatedAt: at };
      st.permissionNamespaces[n.code] = n;
      return nsView(n);
    },
  },
  "/api/v3/create-permission-namespaces-batch": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { list: R.arr(["ne"], "object") });
      const codes = new Set();
      for (const item of p.list) {
        validate(item, { name: R.str, code: nsCodeRule, description: R.optStr });
        checkNsCode(item.code);
        if (BUILT_IN.includes(item.code)) fail(409, 2103, "can't use built-in namespace code 'default' and 'system'");
        if (findNs(st, item.code) || codes.has(item.code)) fail(409, 2102, `namespace with code ${item.code} already exists.`);
        codes.add(item.code);
      }
      const at = nowIso();
      for (const item of p.list) st.permissionNamespaces[item.code] = { code: item.code, name: item.name, description: item.description ?? "", status: 1, createdAt: at, updatedAt: at };
      return { success: true };
    },
  },
  "/api/v3/get-permission-namespace": {
    method: "GET",
    handler: (p, { state: st }) => {
      validate(p, { code: R.str });
      return nsView(findNs(st, p.code) ?? nsNotFound());
    },
  },
  "/api/v3/get-permission-namespaces-batch": {
    method: "GET",
    handler: (p, { state: st }) => {
      const codes = list(p.codes);
      validate({ codes }, { codes: R.arr(["ne"]) });
      const found = codes.map((c) => findNs(st, c));
      if (found.some((n) => !n)) fail(404, 2101, "有不存在的权限空间", "Some permission namespaces do not exist");
      return found.map(nsView);
    },
  },
  "/api/v3/list-permission-namespaces": {
    method: "GET",
    handler: (p, { state: st }) => {
      const pg = pageOf(p);
      validate(p, { query: R.optStr });
      let items = Object.values(st.permissionNamespaces).sort(newestFirst);
      if (!absent(p.query)) items = items.filter((n) => contains([n.code, n.name], p.query));
      const out = paged(items, pg);
      return { totalCount: out.totalCount, list: out.list.map((n) => ({ ...nsView(n), status: n.status })) };
    },
  },
  "/api/v3/update-permission-namespace": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { code: R.str, name: R.optStr, newCode: R.optStr, description: R.optStr });
      if (!absent(p.newCode) && p.newCode !== p.code) {
        if (findNs(st, p.newCode) || BUILT_IN.includes(p.newCode)) fail(409, 2102, `namespace with code ${p.newCode} already exists.`);
        checkNsCode(p.newCode);
      }
      const n = findNs(st, p.code) ?? fail(404, 2101, "namespace not found");
      if (p.name === "") invalid(["name should not be empty"]);
      if (!absent(p.newCode) && p.newCode !== p.code) {
        delete st.permissionNamespaces[n.code];
        if (st.dataResources[n.code]) {
          const moved = st.dataResources[n.code];
          delete st.dataResources[n.code];
          for (const r of Object.values(moved)) r.namespaceCode = p.newCode;
          st.dataResources[p.newCode] = moved;
        }
        n.code = p.newCode;
        st.permissionNamespaces[n.code] = n;
      }
      if (p.name !== undefined && p.name !== null) n.name = p.name;
      if (p.description !== undefined && p.description !== null) n.description = p.description;
      n.updatedAt = nowIso();
      return nsView(n);
    },
  },
  "/api/v3/delete-permission-namespace": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { code: R.str });
      if (!findNs(st, p.code)) nsNotFound();
      delete st.permissionNamespaces[p.code];
      delete st.dataResources[p.code];
      return { success: true };
    },
  },
  "/api/v3/delete-permission-namespaces-batch": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { codes: R.arr(["ne"]) });
      if (p.codes.some((c) => !findNs(st, c))) nsNotFound();
      for (const c of p.codes) {
        delete st.permissionNamespaces[c];
        delete st.dataResources[c];
      }
      return { success: true };
    },
  },
  "/api/v3/check-permission-namespace-exists": {
    method: "POST",
    handler: (p, { state: st, lang }) => {
      validate(p, { code: R.optStr, name: R.optStr });
      if (!absent(p.code) && (findNs(st, p.code) || BUILT_IN.includes(p.code) || (st.namespaces && Object.hasOwn(st.namespaces, p.code))))
        return { isValid: false, message: lang === "en" ? "Permission namespace code already exists" : "权限空间 code 已经存在" };
      if (!absent(p.name) && Object.values(st.permissionNamespaces).some((n) => n.name === p.name))
        return { isValid: false, message: lang === "en" ? "Permission namespace name already exists" : "权限空间名称已经存在" };
      return { isValid: true, message: "" };
    },
  },
  "/api/v3/list-permission-namespace-roles": {
    method: "GET",
    handler: (p, { state: st }) => {
      const pg = pageOf(p);
      validate(p, { code: R.strLen, query: R.optStr });
      if (!findNs(st, p.code) && !BUILT_IN.includes(p.code)) nsNotFound();
      let roles = entitiesOf(st.roles).filter((r) => (r.namespace ?? r.namespaceCode ?? "default") === p.code);
      if (!absent(p.query)) roles = roles.filter((r) => contains([r.code, r.name], p.query));
      roles.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0) || newestFirst(a, b));
      const out = paged(roles, pg);
      return {
        totalCount: out.totalCount,
        list: out.list.map((r) => ({ code: r.code, name: r.name ?? r.code, description: r.description ?? "", namespace: p.code, updatedAt: r.updatedAt ?? r.createdAt ?? "" })),
      };
    },
  },

  // ---- data resources
  "/api/v3/create-data-resource": { method: "POST", handler: createResource(undefined) },
  "/api/v3/create-string-data-resource": { method: "POST", handler: createResource("STRING") },
  "/api/v3/create-array-data-resource": { method: "POST", handler: createResource("ARRAY") },
  "/api/v3/create-tree-data-resource": { method: "POST", handler: createResource("TREE") },
  "/api/v3/get-data-resource": {
    method: "GET",
    handler: (p, { state: st }) => {
      validate(p, RESOURCE_KEY);
      return resourceView(findResource(st, p.namespaceCode, p.resourceCode) ?? resourceNotFound(), true);
    },
  },
  "/api/v3/update-data-resource": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { ...RESOURCE_KEY, resourceName: R.optStr, description: R.optStr, actions: R.optArr() });
      const r = findResource(st, p.namespaceCode, p.resourceCode) ?? resourceNotFound();
      if (p.struct !== undefined && p.struct !== null) {
        const errors = structErrors(r.type, p.struct, { byType: true });
        if (errors.length) invalid(errors);
      }
      if (Array.isArray(p.actions) && !p.actions.length) invalid(["actions should not be empty"]);
      if (p.resourceName === "") invalid(["resourceName should not be empty"]);
      if (!absent(p.resourceName) && Object.values(resourcesOf(st, p.namespaceCode)).some((x) => x !== r && x.resourceName === p.resourceName))
        fail(409, 2112, "数据资源名称已经存在", "Data resource name already exists");
      if (!absent(p.resourceName)) r.resourceName = p.resourceName;
      if (typeof p.description === "string") r.description = p.description;
      if (p.struct !== undefined && p.struct !== null) r.struct = cleanStruct(r.type, p.struct);
      if (Array.isArray(p.actions)) r.actions = [...p.actions];
      r.updatedAt = nowIso();
      return resourceView(r);
    },
  },
  "/api/v3/delete-data-resource": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, RESOURCE_KEY);
      if (!findResource(st, p.namespaceCode, p.resourceCode)) resourceNotFound();
      delete st.dataResources[p.namespaceCode][p.resourceCode];
      if (!Object.keys(st.dataResources[p.namespaceCode]).length) delete st.dataResources[p.namespaceCode];
      return undefined;
    },
  },
  "/api/v3/list-data-resources": {
    method: "GET",
    handler: (p, { state: st }) => {
      const pg = pageOf(p, { tooBig: () => thirdParty("page size must be greater than 0 and less than 50") });
      validate(p, { query: R.optStr });
      const codes = list(p.namespaceCodes);
      if (codes && !codes.every((c) => typeof c === "string")) invalid(["each value in namespaceCodes must be a string"]);
      let items = (codes ? [...new Set(codes)] : Object.keys(st.dataResources)).flatMap((ns) => Object.values(resourcesOf(st, ns)));
      if (!absent(p.query)) items = items.filter((r) => contains([r.resourceCode, r.resourceName], p.query));
      items.sort(newestFirst);
      // How many grants (policy and target) reach each listed resource.
      const counts = new Map();
      for (const policy of Object.values(st.dataPolicies))
        for (const r of policyResources(st, policy)) counts.set(r.resourceId, (counts.get(r.resourceId) ?? 0) + policy.targets.length);
      const out = paged(items, pg);
      return {
        totalCount: out.totalCount,
        list: out.list.map((r) => ({
          resourceName: r.resourceName, resourceCode: r.resourceCode, type: r.type, description: r.description,
          namespaceCode: r.namespaceCode, namespaceName: findNs(st, r.namespaceCode)?.name ?? "",
          authorizationNum: counts.get(r.resourceId) ?? 0, updatedAt: r.updatedAt,
        })),
      };
    },
  },
  "/api/v3/check-data-resource-exists": {
    method: "GET",
    handler: (p, { state: st, lang }) => {
      validate(p, { namespaceCode: R.str, resourceName: R.optStr, resourceCode: R.optStr });
      const existing = resourcesOf(st, p.namespaceCode);
      if (!absent(p.resourceCode) && Object.hasOwn(existing, p.resourceCode)) return { isValid: false, message: lang === "en" ? "Data resource code already exists" : "数据资源 code 已经存在" };
      if (!absent(p.resourceName) && Object.values(existing).some((r) => r.resourceName === p.resourceName)) return { isValid: false, message: lang === "en" ? "Data resource name already exists" : "数据资源名称已经存在" };
      return { isValid: true, message: "" };
    },
  },

  // ---- data policies
  "/api/v3/create-data-policy": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { statementList: R.arr(["min"], "object"), policyName: R.str, description: R.optStr });
      const statementList = checkStatements(p.statementList);
      if (policyNameTaken(st, p.policyName)) thirdParty("data policy name already exists");
      const at = nowIso();
      const policy = { policyId: newId(), policyName: p.policyName, description: p.description ?? "", statementList, targets: [], createdAt: at, updatedAt: at };
      st.dataPolicies[policy.policyId] = policy;
      return policyView(policy);
    },
  },
  "/api/v3/update-data-policy": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { policyId: R.str, policyName: R.optStr, description: R.optStr, statementList: (v, n) => (v === undefined || v === null ? [] : R.arr(["min"], "object")(v, n)) });
      const policy = findPolicy(st, p.policyId) ?? policyNotFound();
      if (p.policyName === "") invalid(["policyName should not be empty"]);
      const statementList = p.statementList ? checkStatements(p.statementList) : undefined;
      if (!absent(p.policyName) && policyNameTaken(st, p.policyName, policy.policyId)) thirdParty("data policy name already exists");
      if (!absent(p.policyName)) policy.policyName = p.policyName;
      if (typeof p.description === "string") policy.description = p.description;
      if (statementList) policy.statementList = statementList;
      policy.updatedAt = nowIso();
      return policyView(policy);
    },
  },
  "/api/v3/get-data-policy": {
    method: "GET",
    handler: (p, { state: st }) => {
      validate(p, { policyId: R.str });
      const policy = findPolicy(st, p.policyId) ?? policyNotFound();
      return { ...policyView(policy), statementList: structuredClone(policy.statementList) };
    },
  },
  "/api/v3/delete-data-policy": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { policyId: R.str });
      if (!findPolicy(st, p.policyId)) policyNotFound();
      delete st.dataPolicies[p.policyId];
      return undefined;
    },
  },
  "/api/v3/list-data-policies": {
    method: "GET",
    handler: (p, { state: st }) => {
      const pg = pageOf(p);
      validate(p, { query: R.optStr });
      let items = Object.values(st.dataPolicies).sort(newestFirst);
      if (!absent(p.query)) items = items.filter((x) => contains([x.policyName], p.query));
      const out = paged(items, pg);
      return {
        totalCount: out.totalCount,
        list: out.list.map((x) => ({
          policyName: x.policyName, description: x.description, resourceList: policyResources(st, x), policyId: x.policyId,
          targetList: x.targets.map((t) => ({ id: t.targetIdentifier, type: t.targetType, name: targetName(st, t.targetType, t.targetIdentifier) })),
          updatedAt: x.updatedAt,
        })),
      };
    },
  },
  "/api/v3/list-simple-data-policies": {
    method: "GET",
    handler: (p, { state: st }) => {
      const pg = pageOf(p);
      validate(p, { query: R.optStr });
      let items = Object.values(st.dataPolicies).sort(newestFirst);
      if (!absent(p.query)) items = items.filter((x) => contains([x.policyName], p.query));
      const out = paged(items, pg);
      return { totalCount: out.totalCount, list: out.list.map((x) => ({ policyId: x.policyId, policyName: x.policyName, description: x.description })) };
    },
  },
  "/api/v3/check-data-policy-exists": {
    method: "GET",
    handler: (p, { state: st, lang }) => {
      validate(p, { policyName: R.str });
      if (policyNameTaken(st, p.policyName)) {
        const message = "请求第三方端点时返回错误, errmsg=data policy name already exists";
        try {
          fail(602, 6020, message, "error returned by a third-party endpoint, errmsg=data policy name already exists");
        } catch (e) {
          e.data = { isValid: false, message: lang === "en" ? "Data policy name already exists" : "数据策略名称已经存在" };
          throw e;
        }
      }
      return { isValid: true, message: "" };
    },
  },
  "/api/v3/authorize-data-policies": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { targetList: R.arr(["ne"], "object"), policyIds: R.arr(["min"]) });
      for (const t of p.targetList) if (!TARGET_TYPES.includes(t.type)) invalid([`type must be one of the following values: ${TARGET_TYPES.join(", ")}`]);
      const policies = p.policyIds.map((id) => findPolicy(st, id) ?? policyNotFound());
      for (const t of p.targetList) {
        // Groups and roles are checked when their areas keep them.
        const known = COLLECTION[t.type] && st[COLLECTION[t.type]] === undefined ? true : Boolean(targetEntity(st, t.type, t.id));
        if (typeof t.id !== "string" || !t.id || !known) t.type === "USER" ? userNotFound() : fail(404, 2131, ...TARGET_MISSING[t.type]);
      }
      const at = nowIso();
      for (const policy of policies)
        for (const t of p.targetList) {
          const had = policy.targets.find((x) => x.targetType === t.type && x.targetIdentifier === t.id);
          if (had) had.authorizationTime = at;
          else policy.targets.push({ targetType: t.type, targetIdentifier: t.id, authorizationTime: at });
        }
      return undefined;
    },
  },
  "/api/v3/revoke-data-policy": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, {
        targetType: (v, n) => (absent(v) ? [`${n} should not be empty`] : TARGET_TYPES.includes(v) ? [] : [`${n} must be one of the following values: ${TARGET_TYPES.join(", ")}`]),
        targetIdentifier: R.str, policyId: R.str,
      });
      const policy = findPolicy(st, p.policyId) ?? policyNotFound();
      policy.targets = policy.targets.filter((t) => !(t.targetType === p.targetType && t.targetIdentifier === p.targetIdentifier));
      return undefined;
    },
  },
  "/api/v3/list-data-policy-targets": {
    method: "GET",
    handler: (p, { state: st }) => {
      validate(p, { policyId: R.str });
      const pg = pageOf(p);
      validate(p, { query: R.optStr });
      const types = list(p.targetType);
      if (types && !types.every((t) => TARGET_TYPES.includes(t))) invalid([`each value in targetType must be one of the following values: ${TARGET_TYPES.join(", ")}`]);
      const policy = findPolicy(st, p.policyId) ?? policyNotFound();
      let items = policy.targets.map((t) => ({ ...t, targetName: targetName(st, t.targetType, t.targetIdentifier) }));
      if (types) items = items.filter((t) => types.includes(t.targetType));
      if (!absent(p.query)) items = items.filter((t) => contains([t.targetName], p.query));
      const out = paged(items, pg);
      return {
        totalCount: out.totalCount,
        list: out.list.map((t) => ({ targetIdentifier: t.targetIdentifier, targetType: t.targetType, targetName: t.targetName, authorizationTime: t.authorizationTime })),
      };
    },
  },

  // ---- checks
  "/api/v3/check-permission": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, CHECK);
      return checkResults(st, p, requireUser(st, p.userId));
    },
  },
  "/api/v3/check-external-user-permission": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { ...CHECK, userId: () => [], externalId: R.str });
      const user = allUsers(st).find((u) => u.externalId === p.externalId) ?? userNotFound();
      return checkResults(st, p, user.userId);
    },
  },
  "/api/v3/check-user-same-level-permission": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { resourceNodeCodes: R.optArr(), resource: R.str, action: R.str, userId: R.str, namespaceCode: R.str });
      const g = grantsOf(st, requireUser(st, p.userId));
      const base = splitPath(p.resource);
      const nodes = p.resourceNodeCodes?.length ? p.resourceNodeCodes : [null];
      return {
        checkLevelResultList: nodes.map((node) => ({
          action: p.action, resourceNodeCode: node ?? p.resource,
          enabled: enabled(g, p.namespaceCode, node === null ? base : [...base, ...splitPath(node)], p.action),
        })),
      };
    },
  },
  "/api/v3/get-user-permission-list": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { userIds: R.arr(["ne"]), namespaceCodes: R.optArr() });
      for (const id of p.userIds) requireUser(st, id);
      const userPermissionList = [];
      for (const userId of new Set(p.userIds)) {
        const g = grantsOf(st, userId);
        const namespaces = p.namespaceCodes?.length ? [...new Set(p.namespaceCodes)] : [...new Set(g.allow.map((x) => x.ns).filter((ns) => ns !== "*"))];
        for (const ns of namespaces) {
          const resourceList = Object.values(resourcesOf(st, ns)).map((r) => openResource(st, g, ns, r)).filter(Boolean);
          if (resourceList.length) userPermissionList.push({ userId, namespaceCode: ns, resourceList });
        }
      }
      return { userPermissionList };
    },
  },
  "/api/v3/get-user-resource-permission-list": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { resources: R.arr(["min", "ne"]), userId: R.str, namespaceCode: R.str });
      const g = grantsOf(st, requireUser(st, p.userId));
      return {
        permissionList: p.resources.map((resource) => ({ namespaceCode: p.namespaceCode, actions: actionsOn(st, g, p.namespaceCode, splitPath(resource)), resource })),
      };
    },
  },
  "/api/v3/get-user-resource-struct": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { resourceCode: R.str, userId: R.str, namespaceCode: R.str });
      const g = grantsOf(st, requireUser(st, p.userId));
      const r = findResource(st, p.namespaceCode, p.resourceCode) ?? resourceNotFound();
      const out = { namespaceCode: p.namespaceCode, resourceCode: r.resourceCode, resourceType: r.type };
      const actions = actionsOn(st, g, p.namespaceCode, [r.resourceCode]);
      if (r.type === "STRING") out.strResourceAuthAction = { value: r.struct, actions };
      else if (r.type === "ARRAY") out.arrResourceAuthAction = { values: r.struct, actions };
      else {
        const walk = (nodes, prefix) =>
          nodes.map((n) => {
            const path = [...prefix, n.code];
            const node = { code: n.code, name: n.name, value: n.value ?? "", actions: actionsOn(st, g, p.namespaceCode, [r.resourceCode, ...path]) };
            if (Array.isArray(n.children)) node.children = walk(n.children, path);
            return node;
          });
        out.treeResourceAuthAction = { nodeAuthActionList: walk(r.struct, []) };
      }
      return out;
    },
  },
  "/api/v3/list-resource-targets": {
    method: "POST",
    handler: (p, { state: st }) => {
      validate(p, { resources: R.arr(["min", "ne"]), actions: R.arr(["ne"]), namespaceCode: R.str });
      // Each policy's users once, then per resource and action: the users an ALLOW reaches and no DENY does.
      const policies = Object.values(st.dataPolicies).filter((x) => x.targets.length).map((x) => {
        const users = new Set();
        for (const t of x.targets) for (const u of membersOf(st, t.targetType, t.targetIdentifier)) users.add(u);
        const perms = x.statementList.flatMap((s) => s.permissions.map((perm) => ({ effect: s.effect, perm: parsePermission(perm) }))).filter((s) => s.perm);
        return { users, perms };
      });
      const reached = (effect, path, action) => {
        const out = new Set();
        for (const x of policies) if (x.perms.some((s) => s.effect === effect && matches(s.perm, p.namespaceCode, path, action))) for (const u of x.users) out.add(u);
        return out;
      };
      return {
        authUserList: p.resources.map((resource) => {
          const path = splitPath(resource);
          return {
            resource,
            actionAuthList: p.actions.map((action) => {
              const denied = reached("DENY", path, action);
              return { action, userIds: [...reached("ALLOW", path, action)].filter((u) => !denied.has(u) && Object.hasOwn(st.users, u)) };
            }),
          };
        }),
      };
    },
  },
};

// Deleted users are no longer targets of any policy (one pass over the policies).
export function forgetUsers(st, ids) {
  for (const policy of Object.values(st.dataPolicies ?? {}))
    if (policy.targets.some((t) => t.targetType === "USER" && ids.has(t.targetIdentifier)))
      policy.targets = policy.targets.filter((t) => !(t.targetType === "USER" && ids.has(t.targetIdentifier)));
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));

// The identifiers that name a group or role (by code, ns = its namespace) as a policy target: its id, and its code
// unless another role of another namespace keeps that code. Called before the group or role leaves its area.
function targetNames(st, type, code, ns) {
  const coll = st[COLLECTION[type]];
  const names = new Set();
  const all = entitiesOf(coll).filter((e) => e.code === code);
  const self = type === "ROLE" && ns !== undefined ? all.filter((e) => (e.namespace ?? "default") === ns) : all;
  for (const e of self) for (const k of KEYS[type]) if (typeof e[k] === "string") names.add(e[k]);
  if (all.length === self.length) names.add(code);
  return names;
}

// A policy target follows its group, role or department (env.forgetTarget / env.renameTarget): a deleted one is
// no longer a target (DEPARTMENT: an ORG target naming the department id); a renamed one named by code is renamed.
export function forgetTarget(st, type, id, ns) {
  let kind, names;
  if (type === "GROUP" || type === "ROLE") (kind = type), (names = targetNames(st, type, id, ns));
  else if (type === "DEPARTMENT" || type === "ORG") (kind = "ORG"), (names = new Set([id]));
  else return;
  for (const policy of Object.values(st.dataPolicies ?? {}))
    policy.targets = policy.targets.filter((t) => !(t.targetType === kind && names.has(t.targetIdentifier)));
}
export function renameTarget(st, type, from, to, ns) {
  if (type !== "GROUP" && type !== "ROLE") return;
  // Called after the rename: the entity now carries the new code; another role still holding `from` keeps it.
  if (type === "ROLE" && entitiesOf(st.roles).some((e) => e.code === from && (e.namespace ?? "default") !== ns)) return;
  for (const policy of Object.values(st.dataPolicies ?? {}))
    for (const t of policy.targets) if (t.targetType === type && t.targetIdentifier === from) t.targetIdentifier = to;
}
