// Users: the directory every other area points into. See index.mjs for the behaviour of each call.
import { badParam, fail, newId, nowIso, pick, success, withDefaults } from "../lib.mjs";

export const DEFAULT_PHOTO = "https://files.authing.co/authing-console/default-user-avatar.png";

// The profile fields a caller may set on create and update (the official CreateUserReqDto).
export const PROFILE = [
  "status", "email", "phone", "phoneCountryCode", "username", "externalId", "name", "nickname", "photo", "gender",
  "emailVerified", "phoneVerified", "birthdate", "country", "province", "city", "address", "streetAddress",
  "postalCode", "company", "browser", "device", "givenName", "familyName", "middleName", "profile",
  "preferredUsername", "website", "zoneinfo", "locale", "formatted", "region", "identityNumber",
];

/** A stored user: every field of the official UserDto present, as the service answers. */
export function newUser(p = {}, at = nowIso()) {
  return withDefaults(pick(p, ["userId", ...PROFILE, "customData", "identities", "tenantIds", "postIdList", "createdAt", "updatedAt"]), {
    userId: newId(), status: "Activated", workStatus: "Active", gender: "U", emailVerified: false, phoneVerified: false,
    photo: DEFAULT_PHOTO, loginsCount: 0, lastLogin: null, lastIp: null, userSourceType: "adminCreated",
    registerSource: [], createdAt: at, updatedAt: at,
  });
}

export function init(st, s) {
  st.users = {};
  for (const u of s.users ?? []) {
    if (!u.userId) throw new Error("seed: user needs userId");
    st.users[u.userId] = withDefaults(newUser(u), u);
  }
}

export function requireUsers(st, ids = []) {
  const unknown = ids.find((id) => !st.users[id]);
  if (unknown) fail(404, 2003, `user not found: ${unknown}`, `user not found: ${unknown}`);
}

export function userView(st, u, p = {}) {
  const { customData, identities, tenantIds, ...rest } = u;
  const out = { ...rest };
  if (p.withDepartmentIds) out.departmentIds = Object.keys(st.memberships).filter((id) => st.memberships[id].includes(u.userId));
  if (p.withIdentities) out.identities = identities ?? [];
  if (p.withCustomData) out.customData = customData ?? {};
  return out;
}

const SURNAMES = [..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"];
const GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "子涵", "浩然"];

// Bulk users for tests: realistic names, unique usernames `${prefix}${n}`, emails and phones.
export function createUsers(st, count, prefix = "user") {
  if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error("count must be an integer from 1 to 100000");
  if (typeof prefix !== "string" || !prefix) throw new Error("prefix must be a non-empty string");
  const taken = new Set(Object.values(st.users).map((u) => u.username));
  const t0 = Date.now(), userIds = [];
  for (let i = 0; i < count; i++) {
    let n, username;
    do username = `${prefix}${(n = ++st.counters.usersCreated)}`;
    while (taken.has(username));
    const at = new Date(t0 + i).toISOString();
    const name = SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + Math.floor(n / SURNAMES.length)) % GIVEN.length];
    const u = newUser({
      username, name, nickname: name, email: `${username}@example.com`, phone: `150${String(n % 1e8).padStart(8, "0")}`,
      phoneCountryCode: "+86", gender: "MF"[n % 2],
    }, at);
    st.users[u.userId] = u;
    userIds.push(u.userId);
  }
  return userIds;
}

export const routes = {
  "/api/v3/create-user": {
    method: "POST",
    handler: (p, env) => {
      const u = newUser(p);
      env.state.users[u.userId] = u;
      return userView(env.state, u, { withCustomData: true });
    },
  },
  "/api/v3/get-user": {
    method: "GET",
    spec: { userId: "string!", withCustomData: "bool", withIdentities: "bool", withDepartmentIds: "bool" },
    handler: (p, { state: st }) => {
      const u = st.users[p.userId] ?? fail(404, 2004, "用户不存在", "User does not exist");
      return userView(st, u, p);
    },
  },
  "/api/v3/delete-users-batch": {
    method: "POST",
    spec: { userIds: (v, n) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? v : badParam(n)) },
    handler: (p, env) => {
      for (const id of p.userIds) if (env.state.users[id]) env.forgetUser(id);
      return success();
    },
  },
};

// The user's own record goes last, after every area has dropped its references.
export function forgetUser(st, id) {
  delete st.users[id];
}
