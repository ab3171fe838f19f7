// Wraps the wasm-bindgen output and extend.js into the package's two entry points:
//   node/index.js  CommonJS, instantiates the module synchronously (require and import)
//   web/index.js   an ES module that instantiates it with top-level await (browsers, bundlers)
//   web/workerd.js the same for Cloudflare workers, the .wasm imported as a compiled module
// and the authentication build's (authentication.js with oidc.js, around the module built with the
// feature `authentication`):
//   auth-node/index.js, auth-web/index.js, auth-web/workerd.js  the AuthenticationClient's
// All are minified with esbuild, as is the wasm-bindgen glue. Run by `make pkg` after
// wasm-bindgen; not shipped.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { buildSync, transformSync } from "esbuild";

const dir = new URL("./", import.meta.url);
const body = readFileSync(new URL("extend.js", dir), "utf8").replace(/^export function extend/m, "function extend");
const names = ["ManagementClient", "removeDepartmentMembers", "isGenAuthError", "endpoints", "memoryBytes"];

const write = (file, code, tail = "") => writeFileSync(new URL(file, dir), transformSync(code, { minify: true, legalComments: "none" }).code + tail);
/** The stem of a build's wasm-bindgen files: the authentication build's have a name of their own. */
const stem = (build) => (build.startsWith("auth-") ? "genauth_auth" : "genauth_wasm");

write(
  "node/index.js",
  `"use strict";\n${body}\nconst api = extend(require("./genauth_wasm.js"));\n` +
    // One assignment per name, so that Node's `import { … } from "genauth-wasm"` sees them.
    names.map((n) => `exports.${n} = api.${n};\n`).join(""),
  // The drop-in: `require("genauth-wasm")` has the AuthenticationClient too, as authing-node-sdk
  // has. The authentication build is loaded when it is first asked for (a server that only
  // manages never reads its .wasm, and a bundle of it needs only the management .wasm), through a
  // getter in the one form Node's CommonJS lexer reads as a named export (written after the
  // minifier, which would rewrite `true` as `!0`). The web and workerd main entries stay
  // management-only: a page that manages pays nothing for it.
  `const auth = { get AuthenticationClient() { return require("../auth-node/index.js").AuthenticationClient; } };\n` +
    `Object.defineProperty(exports, "AuthenticationClient", { enumerable: true, get: function () { return auth.AuthenticationClient; } });\n`,
);

// The AuthenticationClient: pkg/oidc.js's protocol() and pkg/authentication.js's
// extendAuthentication() in one scope (their `export`s and the import between them dropped).
const authBody = ["oidc.js", "authentication.js"]
  .map((f) => readFileSync(new URL(f, dir), "utf8"))
  .join("\n")
  .replace(/^import \{ protocol \} from "\.\/oidc\.js";$/m, "")
  .replace(/^export function (protocol|extendAuthentication)\b/gm, "function $1");
if (/^\s*(import|export)\b/m.test(authBody)) throw new Error("build.mjs: authentication.js or oidc.js has an import or export the build does not join");
const authNames = ["AuthenticationClient", "isGenAuthError"];
write(
  "auth-node/index.js",
  `"use strict";\nconst nodeWebcrypto = () => (globalThis.crypto?.subtle ? undefined : require("crypto").webcrypto);\n${authBody}\nconst api = extendAuthentication(require("./genauth_auth.js"));\n` + authNames.map((n) => `exports.${n} = api.${n};\n`).join(""),
);

