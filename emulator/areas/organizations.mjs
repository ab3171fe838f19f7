// The organization module: organizations, departments and their members (protocol.md §4),
// stateful. See index.mjs for the behaviour of each call.
import {
  advancedFilter, badParam, contains, fail, isPlainObject, newId, nowIso, PAGE, paged, pick, SUCCESS, withDefaults,
} from "../lib.mjs";
import { requireUsers, userView } from "./users.mjs";

const DEPARTMENT_ID_TYPES = ["department_id", "open_department_id", "sync_relation", "custom_field", "code"];
const SUPPORTED_ID_TYPES = ["department_id", "open_department_id", "code"];
const idType = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  if (!DEPARTMENT_ID_TYPES.includes(v)) badParam(n);
  return SUPPORTED_ID_TYPES.includes(v) ? v : fail(400, 2000, `departmentIdType ${v} is not supported`);
};

const ORG = { organizationCode: "string:64!", tenantId: "string" };
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
  const organizations = {}, departments = {}, memberships = {};
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
  }
  for (const [departmentId, ids] of Object.entries(s.memberships ?? {})) {
    if (!departments[departmentId]) throw new Error(`seed: memberships for unknown department ${departmentId}`);
    for (const id of ids) {
      if (!users[id]) throw new Error(`seed: membership of unknown user ${id}`);
      if (!memberships[departmentId].includes(id)) memberships[departmentId].push(id);
    }
  }
  Object.assign(st, { organizations, departments, memberships });
}

const childrenOf = (st, d) => Object.values(st.departments).filter((c) => c.parentDepartmentId === d.departmentId);
const departmentsOf = (st, org) => Object.values(st.departments).filter((d) => d.organizationCode === org.organizationCode);

function subtree(st, d) {
  const out = [d];
  for (let i = 0; i < out.length; i++) out.push(...childrenOf(st, out[i]));
  return out;
}

export function resolveOrg(st, code) {
  return st.organizations[code] ?? fail(404, 2002, `organization not found for code: ${code}`);
}

export function resolveDepartment(st, p, id = p.departmentId, type = p.departmentIdType ?? "department_id") {
  const org = resolveOrg(st, p.organizationCode);
  const inOrg = departmentsOf(st, org);
  const d =
    id === "root" ? st.departments[org.departmentId]
    : type === "department_id" ? inOrg.find((x) => x.departmentId === id)
    : type === "open_department_id" ? inOrg.find((x) => x.openDepartmentId === id)
    : inOrg.find((x) => x.code === id);
  return d ?? fail(404, 2001, `department not found: ${id}`);
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
      ...ORG, name: "string!", parentDepartmentId: "string!", departmentIdType: idType, openDepartmentId: "string",
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


// A deleted user leaves every department.
export function forgetUser(st, id) {
  for (const [d, ids] of Object.entries(st.memberships)) if (ids.includes(id)) st.memberships[d] = ids.filter((x) => x !== id);
}
