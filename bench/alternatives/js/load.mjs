// Loads a build of out/ (CommonJS, as wasm-bindgen --target nodejs writes it): a fresh
// instance each time it is called.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
export const outDir = fileURLToPath(new URL("../out/", import.meta.url));

export function load(name) {
  const path = require.resolve(`${outDir}${name}/probe.js`);
  delete require.cache[path];
  return require(path);
}
