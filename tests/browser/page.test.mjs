// The admin page (www/) and the package's web build in headless Chromium, against the local
// GenAuth emulator: node --test tests/browser/
//
// Screenshots of the click-through and of the bulk removal go to target/screenshots/.
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startEmulator, ROUTES } from "../../emulator/index.mjs";
import { defaultSeed, STEAMORY, CLOUDHARBOR } from "../../emulator/seed.mjs";
import { startStaticServer } from "./server.mjs";
import { FIXTURES } from "../package/fixtures.mjs";
import { CALLS, paramsFor, sampleData } from "../api/table.mjs";

const ORG = STEAMORY.organizationCode;
const DEV = STEAMORY.devDepartmentId;
const SCREENSHOTS = fileURLToPath(new URL("../../target/screenshots/", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];
const WAIT = 5_000; // upper bound of every wait for the page
const LONG_WAIT = 10_000; // upper bound of a wait for a bulk removal
// The one 5xx envelope the emulator gives on purpose: the service's own answer to a batch item
// without a code ("未知错误", as the official suite saw; emulator/areas/resources.mjs).
const serviceFault = (r) => r.statusCode === 500 && r.message === "未知错误";
const TEST_TIMEOUT = 30_000;
/** The steamory tree as the seed has it, depth first: [name, depth, direct members]. */
const STEAMORY_TREE = [
  ["蒸汽记忆", 0, 1],
  ["开发部", 1, 4],
  ["前端组", 2, 2],
  ["市场部", 1, 1],
];

let emu, site, browser;

before(async () => {
  emu = await startEmulator();
  site = await startStaticServer();
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
const apiRequests = () => emu.requests.filter((r) => r.path.startsWith("/api/v3/"));
const removals = () => apiRequests().filter((r) => r.method === "POST" && r.path === "/api/v3/remove-department-members");
const bodyOf = (r) => (typeof r.body === "string" ? JSON.parse(r.body) : r.body);
const userName = (id) => emu.state.users[id].name;

/** A Management API call made by the test itself (to set up data), with a minted token. */
async function api(token, method, path, params) {
  const headers = { authorization: `Bearer ${token.access_token}`, "x-genauth-userpool-id": token.userPoolId };
  let url = `${emu.url}/api/v3/${path}`;
  const init = { method, headers, signal: AbortSignal.timeout(WAIT) };
  if (method === "GET") url += `?${new URLSearchParams(params)}`;
  else {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(params);
  }
  const envelope = await (await fetch(url, init)).json();
  assert.equal(envelope.statusCode, 200, `${path}: ${JSON.stringify(envelope)}`);
  return envelope.data;
}

/** A new department of steamory (under the root) with `count` new users in it. */
async function departmentWithUsers(token, name, count) {
  const dept = await api(token, "POST", "create-department", { organizationCode: ORG, name, parentDepartmentId: "root" });
  const userIds = emu.addUsers(count);
  await api(token, "POST", "add-department-members", { organizationCode: ORG, departmentId: dept.departmentId, userIds });
  assert.equal(emu.members(ORG, dept.departmentId).length, count);
  return { departmentId: dept.departmentId, userIds };
}

/** A fresh browser context and page; `fn(page)` runs inside, the context always closes. */
async function withPage(fn) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.setDefaultNavigationTimeout(WAIT);
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  // Error statuses the tests provoke are logged by the browser as failed loads: not a problem.
  page.on("console", (m) => m.type() === "error" && !/^Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
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

const shot = (page, name) => page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });

async function connect(page) {
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await page.waitForFunction(() => document.getElementById("connection-status").dataset.state !== "busy", null, { timeout: WAIT });
}

/** Waits until the member list shows `count` rows and is not loading. */
async function membersShown(page, count) {
  await page.waitForFunction(
    (n) => document.querySelectorAll("#members li").length === n && !document.getElementById("members").hasAttribute("aria-busy"),
    count,
    { timeout: WAIT },
  );
}

/** Opens the page deep-linked to a department, connects, waits for its members. */
async function openDepartment(page, token, departmentId, count) {
  await openPage(page, { host: emu.url, token: token.access_token, org: ORG, dept: departmentId });
  await connect(page);
  await membersShown(page, count);
}

/** Clicks a department's row in the tree (the item itself also spans its sub-departments). */
const chooseInTree = (page, name) => page.getByRole("treeitem", { name, exact: true }).locator(":scope > .tree-row").click();

const memberIdsShown = (page) =>
  page.locator("#members li").evaluateAll((items) => items.map((li) => li.dataset.userId));

const text = async (page, selector) => (await page.locator(selector).textContent()).trim();

/** Clicks "Remove selected (n)", checks the confirmation, confirms. */
async function removeSelected(page, n) {
  await page.getByRole("button", { name: `Remove selected (${n})` }).click();
  const dialog = page.getByRole("dialog", { name: "Remove members?" });
  await dialog.waitFor();
  await dialog.getByRole("button", { name: `Remove ${n} member${n === 1 ? "" : "s"}` }).click();
  await dialog.waitFor({ state: "hidden" });
}

/** Waits until a removal has finished (its summary is shown and the controls are unlocked). */
async function removalDone(page, timeout = WAIT) {
  await page.waitForFunction(
    () => !document.getElementById("summary").hidden && document.getElementById("result").getAttribute("aria-busy") === "false",
    null,
    { timeout },
  );
}

async function responseJson(page) {
  await page.waitForFunction(() => document.getElementById("response").textContent.trim() !== "", null, { timeout: WAIT });
  const body = await page.locator("#response").textContent();
  return { text: body, json: JSON.parse(body) };
}

/** The `dd` values of the #error box, by field name. */
const errorFields = (page) =>
  page.locator("#error dd").evaluateAll((dds) => Object.fromEntries(dds.map((dd) => [dd.dataset.field, dd.textContent])));

/** The tree as shown: name, aria-level, indentation of the name, members badge, parent's name. */
const treeShown = (page) =>
  page.getByRole("treeitem").evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector(":scope > .tree-row .tree-name").textContent,
      level: Number(item.getAttribute("aria-level")),
      x: item.querySelector(":scope > .tree-row .tree-name").getBoundingClientRect().left,
      members: Number(item.querySelector(":scope > .tree-row .badge").textContent),
      parent: item.parentElement.closest('[role="treeitem"]')?.querySelector(".tree-name").textContent ?? null,
    })),
  );

