// Namespaces (权限分组, the permission groups that roles and resources belong to), stateful.
//
// state.namespaces {code: {code, name, description}} (no prototype: "__proto__" is an ordinary code): always
// holds the built-in "default" (recreated
// by init, never deleted or renamed). Other areas read it: requireNamespace(st, code) / namespaceExists.
//
//   POST create-namespace        {code!, name, description} -> NamespaceDto; name defaults to the code
//   POST create-namespaces-batch {list! [{code!, name!, description}]} -> {success}; all or nothing
//   GET  get-namespace           code! -> NamespaceDto
//   GET  get-namespaces-batch    codeList! (array, or one comma-separated string) -> NamespaceDto[] of the
//                                codes that exist, in the order asked (unknown and malformed codes are left out)
//   POST update-namespace        {code!, newCode (moves it, with its resources and authorizations), name,
//                                description} -> {code, name, description, newCode?} (code = the current code)
//   POST delete-namespace        {code!} -> {success}; its resources and authorizations go with it
//   POST delete-namespaces-batch {codeList!} -> {success}; codes that name no namespace are ignored
//   GET  list-namespaces         page, limit (<= 50), keywords (code or name contains it) -> {totalCount, list}
//
// Errors (HTTP 200, the error in the envelope):
//   400 2000  "参数 code 格式错误": code absent, empty or longer than 64 (create, get, delete); the same for
//             newCode longer than 64; "参数 list/codeList 格式错误" for a missing or malformed list
//   400 2000  "invalid namespace code: X": a code outside [A-Za-z0-9_.-] (create, update's newCode); in a
//             batch also a code longer than 64 (the batch has no length rule of its own)
//   400 2000  "namespace name must not be empty": a batch item without code or name (the service words
//             an empty code in a batch so, as the suite observed)
//   404 2301  "namespace not exists" (get-namespace)   404 2301 "权限组不存在" / "namespace not found"
//             (update-namespace, delete-namespace, and the other areas' calls naming an unknown namespace)
//   409 2302  "namespace with code X already exists." (create, batch, update's newCode)
//   409 2303  "can't use built-in namespace code 'default' and 'system'" (creating, renaming to, renaming
//             or deleting the built-in codes)
// Decisions where the suite is silent: a malformed code in get-namespace/delete-namespace is simply not
// found (404), as the suite observed for "额！" and " "; deleting or renaming "default" is refused;
// deleting a namespace drops its roles from the other areas (env.forgetTarget "ROLE"), its resources and
// authorizations here, and calls the roles area's
// forgetNamespace(state, code) / renameNamespace(state, from, to) when that area exports them.
import { badParam, BATCH_LIMIT, CODE, contains, fail, isPlainObject, paged, success } from "../lib.mjs";
import * as roles from "./roles.mjs";
import { forgetNamespaceResources, renameNamespaceResources } from "./resources.mjs";
import { renameNamespaceData } from "./users.mjs";

export const DEFAULT_NAMESPACE = "default";
export const BUILT_IN = ["default", "system"];
const DEFAULT = { code: DEFAULT_NAMESPACE, name: "默认权限分组", description: "" };

export function init(st, s) {
  // No prototype: a code such as "__proto__" is an ordinary key.
  st.namespaces = Object.assign(Object.create(null), { [DEFAULT_NAMESPACE]: { ...DEFAULT } });
  for (const n of s.namespaces ?? []) {
    if (typeof n?.code !== "string" || !CODE.test(n.code)) throw new Error("seed: namespace needs a code");
    st.namespaces[n.code] = { name: n.code, description: "", ...n };
  }
}

export const namespaceExists = (st, code) => typeof code === "string" && Object.hasOwn(st.namespaces, code);
/** The namespace named by `code` (absent = "default"), else 404 "权限组不存在". */
export function requireNamespace(st, code) {
  const c = code === undefined || code === null || code === "" ? DEFAULT_NAMESPACE : code;
  return namespaceExists(st, c) ? st.namespaces[c] : notFound();
}

const notFound = () => fail(404, 2301, "权限组不存在", "namespace not found");
const invalid = (code) => fail(400, 2000, `invalid namespace code: ${code}`);
const builtIn = () => fail(409, 2303, "can't use built-in namespace code 'default' and 'system'");
const taken = (code) => fail(409, 2302, `namespace with code ${code} already exists.`);
const view = (n) => ({ code: n.code, name: n.name, description: n.description });

// code!: "参数 code 格式错误" when absent or longer than 64; the pattern is checked by the caller.
const codeParam = (v, n) => (typeof v === "string" && v !== "" && v.length <= 64 ? v : badParam(n));
const newCodeParam = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  return typeof v === "string" && v.length <= 64 ? v : badParam(n);
};
const optString = (v, n) => (v === undefined || v === null ? undefined : typeof v === "string" ? v : badParam(n));
// A list of codes: an array of strings, or one comma-separated string (as the endpoint documents).
export const codeList = (v, n) => {
  if (typeof v === "string" && v !== "") v = v.split(",");
  return Array.isArray(v) && v.length && v.length <= BATCH_LIMIT && v.every((x) => typeof x === "string") ? v : badParam(n);
};

