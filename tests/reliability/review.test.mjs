// Regressions for the ten bugs of the review fixed in be57464, against the packed package:
//
//   1. a failed crypto.getRandomValues leaves no zero nonces; without a global crypto, Node's own signs
//   2. the helpers (bulk.*, iterate.*, setDepartmentMembers, walkDepartments) read their params
//      when called, not when each request goes out
//   3. setDepartmentMembers checks both phases before sending anything
//   4. a call waits on another call's token fetch no longer than its own budget; a deadline in
//      the token phase says "before the request was sent"
//   5. a bare 401 (no envelope) drops the token and renews it
//   6. params objects with millions of keys are refused before memory is reserved for them
//   7. a signal whose `aborted` getter throws counts as fired, and leaves no timer behind
//   8. no secret-like call name or key (in free-form params) is echoed
//   9. a hook's rejected promise with its own `then`/`catch` is still handled
//  10. unknown field names that read as names are still echoed, with a suggestion
//
// Most cases use a `fetch` written here (no network) that records what it is handed. Every wait
// is a race against a timer of the test's own, so a call that hangs fails its test instead of
// hanging the suite. What needs a fresh module or a process of its own (a crypto broken before
// the package loads, wasm memory from a clean start, Node's default unhandled-rejection mode, a
// leftover timer) runs in fixtures/review-child.mjs; those children start together in before().
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { loadPackage, KEYS } from "./harness.mjs";
import { settle, describeOut as describeOutOf, assertRejected as assertRejectedOf, json, ok } from "./outcome.mjs";

const CHILD = fileURLToPath(new URL("./fixtures/review-child.mjs", import.meta.url));
const CHILD_MODES = ["nonce-once", "no-crypto", "crypto-empty", "signal-getter", "hook-shadowed", "hook-then-not-function", "capacity"];
/** Slack on top of a timeout or deadline before a call counts as hanging. */
const SLACK = 1500;
/** Long enough not to be the reason a call ends. */
const LONG = 4000;
const HOST = "http://127.0.0.1:9";
const TOKEN_PATH = "/api/v3/get-management-token";
const ORG = "steamory";
const DEPT = "60b49eb83fd80adb96f26e68";
const OTHER = "ffffffffffffffffffffffff";
const ids = (n, tag = "a") => Array.from({ length: n }, (_, i) => `623c20b2a062${tag}${i.toString(16).padStart(11, "0")}`);

let lib;
let app;
let M; // ManagementClient
let isGenAuthError;
let children;

before(() => {
  ({ lib, app } = loadPackage("reliability-review"));
  M = lib.ManagementClient;
  isGenAuthError = lib.isGenAuthError;
  // The children run while the in-process tests do; each test awaits its own.
  children = Object.fromEntries(CHILD_MODES.map((mode) => [mode, runChild(mode)]));
});

// ---------------------------------------------------------------------------------------------
// Helpers

const describeOut = (out) => describeOutOf(out, isGenAuthError);

const assertRejected = (out, code, what = "the call") => assertRejectedOf(out, code, what, isGenAuthError);

function assertResolved(out, statusCode = 200, what = "the call") {
  assert.equal(out.state, "fulfilled", `${what}: ${describeOut(out)}`);
  assert.equal(out.value?.statusCode, statusCode, `${what}: ${describeOut(out)}`);
  return out.value;
}

/** Drains an async iterator, calling `each(item, n)` after every item; bounded by `limit` ms. */
function drain(iterator, each = () => {}, limit = LONG + SLACK) {
  return settle(
    (async () => {
      const items = [];
      for await (const item of iterator) {
        items.push(item);
        each(item, items.length);
      }
      return items;
    })(),
    limit,
  );
}


/**
 * A `fetch` that records every request (url, path, query, method, headers, body, time) and
 * answers with `respond(request, n)`.
 */
function recorder(respond = () => ok()) {
  const requests = [];
  const fetch = async (input, init = {}) => {
    const url = String(input);
    const u = new URL(url);
    const req = {
      url,
      path: u.pathname,
      query: Object.fromEntries(u.searchParams),
      method: init.method ?? "GET",
      headers: Object.fromEntries(new Headers(init.headers ?? {})),
      body: init.body,
      json: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
      signal: init.signal,
      t: performance.now(),
    };
    requests.push(req);
    return respond(req, requests.length);
  };
  return {
    fetch,
    requests,
    get count() {
      return requests.length;
    },
    to: (path) => requests.filter((r) => r.path === path || r.path.endsWith(`/${path}`)),
  };
}

const b64u = (s) => Buffer.from(s).toString("base64url");
/** A management token: a JWT whose payload scopes it to a user pool (the signature is not checked). */
const jwt = (claims) => `${b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64u(JSON.stringify(claims))}.c2lnbmF0dXJl`;
const TOKEN = jwt({ scoped_userpool_id: "pool-review-1", sub: "review" });
const tokenEnvelope = (access_token = TOKEN) => json({ statusCode: 200, message: "", data: { access_token, expires_in: 7200 } });
const isToken = (req) => req.path === TOKEN_PATH;
/** The `n` claim of the bearer token a request carries. */
const tokenNumber = (req) => JSON.parse(Buffer.from(req.headers.authorization.replace(/^Bearer /, "").split(".")[1], "base64url")).n;

