// Shared pieces of the reliability suites: the packed package as users get it, the local GenAuth
// emulator with its default access keys, a collector that proves no credential ever shows up in
// what the package hands back, and a recording HTTP relay that learns the credentials actually
// sent on the wire.
//
//   const { lib } = loadPackage("reliability-x");         // require("genauth-wasm") of the packed tarball
//   const emu = await startEmulator();                    // emulator/index.mjs
//   const secrets = createSecretsCollector();             // knows KEYS.accessKeySecret already
//   new lib.ManagementClient({ ...KEYS, host: emu.url, ...secrets.hooks("label") });
//   secrets.client("label", client); secrets.error("label", e); secrets.record("label", anything);
//   secrets.secret(value, "what it is");                  // one more exact value to look for
//   assert.deepEqual(secrets.leaks(), []);                // or secrets.assertClean()
//
//   const relay = await startRelay(emu.url, { responseHeaders: { "content-type": "text/plain" } });
//   // relay.url to give a client; relay.authorizations / relay.tokens: what went over the wire
//   // (feed them to secrets.secret); relay.close().
import assert from "node:assert/strict";
import http from "node:http";
import { inspect } from "node:util";
import { installPackage } from "../package/install.mjs";

export { startEmulator } from "../../emulator/index.mjs";
export { STEAMORY, CLOUDHARBOR } from "../../emulator/seed.mjs";

/** The emulator's default access keys. */
export const KEYS = Object.freeze({ accessKeyId: "test-access-key-id", accessKeySecret: "test-access-key-secret-0123456789" });

/** Packs pkg/, installs it in target/<name>/app and loads it with require(), as a user would. */
export function loadPackage(name) {
  const { require, app, files } = installPackage(name);
  const missing = ["node/index.js", "node/genauth_wasm.js", "node/genauth_wasm_bg.wasm"].filter((f) => !files.includes(f));
  if (missing.length) throw new Error(`pkg/ is incomplete (no ${missing.join(", ")}): run \`make pkg\` first`);
  return { lib: require("genauth-wasm"), app };
}

/** What a credential looks like wherever it appears, known or not. */
export const CREDENTIAL_PATTERNS = Object.freeze([
  { what: "a request signature", re: /(GenAuth|authing) [^:\s]+:[A-Za-z0-9+/=]{20,}/i },
  { what: "a bearer credential", re: /Bearer ey/i },
  { what: "a JSON web token", re: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}/ },
]);

const asText = (value) => {
  if (typeof value === "string") return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // cycles or BigInt: inspect below
  }
  return inspect(value, { depth: 8 });
};

/**
 * Collects every text the package produced (hook payloads, errors, clients, results) and finds
 * the ones holding a credential: a known secret value (the access key secret, tokens, signatures
 * added with `secret()`), or anything shaped like a signature or a bearer token.
 */
export function createSecretsCollector({ secrets = [KEYS.accessKeySecret], patterns = CREDENTIAL_PATTERNS } = {}) {
  const known = new Map();
  const texts = [];
  const collector = {
    /** One more exact value that must never appear. Values shorter than 8 characters are ignored. */
    secret(value, what = "a secret") {
      if (typeof value === "string" && value.length >= 8 && !known.has(value)) known.set(value, what);
      return collector;
    },
    /** A value to search: strings as they are, anything else as JSON (or inspected). */
    record(label, value) {
      texts.push({ label, text: asText(value) });
      return value;
    },
    /** `onRequest` / `onResponse` options recording every payload (and passing it to `sink`). */
    hooks(label = "client", sink) {
      return {
        onRequest: (info) => (collector.record(`${label}: onRequest`, info), sink?.("request", info)),
        onResponse: (info) => (collector.record(`${label}: onResponse`, info), sink?.("response", info)),
      };
    },
    /** `String(client)`, `JSON.stringify(client)` and what `console.log(client)` would print. */
    client(label, client) {
      collector.record(`${label}: String(client)`, String(client));
      collector.record(`${label}: JSON.stringify(client)`, JSON.stringify(client));
      collector.record(`${label}: inspect(client)`, inspect(client, { depth: 8 }));
      return client;
    },
    /** An error's message, its string form, stack, JSON and inspection, and its envelope. */
    error(label, error) {
      collector.record(`${label}: error.message`, String(error?.message));
      collector.record(`${label}: String(error)`, String(error));
      collector.record(`${label}: error.stack`, String(error?.stack));
      collector.record(`${label}: JSON.stringify(error)`, asText(error));
      collector.record(`${label}: inspect(error)`, inspect(error, { depth: 8 }));
      if (error?.response !== undefined) collector.record(`${label}: error.response`, error.response);
      return error;
    },
    /** How many texts were collected. */
    get size() {
      return texts.length;
    },
    /** How many exact secret values are known. */
    get secretCount() {
      return known.size;
    },
    /** Every finding: `{ label, what, excerpt }`; an empty array when nothing leaked. */
    leaks() {
      const found = [];
      for (const { label, text } of texts) {
        for (const [value, what] of known) {
          const at = text.indexOf(value);
          if (at >= 0) found.push({ label, what, excerpt: text.slice(Math.max(0, at - 40), at + 12) + "…" });
        }
        for (const { what, re } of patterns) {
          const m = re.exec(text);
          if (m) found.push({ label, what, excerpt: text.slice(Math.max(0, m.index - 40), m.index + 24) + "…" });
        }
      }
      return found;
    },
    assertClean() {
      assert.ok(texts.length > 0, "the secrets collector saw nothing");
      assert.deepEqual(collector.leaks(), [], "a credential appeared in what the package returned");
    },
  };
  for (const s of secrets) collector.secret(s, "the access key secret");
  return collector;
}

/**
 * A loopback HTTP relay to `target` that records the credentials going over the wire: every
 * `authorization` header value, the signature or token inside it, and every `access_token` in a
 * response. `responseHeaders` are set on (or, with `null`, removed from) every response.
 * Dropped upstream connections drop the client's; a client that goes away aborts upstream.
 */
export async function startRelay(target, { responseHeaders = {} } = {}) {
  const upstream = new URL(target);
  const authorizations = [];
  const tokens = [];
  const server = http.createServer((req, res) => {
    const auth = req.headers.authorization;
    if (auth) authorizations.push(auth);
    const out = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (up) => {
        const chunks = [];
        up.on("data", (c) => chunks.push(c));
        up.on("error", () => res.destroy());
        up.on("aborted", () => res.destroy());
        up.on("end", () => {
          const body = Buffer.concat(chunks);
          try {
            const token = JSON.parse(body.toString("utf8"))?.data?.access_token;
            if (typeof token === "string") tokens.push(token);
          } catch {
            // not JSON: nothing to learn
          }
          const headers = { ...up.headers, "content-length": String(body.length) };
          for (const [k, v] of Object.entries(responseHeaders)) {
            if (v === null) delete headers[k.toLowerCase()];
            else headers[k.toLowerCase()] = v;
          }
          res.writeHead(up.statusCode, headers);
          res.end(body);
        });
      },
    );
    out.on("error", () => res.destroy());
    res.on("close", () => {
      if (!res.writableFinished) out.destroy();
    });
    req.pipe(out);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    authorizations,
    tokens,
    /** The credential part of every authorization seen: signatures and bearer tokens. */
    credentials() {
      return authorizations.map((a) => a.replace(/^\S+\s+/, "").replace(/^[^:]*:/, ""));
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