function requireFreeCode(st, code) {
  if (!CODE.test(code)) invalid(code);
  if (BUILT_IN.includes(code)) builtIn();
  if (namespaceExists(st, code)) taken(code);
}

export const routes = {
  "/api/v3/create-namespace": {
    method: "POST",
    spec: { code: codeParam, name: optString, description: optString },
    handler: (p, { state: st }) => {
      requireFreeCode(st, p.code);
      const n = { code: p.code, name: p.name || p.code, description: p.description ?? "" };
      st.namespaces[n.code] = n;
      return view(n);
    },
  },
  "/api/v3/create-namespaces-batch": {
    method: "POST",
    spec: { list: (v, n) => (Array.isArray(v) && v.length && v.length <= BATCH_LIMIT && v.every(isPlainObject) ? v : badParam(n)) },
    handler: (p, { state: st }) => {
      const seen = new Set();
      for (const item of p.list) {
        if (item.code === undefined || item.code === null || item.code === "" || item.name === undefined || item.name === null || item.name === "")
          fail(400, 2000, "namespace name must not be empty");
        if (typeof item.code !== "string" || item.code.length > 64) invalid(item.code);
        if (typeof item.name !== "string") badParam("name");
        if (item.description !== undefined && item.description !== null && typeof item.description !== "string") badParam("description");
        requireFreeCode(st, item.code);
        if (seen.has(item.code)) taken(item.code);
        seen.add(item.code);
      }
      for (const item of p.list) st.namespaces[item.code] = { code: item.code, name: item.name, description: item.description ?? "" };
      return success();
    },
  },
  "/api/v3/get-namespace": {
    method: "GET",
    spec: { code: codeParam },
    handler: (p, { state: st }) => {
      if (!namespaceExists(st, p.code)) fail(404, 2301, "namespace not exists");
      return view(st.namespaces[p.code]);
    },
  },
  "/api/v3/get-namespaces-batch": {
    method: "GET",
    spec: { codeList },
    handler: (p, { state: st }) => [...new Set(p.codeList)].filter((c) => namespaceExists(st, c)).map((c) => view(st.namespaces[c])),
  },
  "/api/v3/update-namespace": {
    method: "POST",
    spec: {
      code: (v, n) => (typeof v === "string" && v !== "" ? v : badParam(n)),
      newCode: newCodeParam, name: optString, description: optString,
    },
    handler: (p, { state: st }) => {
      if (p.newCode !== undefined && !CODE.test(p.newCode)) invalid(p.newCode);
      const n = namespaceExists(st, p.code) ? st.namespaces[p.code] : notFound();
      const moving = p.newCode !== undefined && p.newCode !== n.code;
      if (moving) {
        if (BUILT_IN.includes(n.code)) builtIn();
        requireFreeCode(st, p.newCode);
      }
      if (p.name) n.name = p.name;
      if (p.description !== undefined) n.description = p.description;
      if (moving) {
        const from = n.code;
        delete st.namespaces[from];
        n.code = p.newCode;
        st.namespaces[n.code] = n;
        renameNamespaceResources(st, from, n.code);
        roles.renameNamespace?.(st, from, n.code);
        renameNamespaceData(st, from, n.code);
      }
      return { ...view(n), ...(p.newCode !== undefined ? { newCode: n.code } : {}) };
    },
  },
  "/api/v3/delete-namespace": {
    method: "POST",
    spec: { code: codeParam },
    handler: (p, env) => {
      const st = env.state;
      if (BUILT_IN.includes(p.code)) builtIn();
      if (!namespaceExists(st, p.code)) notFound();
      forget(env, p.code);
      return success();
    },
  },
  "/api/v3/delete-namespaces-batch": {
    method: "POST",
    spec: { codeList: (v, n) => (Array.isArray(v) && v.length <= BATCH_LIMIT ? v : badParam(n)) },
    handler: (p, env) => {
      const st = env.state;
      if (p.codeList.some((c) => BUILT_IN.includes(c))) builtIn();
      for (const c of p.codeList) if (namespaceExists(st, c)) forget(env, c);
      return success();
    },
  },
  "/api/v3/list-namespaces": {
    method: "GET",
    spec: { page: "int", limit: "int:50", keywords: "string" },
    handler: (p, { state: st }) => {
      let list = Object.values(st.namespaces);
      if (p.keywords !== undefined) list = list.filter((n) => contains([n.code, n.name], p.keywords));
      return paged(list.map(view), p);
    },
  },
};

// A namespace that goes takes its roles with it: each leaves the other areas first (policy targets, custom data:
// env.forgetTarget "ROLE"), then the namespace's resources, grants and roles go.
function forget(env, code) {
  const st = env.state;
  for (const r of roles.rolesIn?.(st, code) ?? []) env.forgetTarget?.("ROLE", r.code, code);
  delete st.namespaces[code];
  forgetNamespaceResources(st, code);
  roles.forgetNamespace?.(st, code);
}
