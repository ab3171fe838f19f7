// The official authing-node-sdk 4.0.1 against the local emulator: node --test tests/official/
// If the official client works unchanged against it, the emulator speaks the real wire protocol.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { startEmulator } from "../../emulator/index.mjs";
import { STEAMORY } from "../../emulator/seed.mjs";

const require = createRequire(import.meta.url);
const { ManagementClient } = require("authing-node-sdk");
const sdkVersion = require("authing-node-sdk/package.json").version;

const KEY = "test-access-key-id";
const SECRET = "test-access-key-secret-0123456789";
const ORG = STEAMORY.organizationCode;
const DEV = STEAMORY.devDepartmentId;
const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const LISI = "623c20b2a062aaaaf41b17db";
const CHENXM = "6241a7d05c3e2b1f8a9c0d11";
const errorVector = JSON.parse(readFileSync(new URL("../vectors/node-error-behaviour.json", import.meta.url), "utf8"));
const captured = (mode) => errorVector.runs.find((r) => r.server_mode === mode).sdk_result;

let emu;
const client = (options = {}) => new ManagementClient({ accessKeyId: KEY, accessKeySecret: SECRET, host: emu.url, ...options });

before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(() => emu.reset());

test(`the official client is authing-node-sdk 4.0.1 (found ${sdkVersion})`, () => {
  assert.equal(sdkVersion, "4.0.1");
});

test("removeDepartmentMembers removes the member; envelope and wire are as GenAuth's", async () => {
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  const res = await client().removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV, departmentIdType: "department_id" });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.data, { success: true });
  assert.match(res.requestId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.deepEqual(emu.members(ORG, DEV), [LISI, "623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22"]);

  const seen = emu.requests.at(-1);
  assert.equal(seen.method, "POST");
  assert.equal(seen.path, "/api/v3/remove-department-members");
  assert.equal(seen.brand, "authing");
  assert.equal(seen.auth, "signature");
  assert.equal(seen.status, 200);
  assert.equal(seen.headers.authorization, "authing …");
  assert.equal(seen.headers["x-authing-sdk-version"], "authing-node-sdk:4.0.1");
  assert.equal(seen.headers["x-authing-signature-method"], "HMAC-SHA1");
  assert.match(seen.headers["x-authing-signature-nonce"], /^[0-9a-f]{32}$/);
  assert.deepEqual(seen.body, { userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV, departmentIdType: "department_id" });
});

test("a wrong accessKeySecret is refused with HTTP 401 / apiCode 1300 (axios rejects) and nothing changes", async () => {
  const err = await client({ accessKeySecret: "not-the-secret" })
    .removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV })
    .then(() => assert.fail("expected a rejection"), (e) => e);
  assert.equal(err.name, "AxiosError");
  assert.equal(err.code, captured("http401").code);
  assert.equal(err.response.status, 401);
  assert.equal(err.response.data.statusCode, 401);
  assert.equal(err.response.data.apiCode, 1300);
  assert.equal(err.response.data.requestId, err.response.headers["x-request-id"]);
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.equal(emu.state.counters.authFailures, 1);
});

test("a body tampered with after signing is refused (1300) and nothing changes", async () => {
  const c = client();
  c.httpClient.axios.interceptors.request.use((config) => {
    config.data = JSON.stringify({ ...JSON.parse(JSON.stringify(config.data)), userIds: [LISI] });
    return config;
  });
  const err = await c.removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV }).catch((e) => e);
  assert.equal(err.response?.status, 401);
  assert.equal(err.response.data.apiCode, 1300);
  assert.deepEqual(emu.requests.at(-1).body.userIds, [LISI], "the tampered body reached the server");
  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN));
  assert.ok(emu.members(ORG, DEV).includes(LISI));
});

