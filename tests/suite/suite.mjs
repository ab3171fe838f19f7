// The official authing-node-sdk 4.0.1's own jest suite (its tarball ships test/), run with the
// test tools of its own devDependencies (tests/suite/runner: jest 27, ts-jest 27, TypeScript
// 4.5.5) against the local emulator, once with the official client and once with this package
// swapped into test/client.ts (the import line is the only change). Used by suite.test.mjs and
// runnable alone: `node tests/suite/suite.mjs` prints the per-area table.
//
// The runs differ from the suite's own jest.config.js in three ways, each for a reason:
//   - ts-jest transpiles without type-checking (isolatedModules): the suite's type errors are
//     counted apart (suite.test.mjs, with the suite's own tsc), and one must not hide a result;
//   - testTimeout is 30 s, not 1e9 ms: nothing may hang (the emulator answers in milliseconds);
//   - the environment (runner/environment.cjs) adds the host's fetch to jest 27's node
//     environment, which has none.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const RUNNER = fileURLToPath(new URL("./runner/", import.meta.url));
export const SDK = `${RUNNER}node_modules/authing-node-sdk/`;
export const WORK = `${RUNNER}work/`;
export const AREAS = [
  "department",
  "organizations",
  "users",
  "groups",
  "roles",
  "namespace",
  "data-permission",
  "user-data-permission",
  "tenant",
  "sync-center",
  "pipeline",
];
const JEST_BUDGET_MS = 20 * 60 * 1000;

/** Installs the runner's pinned tools (npm ci, once per lockfile). */
export function ensureRunner() {
  const mark = `${RUNNER}node_modules/.installed`;
  const lock = `${RUNNER}package-lock.json`;
  if (existsSync(mark) && statSync(mark).mtimeMs >= statSync(lock).mtimeMs) return;
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: RUNNER, stdio: "inherit" });
  writeFileSync(mark, "");
}

/**
 * A fresh copy of the official package's src/ and test/ for one client. `packageDir` (for the
 * "package" variant) is an installed genauth-wasm, copied in as node_modules/genauth-wasm.
 */
export function prepare(variant, packageDir, areas = AREAS) {
  const dir = `${WORK}${variant}/`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ["src", "test", "package.json", "tsconfig.json", "tsconfig.base.json"]) cpSync(SDK + f, dir + f, { recursive: true });
  const official = readFileSync(`${dir}test/client.ts`, "utf8");
  const IMPORT = 'import { ManagementClient } from "../src";\n';
  if (!official.startsWith(IMPORT)) throw new Error("test/client.ts is not the one this harness knows");
  if (variant === "package") {
    // The swap: the import line, nothing else.
    writeFileSync(`${dir}test/client.ts`, 'import { ManagementClient } from "genauth-wasm";\n' + official.slice(IMPORT.length));
    cpSync(packageDir, `${dir}node_modules/genauth-wasm`, { recursive: true, dereference: true });
  }
  const config = {
    rootDir: dir,
    moduleFileExtensions: ["js", "json", "ts"],
    testEnvironment: `${RUNNER}environment.cjs`,
    testTimeout: 30000,
    transform: { "^.+\\.ts$": "ts-jest" },
    globals: { "ts-jest": { isolatedModules: true } },
    globalSetup: "./test/init.ts",
    moduleDirectories: [".", "src", "../src", "../node_modules", "node_modules"],
    testMatch: areas.map((a) => `<rootDir>/test/${a}/**/*.spec.ts`),
    cacheDirectory: `${WORK}cache`,
  };
  writeFileSync(`${dir}jest.config.js`, `module.exports = ${JSON.stringify(config, null, 2)};\n`);
  return dir;
}

