// Token verification (parseIDToken, parseAccessToken): hostile tokens are refused with the check
// named in `field`, good ones accepted; the JWKS is cached per client and fetched again exactly
// once for an unknown kid. Keys are made here with node:crypto; the JWKS comes from the loopback
// provider, which counts its fetches.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { generateKeyPairSync } from "node:crypto";
import { APP_ID, APP_SECRET, b64url, idClaims, makeClient, makeDeps, now, rejection, rsaKey, sign, startProvider } from "./harness.mjs";

let p;
before(async () => (p = await startProvider()));
after(() => p.close());

const fresh = (options) => makeClient(makeDeps(), p.host, options);
/** Asserts that verifying `token` rejects with `code` and `field`, and that the message repeats no part of it. */
async function refused(token, code, field, { access = false, options, client = fresh() } = {}) {
  const e = await rejection(access ? client.parseAccessToken(token, options) : client.parseIDToken(token, options));
  assert.equal(e.code, code, `${e.code} ${e.field}: ${e.message}`);
  assert.equal(e.field, field, e.message);
  if (typeof token == "string") for (const part of token.split(".")) if (part.length > 8) assert.ok(!e.message.includes(part), "the message repeats the token");
  return e;
}

test("valid RS256 ID token: accepted, the payload returned as the official client returns it", async () => {
  const claims = idClaims(p.host, { nonce: "n1", name: "名字" });
  const token = sign(claims, { key: p.keys[0] });
  assert.deepEqual(await fresh().parseIDToken(token), claims);
  assert.deepEqual(await fresh().parseIDToken(token, { nonce: "n1" }), claims);
  // aud as an array holding the appId.
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host, { aud: ["other", APP_ID] }), { key: p.keys[0] })));
});

test("valid HS256 ID token: verified with the app secret's HMAC key (deps.hmacKey)", async () => {
  const claims = idClaims(p.host);
  assert.deepEqual(await fresh().parseIDToken(sign(claims, { secret: APP_SECRET })), claims);
  // Another secret: the signature fails; no secret at all: hmacKey's CONFIG passes through.
  await refused(sign(claims, { secret: "not-the-secret" }), "TOKEN_INVALID", "signature");
  await refused(sign(claims, { secret: APP_SECRET }), "CONFIG", "appSecret", { client: fresh({ appSecret: undefined }) });
});

test("valid RS256 access token: accepted (iss checked, no aud required)", async () => {
  const claims = { iss: `${p.host}/oidc`, sub: "user1", aud: "some-api", scope: "openid", iat: now(), exp: now() + 60, jti: "j1" };
  assert.deepEqual(await fresh().parseAccessToken(sign(claims, { key: p.keys[0] })), claims);
  await refused(sign({ ...claims, iss: "https://evil.example/oidc" }, { key: p.keys[0] }), "TOKEN_INVALID", "iss", { access: true });
  // An audience asked for is checked.
  await refused(sign(claims, { key: p.keys[0] }), "TOKEN_INVALID", "aud", { access: true, options: { audience: "my-api" } });
});

test("wrong signature: a changed payload, and a token signed by another key under the server key's kid", async () => {
  const token = sign(idClaims(p.host), { key: p.keys[0] });
  const [h, , s] = token.split(".");
  await refused(`${h}.${b64url(idClaims(p.host, { sub: "admin" }))}.${s}`, "TOKEN_INVALID", "signature");
  const impostor = { ...rsaKey("k1") };
  await refused(sign(idClaims(p.host), { key: impostor }), "TOKEN_INVALID", "signature");
  // A signature of the right length made of zeros, and an empty one.
  await refused(`${h}.${token.split(".")[1]}.${Buffer.alloc(256).toString("base64url")}`, "TOKEN_INVALID", "signature");
  await refused(`${h}.${token.split(".")[1]}.`, "TOKEN_INVALID", "signature");
});

