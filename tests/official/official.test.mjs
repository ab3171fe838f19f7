// The official authing-node-sdk 4.0.1 against the local emulator: node --test tests/official/
// If the official client works unchanged against it, the emulator speaks the real wire protocol.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { startEmulator } from "../emulator/emulator.mjs";
import { STEAMORY } from "../emulator/seed.mjs";

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
  assert.match(dept.message, /department not found/);
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