/** Runs jest over the areas in one process, in band; resolves to jest's JSON report. */
export function runJest(variant, env) {
  const dir = `${WORK}${variant}/`;
  const out = `${WORK}${variant}.json`;
  rmSync(out, { force: true });
  const args = [`${RUNNER}node_modules/jest/bin/jest.js`, "--config", `${dir}jest.config.js`, "--runInBand", "--silent", "--json", `--outputFile=${out}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-20000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), JEST_BUDGET_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (!existsSync(out)) return reject(new Error(`jest (${variant}) wrote no report (exit ${code}, ${signal ?? "no signal"}):\n${stderr}`));
      resolve(JSON.parse(readFileSync(out, "utf8")));
    });
  });
}

/**
 * jest's report as a Map from a test's key ("area/file.spec.ts › describe › it", with " #2"
 * for a repeated title in the same file) to { area, status, message }.
 */
export function outcomes(report, dir) {
  const map = new Map();
  for (const file of report.testResults) {
    const rel = file.name.slice(`${dir}test/`.length);
    const area = rel.split("/")[0];
    if (!file.assertionResults.length) {
      // A file that failed before any test ran (a syntax or import error): one entry for it.
      map.set(`${rel} › (the file)`, { area, status: "failed", message: file.message });
      continue;
    }
    for (const t of file.assertionResults) {
      let key = `${rel} › ${[...t.ancestorTitles, t.title].join(" › ")}`;
      for (let n = 2; map.has(key); n++) key = key.replace(/( #\d+)?$/, ` #${n}`);
      map.set(key, { area, status: t.status, message: (t.failureMessages ?? []).join("\n") });
    }
  }
  return map;
}

/** Per area: tests, passing with each client, passing only with the official one. */
export function table(official, pkg) {
  const rows = Object.fromEntries(AREAS.map((a) => [a, { tests: 0, official: 0, package: 0, officialOnly: 0, packageOnly: 0 }]));
  for (const [key, o] of official) {
    const p = pkg.get(key);
    const row = rows[o.area];
    row.tests++;
    if (o.status === "passed") row.official++;
    if (p?.status === "passed") row.package++;
    if (o.status === "passed" && p?.status !== "passed") row.officialOnly++;
    if (o.status !== "passed" && p?.status === "passed") row.packageOnly++;
  }
  const total = { tests: 0, official: 0, package: 0, officialOnly: 0, packageOnly: 0 };
  for (const r of Object.values(rows)) for (const k in total) total[k] += r[k];
  return { rows, total };
}

export function markdown({ rows, total }) {
  const line = (name, r) => `| ${name} | ${r.tests} | ${r.official} | ${r.package} | ${r.officialOnly} | ${r.packageOnly} |`;
  return [
    "| area | tests | pass, official client | pass, this package | official only | package only |",
    "|---|---:|---:|---:|---:|---:|",
    ...Object.entries(rows).map(([a, r]) => line(a, r)),
    line("**all**", total),
  ].join("\n");
}

/**
 * The tests the package is allowed to fail where the official client passes, from the README's
 * table between `<!-- suite-refusals -->` markers. A row's first cell is either
 *   - a refusal rule: a fragment of the package's own error message (`must be a non-empty string`);
 *     it covers a test of a `Fail` block (the service refused the same input) that the package
 *     refuses before sending with a message holding the fragment; or
 *   - a test key (it holds " › "): that test only, for a reason of its own.
 * Returns { rules: Map(fragment -> reason), tests: Map(key -> reason) }.
 */
export function allowedRefusals(readme) {
  const m = readme.match(/<!-- suite-refusals -->([\s\S]*?)<!-- \/suite-refusals -->/);
  if (!m) throw new Error("README.md has no <!-- suite-refusals --> table");
  const rules = new Map();
  const tests = new Map();
  for (const row of m[1].split("\n")) {
    const cells = row.match(/^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|$/);
    if (cells) (cells[1].includes(" › ") ? tests : rules).set(cells[1], cells[2]);
  }
  return { rules, tests };
}

