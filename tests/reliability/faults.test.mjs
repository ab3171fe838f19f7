// Fault matrix: the packed package against the local GenAuth emulator over real HTTP, one row per
// fault. Each row starts from a fresh emulator state, makes one removeDepartmentMembers call
// (safe to repeat) or one createOrganization call (not safe to repeat), and checks
//   (a) the outcome: the envelope's statusCode the call resolved to, or the error code it rejected with;
//   (b) how many requests the emulator saw for the call's path;
//   (c) the state: a removal applied exactly once or not at all; an organization created at most
//       once, and never a create executed twice by the server.
// At the end the matrix is printed, no row may have lost or doubled data, and no credential may
// appear in anything the package handed back (hook payloads, errors, clients, results).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { KEYS, STEAMORY, createSecretsCollector, loadPackage, startEmulator, startRelay } from "./harness.mjs";

const REMOVE = "/api/v3/remove-department-members";
const CREATE = "/api/v3/create-organization";
const TOKEN = "/api/v3/get-management-token";
const ORG = STEAMORY.organizationCode;
const DEPT = STEAMORY.devDepartmentId;
const USER = "623c20b2a062aaaaf41b17da";
/** Small waits and a short timeout keep the whole matrix fast. */
const FAST = { timeout: 300, retryDelay: 5 };

let lib;
let emu;
const secrets = createSecretsCollector();
const matrix = [];

before(async () => {
  ({ lib } = loadPackage("reliability-faults"));
  emu = await startEmulator();
});

after(async () => {
  await emu?.close();
});

/** A port on loopback that nothing listens on: connections to it are refused. */
async function refusedPort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// ---------------------------------------------------------------------------------------------
// The rows. `fault` (one spec or a list) is queued for the call's path; `client` and `options`
// are the client's and the call's options; `setup` runs before the call (it may replace the
// host or make a first call), `check` after it; `settle` waits for a delayed server handler to
// wake up before the state is read. `expect`: outcome ("200", "503", or an error code), requests
// the emulator saw for the call's path, and applied (members removed, or create handlers run).

