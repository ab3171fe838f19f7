// The whole organization module from the packed package, over real HTTP against the emulator:
// every call succeeds, refuses each missing required field, each wrong type and each enum
// violation before sending, and resolves the 404 envelope for unknown codes; the helpers
// (iterators, bulk changes, setDepartmentMembers, the tree walk) and a full workflow.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startEmulator, ROUTES } from "../../emulator/index.mjs";
import { STEAMORY } from "../../emulator/seed.mjs";
import { installPackage, root } from "./install.mjs";
import { FIXTURES, IDS } from "./fixtures.mjs";

const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };
const { ORG, DEV, FRONTEND, MARKETING, USER } = IDS;
const WRONG = { string: 42, "string[]": "x", boolean: "yes", integer: "1", enum: 5, object: "x", "object[]": {} };

let lib;
let emu;
let client;
let strictClient;
let official;

before(async () => {
  lib = installPackage("organization-test").require("genauth-wasm");
  emu = await startEmulator();
  client = new lib.ManagementClient({ ...KEY, host: emu.url });
  strictClient = new lib.ManagementClient({ ...KEY, host: emu.url, strict: true });
  const { ManagementClient } = createRequire(`${root}package.json`)("authing-node-sdk");
  official = new ManagementClient({ ...KEY, host: emu.url });
});
after(async () => emu?.close());
beforeEach(() => emu.reset());

const apiRequests = () => emu.requests.filter((r) => r.path.startsWith("/api/v3/")).length;

/** The organization module's rows of the table (protocol.md §4): the calls fixtures.mjs has data for. */
const orgRows = () => lib.endpoints().filter((e) => FIXTURES[e.name]);

test("the table has the 19 calls of the organization module, each a method of the client", () => {
  const names = orgRows().map((e) => e.name);
  assert.equal(names.length, 19);
  assert.deepEqual(new Set(names), new Set(Object.keys(FIXTURES)));
  for (const name of names) assert.equal(typeof client[name], "function", name);
  assert.deepEqual(
    orgRows().filter((e) => e.pageable).map((e) => e.name),
    ["listOrganizations", "searchOrganizations", "listDepartmentMembers", "searchDepartmentMembers"],
  );
});

test("the emulator has a route for every row of the table, with the same HTTP method", () => {
  for (const row of orgRows()) {
    assert.ok(ROUTES[row.path], `no emulator route for ${row.path}`);
    assert.equal(ROUTES[row.path].method, row.method, row.path);
  }
});

test("every call: success over HTTP, then each missing field, wrong type and enum violation refused unsent", async (t) => {
  for (const row of orgRows()) {
    await t.test(row.name, async () => {
      emu.reset();
      const params = FIXTURES[row.name];
      const res = await client[row.name](params);
      assert.equal(res.statusCode, 200, `${row.name}: ${JSON.stringify(res)}`);
      assert.match(res.requestId, /^[0-9a-f-]{36}$/);
      assert.ok("data" in res, row.name);

      const before = apiRequests();
      const refused = async (bad, field, by = client) => {
        const e = await by[row.name](bad).then(
          (r) => assert.fail(`${row.name}: ${JSON.stringify(bad)} resolved ${JSON.stringify(r)}`),
          (e) => e,
        );
        assert.ok(lib.isGenAuthError(e), String(e));
        assert.equal(e.code, "INVALID_ARGUMENT", `${row.name}: ${e.message}`);
        assert.equal(e.field, field, `${row.name}: ${e.message}`);
        assert.ok(e.message.includes(field), e.message);
      };
      for (const f of row.fields) {
        if (f.required) {
          const { [f.name]: _, ...missing } = params;
          await refused(missing, f.name);
        }
        if (f.required || f.name in params) await refused({ ...params, [f.name]: WRONG[f.type] }, f.name);
        if (f.type === "enum") await refused({ ...params, [f.name]: "not-a-value" }, f.name);
      }
      // A near miss is refused by every client; a field a call does not name, by a strict one.
      if (row.fields.some((f) => f.name === "organizationCode")) await refused({ ...params, organisationCode: ORG }, "organisationCode");
      await refused({ ...params, organisationKode: ORG }, "organisationKode", strictClient);
      assert.equal(apiRequests(), before, `${row.name}: a refused call reached the server`);
    });
  }
});

