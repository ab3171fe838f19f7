// Users: the directory every other area points into, stateful; also the custom fields and custom data.
//
// State (this module's keys):
//   state.users        {userId: user}: every field of the official UserDto (null when unset), plus customData {},
//                      identities [], tenantIds []; emails are kept in lower case.
//   state.userSecrets  {userId: {password?, salt?, principalAuthentication?}}: never answered.
//   state.customFields {USER|ROLE|GROUP|DEPARTMENT: {key: CustomFieldDto}}
//   state.customData   {"ROLE|GROUP|DEPARTMENT:<namespace>:<id>": {key: value}} (a user's custom data is user.customData)
// Every store keyed by caller-given strings (and every custom data object) has no prototype (dict()), so
// "__proto__" is an ordinary user id, custom field key or custom data key; look-ups use Object.hasOwn.
// A seed user may carry `password` and `principalAuthentication` ({principalType, principalCode, principalName,
// authenticatedAt}); both go to userSecrets. The seed is refused (an Error naming the problem) for a duplicate
// userId or a username, email (any case) or phone two seed users share.
//
// Finding a user (every call with userId + userIdType, or options.userIdType): user_id (default; any string, an
// unknown one is "用户不存在"), username (exact), email (case-insensitive; not an email -> "参数 userId 格式错误"),
// phone (digits, "-", an optional leading "+"; else "参数 userId 格式错误"), external_id, identity
// ("<extIdpId>:<userIdInIdp>" of a stored identity). sync_relation and custom_field: 400 "userIdType X is not
// supported". Another value: "参数 userIdType 格式错误". Not found: 404, apiCode 2004, "用户不存在".
//
//   POST create-user            CreateUserReqDto -> UserDto with customData. Errors (400, apiCode 2000), in this order:
//                               none of username/phone/email -> "Must contain one of the following fields: username, phone, email";
//                               a field of the wrong type or enum value (gender, status, ...) or a malformed email/phone/
//                               phoneCountryCode -> "参数 <field> 格式错误"; phoneCountryCode without phone -> "phone cannot be empty";
//                               customData not an object -> "参数 customData 格式错误"; a customData value of 1024 characters or
//                               more (JSON text for non-strings) -> "customData must be less than 1024 characters";
//                               departmentIds -> 400 (memberships belong to the organization module: add-department-members).
//                               username, email, phone, externalId are unique in the pool: 409, apiCode 2026,
//                               "用户名已存在" / "邮箱已存在" / "手机号已存在" / "externalId 已存在". identities are stored
//                               (identityId given), password/salt kept secret (passwordLastSetAt set), tenantIds stored.
//   POST create-users-batch     {list! (1..1000 CreateUserInfoDto), options} -> UserDto[]; every item checked as create-user,
//                               also against the others of the list; one bad item refuses the whole list (nothing created).
//   GET  get-user               userId!, userIdType, withCustomData, flatCustomData (custom data as top-level fields),
//                               withIdentities, withDepartmentIds, withPost -> UserDto; customData, identities, departmentIds
//                               only when asked.
//   GET  get-user-batch         userIds! (array, or a comma-separated string), userIdType, with* -> UserDto[] of the users found
//                               (unknown ones are left out); empty -> "参数 userIds 格式错误".
//   POST update-user            UpdateUserReqDto (userId!, options.userIdType) -> UserDto with customData; same checks as
//                               create-user ("" is a malformed gender/status), uniqueness against the other users, customData
//                               merged into the stored one; status changes set statusChangedAt.
//   POST update-user-batch      {list! of UpdateUserInfoDto, options.userIdType} -> UserDto[]; all or nothing.
//   POST delete-users-batch     {userIds! (1..1000), options.userIdType} -> {success}; unknown ids are skipped; the users
//                               leave every area at once (env.forgetUsers: groups, roles, departments...) before their
//                               records (with their custom data) go.
//   POST list-users             {keywords, advancedFilter, searchQuery, options: {pagination {page, limit}, sort [{field, order}],
//                               fuzzySearchOn, withCustomData, withIdentities, withDepartmentIds, withPost, flatCustomData}}
//                               -> {totalCount, list}. Default order: last created first. keywords: case-insensitive
//                               substring of phone, email, name, username, nickname (or of fuzzySearchOn; `id` = userId).
//                               advancedFilter [{field, operator, value}], all must hold: operators EQUAL NOT_EQUAL CONTAINS
//                               NOT_CONTAINS IS_NULL NOT_NULL IN GREATER LESSER BETWEEN; fields: any user field or custom
//                               data key; dates (createdAt, updatedAt, lastLogin|lastLoginTime, statusChangedAt, ...) compare
//                               as instants (ms numbers or date strings); status/gender/workStatus/userSourceType values must be
//                               valid ("参数 status 格式错误"); `department` IN [{organizationCode, departmentId, departmentIdType,
//                               includeChildrenDepartments}]; `loggedInApps` IN [appId] (no login is recorded: none match);
//                               `group`/`role` and a non-empty searchQuery: 400 "... is not supported". page/limit: integers
//                               >= 1 ("参数 page 格式错误", "参数 limit 格式错误"); limit > 50: "limit must less than 50".
//   GET  list-archived-users    page, limit (as list-users), startAt (unix seconds) -> {totalCount, list: [{userId, archivedAt}]}
//                               of the users whose status is Archived (archivedAt = statusChangedAt).
//   POST is-user-exists         {username, email, phone, externalId} -> {exists} (any of them taken); none given ->
//                               "参数 username, email, phone, externalId 格式错误".
//   GET  get-user-identities    userId!, userIdType -> IdentityDto[] (the stored identities).
//   GET  get-user-accessible-apps, get-user-authorized-apps, get-user-logged-in-identities
//                               userId!, userIdType -> [] (application access is not modelled).
//   GET  get-user-loggedin-apps userId!, userIdType -> [{appId, appName, appLogo, appLoginUrl}]: the applications (oidc.mjs)
//                               where the user holds a live access or refresh token.
//   GET  get-user-login-history userId!, userIdType, appId, clientIp, start, end (ms), page, limit -> {totalCount, list:
//                               [{appId, appName, appLogo, appLoginUrl, clientIp, userAgent, time}]}: the user's successful
//                               sign-ins (signin, the /oidc/auth page, the password grant, CAS), newest first.
//   GET  get-user-mfa-info      userId!, userIdType -> {totpStatus, faceMfaStatus, smsMfaStatus, emailMfaStatus}: "disabled".
//   GET  get-user-principal-authentication-info  userId!, userIdType -> {authenticated, principalType, principalCode,
//                               principalName, authenticatedAt} (the suite reads these on data itself; null when none).
//   POST reset-user-principal-authentication-info  {userId!, options.userIdType} -> {success}; a user without a record:
//                               statusCode 499, apiCode 499, "没有认证记录".
//   POST kick-users             {userId!, appIds! (non-empty string[]), options.userIdType} -> {success}.
//   POST resign-user, resign-user-batch  {userId! | userIds!, userIdType} -> {success}; status Resigned, workStatus Closed.
//   POST set-custom-fields      {list! [{targetType!, key!, dataType (STRING), label (key), description, encrypted, isUnique,
//                               userEditable, visibleInAdminConsole, visibleInUserCenter, options, i18n, ...}], tenantId}
//                               -> CustomFieldDto[] (a known key is updated, a new one created).
//   GET  get-custom-fields      targetType! (USER|ROLE|GROUP|DEPARTMENT), tenantId -> CustomFieldDto[].
//   POST delete-custom-fields   {list! [{targetType!, key!}], tenantId} -> {success}; stored values stay.
//   POST set-custom-data        {targetType!, targetIdentifier!, list! [{key!, value}], namespace, tenantId} -> {success}; USER
//                               writes the user's customData (unknown user: "用户不存在"; values as create-user);
//                               DEPARTMENT needs a known department id (404, apiCode 2001, "部门不存在"); ROLE/GROUP
//                               data is kept here by namespace + identifier.
//   GET  get-custom-data        targetType!, targetIdentifier!, namespace, tenantId -> {key: value}.
// Decisions where the suite is silent: custom data is stored as given (the defined fields do not restrict keys or
// types); phone uniqueness ignores phoneCountryCode; apiCodes 2026 (duplicate) and 499 (no authentication record)
// are this emulator's. GET list-users (listUsersLegacy) shares its path with POST list-users and is not answered
// (a route is one method per path). Failed writes change nothing.
// For other areas: findUser(st, id, type) / resolveUser (404 "用户不存在") / userIdType (a spec rule) find a user the
// way these calls do; userView(st, user, {withCustomData, withIdentities, withDepartmentIds, flatCustomData}) answers
// one; notFound() / requireUsers(st, ids) refuse an unknown user the way every area does (404, apiCode 2004,
// "用户不存在" / "User does not exist"); addUser(st, body) / patchUser(st, body, type) create / update with the
// checks above; usersMatching(users, fields, keywords) is the keyword search (lower-cased text remembered per
// record: records are replaced, never changed in place, once stored); dict(from?) makes a null-prototype store.
// Core hooks: forgetUsers(state, Set) drops the records, secrets and any custom-data entry under the users' ids;
// forgetTarget / renameTarget drop / move the custom data of a deleted / renamed group, role or department.
import { badParam, BATCH_LIMIT, dict, fail, isPlainObject, newId, nowIso, success, withDefaults } from "../lib.mjs";