const rows = [
  { name: "no fault (control)", call: "remove", expect: { outcome: "200", requests: 1, applied: 1 } },
  { name: "delay 100 ms, under the timeout", call: "remove", fault: { kind: "delay", ms: 100 }, expect: { outcome: "200", requests: 1, applied: 1 } },
  {
    name: "delay 600 ms, past the 300 ms timeout",
    call: "remove",
    fault: { kind: "delay", ms: 600 },
    settle: 450,
    expect: { outcome: "200", requests: 2, applied: 1 },
  },
  {
    name: "delay 600 ms on every attempt",
    call: "remove",
    fault: { kind: "delay", ms: 600, count: 3 },
    settle: 650,
    expect: { outcome: "TIMEOUT", requests: 3, applied: 0 },
  },
  { name: "HTTP 500 envelope", call: "remove", fault: { kind: "status", status: 500 }, expect: { outcome: "200", requests: 2, applied: 1 } },
  { name: "HTTP 500 html page", call: "remove", fault: { kind: "status", status: 500, envelope: false }, expect: { outcome: "HTTP", requests: 1, applied: 0 } },
  ...[502, 503, 504].map((status) => ({
    name: `HTTP ${status} html page`,
    call: "remove",
    fault: { kind: "status", status, envelope: false },
    expect: { outcome: "200", requests: 2, applied: 1 },
  })),
  { name: "429 envelope, no Retry-After", call: "remove", fault: { kind: "throttle" }, expect: { outcome: "200", requests: 2, applied: 1 } },
  { name: "429 envelope at HTTP 429", call: "remove", fault: { kind: "throttle", httpStatus: 429 }, expect: { outcome: "200", requests: 2, applied: 1 } },
  {
    name: "429 with Retry-After: 1",
    call: "remove",
    fault: { kind: "throttle", retryAfter: 1 },
    expect: { outcome: "200", requests: 2, applied: 1 },
    check({ seen }) {
      const gap = seen[1].t - seen[0].t;
      assert.ok(gap >= 950 && gap < 2000, `waited ${gap} ms between the attempts, not ~1 s`);
      return `waited ${gap} ms`;
    },
  },
  {
    name: "429 with Retry-After: 5, deadline 1 s",
    call: "remove",
    fault: { kind: "throttle", retryAfter: 5 },
    client: { deadline: 1000 },
    expect: { outcome: "429", requests: 1, applied: 0 },
    check({ ms }) {
      assert.ok(ms < 800, `gave up after ${ms} ms instead of at once`);
    },
  },
  { name: "503 envelope sent with HTTP 200", call: "remove", fault: { kind: "status", status: 503, httpStatus: 200 }, expect: { outcome: "200", requests: 2, applied: 1 } },
  {
    name: "503 envelope beyond maxRetries",
    call: "remove",
    fault: { kind: "status", status: 503, count: 10 },
    expect: { outcome: "503", requests: 3, applied: 0 },
  },
  {
    name: "503 beyond maxRetries, throwOnApiError",
    call: "remove",
    fault: { kind: "status", status: 503, count: 10 },
    options: { throwOnApiError: true },
    expect: { outcome: "API", requests: 3, applied: 0 },
    check({ error }) {
      assert.equal(error.statusCode, 503);
      assert.equal(error.response?.statusCode, 503);
    },
  },
  { name: "503 envelope, call maxRetries: 0", call: "remove", fault: { kind: "status", status: 503 }, options: { maxRetries: 0 }, expect: { outcome: "503", requests: 1, applied: 0 } },
  { name: "connection reset before the server acted", call: "remove", fault: { kind: "drop" }, expect: { outcome: "200", requests: 2, applied: 1 } },
  { name: "connection reset after the server acted", call: "remove", fault: { kind: "drop", after: true }, expect: { outcome: "200", requests: 2, applied: 1 } },
  { name: "truncated JSON after the server acted", call: "remove", fault: { kind: "truncate" }, expect: { outcome: "DECODE", requests: 1, applied: 1 } },
  { name: "HTML page with HTTP 200", call: "remove", fault: { kind: "nonjson" }, expect: { outcome: "DECODE", requests: 1, applied: 0 } },
  {
    name: "envelope sent as text/plain",
    call: "remove",
    relay: { responseHeaders: { "content-type": "text/plain; charset=utf-8" } },
    expect: { outcome: "200", requests: 1, applied: 1 },
  },
  {
    name: "envelope sent without content-type",
    call: "remove",
    relay: { responseHeaders: { "content-type": null } },
    expect: { outcome: "200", requests: 1, applied: 1 },
  },
  {
    name: "HTML page sent as application/json",
    call: "remove",
    fault: { kind: "nonjson" },
    relay: { responseHeaders: { "content-type": "application/json" } },
    expect: { outcome: "DECODE", requests: 1, applied: 0 },
  },
  {
    name: "token expired between calls (auth: token)",
    call: "remove",
    client: { auth: "token" },
    relay: {},
    async setup({ client }) {
      const first = await client.listDepartmentMemberIds({ organizationCode: ORG, departmentId: DEPT });
      assert.equal(first.statusCode, 200);
      assert.ok(first.data.includes(USER));
      assert.equal(emu.state.counters.tokensIssued, 1);
      emu.fault({ kind: "expireTokens" });
    },
    expect: { outcome: "200", requests: 2, applied: 1 },
    check({ seen, relay }) {
      assert.equal(seen[0].status, 401, "the first attempt is refused with the expired token");
      assert.equal(emu.state.counters.tokensIssued, 2, "one token at first, one renewal");
      assert.equal(relay.tokens.length, 2);
      assert.notEqual(relay.tokens[0], relay.tokens[1]);
      return `tokens issued ${emu.state.counters.tokensIssued}`;
    },
  },
  {
    name: "token endpoint answers 503 once (auth: token)",
    call: "remove",
    client: { auth: "token" },
    fault: { kind: "status", status: 503, path: TOKEN },
    expect: { outcome: "200", requests: 1, applied: 1 },
    check() {
      const tokenRequests = emu.requests.filter((r) => r.path === TOKEN).length;
      assert.equal(tokenRequests, 2, "the token fetch is retried like any safe call");
      return `token requests ${tokenRequests}`;
    },
  },
  {
    name: "token endpoint answers 503 every time (auth: token)",
    call: "remove",
    client: { auth: "token" },
    fault: { kind: "status", status: 503, path: TOKEN, count: 10 },
    expect: { outcome: "AUTH", requests: 0, applied: 0 },
    check({ error }) {
      assert.equal(error.statusCode, 503);
      const tokenRequests = emu.requests.filter((r) => r.path === TOKEN).length;
      assert.equal(tokenRequests, 3, "one attempt and two retries");
      return `token requests ${tokenRequests}`;
    },
  },
  {
    name: "401 envelope, signature mode",
    call: "remove",
    fault: { kind: "status", status: 401, apiCode: 1300 },
    expect: { outcome: "401", requests: 1, applied: 0 },
    check({ result }) {
      assert.equal(result.apiCode, 1300);
    },
  },
  {
    name: "server clock 1 h ahead (1305)",
    call: "remove",
    fault: { kind: "skew", seconds: 3600 },
    expect: { outcome: "200", requests: 2, applied: 1 },
    async check({ seen, client }) {
      assert.equal(seen[0].status, 401, "the first date is refused");
      const before = emu.requests.length;
      const again = await client.isUserInDepartment({ organizationCode: ORG, departmentId: DEPT, userId: USER });
      assert.equal(again.statusCode, 200);
      assert.equal(again.data.inDepartment, false);
      assert.equal(emu.requests.length - before, 1, "the corrected clock is kept: the next call needs one request");
      return "next call: 1 request";
    },
  },
  {
    name: "signature replay refused once (1306)",
    call: "remove",
    fault: { kind: "status", status: 401, apiCode: 1306 },
    expect: { outcome: "200", requests: 2, applied: 1 },
  },
  {
    name: "503 envelope with an accessToken",
    call: "remove",
    client: () => {
      const minted = emu.mintToken();
      secrets.secret(minted.access_token, "a minted management token");
      return { accessToken: minted.access_token };
    },
    fault: { kind: "status", status: 503 },
    expect: { outcome: "200", requests: 2, applied: 1 },
  },
  {
    name: "signal aborts a slow answer",
    call: "remove",
    fault: { kind: "delay", ms: 400 },
    options: () => ({ signal: AbortSignal.timeout(100) }),
    settle: 400,
    expect: { outcome: "ABORTED", requests: 1, applied: 0 },
  },

  // createOrganization: never repeated once the request may have reached the server.
  { name: "no fault (control)", call: "create", expect: { outcome: "200", requests: 1, applied: 1 } },
  { name: "503 envelope", call: "create", fault: { kind: "status", status: 503 }, expect: { outcome: "503", requests: 1, applied: 0 } },
  { name: "429 envelope", call: "create", fault: { kind: "throttle" }, expect: { outcome: "429", requests: 1, applied: 0 } },
  { name: "HTTP 502 html page", call: "create", fault: { kind: "status", status: 502, envelope: false }, expect: { outcome: "HTTP", requests: 1, applied: 0 } },
  { name: "connection reset before the server acted", call: "create", fault: { kind: "drop" }, expect: { outcome: "NETWORK", requests: 1, applied: 0 } },
  { name: "connection reset after the server acted", call: "create", fault: { kind: "drop", after: true }, expect: { outcome: "NETWORK", requests: 1, applied: 1 } },
  { name: "truncated JSON after the server acted", call: "create", fault: { kind: "truncate" }, expect: { outcome: "DECODE", requests: 1, applied: 1 } },
  {
    name: "delay 600 ms, past the 300 ms timeout",
    call: "create",
    fault: { kind: "delay", ms: 600 },
    settle: 450,
    expect: { outcome: "TIMEOUT", requests: 1, applied: 0 },
  },
  { name: "signature replay refused once (1306)", call: "create", fault: { kind: "status", status: 401, apiCode: 1306 }, expect: { outcome: "200", requests: 2, applied: 1 } },
  { name: "server clock 1 h ahead (1305)", call: "create", fault: { kind: "skew", seconds: 3600 }, expect: { outcome: "200", requests: 2, applied: 1 } },
  {
    name: "token expired (auth: token)",
    call: "create",
    client: { auth: "token" },
    relay: {},
    async setup({ client }) {
      assert.equal((await client.getDepartment({ organizationCode: ORG, departmentId: DEPT })).statusCode, 200);
      emu.fault({ kind: "expireTokens" });
    },
    expect: { outcome: "200", requests: 2, applied: 1 },
    check() {
      assert.equal(emu.state.counters.tokensIssued, 2);
    },
  },
  {
    name: "port refuses connections",
    call: "create",
    async setup(ctx) {
      ctx.host = `http://127.0.0.1:${await refusedPort()}`;
    },
    expect: { outcome: "NETWORK", requests: 0, applied: 0 },
    check({ attempts }) {
      assert.equal(attempts, 3, "never reached: retried like any call (maxRetries 2)");
      return `attempts ${attempts}`;
    },
  },
];

