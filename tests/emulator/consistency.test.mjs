// Consistency across areas of the local GenAuth emulator: grants, policy targets, role assignments and custom data
// follow the group, role, department or organization they name; deleted users leave everything quickly;
// "__proto__" is an ordinary key; batch bounds; deterministic seeds and seed validation; one answer for an
// unknown user. node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { defaultSeed } from "../../emulator/index.mjs";
import { STEAMORY, TENANT } from "../../emulator/seed.mjs";

const ORG = STEAMORY.organizationCode;
const DEV = STEAMORY.devDepartmentId;
const FRONTEND = STEAMORY.frontendDepartmentId;
const ZHANGSAN = "623c20b2a062aaaaf41b17da";

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "join" });
const get = (path, params, lang) => call("GET", path, params, lang);
const post = (path, params, lang) => call("POST", path, params, lang);
function ok(r) {
  assert.equal(r.statusCode, 200, JSON.stringify(r));
  return r.data;
}
function refused(r, statusCode, message, apiCode) {
  assert.equal(r.statusCode, statusCode, JSON.stringify(r));
  if (message !== undefined) assert.equal(r.message, message);
  if (apiCode !== undefined) assert.equal(r.apiCode, apiCode);
}

const grant = (targetType, id, namespace = "default") => post("authorize-resources", {
  namespace, list: [{ targetType, targetIdentifiers: [id], resources: [{ code: "books", actions: ["read"], resourceType: "DATA" }] }],
});
async function policyFor(type, id) {
  const { policyId } = ok(await post("create-data-policy", {
    policyName: `p-${type}-${id}`, statementList: [{ effect: "ALLOW", permissions: ["ns1/books/read"] }],
  }));
  ok(await post("authorize-data-policies", { policyIds: [policyId], targetList: [{ id, type }] }));
  return policyId;
}
const targets = async (policyId) => ok(await get("list-data-policy-targets", { policyId })).list.map((t) => `${t.targetType}:${t.targetIdentifier}`);

// ---------------------------------------------------------------------------------------------
// 1. Grants and policy targets follow their target

test("a deleted group takes its grants, policy targets and custom data with it; made again it starts with none", async () => {
  ok(await post("create-group", { code: "g1", name: "G" }));
  ok(await grant("GROUP", "g1"));
  const byCode = await policyFor("GROUP", "g1");
  assert.deepEqual(await targets(byCode), ["GROUP:g1"]);
  ok(await post("set-custom-data", { targetType: "GROUP", targetIdentifier: "g1", list: [{ key: "k", value: "v" }] }));
  assert.equal(ok(await get("get-group-authorized-resources", { code: "g1" })).length, 1);

  ok(await post("delete-groups-batch", { codeList: ["g1"] }));
  assert.deepEqual(await targets(byCode), []);
  assert.equal(emu.state.authorizations.default["GROUP:g1"], undefined);
  ok(await post("create-group", { code: "g1", name: "G again" }));
  assert.deepEqual(ok(await get("get-group-authorized-resources", { code: "g1" })), []);
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "GROUP", targetIdentifier: "g1" })), {});
});

test("a policy target naming a group by id goes with the group too", async () => {
  const g = ok(await post("create-group", { code: "g2", name: "G" }));
  const byId = await policyFor("GROUP", g.id);
  ok(await post("delete-groups-batch", { codeList: ["g2"] }));
  assert.deepEqual(await targets(byId), []);
});

test("a renamed group keeps its grants and policy targets under the new code; the old code made again has none", async () => {
  ok(await post("create-group", { code: "g1", name: "G" }));
  ok(await grant("GROUP", "g1"));
  const policyId = await policyFor("GROUP", "g1");
  ok(await post("set-custom-data", { targetType: "GROUP", targetIdentifier: "g1", list: [{ key: "k", value: "v" }] }));
  ok(await post("update-group", { code: "g1", newCode: "g9" }));
  assert.deepEqual(ok(await get("get-group-authorized-resources", { code: "g9" })).map((x) => x.resourceCode), ["books"]);
  assert.deepEqual(await targets(policyId), ["GROUP:g9"]);
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "GROUP", targetIdentifier: "g9" })), { k: "v" });
  ok(await post("create-group", { code: "g1", name: "new" }));
  assert.deepEqual(ok(await get("get-group-authorized-resources", { code: "g1" })), []);
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "GROUP", targetIdentifier: "g1" })), {});
});

