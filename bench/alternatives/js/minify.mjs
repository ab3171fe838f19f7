// As genauth-wasm's pkg/build.mjs does: the wasm-bindgen glue minified with esbuild, the inline
// snippets minified and turned into CommonJS (so require() loads them on every Node).
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";

const MAIN = process.env.MAIN ?? new URL("../../../", import.meta.url).pathname;
const { transformSync } = createRequire(`${MAIN}/package.json`)("esbuild");
const dir = process.argv[2];
const min = (file, extra = {}) =>
  writeFileSync(file, transformSync(readFileSync(file, "utf8"), { minify: true, legalComments: "none", ...extra }).code);
min(`${dir}/probe.js`);
if (existsSync(`${dir}/snippets`)) {
  for (const f of readdirSync(`${dir}/snippets`, { recursive: true })) if (f.endsWith(".js")) min(`${dir}/snippets/${f}`, { format: "cjs" });
}
