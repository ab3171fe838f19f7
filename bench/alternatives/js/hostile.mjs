// Hostile objects through each JSON-body build, each case in a fresh process: what the call
// does (returns, returns an error, lets a JavaScript exception or a trap through the module),
// how long it takes, how much the module's memory grows, and whether the same instance still
// encodes a normal object correctly afterwards.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { load } from "./load.mjs";

const BUILDS = ["hand-body", "serde-body-ordered"];
const cases = {
  "getter that throws": () => ({ a: 1, get b() { throw new Error("boom"); } }),
  "Proxy whose ownKeys trap throws": () => ({ v: new Proxy({}, { ownKeys() { throw new Error("trap"); } }) }),
  "Proxy whose get trap throws": () => ({ v: new Proxy({ a: 1 }, { get() { throw new Error("trap"); } }) }),
  "revoked Proxy": () => { const r = Proxy.revocable({}, {}); r.revoke(); return { v: r.proxy }; },
  "1e6 keys": () => { const o = {}; for (let i = 0; i < 1e6; i++) o["k" + i] = i; return o; },
  "array of length 1e7 (holes)": () => ({ v: new Array(1e7) }),
  "50 MB string": () => ({ v: "x".repeat(50e6) }),
  "nested 1e5 deep": () => { let v = 0; for (let i = 0; i < 1e5; i++) v = [v]; return { v }; },
  "cycle": () => { const a = { x: 1 }; a.self = a; return a; },
  "10 000 calls, getter that throws": null, // run below
};
const NORMAL = { userIds: ["62b4a8c2d6b5f1a7e0c3d9f4", "x\ud800"], organizationCode: "steamory", n: 2 ** 60, b: undefined };
// The options builds: the same getter, in a client's options.
const OPTIONS_BUILDS = ["hand-options", "serde-options"];
const OPTIONS_NORMAL = { accessKeyId: "62b4a8c2d6b5f1a7e0c3d9f4", accessKeySecret: "s", timeout: 5000, fetch: () => {} };
const optionsCases = {
  "options with a getter that throws": () => ({ accessKeyId: "k", get accessKeySecret() { throw new Error("boom"); } }),
  "10 000 calls, options with a getter that throws": null,
};

function one(build, name) {
  const loaded = load(build);
  const isOptions = OPTIONS_BUILDS.includes(build);
  const m = isOptions ? { encode: loaded.options, memory_bytes: loaded.memory_bytes } : loaded;
  const normal = isOptions ? OPTIONS_NORMAL : NORMAL;
  const reload = () => (isOptions ? { encode: load(build).options } : load(build));
  const mem0 = m.memory_bytes();
  let outcome;
  const repeat = name.startsWith("10 000 calls, ");
  const all = isOptions ? optionsCases : cases;
  const input = all[repeat ? name.slice("10 000 calls, ".length) : name]();
  const t0 = performance.now();
  const describe = (e) => {
    if (e instanceof WebAssembly.RuntimeError) return `trap (${e.message})`;
    const msg = String(e?.message ?? e);
    if (/^(boom|trap)$/.test(msg) || e instanceof RangeError || e instanceof TypeError) return `JS exception through the module: ${e.constructor.name}: ${msg.slice(0, 60)}`;
    return `error returned: ${msg.slice(0, 70)}`;
  };
  if (repeat) {
    const seen = new Map(); // outcome -> index of the first call that had it
    for (let i = 0; i < 10_000; i++) {
      let o;
      try { m.encode(input); o = "returned"; } catch (e) { o = describe(e); }
      if (!seen.has(o)) seen.set(o, i + 1);
    }
    outcome = [...seen].map(([o, i]) => (i === 1 ? o : `from call ${i}: ${o}`)).join("; ");
  } else {
    try {
      const out = m.encode(input);
      outcome = `returned ${out.length} chars`;
    } catch (e) {
      outcome = describe(e);
    }
  }
  const ms = performance.now() - t0;
  const mem1 = m.memory_bytes();
  let after;
  try {
    // As a fresh instance answers (the usual way differs from JSON.stringify on NORMAL by
    // design: lone surrogate, 2**60, undefined).
    after = m.encode(normal) === reload().encode(normal) ? "correct" : "differs from a fresh instance";
  } catch (e) {
    after = `broken: ${describe(e)}`;
  }
  return { outcome, ms: Math.round(ms), memMB: +(mem0 / 2 ** 20).toFixed(1), growMB: +((mem1 - mem0) / 2 ** 20).toFixed(1), after };
}

function table(builds, names, cases) {
  console.log(`| input | JSON.stringify | ${builds.map((b) => `${b}: outcome | ms | memory growth | next call`).join(" | ")} |`);
  console.log(`|---|---|${builds.map(() => "---|---|---|---").join("|")}|`);
  for (const name of names) {
    let js;
    try {
      const input = (cases[name] ?? cases[name.slice("10 000 calls, ".length)])();
      const t0 = performance.now();
      const s = JSON.stringify(input);
      js = `${s.length} chars, ${Math.round(performance.now() - t0)} ms`;
    } catch (e) {
      js = `throws ${e.constructor.name}`;
    }
    const cells = builds.map((build) => {
      try {
        const r = JSON.parse(execFileSync(process.execPath, ["--max-old-space-size=4096", fileURLToPath(import.meta.url), "--one", build, name], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
        return `${r.outcome} | ${r.ms} | ${r.growMB} MB | ${r.after}`;
      } catch (e) {
        return `process died: ${String(e.stderr || e.message).split("\n").find((l) => /Error|fatal|abort/i.test(l))?.slice(0, 80)} | | |`;
      }
    });
    console.log(`| ${name} | ${js} | ${cells.join(" | ")} |`);
  }
}

if (process.argv[2] === "--one") {
  console.log(JSON.stringify(one(process.argv[3], process.argv[4])));
} else {
  table(BUILDS, Object.keys(cases), cases);
  console.log("");
  table(OPTIONS_BUILDS, Object.keys(optionsCases), optionsCases);
}