const client = (options) => new M({ ...KEYS, host: HOST, ...options });
const never = () => new Promise(() => {});

/** Runs the child in `mode`; resolves `{ code, signal, stdout, stderr, result, exitMs, wallMs }` (bounded). */
function runChild(mode, { timeout = 30_000 } = {}) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CHILD, mode, app],
      { timeout, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "" } },
      (error, stdout, stderr) => {
        const lines = stdout.split("\n");
        const line = lines.find((l) => l.startsWith("RESULT "));
        const exit = lines.find((l) => l.startsWith("EXIT "));
        let result;
        try {
          result = line ? JSON.parse(line.slice(7)) : undefined;
        } catch {
          result = undefined;
        }
        resolve({
          code: error ? (error.code ?? 1) : 0,
          signal: error?.signal,
          stdout,
          stderr,
          result,
          exitMs: exit ? Number(exit.slice(5)) : undefined,
          wallMs: Math.round(performance.now() - t0),
        });
      },
    );
  });
}

/** The child's run, asserted to have ended cleanly with a RESULT line. */
async function childResult(mode) {
  const child = await children[mode];
  const tail = `\nexit ${child.code}${child.signal ? ` (${child.signal})` : ""}\nstdout: ${child.stdout.slice(-1500)}\nstderr: ${child.stderr.slice(-1500)}`;
  assert.equal(child.code, 0, `${mode}: the child did not exit cleanly${tail}`);
  assert.ok(child.result, `${mode}: no RESULT line${tail}`);
  return { ...child, tail };
}

// ---------------------------------------------------------------------------------------------
// 1. Signature nonces after a failed random draw

test("1: one failed crypto.getRandomValues: that call rejects CONFIG unsent; the next 300 send distinct, non-zero 32-hex nonces (child)", async () => {
  const { result: r } = await childResult("nonce-once");
  assert.equal(r.callsBeforeFirst, 0, "crypto.getRandomValues was called while loading the package or constructing the client");
  assert.ok(r.failedDuringFirst, "the one failure of crypto.getRandomValues did not happen during the first call");
  assert.equal(r.first.outcome, "rejected CONFIG", `the call whose random draw failed: ${JSON.stringify(r.first)}`);
  assert.equal(r.sentByFirst, 0, "the call whose random draw failed was sent");
  assert.deepEqual(r.later, { "resolved 200": 300 }, "the calls after the failure (crypto working again)");
  assert.equal(r.nonces.length, 300, "requests sent after the failure");
  const malformed = r.nonces.filter((n) => typeof n !== "string" || !/^[0-9a-f]{32}$/.test(n));
  assert.deepEqual(malformed.slice(0, 5), [], `${malformed.length} nonce(s) are not 32 lowercase hex characters`);
  const zero = r.nonces.filter((n) => /^0+$/.test(n));
  assert.equal(zero.length, 0, `${zero.length} of 300 nonces are all zeros`);
  assert.equal(new Set(r.nonces).size, 300, `only ${new Set(r.nonces).size} distinct nonces of 300`);
});

for (const [mode, what] of [
  ["no-crypto", "globalThis.crypto undefined"],
  ["crypto-empty", "a crypto without getRandomValues"],
]) {
  // The Node build draws from Node's own crypto module where the global has none (jest's node
  // environment, Node 18); with no random source at all a call rejects CONFIG unsent
  // (tests/runtimes/contexts.test.mjs).
  test(`1: ${what}: the Node build signs with Node's own crypto: every call is sent with a distinct 32-hex nonce, and the global is left as it was (child)`, async () => {
    const { result: r } = await childResult(mode);
    assert.equal(r.calls.length, 4);
    for (const [i, call] of r.calls.entries()) {
      assert.equal(call.outcome, "resolved 200", `call ${i + 1}: ${JSON.stringify(call)}`);
    }
    assert.equal(r.sent, 4, `requests sent with nonces ${JSON.stringify(r.nonces)}`);
    const malformed = r.nonces.filter((n) => typeof n !== "string" || !/^[0-9a-f]{32}$/.test(n) || /^0+$/.test(n));
    assert.deepEqual(malformed, [], "nonces that are not 32 lowercase hex characters, or all zeros");
    assert.equal(new Set(r.nonces).size, 4, "nonces repeated");
    assert.equal(r.globalCrypto, mode === "no-crypto" ? "undefined" : "an object without getRandomValues");
  });
}

// ---------------------------------------------------------------------------------------------
// 2. The helpers read their params when called