test("unknown organization and unknown department resolve to 404 envelopes", async () => {
  const c = client();
  const org = await c.removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: "no-such-org", departmentId: DEV });
  assert.equal(org.statusCode, 404);
  assert.equal(org.message, "organization not found for code: no-such-org");
  assert.ok(org.requestId);
  const dept = await c.removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: ORG, departmentId: "ffffffffffffffffffffffff" });
  assert.equal(dept.statusCode, 404);
  assert.match(dept.message, /部门不存在/);
  const bad = await c.removeDepartmentMembers({ userIds: [], organizationCode: ORG, departmentId: DEV });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.message, "参数 userIds 格式错误");
  assert.equal(emu.members(ORG, DEV).length, 4);
});

test("addDepartmentMembers, getDepartment, listDepartmentMemberIds and listDepartmentMembers agree with the emulator state", async () => {
  const c = client();
  const added = await c.addDepartmentMembers({ userIds: [CHENXM], organizationCode: ORG, departmentId: DEV });
  assert.deepEqual(added.data, { success: true });
  assert.equal(emu.members(ORG, DEV).at(-1), CHENXM);

  const ids = await c.listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEV });
  assert.deepEqual(ids.data, emu.state.memberships[DEV]);

  const dept = await c.getDepartment({ organizationCode: ORG, departmentId: DEV, withCustomData: true });
  const stored = emu.state.departments[DEV];
  assert.equal(dept.data.departmentId, DEV);
  assert.equal(dept.data.name, stored.name);
  assert.equal(dept.data.code, stored.code);
  assert.equal(dept.data.parentDepartmentId, stored.parentDepartmentId);
  assert.equal(dept.data.membersCount, emu.state.memberships[DEV].length);
  assert.deepEqual(dept.data.customData, stored.customData);
  const root = await c.getDepartment({ organizationCode: ORG, departmentId: "root" });
  assert.equal(root.data.departmentId, emu.state.organizations[ORG].departmentId);

  const page = await c.listDepartmentMembers({ organizationCode: ORG, departmentId: DEV, orderBy: "Asc", limit: 50, withDepartmentIds: true });
  assert.equal(page.data.totalCount, emu.state.memberships[DEV].length);
  assert.deepEqual(page.data.list.map((u) => u.userId), emu.state.memberships[DEV]);
  for (const u of page.data.list) {
    assert.equal(u.name, emu.state.users[u.userId].name);
    assert.ok(u.departmentIds.includes(DEV));
  }

  await c.removeDepartmentMembers({ userIds: [CHENXM, ZHANGSAN], organizationCode: ORG, departmentId: DEV });
  const after = await c.listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEV });
  assert.deepEqual(after.data, [LISI, "623c2211c7e1f09a3b5d8e21", "623c2211c7e1f09a3b5d8e22"]);
});

test("the other organization reads of the official client work too", async () => {
  const c = client();
  const orgs = await c.listOrganizations({});
  assert.equal(orgs.data.totalCount, Object.keys(emu.state.organizations).length);
  const inDept = await c.isUserInDepartment({ userId: "623c2211c7e1f09a3b5d8e22", organizationCode: ORG, departmentId: "root", includeChildrenDepartments: true });
  assert.deepEqual(inDept.data, { inDepartment: true });
  const children = await c.listChildrenDepartments({ organizationCode: ORG, departmentId: DEV });
  assert.deepEqual(children.data.list.map((d) => d.departmentId), [STEAMORY.frontendDepartmentId]);
  const parent = await c.getParentDepartment({ organizationCode: ORG, departmentId: STEAMORY.frontendDepartmentId });
  assert.equal(parent.data.departmentId, DEV);
  const found = await c.searchDepartmentMembers({ organizationCode: ORG, departmentId: DEV, keywords: "张" });
  assert.deepEqual(found.data.list.map((u) => u.userId), [ZHANGSAN]);
});

