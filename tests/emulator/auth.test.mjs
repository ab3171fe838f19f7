// The emulator's /api/v3/ authentication calls over the users the management side keeps, by fetch
// and through the official AuthenticationClient (authing-node-sdk 4.0.1). node --test tests/emulator/
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { startEmulator, DEFAULT_APP, DEMO_PASSWORD } from "../../emulator/index.mjs";
import { AUTH_ROUTES } from "../../emulator/areas/auth.mjs";

// The official client from the repository's dependencies, else from the official suite runner's (the same 4.0.1).
function officialSdk() {
  try {
    return createRequire(import.meta.url)("authing-node-sdk");
  } catch {
    return createRequire(new URL("../suite/runner/package.json", import.meta.url))("authing-node-sdk");
  }
}
const { AuthenticationClient, ManagementClient } = officialSdk();

let emu;
before(async () => {
  emu = await startEmulator();
});
after(() => emu.close());
beforeEach(() => emu.reset());

const APP = DEFAULT_APP.appId;
const SECRET = DEFAULT_APP.appSecret;
const CB = "http://127.0.0.1:4556/callback";
const ZHANGSAN = "623c20b2a062aaaaf41b17da";
const PASSWORD = DEMO_PASSWORD;

async function api(method, path, { token, body, query, app = APP, headers = {}, lang } = {}) {
  const url = new URL(`/api/v3/${path}`, emu.url);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.append(k, String(v));
  const h = { "content-type": "application/json", ...(app ? { "x-authing-app-id": app } : {}), ...(token ? { authorization: token } : {}), ...(lang ? { "x-authing-lang": lang } : {}), ...headers };
  const r = await fetch(url, { method, headers: h, body: method === "GET" ? undefined : JSON.stringify(body ?? {}) });
  return { status: r.status, body: await r.json() };
}
async function manage(method, path, body) {
  const { access_token, userPoolId } = emu.mintToken();
  const url = new URL(`/api/v3/${path}`, emu.url);
  if (method === "GET") for (const [k, v] of Object.entries(body ?? {})) url.searchParams.append(k, String(v));
  const r = await fetch(url, {
    method, headers: { authorization: `Bearer ${access_token}`, "x-authing-userpool-id": userPoolId, "content-type": "application/json" },
    body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
  });
  return r.json();
}
const signin = (passwordPayload, extra = {}) => api("POST", "signin", { body: { connection: "PASSWORD", passwordPayload, ...extra } });
async function tokenOf(account = "zhangsan", password = PASSWORD) {
  const r = await signin({ account, password });
  assert.equal(r.body.statusCode, 200, JSON.stringify(r.body));
  return r.body.data.access_token;
}

// ---------------------------------------------------------------------------------------------

test("a user created through the Management API signs in by username, email, phone and account", async () => {
  const created = await manage("POST", "create-user", { username: "newbie", email: "Newbie@Example.com", phone: "13911112222", password: "S3cret-pw" });
  assert.equal(created.statusCode, 200);
  const id = created.data.userId;
  for (const payload of [{ username: "newbie" }, { email: "newbie@example.com" }, { phone: "13911112222" }, { account: "NEWBIE@example.com" }, { account: "13911112222" }, { account: "newbie" }]) {
    const r = await signin({ ...payload, password: "S3cret-pw" });
    assert.equal(r.status, 200);
    assert.equal(r.body.statusCode, 200, JSON.stringify(payload));
    const d = r.body.data;
    assert.deepEqual(Object.keys(d), ["scope", "access_token", "id_token", "token_type", "expire_in"]);
    assert.deepEqual([d.scope, d.token_type, d.expire_in], ["openid profile", "Bearer", 3600]);
    const payloadOf = JSON.parse(Buffer.from(d.access_token.split(".")[1], "base64url"));
    assert.deepEqual([payloadOf.sub, payloadOf.aud], [id, APP]);
  }
  const wrong = await signin({ username: "newbie", password: "nope" });
  assert.deepEqual([wrong.status, wrong.body.statusCode, wrong.body.apiCode, wrong.body.message], [200, 400, 2333, "账号或密码错误"]);
  const en = await api("POST", "signin", { body: { connection: "PASSWORD", passwordPayload: { username: "ghost", password: "x" } }, lang: "en-US" });
  assert.equal(en.body.message, "wrong account or password");
  // A user the management side suspends cannot sign in; one it gives a new password signs in with it.
  await manage("POST", "update-user", { userId: id, password: "N3w-pw" });
  assert.equal((await signin({ username: "newbie", password: "S3cret-pw" })).body.apiCode, 2333);
  assert.equal((await signin({ username: "newbie", password: "N3w-pw" })).body.statusCode, 200);
  await manage("POST", "update-user", { userId: id, status: "Suspended" });
  assert.deepEqual([(await signin({ username: "newbie", password: "N3w-pw" })).body.statusCode, (await signin({ username: "newbie", password: "N3w-pw" })).body.apiCode], [403, 2017]);
  // The demo user without a password cannot sign in at all.
  assert.equal((await signin({ username: "lisi", password: "" })).body.statusCode, 400);
  assert.equal((await signin({ username: "lisi", password: "anything" })).body.apiCode, 2333);
});

