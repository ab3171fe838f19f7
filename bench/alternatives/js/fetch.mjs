// The fetch builds against what genauth-wasm's `fetch` option must take: a caller's function,
// a runtime without `window` (Node), a `fetch` whose answer is not this realm's `Response`
// (undici from npm, a mock), over real HTTP on loopback. Each case loads a fresh instance.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { load } from "./load.mjs";

const MAIN = process.env.MAIN ?? new URL("../../../", import.meta.url).pathname;
const undici = createRequire(`${MAIN}/package.json`)("undici");
const BUILDS = ["hand-fetch", "gloo-fetch", "websys-fetch"];
const ENVELOPE = JSON.stringify({ statusCode: 200, message: "", apiCode: 0, data: { success: true } });

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => res.writeHead(200, { "content-type": "application/json", "x-request-id": "r1" }).end(ENVELOPE));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://127.0.0.1:${server.address().port}/api/v3/remove-department-members`;
const BODY = JSON.stringify({ userIds: ["62b4a8c2d6b5f1a7e0c3d9f4"], organizationCode: "steamory", departmentId: "root" });
const nodeFetch = globalThis.fetch;

// A panic inside a promise job is an uncaught exception: by default it ends the process. It is
// recorded here instead, and the call is given 3 s to settle.
let uncaught = [];
process.on("uncaughtException", (e) => uncaught.push(e));
const settleWithin = (p, ms) =>
  Promise.race([p, new Promise((_, reject) => setTimeout(() => reject(new Error(`never settled (${ms} ms)`)), ms))]);

const describe = (e) => (e instanceof WebAssembly.RuntimeError ? `trap (${e.message}); ` : "") + String(e?.message ?? e).slice(0, 70);

async function attempt(build, { custom, global, timeout = 5000 }) {
  const m = load(build);
  const calls = { custom: 0, global: 0 };
  globalThis.fetch = (...a) => (calls.global++, global(...a));
  const fetchOption = custom && ((...a) => (calls.custom++, custom(...a)));
  let outcome;
  uncaught = [];
  try {
    const env = await settleWithin(m.post(fetchOption, url, BODY, timeout), 3000);
    outcome = env?.statusCode === 200 ? "ok" : `unexpected: ${JSON.stringify(env)}`;
  } catch (e) {
    outcome = `fails: ${describe(e)}`;
  }
  if (uncaught.length) outcome += `; uncaught in a promise job (ends the process by default): ${uncaught.map((e) => `${e.constructor.name}: ${e.message}`).join(", ")}`;
  // The same instance, a plain call with Node's fetch: does the module still work?
  globalThis.fetch = nodeFetch;
  let next;
  try {
    next = (await settleWithin(m.post(undefined, url, BODY, 5000), 3000))?.statusCode === 200 ? "works" : "wrong";
  } catch (e) {
    next = `fails: ${describe(e)}`;
  }
  return `${outcome} (called: option ${calls.custom}×, global ${calls.global}×; next call, global fetch: ${next})`;
}

const mock = async () => ({ status: 200, type: "basic", headers: new Headers({ "x-request-id": "r1" }), text: async () => ENVELOPE });
const cases = [
  ["Node 22, global fetch", { global: nodeFetch }],
  ["`fetch` option given (the caller's function)", { custom: nodeFetch, global: nodeFetch }],
  ["`fetch` option = undici 7 (npm) fetch", { custom: undici.fetch, global: nodeFetch }],
  ["global fetch replaced by undici 7 (npm) fetch", { global: undici.fetch }],
  ["`fetch` option = a mock answering a plain object", { custom: mock, global: nodeFetch }],
  ["global fetch replaced by a mock answering a plain object", { global: mock }],
  ["global fetch throws synchronously", { global: () => { throw new TypeError("sync throw"); } }],
  ["global fetch never settles (ignores the signal), timeout 300 ms", { global: () => new Promise(() => {}), timeout: 300 }],
];
console.log(`Node ${process.version} (no \`window\`), undici ${undici.VERSION ?? "7 (npm)"} vs Node's bundled undici ${process.versions.undici}.\n`);
console.log(`| case | ${BUILDS.join(" | ")} |`);
console.log(`|---|${BUILDS.map(() => "---").join("|")}|`);
for (const [name, c] of cases) {
  const cells = [];
  for (const b of BUILDS) cells.push(await attempt(b, c));
  console.log(`| ${name} | ${cells.join(" | ")} |`);
}

// CPU per call with a fetch answering from memory (it builds the Request and the Response, as a
// real fetch does): the client's own cost around fetch.
const memFetch = async (input, init) => {
  new Request(input, init);
  return new Response(ENVELOPE, { status: 200, headers: { "content-type": "application/json", "x-request-id": "r1" } });
};
console.log("\nCPU per call, fetch answering from memory (µs, median of 7 rounds of 3 000 calls; range):\n");
globalThis.fetch = memFetch;
const mods = Object.fromEntries(["hand-fetch", "gloo-fetch"].map((b) => [b, load(b)]));
const rounds = Object.fromEntries(Object.keys(mods).map((b) => [b, []]));
for (const m of Object.values(mods)) for (let i = 0; i < 2000; i++) await m.post(undefined, url, BODY, 5000);
for (let r = 0; r < 7; r++) {
  for (const [b, m] of Object.entries(mods)) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 3000; i++) await m.post(undefined, url, BODY, 5000);
    const c = process.cpuUsage(c0);
    rounds[b].push((c.user + c.system) / 3000);
  }
}
for (const [b, xs] of Object.entries(rounds)) {
  xs.sort((a, b) => a - b);
  console.log(`- ${b}: ${xs[3].toFixed(1)} µs/call (${xs[0].toFixed(1)}–${xs[6].toFixed(1)})`);
}
globalThis.fetch = nodeFetch;
server.close();