// A build's two ES-module entries: index.js instantiates the module with top-level await
// (browsers, bundlers); workerd.js is Cloudflare's: no import.meta.url and no compiling wasm from
// bytes, so the bundler hands the .wasm over as a compiled module instead.
function webEntries(build, code, make, exported) {
  const s = stem(build), tail = `export const { ${exported.join(", ")} } = ${make}(wasm);\n`;
  write(`${build}/index.js`, `import init, * as wasm from "./${s}.js";\n${code}\nawait init({ module_or_path: new URL("./${s}_bg.wasm", import.meta.url) });\n` + tail);
  write(`${build}/workerd.js`, `import { initSync } from "./${s}.js";\nimport * as wasm from "./${s}.js";\nimport module from "./${s}_bg.wasm";\n${code}\ninitSync({ module });\n` + tail);
}
webEntries("web", body, "extend", names);
webEntries("auth-web", authBody, "extendAuthentication", authNames);

// The Node build needs no global but ECMAScript's, WebAssembly and, for each call, a `fetch`
// (the global one or the `fetch` option): where the context lacks WebCrypto, TextEncoder,
// TextDecoder or the timers (a vm context, as jest's node environment and older test runners
// make), Node's own modules stand in. The global comes first, looked up at each use (WebCrypto,
// the timers) or when the module loads (TextEncoder, TextDecoder), so a context that has it (or
// a test's fake timers) is used as before; nothing is assigned to the host's globals. The names
// below shadow the globals that the glue and the snippet refer to.
const NODE_GLUE_CRYPTO = `const crypto = { getRandomValues: (b) => (globalThis.crypto?.getRandomValues ? globalThis.crypto : require("crypto").webcrypto).getRandomValues(b) };
`;
const NODE_GLUE = `const { TextEncoder, TextDecoder } = globalThis.TextEncoder && globalThis.TextDecoder ? globalThis : require("util");
`;
// The authentication build's HMAC key snippet: Node's WebCrypto where the context lacks the
// global (Node 18 has no global crypto; a vm context may not), looked up at each use.
const NODE_HMAC_SNIPPET = `const crypto = { get subtle() { return (globalThis.crypto?.subtle ? globalThis.crypto : require("crypto").webcrypto).subtle; } };
`;
const NODE_SNIPPET = `const timers = () => (typeof globalThis.setTimeout == "function" ? globalThis : require("timers"));
const setTimeout = (f, ms) => timers().setTimeout(f, ms), clearTimeout = (t) => timers().clearTimeout(t);
`;
// Both builds: the module's futures are run by a promise's microtask, not by the global
// queueMicrotask, which fake timers replace (jest's, sinon's): a test that fakes the timers and
// awaits a call that is answered does not hang.
const GLUE = `const queueMicrotask = (f) => void Promise.resolve().then(f);
`;
/**
 * wasm-bindgen names each import of the module after its Rust path and a hash
 * (`__wbg_getRandomValues_1c61fac11405ffdc`): about 55 bytes each, 3 kB a build, the hashes
 * incompressible. They are the keys of one object of the glue (what it hands to the module) and
 * nothing else, so both sides are renamed to `a`, `b`, … here: the .wasm's import section is
 * rewritten (every other section copied as it is) and each name replaced in the glue, where it must
 * occur exactly once. The snippets' imports keep their names.
 */