test("a user who signs up appears to listUsers; duplicates are refused as create-user refuses them", async () => {
  const r = await api("POST", "signup", {
    body: { connection: "PASSWORD", passwordPayload: { email: "fresh@example.com", password: "Pa55-word" }, profile: { nickname: "Fresh", gender: "F", customData: { team: "a" } } },
  });
  assert.equal(r.body.statusCode, 200, JSON.stringify(r.body));
  assert.deepEqual([r.body.data.email, r.body.data.nickname, r.body.data.gender, r.body.data.userSourceType, r.body.data.customData.team], ["fresh@example.com", "Fresh", "F", "register", "a"]);
  const listed = await manage("POST", "list-users", { keywords: "fresh@example.com" });
  assert.equal(listed.data.totalCount, 1);
  assert.equal(listed.data.list[0].userId, r.body.data.userId);
  assert.equal((await signin({ email: "fresh@example.com", password: "Pa55-word" })).body.statusCode, 200);
  const dup = await api("POST", "signup", { body: { connection: "PASSWORD", passwordPayload: { email: "FRESH@example.com", password: "x" } } });
  assert.deepEqual([dup.body.statusCode, dup.body.apiCode, dup.body.message], [409, 2026, "邮箱已存在"]);
  const byCode = await api("POST", "signup", { body: { connection: "PASSCODE", passCodePayload: { phone: "13755556666", passCode: "123456" } } });
  assert.equal(byCode.body.data.phoneVerified, true);
  const badCode = await api("POST", "signup", { body: { connection: "PASSCODE", passCodePayload: { phone: "13755556667", passCode: "000000" } } });
  assert.deepEqual([badCode.body.statusCode, badCode.body.apiCode], [400, 2001]);
  assert.equal((await api("POST", "signup", { body: { connection: "MAGIC" } })).body.message, "参数 connection 格式错误");
});

test("the signed-in user's calls need a token of this application: none, bad, revoked, another app's are 401", async () => {
  const t = await tokenOf();
  for (const token of [t, `Bearer ${t}`]) assert.equal((await api("GET", "get-profile", { token })).body.data.userId, ZHANGSAN);
  const none = await api("GET", "get-profile");
  assert.deepEqual([none.status, none.body.statusCode, none.body.apiCode, none.body.message], [401, 401, 2020, "尚未登录，无访问权限"]);
  const bad = await api("GET", "get-profile", { token: "x.y.z" });
  assert.deepEqual([bad.status, bad.body.apiCode], [401, 2021]);
  const forged = t.slice(0, -4) + (t.endsWith("AAAA") ? "BBBB" : "AAAA");
  assert.equal((await api("GET", "get-profile", { token: forged })).body.apiCode, 2021);
  emu.addApplication({ appId: "other-app", appSecret: "other" });
  assert.equal((await api("GET", "get-profile", { token: t, app: "other-app" })).body.apiCode, 2021);
  const noApp = await api("GET", "get-profile", { token: t, app: null });
  assert.deepEqual([noApp.body.statusCode, noApp.body.apiCode], [400, 2000]);
  assert.deepEqual([(await api("GET", "get-profile", { token: t, app: "nope" })).body.statusCode, (await api("GET", "get-profile", { token: t, app: "nope" })).body.apiCode], [404, 2010]);
  // The GenAuth brand's header names the app too.
  assert.equal((await api("GET", "get-profile", { token: t, app: null, headers: { "x-genauth-app-id": APP } })).body.statusCode, 200);
  // Expired: past accessTokenExpiresIn on the emulator's clock.
  emu.config.clockOffsetSeconds = 3601;
  assert.equal((await api("GET", "get-profile", { token: t })).body.apiCode, 2021);
  emu.config.clockOffsetSeconds = 0;
  // A reset forgets every token.
  emu.reset();
  assert.equal((await api("GET", "get-profile", { token: t })).body.apiCode, 2021);
});

