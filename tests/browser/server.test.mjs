// The static file server used by the browser tests: node --test tests/browser/
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startStaticServer, REPO_ROOT } from "./server.mjs";

let dir, root, site, repo;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "static-server-"));
  root = path.join(dir, "root");
  await mkdir(path.join(root, "www"), { recursive: true });
  await writeFile(path.join(dir, "outside.txt"), "outside the root\n");
  await writeFile(path.join(root, "www", "index.html"), "<!doctype html><title>t</title>");
  await writeFile(path.join(root, "www", "app.js"), "export {};\n");
  await writeFile(path.join(root, "www", "style.css"), "body{}\n");
  await writeFile(path.join(root, "data.json"), "{}\n");
  await writeFile(path.join(root, "mod.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(path.join(root, "blob.bin"), "x");
  await symlink(path.join(dir, "outside.txt"), path.join(root, "link.txt"));
  site = await startStaticServer({ root });
  repo = await startStaticServer();
});

after(async () => {
  await site?.close();
  await repo?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A raw request: the path is sent exactly as given (no client-side normalisation). */
function get(server, rawPath, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: server.port, path: rawPath, method, timeout: 5_000 }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("timeout", () => req.destroy(new Error(`timeout: ${rawPath}`)));
    req.on("error", reject);
    req.end();
  });
}

test("listens on 127.0.0.1 with a random port", () => {
  assert.match(site.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.ok(site.port > 0);
  assert.notEqual(site.port, repo.port);
});

test("content types", async () => {
  const cases = {
    "/www/index.html": "text/html; charset=utf-8",
    "/www/app.js": "text/javascript; charset=utf-8",
    "/www/style.css": "text/css; charset=utf-8",
    "/data.json": "application/json; charset=utf-8",
    "/mod.wasm": "application/wasm",
    "/blob.bin": "application/octet-stream",
  };
  for (const [p, type] of Object.entries(cases)) {
    const res = await get(site, p);
    assert.equal(res.status, 200, p);
    assert.equal(res.headers["content-type"], type, p);
    assert.equal(Number(res.headers["content-length"]), res.body.length, p);
  }
  const head = await get(site, "/mod.wasm", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal((await get(site, "/www/app.js", "POST")).status, 405);
  assert.equal((await get(site, "/")).headers.location, "/www/index.html");
});

test("nothing outside the root is served", async () => {
  const outside = path.basename(dir);
  for (const p of [
    "/../outside.txt",
    "/www/../../outside.txt",
    "/%2e%2e/outside.txt",
    "/..%2foutside.txt",
    "/www/..%5c..%5coutside.txt",
    `/../../${outside}/outside.txt`,
    "/link.txt",
    "/www/index.html%00.js",
    "/%E0%A4%A",
    "/www",
    "/www/",
    "/missing.js",
  ]) {
    const res = await get(site, p);
    assert.equal(res.status, 404, p);
    assert.ok(!res.body.toString().includes("outside the root"), p);
  }
});

test("serves the repository root by default: the package's browser build", async () => {
  assert.equal(repo.root, REPO_ROOT);
  assert.equal((await get(repo, "/pkg/web/index.js")).headers["content-type"], "text/javascript; charset=utf-8");
  assert.equal((await get(repo, "/pkg/web/genauth_wasm_bg.wasm")).headers["content-type"], "application/wasm");
  assert.equal((await get(repo, "/www/index.html")).status, 200);
});
