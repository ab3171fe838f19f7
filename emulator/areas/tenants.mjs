// Tenants of the user pool and their members (tenant users, some of them tenant admins), stateful.
// A tenant member links a user of the pool (linkUserId = userId) under its own memberId and keeps its
// own tenant profile (update-tenant-user changes that, not the pool user). One line per call:
//
//   POST create-tenant        {name!, appIds, logo (string[]), description, rejectHint, sourceAppId, enterpriseDomains,
//                             expireTime, mauAmount, memberAmount, adminAmount} -> TenantDto (24-hex tenantId, a unique
//                             8-character code, source "USER_POOL", logo answered as its first image or "").
//                             The official type makes appIds required; the suite observed 200 without it.
//   POST update-tenant        {tenantId!, name, appIds, logo, description, rejectHint, sourceAppId} -> {success}
//   POST delete-tenant        {tenantId!} -> {success}; its members go with it (the pool users stay)
//   GET  list-tenants         keywords (name or code contains it, any case), page, limit (<= 50), source (equal),
//                             withMembersCount, withAppDetail, withCreatorDetail, withSourceAppDetail -> {totalCount, list}
//   GET  get-tenant, get-tenant-little-info   tenantId!, with* as above -> TenantRespDto
//   GET  get-tenant-by-code   code! -> TenantRespDto
//   POST create-tenant-user   {tenantId, gender (M|F|U, default U), username/email/phone (one at least), phoneCountryCode,
//                             externalId, name, nickname, photo, emailVerified, phoneVerified, customData, the other
//                             profile fields, password, salt, options} -> the new pool user (UserDto fields, customData)
//                             with userPoolId, linkUserId and, when tenantId is given, tenantId, memberId, isTenantAdmin
//                             (it joins that tenant; password, salt and options are accepted, not kept). The official type makes tenantId and gender required; the suite
//                             observed answers without either. Checked as create-user is: none of username, phone,
//                             email -> 400 "Must contain one of the following fields: username, phone, email"; an email
//                             without "x@y.z" form -> "参数 email 格式错误"; customData longer than 1024 characters as
//                             JSON -> "customData must be less than 1024 characters"; phoneCountryCode without phone ->
//                             "phone cannot be empty"; username, email, phone, externalId already used in the pool ->
//                             409/2026 "用户 <field> 已存在: <value>" / "User <field> already exists: <value>".
//   POST add-tenant-users     {tenantId!, linkUserIds!} -> {success}; existing members are skipped
//   POST remove-tenant-users  {tenantId!, linkUserIds, memberIds} -> {success}; ids that are not members are ignored
//   POST delete-tenant-user   the same, answering no data (CommonResponseDto)
//   POST update-tenant-user   {tenantId!, linkUserId or memberId, updates! (profile fields of TenantUserDto)} -> {success}
//   POST list-tenant-users    {tenantId!, keywords (name, username, nickname, email or phone contains it),
//                             options: {pagination: {page, limit}}} -> {totalCount, list: TenantUserDto[]} in join order
//   GET  get-tenant-user      tenantId!, linkUserId or memberId -> TenantUserDto
//   POST set-tenant-admin     {tenantId!, linkUserIds, memberIds} -> no data; a pool user who is not yet a member
//                             joins the tenant as an admin; memberIds must be members
//   POST delete-tenant-admin  {tenantId!, linkUserId or memberId} -> no data; the member stays, no longer an admin
//   POST list-tenant-admin    {tenantId!, keywords, page, limit} -> {totalCount, list: TenantUserDto[]} of the admins
// Errors: a required field absent or a field malformed 400/2000 "参数 X 格式错误"; neither of two alternative
// fields given 400/2000 "Must contain one of the following fields: a, b"; an unknown tenant 404/2020 "租户不存在" /
// "Tenant does not exist"; a member not in the tenant 404/2021 "租户成员不存在" / "Tenant member does not exist";
// an unknown user 404/2004 "用户不存在" / "User does not exist" (as every area). Failed writes change nothing; a request names
// at most lib.BATCH_LIMIT ids.
// Not here: add/remove-tenant-department-members (department memberships belong to organizations.mjs); the
// tenant/ tests' department calls (create-department, update-department, list-department-member-ids) are
// answered by organizations.mjs.
//
// State: state.tenants {tenantId: tenant}, state.tenantMembers {tenantId: {userId: member}} with member =
// {memberId, linkUserId, tenantId, isTenantAdmin, profile, createdAt}, state.tenantMemberIds {memberId:
// [tenantId, userId]} (all without prototype). The seed's `tenants` (TenantDto-like objects, optional `members`:
// [{userId, memberId?, isTenantAdmin?, createdAt?}]) fills them, the same after every reset: a seeded tenant's
// code is derived from a hash of its tenantId (unless given), its createdAt is the seed's (else the time its
// 24-hex id carries), a member's createdAt the seed's (else the tenant's) and its memberId the seed's (else a hash
// of tenantId and userId). A duplicate tenantId or member is refused. Deleted users leave every tenant (forgetUsers).
import { createHash, randomBytes } from "node:crypto";
import { absent, badParam, batch, contains, dict, fail, isPlainObject, newId, nowIso, PAGE, paged, RULES, success } from "../lib.mjs";
import { addUser, notFound as userNotFound, PROFILE, userView } from "./users.mjs";