test("alg none, lower-case none, a missing alg and other algs are refused (field alg), ID and access tokens alike", async () => {
  const claims = idClaims(p.host);
  for (const alg of ["none", "None", "NONE", undefined, "RS512", "PS256", "ES256", "EdDSA", "HS512", "", "x".repeat(500)]) {
    const token = `${b64url({ alg, typ: "JWT" })}.${b64url(claims)}.`;
    await refused(token, "TOKEN_INVALID", "alg");
    await refused(token, "TOKEN_INVALID", "alg", { access: true });
  }
  // HS256 is for ID tokens only (the app secret): an access token with it is refused by alg.
  await refused(sign(claims, { secret: APP_SECRET }), "TOKEN_INVALID", "alg", { access: true });
});

test("alg confusion: HS256 signed with the server's RSA public key (PEM and JWK n) as the secret is refused", async () => {
  const claims = idClaims(p.host);
  const pem = p.keys[0].publicKey.export({ type: "spki", format: "pem" });
  await refused(sign(claims, { secret: pem }), "TOKEN_INVALID", "signature");
  await refused(sign(claims, { secret: p.keys[0].jwk.n }), "TOKEN_INVALID", "signature");
  await refused(sign(claims, { secret: pem }), "TOKEN_INVALID", "alg", { access: true });
});

test("wrong aud, missing aud, wrong iss, missing iss: refused by aud and iss", async () => {
  const k = { key: p.keys[0] };
  await refused(sign(idClaims(p.host, { aud: "another-app" }), k), "TOKEN_INVALID", "aud");
  await refused(sign(idClaims(p.host, { aud: ["a", "b"] }), k), "TOKEN_INVALID", "aud");
  await refused(sign(idClaims(p.host, { aud: undefined }), k), "TOKEN_INVALID", "aud");
  await refused(sign(idClaims(p.host, { iss: "https://evil.example/oidc" }), k), "TOKEN_INVALID", "iss");
  await refused(sign(idClaims(p.host, { iss: p.host }), k), "TOKEN_INVALID", "iss");
  await refused(sign(idClaims(p.host, { iss: undefined }), k), "TOKEN_INVALID", "iss");
  // The issuer option names another issuer.
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host, { iss: "https://id.example/oidc" }), k), { issuer: "https://id.example/oidc" }));
});

test("exp, nbf, iat: outside the leeway (60 s by default) refused with TOKEN_EXPIRED and the claim; inside it accepted", async () => {
  const k = { key: p.keys[0] };
  await refused(sign(idClaims(p.host, { exp: now() - 61 }), k), "TOKEN_EXPIRED", "exp");
  await refused(sign(idClaims(p.host, { exp: now() - 3600 }), k), "TOKEN_EXPIRED", "exp", { access: true });
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host, { exp: now() - 30 }), k)));
  await refused(sign(idClaims(p.host, { exp: now() - 30 }), k), "TOKEN_EXPIRED", "exp", { options: { leeway: 0 } });
  await refused(sign(idClaims(p.host, { nbf: now() + 120 }), k), "TOKEN_EXPIRED", "nbf");
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host, { nbf: now() + 30 }), k)));
  await refused(sign(idClaims(p.host, { iat: now() + 120 }), k), "TOKEN_EXPIRED", "iat");
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host, { iat: now() + 120 }), k), { leeway: 300 }));
  // Missing or not numbers: TOKEN_INVALID with the claim (an ID token must carry exp and iat).
  await refused(sign(idClaims(p.host, { exp: undefined }), k), "TOKEN_INVALID", "exp");
  await refused(sign(idClaims(p.host, { exp: "9999999999" }), k), "TOKEN_INVALID", "exp");
  await refused(sign(idClaims(p.host, { iat: undefined }), k), "TOKEN_INVALID", "iat");
  await refused(sign(idClaims(p.host, { nbf: null }), k), "TOKEN_INVALID", "nbf");
  // A bad leeway is the caller's mistake.
  for (const leeway of [-1, NaN, "60", 1e9]) await refused(sign(idClaims(p.host), k), "INVALID_ARGUMENT", "leeway", { options: { leeway } });
});