for (const name of ["removeDepartmentMembers", "addDepartmentMembers"]) {
  test(`2: bulk.${name}: params mutated right after the call and between batches: every batch carries the original params`, async () => {
    const original = ids(5);
    let spoil = () => {};
    const rec = recorder((req, n) => {
      if (n === 1) spoil();
      return ok(true);
    });
    const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
    const params = { organizationCode: ORG, departmentId: DEPT, userIds: [...original] };
    const p = c.bulk[name](params, { batchSize: 1, concurrency: 1 });
    params.departmentId = OTHER;
    params.userIds[0] = "changed-after-the-call";
    params.userIds.push("pushed-after-the-call");
    params.departmentIdType = "code";
    spoil = () => {
      params.organizationCode = "changed-between-batches";
      params.userIds = ["replaced-between-batches"];
      delete params.departmentId;
    };
    const out = await settle(p, LONG + SLACK);
    assert.equal(out.state, "fulfilled", describeOut(out));
    assert.equal(out.value.ok, true, `report: ${JSON.stringify(out.value).slice(0, 300)}`);
    assert.equal(out.value.total, original.length);
    assert.equal(rec.count, original.length, "batches sent");
    for (const [i, req] of rec.requests.entries()) {
      assert.deepEqual(req.json, { organizationCode: ORG, departmentId: DEPT, userIds: [original[i]] }, `batch ${i + 1}`);
    }
  });
}

/**
 * What `run(client, params)` sends with `params` left alone: the requests to compare a run
 * whose params were mutated against. `respond` answers both runs.
 */
async function untouched(respond, makeParams, run) {
  const rec = recorder(respond);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const out = await settle(run(c, makeParams()), LONG + SLACK);
  assert.equal(out.state, "fulfilled", `the run with untouched params: ${describeOut(out)}`);
  return rec.requests.map(({ method, path, query, json }) => ({ method, path, query, json }));
}
const sent = (rec) => rec.requests.map(({ method, path, query, json }) => ({ method, path, query, json }));
const collect = async (iterator) => {
  const items = [];
  for await (const item of iterator) items.push(item);
  return items;
};

test("2: iterate.listDepartmentMembers: params mutated before the first page and between pages: every page request carries the original params", async () => {
  const PAGE = 2;
  const TOTAL = 5;
  const respond = (req) => {
    const page = Number(req.query.page);
    const list = ids(TOTAL, "m").slice((page - 1) * PAGE, page * PAGE).map((userId) => ({ userId }));
    return ok({ totalCount: TOTAL, list });
  };
  const makeParams = () => ({ organizationCode: ORG, departmentId: DEPT, sortBy: "JoinDepartmentAt", withCustomData: true });
  const expected = await untouched(respond, makeParams, (c, params) => collect(c.iterate.listDepartmentMembers(params, { pageSize: PAGE })));
  assert.equal(expected.length, 3, "page requests with untouched params");

  const rec = recorder(respond);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = makeParams();
  const iterator = c.iterate.listDepartmentMembers(params, { pageSize: PAGE });
  // Before the first page is asked for.
  params.departmentId = OTHER;
  params.sortBy = "createAt";
  delete params.withCustomData;
  params.includeChildrenDepartments = true;
  const out = await drain(iterator, (item, n) => {
    // Between pages.
    params.organizationCode = `changed-${n}`;
    params.page = 7;
    params.limit = 1;
    params.withIdentities = true;
  });
  assert.equal(out.state, "fulfilled", describeOut(out));
  assert.deepEqual(
    out.value.map((m) => m.userId),
    ids(TOTAL, "m"),
  );
  assert.deepEqual(sent(rec), expected, "the page requests");
  for (const [i, req] of rec.requests.entries()) {
    assert.deepEqual(
      [req.query.organizationCode, req.query.departmentId, req.query.sortBy, req.query.withCustomData, req.query.page, req.query.limit],
      [ORG, DEPT, "JoinDepartmentAt", "true", String(i + 1), String(PAGE)],
      `page ${i + 1}: ${JSON.stringify(req.query)}`,
    );
  }
});

test("iterate: pages that hold more than the first page's totalCount end in a DECODE error, not a silent cut", async () => {
  const PAGE = 2;
  // Every page is full and the count grows as fast as the pages: the list never ends where the
  // first page said it would.
  const respond = (req) => {
    const page = Number(req.query.page);
    return ok({ totalCount: 3 + 2 * page, list: ids(PAGE, `g${page}-`).map((userId) => ({ userId })) });
  };
  const rec = recorder(respond);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const out = await settle(collect(c.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEPT }, { pageSize: PAGE })), LONG + SLACK);
  const e = assertRejected(out, "DECODE", "iterate over growing pages");
  assert.match(e.message, /totalCount/);
  // Bounded: the first page's count (5) in pages of 2, plus one.
  assert.equal(rec.count, 4, "page requests");
});