export const DEFAULT_PHOTO = "https://files.authing.co/authing-console/default-user-avatar.png";

// The profile fields a caller may set on create and update (the official CreateUserReqDto).
export const PROFILE = [
  "status", "email", "phone", "phoneCountryCode", "username", "externalId", "name", "nickname", "photo", "gender",
  "emailVerified", "phoneVerified", "birthdate", "country", "province", "city", "address", "streetAddress",
  "postalCode", "company", "browser", "device", "givenName", "familyName", "middleName", "profile",
  "preferredUsername", "website", "zoneinfo", "locale", "formatted", "region", "identityNumber",
];
const ENUMS = {
  status: ["Suspended", "Resigned", "Activated", "Archived", "Deactivated"],
  gender: ["M", "F", "U"],
  workStatus: ["Closed", "Active"],
  userSourceType: ["excel", "register", "adminCreated", "syncTask"],
};
const BOOLS = ["emailVerified", "phoneVerified"];
// Optional UserDto fields: null until set.
const NULLABLE = [
  "externalId", "email", "phone", "phoneCountryCode", "username", "name", "nickname", "lastLogin", "lastIp",
  "passwordLastSetAt", "birthdate", "country", "province", "city", "address", "streetAddress", "postalCode", "company",
  "browser", "device", "givenName", "familyName", "middleName", "profile", "preferredUsername", "website", "zoneinfo",
  "locale", "formatted", "region", "userSourceId", "lastLoginApp", "mainDepartmentId", "lastMfaTime",
  "passwordSecurityLevel", "identityNumber", "metadataSource", "statusChangedAt", "tenantId",
];
const HIDDEN = ["customData", "identities", "tenantIds", "password", "salt", "principalAuthentication"];

// Every area answers an unknown user so: 404, apiCode 2004, "用户不存在" / "User does not exist".
export const notFound = () => fail(404, 2004, "用户不存在", "User does not exist");
const bad = (zh, en = zh) => fail(400, 2000, zh, en);

/** A stored user: every field of the official UserDto present, as the service answers. */
export function newUser(p = {}, at = nowIso()) {
  const u = {};
  for (const k of ["userId", ...PROFILE, "customData", "identities", "tenantIds", "postIdList", "createdAt", "updatedAt", "workStatus",
    "loginsCount", "lastLogin", "lastIp", "userSourceType", "registerSource", "statusChangedAt", "passwordLastSetAt", "metadataSource"])
    if (p[k] !== undefined) u[k] = p[k];
  if (typeof u.email === "string") u.email = u.email.toLowerCase();
  const out = withDefaults(u, {
    userId: newId(), status: "Activated", workStatus: "Active", gender: "U", emailVerified: false, phoneVerified: false,
    photo: DEFAULT_PHOTO, loginsCount: 0, userSourceType: "adminCreated", registerSource: [], postIdList: [],
    resetPasswordOnNextLogin: false, customData: {}, identities: [], tenantIds: [], createdAt: at, updatedAt: at,
  });
  for (const k of NULLABLE) if (out[k] === undefined) out[k] = null;
  out.signedUp ??= out.createdAt;
  return out;
}

// Stores keyed by caller-given strings have no prototype: "__proto__" or "constructor" is an ordinary key.

export function init(st, s) {
  st.users = dict();
  st.userSecrets = dict();
  st.customFields = dict({ USER: dict(), ROLE: dict(), GROUP: dict(), DEPARTMENT: dict() });
  st.customData = dict();
  const seen = { username: new Map(), email: new Map(), phone: new Map(), externalId: new Map() };
  if (s.users !== undefined && !Array.isArray(s.users)) throw new Error("seed: users must be an array");
  for (const u of s.users ?? []) {
    if (u === null || typeof u !== "object" || typeof u.userId !== "string" || !u.userId) throw new Error("seed: a user needs a userId (a non-empty string)");
    if (Object.hasOwn(st.users, u.userId)) throw new Error(`seed: duplicate userId ${u.userId}`);
    for (const [f, taken] of Object.entries(seen)) {
      if (u[f] === undefined || u[f] === null || u[f] === "") continue;
      if (typeof u[f] !== "string") throw new Error(`seed: user ${u.userId}: ${f} must be a string`);
      const v = f === "email" ? u[f].toLowerCase() : u[f];
      if (taken.has(v)) throw new Error(`seed: duplicate ${f} ${u[f]} (users ${taken.get(v)} and ${u.userId})`);
      taken.set(v, u.userId);
    }
    const { password, principalAuthentication, ...rest } = u;
    const user = withDefaults(newUser(rest), rest);
    user.customData = dict(user.customData);
    st.users[u.userId] = user;
    if (password !== undefined || principalAuthentication !== undefined)
      st.userSecrets[u.userId] = { password, principalAuthentication };
  }
  for (const f of s.customFields ?? []) {
    if (!TARGET_TYPES.includes(f.targetType) || typeof f.key !== "string") throw new Error("seed: custom field needs targetType and key");
    st.customFields[f.targetType][f.key] = customField(f);
  }
}

