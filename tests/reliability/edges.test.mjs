// The edge contract of a call, from the caller's side, against the packed package: what is read
// when, what bounds a call whatever the host does, hooks, header values, free(), exact JSON,
// clock correction, bounded work on hostile input, and no secret in any message.
//
// Nearly every case uses a `fetch` written here (no network): it records what it is handed and
// answers from memory, or hangs, or hands back something hostile. Every wait is bounded by a race
// against a timer of the test's own, so a call that hangs fails its test instead of hanging the
// suite. Parts that need a process of their own (Node's default unhandled-rejection mode,
// --expose-gc, 50 MB inputs that could block the event loop) run in fixtures/edges-child.mjs.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { setTimeout as sleep } from "node:timers/promises";
import { loadPackage, KEYS } from "./harness.mjs";
import { settle, describeOut as describeOutOf, assertRejected as assertRejectedOf, json, ok } from "./outcome.mjs";

const CHILD = fileURLToPath(new URL("./fixtures/edges-child.mjs", import.meta.url));
/** Slack on top of a timeout or deadline before a call counts as hanging. */
const SLACK = 1500;
/** Long enough not to be the reason a call ends; short enough not to hold the process long. */
const LONG = 4000;
const HOST = "http://127.0.0.1:9";
const TOKEN_PATH = "/api/v3/get-management-token";
const REMOVE_PATH = "/api/v3/remove-department-members";
const ORG = "steamory";
const DEPT = "60b49eb83fd80adb96f26e68";
const USER = "623c20b2a062aaaaf41b17da";
const REMOVE = Object.freeze({ organizationCode: ORG, departmentId: DEPT, userIds: Object.freeze([USER]) });
const remove = () => ({ ...REMOVE, userIds: [...REMOVE.userIds] });
const FAILURE_CODES = ["NETWORK", "DECODE", "HTTP", "TIMEOUT"];

let lib;
let app;
let M; // ManagementClient
let isGenAuthError;

before(() => {
  ({ lib, app } = loadPackage("reliability-edges"));
  M = lib.ManagementClient;
  isGenAuthError = lib.isGenAuthError;
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

/** Runs `fn` expecting a synchronous throw; returns the error (or fails). */
function thrown(fn, what) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail(`${what}: did not throw`);
}


/**
 * A `fetch` that records every request (url, method, headers, body, time) and answers with
 * `respond(request, n)`. Header values are then checked the way a real `fetch` checks them
 * (`new Headers()`), so a value no real fetch would send fails here too, after being recorded.
 */
function recorder(respond = () => ok()) {
  const requests = [];
  const fetch = async (input, init = {}) => {
    const isRequest = typeof input === "object" && input !== null && typeof input.url === "string";
    const req = {
      url: isRequest ? input.url : String(input),
      method: init.method ?? (isRequest ? input.method : "GET"),
      rawHeaders: init.headers ?? (isRequest ? input.headers : undefined),
      body: init.body ?? (isRequest ? await input.text() : undefined),
      signal: init.signal,
      t: Date.now(),
    };
    requests.push(req);
    const headers = new Headers(req.rawHeaders ?? {});
    req.headers = Object.fromEntries(headers);
    return respond(req, requests.length);
  };
  return {
    fetch,
    requests,
    get count() {
      return requests.length;
    },
    to: (path) => requests.filter((r) => new URL(r.url).pathname === path),
  };
}

const b64u = (s) => Buffer.from(s).toString("base64url");
/** A management token: a JWT whose payload scopes it to a user pool (the signature is not checked). */
const jwt = (claims, signature = "c2lnbmF0dXJl") =>
  `${b64u(JSON.stringify({ alg: "HS256", typ: "JWT" }))}.${b64u(JSON.stringify(claims))}.${signature}`;
const TOKEN = jwt({ scoped_userpool_id: "pool-edges-1", sub: "edges" });
const tokenEnvelope = (access_token = TOKEN) => json({ statusCode: 200, message: "", data: { access_token, expires_in: 7200 } });
const isToken = (req) => new URL(req.url).pathname === TOKEN_PATH;

const client = (options) => new M({ ...KEYS, host: HOST, ...options });
const never = () => new Promise(() => {});

// ---------------------------------------------------------------------------------------------
// a. Params and call options are read when the method is called

test("a: mutating params right after the call returns changes nothing that is sent (POST body)", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = remove();
  const p = c.removeDepartmentMembers(params);
  params.userIds[0] = "aaaaaaaaaaaaaaaaaaaaaaaa";
  params.userIds.push("bbbbbbbbbbbbbbbbbbbbbbbb");
  params.departmentId = "changed-after-the-call";
  params.departmentIdType = "code";
  delete params.organizationCode;
  assertResolved(await settle(p, LONG + SLACK));
  assert.equal(rec.count, 1);
  assert.deepEqual(JSON.parse(rec.requests[0].body), { organizationCode: ORG, departmentId: DEPT, userIds: [USER] });
});

test("a: mutating params right after the call returns changes nothing that is sent (GET query)", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = { organizationCode: ORG, departmentId: DEPT };
  const p = c.getDepartment(params);
  params.departmentId = "changed";
  params.organizationCode = "changed";
  params.withCustomData = true;
  assertResolved(await settle(p, LONG + SLACK));
  assert.equal(rec.count, 1);
  const q = new URL(rec.requests[0].url).searchParams;
  assert.equal(q.get("organizationCode"), ORG);
  assert.equal(q.get("departmentId"), DEPT);
  assert.notEqual(q.get("withCustomData"), "true");
});

test("a: one params object reused for two calls, changed between them: each call sends what it was given", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = remove();
  const first = c.removeDepartmentMembers(params);
  params.userIds = ["cccccccccccccccccccccccc"];
  const second = c.removeDepartmentMembers(params);
  params.userIds = ["dddddddddddddddddddddddd"];
  assertResolved(await settle(first, LONG + SLACK), 200, "first");
  assertResolved(await settle(second, LONG + SLACK), 200, "second");
  const sent = rec.requests.map((r) => JSON.parse(r.body).userIds[0]).sort();
  assert.deepEqual(sent, [USER, "cccccccccccccccccccccccc"].sort());
});

