// Tests of the emulator's organization module as the official suite's department area uses it:
// the user pool's own organization, organizationCode lookups, a user's departments.
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { STEAMORY, USERPOOL } from "../../emulator/seed.mjs";

const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const LONG = "1234567891".repeat(10);

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, name, params = {}, headers = {}) => ctx.call(method, name, params, { headers, arrays: "json", status: 200 });
async function ok(p) {
  const b = await p;
  assert.equal(b.statusCode, 200, JSON.stringify(b));
  return b.data;
}
async function refused(p, statusCode, message) {
  const b = await p;
  assert.equal(b.statusCode, statusCode, JSON.stringify(b));
  assert.equal(b.message, message);
  assert.equal(b.data, undefined);
}
const userPoolOrg = async () => (await ok(call("GET", "search-organizations", { keywords: "root 用户池" }))).list[0];
const newDept = (name, extra = {}) =>
  ok(call("POST", "create-department", { organizationCode: USERPOOL.organizationCode, parentDepartmentId: USERPOOL.rootDepartmentId, name, ...extra }));
const userDepts = async (userId, q = {}) => ok(call("GET", "get-user-departments", { userId, ...q }));

test("the user pool's own organization: found by its name, departments created, read and deleted under its root", async () => {
  const org = await userPoolOrg();
  assert.equal(org.organizationCode, USERPOOL.organizationCode);
  assert.equal(org.departmentId, USERPOOL.rootDepartmentId);
  const d = await newDept("平台组", { code: "platform", isVirtualNode: false });
  assert.equal(d.organizationCode, org.organizationCode);
  assert.equal((await ok(call("GET", "get-department", { organizationCode: org.organizationCode, departmentId: d.departmentId }))).name, "平台组");
  assert.equal((await ok(call("GET", "get-parent-department", { organizationCode: org.organizationCode, departmentId: d.departmentId }))).departmentId, org.departmentId);
  assert.deepEqual(await ok(call("POST", "add-department-members", { organizationCode: org.organizationCode, departmentId: d.departmentId, userIds: [USERPOOL.memberUserId] })), { success: true });
  assert.deepEqual(await ok(call("GET", "is-user-in-department", { organizationCode: org.organizationCode, departmentId: d.departmentId, userId: USERPOOL.memberUserId })), { inDepartment: true });
  await ok(call("POST", "delete-department", { organizationCode: org.organizationCode, departmentId: d.departmentId }));
  await refused(call("GET", "get-department", { organizationCode: org.organizationCode, departmentId: d.departmentId }), 404, `部门不存在: ${d.departmentId}`);
  // the code is free again once the department is gone
  assert.equal((await newDept("平台组", { code: "platform" })).code, "platform");
});

test("department calls only look organizationCode up: '', ' ' and malformed codes are not found, over 64 characters is 400", async () => {
  const dept = { departmentId: STEAMORY.devDepartmentId };
  for (const code of ["", " ", "额！ ", "nosuchorg"]) {
    const msg = `organization not found for code: ${code}`;
    await refused(call("GET", "get-department", { ...dept, organizationCode: code }), 404, msg);
    await refused(call("GET", "list-department-member-ids", { ...dept, organizationCode: code }), 404, msg);
    await refused(call("POST", "remove-department-members", { ...dept, organizationCode: code, userIds: [ZHANGSAN] }), 404, msg);
    await refused(call("POST", "search-departments", { organizationCode: code, keywords: "x" }), 404, msg);
  }
  await refused(call("GET", "list-children-departments", { ...dept, organizationCode: LONG }), 400, "参数 organizationCode 格式错误");
  await refused(call("POST", "delete-department", { ...dept }), 400, "参数 organizationCode 格式错误");
  // create-department refuses a malformed code in its own words; an empty one is not found
  const create = (organizationCode) => call("POST", "create-department", { organizationCode, parentDepartmentId: "root", name: "x" });
  await refused(create(" "), 400, "invalid organization code  ");
  await refused(create(""), 404, "organization not found for code: ");
  await refused(create(LONG), 400, "参数 organizationCode 格式错误");
  // the organization calls still refuse an empty code
  await refused(call("POST", "delete-organization", { organizationCode: "" }), 400, "参数 organizationCode 格式错误");
  assert.equal(emu.members("steamory", STEAMORY.devDepartmentId).length, 4, "nothing changed");
});