test("profile, password, security level: the user's own calls change what the management side reads", async () => {
  const t = await tokenOf();
  const p = await api("GET", "get-profile", { token: t, query: { withCustomData: true, withDepartmentIds: true } });
  assert.ok(Array.isArray(p.body.data.departmentIds) && p.body.data.customData);
  const up = await api("POST", "update-profile", { token: t, body: { nickname: "三哥", city: "杭州", customData: { k: "v" } } });
  assert.equal(up.body.statusCode, 200);
  assert.deepEqual([up.body.data.nickname, up.body.data.city, up.body.data.customData.k], ["三哥", "杭州", "v"]);
  assert.equal((await manage("GET", "get-user", { userId: ZHANGSAN })).data.nickname, "三哥");
  const email = await api("POST", "update-profile", { token: t, body: { email: "x@example.com" } });
  assert.deepEqual([email.body.statusCode, email.body.message], [400, "不能通过此接口修改 email"]);
  assert.equal((await api("POST", "update-profile", { token: t, body: { username: "lisi" } })).body.statusCode, 409);

  assert.equal((await api("POST", "update-password", { token: t, body: { newPassword: "x", oldPassword: "wrong" } })).body.apiCode, 2333);
  assert.equal((await api("POST", "update-password", { token: t, body: { newPassword: "x" } })).body.apiCode, 2333);
  assert.equal((await api("POST", "update-password", { token: t, body: { newPassword: "x", passwordEncryptType: "rsa", oldPassword: PASSWORD } })).body.statusCode, 400);
  const changed = await api("POST", "update-password", { token: t, body: { oldPassword: PASSWORD, newPassword: "An0ther-pw!" } });
  assert.deepEqual([changed.body.statusCode, changed.body.data], [200, undefined]);
  assert.equal((await signin({ username: "zhangsan", password: PASSWORD })).body.apiCode, 2333);
  assert.equal((await signin({ username: "zhangsan", password: "An0ther-pw!" })).body.statusCode, 200);
  const sec = await api("GET", "get-security-info", { token: t });
  assert.deepEqual(sec.body.data, { passwordSecurityLevel: 3, mfaEnrolled: false, passwordSet: true, emailBinded: true, phoneBinded: true, securityScore: 80 });
});

test("roles, groups, departments, resources, tenants of the signed-in user, as the management side set them", async () => {
  await manage("POST", "create-role", { code: "auditor", name: "审计" });
  await manage("POST", "assign-role", { code: "auditor", targets: [{ targetType: "USER", targetIdentifier: ZHANGSAN }] });
  await manage("POST", "create-group", { code: "ops", name: "运维" });
  await manage("POST", "add-group-members", { code: "ops", userIds: [ZHANGSAN] });
  await manage("POST", "create-resource", { code: "orders", type: "API", actions: [{ name: "read" }] });
  assert.equal((await manage("POST", "authorize-resources", { namespace: "default", list: [{ targetType: "USER", targetIdentifiers: [ZHANGSAN], resources: [{ resourceType: "API", code: "orders", actions: ["read"] }] }] })).statusCode, 200);
  const t = await tokenOf();
  const roles = await api("GET", "get-my-role-list", { token: t });
  assert.deepEqual(roles.body.data.map((r) => r.code), ["auditor"]);
  const groups = await api("GET", "get-my-group-list", { token: t });
  assert.deepEqual(groups.body.data.map((g) => [g.code, g.members.map((m) => m.userId)]), [["ops", [ZHANGSAN]]]);
  const depts = await api("GET", "get-my-department-list", { token: t, query: { page: 1, limit: 10, withCustomData: false, sortBy: "JoinDepartmentAt", orderBy: "Desc" } });
  assert.ok(depts.body.data.totalCount >= 2, JSON.stringify(depts.body));
  assert.deepEqual(depts.body.data.list.map((d) => d.name).sort(), ["产品部", "开发部"]);
  const res = await api("GET", "get-my-authorized-resources", { token: t });
  assert.deepEqual(res.body.data.list.map((r) => [r.resourceCode, r.actions]), [["orders", ["read"]]]);
  const tenants = await api("GET", "get-my-tenant-list", { token: t });
  assert.deepEqual(tenants.body.data.map((x) => x.tenantId), ["6390b4a1c2d3e4f5a6b7c8d0"]);
  assert.equal((await api("GET", "get-my-role-list", { token: t, query: { namespace: "nope" } })).body.statusCode, 404);
});

