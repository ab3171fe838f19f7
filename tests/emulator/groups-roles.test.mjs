// Groups and roles of the local GenAuth emulator: node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { STEAMORY } from "../../emulator/seed.mjs";

const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const LISI = "623c20b2a062aaaaf41b17db";
const DEV = STEAMORY.devDepartmentId;

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "join" });
const get = (path, params, lang) => call("GET", path, params, lang);
const post = (path, params, lang) => call("POST", path, params, lang);

function ok(r) {
  assert.equal(r.statusCode, 200, r.message);
  return r.data;
}
function refused(r, statusCode, message) {
  assert.equal(r.statusCode, statusCode, JSON.stringify(r));
  assert.equal(r.message, message);
}

test("groups: create, get, list (keywords, paging, newest first), rename, delete", async () => {
  const g = ok(await post("create-group", { code: "dev-team", name: "研发", description: "d1", customData: { floor: 7 } }));
  assert.equal(g.code, "dev-team");
  assert.deepEqual(g.customData, { floor: 7 });
  ok(await post("create-groups-batch", { list: [{ code: "ops", name: "运维", description: "" }, { code: "qa", name: "测试", description: "" }] }));
  assert.equal(ok(await get("get-group", { code: "dev-team" })).name, "研发");

  const all = ok(await get("list-groups", {}));
  assert.equal(all.totalCount, 3);
  assert.deepEqual(all.list.map((x) => x.code), ["qa", "ops", "dev-team"]);
  const page = ok(await get("list-groups", { page: 2, limit: 1 }));
  assert.deepEqual([page.totalCount, page.list[0].code], [3, "ops"]);
  assert.deepEqual(ok(await get("list-groups", { keywords: "研" })).list.map((x) => x.code), ["dev-team"]);

  const renamed = ok(await post("update-group", { code: "dev-team", newCode: "rd", description: "d2" }));
  assert.deepEqual([renamed.code, renamed.description, renamed.name], ["rd", "d2", "研发"]);
  refused(await get("get-group", { code: "dev-team" }), 404, "分组不存在");
  ok(await post("delete-groups-batch", { codeList: ["rd", "nope"] }));
  refused(await get("get-group", { code: "rd" }), 404, "分组不存在");
});

test("groups: duplicates and malformed codes change nothing", async () => {
  ok(await post("create-group", { code: "a1", name: "A", description: "" }));
  refused(await post("create-group", { code: "a1", name: "A", description: "" }), 409, "分组标识符已存在");
  refused(await post("create-groups-batch", { list: [{ code: "b1", name: "B" }, { code: "a1", name: "A" }] }), 409, "分组标识符已存在");
  refused(await post("create-groups-batch", { list: [{ code: "c1", name: "C" }, { code: "c1", name: "C" }] }), 409, "分组标识符已存在");
  refused(await get("get-group", { code: "b1" }), 404, "分组不存在");
  refused(await post("create-group", { code: "x".repeat(100), name: "X" }), 400, "参数 code 格式错误");
  refused(await post("create-groups-batch", { list: [{ code: "x".repeat(100), name: "X" }] }), 400, "参数 list 格式错误");
  refused(await post("delete-groups-batch", { codeList: [] }), 400, "参数 codeList 格式错误");
  refused(await get("list-groups", { limit: 100000 }), 400, "参数 limit 格式错误");
  refused(await get("list-group-members", { code: "a1", page: -1 }), 400, "参数 page 格式错误");
  assert.equal(ok(await get("list-groups", {})).totalCount, 1);
});