test("create-organization with an empty code gets a generated one", async () => {
  const o = await ok(call("POST", "create-organization", { organizationCode: "", organizationName: "组织节点名称" }));
  assert.match(o.organizationCode, /^[0-9a-f]{24}$/);
  assert.equal(emu.state.organizations[o.organizationCode].organizationName, "组织节点名称");
  await refused(call("POST", "create-organization", { organizationName: "x" }), 400, "参数 organizationCode 格式错误");
});

test("set-user-departments then get-user-departments: membership, leadership, main department, paths, replacement", async () => {
  const user = await ok(call("POST", "create-user", { username: "dept-user" }));
  const sub = await newDept("子部门", { code: "sub" });
  await ok(call("POST", "set-user-departments", {
    userId: user.userId,
    departments: [{ departmentId: USERPOOL.rootDepartmentId }, { departmentId: sub.departmentId, isLeader: true, isMainDepartment: true }, { departmentId: STEAMORY.devDepartmentId }],
  }));
  const got = await userDepts(user.userId, { withDepartmentPaths: true, sortBy: "DepartmentName", orderBy: "Asc" });
  assert.equal(got.totalCount, 3);
  assert.deepEqual(got.list.map((d) => d.name), ["root 用户池", "子部门", "开发部"].sort((a, b) => a.localeCompare(b)));
  const s = got.list.find((d) => d.departmentId === sub.departmentId);
  assert.equal(s.isLeader, true);
  assert.equal(s.isMainDepartment, true);
  assert.equal(s.isRoot, false);
  assert.equal(s.code, "sub");
  assert.deepEqual(s.departmentIdPath, [USERPOOL.rootDepartmentId, sub.departmentId]);
  assert.deepEqual(s.departmentNamePath, ["root 用户池", "子部门"]);
  assert.ok(!Number.isNaN(Date.parse(s.joinedAt)));
  assert.equal(got.list.find((d) => d.departmentId === USERPOOL.rootDepartmentId).isRoot, true);
  assert.deepEqual((await ok(call("GET", "get-department", { organizationCode: USERPOOL.organizationCode, departmentId: sub.departmentId }))).leaderUserIds, [user.userId]);
  assert.ok(emu.members("steamory", STEAMORY.devDepartmentId).includes(user.userId));

  // the second call replaces the first: the user leaves the others, and no longer leads sub
  await ok(call("POST", "set-user-departments", { userId: user.userId, departments: [{ departmentId: sub.departmentId }] }));
  const after = await userDepts(user.userId);
  assert.deepEqual(after.list.map((d) => d.departmentId), [sub.departmentId]);
  assert.equal(after.list[0].isLeader, false);
  assert.equal(after.list[0].isMainDepartment, true, "still its main department");
  assert.ok(!emu.members("steamory", STEAMORY.devDepartmentId).includes(user.userId));
  // the seed's members: zhangsan is in two organizations
  assert.deepEqual((await userDepts("zhangsan", { userIdType: "username" })).list.map((d) => d.organizationCode).sort(), ["cloudharbor", "steamory"]);
});

