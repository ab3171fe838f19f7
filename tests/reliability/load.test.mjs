// Load with injected faults, from the packed package: 10 000 single-member removals, at most 64
// under way at once, against the emulator answering about 5% of them with a fault (503 and 429
// envelopes, a connection dropped after the removal was applied, a proxy's 502 page). Retries
// must absorb every fault, every promise must settle, each removal must be applied exactly once,
// and neither the module's linear memory nor the JS heap may grow with the number of calls.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import v8 from "node:v8";
import vm from "node:vm";
import { startEmulator } from "../../emulator/index.mjs";
import { installPackage } from "../package/install.mjs";
import { IDS } from "../package/fixtures.mjs";

const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };
const { ORG, USER } = IDS;
const PATH = "/api/v3/remove-department-members";

const TOTAL = 10_000;
const CONCURRENCY = 64;
const WARM_UP = 200;
// Bounds: what the module and the process may hold after the run beyond what they held after the
// warm-up. Nothing of a settled call should stay behind, so these are allowances for allocator
// slack and the emulator (same process: its set of used nonces), not for growth with the number
// of calls.
const WASM_GROWTH_BOUND = 4 * 1024 * 1024;
const HEAP_GROWTH_BOUND = 64 * 1024 * 1024;
// Nothing may still be pending after this long.
const GUARD_MS = 240_000;
const FAULTS = [
  { kind: "status", status: 503, httpStatus: 200, probability: 0.02 },
  { kind: "throttle", probability: 0.015 },
  { kind: "drop", after: true, probability: 0.01 },
  { kind: "status", status: 502, envelope: false, probability: 0.005 },
];

let lib;
let emu;

before(async () => {
  lib = installPackage("reliability-load").require("genauth-wasm");
  emu = await startEmulator({ accessKeyId: KEY.accessKeyId, accessKeySecret: KEY.accessKeySecret });
});
after(async () => emu?.close());

/** A full garbage collection: `--expose-gc` if given, else switched on for this process. */
function collector() {
  if (typeof globalThis.gc === "function") return globalThis.gc;
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc");
}

function measure(gc) {
  // The emulator shares this process: its request log is emptied so that it is not counted.
  emu.requests.length = 0;
  gc();
  gc();
  return { wasm: lib.memoryBytes(), heap: process.memoryUsage().heapUsed };
}

/**
 * Reads the emulator's request log as it grows. The log keeps only its last 5000 entries, so it
 * is drained every few milliseconds; `lost` says whether entries went by unseen.
 */
function logReader() {
  const log = emu.requests;
  let last = log[log.length - 1];
  const counts = { requests: 0, faulted: 0, byKind: {}, lost: false };
  const drain = () => {
    let from = last === undefined ? 0 : log.lastIndexOf(last) + 1;
    if (last !== undefined && from === 0) counts.lost = true;
    for (; from < log.length; from++) {
      const entry = log[from];
      if (entry.path !== PATH) continue;
      counts.requests += 1;
      if (entry.fault) {
        counts.faulted += 1;
        const kind = entry.fault === "status" ? `status ${entry.status === 502 ? "502 page" : "503 envelope"}` : entry.fault;
        counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
      }
    }
    last = log[log.length - 1];
  };
  const timer = setInterval(drain, 5);
  return {
    counts,
    stop() {
      clearInterval(timer);
      drain();
      return counts;
    },
  };
}

/**
 * Runs `count` calls of `task`, at most `width` at once, and waits for every one to settle, or
 * for `guardMs`. Returns the settled results (undefined where a call never settled), the most
 * calls seen under way at once, and whether the guard fired.
 */
async function runPool(count, width, task, guardMs) {
  const results = new Array(count);
  const promises = [];
  let next = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const p = task(i);
      promises[i] = p;
      try {
        results[i] = { status: "fulfilled", value: await p };
      } catch (reason) {
        results[i] = { status: "rejected", reason };
      }
      inFlight -= 1;
    }
  };
  let timer;
  const guard = new Promise((resolve) => {
    timer = setTimeout(() => resolve("guard"), guardMs);
  });
  const workers = Promise.all(Array.from({ length: width }, worker)).then(() => Promise.allSettled(promises));
  const outcome = await Promise.race([workers.then(() => "done"), guard]);
  clearTimeout(timer);
  return { results, started: promises.length, maxInFlight, timedOut: outcome === "guard" };
}

