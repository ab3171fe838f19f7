// The users area of the emulator: node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { defaultSeed, STEAMORY } from "../../emulator/seed.mjs";

const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const DEV = STEAMORY.devDepartmentId;

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "brackets" });
const post = (path, params, lang) => call("POST", path, params, lang);
const get = (path, params, lang) => call("GET", path, params, lang);

test("create-user then get-user by every userIdType; customData, identities, departmentIds only when asked", async () => {
  const created = await post("create-user", {
    username: "neo", email: "Neo@Matrix.io", phone: "13512345678", phoneCountryCode: "+86", externalId: "ext-1",
    gender: "M", customData: { school: "pku", age: 30 },
    identities: [{ extIdpId: "idp1", provider: "github", type: "generic", userIdInIdp: "gh-7", userInfoInIdp: {}, originConnIds: [] }],
  });
  assert.equal(created.statusCode, 200, created.message);
  const u = created.data;
  assert.equal(u.email, "neo@matrix.io");
  assert.deepEqual(u.customData, { school: "pku", age: 30 });
  assert.equal(u.loginsCount, 0);
  assert.equal(u.lastLogin, null);
  for (const [userIdType, userId] of [["user_id", u.userId], ["username", "neo"], ["email", "NEO@matrix.io"], ["phone", "13512345678"],
    ["external_id", "ext-1"], ["identity", "idp1:gh-7"]]) {
    const r = await get("get-user", { userId, userIdType });
    assert.equal(r.statusCode, 200, `${userIdType}: ${r.message}`);
    assert.equal(r.data.userId, u.userId);
    assert.equal(r.data.customData, undefined);
    assert.equal(r.data.identities, undefined);
    assert.equal(r.data.departmentIds, undefined);
  }
  const full = await get("get-user", { userId: u.userId, withCustomData: true, withIdentities: true, withDepartmentIds: true });
  assert.deepEqual(full.data.customData, { school: "pku", age: 30 });
  assert.equal(full.data.identities[0].userIdInIdp, "gh-7");
  assert.deepEqual(full.data.departmentIds, []);
  const flat = await get("get-user", { userId: u.userId, withCustomData: true, flatCustomData: true });
  assert.equal(flat.data.school, "pku");
  const ids = await get("get-user-identities", { userId: u.userId });
  assert.equal(ids.data.length, 1);
});

test("get-user: unknown user, malformed email/phone lookups, and the English message", async () => {
  assert.deepEqual(pick(await get("get-user", { userId: "test" })), { statusCode: 404, message: "用户不存在" });
  assert.equal((await get("get-user", { userId: "test", userIdType: "user_id" }, "en-US")).message, "User does not exist");
  assert.equal((await get("get-user", { userId: "test#x.com", userIdType: "email" })).message, "参数 userId 格式错误");
  assert.equal((await get("get-user", { userId: "1234567890#", userIdType: "phone" })).message, "参数 userId 格式错误");
  assert.equal((await get("get-user", { userId: "212-456-1111", userIdType: "phone" })).message, "用户不存在");
  assert.equal((await get("get-user", { userId: "x", userIdType: "nonsense" })).message, "参数 userIdType 格式错误");
  assert.equal((await get("get-user-mfa-info", { userId: "" })).message, "参数 userId 格式错误");
});

const pick = (r) => ({ statusCode: r.statusCode, message: r.message });

test("create-user refusals as the service words them, nothing stored", async () => {
  const before = Object.keys(emu.state.users).length;
  assert.deepEqual(pick(await post("create-user", {})), { statusCode: 400, message: "Must contain one of the following fields: username, phone, email" });
  assert.deepEqual(pick(await post("create-user", { email: "test1@qqq" })), { statusCode: 400, message: "参数 email 格式错误" });
  assert.deepEqual(pick(await post("create-user", { email: "t@qq.com", customData: { intro: "hello".repeat(205) } })),
    { statusCode: 400, message: "customData must be less than 1024 characters" });
  assert.deepEqual(pick(await post("create-user", { email: "t@qq.com", phoneCountryCode: "+86" })), { statusCode: 400, message: "phone cannot be empty" });
  assert.deepEqual(pick(await post("create-user", { username: "x", gender: "X" })), { statusCode: 400, message: "参数 gender 格式错误" });
  assert.equal((await post("create-user", { username: 42 })).message, "参数 username 格式错误");
  assert.equal(Object.keys(emu.state.users).length, before);
});

