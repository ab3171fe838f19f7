// The official authing-node-sdk 4.0.1's own jest suite (its test/ over 11 areas), run with the
// suite's own tools against the local emulator, once with the official client and once with this
// package swapped into test/client.ts; then compared test by test (see suite.mjs). A test that
// passes with the official client must pass with the package, unless the README lists it as an
// input the package refuses before sending because the API's own rules make it invalid.
// The suite is also type-checked (its own TypeScript 4.5.5, its own strict tsconfig) against
// each client's declarations: the package may not add type errors.
//
//   node --test tests/suite/
//
// Figures go to target/suite/summary.md (and the README quotes them).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { startEmulator } from "../../emulator/index.mjs";
import { TENANT } from "../../emulator/seed.mjs";
import { installPackage, root } from "../package/install.mjs";
import { AREAS, RUNNER, WORK, allowedRefusals, ensureRunner, failingTests, ruleFor, markdown, outcomes, prepare, runJest, table } from "./suite.mjs";

const got = {};
const types = {};
let emu;
let packageDir;

before(async () => {
  ensureRunner();
  packageDir = `${installPackage("suite").app}/node_modules/genauth-wasm`;
  emu = await startEmulator();
  const env = {
    AUTHING_SDK_TEST_HOST: emu.url,
    AUTHING_SDK_TEST_ACCESS_KEY_ID: "test-access-key-id",
    AUTHING_SDK_TEST_ACCESS_KEY_SECRET: "test-access-key-secret-0123456789",
    // The suite's fourth setting: the tenant its tenant tests work in (the seed's).
    AUTHING_SDK_TEST_TENANT_ID: TENANT.tenantId,
  };
  // Each run starts from the emulator's seed: the same state for both clients.
  for (const variant of ["official", "package"]) {
    emu.reset();
    const dir = prepare(variant, packageDir);
    got[variant] = outcomes(await runJest(variant, env), dir);
  }
});

after(() => {
  emu?.close();
  if (!got.official || !got.package) return;
  mkdirSync(`${root}target/suite`, { recursive: true });
  const typeLine = types.official === undefined ? "" : `\n\nType errors (tsc --strict over the suite): ${types.official} with the official client, ${types.package} with this package.\n`;
  writeFileSync(`${root}target/suite/summary.md`, markdown(table(got.official, got.package)) + typeLine);
  console.log(readFileSync(`${root}target/suite/summary.md`, "utf8"));
});

test("the suite runs with its own tools: authing-node-sdk 4.0.1, jest 27, ts-jest 27, TypeScript 4.5.5", () => {
  const req = createRequire(`${RUNNER}package.json`);
  const version = (p) => req(`${p}/package.json`).version;
  assert.equal(version("authing-node-sdk"), "4.0.1");
  assert.match(version("jest"), /^27\./);
  assert.match(version("ts-jest"), /^27\./);
  assert.equal(version("typescript"), "4.5.5");
});

test("both runs ran the same tests, in every one of the 11 areas", () => {
  const official = [...got.official.keys()];
  assert.ok(official.length >= 500, `only ${official.length} tests ran`);
  assert.deepEqual([...got.package.keys()].sort(), official.sort());
  const { rows } = table(got.official, got.package);
  for (const area of AREAS) assert.ok(rows[area].tests > 0, `no test ran in ${area}`);
  // A file the suite itself cannot load (two read an enum its models do not have) fails alike
  // with both clients; none may fail to load with the package alone.
  const files = official.filter((k) => k.endsWith("› (the file)"));
  assert.ok(files.length <= 2, `test files that could not run: ${files.join(", ")}`);
  for (const k of files) assert.match(got.package.get(k).message, /Cannot read properties of undefined \(reading 'departmentIdType'\)/, k);
});

const readme = readFileSync(`${root}README.md`, "utf8");
const allowed = allowedRefusals(readme);

for (const area of AREAS) {
  test(`${area}: every test that passes with the official client passes with the package, or is a listed refusal`, () => {
    const unexplained = [];
    for (const [key, o] of got.official) {
      if (o.area !== area || o.status !== "passed") continue;
      const p = got.package.get(key);
      if (p?.status === "passed" || allowed.tests.has(key) || ruleFor(key, p?.message, allowed.rules)) continue;
      unexplained.push(`${key}\n    ${(p?.message ?? "no result").split("\n").slice(0, 2).join("\n    ")}`);
    }
    assert.deepEqual(unexplained, []);
  });
}

