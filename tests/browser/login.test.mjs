// The sign-in example page (www/login/) and the package's authentication web build
// (pkg/auth-web/) in headless Chromium, against the local emulator as the OpenID Connect provider:
// a real redirect sign-in on the emulator's sign-in page, back to the page with the ID token
// verified and the user shown, a refresh, a sign-out through the end-session endpoint; and the
// hostile side (another tab's state, a replayed callback, a wrong password, no token in the
// console).   node --test tests/browser/login.test.mjs
//
// Screenshots of each step go to target/screenshots/login-*.png.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startEmulator } from "../../emulator/index.mjs";
import { defaultSeed, DEFAULT_APP, DEMO_PASSWORD } from "../../emulator/seed.mjs";
import { startStaticServer } from "./server.mjs";

const require = createRequire(import.meta.url);
const SCREENSHOTS = fileURLToPath(new URL("../../target/screenshots/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];
const WAIT = 5_000; // upper bound of every wait for a page
const TEST_TIMEOUT = 60_000;
const PAGE_PATH = "/www/login/index.html";
const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };

// The emulator's default application (any loopback redirect is allowed for it, so the page's
// random port needs no registration) and a seeded user with the demo password.
const app = DEFAULT_APP;
const seeded = { ...defaultSeed().users.find((u) => u.username === "zhangsan"), password: DEMO_PASSWORD };

let emu, site, browser, pageUrl;

before(async () => {
  site = await startStaticServer();
  pageUrl = `${site.url}${PAGE_PATH}`;
  emu = await startEmulator({ quiet: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 20_000 });
  await mkdir(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close();
  await emu?.close();
});

beforeEach(() => emu.reset());

// ---------------------------------------------------------------------------------------------
// helpers

const shot = (page, name) => page.screenshot({ path: `${SCREENSHOTS}login-${name}.png`, fullPage: true });
const onEmulator = (url) => url.startsWith(`${emu.url}/`);
const onApp = (url) => url.startsWith(pageUrl);

/**
 * A fresh browser context; `fn(ctx)` runs with `ctx.open()` (a new tab with its own
 * sessionStorage), every console message and page error of every tab, the requests they sent to
 * the emulator and the token endpoint's answers. The context always closes.
 */
async function withBrowser(fn) {
  const context = await browser.newContext({ viewport: { width: 900, height: 760 } });
  const ctx = { console: [], errors: [], sent: [], tokenAnswers: [] };
  ctx.open = async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
    page.on("console", (m) => ctx.console.push(`${m.type()}: ${m.text()}`));
    page.on("pageerror", (e) => ctx.errors.push(e.message));
    page.on("request", (r) => {
      if (onEmulator(r.url())) ctx.sent.push({ method: r.method(), url: new URL(r.url()), body: r.postData() ?? "", headers: r.headers(), page });
    });
    page.on("response", async (r) => {
      const url = new URL(r.url());
      if (onEmulator(r.url()) && r.request().method() === "POST" && url.pathname === "/oidc/token") {
        try {
          ctx.tokenAnswers.push({ status: r.status(), body: await r.json() });
        } catch {}
      }
    });
    return page;
  };
  try {
    return await fn(ctx);
  } finally {
    await context.close().catch(() => {});
  }
}

/** Opens the page with the emulator's app in its settings; it is ready and signed out. */
async function openApp(page) {
  const query = new URLSearchParams({ appHost: emu.url, appId: app.appId });
  await page.goto(`${pageUrl}?${query}`);
  await page.waitForSelector('html[data-ready="true"][data-auth="signed-out"]');
  assert.equal(page.url(), pageUrl, "the settings leave the address bar");
}

/** Clicks Sign in and waits for the emulator's sign-in page. */
async function toSignInPage(page) {
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((u) => onEmulator(u.href) && u.pathname === "/oidc/auth");
  await page.locator("#account").waitFor();
}

/** Types an account and a password on the emulator's sign-in page and submits. */
async function submitSignIn(page, account, password) {
  await page.locator("#account").fill(account);
  await page.locator("#password").fill(password);
  await page.locator("#sign-in").click();
}

/** Waits until the app page has handled the callback and shows the signed-in user. */
async function signedIn(page) {
  await page.waitForURL((u) => onApp(u.href));
  await page.waitForSelector('html[data-ready="true"][data-auth="signed-in"]');
  assert.equal(page.url(), pageUrl, "the code and state leave the address bar");
}

const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o?.[k]]));
const text = async (page, selector) => (await page.locator(selector).textContent()).trim();