// ---------------------------------------------------------------------------------------------

test("click-through: connect, pick steamory, browse the tree, pick 开发部, remove two members", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  assert.ok(token.access_token && token.userPoolId);
  const before = emu.members(ORG, DEV);
  assert.equal(before.length, 4);

  await withPage(async (page, problems) => {
    await openPage(page, { host: emu.url, token: token.access_token });

    // Prefilled from the query; the token is read, then dropped from the address bar.
    assert.equal(await page.getByLabel("API host").inputValue(), emu.url);
    assert.equal(await page.getByLabel("Access token").inputValue(), token.access_token);
    assert.equal(await page.getByLabel("User pool id").inputValue(), "");
    assert.ok(!page.url().includes("token="), page.url());
    assert.ok(await page.getByLabel("Organization").isDisabled());

    // 1. Connect: the organizations of the user pool fill the select.
    await connect(page);
    const host = new URL(emu.url).host;
    assert.equal(await text(page, "#connection-status"), `Connected to ${host} · user pool ${token.userPoolId}`);
    const options = await page.getByLabel("Organization").locator("option").evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    assert.deepEqual(options, [["", "Choose an organization…"], ["steamory", "蒸汽记忆 (steamory)"], ["cloudharbor", "云港科技 (cloudharbor)"], ["userpool", "root 用户池 (userpool)"]]);
    assert.equal(await text(page, "#tree-status"), "3 organizations: choose one.");
    await shot(page, "1-connected");

    // 2. Pick the organization: its department tree, depth first and indented.
    await page.getByLabel("Organization").selectOption(ORG);
    await page.getByRole("treeitem").nth(STEAMORY_TREE.length - 1).waitFor();
    const tree = page.getByRole("tree", { name: "Departments" });
    assert.equal(await tree.getByRole("treeitem").count(), STEAMORY_TREE.length);
    const shown = await treeShown(page);
    assert.deepEqual(shown.map((t) => [t.name, t.level - 1, t.members]), STEAMORY_TREE);
    assert.deepEqual(shown.map((t) => t.parent), [null, "蒸汽记忆", "开发部", "蒸汽记忆"]);
    // Indentation follows depth: deeper is further right, siblings line up.
    assert.ok(shown[1].x - shown[0].x >= 12, JSON.stringify(shown));
    assert.ok(shown[2].x - shown[1].x >= 12, JSON.stringify(shown));
    assert.equal(shown[3].x, shown[1].x);
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-expanded"), "true");
    assert.equal(await page.getByRole("treeitem", { name: "前端组" }).getAttribute("aria-expanded"), null);
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-level"), "2");
    await page.getByRole("treeitem", { name: "开发部", description: "4 members" }).waitFor();
    assert.equal(await text(page, "#tree-status"), "4 departments in 蒸汽记忆.");
    assert.match(page.url(), /[?&]org=steamory(&|$)/);
    await shot(page, "2-organization");

    // 3. Pick 开发部: its members, one page of up to 20.
    await chooseInTree(page, "开发部");
    await membersShown(page, 4);
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-selected"), "true");
    assert.equal(await page.getByRole("treeitem", { name: "市场部" }).getAttribute("aria-selected"), "false");
    assert.deepEqual((await memberIdsShown(page)).sort(), [...before].sort());
    for (const id of before) {
      const row = await page.locator(`#members li[data-user-id="${id}"]`).textContent();
      assert.match(row, new RegExp(userName(id)));
      assert.match(row, new RegExp(emu.state.users[id].email.replace(/\./g, "\\.")));
      assert.match(row, new RegExp(id));
    }
    assert.equal(await text(page, "#page-info"), "Page 1 of 1 (4 members)");
    assert.ok(await page.getByRole("button", { name: "Previous" }).isDisabled());
    assert.ok(await page.getByRole("button", { name: "Next" }).isDisabled());
    assert.ok(await page.getByRole("button", { name: "Remove selected" }).isDisabled());
    assert.match(page.url(), new RegExp(`[?&]dept=${DEV}(&|$)`));
    await shot(page, "3-department");

    // 4. Check two members by their accessible names (name, email and id).
    const [first, second, ...kept] = await memberIdsShown(page);
    await page.getByRole("checkbox", { name: new RegExp(`${userName(first)}.*${emu.state.users[first].email}.*${first}`) }).check();
    await page.getByRole("checkbox", { name: new RegExp(`${userName(second)}.*${second}`) }).check();
    assert.equal(await text(page, "#selection-count"), "2 selected");
    await shot(page, "4-selected");

    // 5. Remove them: the confirmation names them, the documented envelope is shown.
    await page.getByRole("button", { name: "Remove selected (2)" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove members?" });
    await dialog.waitFor();
    const question = await dialog.textContent();
    assert.match(question, new RegExp(`2 members will be removed from 开发部 \\(蒸汽记忆\\): ${userName(first)}, ${userName(second)}\\.`));
    await dialog.getByRole("button", { name: "Remove 2 members" }).click();
    await removalDone(page);

    const { text: body, json } = await responseJson(page);
    assert.match(body, /"statusCode": 200/);
    assert.match(body, /"success": true/);
    assert.equal(json.statusCode, 200);
    assert.deepEqual(json.data, { success: true });
    assert.match(json.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(await page.locator("#response").getAttribute("class"), "response ok");
    assert.equal(await text(page, "#summary"), "Removed 2 members from 开发部.");
    assert.equal(await text(page, "#progress-text"), "2 / 2");
    assert.equal(await page.getByLabel("Removal progress").evaluate((p) => [p.value, p.max].join()), "2,2");
    assert.ok(await page.locator("#error").isHidden());
    assert.equal(await page.locator("#result").getAttribute("aria-live"), "polite");

    // The list is refreshed without the two removed members, and so is the tree's count.
    await membersShown(page, 2);
    assert.deepEqual((await memberIdsShown(page)).sort(), [...kept].sort());
    const listText = await page.locator("#members").textContent();
    for (const id of [first, second]) {
      assert.ok(!listText.includes(id), `${id} is still listed`);
      assert.ok(!listText.includes(userName(id)), `${userName(id)} is still listed`);
    }
    assert.equal(await text(page, "#page-info"), "Page 1 of 1 (2 members)");
    assert.equal(await text(page, "#selection-count"), "0 selected");
    assert.equal((await treeShown(page))[1].members, 2);
    await shot(page, "5-removed");

    // The emulator agrees, and saw one bearer-authenticated removal with the two ids.
    assert.deepEqual(emu.members(ORG, DEV).sort(), [...kept].sort());
    const [removal, ...more] = removals();
    assert.equal(more.length, 0);
    assert.equal(removal.status, 200);
    assert.equal(removal.auth, "bearer");
    assert.equal(removal.headers["x-genauth-userpool-id"], token.userPoolId);
    assert.deepEqual(bodyOf(removal).userIds.sort(), [first, second].sort());
    assert.equal(bodyOf(removal).organizationCode, ORG);
    assert.equal(bodyOf(removal).departmentId, DEV);

    // Every request came from the package with the token: the organization list, the walk,
    // the member pages (20 at a time) and the removal.
    const calls = apiRequests().filter((r) => r.method !== "OPTIONS"); // (CORS preflights aside)
    for (const r of calls) assert.equal(r.auth, "bearer", `${r.method} ${r.path}`);
    assert.deepEqual([...new Set(calls.map((r) => r.path.slice("/api/v3/".length)))].sort(), [
      "get-department", "list-children-departments", "list-department-members", "list-organizations", "remove-department-members",
    ]);
    const orgList = calls.find((r) => r.path === "/api/v3/list-organizations");
    assert.equal(orgList.query.fetchAll, "true");
    const memberPages = calls.filter((r) => r.path === "/api/v3/list-department-members");
    for (const r of memberPages) assert.equal(r.query.limit, "20");
    assert.deepEqual(problems, []);
  });
});

test("300 members: select all, remove in batches of 50 with the progress bar, the report says 300 succeeded", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  const { departmentId, userIds } = await departmentWithUsers(token, "客服部", 300);

  await withPage(async (page, problems) => {
    // Deep link to the organization: connecting chooses it.
    await openPage(page, { host: emu.url, token: token.access_token, org: ORG });
    await connect(page);
    await page.getByRole("treeitem", { name: "客服部" }).waitFor();
    const added = (await treeShown(page)).find((t) => t.name === "客服部");
    assert.deepEqual([added.level, added.members, added.parent], [2, 300, "蒸汽记忆"]);

    await chooseInTree(page, "客服部");
    await membersShown(page, 20);
    assert.equal(await text(page, "#page-info"), "Page 1 of 15 (300 members)");
    const firstPage = await memberIdsShown(page);

    // Paging: next and previous.
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Page 2 of 15 (300 members)").waitFor();
    await membersShown(page, 20);
    const secondPage = await memberIdsShown(page);
    assert.equal(new Set([...firstPage, ...secondPage]).size, 40);
    await page.getByRole("button", { name: "Previous" }).click();
    await page.getByText("Page 1 of 15 (300 members)").waitFor();
    await membersShown(page, 20);
    assert.deepEqual(await memberIdsShown(page), firstPage);

    // Select the page, then every member (gathered with the package's iterator).
    await page.getByRole("button", { name: "Select all on this page" }).click();
    assert.equal(await text(page, "#selection-count"), "20 selected");
    assert.ok(await page.getByRole("button", { name: "Unselect this page" }).isVisible());
    await page.getByRole("button", { name: "Select all 300 members" }).click();
    await page.getByText("300 selected").waitFor();
    assert.equal(await text(page, "#members-status"), "All 300 members of 客服部 selected.");
    assert.equal(await page.locator("#members input:checked").count(), 20);
    assert.ok(await page.getByRole("button", { name: "Select all 300 members" }).isDisabled());

    // Watch the progress bar while the removal runs.
    await page.evaluate(() => {
      window.progressSeen = [];
      const bar = document.getElementById("progress");
      const observer = new MutationObserver((records) => {
        for (const r of records) window.progressSeen.push(Number(r.oldValue));
      });
      observer.observe(bar, { attributes: true, attributeFilter: ["value"], attributeOldValue: true });
    });
    await page.getByRole("button", { name: "Remove selected (300)" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove members?" });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /300 members will be removed from 客服部 \(蒸汽记忆\): .+ and 297 more\..*sent in 6 requests of up to 50 ids\./);
    await dialog.getByRole("button", { name: "Remove 300 members" }).click();
    await removalDone(page, LONG_WAIT);

    // The bar reached 100%, through every batch.
    const bar = page.getByRole("progressbar", { name: "Removal progress" });
    assert.deepEqual(await bar.evaluate((p) => [p.value, p.max]), [300, 300]);
    assert.equal(await text(page, "#progress-text"), "300 / 300");
    // Every value the bar took, in order: one step per batch of 50.
    const seen = await page.evaluate(() => [...window.progressSeen, document.getElementById("progress").value]);
    assert.deepEqual(seen.filter((v) => v > 0), [50, 100, 150, 200, 250, 300]);

    // The report.
    const { json } = await responseJson(page);
    assert.deepEqual(json, { total: 300, done: 300, ok: true, succeeded: 300, failed: [] });
    assert.equal(await text(page, "#summary"), "Removed all 300 members from 客服部 (6 requests).");
    assert.ok(await page.locator("#error").isHidden());

    // The list and the emulator are empty of them; six requests of 50 ids each.
    await membersShown(page, 0);
    assert.equal(await text(page, "#members-status"), "No members in 客服部.");
    assert.equal(await text(page, "#page-info"), "Page 1 of 1 (0 members)");
    assert.equal(await text(page, "#selection-count"), "0 selected");
    assert.deepEqual(emu.members(ORG, departmentId), []);
    const sent = removals();
    assert.equal(sent.length, 6);
    for (const r of sent) {
      assert.equal(r.status, 200);
      assert.equal(bodyOf(r).userIds.length, 50);
    }
    assert.deepEqual(sent.flatMap((r) => bodyOf(r).userIds).sort(), [...userIds].sort());
    await shot(page, "6-bulk-done");
    assert.deepEqual(problems, []);
  });
});

test("a bulk removal with one refused batch: the report names it with its requestId, its ids stay selected, a retry finishes", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  const { departmentId } = await departmentWithUsers(token, "外包组", 120);

  await withPage(async (page, problems) => {
    await openDepartment(page, token, departmentId, 20);
    await page.getByRole("button", { name: "Select all 120 members" }).click();
    await page.getByText("120 selected").waitFor();

    // The server refuses one of the three removal requests (a 400 envelope is not retried).
    emu.fault({ kind: "status", status: 400, apiCode: 2000, message: "参数 userIds 格式错误", method: "POST", path: "/api/v3/remove-department-members", count: 1 });
    await removeSelected(page, 120);
    await removalDone(page, LONG_WAIT);

    const { json } = await responseJson(page);
    assert.equal(json.total, 120);
    assert.equal(json.done, 120);
    assert.equal(json.ok, false);
    assert.equal(json.failed.length, 1);
    const [failed] = json.failed;
    assert.equal(failed.response.statusCode, 400);
    assert.equal(failed.response.apiCode, 2000);
    assert.match(failed.response.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(json.succeeded, 120 - failed.userIds.length);
    assert.equal(await page.locator("#response").getAttribute("class"), "response failed");
    const left = failed.userIds.length;
    assert.equal(await text(page, "#progress-text"), `120 / 120 · ${left} not removed`);

    assert.equal(await text(page, "#summary"),
      `Removed ${120 - left} of 120 members from 外包组; ${left} in 1 failed request are still selected, to try again.`);
    assert.match(await text(page, "#error strong"), /^1 of 3 requests failed$/);
    const shown = await errorFields(page);
    assert.equal(shown.statusCode, "400");
    assert.equal(shown.apiCode, "2000");
    assert.equal(shown.requestId, failed.response.requestId);
    assert.equal(shown.message, "参数 userIds 格式错误");

    // The emulator still has exactly the refused batch; the page lists it and keeps it selected.
    assert.deepEqual(emu.members(ORG, departmentId).sort(), [...failed.userIds].sort());
    await membersShown(page, Math.min(left, 20));
    assert.equal(await text(page, "#selection-count"), `${left} selected`);
    assert.equal(await text(page, "#page-info"), `Page 1 of ${Math.ceil(left / 20)} (${left} members)`);
    await shot(page, "7-bulk-partial");

    // Trying again removes them (one request: the envelope is shown).
    await removeSelected(page, left);
    await removalDone(page);
    const retry = await responseJson(page);
    assert.equal(retry.json.statusCode, 200);
    assert.deepEqual(emu.members(ORG, departmentId), []);
    await membersShown(page, 0);
    assert.deepEqual(problems, []);
  });
});

test("keyboard and labels: every control labelled, Tab reaches the tree, arrows move, Enter chooses, Space checks, focus is visible", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page, problems) => {
    await openPage(page, { host: emu.url, token: token.access_token });

    // Every form control has a label (checkboxes: their row) and every button a name.
    const unlabelled = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("input, select, progress, button")]
          .filter((el) => !(el.labels?.length || el.getAttribute("aria-label") || (el.tagName === "BUTTON" && el.textContent.trim())))
          .map((el) => el.outerHTML),
      );
    assert.deepEqual(await unlabelled(), []);
    for (const label of ["API host", "Access token", "User pool id", "Organization"]) assert.equal(await page.getByLabel(label).count(), 1, label);

    // Tab from the host through the form to Connect; Enter connects.
    await page.getByLabel("API host").focus();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { id: el.id, role: el.getAttribute("role"), name: el.querySelector?.(".tree-name")?.textContent ?? el.textContent.trim(), outline: getComputedStyle(el).outlineStyle };
    });
    await page.keyboard.press("Tab");
    assert.equal((await focused()).id, "token");
    await page.keyboard.press("Tab");
    assert.equal((await focused()).id, "pool");
    await page.keyboard.press("Tab");
    const connectButton = await focused();
    assert.equal(connectButton.id, "connect-button");
    assert.equal(connectButton.outline, "solid", "no visible focus on the Connect button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.getElementById("connection-status").dataset.state === "on", null, { timeout: WAIT });

    await page.getByLabel("Organization").selectOption(ORG);
    await page.getByRole("treeitem").nth(3).waitFor();
    await page.getByLabel("Organization").focus();
    // One Tab stop for the tree, on its first item, with a visible focus ring.
    await page.keyboard.press("Tab");
    let at = await focused();
    assert.deepEqual([at.role, at.name], ["treeitem", "蒸汽记忆"]);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector(".tree-row")).outlineStyle);
    assert.equal(ring, "solid", "no visible focus on the tree item");

    const key = async (name) => {
      await page.keyboard.press(name);
      return (await focused()).name;
    };
    assert.equal(await key("ArrowDown"), "开发部");
    assert.equal(await key("ArrowDown"), "前端组");
    assert.equal(await key("ArrowLeft"), "开发部"); // to the parent
    assert.equal(await key("ArrowLeft"), "开发部"); // collapses it
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-expanded"), "false");
    assert.ok(await page.getByRole("treeitem", { name: "前端组" }).isHidden());
    assert.equal(await key("ArrowDown"), "市场部"); // skips the collapsed branch
    assert.equal(await key("Home"), "蒸汽记忆");
    assert.equal(await key("End"), "市场部");
    assert.equal(await key("ArrowUp"), "开发部");
    assert.equal(await key("ArrowRight"), "开发部"); // expands it
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-expanded"), "true");
    assert.equal(await key("ArrowRight"), "前端组"); // to the first child
    assert.equal(await key("ArrowUp"), "开发部");

    // Enter chooses the department.
    await page.keyboard.press("Enter");
    await membersShown(page, 4);
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-selected"), "true");
    // Space on 市场部 chooses it too; back to 开发部 with Enter.
    assert.equal(await key("End"), "市场部");
    await page.keyboard.press(" ");
    await membersShown(page, 1);
    assert.equal(await key("ArrowUp"), "前端组");
    assert.equal(await key("ArrowUp"), "开发部");
    await page.keyboard.press("Enter");
    await membersShown(page, 4);

    // Tab leaves the tree for the selection buttons, then the checkboxes; Space checks one.
    assert.equal(await key("Tab"), "Select all on this page");
    assert.equal(await key("Tab"), "Select all 4 members");
    await page.keyboard.press("Tab");
    const box = await page.evaluate(() => document.activeElement.type);
    assert.equal(box, "checkbox");
    await page.keyboard.press(" ");
    assert.equal(await text(page, "#selection-count"), "1 selected");
    assert.equal(await page.getByRole("checkbox", { checked: true }).count(), 1);

    // Tab on to Remove; Enter opens the confirmation with Cancel focused; Escape cancels.
    for (let i = 0; i < 8 && (await focused()).id !== "remove"; i++) await page.keyboard.press("Tab");
    assert.equal((await focused()).name, "Remove selected (1)");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Remove members?" });
    await dialog.waitFor();
    assert.equal((await focused()).name, "Cancel");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.equal(removals().length, 0);
    assert.equal(emu.members(ORG, DEV).length, 4);
    assert.equal(await text(page, "#selection-count"), "1 selected");
    assert.deepEqual(await unlabelled(), []);
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

    assert.deepEqual(await control("GET", "requests").then((rs) => rs.filter((r) => r.path.startsWith("/api/v3/"))), [], "a request reached the emulator");
    assert.equal(apiRequests().length, 0);
    assert.equal(emu.members(ORG, DEV).length, 4);
    assert.deepEqual(problems, []);
  });
});