test("every refusal rule the README lists is used, and every test it lists is still one that passes with the official client alone", () => {
  const used = new Map([...allowed.rules.keys()].map((r) => [r, 0]));
  for (const [key, o] of got.official) {
    if (o.status !== "passed") continue;
    const p = got.package.get(key);
    if (p?.status === "passed") continue;
    const rule = ruleFor(key, p?.message, allowed.rules);
    if (rule) used.set(rule, used.get(rule) + 1);
  }
  const stale = [];
  assert.ok(allowed.rules.size <= 8, `${allowed.rules.size} refusal rules: each must be justified`);
  assert.ok(allowed.tests.size <= 8, `${allowed.tests.size} single tests listed: each must be justified`);
  for (const [rule, n] of used) if (!n) stale.push(`rule "${rule}": no test is refused by it any more`);
  for (const [r, reason] of [...allowed.rules, ...allowed.tests]) if (!reason || reason.length < 20) stale.push(`${r}: no reason given`);
  for (const key of allowed.tests.keys()) {
    const o = got.official.get(key);
    const p = got.package.get(key);
    if (o?.status !== "passed") stale.push(`${key}: does not pass with the official client (${o?.status ?? "no such test"})`);
    else if (p?.status === "passed") stale.push(`${key}: passes with the package too: remove it from the list`);
  }
  assert.deepEqual(stale, []);
  console.log(`refusals: ${[...used].map(([r, n]) => `${n} × "${r}"`).join(", ")}; ${allowed.tests.size} single tests`);
});

test("a refusal never stands in for a test of a Success block, unless the README lists that test by name", () => {
  const success = [];
  for (const [key, o] of got.official) {
    const p = got.package.get(key);
    if (o.status === "passed" && p?.status !== "passed" && key.includes(" › Success › ") && !allowed.tests.has(key)) success.push(key);
  }
  assert.deepEqual(success, []);
});

// The emulator's docs list every test the official client still fails against it, with the
// reason; the list is exact (a test that now passes must leave it), and the pass rate over the
// 11 areas is at least 85%.
test("with the official client at least 85% of the suite passes against the emulator, and docs/emulator.md lists every failing test with its reason", () => {
  const docs = readFileSync(`${root}docs/emulator.md`, "utf8");
  const listed = failingTests(docs);
  const failing = [...got.official].filter(([, o]) => o.status !== "passed").map(([k]) => k);
  const passed = got.official.size - failing.length;
  assert.ok(passed / got.official.size >= 0.85, `${passed} of ${got.official.size} pass with the official client`);
  assert.deepEqual(failing.filter((k) => !listed.has(k)), [], "failing, not listed in docs/emulator.md");
  assert.deepEqual([...listed.keys()].filter((k) => !failing.includes(k)), [], "listed in docs/emulator.md, but passes (or no such test)");
  for (const [k, reason] of listed) assert.ok(reason.length >= 15, `${k}: no reason given`);
});

test("the suite type-checks against the package with no more errors than against the official client", () => {
  const tsc = `${RUNNER}node_modules/typescript/bin/tsc`;
  for (const variant of ["official", "package"]) {
    const dir = `${WORK}${variant}/`;
    writeFileSync(
      `${dir}tsconfig.suite.json`,
      JSON.stringify({ extends: "./tsconfig.base.json", compilerOptions: { noEmit: true, types: ["jest", "node"] }, include: ["test/**/*.ts"] }),
    );
    let out = "";
    try {
      out = execFileSync(process.execPath, [tsc, "-p", `${dir}tsconfig.suite.json`], { cwd: dir, encoding: "utf8", maxBuffer: 64 << 20 });
    } catch (e) {
      out = String(e.stdout ?? "");
    }
    types[variant] = (out.match(/error TS\d+/g) ?? []).length;
  }
  // The official client's own count is the baseline (the suite was written loosely): not zero.
  assert.ok(types.official > 0, "tsc found no errors with the official client: did it check anything?");
  assert.ok(types.package <= types.official, `${types.package} type errors with the package, ${types.official} with the official client`);
});
