// The admin page (www/) and the package's web build in headless Chromium, against the local
// GenAuth emulator: node --test tests/browser/
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startEmulator } from "../emulator/emulator.mjs";
import { defaultSeed, STEAMORY } from "../emulator/seed.mjs";
import { startStaticServer } from "./server.mjs";
import { FIXTURES } from "../package/fixtures.mjs";

const ORG = STEAMORY.organizationCode;
const DEV = STEAMORY.devDepartmentId;
const SCREENSHOTS = fileURLToPath(new URL("../../target/screenshots/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];
const WAIT = 5_000; // upper bound of every wait in the page
const TEST_TIMEOUT = 30_000;

let emu, site, browser;

before(async () => {
  emu = await startEmulator();
  site = await startStaticServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 20_000 });
});

after(async () => {
  await browser?.close().catch(() => {});
  await site?.close();
  await emu?.close();
});

beforeEach(() => emu.reset());

// ---------------------------------------------------------------------------------------------
// helpers

async function control(method, path, body) {
  const res = await fetch(`${emu.url}/__control/${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(WAIT),
  });
  assert.equal(res.status, 200, `control ${path}`);
  return res.json();
}

const mintToken = () => control("POST", "token");
const apiRequests = async () => (await control("GET", "requests")).filter((r) => r.path.startsWith("/api/v3/"));
const userName = (id) => emu.state.users[id].name;

/** A fresh browser context and page; `fn(page)` runs inside, the context always closes. */
async function withPage(fn) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.setDefaultNavigationTimeout(WAIT);
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  try {
    return await fn(page, problems);
  } finally {
    await context.close().catch(() => {});
  }
}

function pageUrl(params = {}) {
  const query = new URLSearchParams(params).toString();
  return `${site.url}/www/index.html${query ? `?${query}` : ""}`;
}

async function openPage(page, params) {
  await page.goto(pageUrl(params));
  await page.waitForSelector('html[data-ready="true"]');
}

async function loadMembers(page, count) {
  await page.getByRole("button", { name: "Connect / load members" }).click();
  await page.locator("#members li").nth(count - 1).waitFor();
  assert.equal(await page.locator("#members li").count(), count);
}

const memberIdsShown = (page) =>
  page.locator("#members li").evaluateAll((items) => items.map((li) => li.dataset.userId));

async function responseJson(page) {
  await page.waitForFunction(() => document.getElementById("response").textContent.trim() !== "", null, { timeout: WAIT });
  const text = await page.locator("#response").textContent();
  return { text, json: JSON.parse(text) };
}

/** The `dd` values of the #error box, by field name. */
const errorFields = (page) =>
  page.locator("#error dd").evaluateAll((dds) => Object.fromEntries(dds.map((dd) => [dd.dataset.field, dd.textContent])));

// ---------------------------------------------------------------------------------------------

test("the page lists the department, removes two checked members and shows the response", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  assert.ok(token.access_token && token.userPoolId);
  const before = emu.members(ORG, DEV);
  assert.equal(before.length, 4);
  const [first, second, ...kept] = before;

  await withPage(async (page, problems) => {
    await openPage(page, { host: emu.url, token: token.access_token, org: ORG, dept: DEV });

    // Prefilled from the query; the token is read, then dropped from the address bar.
    assert.equal(await page.getByLabel("API host").inputValue(), emu.url);
    assert.equal(await page.getByLabel("Access token").inputValue(), token.access_token);
    assert.equal(await page.getByLabel("Organization code").inputValue(), ORG);
    assert.equal(await page.getByLabel("Department id").inputValue(), DEV);
    assert.ok(!page.url().includes("token="), page.url());

    await loadMembers(page, 4);
    assert.deepEqual((await memberIdsShown(page)).sort(), [...before].sort());
    for (const id of before) {
      const row = page.locator(`#members li[data-user-id="${id}"]`);
      assert.match(await row.textContent(), new RegExp(userName(id)));
      assert.match(await row.textContent(), new RegExp(id));
    }
    assert.ok(await page.getByRole("button", { name: "Remove selected" }).isDisabled());

    // Check two members by their accessible names (name + id).
    await page.getByRole("checkbox", { name: new RegExp(`${userName(first)}.*${first}`) }).check();
    await page.getByRole("checkbox", { name: new RegExp(`${userName(second)}.*${second}`) }).check();
    await page.getByRole("button", { name: "Remove selected (2)" }).click();

    const { text, json } = await responseJson(page);
    assert.match(text, /"statusCode": 200/);
    assert.match(text, /"success": true/);
    assert.equal(json.statusCode, 200);
    assert.deepEqual(json.data, { success: true });
    assert.equal(typeof json.requestId, "string");
    assert.ok(json.requestId.length > 0);
    assert.match(text, new RegExp(`"requestId": "${json.requestId}"`));

    // The list is refreshed without the two removed members.
    await page.waitForFunction(() => document.querySelectorAll("#members li").length === 2, null, { timeout: WAIT });
    assert.deepEqual((await memberIdsShown(page)).sort(), [...kept].sort());
    const listText = await page.locator("#members").textContent();
    for (const id of [first, second]) {
      assert.ok(!listText.includes(id), `${id} is still listed`);
      assert.ok(!listText.includes(userName(id)), `${userName(id)} is still listed`);
    }
    assert.ok(await page.locator("#error").isHidden());
    assert.equal(await page.locator("#result").getAttribute("aria-live"), "polite");

    // The emulator agrees, and saw one bearer-authenticated removal with the two ids.
    assert.deepEqual(emu.members(ORG, DEV).sort(), [...kept].sort());
    const removals = (await apiRequests()).filter((r) => r.method === "POST" && r.path === "/api/v3/remove-department-members");
    assert.equal(removals.length, 1);
    assert.equal(removals[0].status, 200);
    assert.equal(removals[0].auth, "bearer");
    assert.equal(removals[0].headers["x-genauth-userpool-id"], token.userPoolId);
    const body = typeof removals[0].body === "string" ? JSON.parse(removals[0].body) : removals[0].body;
    assert.deepEqual(body.userIds.sort(), [first, second].sort());
    assert.equal(body.organizationCode, ORG);
    assert.equal(body.departmentId, DEV);

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}page-removed.png`, fullPage: true });
    assert.deepEqual(problems, []);
  });
});

test("in the page: access keys are refused with CONFIG, a bad parameter with INVALID_ARGUMENT, and nothing is sent", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page, problems) => {
    await openPage(page);
    // The page has no field for an access key or secret.
    assert.equal(await page.locator('input[name*="secret" i], input[id*="secret" i], input[name*="key" i]').count(), 0);
    await control("POST", "requests/clear");

    const out = await page.evaluate(
      async ({ host, accessToken }) => {
        const { ManagementClient, isGenAuthError } = await import("/pkg/web/index.js");
        const describe = (e) => ({
          isError: e instanceof Error,
          isGenAuthError: isGenAuthError(e),
          name: e?.name,
          code: e?.code,
          field: e?.field,
          message: e?.message,
        });
        const result = {};
        try {
          new ManagementClient({ accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789", host });
          result.keys = "constructed";
        } catch (e) {
          result.keys = describe(e);
        }
        const client = new ManagementClient({ accessToken, host });
        try {
          await client.removeDepartmentMembers({ organizationCode: "steamory", departmentId: "60b49eb83fd80adb96f26e68", userIds: "x" }, {});
          result.badParam = "resolved";
        } catch (e) {
          result.badParam = describe(e);
        }
        result.summary = JSON.parse(JSON.stringify(client));
        client.free();
        return result;
      },
      { host: emu.url, accessToken: token.access_token },
    );

    assert.equal(out.keys.isError, true);
    assert.equal(out.keys.isGenAuthError, true);
    assert.equal(out.keys.name, "GenAuthError");
    assert.equal(out.keys.code, "CONFIG");
    assert.match(out.keys.message, /accessToken/);
    assert.ok(!out.keys.message.includes("test-access-key-secret"), "the message repeats the secret");

    assert.equal(out.badParam.isGenAuthError, true);
    assert.equal(out.badParam.name, "GenAuthError");
    assert.equal(out.badParam.code, "INVALID_ARGUMENT");
    assert.equal(out.badParam.field, "userIds");
    assert.match(out.badParam.message, /userIds/);

    // JSON.stringify(client) shows no credential.
    assert.equal(out.summary.auth, "accessToken");
    assert.ok(!JSON.stringify(out.summary).includes(token.access_token));

    assert.deepEqual(await apiRequests(), [], "a request reached the emulator");
    assert.equal(emu.requests.filter((r) => r.path.startsWith("/api/v3/")).length, 0);
    assert.equal(emu.members(ORG, DEV).length, 4);
    assert.deepEqual(problems, []);
  });
});

test("a department that vanished: the call resolves with the 404 envelope, shown in #response and #error", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  const [target] = emu.members(ORG, DEV);
  await withPage(async (page) => {
    await openPage(page, { host: emu.url, token: token.access_token, org: ORG, dept: DEV });
    await loadMembers(page, 4);
    await page.locator(`#members li[data-user-id="${target}"] input`).check();

    // The department (and its sub-department) is deleted on the server after the list was read.
    const seed = defaultSeed();
    const gone = new Set([DEV, STEAMORY.frontendDepartmentId]);
    seed.departments = seed.departments.filter((d) => !gone.has(d.departmentId));
    for (const id of gone) delete seed.memberships[id];
    emu.seed(seed);

    await page.getByRole("button", { name: "Remove selected (1)" }).click();
    const { text, json } = await responseJson(page);
    assert.match(text, /"statusCode": 404/);
    assert.equal(json.statusCode, 404);
    assert.equal(json.apiCode, 2001);
    assert.match(json.message, new RegExp(DEV));
    assert.ok(json.requestId);
    assert.equal(await page.locator("#response").getAttribute("class"), "response failed");

    await page.locator("#error").waitFor({ state: "visible" });
    const shown = await errorFields(page);
    assert.equal(shown.statusCode, "404");
    assert.equal(shown.apiCode, "2001");
    assert.equal(shown.requestId, json.requestId);
    assert.equal(shown.message, json.message);

    // The list is left as it was, the selection kept.
    assert.equal(await page.locator("#members li").count(), 4);
    assert.ok(await page.locator(`#members li[data-user-id="${target}"] input`).isChecked());
  });
});

