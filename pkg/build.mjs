// Wraps the wasm-bindgen output and extend.js into the package's two entry points:
//   node/index.js  CommonJS, instantiates the module synchronously (require and import)
//   web/index.js   an ES module that instantiates it with top-level await (browsers, bundlers)
//   web/workerd.js the same for Cloudflare workers, the .wasm imported as a compiled module
// Both are minified with esbuild, as is the wasm-bindgen glue. Run by `make pkg` after
// wasm-bindgen; not shipped.
import { copyFileSync, readFileSync, writeFileSync, readdirSync } from "node:fs";
import { transformSync } from "esbuild";

const dir = new URL("./", import.meta.url);
const body = readFileSync(new URL("extend.js", dir), "utf8").replace(/^export function extend/m, "function extend");
const names = ["ManagementClient", "removeDepartmentMembers", "isGenAuthError", "endpoints", "memoryBytes"];

const write = (file, code) => writeFileSync(new URL(file, dir), transformSync(code, { minify: true, legalComments: "none" }).code);

write(
  "node/index.js",
  `"use strict";\n${body}\nconst api = extend(require("./genauth_wasm.js"));\n` +
    // One assignment per name, so that Node's `import { … } from "genauth-wasm"` sees them.
    names.map((n) => `exports.${n} = api.${n};\n`).join(""),
);
write(
  "web/index.js",
  `import init, * as wasm from "./genauth_wasm.js";\n${body}\n` +
    `await init({ module_or_path: new URL("./genauth_wasm_bg.wasm", import.meta.url) });\n` +
    `export const { ${names.join(", ")} } = extend(wasm);\n`,
);

// The wasm-bindgen glue, minified too (size is a feature).
for (const build of ["node", "web"]) write(`${build}/genauth_wasm.js`, readFileSync(new URL(`${build}/genauth_wasm.js`, dir), "utf8"));

// Cloudflare's workerd: no import.meta.url and no compiling wasm from bytes; the bundler hands
// the .wasm over as a compiled module instead.
write(
  "web/workerd.js",
  `import { initSync } from "./genauth_wasm.js";\nimport * as wasm from "./genauth_wasm.js";\nimport module from "./genauth_wasm_bg.wasm";\n${body}\n` +
    `initSync({ module });\n` +
    `export const { ${names.join(", ")} } = extend(wasm);\n`,
);

// The transport's JavaScript half (wasm-bindgen's inline snippet): CommonJS for the Node build,
// so that require() works on every Node without ES-module detection.
for (const build of ["node", "web"]) {
  for (const crate of readdirSync(new URL(`${build}/snippets/`, dir))) {
    for (const file of readdirSync(new URL(`${build}/snippets/${crate}/`, dir))) {
      const path = `${build}/snippets/${crate}/${file}`;
      const source = readFileSync(new URL(path, dir), "utf8");
      writeFileSync(new URL(path, dir), transformSync(source, { minify: true, legalComments: "none", ...(build === "node" ? { format: "cjs" } : {}) }).code);
    }
  }
}

// The declarations once more as an ES module's (index.d.mts), for the builds that are ES modules
// (browsers, bundlers, workerd); index.d.ts describes the CommonJS Node build.
copyFileSync(new URL("index.d.ts", dir), new URL("index.d.mts", dir));
