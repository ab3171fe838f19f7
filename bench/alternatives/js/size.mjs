// Size of each build in out/: the .wasm (after wasm-opt) and its JS (wasm-bindgen glue and
// inline snippets), raw and gzip (zlib level 9, as genauth-wasm's tests/size.mjs measures; the
// .wasm also with the gzip command, `gzip -9 -n`, whose deflate differs by about 1%).
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const out = fileURLToPath(new URL("../out/", import.meta.url));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const size = {};
for (const name of readdirSync(out).filter((n) => existsSync(`${out}${n}/probe_bg.wasm`))) {
  const wasm = readFileSync(`${out}${name}/probe_bg.wasm`);
  const js = [`${out}${name}/probe.js`];
  if (existsSync(`${out}${name}/snippets`)) {
    for (const f of readdirSync(`${out}${name}/snippets`, { recursive: true })) if (f.endsWith(".js")) js.push(`${out}${name}/snippets/${f}`);
  }
  const jsBytes = js.map((f) => readFileSync(f));
  size[name] = {
    wasm: wasm.length,
    wasmGz: gz(wasm),
    wasmGzip9: execFileSync("gzip", ["-9", "-n", "-c", `${out}${name}/probe_bg.wasm`]).length,
    js: jsBytes.reduce((n, b) => n + b.length, 0),
    jsGz: jsBytes.reduce((n, b) => n + gz(b), 0),
  };
  size[name].totalGz = size[name].wasmGz + size[name].jsGz;
}
// Each usual way against the hand-written build doing the same job.
const pairs = [
  ["base", null, "floor: allocator + one export"],
  ["hand-body", null, "JS object -> JSON body, hand-written"],
  ["serde-body", "hand-body", "serde-wasm-bindgen -> serde_json::Value -> to_string"],
  ["serde-body-ordered", "hand-body", "same, serde_json `preserve_order` (keeps key order)"],
  ["hand-fetch", null, "POST via the `exchange` snippet (caller's or global fetch)"],
  ["gloo-fetch", "hand-fetch", "gloo-net 0.7 `http` only"],
  ["gloo-fetch-defaults", "hand-fetch", "gloo-net 0.7 default features"],
  ["websys-fetch", "hand-fetch", "web-sys Request/Headers/Response/AbortSignal, window().fetch"],
  ["hand-options", null, "client options, hand-written reader + field table"],
  ["serde-options", "hand-options", "client options, #[derive(Deserialize)] + checks"],
  ["hand-body+hand-options", null, "params + options, hand-written (the package's shape)"],
  ["hand-body+serde-options", "hand-body+hand-options", "hand-written params + serde-derived options"],
  ["hand-all", null, "body + fetch + options, hand-written"],
  ["usual-all", "hand-all", "serde_json(preserve_order) + gloo-net + serde derive"],
];
const d = (a, b) => (b === undefined ? "" : `${a - b >= 0 ? "+" : ""}${a - b}`);
console.log("| build | what | .wasm B | .wasm gzip B | .wasm `gzip -9` B | JS gzip B | total gzip B | Δ total gzip vs | ");
console.log("|---|---|---|---|---|---|---|---|");
for (const [name, ref, what] of pairs) {
  const s = size[name];
  if (!s) continue;
  const r = ref && size[ref];
  console.log(`| ${name} | ${what} | ${s.wasm} | ${s.wasmGz} | ${s.wasmGzip9} | ${s.jsGz} | ${s.totalGz} | ${r ? `${d(s.totalGz, r.totalGz)} vs ${ref} (.wasm: gzip ${d(s.wasmGz, r.wasmGz)}, \`gzip -9\` ${d(s.wasmGzip9, r.wasmGzip9)}, raw ${d(s.wasm, r.wasm)})` : ""} |`);
}