test("a department that vanished: the call resolves with the 404 envelope, shown in #response and #error", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page) => {
    // Deep link to the department: connecting shows its members.
    await openDepartment(page, token, DEV, 4);
    const [target] = await memberIdsShown(page);
    await page.locator(`#members li[data-user-id="${target}"] input`).check();

    // The department (and its sub-department) is deleted on the server after the list was read.
    const seed = defaultSeed();
    const gone = new Set([DEV, STEAMORY.frontendDepartmentId]);
    seed.departments = seed.departments.filter((d) => !gone.has(d.departmentId));
    for (const id of gone) delete seed.memberships[id];
    emu.seed(seed);

    await removeSelected(page, 1);
    await removalDone(page);
    const { text: body, json } = await responseJson(page);
    assert.match(body, /"statusCode": 404/);
    assert.equal(json.statusCode, 404);
    assert.equal(json.apiCode, 2001);
    assert.match(json.message, new RegExp(DEV));
    assert.ok(json.requestId);
    assert.equal(await page.locator("#response").getAttribute("class"), "response failed");
    assert.equal(await text(page, "#summary"), "Nothing was removed: the server answered statusCode 404. The selection is kept.");

    await page.locator("#error").waitFor({ state: "visible" });
    const shown = await errorFields(page);
    assert.equal(shown.statusCode, "404");
    assert.equal(shown.apiCode, "2001");
    assert.equal(shown.requestId, json.requestId);
    assert.equal(shown.message, json.message);

    // The list is left as it was, the selection kept.
    assert.equal(await page.locator("#members li").count(), 4);
    assert.ok(await page.locator(`#members li[data-user-id="${target}"] input`).isChecked());
    assert.equal(await text(page, "#selection-count"), "1 selected");
  });
});

