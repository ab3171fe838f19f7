// Tenants, the sync center and pipeline functions of the local emulator: node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { POOL, useEmulator } from "./harness.mjs";
import { randomBytes } from "node:crypto";
import { buildStringToSign, sign } from "../../emulator/index.mjs";

const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const LISI = "623c20b2a062aaaaf41b17db";

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "join" });

test("a tenant round trip: create, get, update, list by keyword, delete, then not found in both languages", async () => {
  const { data: t } = await call("POST", "create-tenant", { name: "蓝鲸科技", description: "d", logo: ["https://x/l.png"] });
  assert.equal(t.name, "蓝鲸科技");
  assert.equal(t.logo, "https://x/l.png");
  assert.equal(t.userPoolId, POOL);
  assert.match(t.tenantId, /^[0-9a-f]{24}$/);
  assert.equal((await call("POST", "update-tenant", { tenantId: t.tenantId, name: "蓝鲸" })).data.success, true);
  assert.equal((await call("GET", "get-tenant", { tenantId: t.tenantId })).data.name, "蓝鲸");
  assert.equal((await call("GET", "get-tenant-by-code", { code: t.code })).data.tenantId, t.tenantId);
  const listed = await call("GET", "list-tenants", { keywords: "蓝" });
  assert.deepEqual(listed.data.list.map((x) => x.tenantId), [t.tenantId]);
  assert.equal((await call("GET", "list-tenants", { keywords: "nothing-like-it" })).data.totalCount, 0);
  assert.equal((await call("POST", "delete-tenant", { tenantId: t.tenantId })).statusCode, 200);
  const zh = await call("GET", "get-tenant", { tenantId: t.tenantId });
  assert.deepEqual([zh.statusCode, zh.apiCode, zh.message], [404, 2020, "租户不存在"]);
  assert.equal((await call("GET", "get-tenant", { tenantId: t.tenantId }, "en-US")).message, "Tenant does not exist");
});

test("tenant calls refuse a missing tenantId or name with 400", async () => {
  for (const [method, path] of [["POST", "create-tenant"], ["POST", "delete-tenant"], ["GET", "get-tenant"], ["POST", "list-tenant-users"],
    ["POST", "list-tenant-admin"], ["POST", "set-tenant-admin"], ["POST", "add-tenant-users"]]) {
    const r = await call(method, path, {});
    assert.equal(r.statusCode, 400, path);
    assert.match(r.message, /^参数 (name|tenantId|linkUserIds) 格式错误$/, path);
  }
});

test("tenant members: add (unknown users refused, nothing changed), list with keywords and pages, get by memberId, update the tenant profile, remove", async () => {
  const { data: t } = await call("POST", "create-tenant", { name: "acme" });
  const bad = await call("POST", "add-tenant-users", { tenantId: t.tenantId, linkUserIds: [ZHANGSAN, "ffffffffffffffffffffffff"] });
  assert.deepEqual([bad.statusCode, bad.message], [404, "用户不存在"]);
  assert.equal((await call("POST", "list-tenant-users", { tenantId: t.tenantId })).data.totalCount, 0);
  await call("POST", "add-tenant-users", { tenantId: t.tenantId, linkUserIds: [ZHANGSAN, LISI, ZHANGSAN] });
  const all = (await call("POST", "list-tenant-users", { tenantId: t.tenantId, options: { pagination: { page: 2, limit: 1 } } })).data;
  assert.equal(all.totalCount, 2);
  assert.deepEqual(all.list.map((m) => m.linkUserId), [LISI]);
  const found = (await call("POST", "list-tenant-users", { tenantId: t.tenantId, keywords: "zhangsan" })).data.list;
  assert.equal(found.length, 1);
  const { memberId } = found[0];
  assert.equal((await call("POST", "update-tenant-user", { tenantId: t.tenantId, memberId, updates: { nickname: "老张" } })).statusCode, 200);
  const m = (await call("GET", "get-tenant-user", { tenantId: t.tenantId, memberId })).data;
  assert.deepEqual([m.linkUserId, m.nickname, m.tenantId, m.isTenantAdmin], [ZHANGSAN, "老张", t.tenantId, false]);
  const badGender = await call("POST", "update-tenant-user", { tenantId: t.tenantId, memberId, updates: { gender: "X" } });
  assert.deepEqual([badGender.statusCode, badGender.message], [400, "参数 gender 格式错误"]);
  await call("POST", "remove-tenant-users", { tenantId: t.tenantId, memberIds: [memberId] });
  const gone = await call("GET", "get-tenant-user", { tenantId: t.tenantId, linkUserId: ZHANGSAN }, "en-US");
  assert.deepEqual([gone.statusCode, gone.message], [404, "Tenant member does not exist"]);
});