test("username, email (any case), phone and externalId are unique; a batch with a clash creates nothing", async () => {
  for (const body of [{ username: "zhangsan" }, { email: "ZHANGSAN@steamory.cn" }, { phone: "13800138001" }, { username: "n", externalId: "CH-0007" }]) {
    const r = await post("create-user", body);
    assert.equal(r.statusCode, 409, JSON.stringify(body));
  }
  assert.equal((await post("create-user", { username: "zhangsan" }, "en-US")).message, "username already exists");
  const before = Object.keys(emu.state.users).length;
  const r = await post("create-users-batch", { list: [{ username: "a1" }, { username: "a2", email: "x@y.com" }, { username: "a3", email: "X@Y.com" }] });
  assert.equal(r.statusCode, 409);
  assert.equal(Object.keys(emu.state.users).length, before);
  const ok = await post("create-users-batch", { list: [{ username: "a1", customData: { age: 3 } }, { username: "a2" }] });
  assert.equal(ok.statusCode, 200, ok.message);
  assert.deepEqual(ok.data.map((u) => [u.username, u.customData]), [["a1", { age: 3 }], ["a2", {}]]);
});

test("update-user: fields and customData merged, duplicate and malformed values refused, status Archived listed", async () => {
  await post("set-custom-data", { targetType: "USER", targetIdentifier: ZHANGSAN, list: [{ key: "intro", value: "hi" }] });
  const r = await post("update-user", { userId: ZHANGSAN, gender: "F", nickname: "三", customData: { age: 40 } });
  assert.equal(r.statusCode, 200, r.message);
  assert.equal(r.data.gender, "F");
  assert.deepEqual(r.data.customData, { intro: "hi", age: 40 });
  assert.equal((await post("update-user", { userId: ZHANGSAN, gender: "" })).message, "参数 gender 格式错误");
  assert.equal((await post("update-user", { userId: ZHANGSAN, email: "lisi@steamory.cn" })).statusCode, 409);
  assert.equal((await post("update-user", { userId: ZHANGSAN, email: "ZhangSan@steamory.cn" })).statusCode, 200, "its own email");
  assert.equal((await post("update-user", { userId: "nobody", name: "x" })).message, "用户不存在");
  const byName = await post("update-user", { userId: "lisi", status: "Archived", options: { userIdType: "username" } });
  assert.equal(byName.statusCode, 200, byName.message);
  const archived = await get("list-archived-users", {});
  assert.equal(archived.data.totalCount, 1);
  assert.equal(archived.data.list[0].userId, "623c20b2a062aaaaf41b17db");
  assert.equal((await get("list-archived-users", { limit: 220 })).message, "limit must less than 50");
  assert.equal((await get("list-archived-users", { page: 0 })).message, "参数 page 格式错误");
});