test("2: setDepartmentMembers: params mutated right after the call and during the list request: every request carries the original params", async () => {
  const wanted = ids(3, "w");
  const present = [wanted[1], ...ids(2, "p")];
  let spoil = () => {};
  const respond = (req) => {
    if (req.path.endsWith("list-department-member-ids")) {
      spoil();
      return ok(present);
    }
    return ok(true);
  };
  const makeParams = () => ({ organizationCode: ORG, departmentId: DEPT, userIds: [...wanted] });
  const options = { batchSize: 1, concurrency: 1 };
  const expected = await untouched(respond, makeParams, (c, params) => c.setDepartmentMembers(params, options));

  const rec = recorder(respond);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = makeParams();
  const p = c.setDepartmentMembers(params, options);
  params.departmentId = OTHER;
  params.userIds.push("pushed-after-the-call");
  params.userIds[0] = "changed-after-the-call";
  spoil = () => {
    params.organizationCode = "changed-between-phases";
    params.userIds = [];
    params.departmentIdType = "code";
  };
  const out = await settle(p, LONG + SLACK);
  assert.equal(out.state, "fulfilled", describeOut(out));
  assert.equal(out.value.ok, true, `report: ${JSON.stringify(out.value).slice(0, 300)}`);
  assert.deepEqual(sent(rec), expected, "the requests");
  const list = rec.to("list-department-member-ids");
  assert.equal(list.length, 1);
  assert.deepEqual([list[0].query.organizationCode, list[0].query.departmentId], [ORG, DEPT]);
  const added = rec.to("add-department-members");
  const removed = rec.to("remove-department-members");
  for (const req of [...added, ...removed]) {
    assert.deepEqual({ ...req.json, userIds: undefined }, { organizationCode: ORG, departmentId: DEPT, userIds: undefined }, `${req.path}: ${req.body}`);
  }
  assert.deepEqual(added.flatMap((r) => r.json.userIds).sort(), [wanted[0], wanted[2]].sort(), "ids added");
  assert.deepEqual(removed.flatMap((r) => r.json.userIds).sort(), present.slice(1).sort(), "ids removed");
  assert.equal(rec.count, 1 + added.length + removed.length);
});

test("2: walkDepartments: params mutated right after the call and between departments: every request carries the original params", async () => {
  const tree = {
    root: [
      { departmentId: "c1", hasChildren: true },
      { departmentId: "c2", hasChildren: false },
    ],
    c1: [{ departmentId: "g1", hasChildren: false }],
  };
  const respond = (req) => {
    if (req.path.endsWith("get-department")) return ok({ departmentId: "root", hasChildren: true });
    return ok({ list: tree[req.query.departmentId] ?? [] });
  };
  const makeParams = () => ({ organizationCode: ORG, departmentId: "root", withCustomData: true });
  const expected = await untouched(respond, makeParams, (c, params) => collect(c.walkDepartments(params)));

  const rec = recorder(respond);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = makeParams();
  const iterator = c.walkDepartments(params);
  params.organizationCode = "changed-after-the-call";
  params.departmentId = "c2";
  delete params.withCustomData;
  const out = await drain(iterator, (item, n) => {
    params.organizationCode = `changed-${n}`;
    params.departmentId = `x${n}`;
    params.flatCustomData = true;
  });
  assert.equal(out.state, "fulfilled", describeOut(out));
  assert.deepEqual(
    out.value.map((d) => `${d.department.departmentId}@${d.depth}`),
    ["root@0", "c1@1", "g1@2", "c2@1"],
  );
  assert.deepEqual(sent(rec), expected, "the requests");
  const gets = rec.to("get-department");
  assert.equal(gets.length, 1);
  assert.deepEqual([gets[0].query.organizationCode, gets[0].query.departmentId, gets[0].query.withCustomData], [ORG, "root", "true"]);
  const lists = rec.to("list-children-departments");
  assert.deepEqual(
    lists.map((r) => [r.query.organizationCode, r.query.departmentId]),
    [[ORG, "root"], [ORG, "c1"]],
  );
  assert.equal(rec.count, 3);
});

// ---------------------------------------------------------------------------------------------
// 3. setDepartmentMembers checks both phases before sending

test("3: setDepartmentMembers, the server's member list holds an id no call can take: refused (DECODE for what is no id at all, INVALID_ARGUMENT for a string no call takes), only the list request sent", async (t) => {
  for (const [what, bad, code] of [
    ["a number", 12345, "DECODE"],
    ["null", null, "DECODE"],
    ["an empty string", "", "INVALID_ARGUMENT"],
    ["a 1025-character string", "x".repeat(1025), "INVALID_ARGUMENT"],
  ]) {
    await t.test(what, async () => {
      const rec = recorder((req) => (req.path.endsWith("list-department-member-ids") ? ok([ids(1, "p")[0], bad]) : ok(true)));
      const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
      const out = await settle(c.setDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: ids(2, "w") }), LONG + SLACK);
      assertRejected(out, code, what);
      assert.deepEqual(
        rec.requests.map((r) => r.path),
        ["/api/v3/list-department-member-ids"],
        "requests sent",
      );
    });
  }
});

// ---------------------------------------------------------------------------------------------
// 4. Waiting on another call's token fetch