test("an expired token resolves with the 401 envelope; a non-envelope HTTP 502 rejects with code HTTP in #error; an unknown token is refused on connect", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page) => {
    await openDepartment(page, token, DEV, 4);
    const [target] = await memberIdsShown(page);
    await page.locator(`#members li[data-user-id="${target}"] input`).check();

    // Every token the emulator issued becomes invalid.
    await control("POST", "fault", { kind: "expireTokens" });
    await removeSelected(page, 1);
    await removalDone(page);
    const { json } = await responseJson(page);
    assert.equal(json.statusCode, 401);
    assert.equal(json.apiCode, 1001);
    assert.ok(json.requestId);
    assert.equal((await errorFields(page)).requestId, json.requestId);
    assert.equal(emu.members(ORG, DEV).length, 4);

    // Reconnect with a fresh token: the page keeps its place (organization, department,
    // selection is reset). Then the gateway answers the removal with an HTML 502, on the
    // first attempt and on both retries.
    const fresh = await mintToken();
    await page.getByLabel("Access token").fill(fresh.access_token);
    await connect(page);
    await membersShown(page, 4);
    assert.equal(await page.getByLabel("Organization").inputValue(), ORG);
    assert.equal(await page.getByRole("treeitem", { name: "开发部" }).getAttribute("aria-selected"), "true");
    assert.equal(await page.locator("#response").textContent(), "");
    await control("POST", "fault", {
      kind: "status", status: 502, envelope: false, method: "POST", path: "/api/v3/remove-department-members", count: 3,
    });
    await page.locator(`#members li[data-user-id="${target}"] input`).check();
    await removeSelected(page, 1);
    await removalDone(page);
    await page.locator("#error dd[data-field='code']").waitFor();
    const shown = await errorFields(page);
    assert.equal(shown.code, "HTTP");
    assert.equal(shown.status, "502");
    assert.match(shown.message, /502/);
    assert.match(shown.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(await page.locator("#response").textContent(), "");
    assert.equal(await text(page, "#summary"), "The removal failed; the selection is kept.");
    assert.equal(removals().filter((r) => r.status === 502).length, 3);
    assert.equal(emu.members(ORG, DEV).length, 4);

    // A token the server does not know: connecting reports the 401 envelope of the
    // organization list, and the page is left disconnected.
    await page.getByLabel("Access token").fill("not-a-token-the-server-issued");
    await page.getByLabel("User pool id").fill(fresh.userPoolId);
    await connect(page);
    await page.locator("#error dd[data-field='statusCode']").waitFor();
    const refused = await errorFields(page);
    assert.equal(refused.statusCode, "401");
    assert.equal(refused.apiCode, "1001");
    assert.ok(refused.requestId);
    assert.equal(await text(page, "#connection-status"), "Not connected");
    assert.equal(await page.locator("#members li").count(), 0);
    assert.equal(await page.getByRole("treeitem").count(), 0);
    assert.ok(await page.getByLabel("Organization").isDisabled());
    assert.ok(await page.getByRole("button", { name: "Remove selected" }).isDisabled());

    // Without the user pool id, that token is refused before anything is sent (CONFIG).
    const sent = apiRequests().length;
    await page.getByLabel("User pool id").fill("");
    await connect(page);
    await page.locator("#error dd[data-field='code']").waitFor();
    const config = await errorFields(page);
    assert.equal(config.code, "CONFIG");
    assert.equal(config.field, "userPoolId");
    assert.equal(apiRequests().length, sent);
  });
});