test("every call that names an organization resolves the 404 envelope for an unknown one", async () => {
  let checked = 0;
  for (const row of orgRows()) {
    const params = FIXTURES[row.name];
    if (!("organizationCode" in params) || row.name === "createOrganization") continue;
    const res = await client[row.name]({ ...params, organizationCode: "no-such-org" });
    assert.equal(res.statusCode, 404, `${row.name}: ${JSON.stringify(res)}`);
    assert.equal(typeof res.message, "string");
    assert.match(res.requestId, /^[0-9a-f-]{36}$/);
    checked += 1;
  }
  assert.ok(checked >= 15, `${checked}`);
  // And an unknown department, for the calls that take one.
  const res = await client.getDepartment({ organizationCode: ORG, departmentId: "000000000000000000000000" });
  assert.equal(res.statusCode, 404);
});

test("the official client and this package see the same data for every read", async () => {
  const reads = orgRows().filter((e) => e.method === "GET" || e.name.startsWith("search"));
  for (const row of reads) {
    const params = FIXTURES[row.name];
    const ours = await client[row.name](params);
    const theirs = await official[row.name](params);
    assert.equal(ours.statusCode, 200, row.name);
    assert.deepEqual(ours.data, theirs.data, `${row.name}: the two clients saw different data`);
  }
  // And writes by one are seen by the other.
  await official.addDepartmentMembers({ organizationCode: ORG, departmentId: MARKETING, userIds: [USER] });
  assert.equal((await client.isUserInDepartment({ userId: USER, organizationCode: ORG, departmentId: MARKETING })).data.inDepartment, true);
  await client.removeDepartmentMembers({ organizationCode: ORG, departmentId: MARKETING, userIds: [USER] });
  assert.equal((await official.isUserInDepartment({ userId: USER, organizationCode: ORG, departmentId: MARKETING })).data.inDepartment, false);
});

/** Ids of `count` new users of the emulator. */
async function newUsers(count) {
  const made = await emu.addUsers(count);
  return Array.isArray(made) ? made : made.userIds;
}

async function seedMembers(count, departmentId = DEV) {
  const ids = await newUsers(count);
  const report = await client.bulk.addDepartmentMembers({ organizationCode: ORG, departmentId, userIds: ids }, { batchSize: 200 });
  assert.ok(report.ok, JSON.stringify(report.failed));
  return ids;
}

test("iterate: every member once, pages of up to 50 fetched lazily, stopping at totalCount, cancellable", async () => {
  const ids = await seedMembers(120);
  const all = new Set(emu.members(ORG, DEV));
  const requestsBefore = apiRequests();
  const seen = [];
  for await (const user of client.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEV })) seen.push(user.userId);
  assert.equal(seen.length, all.size);
  assert.deepEqual(new Set(seen), all);
  assert.ok(ids.every((id) => all.has(id)));
  assert.equal(apiRequests() - requestsBefore, Math.ceil(all.size / 50), "one request per page of 50");

  // Lazy: breaking out after the first item fetches one page only.
  const lazyBefore = apiRequests();
  for await (const _ of client.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEV })) break;
  assert.equal(apiRequests() - lazyBefore, 1);

  // Cancelled mid-way: the next page rejects with ABORTED.
  const controller = new AbortController();
  let n = 0;
  await assert.rejects(async () => {
    for await (const _ of client.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEV }, { signal: controller.signal, pageSize: 10 })) {
      if (++n === 10) controller.abort();
    }
  }, (e) => e.code === "ABORTED");
  assert.equal(n, 10);

  // A failing page rejects the iteration: nothing is silently cut short.
  await assert.rejects(async () => {
    for await (const _ of client.iterate.listDepartmentMembers({ organizationCode: "no-such-org", departmentId: DEV }));
  }, (e) => e.code === "API" && e.statusCode === 404);
});

