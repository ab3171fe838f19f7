// What every area of the emulator shares: errors in both languages, parameter rules, ids,
// paging, filters. An area module (areas/*.mjs) exports
//   init(state, seed)         builds its part of the state from the seed (its own keys only)
//   routes                    { "/api/v3/<path>": { method, spec?, query?, handler(params, env) -> data } }
//   forgetUsers?(state, ids)  drops deleted users (a Set) from everything the area keeps
//                             (or forgetUser?(state, id), one at a time)
//   forgetTarget?(state, type, id, ns), renameTarget?(state, type, from, to, ns)
//                             a deleted or renamed GROUP, ROLE (in namespace ns), DEPARTMENT or ORG
// and the core (index.mjs) dispatches to them.
import { randomBytes } from "node:crypto";

// ---------------------------------------------------------------------------------------------
// Errors. Every message exists in Chinese (zh-CN, the service's default) and English (en-US,
// chosen by the `x-authing-lang` / `x-genauth-lang` header); a message the service gives in
// English (the class-validator style "x should not be empty") is the same in both.

export class ApiError extends Error {
  constructor(statusCode, apiCode, message, httpStatus = 200, en = message) {
    super(message);
    Object.assign(this, { statusCode, apiCode, httpStatus, en });
  }
  text(lang) {
    return lang === "en" ? this.en : this.message;
  }
}

/** Throws an error envelope: HTTP 200 unless `httpStatus` says otherwise. */
export const fail = (statusCode, apiCode, zh, en = zh, httpStatus = 200) => {
  throw new ApiError(statusCode, apiCode, zh, httpStatus, en);
};
export const unauthorized = (apiCode, message) => fail(401, apiCode, message, message, 401);

// The service's words for the common failures, as the official suite observed them.
export const badParam = (name) => fail(400, 2000, `参数 ${name} 格式错误`, `Parameter ${name} is malformed`);

// ---------------------------------------------------------------------------------------------
// Parameter checking: a route's spec maps name -> rule, "type[:arg]" with a trailing "!" when the
// field is required, or a function (value, name, params) -> value that throws with fail().
// Absent = undefined, null or "" (so an empty required field is "参数 X 格式错误").
//   string[:maxLength]  code (<= 64 chars of [A-Za-z0-9_.-], else "invalid organization code: X")
//   bool ("true"/"false" on the wire)   int[:max] (>= 1; query strings must be digits)
//   enum:A|B   ids (non-empty string[])   strs (string[])   object   array   any

export const CODE = /^[\w.-]+$/;
/** Absent, as the service reads a parameter: undefined, null or "". */
export const absent = (v) => v === undefined || v === null || v === "";
/** A store keyed by caller-given strings: no prototype, so "__proto__" is an ordinary key. */
export const dict = (from) => Object.assign(Object.create(null), from);
export const isPlainObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
export const RULES = {
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
  number: (v, n) => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() && Number.isFinite(Number(v)) ? Number(v) : badParam(n)),
  enum: (v, n, arg) => (arg.split("|").includes(v) ? v : badParam(n)),
  ids: (v, n) => (Array.isArray(v) && v.length && v.every((x) => typeof x === "string" && x) ? v : badParam(n)),
  strs: (v, n) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v : badParam(n)),
  object: (v, n) => (isPlainObject(v) ? v : badParam(n)),
  array: (v, n) => (Array.isArray(v) ? v : badParam(n)),
  any: (v) => v,
};

export function check(p, spec) {
  const out = {};
  for (const [name, rule] of Object.entries(spec)) {
    const v = p[name];
    if (typeof rule === "function") {
      const r = rule(v, name, p);
      if (r !== undefined) out[name] = r;
      continue;
    }
    const required = rule.endsWith("!");
    const [type, arg] = rule.replace("!", "").split(/:(.*)/);
    if (absent(v)) {
      if (required) badParam(name);
      continue;
    }
    out[name] = RULES[type](v, name, arg);
  }
  return out;
}

export const PAGE = { page: "int", limit: "int:50" };

// ---------------------------------------------------------------------------------------------
// Values

export const nowIso = () => new Date().toISOString();
// 24 hex digits like a MongoDB ObjectId: seconds since the epoch, then random bytes.
export const newId = () => Math.floor(Date.now() / 1000).toString(16).padStart(8, "0") + randomBytes(8).toString("hex");
export const withDefaults = (obj, defaults) => {
  const out = { ...obj };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined) out[k] = v;
  return out;
};
export const pick = (p, names) => Object.fromEntries(names.filter((n) => p[n] !== undefined).map((n) => [n, p[n]]));
export const SUCCESS = Object.freeze({ success: true });
export const success = () => ({ success: true });

export const paged = (items, p) => {
  const page = p.page ?? 1, limit = p.limit ?? 10;
  return { totalCount: items.length, list: items.slice((page - 1) * limit, page * limit) };
};
export const contains = (values, keywords) => values.some((v) => String(v ?? "").toLowerCase().includes(String(keywords).toLowerCase()));

// The most one request may create or name at once (batch creates, member lists): a request that
// asks for more is refused with "参数 X 格式错误" before anything changes.
export const BATCH_LIMIT = 1000;
export const batch = (v, n) => (Array.isArray(v) && v.length <= BATCH_LIMIT ? v : badParam(n));

// advancedFilter [{field, operator, value}]: EQUAL|IN|CONTAINS|LESSER|GREATER|BETWEEN (any case),
// on a field of the item or of its customData (`get(item, field)`).
const FILTER_OPS = {
  EQUAL: (a, v) => a === v || (a != null && v != null && String(a) === String(v)),
  IN: (a, v) => Array.isArray(v) && v.some((x) => x === a || String(x) === String(a)),
  CONTAINS: (a, v) => String(a ?? "").toLowerCase().includes(String(v).toLowerCase()),
  LESSER: (a, v) => a < v,
  GREATER: (a, v) => a > v,
  BETWEEN: (a, v) => Array.isArray(v) && a >= v[0] && a <= v[1],
};

export function advancedFilter(items, filters, get = (x, f) => x[f] ?? x.customData?.[f]) {
  let list = items;
  for (const f of filters ?? []) {
    const op = isPlainObject(f) && typeof f.operator === "string" ? FILTER_OPS[f.operator.toUpperCase()] : undefined;
    if (!op || typeof f.field !== "string") badParam("advancedFilter");
    list = list.filter((x) => op(get(x, f.field), f.value));
  }
  return list;
}