for (const [timeout, maxRetries] of [
  [100, 0],
  [100, 2],
]) {
  const budget = timeout * (maxRetries + 1);
  test(`4: a call with { timeout: ${timeout}, maxRetries: ${maxRetries} } waiting on another call's hanging token fetch (timeout 3000) settles within ~${budget} ms and fetches a token itself`, async () => {
    let tokenRequests = 0;
    const rec = recorder((req) => (isToken(req) ? (++tokenRequests === 1 ? never() : tokenEnvelope()) : ok()));
    const c = client({ auth: "token", fetch: rec.fetch, maxRetries: 0 });
    const owner = new AbortController();
    const first = c.listOrganizations({}, { timeout: 3000, signal: owner.signal });
    const waiter = await settle(c.listOrganizations({}, { timeout, maxRetries }), 3000 + SLACK);
    owner.abort();
    const firstOut = await settle(first, SLACK);
    assertResolved(waiter, 200, "the waiting call");
    assert.ok(waiter.ms <= budget + 900, `the waiting call took ${waiter.ms} ms (its own budget: ${budget} ms; the other call's token fetch: 3000 ms)`);
    const tokens = rec.to(TOKEN_PATH);
    assert.equal(tokens.length, 2, "token requests: the other call's and the waiting call's own");
    const calls = rec.requests.filter((r) => !isToken(r));
    assert.ok(calls.length >= 1, "the waiting call was not sent");
    assert.equal(calls[0].headers.authorization, `Bearer ${TOKEN}`);
    assert.notEqual(firstOut.state, "hang", "the first call did not end when aborted");
  });
}

test("4: the deadline passes while the call's own token fetch hangs: TIMEOUT 'before the request was sent'", async () => {
  const rec = recorder((req) => (isToken(req) ? never() : ok()));
  const c = client({ auth: "token", fetch: rec.fetch });
  const out = await settle(c.listOrganizations({}, { deadline: 300, timeout: 5000 }), 300 + SLACK);
  const e = assertRejected(out, "TIMEOUT");
  assert.match(e.message, /before the request was sent/);
  assert.doesNotMatch(e.message, /after 0 attempt/);
  assert.equal(rec.requests.filter((r) => !isToken(r)).length, 0, "the call was sent");
});

test("4: the deadline passes while the call waits on another call's token fetch: TIMEOUT 'before the request was sent'", async () => {
  const rec = recorder((req) => (isToken(req) ? never() : ok()));
  const c = client({ auth: "token", fetch: rec.fetch, maxRetries: 0 });
  const owner = new AbortController();
  const first = c.listOrganizations({}, { timeout: 5000, signal: owner.signal });
  const out = await settle(c.listOrganizations({}, { deadline: 300, timeout: 5000 }), 300 + SLACK);
  owner.abort();
  const firstOut = await settle(first, SLACK);
  const e = assertRejected(out, "TIMEOUT", "the waiting call");
  assert.ok(out.ms < 300 + 900, `the waiting call took ${out.ms} ms with a deadline of 300 ms`);
  assert.match(e.message, /before the request was sent/);
  assert.doesNotMatch(e.message, /after 0 attempt/);
  assert.equal(rec.requests.filter((r) => !isToken(r)).length, 0, "a call was sent");
  assert.notEqual(firstOut.state, "hang", "the first call did not end when aborted");
});

// ---------------------------------------------------------------------------------------------
// 5. A bare 401 renews the token

const BARE_401 = {
  "an HTML page": () => new Response("<html><body>401 Unauthorized</body></html>", { status: 401, headers: { "content-type": "text/html" } }),
  "an empty body": () => new Response("", { status: 401 }),
  "JSON that is no envelope": () => json({ error: "unauthorized" }, 401),
};

for (const [what, refusal] of Object.entries(BARE_401)) {
  test(`5: token auth, a bare 401 (${what}): the token is dropped, a new one fetched, the request made again once with it`, async () => {
    let issued = 0;
    const rec = recorder((req) => {
      if (isToken(req)) return tokenEnvelope(jwt({ scoped_userpool_id: "pool-review-1", n: ++issued }));
      return tokenNumber(req) === 1 ? refusal() : ok();
    });
    const c = client({ auth: "token", fetch: rec.fetch, maxRetries: 0, timeout: LONG });
    assertResolved(await settle(c.listOrganizations(), LONG + SLACK), 200, "the refused call");
    assert.equal(rec.to(TOKEN_PATH).length, 2, "token requests");
    const calls = rec.requests.filter((r) => !isToken(r));
    assert.deepEqual(calls.map(tokenNumber), [1, 2], "the token each request carried");
    // The next call uses the new token without asking for another.
    assertResolved(await settle(c.listOrganizations(), LONG + SLACK), 200, "the next call");
    assert.equal(rec.to(TOKEN_PATH).length, 2, "token requests after the next call");
    assert.deepEqual(rec.requests.filter((r) => !isToken(r)).map(tokenNumber), [1, 2, 2]);
  });
}

test("5: token auth, every request refused with a bare 401: the request is made again once, then the call fails", async () => {
  let issued = 0;
  const rec = recorder((req) => (isToken(req) ? tokenEnvelope(jwt({ scoped_userpool_id: "pool-review-1", n: ++issued })) : BARE_401["an HTML page"]()));
  const c = client({ auth: "token", fetch: rec.fetch, maxRetries: 2, retryDelay: 1, timeout: LONG });
  const e = assertRejected(await settle(c.listOrganizations(), LONG + SLACK), ["HTTP", "AUTH"]);
  assert.equal(e.status, 401);
  assert.equal(rec.to(TOKEN_PATH).length, 2, "token requests");
  assert.deepEqual(rec.requests.filter((r) => !isToken(r)).map(tokenNumber), [1, 2], "the token each request carried");
});

