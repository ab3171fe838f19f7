// Every public method of the official AuthenticationClient (authing-node-sdk 4.0.1) is a row of
// src/auth-api.txt or listed in tools/auth-methods.mjs with what covers it, and this package's
// AuthenticationClient has each covered one; the generator refuses a list or facts that drift
// from the official class; the declarations compile and declare every official option.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { AUTH_CALLS } from "../api/auth-table.mjs";
import { NOT_ROWS } from "../../tools/auth-methods.mjs";

const root = new URL("../../", import.meta.url);
const require = createRequire(import.meta.url);
const sdkSrc = path.join(path.dirname(require.resolve("authing-node-sdk/package.json")), "src");
const parse = (file) => ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

/** The official class's methods by visibility, read from its TypeScript. */
function officialMethods() {
  const sf = parse(path.join(sdkSrc, "AuthenticationClient.ts"));
  const cls = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name.text === "AuthenticationClient");
  const methods = cls.members.filter(ts.isMethodDeclaration);
  const is = (m, kind) => m.modifiers?.some((x) => x.kind === kind);
  return {
    public: methods.filter((m) => is(m, ts.SyntaxKind.PublicKeyword)).map((m) => m.name.text),
    private: methods.filter((m) => is(m, ts.SyntaxKind.PrivateKeyword)).map((m) => m.name.text),
  };
}

test("every public method of the official AuthenticationClient is a row or listed with what covers it, and this package has it", () => {
  const { AuthenticationClient: Official } = require("authing-node-sdk");
  const { public: pub, private: priv } = officialMethods();
  // The compiled class has the same methods as its TypeScript says (the private ones too, as
  // JavaScript has them).
  const compiled = Object.getOwnPropertyNames(Official.prototype).filter((n) => n !== "constructor" && typeof Official.prototype[n] === "function");
  assert.deepEqual([...compiled].sort(), [...pub, ...priv].sort());

  const rows = new Set(AUTH_CALLS.map((c) => c.name));
  const listed = new Set(Object.keys(NOT_ROWS));
  assert.deepEqual([...rows].filter((n) => listed.has(n)), [], "a row is also listed as not a row");
  assert.deepEqual(pub.filter((n) => !rows.has(n) && !listed.has(n)), [], "public methods that are neither rows nor listed");
  assert.deepEqual([...rows, ...listed].filter((n) => !pub.includes(n)), [], "rows or listed names that are not public methods of the official class");
  assert.equal(pub.length, rows.size + listed.size);
  assert.equal(rows.size, 122);
  // The 113 calls of /api/v3/ the issue counts are all rows.
  assert.equal(AUTH_CALLS.filter((c) => c.path.startsWith("/api/v3/")).length, 113);

  const { AuthenticationClient } = require("../../pkg/auth-node/index.js");
  const proto = AuthenticationClient.prototype;
  for (const name of rows) assert.equal(typeof proto[name], "function", `row ${name}`);
  for (const [name, entry] of Object.entries(NOT_ROWS)) {
    assert.ok(["oidc", "client", "wrapper", "out"].includes(entry.by), `${name}: by ${entry.by}`);
    if (entry.by === "out") {
      assert.ok(entry.why?.length > 60, `${name}: out of scope without a reason`);
      assert.equal(proto[name], undefined, `${name} is listed as out of scope but exists`);
    } else {
      assert.equal(typeof proto[name], "function", `${name} (${entry.by}) is missing`);
      if (entry.by === "wrapper") assert.ok(rows.has(entry.row), `${name} wraps ${entry.row}, which is no row`);
      else assert.ok(entry.what && entry.dts, `${name}: what covers it and its declaration`);
    }
  }
  assert.deepEqual(Object.keys(NOT_ROWS).filter((n) => NOT_ROWS[n].by === "out"), ["sub"]);
});

