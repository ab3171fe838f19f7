// Namespaces, resources and their authorizations in the emulator: node --test tests/emulator/
import { test, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { useEmulator } from "./harness.mjs";
import { defaultSeed } from "../../emulator/seed.mjs";

const ctx = useEmulator();
let emu;
beforeEach(() => {
  emu = ctx.emu;
});
const call = (method, path, params = {}, lang) => ctx.call(method, path, params, { lang, arrays: "brackets", status: 200 });
const get = (path, params, lang) => call("GET", path, params, lang);
const post = (path, params, lang) => call("POST", path, params, lang);

test("a namespace round trip: create, get, rename with newCode, list, delete", async () => {
  const created = await post("create-namespace", { code: "crm", name: "CRM", description: "d" });
  assert.deepEqual([created.statusCode, created.message, created.data], [200, "", { code: "crm", name: "CRM", description: "d" }]);
  assert.equal((await get("get-namespace", { code: "crm" })).data.name, "CRM");
  const moved = await post("update-namespace", { code: "crm", newCode: "crm2", name: "CRM 2" });
  assert.equal(moved.data.code, "crm2");
  assert.equal(moved.data.name, "CRM 2");
  assert.equal((await get("get-namespace", { code: "crm" })).statusCode, 404);
  const batch = await get("get-namespaces-batch", { codeList: ["crm2", "nope", "default"] });
  assert.deepEqual(batch.data.map((n) => n.code), ["crm2", "default"]);
  const listed = await get("list-namespaces", { keywords: "CRM" });
  assert.deepEqual([listed.data.totalCount, listed.data.list[0].code], [1, "crm2"]);
  assert.equal((await post("delete-namespace", { code: "crm2" })).data.success, true);
  assert.ok(!emu.state.namespaces.crm2);
  assert.ok(emu.state.namespaces.default, "the built-in namespace stays");
});

test("namespace codes: empty and too long are malformed, others must match the pattern", async () => {
  const empty = await post("create-namespace", { code: "", name: "x" });
  assert.deepEqual([empty.statusCode, empty.message], [400, "参数 code 格式错误"]);
  const long = await post("create-namespace", { code: "1".repeat(65), name: "x" });
  assert.deepEqual([long.statusCode, long.message], [400, "参数 code 格式错误"]);
  const blank = await post("create-namespace", { code: " ", name: "x" });
  assert.deepEqual([blank.statusCode, blank.message], [400, "invalid namespace code:  "]);
  const batchLong = await post("create-namespaces-batch", { list: [{ code: "1".repeat(65), name: "x" }] });
  assert.deepEqual([batchLong.statusCode, batchLong.message], [400, `invalid namespace code: ${"1".repeat(65)}`]);
  const batchEmpty = await post("create-namespaces-batch", { list: [{ code: "", name: "x" }] });
  assert.deepEqual([batchEmpty.statusCode, batchEmpty.message], [400, "namespace name must not be empty"]);
  const newCode = await post("update-namespace", { code: "default", newCode: "1".repeat(65) });
  assert.deepEqual([newCode.statusCode, newCode.message], [400, "参数 newCode 格式错误"]);
  assert.deepEqual(Object.keys(emu.state.namespaces), ["default"]);
});

test("duplicates and built-in codes are refused; a failing batch creates nothing", async () => {
  await post("create-namespace", { code: "ops", name: "Ops" });
  const dup = await post("create-namespace", { code: "ops", name: "Ops" });
  assert.deepEqual([dup.statusCode, dup.message], [409, "namespace with code ops already exists."]);
  const batch = await post("create-namespaces-batch", { list: [{ code: "a1", name: "A" }, { code: "ops", name: "B" }] });
  assert.equal(batch.statusCode, 409);
  assert.ok(!emu.state.namespaces.a1);
  const builtIn = await post("create-namespaces-batch", { list: [{ code: "system", name: "S" }] });
  assert.deepEqual([builtIn.statusCode, builtIn.message], [409, "can't use built-in namespace code 'default' and 'system'"]);
  assert.equal((await post("delete-namespace", { code: "default" })).statusCode, 409);
  const rename = await post("update-namespace", { code: "ops", newCode: "default" });
  assert.equal(rename.statusCode, 409);
});

test("unknown namespaces: 404 in both languages; batch deletes ignore them", async () => {
  const zh = await get("get-namespace", { code: "额！" });
  assert.deepEqual([zh.statusCode, zh.message], [404, "namespace not exists"]);
  const del = await post("delete-namespace", { code: "missing" });
  assert.deepEqual([del.statusCode, del.message], [404, "权限组不存在"]);
  const en = await post("delete-namespace", { code: "missing" }, "en-US");
  assert.deepEqual([en.statusCode, en.message], [404, "namespace not found"]);
  const batch = await post("delete-namespaces-batch", { codeList: ["", " ", "missing"] });
  assert.deepEqual([batch.statusCode, batch.message, batch.data], [200, "", { success: true }]);
});

test("resources: create, batch, get, update, list, delete; a deleted namespace takes its resources", async () => {
  const r = await post("create-resource", { type: "DATA", code: "books", description: "书", actions: [{ name: "read", description: "读" }] });
  assert.deepEqual([r.statusCode, r.data.code, r.data.namespace, r.data.actions], [200, "books", "default", [{ name: "read", description: "读" }]]);
  assert.equal((await post("create-resources-batch", { list: [{ code: "a:1", type: "API" }, { code: "m", type: "MENU" }] })).data.success, true);
  assert.equal((await get("get-resource", { code: "a:1" })).data.type, "API");
  assert.deepEqual((await get("get-resources-batch", { codeList: ["m", "zzz"] })).data.map((x) => x.code), ["m"]);
  const upd = await post("update-resource", { code: "books", description: "新" });
  assert.equal(upd.data.description, "新");
  assert.equal((await get("list-resources", { type: "DATA" })).data.totalCount, 1);
  assert.equal((await post("delete-resource", { code: "books" })).statusCode, 200);
  const gone = await get("get-resource", { code: "books" });
  assert.deepEqual([gone.statusCode, gone.message], [404, "资源不存在"]);
  assert.equal((await post("delete-resource", { code: "never-was" })).statusCode, 200);

  await post("create-namespace", { code: "shop", name: "Shop" });
  await post("create-resource", { type: "DATA", code: "cart", namespace: "shop" });
  await post("delete-namespaces-batch", { codeList: ["shop"] });
  await post("create-namespace", { code: "shop", name: "Shop" });
  assert.equal((await get("get-resource", { code: "cart", namespace: "shop" })).statusCode, 404);
});

test("resource validation as observed: bad codes, a batch item without code, an empty codeList", async () => {
  const bad = await post("create-resource", { type: "DATA", code: "额！" });
  assert.deepEqual([bad.statusCode, bad.message], [400, "invalid resource code: 额！"]);
  const long = await post("create-resource", { type: "DATA", code: "1".repeat(100) });
  assert.deepEqual([long.statusCode, long.message], [400, "参数 code 格式错误"]);
  const type = await post("create-resource", { type: "FILE", code: "x" });
  assert.deepEqual([type.statusCode, type.message], [400, "参数 type 格式错误"]);
  const noCode = await post("create-resources-batch", { list: [{ type: "DATA" }] });
  assert.deepEqual([noCode.statusCode, noCode.message], [500, "未知错误"]);
  const emptyList = await get("get-resources-batch", { codeList: [] });
  assert.deepEqual([emptyList.statusCode, emptyList.message], [400, "参数 codeList 格式错误"]);
  await post("create-resource", { type: "DATA", code: "dup" });
  const dup = await post("create-resources-batch", { list: [{ code: "new1", type: "DATA" }, { code: "dup", type: "DATA" }] });
  assert.equal(dup.statusCode, 409);
  assert.equal((await get("get-resource", { code: "new1" })).statusCode, 404);
  const noNs = await post("create-resource", { type: "DATA", code: "y", namespace: "nowhere" }, "en-US");
  assert.deepEqual([noNs.statusCode, noNs.message], [404, "namespace not found"]);
});

test("authorization: a user's own and its department's grants, is-action-allowed, the targets of a resource", async () => {
  const user = (await post("create-user", { username: "reader" })).data.userId;
  const dept = Object.keys(emu.state.departments)[0];
  emu.state.memberships[dept].push(user);
  const noNs = await post("authorize-resources", { list: [{ targetType: "USER", targetIdentifiers: [user], resources: [] }] });
  assert.deepEqual([noNs.statusCode, noNs.message], [404, "权限组不存在"]);
  const ok = await post("authorize-resources", {
    namespace: "default",
    list: [
      { targetType: "USER", targetIdentifiers: [user], resources: [{ code: "books:*", actions: ["read"], resourceType: "DATA" }] },
      { targetType: "DEPARTMENT", targetIdentifiers: [dept], resources: [{ code: "books:*", actions: ["write"], resourceType: "DATA" }] },
    ],
  });
  assert.deepEqual([ok.statusCode, ok.message], [200, ""]);
  const mine = await get("get-user-authorized-resources", { userId: user, namespace: "default" });
  assert.deepEqual(mine.data.list.map((r) => [r.resourceCode, r.actions.sort(), r.effect]), [["books:*", ["read", "write"], "ALLOW"]]);
  const direct = await get("get-authorized-resources", { targetType: "USER", targetIdentifier: user, resourceList: ["books:"] });
  assert.equal(direct.data.totalCount, 1);
  assert.equal((await post("is-action-allowed", { userId: user, action: "write", resource: "books:9" })).data.allowed, true);
  assert.equal((await post("is-action-allowed", { userId: user, action: "delete", resource: "books:9" })).data.allowed, false);
  assert.equal((await post("is-action-allowed", { userId: user, action: "read", resource: "films:1" })).data.allowed, false);
  const targets = await post("get-resource-authorized-targets", { resource: "books:*" });
  assert.deepEqual(targets.data.list.map((t) => t.targetType).sort(), ["DEPARTMENT", "USER"]);
  const unknownUser = await get("get-user-authorized-resources", { userId: "no-such-user" });
  assert.deepEqual([unknownUser.statusCode, unknownUser.message], [404, "用户不存在"]);
  const noGroup = await get("get-authorized-resources", { targetType: "GROUP", targetIdentifier: "额！ " });
  assert.deepEqual([noGroup.statusCode, noGroup.message], [404, "group not exists with code: 额！ "]);
});

test("a deleted user's authorizations go with it; a renamed namespace keeps its resources and grants", async () => {
  const user = (await post("create-user", { username: "temp" })).data.userId;
  await post("create-namespace", { code: "lib", name: "Library" });
  await post("create-resource", { type: "DATA", code: "shelf", namespace: "lib" });
  await post("authorize-resources", {
    namespace: "lib",
    list: [{ targetType: "USER", targetIdentifiers: [user], resources: [{ code: "shelf", actions: ["*"], resourceType: "DATA" }] }],
  });
  await post("update-namespace", { code: "lib", newCode: "library" });
  assert.equal((await get("get-resource", { code: "shelf", namespace: "library" })).data.namespace, "library");
  assert.equal((await post("is-action-allowed", { userId: user, action: "read", resource: "shelf", namespace: "library" })).data.allowed, true);
  await post("delete-users-batch", { userIds: [user] });
  assert.deepEqual(Object.keys(emu.state.authorizations.library), []);
});

test("resources and their grants can be seeded, and reset returns to them", async () => {
  const seed = {
    ...defaultSeed(),
    namespaces: [{ code: "library", name: "图书馆" }],
    resources: [{ namespace: "library", code: "shelf", type: "DATA", actions: [{ name: "read", description: "读" }] }],
    authorizations: [{ namespace: "library", targetType: "USER", targetIdentifier: "623c20b2a062aaaaf41b17da", resourceCode: "shelf", resourceType: "DATA", actions: ["read"] }],
  };
  emu.reset(seed);
  ctx.token = emu.mintToken().access_token; // (a reset drops the tokens it issued)
  assert.equal((await call("GET", "get-resource", { code: "shelf", namespace: "library" })).data.actions[0].name, "read");
  const mine = await call("GET", "get-user-authorized-resources", { userId: "623c20b2a062aaaaf41b17da", namespace: "library" });
  assert.deepEqual(mine.data.list.map((r) => [r.resourceCode, r.actions]), [["shelf", ["read"]]]);
  assert.throws(() => emu.reset({ ...seed, resources: [{ namespace: "nowhere", code: "x", type: "DATA" }] }), /unknown namespace nowhere/);
  assert.throws(() => emu.reset({ ...seed, authorizations: [{ targetType: "USER", targetIdentifier: "u", resourceCode: "x", resourceType: "DATA" }] }), /authorization needs/);
  assert.equal((await call("GET", "get-resource", { code: "shelf", namespace: "library" })).data.code, "shelf");
});
