// Code written for authing-node-sdk 4.0.1, with only the import swapped to the packed package, in
// the setups such code runs in: the runtime exports it uses, the default host and brand it
// relies on, a server bundle made with esbuild, a test runner that resolves the `browser`
// condition (jest 28+ `jsdom`), and empty options. Where this package differs on purpose, the
// test holds the difference and that the README's migration section names it.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { installPackage, root } from "./install.mjs";

const rootRequire = createRequire(`${root}package.json`);
const official = rootRequire("authing-node-sdk");
let app;
let lib;
const readme = readFileSync(`${root}README.md`, "utf8");
const migration = readme.slice(readme.indexOf("## Coming from authing-node-sdk"), readme.indexOf("## Client options"));

before(() => {
  const installed = installPackage("migration-test");
  app = installed.app;
  lib = installed.require("genauth-wasm");
});

const esbuild = rootRequire.resolve("esbuild/bin/esbuild");
const node = (args, opts = {}) => spawnSync(process.execPath, args, { cwd: app, encoding: "utf8", ...opts });

// A fetch that records the request and answers one success envelope.
function recorder() {
  const seen = [];
  const fetch = async (url, init) => {
    seen.push({ url, headers: init.headers });
    return new Response(JSON.stringify({ statusCode: 200, message: "ok", data: { list: [], totalCount: 0 } }), { status: 200 });
  };
  return { seen, fetch };
}

test("the named exports code for the official client takes at runtime: ManagementClient", () => {
  assert.equal(typeof lib.ManagementClient, "function");
});

test("every runtime export of the official client exists here, or the README's migration section names it as not exported", () => {
  const missing = Object.keys(official).filter((k) => !(k in lib));
  const named = (k) => migration.includes(`\`${k}\``) || (k.startsWith("DEFAULT_") && migration.includes("`DEFAULT_*`"));
  assert.deepEqual(missing.filter((k) => !named(k)), []);
  // Models exists as types only: at run time the official enum objects are the strings they stand for.
  assert.equal(lib.Models, undefined);
  assert.equal(official.Models.UserDto.status.ACTIVATED, "Activated");
  assert.match(migration, /`Models` as a value/);
});

test("a default import works where Node ESM gives one (CJS interop)", () => {
  const r = node(["--input-type=module", "-e", 'import sdk from "genauth-wasm"; console.log(typeof sdk.ManagementClient)']);
  assert.equal(r.stdout.trim(), "function", r.stderr);
});

test("the browser build has no default export, as the README says (import by name)", () => {
  writeFileSync(`${app}/default-import.mjs`, 'import sdk from "genauth-wasm";\nconsole.log(typeof sdk.ManagementClient);\n');
  const r = spawnSync(esbuild, ["default-import.mjs", "--bundle", "--platform=browser", "--format=esm", "--outfile=dist-browser/out.mjs", "--log-level=error"], { cwd: app, encoding: "utf8" });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /No matching export .* for import "default"/);
  assert.match(migration, /no default export in the browser/);
});

test("a server bundle (esbuild --platform=node, CommonJS) runs from its own folder with the .wasm copied next to it, as the README says", () => {
  mkdirSync(`${app}/srv`, { recursive: true });
  writeFileSync(`${app}/srv/handler.cjs`, 'const { ManagementClient } = require("genauth-wasm");\nconsole.log(typeof new ManagementClient({ accessKeyId: "a", accessKeySecret: "b" }).listUsers);\n');
  execFileSync(esbuild, ["srv/handler.cjs", "--bundle", "--platform=node", "--outfile=srv-dist/handler.cjs", "--log-level=error"], { cwd: app });
  // The transport snippet is bundled (a plain require); the module is read from the bundle's folder.
  copyFileSync(`${app}/node_modules/genauth-wasm/node/genauth_wasm_bg.wasm`, `${app}/srv-dist/genauth_wasm_bg.wasm`);
  assert.match(migration, /copies `node\/genauth_wasm_bg\.wasm` next\s+to the bundle/);
  const r = node(["srv-dist/handler.cjs"]);
  assert.equal(r.stdout.trim(), "function", r.stderr);
});

