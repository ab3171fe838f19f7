// The /api/v3/ authentication calls (the official AuthenticationClient's), over the users the management side
// keeps and the tokens oidc.mjs issues.
//
// Telling them apart from management calls: a path below is an authentication call when the Management API has no
// call on it; on a path both share, when the request carries `x-authing-app-id` (or `x-genauth-app-id`), no
// user-pool header and no signature (`authing …` / `GenAuth …` authorization). Every call names its application in
// that header (missing: 400, apiCode 2000, "请求头 x-authing-app-id 不能为空"; unknown: 404, apiCode 2010, "应用不存在"),
// except `system` and `get-country-list`. Calls marked (user) need the user's access token (from /api/v3/signin or
// /oidc/token, issued to the same application) in `authorization`, raw as the official client sends it or as
// `Bearer …`: none -> HTTP 401, apiCode 2020, "尚未登录，无访问权限"; not valid (unknown, expired, revoked, another
// application's, a deleted or no longer Activated user) -> HTTP 401, apiCode 2021, "登录态已失效，请重新登录".
// Envelopes as every other call: {statusCode, message, apiCode, requestId, data}; errors HTTP 200 with the error in
// the envelope unless said otherwise; messages in Chinese, English with x-authing-lang: en-US.
//
// Pass codes: the emulator sends nothing; send-sms and send-email record the message (GET /__control/messages) with
// the pass code, which is always config.passCode ("123456" unless the passCode option or /__control/config says
// otherwise). Every call taking a passCode accepts that code for any phone or email, sent or not; another code ->
// 400, apiCode 2001, "验证码不正确".
//
//   POST signin           SigninByCredentialsDto: connection PASSWORD (passwordPayload {password!, account | email
//                         | username | phone}: account is a username, then an email, then a phone) or PASSCODE
//                         (passCodePayload {passCode!, email | phone, phoneCountryCode}); LDAP and AD: 400 "not
//                         supported". options {scope ("openid profile"), autoRegister (PASSCODE: an unknown email or
//                         phone becomes a new user), passwordEncryptType (none only; rsa/sm2: 400 not supported),
//                         clientIp, context, tenantId, customData, captchaCode, captchaToken}. Client credentials as the
//                         app's tokenEndPointAuthMethod allows: client_id + client_secret in the body, a Basic header,
//                         or none (wrong: HTTP 401, apiCode 2030, "应用密钥错误"; client_id not the header's app: 400).
//                         Wrong account or password: 400, apiCode 2333, "账号或密码错误"; a user not Activated: 403,
//                         apiCode 2017, "账号已停用". -> {scope, access_token, id_token (with openid), refresh_token (with
//                         offline_access), token_type: "Bearer", expire_in} (LoginTokenResponseDataDto).
//   POST signup           SignUpDto: PASSWORD (passwordPayload {password!, username | email}) or PASSCODE (passCodePayload
//                         {passCode!, email | phone, phoneCountryCode}), profile (SignUpProfileDto), options -> UserDto
//                         (userSourceType "register"); create-user's checks (409, apiCode 2026 for a taken value).
//   GET  get-profile      (user) withCustomData, withIdentities, withDepartmentIds -> UserDto
//   POST update-profile   (user) UpdateUserProfileDto (name, nickname, photo, externalId, birthdate, country, province, city,
//                         address, streetAddress, postalCode, gender, username, company, customData, identityNumber);
//                         another field: 400, apiCode 2000 "不能通过此接口修改 <field>" -> UserDto
//   POST update-password  (user) {newPassword!, oldPassword (required when the user has a password; wrong: 400, apiCode
//                         2333, "原密码错误"), passwordEncryptType (none)} -> no data
//   GET  get-my-role-list (user) namespace -> RoleDto[]          GET get-my-group-list (user) -> GroupDto[] (with members)
//   GET  get-my-department-list  (user) page, limit, withCustomData, sortBy, orderBy -> {totalCount, list}
//   GET  get-my-authorized-resources (user) namespace, resourceType -> {totalCount, list: AuthorizedResourceDto[]}
//   GET  get-my-login-history (user) appId, clientIp, success, start, end (ms), page, limit (<= 50) -> {totalCount,
//                         list: LoginHistoryDto[]}, newest first: the sign-ins through signin, /oidc/auth, /oidc/token
//                         (password) and CAS, failures too (the last 1 000)
//   GET  get-my-logged-in-apps (user) -> the applications where the user holds a live token: LoggedInAppsDto[]
//   GET  get-my-accessible-apps (user) -> every application: AccessibleAppsDto[] (active: the user holds a live token)
//   GET  get-my-tenant-list (user) -> [{tenantId, tenantName, joinAt}]
//   GET  get-security-info (user) -> {passwordSecurityLevel, mfaEnrolled, passwordSet, emailBinded, phoneBinded, securityScore}
//   POST send-sms         {channel! (SendSMSDto's), phoneNumber!, phoneCountryCode} -> no data; recorded
//   POST send-email       {channel! (SendEmailDto's), email!} -> no data; recorded
//   POST bind-email       (user) {email!, passCode!} (the user has no email yet, else 400 "已绑定邮箱"; taken: 409) -> no data
//   POST bind-phone       (user) {phoneNumber!, phoneCountryCode, passCode!} (likewise) -> no data
//   POST unbind-email, unbind-phone (user) {passCode!} -> no data
//   POST check-permission-string-resource, check-permission-array-resource, check-permission-tree-resource (user)
//                         {resources!, action!} -> {checkResultList} (data.mjs's check-permission in the namespace of
//                         the application's id, as the official suite's data resources are)
//   POST get-user-auth-resource-permission-list (user) {resources!} -> {permissionList}
//   POST get-user-auth-resource-struct (user) {resource!} -> data.mjs's get-user-resource-struct
//   GET  system           -> {rsa: {publicKey}, sm2: {publicKey}, version, publicIps}, not an envelope (SystemInfoResp);
//                         rsa.publicKey is the provider's key (PEM); passwords encrypted with it are not accepted
//   GET  get-country-list -> CountryDetailInfo[] (a short list)
import { absent, badParam, check, fail, isPlainObject, nowIso } from "../lib.mjs";
import * as data from "./data.mjs";
import * as groups from "./groups.mjs";
import * as organizations from "./organizations.mjs";
import * as resources from "./resources.mjs";
import * as roles from "./roles.mjs";
import { activeUser, appOf, findByAccount, issuerOf, loginEntry, passwordMatches, recordSignIn, sameText } from "./oidc.mjs";
import { EMAIL, PHONE, addUser, noteStored, patchUser, userView } from "./users.mjs";