/** Runs the generator's check with one input replaced; its exit status and stderr. */
function generatorWith(flag, name, text) {
  const dir = mkdtempSync(path.join(tmpdir(), "auth-gen-"));
  try {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    execFileSync(process.execPath, ["tools/gen-api.mjs", "--check", "--only", "authentication", flag, file], { cwd: root, stdio: "pipe" });
    return { status: 0, stderr: "" };
  } catch (e) {
    return { status: e.status, stderr: String(e.stderr) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the generator stops when the list of methods that are not rows drifts from the official class", () => {
  const list = readFileSync(new URL("tools/auth-methods.mjs", root), "utf8");
  const cases = [
    // A public method of the official class that is neither a row nor listed (sub, unlisted).
    [list.replace(/^ {2}sub: \{[^\n]*\n/m, ""), "sub is a public method of the official AuthenticationClient that is neither a row"],
    // A listed name the official class does not have.
    [list.replace("  sub: {", '  subscribeAll: { by: "out", why: "x" },\n  sub: {'), "lists subscribeAll, which is not a public method of the official AuthenticationClient"],
  ];
  for (const [text, message] of cases) {
    const out = generatorWith("--auth-not-rows", "auth-methods.mjs", text);
    assert.equal(out.status, 2, `${message}: exit ${out.status} ${out.stderr}`);
    assert.ok(out.stderr.includes(message), `"${message}" not in: ${out.stderr}`);
  }
  // Listing a row as not a row removes it from the table: the committed files then differ.
  const moved = generatorWith("--auth-not-rows", "auth-methods.mjs", list.replace("  sub: {", '  getProfile: { by: "out", why: "x" },\n  sub: {'));
  assert.equal(moved.status, 1, moved.stderr);
  assert.match(moved.stderr, /src\/auth-api\.txt differs/);
});

test("src/auth-facts.txt cannot drift from the official class either", () => {
  const facts = readFileSync(new URL("src/auth-facts.txt", root), "utf8");
  const cases = [
    [facts + "\nunsafe: a call the official client does not have\n  signInByMagic\n", "no call named signInByMagic"],
    [facts + "\nunsafe: a read\n  getProfile\n", "getProfile is a GET"],
    [facts + "\nsafe: listed twice\n  updateProfile\n", "updateProfile is already listed"],
    [facts.replace(/\bsendSms\b/, ""), "calls not reviewed for retry safety (list each under unsafe: or safe:): sendSms"],
    [facts + "\nid: a field the call does not have\n  signUp.userId\n", "signUp has no string field userId"],
  ];
  for (const [text, message] of cases) {
    const out = generatorWith("--auth-facts", "auth-facts.txt", text);
    assert.equal(out.status, 2, `${message}: exit ${out.status} ${out.stderr}`);
    assert.ok(out.stderr.includes(message), `"${message}" not in: ${out.stderr}`);
  }
});

test("pkg/authentication.d.ts declares every official option, and compiles real usage under tsc --strict in both module resolutions", () => {
  const dts = readFileSync(new URL("pkg/authentication.d.ts", root), "utf8");
  assert.ok(!/\bany\b/.test(dts.replace(/\/\*[\s\S]*?\*\//g, "")), "authentication.d.ts has an any");
  const sf = parse(path.join(sdkSrc, "AuthenticationClientOptions.ts"));
  const official = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === "AuthenticationClientInitOptions");
  const ours = dts.slice(dts.indexOf("export interface AuthenticationClientOptions {"), dts.indexOf("export interface AuthenticationClientSummary"));
  for (const m of official.members) assert.match(ours, new RegExp(`\\n  ${m.name.text}\\??: `), `option ${m.name.text}`);

  const dir = mkdtempSync(path.join(tmpdir(), "auth-dts-"));
  try {
    const pkg = new URL("pkg/", root).pathname;
    const usage = (ext) => `import { AuthenticationClient, isGenAuthError, type GenAuthError } from "${pkg}authentication.${ext}";
const client = new AuthenticationClient({ appId: "a", appHost: "https://example.authing.cn", tokenEndPointAuthMethod: "none", maxRetries: 1 });
export async function use(): Promise<unknown[]> {
  const profile = await client.getProfile({ withCustomData: true });
  const id: string = profile.data.userId;
  await client.getProfile();
  const signedIn = await client.signInByEmailPassword({ email: "a@example.com", password: "p" }, { timeout: 5000 });
  const token: string | undefined = signedIn.data?.access_token;
  await client.signUp({ connection: "PASSWORD", passwordPayload: { email: "a@example.com", password: "p" } });
  await client.removeCredential("credential-1", {});
  await client.deleteWebAuthnAdminCredential("c", "u", "a");
  await client.pub("event", "data");
  const { url, codeVerifier } = client.buildAuthorizeUrl({ scope: "openid profile" });
  const tokens = await client.getAccessTokenByCode("code", { codeVerifier });
  const claims = await client.parseIDToken(tokens.id_token, { nonce: "n" });
  // @ts-expect-error a field getProfile does not have
  await client.getProfile({ withCustomDatum: true });
  // @ts-expect-error signUp needs its connection
  await client.signUp({});
  client.setAccessToken(tokens.access_token);
  const summary = client.toJSON();
  const e: unknown = null;
  if (isGenAuthError(e)) { const err: GenAuthError = e; return [err.code]; }
  return [id, token, url, claims.sub, summary.hasSecret];
}
`;
    for (const [ext, module, resolution] of [["js", "node16", "node16"], ["mjs", "esnext", "bundler"]]) {
      writeFileSync(path.join(dir, `usage-${ext}.ts`), usage(ext));
      try {
        execFileSync(process.execPath, [new URL("node_modules/typescript/bin/tsc", root).pathname, "--strict", "--noEmit", "--target", "es2022", "--lib", "es2022,dom", "--module", module, "--moduleResolution", resolution, `usage-${ext}.ts`], { cwd: dir, encoding: "utf8" });
      } catch (e) {
        assert.fail(`tsc (${resolution}) failed:\n${e.stdout}${e.stderr}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The quick starts are JavaScript, checked as such (checkJs): every method they call and every
// property they read from a result must be declared, with the types they use.
test("the README's two AuthenticationClient quick starts type-check against the package's declarations", () => {
  const readme = readFileSync(new URL("README.md", root), "utf8");
  const block = (marker) => {
    const m = new RegExp(`<!-- ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\`\\s*<!-- /${marker} -->`).exec(readme);
    assert.ok(m, `README.md has a <!-- ${marker} --> block`);
    return m[1];
  };
  const pkg = new URL("pkg/", root).pathname;
  const local = (code) => code.replaceAll('"genauth-wasm/authentication"', `"${pkg}authentication.mjs"`);
  const node = local(block("quickstart-auth-node"));
  const page = /<script type="module">([\s\S]*?)<\/script>/.exec(block("quickstart-auth-browser"));
  assert.ok(page, "the browser quick start has a module script");
  const dir = mkdtempSync(path.join(tmpdir(), "auth-quickstart-"));
  try {
    // Node's own modules are not what is checked here (no @types/node): they are declared loosely.
    writeFileSync(path.join(dir, "node-shim.d.ts"), 'declare module "node:http";\ndeclare module "node:crypto";\ndeclare const process: { env: Record<string, string | undefined> };\n');
    writeFileSync(path.join(dir, "server.mjs"), node);
    writeFileSync(path.join(dir, "page.mjs"), `export {};\n${local(page[1])}`);
    for (const file of ["server.mjs", "page.mjs"]) {
      const mode = ["--allowJs", "--checkJs", ...(file == "server.mjs" ? ["node-shim.d.ts"] : [])];
      try {
        execFileSync(process.execPath, [new URL("node_modules/typescript/bin/tsc", root).pathname, ...mode, "--noEmit", "--target", "es2022", "--lib", "es2022,dom", "--module", "esnext", "--moduleResolution", "bundler", file], { cwd: dir, encoding: "utf8" });
      } catch (e) {
        assert.fail(`tsc ${file} failed:\n${e.stdout}${e.stderr}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the client lives in the module: copies carry nothing, free() releases it, no secret in JSON or inspect", async () => {
  const { inspect } = await import("node:util");
  const { AuthenticationClient, isGenAuthError } = require("../../pkg/auth-node/index.js");
  const secret = "the-app-secret-never-shown-0123456789";
  const client = new AuthenticationClient({ appId: "app-1", appSecret: secret, appHost: "http://127.0.0.1:9", accessToken: "user-token-never-shown", maxRetries: 0 });
  const summary = client.toJSON();
  const dts = readFileSync(new URL("pkg/authentication.d.ts", root), "utf8");
  const declared = dts.slice(dts.indexOf("export interface AuthenticationClientSummary {"), dts.indexOf("/** The part of Node's `ServerResponse`"));
  for (const key of Object.keys(summary)) assert.match(declared, new RegExp(`\\n  ${key}\\??: `), `summary key ${key} is not declared`);
  assert.equal(summary.hasSecret, true);
  for (const shown of [JSON.stringify(client), inspect(client, { depth: 5, showHidden: true }), JSON.stringify({ ...client }), JSON.stringify(Object.assign({}, client))]) {
    assert.ok(!shown.includes(secret) && !shown.includes("user-token-never-shown"), shown);
  }
  // A copy is no client: its calls reject CONFIG, sending nothing (the host is a closed port).
  const copy = Object.assign(Object.create(AuthenticationClient.prototype), client);
  for (const promise of [copy.getProfile(), copy.signInByEmailPassword({ email: "a@example.com", password: "p" }), copy.removeCredential("c", {})]) {
    const e = await promise.then(() => assert.fail("resolved"), (e) => e);
    assert.ok(isGenAuthError(e) && e.code === "CONFIG", `${e.code}: ${e.message}`);
  }
  // Bad arguments reject (every method is async, as the official ones), never throw.
  const e = await client.signInByEmailPassword(undefined).then(() => assert.fail("resolved"), (e) => e);
  assert.equal(e.code, "INVALID_ARGUMENT");
  assert.equal(e.field, "requestBody");
  client.free();
  client.free();
  assert.deepEqual(client.toJSON(), { freed: true });
  for (const promise of [client.getProfile(), client.signInByEmailPassword({ email: "a@example.com", password: "p" }), client.getAccessTokenByCode("code-1")]) {
    const freed = await promise.then(() => assert.fail("resolved"), (e) => e);
    assert.ok(isGenAuthError(freed) && freed.code === "CONFIG", `${freed.code}: ${freed.message}`);
    assert.match(freed.message, /free\(\)/);
  }
});