export function requireUsers(st, ids = []) {
  if (ids.some((id) => typeof id !== "string" || !Object.hasOwn(st.users, id))) notFound();
}

const departmentIdsOf = (st, userId) =>
  Object.keys(st.memberships ?? {}).filter((id) => Array.isArray(st.memberships[id]) && st.memberships[id].includes(userId));

// Keyword search: the searched fields' values in lower case, joined by "\n", remembered per user record and list of
// fields. A user record is never changed in place once stored (every write stores a new object), so a record's
// text stays right; reading fields by name from 10 000 records is what a search costs otherwise.
// (Kept on the record itself, under a symbol that is not enumerable: no view, copy or JSON shows it.)
const SEARCH = Symbol("search text");
function searchText(u, fields, sig) {
  const cached = u[SEARCH];
  if (cached !== undefined && cached.sig === sig) return cached.text;
  const text = fields.map((f) => (u[f] === null || u[f] === undefined ? "" : String(u[f]).toLowerCase())).join("\n");
  Object.defineProperty(u, SEARCH, { value: { sig, text }, configurable: true, writable: true, enumerable: false });
  return text;
}
/** The users of `users` one of whose `fields` contains `keywords` (any case). */
export function usersMatching(users, fields, keywords) {
  const kw = String(keywords).toLowerCase();
  if (kw.includes("\n")) return users.filter((u) => fields.some((f) => String(u[f] ?? "").toLowerCase().includes(kw)));
  const sig = fields.join(",");
  return users.filter((u) => searchText(u, fields, sig).includes(kw));
}