test("an expired token resolves with the 401 envelope; a non-envelope HTTP 502 rejects with code HTTP in #error", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  const [target] = emu.members(ORG, DEV);
  await withPage(async (page) => {
    await openPage(page, { host: emu.url, token: token.access_token, org: ORG, dept: DEV });
    await loadMembers(page, 4);
    await page.locator(`#members li[data-user-id="${target}"] input`).check();

    // Every token the emulator issued becomes invalid.
    await control("POST", "fault", { kind: "expireTokens" });
    await page.getByRole("button", { name: "Remove selected (1)" }).click();
    const { json } = await responseJson(page);
    assert.equal(json.statusCode, 401);
    assert.equal(json.apiCode, 1001);
    assert.ok(json.requestId);
    assert.equal((await errorFields(page)).requestId, json.requestId);
    assert.equal(emu.members(ORG, DEV).length, 4);

    // Reconnect with a fresh token, then the gateway answers the removal with an HTML 502, on
    // the first attempt and on both retries.
    const fresh = await mintToken();
    await page.getByLabel("Access token").fill(fresh.access_token);
    await loadMembers(page, 4);
    await control("POST", "fault", {
      kind: "status", status: 502, envelope: false, method: "POST", path: "/api/v3/remove-department-members", count: 3,
    });
    await page.locator(`#members li[data-user-id="${target}"] input`).check();
    await page.getByRole("button", { name: "Remove selected (1)" }).click();
    await page.locator("#error dd[data-field='code']").waitFor();
    const shown = await errorFields(page);
    assert.equal(shown.code, "HTTP");
    assert.equal(shown.status, "502");
    assert.match(shown.message, /502/);
    assert.match(shown.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(await page.locator("#response").textContent(), "");
    assert.equal(emu.members(ORG, DEV).length, 4);

    // A token the server does not know: the page's own member listing reports the 401.
    await page.getByLabel("Access token").fill("not-a-token-the-server-issued");
    await page.getByLabel("User pool id").fill(fresh.userPoolId);
    await page.getByRole("button", { name: "Connect / load members" }).click();
    await page.locator("#error dd[data-field='statusCode']").waitFor();
    const refused = await errorFields(page);
    assert.equal(refused.statusCode, "401");
    assert.equal(refused.apiCode, "1001");
    assert.ok(refused.requestId);
    assert.equal(await page.locator("#members li").count(), 0);
    assert.ok(await page.getByRole("button", { name: "Remove selected" }).isDisabled());
  });
});

test("every call of the endpoint table works from the web build in the browser, with a token", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page, problems) => {
    await page.goto(`${site.url}/www/index.html`);
    const results = await page.evaluate(
      async ({ host, accessToken, fixtures }) => {
        const { ManagementClient, endpoints } = await import("/pkg/web/index.js");
        const client = new ManagementClient({ host, accessToken });
        const out = {};
        for (const { name } of endpoints()) {
          const res = await client[name](fixtures[name]);
          out[name] = { statusCode: res.statusCode, hasData: "data" in res, requestId: res.requestId };
        }
        return out;
      },
      { host: emu.url, accessToken: token.access_token, fixtures: FIXTURES },
    );
    assert.deepEqual(Object.keys(results).sort(), Object.keys(FIXTURES).sort());
    for (const [name, r] of Object.entries(results)) {
      assert.equal(r.statusCode, 200, `${name}: ${JSON.stringify(r)}`);
      assert.ok(r.hasData && r.requestId, name);
    }
    assert.deepEqual(problems, []);
  });
  // The writes landed: the new organization and department exist, the member moved.
  assert.ok(emu.state.organizations.neworg);
  assert.ok(Object.values(emu.state.departments).some((d) => d.code === "qa"));
});
