// The emulator's core against hostile input: query strings that try to write through a prototype
// or mix forms, credentials in the request log, bad fault and config specs, a seed that is not
// valid (nothing changes), control routes given bad bodies.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator/index.mjs";

let emu, headers;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(() => {
  emu.reset();
  const { access_token, userPoolId } = emu.mintToken();
  headers = { authorization: `Bearer ${access_token}`, "x-authing-userpool-id": userPoolId, "content-type": "application/json" };
});

const control = async (method, path, body) => {
  const res = await fetch(`${emu.url}/__control/${path}`, { method, headers: { "content-type": "application/json" }, body });
  return { status: res.status, body: await res.json() };
};

test("a query string cannot write through a prototype, on any route, authenticated or not", async () => {
  for (const q of ["__proto__[polluted]=yes", "constructor[prototype][polluted]=yes", "__proto__[public]=1", "a[__proto__][polluted]=1"]) {
    for (const path of ["/api/v3/get-user", "/__control/state", "/__control/members"]) await fetch(`${emu.url}${path}?${q}`);
  }
  assert.equal({}.polluted, undefined);
  assert.equal({}.public, undefined);
  // Authentication still holds: no header, no answer.
  const res = await fetch(`${emu.url}/api/v3/get-user?userId=623c20b2a062aaaaf41b17da`);
  assert.equal(res.status, 401);
});

test("a key given both as a value and as an array or object is read, never a 500", async () => {
  for (const q of ["userId=1&userId[]=2", "userId[]=1&userId=2", "userId=1&userId[x]=2", "userId[x]=1&userId[]=2", "a[]", "[x]=1"]) {
    const res = await fetch(`${emu.url}/api/v3/get-user?${q}`, { headers });
    assert.ok(res.status < 500, `${q}: ${res.status}`);
    const body = await res.json();
    assert.ok(body.statusCode < 500, `${q}: ${JSON.stringify(body)}`);
  }
});

test("the request log holds no credential: secret fields and one-word authorization values are redacted", async () => {
  await fetch(`${emu.url}/api/v3/get-management-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" }),
  });
  await fetch(`${emu.url}/api/v3/create-user`, { method: "POST", headers: { ...headers, authorization: "SECRETTOKEN" }, body: JSON.stringify({ username: "u", nested: { appSecret: "s3" } }) });
  await fetch(`${emu.url}/api/v3/create-user`, { method: "POST", headers, body: JSON.stringify({ username: "v", options: { clientSecret: "s4" } }) });
  const log = JSON.stringify(emu.requests) + JSON.stringify((await control("GET", "requests")).body);
  for (const secret of ["test-access-key-secret-0123456789", "SECRETTOKEN", "s3", "s4", emu.mintToken().access_token.split(".")[2]])
    assert.ok(!log.includes(secret), `the log holds ${secret}`);
  assert.equal(emu.requests[0].body.accessKeyId, "test-access-key-id");
  assert.equal(emu.requests[0].body.accessKeySecret, "…");
  assert.equal(emu.requests.at(-1).headers.authorization, "Bearer …");
});

test("a fault spec the emulator cannot honour is refused when queued, and the next answer is whole", async () => {
  for (const spec of [
    { kind: "status", status: 99 },
    { kind: "status", status: 500, httpStatus: 1000 },
    { kind: "throttle", httpStatus: 1 },
    { kind: "throttle", retryAfter: "1\r\nx: y" },
    { kind: "delay", ms: 3e9 },
    { kind: "status", status: 503, count: "abc" },
    { kind: "drop", probability: 2 },
  ]) {
    assert.throws(() => emu.fault(spec), Error, JSON.stringify(spec));
    const r = await control("POST", "fault", JSON.stringify(spec));
    assert.equal(r.status, 400, JSON.stringify(spec));
  }
  const res = await fetch(`${emu.url}/api/v3/get-user?userId=623c20b2a062aaaaf41b17da`, { headers });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).statusCode, 200);
});

test("config takes numbers only, and keeps what it had when refused", async () => {
  const before = (await control("GET", "config")).body;
  for (const body of [{ tokenExpiresIn: "abc" }, { skewWindowSeconds: null }, { tokenExpiresIn: 0 }, { skewWindowSeconds: -1 }, { clockOffsetSeconds: "x" }]) {
    const r = await control("POST", "config", JSON.stringify(body));
    assert.equal(r.status, 400, JSON.stringify(body));
  }
  assert.deepEqual((await control("GET", "config")).body, before);
  assert.equal((await control("POST", "config", JSON.stringify({ tokenExpiresIn: "60" }))).body.tokenExpiresIn, 60);
});

test("a seed that is not valid changes nothing: reset throws, naming the problem, and the state is as it was", async () => {
  const users = Object.keys(emu.state.users).sort();
  const orgs = Object.keys(emu.state.organizations).sort();
  const bad = { users: [{ userId: "x", username: "x" }], tenants: [{ tenantId: "t", name: "t", members: [{ userId: "ghost" }] }] };
  assert.throws(() => emu.reset(bad), /ghost/);
  assert.deepEqual(Object.keys(emu.state.users).sort(), users);
  assert.deepEqual(Object.keys(emu.state.organizations).sort(), orgs);
  const r = await control("POST", "reset", JSON.stringify({ seed: bad }));
  assert.equal(r.status, 400);
  assert.match(r.body.error, /ghost/);
  assert.deepEqual(Object.keys(emu.state.users).sort(), users);
  for (const seed of ["/etc/passwd", 5, []]) assert.equal((await control("POST", "reset", JSON.stringify({ seed }))).status, 400, JSON.stringify(seed));
  assert.deepEqual(Object.keys(emu.state.users).sort(), users);
});

test("control routes: a body that is not JSON, or not an object, and members without its arguments are 400 with a message", async () => {
  const notJson = await control("POST", "reset", "{ seed: ");
  assert.deepEqual([notJson.status, notJson.body.error], [400, "the request body is not valid JSON"]);
  const array = await control("POST", "fault", "[]");
  assert.deepEqual([array.status, array.body.error], [400, "the request body must be a JSON object"]);
  const members = await control("GET", "members");
  assert.deepEqual([members.status, members.body.error], [400, "organizationCode and departmentId are required"]);
});

test("startEmulator refuses options it cannot honour, before it listens", async () => {
  for (const [opts, re] of [
    [{ port: "abc" }, /port/], [{ port: 70000 }, /port/], [{ tokenExpiresIn: "abc" }, /tokenExpiresIn/], [{ tokenExpiresIn: -5 }, /tokenExpiresIn/],
    [{ skewWindowSeconds: -1 }, /skewWindowSeconds/], [{ userPoolId: 5 }, /userPoolId/], [{ accessKeySecret: "" }, /accessKeySecret/],
    [{ seed: { users: [{ userId: 7 }] } }, /userId/], [{ seed: { users: [{ userId: "a", externalId: "E" }, { userId: "b", externalId: "E" }] } }, /duplicate externalId/],
  ])
    await assert.rejects(startEmulator(opts), re, JSON.stringify(opts));
});