test("pass codes: send-sms and send-email are recorded; the fixed code signs in, binds and unbinds", async () => {
  const sent = await api("POST", "send-sms", { body: { channel: "CHANNEL_LOGIN", phoneNumber: "13800138001", phoneCountryCode: "+86" } });
  assert.deepEqual([sent.body.statusCode, sent.body.data], [200, undefined]);
  await api("POST", "send-email", { body: { channel: "CHANNEL_BIND_EMAIL", email: "lisi-new@example.com" } });
  const messages = await (await fetch(`${emu.url}/__control/messages`)).json();
  assert.deepEqual(messages.map((m) => [m.kind, m.channel, m.to, m.passCode]), [["sms", "CHANNEL_LOGIN", "13800138001", "123456"], ["email", "CHANNEL_BIND_EMAIL", "lisi-new@example.com", "123456"]]);
  assert.equal((await api("POST", "send-sms", { body: { channel: "NOPE", phoneNumber: "13800138001" } })).body.message, "参数 channel 格式错误");

  const byPhone = await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { phone: "13800138001", passCode: "123456" } } });
  assert.equal(byPhone.body.statusCode, 200);
  const wrong = await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { phone: "13800138001", passCode: "654321" } } });
  assert.deepEqual([wrong.body.statusCode, wrong.body.apiCode, wrong.body.message], [400, 2001, "验证码不正确"]);
  const unknown = await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { email: "nobody@example.com", passCode: "123456" } } });
  assert.equal(unknown.body.statusCode, 404);
  const auto = await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { email: "nobody@example.com", passCode: "123456" }, options: { autoRegister: true } } });
  assert.equal(auto.body.statusCode, 200);
  assert.equal((await manage("POST", "list-users", { keywords: "nobody@example.com" })).data.totalCount, 1);

  // The code is a setting.
  await fetch(`${emu.url}/__control/config`, { method: "POST", body: JSON.stringify({ passCode: "8888" }) });
  assert.equal((await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { phone: "13800138001", passCode: "123456" } } })).body.apiCode, 2001);
  assert.equal((await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { phone: "13800138001", passCode: "8888" } } })).body.statusCode, 200);
  emu.reset();

  // lisi has no password: sign in by code, bind an email (once), unbind the phone.
  const t = (await api("POST", "signin", { body: { connection: "PASSCODE", passCodePayload: { phone: "13800138002", passCode: "123456" } } })).body.data.access_token;
  assert.equal((await api("POST", "bind-email", { token: t, body: { email: "lisi-new@example.com", passCode: "123456" } })).body.message, "已绑定邮箱");
  assert.equal((await api("POST", "unbind-email", { token: t, body: { passCode: "123456" } })).body.statusCode, 200);
  assert.equal((await manage("GET", "get-user", { userId: "623c20b2a062aaaaf41b17db" })).data.email, null);
  assert.equal((await api("POST", "unbind-email", { token: t, body: { passCode: "123456" } })).body.message, "未绑定邮箱");
  assert.equal((await api("POST", "bind-email", { token: t, body: { email: "zhangsan@steamory.cn", passCode: "123456" } })).body.statusCode, 409);
  assert.equal((await api("POST", "bind-email", { token: t, body: { email: "lisi-new@example.com", passCode: "1" } })).body.apiCode, 2001);
  assert.equal((await api("POST", "bind-email", { token: t, body: { email: "lisi-new@example.com", passCode: "123456" } })).body.statusCode, 200);
  const u1 = await manage("GET", "get-user", { userId: "623c20b2a062aaaaf41b17db" });
  assert.deepEqual([u1.data.email, u1.data.emailVerified], ["lisi-new@example.com", true]);
  assert.equal((await api("POST", "bind-phone", { token: t, body: { phoneNumber: "13000000000", passCode: "123456" } })).body.message, "已绑定手机号");
  assert.equal((await api("POST", "unbind-phone", { token: t, body: { passCode: "123456" } })).body.statusCode, 200);
  assert.equal((await manage("GET", "get-user", { userId: "623c20b2a062aaaaf41b17db" })).data.phone, null);
  assert.equal((await api("POST", "bind-phone", { token: t, body: { phoneNumber: "13000000000", phoneCountryCode: "+86", passCode: "123456" } })).body.statusCode, 200);
  assert.equal((await manage("GET", "get-user", { userId: "623c20b2a062aaaaf41b17db" })).data.phone, "13000000000");
});

