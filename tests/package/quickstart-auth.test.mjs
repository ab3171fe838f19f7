// The README's "Quick start: a Node backend" runs as written, from the packed package installed
// into a scratch project, against the emulator (`genauth-wasm/emulator` from the same install):
// this test plays the browser with fetch and a cookie jar — / → /login → the emulator's sign-in
// page (its form posted with a seeded user's password) → /callback → / signed in → /logout → the
// end-session endpoint → / signed out — and the hostile side (a replayed callback, a callback
// without the flow's cookie, a forged state).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { pathToFileURL } from "node:url";
import { installPackage, root } from "./install.mjs";
import { signInOnPage } from "../runtimes/fixtures/authflow.mjs";

const WAIT = 10_000; // every request, the server's start
const MARKER = "quickstart-auth-node";
const PASSWORD = "Passw0rd!"; // the emulator's demo users' (docs/emulator.md)
const USER = { username: "zhangsan", name: "张三" };

/** The quick start: README.md's block once it is there, the draft's until then. */
function quickStart() {
  const find = (file) => {
    const m = readFileSync(file, "utf8").match(new RegExp(`<!-- ${MARKER} -->\\n\`\`\`js\\n([\\s\\S]*?)\`\`\`\\n<!-- /${MARKER} -->`));
    return m?.[1];
  };
  const readme = find(`${root}README.md`);
  if (readme) return { code: readme, from: "README.md" };
  const draft = `${root}docs/drafts/readme-authentication.md`;
  assert.ok(existsSync(draft), `README.md has no <!-- ${MARKER} --> block`);
  const code = find(draft);
  assert.ok(code, `${draft} has no <!-- ${MARKER} --> block`);
  return { code, from: "docs/drafts/readme-authentication.md" };
}

/** A free loopback port (the quick start reads PORT). */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().once("error", reject).listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

let installed, emu, server, base, app, output = "";

