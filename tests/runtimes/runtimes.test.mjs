// The packed npm package in every JavaScript runtime it claims: Node 20 (the system node) and
// the Node 18/22/24/26 binaries with require() and import, TypeScript's checker, Chromium with and
// without a bundler (esbuild, vite), Deno, Bun and Cloudflare's workerd (through miniflare).
// Each row installs nothing of its own: one tarball is packed and installed into
// target/runtimes/app, and every row removes one member through the local emulator over real
// HTTP, checking the documented envelope and that the emulator no longer lists the member.
// Server runtimes sign with the access key; browsers cannot hold the secret (it is refused
// there), so the pages use a management token minted by the emulator. The authentication entry
// (`genauth-wasm/authentication`) signs a user in server-side in Node (import and require), Deno,
// Bun and workerd (fixtures/authflow.mjs: the emulator's sign-in form posted with fetch, the code
// exchanged with client_secret_post and client_secret_basic, the ID token verified, the profile
// read, the hostile cases refused); its browser flow is tests/browser/login.test.mjs.
//
//   node --test tests/runtimes/
//
// A table of runtimes, versions and how the package was loaded is printed at the end and
// written to target/runtimes/runtimes.txt.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { startEmulator } from "../../emulator/index.mjs";
import { STEAMORY, DEFAULT_APP, DEMO_PASSWORD } from "../../emulator/seed.mjs";
import { startStaticServer } from "../browser/server.mjs";
import { installPackage, root as ROOT } from "../package/install.mjs";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const requireDev = createRequire(import.meta.url);

const KEY_ID = "test-access-key-id";
const KEY_SECRET = "test-access-key-secret-0123456789";
const ORG = STEAMORY.organizationCode;
const DEPT = STEAMORY.devDepartmentId;
const USER_ID = "623c20b2a062aaaaf41b17da";
// The authentication entry's server-side sign-in: the emulator's default application (it allows
// any loopback redirect; nothing listens there: the redirect's Location is read) and a demo user.
const REDIRECT_URI = "http://127.0.0.1:3000/callback";
const SIGN_IN = { account: "zhangsan", password: DEMO_PASSWORD, userId: USER_ID, email: "zhangsan@steamory.cn" };
const authApp = DEFAULT_APP;

const BIN = {
  node18: `${ROOT}node_modules/node18/bin/node`,
  node22: `${ROOT}node_modules/node22/bin/node`,
  node24: `${ROOT}node_modules/node24/bin/node`,
  node26: `${ROOT}node_modules/node26/bin/node`,
  deno: `${ROOT}node_modules/@deno/linux-x64-glibc/deno`,
  bun: `${ROOT}node_modules/@oven/bun-linux-x64/bin/bun`,
  tsc: `${ROOT}node_modules/typescript/bin/tsc`,
  workerd: `${ROOT}node_modules/workerd/bin/workerd`,
};
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];
const CHILD_TIMEOUT = 60_000; // every child process
const WAIT = 10_000; // every wait in a page, every request to a worker
const TEST_TIMEOUT = 180_000;

let pkg; // { scratch, app }
let emu;
let browser;
const servers = [];
const rows = [];
const notes = [];
const started = Date.now();

before(async () => {
  pkg = installPackage("runtimes");
  // Every file the manifest lists must be in the installed copy (pkg/ half rebuilt is not a runtime problem).
  const installed = `${pkg.app}/node_modules/genauth-wasm`;
  const missing = JSON.parse(readFileSync(`${installed}/package.json`, "utf8")).files.filter((f) => !existsSync(`${installed}/${f}`));
  assert.deepEqual(missing, [], `the packed package lacks files its manifest lists (is pkg/ built, and not being rebuilt?): ${missing.join(", ")}`);
  for (const file of ["remove.mjs", "remove.cjs", "authflow.mjs", "auth.mjs", "auth.cjs"]) copyFileSync(`${FIXTURES}${file}`, `${pkg.app}/${file}`);
  emu = await startEmulator({ quiet: true });
});

after(async () => {
  await browser?.close().catch(() => {});
  for (const s of servers) await s.close().catch(() => {});
  await emu?.close();
  printTable();
});

// ---------------------------------------------------------------------------------------------
// helpers

/** Runs a program with a time limit; resolves { stdout, stderr } or rejects with both in the message. */
function run(file, args, { cwd = pkg.app, env = {} } = {}) {
  const childEnv = { ...process.env, ...env };
  delete childEnv.NODE_TEST_CONTEXT;
  delete childEnv.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, env: childEnv, timeout: CHILD_TIMEOUT, killSignal: "SIGKILL", maxBuffer: 16 << 20, encoding: "utf8" }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const why = error.killed ? `killed after ${CHILD_TIMEOUT} ms` : `exit code ${error.code}${error.signal ? `, signal ${error.signal}` : ""}`;
      const err = new Error(`${[file, ...args].join(" ")} failed (${why}):\n${stdout}${stderr}`.trimEnd());
      Object.assign(err, { stdout, stderr, exitCode: error.code });
      reject(err);
    });
  });
}