test("a: every read of params (getters, a proxied array) happens synchronously during the call", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  let reads = 0;
  const params = {};
  for (const [k, v] of Object.entries(remove())) {
    const value = Array.isArray(v)
      ? new Proxy(v, { get: (t, p, r) => (reads++, Reflect.get(t, p, r)) })
      : v;
    Object.defineProperty(params, k, { enumerable: true, get: () => (reads++, value) });
  }
  let optionReads = 0;
  const options = {};
  Object.defineProperty(options, "timeout", { enumerable: true, get: () => (optionReads++, LONG) });
  const p = c.removeDepartmentMembers(params, options);
  const readsAtReturn = reads;
  const optionReadsAtReturn = optionReads;
  const out = await settle(p, LONG + SLACK);
  assert.ok(readsAtReturn > 0, "no param was read before the method returned");
  assert.equal(reads, readsAtReturn, `${reads - readsAtReturn} read(s) of params happened after the method returned`);
  assert.ok(optionReadsAtReturn > 0, "the call options were not read before the method returned");
  assert.equal(optionReads, optionReadsAtReturn, "the call options were read after the method returned");
  assertResolved(out);
  assert.deepEqual(JSON.parse(rec.requests[0].body), { organizationCode: ORG, departmentId: DEPT, userIds: [USER] });
});