test("10 000 removals, 64 at once, ~5% faults: all settle, all succeed, each applied once, memory flat", { timeout: GUARD_MS + 120_000 }, async () => {
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const gc = collector();
  const client = new lib.ManagementClient({ ...KEY, host: emu.url, retryDelay: 1, maxRetries: 5, timeout: 5000 });

  // A department with 10 000 members.
  const setupStart = performance.now();
  const created = await client.createDepartment({ organizationCode: ORG, name: "负载测试部", parentDepartmentId: "root", code: "load-test" });
  assert.equal(created.statusCode, 200, JSON.stringify(created));
  const departmentId = created.data.departmentId;
  const userIds = emu.addUsers(TOTAL, "load");
  assert.equal(new Set(userIds).size, TOTAL);
  const added = await client.bulk.addDepartmentMembers({ organizationCode: ORG, departmentId, userIds }, { batchSize: 1000 });
  assert.ok(added.ok, JSON.stringify(added.failed).slice(0, 500));
  assert.equal(emu.members(ORG, departmentId).length, TOTAL);
  const setupSeconds = (performance.now() - setupStart) / 1000;

  // Warm-up: the same call, for a user who is not a member (nothing changes), then the baseline.
  const warm = await runPool(WARM_UP, CONCURRENCY, () => client.removeDepartmentMembers({ organizationCode: ORG, departmentId, userIds: [USER] }), 60_000);
  assert.ok(!warm.timedOut, "the warm-up did not settle");
  assert.ok(warm.results.every((r) => r.status === "fulfilled" && r.value.statusCode === 200), "a warm-up call failed");
  assert.equal(emu.members(ORG, departmentId).length, TOTAL);
  const memBefore = measure(gc);

  // The run.
  for (const f of FAULTS) emu.fault({ path: PATH, method: "POST", count: 1e9, ...f });
  const removedBefore = emu.state.counters.membershipsRemoved;
  const requestsBefore = emu.state.counters.requests;
  const reader = logReader();
  const start = performance.now();
  const run = await runPool(
    TOTAL,
    CONCURRENCY,
    (i) => client.removeDepartmentMembers({ organizationCode: ORG, departmentId, userIds: [userIds[i]] }),
    GUARD_MS,
  );
  const seconds = (performance.now() - start) / 1000;
  const log = reader.stop();
  emu.clearFaults();
  const requests = emu.state.counters.requests - requestsBefore;
  const applied = emu.state.counters.membershipsRemoved - removedBefore;
  const remaining = emu.members(ORG, departmentId);

  // What came back, summarised, so the results themselves can go before memory is measured.
  const settled = run.results.filter(Boolean).length;
  const pending = [];
  const failures = [];
  let succeeded = 0;
  for (let i = 0; i < TOTAL; i++) {
    const r = run.results[i];
    if (!r) pending.push(i < run.started ? userIds[i] : `${userIds[i]} (never started)`);
    else if (r.status === "fulfilled" && r.value?.statusCode === 200 && r.value?.data?.success === true) succeeded += 1;
    else if (r.status === "fulfilled") failures.push({ userId: userIds[i], envelope: r.value });
    else failures.push({ userId: userIds[i], code: r.reason?.code, isGenAuthError: lib.isGenAuthError(r.reason), message: String(r.reason?.message ?? r.reason) });
  }
  run.results.length = 0;
  const memAfter = measure(gc);
  process.off("unhandledRejection", onUnhandled);

  const pct = (n, of) => `${((100 * n) / of).toFixed(2)}%`;
  const mb = (b) => (b / (1024 * 1024)).toFixed(1);
  const line =
    `load: ${TOTAL} removals, ${CONCURRENCY} concurrent, faults injected: ${log.faulted} (${pct(log.faulted, log.requests)}), ` +
    `settled: ${settled}, applied once: ${applied}, wasm memory before/after: ${memBefore.wasm}/${memAfter.wasm} bytes, ` +
    `JS heap before/after: ${mb(memBefore.heap)}/${mb(memAfter.heap)} MB, duration: ${seconds.toFixed(1)} s`;
  console.log(line);
  console.log(
    `load detail: requests ${requests} (logged ${log.requests}), faults by kind ${JSON.stringify(log.byKind)}, ` +
      `most under way at once ${run.maxInFlight}, failed calls ${failures.length}, setup ${setupSeconds.toFixed(1)} s`,
  );
  if (failures.length) console.log(`load failures: ${JSON.stringify(failures.slice(0, 20))}`);

  // Every promise settled, none pending.
  assert.ok(!run.timedOut, `the guard fired after ${GUARD_MS} ms: ${pending.length} calls still pending, e.g. ${pending.slice(0, 5)}`);
  assert.equal(run.started, TOTAL);
  assert.equal(settled, TOTAL, `${pending.length} calls never settled, e.g. ${pending.slice(0, 5)}`);
  assert.equal(run.maxInFlight, CONCURRENCY);
  // Every call succeeded; a failure must be a typed error (listed above) and, with 5 retries, none is expected.
  for (const f of failures) if (!f.envelope) assert.ok(f.isGenAuthError && typeof f.code === "string", `an untyped failure: ${JSON.stringify(f)}`);
  assert.deepEqual(failures, [], `${failures.length} calls failed`);
  assert.equal(succeeded, TOTAL);
  // Each removal applied exactly once: the department is empty and the emulator removed 10 000 memberships.
  assert.deepEqual(remaining, [], `${remaining.length} members left`);
  assert.equal(applied, TOTAL, "removals applied");
  // The faults: about 5% of the requests, each one retried once and no request beyond that.
  assert.ok(!log.lost, "the request log rotated past unread entries");
  assert.equal(log.requests, requests, "requests logged vs counted");
  assert.ok(log.faulted >= 0.03 * requests && log.faulted <= 0.07 * requests, `faults: ${log.faulted} of ${requests}`);
  for (const kind of ["status 503 envelope", "throttle", "drop", "status 502 page"]) assert.ok(log.byKind[kind] > 0, `no ${kind} fault was injected`);
  assert.equal(requests, succeeded + log.faulted, "every request is one success or one fault followed by its retry");
  // Memory.
  assert.ok(memAfter.wasm <= memBefore.wasm + WASM_GROWTH_BOUND, `wasm memory grew from ${memBefore.wasm} to ${memAfter.wasm} bytes`);
  assert.ok(memAfter.heap <= memBefore.heap + HEAP_GROWTH_BOUND, `JS heap grew from ${mb(memBefore.heap)} to ${mb(memAfter.heap)} MB`);
  assert.deepEqual(unhandled.map(String), [], "unhandled rejections");
  // The same client still works once the faults are gone.
  const again = await client.listDepartmentMemberIds({ organizationCode: ORG, departmentId });
  assert.equal(again.statusCode, 200);
  assert.deepEqual(again.data, []);
});