test("group members: add, list, the user's groups, remove; an unknown user changes nothing", async () => {
  ok(await post("create-group", { code: "g1", name: "G1", description: "" }));
  ok(await post("add-group-members", { code: "g1", userIds: [ZHANGSAN, LISI, ZHANGSAN] }));
  const members = ok(await get("list-group-members", { code: "g1", withCustomData: true }));
  assert.deepEqual([members.totalCount, members.list.map((u) => u.userId)], [2, [ZHANGSAN, LISI]]);
  assert.deepEqual(ok(await get("get-user-groups", { userId: "zhangsan", userIdType: "username" })).list.map((g) => g.code), ["g1"]);

  refused(await post("add-group-members", { code: "g1", userIds: ["000000000000000000000000"] }), 404, "用户不存在");
  refused(await post("add-group-members", { code: "", userIds: [LISI] }), 400, "参数 code 格式错误");
  refused(await post("add-group-members", { code: "g1", userIds: [] }), 400, "参数 userIds 格式错误");
  refused(await post("remove-group-members", { code: "zz", userIds: [LISI] }), 404, "分组不存在");
  ok(await post("remove-group-members", { code: "g1", userIds: [ZHANGSAN] }));
  assert.deepEqual(ok(await get("list-group-members", { code: "g1" })).list.map((u) => u.userId), [LISI]);
  assert.equal(ok(await get("get-user-groups", { userId: ZHANGSAN })).totalCount, 0);
  refused(await get("get-user-groups", { userId: "" }), 400, "参数 userId 格式错误");
});

test("messages in en-US", async () => {
  refused(await get("get-group", { code: "none" }, "en-US"), 404, "Group does not exist");
  refused(await get("get-role", { code: "none" }, "en-US"), 404, "Role does not exist");
  refused(await get("list-roles", { namespace: "none" }, "en-US"), 404, "Permission namespace does not exist");
  refused(await post("create-role", { code: "a b" }, "en-US"), 400, "invalid role code: a b");
});

test("roles: create, get, list, update (newCode), delete; code rules as observed", async () => {
  const r = ok(await post("create-role", { code: "admin", description: "管理员" }));
  assert.deepEqual([r.code, r.namespace, r.name, r.description], ["admin", "default", "admin", "管理员"]);
  refused(await post("create-role", { code: "admin" }), 409, "角色 admin 已存在");
  refused(await post("create-role", { code: "额! " }), 400, "invalid role code: 额! ");
  refused(await post("create-role", { code: "" }), 400, "参数 code 格式错误");
  refused(await post("create-role", { code: "1".repeat(100) }), 400, "参数 code 格式错误");
  assert.deepEqual(ok(await post("create-roles-batch", { list: [{ code: "r1", name: "读者" }, { code: "r2" }] })), { success: true });
  refused(await post("create-roles-batch", { list: [{ code: "" }] }), 400, "role code must not empty");
  refused(await post("create-roles-batch", { list: [{ code: " " }] }), 400, "invalid role code:  ");
  refused(await post("create-roles-batch", { list: [] }), 400, "参数 list 格式错误");

  assert.equal(ok(await get("get-role", { code: "r1", namespace: "default" })).name, "读者");
  const listed = ok(await get("list-roles", { namespace: "default", keywords: "r" }));
  assert.deepEqual(listed.list.map((x) => x.code), ["r2", "r1"]);
  refused(await get("list-roles", { limit: -1 }), 400, "参数 limit 格式错误");

  ok(await post("update-role", { code: "r1", newCode: "reader", description: "只读" }));
  ok(await post("update-role", { code: "reader", newCode: "" }));
  refused(await post("update-role", { code: "reader", newCode: "x".repeat(100) }), 400, "参数 newCode 格式错误");
  refused(await post("update-role", { code: "reader", newCode: "r2" }), 409, "角色 r2 已存在");
  assert.equal(ok(await get("get-role", { code: "reader" })).description, "只读");
  refused(await get("get-role", { code: "r1" }), 404, "角色不存在");

  refused(await post("delete-roles-batch", { codeList: ["reader", "ghost"] }), 404, "角色不存在");
  ok(await get("get-role", { code: "reader" }));
  ok(await post("delete-roles-batch", { codeList: ["reader", "r2"] }));
  refused(await get("get-role", { code: "r2" }), 404, "角色不存在");
  refused(await post("delete-roles-batch", { codeList: [] }), 400, "参数 codeList 格式错误");
});