test("bulk: batches, bounded concurrency, progress, and a report that names every failed id with its envelope", async () => {
  const userIds = await newUsers(250);
  const progress = [];
  // Two batches out of five fail: a 429 envelope and a 500 envelope, mid-run.
  let seen = 0;
  const report = await client.bulk.addDepartmentMembers(
    { organizationCode: ORG, departmentId: MARKETING, userIds },
    {
      batchSize: 50,
      concurrency: 2,
      maxRetries: 0,
      onProgress: (p) => {
        progress.push(p);
        if (++seen === 1) {
          emu.fault({ path: "/api/v3/add-department-members", kind: "throttle", count: 1 });
          emu.fault({ path: "/api/v3/add-department-members", kind: "status", status: 500, count: 1 });
        }
      },
    },
  );
  assert.equal(report.total, 250);
  assert.equal(report.done, 250);
  assert.equal(report.ok, false);
  assert.equal(report.failed.length, 2, JSON.stringify(report.failed));
  const failedIds = report.failed.flatMap((f) => f.userIds);
  assert.equal(failedIds.length, 100);
  const codes = report.failed.map((f) => f.response?.statusCode ?? f.error?.code).sort();
  assert.deepEqual(codes, [429, 500]);
  assert.equal(report.succeeded.length, 150);
  assert.deepEqual(new Set([...report.succeeded, ...failedIds]), new Set(userIds), "every id is accounted for");
  const members = new Set(emu.members(ORG, MARKETING));
  assert.ok(report.succeeded.every((id) => members.has(id)), "the report's successes are in the department");
  assert.ok(failedIds.every((id) => !members.has(id)), "the report's failures are not");
  assert.deepEqual(progress.at(-1), { done: 250, total: 250 });
  assert.ok(progress.every((p, i) => i === 0 || p.done > progress[i - 1].done));

  // With retries (the default), the same faults are survived: every id lands.
  const more = await newUsers(100);
  let faulted = false;
  const retried = await client.bulk.addDepartmentMembers(
    { organizationCode: ORG, departmentId: MARKETING, userIds: more },
    {
      batchSize: 25,
      onProgress: () => {
        if (faulted) return;
        faulted = true;
        emu.fault({ path: "/api/v3/add-department-members", kind: "throttle", count: 1 });
        emu.fault({ path: "/api/v3/add-department-members", kind: "status", status: 503, httpStatus: 200, count: 1 });
      },
    },
  );
  assert.ok(retried.ok, JSON.stringify(retried.failed));
  assert.equal(emu.requests.filter((r) => r.fault).length, 4, "both runs met their two faults");
  assert.equal(retried.succeeded.length, 100);
  assert.ok(more.every((id) => emu.members(ORG, MARKETING).includes(id)));

  // An invalid id anywhere: nothing is sent at all.
  const before = apiRequests();
  await assert.rejects(
    client.bulk.removeDepartmentMembers({ organizationCode: ORG, departmentId: MARKETING, userIds: [...userIds.slice(0, 120), ""] }, { batchSize: 50 }),
    (e) => e.code === "INVALID_ARGUMENT" && e.field === "userIds",
  );
  await assert.rejects(client.bulk.removeDepartmentMembers({ organizationCode: ORG, departmentId: MARKETING, userIds }, { batchSize: 0 }), (e) => e.code === "INVALID_ARGUMENT");
  assert.equal(apiRequests(), before);
});

test("setDepartmentMembers brings a department to exactly the wanted members", async () => {
  const newcomers = await newUsers(30);
  const current = emu.members(ORG, DEV);
  const wanted = [...current.slice(1), ...newcomers];
  const report = await client.setDepartmentMembers({ organizationCode: ORG, departmentId: DEV, userIds: wanted }, { batchSize: 10 });
  assert.ok(report.ok);
  assert.deepEqual(report.added.succeeded.sort(), [...newcomers].sort());
  assert.deepEqual(report.removed.succeeded, [current[0]]);
  assert.deepEqual(new Set(emu.members(ORG, DEV)), new Set(wanted));
  // Nothing to change: no membership request.
  const again = await client.setDepartmentMembers({ organizationCode: ORG, departmentId: DEV, userIds: wanted });
  assert.ok(again.ok && again.added.total === 0 && again.removed.total === 0);
});