test("tenant admins: set (a pool user joins as admin), list, cancel (stays a member)", async () => {
  const { data: t } = await call("POST", "create-tenant", { name: "acme" });
  await call("POST", "set-tenant-admin", { tenantId: t.tenantId, linkUserIds: [LISI] });
  const admins = (await call("POST", "list-tenant-admin", { tenantId: t.tenantId })).data;
  assert.deepEqual(admins.list.map((m) => [m.linkUserId, m.isTenantAdmin]), [[LISI, true]]);
  await call("POST", "delete-tenant-admin", { tenantId: t.tenantId, linkUserId: LISI });
  assert.equal((await call("POST", "list-tenant-admin", { tenantId: t.tenantId })).data.totalCount, 0);
  assert.equal((await call("POST", "list-tenant-users", { tenantId: t.tenantId })).data.totalCount, 1);
});

test("create-tenant-user checks as create-user does, refuses a used email, and joins the tenant", async () => {
  const expect = async (body, message) => {
    const r = await call("POST", "create-tenant-user", body);
    assert.deepEqual([r.statusCode, r.message], [400, message]);
  };
  await expect({}, "Must contain one of the following fields: username, phone, email");
  await expect({ email: "test1@qqq" }, "参数 email 格式错误");
  await expect({ email: "test1@qq.com", customData: { intro: "hello".repeat(205) } }, "customData must be less than 1024 characters");
  await expect({ phoneCountryCode: "+86", email: "test@qq.com" }, "phone cannot be empty");
  await expect({ username: "z1", phone: "abc" }, "参数 phone 格式错误");
  await expect({ username: "z2", status: "Bogus" }, "参数 status 格式错误");
  // Unique across the pool as create-user has it, email in any case, both orders.
  const dup = await call("POST", "create-tenant-user", { email: "ZhangSan@Steamory.cn" }, "en-US");
  assert.deepEqual([dup.statusCode, dup.message], [409, "email already exists"]);
  assert.equal((await call("POST", "create-tenant-user", { username: "k" })).statusCode, 200);
  assert.equal((await call("POST", "create-user", { username: "k" })).statusCode, 409);
  // A value freed by an update, taken by a tenant user, is taken for create-user too.
  const { data: v } = await call("POST", "create-user", { username: "k3" });
  await call("POST", "update-user", { userId: v.userId, username: "k4" });
  assert.equal((await call("POST", "create-tenant-user", { username: "k3" })).statusCode, 200);
  assert.equal((await call("POST", "create-user", { username: "k3" })).statusCode, 409);
  const { data: t } = await call("POST", "create-tenant", { name: "acme" });
  const { data: u } = await call("POST", "create-tenant-user", { tenantId: t.tenantId, username: "wu", gender: "M", phone: "13911112222", phoneCountryCode: "+86" });
  assert.deepEqual([u.username, u.gender, u.status, u.loginsCount, u.lastLogin, u.tenantId], ["wu", "M", "Activated", 0, null, t.tenantId]);
  assert.equal((await call("GET", "get-user", { userId: u.userId })).data.username, "wu");
  assert.equal((await call("GET", "get-tenant-user", { tenantId: t.tenantId, linkUserId: u.userId })).data.memberId, u.memberId);
});