// ---------------------------------------------------------------------------------------------
// Which requests are authentication calls

const appHeader = (h) => h["x-authing-app-id"] ?? h["x-genauth-app-id"];

/** The authentication route of a request, or null (a management call, or no such path). */
export function authRoute(path, headers, isManagementPath) {
  if (!Object.hasOwn(AUTH_ROUTES, path)) return null;
  if (!isManagementPath) return AUTH_ROUTES[path];
  const h = headers;
  const signed = /^(authing|genauth)\s/i.test(String(h.authorization ?? ""));
  const pool = h["x-authing-userpool-id"] !== undefined || h["x-genauth-userpool-id"] !== undefined;
  return appHeader(h) !== undefined && !signed && !pool ? AUTH_ROUTES[path] : null;
}

// ---------------------------------------------------------------------------------------------
// The application, the client and the user of a request

function requireApp(env) {
  const id = appHeader(env.req.headers);
  if (typeof id !== "string" || !id) fail(400, 2000, "请求头 x-authing-app-id 不能为空", "the x-authing-app-id header is required");
  return appOf(env.state, id) ?? fail(404, 2010, "应用不存在", "application not found");
}

// The sign-in calls' client authentication: what the app's tokenEndPointAuthMethod allows.
function clientOf(env, p, app) {
  const h = env.req.headers.authorization;
  const m = typeof h === "string" ? /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(h) : null;
  let method = "none", id, secret;
  if (m) {
    const text = Buffer.from(m[1], "base64").toString("utf8");
    const i = text.indexOf(":");
    [id, secret, method] = i < 0 ? [text, "", "client_secret_basic"] : [text.slice(0, i), text.slice(i + 1), "client_secret_basic"];
  } else if (!absent(p.client_secret)) [id, secret, method] = [p.client_id, p.client_secret, "client_secret_post"];
  const wrong = () => fail(401, 2030, "应用密钥错误", "wrong client credentials", 401);
  if (method !== "none") {
    if (typeof id !== "string" || typeof secret !== "string") wrong();
    if (id !== app.appId) fail(400, 2000, "client_id 与 x-authing-app-id 不一致", "client_id differs from x-authing-app-id");
    if (!sameText(secret, app.appSecret)) wrong();
  }
  if (!app.tokenEndPointAuthMethod.includes(method)) wrong();
}