test("walkDepartments visits the tree depth first from the root", async () => {
  const nodes = [];
  for await (const node of client.walkDepartments({ organizationCode: ORG })) nodes.push(node);
  assert.equal(nodes[0].depth, 0);
  assert.equal(nodes[0].department.departmentId, STEAMORY.rootDepartmentId);
  const ids = nodes.map((n) => n.department.departmentId);
  assert.equal(new Set(ids).size, ids.length);
  // Every department of the organization, each after its parent.
  const all = Object.values(emu.state.departments).filter((d) => d.organizationCode === ORG);
  assert.equal(nodes.length, all.length);
  for (const n of nodes.slice(1)) assert.ok(ids.indexOf(n.parentDepartmentId) < ids.indexOf(n.department.departmentId));
  assert.ok(ids.indexOf(FRONTEND) === ids.indexOf(DEV) + 1, "depth first: the child right after its parent");
});

test("scenario: a three-level tree, 500 members in bulk, paging, moves, bulk removal, deletion", async () => {
  const started = performance.now();
  const code = "scenario-org";
  const org = await client.createOrganization({ organizationName: "场景组织", organizationCode: code }, { throwOnApiError: true });
  const rootId = org.data.departmentId;
  assert.ok(emu.state.organizations[code], "the organization exists");

  const make = async (name, parentDepartmentId) =>
    (await client.createDepartment({ organizationCode: code, name, parentDepartmentId }, { throwOnApiError: true })).data.departmentId;
  const eng = await make("工程部", rootId);
  const web = await make("前端组", eng);
  const infra = await make("基础设施组", eng);
  const sales = await make("销售部", rootId);
  const tree = [];
  for await (const n of client.walkDepartments({ organizationCode: code })) tree.push([n.depth, n.department.name]);
  assert.deepEqual(tree, [[0, "场景组织"], [1, "工程部"], [2, "前端组"], [2, "基础设施组"], [1, "销售部"]]);

  const userIds = await newUsers(500);
  const added = await client.bulk.addDepartmentMembers({ organizationCode: code, departmentId: web, userIds }, { batchSize: 100, concurrency: 4 });
  assert.ok(added.ok);
  assert.equal(emu.members(code, web).length, 500);

  let paged = 0;
  for await (const _ of client.iterate.listDepartmentMembers({ organizationCode: code, departmentId: eng, includeChildrenDepartments: true })) paged += 1;
  assert.equal(paged, 500, "the parent sees the sub-department's members");

  // Move 100 members from web to infra.
  const movers = userIds.slice(0, 100);
  assert.ok((await client.bulk.addDepartmentMembers({ organizationCode: code, departmentId: infra, userIds: movers })).ok);
  assert.ok((await client.bulk.removeDepartmentMembers({ organizationCode: code, departmentId: web, userIds: movers })).ok);
  assert.equal(emu.members(code, web).length, 400);
  assert.equal(emu.members(code, infra).length, 100);
  // Move the infra department under sales.
  await client.updateDepartment({ organizationCode: code, departmentId: infra, parentDepartmentId: sales }, { throwOnApiError: true });
  assert.equal((await client.getParentDepartment({ organizationCode: code, departmentId: infra })).data.departmentId, sales);

  const removed = await client.bulk.removeDepartmentMembers({ organizationCode: code, departmentId: web, userIds: userIds.slice(100) }, { batchSize: 150 });
  assert.ok(removed.ok);
  assert.equal(emu.members(code, web).length, 0);

  await client.deleteDepartment({ organizationCode: code, departmentId: eng }, { throwOnApiError: true });
  assert.equal((await client.getDepartment({ organizationCode: code, departmentId: web })).statusCode, 404, "the subtree went with it");
  await client.deleteOrganization({ organizationCode: code }, { throwOnApiError: true });
  assert.equal(emu.state.organizations[code], undefined);
  console.log(`# scenario runtime: ${Math.round(performance.now() - started)} ms`);
});

test("a freed client rejects with a clear error instead of failing inside the module", async () => {
  const c = new lib.ManagementClient({ ...KEY, host: emu.url });
  assert.equal((await c.listOrganizations()).statusCode, 200);
  c.free();
  await assert.rejects(c.listOrganizations(), (e) => lib.isGenAuthError(e) && e.code === "CONFIG" && /free\(\)/.test(e.message));
  await assert.rejects(c.call("listOrganizations", {}), (e) => e.code === "CONFIG");
  assert.deepEqual(JSON.parse(JSON.stringify(c)), { freed: true });
});