test("a deleted user leaves every tenant", async () => {
  const a = (await call("POST", "create-tenant", { name: "a" })).data.tenantId;
  const b = (await call("POST", "create-tenant", { name: "b" })).data.tenantId;
  await call("POST", "add-tenant-users", { tenantId: a, linkUserIds: [ZHANGSAN, LISI] });
  await call("POST", "set-tenant-admin", { tenantId: b, linkUserIds: [ZHANGSAN] });
  await call("POST", "delete-users-batch", { userIds: [ZHANGSAN] });
  assert.deepEqual((await call("POST", "list-tenant-users", { tenantId: a })).data.list.map((m) => m.linkUserId), [LISI]);
  assert.equal((await call("POST", "list-tenant-admin", { tenantId: b })).data.totalCount, 0);
  assert.equal((await call("GET", "get-tenant", { tenantId: a, withMembersCount: "true" })).data.membersCount, 1);
});

test("sync tasks: create validates as observed, trigger makes a job, jobs and logs list, unknown task is 602", async () => {
  const base = { syncTaskName: "企业微信", syncTaskType: "wechatwork", syncTaskFlow: "upstream", syncTaskTrigger: "manually" };
  const fieldMapping = [{ targetKey: "name", expression: "name" }];
  const noConfig = await call("POST", "create-sync-task", { ...base, fieldMapping });
  assert.deepEqual([noConfig.statusCode, noConfig.message], [400, "Must contain one of the following fields: clientConfig"]);
  const noMapping = await call("POST", "create-sync-task", { ...base, clientConfig: { wechatworkConfig: { corpID: "1", secret: "2" } } });
  assert.equal(noMapping.message, "Must contain one of the following fields: fieldMapping");
  assert.equal((await call("POST", "create-sync-task", { ...base, fieldMapping, clientConfig: {}, syncTaskType: "qq" })).message, "参数 syncTaskType 格式错误");
  const { data: task } = await call("POST", "create-sync-task", { ...base, fieldMapping, clientConfig: { wechatworkConfig: { corpID: "1", secret: "2" } } });
  assert.equal(task.syncTaskType, "wechatwork");
  assert.equal(task.clientConfig, undefined);
  const { data: job } = await call("POST", "trigger-sync-task", { syncTaskId: task.syncTaskId });
  assert.equal((await call("GET", "get-sync-job", { syncJobId: job.syncJobId })).data.syncTaskId, task.syncTaskId);
  const jobs = (await call("GET", "list-sync-jobs", { syncTaskId: task.syncTaskId })).data;
  assert.deepEqual(jobs.list.map((j) => j.syncJobId), [job.syncJobId]);
  assert.equal((await call("GET", "get-sync-task", { syncTaskId: task.syncTaskId })).data.lastSyncStatus, "success");
  assert.equal((await call("GET", "list-sync-job-logs", { syncJobId: job.syncJobId })).data.totalCount, 0);
  const missing = await call("POST", "trigger-sync-task", { syncTaskId: 0 });
  assert.deepEqual([missing.statusCode, missing.message], [602, "no identity provider config found"]);
  const bad = await call("GET", "get-sync-job", { syncJobId: "-1" });
  assert.equal(bad.message, 'syncJobId must not be less than 1,syncJobId must be a number conforming to the specified constraints"');
  const none = await call("GET", "get-sync-task", { syncTaskId: "999" }, "en-US");
  assert.deepEqual([none.statusCode, none.message], [404, "Sync task does not exist"]);
  const { data: updated } = await call("POST", "update-sync-task", { syncTaskId: task.syncTaskId, syncTaskType: "lark", syncTaskName: "飞书" });
  assert.deepEqual([updated.syncTaskType, updated.syncTaskName], ["lark", "飞书"]);
  // a lark task without larkConfig cannot run
  assert.equal((await call("POST", "trigger-sync-task", { syncTaskId: task.syncTaskId })).statusCode, 602);
});

