// Microseconds per ID token verification (parseIDToken: RS256, 2048-bit key, the key already in
// the client's JWKS cache) on the running Node, twice: pkg/oidc.js alone (its `deps` in memory),
// and the shipped AuthenticationClient (pkg/auth-node, the module's settings read per call) whose
// `fetch` option serves the JWKS from memory. Each verification timed on its own, the median
// printed with the 10th and 90th percentiles. The goal is under 1 ms on Node 24. No network; the
// bench fails if the JWKS is fetched more than once.
//
//   node bench/verify.mjs           5 000 verifications after 500 to warm up (a few seconds)
//   node bench/verify.mjs --smoke   200 (make test runs it; no speed asserted)
import { generateKeyPairSync, createSign } from "node:crypto";
import { readFileSync } from "node:fs";

const SMOKE = process.argv.includes("--smoke");
const [WARM, N] = SMOKE ? [20, 200] : [500, 5_000];

const source = readFileSync(new URL("../pkg/oidc.js", import.meta.url));
const { protocol } = await import("data:text/javascript;base64," + source.toString("base64"));

const host = "https://bench.example";
const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const jwks = { keys: [{ ...publicKey.export({ format: "jwk" }), kid: "k1", use: "sig", alg: "RS256" }] };
let fetches = 0;
const deps = {
  error: (code, field, message) => Object.assign(new Error(message), { code, field }),
  settings: (client) => client.settings,
  request: async () => (fetches++, jwks),
  hmacKey: async () => {
    throw new Error("not used");
  },
  setAccessToken() {},
  inBrowser: false,
};
const client = Object.assign(Object.create(protocol(deps)), { settings: { appId: "app1", appHost: host, protocol: "oidc" } });

const b64 = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
const now = Math.floor(Date.now() / 1000);
// A realistic ID token: the standard claims and a user profile (about 1 KB).
const claims = { iss: `${host}/oidc`, sub: "6437b1a2c8f3e5d9a0b1c2d3", aud: "app1", iat: now, exp: now + 3600, nonce: "n0nce", at_hash: "x".repeat(22), name: "Bench User", nickname: "bench", email: "bench@example.com", email_verified: true, phone_number: "+8613800000000", picture: "https://files.example/avatar.png", updated_at: new Date().toISOString(), locale: "zh-CN", zoneinfo: "Asia/Shanghai" };
const input = `${b64({ alg: "RS256", typ: "JWT", kid: "k1" })}.${b64(claims)}`;
const token = `${input}.${createSign("RSA-SHA256").update(input).sign(privateKey).toString("base64url")}`;

async function time(what, client, counted) {
  for (let i = 0; i < WARM; i++) await client.parseIDToken(token, { nonce: "n0nce" });
  const times = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    const t = process.hrtime.bigint();
    await client.parseIDToken(token, { nonce: "n0nce" });
    times[i] = Number(process.hrtime.bigint() - t) / 1000;
  }
  if (counted() !== 1) throw new Error(`${what}: the JWKS was fetched ${counted()} times; the cache should have kept it`);
  times.sort();
  const at = (q) => times[Math.min(N - 1, Math.floor(q * N))].toFixed(1);
  console.log(`verify (${what}): RS256 ID token (${token.length} B), cached key, Node ${process.versions.node}: median ${at(0.5)} µs per verify (p10 ${at(0.1)}, p90 ${at(0.9)}; ${N} runs)`);
}
await time("pkg/oidc.js", client, () => fetches);

// The shipped client: the JWKS request goes through the module to this `fetch`.
const { AuthenticationClient } = await import("../pkg/auth-node/index.js");
let served = 0;
const shipped = new AuthenticationClient({
  appId: "app1",
  appHost: host,
  appSecret: "bench-app-secret",
  fetch: async () => (served++, new Response(JSON.stringify(jwks), { status: 200, headers: { "content-type": "application/json" } })),
});
await time("AuthenticationClient", shipped, () => served);