test("every call is signed afresh: repeated calls, lang and tenantId options are all accepted", async () => {
  const c = client({ lang: "en-US", tenantId: "tenant-001" });
  for (let i = 0; i < 3; i++) {
    const r = await c.listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEV, tenantId: "tenant-001" });
    assert.equal(r.statusCode, 200);
  }
  const nonces = new Set(emu.requests.map((r) => r.headers["x-authing-signature-nonce"]));
  assert.equal(nonces.size, 3);
  assert.equal(emu.requests[0].headers["x-authing-app-id"], "tenant-001");
  assert.equal(emu.requests[0].headers["x-authing-lang"], "en-US");
});

test("a server clock far from the client's is refused with 1305", async () => {
  emu.fault({ kind: "skew", seconds: 3600 });
  const err = await client().listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEV }).catch((e) => e);
  assert.equal(err.response?.status, 401);
  assert.equal(err.response.data.apiCode, 1305);
});

test("faults reproduce the official client's captured failure behaviour", async () => {
  const c = client();
  const call = () => c.removeDepartmentMembers({ userIds: [ZHANGSAN], organizationCode: ORG, departmentId: DEV });

  emu.fault({ kind: "status", status: 500, message: "Internal server error" });
  const e500 = await call().catch((e) => e);
  assert.equal(e500.name, captured("http500").name);
  assert.equal(e500.code, captured("http500").code);
  assert.equal(e500.response.status, 500);
  assert.equal(e500.response.data.statusCode, 500);

  emu.fault({ kind: "nonjson" });
  assert.equal(await call(), captured("nonjson").returned);

  emu.fault({ kind: "throttle" });
  const throttled = await call();
  assert.equal(throttled.statusCode, 429);

  emu.fault({ kind: "drop" });
  const dropped = await call().catch((e) => e);
  assert.equal(dropped.isAxiosError, true);
  assert.equal(dropped.code, "ECONNRESET");
  assert.equal(dropped.response, undefined);

  assert.ok(emu.members(ORG, DEV).includes(ZHANGSAN), "no fault performed the call");
  const ok = await call();
  assert.deepEqual(ok.data, { success: true });
  assert.ok(!emu.members(ORG, DEV).includes(ZHANGSAN));
});

// ---------------------------------------------------------------------------------------------
// All 19 organization calls of the official client against the emulator's state. Every call is
// signed by the official client and verified by the emulator, so each also proves the signature
// of its query string or body.

const ORG_CALLS = [
  "list-organizations", "create-organization", "update-organization", "delete-organization", "search-organizations",
  "get-department", "create-department", "update-department", "delete-department", "search-departments",
  "search-departments-list", "list-children-departments", "list-department-members", "list-department-member-ids",
  "search-department-members", "add-department-members", "remove-department-members", "get-parent-department",
  "is-user-in-department",
];
const called = new Set();
const recordCalls = () => {
  for (const r of emu.requests) if (r.status === 200 && r.auth === "signature") called.add(r.path.replace("/api/v3/", ""));
};
const ok = (res) => {
  assert.equal(res.statusCode, 200, JSON.stringify(res));
  return res.data;
};
const lastQuery = (path) => emu.requests.filter((r) => r.path === `/api/v3/${path}`).at(-1).rawQuery;

// acme: root > A (code a) > B (code b); root > V (code v, virtual), built with the official client.
async function officialTree(c) {
  const org = ok(await c.createOrganization({ organizationCode: "acme", organizationName: "Acme 科技", description: "官方客户端创建" }));
  const a = ok(await c.createDepartment({ organizationCode: "acme", parentDepartmentId: "root", name: "研发中心", code: "a", customData: { costCenter: "CC-A" } }));
  const b = ok(await c.createDepartment({ organizationCode: "acme", parentDepartmentId: "a", departmentIdType: "code", name: "平台部", code: "b", openDepartmentId: "od-b" }));
  const v = ok(await c.createDepartment({ organizationCode: "acme", parentDepartmentId: org.departmentId, name: "虚拟项目组", code: "v", isVirtualNode: true }));
  return { org, root: org.departmentId, a: a.departmentId, b: b.departmentId, v: v.departmentId };
}