test("an organization deleted after the list was read: walking its tree reports code API with the requestId", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  await withPage(async (page, problems) => {
    await openPage(page, { host: emu.url, token: token.access_token });
    await connect(page);
    const seed = defaultSeed();
    seed.organizations = seed.organizations.filter((o) => o.organizationCode !== "cloudharbor");
    for (const d of seed.departments.filter((d) => d.organizationCode === "cloudharbor")) delete seed.memberships[d.departmentId];
    delete seed.memberships[CLOUDHARBOR.rootDepartmentId];
    seed.departments = seed.departments.filter((d) => d.organizationCode !== "cloudharbor");
    emu.seed(seed);

    await page.getByLabel("Organization").selectOption("cloudharbor");
    await page.locator("#error dd[data-field='code']").waitFor();
    const shown = await errorFields(page);
    assert.equal(shown.code, "API");
    assert.equal(shown.statusCode, "404");
    assert.equal(shown.apiCode, "2002");
    assert.match(shown.requestId, /^[0-9a-f-]{36}$/);
    assert.match(shown.message, /organization not found for code: cloudharbor/);
    assert.equal(await text(page, "#tree-status"), "Could not read the departments.");
    assert.equal(await page.getByRole("treeitem").count(), 0);

    // The other organization still works, and the problem of the failed read goes away.
    await page.getByLabel("Organization").selectOption(ORG);
    await page.getByRole("treeitem").nth(3).waitFor();
    assert.ok(await page.locator("#error").isHidden());
    assert.deepEqual(problems, []);
  });
});