test("deleted roles (delete-roles-batch, multiple-namespace-delete-roles-batch) take their grants and policy targets", async () => {
  ok(await post("create-namespace", { code: "ns2" }));
  ok(await post("create-role", { code: "r1" }));
  ok(await post("create-role", { code: "r1", namespace: "ns2" }));
  ok(await post("create-role", { code: "r2", namespace: "ns2" }));
  ok(await grant("ROLE", "r1"));
  ok(await grant("ROLE", "r1", "ns2"));
  ok(await grant("ROLE", "r2", "ns2"));
  const r2 = ok(await get("get-role", { code: "r2", namespace: "ns2" }));
  const policyR2 = await policyFor("ROLE", r2.id);

  ok(await post("delete-roles-batch", { codeList: ["r1"] }));
  assert.equal(emu.state.authorizations.default["ROLE:r1"], undefined);
  assert.ok(emu.state.authorizations.ns2["ROLE:r1"], "the role of the same code in another namespace keeps its grants");
  ok(await post("create-role", { code: "r1" }));
  assert.equal(ok(await get("get-role-authorized-resources", { code: "r1" })).totalCount, 0);
  assert.equal(ok(await get("get-role-authorized-resources", { code: "r1", namespace: "ns2" })).totalCount, 1);

  ok(await post("multiple-namespace-delete-roles-batch", { roleList: [{ code: "r1", namespace: "ns2" }, { code: "r2", namespace: "ns2" }] }));
  assert.deepEqual(await targets(policyR2), []);
  ok(await post("create-role", { code: "r2", namespace: "ns2" }));
  assert.equal(ok(await get("get-role-authorized-resources", { code: "r2", namespace: "ns2" })).totalCount, 0);
});

test("a renamed role keeps its grants and code-named policy targets under the new code", async () => {
  ok(await post("create-role", { code: "r1" }));
  ok(await grant("ROLE", "r1"));
  const policyId = await policyFor("ROLE", "r1");
  ok(await post("update-role", { code: "r1", newCode: "r7" }));
  assert.equal(ok(await get("get-role-authorized-resources", { code: "r7" })).totalCount, 1);
  assert.deepEqual(await targets(policyId), ["ROLE:r7"]);
  ok(await post("create-role", { code: "r1" }));
  assert.equal(ok(await get("get-role-authorized-resources", { code: "r1" })).totalCount, 0);
});

test("delete-department: the subtree's grants, policy targets, role assignments and custom data go", async () => {
  ok(await grant("DEPARTMENT", DEV));
  ok(await grant("DEPARTMENT", FRONTEND));
  const policyId = await policyFor("ORG", FRONTEND);
  ok(await post("create-role", { code: "r1" }));
  ok(await post("assign-role", { code: "r1", targets: [{ targetType: "DEPARTMENT", targetIdentifier: FRONTEND }] }));
  ok(await post("set-custom-data", { targetType: "DEPARTMENT", targetIdentifier: FRONTEND, list: [{ key: "k", value: 1 }] }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "DEPARTMENT", targetIdentifier: FRONTEND })), { k: 1 });

  ok(await post("delete-department", { organizationCode: ORG, departmentId: DEV }));
  assert.equal(emu.state.authorizations.default[`DEPARTMENT:${DEV}`], undefined);
  assert.equal(emu.state.authorizations.default[`DEPARTMENT:${FRONTEND}`], undefined);
  assert.deepEqual(await targets(policyId), []);
  assert.deepEqual(emu.state.roles.default.r1.departmentIds, []);
  assert.ok(!Object.keys(emu.state.customData).some((k) => k.endsWith(FRONTEND)));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "DEPARTMENT", targetIdentifier: FRONTEND })), {});
});