test("createOrganization, updateOrganization, listOrganizations, searchOrganizations, deleteOrganization agree with the emulator state", async () => {
  const c = client();
  const created = ok(await c.createOrganization({ organizationCode: "acme", organizationName: "Acme 科技", description: "d", openDepartmentId: "acme-root" }));
  const stored = emu.state.organizations.acme;
  assert.equal(created.organizationCode, "acme");
  assert.equal(created.organizationName, stored.organizationName);
  assert.equal(created.departmentId, stored.departmentId);
  assert.match(created.departmentId, /^[0-9a-f]{24}$/);
  assert.equal(emu.state.departments[created.departmentId].name, "Acme 科技");
  assert.deepEqual(emu.requests.at(-1).body, { organizationCode: "acme", organizationName: "Acme 科技", description: "d", openDepartmentId: "acme-root" });

  const dup = await c.createOrganization({ organizationCode: "acme", organizationName: "again" });
  assert.deepEqual([dup.statusCode, dup.apiCode], [409, 2007]);
  const bad = await c.createOrganization({ organizationCode: "额！ ", organizationName: "x" });
  assert.deepEqual([bad.statusCode, bad.message], [400, "invalid organization code: 额！ "]);
  // An empty code is accepted, as the official suite saw the service do, and one is given.
  const empty = await c.createOrganization({ organizationCode: "", organizationName: "x" });
  assert.equal(empty.statusCode, 200);
  assert.ok(empty.data.organizationCode);
  ok(await c.deleteOrganization({ organizationCode: empty.data.organizationCode }));

  const codes = Object.keys(emu.state.organizations);
  const page = ok(await c.listOrganizations({ page: 2, limit: 2 }));
  assert.equal(page.totalCount, codes.length);
  assert.deepEqual(page.list.map((o) => o.organizationCode), codes.slice(2, 4));
  assert.equal(lastQuery("list-organizations"), "page=2&limit=2&fetchAll=false&withCustomData=false&withPost=false");
  const all = ok(await c.listOrganizations({ page: 1, limit: 1, fetchAll: true, status: true }));
  assert.deepEqual(all.list.map((o) => o.organizationCode), codes);
  assert.equal(lastQuery("list-organizations"), "page=1&limit=1&fetchAll=true&withCustomData=false&withPost=false&status=true");
  const tooMany = await c.listOrganizations({ limit: 10000 });
  assert.deepEqual([tooMany.statusCode, tooMany.message], [400, "参数 limit 格式错误"]);
  const minus = await c.listOrganizations({ page: -1 });
  assert.deepEqual([minus.statusCode, minus.message], [400, "参数 page 格式错误"]);

  const found = ok(await c.searchOrganizations({ keywords: "ACME" }));
  assert.deepEqual(found.list.map((o) => o.organizationCode), ["acme"]);
  assert.equal(found.list[0].membersCount, 0);
  const none = await c.searchOrganizations({ keywords: "" });
  assert.deepEqual([none.statusCode, none.message], [400, "参数 keywords 格式错误"]);

  const updated = ok(await c.updateOrganization({ organizationCode: "acme", organizationNewCode: "acme-2", organizationName: "Acme 二代", leaderUserIds: [ZHANGSAN] }));
  assert.equal(updated.organizationCode, "acme-2");
  assert.equal(emu.state.organizations.acme, undefined);
  assert.equal(emu.state.organizations["acme-2"].organizationName, "Acme 二代");
  assert.deepEqual(emu.state.organizations["acme-2"].leaderUserIds, [ZHANGSAN]);
  assert.equal(emu.state.departments[created.departmentId].name, "Acme 二代");
  const taken = await c.updateOrganization({ organizationCode: "acme-2", organizationNewCode: ORG });
  assert.deepEqual([taken.statusCode, taken.apiCode], [409, 2007]);
  const unknown = await c.updateOrganization({ organizationCode: "acme", organizationName: "x" });
  assert.deepEqual([unknown.statusCode, unknown.message], [404, "organization not found for code: acme"]);

  assert.deepEqual(ok(await c.deleteOrganization({ organizationCode: "acme-2" })), { success: true });
  assert.equal(emu.state.organizations["acme-2"], undefined);
  assert.equal(emu.state.departments[created.departmentId], undefined);
  const gone = await c.deleteOrganization({ organizationCode: "acme-2" });
  assert.deepEqual([gone.statusCode, gone.message], [404, "organization not found for code: acme-2"]);
  recordCalls();
});