const mustContain = (...names) => fail(400, 2000, `Must contain one of the following fields: ${names.join(", ")}`);
const tenantNotFound = () => fail(404, 2020, "租户不存在", "Tenant does not exist");
const memberNotFound = () => fail(404, 2021, "租户成员不存在", "Tenant member does not exist");
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GENDERS = ["M", "F", "U"];

// The tenant profile of a member (TenantUserDto's profile fields).
const MEMBER_PROFILE = [
  "email", "phone", "phoneCountryCode", "username", "name", "nickname", "photo", "gender", "birthdate", "country",
  "province", "city", "address", "streetAddress", "postalCode", "givenName", "familyName", "middleName", "preferredUsername",
];
const TENANT_FIELDS = {
  appIds: "strs", logo: "strs", description: "string", rejectHint: "string", sourceAppId: "string",
};
const CREATE_FIELDS = {
  name: "string!", ...TENANT_FIELDS, enterpriseDomains: "strs", expireTime: "string", mauAmount: "number",
  memberAmount: "number", adminAmount: "number",
};
const VIEW_FLAGS = { withMembersCount: "bool", withAppDetail: "bool", withCreatorDetail: "bool", withSourceAppDetail: "bool" };
const IDS = { linkUserIds: (v, n) => (absent(v) ? undefined : RULES.strs(batch(v, n), n)), memberIds: (v, n) => (absent(v) ? undefined : RULES.strs(batch(v, n), n)) };

export function init(st, s) {
  st.tenants = dict();
  st.tenantMembers = dict();
  st.tenantMemberIds = dict();
  for (const t of s.tenants ?? []) {
    if (!t.tenantId || !t.name) throw new Error("seed: a tenant needs tenantId and name");
    if (Object.hasOwn(st.tenants, t.tenantId)) throw new Error(`seed: duplicate tenantId ${t.tenantId}`);
    const { members = [], ...fields } = t;
    // Seeded data is the same after every reset: code, createdAt and memberIds follow from the seed.
    const at = t.createdAt ?? seedTime(t.tenantId);
    st.tenants[t.tenantId] = newTenant(st, { code: seedCode(st, t.tenantId), ...fields }, at);
    st.tenantMembers[t.tenantId] = dict();
    for (const m of members) {
      if (!Object.hasOwn(st.users, m.userId)) throw new Error(`seed: tenant member of unknown user ${m.userId}`);
      if (Object.hasOwn(st.tenantMembers[t.tenantId], m.userId)) throw new Error(`seed: user ${m.userId} joins tenant ${t.tenantId} twice`);
      join(st, t.tenantId, m.userId, {
        ...m, memberId: m.memberId ?? hash(`${t.tenantId}:${m.userId}`, 16).slice(0, 24), createdAt: m.createdAt ?? at,
      });
    }
  }
}

const hash = (text, base = 36) => BigInt(`0x${createHash("sha256").update(text).digest("hex")}`).toString(base);
// A seeded tenant's code: 8 characters of [a-z0-9] from a hash of its tenantId (another input when taken).
function seedCode(st, tenantId) {
  const taken = new Set(Object.values(st.tenants).map((t) => t.code));
  for (let i = 0; ; i++) {
    const code = hash(i ? `${tenantId}:${i}` : tenantId).padStart(8, "0").slice(-8);
    if (!taken.has(code)) return code;
  }
}
// A seeded tenant without createdAt: the time its id carries (a 24-hex id starts with unix seconds), else the epoch.
const seedTime = (id) => new Date(/^[0-9a-f]{24}$/i.test(id) ? parseInt(id.slice(0, 8), 16) * 1000 : 0).toISOString();