// ---------------------------------------------------------------------------------------------

/** Runs one row and returns what happened; assertions are made by the caller. */
async function run(row, index) {
  emu.reset();
  const label = `${row.call}: ${row.name}`;
  const path = row.call === "create" ? CREATE : REMOVE;
  const organizationCode = `reliability-${index}`;
  const membersBefore = emu.members(ORG, DEPT);
  const organizationsBefore = Object.keys(emu.state.organizations).length;
  assert.ok(membersBefore.includes(USER));

  const ctx = { host: emu.url, attempts: 0 };
  if (row.relay) ctx.relay = await startRelay(emu.url, row.relay);
  try {
    const clientOptions = typeof row.client === "function" ? row.client() : row.client ?? {};
    const credentials = clientOptions.accessToken ? {} : KEYS;
    const hooks = secrets.hooks(label, (kind) => kind === "request" && ctx.attempts++);
    const make = () => new lib.ManagementClient({ ...credentials, host: ctx.relay?.url ?? ctx.host, ...FAST, ...hooks, ...clientOptions });
    // `setup` may change the host; the client is made lazily so it sees the change.
    let client;
    Object.defineProperty(ctx, "client", { get: () => (client ??= secrets.client(label, make())), configurable: true });
    await row.setup?.(ctx);
    ctx.attempts = 0;
    const requestsBefore = emu.requests.length;
    for (const spec of [row.fault ?? []].flat()) emu.fault({ path, ...spec });

    const options = typeof row.options === "function" ? row.options() : row.options ?? {};
    const started = performance.now();
    let result;
    let error;
    try {
      result = row.call === "create"
        ? await ctx.client.createOrganization({ organizationName: `Reliability ${index}`, organizationCode }, options)
        : await ctx.client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: [USER] }, options);
      secrets.record(`${label}: result`, result);
    } catch (e) {
      error = e;
      secrets.error(label, e);
    }
    const ms = Math.round(performance.now() - started);
    if (row.settle) await sleep(row.settle);

    const seen = emu.requests.slice(requestsBefore).filter((r) => r.path === path);
    const rec = {
      call: row.call,
      fault: row.name,
      outcome: error ? (lib.isGenAuthError(error) ? error.code : `not a GenAuthError: ${error}`) : String(result?.statusCode),
      requests: seen.length,
      ms,
      note: "",
    };
    if (row.call === "create") {
      // Create handlers the server ran: requests that passed authentication (faults that answer
      // or drop before acting never get there).
      rec.applied = seen.filter((r) => r.auth).length;
      const exists = emu.state.organizations[organizationCode] ? 1 : 0;
      rec.stateOk = exists === Math.min(rec.applied, 1) && Object.keys(emu.state.organizations).length === organizationsBefore + exists;
    } else {
      rec.applied = emu.state.counters.membershipsRemoved;
      const after = emu.members(ORG, DEPT);
      const expected = rec.applied === 1 ? membersBefore.filter((id) => id !== USER) : membersBefore;
      rec.stateOk = JSON.stringify(after) === JSON.stringify(expected);
    }
    // Lost: a call that resolved 200 whose change is not there, or a change made twice.
    rec.lost = (rec.outcome === "200" && rec.applied === 0) || rec.applied > 1;
    rec.survived = rec.stateOk && !rec.lost && (rec.outcome === "200" ? rec.applied === 1 : rec.applied <= 1);
    return { rec, result, error, seen, ms, client: ctx.client, relay: ctx.relay, attempts: ctx.attempts };
  } finally {
    if (ctx.relay) {
      for (const v of ctx.relay.credentials()) secrets.secret(v, "a credential sent on the wire");
      for (const t of ctx.relay.tokens) secrets.secret(t, "an issued management token");
      await ctx.relay.close();
    }
  }
}