test("set-user-departments and get-user-departments refuse bad input and change nothing", async () => {
  const set = (params) => call("POST", "set-user-departments", params);
  await refused(set({ userId: ZHANGSAN, departments: [] }), 400, "参数 departments 格式错误");
  await refused(set({ userId: ZHANGSAN, departments: [{ departmentId: 42 }] }), 400, "参数 departments 格式错误");
  await refused(set({ userId: "", departments: [{ departmentId: STEAMORY.devDepartmentId }] }), 400, "参数 userId 格式错误");
  await refused(set({ userId: "nobody", departments: [{ departmentId: STEAMORY.devDepartmentId }] }), 404, "用户不存在");
  for (const id of ["", " ", LONG, "constructor"])
    await refused(set({ userId: ZHANGSAN, departments: [{ departmentId: STEAMORY.devDepartmentId }, { departmentId: id }] }), 404, `存在不合法的 departmentId: ${id}`);
  assert.equal((await userDepts(ZHANGSAN)).totalCount, 2, "zhangsan is still in 开发部 and 产品部");

  await refused(call("GET", "get-user-departments", { userId: "" }), 400, "参数 userId 格式错误");
  for (const id of [" ", LONG, "__proto__"]) await refused(call("GET", "get-user-departments", { userId: id }), 404, "用户不存在");
  await refused(call("GET", "get-user-departments", { userId: ZHANGSAN, limit: 51 }), 400, "参数 limit 格式错误");
  await refused(call("GET", "get-user-departments", { userId: ZHANGSAN, sortBy: "name" }), 400, "参数 sortBy 格式错误");
  const byName = await userDepts("zhangsan@steamory.cn", { userIdType: "email", sortBy: "DepartmentName", orderBy: "Desc", limit: 1 });
  assert.equal(byName.totalCount, 2);
  assert.equal(byName.list.length, 1);
});

test("messages in English for x-authing-lang: en-US", async () => {
  const en = { "x-authing-lang": "en-US" };
  await refused(call("POST", "set-user-departments", { userId: ZHANGSAN, departments: [{ departmentId: "nope" }] }, en), 404, "invalid departmentId: nope");
  await refused(call("GET", "get-user-departments", { userId: "nobody" }, en), 404, "User does not exist");
  await refused(call("GET", "get-department", { organizationCode: "", departmentId: "root" }, en), 404, "organization not found for code: ");
});

test("a deleted user leaves its departments, its leaderships and its main department", async () => {
  const user = await ok(call("POST", "create-user", { username: "leaving" }));
  const sub = await newDept("将离开", { code: "leaving" });
  await ok(call("POST", "set-user-departments", { userId: user.userId, departments: [{ departmentId: sub.departmentId, isLeader: true, isMainDepartment: true }, { departmentId: USERPOOL.rootDepartmentId, isLeader: true }] }));
  assert.deepEqual(emu.state.organizations[USERPOOL.organizationCode].leaderUserIds, [user.userId], "the root's leaders are the organization's");
  await ok(call("POST", "delete-users-batch", { userIds: [user.userId] }));
  assert.deepEqual(emu.members(USERPOOL.organizationCode, sub.departmentId), []);
  assert.deepEqual(emu.state.departments[sub.departmentId].leaderUserIds, []);
  assert.deepEqual(emu.state.organizations[USERPOOL.organizationCode].leaderUserIds, []);
  assert.equal(emu.state.mainDepartments[user.userId], undefined);
  assert.equal(emu.state.departmentJoins[sub.departmentId][user.userId], undefined);
  await refused(call("GET", "get-user-departments", { userId: user.userId }), 404, "用户不存在");
});

test("keys like __proto__ and constructor name no organization and pollute nothing", async () => {
  for (const code of ["__proto__", "constructor"]) {
    await refused(call("POST", "update-organization", { organizationCode: code, organizationName: "x" }), 404, `organization not found for code: ${code}`);
    await refused(call("GET", "get-department", { organizationCode: code, departmentId: "root" }), 404, `organization not found for code: ${code}`);
  }
  await refused(call("POST", "add-department-members", { organizationCode: "steamory", departmentId: STEAMORY.devDepartmentId, userIds: ["constructor"] }), 404, "用户不存在");
  assert.equal({}.organizationName, undefined);
});