// ---------------------------------------------------------------------------------------------
// 6. Params with millions of keys

test("6: params with 4 000 000 and 30 000 keys: INVALID_ARGUMENT with the right count and no field; wasm memory grows by at most 1 MB (child)", async () => {
  const { result: r } = await childResult("capacity");
  assert.equal(r.sent, 0, "a request was sent");
  assert.equal(r.results.length, 4);
  const MB = 1024 * 1024;
  for (const round of r.results) {
    const label = `${round.what}, try ${round.round}`;
    assert.equal(round.outcome, "rejected INVALID_ARGUMENT", `${label}: ${JSON.stringify(round)}`);
    assert.ok(round.genAuthError, `${label}: not a GenAuthError`);
    assert.match(round.message, new RegExp(`(^|[^0-9])${round.count}([^0-9]|$)`), `${label}: the message does not give the count ${round.count}`);
    assert.equal(round.field, undefined, `${label}: field ${JSON.stringify(round.field)}`);
    assert.ok(round.memory - r.before <= MB, `${label}: wasm memory grew by ${((round.memory - r.before) / MB).toFixed(1)} MB (from ${r.before} to ${round.memory} bytes)`);
  }
});

// ---------------------------------------------------------------------------------------------
// 7. A signal whose `aborted` getter throws

test("7: a signal whose aborted getter throws after passing the options check: ABORTED, nothing sent, no timer left (child)", async () => {
  const { result: r, exitMs, wallMs, tail } = await childResult("signal-getter");
  assert.equal(r.length, 3);
  for (const v of r) {
    // A getter that throws during the options check may be refused there instead.
    const expected = v.variant.includes("false once") ? ["rejected ABORTED", "rejected INVALID_ARGUMENT"] : ["rejected ABORTED"];
    assert.ok(expected.includes(v.outcome), `${v.variant}: expected ${expected.join(" or ")}: ${JSON.stringify(v)}`);
    assert.equal(v.sent, 0, `${v.variant}: requests sent`);
    assert.ok(v.ms < 1000, `${v.variant}: settled after ${v.ms} ms`);
  }
  // The calls had a timeout of 6 s: a timer left behind would hold the process that long.
  assert.ok(exitMs !== undefined, `no EXIT line${tail}`);
  assert.ok(exitMs < 2000, `the child exited ${exitMs} ms after its first call started (a timer was left running)`);
  assert.ok(wallMs < 6000, `the child ran ${wallMs} ms`);
});

// ---------------------------------------------------------------------------------------------
// 8. No secret-like call name or key echoed

const SECRET_NAMES = ["8f14e45fceea167a5a36dedd4bea2543", `sk_live_${"4242424242424242"}`];
const slices = (s) => Array.from({ length: s.length - 11 }, (_, i) => s.slice(i, i + 12));
const deep = (levels = 20) => {
  const root = {};
  let d = root;
  for (let i = 0; i < levels; i++) d = d.x = {};
  return root;
};

/** Every place a secret-like name must not show: message, field, String(e), JSON.stringify(e), inspect(e). */
function secretProblems(what, error, secret) {
  if (!isGenAuthError(error)) return [`${what}: not a GenAuthError: ${String(error).slice(0, 200)}`];
  let asJson;
  try {
    asJson = JSON.stringify(error);
  } catch (err) {
    asJson = `JSON.stringify threw ${err}`;
  }
  const problems = [];
  const places = [
    ["message", String(error.message)],
    ["field", String(error.field)],
    ["String(e)", String(error)],
    ["JSON.stringify(e)", String(asJson)],
    ["inspect(e)", inspect(error, { depth: 8 })],
  ];
  for (const [how, text] of places) {
    const leak = slices(secret).find((s) => text.includes(s));
    if (leak) problems.push(`${what}: ${how} holds "${leak}": ${text.slice(0, 240)}`);
  }
  return problems;
}