test("roles live in namespaces: the namespaces area's, or only default without it", async () => {
  refused(await post("create-role", { code: "x", namespace: "shop" }), 404, "权限组不存在");
  emu.state.namespaces = { default: { code: "default", name: "默认" }, shop: { code: "shop", name: "商城" } };
  const r = ok(await post("create-role", { code: "x", namespace: "shop" }));
  assert.deepEqual([r.namespace, r.namespaceName], ["shop", "商城"]);
  refused(await get("get-role", { code: "x" }), 404, "角色不存在");
  ok(await post("create-role", { code: "x" }));
  ok(await post("multiple-namespace-delete-roles-batch", { roleList: [{ code: "x", namespace: "shop" }] }));
  refused(await get("get-role", { code: "x", namespace: "shop" }), 404, "角色不存在");
  ok(await get("get-role", { code: "x", namespace: "default" }));
  refused(await get("get-role", { code: "x", namespace: "nowhere" }), 404, "权限组不存在");
});

test("role assignments: users and departments, members, the user's roles, hasAnyRole, revoke", async () => {
  ok(await post("create-role", { code: "editor" }));
  ok(await post("assign-role", {
    code: "editor",
    targets: [{ targetType: "USER", targetIdentifier: ZHANGSAN }, { targetType: "USER", targetIdentifier: LISI }, { targetType: "DEPARTMENT", targetIdentifier: DEV }],
  }));
  assert.equal(ok(await get("list-role-members", { code: "editor" })).totalCount, 2);
  assert.deepEqual(ok(await get("list-role-departments", { code: "editor", namespace: "default" })),
    { totalCount: 1, list: [{ id: DEV, code: "dev", name: "开发部", description: "负责产品研发" }] });
  assert.deepEqual(ok(await get("get-user-roles", { userId: LISI, namespace: "default" })).list.map((r) => r.code), ["editor"]);
  assert.deepEqual(ok(await post("has-any-role", { userId: LISI, roles: [{ code: "admin" }, { code: "editor", namespace: "default" }] })), { hasAnyRole: true });

  refused(await post("assign-role", { code: "editor", targets: [{ targetType: "USER", targetIdentifier: "nobody" }] }), 404, "用户不存在");
  refused(await post("assign-role", { code: "editor", targets: [{ targetType: "DEPARTMENT", targetIdentifier: "nowhere" }] }), 404, "部门不存在");
  refused(await post("assign-role", { code: "editor", targets: [] }), 400, "参数 targets 格式错误");
  refused(await post("assign-role", { code: "editor", targets: [{ targetType: "GROUP", targetIdentifier: "g" }] }), 400, "参数 targets 格式错误");
  refused(await post("assign-role", { code: "ghost", targets: [{ targetType: "USER", targetIdentifier: LISI }] }), 404, "角色不存在");
  refused(await post("revoke-role", { code: "editor", namespace: "nope", targets: [{ targetType: "USER", targetIdentifier: LISI }] }), 404, "权限组不存在");
  refused(await post("has-any-role", { userId: LISI, roles: [] }), 400, "参数 roles 格式错误");

  ok(await post("revoke-role", { code: "editor", targets: [{ targetType: "USER", targetIdentifier: LISI }, { targetType: "DEPARTMENT", targetIdentifier: DEV }] }));
  assert.deepEqual(ok(await get("list-role-members", { code: "editor" })).list.map((u) => u.userId), [ZHANGSAN]);
  assert.equal(ok(await get("list-role-departments", { code: "editor" })).totalCount, 0);
  assert.deepEqual(ok(await post("has-any-role", { userId: LISI, roles: [{ code: "editor" }] })), { hasAnyRole: false });
  refused(await get("list-role-departments", { code: " " }), 404, "角色不存在");
  refused(await get("list-role-departments", { code: "" }), 400, "参数 code 格式错误");
});