test("apps and history: logged-in apps, accessible apps, login history with filters; system info and countries without a token", async () => {
  const t = await tokenOf();
  await signin({ username: "zhangsan", password: "bad" });
  const logged = await api("GET", "get-my-logged-in-apps", { token: t });
  assert.deepEqual(logged.body.data.map((a) => [a.appId, a.appName, a.active]), [[APP, "示例应用", true]]);
  emu.addApplication({ appId: "second", appSecret: "s", appName: "第二个" });
  const accessible = await api("GET", "get-my-accessible-apps", { token: t });
  assert.deepEqual(accessible.body.data.map((a) => [a.appId, a.active]), [[APP, true], ["second", false]]);
  const history = await api("GET", "get-my-login-history", { token: t });
  assert.deepEqual(history.body.data.list.map((h) => h.success), [false, true]);
  assert.equal(history.body.data.list[0].appId, APP);
  assert.equal((await api("GET", "get-my-login-history", { token: t, query: { success: true } })).body.data.totalCount, 1);
  assert.equal((await api("GET", "get-my-login-history", { token: t, query: { limit: 51 } })).body.statusCode, 400);

  const sys = await (await fetch(`${emu.url}/api/v3/system`)).json();
  assert.deepEqual(Object.keys(sys), ["rsa", "sm2", "version", "publicIps"]);
  assert.match(sys.rsa.publicKey, /^-----BEGIN PUBLIC KEY-----/);
  const countries = await api("GET", "get-country-list", { app: null });
  assert.equal(countries.body.data[0].alpha2, "CN");
  assert.deepEqual(countries.body.data[0].name["en-US"], { enabled: true, value: "China" });
});

test("data permissions of the signed-in user, in the application's namespace", async () => {
  await manage("POST", "create-permission-namespace", { code: APP, name: "示例应用" });
  await manage("POST", "create-string-data-resource", { namespaceCode: APP, resourceCode: "orders", resourceName: "Orders", struct: "orders", actions: ["read", "write"] });
  const policy = await manage("POST", "create-data-policy", { policyName: "p", statementList: [{ effect: "ALLOW", permissions: [`${APP}/orders/read`] }] });
  await manage("POST", "authorize-data-policies", { policyIds: [policy.data.policyId], targetList: [{ id: ZHANGSAN, type: "USER" }] });
  const t = await tokenOf();
  for (const path of ["check-permission-string-resource", "check-permission-array-resource", "check-permission-tree-resource"]) {
    const r = await api("POST", path, { token: t, body: { resources: ["orders"], action: "read" } });
    assert.deepEqual(r.body.data.checkResultList, [{ namespaceCode: APP, action: "read", resource: "orders", enabled: true }], path);
  }
  assert.equal((await api("POST", "check-permission-string-resource", { token: t, body: { resources: ["orders"], action: "write" } })).body.data.checkResultList[0].enabled, false);
  const list = await api("POST", "get-user-auth-resource-permission-list", { token: t, body: { resources: ["orders"] } });
  assert.deepEqual(list.body.data.permissionList[0].actions, ["read"]);
  const struct = await api("POST", "get-user-auth-resource-struct", { token: t, body: { resource: "orders" } });
  assert.deepEqual(struct.body.data.strResourceAuthAction, { value: "orders", actions: ["read"] });
});