/** The environment a removal script reads. */
const scriptEnv = () => ({ EMU: emu.url, KEY_ID, KEY_SECRET, ORG, DEPT, USER_ID });

/** Runs a removal script and parses the JSON line it prints last. */
async function runScript(file, args, env = {}) {
  const { stdout, stderr } = await run(file, args, { env: { ...scriptEnv(), ...env } });
  const line = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line);
  } catch {
    throw new Error(`no JSON result from ${file} ${args.join(" ")}:\n${stdout}${stderr}`);
  }
}

/** The package file a loader picked, relative to node_modules ("genauth-wasm/node/index.js"). */
function packageFile(resolved) {
  const path = resolved.startsWith("file:") ? fileURLToPath(resolved) : resolved;
  const i = path.lastIndexOf("node_modules/");
  return i < 0 ? path : path.slice(i + "node_modules/".length);
}

/**
 * One removal of USER_ID from the dev department, on a freshly reset emulator: `go()` makes the
 * call in the runtime and returns { res, summary }. Checks the documented envelope, the client's
 * auth mode, and the emulator's side: one authenticated removal, the member gone, the others kept.
 */
async function removal(auth, go) {
  emu.reset();
  const before = emu.members(ORG, DEPT);
  assert.ok(before.includes(USER_ID), "the seed has the member in the department");
  const out = await go();
  assert.ok(out && typeof out === "object" && out.res, `no result: ${JSON.stringify(out)}`);
  const { res } = out;
  assert.equal(res.statusCode, 200, `envelope: ${JSON.stringify(res)}`);
  assert.deepEqual(res.data, { success: true });
  assert.equal(typeof res.message, "string");
  assert.equal(typeof res.requestId, "string");
  assert.ok(res.requestId.length > 0, "empty requestId");
  assert.equal(out.summary?.auth, auth, `client auth mode: ${JSON.stringify(out.summary)}`);

  const calls = emu.requests.filter((r) => r.method === "POST" && r.path === "/api/v3/remove-department-members");
  assert.equal(calls.length, 1, `removal requests seen by the emulator: ${calls.length}`);
  assert.equal(calls[0].status, 200);
  assert.equal(calls[0].auth, auth === "accessToken" ? "bearer" : "signature");
  assert.deepEqual(calls[0].body?.userIds, [USER_ID]);
  const after = emu.members(ORG, DEPT);
  assert.ok(!after.includes(USER_ID), "the emulator still lists the member");
  assert.deepEqual([...after].sort(), before.filter((id) => id !== USER_ID).sort(), "other members changed");
  return out;
}

/** Adds a table row for `runtime`; `fn(row)` fills in version and loading, the result follows. */
async function row(runtime, fn) {
  const r = { runtime, version: "?", loaded: "", auth: "", result: "FAIL" };
  rows.push(r);
  try {
    await fn(r);
    r.result = "pass";
  } catch (e) {
    r.result = `FAIL: ${String(e?.message ?? e).split("\n")[0].slice(0, 160)}`;
    throw e;
  }
}