test("a deleted user leaves every group and role", async () => {
  ok(await post("create-group", { code: "g", name: "G", description: "" }));
  ok(await post("create-role", { code: "r" }));
  ok(await post("add-group-members", { code: "g", userIds: [ZHANGSAN, LISI] }));
  ok(await post("assign-role", { code: "r", targets: [{ targetType: "USER", targetIdentifier: ZHANGSAN }, { targetType: "USER", targetIdentifier: LISI }] }));
  ok(await post("delete-users-batch", { userIds: [ZHANGSAN] }));
  assert.deepEqual(ok(await get("list-group-members", { code: "g" })).list.map((u) => u.userId), [LISI]);
  assert.deepEqual(ok(await get("list-role-members", { code: "r" })).list.map((u) => u.userId), [LISI]);
  assert.deepEqual(emu.state.groups.g.userIds, [LISI]);
  assert.deepEqual(emu.state.roles.default.r.userIds, [LISI]);
  refused(await get("get-user-groups", { userId: ZHANGSAN }), 404, "用户不存在");
});

test("authorized resources: what authorize-resources granted, else empty, in the documented shapes", async () => {
  ok(await post("create-group", { code: "g", name: "G", description: "" }));
  ok(await post("create-role", { code: "r" }));
  assert.deepEqual(ok(await get("get-group-authorized-resources", { code: "g" })), []);
  assert.deepEqual(ok(await get("get-role-authorized-resources", { code: "r" })), { totalCount: 0, list: [] });
  refused(await get("get-group-authorized-resources", { code: "g", namespace: "elsewhere" }), 404, "权限组不存在");
  refused(await get("get-group-authorized-resources", { code: "none" }), 404, "分组不存在");
  refused(await get("get-role-authorized-resources", { code: "none" }), 404, "角色不存在");

  ok(await post("create-resource", { type: "DATA", code: "book", actions: [{ name: "read" }] }));
  ok(await post("create-resource", { type: "API", code: "orders", apiIdentifier: "/orders", actions: [{ name: "get" }] }));
  ok(await post("authorize-resources", { namespace: "default", list: [
    { targetType: "ROLE", targetIdentifiers: ["r"], resources: [{ code: "book", resourceType: "DATA", actions: ["read"] }] },
    { targetType: "GROUP", targetIdentifiers: ["g"], resources: [{ code: "orders", resourceType: "API", actions: ["*"] }] },
  ] }));
  assert.deepEqual(ok(await get("get-role-authorized-resources", { code: "r" })),
    { totalCount: 1, list: [{ resourceCode: "book", resourceType: "DATA", actions: ["read"], apiIdentifier: "" }] });
  const [grant] = ok(await get("get-group-authorized-resources", { code: "g", resourceType: "API" }));
  assert.deepEqual([grant.resourceCode, grant.effect, grant.apiIdentifier], ["orders", "ALLOW", "/orders"]);
  assert.deepEqual(ok(await get("get-group-authorized-resources", { code: "g", resourceType: "DATA" })), []);
});

test("odd input is refused, never a 500", async () => {
  for (const [path, body] of [
    ["create-group", { code: 5, name: [] }],
    ["create-groups-batch", { list: [null, 1] }],
    ["create-roles-batch", { list: [null] }],
    ["assign-role", { code: "x", targets: "USER" }],
    ["has-any-role", { userId: ZHANGSAN, roles: [{ code: 1 }] }],
    ["update-group", { code: "__proto__", newCode: "__proto__" }],
    ["create-role", { code: "__proto__", namespace: "__proto__" }],
    ["multiple-namespace-delete-roles-batch", { roleList: [{}] }],
  ]) {
    const r = await post(path, body);
    assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${path}: ${JSON.stringify(r)}`);
  }
  const r = ok(await post("create-group", { code: "__proto__", name: "P", description: "" }));
  assert.equal(r.code, "__proto__");
  assert.equal(ok(await get("get-group", { code: "__proto__" })).name, "P");
});