function newCode(st) {
  const taken = new Set(Object.values(st.tenants).map((t) => t.code));
  let code;
  do code = randomBytes(6).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0").slice(0, 8);
  while (taken.has(code));
  return code;
}

function newTenant(st, p, at = nowIso()) {
  return {
    tenantId: newId(), userPoolId: st.userPoolId, description: "", logo: [], rejectHint: "", appIds: [], creator: "",
    sourceAppId: "", source: "USER_POOL", code: p.code ?? newCode(st), host: "", enterpriseDomains: [], createdAt: at,
    updatedAt: at, ...p,
  };
}

function join(st, tenantId, userId, m = {}) {
  const member = {
    memberId: m.memberId ?? newId(), linkUserId: userId, tenantId, isTenantAdmin: Boolean(m.isTenantAdmin),
    profile: dict(), createdAt: m.createdAt ?? nowIso(),
  };
  st.tenantMembers[tenantId][userId] = member;
  st.tenantMemberIds[member.memberId] = [tenantId, userId];
  return member;
}

function leave(st, tenantId, userId) {
  const own = st.tenantMembers[tenantId];
  if (!own || !Object.hasOwn(own, userId)) return;
  const m = own[userId];
  delete st.tenantMemberIds[m.memberId];
  delete st.tenantMembers[tenantId][userId];
}

const memberRef = (st, memberId) => (Object.hasOwn(st.tenantMemberIds, memberId) ? st.tenantMemberIds[memberId] : undefined);
const findTenant = (st, id) => (Object.hasOwn(st.tenants, id) ? st.tenants[id] : tenantNotFound());
const members = (st, tenantId) => Object.values(st.tenantMembers[tenantId] ?? {});

/** The member named by linkUserId (a user id) or memberId, in one tenant. */
function findMember(st, tenantId, linkUserId, memberId) {
  if (absent(linkUserId) && absent(memberId)) mustContain("linkUserId", "memberId");
  for (const [n, v] of [["linkUserId", linkUserId], ["memberId", memberId]]) if (!absent(v) && typeof v !== "string") badParam(n);
  const byMember = !absent(memberId) ? memberRef(st, memberId) : undefined;
  const userId = !absent(linkUserId) ? linkUserId : byMember?.[0] === tenantId ? byMember[1] : undefined;
  const m = userId !== undefined && Object.hasOwn(st.tenantMembers[tenantId], userId) ? st.tenantMembers[tenantId][userId] : undefined;
  return m && (absent(memberId) || m.memberId === memberId) ? m : memberNotFound();
}

/** Members named by linkUserIds and memberIds (ids that are not members are left out). */
function named(st, tenantId, p) {
  if (p.linkUserIds === undefined && p.memberIds === undefined) mustContain("linkUserIds", "memberIds");
  const out = new Set();
  for (const id of p.linkUserIds ?? []) if (Object.hasOwn(st.tenantMembers[tenantId], id)) out.add(id);
  for (const id of p.memberIds ?? []) {
    const ref = memberRef(st, id);
    if (ref?.[0] === tenantId) out.add(ref[1]);
  }
  return [...out];
}

function tenantView(st, t, p = {}) {
  const { logo, createdAt, updatedAt, expireTime, mauAmount, memberAmount, adminAmount, ...rest } = t;
  const out = { ...rest, logo: logo[0] ?? "", appIds: [...t.appIds], enterpriseDomains: [...t.enterpriseDomains] };
  if (p.withMembersCount) out.membersCount = members(st, t.tenantId).length;
  if (p.withCreatorDetail) out.creatorDetail = null;
  if (p.withSourceAppDetail) out.sourceAppDetail = null;
  return out;
}

function memberView(st, m) {
  const u = st.users[m.linkUserId];
  const { password, salt, ...profile } = m.profile;
  return {
    ...userView(st, u), ...profile, userPoolId: st.userPoolId, tenantId: m.tenantId, memberId: m.memberId,
    linkUserId: m.linkUserId, isTenantAdmin: m.isTenantAdmin,
  };
}

const search = (st, list, keywords) =>
  absent(keywords) ? list : list.filter((m) => {
    const v = memberView(st, m);
    return contains([v.name, v.username, v.nickname, v.email, v.phone], keywords);
  });