/** What the page shows of the signed-in user. */
const shown = async (page) => ({
  name: await text(page, "#user-name"),
  email: await text(page, "#user-email"),
  sub: await text(page, "#id-sub"),
  iss: await text(page, "#id-iss"),
  username: await text(page, "#profile-username"),
  userId: await text(page, "#profile-user-id"),
  accessTokenId: await text(page, "#access-token-id"),
  refreshed: await text(page, "#refresh-count"),
});

/** The problem box: its message and its fields. */
async function problemShown(page) {
  await page.locator("#problem").waitFor({ state: "visible" });
  return {
    message: await text(page, "#problem-message"),
    fields: await page.locator("#problem-fields dd").evaluateAll((dds) => Object.fromEntries(dds.map((dd) => [dd.dataset.field, dd.textContent]))),
  };
}

/** A form POST to the emulator's token endpoint, as a public client (the app's PKCE client). */
async function tokenRequest(fields) {
  const res = await fetch(`${emu.url}/oidc/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: app.appId, ...fields }).toString(),
    signal: AbortSignal.timeout(WAIT),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** RFC 7662 introspection at the emulator, as the public client. */
async function introspect(token) {
  const res = await fetch(`${emu.url}/oidc/token/introspection`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: app.appId, token }).toString(),
    signal: AbortSignal.timeout(WAIT),
  });
  assert.equal(res.status, 200);
  return res.json();
}

/** Every token and secret that went by: none may be in the console. */
function secretsOf(ctx, extra = []) {
  const out = new Set([app.appSecret, ...extra].filter(Boolean));
  for (const { body } of ctx.tokenAnswers) for (const k of ["access_token", "id_token", "refresh_token"]) if (body?.[k]) out.add(body[k]);
  for (const s of ctx.sent) {
    const code = s.url.pathname === "/oidc/token" ? new URLSearchParams(s.body).get("code") : null;
    const verifier = s.url.pathname === "/oidc/token" ? new URLSearchParams(s.body).get("code_verifier") : null;
    if (code) out.add(code);
    if (verifier) out.add(verifier);
  }
  return [...out];
}

function assertConsoleClean(ctx, extra) {
  const secrets = secretsOf(ctx, extra);
  assert.ok(secrets.length >= 4, `tokens were seen: ${secrets.length}`);
  // (The failure names the message by its number, not by its text, which holds the secret.)
  ctx.console.forEach((line, i) => {
    const found = secrets.findIndex((s) => line.includes(s));
    assert.equal(found, -1, `console message ${i} shows secret or token ${found} of ${secrets.length}`);
    assert.ok(!/eyJ[\w-]{10,}\.eyJ/.test(line), `console message ${i} shows a JWT`);
  });
  assert.deepEqual(ctx.errors, [], "page errors");
}

/** What the page keeps in storage: no token, nothing secret. */
async function assertStorageClean(page, secrets) {
  const stored = await page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }));
  for (const s of secrets) assert.ok(!stored.includes(s), "a token or secret is kept in storage");
}

// ---------------------------------------------------------------------------------------------

test("a seeded user signs in on the emulator's page, is shown with a verified ID token, refreshes, signs out, and meets the sign-in page again", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    const page = await ctx.open();
    await openApp(page);
    assert.equal(await text(page, "#status"), "Signed out");
    await shot(page, "1-signed-out");

    // Sign in: the authorize request carries the official parameters and PKCE's.
    await toSignInPage(page);
    const authorize = ctx.sent.find((s) => s.url.pathname === "/oidc/auth");
    const q = authorize.url.searchParams;
    assert.equal(q.get("client_id"), app.appId);
    assert.equal(q.get("redirect_uri"), pageUrl);
    assert.equal(q.get("response_type"), "code");
    assert.equal(q.get("scope"), "openid profile email offline_access");
    assert.equal(q.get("prompt"), "consent", "offline_access asks for consent, as the official client does");
    assert.equal(q.get("code_challenge_method"), "S256");
    assert.match(q.get("code_challenge"), /^[\w-]{43}$/);
    assert.ok(q.get("state")?.length >= 16 && q.get("nonce")?.length >= 16, "fresh state and nonce");
    // The flow's state is in this tab's sessionStorage, on the app's origin (back there to look).
    await shot(page, "2-sign-in-page");
    await submitSignIn(page, seeded.username, seeded.password);
    await signedIn(page);
    await shot(page, "3-signed-in");

    // The page shows the userinfo's name and email, the ID token's sub and iss, the profile.
    const user = emu.state.users[seeded.userId];
    const first = await shown(page);
    assert.equal(first.name, user.name);
    assert.equal(first.email, user.email);
    assert.equal(first.sub, seeded.userId);
    assert.equal(first.iss, `${emu.url}/oidc`);
    assert.equal(first.username, seeded.username);
    assert.equal(first.userId, seeded.userId);
    assert.equal(first.refreshed, "0 times");
    const claims = JSON.parse(await text(page, "#claims"));
    assert.equal(claims.aud, app.appId);
    assert.equal(claims.nonce, q.get("nonce"), "the ID token carries the flow's nonce");

    // The code exchange: a public client with PKCE, no secret, no Basic header.
    const exchanges = ctx.sent.filter((s) => s.url.pathname === "/oidc/token");
    assert.equal(exchanges.length, 1);
    const form = new URLSearchParams(exchanges[0].body);
    assert.equal(form.get("grant_type"), "authorization_code");
    assert.equal(form.get("client_id"), app.appId);
    assert.equal(form.get("redirect_uri"), pageUrl);
    assert.match(form.get("code_verifier"), /^[\w.~-]{43,128}$/);
    assert.equal(form.get("client_secret"), null);
    assert.equal(exchanges[0].headers.authorization, undefined);
    const [issued] = ctx.tokenAnswers;
    assert.equal(issued.status, 200);
    assert.ok(issued.body.refresh_token, "offline_access gives a refresh token");
    // userinfo took the token in a header, never in the address.
    const me = ctx.sent.filter((s) => s.url.pathname === "/oidc/me");
    assert.ok(me.length >= 1 && me.every((s) => !s.url.search.includes(issued.body.access_token)));
    assert.equal(me[0].headers.authorization, `Bearer ${issued.body.access_token}`);
    // The flow's entry is gone from storage; no token is kept there.
    await assertStorageClean(page, [issued.body.access_token, issued.body.id_token, issued.body.refresh_token, q.get("state")]);

    // Refresh: a new access token; the old refresh token is refused once rotated.
    await page.getByRole("button", { name: "Refresh", exact: true }).click();
    await page.waitForFunction(() => document.getElementById("refresh-count").textContent === "1 time" && document.documentElement.dataset.auth === "signed-in");
    const second = await shown(page);
    assert.notEqual(second.accessTokenId, first.accessTokenId, "the page shows another access token");
    assert.equal(second.name, user.name, "the new access token reads the user info");
    const refreshed = ctx.tokenAnswers[1];
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.access_token, issued.body.access_token);
    assert.ok(refreshed.body.refresh_token && refreshed.body.refresh_token !== issued.body.refresh_token, "the refresh token is rotated");
    // The old refresh token is no longer active (introspection: presenting it to the token
    // endpoint would revoke the whole grant, which the end of this test does).
    assert.equal((await introspect(issued.body.refresh_token)).active, false, "the rotated refresh token is inactive");
    assert.equal((await introspect(refreshed.body.refresh_token)).active, true);
    assert.equal((await introspect(refreshed.body.access_token)).active, true);
    await shot(page, "4-refreshed");

    // Sign out: the refresh token revoked, the end-session endpoint, back here signed out.
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((u) => onApp(u.href) && u.href === pageUrl);
    await page.waitForSelector('html[data-ready="true"][data-auth="signed-out"]');
    const end = ctx.sent.find((s) => s.url.pathname === "/oidc/session/end");
    assert.ok(end, "the browser went through the end-session endpoint");
    assert.equal(end.url.searchParams.get("post_logout_redirect_uri"), pageUrl);
    assert.equal(end.url.searchParams.get("id_token_hint"), refreshed.body.id_token ?? issued.body.id_token);
    assert.ok(end.url.searchParams.get("state"));
    assert.equal(await text(page, "#signed-out-note"), "You have been signed out.");
    assert.ok(await page.locator("#problem").isHidden());
    assert.equal((await introspect(refreshed.body.refresh_token)).active, false, "the refresh token was revoked at sign-out");
    assert.equal((await introspect(refreshed.body.access_token)).active, false, "and the access tokens of its grant");
    await shot(page, "5-signed-out");

    // Sign in again: the sign-in page asks for the password again (the session ended).
    await toSignInPage(page);
    assert.ok(await page.locator("#password").isVisible());
    await shot(page, "6-sign-in-again");

    // The first refresh token, rotated away, is refused at the token endpoint.
    const old = await tokenRequest({ grant_type: "refresh_token", refresh_token: issued.body.refresh_token });
    assert.equal(old.status, 400, `the rotated refresh token: ${JSON.stringify(old.body)}`);
    assert.equal(old.body.error, "invalid_grant");

    assertConsoleClean(ctx, [seeded.password]);
  }),
);

test("a user created through ManagementClient signs in through the page", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    const { ManagementClient } = require("../../pkg/node/index.js");
    const management = new ManagementClient({ ...KEY, host: emu.url });
    const password = "Created#2024!pw";
    const res = await management.createUser({ username: "newcomer", email: "newcomer@example.com", name: "New Comer", password });
    assert.equal(res.statusCode, 200, JSON.stringify(res));
    const { userId } = res.data;
    management.free();

    const page = await ctx.open();
    await openApp(page);
    await toSignInPage(page);
    await submitSignIn(page, "newcomer@example.com", password);
    await signedIn(page);
    const seen = await shown(page);
    assert.deepEqual(
      { name: seen.name, email: seen.email, sub: seen.sub, username: seen.username, userId: seen.userId },
      { name: "New Comer", email: "newcomer@example.com", sub: userId, username: "newcomer", userId },
    );
    await shot(page, "7-created-user");
    assertConsoleClean(ctx, [password]);
  }),
);

test("hostile: a callback with another tab's state is refused on the page, and so is a replayed callback", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    // Tab A starts a sign-in and leaves it on the sign-in page.
    const tabA = await ctx.open();
    await openApp(tabA);
    await toSignInPage(tabA);

    // Tab B signs in; the sign-in form's answer (a 302 to the callback) is caught before its
    // page follows it, so tab B's flow is still pending and its code unused.
    const tabB = await ctx.open();
    await openApp(tabB);
    await toSignInPage(tabB);
    let caught;
    const callbackCaught = new Promise((resolve) => (caught = resolve));
    await tabB.route((u) => onEmulator(u.href) && u.pathname === "/oidc/auth", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const answer = await route.fetch({ maxRedirects: 0, timeout: WAIT });
      caught(new URL(answer.headers().location, emu.url).href);
      return route.fulfill({ status: 200, contentType: "text/plain", body: "caught" });
    });
    await submitSignIn(tabB, seeded.username, seeded.password);
    let timer;
    const callback = await Promise.race([
      callbackCaught,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("tab B's callback never came")), WAIT))),
    ]).finally(() => clearTimeout(timer));
    await tabB.unrouteAll();
    assert.ok(onApp(callback) && new URL(callback).searchParams.has("code"), callback);

    // Tab B's callback in tab A: its state is not tab A's flow.
    await tabA.goto(callback);
    await tabA.waitForSelector('html[data-ready="true"][data-auth="signed-out"]');
    const otherTab = await problemShown(tabA);
    assert.match(otherTab.message, /^Sign-in refused: .*state/);
    assert.deepEqual(pick(otherTab.fields, ["code", "field"]), { code: "TOKEN_INVALID", field: "state" }, "the error names the state check");
    assert.equal(tabA.url(), pageUrl, "the refused code leaves the address bar too");
    assert.equal(ctx.sent.filter((s) => s.url.pathname === "/oidc/token").length, 0, "the code was not exchanged");
    await shot(tabA, "8-hostile-other-tab");

    // In tab B, its own callback signs in.
    await tabB.goto(callback);
    await signedIn(tabB);
    assert.equal(await text(tabB, "#id-sub"), seeded.userId);

    // The same callback again (a replay): the flow is spent, refused before any exchange.
    await tabB.goto(callback);
    await tabB.waitForSelector('html[data-ready="true"][data-auth="signed-out"]');
    const replay = await problemShown(tabB);
    assert.match(replay.message, /^Sign-in refused: .*state/);
    assert.deepEqual(pick(replay.fields, ["code", "field"]), { code: "TOKEN_INVALID", field: "state" });
    assert.equal(ctx.sent.filter((s) => s.url.pathname === "/oidc/token").length, 1, "one exchange only");
    // The emulator would refuse the code anyway: it was used.
    const code = new URL(callback).searchParams.get("code");
    const again = await tokenRequest({ grant_type: "authorization_code", code, redirect_uri: pageUrl, code_verifier: "x".repeat(43) });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, "invalid_grant");
    await shot(tabB, "9-hostile-replay");

    assertConsoleClean(ctx, [seeded.password]);
  }),
);

test("hostile: a wrong password shows the emulator's error line and signs no one in; the right one then does", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    const page = await ctx.open();
    await openApp(page);
    await toSignInPage(page);
    await submitSignIn(page, seeded.username, "not-the-password");
    await page.locator("#error").waitFor({ state: "visible" });
    assert.ok(onEmulator(page.url()), "still on the emulator's sign-in page");
    assert.equal(await text(page, "#error"), "账号或密码错误", "the emulator's error line");
    assert.equal(ctx.sent.filter((s) => s.url.pathname === "/oidc/token").length, 0);
    await shot(page, "10-wrong-password");

    await submitSignIn(page, seeded.username, seeded.password);
    await signedIn(page);
    assert.equal(await text(page, "#id-sub"), seeded.userId);
    assertConsoleClean(ctx, [seeded.password, "not-the-password"]);
  }),
);

test("a provider's error on return (the user cancelled) is shown with the OAuth error, and the page stays signed out", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    const page = await ctx.open();
    await openApp(page);
    await toSignInPage(page);
    const state = new URL(page.url()).searchParams.get("state");
    // What a provider sends back when the user declines: error, error_description and the state.
    await page.goto(`${pageUrl}?${new URLSearchParams({ error: "access_denied", error_description: "the user cancelled", state })}`);
    await page.waitForSelector('html[data-ready="true"][data-auth="signed-out"]');
    const problem = await problemShown(page);
    assert.match(problem.message, /^Sign-in refused: .*access_denied: the user cancelled$/);
    assert.deepEqual(pick(problem.fields, ["code", "field", "error", "errorDescription"]), { code: "OAUTH", field: "error", error: "access_denied", errorDescription: "the user cancelled" });
    assert.equal(page.url(), pageUrl);
    assert.equal(ctx.sent.filter((s) => s.url.pathname === "/oidc/token").length, 0);
    assert.deepEqual(ctx.errors, []);
  }),
);

test("the web build in a page: appSecret is refused, the endpoints default to PKCE (none), the summary holds no secret", { timeout: TEST_TIMEOUT }, () =>
  withBrowser(async (ctx) => {
    const page = await ctx.open();
    await openApp(page);
    const out = await page.evaluate(async ({ appHost, appId }) => {
      const { AuthenticationClient, isGenAuthError } = await import("/pkg/auth-web/index.js");
      let refused = null;
      try {
        new AuthenticationClient({ appId, appHost, appSecret: "page-secret-0123456789" });
      } catch (e) {
        refused = { isGenAuthError: isGenAuthError(e), code: e.code, field: e.field, echoes: String(e.message).includes("page-secret") };
      }
      const client = new AuthenticationClient({ appId, appHost, redirectUri: location.href });
      const summary = client.toJSON();
      client.free?.();
      return { refused, summary };
    }, { appHost: emu.url, appId: app.appId });
    assert.deepEqual(out.refused, { isGenAuthError: true, code: "CONFIG", field: "appSecret", echoes: false });
    assert.equal(out.summary.tokenEndPointAuthMethod, "none");
    assert.equal(out.summary.hasSecret, false);
    assert.equal(out.summary.appHost, emu.url);
    assert.deepEqual(ctx.errors, []);
  }),
);

// ---------------------------------------------------------------------------------------------
// The README's browser quick start, as written: its page names the emulator at
// http://127.0.0.1:8787; the test routes that origin to this test's emulator (the Host header
// kept, so the emulator's issuer is the page's appHost) and serves the page next to a copy of the
// web build, where its import map looks for it.

const BROWSER_MARKER = "quickstart-auth-browser";
const QUICKSTART_HOST = "http://127.0.0.1:8787";

function browserQuickStart() {
  const find = (file) =>
    readFileSync(file, "utf8").match(new RegExp(`<!-- ${BROWSER_MARKER} -->\\n\`\`\`html\\n([\\s\\S]*?)\`\`\`\\n<!-- /${BROWSER_MARKER} -->`))?.[1];
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const code = find(`${root}README.md`) ?? find(`${root}docs/drafts/readme-authentication.md`);
  assert.ok(code, `README.md (or docs/drafts/readme-authentication.md) has a <!-- ${BROWSER_MARKER} --> block`);
  return code;
}