test("createDepartment, getDepartment, listChildrenDepartments, getParentDepartment, searchDepartments, searchDepartmentsList agree with the emulator state", async () => {
  const c = client();
  const t = await officialTree(c);
  for (const id of [t.a, t.b, t.v]) {
    const d = ok(await c.getDepartment({ organizationCode: "acme", departmentId: id, withCustomData: true }));
    const s = emu.state.departments[id];
    for (const k of ["departmentId", "organizationCode", "name", "code", "parentDepartmentId", "createdAt", "updatedAt"]) assert.equal(d[k], s[k], k);
    assert.equal(d.isVirtualNode, Boolean(s.isVirtualNode));
    assert.deepEqual(d.customData, s.customData ?? {});
    assert.equal(d.membersCount, emu.state.memberships[id].length);
  }
  assert.equal(emu.state.departments[t.b].parentDepartmentId, t.a, "departmentIdType=code named B's parent");
  assert.deepEqual(emu.requests.find((r) => r.path === "/api/v3/create-department" && r.body.code === "v").body,
    { organizationCode: "acme", parentDepartmentId: t.root, name: "虚拟项目组", code: "v", isVirtualNode: true }, "the body is the DTO as given");
  const byCode = ok(await c.getDepartment({ organizationCode: "acme", departmentCode: "b" }));
  assert.equal(byCode.departmentId, t.b);
  assert.equal(byCode.parentDepartmentCode, "a");
  assert.equal(lastQuery("get-department"), "organizationCode=acme&departmentCode=b&departmentIdType=department_id&withCustomData=false&flatCustomData=false");
  const byOpenId = ok(await c.getDepartment({ organizationCode: "acme", departmentId: "od-b", departmentIdType: "open_department_id" }));
  assert.equal(byOpenId.departmentId, t.b);
  const dupCode = await c.createDepartment({ organizationCode: "acme", parentDepartmentId: "root", name: "x", code: "a" });
  assert.deepEqual([dupCode.statusCode, dupCode.apiCode], [409, 2008]);
  const noParent = await c.createDepartment({ organizationCode: "acme", parentDepartmentId: "ffffffffffffffffffffffff", name: "x" });
  assert.deepEqual([noParent.statusCode, noParent.apiCode], [404, 2001]);
  const noOrg = await c.createDepartment({ organizationCode: "nope", parentDepartmentId: "root", name: "x" });
  assert.deepEqual([noOrg.statusCode, noOrg.message], [404, "organization not found for code: nope"]);

  const kids = ok(await c.listChildrenDepartments({ organizationCode: "acme", departmentId: "root" }));
  assert.deepEqual(kids.list.map((d) => d.departmentId), Object.values(emu.state.departments).filter((d) => d.parentDepartmentId === t.root).map((d) => d.departmentId));
  assert.equal(kids.totalCount, 2);
  const real = ok(await c.listChildrenDepartments({ organizationCode: "acme", departmentId: "root", excludeVirtualNode: true }));
  assert.deepEqual(real.list.map((d) => d.code), ["a"]);
  assert.equal(lastQuery("list-children-departments"), "organizationCode=acme&departmentId=root&departmentIdType=department_id&excludeVirtualNode=true&onlyVirtualNode=false&withCustomData=false");
  const virtual = ok(await c.listChildrenDepartments({ organizationCode: "acme", departmentId: "root", onlyVirtualNode: true, status: true }));
  assert.deepEqual(virtual.list.map((d) => d.code), ["v"]);

  assert.equal(ok(await c.getParentDepartment({ organizationCode: "acme", departmentId: t.b })).departmentId, t.a);
  assert.equal(ok(await c.getParentDepartment({ organizationCode: "acme", departmentId: "b", departmentIdType: "code" })).departmentId, t.a);
  const rootParent = await c.getParentDepartment({ organizationCode: "acme", departmentId: "root" });
  assert.deepEqual([rootParent.statusCode, rootParent.apiCode], [404, 2001]);

  const searched = ok(await c.searchDepartments({ organizationCode: "acme", keywords: "平台", withCustomData: true }));
  assert.deepEqual(searched.map((d) => d.departmentId), [t.b]);
  assert.deepEqual(emu.requests.at(-1).body, { organizationCode: "acme", keywords: "平台", withCustomData: true });
  const badOrg = await c.searchDepartments({ organizationCode: "额！ ", keywords: "x" });
  assert.deepEqual([badOrg.statusCode, badOrg.message], [404, "organization not found for code: 额！ "]);

  const listed = await c.searchDepartmentsList({ organizationCode: "acme", page: 1, limit: 2, sortBy: "createdAt", orderBy: "ASC" });
  assert.ok(Array.isArray(listed.data), "DepartmentListRespDto: data is an array");
  assert.deepEqual(listed.data.map((d) => d.departmentId), [t.a, t.b]);
  const filtered = ok(await c.searchDepartmentsList({ organizationCode: "acme", withCustomData: true, advancedFilter: [{ field: "costCenter", operator: "EQUAL", value: "CC-A" }] }));
  assert.deepEqual(filtered.map((d) => d.departmentId), [t.a]);
  assert.equal(filtered[0].customData.costCenter, "CC-A");
  recordCalls();
});