function printTable() {
  if (!rows.length) return;
  const head = { runtime: "runtime", version: "version", loaded: "how loaded", auth: "auth", result: "result" };
  const cols = Object.keys(head);
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => String(r[c]).length))]));
  const line = (r) => `| ${cols.map((c) => String(r[c]).padEnd(width[c])).join(" | ")} |`;
  const text = [
    line(head),
    `|${cols.map((c) => "-".repeat(width[c] + 2)).join("|")}|`,
    ...rows.map(line),
    ...(notes.length ? ["", "notes:", ...notes.map((n) => `- ${n}`)] : []),
    "",
    `${rows.filter((r) => r.result === "pass").length}/${rows.length} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ].join("\n");
  console.log(`\n${text}\n`);
  try {
    writeFileSync(`${pkg.scratch}/runtimes.txt`, `${text}\n`);
  } catch {}
}

async function getBrowser() {
  if (!browser) {
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
  }
  return browser;
}

async function serve(root) {
  const site = await startStaticServer({ root });
  servers.push(site);
  return site;
}

/**
 * Opens `url` in a fresh context, waits for the module to be ready and calls its
 * `removeMember` with a token minted by the emulator. Returns what the page returned, the
 * wasm files it fetched and any page errors.
 */
async function removeInPage(url) {
  const context = await (await getBrowser()).newContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(WAIT);
    page.setDefaultNavigationTimeout(WAIT);
    const problems = [];
    const wasm = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.endsWith(".wasm")) wasm.push({ path: new URL(r.url()).pathname, status: r.status(), type: r.headers()["content-type"] });
    });
    await page.goto(url);
    try {
      await page.waitForSelector('html[data-ready="true"]', { state: "attached" });
    } catch (e) {
      throw new Error(`${url} never became ready (${problems.join("; ") || e.message})`);
    }
    const token = emu.mintToken();
    const out = await page.evaluate((args) => window.removeMember(args), {
      host: emu.url, accessToken: token.access_token, organizationCode: ORG, departmentId: DEPT, userId: USER_ID,
    });
    return { ...out, wasm, problems };
  } finally {
    await context.close().catch(() => {});
  }
}

/** What every page must show besides the removal: the secret refused, one wasm file fetched. */
function assertPage(out, wasmPath) {
  assert.deepEqual(out.secretRefused, { isGenAuthError: true, code: "CONFIG" }, "a page must refuse accessKeySecret");
  assert.deepEqual(out.problems, []);
  assert.equal(out.wasm.length, 1, `wasm fetches: ${JSON.stringify(out.wasm)}`);
  assert.match(out.wasm[0].path, wasmPath);
  assert.equal(out.wasm[0].status, 200);
  assert.equal(out.wasm[0].type, "application/wasm");
}

// ---------------------------------------------------------------------------------------------
// Node

const NODES = [
  { label: `Node ${process.versions.node.split(".")[0]} (system node)`, bin: process.execPath, major: process.versions.node.split(".")[0] },
  // The oldest Node the package's engines allow: no global crypto there (Node's own is used).
  { label: "Node 18 (npm node18)", bin: BIN.node18, major: "18" },
  { label: "Node 22 (npm node22)", bin: BIN.node22, major: "22" },
  { label: "Node 24 (npm node24)", bin: BIN.node24, major: "24" },
  { label: "Node 26 (npm node26)", bin: BIN.node26, major: "26" },
];

for (const node of NODES) {
  test(`${node.label}: require() and import remove a member with signature auth`, { timeout: TEST_TIMEOUT }, async (t) => {
    for (const [how, script] of [["require()", "remove.cjs"], ["import", "remove.mjs"]]) {
      await t.test(how, () =>
        row(`${node.label}`, async (r) => {
          r.auth = "signature";
          const out = await removal("signature", () => runScript(node.bin, [script]));
          r.version = `v${out.runtime.version}`;
          r.loaded = `${how} → ${packageFile(out.loaded)}`;
          assert.equal(out.runtime.name, "node");
          assert.equal(out.runtime.version.split(".")[0], node.major, `${node.bin} is not Node ${node.major}`);
          assert.equal(packageFile(out.loaded), "genauth-wasm/node/index.js", "the node condition picks the Node build");
        }),
      );
    }
  });
}

// ---------------------------------------------------------------------------------------------
// TypeScript

test("TypeScript: tsc --strict accepts real usage (node16 and bundler resolution) and rejects wrong fields", { timeout: TEST_TIMEOUT }, () =>
  row("TypeScript (tsc --strict)", async (r) => {
    r.auth = "types only";
    r.version = (await run(process.execPath, [BIN.tsc, "--version"])).stdout.trim().replace(/^Version /, "");
    const dir = `${pkg.app}/ts`;
    mkdirSync(dir, { recursive: true });
    const usage = readFileSync(`${FIXTURES}usage.ts`, "utf8");
    writeFileSync(`${dir}/usage.ts`, usage); // CommonJS under node16: the app has no "type"
    writeFileSync(`${dir}/usage.mts`, usage); // an ES module under node16
    // The same file without the directives: exactly the lines after them must fail.
    const lines = usage.split("\n");
    const expected = lines.flatMap((l, i) => (l.trim().startsWith("// @ts-expect-error") ? [i + 2] : []));
    assert.ok(expected.length >= 3, "usage.ts has its deliberate mistakes");
    writeFileSync(`${dir}/wrong.ts`, lines.map((l) => l.replace("// @ts-expect-error", "// (no directive)")).join("\n"));

    const tsconfig = (name, module, moduleResolution, files) =>
      writeFileSync(`${dir}/${name}`, JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: "es2022", lib: ["es2022", "dom"], module, moduleResolution, types: [] },
        files,
      }));
    tsconfig("tsconfig.node16.json", "node16", "node16", ["usage.ts", "usage.mts"]);
    tsconfig("tsconfig.bundler.json", "esnext", "bundler", ["usage.ts"]);
    tsconfig("tsconfig.wrong.json", "esnext", "bundler", ["wrong.ts"]);

    const passed = [];
    for (const config of ["tsconfig.node16.json", "tsconfig.bundler.json"]) {
      try {
        await run(process.execPath, [BIN.tsc, "--strict", "-p", config], { cwd: dir });
        passed.push(config.split(".")[1]);
      } catch (e) {
        assert.fail(`tsc -p ${config} failed:\n${e.stdout}${e.stderr}`);
      }
    }
    let output = "";
    try {
      await run(process.execPath, [BIN.tsc, "--strict", "-p", "tsconfig.wrong.json"], { cwd: dir });
      assert.fail("tsc accepted wrong.ts: the types let the deliberate mistakes through");
    } catch (e) {
      if (e.exitCode === undefined) throw e;
      output = `${e.stdout}${e.stderr}`;
    }
    const errors = [...output.matchAll(/^wrong\.ts\((\d+),\d+\): error (TS\d+)/gm)].map((m) => ({ line: Number(m[1]), code: m[2] }));
    assert.deepEqual([...new Set(errors.map((e) => e.line))].sort((a, b) => a - b), expected, `tsc errors:\n${output}`);
    r.loaded = `types of "genauth-wasm" (index.d.ts) under ${passed.join(" + ")}; ${expected.length} wrong uses rejected (${[...new Set(errors.map((e) => e.code))].join(", ")})`;
  }),
);

// ---------------------------------------------------------------------------------------------
// Browsers

test("Chromium, no bundler: an import map points \"genauth-wasm\" at the web build; a token removes the member (a secret is refused)", { timeout: TEST_TIMEOUT }, () =>
  row("Chromium, no bundler", async (r) => {
    r.auth = "accessToken (secret refused)";
    const dir = `${pkg.app}/browser`;
    mkdirSync(dir, { recursive: true });
    copyFileSync(`${FIXTURES}nobundler.html`, `${dir}/index.html`);
    copyFileSync(`${FIXTURES}browser.mjs`, `${dir}/browser.mjs`);
    const site = await serve(pkg.app);
    const out = await removal("accessToken", () => removeInPage(`${site.url}/browser/index.html`));
    assertPage(out, /^\/node_modules\/genauth-wasm\/web\/genauth_wasm_bg\.wasm$/);
    r.version = `Chromium ${(await getBrowser()).version()}`;
    r.loaded = "import map → /node_modules/genauth-wasm/web/index.js, wasm by new URL(import.meta.url)";
  }),
);

test("Chromium, bundled: esbuild and vite builds of an app importing \"genauth-wasm\" remove the member with a token", { timeout: TEST_TIMEOUT }, async (t) => {
  await t.test("esbuild (platform browser, format esm)", () =>
    row("Chromium, esbuild bundle", async (r) => {
      r.auth = "accessToken";
      const esbuild = await import("esbuild");
      const dir = `${pkg.app}/esbuild`;
      mkdirSync(`${dir}/dist`, { recursive: true });
      copyFileSync(`${FIXTURES}browser.mjs`, `${dir}/entry.mjs`);
      const result = await esbuild.build({
        absWorkingDir: dir,
        entryPoints: ["entry.mjs"],
        bundle: true,
        platform: "browser",
        format: "esm",
        outdir: "dist",
        loader: { ".wasm": "file" },
        metafile: true,
        logLevel: "silent",
      });
      const outputs = Object.keys(result.metafile.outputs);
      const bundle = readFileSync(`${dir}/dist/entry.js`, "utf8");
      // esbuild leaves `new URL("./genauth_wasm_bg.wasm", import.meta.url)` as it is and emits no
      // asset for it (the .wasm loader only applies to `import`): the file goes next to the bundle.
      let how;
      if (outputs.some((o) => o.endsWith(".wasm"))) {
        how = "emitted by the .wasm file loader";
      } else {
        assert.match(bundle, /new URL\(\s*["']\.\/genauth_wasm_bg\.wasm["']\s*,\s*import\.meta\.url\s*\)/, "the bundle no longer loads ./genauth_wasm_bg.wasm relative to itself");
        copyFileSync(`${pkg.app}/node_modules/genauth-wasm/web/genauth_wasm_bg.wasm`, `${dir}/dist/genauth_wasm_bg.wasm`);
        how = "copied next to the bundle (esbuild keeps new URL(\"./genauth_wasm_bg.wasm\", import.meta.url))";
      }
      writeFileSync(`${dir}/dist/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>esbuild</title><script type="module" src="./entry.js"></script></head><body></body></html>\n');
      const site = await serve(pkg.app);
      const out = await removal("accessToken", () => removeInPage(`${site.url}/esbuild/dist/index.html`));
      assertPage(out, /^\/esbuild\/dist\/.*genauth_wasm_bg.*\.wasm$/);
      r.version = `esbuild ${esbuild.version}, Chromium ${(await getBrowser()).version()}`;
      r.loaded = `browser condition → web/index.js; wasm ${how}`;
    }),
  );

  await t.test("vite build", () =>
    row("Chromium, vite build", async (r) => {
      r.auth = "accessToken";
      const vite = await import("vite");
      const dir = `${pkg.app}/vite`;
      mkdirSync(dir, { recursive: true });
      copyFileSync(`${FIXTURES}browser.mjs`, `${dir}/main.mjs`);
      writeFileSync(`${dir}/index.html`, '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>vite</title><script type="module" src="./main.mjs"></script></head><body></body></html>\n');
      await vite.build({ root: dir, configFile: false, envFile: false, logLevel: "silent", build: { outDir: "dist", emptyOutDir: true } });
      const assets = readdirSync(`${dir}/dist/assets`);
      const wasmAsset = assets.find((f) => f.endsWith(".wasm"));
      assert.ok(wasmAsset, `vite emitted no .wasm asset: ${assets.join(", ")}`);
      const site = await serve(`${dir}/dist`);
      const out = await removal("accessToken", () => removeInPage(`${site.url}/index.html`));
      assertPage(out, new RegExp(`^/assets/${wasmAsset.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      r.version = `vite ${vite.version}, Chromium ${(await getBrowser()).version()}`;
      r.loaded = `browser condition → web/index.js; vite emitted assets/${wasmAsset.replace(/-[\w-]+\.wasm$/, "-<hash>.wasm")} from new URL(import.meta.url)`;
    }),
  );
});

// ---------------------------------------------------------------------------------------------
// Deno, Bun

test("Deno: a script importing \"genauth-wasm\" from the app's node_modules removes the member with signature auth", { timeout: TEST_TIMEOUT }, () =>
  row("Deno", async (r) => {
    r.auth = "signature";
    const env = { DENO_DIR: `${pkg.scratch}/deno-dir`, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" };
    r.version = (await run(BIN.deno, ["--version"], { env })).stdout.split("\n")[0].trim();
    // --node-modules-dir=manual: use the installed node_modules as is; nothing remote is fetched.
    const args = ["run", "--allow-net", "--allow-read", "--allow-env", "--node-modules-dir=manual", "--no-lock", "--no-remote", "--cached-only", "remove.mjs"];
    const out = await removal("signature", () => runScript(BIN.deno, args, env));
    assert.equal(out.runtime.name, "deno");
    r.loaded = `import (node_modules, --node-modules-dir=manual) → ${packageFile(out.loaded)}`;
  }),
);

test("Bun: bun run of a script importing \"genauth-wasm\" removes the member with signature auth", { timeout: TEST_TIMEOUT }, () =>
  row("Bun", async (r) => {
    r.auth = "signature";
    const env = { DO_NOT_TRACK: "1", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" };
    const out = await removal("signature", () => runScript(BIN.bun, ["run", "--no-install", "remove.mjs"], env));
    assert.equal(out.runtime.name, "bun");
    r.version = `bun ${out.runtime.version}`;
    r.loaded = `import → ${packageFile(out.loaded)}`;
  }),
);

// ---------------------------------------------------------------------------------------------
// Cloudflare workerd

// The package's `workerd` export condition (web/workerd.js) imports the .wasm as a module,
// as Cloudflare's tooling provides it (a CompiledWasm module): workerd has no import.meta.url and
// may not compile wasm from bytes. The bundle leaves that import to the runtime, as wrangler does.
const WASM_MODULE = "genauth_wasm_bg.wasm";
const wasmModuleExternal = {
  name: "wasm-as-module",
  setup(build) {
    build.onResolve({ filter: /\.wasm$/ }, () => ({ path: `./${WASM_MODULE}`, external: true }));
  },
};

async function bundleWorker(esbuild, outfile, plugins, entry = "worker.mjs") {
  await esbuild.build({
    absWorkingDir: `${pkg.app}/worker`,
    entryPoints: [entry],
    bundle: true,
    platform: "browser", // workerd has no fs: the browser/default condition's web build
    conditions: ["workerd", "worker", "browser"], // what wrangler asks for
    format: "esm",
    outfile,
    plugins,
    logLevel: "silent",
  });
  return readFileSync(`${pkg.app}/worker/${outfile}`, "utf8");
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Starts workerd with `code` (plus the wasm module), makes one request per path, disposes it. */
async function inWorkerd(Miniflare, code, paths, { wasm = "web/genauth_wasm_bg.wasm", bindings = scriptEnv() } = {}) {
  const stderr = [];
  const mf = new Miniflare({
    modules: [
      { type: "ESModule", path: "worker.js", contents: code },
      { type: "CompiledWasm", path: WASM_MODULE, contents: readFileSync(`${pkg.app}/node_modules/genauth-wasm/${wasm}`) },
    ],
    compatibilityDate: "2025-09-01",
    bindings,
    handleRuntimeStdio(out, err) {
      out.resume();
      err.setEncoding("utf8").on("data", (chunk) => stderr.push(chunk));
    },
  });
  try {
    const results = [];
    for (const path of paths) {
      const res = await withTimeout(mf.dispatchFetch(`http://worker.test${path}`), WAIT * 3, `workerd ${path}`);
      const body = await res.text();
      assert.equal(res.status, 200, `worker answered HTTP ${res.status}: ${body}`);
      results.push(JSON.parse(body));
    }
    return results;
  } catch (e) {
    e.message = `${e.message}${stderr.length ? `\nworkerd stderr:\n${stderr.join("")}` : ""}`;
    throw e;
  } finally {
    await withTimeout(mf.dispose(), WAIT, "miniflare dispose").catch(() => {});
  }
}

const firstLine = (text) => String(text).split("\n").map((l) => l.trim()).find((l) => /error/i.test(l)) ?? String(text).split("\n")[0];

test("Cloudflare workerd (miniflare): an esbuild-bundled worker importing \"genauth-wasm\" removes the member with signature auth", { timeout: TEST_TIMEOUT }, () =>
  row("Cloudflare workerd (miniflare)", async (r) => {
    r.auth = "signature";
    const [{ Miniflare }, esbuild] = await Promise.all([import("miniflare"), import("esbuild")]);
    const workerdVersion = (await run(BIN.workerd, ["--version"])).stdout.trim();
    r.version = `${workerdVersion} (miniflare ${requireDev("miniflare/package.json").version})`;
    mkdirSync(`${pkg.app}/worker`, { recursive: true });
    copyFileSync(`${FIXTURES}worker.mjs`, `${pkg.app}/worker/worker.mjs`);

    // The package as published, bundled as wrangler would, with the global fetch.
    const code = await bundleWorker(esbuild, "dist/worker.js", [wasmModuleExternal]);
    assert.match(code, /genauth_wasm_bg\.wasm/, "the worker imports the wasm module");
    await removal("signature", async () => {
      const [out] = await inWorkerd(Miniflare, code, ["/"]);
      assert.equal(out.userAgent, "Cloudflare-Workers");
      assert.equal(out.error, undefined, `the worker's call failed: ${JSON.stringify(out.error)}`);
      return out;
    });
    r.loaded = "esbuild (conditions workerd, worker, browser) → web/workerd.js, the .wasm as a CompiledWasm module; global fetch";

  }),
);

// ---------------------------------------------------------------------------------------------
// The authentication entry (`genauth-wasm/authentication`): the server-side sign-in of
// fixtures/authflow.mjs in every server runtime, with client_secret_post and client_secret_basic.

/** The environment authflow.mjs reads. */
const authEnv = (method) => ({
  EMU: emu.url, APP_ID: authApp.appId, APP_SECRET: authApp.appSecret, REDIRECT_URI: REDIRECT_URI,
  AUTH_METHOD: method, ACCOUNT: SIGN_IN.account, PASSWORD: SIGN_IN.password,
});

/** The official authorize parameters in the official order, then PKCE's. */
const AUTHORIZE_KEYS = ["redirect_uri", "response_mode", "response_type", "client_id", "scope", "state", "nonce", "prompt", "code_challenge", "code_challenge_method"];

/**
 * One sign-in on a freshly reset emulator: `go()` runs authflow.mjs in the runtime and returns
 * what it printed. Checks what the flow saw and what the emulator was sent (the client's
 * credentials where `method` puts them, never in the output).
 */
async function signInFlow(method, go) {
  emu.reset();
  const out = await go();
  assert.ok(out && typeof out === "object" && !out.error, `the flow failed: ${JSON.stringify(out?.error ?? out)}`);
  const printed = JSON.stringify(out);
  assert.ok(!printed.includes(authApp.appSecret), "the app secret is in what the flow printed (toJSON, an error)");
  assert.ok(!printed.includes(SIGN_IN.password));

  // The client: the settings it shows, no secret in them.
  assert.equal(out.summary.appId, authApp.appId);
  assert.equal(out.summary.appHost, emu.url);
  assert.equal(out.summary.hasSecret, true);
  assert.equal(out.summary.tokenEndPointAuthMethod, method);
  // The authorize URL, the redirect back, the code exchange.
  assert.equal(out.authorize.origin, emu.url);
  assert.equal(out.authorize.path, "/oidc/auth");
  assert.deepEqual(out.plainAuthorizeKeys, AUTHORIZE_KEYS.slice(0, -2), "a confidential client's default URL is the official one");
  assert.deepEqual(out.authorize.keys, AUTHORIZE_KEYS);
  assert.equal(out.authorize.params.client_id, authApp.appId);
  assert.equal(out.authorize.params.redirect_uri, REDIRECT_URI);
  assert.equal(out.authorize.params.code_challenge_method, "S256");
  assert.equal(out.authorize.params.prompt, "consent");
  assert.ok(out.authorize.challengeMatches, "code_challenge is the verifier's S256");
  assert.ok(out.authorize.stateReturned && out.authorize.nonceReturned);
  assert.ok(out.authorize.verifierLength >= 43 && out.authorize.verifierLength <= 128);
  assert.deepEqual(out.redirect, { to: REDIRECT_URI, stateMatches: true, hasCode: true });
  for (const k of ["access_token", "id_token", "refresh_token", "expires_in", "token_type"]) assert.ok(out.tokens.keys.includes(k), `token set lacks ${k}`);
  // The ID token verified with the flow's nonce; the access token for userinfo and the profile.
  assert.deepEqual(
    { sub: out.claims.sub, aud: out.claims.aud, iss: out.claims.iss, nonce: out.claims.nonce },
    { sub: SIGN_IN.userId, aud: authApp.appId, iss: `${emu.url}/oidc`, nonce: true },
  );
  assert.equal(out.accessClaims.sub, SIGN_IN.userId);
  assert.equal(out.userinfo.sub, SIGN_IN.userId);
  assert.equal(out.userinfo.email, SIGN_IN.email);
  assert.deepEqual(
    { statusCode: out.profile.statusCode, userId: out.profile.userId, username: out.profile.username, email: out.profile.email },
    { statusCode: 200, userId: SIGN_IN.userId, username: SIGN_IN.account, email: SIGN_IN.email },
  );
  // Hostile: each refused with the check named.
  assert.deepEqual(pick(out.replayedCode, ["code", "status", "error"]), { code: "OAUTH", status: 400, error: "invalid_grant" }, "a replayed code");
  assert.deepEqual(pick(out.otherNonce, ["code", "field"]), { code: "TOKEN_INVALID", field: "nonce" }, "another flow's nonce");
  assert.deepEqual(pick(out.tamperedSignature, ["code", "field"]), { code: "TOKEN_INVALID", field: "signature" }, "a tampered signature");
  assert.deepEqual(out.refresh, { newAccessToken: true, rotated: true });
  assert.deepEqual(pick(out.oldRefreshToken, ["code", "status", "error"]), { code: "OAUTH", status: 400, error: "invalid_grant" }, "the rotated refresh token");
  assert.deepEqual(out.introspection, { before: true, oldRefreshToken: false, afterRevoke: false });

  // What the emulator was sent: the credentials where the method puts them.
  const tokenCalls = emu.requests.filter((q) => q.method === "POST" && q.path === "/oidc/token");
  assert.equal(tokenCalls.length, 4, "code, refresh, old refresh token, replayed code");
  for (const call of tokenCalls) {
    const form = typeof call.body === "string" ? Object.fromEntries(new URLSearchParams(call.body)) : call.body ?? {};
    const auth = call.headers?.authorization ?? "";
    if (method === "client_secret_basic") {
      assert.match(auth, /^Basic\b/, "client_secret_basic sends a Basic header");
      assert.equal(form.client_secret, undefined);
      assert.equal(form.client_id, undefined);
    } else {
      assert.doesNotMatch(auth, /^Basic\b/);
      assert.equal(form.client_id, authApp.appId);
      assert.ok(form.client_secret !== undefined, "client_secret_post sends the secret in the form");
    }
  }
  return out;
}

const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o?.[k]]));
const METHODS = ["client_secret_post", "client_secret_basic"];

