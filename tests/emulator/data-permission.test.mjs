// The emulator's data permissions: permission namespaces, data resources, data policies, grants
// and the checks computed from them. node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { defaultSeed } from "../../emulator/seed.mjs";

const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "brackets" });
const post = (path, body, lang) => call("POST", path, body, lang);
const get = (path, query, lang) => call("GET", path, query, lang);

async function setUp() {
  await post("create-permission-namespace", { code: "crm", name: "CRM" });
  await post("create-string-data-resource", { namespaceCode: "crm", resourceCode: "orders", resourceName: "Orders", struct: "orders", actions: ["read", "write"] });
  await post("create-tree-data-resource", {
    namespaceCode: "crm", resourceCode: "docs", resourceName: "Docs", actions: ["get"],
    struct: [{ code: "a", name: "A", children: [{ code: "a1", name: "A1" }] }, { code: "b", name: "B" }],
  });
}

test("permission namespace round trip: create, get, update to a new code, list, delete", async () => {
  const created = await post("create-permission-namespace", { code: "crm", name: "CRM", description: "d" });
  assert.deepEqual(created.data, { code: "crm", name: "CRM", description: "d" });
  assert.equal((await get("get-permission-namespace", { code: "crm" })).data.name, "CRM");
  const updated = await post("update-permission-namespace", { code: "crm", newCode: "crm2", name: "CRM 2" });
  assert.equal(updated.data.code, "crm2");
  assert.equal((await get("get-permission-namespace", { code: "crm" })).message, "权限空间不存在");
  const listed = await get("list-permission-namespaces", { query: "CRM 2" });
  assert.equal(listed.data.totalCount, 1);
  assert.equal((await get("get-permission-namespaces-batch", { codes: ["crm2", "nope"] })).message, "有不存在的权限空间");
  assert.equal((await post("delete-permission-namespace", { code: "crm2" })).data.success, true);
  assert.equal((await post("delete-permission-namespace", { code: "crm2" })).statusCode, 404);
});

test("permission namespace: duplicates, built-in and malformed codes, empty fields joined", async () => {
  await post("create-permission-namespace", { code: "crm", name: "CRM" });
  const dup = await post("create-permission-namespace", { code: "crm", name: "x" });
  assert.deepEqual([dup.statusCode, dup.message], [409, "namespace with code crm already exists."]);
  assert.equal((await post("create-permission-namespace", { code: "system", name: "x" })).statusCode, 403);
  assert.equal((await post("create-permission-namespace", { code: "好", name: "x" })).message, "invalid namespace code: 好");
  assert.equal((await post("create-permission-namespace", {})).message, "name should not be empty,code should not be empty");
  assert.equal((await post("create-permission-namespace", { code: 5, name: [] })).statusCode, 400);
  assert.equal((await post("check-permission-namespace-exists", { code: "crm" })).data.isValid, false);
  assert.equal((await post("check-permission-namespace-exists", { code: "crm-new" })).data.isValid, true);
});

