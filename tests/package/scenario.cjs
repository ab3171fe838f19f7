// One scenario run against the emulator by a user's script, once loaded with require() and
// once with import: every auth mode and brand, every error code. It returns what it saw; the
// test asserts it.
"use strict";

const util = require("node:util");

const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };
const ORG = "steamory";
const DEPT = "60b49eb83fd80adb96f26e68";

async function control(url, path, body) {
  const res = await fetch(url + path, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) });
  return res.json();
}

async function members(url) {
  return (await control(url, `/__control/members?organizationCode=${ORG}&departmentId=${DEPT}`)).userIds;
}

function errorInfo(e) {
  return {
    isGenAuthError: e && e.name === "GenAuthError",
    instanceofError: e instanceof Error,
    code: e.code,
    field: e.field,
    status: e.status,
    statusCode: e.statusCode,
    apiCode: e.apiCode,
    requestId: e.requestId,
    message: e.message,
    hasStack: typeof e.stack === "string" && e.stack.length > 0,
  };
}

async function outcome(promise) {
  try {
    return { resolved: await promise };
  } catch (e) {
    return { rejected: errorInfo(e) };
  }
}

module.exports = async function run(lib, url) {
  const { ManagementClient, removeDepartmentMembers, isGenAuthError } = lib;
  const out = { exports: Object.keys(lib).sort(), modes: [], errors: {}, shown: [] };
  const modes = [
    { name: "signature/genauth", opts: { ...KEY } },
    { name: "signature/authing", opts: { ...KEY, brand: "authing" } },
    { name: "token/genauth", opts: { ...KEY, auth: "token" } },
    { name: "token/authing", opts: { ...KEY, auth: "token", brand: "authing" } },
    { name: "accessToken/genauth", opts: { accessToken: "minted" } },
    { name: "accessToken/authing", opts: { accessToken: "minted", brand: "authing" } },
  ];
  for (const mode of modes) {
    if (mode.opts.accessToken) mode.opts.accessToken = (await control(url, "/__control/token", {})).access_token;
    const client = new ManagementClient({ ...mode.opts, host: url });
    const before = await members(url);
    const victim = before[0];
    const res = await client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds: [victim] });
    const after = await members(url);
    out.modes.push({ name: mode.name, victim, res, before, after });
    out.shown.push(JSON.stringify(client), util.inspect(client, { depth: 5 }), String(client));
    // Put the member back for the next mode.
    await control(url, "/__control/reset", {});
  }
  // The one-shot function.
  out.oneShot = await removeDepartmentMembers({ ...KEY, host: url }, { organizationCode: ORG, departmentId: DEPT, userIds: ["623c20b2a062aaaaf41b17da"] });
  out.oneShotAfter = await members(url);
  await control(url, "/__control/reset", {});

  // One attempt per call here: each fault must surface as its error code.
  const client = new ManagementClient({ ...KEY, host: url, timeout: 300, maxRetries: 0 });
  const params = { organizationCode: ORG, departmentId: DEPT, userIds: ["623c20b2a062aaaaf41b17da"] };
  await control(url, "/__control/requests/clear", {});
  out.errors.INVALID_ARGUMENT = await outcome(client.removeDepartmentMembers({ ...params, userIds: "623c20b2a062aaaaf41b17da" }));
  out.errors.typo = await outcome(client.removeDepartmentMembers({ ...params, departmentID: DEPT }));
  out.requestsAfterInvalid = (await control(url, "/__control/requests")).length;
  out.errors.CONFIG = await outcome(Promise.resolve().then(() => new ManagementClient({ accessKeyId: "k" })));
  out.errors.CONFIG_host = await outcome(Promise.resolve().then(() => new ManagementClient({ ...KEY, host: "http://api.example.com" })));
  out.errors.notFound = await outcome(client.removeDepartmentMembers({ ...params, departmentId: "000000000000000000000000" }));
  out.errors.API = await outcome(client.removeDepartmentMembers({ ...params, departmentId: "000000000000000000000000" }, { throwOnApiError: true }));
  out.errors.badSecret = await outcome(new ManagementClient({ ...KEY, accessKeySecret: "wrong-secret", host: url }).removeDepartmentMembers(params));
  out.errors.AUTH = await outcome(new ManagementClient({ ...KEY, accessKeySecret: "wrong-secret", host: url, auth: "token" }).removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "delay", ms: 1000 });
  out.errors.TIMEOUT = await outcome(client.removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "status", status: 502, envelope: false });
  out.errors.HTTP = await outcome(client.removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "status", status: 500 });
  out.errors.envelope500 = await outcome(client.removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "nonjson" });
  out.errors.DECODE = await outcome(client.removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "drop" });
  out.errors.NETWORK = await outcome(client.removeDepartmentMembers(params));
  out.errors.refused = await outcome(new ManagementClient({ ...KEY, host: "http://127.0.0.1:9" }).removeDepartmentMembers(params));
  await control(url, "/__control/fault", { kind: "delay", ms: 1000 });
  const controller = new AbortController();
  const pending = outcome(client.removeDepartmentMembers(params, { signal: controller.signal, timeout: 5000 }));
  setTimeout(() => controller.abort(), 50);
  out.errors.ABORTED = await pending;
  out.guard = [isGenAuthError(new Error("x")), isGenAuthError(null)];
  // After all of that the same client still works.
  await control(url, "/__control/fault/clear", {});
  out.stillWorks = await client.removeDepartmentMembers(params);
  return out;
};
