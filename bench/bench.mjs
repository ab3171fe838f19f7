// The benchmark: three clients make the same removeDepartmentMembers calls.
//   limit     a hand-written function that signs with node:crypto and calls fetch: the least any
//             client can cost
//   wasm      genauth-wasm, from the packed package as installed
//   official  authing-node-sdk 4.0.1
// against a server that does no work (bench/server.mjs) and against the local emulator, then
// measures client CPU per call (no network), cold start, memory and size. Prints tables and
// writes target/bench/node-<version>.json. `make bench` runs it on Node 20 and Node 24;
// `--smoke` makes a few hundred calls only (run by `make test` so it cannot rot).
import { spawn, execFileSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { installPackage, root } from "../tests/package/install.mjs";
import { startEmulator } from "../tests/emulator/emulator.mjs";

const SMOKE = process.argv.includes("--smoke");
const CALLS = SMOKE ? 150 : 4000; // per round, per client, per concurrency
const ROUNDS = SMOKE ? 1 : 5;
const WARMUP = SMOKE ? 30 : 500;
const CPU_CALLS = SMOKE ? 300 : 20_000;
const CONCURRENCY = [1, 16, 64];
const KEY = { accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" };
const PARAMS = { userIds: ["623c20b2a062aaaaf41b17da"], organizationCode: "steamory", departmentId: "60b49eb83fd80adb96f26e68" };
const BODY = JSON.stringify({ statusCode: 200, message: "操作成功", apiCode: 20001, requestId: "934108e5-9fbf-4d24-8da1-c330328abd6c", data: { success: true } });
const out = `${root}target/bench/`;
const rootRequire = createRequire(`${root}package.json`);

// ---------------------------------------------------------------------------------------------
// The three clients

/** The limit: what any client must do at least — sign, send, parse. */
function limitClient(host, fetchImpl = fetch) {
  const path = "/api/v3/remove-department-members";
  return () => {
    const body = JSON.stringify(PARAMS);
    const headers = {
      accept: "application/json",
      "content-type": "application/json",
      "x-authing-signature-nonce": randomBytes(16).toString("hex"),
      "x-authing-signature-method": "HMAC-SHA1",
      "x-authing-signature-version": "1.0",
      "x-authing-sdk-version": "bench:1",
      "x-authing-lang": "zh-CN",
      date: new Date().toUTCString(),
    };
    const signed = Object.keys(headers).filter((k) => k === "date" || k.startsWith("x-authing-")).sort();
    const query = Object.keys(PARAMS).sort().map((k) => `${k}=${typeof PARAMS[k] === "object" ? JSON.stringify(PARAMS[k]) : PARAMS[k]}`);
    const sts = `POST\n${signed.map((k) => `${k}:${headers[k]}\n`).join("")}${path}?${query.join("&")}`;
    headers.authorization = `authing ${KEY.accessKeyId}:${createHmac("sha1", KEY.accessKeySecret).update(sts).digest("base64")}`;
    return fetchImpl(host + path, { method: "POST", headers, body }).then((r) => r.json());
  };
}

function wasmClient(lib, host, fetchImpl) {
  const client = new lib.ManagementClient({ ...KEY, host, brand: "authing", ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return () => client.removeDepartmentMembers(PARAMS);
}

function officialClient(host) {
  const { ManagementClient } = rootRequire("authing-node-sdk");
  const client = new ManagementClient({ ...KEY, host });
  return () => client.removeDepartmentMembers(PARAMS);
}

// ---------------------------------------------------------------------------------------------
// Measuring

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function load(call, n, concurrency) {
  const latencies = new Float64Array(n);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        const res = await call();
        if (res.statusCode !== 200) throw new Error(`call failed: ${JSON.stringify(res)}`);
        latencies[i] = performance.now() - t;
      }
    }),
  );
  const elapsed = performance.now() - started;
  latencies.sort();
  return { rps: (n / elapsed) * 1000, p50: latencies[Math.floor(n * 0.5)], p99: latencies[Math.floor(n * 0.99)] };
}

/** Median throughput and latency of each client at each concurrency, rounds interleaved. */
async function throughput(clients) {
  const result = {};
  for (const [name, call] of Object.entries(clients)) await load(call, WARMUP, 16);
  for (const c of CONCURRENCY) {
    const rounds = Object.fromEntries(Object.keys(clients).map((k) => [k, []]));
    for (let r = 0; r < ROUNDS; r++) for (const [name, call] of Object.entries(clients)) rounds[name].push(await load(call, CALLS, c));
    for (const [name, rs] of Object.entries(rounds)) {
      (result[name] ??= {})[c] = { rps: median(rs.map((x) => x.rps)), p50: median(rs.map((x) => x.p50)), p99: median(rs.map((x) => x.p99)) };
    }
  }
  return result;
}