test("updateDepartment and deleteDepartment: fields, moves, refused cycles, subtree deletion, as the emulator state shows", async () => {
  const c = client();
  const t = await officialTree(c);
  const [u1, u2] = emu.addUsers(2);
  ok(await c.addDepartmentMembers({ organizationCode: "acme", departmentId: t.b, userIds: [u1] }));
  ok(await c.addDepartmentMembers({ organizationCode: "acme", departmentId: t.a, userIds: [u2] }));

  const renamed = ok(await c.updateDepartment({ organizationCode: "acme", departmentId: t.a, name: "研发中心 2", code: "a2", leaderUserIds: [u2], customData: { floor: 9 } }));
  assert.equal(renamed.name, "研发中心 2");
  assert.equal(emu.state.departments[t.a].code, "a2");
  assert.deepEqual(emu.state.departments[t.a].customData, { costCenter: "CC-A", floor: 9 });
  assert.deepEqual(emu.state.departments[t.a].leaderUserIds, [u2]);

  const moved = ok(await c.updateDepartment({ organizationCode: "acme", departmentId: t.b, parentDepartmentId: t.v }));
  assert.equal(moved.parentDepartmentId, t.v);
  assert.equal(emu.state.departments[t.b].parentDepartmentId, t.v);
  assert.equal(ok(await c.getParentDepartment({ organizationCode: "acme", departmentId: t.b })).departmentId, t.v);
  assert.equal(ok(await c.getDepartment({ organizationCode: "acme", departmentId: t.a })).hasChildren, false);
  assert.deepEqual(ok(await c.isUserInDepartment({ organizationCode: "acme", departmentId: t.v, userId: u1, includeChildrenDepartments: true })), { inDepartment: true });

  const cycle = await c.updateDepartment({ organizationCode: "acme", departmentId: t.v, parentDepartmentId: t.b });
  assert.deepEqual([cycle.statusCode, cycle.apiCode], [422, 2010]);
  assert.equal(emu.state.departments[t.v].parentDepartmentId, t.root, "nothing moved");
  const badCode = await c.updateDepartment({ organizationCode: "acme", departmentId: t.a, code: "额！ " });
  assert.deepEqual([badCode.statusCode, badCode.message], [400, "invalid organization code: 额！ "]);
  const longCode = await c.updateDepartment({ organizationCode: "acme", departmentId: t.a, code: "1".repeat(100) });
  assert.deepEqual([longCode.statusCode, longCode.message], [400, "参数 code 格式错误"]);

  assert.deepEqual(ok(await c.deleteDepartment({ organizationCode: "acme", departmentId: t.v })), { success: true });
  assert.equal(emu.state.departments[t.v], undefined);
  assert.equal(emu.state.departments[t.b], undefined, "the subtree went too");
  assert.equal(emu.state.memberships[t.b], undefined);
  assert.deepEqual(emu.state.memberships[t.a], [u2]);
  const again = await c.deleteDepartment({ organizationCode: "acme", departmentId: t.v });
  assert.deepEqual([again.statusCode, again.apiCode], [404, 2001]);
  const root = await c.deleteDepartment({ organizationCode: "acme", departmentId: "root" });
  assert.deepEqual([root.statusCode, root.apiCode], [422, 2009]);
  const longOrg = await c.deleteDepartment({ organizationCode: "1".repeat(100), departmentId: t.a });
  assert.deepEqual([longOrg.statusCode, longOrg.message], [400, "参数 organizationCode 格式错误"]);
  recordCalls();
});