before(async () => {
  installed = installPackage("quickstart-auth");
  const { code, from } = quickStart();
  writeFileSync(`${installed.app}/server.mjs`, code);
  console.log(`# the quick start from ${from}`);

  const { startEmulator, DEFAULT_APP } = await import(pathToFileURL(`${installed.app}/node_modules/genauth-wasm/emulator/index.mjs`).href);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // The default application allows any loopback redirect: the quick start's on this port too.
  app = DEFAULT_APP;
  emu = await startEmulator({ quiet: true });

  const { NODE_TEST_CONTEXT, NODE_OPTIONS, ...env } = process.env;
  server = spawn(process.execPath, ["server.mjs"], {
    cwd: installed.app,
    env: { ...env, PORT: String(port), GENAUTH_APP_HOST: emu.url, GENAUTH_APP_ID: app.appId, GENAUTH_APP_SECRET: app.appSecret },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the quick start did not start in ${WAIT} ms:\n${output}`)), WAIT);
    const check = () => output.includes(`open ${base}`) && (clearTimeout(timer), resolve());
    server.stdout.on("data", check);
    server.once("exit", (c) => (clearTimeout(timer), reject(new Error(`the quick start exited (${c}):\n${output}`))));
    check();
  });
});

after(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => (server.exitCode !== null ? r() : server.once("exit", r)));
  }
  await emu?.close();
});

/** A cookie jar for one "browser": name -> value, as Set-Cookie headers leave it. */
function jar() {
  const cookies = new Map();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    take(res) {
      for (const line of res.headers.getSetCookie()) {
        const [pair, ...attrs] = line.split(";");
        const i = pair.indexOf("=");
        const name = pair.slice(0, i).trim();
        const gone = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || pair.slice(i + 1) === "";
        if (gone) cookies.delete(name);
        else cookies.set(name, pair.slice(i + 1));
      }
    },
    raw: cookies,
  };
}

async function get(url, cookies) {
  const res = await fetch(url, { redirect: "manual", headers: cookies?.header() ? { cookie: cookies.header() } : {}, signal: AbortSignal.timeout(WAIT) });
  cookies?.take(res);
  return { status: res.status, location: res.headers.get("location"), body: await res.text(), setCookie: res.headers.getSetCookie() };
}

test("the Node quick start signs a seeded user in and out through the emulator, as written", async () => {
  const browser = jar();
  const home = await get(`${base}/`, browser);
  assert.equal(home.status, 200);
  assert.match(home.body, /<a href="\/login">Sign in<\/a>/);

  // /login: a 302 to the sign-in page, the flow in an HttpOnly cookie.
  const login = await get(`${base}/login`, browser);
  assert.equal(login.status, 302);
  const authorize = new URL(login.location);
  assert.equal(authorize.origin + authorize.pathname, `${emu.url}/oidc/auth`);
  assert.equal(authorize.searchParams.get("client_id"), app.appId);
  assert.equal(authorize.searchParams.get("redirect_uri"), `${base}/callback`);
  assert.equal(authorize.searchParams.get("code_challenge_method"), "S256");
  assert.ok(login.setCookie.some((c) => /HttpOnly/i.test(c)), "the flow's cookie is HttpOnly");
  assert.equal(browser.raw.size, 1, "one cookie: the flow");
  const flowCookie = browser.header();

  // The emulator's sign-in page, then /callback with the code.
  const callback = await signInOnPage(login.location, USER.username, PASSWORD);
  assert.equal(callback.origin + callback.pathname, `${base}/callback`);
  const done = await get(callback.href, browser);
  assert.equal(done.status, 302, done.body);
  assert.equal(done.location, "/");
  assert.ok(browser.raw.has("sid"), "a session cookie");
  assert.equal(browser.raw.size, 1, "the flow's cookie is cleared");
  const signedIn = await get(`${base}/`, browser);
  assert.match(signedIn.body, new RegExp(`Signed in as ${USER.name}\\.`));

  // The exchange went out with the app's credentials (client_secret_post), the secret never in a log line.
  const exchanges = emu.requests.filter((r) => r.method === "POST" && r.path === "/oidc/token");
  assert.equal(exchanges.length, 1);
  assert.ok(!output.includes(app.appSecret), "the server printed the secret");

  // Hostile: the same callback again with the flow's cookie (replayed): refused, no new session.
  const replayed = await get(callback.href, { header: () => flowCookie, take() {} });
  assert.equal(replayed.status, 400);
  assert.match(replayed.body, /^sign-in failed: OAUTH\b/);
  // A callback without the flow's cookie, and one whose state is not the cookie's.
  const noCookie = await get(callback.href);
  assert.equal(noCookie.status, 400);
  const forged = new URL(callback);
  forged.searchParams.set("state", "a-state-of-another-flow");
  const wrongState = await get(forged.href, { header: () => flowCookie, take() {} });
  assert.equal(wrongState.status, 400);
  assert.match(wrongState.body, /^sign-in failed/);
  assert.equal(emu.requests.filter((r) => r.method === "POST" && r.path === "/oidc/token").length, 2, "only the replay reached the token endpoint");

  // /logout: the end-session endpoint, back to / signed out.
  const logout = await get(`${base}/logout`, browser);
  assert.equal(logout.status, 302);
  const end = new URL(logout.location);
  assert.equal(end.origin + end.pathname, `${emu.url}/oidc/session/end`);
  assert.equal(end.searchParams.get("post_logout_redirect_uri"), `${base}/`);
  assert.ok(end.searchParams.get("id_token_hint"));
  assert.ok(!browser.raw.has("sid"), "the session cookie is cleared");
  const back = await get(logout.location);
  assert.equal(back.status, 302);
  assert.equal(new URL(back.location).href, `${base}/`);
  const signedOut = await get(`${base}/`, browser);
  assert.match(signedOut.body, /Sign in/);
  assert.doesNotMatch(signedOut.body, /Signed in as/);
});