function shortenImports(wasm, glue) {
  let p = 8;
  const leb = () => {
    let r = 0, s = 0, x;
    do { x = wasm[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
    return r >>> 0;
  };
  const enc = (n) => {
    const a = [];
    do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; a.push(x); } while (n);
    return a;
  };
  const str = (s) => { const u = Buffer.from(s, "utf8"); return [...enc(u.length), ...u]; };
  const name = (i) => { const A = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"; let s = ""; do { s = A[i % 52] + s; i = Math.floor(i / 52) - 1; } while (i >= 0); return s; };
  const read = () => { const n = leb(); const s = wasm.subarray(p, p + n).toString(); p += n; return s; };
  const renames = new Map();
  const out = [wasm.subarray(0, 8)];
  while (p < wasm.length) {
    const at = p, id = wasm[p++], size = leb(), end = p + size;
    if (id !== 2) { out.push(wasm.subarray(at, end)); p = end; continue; }
    const body = [];
    const count = leb();
    body.push(...enc(count));
    for (let i = 0; i < count; i++) {
      const module = read(), field = read(), desc = p, kind = wasm[p++];
      // func: type index; table: reftype, limits; memory: limits; global: type, mutability; tag.
      if (kind === 0) leb();
      else if (kind === 1) { p++; if (wasm[p++] & 1) leb(); leb(); }
      else if (kind === 2) { if (wasm[p++] & 1) leb(); leb(); }
      else if (kind === 3) p += 2;
      else if (kind === 4) { p++; leb(); }
      else throw new Error(`build.mjs: an import of kind ${kind}, which shortenImports does not read`);
      const short = /^\.\/genauth_(wasm|auth)_bg\.js$/.test(module) ? name(renames.size) : field;
      if (short !== field) renames.set(field, short);
      body.push(...str(module), ...str(short), ...wasm.subarray(desc, p));
    }
    if (p !== end) throw new Error("build.mjs: the import section did not read to its end");
    out.push(Buffer.from([2, ...enc(body.length), ...body]));
  }
  for (const [from, to] of renames) {
    const re = new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    const n = glue.match(re)?.length ?? 0;
    if (n !== 1) throw new Error(`build.mjs: the import ${from} occurs ${n} times in the glue, not once`);
    glue = glue.replace(re, to);
  }
  return { wasm: Buffer.concat(out), glue };
}

/** `source` with `prelude` before it, once the names it stands in for are found in it. */
function withPrelude(file, source, prelude, uses) {
  for (const use of uses) if (!source.includes(use)) throw new Error(`build.mjs: ${file} no longer has ${use}; check the stand-ins in pkg/build.mjs`);
  return prelude + source;
}

// The wasm-bindgen glue, minified too (size is a feature), and the names of the module's imports
// shortened in both the .wasm and the glue (see shortenImports).
for (const build of ["node", "web", "auth-node", "auth-web"]) {
  // A plain require() of the transport snippet (wasm-bindgen writes require(String.raw`…`)), which
  // bundlers of server code can follow.
  const wasmFile = new URL(`${build}/${stem(build)}_bg.wasm`, dir);
  const shortened = shortenImports(readFileSync(wasmFile), readFileSync(new URL(`${build}/${stem(build)}.js`, dir), "utf8"));
  writeFileSync(wasmFile, shortened.wasm);
  const source = shortened.glue.replace(/require\(String\.raw`([^`$\\]*)`\)/g, (_, p) => `require(${JSON.stringify(p)})`);
  let glue = withPrelude(`${build} glue`, source, GLUE, ["queueMicrotask("]);
  if (build.endsWith("node")) {
    glue = withPrelude("node glue", glue, NODE_GLUE, ["new TextDecoder(", "new TextEncoder("]);
    // The management build draws signature nonces; the authentication build draws none.
    if (build === "node") glue = withPrelude("node glue", glue, NODE_GLUE_CRYPTO, ["crypto.getRandomValues("]);
  }
  write(`${build}/${stem(build)}.js`, glue);
}


// The transport's JavaScript half (wasm-bindgen's inline snippet): CommonJS for the Node build,
// so that require() works on every Node without ES-module detection.
for (const build of ["node", "web", "auth-node", "auth-web"]) {
  for (const crate of readdirSync(new URL(`${build}/snippets/`, dir))) {
    for (const file of readdirSync(new URL(`${build}/snippets/${crate}/`, dir))) {
      const path = `${build}/snippets/${crate}/${file}`;
      let source = readFileSync(new URL(path, dir), "utf8");
      if (build.endsWith("node") && source.includes("export function exchange")) source = withPrelude(path, source, NODE_SNIPPET, ["setTimeout(", "clearTimeout("]);
      if (build.endsWith("node") && source.includes("export function hmacKey")) source = withPrelude(path, source, NODE_HMAC_SNIPPET, ["crypto.subtle."]);
      writeFileSync(new URL(path, dir), transformSync(source, { minify: true, legalComments: "none", ...(build.endsWith("node") ? { format: "cjs" } : {}) }).code);
    }
  }
}

// The authentication build ships as one JavaScript file per entry: the entry, the wasm-bindgen
// glue and its snippets in one stream, which gzip compresses as one (-0.7 kB gzip, against four
// files). The web entries are bundled as ES modules (the .wasm stays a file of its own, found by
// `new URL(…, import.meta.url)`, or imported by workerd's bundler); the Node entry keeps its
// `exports.X = …` lines (Node's CommonJS lexer reads them as named exports) and takes the glue,
// with its snippets, as an expression. The glue and snippets are then not shipped.
const bundle = (file, options) =>
  buildSync({ entryPoints: [new URL(file, dir).pathname], bundle: true, write: false, minify: true, legalComments: "none", ...options }).outputFiles[0].text;
for (const file of ["auth-web/index.js", "auth-web/workerd.js"]) {
  writeFileSync(new URL(file, dir), bundle(file, { format: "esm", platform: "neutral", external: ["*.wasm"] }));
}
{
  const glue = bundle("auth-node/genauth_auth.js", { format: "iife", globalName: "genauthAuthGlue", platform: "node" });
  const entry = readFileSync(new URL("auth-node/index.js", dir), "utf8");
  const use = 'require("./genauth_auth.js")';
  if (entry.split(use).length !== 2) throw new Error("build.mjs: auth-node/index.js no longer requires its glue once; check pkg/build.mjs");
  writeFileSync(new URL("auth-node/index.js", dir), transformSync(`"use strict";\n${glue}\n${entry.replace(use, "genauthAuthGlue")}`, { minify: true, legalComments: "none" }).code);
}
for (const build of ["auth-node", "auth-web"]) {
  rmSync(new URL(`${build}/genauth_auth.js`, dir));
  rmSync(new URL(`${build}/snippets/`, dir), { recursive: true });
}

// The declarations once more as an ES module's (index.d.mts), for the builds that are ES modules
// (browsers, bundlers, workerd); index.d.ts describes the CommonJS Node build.
// The ES builds' main entry has no AuthenticationClient (it is "genauth-wasm/authentication"
// there): its re-export, the one line marked so in index.d.ts, is left out of index.d.mts.
const dts = readFileSync(new URL("index.d.ts", dir), "utf8");
const nodeOnly = /^export \{ AuthenticationClient \} from "\.\/authentication\.js"; \/\/ node entry only\n/m;
if (!nodeOnly.test(dts)) throw new Error("build.mjs: index.d.ts no longer re-exports AuthenticationClient for the node entry; check pkg/build.mjs");
writeFileSync(new URL("index.d.mts", dir), dts.replace(nodeOnly, ""));

// The README, for npm: its links into docs/ (not in the package) point at the repository.
const repo = JSON.parse(readFileSync(new URL("package.json", dir), "utf8")).repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
const readme = readFileSync(new URL("../README.md", dir), "utf8").replace(/\]\(docs\//g, `](${repo}/blob/main/docs/`);
writeFileSync(new URL("README.md", dir), readme);

// The emulator (genauth-wasm/emulator and the genauth-emulator command): its modules as they are
// in the repository, with the endpoint table and the official models it answers from beside them.
const emulator = new URL("../emulator/", dir);
const out = new URL("emulator/", dir);
rmSync(out, { recursive: true, force: true });
mkdirSync(new URL("areas/", out), { recursive: true });
for (const f of readdirSync(emulator, { recursive: true })) {
  if (/\.(mjs|d\.mts)$/.test(f)) copyFileSync(new URL(f, emulator), new URL(f, out));
}
for (const f of ["api.txt", "models.json"]) copyFileSync(new URL(`../src/${f}`, dir), new URL(f, out));