/** The package's refusal before sending, as jest reports it: "GenAuthError: <call>: <message>", or null. */
export function refusal(message) {
  const m = /GenAuthError: [A-Za-z]+: (.+)/.exec(String(message ?? "").split("\n")[0]);
  return m ? m[1] : null;
}

/** The rule of `rules` a failure of the package is explained by, or null. */
export function ruleFor(key, message, rules) {
  const text = refusal(message);
  if (!text || !key.includes(" › Fail › ")) return null;
  for (const fragment of rules.keys()) if (text.includes(fragment)) return fragment;
  return null;
}

/**
 * The tests the official client still fails against the emulator, as docs/emulator.md lists
 * them between `<!-- suite-failing -->` markers: one row per test key with its reason.
 */
export function failingTests(docs) {
  const m = docs.match(/<!-- suite-failing -->([\s\S]*?)<!-- \/suite-failing -->/);
  if (!m) throw new Error("docs/emulator.md has no <!-- suite-failing --> table");
  const out = new Map();
  for (const row of m[1].split("\n")) {
    const cells = row.match(/^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|$/);
    if (cells) out.set(cells[1], cells[2]);
  }
  return out;
}

// Alone: `node tests/suite/suite.mjs [packageDir]` runs both and prints the table and the
// differences (the package is installed from pkg/ unless a folder is given).
// `node tests/suite/suite.mjs --official [area,area...]` runs the official client only (over the
// given areas) and writes every failing test with its message to target/suite/failures.md: the
// loop for work on the emulator.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { startEmulator } = await import("../../emulator/index.mjs");
  const { TENANT } = await import("../../emulator/seed.mjs");
  ensureRunner();
  const officialOnly = process.argv[2] === "--official";
  const areas = officialOnly && process.argv[3] ? process.argv[3].split(",") : AREAS;
  const packageDir = officialOnly ? null : (process.argv[2] ?? `${(await import("../package/install.mjs")).installPackage("suite").app}/node_modules/genauth-wasm`);
  const emu = await startEmulator();
  const env = {
    AUTHING_SDK_TEST_HOST: emu.url,
    AUTHING_SDK_TEST_ACCESS_KEY_ID: "test-access-key-id",
    AUTHING_SDK_TEST_ACCESS_KEY_SECRET: "test-access-key-secret-0123456789",
    // The suite's fourth setting: the tenant its tenant tests work in (the seed's).
    AUTHING_SDK_TEST_TENANT_ID: TENANT.tenantId,
  };
  const got = {};
  try {
    for (const variant of officialOnly ? ["official"] : ["official", "package"]) {
      emu.reset();
      const dir = prepare(variant, packageDir, areas);
      const t0 = Date.now();
      got[variant] = outcomes(await runJest(variant, env), dir);
      console.log(`${variant}: ${got[variant].size} tests in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    emu.close();
  }
  if (officialOnly) {
    const per = {};
    let text = "";
    for (const [key, o] of got.official) {
      per[o.area] ??= { passed: 0, tests: 0 };
      per[o.area].tests++;
      if (o.status === "passed") per[o.area].passed++;
      else text += `\n### ${key}\n${(o.message ?? "").split("\n").filter((l) => !/^\s+at /.test(l)).slice(0, 16).join("\n")}\n`;
    }
    const out = fileURLToPath(new URL("../../target/suite/failures.md", import.meta.url));
    mkdirSync(fileURLToPath(new URL("../../target/suite/", import.meta.url)), { recursive: true });
    writeFileSync(out, text);
    for (const [a, r] of Object.entries(per)) console.log(`${a}: ${r.passed}/${r.tests}`);
    console.log(`failures: ${out}`);
  } else {
    console.log(markdown(table(got.official, got.package)));
    for (const [key, o] of got.official) {
      const p = got.package.get(key);
      if (o.status === "passed" && p?.status !== "passed") console.log(`\nOFFICIAL ONLY ${key}\n  ${(p?.message ?? "missing").split("\n").slice(0, 3).join("\n  ")}`);
    }
  }
}
