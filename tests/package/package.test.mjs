// The npm package as a user gets it: `npm pack` of pkg/, installed into a scratch project,
// loaded with require() and with import in fresh Node processes, removing members through the
// emulator over real HTTP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, execFile } from "node:child_process";
import { writeFileSync, readdirSync, readFileSync, copyFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startEmulator } from "../../emulator/index.mjs";
import { installPackage, root } from "./install.mjs";

const scenario = fileURLToPath(new URL("./scenario.cjs", import.meta.url));
const SECRET = "test-access-key-secret-0123456789";
let emu;
let files;
let scratch;

before(async () => {
  ({ scratch, files } = installPackage("package-test"));
  writeFileSync(
    `${scratch}/app/use.cjs`,
    `require(${JSON.stringify(scenario)})(require("genauth-wasm"), process.env.EMU).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });\n`,
  );
  writeFileSync(
    `${scratch}/app/use.mjs`,
    `import * as lib from "genauth-wasm";\nimport run from ${JSON.stringify(pathToFileURL(scenario).href)};\nconsole.log(JSON.stringify(await run(lib, process.env.EMU)));\n`,
  );
  emu = await startEmulator();
});

after(async () => {
  await emu?.close();
});

async function runScript(name) {
  await emu.reset();
  const { stdout } = await promisify(execFile)(process.execPath, [name], {
    cwd: `${scratch}/app`,
    env: { ...process.env, EMU: emu.url },
    timeout: 60_000,
  });
  return { out: JSON.parse(stdout), stdout };
}