test("500 members: addDepartmentMembers, listDepartmentMembers paging, listDepartmentMemberIds, searchDepartmentMembers, isUserInDepartment, removeDepartmentMembers", async () => {
  const c = client();
  const t = await officialTree(c);
  const ids = emu.addUsers(500);
  ok(await c.addDepartmentMembers({ organizationCode: "acme", departmentId: t.a, userIds: ids.slice(0, 300) }));
  ok(await c.addDepartmentMembers({ organizationCode: "acme", departmentId: "b", departmentIdType: "code", userIds: ids.slice(250) }));
  ok(await c.addDepartmentMembers({ organizationCode: "acme", departmentId: t.a, userIds: ids.slice(0, 10) }));
  assert.deepEqual(emu.state.memberships[t.a], ids.slice(0, 300), "adding members again changes nothing");
  const unknown = await c.addDepartmentMembers({ organizationCode: "acme", departmentId: t.v, userIds: [ids[0], "ffffffffffffffffffffffff"] });
  assert.deepEqual([unknown.statusCode, unknown.apiCode], [404, 2004]);
  assert.deepEqual(emu.state.memberships[t.v], []);

  assert.deepEqual(ok(await c.listDepartmentMemberIds({ organizationCode: "acme", departmentId: t.a })), emu.state.memberships[t.a]);
  assert.deepEqual(ok(await c.listDepartmentMemberIds({ organizationCode: "acme", departmentId: "od-b", departmentIdType: "open_department_id" })), ids.slice(250));

  const pages = [];
  for (let page = 1; ; page++) {
    const r = ok(await c.listDepartmentMembers({ organizationCode: "acme", departmentId: t.a, page, limit: 50 }));
    assert.equal(r.totalCount, 300);
    if (!r.list.length) break;
    pages.push(...r.list);
  }
  assert.deepEqual(pages.map((u) => u.userId), [...emu.state.memberships[t.a]].reverse(), "JoinDepartmentAt Desc");
  for (const u of pages.slice(0, 5)) assert.equal(u.name, emu.state.users[u.userId].name);
  const sub = ok(await c.listDepartmentMembers({ organizationCode: "acme", departmentId: t.a, includeChildrenDepartments: true, page: 6, limit: 50, orderBy: "Asc", withDepartmentIds: true }));
  assert.equal(sub.totalCount, 500);
  assert.deepEqual(sub.list.map((u) => u.userId), ids.slice(250, 300));
  assert.deepEqual(sub.list[0].departmentIds.sort(), [t.a, t.b].sort());
  assert.equal(lastQuery("list-department-members"),
    `organizationCode=acme&departmentId=${t.a}&sortBy=JoinDepartmentAt&orderBy=Asc&departmentIdType=department_id&includeChildrenDepartments=true&page=6&limit=50&withCustomData=false&withIdentities=false&withDepartmentIds=true`);
  const tooMany = await c.listDepartmentMembers({ organizationCode: "acme", departmentId: t.a, limit: 51 });
  assert.deepEqual([tooMany.statusCode, tooMany.message], [400, "参数 limit 格式错误"]);

  const someone = emu.state.users[ids[420]];
  const found = ok(await c.searchDepartmentMembers({ organizationCode: "acme", departmentId: "root", keywords: someone.username, includeChildrenDepartments: true }));
  assert.deepEqual(found.list.map((u) => u.userId), [ids[420]]);
  const notDirect = ok(await c.searchDepartmentMembers({ organizationCode: "acme", departmentId: "root", keywords: someone.username }));
  assert.equal(notDirect.totalCount, 0);
  const many = ok(await c.searchDepartmentMembers({ organizationCode: "acme", departmentId: t.b, keywords: "@example.com", page: 5, limit: 50 }));
  assert.equal(many.totalCount, 250);
  assert.equal(many.list.length, 50);

  const inDept = (q) => c.isUserInDepartment({ organizationCode: "acme", userId: ids[420], ...q }).then(ok);
  assert.deepEqual(await inDept({ departmentId: t.a }), { inDepartment: false });
  assert.deepEqual(await inDept({ departmentId: t.a, includeChildrenDepartments: true }), { inDepartment: true });
  assert.equal(lastQuery("is-user-in-department"), `userId=${ids[420]}&organizationCode=acme&departmentId=${t.a}&departmentIdType=department_id&includeChildrenDepartments=true`);

  ok(await c.removeDepartmentMembers({ organizationCode: "acme", departmentId: t.b, userIds: ids.slice(250, 500) }));
  assert.deepEqual(emu.state.memberships[t.b], []);
  assert.deepEqual(await inDept({ departmentId: "root", includeChildrenDepartments: true }), { inDepartment: false });
  assert.equal(ok(await c.listOrganizations({ fetchAll: true })).list.find((o) => o.organizationCode === "acme").membersCount, 300);
  recordCalls();
});