/** Client CPU per call in µs: a fetch (or axios adapter) answering from memory, calls in sequence. */
async function cpuPerCall(lib) {
  // The cheapest answer a fetch can give: what every client needs of a Response, no more.
  const answer = { status: 200, headers: { get: () => null }, text: async () => BODY, json: async () => JSON.parse(BODY) };
  const memoryFetch = async () => answer;
  const axios = rootRequire("axios");
  const adapter = axios.defaults.adapter;
  axios.defaults.adapter = async (config) => ({ data: BODY, status: 200, statusText: "OK", headers: {}, config, request: {} });
  const clients = {
    limit: limitClient("http://127.0.0.1:9", memoryFetch),
    wasm: wasmClient(lib, "http://127.0.0.1:9", memoryFetch),
    official: officialClient("http://127.0.0.1:9"),
  };
  axios.defaults.adapter = adapter;
  const result = {};
  for (const [name, call] of Object.entries(clients)) {
    for (let i = 0; i < WARMUP; i++) await call();
    const samples = [];
    for (let r = 0; r < Math.max(ROUNDS, 3); r++) {
      const before = process.cpuUsage();
      for (let i = 0; i < CPU_CALLS / 3; i++) await call();
      const used = process.cpuUsage(before);
      samples.push((used.user + used.system) / (CPU_CALLS / 3));
    }
    result[name] = median(samples);
  }
  return result;
}

function child(args, input) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
    let stdout = "";
    p.stdout.on("data", (d) => (stdout += d));
    const timer = setTimeout(() => p.kill(), 120_000);
    p.on("exit", (code) => (clearTimeout(timer), code === 0 ? resolve(stdout) : reject(new Error(`${args.join(" ")} exited ${code}`))));
    if (input !== undefined) p.stdin.end(input);
  });
}

/** Time from a fresh process's first line to a client ready to call (import + instantiate). */
async function coldStart(app) {
  const scripts = {
    wasm: `const t = performance.now(); const { ManagementClient } = await import("genauth-wasm"); new ManagementClient(${JSON.stringify({ ...KEY, host: "http://127.0.0.1:9" })}); console.log(performance.now() - t);`,
    official: `const t = performance.now(); const { createRequire } = await import("node:module"); const { ManagementClient } = createRequire(${JSON.stringify(`${root}package.json`)})("authing-node-sdk"); new ManagementClient(${JSON.stringify({ ...KEY, host: "http://127.0.0.1:9" })}); console.log(performance.now() - t);`,
  };
  const result = {};
  for (const [name, script] of Object.entries(scripts)) {
    const file = `${app}/cold-${name}.mjs`;
    writeFileSync(file, script);
    const runs = [];
    for (let i = 0; i < (SMOKE ? 1 : 7); i++) runs.push(Number(await child([file])));
    result[name] = median(runs);
  }
  return result;
}

/** RSS, JS heap and wasm memory after 1 000 and after 10 000 calls, in a fresh process each. */
async function memory(app, host) {
  const result = {};
  for (const name of ["limit", "wasm", "official"]) {
    const stdout = await child(["--expose-gc", fileURLToPath(import.meta.url), "--memory-child", name, host, app, ...(SMOKE ? ["--smoke"] : [])]);
    result[name] = JSON.parse(stdout.trim().split("\n").at(-1));
  }
  return result;
}

async function memoryChild([name, host, app]) {
  const lib = createRequire(`${app}/package.json`)("genauth-wasm");
  const call = name === "limit" ? limitClient(host) : name === "wasm" ? wasmClient(lib, host) : officialClient(host);
  const snap = () => {
    global.gc();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, wasm: name === "wasm" ? lib.memoryBytes() : null };
  };
  const total = SMOKE ? 400 : 10_000;
  await load(call, total / 10, 16);
  const first = snap();
  await load(call, total - total / 10, 16);
  const after = snap();
  console.log(JSON.stringify({ calls: total, afterFirstTenth: first, after }));
}

function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      const s = dirSize(p);
      bytes += s.bytes;
      files += s.files;
    } else if (entry.isFile()) {
      bytes += statSync(p).size;
      files += 1;
    }
  }
  return { bytes, files };
}

