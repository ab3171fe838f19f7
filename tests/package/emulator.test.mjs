// The emulator as users get it: `genauth-wasm/emulator` and the `genauth-emulator` command from
// the packed package, installed into a scratch project; the README's offline-testing examples
// run there verbatim (node:test, and jest 27 from the official suite's runner).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { installPackage, root } from "./install.mjs";
import { ensureRunner, RUNNER } from "../suite/suite.mjs";

const readme = readFileSync(`${root}README.md`, "utf8");
const section = readme.slice(readme.indexOf("## Test your own code offline"), readme.indexOf("## Coming from authing-node-sdk"));
const block = (marker) => {
  const m = section.match(new RegExp(`<!-- ${marker} -->\\n\`\`\`js\\n([\\s\\S]*?)\`\`\`\\n<!-- /${marker} -->`));
  assert.ok(m, `README has a <!-- ${marker} --> code block in its offline section`);
  return m[1];
};
const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };
let installed, app, emulatorModule;

before(async () => {
  installed = installPackage("emulator-test");
  app = installed.app;
  emulatorModule = await import(pathToFileURL(`${app}/node_modules/genauth-wasm/emulator/index.mjs`).href);
});

const counts = (out) => ({
  pass: Number(/^# pass (\d+)/m.exec(out)?.[1] ?? -1),
  fail: Number(/^# fail (\d+)/m.exec(out)?.[1] ?? -1),
});

test("the tarball holds the emulator: its modules, the endpoint table, the models, the command and its types", () => {
  for (const f of ["emulator/index.mjs", "emulator/lib.mjs", "emulator/table.mjs", "emulator/seed.mjs", "emulator/cli.mjs", "emulator/index.d.mts", "emulator/api.txt", "emulator/models.json", "emulator/areas/users.mjs", "emulator/areas/oidc.mjs", "emulator/areas/auth.mjs"])
    assert.ok(installed.files.includes(f), f);
  const pkg = installed.require("genauth-wasm/package.json");
  assert.equal(pkg.bin["genauth-emulator"], "emulator/cli.mjs");
  assert.equal(pkg.exports["./emulator"].default, "./emulator/index.mjs");
});

test("`genauth-wasm/emulator` resolves from a project by its subpath, and answers the package's own client", async () => {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", `
    import { startEmulator, defaultSeed } from "genauth-wasm/emulator";
    import { ManagementClient } from "genauth-wasm";
    const emu = await startEmulator({ seed: { users: [{ userId: "u1", username: "seeded" }] } });
    const client = new ManagementClient({ ...${JSON.stringify(KEY)}, host: emu.url });
    const r = await client.getUser({ userId: "u1" });
    console.log(JSON.stringify({ username: r.data.username, demo: defaultSeed().organizations.length > 0 }));
    await emu.close();`], { cwd: app, encoding: "utf8", timeout: 30_000 });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { username: "seeded", demo: true });
});

test("the README's node:test example passes as written, in a project that installed the package", () => {
  mkdirSync(`${app}/test`, { recursive: true });
  writeFileSync(`${app}/test/users.test.mjs`, block("offline-example"));
  // Without the variable this runner sets for its own children, so that the child reports as a user's would.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const run = spawnSync(process.execPath, ["--test", "--test-reporter=tap", "test/"], { cwd: app, env, encoding: "utf8", timeout: 60_000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const c = counts(run.stdout);
  assert.ok(c.pass >= 2 && c.fail === 0, run.stdout);
});

test("the README's jest example passes as written with jest 27 (node-fetch-free: the reset goes through fetch, given to the environment)", () => {
  ensureRunner();
  const dir = `${app}/jest-app`;
  mkdirSync(`${dir}/test`, { recursive: true });
  // The block holds four files, each introduced by a `// <path>` line.
  const files = block("offline-jest").split(/^\/\/ (?=\S+\.(?:js|mjs)\n)/m).filter(Boolean);
  assert.equal(files.length, 4);
  for (const f of files) {
    const nl = f.indexOf("\n");
    writeFileSync(`${dir}/${f.slice(0, nl)}`, f.slice(nl + 1));
  }
  mkdirSync(`${dir}/node_modules`, { recursive: true });
  spawnSync("cp", ["-r", `${app}/node_modules/genauth-wasm`, `${dir}/node_modules/`]);
  // jest 27's node environment has no fetch (the README says so): the runner's environment adds the host's.
  const config = readFileSync(`${dir}/jest.config.js`, "utf8").replace("module.exports = {", `module.exports = { testEnvironment: ${JSON.stringify(`${RUNNER}environment.cjs`)},`);
  writeFileSync(`${dir}/jest.config.js`, config);
  const jest = `${RUNNER}node_modules/jest/bin/jest.js`;
  const run = spawnSync(process.execPath, [jest, "--ci", "--json"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  const report = JSON.parse(run.stdout);
  assert.equal(report.numFailedTests, 0, run.stderr);
  assert.ok(report.numPassedTests >= 1, run.stderr);
});

test("`npx genauth-emulator` starts it from a seed file, prints its URL, serves the official client, and stops when stdin closes", async () => {
  writeFileSync(`${app}/seed.json`, JSON.stringify({ users: [{ userId: "6390a5c1f3b2d4e5a6b7c8d9", username: "from-file", email: "f@example.com" }] }));
  const child = spawn("npx", ["--no-install", "genauth-emulator", "--seed", "seed.json", "--exit-on-stdin-close"], { cwd: app, stdio: ["pipe", "pipe", "pipe"] });
  try {
    const line = await new Promise((resolve, reject) => {
      let buf = "";
      child.stdout.on("data", (d) => (buf += d).includes("\n") && resolve(buf.split("\n")[0]));
      child.once("exit", (code) => reject(new Error(`exited ${code}`)));
      setTimeout(() => reject(new Error("no URL in 20 s")), 20_000).unref();
    });
    const info = JSON.parse(line);
    assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(info.accessKeyId, KEY.accessKeyId);
    assert.ok(!line.includes(KEY.accessKeySecret), "the secret is not printed");
    const { ManagementClient } = createRequire(`${root}package.json`)("authing-node-sdk");
    const official = new ManagementClient({ ...KEY, host: info.url });
    const r = await official.getUser({ userId: "6390a5c1f3b2d4e5a6b7c8d9" });
    assert.equal(r.statusCode, 200);
    assert.equal(r.data.username, "from-file");
  } finally {
    child.stdin.end();
  }
  const code = await new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", resolve)));
  assert.equal(code, 0);
});

test("the command refuses what it does not know with its usage, and a seed that is not JSON with a message", () => {
  const cli = `${app}/node_modules/genauth-wasm/emulator/cli.mjs`;
  const bad = spawnSync(process.execPath, [cli, "--host", "0.0.0.0"], { encoding: "utf8", timeout: 10_000 });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown argument "--host"[\s\S]*usage: genauth-emulator/);
  writeFileSync(`${app}/broken.json`, "{ users: ");
  const broken = spawnSync(process.execPath, [cli, "--seed", `${app}/broken.json`], { encoding: "utf8", timeout: 10_000 });
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /^genauth-emulator: .*JSON/);
});

test("it listens on the loopback only: a host option other than 127.0.0.1 is refused", async () => {
  await assert.rejects(emulatorModule.startEmulator({ host: "0.0.0.0" }), /127\.0\.0\.1 only/);
  const emu = await emulatorModule.startEmulator();
  try {
    assert.match(emu.url, /^http:\/\/127\.0\.0\.1:/);
  } finally {
    await emu.close();
  }
});

test("the client's lang option picks the emulator's language: Chinese by default, English for en-US, with either client", async () => {
  const emu = await emulatorModule.startEmulator();
  try {
    const lib = installed.require("genauth-wasm");
    const { ManagementClient: Official } = createRequire(`${root}package.json`)("authing-node-sdk");
    const missing = { userId: "ffffffffffffffffffffffff" };
    const ours = (lang) => new lib.ManagementClient({ ...KEY, host: emu.url, ...(lang ? { lang } : {}) });
    const theirs = (lang) => new Official({ ...KEY, host: emu.url, ...(lang ? { lang } : {}) });
    for (const client of [ours(), theirs()]) {
      const r = await client.getUser(missing);
      assert.deepEqual([r.statusCode, r.message], [404, "用户不存在"]);
    }
    for (const client of [ours("en-US"), theirs("en-US")]) {
      const r = await client.getUser(missing);
      assert.equal(r.statusCode, 404);
      assert.equal(r.message, "User does not exist");
    }
  } finally {
    await emu.close();
  }
});