for (const node of NODES) {
  test(`${node.label}: import of genauth-wasm/authentication signs in server-side (post and basic), verifies the ID token, reads the profile`, { timeout: TEST_TIMEOUT }, async (t) => {
    for (const method of METHODS) {
      await t.test(method, () =>
        row(`${node.label}, authentication`, async (r) => {
          r.auth = `app secret, ${method}`;
          const out = await signInFlow(method, () => runScript(node.bin, ["auth.mjs"], authEnv(method)));
          assert.equal(out.runtime.name, "node");
          assert.equal(out.runtime.version.split(".")[0], node.major);
          assert.equal(packageFile(out.loaded), "genauth-wasm/auth-node/index.js", "the node condition picks the authentication Node build");
          r.version = `v${out.runtime.version}`;
          r.loaded = `import "genauth-wasm/authentication" → ${packageFile(out.loaded)}`;
        }),
      );
    }
  });
}

test("Node (system node): require() of genauth-wasm/authentication and of genauth-wasm's AuthenticationClient: the same class, the same sign-in", { timeout: TEST_TIMEOUT }, () =>
  row(`${NODES[0].label}, authentication`, async (r) => {
    r.auth = "app secret, client_secret_post";
    const out = await signInFlow("client_secret_post", () => runScript(process.execPath, ["auth.cjs"], authEnv("client_secret_post")));
    assert.deepEqual(out.entryExports, ["AuthenticationClient", "isGenAuthError"]);
    assert.equal(out.sameClass, true, "require(\"genauth-wasm\").AuthenticationClient is the authentication entry's");
    r.version = `v${out.runtime.version}`;
    r.loaded = `require("genauth-wasm") and require("genauth-wasm/authentication") → ${packageFile(out.loaded)}`;
  }),
);