test("sign-in client credentials: as the app's tokenEndPointAuthMethod allows", async () => {
  emu.addApplication({ appId: "post-only", appSecret: "p0st", tokenEndPointAuthMethod: "client_secret_post" });
  const body = { connection: "PASSWORD", passwordPayload: { username: "zhangsan", password: PASSWORD } };
  assert.equal((await api("POST", "signin", { app: "post-only", body })).body.apiCode, 2030, "no secret");
  assert.equal((await api("POST", "signin", { app: "post-only", body: { ...body, client_id: "post-only", client_secret: "bad" } })).status, 401);
  assert.equal((await api("POST", "signin", { app: "post-only", body: { ...body, client_id: "post-only", client_secret: "p0st" } })).body.statusCode, 200);
  assert.equal((await api("POST", "signin", { app: "post-only", body: { ...body, client_id: APP, client_secret: "p0st" } })).body.statusCode, 400);
  const basic = { authorization: `Basic ${Buffer.from("post-only:p0st").toString("base64")}` };
  assert.equal((await api("POST", "signin", { app: "post-only", body, headers: basic })).body.apiCode, 2030, "basic is not this app's method");
  assert.equal((await api("POST", "signin", { body, headers: { authorization: `Basic ${Buffer.from(`${APP}:${SECRET}`).toString("base64")}` } })).body.statusCode, 200);
  assert.equal((await api("POST", "signin", { body: { ...body, options: { passwordEncryptType: "rsa" } } })).body.statusCode, 400);
  assert.equal((await api("POST", "signin", { body: { connection: "LDAP", ldapPayload: {} } })).body.statusCode, 400);
  const offline = await api("POST", "signin", { body: { ...body, options: { scope: "openid offline_access" } } });
  assert.ok(offline.body.data.refresh_token);
});

// ---------------------------------------------------------------------------------------------
// The official client

function official(extra = {}) {
  return new AuthenticationClient({ appId: APP, appSecret: SECRET, appHost: emu.url, redirectUri: CB, ...extra });
}

async function codeByPage(client, opts = {}) {
  const { url, state, nonce } = client.buildAuthorizeUrl(opts);
  const r = await fetch(url, { method: "POST", body: new URLSearchParams({ account: "zhangsan", password: PASSWORD }), redirect: "manual" });
  assert.equal(r.status, 302, await r.clone().text());
  const loc = new URL(r.headers.get("location"));
  assert.equal(loc.searchParams.get("state"), state);
  return { code: loc.searchParams.get("code"), nonce };
}

test("official AuthenticationClient: its domainC14n keeps http://127.0.0.1:<port>; password sign-in, getProfile, updateProfile", async () => {
  const client = official();
  assert.equal(client.options.appHost, emu.url, "the loopback origin is kept as given");
  assert.equal(official({ appHost: `${emu.url}/` }).options.appHost, emu.url, "a trailing slash is dropped");
  const r = await client.signInByUsernamePassword({ username: "zhangsan", password: PASSWORD });
  assert.equal(r.statusCode, 200, JSON.stringify(r));
  for (const call of [
    () => client.signInByEmailPassword({ email: "zhangsan@steamory.cn", password: PASSWORD }),
    () => client.signInByPhonePassword({ phone: "13800138001", password: PASSWORD }),
    () => client.signInByAccountPassword({ account: "zhangsan", password: PASSWORD }),
  ]) assert.equal((await call()).statusCode, 200);
  assert.equal((await client.signInByUsernamePassword({ username: "zhangsan", password: "x" })).apiCode, 2333);
  // The body carries client_id and client_secret (client_secret_post, the official default); the log does not keep the secret.
  const logged = emu.requests.filter((x) => x.path === "/api/v3/signin").at(-1);
  assert.deepEqual([logged.headers["x-authing-app-id"], logged.body.client_id, logged.body.client_secret], [APP, APP, "…"]);

  client.setAccessToken(r.data.access_token);
  const profile = await client.getProfile({ withCustomData: true });
  assert.deepEqual([profile.statusCode, profile.data.userId, profile.data.username], [200, ZHANGSAN, "zhangsan"]);
  const updated = await client.updateProfile({ nickname: "小张", company: "蒸汽记忆" });
  assert.deepEqual([updated.data.nickname, updated.data.company], ["小张", "蒸汽记忆"]);
  assert.equal((await client.getProfile({})).data.nickname, "小张");
  assert.equal((await client.getRoleList({})).statusCode, 200);
  assert.equal((await client.getSecurityLevel()).data.passwordSet, true);
  const sys = await client.getSystemInfo();
  assert.ok(sys.rsa.publicKey);
  // Basic client authentication on sign-in.
  const basic = official({ tokenEndPointAuthMethod: "client_secret_basic" });
  assert.equal((await basic.signInByUsernamePassword({ username: "zhangsan", password: PASSWORD })).statusCode, 200);
  const signedUp = await client.signUpByEmailPassword({ email: "official@example.com", password: "0fficial!" });
  assert.equal(signedUp.statusCode, 200);
  assert.equal((await manage("POST", "list-users", { keywords: "official@example.com" })).data.totalCount, 1);
});