/** The signed-in user of a (user) call: {user, app, record}. */
async function signedIn(env) {
  const app = requireApp(env);
  const h = env.req.headers.authorization;
  const raw = typeof h === "string" ? h.trim() : "";
  if (!raw) fail(401, 2020, "尚未登录，无访问权限", "not signed in: an access token is required", 401);
  const m = /^Bearer\s+(\S+)$/i.exec(raw);
  const token = m ? m[1] : raw;
  const p = env.provider;
  const record = p.accessRecord(token, await p.keys());
  if (!record || record.kind !== "user" || record.appId !== app.appId) fail(401, 2021, "登录态已失效，请重新登录", "the access token is invalid, expired or revoked", 401);
  return { user: activeUser(env.state, record.sub), app, record };
}

const user = (handler) => async (p, env) => {
  const who = await signedIn(env);
  return handler(p, env, who);
};

// A call of another area, with its own checks.
function inner(area, path, params, env) {
  const r = area.routes[path];
  return r.handler(r.spec ? check(params, r.spec) : params, env);
}

// ---------------------------------------------------------------------------------------------
// Checks

const str = (v, n, { required = false, max = 1024 } = {}) => {
  if (absent(v)) return required ? badParam(n) : undefined;
  return typeof v === "string" && v.length <= max ? v : badParam(n);
};
const obj = (v, n) => (absent(v) ? {} : isPlainObject(v) ? v : badParam(n));
const body = (p) => (isPlainObject(p) ? p : badParam("body"));

function plainPasswords(options) {
  const t = options.passwordEncryptType;
  if (absent(t) || t === "none") return;
  if (t === "rsa" || t === "sm2") fail(400, 2000, `模拟器不支持 passwordEncryptType ${t}`, `passwordEncryptType ${t} is not supported by the emulator`);
  badParam("passwordEncryptType");
}

function checkPassCode(env, code) {
  if (typeof code !== "string" || !code) badParam("passCode");
  if (!sameText(code, env.config.passCode)) fail(400, 2001, "验证码不正确", "wrong pass code");
}

const SMS_CHANNELS = ["CHANNEL_LOGIN", "CHANNEL_REGISTER", "CHANNEL_RESET_PASSWORD", "CHANNEL_BIND_PHONE", "CHANNEL_UNBIND_PHONE", "CHANNEL_BIND_MFA",
  "CHANNEL_VERIFY_MFA", "CHANNEL_UNBIND_MFA", "CHANNEL_COMPLETE_PHONE", "CHANNEL_IDENTITY_VERIFICATION", "CHANNEL_DELETE_ACCOUNT"];
const EMAIL_CHANNELS = ["CHANNEL_LOGIN", "CHANNEL_REGISTER", "CHANNEL_RESET_PASSWORD", "CHANNEL_VERIFY_EMAIL_LINK", "CHANNEL_UPDATE_EMAIL", "CHANNEL_BIND_EMAIL",
  "CHANNEL_UNBIND_EMAIL", "CHANNEL_VERIFY_MFA", "CHANNEL_UNLOCK_ACCOUNT", "CHANNEL_COMPLETE_EMAIL", "CHANNEL_DELETE_ACCOUNT"];

const wrongAccount = () => fail(400, 2333, "账号或密码错误", "wrong account or password");
const disabled = () => fail(403, 2017, "账号已停用", "this account is disabled");

// ---------------------------------------------------------------------------------------------
// Views

const appListItem = (app, active) => ({ appId: app.appId, appName: app.appName, appLoginUrl: app.appLoginUrl, appLogo: app.appLogo, active });