test("8: secret-like call names and keys inside free-form params appear in no message, field or JSON of the error", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const strict = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG, strict: true });
  const problems = [];
  for (const S of SECRET_NAMES) {
    const cases = {
      "c.call(name, {})": () => c.call(S, {}),
      "c.call(name)": () => c.call(S),
      // Refused by a strict client; without `strict` such a field goes where the official client puts it.
      "an unknown top-level param, strict": () => strict.listOrganizations({ [S]: 1 }),
      "an unknown top-level param (POST), strict": () => strict.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: ids(1), [S]: 1 }),
      "an unknown top-level param holding a function (POST)": () => c.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: ids(1), [S]: () => 1 }),
      "customData key over a tree nested too deep": () => c.updatePublicAccount({ userId: "u", customData: { [S]: deep() } }),
      "customData key, nested, over a tree nested too deep": () => c.updatePublicAccount({ userId: "u", customData: { a: { [S]: deep() } } }),
      "customData key over an array of a deep tree": () => c.updatePublicAccount({ userId: "u", customData: { [S]: [deep()] } }),
      "customData key whose getter throws": () =>
        c.updatePublicAccount({
          userId: "u",
          customData: {
            get [S]() {
              throw new Error("getter");
            },
          },
        }),
      "customData key over an object of 25 000 keys": () =>
        c.updatePublicAccount({ userId: "u", customData: { [S]: Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`k${i}`, i])) } }),
      "customData key over 2 MB of text": () => c.updatePublicAccount({ userId: "u", customData: { [S]: "x".repeat(2_000_000) } }),
      "customData key over a BigInt": () => c.updatePublicAccount({ userId: "u", customData: { [S]: 1n } }),
      "metadata key over a tree nested too deep": () => c.updateDepartment({ organizationCode: ORG, departmentId: DEPT, metadata: { [S]: deep() } }),
    };
    for (const [what, run] of Object.entries(cases)) {
      let out;
      try {
        out = await settle(run(), LONG + SLACK);
      } catch (e) {
        out = { state: "rejected", error: e };
      }
      const label = `${S.slice(0, 8)}…: ${what}`;
      if (out.state !== "rejected") problems.push(`${label}: ${describeOut(out)}`);
      else problems.push(...secretProblems(label, out.error, S));
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0, "a request was sent");
});

// Found while writing the case above; not one of the review's ten. The helpers' own option check
// (pkg/extend.js checkOptions) quotes an unknown option's name in `field` and the message.
test("8: a secret-like unknown option name of a helper (bulk, setDepartmentMembers, iterate) is not echoed", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const problems = [];
  for (const S of SECRET_NAMES) {
    const where = { organizationCode: ORG, departmentId: DEPT };
    const cases = {
      "bulk.removeDepartmentMembers": () => c.bulk.removeDepartmentMembers({ ...where, userIds: ids(1) }, { [S]: 1 }),
      setDepartmentMembers: () => c.setDepartmentMembers({ ...where, userIds: ids(1) }, { [S]: 1 }),
      "iterate.listDepartmentMembers": () => c.iterate.listDepartmentMembers(where, { [S]: 1 }).next(),
    };
    for (const [what, run] of Object.entries(cases)) {
      const out = await settle(run(), LONG + SLACK);
      const label = `${S.slice(0, 8)}…: ${what}`;
      if (out.state !== "rejected") problems.push(`${label}: ${describeOut(out)}`);
      else problems.push(...secretProblems(label, out.error, S));
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0, "a request was sent");
});

// ---------------------------------------------------------------------------------------------
// 9. A hook's rejected promise with its own then/catch

async function assertHooksHarmless(mode) {
  const { result, stderr, tail } = await childResult(mode);
  assert.doesNotMatch(stderr, /unhandled/i, `stderr mentions an unhandled rejection${tail}`);
  assert.doesNotMatch(stderr, /HOOK-BOOM/, `a hook's error reached stderr${tail}`);
  const baseline = Object.fromEntries(result.filter((r) => r.variant === "none").map((r) => [r.kind, r.outcome]));
  assert.deepEqual(baseline, { ok: "resolved 200", network: "rejected NETWORK" }, "the calls without hooks");
  assert.ok(result.length >= 2 * 4, "variants run");
  const changed = result.filter((r) => r.outcome !== baseline[r.kind]).map((r) => `${r.variant} / ${r.kind}: ${r.outcome}`);
  assert.deepEqual(changed, [], "a hook changed a call's outcome");
}

test("9: hooks returning a native rejected promise with own then/catch neither crash the process nor change the outcome (child, default flags)", () =>
  assertHooksHarmless("hook-shadowed"));

// Found while writing the case above; stricter than the review's script. hook() in
// src/transport.rs handles a returned value only when `typeof r.then === "function"`, so a native
// rejected promise whose own `then` is not a function is left unhandled and Node's default mode
// ends the process.
test("9: a hook returning a native rejected promise whose own then is not a function does not crash the process (child, default flags)", () =>
  assertHooksHarmless("hook-then-not-function"));

// ---------------------------------------------------------------------------------------------
// 10. Names are still echoed