test("GET query strings: axios encodes special characters one way, the client signs them raw; the emulator agrees", async () => {
  const c = client();
  const name = "R&D + 运维 = 50% / 🚀 (a,b):$[x]'~*!";
  ok(await c.createOrganization({ organizationCode: "special", organizationName: name }));
  const found = ok(await c.searchOrganizations({ keywords: name, page: 1, limit: 5 }));
  assert.deepEqual(found.list.map((o) => o.organizationName), [name]);
  assert.equal(lastQuery("search-organizations"),
    "keywords=R%26D+%2B+%E8%BF%90%E7%BB%B4+%3D+50%25+%2F+%F0%9F%9A%80+(a,b):$%5Bx%5D%27~*!&page=1&limit=5&withCustomData=false");
  assert.deepEqual(emu.requests.at(-1).query, { keywords: name, page: "1", limit: "5", withCustomData: "false" });
  recordCalls();
});

test("a null parameter is signed as `key=null` but left off the wire by axios, so the signature no longer matches (1300)", async () => {
  const err = await client().listOrganizations({ status: null }).catch((e) => e);
  assert.equal(err.response?.status, 401);
  assert.equal(err.response.data.apiCode, 1300);
  assert.equal(emu.requests.at(-1).rawQuery, "page=1&limit=10&fetchAll=false&withCustomData=false&withPost=false");
  // undefined is skipped by both, so it is fine
  assert.equal((await client().listOrganizations({ status: undefined })).statusCode, 200);
});

test("all 19 organization calls of the official client were exercised successfully against the emulator", () => {
  assert.deepEqual(ORG_CALLS.filter((c) => !called.has(c)), []);
  assert.equal(ORG_CALLS.length, 19);
});