test("require() under the `browser` condition alone (jest 28+ testEnvironment jsdom) gets the ES-module build, and the README gives the setting that picks the Node build", () => {
  // jest's resolver matches the environment's conditions (["browser"]) plus "require" and
  // "default", never "node"; pick the file as it does and load it with require(), as jest does.
  const pkgDir = `${app}/node_modules/genauth-wasm/`;
  const { exports } = JSON.parse(readFileSync(`${pkgDir}package.json`, "utf8"));
  const pick = (entry) => {
    if (typeof entry === "string") return entry;
    for (const [k, v] of Object.entries(entry)) if (["browser", "require", "default"].includes(k)) return pick(v);
    return undefined;
  };
  assert.equal(pick(exports["."]), "./web/index.js");
  assert.match(migration, /customExportConditions: \["node"\]/);
});

test("with no host, brand authing sends where the official client sends by default (and the README says to pass it)", async () => {
  const { seen, fetch } = recorder();
  await new lib.ManagementClient({ accessKeyId: "a", accessKeySecret: "b", brand: "authing", fetch }).listOrganizations({});
  assert.equal(new URL(seen[0].url).origin, official.DEFAULT_OPTIONS.host);
  await new lib.ManagementClient({ accessKeyId: "a", accessKeySecret: "b", fetch }).listOrganizations({});
  assert.equal(new URL(seen[1].url).origin, "https://api.genauth.ai");
  assert.match(migration, /passes `brand: "authing"`/);
});

test("host api.authing.cn without brand signs as Authing (x-authing- headers, 'authing' scheme), as the official client does", async () => {
  const { seen, fetch } = recorder();
  await new lib.ManagementClient({ accessKeyId: "a", accessKeySecret: "b", host: "https://api.authing.cn", fetch }).listOrganizations({});
  const names = Object.keys(seen[0].headers);
  assert.ok(names.some((h) => h.startsWith("x-authing-")), names.join(","));
  assert.match(String(seen[0].headers.authorization), /^authing /);
});

test("TypeScript: a response annotated with the official response type does not compile (its enums are nominal), as the README says", () => {
  const dir = `${app}/ts-official-types`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/usage.ts`, [
    'import { ManagementClient } from "genauth-wasm";',
    `import type { UserSingleRespDto } from ${JSON.stringify(`${root}node_modules/authing-node-sdk/dist/models/UserSingleRespDto`)};`,
    'const client = new ManagementClient({ accessKeyId: "a", accessKeySecret: "b" });',
    "export async function get(): Promise<UserSingleRespDto> {",
    '  const res: UserSingleRespDto = await client.getUser({ userId: "u" });',
    "  return res;",
    "}",
    "",
  ].join("\n"));
  const r = spawnSync(process.execPath, [rootRequire.resolve("typescript/bin/tsc"), "--strict", "--noEmit", "--module", "node16", "--moduleResolution", "node16", "--target", "es2022", "usage.ts"], { cwd: dir, encoding: "utf8" });
  assert.match(r.stdout, /TS2322/);
  assert.match(migration, /annotate with this package's types/);
});

test("empty-string options, which the official client drops for its defaults, are refused with CONFIG naming them (never sent elsewhere), as the README says", () => {
  for (const k of ["host", "tenantId", "lang", "userPoolId"]) {
    const opts = { accessKeyId: "a", accessKeySecret: "b", [k]: "" };
    assert.doesNotThrow(() => new official.ManagementClient({ ...opts }));
    assert.throws(() => new lib.ManagementClient({ ...opts }), (e) => lib.isGenAuthError(e) && e.code === "CONFIG" && e.field === k, k);
  }
  assert.match(migration, /Empty options are refused/);
});