// -- profile checks (as create-user checks them) ----------------------------------------------------
function checkProfile(p, creating) {
  if (creating && absent(p.username) && absent(p.phone) && absent(p.email)) mustContain("username", "phone", "email");
  for (const k of [...PROFILE, "password", "salt"])
    if (!absent(p[k]) && !["emailVerified", "phoneVerified"].includes(k) && typeof p[k] !== "string") badParam(k);
  for (const k of ["emailVerified", "phoneVerified"]) if (!absent(p[k]) && typeof p[k] !== "boolean") badParam(k);
  if (!absent(p.email) && !EMAIL.test(p.email)) badParam("email");
  if (p.gender !== undefined && !GENDERS.includes(p.gender)) badParam("gender");
  if (p.customData !== undefined) {
    if (!isPlainObject(p.customData)) badParam("customData");
    if (JSON.stringify(p.customData).length > 1024) fail(400, 2000, "customData must be less than 1024 characters");
  }
  if (creating && !absent(p.phoneCountryCode) && absent(p.phone)) fail(400, 2000, "phone cannot be empty");
  if (p.options !== undefined && !isPlainObject(p.options)) badParam("options");
}


// -----------------------------------------------------------------------------------------------------
const tenantSpec = (extra = {}) => ({ tenantId: "string!", ...extra });