test("delete-organization: every department's grants, policy targets and role assignments go", async () => {
  ok(await grant("DEPARTMENT", STEAMORY.rootDepartmentId));
  ok(await grant("DEPARTMENT", STEAMORY.marketingDepartmentId));
  const policyId = await policyFor("ORG", STEAMORY.rootDepartmentId);
  ok(await post("create-role", { code: "r1" }));
  ok(await post("assign-role", { code: "r1", targets: [{ targetType: "DEPARTMENT", targetIdentifier: DEV }] }));
  ok(await post("delete-organization", { organizationCode: ORG }));
  assert.deepEqual(Object.keys(emu.state.authorizations.default).filter((k) => k.startsWith("DEPARTMENT:")), []);
  assert.deepEqual(await targets(policyId), []);
  assert.deepEqual(emu.state.roles.default.r1.departmentIds, []);
});

// ---------------------------------------------------------------------------------------------
// 2. Speed at scale

test("delete-users-batch of 1 000 users assigned to 1 000 roles is quick and thorough", async () => {
  const ids = emu.addUsers(1000);
  ok(await post("create-roles-batch", { list: Array.from({ length: 1000 }, (_, i) => ({ code: `r${i}` })) }));
  for (const r of Object.values(emu.state.roles.default)) r.userIds.push(...ids);
  ok(await post("create-group", { code: "g", name: "g" }));
  ok(await post("add-group-members", { code: "g", userIds: ids }));
  ok(await post("add-department-members", { organizationCode: ORG, departmentId: DEV, userIds: ids }));
  ok(await post("set-custom-data", { targetType: "USER", targetIdentifier: ids[0], list: [{ key: "k", value: "v" }] }));
  const t0 = performance.now();
  ok(await post("delete-users-batch", { userIds: ids }));
  const ms = performance.now() - t0;
  assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms (about 50 ms expected)`);
  assert.ok(Object.values(emu.state.roles.default).every((r) => r.userIds.length === 0));
  assert.deepEqual(emu.state.groups.g.userIds, []);
  assert.equal(emu.members(ORG, DEV).length, 4);
  assert.ok(ids.every((id) => !Object.hasOwn(emu.state.users, id)));
  assert.ok(!Object.keys(emu.state.customData).some((k) => k.includes(ids[0])), "no custom data left under the user");
});

test("list- and search-department-members at 10 000 members answer one page quickly, in the same order", async () => {
  const ids = emu.addUsers(10000);
  for (let i = 0; i < ids.length; i += 1000)
    ok(await post("add-department-members", { organizationCode: ORG, departmentId: DEV, userIds: ids.slice(i, i + 1000) }));
  let t0 = performance.now();
  const page = ok(await get("list-department-members", { organizationCode: ORG, departmentId: DEV, page: 2, limit: 3 }));
  assert.ok(performance.now() - t0 < 200);
  assert.equal(page.totalCount, 10004);
  assert.deepEqual(page.list.map((u) => u.userId), ids.slice(-6, -3).reverse(), "last joined first");
  t0 = performance.now();
  const found = ok(await get("search-department-members", { organizationCode: ORG, departmentId: DEV, keywords: "USER9999", limit: 50 }));
  assert.ok(performance.now() - t0 < 200);
  assert.deepEqual(found.list.map((u) => u.username), ["user9999"]);
  const byId = ok(await get("list-department-members", { organizationCode: ORG, departmentId: DEV, sortBy: "userId", orderBy: "Asc", limit: 2, withCustomData: true }));
  assert.deepEqual(byId.list.map((u) => u.userId), [...emu.members(ORG, DEV)].sort().slice(0, 2));
  assert.ok(byId.list.every((u) => u.customData !== undefined));
});

// ---------------------------------------------------------------------------------------------
// 3. "__proto__" is an ordinary key

test("__proto__ round-trips as a namespace, organization, resource, seed user, custom data key and custom field", async () => {
  ok(await post("create-namespace", { code: "__proto__", name: "p" }));
  assert.equal(ok(await get("get-namespace", { code: "__proto__" })).name, "p");
  assert.ok(ok(await get("list-namespaces", {})).list.some((n) => n.code === "__proto__"));
  ok(await post("create-resource", { code: "__proto__", type: "DATA", namespace: "__proto__" }));
  assert.equal(ok(await get("get-resource", { code: "__proto__", namespace: "__proto__" })).code, "__proto__");
  assert.equal(ok(await get("list-resources", { namespace: "__proto__" })).totalCount, 1);
  ok(await post("authorize-resources", { namespace: "__proto__", list: [{ targetType: "USER", targetIdentifiers: [ZHANGSAN], resources: [{ code: "__proto__", actions: ["read"], resourceType: "DATA" }] }] }));
  assert.equal(ok(await get("get-user-authorized-resources", { userId: ZHANGSAN, namespace: "__proto__" })).totalCount, 1);
  ok(await post("delete-resource", { code: "__proto__", namespace: "__proto__" }));
  refused(await get("get-resource", { code: "__proto__", namespace: "__proto__" }), 404);
  ok(await post("create-resource", { code: "__proto__", type: "API" }));
  assert.equal(ok(await get("get-resource", { code: "__proto__" })).type, "API");
  ok(await post("delete-namespace", { code: "__proto__" }));
  refused(await get("get-namespace", { code: "__proto__" }), 404);

  const org = ok(await post("create-organization", { organizationCode: "__proto__", organizationName: "原型" }));
  assert.equal(org.organizationCode, "__proto__");
  assert.ok(ok(await get("list-organizations", { fetchAll: true })).list.some((o) => o.organizationCode === "__proto__"));
  const d = ok(await post("create-department", { organizationCode: "__proto__", parentDepartmentId: "root", name: "部", code: "__proto__" }));
  assert.equal(ok(await get("get-department", { organizationCode: "__proto__", departmentId: "__proto__", departmentIdType: "code" })).departmentId, d.departmentId);
  ok(await post("delete-organization", { organizationCode: "__proto__" }));
  refused(await get("get-department", { organizationCode: "__proto__", departmentId: "root" }), 404);

  ok(await post("set-custom-data", { targetType: "USER", targetIdentifier: ZHANGSAN, list: [{ key: "__proto__", value: "x" }, { key: "a", value: 1 }] }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "USER", targetIdentifier: ZHANGSAN })), JSON.parse('{"__proto__":"x","a":1}'));
  ok(await post("set-custom-data", { targetType: "GROUP", targetIdentifier: "__proto__", list: [{ key: "__proto__", value: "y" }] }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "GROUP", targetIdentifier: "__proto__" })), JSON.parse('{"__proto__":"y"}'));
  ok(await post("set-custom-fields", { list: [{ targetType: "USER", key: "__proto__", label: "原型" }] }));
  assert.ok(ok(await get("get-custom-fields", { targetType: "USER" })).some((f) => f.key === "__proto__" && f.label === "原型"));
  ok(await post("delete-custom-fields", { list: [{ targetType: "USER", key: "__proto__" }] }));
  assert.ok(!ok(await get("get-custom-fields", { targetType: "USER" })).some((f) => f.key === "__proto__"));
  assert.equal({}.label, undefined);
  assert.equal(Object.prototype.__proto__, null);
});

test("a seed user __proto__ is found, listed and deleted like any other", async () => {
  const s = defaultSeed();
  s.users.push({ userId: "__proto__", username: "proto", email: "proto@example.com" });
  emu.reset(s);
  ctx.token = emu.mintToken().access_token;
  assert.equal(ok(await get("get-user", { userId: "__proto__" })).username, "proto");
  assert.ok(ok(await post("list-users", { keywords: "proto" })).list.some((u) => u.userId === "__proto__"));
  ok(await post("add-department-members", { organizationCode: ORG, departmentId: DEV, userIds: ["__proto__"] }));
  assert.ok(emu.members(ORG, DEV).includes("__proto__"));
  ok(await post("delete-users-batch", { userIds: ["__proto__"] }));
  refused(await get("get-user", { userId: "__proto__" }), 404, "用户不存在");
  assert.ok(!emu.members(ORG, DEV).includes("__proto__"));
});

// ---------------------------------------------------------------------------------------------
// 4. Bounds

test("add- and remove-department-members take at most 1 000 ids; role batches at most 1 000 assignments", async () => {
  const ids = emu.addUsers(1001);
  for (const path of ["add-department-members", "remove-department-members"])
    refused(await post(path, { organizationCode: ORG, departmentId: DEV, userIds: ids }), 400, "参数 userIds 格式错误");
  assert.equal(emu.members(ORG, DEV).length, 4, "nothing changed");
  ok(await post("add-department-members", { organizationCode: ORG, departmentId: DEV, userIds: ids.slice(0, 1000) }));

  ok(await post("create-roles-batch", { list: [{ code: "a" }, { code: "b" }] }));
  const roles = [{ code: "a" }, { code: "b" }];
  const users = (n) => ids.slice(0, n).map((id) => ({ targetType: "USER", targetIdentifier: id }));
  for (const path of ["assign-role-batch", "revoke-role-batch"]) refused(await post(path, { roles, targets: users(501) }), 400, "参数 targets 格式错误");
  assert.deepEqual(emu.state.roles.default.a.userIds, []);
  ok(await post("assign-role-batch", { roles, targets: users(500) }));
  assert.equal(emu.state.roles.default.b.userIds.length, 500);
  ok(await post("revoke-role-batch", { roles, targets: users(500) }));
  assert.deepEqual(emu.state.roles.default.b.userIds, []);
});

// ---------------------------------------------------------------------------------------------
// 5. Seeds

test("reset returns seeded tenants to identical data: code, createdAt, memberIds", async () => {
  const s = defaultSeed();
  s.tenants.push({ tenantId: "6390b4a1c2d3e4f5a6b7c8d9", name: "第二", members: [{ userId: ZHANGSAN }] });
  emu.reset(s);
  ctx.token = emu.mintToken().access_token;
  const first = structuredClone({ tenants: emu.state.tenants, members: emu.state.tenantMembers, ids: emu.state.tenantMemberIds });
  const tenant = ok(await get("get-tenant", { tenantId: TENANT.tenantId }));
  assert.match(tenant.code, /^[a-z0-9]{8}$/);
  emu.reset(s);
  ctx.token = emu.mintToken().access_token;
  assert.deepEqual(structuredClone({ tenants: emu.state.tenants, members: emu.state.tenantMembers, ids: emu.state.tenantMemberIds }), first);
  assert.equal(ok(await get("get-tenant-by-code", { code: tenant.code })).tenantId, TENANT.tenantId);
  const second = emu.state.tenantMembers["6390b4a1c2d3e4f5a6b7c8d9"][ZHANGSAN];
  assert.equal(second.createdAt, emu.state.tenants["6390b4a1c2d3e4f5a6b7c8d9"].createdAt, "a member joins when its tenant was made");
  assert.match(second.memberId, /^[0-9a-f]{24}$/);
  assert.equal(emu.state.tenantMembers[TENANT.tenantId][ZHANGSAN].createdAt, "2022-06-01T08:00:00.000Z");
});

test("seed validation names the problem", () => {
  const bad = (change, pattern) => {
    const s = defaultSeed();
    change(s);
    assert.throws(() => emu.seed(s), pattern);
  };
  try {
    bad((s) => s.users.push({ ...s.users[0] }), /duplicate userId 623c20b2a062aaaaf41b17da/);
    bad((s) => s.users.push({ userId: "u-new", username: "zhangsan" }), /duplicate username zhangsan/);
    bad((s) => s.users.push({ userId: "u-new", email: "ZhangSan@steamory.cn" }), /duplicate email/);
    bad((s) => s.users.push({ userId: "u-new", phone: "13800138001" }), /duplicate phone 13800138001/);
    bad((s) => (s.groups = [{ code: "g", name: "g", userIds: ["nobody"] }]), /group g names unknown user nobody/);
    bad((s) => (s.groups = [{ code: "g", name: "g" }, { code: "g", name: "h" }]), /duplicate group code g/);
    bad((s) => (s.roles = [{ code: "r", userIds: ["nobody"] }]), /role r names unknown user nobody/);
    bad((s) => (s.roles = [{ code: "r", namespace: "nowhere" }]), /role r is in unknown namespace nowhere/);
  } finally {
    emu.reset();
  }
  const s = defaultSeed();
  s.namespaces = [{ code: "ns1" }];
  s.roles = [{ code: "r", namespace: "ns1", userIds: [ZHANGSAN] }];
  emu.seed(s);
  assert.deepEqual(emu.state.roles.ns1.r.userIds, [ZHANGSAN]);
});

// ---------------------------------------------------------------------------------------------
// 7. One answer for an unknown user; Chinese messages in zh, English in en

test("every area answers an unknown user 404, apiCode 2004, 用户不存在 / User does not exist", async () => {
  const nobody = "ffffffffffffffffffffffff";
  const calls = [
    () => ["GET", "get-user", { userId: nobody }],
    () => ["GET", "is-user-in-department", { organizationCode: ORG, departmentId: DEV, userId: nobody }],
    () => ["POST", "add-department-members", { organizationCode: ORG, departmentId: DEV, userIds: [nobody] }],
    () => ["GET", "get-user-departments", { userId: nobody }],
    () => ["POST", "update-organization", { organizationCode: ORG, leaderUserIds: [nobody] }],
    () => ["POST", "add-group-members", { code: "g", userIds: [nobody] }],
    () => ["GET", "get-user-roles", { userId: nobody }],
    () => ["POST", "add-tenant-users", { tenantId: TENANT.tenantId, linkUserIds: [nobody] }],
    () => ["GET", "get-user-authorized-resources", { userId: nobody }],
    () => ["POST", "check-permission", { namespaceCode: "ns1", userId: nobody, action: "read", resources: ["books"] }],
  ];
  ok(await post("create-group", { code: "g", name: "g" }));
  for (const c of calls) {
    const [method, path, params] = c();
    const zh = await call(method, path, params);
    assert.deepEqual([zh.statusCode, zh.apiCode, zh.message], [404, 2004, "用户不存在"], path);
    const en = await call(method, path, params, "en-US");
    assert.deepEqual([en.statusCode, en.apiCode, en.message], [404, 2004, "User does not exist"], path);
  }
});

test("department not found: Chinese in zh-CN, English in en-US", async () => {
  const params = { organizationCode: ORG, departmentId: "ffffffffffffffffffffffff" };
  refused(await get("get-department", params), 404, "部门不存在: ffffffffffffffffffffffff", 2001);
  refused(await get("get-department", params, "en-US"), 404, "department not found: ffffffffffffffffffffffff", 2001);
  refused(await get("get-authorized-resources", { targetType: "DEPARTMENT", targetIdentifier: "nope" }), 404, "部门不存在: nope");
  refused(await get("get-authorized-resources", { targetType: "DEPARTMENT", targetIdentifier: "nope" }, "en-US"), 404, "department not found: nope");
  refused(await post("delete-department", { organizationCode: ORG, departmentId: "root" }, "en-US"), 422, "the root department cannot be deleted");
});

test("a deleted namespace takes its roles' policy targets and custom data with it", async () => {
  ok(await post("create-namespace", { code: "ns3" }));
  const r = ok(await post("create-role", { code: "r1", namespace: "ns3" }));
  const policyId = await policyFor("ROLE", r.id);
  ok(await post("set-custom-data", { targetType: "ROLE", targetIdentifier: "r1", namespace: "ns3", list: [{ key: "k", value: "v" }] }));
  ok(await post("delete-namespace", { code: "ns3" }));
  assert.deepEqual(await targets(policyId), []);
  ok(await post("create-namespace", { code: "ns3" }));
  ok(await post("create-role", { code: "r1", namespace: "ns3" }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "ROLE", targetIdentifier: "r1", namespace: "ns3" })), {});
});

test("a renamed namespace takes its roles' custom data along; a role made again under the old one starts with none", async () => {
  ok(await post("create-namespace", { code: "nsA", name: "A" }));
  ok(await post("create-role", { code: "rA", namespace: "nsA" }));
  ok(await post("set-custom-data", { targetType: "ROLE", targetIdentifier: "rA", namespace: "nsA", list: [{ key: "k", value: "v" }] }));
  ok(await post("update-namespace", { code: "nsA", newCode: "nsB" }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "ROLE", targetIdentifier: "rA", namespace: "nsB" })), { k: "v" });
  ok(await post("create-namespace", { code: "nsA", name: "A again" }));
  ok(await post("create-role", { code: "rA", namespace: "nsA" }));
  assert.deepEqual(ok(await get("get-custom-data", { targetType: "ROLE", targetIdentifier: "rA", namespace: "nsA" })), {});
});