test("a nonce from another flow is refused (field nonce); a token without nonce when one is expected too", async () => {
  const k = { key: p.keys[0] };
  await refused(sign(idClaims(p.host, { nonce: "flow-A" }), k), "TOKEN_INVALID", "nonce", { options: { nonce: "flow-B" } });
  await refused(sign(idClaims(p.host), k), "TOKEN_INVALID", "nonce", { options: { nonce: "flow-B" } });
});

test("malformed tokens are refused by format: parts, base64url, JSON, objects, UTF-8, size, type", async () => {
  const good = sign(idClaims(p.host), { key: p.keys[0] });
  const [h, pl, s] = good.split(".");
  const cases = [
    `${h}.${pl}`, // 2 parts
    `${h}.${pl}.${s}.${s}`, // 4 parts
    `${h}.${pl}.${s}.${s}.${s}`, // a JWE has 5
    `${h}.${pl}.${s}=`, // padding
    `${h}.${pl.slice(0, -1)}*.${s}`, // not base64url
    `${h}.${pl}+/.${s}`, // base64, not base64url
    `${h}.AAAAA.${s}`, // length 4n+1: no base64url
    `${b64url("[1,2]")}.${pl}.${s}`, // header an array
    `${h}.${b64url("42")}.${s}`, // payload a number
    `${h}.${b64url("null")}.${s}`, // payload null
    `${h}.${b64url('"text"')}.${s}`, // payload a string
    `${h}.${b64url("{not json")}.${s}`, // not JSON
    `${h}.${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url")}.${s}`, // not UTF-8
    "",
    "...",
    "a".repeat(5 * 1024 * 1024), // huge
    `${h}.${b64url({ ...idClaims(p.host), pad: "x".repeat(70000) })}.${s}`, // over 64 KiB
  ];
  for (const token of cases) await refused(token, "TOKEN_INVALID", "format");
  for (const token of [undefined, null, 42, {}, ["a", "b", "c"]]) await refused(token, "TOKEN_INVALID", "format");
});

test("critical header extensions are refused (field crit); a non-string kid by kid", async () => {
  await refused(sign(idClaims(p.host), { key: p.keys[0], header: { crit: ["exp"], exp: 1 } }), "TOKEN_INVALID", "crit");
  await refused(sign(idClaims(p.host), { key: p.keys[0], header: { kid: 7 } }), "TOKEN_INVALID", "kid");
});

test("JWKS cache: the first verification fetches it, the next ones do not", async () => {
  const client = fresh();
  const before = p.jwksFetches;
  for (let i = 0; i < 20; i++) await client.parseIDToken(sign(idClaims(p.host, { i }), { key: p.keys[0] }));
  assert.equal(p.jwksFetches - before, 1);
  // Concurrent first verifications share one fetch.
  const other = fresh();
  const b2 = p.jwksFetches;
  await Promise.all(Array.from({ length: 10 }, () => other.parseIDToken(sign(idClaims(p.host), { key: p.keys[0] }))));
  assert.equal(p.jwksFetches - b2, 1);
  // serverJWKS given: no fetch at all.
  const b3 = p.jwksFetches;
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host), { key: p.keys[0] }), { serverJWKS: { keys: [p.keys[0].jwk] } }));
  assert.equal(p.jwksFetches, b3);
});

test("unknown kid: the JWKS is fetched again exactly once, then refused by kid; a second unknown kid soon after fetches nothing", async () => {
  const client = fresh();
  await client.parseIDToken(sign(idClaims(p.host), { key: p.keys[0] }));
  const before = p.jwksFetches;
  const stranger = rsaKey("k-unknown");
  await refused(sign(idClaims(p.host), { key: stranger }), "TOKEN_INVALID", "kid", { client });
  assert.equal(p.jwksFetches - before, 1, "one refetch for an unknown kid");
  await refused(sign(idClaims(p.host), { key: rsaKey("k-other") }), "TOKEN_INVALID", "kid", { client });
  assert.equal(p.jwksFetches - before, 1, "no refetch within the cool-down");
  // A first verification with an unknown kid: the fetch it makes is the refetch (one, not two).
  const b2 = p.jwksFetches;
  await refused(sign(idClaims(p.host), { key: stranger }), "TOKEN_INVALID", "kid");
  assert.equal(p.jwksFetches - b2, 1);
  // With serverJWKS, an unknown kid is refused at once.
  await refused(sign(idClaims(p.host), { key: stranger }), "TOKEN_INVALID", "kid", { options: { serverJWKS: { keys: [p.keys[0].jwk] } } });
});