function securityInfo(st, u) {
  const pw = st.userSecrets[u.userId]?.password;
  const passwordSet = typeof pw === "string" && pw.length > 0;
  const classes = passwordSet ? [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length : 0;
  const passwordSecurityLevel = !passwordSet ? 0 : pw.length >= 8 && classes >= 3 ? 3 : pw.length >= 6 && classes >= 2 ? 2 : 1;
  const emailBinded = Boolean(u.email), phoneBinded = Boolean(u.phone);
  return {
    passwordSecurityLevel, mfaEnrolled: false, passwordSet, emailBinded, phoneBinded,
    securityScore: 10 + passwordSecurityLevel * 10 + (emailBinded ? 20 : 0) + (phoneBinded ? 20 : 0),
  };
}

const lang = (zh, en) => ({ "zh-CN": { enabled: true, value: zh }, "en-US": { enabled: true, value: en } });
const COUNTRIES = [
  ["CN", "CHN", "+86", "🇨🇳", "中国", "China"], ["HK", "HKG", "+852", "🇭🇰", "中国香港", "Hong Kong, China"], ["MO", "MAC", "+853", "🇲🇴", "中国澳门", "Macao, China"],
  ["TW", "TWN", "+886", "🇹🇼", "中国台湾", "Taiwan, China"], ["SG", "SGP", "+65", "🇸🇬", "新加坡", "Singapore"], ["JP", "JPN", "+81", "🇯🇵", "日本", "Japan"],
  ["KR", "KOR", "+82", "🇰🇷", "韩国", "South Korea"], ["US", "USA", "+1", "🇺🇸", "美国", "United States"], ["GB", "GBR", "+44", "🇬🇧", "英国", "United Kingdom"],
  ["DE", "DEU", "+49", "🇩🇪", "德国", "Germany"],
].map(([alpha2, alpha3, phoneCountryCode, flag, zh, en]) => ({ alpha2, alpha3, phoneCountryCode, flag, name: lang(zh, en) }));

// ---------------------------------------------------------------------------------------------
// Sign-in and sign-up

async function signin(p, env) {
  p = body(p);
  const { state: st, provider } = env;
  const app = requireApp(env);
  clientOf(env, p, app);
  const options = obj(p.options, "options");
  plainPasswords(options);
  const scope = str(options.scope, "options.scope") ?? "openid profile";
  let u, method;
  if (p.connection === "PASSWORD") {
    const pl = obj(p.passwordPayload, "passwordPayload");
    const password = str(pl.password, "password", { required: true });
    const kind = ["account", "email", "username", "phone"].find((k) => !absent(pl[k]));
    if (!kind) badParam("passwordPayload");
    u = findByAccount(st, kind, str(pl[kind], kind, { max: 256 }));
    method = "password";
    if (!u || !passwordMatches(st, u, password)) {
      if (u) provider.noteLogin(loginEntry({ user: u, app, req: env.req, success: false, method, errorMessage: "wrong password" }));
      wrongAccount();
    }
  } else if (p.connection === "PASSCODE") {
    const pl = obj(p.passCodePayload, "passCodePayload");
    const email = str(pl.email, "email", { max: 256 }), phone = str(pl.phone, "phone", { max: 64 });
    str(pl.phoneCountryCode, "phoneCountryCode", { max: 8 });
    if (!email && !phone) badParam("passCodePayload");
    if (email && !EMAIL.test(email)) badParam("email");
    if (phone && !PHONE.test(phone)) badParam("phone");
    checkPassCode(env, pl.passCode);
    method = email ? "email-code" : "phone-code";
    u = findByAccount(st, email ? "email" : "phone", email ?? phone);
    if (!u) {
      if (options.autoRegister !== true) fail(404, 2004, "用户不存在", "User does not exist");
      u = addUser(st, email ? { email, emailVerified: true } : { phone, phoneVerified: true, ...(pl.phoneCountryCode ? { phoneCountryCode: pl.phoneCountryCode } : {}) });
      noteStored(st, (u = { ...u, userSourceType: "register", registerSource: [`basic:${method}`] }));
    }
  } else if (p.connection === "LDAP" || p.connection === "AD") {
    fail(400, 2000, `模拟器不支持 ${p.connection} 登录`, `${p.connection} sign-in is not supported by the emulator`);
  } else badParam("connection");
  if ((u.status ?? "Activated") !== "Activated") disabled();
  const at = recordSignIn(st, provider, u, app, env.req, method);
  const words = scope.split(" ").filter(Boolean);
  const set = await provider.issue({
    app, user: at, scope: words.join(" "), authTime: provider.nowSeconds(), grantId: provider.newGrant(app.appId, at.userId), issuer: issuerOf(env.req.headers, env.port()),
    refresh: words.includes("offline_access"), idToken: words.includes("openid"),
  });
  return {
    scope: set.scope, access_token: set.access_token, ...(set.id_token ? { id_token: set.id_token } : {}),
    ...(set.refresh_token ? { refresh_token: set.refresh_token } : {}), token_type: set.token_type, expire_in: set.expires_in,
  };
}

const SIGNUP_PROFILE = ["nickname", "company", "photo", "device", "browser", "name", "givenName", "familyName", "middleName", "profile", "preferredUsername",
  "website", "gender", "birthdate", "zoneinfo", "locale", "address", "formatted", "streetAddress", "region", "postalCode", "country", "email", "phone",
  "phoneCountryCode", "customData"];

function signup(p, env) {
  p = body(p);
  const { state: st } = env;
  requireApp(env);
  const options = obj(p.options, "options");
  plainPasswords(options);
  const profile = obj(p.profile, "profile");
  const fields = {};
  for (const k of SIGNUP_PROFILE) if (!absent(profile[k])) fields[k] = profile[k];
  if (!absent(profile.locality)) fields.city = str(profile.locality, "locality");
  let source;
  if (p.connection === "PASSWORD") {
    const pl = obj(p.passwordPayload, "passwordPayload");
    fields.password = str(pl.password, "password", { required: true });
    const username = str(pl.username, "username", { max: 256 }), email = str(pl.email, "email", { max: 256 });
    if (!username && !email) badParam("passwordPayload");
    if (username) fields.username = username;
    if (email) fields.email = email;
    source = email ? "basic:email" : "basic:username-password";
  } else if (p.connection === "PASSCODE") {
    const pl = obj(p.passCodePayload, "passCodePayload");
    const email = str(pl.email, "email", { max: 256 }), phone = str(pl.phone, "phone", { max: 64 });
    if (!email && !phone) badParam("passCodePayload");
    checkPassCode(env, pl.passCode);
    if (email) Object.assign(fields, { email, emailVerified: true });
    if (phone) Object.assign(fields, { phone, phoneVerified: true, ...(absent(pl.phoneCountryCode) ? {} : { phoneCountryCode: pl.phoneCountryCode }) });
    source = email ? "basic:email-code" : "basic:phone-code";
  } else badParam("connection");
  if (typeof options.passwordForPhonePassCode === "string" && options.passwordForPhonePassCode && !fields.password) fields.password = options.passwordForPhonePassCode;
  const u = { ...addUser(st, fields), userSourceType: "register", registerSource: [source] };
  noteStored(st, u);
  return userView(st, u, { withCustomData: true });
}

// ---------------------------------------------------------------------------------------------
// The signed-in user's own data

const PROFILE_FIELDS = ["name", "nickname", "photo", "externalId", "birthdate", "country", "province", "city", "address", "streetAddress", "postalCode",
  "gender", "username", "company", "customData", "identityNumber"];
const boolQ = (v, n) => (absent(v) ? false : v === true || v === "true" ? true : v === false || v === "false" ? false : badParam(n));

function updateProfile(p, env, { user: u }) {
  p = body(p);
  for (const k of Object.keys(p)) if (!PROFILE_FIELDS.includes(k)) fail(400, 2000, `不能通过此接口修改 ${k}`, `${k} cannot be changed here`);
  const next = patchUser(env.state, { ...p, userId: u.userId }, "user_id");
  return userView(env.state, next, { withCustomData: true });
}

function updatePassword(p, env, { user: u }) {
  p = body(p);
  const st = env.state;
  plainPasswords(p);
  const newPassword = str(p.newPassword, "newPassword", { required: true });
  const has = typeof st.userSecrets[u.userId]?.password === "string";
  if (has && (typeof p.oldPassword !== "string" || !passwordMatches(st, u, p.oldPassword))) fail(400, 2333, "原密码错误", "wrong old password");
  patchUser(st, { userId: u.userId, password: newPassword }, "user_id");
}

function loginHistory(p, env, { user: u }) {
  const q = check(p, { appId: "string", clientIp: "string", success: "bool", start: "any", end: "any", page: "int", limit: "int:50" });
  const ms = (v, n) => (absent(v) ? undefined : /^\d{1,15}$/.test(String(v)) ? Number(v) : badParam(n));
  const start = ms(q.start, "start"), end = ms(q.end, "end");
  const list = env.provider.logins
    .filter((x) => x.userId === u.userId && (q.appId === undefined || x.appId === q.appId) && (q.clientIp === undefined || x.clientIp === q.clientIp) &&
      (q.success === undefined || x.success === q.success) && (start === undefined || Date.parse(x.loginAt) >= start) && (end === undefined || Date.parse(x.loginAt) <= end))
    .reverse();
  const page = q.page ?? 1, limit = q.limit ?? 10;
  return { totalCount: list.length, list: structuredClone(list.slice((page - 1) * limit, page * limit)) };
}

function bind(kind) {
  return (p, env, { user: u }) => {
    p = body(p);
    const st = env.state;
    const field = kind === "email" ? "email" : "phone";
    const value = kind === "email" ? str(p.email, "email", { required: true, max: 256 }) : str(p.phoneNumber, "phoneNumber", { required: true, max: 64 });
    if (kind === "email" && !EMAIL.test(value)) badParam("email");
    if (kind === "phone" && !PHONE.test(value)) badParam("phoneNumber");
    if (kind === "phone") str(p.phoneCountryCode, "phoneCountryCode", { max: 8 });
    checkPassCode(env, p.passCode);
    if (u[field]) fail(400, 2000, kind === "email" ? "已绑定邮箱" : "已绑定手机号", kind === "email" ? "an email is already bound" : "a phone is already bound");
    const extra = kind === "email" ? { emailVerified: true } : { phoneVerified: true, ...(absent(p.phoneCountryCode) ? {} : { phoneCountryCode: p.phoneCountryCode }) };
    patchUser(st, { userId: u.userId, [field]: value, ...extra }, "user_id");
  };
}

function unbind(kind) {
  return (p, env, { user: u }) => {
    p = body(p);
    checkPassCode(env, p.passCode);
    const field = kind === "email" ? "email" : "phone";
    if (!u[field]) fail(400, 2000, kind === "email" ? "未绑定邮箱" : "未绑定手机号", kind === "email" ? "no email is bound" : "no phone is bound");
    const next = { ...u, [field]: null, ...(kind === "email" ? { emailVerified: false } : { phoneVerified: false, phoneCountryCode: null }), updatedAt: nowIso() };
    noteStored(env.state, next);
  };
}

function send(kind) {
  return (p, env) => {
    p = body(p);
    requireApp(env);
    const channels = kind === "sms" ? SMS_CHANNELS : EMAIL_CHANNELS;
    if (!channels.includes(p.channel)) badParam("channel");
    const to = kind === "sms" ? str(p.phoneNumber, "phoneNumber", { required: true, max: 64 }) : str(p.email, "email", { required: true, max: 256 });
    if (kind === "sms" && !PHONE.test(to)) badParam("phoneNumber");
    if (kind === "email" && !EMAIL.test(to)) badParam("email");
    if (kind === "sms") str(p.phoneCountryCode, "phoneCountryCode", { max: 8 });
    env.provider.noteMessage({
      kind, channel: p.channel, to, ...(kind === "sms" && !absent(p.phoneCountryCode) ? { phoneCountryCode: p.phoneCountryCode } : {}),
      passCode: env.config.passCode, appId: appHeader(env.req.headers), t: Date.now(),
    });
  };
}

// The data permission checks of the signed-in user, in the namespace named by the application's id.
const permission = (path, map) => user((p, env, { user: u, app }) => inner(data, path, { ...map(body(p)), userId: u.userId, namespaceCode: app.appId }, env));
const checkBody = (p) => ({ resources: p.resources, action: p.action });

// ---------------------------------------------------------------------------------------------

export const AUTH_ROUTES = {
  "/api/v3/signin": { name: "signInByCredentials", method: "POST", handler: signin },
  "/api/v3/signup": { name: "signUp", method: "POST", handler: signup },
  "/api/v3/get-profile": {
    name: "getProfile",
    method: "GET",
    handler: user((p, env, { user: u }) => userView(env.state, u, {
      withCustomData: boolQ(p.withCustomData, "withCustomData"), withIdentities: boolQ(p.withIdentities, "withIdentities"),
      withDepartmentIds: boolQ(p.withDepartmentIds, "withDepartmentIds"),
    })),
  },
  "/api/v3/update-profile": { name: "updateProfile", method: "POST", handler: user(updateProfile) },
  "/api/v3/update-password": { name: "updatePassword", method: "POST", handler: user(updatePassword) },
  "/api/v3/get-my-role-list": {
    name: "getRoleList",
    method: "GET",
    handler: user((p, env, { user: u }) => inner(roles, "/api/v3/get-user-roles", { userId: u.userId, namespace: p.namespace }, env).list),
  },
  "/api/v3/get-my-group-list": {
    name: "getGroupList",
    method: "GET",
    handler: user((p, env, { user: u }) => {
      const st = env.state;
      return Object.values(st.groups).filter((g) => g.userIds.includes(u.userId)).map((g) => groups.groupView(st, g, { fetchMembers: true }));
    }),
  },
  "/api/v3/get-my-department-list": {
    name: "getDepartmentList",
    method: "GET",
    handler: user((p, env, { user: u }) => inner(organizations, "/api/v3/get-user-departments", {
      userId: u.userId, page: p.page, limit: p.limit, withCustomData: p.withCustomData, sortBy: p.sortBy, orderBy: p.orderBy,
    }, env)),
  },
  "/api/v3/get-my-authorized-resources": {
    name: "getAuthorizedResources",
    method: "GET",
    handler: user((p, env, { user: u }) => inner(resources, "/api/v3/get-user-authorized-resources", { userId: u.userId, namespace: p.namespace, resourceType: p.resourceType }, env)),
  },
  "/api/v3/get-my-login-history": { name: "getLoginHistory", method: "GET", handler: user(loginHistory) },
  "/api/v3/get-my-logged-in-apps": {
    name: "getLoggedInApps",
    method: "GET",
    handler: user((p, env, { user: u }) => env.provider.appsOf(u.userId).map((id) => appOf(env.state, id)).filter(Boolean).map((a) => appListItem(a, true))),
  },
  "/api/v3/get-my-accessible-apps": {
    name: "getAccessibleApps",
    method: "GET",
    handler: user((p, env, { user: u }) => {
      const live = new Set(env.provider.appsOf(u.userId));
      return Object.values(env.state.applications).map((a) => appListItem(a, live.has(a.appId)));
    }),
  },
  "/api/v3/get-my-tenant-list": {
    name: "getTenantList",
    method: "GET",
    handler: user((p, env, { user: u }) => {
      const st = env.state, out = [];
      for (const [tenantId, members] of Object.entries(st.tenantMembers ?? {})) {
        const m = Object.hasOwn(members, u.userId) ? members[u.userId] : undefined;
        if (m && st.tenants?.[tenantId]) out.push({ tenantId, tenantName: st.tenants[tenantId].name, joinAt: m.createdAt });
      }
      return out;
    }),
  },
  "/api/v3/get-security-info": { name: "getSecurityLevel", method: "GET", handler: user((p, env, { user: u }) => securityInfo(env.state, u)) },
  "/api/v3/send-sms": { name: "sendSms", method: "POST", handler: send("sms") },
  "/api/v3/send-email": { name: "sendEmail", method: "POST", handler: send("email") },
  "/api/v3/bind-email": { name: "bindEmail", method: "POST", handler: user(bind("email")) },
  "/api/v3/bind-phone": { name: "bindPhone", method: "POST", handler: user(bind("phone")) },
  "/api/v3/unbind-email": { name: "unbindEmail", method: "POST", handler: user(unbind("email")) },
  "/api/v3/unbind-phone": { name: "unbindPhone", method: "POST", handler: user(unbind("phone")) },
  "/api/v3/check-permission-string-resource": { name: "checkPermissionByStringResource", method: "POST", handler: permission("/api/v3/check-permission", checkBody) },
  "/api/v3/check-permission-array-resource": { name: "checkPermissionByArrayResource", method: "POST", handler: permission("/api/v3/check-permission", checkBody) },
  "/api/v3/check-permission-tree-resource": { name: "checkPermissionByTreeResource", method: "POST", handler: permission("/api/v3/check-permission", checkBody) },
  "/api/v3/get-user-auth-resource-permission-list": { name: "getUserAuthResourcePermissionList", method: "POST", handler: permission("/api/v3/get-user-resource-permission-list", (p) => ({ resources: p.resources })) },
  "/api/v3/get-user-auth-resource-struct": { name: "getUserAuthResourceStruct", method: "POST", handler: permission("/api/v3/get-user-resource-struct", (p) => ({ resourceCode: p.resource })) },
  "/api/v3/system": {
    name: "getSystemInfo",
    method: "GET",
    raw: true,
    handler: async (p, env) => ({
      rsa: { publicKey: (await env.provider.keys()).pem }, sm2: { publicKey: "" },
      version: { server: "genauth-emulator", console: "genauth-emulator", login: "genauth-emulator" }, publicIps: [],
    }),
  },
  "/api/v3/get-country-list": { name: "getCountryList", method: "GET", handler: () => structuredClone(COUNTRIES) },
};