rows.forEach((row, index) => {
  test(`${row.call}: ${row.name}`, async () => {
    let outcome;
    try {
      outcome = await run(row, index);
    } catch (e) {
      matrix.push({ call: row.call, fault: row.name, outcome: `harness error: ${e.message}`, requests: NaN, applied: NaN, ms: 0, survived: false, lost: false, note: "" });
      throw e;
    }
    const { rec } = outcome;
    matrix.push(rec);
    assert.equal(rec.outcome, row.expect.outcome, `outcome (${outcome.error?.message ?? "resolved"})`);
    assert.equal(rec.requests, row.expect.requests, "requests the emulator saw");
    assert.equal(rec.applied, row.expect.applied, row.call === "create" ? "create handlers run" : "members removed");
    assert.ok(rec.stateOk, "the state matches what was applied");
    assert.ok(!rec.lost, "no data lost or applied twice");
    const note = await row.check?.(outcome);
    if (typeof note === "string") rec.note = note;
  });
});

test("the matrix: every fault survived, no data lost", () => {
  const head = ["call", "fault", "outcome", "requests", "applied", "ms", "state", "note"];
  const lines = matrix.map((r) => [r.call, r.fault, r.outcome, String(r.requests), String(r.applied), String(r.ms), r.lost ? "LOST" : r.survived ? "ok" : "WRONG", r.note]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const tried = matrix.length;
  const survived = matrix.filter((r) => r.survived).length;
  const lost = matrix.filter((r) => r.lost).length;
  console.log(["", fmt(head), fmt(widths.map((w) => "-".repeat(w))), ...lines.map(fmt), `faults tried: ${tried}, survived: ${survived}, data lost: ${lost}`].join("\n"));
  assert.equal(tried, rows.length, "every row ran");
  assert.equal(lost, 0, "data lost or applied twice");
  assert.equal(survived, tried, "rows whose final state is wrong");
});

test("the secrets collector finds a credential wherever it is", () => {
  const probe = createSecretsCollector().secret("token-value-known-0001", "a known token");
  probe.record("secret", `key ${KEYS.accessKeySecret}`);
  probe.record("signature", { authorization: "GenAuth test-access-key-id:0123456789abcdefABCDEF+/xyz=" });
  probe.record("bearer", "authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2ln");
  probe.record("known", ["token-value-known-0001"]);
  probe.record("clean", { authorization: "[redacted]", message: "GenAuth test-access-key-id: refused" });
  assert.deepEqual(probe.leaks().map((l) => l.label), ["secret", "signature", "bearer", "bearer", "known"]);
});

test("no credential in any hook payload, error, result or client", () => {
  assert.ok(secrets.secretCount >= 5, `only ${secrets.secretCount} secret values known`);
  assert.ok(secrets.size > rows.length * 3, `only ${secrets.size} texts collected`);
  secrets.assertClean();
});