test("a new key (rotation) is found by the one refetch, and the token accepted", async () => {
  const client = fresh();
  await client.parseIDToken(sign(idClaims(p.host), { key: p.keys[0] }));
  const rotated = rsaKey("k2");
  p.keys.push(rotated);
  try {
    const before = p.jwksFetches;
    assert.ok(await client.parseIDToken(sign(idClaims(p.host), { key: rotated })));
    assert.equal(p.jwksFetches - before, 1);
  } finally {
    p.keys.pop();
  }
});

test("kid selection: a token without kid uses the only key; with several keys it is refused by kid", async () => {
  const token = sign(idClaims(p.host), { key: { ...p.keys[0], kid: undefined } });
  assert.ok(await fresh().parseIDToken(token));
  await refused(token, "TOKEN_INVALID", "kid", { options: { serverJWKS: { keys: [p.keys[0].jwk, rsaKey("k3").jwk] } } });
});

test("unusable JWKS entries are skipped; a JWKS that is not {keys: [...]} is refused by jwks", async () => {
  const k = p.keys[0];
  // A 1024-bit key under the token's kid: too weak for RS256 (RFC 7518 3.3), skipped.
  const small = (() => {
    const { publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    return { jwk: { ...publicKey.export({ format: "jwk" }), kid: "k1" } };
  })();
  const junk = [null, 1, { kty: "EC", kid: "k1" }, { ...k.jwk, use: "enc" }, { ...k.jwk, alg: "RS512" }, { kty: "RSA", kid: "k1", e: "AQAB" }, { kty: "RSA", kid: "k1", n: 5, e: "AQAB" }, { kty: "RSA", kid: "k1", n: "!!", e: "AQAB" }, small.jwk];
  assert.ok(await fresh().parseIDToken(sign(idClaims(p.host), { key: k }), { serverJWKS: { keys: [...junk, k.jwk] } }));
  await refused(sign(idClaims(p.host), { key: k }), "TOKEN_INVALID", "kid", { options: { serverJWKS: { keys: junk } } });
  for (const jwks of [[], { keys: {} }, "x", null]) await refused(sign(idClaims(p.host), { key: k }), "INVALID_ARGUMENT", "serverJWKS", { options: { serverJWKS: jwks } });
  p.jwksAnswer = { keys: "nope" };
  try {
    await refused(sign(idClaims(p.host), { key: k }), "TOKEN_INVALID", "jwks");
  } finally {
    p.jwksAnswer = undefined;
  }
});

test("a page served over http (getRandomValues, no subtle): URLs are built, verification says what is missing", async () => {
  const insecure = { getRandomValues: (b) => crypto.getRandomValues(b) };
  const client = makeClient(makeDeps({ webcrypto: insecure }), p.host, { appSecret: undefined, tokenEndPointAuthMethod: "none" });
  assert.ok(client.buildAuthorizeUrl().codeVerifier);
  const e = await refused(sign(idClaims(p.host), { key: p.keys[0] }), "CONFIG", undefined, { client });
  assert.match(e.message, /crypto\.subtle/);
});

test("a JWKS endpoint that fails rejects with the request's error (OAUTH here), and nothing is cached", async () => {
  const client = makeClient(makeDeps(), p.host + "/missing");
  const token = sign(idClaims(p.host + "/missing"), { key: p.keys[0] });
  const e = await rejection(client.parseIDToken(token));
  assert.equal(e.code, "OAUTH");
  assert.equal(e.status, 404);
});

test("the signature is checked before any claim: an unsigned expired token with a wrong aud says signature", async () => {
  const token = sign(idClaims(p.host, { exp: 1, aud: "x", iss: "y" }), { key: rsaKey("k1") });
  await refused(token, "TOKEN_INVALID", "signature");
});