test("10: unknown field names that read as names are echoed in field and message, with a suggestion where there is one", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const strict = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG, strict: true });
  const where = { organizationCode: ORG, departmentId: DEPT };
  const cases = [
    // (Nothing close is refused only by a strict client: otherwise it is left out, as the official client leaves it.)
    ["getDepartment, userId (nothing close), strict", () => strict.getDepartment({ ...where, userId: "u" }), "userId", undefined],
    ["getDepartment, withCustomDataX", () => c.getDepartment({ ...where, withCustomDataX: true }), "withCustomDataX", "withCustomData"],
    ["removeDepartmentMembers, userId", () => c.removeDepartmentMembers({ ...where, userIds: ids(1), userId: "u" }), "userId", "userIds"],
    ["getUser, userid", () => c.getUser({ userid: "u" }), "userid", "userId"],
    ["getUser, withCustomDat", () => c.getUser({ userId: "u", withCustomDat: true }), "withCustomDat", "withCustomData"],
  ];
  const problems = [];
  for (const [what, run, field, suggestion] of cases) {
    const out = await settle(run(), LONG + SLACK);
    if (out.state !== "rejected" || !isGenAuthError(out.error) || out.error.code !== "INVALID_ARGUMENT") {
      problems.push(`${what}: ${describeOut(out)}`);
      continue;
    }
    const e = out.error;
    if (e.field !== field) problems.push(`${what}: field ${JSON.stringify(e.field)}, expected "${field}"`);
    if (!e.message.includes(`"${field}"`)) problems.push(`${what}: the message does not quote "${field}": ${e.message}`);
    if (suggestion && !e.message.includes(`did you mean "${suggestion}"`)) problems.push(`${what}: no suggestion of "${suggestion}": ${e.message}`);
  }
  // A path through free-form params made of names is echoed too.
  const out = await settle(c.updatePublicAccount({ userId: "u", customData: { profile: deep() } }), LONG + SLACK);
  if (out.state !== "rejected" || !isGenAuthError(out.error)) problems.push(`customData.profile nested too deep: ${describeOut(out)}`);
  else if (!out.error.message.includes("customData.profile.x")) problems.push(`customData.profile nested too deep: the path is not echoed: ${out.error.message}`);
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0, "a request was sent");
});

// ---------------------------------------------------------------------------------------------
// A second hostile pass

test("token auth: callers that give up on a slow shared token fetch share one new fetch, not one each", async () => {
  let tokenRequests = 0;
  const fetch = async (url, init) => {
    if (String(url).endsWith(TOKEN_PATH)) {
      tokenRequests += 1;
      // The first fetch is slow; the next answers soon.
      await new Promise((resolve) => setTimeout(resolve, tokenRequests === 1 ? 2500 : 150));
      return tokenEnvelope();
    }
    return ok();
  };
  const c = client({ auth: "token", fetch, timeout: 300, maxRetries: 1 });
  const outs = await Promise.all(Array.from({ length: 50 }, () => settle(c.listOrganizations(), LONG + SLACK)));
  for (const out of outs) assert.equal(out.state, "fulfilled", describeOut(out));
  assert.ok(tokenRequests <= 3, `${tokenRequests} token requests for 50 calls`);
});

test("helpers: a server list that is not what the API answers ends in DECODE, with nothing written", async () => {
  const cases = [
    ["setDepartmentMembers, member ids as a string", (c) => c.setDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: ids(2) }), () => ok("u1u2")],
    ["setDepartmentMembers, member ids as an object", (c) => c.setDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: ids(2) }), () => ok({ a: 1 })],
    ["walkDepartments, no root department", (c) => collect(c.walkDepartments({ organizationCode: ORG })), () => ok(null)],
    [
      "walkDepartments, a child that is null",
      (c) => collect(c.walkDepartments({ organizationCode: ORG })),
      (req) => (req.path.endsWith("get-department") ? ok({ departmentId: "root", hasChildren: true }) : ok({ list: [null], totalCount: 1 })),
    ],
    ["iterate, a page without a list", (c) => collect(c.iterate.listDepartmentMembers({ organizationCode: ORG, departmentId: DEPT })), () => ok({ totalCount: 3 })],
  ];
  for (const [what, run, respond] of cases) {
    const rec = recorder(respond);
    const out = await settle(run(client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG })), LONG + SLACK);
    assertRejected(out, "DECODE", what);
    assert.deepEqual(rec.requests.filter((r) => /add-|remove-|set-/.test(r.path)).map((r) => r.path), [], `${what}: a write was sent`);
  }
});

test("server strings are cut before they enter the module: a 20 MB message leaves memory where it was", async () => {
  const huge = "x".repeat(20 * 1024 * 1024);
  const c = client({ fetch: async () => json({ statusCode: 500, message: huge, requestId: huge }, 200, { date: huge, "x-request-id": huge }), maxRetries: 0, timeout: LONG, throwOnApiError: true });
  await settle(c.listOrganizations(), LONG + SLACK);
  const before = lib.memoryBytes();
  for (let i = 0; i < 3; i++) {
    const e = assertRejected(await settle(c.listOrganizations(), LONG + SLACK), "API", "a 20 MB message");
    assert.ok(e.message.length < 1000, `message of ${e.message.length} characters`);
  }
  assert.ok(lib.memoryBytes() - before <= 1024 * 1024, `wasm memory grew by ${lib.memoryBytes() - before} bytes`);
});

test("numbers are written by the language's own conversion: a patched Number.prototype.toString changes nothing", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const original = Number.prototype.toString;
  let out;
  try {
    Number.prototype.toString = function () {
      return { not: "a string" };
    };
    out = await settle(c.updateDepartment({ organizationCode: ORG, departmentId: DEPT, customData: { ratio: 0.5, big: 2 ** 60 } }), LONG + SLACK);
  } finally {
    Number.prototype.toString = original;
  }
  assert.equal(out.state, "fulfilled", describeOut(out));
  assert.equal(rec.requests.at(-1).body.includes('"customData":{"ratio":0.5,"big":1152921504606847000}'), true, rec.requests.at(-1).body);
});