test("the tarball holds the two builds of each module (management, authentication), the browser entries, types, the emulator and the README, nothing else", () => {
  // The transport's JavaScript half sits in a folder named after the crate's hash.
  files = files.map((f) => f.replace(/snippets\/genauth-wasm-[0-9a-f]+\//, "snippets/genauth-wasm/"));
  // The emulator (genauth-wasm/emulator): its modules as in the repository, with the table and models it answers from.
  const emulator = readdirSync(`${root}emulator`, { recursive: true }).filter((f) => /\.(mjs|d\.mts)$/.test(f)).map((f) => `emulator/${f}`);
  assert.ok(emulator.length >= 14, emulator.join(", "));
  assert.deepEqual(files.filter((f) => f.startsWith("emulator/")), [...emulator, "emulator/api.txt", "emulator/models.json"].sort());
  assert.deepEqual(files.filter((f) => !f.startsWith("emulator/")), [
    "README.md",
    "auth-models.d.ts",
    "auth-node/genauth_auth_bg.wasm",
    "auth-node/index.js",
    "auth-web/genauth_auth_bg.wasm",
    "auth-web/index.js",
    "auth-web/package.json",
    "auth-web/workerd.js",
    "authentication.d.mts",
    "authentication.d.ts",
    "index.d.mts",
    "index.d.ts",
    "models.d.ts",
    "node/genauth_wasm.js",
    "node/genauth_wasm_bg.wasm",
    "node/index.js",
    "node/snippets/genauth-wasm/inline0.js",
    "package.json",
    "web/genauth_wasm.js",
    "web/genauth_wasm_bg.wasm",
    "web/index.js",
    "web/package.json",
    "web/snippets/genauth-wasm/inline0.js",
    "web/workerd.js",
  ]);
  assert.ok(readdirSync(`${scratch}/app/node_modules/genauth-wasm/web`).includes("index.js"));
});

test("the public types compile real usage under tsc --strict, reject wrong fields, and hold no any", () => {
  for (const d of ["index.d.ts", "models.d.ts"]) {
    const text = readFileSync(`${scratch}/app/node_modules/genauth-wasm/${d}`, "utf8");
    assert.ok(!/\bany\b/.test(text.replace(/\/\*[\s\S]*?\*\//g, "")), `${d} has an any`);
  }
  copyFileSync(fileURLToPath(new URL("./usage.ts", import.meta.url)), `${scratch}/app/usage.ts`);
  for (const resolution of [["node16", "node16"], ["esnext", "bundler"]]) {
    const args = ["--strict", "--noEmit", "--target", "es2022", "--lib", "es2022,dom", "--module", resolution[0], "--moduleResolution", resolution[1], "usage.ts"];
    try {
      execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, ...args], { cwd: `${scratch}/app`, encoding: "utf8" });
    } catch (e) {
      assert.fail(`tsc (${resolution[1]}) failed:\n${e.stdout}${e.stderr}`);
    }
  }
});

for (const script of ["use.cjs", "use.mjs"]) {
  test(`${script}: every auth mode and brand removes the member and resolves the documented envelope`, async () => {
    const { out, stdout } = await runScript(script);
    assert.deepEqual(out.exports, ["AuthenticationClient", "ManagementClient", "endpoints", "isGenAuthError", "memoryBytes", "removeDepartmentMembers"].concat(script === "use.mjs" ? ["default"] : []).sort());
    assert.equal(out.modes.length, 6);
    for (const m of out.modes) {
      assert.equal(m.res.statusCode, 200, m.name);
      assert.deepEqual(m.res.data, { success: true }, m.name);
      assert.equal(typeof m.res.message, "string", m.name);
      assert.match(m.res.requestId, /^[0-9a-f-]{36}$/, m.name);
      assert.ok(m.before.includes(m.victim) && !m.after.includes(m.victim), `${m.name}: the member left`);
      assert.equal(m.after.length, m.before.length - 1, `${m.name}: only that member left`);
    }
    assert.equal(out.oneShot.statusCode, 200);
    assert.ok(!out.oneShotAfter.includes("623c20b2a062aaaaf41b17da"));

    const e = out.errors;
    const code = (name) => e[name].rejected?.code;
    for (const [name, want] of Object.entries({
      INVALID_ARGUMENT: "INVALID_ARGUMENT",
      typo: "INVALID_ARGUMENT",
      CONFIG: "CONFIG",
      CONFIG_host: "CONFIG",
      API: "API",
      AUTH: "AUTH",
      TIMEOUT: "TIMEOUT",
      HTTP: "HTTP",
      DECODE: "DECODE",
      NETWORK: "NETWORK",
      refused: "NETWORK",
      ABORTED: "ABORTED",
    })) {
      assert.equal(code(name), want, `${name}: ${JSON.stringify(e[name])}`);
      assert.ok(e[name].rejected.isGenAuthError && e[name].rejected.instanceofError && e[name].rejected.hasStack, name);
    }
    assert.equal(e.INVALID_ARGUMENT.rejected.field, "userIds");
    assert.match(e.typo.rejected.message, /unknown field "departmentID"; did you mean "departmentId"\?/);
    assert.equal(out.requestsAfterInvalid, 0, "invalid calls sent nothing");
    assert.equal(e.CONFIG.rejected.field, "accessKeySecret");
    assert.equal(e.CONFIG_host.rejected.field, "host");
    // Envelopes resolve whatever the HTTP status; API errors carry the envelope's fields.
    assert.equal(e.notFound.resolved.statusCode, 404);
    assert.equal(e.notFound.resolved.apiCode, 2001);
    assert.equal(e.API.rejected.statusCode, 404);
    assert.equal(e.API.rejected.apiCode, 2001);
    assert.match(e.API.rejected.requestId, /^[0-9a-f-]{36}$/);
    assert.equal(e.badSecret.resolved.statusCode, 401);
    assert.equal(e.badSecret.resolved.apiCode, 1300);
    assert.equal(e.AUTH.rejected.statusCode, 401);
    assert.equal(e.AUTH.rejected.apiCode, 1002);
    assert.equal(e.envelope500.resolved.statusCode, 500);
    assert.equal(e.HTTP.rejected.status, 502);
    assert.equal(e.DECODE.rejected.status, 200);
    assert.deepEqual(out.guard, [false, false]);
    assert.equal(out.stillWorks.statusCode, 200);

    // No secret anywhere the scenario could see: errors, JSON.stringify, util.inspect.
    assert.ok(!stdout.includes(SECRET), "the access key secret leaked");
    assert.ok(!stdout.includes("wrong-secret"), "a secret leaked");
    assert.ok(!/Bearer ey|GenAuth test-access-key-id:|authing test-access-key-id:/.test(stdout), "a token or signature leaked");
    for (const shown of out.shown) assert.ok(!shown.includes("secret") && !shown.includes("eyJ"), shown);
  });
}

test("publint (strict) and @arethetypeswrong/cli find no problem in the packed tarball", () => {
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  assert.ok(tarball, "no tarball");
  const bin = (name) => `${root}node_modules/.bin/${name}`;
  // publint exits non-zero on an error, and with --strict on a warning too. (Its one suggestion,
  // to drop the string `browser` field for `exports`, is declined: bundlers that predate
  // `exports` read that field.)
  const lint = execFileSync(bin("publint"), ["--strict", `${scratch}/${tarball}`], { encoding: "utf8", stdio: "pipe" });
  assert.doesNotMatch(lint, /Warnings:|Errors:/);
  // attw: the client, every resolution (node10, node16 from CJS and from ESM, bundler) with no problem.
  const attw = (args) => {
    try {
      return JSON.parse(execFileSync(bin("attw"), [`${scratch}/${tarball}`, "--format", "json", ...args], { encoding: "utf8", maxBuffer: 64 << 20 }));
    } catch (e) {
      assert.fail(`attw ${args.join(" ")} found problems: ${String(e.stdout).slice(0, 2000)}`);
    }
  };
  const report = attw(["--exclude-entrypoints", "./emulator"]);
  assert.equal(Object.keys(report.problems ?? {}).length, 0, JSON.stringify(report.problems).slice(0, 2000));
  assert.equal(report.analysis.problems?.length ?? 0, 0);
  const kinds = Object.keys(report.analysis.entrypoints["."].resolutions);
  assert.deepEqual(kinds.sort(), ["bundler", "node10", "node16-cjs", "node16-esm"]);
  // The emulator is an ES module for Node (as the README says): typed for ESM and bundlers; from
  // CommonJS it is reached by import(), which is what attw reports for it.
  // (node10 predates subpath exports, so it finds no file there.)
  const emulator = attw(["--entrypoints", "./emulator", "--profile", "node16", "--ignore-rules", "cjs-resolves-to-esm"]);
  const found = Object.values(emulator.problems ?? {}).flat().map((p) => `${p.kind} ${p.entrypoint} ${p.resolutionKind}`).sort();
  assert.deepEqual(found, ["CJSResolvesToESM ./emulator node16-cjs", "NoResolution ./emulator node10"]);
  const esm = emulator.analysis.entrypoints["./emulator"].resolutions["node16-esm"].resolution;
  assert.match(esm.fileName, /emulator\/index\.d\.mts$/);
});