test("the README's browser quick start signs in, refreshes and signs out, as written", { timeout: TEST_TIMEOUT }, async () => {
  const html = browserQuickStart();
  assert.ok(html.includes(QUICKSTART_HOST) && html.includes(app.appId), "the quick start names the emulator's address and default app");
  const dir = mkdtempSync(`${tmpdir()}/quickstart-browser-`);
  const quick = await (async () => {
    writeFileSync(`${dir}/index.html`, html);
    cpSync(fileURLToPath(new URL("../../pkg/auth-web/", import.meta.url)), `${dir}/node_modules/genauth-wasm/auth-web/`, { recursive: true });
    return startStaticServer({ root: dir });
  })();
  try {
    await withBrowser(async (ctx) => {
      const page = await ctx.open();
      // 127.0.0.1:8787 is this test's emulator.
      await page.context().route((u) => u.origin === QUICKSTART_HOST, async (route) => {
        const request = route.request();
        const target = emu.url + request.url().slice(QUICKSTART_HOST.length);
        const answer = await route.fetch({ url: target, headers: { ...request.headers(), host: "127.0.0.1:8787" }, maxRedirects: 0, timeout: WAIT });
        return route.fulfill({ response: answer });
      });
      const home = `${quick.url}/index.html`;
      await page.goto(home);
      await page.locator("#sign-in").click();
      await page.waitForURL((u) => u.origin === QUICKSTART_HOST && u.pathname === "/oidc/auth");
      await submitSignIn(page, seeded.username, seeded.password);
      await page.waitForURL((u) => u.href === home);
      await page.waitForFunction(() => document.getElementById("out").textContent !== "");
      assert.equal(await text(page, "#out"), `Signed in as ${seeded.name}`);
      await shot(page, "11-quickstart-signed-in");

      await page.locator("#refresh").click();
      await page.waitForFunction(() => document.getElementById("out").textContent.endsWith(" · refreshed"));
      const exchanges = emu.requests.filter((r) => r.method === "POST" && r.path === "/oidc/token").map((r) => r.body?.grant_type);
      assert.deepEqual(exchanges, ["authorization_code", "refresh_token"]);

      await page.locator("#sign-out").click();
      await page.waitForURL((u) => u.href.startsWith(home) && !u.search.includes("code="));
      await page.locator("#sign-in").waitFor();
      assert.ok(emu.requests.some((r) => r.path === "/oidc/session/end"), "the end-session endpoint was reached");
      assert.ok(await page.locator("#sign-out").isHidden());
      assert.deepEqual(ctx.errors, []);
    });
  } finally {
    await quick.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
