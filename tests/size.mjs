// Size of one build of the package (its .wasm plus its JS: wasm-bindgen glue and entry), raw and gzip. Fails when a
// build is over the budget; `--report` only prints.
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGET_GZIP = 80_000;
const pkg = fileURLToPath(new URL("../pkg/", import.meta.url));
let over = false;
for (const build of ["node", "web"]) {
  const snippets = existsSync(`${pkg}${build}/snippets`)
    ? readdirSync(`${pkg}${build}/snippets`, { recursive: true }).filter((f) => f.endsWith(".js")).map((f) => `${build}/snippets/${f}`)
    : [];
  const files = [`${build}/genauth_wasm_bg.wasm`, `${build}/genauth_wasm.js`, `${build}/index.js`, ...snippets].map((f) => pkg + f);
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
    `size: ${build} build: wasm ${wasm} B (${wasmGz} B gzip) + JS ${glue} B = ${raw} B, ${gz} B gzip (budget ${BUDGET_GZIP} B gzip)`,
  );
  if (gz > BUDGET_GZIP) over = true;
}
if (over && !process.argv.includes("--report")) {
  console.error("size: a build is over its gzip budget");
  process.exit(1);
}