test("data resources: round trip, duplicates by code and by name, validation", async () => {
  await setUp();
  const got = await get("get-data-resource", { namespaceCode: "crm", resourceCode: "docs" });
  assert.equal(got.data.type, "TREE");
  assert.deepEqual(got.data.struct[0].children, [{ code: "a1", name: "A1" }]);
  const byCode = await post("create-array-data-resource", { namespaceCode: "crm", resourceCode: "orders", resourceName: "Other", struct: ["x"], actions: ["a"] });
  assert.deepEqual([byCode.statusCode, byCode.message], [409, "数据资源 code 已经存在"]);
  const byName = await post("create-array-data-resource", { namespaceCode: "crm", resourceCode: "other", resourceName: "Orders", struct: ["x"], actions: ["a"] });
  assert.equal(byName.message, "数据资源名称已经存在");
  const empty = await post("create-array-data-resource", { namespaceCode: "crm", resourceCode: "x", resourceName: "X", struct: [], actions: ["a"] });
  assert.equal(empty.message, "struct must contain at least 1 elements,struct should not be empty");
  const bad = await post("create-tree-data-resource", { namespaceCode: "crm", resourceCode: "x", resourceName: "X", struct: [{ code: "" }], actions: ["a"] });
  assert.equal(bad.statusCode, 400);
  const exists = await get("check-data-resource-exists", { namespaceCode: "crm", resourceCode: "orders", resourceName: "Docs" });
  assert.deepEqual(exists.data, { isValid: false, message: "数据资源 code 已经存在" });
  const updated = await post("update-data-resource", { namespaceCode: "crm", resourceCode: "orders", resourceName: "Orders 2", actions: ["read"] });
  assert.deepEqual(updated.data.actions, ["read"]);
  const listed = await get("list-data-resources", { namespaceCodes: ["crm"], query: "orders" });
  assert.equal(listed.data.list[0].namespaceName, "CRM");
  assert.equal((await get("list-data-resources", { limit: 51 })).statusCode, 602);
  assert.equal((await post("delete-data-resource", { namespaceCode: "crm", resourceCode: "orders" })).statusCode, 200);
  assert.equal((await get("get-data-resource", { namespaceCode: "crm", resourceCode: "orders" })).statusCode, 404);
});

