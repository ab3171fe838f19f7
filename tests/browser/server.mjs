// Static file server for the browser tests (node: built-ins only).
//
//   import { startStaticServer } from "./server.mjs";
//   const site = await startStaticServer();          // serves the repository root
//   // -> { url: "http://127.0.0.1:<port>", port, root, close() }
//
// Listens on 127.0.0.1 with a random port. GET and HEAD only; a path that resolves outside the
// root (`..`, encoded or not, or through a symbolic link), contains a NUL byte or names a
// directory is answered 404.
// `/` redirects to `/www/index.html`. Files are sent with `cache-control: no-store`.

import http from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/** Maps a request path to a file under `root`, or null when it would leave the root. */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, "." + path.posix.normalize("/" + decoded.replace(/\\/g, "/")));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

export function startStaticServer({ root = REPO_ROOT, port = 0, host = "127.0.0.1" } = {}) {
  const plain = (res, status, text, headers = {}) => {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
    res.end(text);
  };

  let realRoot;
  const server = http.createServer(async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "method not allowed\n", { allow: "GET, HEAD" });
    const { pathname } = new URL(req.url, "http://localhost");
    if (pathname === "/") return plain(res, 302, "", { location: "/www/index.html" });
    const file = resolveInside(root, pathname);
    if (!file) return plain(res, 404, "not found\n");
    let info, real;
    try {
      realRoot ??= await realpath(root);
      real = await realpath(file);
      if (!real.startsWith(realRoot + path.sep)) return plain(res, 404, "not found\n");
      info = await stat(real);
    } catch {
      return plain(res, 404, "not found\n");
    }
    if (!info.isFile()) return plain(res, 404, "not found\n");
    res.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(real)
      .on("error", () => res.destroy())
      .pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        root,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
