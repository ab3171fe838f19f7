// Size of each build of the package (its .wasm plus its JS: wasm-bindgen glue, snippets and entry),
// raw and gzip. Fails when a build is over its budget; `--report` only prints.
//   node, web            the management build (genauth-wasm): 80 000 B gzip
//   auth-node, auth-web  the authentication build (genauth-wasm/authentication: its entry holds
//                        pkg/authentication.js and pkg/oidc.js): 60 000 B gzip
// (Node's main entry also loads the authentication build, for the drop-in; Node is not counted
// against a download budget, and a page's main entry never loads it.)
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGETS = { node: 80_000, web: 80_000, "auth-node": 60_000, "auth-web": 60_000 };
const pkg = fileURLToPath(new URL("../pkg/", import.meta.url));
let over = false;
for (const [build, budget] of Object.entries(BUDGETS)) {
  const snippets = existsSync(`${pkg}${build}/snippets`)
    ? readdirSync(`${pkg}${build}/snippets`, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `${build}/snippets/${f}`)
    : [];
  const stem = build.startsWith("auth-") ? "genauth_auth" : "genauth_wasm";
  const files = [`${build}/${stem}_bg.wasm`, `${build}/${stem}.js`, `${build}/index.js`, ...snippets].map((f) => pkg + f);
  if (!files.every(existsSync)) {
    console.error(`size: pkg/${build} is not built; run make pkg`);
    process.exit(1);
  }
  const bytes = files.map((f) => readFileSync(f));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const wasm = bytes[0].length;
  const wasmGz = gzipSync(bytes[0], { level: 9 }).length;
  const glue = raw - wasm;
  console.log(
    `size: ${build} build: wasm ${wasm} B (${wasmGz} B gzip) + JS ${glue} B (${gz - wasmGz} B gzip) = ${raw} B, ${gz} B gzip (budget ${budget} B gzip)`,
  );
  if (gz > budget) over = true;
}
if (over && !process.argv.includes("--report")) {
  console.error("size: a build is over its gzip budget");
  process.exit(1);
}