test("list-users: paging, keywords, advancedFilter (status, department, dates, custom data), sort", async () => {
  const all = await post("list-users", { options: { pagination: { page: 1, limit: 50 } } });
  assert.equal(all.data.totalCount, defaultSeed().users.length);
  const page2 = await post("list-users", { options: { pagination: { page: 2, limit: 3 } } });
  assert.deepEqual(page2.data.list.map((u) => u.userId), all.data.list.slice(3, 6).map((u) => u.userId));
  assert.equal((await post("list-users", { options: { pagination: { page: 0 } } })).message, "参数 page 格式错误");
  assert.equal((await post("list-users", { options: { pagination: { limit: 0 } } })).message, "参数 limit 格式错误");
  assert.equal((await post("list-users", { options: { pagination: { limit: 220 } } })).message, "limit must less than 50");
  const f = (advancedFilter, extra = {}) => post("list-users", { advancedFilter, ...extra });
  assert.equal((await f([{ field: "status", operator: "EQUAL", value: "invalid" }])).message, "参数 status 格式错误");
  assert.deepEqual((await f([{ field: "status", operator: "EQUAL", value: "Suspended" }])).data.list.map((u) => u.username), ["linyt"]);
  const dev = await f([{ field: "department", operator: "IN", value: [{ organizationCode: "steamory", departmentId: DEV, includeChildrenDepartments: true }] }]);
  assert.equal(dev.data.totalCount, 5);
  const kw = await post("list-users", { keywords: "CLOUDHARBOR", options: { sort: [{ field: "username", order: "asc" }] } });
  assert.deepEqual(kw.data.list.map((u) => u.username), ["alice", "bob"]);
  await post("set-custom-data", { targetType: "USER", targetIdentifier: ZHANGSAN, list: [{ key: "age", value: 41 }] });
  const custom = await f([{ field: "age", operator: "GREATER", value: 40 }], { options: { withCustomData: true } });
  assert.deepEqual(custom.data.list.map((u) => [u.userId, u.customData.age]), [[ZHANGSAN, 41]]);
  const old = await f([{ field: "createdAt", operator: "LESSER", value: Date.parse("2023-01-01") }]);
  assert.equal(old.data.totalCount, defaultSeed().users.length);
  assert.equal((await f([{ field: "loggedInApps", operator: "IN", value: ["app1"] }])).data.totalCount, 0);
});

test("delete-users-batch: the user is gone from users and departments; empty list refused", async () => {
  assert.equal((await post("delete-users-batch", { userIds: [] })).message, "参数 userIds 格式错误");
  const r = await post("delete-users-batch", { userIds: ["zhangsan", "nobody"], options: { userIdType: "username" } });
  assert.equal(r.statusCode, 200, r.message);
  assert.equal((await get("get-user", { userId: ZHANGSAN })).message, "用户不存在");
  assert.ok(!emu.members("steamory", DEV).includes(ZHANGSAN));
  const again = await post("create-user", { username: "zhangsan", email: "zhangsan@steamory.cn" });
  assert.equal(again.statusCode, 200, "the name is free again");
});

test("get-user-batch, is-user-exists, kick-users and the empty reads", async () => {
  const b = await get("get-user-batch", { userIds: [ZHANGSAN, "nobody", "623c20b2a062aaaaf41b17db"], withCustomData: true, withDepartmentIds: true, withIdentities: true });
  assert.equal(b.statusCode, 200, b.message);
  assert.deepEqual(b.data.map((u) => u.username), ["zhangsan", "lisi"]);
  assert.ok(b.data[0].customData && b.data[0].identities && b.data[0].departmentIds.includes(DEV));
  const comma = await get("get-user-batch", { userIds: "zhangsan,lisi", userIdType: "username" });
  assert.equal(comma.data.length, 2);
  assert.equal((await post("is-user-exists", { username: "zhangsan" })).data.exists, true);
  assert.equal((await post("is-user-exists", { email: "nobody@x.com" })).data.exists, false);
  assert.equal((await post("is-user-exists", {})).message, "参数 username, email, phone, externalId 格式错误");
  assert.equal((await post("kick-users", { userId: ZHANGSAN, appIds: [] })).message, "参数 appIds 格式错误");
  assert.equal((await post("kick-users", { userId: ZHANGSAN, appIds: ["app1"] })).data.success, true);
  assert.deepEqual((await get("get-user-login-history", { userId: ZHANGSAN })).data, { totalCount: 0, list: [] });
  assert.deepEqual((await get("get-user-loggedin-apps", { userId: ZHANGSAN })).data, []);
  assert.equal((await get("get-user-mfa-info", { userId: ZHANGSAN })).data.totpStatus, "disabled");
});