async function sizes(app) {
  const pkgDir = `${app}/node_modules/genauth-wasm`;
  const build = (b) => {
    const snippets = readdirSync(`${pkgDir}/${b}/snippets`, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `snippets/${f}`);
    const parts = ["genauth_wasm_bg.wasm", "genauth_wasm.js", "index.js", ...snippets].map((f) => readFileSync(`${pkgDir}/${b}/${f}`));
    return { raw: parts.reduce((n, p) => n + p.length, 0), gzip: parts.reduce((n, p) => n + gzipSync(p, { level: 9 }).length, 0) };
  };
  // The official client as installed (with its dependencies), in a project of its own.
  const officialDir = `${out}official-install`;
  if (!existsSync(`${officialDir}/node_modules/authing-node-sdk`)) {
    mkdirSync(officialDir, { recursive: true });
    writeFileSync(`${officialDir}/package.json`, JSON.stringify({ name: "official", private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "authing-node-sdk@4.0.1"], { cwd: officialDir, stdio: "pipe" });
  }
  const { build: esbuild } = rootRequire("esbuild");
  const bundled = await esbuild({
    entryPoints: [rootRequire.resolve("authing-node-sdk")],
    bundle: true,
    platform: "node",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const bundle = bundled.outputFiles[0].contents;
  return {
    wasm: { installed: dirSize(pkgDir), node: build("node"), web: build("web") },
    official: { installed: dirSize(`${officialDir}/node_modules`), bundle: { raw: bundle.length, gzip: gzipSync(bundle, { level: 9 }).length } },
  };
}

// ---------------------------------------------------------------------------------------------

async function startMinimalServer() {
  const p = spawn(process.execPath, [fileURLToPath(new URL("server.mjs", import.meta.url))], { stdio: ["pipe", "pipe", "inherit"] });
  const url = await new Promise((resolve) => p.stdout.once("data", (d) => resolve(JSON.parse(d).url)));
  return { url, close: () => p.stdin.end() };
}

function table(title, rows) {
  console.log(`\n${title}`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(`  ${r.map((c, i) => String(c).padEnd(widths[i])).join("  ")}`);
}

const f0 = (n) => Math.round(n).toLocaleString("en-US");
const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);

async function main() {
  if (process.argv[2] === "--memory-child") return memoryChild(process.argv.slice(3));
  mkdirSync(out, { recursive: true });
  const { app, require: appRequire } = installPackage("bench");
  const lib = appRequire("genauth-wasm");
  const report = { node: process.version, smoke: SMOKE, calls: CALLS, rounds: ROUNDS, concurrency: CONCURRENCY };

  const minimal = await startMinimalServer();
  const emu = await startEmulator();
  try {
    for (const [label, host] of [["minimal", minimal.url], ["emulator", emu.url]]) {
      const t = await throughput({ limit: limitClient(host), wasm: wasmClient(lib, host), official: officialClient(host) });
      report[label] = t;
      const rows = [["client", ...CONCURRENCY.flatMap((c) => [`c=${c} calls/s`, `p50 ms`, `p99 ms`]), "vs limit (c=1/16/64)"]];
      for (const [name, byC] of Object.entries(t)) {
        rows.push([
          name,
          ...CONCURRENCY.flatMap((c) => [f0(byC[c].rps), f2(byC[c].p50), f2(byC[c].p99)]),
          CONCURRENCY.map((c) => f2(byC[c].rps / t.limit[c].rps)).join(" / "),
        ]);
      }
      table(`throughput and latency against the ${label} server (${process.version}, median of ${ROUNDS} x ${CALLS} calls)`, rows);
    }
    report.cpu = await cpuPerCall(lib);
    table("client CPU per call, no network: a fetch answering from memory (µs)", [
      ["limit", "wasm", "official"],
      [f1(report.cpu.limit), f1(report.cpu.wasm), f1(report.cpu.official)],
    ]);
    report.coldStart = await coldStart(app);
    table("cold start: import + instantiate in a fresh process (ms, median)", [["wasm", "official"], [f1(report.coldStart.wasm), f1(report.coldStart.official)]]);
    report.memory = await memory(app, minimal.url);
    const mb = (b) => (b / 1048576).toFixed(1);
    table(`memory after ${f0(report.memory.wasm.calls / 10)} and ${f0(report.memory.wasm.calls)} calls (MB)`, [
      ["client", "RSS", "", "JS heap", "", "wasm memory", ""],
      ...Object.entries(report.memory).map(([name, m]) => [
        name,
        mb(m.afterFirstTenth.rss),
        mb(m.after.rss),
        mb(m.afterFirstTenth.heapUsed),
        mb(m.after.heapUsed),
        m.after.wasm === null ? "" : mb(m.afterFirstTenth.wasm),
        m.after.wasm === null ? "" : mb(m.after.wasm),
      ]),
    ]);
    report.size = await sizes(app);
    const s = report.size;
    table("size (bytes)", [
      ["", "installed", "files", "one build raw", "one build gzip"],
      ["genauth-wasm (node)", f0(s.wasm.installed.bytes), s.wasm.installed.files, f0(s.wasm.node.raw), f0(s.wasm.node.gzip)],
      ["genauth-wasm (web)", "", "", f0(s.wasm.web.raw), f0(s.wasm.web.gzip)],
      ["authing-node-sdk (bundled, minified)", f0(s.official.installed.bytes), s.official.installed.files, f0(s.official.bundle.raw), f0(s.official.bundle.gzip)],
    ]);
  } finally {
    minimal.close();
    await emu.close();
  }
  const file = `${out}node-${process.version.slice(1).split(".")[0]}${SMOKE ? "-smoke" : ""}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(`\nwritten: ${file.slice(root.length)}`);
}

await main();