test("Deno: genauth-wasm/authentication signs in server-side (post and basic)", { timeout: TEST_TIMEOUT }, async (t) => {
  const env = { DENO_DIR: `${pkg.scratch}/deno-dir`, DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1" };
  const args = ["run", "--allow-net", "--allow-read", "--allow-env", "--node-modules-dir=manual", "--no-lock", "--no-remote", "--cached-only", "auth.mjs"];
  for (const method of METHODS) {
    await t.test(method, () =>
      row("Deno, authentication", async (r) => {
        r.auth = `app secret, ${method}`;
        r.version = (await run(BIN.deno, ["--version"], { env })).stdout.split("\n")[0].trim();
        const out = await signInFlow(method, () => runScript(BIN.deno, args, { ...env, ...authEnv(method) }));
        assert.equal(out.runtime.name, "deno");
        r.loaded = `import "genauth-wasm/authentication" → ${packageFile(out.loaded)}`;
      }),
    );
  }
});

test("Bun: genauth-wasm/authentication signs in server-side (post and basic)", { timeout: TEST_TIMEOUT }, async (t) => {
  const env = { DO_NOT_TRACK: "1", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" };
  for (const method of METHODS) {
    await t.test(method, () =>
      row("Bun, authentication", async (r) => {
        r.auth = `app secret, ${method}`;
        const out = await signInFlow(method, () => runScript(BIN.bun, ["run", "--no-install", "auth.mjs"], { ...env, ...authEnv(method) }));
        assert.equal(out.runtime.name, "bun");
        r.version = `bun ${out.runtime.version}`;
        r.loaded = `import "genauth-wasm/authentication" → ${packageFile(out.loaded)}`;
      }),
    );
  }
});

test("Cloudflare workerd (miniflare): a worker importing genauth-wasm/authentication signs in server-side (post and basic)", { timeout: TEST_TIMEOUT }, async (t) => {
  const [{ Miniflare }, esbuild] = await Promise.all([import("miniflare"), import("esbuild")]);
  const workerdVersion = (await run(BIN.workerd, ["--version"])).stdout.trim();
  mkdirSync(`${pkg.app}/worker`, { recursive: true });
  for (const file of ["auth-worker.mjs", "authflow.mjs"]) copyFileSync(`${FIXTURES}${file}`, `${pkg.app}/worker/${file}`);
  const code = await bundleWorker(esbuild, "dist/auth-worker.js", [wasmModuleExternal], "auth-worker.mjs");
  assert.match(code, /genauth_wasm_bg\.wasm/, "the worker imports the wasm module");
  assert.doesNotMatch(code, /listOrganizations|removeDepartmentMembers/, "the authentication entry carries no management rows");
  for (const method of METHODS) {
    await t.test(method, () =>
      row("Cloudflare workerd (miniflare), authentication", async (r) => {
        r.auth = `app secret, ${method}`;
        r.version = `${workerdVersion} (miniflare ${requireDev("miniflare/package.json").version})`;
        await signInFlow(method, async () => {
          const [out] = await inWorkerd(Miniflare, code, ["/"], { wasm: "auth-web/genauth_auth_bg.wasm", bindings: authEnv(method) });
          assert.equal(out.userAgent, "Cloudflare-Workers");
          return out;
        });
        r.loaded = "esbuild (conditions workerd, worker, browser) → auth-web/workerd.js, the .wasm as a CompiledWasm module; global fetch";
      }),
    );
  }
});