test("principal authentication: none -> 499 on reset; a seeded record is read, then reset once", async () => {
  const none = await post("reset-user-principal-authentication-info", { userId: ZHANGSAN });
  assert.deepEqual(pick(none), { statusCode: 499, message: "没有认证记录" });
  const seed = defaultSeed();
  seed.users[0].principalAuthentication = { principalType: "P", principalCode: "110", principalName: "张三", authenticatedAt: "2022-01-01T00:00:00.000Z" };
  emu.reset(seed);
  ctx.token = emu.mintToken().access_token;
  const info = await get("get-user-principal-authentication-info", { userId: ZHANGSAN });
  assert.equal(info.data.authenticated, true);
  assert.equal(info.data.principalName, "张三");
  assert.equal((await post("reset-user-principal-authentication-info", { userId: ZHANGSAN })).statusCode, 200);
  assert.equal((await get("get-user-principal-authentication-info", { userId: ZHANGSAN })).data.authenticated, false);
  assert.equal((await post("reset-user-principal-authentication-info", { userId: ZHANGSAN })).statusCode, 499);
});

test("custom fields and custom data round trip", async () => {
  const set = await post("set-custom-fields", { list: [
    { targetType: "USER", dataType: "STRING", key: "intro", label: "自我介绍" },
    { targetType: "USER", dataType: "NUMBER", key: "age", label: "年龄" },
    { targetType: "ROLE", key: "level" },
  ] });
  assert.equal(set.statusCode, 200, set.message);
  const fields = await get("get-custom-fields", { targetType: "USER" });
  assert.deepEqual(fields.data.map((f) => [f.key, f.dataType, f.label]), [["intro", "STRING", "自我介绍"], ["age", "NUMBER", "年龄"]]);
  await post("set-custom-fields", { list: [{ targetType: "USER", key: "age", label: "Age" }] });
  assert.equal((await get("get-custom-fields", { targetType: "USER" })).data[1].label, "Age");
  assert.equal((await get("get-custom-fields", { targetType: "NOPE" })).message, "参数 targetType 格式错误");
  assert.equal((await post("set-custom-data", { targetType: "USER", targetIdentifier: "nobody", list: [{ key: "a", value: "b" }] })).message, "用户不存在");
  await post("set-custom-data", { targetType: "ROLE", targetIdentifier: "admin", namespace: "default", list: [{ key: "level", value: "3" }] });
  assert.deepEqual((await get("get-custom-data", { targetType: "ROLE", targetIdentifier: "admin", namespace: "default" })).data, { level: "3" });
  await post("delete-custom-fields", { list: [{ targetType: "USER", key: "intro" }] });
  assert.deepEqual((await get("get-custom-fields", { targetType: "USER" })).data.map((f) => f.key), ["age"]);
});

test("update-user-batch: a value one item gives up is free for a later item; a value still held is not", async () => {
  const a = (await post("create-user", { username: "sa" })).data.userId;
  const b = (await post("create-user", { username: "sb" })).data.userId;
  const r = await post("update-user-batch", { list: [{ userId: a, username: "sa3" }, { userId: b, username: "sa" }] });
  assert.equal(r.statusCode, 200, r.message);
  assert.deepEqual([(await get("get-user", { userId: a })).data.username, (await get("get-user", { userId: b })).data.username], ["sa3", "sa"]);
  const clash = await post("update-user-batch", { list: [{ userId: a, username: "sa" }] });
  assert.equal(clash.statusCode, 409);
  assert.equal((await post("create-user", { username: "sa3" })).statusCode, 409);
});

test("a group's and a department's custom data are one set, whichever call writes or reads it", async () => {
  await post("create-group", { code: "cd-g", name: "g", description: "", customData: { a: 1 } });
  assert.equal((await post("set-custom-data", { targetType: "GROUP", targetIdentifier: "cd-g", list: [{ key: "k", value: "g" }] })).statusCode, 200);
  assert.deepEqual((await get("get-custom-data", { targetType: "GROUP", targetIdentifier: "cd-g" })).data, { a: 1, k: "g" });
  assert.deepEqual((await get("get-group", { code: "cd-g", withCustomData: "true" })).data.customData, { a: 1, k: "g" });
  assert.equal((await post("set-custom-data", { targetType: "DEPARTMENT", targetIdentifier: DEV, list: [{ key: "floor", value: "3" }] })).statusCode, 200);
  const d = await get("get-department", { organizationCode: "steamory", departmentId: DEV, withCustomData: "true" });
  assert.equal(d.data.customData.floor, "3");
});