test("a: invalid params reject the returned promise (no synchronous throw) with INVALID_ARGUMENT, nothing sent", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const cases = {
    "a required field missing": () => c.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT }),
    "a wrong type": () => c.removeDepartmentMembers({ ...remove(), userIds: "x" }),
    "an unknown field, strict": () =>
      client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG, strict: true }).removeDepartmentMembers({ ...remove(), dryRun: true }),
    "a near miss of a field": () => c.removeDepartmentMembers({ ...remove(), userId: USER }),
    "a prototype name as an own key": () => c.removeDepartmentMembers(JSON.parse(`{"userIds":["${USER}"],"organizationCode":"${ORG}","departmentId":"${DEPT}","__proto__":{}}`)),
    "params a number": () => c.removeDepartmentMembers(42),
    "params an array": () => c.removeDepartmentMembers([REMOVE]),
    "a throwing getter": () =>
      c.removeDepartmentMembers({ ...remove(), get departmentId() { throw new Error("getter exploded"); } }),
    "a proxy whose ownKeys trap throws": () =>
      c.removeDepartmentMembers(new Proxy(remove(), { ownKeys() { throw new Error("trap exploded"); } })),
    "a call name that is no call": () => c.call("noSuchCall", {}),
    "a call name that is not a string": () => c.call(42, {}),
    "call options: timeout a string": () => c.removeDepartmentMembers(remove(), { timeout: "100" }),
    "call options: an unknown option": () => c.removeDepartmentMembers(remove(), { retries: 3 }),
    "call options: signal not a signal": () => c.removeDepartmentMembers(remove(), { signal: {} }),
    "call options: a number": () => c.removeDepartmentMembers(remove(), 42),
  };
  const problems = [];
  for (const [what, run] of Object.entries(cases)) {
    let p;
    try {
      p = run();
    } catch (e) {
      problems.push(`${what}: threw synchronously (${e?.code}: ${e?.message})`);
      continue;
    }
    if (typeof p?.then !== "function") {
      problems.push(`${what}: returned ${inspect(p)}, not a promise`);
      continue;
    }
    const out = await settle(p, SLACK);
    if (out.state !== "rejected" || !isGenAuthError(out.error) || out.error.code !== "INVALID_ARGUMENT") {
      problems.push(`${what}: ${describeOut(out)}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0, "a request was sent for invalid params");
});

test("a: params invalid at the call but made valid right after still reject, unsent; valid then spoilt still succeed", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const bad = { ...remove(), userIds: [] };
  const p1 = c.removeDepartmentMembers(bad);
  bad.userIds = [USER];
  assertRejected(await settle(p1, SLACK), "INVALID_ARGUMENT", "invalid, then fixed");
  assert.equal(rec.count, 0, "params fixed after the call were sent");
  const good = remove();
  const p2 = c.removeDepartmentMembers(good);
  good.userIds = 42;
  good.organizationCode = "";
  assertResolved(await settle(p2, LONG + SLACK), 200, "valid, then spoilt");
  assert.deepEqual(JSON.parse(rec.requests[0].body).userIds, [USER]);
});

test("a: a call's timeout raised right after the call has no effect", async () => {
  const rec = recorder(never);
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const options = { timeout: 200 };
  const p = c.removeDepartmentMembers(remove(), options);
  options.timeout = LONG;
  assertRejected(await settle(p, 200 + SLACK), "TIMEOUT");
});

test("a: a call's timeout lowered, signal added, maxRetries or throwOnApiError changed right after the call: no effect", async () => {
  // Answered after 300 ms: a timeout of 50 ms read late would fail it.
  const slow = recorder(async () => (await sleep(300), ok()));
  const c1 = client({ fetch: slow.fetch, maxRetries: 0, timeout: LONG });
  const o1 = { timeout: LONG };
  const p1 = c1.removeDepartmentMembers(remove(), o1);
  o1.timeout = 50;
  o1.signal = AbortSignal.abort();
  assertResolved(await settle(p1, LONG + SLACK), 200, "timeout lowered and an aborted signal added");

  const flaky = recorder((req, n) => json({ statusCode: n === 1 ? 503 : 200, message: "x", data: {} }));
  const c2 = client({ fetch: flaky.fetch, retryDelay: 1, timeout: LONG });
  const o2 = { maxRetries: 0 };
  const p2 = c2.removeDepartmentMembers(remove(), o2);
  o2.maxRetries = 3;
  assertResolved(await settle(p2, LONG + SLACK), 503, "maxRetries raised");
  assert.equal(flaky.count, 1, "retried although maxRetries was 0 when called");

  const notFound = recorder(() => json({ statusCode: 404, message: "not found", data: null }));
  const c3 = client({ fetch: notFound.fetch, maxRetries: 0, timeout: LONG });
  const o3 = { throwOnApiError: false };
  const p3 = c3.removeDepartmentMembers(remove(), o3);
  o3.throwOnApiError = true;
  assertResolved(await settle(p3, LONG + SLACK), 404, "throwOnApiError turned on");
});

// ---------------------------------------------------------------------------------------------
// b. Timeout, deadline and signal hold whatever the host does

test("b1: a fetch that never settles and ignores its signal: TIMEOUT within timeout + slack", async () => {
  const c = client({ fetch: never, maxRetries: 0, timeout: 200 });
  assertRejected(await settle(c.removeDepartmentMembers(remove()), 200 + SLACK), "TIMEOUT");
  const c2 = client({ fetch: never, maxRetries: 0, timeout: LONG });
  assertRejected(await settle(c2.removeDepartmentMembers(remove(), { timeout: 200 }), 200 + SLACK), "TIMEOUT", "call option timeout");
  const thenable = client({ fetch: () => ({ then() {} }), maxRetries: 0, timeout: 200 });
  assertRejected(await settle(thenable.removeDepartmentMembers(remove()), 200 + SLACK), "TIMEOUT", "a thenable that never calls back");
});

const hangingBody = () => ({
  status: 200,
  ok: true,
  statusText: "OK",
  type: "basic",
  headers: new Headers({ "content-type": "application/json" }),
  text: never,
  json: never,
  arrayBuffer: never,
  blob: never,
  body: null,
});

test("b2: a response whose text()/json()/arrayBuffer() never resolves: TIMEOUT", async () => {
  const c = client({ fetch: async () => hangingBody(), maxRetries: 0, timeout: 200 });
  assertRejected(await settle(c.removeDepartmentMembers(remove()), 200 + SLACK), "TIMEOUT", "response-like object");
  // A real Response whose body stream never ends (nothing ties it to the request's signal).
  const stream = () => new Response(new ReadableStream({ start() {} }), { status: 200, headers: { "content-type": "application/json" } });
  const c2 = client({ fetch: async () => stream(), maxRetries: 0, timeout: 200 });
  assertRejected(await settle(c2.removeDepartmentMembers(remove()), 200 + SLACK), "TIMEOUT", "a Response with an endless body");
});

test("b3: an AbortSignal aborted while the fetch (or its body) hangs: ABORTED promptly", async () => {
  for (const [what, fetch] of [
    ["a fetch that ignores its signal", never],
    ["a body that never arrives", async () => hangingBody()],
  ]) {
    const c = client({ fetch, maxRetries: 2, timeout: LONG });
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const out = await settle(c.removeDepartmentMembers(remove(), { signal: ac.signal }), 100 + SLACK);
    assertRejected(out, "ABORTED", what);
    assert.ok(out.ms < 100 + 1000, `${what}: ABORTED only after ${out.ms} ms`);
  }
});

test("b4: a deadline shorter than the timeout, with retries: TIMEOUT by the deadline", async () => {
  const cases = [
    ["client deadline, fetch hangs", client({ fetch: never, timeout: LONG, maxRetries: 5, retryDelay: 1, deadline: 300 }), undefined],
    ["call deadline, fetch hangs", client({ fetch: never, timeout: LONG, maxRetries: 5, retryDelay: 1 }), { deadline: 300 }],
    ["call deadline, body hangs", client({ fetch: async () => hangingBody(), timeout: LONG, maxRetries: 5, retryDelay: 1 }), { deadline: 300 }],
  ];
  for (const [what, c, options] of cases) {
    const out = await settle(c.removeDepartmentMembers(remove(), options), 300 + SLACK);
    assertRejected(out, "TIMEOUT", what);
  }
});

test("b5: hostile responses and fetches end in a typed GenAuthError, never a hang or another error", { concurrency: true }, async (t) => {
  const envelopeText = JSON.stringify({ statusCode: 200, message: "ok", data: { success: true } });
  const base = (over = {}) => ({
    status: 200,
    ok: true,
    statusText: "OK",
    type: "basic",
    headers: new Headers({ "content-type": "application/json" }),
    text: async () => envelopeText,
    json: async () => JSON.parse(envelopeText),
    arrayBuffer: async () => new TextEncoder().encode(envelopeText).buffer,
    ...over,
  });
  const boom = () => {
    throw new Error("hostile host");
  };
  const allMethods = (fn) => ({ text: fn, json: fn, arrayBuffer: fn, blob: fn });
  const cases = {
    "status getter throws": async () => {
      const r = base();
      Object.defineProperty(r, "status", { get: boom });
      Object.defineProperty(r, "ok", { get: boom });
      return r;
    },
    "text()/json()/arrayBuffer() throw synchronously": async () => base(allMethods(boom)),
    "text()/json()/arrayBuffer() reject": async () => base(allMethods(async () => boom())),
    "headers.get throws, body not JSON": async () =>
      base({ status: 503, ok: false, headers: { get: boom, has: boom, forEach: boom, entries: boom }, ...allMethods(async () => "<html>busy</html>") }),
    "headers getter throws, body not JSON": async () => {
      const r = base({ status: 502, ok: false, ...allMethods(async () => "<html>bad gateway</html>") });
      Object.defineProperty(r, "headers", { get: boom });
      return r;
    },
    "headers.get throws, body an envelope": async () => base({ headers: { get: boom, has: boom, forEach: boom, entries: boom } }),
    "text() resolves to an object whose toString throws": async () =>
      base(allMethods(async () => ({ toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom }))),
    "a body stream that errors": async () =>
      new Response(new ReadableStream({ pull(ctl) { ctl.error(new Error("stream broke")); } }), { status: 200 }),
    "a response that is a Proxy whose every trap throws": async () =>
      new Proxy({}, { get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
    "fetch throws synchronously": () => boom(),
    "fetch throws a non-error synchronously": () => {
      throw undefined;
    },
    "fetch rejects with an object whose getters throw": () =>
      Promise.reject({ get message() { return boom(); }, get cause() { return boom(); }, get name() { return boom(); } }),
    "fetch rejects with null": () => Promise.reject(null),
    "fetch returns 42": () => 42,
    "fetch returns undefined": () => undefined,
    "fetch returns null": () => null,
    "fetch returns a string": () => "HTTP/1.1 200 OK",
    "fetch resolves to a number": async () => 42,
    "fetch returns a thenable that throws": () => ({ then() { throw new Error("thenable exploded"); } }),
    "fetch returns a thenable whose then getter throws": () => ({ get then() { return boom(); } }),
  };
  await Promise.all(
    Object.entries(cases).map(([what, fetch]) =>
      t.test(what, async () => {
        const c = client({ fetch, maxRetries: 0, timeout: 300 });
        let p;
        try {
          p = c.removeDepartmentMembers(remove());
        } catch (e) {
          assert.fail(`the call threw synchronously: ${inspect(e)}`);
        }
        const out = await settle(p, 300 + SLACK);
        assertRejected(out, FAILURE_CODES, what);
      }),
    ),
  );
});

// ---------------------------------------------------------------------------------------------
// c. The token phase is bounded by the call's own timeout, deadline and signal

/** Token endpoint answered by `token(req, n)`, every other request with the envelope. */
function tokenRecorder(token) {
  let tokenCalls = 0;
  const rec = recorder((req) => (isToken(req) ? token(req, ++tokenCalls) : ok()));
  return rec;
}

test("c: the token endpoint hangs: the call's timeout, deadline and signal end the call", { concurrency: true }, async (t) => {
  const cases = [
    { what: "client timeout 200 ms", client: { timeout: 200, maxRetries: 0 }, options: undefined, bound: 200, code: "TIMEOUT" },
    { what: "call option timeout 200 ms", client: { timeout: LONG, maxRetries: 0 }, options: { timeout: 200 }, bound: 200, code: "TIMEOUT" },
    { what: "call option deadline 300 ms", client: { timeout: LONG, maxRetries: 2, retryDelay: 1 }, options: { deadline: 300 }, bound: 300, code: "TIMEOUT" },
    { what: "client deadline 300 ms", client: { timeout: LONG, maxRetries: 2, retryDelay: 1, deadline: 300 }, options: undefined, bound: 300, code: "TIMEOUT" },
    { what: "signal aborted at 100 ms", client: { timeout: LONG, maxRetries: 2 }, abortAt: 100, bound: 100, code: "ABORTED" },
  ];
  for (const body of [false, true]) {
    await Promise.all(
      cases.map((cs) =>
        t.test(`${cs.what}${body ? " (token response body hangs)" : " (token fetch hangs)"}`, async () => {
          const rec = tokenRecorder(() => (body ? hangingBody() : never()));
          const c = client({ auth: "token", fetch: rec.fetch, ...cs.client });
          let options = cs.options;
          if (cs.abortAt) {
            const ac = new AbortController();
            setTimeout(() => ac.abort(), cs.abortAt);
            options = { signal: ac.signal };
          }
          const out = await settle(c.removeDepartmentMembers(remove(), options), cs.bound + SLACK);
          assertRejected(out, cs.code, cs.what);
          assert.ok(rec.to(TOKEN_PATH).length >= 1, "the token endpoint was never asked");
          assert.equal(rec.to(REMOVE_PATH).length, 0, "the call was sent without a token");
        }),
      ),
    );
  }
});

test("c: the token endpoint answers 429 with Retry-After: 1, then a token: the call waits ~1 s and succeeds", async () => {
  const rec = tokenRecorder((req, n) =>
    n === 1 ? json({ statusCode: 429, message: "too many requests" }, 429, { "retry-after": "1" }) : tokenEnvelope(),
  );
  // retryDelay 1 ms: a wait of a second can only come from Retry-After.
  const c = client({ auth: "token", fetch: rec.fetch, timeout: 3000, maxRetries: 2, retryDelay: 1 });
  const out = await settle(c.removeDepartmentMembers(remove()), 5000);
  assertResolved(out);
  const tokens = rec.to(TOKEN_PATH);
  assert.equal(tokens.length, 2, `token requests: ${tokens.length}`);
  const gap = tokens[1].t - tokens[0].t;
  assert.ok(gap >= 950 && gap < 2500, `waited ${gap} ms between the token requests, not ~1 s`);
  const calls = rec.to(REMOVE_PATH);
  assert.equal(calls.length, 1);
  assert.equal(calls[0].headers.authorization, `Bearer ${TOKEN}`);
});

// ---------------------------------------------------------------------------------------------
// d. Hooks that throw, reject or never resolve

/** Runs the child in `mode`; resolves `{ code, signal, stdout, stderr, result }` (bounded). */
function runChild(mode, args = [], { nodeArgs = [], timeout = 30_000 } = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [...nodeArgs, CHILD, mode, app, ...args],
      { timeout, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "" } },
      (error, stdout, stderr) => {
        const line = stdout.split("\n").find((l) => l.startsWith("RESULT "));
        let result;
        try {
          result = line ? JSON.parse(line.slice(7)) : undefined;
        } catch {
          result = undefined;
        }
        resolve({ code: error ? (error.code ?? 1) : 0, signal: error?.signal, killed: error?.killed, stdout, stderr, result });
      },
    );
  });
}

test("d: hooks that throw or reject never cause an unhandled rejection or change the outcome (child, default flags)", async () => {
  const child = await runChild("hooks", [], { timeout: 30_000 });
  const tail = `\nexit ${child.code}${child.signal ? ` (${child.signal})` : ""}\nstdout: ${child.stdout.slice(-1500)}\nstderr: ${child.stderr.slice(-1500)}`;
  assert.equal(child.code, 0, `the child did not exit cleanly${tail}`);
  assert.ok(child.result, `no RESULT line${tail}`);
  assert.doesNotMatch(child.stderr, /unhandled/i, `stderr mentions an unhandled rejection${tail}`);
  assert.doesNotMatch(child.stderr, /HOOK-BOOM/, `a hook's error reached stderr${tail}`);
  const baseline = Object.fromEntries(child.result.filter((r) => r.variant === "none").map((r) => [r.kind, r.outcome]));
  assert.deepEqual(baseline, { ok: "resolved 200", network: "rejected NETWORK", retried: "resolved 200" }, "the calls without hooks");
  const changed = child.result.filter((r) => r.outcome !== baseline[r.kind]).map((r) => `${r.variant} / ${r.kind}: ${r.outcome}`);
  assert.deepEqual(changed, [], "a hook changed a call's outcome");
  const slow = child.result.filter((r) => r.variant === "never resolves" && r.ms > 1000).map((r) => `${r.kind}: ${r.ms} ms`);
  assert.deepEqual(slow, [], "a hook that never resolves delayed the call");
});

test("d: a hook that never resolves does not delay the call (in process)", async () => {
  const rec = recorder();
  const c = client({
    fetch: rec.fetch,
    maxRetries: 0,
    timeout: LONG,
    onRequest: () => new Promise(() => {}),
    onResponse: () => new Promise(() => {}),
  });
  const out = await settle(c.removeDepartmentMembers(remove()), LONG + SLACK);
  assertResolved(out);
  assert.ok(out.ms < 1000, `the call took ${out.ms} ms`);
});

// ---------------------------------------------------------------------------------------------
// e. Every value that becomes a header is a valid header value

const BAD_HEADER_VALUES = [
  ["CR", "abc\rdef"],
  ["LF", "abc\ndef"],
  ["CRLF and a header", "abc\r\nx-injected: 1"],
  ["NUL", "abc\0def"],
  ["\\x01", "abc\x01def"],
  ["DEL \\x7f", "abc\x7fdef"],
  ["NEL \\u0085", "abc\u0085def"],
  ["U+0100", "abc\u0100def"],
  ["中", "abc中def"],
  ["an emoji", "abc😀def"],
];
const POOL_TOKEN = jwt({ scoped_userpool_id: "pool-edges-1" });
const HEADER_OPTIONS = {
  accessKeyId: (v) => ({ accessKeyId: v, accessKeySecret: KEYS.accessKeySecret }),
  accessToken: (v) => ({ accessToken: v, userPoolId: "pool-edges-1" }),
  userPoolId: (v) => ({ accessToken: POOL_TOKEN, userPoolId: v }),
  tenantId: (v) => ({ ...KEYS, tenantId: v }),
  lang: (v) => ({ ...KEYS, lang: v }),
};

for (const [option, make] of Object.entries(HEADER_OPTIONS)) {
  test(`e: ${option} holding CR, LF, NUL, control characters or a character above U+00FF is refused at construction`, async () => {
    const rec = recorder();
    const problems = [];
    for (const [what, value] of BAD_HEADER_VALUES) {
      let client;
      let error;
      try {
        client = new M({ host: HOST, fetch: rec.fetch, maxRetries: 0, timeout: 300, ...make(value) });
      } catch (e) {
        error = e;
      }
      if (!error) {
        // Accepted: whatever happens next, record it, and it is a failure.
        const out = await settle(client.removeDepartmentMembers(remove()), 300 + SLACK);
        problems.push(`${what}: accepted (a call then ${describeOut(out).slice(0, 160)})`);
        continue;
      }
      if (!isGenAuthError(error) || error.code !== "CONFIG") problems.push(`${what}: ${error?.code ?? "a non-GenAuthError"}: ${error?.message}`);
      else if (error.field !== option) problems.push(`${what}: field ${JSON.stringify(error.field)}, not ${option}`);
      else if (!String(error.message).includes(option)) problems.push(`${what}: the message does not name ${option}: ${error.message}`);
    }
    assert.deepEqual(problems, []);
    assert.equal(rec.count, 0, "fetch was called");
  });
}

test("e: a token endpoint handing back an access_token that is no valid header value: AUTH, token asked a bounded number of times", { concurrency: true }, async (t) => {
  const bad = {
    "CRLF": `${TOKEN}\r\nx-injected: 1`,
    "LF": `${TOKEN}\nx`,
    "NUL": `${TOKEN}\0`,
    "中": `${TOKEN}中`,
    "U+0100": `${TOKEN}\u0100`,
  };
  await Promise.all(
    Object.entries(bad).map(([what, accessToken]) =>
      t.test(what, async () => {
        const rec = tokenRecorder(() => tokenEnvelope(accessToken));
        const c = client({ auth: "token", fetch: rec.fetch, timeout: 500, retryDelay: 5 });
        const out = await settle(c.removeDepartmentMembers(remove()), 4 * 500 + SLACK);
        const e = assertRejected(out, "AUTH", what);
        assert.ok(!String(e.message).includes(accessToken), "the message holds the token");
        const asked = rec.to(TOKEN_PATH).length;
        assert.ok(asked >= 1 && asked <= 2, `the token endpoint was asked ${asked} times`);
        // A second call on the same client: still AUTH, still bounded.
        const again = await settle(c.removeDepartmentMembers(remove()), 4 * 500 + SLACK);
        assertRejected(again, "AUTH", `${what}, second call`);
        const total = rec.to(TOKEN_PATH).length;
        assert.ok(total <= 4, `the token endpoint was asked ${total} times for two calls`);
      }),
    ),
  );
});

test("e: every CONFIG error names its option (field) in its message", () => {
  const fetch = async () => ok();
  const cases = {
    "no options at all": [{}, "accessKeyId"],
    "host with an ftp scheme": [{ ...KEYS, host: "ftp://example.com" }, "host"],
    "plain http to a public host": [{ ...KEYS, host: "http://example.com" }, "host"],
    "host empty": [{ ...KEYS, host: "" }, "host"],
    "host with a space": [{ ...KEYS, host: "https://exa mple.com" }, "host"],
    "host a number": [{ ...KEYS, host: 42 }, "host"],
    "an unknown option": [{ ...KEYS, bogusOption: 1 }, "bogusOption"],
    "a misspelt option": [{ ...KEYS, timout: 100 }, "timout"],
    "timeout a string": [{ ...KEYS, timeout: "100" }, "timeout"],
    "timeout 0": [{ ...KEYS, timeout: 0 }, "timeout"],
    "maxRetries -1": [{ ...KEYS, maxRetries: -1 }, "maxRetries"],
    "retryDelay 0": [{ ...KEYS, retryDelay: 0 }, "retryDelay"],
    "deadline 1.5": [{ ...KEYS, deadline: 1.5 }, "deadline"],
    "throwOnApiError a string": [{ ...KEYS, throwOnApiError: "yes" }, "throwOnApiError"],
    "dangerouslyAllowInsecureHttp a string": [{ ...KEYS, dangerouslyAllowInsecureHttp: "true" }, "dangerouslyAllowInsecureHttp"],
    "fetch not a function": [{ ...KEYS, fetch: "fetch" }, "fetch"],
    "onRequest not a function": [{ ...KEYS, onRequest: 5 }, "onRequest"],
    "onResponse not a function": [{ ...KEYS, onResponse: {} }, "onResponse"],
    "brand unknown": [{ ...KEYS, brand: "okta" }, "brand"],
    "auth unknown": [{ ...KEYS, auth: "oauth" }, "auth"],
    "lang unknown": [{ ...KEYS, lang: "fr-FR" }, "lang"],
    "accessKeyId a number": [{ accessKeyId: 1, accessKeySecret: KEYS.accessKeySecret }, "accessKeyId"],
    "accessKeySecret an array": [{ accessKeyId: KEYS.accessKeyId, accessKeySecret: [KEYS.accessKeySecret] }, "accessKeySecret"],
    "accessToken a number": [{ accessToken: 42 }, "accessToken"],
    "both kinds of credentials": [{ ...KEYS, accessToken: POOL_TOKEN }, null],
    "missing secret": [{ accessKeyId: KEYS.accessKeyId }, "accessKeySecret"],
    "missing key id": [{ accessKeySecret: KEYS.accessKeySecret }, "accessKeyId"],
    "userPoolId with access keys": [{ ...KEYS, userPoolId: "pool" }, "userPoolId"],
    "an access token without a pool claim and no userPoolId": [{ accessToken: jwt({ sub: "x" }) }, "userPoolId"],
    "tenantId too long": [{ ...KEYS, tenantId: "t".repeat(1025) }, "tenantId"],
  };
  const problems = [];
  for (const [what, [options, field]] of Object.entries(cases)) {
    let error;
    try {
      new M({ fetch, ...options });
    } catch (e) {
      error = e;
    }
    if (!error) problems.push(`${what}: accepted`);
    else if (!isGenAuthError(error) || error.code !== "CONFIG") problems.push(`${what}: ${error?.code ?? inspect(error)}`);
    else if (typeof error.field !== "string" || !error.field) problems.push(`${what}: no field (${error.message})`);
    else if (field && error.field !== field) problems.push(`${what}: field ${error.field}, expected ${field}`);
    else if (!error.message.includes(error.field)) problems.push(`${what}: message does not name "${error.field}": ${error.message}`);
  }
  assert.deepEqual(problems, []);
});

// ---------------------------------------------------------------------------------------------
// f. A released client cannot be reached through any copy

const keysOf = (tag) => ({ accessKeyId: `AKID-${tag}`, accessKeySecret: `secret-${tag}-0123456789abcdef` });
/** A client with its own host, fetch and credentials; `seen` holds what reached its fetch. */
function party(tag, port) {
  const rec = recorder();
  const c = new M({ ...keysOf(tag), host: `http://127.0.0.1:${port}`, fetch: rec.fetch, maxRetries: 0, timeout: 500 });
  return { tag, c, rec };
}
const cloneAssign = (c) => Object.assign(Object.create(Object.getPrototypeOf(c)), c);
const cloneSpread = (c) => Object.setPrototypeOf({ ...c }, Object.getPrototypeOf(c));

async function assertFreedRejects(c, what) {
  let p;
  try {
    p = c.removeDepartmentMembers(remove());
  } catch (e) {
    assert.fail(`${what}: threw synchronously: ${e?.message}`);
  }
  const e = assertRejected(await settle(p, 500 + SLACK), "CONFIG", what);
  assert.match(e.message, /free\(\)|released/i, `${what}: ${e.message}`);
}

/** Each party's fetch saw exactly `expected[tag]` requests, each to its own host with its own key id. */
function assertReached(parties, expected) {
  for (const { tag, rec } of parties) {
    assert.equal(rec.count, expected[tag] ?? 0, `client ${tag}'s fetch saw ${rec.count} request(s), expected ${expected[tag] ?? 0}`);
    for (const r of rec.requests) {
      assert.ok(r.headers?.authorization?.includes(`AKID-${tag}:`), `client ${tag}'s fetch got a request signed ${r.headers?.authorization}`);
    }
  }
}

test("f: after free(), the client and clones made after the free reject with CONFIG and reach nothing", async () => {
  const a = party("A", 10001);
  a.c.free();
  const b = party("B", 10002);
  await assertFreedRejects(a.c, "the freed client");
  await assertFreedRejects(cloneAssign(a.c), "an Object.assign clone made after free");
  await assertFreedRejects(cloneSpread(a.c), "a spread clone made after free");
  assertResolved(await settle(b.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, "client B");
  assertReached([a, b], { B: 1 });
});

test("f: clones made before free() cannot reach a client created after it", async () => {
  const a = party("A", 10001);
  const early = [cloneAssign(a.c), cloneSpread(a.c)];
  a.c.free();
  // Several new clients, so that one is likely to take the released memory.
  const others = Array.from({ length: 8 }, (_, i) => party(`B${i}`, 10100 + i));
  await assertFreedRejects(a.c, "the freed client");
  await assertFreedRejects(early[0], "an Object.assign clone made before free");
  await assertFreedRejects(early[1], "a spread clone made before free");
  assertReached([a, ...others], {});
  for (const o of others) assertResolved(await settle(o.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, `client ${o.tag}`);
  assertReached([a, ...others], Object.fromEntries(others.map((o) => [o.tag, 1])));
});

test("f: a clone freed first, then the original: no throw, both unusable, other clients intact", async () => {
  const a = party("A", 10001);
  const clone = cloneAssign(a.c);
  // A copy is not the client: free() on it releases nothing, and the client goes on working.
  assert.doesNotThrow(() => clone.free(), "freeing the clone");
  const b = party("B", 10002);
  assertResolved(await settle(a.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, "the original after free() on its clone");
  assert.doesNotThrow(() => a.c.free(), "freeing the original after its clone");
  const c = party("C", 10003);
  const d = party("D", 10004);
  await assertFreedRejects(clone, "the freed clone");
  await assertFreedRejects(a.c, "the freed original");
  for (const p of [b, c, d]) assertResolved(await settle(p.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, `client ${p.tag}`);
  assertReached([a, b, c, d], { A: 1, B: 1, C: 1, D: 1 });
});

test("f: double free does not throw or break other clients", async () => {
  const a = party("A", 10001);
  const b = party("B", 10002);
  a.c.free();
  assert.doesNotThrow(() => a.c.free(), "second free");
  assert.doesNotThrow(() => a.c.free(), "third free");
  const c = party("C", 10003);
  const d = party("D", 10004);
  await assertFreedRejects(a.c, "the freed client");
  for (const p of [b, c, d]) assertResolved(await settle(p.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, `client ${p.tag}`);
  assertReached([a, b, c, d], { B: 1, C: 1, D: 1 });
});

test("f: a clone of a live client works as the same client or rejects with CONFIG, never reaching another", async () => {
  const a = party("A", 10001);
  const b = party("B", 10002);
  let reachedA = 0;
  for (const [what, clone] of [["Object.assign clone", cloneAssign(a.c)], ["spread clone", cloneSpread(a.c)]]) {
    const out = await settle(clone.removeDepartmentMembers(remove()), 500 + SLACK);
    if (out.state === "fulfilled") {
      assertResolved(out, 200, what);
      reachedA++;
    } else {
      const e = assertRejected(out, "CONFIG", what);
      assert.ok(e.message.length > 0);
    }
  }
  assertResolved(await settle(a.c.removeDepartmentMembers(remove()), 500 + SLACK), 200, "the original");
  assertReached([a, b], { A: reachedA + 1 });
});

test("f: 20 000 clients dropped without free() are reclaimed (child, --expose-gc)", async () => {
  const child = await runChild("finalizer", [], { nodeArgs: ["--expose-gc"], timeout: 40_000 });
  const tail = `\nexit ${child.code}${child.signal ? ` (${child.signal})` : ""}\nstdout: ${child.stdout.slice(-1000)}\nstderr: ${child.stderr.slice(-1500)}`;
  assert.equal(child.code, 0, `the child did not exit cleanly${tail}`);
  const r = child.result;
  assert.ok(r, `no RESULT line${tail}`);
  const MB = 1024 * 1024;
  assert.ok(r.peak < 16 * MB, `wasm memory reached ${(r.peak / MB).toFixed(1)} MB (before ${(r.before / MB).toFixed(1)} MB, after ${(r.after / MB).toFixed(1)} MB)`);
  assert.equal(r.fresh, "resolved 200", "a fresh client after the churn");
});

// ---------------------------------------------------------------------------------------------
// g. JSON bodies byte for byte as JSON.stringify writes them

const HOSTILE_NUMBERS = [2 ** 53 + 2, 2 ** 60, 1e21, 123456789012345680000, 1.5e-7, -0, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, -1e-7, 1e-6, 1e20, 0.5];
const HOSTILE_STRINGS = ["\ud800", "a\udfffb", "😀", "\udbff\udfff", "x\ud83d", "\ude00y", '"\\/\b\f\n\r\t', "\u0000\u001f\u007f", "\u2028\u2029", "中文"];

test("g: createUser with lone surrogates and hostile numbers: the body equals JSON.stringify of the params", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  // In the order of the endpoint table's fields, so that any field order gives the same text.
  const params = {
    username: "\ud800",
    name: "a\udfffb",
    nickname: "😀",
    customData: {
      numbers: HOSTILE_NUMBERS,
      strings: HOSTILE_STRINGS,
      nested: { big: 2 ** 60, tiny: 5e-324, negZero: -0, sum: 0.1 + 0.2, lone: "\ud800", deep: [[1e21, "\udfff"], { x: 1.5e-7 }] },
      "10": "integer-like keys come first in JSON.stringify",
      "2": 2,
      b: 1,
      a: 2,
      "\ud800key": "a lone surrogate in a key",
    },
  };
  const out = await settle(c.createUser(params), LONG + SLACK);
  assertResolved(out);
  assert.equal(rec.count, 1);
  assert.equal(typeof rec.requests[0].body, "string", "the body is not a string");
  assert.equal(rec.requests[0].body, JSON.stringify(params));
});

test("g: updateDepartment free-form fields with hostile numbers and strings: byte-exact body", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const params = {
    organizationCode: ORG,
    departmentId: DEPT,
    metadata: Object.fromEntries(HOSTILE_NUMBERS.map((n, i) => [`n${i}`, n])),
    description: "a\udfffb\ud800😀",
    customData: Object.fromEntries(HOSTILE_STRINGS.map((s, i) => [`s${i}`, s])),
  };
  const out = await settle(c.updateDepartment(params), LONG + SLACK);
  assertResolved(out);
  assert.equal(rec.count, 1);
  assert.equal(rec.requests[0].body, JSON.stringify(params));
});

test("g: a lone surrogate in a query-string field: INVALID_ARGUMENT, nothing sent", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const cases = [
    ["getUser userId", () => c.getUser({ userId: "abc\ud800" }), "userId"],
    ["getUser userId, low surrogate", () => c.getUser({ userId: "\udfffabc" }), "userId"],
    ["postList keywords", () => c.postList({ keywords: "x\udc00y" }), "keywords"],
    ["getDepartment departmentId", () => c.getDepartment({ organizationCode: ORG, departmentId: "\ud83d" }), "departmentId"],
  ];
  const problems = [];
  for (const [what, run, field] of cases) {
    let p;
    try {
      p = run();
    } catch (e) {
      problems.push(`${what}: threw synchronously: ${e?.message}`);
      continue;
    }
    const out = await settle(p, LONG + SLACK);
    if (out.state !== "rejected" || !isGenAuthError(out.error) || out.error.code !== "INVALID_ARGUMENT") problems.push(`${what}: ${describeOut(out)}`);
    else if (out.error.field !== field) problems.push(`${what}: field ${out.error.field}, expected ${field}`);
  }
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0, `sent: ${rec.requests.map((r) => r.url).join(", ")}`);
});

// ---------------------------------------------------------------------------------------------
// h. Clock correction never sends an unusable date

const IMF_FIXDATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const DAY = 24 * 3600 * 1000;
const skewEnvelope = (date) => {
  const headers = { "content-type": "application/json" };
  if (date !== undefined) headers.date = date;
  return new Response(JSON.stringify({ statusCode: 401, apiCode: 1305, message: "clock" }), { status: 200, headers });
};

for (const date of ["garbage", "Sat, 01 Jan 99999 00:00:00 GMT", "Mon, 01 Jan 0000 00:00:00 GMT", "", "Sat, 01 Jan -271821 00:00:00 GMT", "1e400", "Thu, 31 Dec 9999 99:99:99 GMT"]) {
  test(`h: a refused clock (1305) with server date ${JSON.stringify(date)}: every later request carries a valid, current IMF-fixdate`, async () => {
    const rec = recorder((req, n) => (n === 1 ? skewEnvelope(date) : ok()));
    const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
    const first = await settle(c.removeDepartmentMembers(remove()), LONG + SLACK);
    assert.notEqual(first.state, "hang", describeOut(first));
    // The next request, whether a retry of the first call or a call of its own.
    const second = await settle(c.removeDepartmentMembers(remove()), LONG + SLACK);
    assert.notEqual(second.state, "hang", describeOut(second));
    assert.ok(rec.count >= 2, `only ${rec.count} request(s) went out`);
    for (const [i, r] of rec.requests.entries()) {
      const d = r.headers?.date;
      assert.equal(typeof d, "string", `request ${i + 1} has no date header`);
      assert.match(d, IMF_FIXDATE, `request ${i + 1}: date ${JSON.stringify(d)}`);
      const t = new Date(d).getTime();
      assert.ok(Number.isFinite(t) && Math.abs(t - Date.now()) < DAY, `request ${i + 1}: date ${d} is not within a day of now`);
    }
  });
}

test("h: a refused clock (1305) with a server date an hour ahead: the retry is dated ~1 hour ahead", async () => {
  const ahead = 3600 * 1000;
  const rec = recorder((req, n) => (n === 1 ? skewEnvelope(new Date(Date.now() + ahead).toUTCString()) : ok()));
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  assertResolved(await settle(c.removeDepartmentMembers(remove()), LONG + SLACK));
  assert.equal(rec.count, 2, "the refused request was not retried once");
  const [d1, d2] = rec.requests.map((r) => r.headers?.date);
  assert.match(d2, IMF_FIXDATE);
  const offset = new Date(d2).getTime() - new Date(d1).getTime();
  assert.ok(Math.abs(offset - ahead) < 2 * 60 * 1000, `the retry is dated ${Math.round(offset / 1000)} s after the first, not ~3600 s`);
});

// ---------------------------------------------------------------------------------------------
// i. Bounded work on hostile input (50 MB values run in a child, which can be killed)

const BOUNDED = {
  callName: ["a call name of 50 MB", ["INVALID_ARGUMENT"]],
  lang: ["the lang option of 50 MB", ["CONFIG"]],
  enumParam: ["departmentIdType of 50 MB", ["INVALID_ARGUMENT"]],
  paramName: ["an unknown param name of 50 MB", ["INVALID_ARGUMENT"]],
};
// Started together (each in its own process), awaited by the tests below.
let boundedRuns;
const boundedRun = (which) => {
  boundedRuns ??= Object.fromEntries(Object.keys(BOUNDED).map((w) => [w, runChild("bounded", [w], { timeout: 25_000 })]));
  return boundedRuns[which];
};

for (const [which, [what, codes]] of Object.entries(BOUNDED)) {
  test(`i: ${what}: refused with a short message, wasm memory grows by at most ~2 MB over 3 tries`, async () => {
    const child = await boundedRun(which);
    const tail = `\nexit ${child.code}${child.signal ? ` (${child.signal}, killed after 25 s)` : ""}\nstdout: ${child.stdout.slice(-1500)}\nstderr: ${child.stderr.slice(-1500)}`;
    assert.equal(child.code, 0, `the child did not exit cleanly${tail}`);
    const r = child.result;
    assert.ok(r, `no RESULT line${tail}`);
    assert.equal(r.sent, 0, "a request was sent");
    const MB = 1024 * 1024;
    for (const [i, round] of r.rounds.entries()) {
      const label = `try ${i + 1}`;
      assert.ok(round.state === "rejected" || round.state === "threw", `${label}: ${round.state} after ${round.ms} ms`);
      assert.ok(round.genAuthError, `${label}: not a GenAuthError`);
      assert.ok(codes.includes(round.code), `${label}: code ${round.code}`);
      assert.ok(round.messageLength < 300, `${label}: a message of ${round.messageLength} characters: ${round.messageStart}…`);
      assert.ok(round.fieldLength === undefined || round.fieldLength < 300, `${label}: a field of ${round.fieldLength} characters`);
      assert.ok(round.memory - r.before <= 2 * MB, `${label}: wasm memory grew by ${((round.memory - r.before) / MB).toFixed(1)} MB`);
    }
  });
}

test("i: counts in messages are right", async () => {
  const rec = recorder();
  const c = client({ fetch: rec.fetch, maxRetries: 0, timeout: LONG });
  const ids = (n) => Array.from({ length: n }, (_, i) => `623c20b2a062${i.toString(16).padStart(12, "0")}`);
  const problems = [];
  for (const n of [1001, 1234, 5000, 100_000]) {
    const out = await settle(c.removeDepartmentMembers({ ...remove(), userIds: ids(n) }), SLACK);
    if (out.state !== "rejected" || out.error?.code !== "INVALID_ARGUMENT") problems.push(`${n} ids: ${describeOut(out)}`);
    else if (!out.error.message.includes(String(n))) problems.push(`${n} ids: the message does not say ${n}: ${out.error.message}`);
    else if (out.error.field !== "userIds") problems.push(`${n} ids: field ${out.error.field}`);
  }
  assert.deepEqual(problems, []);
  assert.equal(rec.count, 0);
});

// ---------------------------------------------------------------------------------------------
// j. No secret in any message

const SECRET = "SECRET-abcdef0123456789-SECRET";
const SLICES = Array.from({ length: SECRET.length - 11 }, (_, i) => SECRET.slice(i, i + 12));

test("j: the access key secret given as every wrong option or param value appears in no error", async () => {
  const fetch = async () => ok();
  const keys = { accessKeyId: "test-access-key-id", accessKeySecret: SECRET };
  const construct = {
    lang: { ...keys, lang: SECRET },
    brand: { ...keys, brand: SECRET },
    auth: { ...keys, auth: SECRET },
    "host, plain http": { ...keys, host: `http://${SECRET}` },
    "host, ftp": { ...keys, host: `ftp://${SECRET}` },
    "tenantId too long": { ...keys, tenantId: SECRET.repeat(35) },
    "tenantId with CRLF": { ...keys, tenantId: `${SECRET}\r\n` },
    userPoolId: { ...keys, userPoolId: SECRET },
    "timeout a string": { ...keys, timeout: SECRET },
    "maxRetries a string": { ...keys, maxRetries: SECRET },
    "retryDelay a string": { ...keys, retryDelay: SECRET },
    "deadline a string": { ...keys, deadline: SECRET },
    "throwOnApiError a string": { ...keys, throwOnApiError: SECRET },
    "dangerouslyAllowInsecureHttp a string": { ...keys, dangerouslyAllowInsecureHttp: SECRET },
    "fetch a string": { ...keys, fetch: SECRET },
    "onRequest a string": { ...keys, onRequest: SECRET },
    "an unknown option named by the secret": { ...keys, [SECRET]: 1 },
    "a misspelt accessKeySecret": { accessKeyId: keys.accessKeyId, accessKeySecre: SECRET },
    "accessKeyId with a newline": { accessKeyId: `${SECRET}\n`, accessKeySecret: SECRET },
    "the secret without a key id": { accessKeySecret: SECRET },
    "the secret in an array": { accessKeyId: keys.accessKeyId, accessKeySecret: [SECRET] },
    "the secret and an access token": { ...keys, accessToken: SECRET },
    "the secret as an access token without a pool": { accessToken: SECRET },
  };
  const problems = [];
  const look = (what, e) => {
    if (!isGenAuthError(e)) return problems.push(`${what}: not a GenAuthError: ${String(e).slice(0, 200)}`);
    let asJson;
    try {
      asJson = JSON.stringify(e);
    } catch (err) {
      asJson = `JSON.stringify threw ${err}`;
    }
    for (const [how, text] of [["message", String(e.message)], ["String(e)", String(e)], ["JSON.stringify", String(asJson)], ["inspect", inspect(e, { depth: 8 })]]) {
      const leak = SLICES.find((s) => text.includes(s));
      if (leak) problems.push(`${what}: ${how} holds "${leak}": ${text.slice(0, 240)}`);
    }
  };
  for (const [what, options] of Object.entries(construct)) {
    let error;
    try {
      new M({ fetch, host: HOST, ...options });
    } catch (e) {
      error = e;
    }
    if (!error) problems.push(`${what}: accepted`);
    else look(`new ManagementClient, ${what}`, error);
  }
  const c = new M({ ...keys, host: HOST, fetch, maxRetries: 0, timeout: LONG });
  const calls = {
    "departmentIdType (enum param)": () => c.removeDepartmentMembers({ ...remove(), departmentIdType: SECRET }),
    "userIdType (enum param, GET)": () => c.getUser({ userId: USER, userIdType: SECRET }),
    // (Without `strict`, a field the call does not name goes with the body, as the official client sends it.)
    "an unknown param named by the secret, strict": () =>
      new M({ ...keys, host: HOST, fetch, maxRetries: 0, timeout: LONG, strict: true }).removeDepartmentMembers({ ...remove(), [SECRET]: 1 }),
    "an unknown param named by the secret, holding a function": () => c.removeDepartmentMembers({ ...remove(), [SECRET]: () => 1 }),
    "a call named by the secret": () => c.call(SECRET, {}),
    "call option timeout": () => c.removeDepartmentMembers(remove(), { timeout: SECRET }),
    "an unknown call option named by the secret": () => c.removeDepartmentMembers(remove(), { [SECRET]: 1 }),
  };
  for (const [what, run] of Object.entries(calls)) {
    let out;
    try {
      out = await settle(run(), LONG + SLACK);
    } catch (e) {
      out = { state: "rejected", error: e };
    }
    if (out.state !== "rejected") problems.push(`${what}: ${describeOut(out)}`);
    else look(what, out.error);
  }
  assert.deepEqual(problems, []);
});
