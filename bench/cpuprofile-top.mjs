// Reads a V8 .cpuprofile (from `node bench/bench.mjs --cpu-prof`, `node --cpu-prof`, or Chrome
// DevTools) and prints where the time went: self time by function (name + URL), the top N, and
// self time by place (the .wasm, wasm-bindgen's glue, the package's JS, Node's internals, ...).
//
//   node bench/cpuprofile-top.mjs target/bench/wasm-cpu-node24.cpuprofile [N]
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Self time in µs of every node of the profile: sample i lasts until sample i + 1. */
function selfTimes(profile) {
  const self = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  let t = profile.startTime;
  const stamps = timeDeltas.map((d) => (t += d));
  for (let i = 0; i < samples.length; i++) {
    const until = i + 1 < samples.length ? stamps[i + 1] : profile.endTime;
    const dt = Math.max(0, until - stamps[i]);
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  return self;
}

/** Where a frame's code lives, for the by-place totals. */
export function place({ functionName, url }) {
  if (/^(js-to-wasm|wasm-to-js)/.test(functionName)) return "crossing the boundary (js-to-wasm, wasm-to-js)";
  if (!url) return functionName.startsWith("(") ? functionName : "(native or builtin)";
  if (url.startsWith("wasm://") || url.endsWith(".wasm")) return "the .wasm (Rust)";
  if (url.includes("/genauth-wasm/") && url.endsWith("genauth_wasm.js")) return "wasm-bindgen glue (genauth_wasm.js)";
  if (url.includes("/genauth-wasm/")) return "the package's JS (index.js, snippets)";
  if (url.startsWith("node:")) return "Node's internals";
  if (url.includes("/bench/")) return "the benchmark loop";
  return "other JS";
}

const short = (url) =>
  url
    .replace(/^file:\/\//, "")
    .replace(root, "")
    .replace(/^target\/[^/]+\/app\/node_modules\//, "")
    .replace(/^wasm:\/\/wasm\/.*/, "(wasm)")
    .replace(/\/snippets\/[^/]+\//, "/snippets/…/");

/** Rust's symbol without its hash suffix and crate disambiguators, for reading. */
const readable = (name) => name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");

/** The source at a position, for anonymous functions in minified files (one line, many functions). */
const sources = new Map();
function excerpt(url, line, column) {
  if (!url.startsWith("file://")) return "";
  const path = fileURLToPath(url);
  if (!sources.has(path)) sources.set(path, existsSync(path) ? readFileSync(path, "utf8").split("\n") : []);
  const text = sources.get(path)[line - 1] ?? "";
  return text.slice(column - 1, column + 59).replace(/\s+/g, " ");
}

/** Self time aggregated by function name and URL (anonymous functions also by line), sorted. */
export function aggregate(profile) {
  const self = selfTimes(profile);
  const byFunction = new Map();
  const byPlace = new Map();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const f = node.callFrame;
    if (f.functionName === "(idle)") {
      idle += us;
      continue;
    }
    total += us;
    const name = f.functionName || `(anonymous:${f.lineNumber + 1}:${f.columnNumber + 1})`;
    const key = `${name}\u0000${f.url}`;
    const row = byFunction.get(key) ?? { name, url: f.url, line: f.lineNumber + 1, column: f.columnNumber + 1, place: place(f), us: 0 };
    row.us += us;
    byFunction.set(key, row);
    byPlace.set(row.place, (byPlace.get(row.place) ?? 0) + us);
  }
  const functions = [...byFunction.values()].sort((a, b) => b.us - a.us);
  const places = [...byPlace.entries()].map(([name, us]) => ({ name, us })).sort((a, b) => b.us - a.us);
  return { total, idle, samples: profile.samples?.length ?? 0, functions, places };
}

/** Prints the top `n` functions by self time and the totals by place. */
export function printTop(profile, n = 15, { calls } = {}) {
  const { total, idle, samples, functions, places } = aggregate(profile);
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
  const perCall = (us) => (calls ? `${(us / calls).toFixed(2).padStart(6)} µs/call` : "");
  console.log(
    `\n${samples.toLocaleString("en-US")} samples, ${(total / 1000).toFixed(0)} ms busy` +
      (idle ? `, ${(idle / 1000).toFixed(0)} ms idle (left out)` : "") +
      (calls ? `, ${calls.toLocaleString("en-US")} calls` : ""),
  );
  console.log(`\ntop ${n} functions by self time`);
  const W = 64;
  const w = Math.min(W, Math.max(...functions.slice(0, n).map((f) => readable(f.name).length)));
  for (const f of functions.slice(0, n)) {
    const where = f.url ? `${short(f.url)}${f.url.startsWith("wasm://") ? "" : `:${f.line}`}` : "";
    const source = f.name.startsWith("(anonymous") ? `  ${excerpt(f.url, f.line, f.column)}` : "";
    const name = readable(f.name);
    console.log(`  ${pct(f.us)}  ${perCall(f.us)}  ${(name.length > W ? `${name.slice(0, W - 1)}…` : name).padEnd(w)}  ${where}${source}`);
  }
  console.log("\nself time by place");
  for (const p of places) console.log(`  ${pct(p.us)}  ${perCall(p.us)}  ${p.name}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, n] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node bench/cpuprofile-top.mjs <file.cpuprofile> [N]");
    process.exit(2);
  }
  printTop(JSON.parse(readFileSync(file, "utf8")), Number(n ?? 15));
}
