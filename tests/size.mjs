// Size of each build of the package (its .wasm plus its JS: the entry and every file it loads),
// raw and gzip. Fails when a build is over its budget; `--report` only prints.
//   node, web            the management build (genauth-wasm): 80 000 B gzip
//   auth-node, auth-web  the authentication build (genauth-wasm/authentication: its entry holds
//                        pkg/authentication.js and pkg/oidc.js): 65 000 B gzip. The goal is
//                        60 000 B and is not reached (64 525 B at this change; what was cut and
//                        what is left: docs/measurements.md#size); this budget keeps it from growing.
// (Node's main entry also loads the authentication build, for the drop-in; Node is not counted
// against a download budget, and a page's main entry never loads it.)
import { readFileSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGETS = { node: 80_000, web: 80_000, "auth-node": 65_000, "auth-web": 65_000 };
const pkg = fileURLToPath(new URL("../pkg/", import.meta.url));
let over = false;
for (const [build, budget] of Object.entries(BUDGETS)) {
  // The .wasm, then the entry and every JavaScript file it loads (import, require), followed
  // from file to file: what a page or a server reads for the entry.
  const stem = build.startsWith("auth-") ? "genauth_auth" : "genauth_wasm";
  const files = [`${pkg}${build}/${stem}_bg.wasm`];
  const queue = [`${pkg}${build}/index.js`];
  while (queue.length) {
    const file = queue.shift();
    if (files.includes(file)) continue;
    files.push(file);
    if (!existsSync(file)) {
      console.error(`size: ${file} is missing; run make pkg`);
      process.exit(1);
    }
    const source = readFileSync(file, "utf8");
    for (const [, rel] of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      // The Node main entry's getter loads the authentication build only when it is asked for.
      if (rel.startsWith("../")) continue;
      queue.push(fileURLToPath(new URL(rel, `file://${file}`)));
    }
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