test("policies: allow and deny decide check-permission; revoke removes the grant", async () => {
  await setUp();
  const allow = await post("create-data-policy", { policyName: "allow", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/*", "crm/docs/a/get"] }] });
  const deny = await post("create-data-policy", { policyName: "deny", statementList: [{ effect: "DENY", permissions: ["crm/orders/write"] }] });
  const targetList = [{ id: ZHANGSAN, type: "USER" }];
  assert.equal((await post("authorize-data-policies", { policyIds: [allow.data.policyId, deny.data.policyId], targetList })).statusCode, 200);
  const check = async (action, resources) =>
    (await post("check-permission", { namespaceCode: "crm", userId: ZHANGSAN, action, resources })).data.checkResultList.map((r) => r.enabled);
  assert.deepEqual(await check("read", ["orders"]), [true]);
  assert.deepEqual(await check("write", ["orders"]), [false]);
  assert.deepEqual(await check("get", ["docs/a", "docs/a/a1", "docs/b"]), [true, false, false]);
  const perms = await post("get-user-resource-permission-list", { namespaceCode: "crm", userId: ZHANGSAN, resources: ["orders"] });
  assert.deepEqual(perms.data.permissionList[0].actions, ["read"]);
  const targets = await post("list-resource-targets", { namespaceCode: "crm", resources: ["orders"], actions: ["read", "write"] });
  assert.deepEqual(targets.data.authUserList[0].actionAuthList.map((a) => a.userIds), [[ZHANGSAN], []]);
  const listed = await get("list-data-policy-targets", { policyId: allow.data.policyId });
  assert.equal(listed.data.list[0].targetIdentifier, ZHANGSAN);
  await post("revoke-data-policy", { policyId: allow.data.policyId, targetType: "USER", targetIdentifier: ZHANGSAN });
  assert.deepEqual(await check("read", ["orders"]), [false]);
});

test("a grant to a department reaches its members", async () => {
  await setUp();
  const [dept, members] = Object.entries(emu.state.memberships).find(([, ids]) => ids.length);
  const allow = await post("create-data-policy", { policyName: "dept", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }] });
  await post("authorize-data-policies", { policyIds: [allow.data.policyId], targetList: [{ id: dept, type: "ORG" }] });
  const r = await post("check-permission", { namespaceCode: "crm", userId: members[0], action: "read", resources: ["orders"] });
  assert.equal(r.data.checkResultList[0].enabled, true);
});

test("grants to a group and to a role reach their members (the layouts of state.groups and state.roles)", async () => {
  await setUp();
  const [dept, members] = Object.entries(emu.state.memberships).find(([, ids]) => ids.length);
  emu.state.groups = { sales: { id: "g1", code: "sales", name: "Sales", userIds: [ZHANGSAN] } };
  emu.state.roles = { crm: { admin: { id: "r1", code: "admin", name: "Admin", namespace: "crm", userIds: [], departmentIds: [dept] } } };
  const read = await post("create-data-policy", { policyName: "read", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }] });
  const write = await post("create-data-policy", { policyName: "write", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/write"] }] });
  assert.equal((await post("authorize-data-policies", { policyIds: [read.data.policyId], targetList: [{ id: "g1", type: "GROUP" }] })).statusCode, 200);
  assert.equal((await post("authorize-data-policies", { policyIds: [write.data.policyId], targetList: [{ id: "r1", type: "ROLE" }] })).statusCode, 200);
  assert.equal((await post("authorize-data-policies", { policyIds: [write.data.policyId], targetList: [{ id: "nope", type: "ROLE" }] })).message, "角色不存在");
  const targets = await post("list-resource-targets", { namespaceCode: "crm", resources: ["orders"], actions: ["read", "write"] });
  assert.deepEqual(targets.data.authUserList[0].actionAuthList.map((a) => a.userIds.sort()), [[ZHANGSAN], [...members].sort()]);
  const roles = await get("list-permission-namespace-roles", { code: "crm" });
  assert.deepEqual(roles.data.list.map((r) => r.code), ["admin"]);
  const named = await get("list-data-policy-targets", { policyId: read.data.policyId });
  assert.equal(named.data.list[0].targetName, "Sales");
});

test("policy names are unique; check-data-policy-exists answers 602 with data; validation messages", async () => {
  await setUp();
  await post("create-data-policy", { policyName: "p", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }] });
  const dup = await post("create-data-policy", { policyName: "p", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }] });
  assert.equal(dup.statusCode, 602);
  const exists = await get("check-data-policy-exists", { policyName: "p" });
  assert.deepEqual([exists.statusCode, exists.data.isValid], [602, false]);
  assert.equal((await get("check-data-policy-exists", { policyName: "q" })).data.isValid, true);
  assert.equal((await post("create-data-policy", { policyName: "x", statementList: [] })).message, "statementList must contain at least 1 elements");
  const noPerms = await post("create-data-policy", { policyName: "x", statementList: [{ effect: "ALLOW", permissions: [] }] });
  assert.equal(noPerms.message, "请求第三方端点时返回错误, errmsg=create statement argument illegal, permission list can not be null");
  assert.equal((await post("authorize-data-policies", { policyIds: [], targetList: [{ id: "", type: "USER" }] })).message, "policyIds must contain at least 1 elements");
  const unknown = await post("authorize-data-policies", { policyIds: ["nope"], targetList: [{ id: ZHANGSAN, type: "USER" }] });
  assert.deepEqual([unknown.statusCode, unknown.message], [404, "数据策略不存在"]);
  assert.equal((await get("list-data-policies", { limit: 51 })).message, "limit must not be greater than 50");
  assert.equal((await get("list-simple-data-policies", { query: "p" })).data.totalCount, 1);
});

test("messages in en-US", async () => {
  assert.equal((await get("get-permission-namespace", { code: "none" }, "en-US")).message, "Permission namespace does not exist");
  assert.equal((await get("get-data-policy", { policyId: "none" }, "en-US")).message, "Data policy does not exist");
  assert.equal((await post("check-permission", { namespaceCode: "crm", userId: "", action: "read", resources: ["x"] }, "en-US")).message, "userId should not be empty");
});

test("a deleted user leaves every policy's targets", async () => {
  await setUp();
  const allow = await post("create-data-policy", { policyName: "allow", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }] });
  await post("authorize-data-policies", { policyIds: [allow.data.policyId], targetList: [{ id: ZHANGSAN, type: "USER" }] });
  assert.equal((await get("list-data-policy-targets", { policyId: allow.data.policyId })).data.totalCount, 1);
  await post("delete-users-batch", { userIds: [ZHANGSAN] });
  assert.equal((await get("list-data-policy-targets", { policyId: allow.data.policyId })).data.totalCount, 0);
  assert.equal((await post("check-permission", { namespaceCode: "crm", userId: ZHANGSAN, action: "read", resources: ["orders"] })).statusCode, 404);
});

test("malformed bodies never crash the emulator", async () => {
  for (const [path, body] of [
    ["create-tree-data-resource", { namespaceCode: "n", resourceCode: "r", resourceName: "r", actions: ["a"], struct: [{ code: "a", name: "a", children: "x" }] }],
    ["create-data-resource", { namespaceCode: "n", resourceCode: "r", resourceName: "r", actions: ["a"], type: "NOPE", struct: 1 }],
    ["create-data-policy", { policyName: "p", statementList: [null] }],
    ["create-data-policy", { policyName: "p", statementList: [{ effect: "ALLOW", permissions: [1, {}] }] }],
    ["authorize-data-policies", { policyIds: [1], targetList: [{ id: 1, type: "USER" }] }],
    ["check-user-same-level-permission", { namespaceCode: "n", userId: ZHANGSAN, action: "a", resource: "r", resourceNodeCodes: [1] }],
    ["create-permission-namespaces-batch", { list: [null] }],
  ]) {
    const r = await post(path, body);
    assert.equal(r.statusCode, 400, `${path}: ${r.message}`);
  }
  const proto = await post("create-string-data-resource", { namespaceCode: "__proto__", resourceCode: "toString", resourceName: "p", struct: "s", actions: ["a"] });
  assert.equal(proto.statusCode, 200);
  assert.equal(typeof {}.toString, "function");
  assert.equal((await get("get-data-resource", { namespaceCode: "__proto__", resourceCode: "toString" })).data.resourceName, "p");
});

test("the exists checks word their data in the request's language", async () => {
  await call("POST", "create-permission-namespace", { code: "lang-ns", name: "语言" });
  for (const [lang, message] of [[undefined, "权限空间 code 已经存在"], ["en-US", "Permission namespace code already exists"]]) {
    const r = await call("POST", "check-permission-namespace-exists", { code: "lang-ns" }, lang);
    assert.deepEqual(r.data, { isValid: false, message });
  }
});

test("permission namespaces, data resources and policies with their targets can be seeded, through their calls' checks", async () => {
  const seed = {
    ...defaultSeed(),
    permissionNamespaces: [{ code: "crm", name: "CRM" }],
    dataResources: [{ namespaceCode: "crm", resourceCode: "orders", resourceName: "Orders", type: "STRING", struct: "orders", actions: ["read"] }],
    dataPolicies: [{ policyName: "readers", statementList: [{ effect: "ALLOW", permissions: ["crm/orders/read"] }], targets: [{ id: ZHANGSAN, type: "USER" }] }],
  };
  emu.reset(seed);
  ctx.token = emu.mintToken().access_token; // (a reset drops the tokens it issued)
  const r = await post("check-permission", { namespaceCode: "crm", userId: ZHANGSAN, action: "read", resources: ["orders"] });
  assert.deepEqual(r.data.checkResultList.map((x) => x.enabled), [true]);
  assert.throws(() => emu.reset({ ...seed, dataResources: [{ namespaceCode: "crm", resourceCode: "x", type: "STRING", struct: "x", actions: ["read"] }] }), /seed: data resource x: .*resourceName/);
  assert.throws(() => emu.reset({ ...seed, dataPolicies: [{ ...seed.dataPolicies[0], targets: [{ id: "nobody", type: "USER" }] }] }), /seed: targets of data policy readers: User does not exist/);
  assert.equal((await get("get-permission-namespace", { code: "crm" })).data.name, "CRM");
});