test("official AuthenticationClient: getAccessTokenByCode (with PKCE), parseIDToken, parseAccessToken, userinfo, refresh, introspect, revoke, logout URL", async () => {
  const client = official({ scope: "openid profile email offline_access" });
  const verifier = client.generateCodeChallenge();
  const challenge = client.getCodeChallengeDigest({ codeChallenge: verifier, method: "S256" });
  assert.equal(challenge, createHash("sha256").update(verifier).digest("base64url"));
  const { url, state, nonce } = client.buildAuthorizeUrl();
  const withPkce = `${url}&code_challenge=${challenge}&code_challenge_method=S256`;
  const r = await fetch(withPkce, { method: "POST", body: new URLSearchParams({ account: "zhangsan", password: PASSWORD }), redirect: "manual" });
  const loc = new URL(r.headers.get("location"));
  assert.equal(loc.searchParams.get("state"), state);
  const tokens = await client.getAccessTokenByCode(loc.searchParams.get("code"), { codeVerifier: verifier });
  assert.ok(tokens.access_token && tokens.id_token && tokens.refresh_token, JSON.stringify(tokens));

  const id = await client.parseIDToken(tokens.id_token);
  assert.deepEqual([id.sub, id.aud, id.nonce, id.iss], [ZHANGSAN, APP, nonce, `${emu.url}/oidc`]);
  const at = await client.parseAccessToken(tokens.access_token);
  assert.equal(at.sub, ZHANGSAN);
  await assert.rejects(client.parseIDToken(`${tokens.id_token.slice(0, -3)}abc`), "a tampered token fails jose's check");

  const info = await client.getUserInfoByAccessToken(tokens.access_token);
  assert.deepEqual([info.sub, info.email], [ZHANGSAN, "zhangsan@steamory.cn"]);
  for (const [method, tokenPlace] of [["POST", "header"], ["POST", "query"], ["POST", "body"], ["GET", "header"]])
    assert.equal((await client.getUserInfoByAccessToken(tokens.access_token, { method, tokenPlace })).sub, ZHANGSAN, `${method} ${tokenPlace}`);

  const fresh = await client.getNewAccessTokenByRefreshToken(tokens.refresh_token);
  assert.ok(fresh.access_token && fresh.refresh_token !== tokens.refresh_token);
  const active = await client.introspectToken(fresh.access_token);
  assert.deepEqual([active.active, active.sub, active.client_id], [true, ZHANGSAN, APP]);
  assert.equal(await client.revokeToken(fresh.access_token), true);
  assert.equal((await client.introspectToken(fresh.access_token)).active, false);
  await assert.rejects(client.getUserInfoByAccessToken(fresh.access_token), (e) => e.response?.status === 401);

  // client_secret_basic and none (PKCE) at every endpoint.
  const basic = official({ tokenEndPointAuthMethod: "client_secret_basic", introspectionEndPointAuthMethod: "client_secret_basic", revocationEndPointAuthMethod: "client_secret_basic" });
  const c2 = await codeByPage(basic);
  const t2 = await basic.getAccessTokenByCode(c2.code);
  assert.equal((await basic.introspectToken(t2.access_token)).active, true);
  assert.equal(await basic.revokeToken(t2.access_token), true);
  const none = official({ appSecret: undefined, tokenEndPointAuthMethod: "none", introspectionEndPointAuthMethod: "none", revocationEndPointAuthMethod: "none" });
  const v3 = none.generateCodeChallenge();
  const { url: u3 } = none.buildAuthorizeUrl();
  const r3 = await fetch(`${u3}&code_challenge=${none.getCodeChallengeDigest({ codeChallenge: v3, method: "S256" })}&code_challenge_method=S256`, {
    method: "POST", body: new URLSearchParams({ account: "zhangsan", password: PASSWORD }), redirect: "manual",
  });
  const t3 = await none.getAccessTokenByCode(new URL(r3.headers.get("location")).searchParams.get("code"), { codeVerifier: v3 });
  assert.ok(t3.access_token);
  // A reused code: the official client sees the 400.
  await assert.rejects(none.getAccessTokenByCode(new URL(r3.headers.get("location")).searchParams.get("code"), { codeVerifier: v3 }), (e) => e.response?.status === 400 && e.response.data.error === "invalid_grant");

  const logout = client.buildLogoutUrl({ idToken: tokens.id_token, redirectUri: "http://127.0.0.1:4556/bye", state: "s" });
  const out = await fetch(logout, { redirect: "manual" });
  assert.equal(out.headers.get("location"), "http://127.0.0.1:4556/bye?state=s");
  const cc = await client.getAccessTokenByClientCredentials("read", { accessKey: APP, accessSecret: SECRET });
  assert.equal(cc.scope, "read");
});