export const routes = {
  // -- tenants -----------------------------------------------------------------------------------------
  "/api/v3/create-tenant": {
    method: "POST",
    spec: CREATE_FIELDS,
    handler: (p, { state: st }) => {
      const t = newTenant(st, p);
      st.tenants[t.tenantId] = t;
      st.tenantMembers[t.tenantId] = dict();
      return tenantView(st, t);
    },
  },
  "/api/v3/update-tenant": {
    method: "POST",
    spec: tenantSpec({ name: "string", ...TENANT_FIELDS }),
    handler: (p, { state: st }) => {
      const t = findTenant(st, p.tenantId);
      for (const k of ["name", ...Object.keys(TENANT_FIELDS)]) if (p[k] !== undefined) t[k] = p[k];
      t.updatedAt = nowIso();
      return success();
    },
  },
  "/api/v3/delete-tenant": {
    method: "POST",
    spec: tenantSpec(),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      for (const m of members(st, p.tenantId)) delete st.tenantMemberIds[m.memberId];
      delete st.tenantMembers[p.tenantId];
      delete st.tenants[p.tenantId];
      return success();
    },
  },
  "/api/v3/list-tenants": {
    method: "GET",
    spec: { keywords: "string", ...PAGE, source: "string", ...VIEW_FLAGS },
    handler: (p, { state: st }) => {
      const list = Object.values(st.tenants)
        .filter((t) => (absent(p.keywords) || contains([t.name, t.code], p.keywords)) && (p.source === undefined || t.source === p.source));
      const page = paged(list, p);
      return { totalCount: page.totalCount, list: page.list.map((t) => tenantView(st, t, p)) };
    },
  },
  "/api/v3/get-tenant": {
    method: "GET",
    spec: tenantSpec(VIEW_FLAGS),
    handler: (p, { state: st }) => tenantView(st, findTenant(st, p.tenantId), p),
  },
  "/api/v3/get-tenant-little-info": {
    method: "GET",
    spec: tenantSpec(VIEW_FLAGS),
    handler: (p, { state: st }) => tenantView(st, findTenant(st, p.tenantId), p),
  },
  "/api/v3/get-tenant-by-code": {
    method: "GET",
    spec: { code: "string!" },
    handler: (p, { state: st }) => tenantView(st, Object.values(st.tenants).find((t) => t.code === p.code) ?? tenantNotFound()),
  },

  // -- tenant users ------------------------------------------------------------------------------------
  "/api/v3/create-tenant-user": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (!absent(p.tenantId) && typeof p.tenantId !== "string") badParam("tenantId");
      if (!absent(p.tenantId)) findTenant(st, p.tenantId);
      // A pool user, made as create-user makes one: its checks, its uniqueness, its store.
      const { tenantId, ...profile } = p;
      const u = addUser(st, profile);
      const out = { ...userView(st, u, { withCustomData: true }), userPoolId: st.userPoolId, linkUserId: u.userId };
      if (!absent(p.tenantId)) {
        const m = join(st, p.tenantId, u.userId);
        Object.assign(out, { tenantId: m.tenantId, memberId: m.memberId, isTenantAdmin: m.isTenantAdmin });
      }
      return out;
    },
  },
  "/api/v3/add-tenant-users": {
    method: "POST",
    spec: tenantSpec({ linkUserIds: (v, n) => (absent(v) ? badParam(n) : RULES.ids(batch(v, n), n)) }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      if (p.linkUserIds.some((id) => !Object.hasOwn(st.users, id))) userNotFound();
      for (const id of p.linkUserIds) if (!Object.hasOwn(st.tenantMembers[p.tenantId], id)) join(st, p.tenantId, id);
      return success();
    },
  },
  "/api/v3/remove-tenant-users": {
    method: "POST",
    spec: tenantSpec(IDS),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      for (const id of named(st, p.tenantId, p)) leave(st, p.tenantId, id);
      return success();
    },
  },
  "/api/v3/delete-tenant-user": {
    method: "POST",
    spec: tenantSpec(IDS),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      for (const id of named(st, p.tenantId, p)) leave(st, p.tenantId, id);
      return undefined;
    },
  },
  "/api/v3/update-tenant-user": {
    method: "POST",
    spec: tenantSpec({ linkUserId: "any", memberId: "any", updates: (v, n) => (isPlainObject(v) ? v : badParam(n)) }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      const m = findMember(st, p.tenantId, p.linkUserId, p.memberId);
      const updates = Object.fromEntries(MEMBER_PROFILE.filter((k) => p.updates[k] !== undefined).map((k) => [k, p.updates[k]]));
      checkProfile(updates, false);
      Object.assign(m.profile, updates);
      return success();
    },
  },
  "/api/v3/list-tenant-users": {
    method: "POST",
    spec: tenantSpec({ keywords: "string", options: "object" }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      const pg = p.options?.pagination;
      if (pg !== undefined && !isPlainObject(pg)) badParam("options");
      const page = {
        page: absent(pg?.page) ? 1 : RULES.int(pg.page, "page"),
        limit: absent(pg?.limit) ? 10 : RULES.int(pg.limit, "limit", "50"),
      };
      const out = paged(search(st, members(st, p.tenantId), p.keywords), page);
      return { totalCount: out.totalCount, list: out.list.map((m) => memberView(st, m)) };
    },
  },
  "/api/v3/get-tenant-user": {
    method: "GET",
    spec: tenantSpec({ linkUserId: "string", memberId: "string" }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      return memberView(st, findMember(st, p.tenantId, p.linkUserId, p.memberId));
    },
  },

  // -- tenant admins -----------------------------------------------------------------------------------
  "/api/v3/set-tenant-admin": {
    method: "POST",
    spec: tenantSpec(IDS),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      if (p.linkUserIds === undefined && p.memberIds === undefined) mustContain("linkUserIds", "memberIds");
      if ((p.linkUserIds ?? []).some((id) => !Object.hasOwn(st.users, id))) userNotFound();
      if ((p.memberIds ?? []).some((id) => memberRef(st, id)?.[0] !== p.tenantId)) memberNotFound();
      const own = st.tenantMembers[p.tenantId];
      for (const id of p.linkUserIds ?? []) (Object.hasOwn(own, id) ? own[id] : join(st, p.tenantId, id)).isTenantAdmin = true;
      for (const id of p.memberIds ?? []) st.tenantMembers[p.tenantId][st.tenantMemberIds[id][1]].isTenantAdmin = true;
      return undefined;
    },
  },
  "/api/v3/delete-tenant-admin": {
    method: "POST",
    spec: tenantSpec({ linkUserId: "any", memberId: "any" }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      findMember(st, p.tenantId, p.linkUserId, p.memberId).isTenantAdmin = false;
      return undefined;
    },
  },
  "/api/v3/list-tenant-admin": {
    method: "POST",
    spec: tenantSpec({ keywords: "string", ...PAGE }),
    handler: (p, { state: st }) => {
      findTenant(st, p.tenantId);
      const out = paged(search(st, members(st, p.tenantId).filter((m) => m.isTenantAdmin), p.keywords), p);
      return { totalCount: out.totalCount, list: out.list.map((m) => memberView(st, m)) };
    },
  },
};

// Deleted users leave every tenant: per tenant, one look-up per user.
export function forgetUsers(st, ids) {
  for (const tenantId of Object.keys(st.tenantMembers)) for (const id of ids) leave(st, tenantId, id);
}
export const forgetUser = (st, id) => forgetUsers(st, new Set([id]));