/** What the service answers for a user: customData, identities, departmentIds only when asked. */
export function userView(st, u, p = {}) {
  const out = {};
  for (const [k, v] of Object.entries(u)) if (!HIDDEN.includes(k)) out[k] = v;
  if (p.withDepartmentIds) out.departmentIds = departmentIdsOf(st, u.userId);
  if (p.withIdentities) out.identities = structuredClone(u.identities ?? []);
  if (p.withCustomData) {
    const data = structuredClone(u.customData ?? {});
    if (p.flatCustomData) {
      for (const [k, v] of Object.entries(data)) if (!(k in out)) out[k] = v;
    } else out.customData = data;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Finding users

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
export const PHONE = /^\+?[0-9][0-9-]{2,31}$/;
const COUNTRY_CODE = /^\+\d{1,4}$/;
const USER_ID_TYPES = ["user_id", "external_id", "phone", "email", "username", "identity", "sync_relation", "custom_field"];

export function userIdType(v, n = "userIdType") {
  if (v === undefined || v === null || v === "") return undefined;
  if (!USER_ID_TYPES.includes(v)) badParam(n);
  if (v === "sync_relation" || v === "custom_field") bad(`userIdType ${v} is not supported`);
  return v;
}

const sameEmail = (a, b) => typeof a === "string" && typeof b === "string" && a.toLowerCase() === b.toLowerCase();

/** The user named by `id` of `type` (user_id by default), or undefined; a malformed email/phone is refused. */
export function findUser(st, id, type = "user_id") {
  if (typeof id !== "string" || !id) badParam("userId");
  switch (type ?? "user_id") {
    case "user_id":
      return Object.hasOwn(st.users, id) ? st.users[id] : undefined;
    case "email":
      if (!EMAIL.test(id)) badParam("userId");
      return allUsers(st).find((u) => sameEmail(u.email, id));
    case "phone":
      if (!PHONE.test(id)) badParam("userId");
      return allUsers(st).find((u) => u.phone === id);
    case "username":
      return allUsers(st).find((u) => u.username === id);
    case "external_id":
      return allUsers(st).find((u) => u.externalId === id);
    case "identity":
      return allUsers(st).find((u) => (u.identities ?? []).some((i) => `${i.extIdpId}:${i.userIdInIdp}` === id));
    default:
      return userIdType(type) && undefined;
  }
}

/** The user named by `id` of `type`, or 404 "用户不存在". */
export const resolveUser = (st, id, type) => findUser(st, id, type) ?? notFound();

// For the batch calls: findUser for many ids of one type, the users indexed once (first stored wins, as find does).
const KEYS_OF = {
  email: (u) => (typeof u.email === "string" ? [u.email.toLowerCase()] : []),
  phone: (u) => [u.phone], username: (u) => [u.username], external_id: (u) => [u.externalId],
  identity: (u) => (u.identities ?? []).map((i) => `${i.extIdpId}:${i.userIdInIdp}`),
};
export function userFinder(st, type = "user_id") {
  if (!KEYS_OF[type ?? "user_id"]) return (id) => findUser(st, id, type);
  let index;
  return (id) => {
    if (typeof id !== "string" || !id) badParam("userId");
    if ((type === "email" && !EMAIL.test(id)) || (type === "phone" && !PHONE.test(id))) badParam("userId");
    if (!index) {
      index = new Map();
      for (const u of allUsers(st))
        for (const k of KEYS_OF[type](u)) if (typeof k === "string" && !index.has(k)) index.set(k, u);
    }
    return index.get(type === "email" ? id.toLowerCase() : id);
  };
}

const optionsOf = (p) => {
  if (p.options === undefined || p.options === null) return {};
  return isPlainObject(p.options) ? p.options : badParam("options");
};

// ---------------------------------------------------------------------------------------------
// Profile input

const UNIQUE = [
  ["username", "用户名已存在", "username already exists"],
  ["email", "邮箱已存在", "email already exists"],
  ["phone", "手机号已存在", "phone already exists"],
  ["externalId", "externalId 已存在", "externalId already exists"],
];
const uniqueKey = (field, v) => (field === "email" ? v.toLowerCase() : v);

/*
 * The registry of a users object (a reset makes a new one): its ids in insertion order and the
 * unique values of its users (field -> value -> userId), both kept across requests, because
 * enumerating a 10 000-key object costs milliseconds. Every new user is stored through noteStored
 * (this module's writes, and other modules': tenants) and every deletion goes through
 * forgetUsers, which keep both right. An index entry is checked when read (the user still holds
 * that value): entries left by updates are dropped then. Each request also sees what it claimed
 * itself (`pending`), so two items of one batch cannot share a value.
 */
const registries = new WeakMap();
function registry(st) {
  let r = registries.get(st.users);
  if (!r) registries.set(st.users, (r = { ids: null, index: null }));
  return r;
}

/** Every user record, in the order they were stored. */
export function allUsers(st) {
  const r = registry(st);
  if (!r.ids) r.ids = Object.keys(st.users);
  const out = new Array(r.ids.length);
  for (let i = 0; i < r.ids.length; i++) out[i] = st.users[r.ids[i]];
  return out;
}

function indexValues(index, u) {
  for (const [f] of UNIQUE) {
    const v = u[f];
    if (typeof v === "string" && v && !index[f].has(uniqueKey(f, v))) index[f].set(uniqueKey(f, v), u.userId);
  }
}

function uniqueIndex(st) {
  const r = registry(st);
  if (!r.index) {
    r.index = Object.fromEntries(UNIQUE.map(([f]) => [f, new Map()]));
    for (const u of allUsers(st)) indexValues(r.index, u);
  }
  const index = r.index;
  const pending = Object.fromEntries(UNIQUE.map(([f]) => [f, new Map()]));
  const owner = (f, key) => {
    if (pending[f].has(key)) return pending[f].get(key);
    const id = index[f].get(key);
    if (id === undefined) return undefined;
    const u = Object.hasOwn(st.users, id) ? st.users[id] : undefined;
    if (u && typeof u[f] === "string" && uniqueKey(f, u[f]) === key) return id;
    index[f].delete(key);
    return undefined;
  };
  return {
    owner,
    add: (f, key, id) => (pending[f].set(key, id), index[f].set(key, id)),
    // A value an update of this request gives up is free for the rest of the request.
    release: (f, key) => pending[f].get(key) === undefined && pending[f].set(key, undefined),
    has: (f, key) => owner(f, key) !== undefined,
  };
}

/** Stores a user record (new, or replacing one), keeping the registry right: the one way to add a user. */
export function noteStored(st, u) {
  const r = registry(st);
  const isNew = !Object.hasOwn(st.users, u.userId);
  st.users[u.userId] = u;
  if (isNew && r.ids) r.ids.push(u.userId);
  // The stored user owns its values (an entry left by an update or a delete is replaced).
  if (r.index)
    for (const [f] of UNIQUE) if (typeof u[f] === "string" && u[f]) r.index[f].set(uniqueKey(f, u[f]), u.userId);
}

function claimUnique(idx, values, userId) {
  for (const [f, zh, en] of UNIQUE) {
    const v = values[f];
    if (typeof v !== "string" || !v) continue;
    const owner = idx.owner(f, uniqueKey(f, v));
    if (owner !== undefined && owner !== userId) fail(409, 2026, zh, en);
  }
  for (const [f] of UNIQUE) {
    const v = values[f];
    if (typeof v === "string" && v) idx.add(f, uniqueKey(f, v), userId);
  }
}

const CUSTOM_VALUE_LIMIT = 1024;
function checkCustomData(v) {
  if (!isPlainObject(v)) badParam("customData");
  for (const x of Object.values(v)) {
    const text = typeof x === "string" ? x : JSON.stringify(x) ?? "";
    if (text.length >= CUSTOM_VALUE_LIMIT) bad("customData must be less than 1024 characters");
  }
  return v;
}

// (Not lib.mjs's absent: here "" is a value, which the checks refuse or read as they do.)
const unset = (v) => v === undefined || v === null;

/** The profile fields of a create/update body, checked: {fields, customData?, identities?, password?, salt?, tenantIds?}. */
function profileInput(p, { create }) {
  const fields = {};
  for (const k of PROFILE) {
    const v = p[k];
    if (unset(v)) continue;
    if (BOOLS.includes(k)) {
      if (typeof v !== "boolean") badParam(k);
    } else if (ENUMS[k]) {
      if (!ENUMS[k].includes(v)) badParam(k);
    } else if (typeof v !== "string") badParam(k);
    fields[k] = v;
  }
  // An empty username/email/phone/externalId is no value.
  for (const [k] of UNIQUE) if (fields[k] === "") delete fields[k];
  if (create && !fields.username && !fields.email && !fields.phone)
    bad("Must contain one of the following fields: username, phone, email");
  if (fields.email !== undefined) {
    if (!EMAIL.test(fields.email)) badParam("email");
    fields.email = fields.email.toLowerCase();
  }
  if (fields.phone !== undefined && !PHONE.test(fields.phone)) badParam("phone");
  if (fields.phoneCountryCode && !COUNTRY_CODE.test(fields.phoneCountryCode)) badParam("phoneCountryCode");
  const out = { fields };
  for (const k of ["password", "salt"]) {
    if (unset(p[k])) continue;
    if (typeof p[k] !== "string") badParam(k);
    out[k] = p[k];
  }
  if (!unset(p.tenantIds)) {
    if (!Array.isArray(p.tenantIds) || !p.tenantIds.every((x) => typeof x === "string")) badParam("tenantIds");
    out.tenantIds = p.tenantIds;
  }
  if (!unset(p.identities)) out.identities = identitiesInput(p.identities);
  if (!unset(p.otp) && !isPlainObject(p.otp)) badParam("otp");
  if (!unset(p.departmentIds))
    bad("departmentIds is not supported here: add the user with add-department-members",
      "departmentIds is not supported here: add the user with add-department-members");
  if (!unset(p.metadataSource)) fields.metadataSource = p.metadataSource;
  if (!unset(p.customData)) out.customData = checkCustomData(p.customData);
  return out;
}

function identitiesInput(v) {
  if (!Array.isArray(v) || v.length > BATCH_LIMIT) badParam("identities");
  return v.map((i) => {
    if (!isPlainObject(i) || typeof i.extIdpId !== "string" || !i.extIdpId || typeof i.userIdInIdp !== "string" || !i.userIdInIdp)
      badParam("identities");
    for (const k of ["provider", "type", "accessToken", "refreshToken"]) if (!unset(i[k]) && typeof i[k] !== "string") badParam("identities");
    if (!unset(i.originConnIds) && !(Array.isArray(i.originConnIds) && i.originConnIds.every((x) => typeof x === "string"))) badParam("identities");
    return {
      identityId: newId(), extIdpId: i.extIdpId, provider: i.provider ?? null, type: i.type ?? null, userIdInIdp: i.userIdInIdp,
      userInfoInIdp: i.userInfoInIdp ?? {}, ...(i.accessToken ? { accessToken: i.accessToken } : {}),
      ...(i.refreshToken ? { refreshToken: i.refreshToken } : {}), originConnIds: i.originConnIds ?? [],
    };
  });
}

// phoneCountryCode needs a phone (the resulting one, on update).
const needPhone = (fields, current = {}) => {
  if (fields.phoneCountryCode && !(fields.phone ?? current.phone)) bad("phone cannot be empty");
};

function buildUser(st, input, at) {
  needPhone(input.fields);
  const u = newUser({ ...input.fields, customData: input.customData ?? {}, identities: input.identities ?? [], tenantIds: input.tenantIds ?? [] }, at);
  if (input.fields.status) u.statusChangedAt = at;
  if (input.password !== undefined) u.passwordLastSetAt = at;
  return u;
}

function storeUser(st, u, input) {
  u.customData = dict(u.customData);
  noteStored(st, u);
  if (input.password !== undefined || input.salt !== undefined) st.userSecrets[u.userId] = { password: input.password, salt: input.salt };
}

function applyUpdate(u, input, at) {
  needPhone(input.fields, u);
  const next = { ...u, ...input.fields };
  if (input.fields.status !== undefined && input.fields.status !== u.status) next.statusChangedAt = at;
  if (input.customData) next.customData = dict({ ...(u.customData ?? {}), ...input.customData });
  if (input.identities) next.identities = [...(u.identities ?? []), ...input.identities];
  if (input.tenantIds) next.tenantIds = input.tenantIds;
  if (input.password !== undefined) next.passwordLastSetAt = at;
  next.updatedAt = at;
  return next;
}

// ---------------------------------------------------------------------------------------------
// Paging, sorting, filtering

const pageNumber = (v, n, fallback) => {
  if (unset(v) || v === "") return fallback;
  const i = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(i) && i >= 1 ? i : badParam(n);
};
function pagination(p) {
  const page = pageNumber(p.page, "page", 1);
  const limit = pageNumber(p.limit, "limit", 10);
  if (limit > 50) bad("limit must less than 50");
  return { page, limit };
}
const slice = (items, { page, limit }) => items.slice((page - 1) * limit, page * limit);

const FUZZY = ["id", "phone", "email", "name", "username", "externalId", "nickname", "company", "givenName", "familyName", "middleName",
  "profile", "preferredUsername", "website", "address", "formatted", "streetAddress", "postalCode", "identityNumber"];
const FUZZY_DEFAULT = ["phone", "email", "name", "username", "nickname"];
const SORT_FIELDS = ["id", "createdAt", "updatedAt", "email", "username", "externalId", "phone", "status", "statusChangedAt",
  "passwordLastSetAt", "loginsCount", "gender", "lastLogin", "userSourceType", "lastMfaTime", "passwordSecurityLevel",
  "phoneCountryCode", "lastIp"];
const DATE_FIELDS = ["createdAt", "updatedAt", "lastLogin", "statusChangedAt", "passwordLastSetAt", "lastMfaTime", "signedUp"];
const FIELD_ALIASES = { lastLoginTime: "lastLogin", id: "userId" };

const instant = (v) => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v) {
    const t = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
};

const compare = (a, b) => (a === b ? 0 : a === null || a === undefined ? -1 : b === null || b === undefined ? 1 : a < b ? -1 : 1);

const OPS = {
  EQUAL: (a, v) => (Array.isArray(a) ? a.some((x) => OPS.EQUAL(x, v)) : a === v || (!unset(a) && !unset(v) && String(a) === String(v))),
  NOT_EQUAL: (a, v) => !OPS.EQUAL(a, v),
  CONTAINS: (a, v) => !unset(a) && String(a).toLowerCase().includes(String(v).toLowerCase()),
  NOT_CONTAINS: (a, v) => !OPS.CONTAINS(a, v),
  IS_NULL: (a) => unset(a) || a === "" || (Array.isArray(a) && !a.length),
  NOT_NULL: (a) => !OPS.IS_NULL(a),
  IN: (a, v) => v.some((x) => OPS.EQUAL(a, x)),
  GREATER: (a, v) => !unset(a) && a > v,
  LESSER: (a, v) => !unset(a) && a < v,
  BETWEEN: (a, v) => !unset(a) && a >= v[0] && a <= v[1],
};

/** The user ids in the departments a `department` filter names (read from the organization module's state). */
function departmentMembers(st, specs) {
  const children = new Map();
  for (const d of Object.values(st.departments ?? {})) {
    if (!children.has(d.parentDepartmentId)) children.set(d.parentDepartmentId, []);
    children.get(d.parentDepartmentId).push(d.departmentId);
  }
  const ids = new Set();
  for (const s of specs) {
    if (!isPlainObject(s) || typeof s.organizationCode !== "string" || typeof s.departmentId !== "string") badParam("advancedFilter");
    const org = st.organizations?.[s.organizationCode];
    if (!org) continue;
    const type = s.departmentIdType ?? "department_id";
    let dept;
    if (type === "department_id") dept = st.departments?.[s.departmentId === "root" ? org.departmentId : s.departmentId];
    else if (type === "open_department_id" || type === "code") {
      const key = type === "code" ? "code" : "openDepartmentId";
      dept = Object.values(st.departments ?? {}).find((d) => d.organizationCode === org.organizationCode && d[key] === s.departmentId);
    } else badParam("departmentIdType");
    if (!dept || dept.organizationCode !== org.organizationCode) continue;
    const stack = [dept.departmentId];
    while (stack.length) {
      const id = stack.pop();
      for (const u of st.memberships?.[id] ?? []) ids.add(u);
      if (s.includeChildrenDepartments === true) stack.push(...(children.get(id) ?? []));
    }
  }
  return ids;
}

function filterUsers(st, users, filters) {
  if (unset(filters)) return users;
  if (!Array.isArray(filters)) badParam("advancedFilter");
  let list = users;
  for (const f of filters) {
    if (!isPlainObject(f) || typeof f.field !== "string" || !f.field || typeof f.operator !== "string") badParam("advancedFilter");
    const opName = f.operator.toUpperCase();
    const op = OPS[opName] ?? badParam("advancedFilter");
    const valueless = opName === "IS_NULL" || opName === "NOT_NULL";
    let value = f.value;
    if (!valueless) {
      if (opName === "IN" && !Array.isArray(value)) badParam("advancedFilter");
      if (opName === "BETWEEN" && !(Array.isArray(value) && value.length === 2)) badParam("advancedFilter");
    }
    const field = FIELD_ALIASES[f.field] ?? f.field;
    if (field === "group" || field === "role") bad(`advancedFilter field ${field} is not supported`);
    if (field === "department") {
      if (opName !== "IN") badParam("advancedFilter");
      const ids = departmentMembers(st, value);
      list = list.filter((u) => ids.has(u.userId));
      continue;
    }
    if (field === "loggedInApps") {
      // No login is recorded: every user has logged in to no application.
      list = list.filter(() => op([], value));
      continue;
    }
    if (ENUMS[field] && !valueless && opName !== "CONTAINS" && opName !== "NOT_CONTAINS") {
      for (const x of Array.isArray(value) ? value : [value]) if (!ENUMS[field].includes(x)) badParam(field);
    }
    if (DATE_FIELDS.includes(field)) {
      const conv = (x) => instant(x) ?? badParam(field);
      if (!valueless) value = Array.isArray(value) ? value.map(conv) : conv(value);
      list = list.filter((u) => op(instant(u[field]), value));
      continue;
    }
    list = list.filter((u) => op(Object.hasOwn(u, field) && !HIDDEN.includes(field) ? u[field] : u.customData?.[field], value));
  }
  return list;
}

function sortUsers(users, sort) {
  let keys = [{ field: "createdAt", order: "desc" }];
  if (!unset(sort)) {
    if (!Array.isArray(sort)) badParam("sort");
    for (const s of sort) {
      if (!isPlainObject(s) || !SORT_FIELDS.includes(s.field) || !["asc", "desc"].includes(String(s.order).toLowerCase())) badParam("sort");
    }
    if (sort.length) keys = sort.map((s) => ({ field: s.field === "id" ? "userId" : s.field, order: s.order.toLowerCase() }));
  }
  // The default order (newest first, ties: the later stored first) of users stored oldest first is their reverse.
  if (keys.length === 1 && keys[0].field === "createdAt" && keys[0].order === "desc" &&
    users.every((u, i) => i === 0 || compare(users[i - 1].createdAt, u.createdAt) <= 0))
    return [...users].reverse();
  const items = users.map((u, i) => ({ u, i }));
  items.sort((a, b) => {
    for (const k of keys) {
      const c = compare(a.u[k.field], b.u[k.field]);
      if (c) return k.order === "desc" ? -c : c;
    }
    // Ties: the later created (stored) first.
    return b.i - a.i;
  });
  return items.map((x) => x.u);
}

// ---------------------------------------------------------------------------------------------
// Custom fields and data

const TARGET_TYPES = ["USER", "ROLE", "GROUP", "DEPARTMENT"];
const DATA_TYPES = ["STRING", "NUMBER", "DATETIME", "BOOLEAN", "ENUM", "SELECT", "OBJECT"];

function customField(f, old = {}, at = nowIso()) {
  return {
    targetType: f.targetType, createdAt: old.createdAt ?? at, dataType: f.dataType ?? old.dataType ?? "STRING", key: f.key,
    label: f.label ?? old.label ?? f.key, description: f.description ?? old.description ?? "",
    encrypted: f.encrypted ?? old.encrypted ?? false, isUnique: f.isUnique ?? old.isUnique ?? false,
    userEditable: f.userEditable ?? old.userEditable ?? false, visibleInAdminConsole: f.visibleInAdminConsole ?? old.visibleInAdminConsole ?? true,
    visibleInUserCenter: f.visibleInUserCenter ?? old.visibleInUserCenter ?? true, i18n: f.i18n ?? old.i18n ?? {},
    options: f.options ?? old.options ?? [],
  };
}

const targetType = (v, n) => (TARGET_TYPES.includes(v) ? v : badParam(n));
const str = (req) => (v, n) => (unset(v) || v === "" ? (req ? badParam(n) : undefined) : typeof v === "string" ? v : badParam(n));
const boolQ = (v, n) => (unset(v) || v === "" ? undefined : v === true || v === "true" ? true : v === false || v === "false" ? false : badParam(n));
// A group or a department keeps its custom data itself (what create-group / create-department and
// their reads show); a role's, and a target no area holds, are kept here by key.
function customDataHolder(st, type, id) {
  const store = type === "GROUP" ? st.groups : type === "DEPARTMENT" ? st.departments : undefined;
  return store && typeof id === "string" && Object.hasOwn(store, id) ? store[id] : undefined;
}
const customDataKey = (type, p) => `${type}:${p.namespace ?? ""}:${p.targetIdentifier}`;

// ---------------------------------------------------------------------------------------------
// Routes

const VIEW = { withCustomData: boolQ, flatCustomData: boolQ, withIdentities: boolQ, withDepartmentIds: boolQ, withPost: boolQ };
const WHO = { userId: str(true), userIdType };
const who = (handler) => ({ method: "GET", spec: WHO, handler: (p, env) => handler(resolveUser(env.state, p.userId, p.userIdType), p, env) });

function createOne(st, body, idx, at) {
  if (!isPlainObject(body)) badParam("list");
  const input = profileInput(body, { create: true });
  const u = buildUser(st, input, at);
  claimUnique(idx, u, u.userId);
  return { u, input };
}

function updateOne(st, body, type, idx, at, find = (id) => findUser(st, id, type)) {
  if (!isPlainObject(body)) badParam("list");
  if (typeof body.userId !== "string" || !body.userId) badParam("userId");
  const u = find(body.userId) ?? notFound();
  const input = profileInput(body, { create: false });
  const next = applyUpdate(u, input, at);
  for (const [f] of UNIQUE)
    if (typeof u[f] === "string" && u[f] && (typeof next[f] !== "string" || uniqueKey(f, next[f]) !== uniqueKey(f, u[f]))) idx.release(f, uniqueKey(f, u[f]));
  claimUnique(idx, next, u.userId);
  return { next, input };
}

/** For other areas that create users (tenant users...): create-user's checks, stored; returns the stored user. */
export function addUser(st, body) {
  const { u, input } = createOne(st, body, uniqueIndex(st), nowIso());
  storeUser(st, u, input);
  return u;
}

/** For other areas that update users: update-user's checks, stored; returns the stored user. */
export function patchUser(st, body, type) {
  const r = updateOne(st, body, type, uniqueIndex(st), nowIso());
  commitUpdate(st, r);
  return r.next;
}

function commitUpdate(st, { next, input }) {
  st.users[next.userId] = next;
  if (input.password !== undefined) st.userSecrets[next.userId] = { ...st.userSecrets[next.userId], password: input.password };
}

function resign(st, users, at) {
  for (const u of users) st.users[u.userId] = { ...u, status: "Resigned", workStatus: "Closed", statusChangedAt: at, updatedAt: at };
}

const idList = (v, n) => {
  if (typeof v === "string") v = v.split(",").filter(Boolean);
  if (!Array.isArray(v) || !v.length || v.length > BATCH_LIMIT || !v.every((x) => typeof x === "string" && x)) badParam(n);
  return v;
};

export const routes = {
  "/api/v3/create-user": {
    method: "POST",
    handler: (p, { state: st }) => userView(st, addUser(st, p), { withCustomData: true }),
  },
  "/api/v3/create-users-batch": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (!Array.isArray(p.list) || !p.list.length || p.list.length > BATCH_LIMIT) badParam("list");
      optionsOf(p);
      const idx = uniqueIndex(st), at = nowIso();
      const made = p.list.map((body) => createOne(st, body, idx, at));
      for (const { u, input } of made) storeUser(st, u, input);
      return made.map(({ u }) => userView(st, u, { withCustomData: true }));
    },
  },
  "/api/v3/get-user": {
    method: "GET",
    spec: { ...WHO, ...VIEW },
    handler: (p, { state: st }) => userView(st, resolveUser(st, p.userId, p.userIdType), p),
  },
  "/api/v3/get-user-batch": {
    method: "GET",
    spec: { userIds: idList, userIdType, ...VIEW },
    handler: (p, { state: st }) => {
      const seen = new Set(), out = [], find = userFinder(st, p.userIdType);
      for (const id of p.userIds) {
        const u = find(id);
        if (u && !seen.has(u.userId)) seen.add(u.userId), out.push(userView(st, u, p));
      }
      return out;
    },
  },
  "/api/v3/update-user": {
    method: "POST",
    handler: (p, { state: st }) => {
      const type = userIdType(optionsOf(p).userIdType, "options.userIdType");
      return userView(st, patchUser(st, p, type), { withCustomData: true });
    },
  },
  "/api/v3/update-user-batch": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (!Array.isArray(p.list) || !p.list.length || p.list.length > BATCH_LIMIT) badParam("list");
      const type = userIdType(optionsOf(p).userIdType, "options.userIdType");
      const idx = uniqueIndex(st), at = nowIso(), find = userFinder(st, type);
      const seen = new Set();
      const done = p.list.map((body) => {
        const r = updateOne(st, body, type, idx, at, find);
        if (seen.has(r.next.userId)) badParam("list");
        seen.add(r.next.userId);
        return r;
      });
      for (const r of done) commitUpdate(st, r);
      return done.map((r) => userView(st, r.next, { withCustomData: true }));
    },
  },
  "/api/v3/delete-users-batch": {
    method: "POST",
    handler: (p, env) => {
      const ids = idList(p.userIds, "userIds");
      const type = userIdType(optionsOf(p).userIdType, "options.userIdType");
      const gone = new Set(), find = userFinder(env.state, type);
      for (const id of ids) {
        const u = find(id);
        if (u) gone.add(u.userId);
      }
      if (gone.size) env.forgetUsers(gone);
      return success();
    },
  },
  "/api/v3/list-users": {
    method: "POST",
    handler: (p, { state: st }) => {
      const o = optionsOf(p);
      if (!unset(o.pagination) && !isPlainObject(o.pagination)) badParam("pagination");
      const page = pagination(o.pagination ?? {});
      if (!unset(p.keywords) && typeof p.keywords !== "string") badParam("keywords");
      let on = FUZZY_DEFAULT;
      if (!unset(o.fuzzySearchOn)) {
        if (!Array.isArray(o.fuzzySearchOn) || !o.fuzzySearchOn.every((f) => FUZZY.includes(f))) badParam("fuzzySearchOn");
        if (o.fuzzySearchOn.length) on = o.fuzzySearchOn;
      }
      if (!unset(p.searchQuery) && !(isPlainObject(p.searchQuery) && !Object.keys(p.searchQuery).length))
        bad("searchQuery is not supported");
      const view = {};
      for (const k of Object.keys(VIEW)) view[k] = boolQ(o[k], k);
      let users = allUsers(st);
      if (p.keywords) {
        const fields = on.map((f) => (f === "id" ? "userId" : f));
        users = usersMatching(users, fields, p.keywords);
      }
      users = sortUsers(filterUsers(st, users, p.advancedFilter), o.sort);
      return { totalCount: users.length, list: slice(users, page).map((u) => userView(st, u, view)) };
    },
  },
  "/api/v3/list-archived-users": {
    method: "GET",
    spec: { page: "any", limit: "any", startAt: "any" },
    handler: (p, { state: st }) => {
      const page = pagination(p);
      let since;
      if (!unset(p.startAt) && p.startAt !== "") {
        since = typeof p.startAt === "number" ? p.startAt : /^\d+$/.test(p.startAt) ? Number(p.startAt) : badParam("startAt");
      }
      const list = allUsers(st)
        .filter((u) => u.status === "Archived")
        .map((u) => ({ userId: u.userId, archivedAt: u.statusChangedAt ?? u.updatedAt }))
        .filter((a) => since === undefined || (instant(a.archivedAt) ?? 0) >= since * 1000)
        .sort((a, b) => compare(b.archivedAt, a.archivedAt));
      return { totalCount: list.length, list: slice(list, page) };
    },
  },
  "/api/v3/is-user-exists": {
    method: "POST",
    handler: (p, { state: st }) => {
      const given = ["username", "email", "phone", "externalId"].filter((k) => typeof p[k] === "string" && p[k]);
      if (!given.length) badParam("username, email, phone, externalId");
      const exists = allUsers(st).some((u) =>
        given.some((k) => (k === "email" ? sameEmail(u.email, p.email) : u[k] === p[k])));
      return { exists };
    },
  },
  "/api/v3/get-user-identities": who((u) => structuredClone(u.identities ?? [])),
  "/api/v3/get-user-accessible-apps": who(() => []),
  "/api/v3/get-user-authorized-apps": who(() => []),
  // The applications where the user holds a live token, and the user's sign-ins (oidc.mjs's provider).
  "/api/v3/get-user-loggedin-apps": who((u, p, env) =>
    (env.provider?.appsOf(u.userId) ?? []).map((id) => env.state.applications?.[id]).filter(Boolean)
      .map((a) => ({ appId: a.appId, appName: a.appName, appLogo: a.appLogo, appLoginUrl: a.appLoginUrl }))),
  "/api/v3/get-user-logged-in-identities": who(() => []),
  "/api/v3/get-user-login-history": {
    method: "GET",
    spec: { ...WHO, appId: str(false), clientIp: str(false), start: "any", end: "any", page: "any", limit: "any" },
    handler: (p, env) => {
      const st = env.state;
      const page = pagination(p);
      for (const k of ["start", "end"]) if (!unset(p[k]) && p[k] !== "" && !/^\d+$/.test(String(p[k]))) badParam(k);
      const u = resolveUser(st, p.userId, p.userIdType);
      const [start, end] = ["start", "end"].map((k) => (unset(p[k]) || p[k] === "" ? undefined : Number(p[k])));
      const list = (env.provider?.logins ?? [])
        .filter((x) => x.userId === u.userId && x.success && (!p.appId || x.appId === p.appId) && (!p.clientIp || x.clientIp === p.clientIp) &&
          (start === undefined || Date.parse(x.loginAt) >= start) && (end === undefined || Date.parse(x.loginAt) <= end))
        .reverse()
        .map((x) => ({ appId: x.appId, appName: x.appName, appLogo: x.appLogo, appLoginUrl: x.appLoginUrl, clientIp: x.clientIp, userAgent: x.userAgent, time: x.loginAt }));
      return { totalCount: list.length, list: slice(list, page) };
    },
  },
  "/api/v3/get-user-mfa-info": who(() => ({ totpStatus: "disabled", faceMfaStatus: "disabled", smsMfaStatus: "disabled", emailMfaStatus: "disabled" })),
  "/api/v3/get-user-principal-authentication-info": who((u, p, { state: st }) => {
    const a = st.userSecrets[u.userId]?.principalAuthentication;
    return {
      authenticated: Boolean(a), principalType: a?.principalType ?? null, principalCode: a?.principalCode ?? null,
      principalName: a?.principalName ?? null, authenticatedAt: a?.authenticatedAt ?? null,
    };
  }),
  "/api/v3/reset-user-principal-authentication-info": {
    method: "POST",
    handler: (p, { state: st }) => {
      const u = resolveUser(st, p.userId, userIdType(optionsOf(p).userIdType, "options.userIdType"));
      const secret = st.userSecrets[u.userId];
      if (!secret?.principalAuthentication) fail(499, 499, "没有认证记录", "no authentication record");
      st.userSecrets[u.userId] = { ...secret, principalAuthentication: undefined };
      return success();
    },
  },
  "/api/v3/kick-users": {
    method: "POST",
    handler: (p, { state: st }) => {
      const type = userIdType(optionsOf(p).userIdType, "options.userIdType");
      if (!Array.isArray(p.appIds) || !p.appIds.length || p.appIds.length > BATCH_LIMIT || !p.appIds.every((x) => typeof x === "string" && x))
        badParam("appIds");
      resolveUser(st, p.userId, type);
      return success();
    },
  },
  "/api/v3/resign-user": {
    method: "POST",
    spec: { ...WHO },
    handler: (p, { state: st }) => (resign(st, [resolveUser(st, p.userId, p.userIdType)], nowIso()), success()),
  },
  "/api/v3/resign-user-batch": {
    method: "POST",
    spec: { userIds: idList, userIdType },
    handler: (p, { state: st }) => {
      const find = userFinder(st, p.userIdType);
      const users = p.userIds.map((id) => find(id) ?? notFound());
      resign(st, users, nowIso());
      return success();
    },
  },
  "/api/v3/set-custom-fields": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (!Array.isArray(p.list) || !p.list.length || p.list.length > BATCH_LIMIT) badParam("list");
      const at = nowIso();
      const made = p.list.map((f) => {
        if (!isPlainObject(f)) badParam("list");
        targetType(f.targetType, "targetType");
        if (typeof f.key !== "string" || !/^[A-Za-z_][\w-]*$/.test(f.key) || f.key.length > 64) badParam("key");
        if (!unset(f.dataType) && !DATA_TYPES.includes(f.dataType)) badParam("dataType");
        for (const k of ["label", "description"]) if (!unset(f[k]) && typeof f[k] !== "string") badParam(k);
        for (const k of ["encrypted", "isUnique", "userEditable", "visibleInAdminConsole", "visibleInUserCenter", "desensitization"])
          if (!unset(f[k]) && typeof f[k] !== "boolean") badParam(k);
        if (!unset(f.options) && !(Array.isArray(f.options) && f.options.every((o) => isPlainObject(o) && typeof o.value === "string" && typeof o.label === "string")))
          badParam("options");
        if (!unset(f.i18n) && !isPlainObject(f.i18n)) badParam("i18n");
        const clean = Object.fromEntries(Object.entries(f).filter(([, v]) => !unset(v)));
        const fields = st.customFields[f.targetType];
        return customField(clean, Object.hasOwn(fields, f.key) ? fields[f.key] : undefined, at);
      });
      for (const f of made) st.customFields[f.targetType][f.key] = f;
      return structuredClone(made);
    },
  },
  "/api/v3/get-custom-fields": {
    method: "GET",
    spec: { targetType: (v, n) => targetType(v, n), tenantId: str(false) },
    handler: (p, { state: st }) => structuredClone(Object.values(st.customFields[p.targetType])),
  },
  "/api/v3/delete-custom-fields": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (!Array.isArray(p.list) || !p.list.length || p.list.length > BATCH_LIMIT) badParam("list");
      for (const f of p.list) {
        if (!isPlainObject(f)) badParam("list");
        targetType(f.targetType, "targetType");
        if (typeof f.key !== "string" || !f.key) badParam("key");
      }
      for (const f of p.list) delete st.customFields[f.targetType][f.key];
      return success();
    },
  },
  "/api/v3/set-custom-data": {
    method: "POST",
    handler: (p, { state: st }) => {
      const type = targetType(p.targetType, "targetType");
      if (typeof p.targetIdentifier !== "string" || !p.targetIdentifier) badParam("targetIdentifier");
      if (!unset(p.namespace) && typeof p.namespace !== "string") badParam("namespace");
      if (!Array.isArray(p.list) || !p.list.length || p.list.length > BATCH_LIMIT) badParam("list");
      const data = dict();
      for (const item of p.list) {
        if (!isPlainObject(item) || typeof item.key !== "string" || !item.key) badParam("list");
        data[item.key] = item.value;
      }
      checkCustomData(data);
      if (type === "USER") {
        const u = resolveUser(st, p.targetIdentifier);
        st.users[u.userId] = { ...u, customData: dict(Object.assign(dict(u.customData), data)), updatedAt: nowIso() };
        return success();
      }
      if (type === "DEPARTMENT" && !(st.departments && Object.hasOwn(st.departments, p.targetIdentifier))) fail(404, 2001, "部门不存在", "department not found");
      const holder = customDataHolder(st, type, p.targetIdentifier);
      if (holder) {
        holder.customData = Object.assign(dict(holder.customData), data);
        return success();
      }
      const key = customDataKey(type, p);
      st.customData[key] = Object.assign(dict(Object.hasOwn(st.customData, key) ? st.customData[key] : undefined), data);
      return success();
    },
  },
  "/api/v3/get-custom-data": {
    method: "GET",
    spec: { targetType: (v, n) => targetType(v, n), targetIdentifier: str(true), namespace: str(false), tenantId: str(false) },
    handler: (p, { state: st }) => {
      if (p.targetType === "USER") return structuredClone(resolveUser(st, p.targetIdentifier).customData ?? {});
      const holder = customDataHolder(st, p.targetType, p.targetIdentifier);
      if (holder) return structuredClone({ ...(holder.customData ?? {}) });
      const key = customDataKey(p.targetType, p);
      return structuredClone(Object.hasOwn(st.customData, key) ? st.customData[key] : {});
    },
  },
};

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "子涵", "浩然"];