test("every call of the endpoint table works from the web build in the browser, with a token", { timeout: TEST_TIMEOUT }, async () => {
  const token = await mintToken();
  // The organization module's calls have realistic fixtures; a call the emulator keeps no state
  // for answers its documented shape, so the data that comes back is checked whole.
  const params = Object.fromEntries(CALLS.map((c) => [c.name, FIXTURES[c.name] ?? paramsFor(c, { all: true })]));
  await withPage(async (page, problems) => {
    await page.goto(`${site.url}/www/index.html`);
    const results = await page.evaluate(
      async ({ host, accessToken, params }) => {
        const { ManagementClient, endpoints } = await import("/pkg/web/index.js");
        const client = new ManagementClient({ host, accessToken, maxRetries: 0 });
        const out = {};
        for (const { name } of endpoints()) {
          const res = await client[name](params[name]);
          out[name] = { statusCode: res.statusCode, message: res.message, data: res.data, requestId: res.requestId };
        }
        return out;
      },
      { host: emu.url, accessToken: token.access_token, params },
    );
    assert.equal(Object.keys(results).length, 496);
    assert.deepEqual(Object.keys(results).sort(), CALLS.map((c) => c.name).sort());
    for (const call of CALLS) {
      const r = results[call.name];
      // A stateful call given made-up ids may answer the service's error envelope instead (anything
      // but an internal error).
      const stateful = Boolean(ROUTES[call.path]) && !FIXTURES[call.name];
      if (stateful) assert.ok((r.statusCode < 500 || r.statusCode >= 600 || serviceFault(r)), `${call.name}: ${JSON.stringify(r).slice(0, 300)}`);
      else assert.equal(r.statusCode, 200, `${call.name}: ${JSON.stringify(r).slice(0, 300)}`);
      assert.ok(r.requestId, call.name);
      if (FIXTURES[call.name]) assert.ok(r.data !== undefined, call.name);
      else if (call.resp && !stateful) assert.deepEqual(r.data, sampleData(call), call.name);
    }
    assert.deepEqual(problems, []);
  });
});