test("sync risk operations: list by status, trigger and cancel report successList and faildList", async () => {
  const { data: tasks } = await call("GET", "list-sync-tasks", { page: "1", limit: "10" });
  const syncTaskId = tasks.list[0].syncTaskId;
  const pending = (await call("GET", "list-sync-risk-operations", { syncTaskId, status: "PENDING" })).data.list.map((o) => o.syncRiskOperationId);
  assert.ok(pending.length > 0);
  const ran = (await call("POST", "trigger-sync-risk-operations", { syncRiskOperationIds: [...pending, 987654] })).data;
  assert.deepEqual(ran, { successList: pending, faildList: [987654] });
  assert.deepEqual((await call("POST", "cancel-sync-risk-operation", { syncRiskOperationIds: pending })).data, { successList: [], faildList: pending });
  assert.equal((await call("GET", "list-sync-risk-operations", { syncTaskId, status: "PENDING" })).data.totalCount, 0);
  assert.equal((await call("POST", "cancel-sync-risk-operation", { syncRiskOperationIds: ["x"] })).message, "参数 syncRiskOperationIds 格式错误");
});

test("pipeline functions: create, list by scene in order, reorder, update, reupload, delete, not found", async () => {
  const src = "async function pipe(user, context, callback) { callback(null, user, context) }";
  const mk = async (funcName) => (await call("POST", "create-pipeline-function", { funcName, scene: "POST_REGISTER", sourceCode: src })).data;
  const a = await mk("a"), b = await mk("b");
  assert.deepEqual([a.status, a.enabled, a.timeout], ["success", true, 3]);
  const names = async () => (await call("GET", "list-pipeline-functions", { scene: "POST_REGISTER" })).data.list.map((f) => f.funcName);
  assert.deepEqual(await names(), ["a", "b"]);
  await call("POST", "update-pipeline-order", { scene: "POST_REGISTER", order: [b.funcId] });
  assert.deepEqual(await names(), ["b", "a"]);
  assert.equal((await call("POST", "update-pipeline-function", { funcId: a.funcId, enabled: false, timeout: 10 })).data.timeout, 10);
  assert.equal((await call("GET", "get-pipeline-function", { funcId: a.funcId })).data.enabled, false);
  assert.equal((await call("POST", "reupload-pipeline-function", { funcId: a.funcId })).data.status, "success");
  const tooLong = await call("POST", "update-pipeline-function", { funcId: a.funcId, timeout: 61 });
  assert.deepEqual([tooLong.statusCode, tooLong.message], [400, "参数 timeout 格式错误"]);
  assert.equal((await call("POST", "create-pipeline-function", { timeout: 3 })).statusCode, 400);
  assert.equal((await call("POST", "delete-pipeline-function", { funcId: a.funcId })).statusCode, 200);
  assert.deepEqual(await names(), ["b"]);
  const gone = await call("GET", "get-pipeline-function", { funcId: a.funcId }, "en-US");
  assert.deepEqual([gone.statusCode, gone.apiCode, gone.message], [404, 2050, "Pipeline function does not exist"]);
  assert.ok((await call("GET", "list-pipeline-functions", {})).data.totalCount >= 2);
});

test("a signed call whose parameters were all undefined (string to sign ending in a bare '?') is accepted", async () => {
  const date = new Date().toUTCString();
  const headers = {
    "content-type": "application/json", date, "x-authing-lang": "zh-CN", "x-authing-signature-method": "HMAC-SHA1",
    "x-authing-signature-nonce": randomBytes(16).toString("hex"), "x-authing-signature-version": "1.0",
  };
  const toSign = `${buildStringToSign("GET", "/api/v3/list-tenants", headers, {})}?`;
  headers.authorization = `authing test-access-key-id:${sign("test-access-key-secret-0123456789", toSign)}`;
  const res = await (await fetch(`${emu.url}/api/v3/list-tenants`, { headers })).json();
  assert.equal(res.statusCode, 200);
});