// Bulk users for tests: realistic names, unique usernames `${prefix}${n}`, emails and phones.
export function createUsers(st, count, prefix = "user") {
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error("count must be an integer from 1 to 100000");
  if (typeof prefix !== "string" || !prefix) throw new Error("prefix must be a non-empty string");
  const idx = uniqueIndex(st);
  const t0 = Date.now(), userIds = [];
  for (let i = 0; i < count; i++) {
    let n, username, phone;
    do {
      n = ++st.counters.usersCreated;
      username = `${prefix}${n}`;
      phone = `150${String(n % 1e8).padStart(8, "0")}`;
    } while (idx.has("username", username) || idx.has("email", `${username}@example.com`.toLowerCase()) || idx.has("phone", phone));
    const at = new Date(t0 + i).toISOString();
    const name = SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length];
    const u = newUser({
      username, name, nickname: name, email: `${username}@example.com`, phone, phoneCountryCode: "+86", gender: "MF"[n % 2],
    }, at);
    claimUnique(idx, u, u.userId);
    noteStored(st, u);
    userIds.push(u.userId);
  }
  return userIds;
}

// The user's own record goes last, after every area has dropped its references: the record (with its custom
// data), its secrets, and any custom-data entry kept under the user's id.
export function forgetUsers(st, ids) {
  const r = registry(st);
  for (const id of ids) delete st.users[id], delete st.userSecrets[id];
  if (r.ids) r.ids = r.ids.filter((id) => !ids.has(id));
  for (const key of Object.keys(st.customData)) {
    const [type, , ...rest] = key.split(":");
    if (type === "USER" && ids.has(rest.join(":"))) delete st.customData[key];
  }
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));