test("the management side sees the sign-ins: get-user-login-history, get-user-loggedin-apps", async () => {
  assert.deepEqual((await manage("GET", "get-user-loggedin-apps", { userId: ZHANGSAN })).data, []);
  assert.equal((await manage("GET", "get-user-login-history", { userId: ZHANGSAN })).data.totalCount, 0);
  await tokenOf();
  await signin({ username: "zhangsan", password: "wrong" });
  const apps = await manage("GET", "get-user-loggedin-apps", { userId: ZHANGSAN });
  assert.deepEqual(apps.data.map((a) => [a.appId, a.appName]), [[APP, "示例应用"]]);
  const h = await manage("GET", "get-user-login-history", { userId: ZHANGSAN });
  assert.equal(h.data.totalCount, 1, "the successful one");
  assert.deepEqual(Object.keys(h.data.list[0]), ["appId", "appName", "appLogo", "appLoginUrl", "clientIp", "userAgent", "time"]);
  assert.equal((await manage("GET", "get-user-login-history", { userId: ZHANGSAN, appId: "other" })).data.totalCount, 0);
});

test("every authentication call the emulator answers is the official client's: its method name, HTTP method and path", () => {
  for (const [path, route] of Object.entries(AUTH_ROUTES)) {
    const fn = AuthenticationClient.prototype[route.name];
    assert.equal(typeof fn, "function", `${route.name} (${path})`);
    const src = fn.toString();
    assert.ok(src.includes(`url: "${path}"`), `${route.name} sends ${path}`);
    assert.ok(src.includes(`method: "${route.method}"`), `${route.name} uses ${route.method}`);
  }
});

test("both official clients: a user createUser makes signs in; a user signUp makes is in listUsers; expireTokens ends the session", async () => {
  const management = new ManagementClient({ accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789", host: emu.url });
  const created = await management.createUser({ username: "from-admin", password: "Adm1n-made" });
  assert.equal(created.statusCode, 200, JSON.stringify(created));
  const client = official();
  const signedIn = await client.signInByUsernamePassword({ username: "from-admin", password: "Adm1n-made" });
  assert.equal(signedIn.statusCode, 200);
  client.setAccessToken(signedIn.data.access_token);
  assert.equal((await client.getProfile({})).data.userId, created.data.userId);

  const signedUp = await client.signUpByUsernamePassword({ username: "from-signup", password: "S1gned-up", profile: { nickname: "新人" } });
  assert.equal(signedUp.statusCode, 200);
  const listed = await management.listUsers({ keywords: "from-signup" });
  assert.deepEqual(listed.data.list.map((u) => [u.userId, u.nickname, u.userSourceType]), [[signedUp.data.userId, "新人", "register"]]);
  const history = await management.getUserLoginHistory({ userId: created.data.userId });
  assert.equal(history.data.totalCount, 1);

  emu.fault({ kind: "expireTokens" });
  await assert.rejects(client.getProfile({}), (e) => e.response?.status === 401 && e.response.data.apiCode === 2021);
});