// A group, role or department that goes takes its custom data (kept here by "TYPE:namespace:identifier") with it;
// one renamed keeps its custom data under the new code. A role of "default" is also written with no namespace.
const dataKeys = (st, type, id, ns) => {
  if (!["GROUP", "ROLE", "DEPARTMENT"].includes(type)) return [];
  return Object.keys(st.customData).filter((key) => {
    const [t, n, ...rest] = key.split(":");
    return t === type && rest.join(":") === id && (type !== "ROLE" || ns === undefined || n === ns || (ns === "default" && n === ""));
  });
};
export function forgetTarget(st, type, id, ns) {
  for (const key of dataKeys(st, type, id, ns)) delete st.customData[key];
}
/** A renamed namespace takes its roles' custom data along (kept here as ROLE:<namespace>:<code>). */
export function renameNamespaceData(st, from, to) {
  for (const key of Object.keys(st.customData)) {
    const [t, n, ...rest] = key.split(":");
    if (t !== "ROLE" || n !== from) continue;
    st.customData[`ROLE:${to}:${rest.join(":")}`] = st.customData[key];
    delete st.customData[key];
  }
}
export function renameTarget(st, type, from, to, ns) {
  for (const key of dataKeys(st, type, from, ns)) {
    const [t, n] = key.split(":");
    st.customData[`${t}:${n}:${to}`] = st.customData[key];
    delete st.customData[key];
  }
}
