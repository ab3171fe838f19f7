// The AuthenticationClient's protocol half: authorize, logout and CAS URLs, the redirect flows,
// the token endpoint grants, PKCE, and ID/access token verification. Names, parameters, defaults
// and results are the official authing-node-sdk 4.0.1 client's (src/AuthenticationClient.ts);
// where that client is wrong, this file says so at the spot and does the sensible thing.
// Nothing here speaks HTTP or sees the app secret: every request is a `spec` handed to
// `deps.request`, which adds the client's credentials. Every error is made by `deps.error`.
// Everything lives inside protocol(): the build concatenates this file with others.
//
// deps = { error(code, field, message, extra?), settings(client), request(client, spec,
//   callOptions), hmacKey(client), setAccessToken(client, token), inBrowser, webcrypto? }

export function protocol(deps) {
  const fail = (code, field, message, extra) => deps.error(code, field, message, extra);
  const bad = (field, message) => fail("INVALID_ARGUMENT", field, message);
  const invalid = (field, message) => fail("TOKEN_INVALID", field, message);
  const isObj = (v) => v !== null && typeof v == "object" && !Array.isArray(v);

  // WebCrypto: deps.webcrypto, the global, or Node's own where a context lacks the global (a vm
  // context, as jest's node environment). No require("crypto") literal: browser bundlers choke on it.
  // A page served over plain http has getRandomValues but no subtle: URLs work there, verification not.
  const webcrypto = (what = "subtle") => {
    const c = deps.webcrypto ?? (globalThis.crypto?.[what] ? globalThis.crypto : globalThis.process?.getBuiltinModule?.("crypto")?.webcrypto);
    if (!c?.[what]) throw fail("CONFIG", undefined, `crypto.${what} is missing here (browsers have crypto.subtle on https pages only)`);
    return c;
  };

  // A fresh random string of `n` letters and digits (the official alphabet), uniform: bytes of
  // 248 and above are dropped (248 = 4 * 62). Bounded: a source that yields nothing usable fails.
  const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const random = (n) => {
    let out = "";
    for (let round = 0; out.length < n; round++) {
      const b = webcrypto("getRandomValues").getRandomValues(new Uint8Array(2 * n));
      if (round > 4 || b.every((x) => x === b[0])) throw fail("CONFIG", undefined, "crypto.getRandomValues gave no usable randomness");
      for (const x of b) if (x < 248 && out.length < n) out += ALNUM[x % 62];
    }
    return out;
  };

  // Text <-> UTF-8 as a binary string (one char per byte), and base64url, without TextEncoder.
  const utf8 = (s, field) => {
    try {
      return unescape(encodeURIComponent(s));
    } catch {
      throw bad(field, `${field} is not well-formed Unicode (it holds a lone surrogate)`);
    }
  };
  const b64url = (bin) => btoa(bin).replace(/[+/=]/g, (c) => (c == "+" ? "-" : c == "/" ? "_" : ""));
  const unb64url = (s) => {
    if (/[^\w-]/.test(s) || s.length % 4 == 1) throw 0;
    return atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  };
  const bytes = (bin) => {
    const b = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
    return b;
  };

  // SHA-256 of a binary string, synchronously: buildAuthorizeUrl and getCodeChallengeDigest are
  // synchronous in the official client, and WebCrypto's digest is not. The constants are the
  // fractional parts of the first primes' square and cube roots, computed once on first use.
  let K, H;
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  const sha256 = (s) => {
    if (!K) {
      K = [];
      H = [];
      for (let c = 2; K.length < 64; c++) {
        let prime = 1;
        for (let d = 2; d * d <= c; d++) if (c % d == 0) prime = 0;
        if (prime) {
          if (H.length < 8) H.push((c ** (1 / 2) * 2 ** 32) | 0);
          K.push((c ** (1 / 3) * 2 ** 32) | 0);
        }
      }
    }
    const n = s.length, w = [], h = H.slice();
    s += "\x80" + "\0".repeat((((55 - n) % 64) + 64) % 64);
    for (let i = 0; i < s.length; i++) w[i >> 2] |= s.charCodeAt(i) << (24 - (i % 4) * 8);
    w.push((n / 2 ** 29) | 0, n << 3);
    for (let j = 0; j < w.length; j += 16) {
      const W = w.slice(j, j + 16), a = h.slice();
      for (let i = 0; i < 64; i++) {
        if (i > 15) {
          const x = W[i - 15], y = W[i - 2];
          W[i] = (W[i - 16] + (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) + W[i - 7] + (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10))) | 0;
        }
        const [A, B, C, , E, F, G, X] = a;
        const t1 = (X + (rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25)) + ((E & F) ^ (~E & G)) + K[i] + W[i]) | 0;
        a.unshift((t1 + (rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) + ((A & B) ^ (A & C) ^ (B & C))) | 0);
        a.pop();
        a[4] = (a[4] + t1) | 0;
      }
      for (let i = 0; i < 8; i++) h[i] = (h[i] + a[i]) | 0;
    }
    return String.fromCharCode(...h.flatMap((x) => [x >>> 24, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]));
  };
  // The PKCE challenge of `verifier`: base64url(SHA-256(UTF-8)), as crypto-js computes it.
  const challenge = (verifier, method) => (method == "plain" ? verifier : b64url(sha256(utf8(verifier, "codeChallenge"))));

  // Argument checks. An options object's string fields must be strings when given.
  const text = (v, field, optional) => {
    if (optional && v === undefined) return v;
    if (typeof v != "string" || !v) throw bad(field, `${field} must be a non-empty string`);
    return v;
  };
  // An options object: `strings` must be strings when given; a name that is a near miss of one
  // of `known` (equal but for case, "_" and "-"; or within one edit, two from six letters on) is
  // refused, since an option read under another name would be silently left out (`nonse` would
  // skip the nonce check). Other unknown names are ignored, as the official client ignores them.
  const squash = (k) => k.toLowerCase().replace(/[_-]/g, "");
  const edits = (a, b) => {
    let p = [...Array(b.length + 1).keys()];
    for (let i = 1; i <= a.length; i++) {
      const q = [i];
      for (let j = 1; j <= b.length; j++) q[j] = Math.min(p[j] + 1, q[j - 1] + 1, p[j - 1] + (a[i - 1] != b[j - 1]));
      p = q;
    }
    return p[b.length];
  };
  const opts = (o, strings = [], known = strings) => {
    if (o === undefined || o === null) return {};
    if (!isObj(o)) throw bad("options", "options must be an object");
    for (const k of Object.keys(o).slice(0, 1000)) {
      if (k.length > 40 || known.includes(k)) continue;
      const a = squash(k), near = known.find((w) => a == squash(w) || (a.length > 3 && edits(a, squash(w)) <= (w.length > 5 ? 2 : 1)));
      if (near && /^\w+$/.test(k)) throw bad(k, `unknown option "${k}": did you mean "${near}"?`);
    }
    for (const k of strings) text(o[k], k, true);
    return o;
  };
  const settings = (client) => deps.settings(client);
  const oauthOrOidc = (s, what) => {
    if (s.protocol != "oidc" && s.protocol != "oauth") throw fail("CONFIG", "protocol", `${what} needs a client made with protocol "oidc" or "oauth"`);
    return "/" + s.protocol;
  };
  const needSecret = (s, method, option) => {
    if (method != "none" && !s.hasSecret) throw fail("CONFIG", "appSecret", `${option} "${method}" needs the appSecret option (a browser uses "none")`);
  };
  const pairs = (o) => Object.entries(o).filter(([, v]) => v !== undefined);
  const request = (client, name, path, spec, callOptions) => deps.request(client, { name, method: "POST", path, idempotent: true, ...spec }, callOptions);

  // The official createQueryParams: encodeURIComponent, null and undefined left out.
  const enc = (v) => {
    try {
      return encodeURIComponent(v);
    } catch {
      throw bad(undefined, "a URL parameter is not well-formed Unicode (it holds a lone surrogate)");
    }
  };
  const query = (p) =>
    Object.keys(p)
      .filter((k) => p[k] != null)
      .map((k) => enc(k) + "=" + enc(p[k]))
      .join("&");
  // The official client puts CAS `service` and logout `url`/`redirect_uri` values in the URL
  // unencoded, so a value with & or # changes the URL's meaning. Values that need no escaping in
  // a query (every plain URL, and values already percent-encoded) stay byte-identical; any other
  // is encodeURIComponent-encoded.
  const raw = (v) => (/^(?:[\w\-.~:/?@!$'()*,;=]|%[\dA-Fa-f]{2})*$/.test(v) ? v : enc(v));

  // buildAuthorizeUrl. `flow` (loginWithRedirect) always adds PKCE. Otherwise PKCE S256 is the
  // default for a public client (no secret, or tokenEndPointAuthMethod "none": every browser
  // client) and asked for with codeChallengeMethod or codeChallenge; a confidential client gets
  // the official URL unchanged, because the official usage, buildAuthorizeUrl() then
  // getAccessTokenByCode(code), sends no verifier, and a server that saw a challenge refuses it.
  const AUTHORIZE = ["redirectUri", "responseMode", "responseType", "state", "nonce", "scope", "codeChallenge", "codeChallengeMethod", "tenantId", "forced", "service", "appId", "storage", "leeway"];
  const authorizeUrl = (client, options, flow) => {
    const s = settings(client);
    const o = opts(options, ["redirectUri", "responseMode", "responseType", "state", "nonce", "scope", "codeChallenge", "tenantId", "service", "appId"], AUTHORIZE);
    const host = s.appHost, state = s.protocol == "oidc" || s.protocol == "oauth" ? o.state ?? random(16) : o.state;
    if (s.protocol == "oidc") {
      const nonce = o.nonce ?? random(16), scope = o.scope ?? s.scope;
      const p = {
        redirect_uri: o.redirectUri ?? s.redirectUri,
        response_mode: o.responseMode || "query",
        response_type: o.responseType || "code",
        client_id: s.appId,
        scope,
        state,
        nonce,
      };
      if (o.tenantId) p.tenantId = o.tenantId;
      if (o.forced) p.prompt = "login";
      else if (scope.split(" ").includes("offline_access")) p.prompt = "consent";
      // The official client declares codeChallenge and codeChallengeMethod but drops them.
      let method = o.codeChallengeMethod, codeVerifier;
      if (method !== undefined && method !== "S256" && method !== "plain") throw bad("codeChallengeMethod", 'codeChallengeMethod must be "S256" or "plain"');
      if (o.codeChallenge !== undefined) p.code_challenge = o.codeChallenge;
      else if (flow || method || deps.inBrowser || s.tokenEndPointAuthMethod == "none" || !s.hasSecret) p.code_challenge = challenge((codeVerifier = random(43)), method);
      if (p.code_challenge) p.code_challenge_method = method ?? "S256";
      return { url: `${host}/oidc/auth?${query(p)}`, state, nonce, ...(codeVerifier && { codeVerifier }) };
    }
    if (s.protocol == "oauth") {
      // The official order and URLSearchParams encoding. It sends redirect_uri=undefined when no
      // redirectUri is set and returns `state` only when the caller gave it: here an unset
      // redirect_uri is left out and the state sent is returned (a fresh random one by default).
      const p = { state, scope: o.scope || "user", client_id: o.appId || s.appId, redirect_uri: o.redirectUri || s.redirectUri, response_type: o.responseType || "code" };
      return { url: `${host}/oauth/auth?${new URLSearchParams(pairs(p))}`, state };
    }
    if (flow) throw fail("CONFIG", "protocol", `loginWithRedirect needs protocol "oidc" or "oauth"; for ${s.protocol}, send the user to buildAuthorizeUrl().url`);
    if (s.protocol == "saml") return { url: `${host}/api/v2/saml-idp/${s.appId}`, state };
    if (s.protocol == "cas") return { url: `${host}/cas-idp/${s.appId}${o.service ? "?service=" + raw(o.service) : ""}` };
    throw fail("CONFIG", "protocol", 'protocol must be "oidc", "oauth", "saml" or "cas"');
  };

  const logoutUrl = (client, options) => {
    const s = settings(client), o = opts(options, ["redirectUri", "idToken", "state"]), host = s.appHost;
    if (s.protocol == "cas") return `${host}/cas-idp/logout${o.redirectUri ? "?url=" + raw(o.redirectUri) : ""}`;
    if (s.protocol == "oidc") {
      const r = o.redirectUri ?? s.logoutRedirectUri;
      return `${host}/oidc/session/end?${query({ ...(r && { post_logout_redirect_uri: r, state: o.state }), id_token_hint: o.idToken })}`;
    }
    // The official client *throws* this URL (a string) for oauth and saml; it is returned here.
    return `${host}/login/profile/logout${o.redirectUri ? "?redirect_uri=" + raw(o.redirectUri) : ""}`;
  };

  // The token endpoint, with the client authentication of tokenEndPointAuthMethod: the module
  // adds client_id and client_secret first (post), client_id first (none) or a Basic header.
  const tokenRequest = (client, name, form, idempotent, callOptions) => {
    const s = settings(client), base = oauthOrOidc(s, name);
    needSecret(s, s.tokenEndPointAuthMethod, "tokenEndPointAuthMethod");
    return request(client, name, base + "/token", { form: pairs(form), clientAuth: s.tokenEndPointAuthMethod, idempotent }, callOptions);
  };
  const byCode = (client, code, options, callOptions) => {
    const o = opts(options, ["codeVerifier", "redirectUri"]);
    // `redirectUri` is this package's addition: the callback exchanges the code with the
    // redirect_uri it was issued for (the official client always sends the client's option).
    return tokenRequest(
      client,
      "getAccessTokenByCode",
      { grant_type: "authorization_code", code: text(code, "code"), redirect_uri: o.redirectUri ?? settings(client).redirectUri, code_verifier: o.codeVerifier },
      false,
      callOptions,
    );
  };

  // Revocation and introspection, each with its own endpoint auth method. (The official client
  // also adds a Basic header whenever tokenEndPointAuthMethod is basic, on top of the form's
  // credentials of a post endpoint: here a request carries one client authentication, RFC 6749
  // 2.3, the endpoint's own.)
  const tokenAdmin = async (client, name, tail, methodOption, token, callOptions) => {
    const s = settings(client), base = oauthOrOidc(s, name), method = s[methodOption];
    needSecret(s, method, methodOption);
    if (tail == "/revocation" && base == "/oauth" && method == "client_secret_basic")
      throw fail("CONFIG", methodOption, 'OAuth 2.0 token revocation does not take client_secret_basic: use "client_secret_post" or "none"');
    return request(client, name, `${base}/token${tail}`, { form: [["token", text(token, "token")]], clientAuth: method }, callOptions);
  };

  // Token verification ----------------------------------------------------------------------
  // JWKS per client: fetched on first use, kept 10 minutes, fetched again once when a token names
  // a kid it lacks (at most once per 30 s, so tokens with made-up kids cannot make each
  // verification a request). Calls without callOptions share one fetch; a call with its own
  // signal or deadline fetches on its own, so another call's abort cannot end it.
  const RSA = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const jwksOf = new WeakMap();
  const importKeys = async (jwks) => {
    if (!isObj(jwks) || !Array.isArray(jwks.keys)) throw invalid("jwks", "the JWKS is not an object with a keys array");
    const keys = new Map(), subtle = webcrypto().subtle;
    for (const k of jwks.keys.slice(0, 100)) {
      // RSA signing keys of 2048 bits or more (RFC 7518 3.3): n of at least 342 base64url chars.
      if (!isObj(k) || k.kty !== "RSA" || (k.use ?? "sig") !== "sig" || (k.alg ?? "RS256") !== "RS256" || !/^[\w-]{342,}$/.test(k.n) || !/^[\w-]+$/.test(k.e)) continue;
      try {
        keys.set(typeof k.kid == "string" ? k.kid : "", await subtle.importKey("jwk", { kty: "RSA", n: k.n, e: k.e }, RSA, false, ["verify"]));
      } catch {
        // A key WebCrypto cannot import is no key of this set.
      }
    }
    return keys;
  };
  // A token without kid matches the only key of a one-key set.
  const pick = (keys, kid) => keys.get(kid) ?? (keys.size == 1 && (kid === undefined || keys.has("")) ? keys.values().next().value : undefined);
  const fetchJwks = (client, cache, callOptions) => {
    const load = () =>
      deps
        .request(client, { name: "jwks", method: "GET", path: "/oidc/.well-known/jwks.json", idempotent: true }, callOptions)
        .then(importKeys)
        .then((keys) => Object.assign(cache, { keys, at: Date.now() }));
    if (callOptions !== undefined) return load();
    return (cache.pending ??= load().finally(() => (cache.pending = undefined)));
  };
  const rsaKey = async (client, kid, serverJWKS, callOptions) => {
    if (typeof kid != "string" && kid !== undefined) throw invalid("kid", "the token's kid is not a string");
    let key;
    if (serverJWKS !== undefined) {
      if (!Array.isArray(serverJWKS?.keys)) throw bad("serverJWKS", "serverJWKS must be a JWKS: { keys: [...] }");
      key = pick(await importKeys(serverJWKS), kid);
    } else {
      let cache = jwksOf.get(client), fresh = false;
      if (!cache) jwksOf.set(client, (cache = { at: -Infinity, refetched: -Infinity }));
      if (Date.now() - cache.at > 600e3) {
        await fetchJwks(client, cache, callOptions);
        fresh = true;
      }
      key = pick(cache.keys, kid);
      if (!key && !fresh) {
        // A fetch under way (another call's refetch) may bring the key: wait for it instead, unless
        // this call has bounds of its own (signal, timeout, deadline), which that fetch ignores.
        if (Date.now() - cache.refetched >= 30e3) {
          cache.refetched = Date.now();
          await fetchJwks(client, cache, callOptions);
        } else if (callOptions === undefined) await cache.pending;
        key = pick(cache.keys, kid);
      }
    }
    if (!key) throw invalid("kid", "no key of the server's JWKS matches the token's kid");
    return key;
  };

  // Verifies `token`: alg RS256 (JWKS) or, for an ID token, HS256 (the app secret); the signature
  // before any claim; then iss, aud (ID token: the appId), exp, nbf, iat with `leeway` seconds,
  // and the flow's nonce. Returns the payload, as the official client does.
  const verify = async (client, token, options, idToken, callOptions) => {
    const o = opts(options, ["nonce", "issuer", "audience"], ["nonce", "issuer", "audience", "leeway", "serverJWKS"]);
    const { leeway = 60 } = o, s = settings(client), subtle = webcrypto().subtle;
    if (typeof leeway != "number" || !(leeway >= 0 && leeway <= 86400)) throw bad("leeway", "leeway must be a number of seconds from 0 to 86400");
    if (typeof token != "string" || token.length > 65536) throw invalid("format", "the token must be a string of up to 64 KiB");
    const parts = token.split(".");
    let header, payload, signature;
    try {
      if (parts.length != 3) throw 0;
      [header, payload] = parts.slice(0, 2).map((p) => JSON.parse(decodeURIComponent(escape(unb64url(p)))));
      signature = bytes(unb64url(parts[2]));
      if (!isObj(header) || !isObj(payload)) throw 0;
    } catch {
      throw invalid("format", "the token is not a JWS: three base64url parts, a JSON object header and payload");
    }
    const alg = header.alg;
    let key;
    if (header.crit !== undefined) throw invalid("crit", "the token's crit header extensions are not supported");
    if (alg === "RS256") key = await rsaKey(client, header.kid, o.serverJWKS, callOptions);
    else if (alg === "HS256" && idToken) key = await deps.hmacKey(client);
    else throw invalid("alg", `the token's alg ${/^\w{1,16}$/.test(alg) ? `"${alg}" ` : ""}is refused: ${idToken ? "RS256 or HS256" : "RS256"} only`);
    if (!(await subtle.verify(alg == "RS256" ? RSA : "HMAC", key, signature, bytes(parts[0] + "." + parts[1]))))
      throw invalid("signature", "the token's signature does not verify");
    const iss = o.issuer ?? s.appHost + "/oidc", aud = o.audience ?? (idToken ? s.appId : undefined);
    if (payload.iss !== iss) throw invalid("iss", `the token was not issued by ${iss}`);
    if (aud !== undefined && payload.aud !== aud && !(Array.isArray(payload.aud) && payload.aud.includes(aud))) throw invalid("aud", "the token is not meant for this app (aud)");
    const now = Date.now() / 1000;
    for (const c of ["exp", "nbf", "iat"]) {
      const v = payload[c];
      if (v === undefined && c != "exp" && !(c == "iat" && idToken)) continue;
      if (typeof v != "number" || !isFinite(v)) throw invalid(c, `the token's ${c} is missing or not a number`);
      if (c == "exp" ? now >= v + leeway : v > now + leeway) throw fail("TOKEN_EXPIRED", c, c == "exp" ? "the token has expired" : `the token's ${c} is in the future`);
    }
    if (o.nonce !== undefined && payload.nonce !== o.nonce) throw invalid("nonce", "the token's nonce is another sign-in's");
    return payload;
  };

  // Redirect flows ---------------------------------------------------------------------------
  const isRes = (r) => typeof r?.setHeader == "function";
  // A Location header takes ASCII only (Node throws on more): an IDN appHost goes as punycode.
  const asciiUrl = (url) => (/[^\x21-\x7e]/.test(url) ? new URL(url).href : url);
  const place = () => {
    if (!globalThis.location) throw bad("res", "outside a browser page, pass the HTTP response (Node's ServerResponse) first");
    return globalThis.location;
  };
  // The flow's storage, each use of it typed: sessionStorage throws where storage is blocked (a
  // sandboxed frame, a browser setting) and setItem when it is full.
  const storageOf = (o) => {
    let st;
    try {
      st = o.storage ?? globalThis.sessionStorage;
    } catch {
      throw fail("CONFIG", "storage", "sessionStorage cannot be used here (blocked): pass options.storage");
    }
    if (!st || typeof st.getItem != "function" || typeof st.setItem != "function" || typeof st.removeItem != "function")
      throw bad("storage", "storage must have getItem, setItem and removeItem");
    const use = (m) => (...a) => {
      try {
        return st[m](...a);
      } catch {
        throw fail("CONFIG", "storage", `the sign-in state could not be kept: storage.${m} failed (storage full or blocked)`);
      }
    };
    return { getItem: use("getItem"), setItem: use("setItem"), removeItem: use("removeItem") };
  };
  const cookieValue = (tx) => b64url(utf8(JSON.stringify(tx)));
  const noLogin = (why) => invalid("state", `${why}: start the sign-in with loginWithRedirect (in this browser)`);
  const readTx = (raw) => {
    try {
      const tx = JSON.parse(raw);
      if (isObj(tx)) return tx;
    } catch {
      // Falls through to the error below.
    }
    throw noLogin("the stored sign-in state is unreadable");
  };
  // The code of a callback URL (its query, or its fragment for response_mode=fragment), the
  // authorization server's error, or none.
  const callbackParams = (href, base, field) => {
    let url;
    try {
      url = new URL(href, base);
    } catch {
      throw bad(field, `${field} must be a URL (the callback's)`);
    }
    const q = url.searchParams, p = q.has("code") || q.has("error") ? q : new URLSearchParams(url.hash.slice(1));
    const error = p.get("error");
    if (error) {
      const errorDescription = p.get("error_description") ?? undefined;
      throw fail("OAUTH", "error", `the authorization server refused the sign-in: ${error.slice(0, 100)}${errorDescription ? ": " + errorDescription.slice(0, 300) : ""}`, { error, errorDescription });
    }
    const code = p.get("code");
    if (!code) throw bad("code", "the callback URL carries no authorization code");
    return [code, p.get("state")];
  };
  // Exchanges the code of a checked transaction and verifies the ID token that comes back.
  const finish = async (client, code, tx, o, callOptions) => {
    const tokens = await byCode(client, code, { codeVerifier: tx.codeVerifier, redirectUri: tx.redirectUri }, callOptions);
    if (settings(client).protocol == "oidc" && isObj(tokens) && typeof tokens.id_token == "string")
      await verify(client, tokens.id_token, { nonce: tx.nonce, leeway: o.leeway }, true, callOptions);
    return tokens;
  };

  return {
    buildAuthorizeUrl(options) {
      return authorizeUrl(this, options, false);
    },

    // Node: loginWithRedirect(res, options) answers 302 with the official cookie (base64url JSON
    // of {state, nonce, redirectUri}, plus codeVerifier). A page: loginWithRedirect(options)
    // keeps {state, nonce, redirectUri, codeVerifier} in options.storage (sessionStorage by
    // default) under cookieKey + ":" + state and sets location.href.
    async loginWithRedirect(res, options) {
      const node = isRes(res), o = opts(node ? options : res, [], AUTHORIZE), s = settings(this);
      const { url, state, nonce, codeVerifier } = authorizeUrl(this, o, true);
      const tx = { state, nonce, redirectUri: o.redirectUri ?? s.redirectUri, codeVerifier };
      if (node) {
        res.setHeader("Location", asciiUrl(url));
        res.setHeader("Set-Cookie", `${s.cookieKey}=${cookieValue(tx)}; HttpOnly; SameSite=Lax`);
        res.writeHead(302).end();
      } else {
        const at = place();
        storageOf(o).setItem(`${s.cookieKey}:${state}`, JSON.stringify(tx));
        at.href = url;
      }
    },

    // Node: handleRedirectCallback(req, res, callOptions?) as the official (the cookie cleared,
    // state checked) and then the code exchanged with the stored verifier and redirect_uri and
    // the ID token verified with the stored nonce. A page: handleRedirectCallback(url =
    // location.href, { storage, leeway }?, callOptions?), the stored entry removed first.
    async handleRedirectCallback(req, res, callOptions) {
      const s = settings(this);
      if (isObj(req) && isObj(req.headers) && !(req instanceof URL)) {
        if (!isRes(res)) throw bad("res", "pass the HTTP response second: the sign-in cookie is cleared on it");
        if (typeof req.url != "string") throw bad("req", "the request has no url");
        const [code, state] = callbackParams(req.url, "http://dummy", "req");
        const name = s.cookieKey + "=";
        const value = String(req.headers.cookie ?? req.headers.Cookie ?? "")
          .split("; ")
          .find((c) => c.startsWith(name))
          ?.slice(name.length);
        if (!value) throw noLogin("the request carries no sign-in cookie");
        res.setHeader("Set-Cookie", `${s.cookieKey}=; HttpOnly; SameSite=Lax; Max-Age=0`);
        let json;
        try {
          json = decodeURIComponent(escape(unb64url(value)));
        } catch {
          throw noLogin("the sign-in cookie is unreadable");
        }
        const tx = readTx(json);
        // A callback without state never matches (a cookie's state of null or "" included).
        if (!state || state !== tx.state) throw invalid("state", "the callback's state is not the one this sign-in sent");
        return finish(this, code, tx, {}, callOptions);
      }
      const o = opts(res, [], ["storage", "leeway"]), st = storageOf(o), href = req ?? place().href;
      let code, state;
      try {
        [code, state] = callbackParams(href, undefined, "url");
      } catch (e) {
        // A refused sign-in (?error=…) ends its flow too: its stored entry goes.
        try {
          const u = new URL(href), p = u.searchParams.has("state") ? u.searchParams : new URLSearchParams(u.hash.slice(1));
          if (p.get("state")) st.removeItem(`${s.cookieKey}:${p.get("state")}`);
        } catch {}
        throw e;
      }
      if (!state) throw invalid("state", "the callback URL carries no state");
      const key = `${s.cookieKey}:${state}`, stored = st.getItem(key);
      if (stored == null) throw noLogin("no sign-in of this browser sent this state");
      st.removeItem(key);
      const tx = readTx(stored);
      if (tx.state !== state) throw invalid("state", "the stored sign-in's state does not match the callback's");
      return finish(this, code, tx, o, callOptions);
    },

    async getAccessTokenByCode(code, options, callOptions) {
      return byCode(this, code, options, callOptions);
    },

    // The official client sends client_id/client_secret in the form (and a Basic header too when
    // tokenEndPointAuthMethod is basic). Here: the app's own credentials are added by the module
    // (form, post), or the caller's access key pair is put in the form; giving one half of a pair
    // is refused (the official client would mix it with the app's other half).
    async getAccessTokenByClientCredentials(scope, options, callOptions) {
      text(scope, "scope");
      if (options === undefined || options === null)
        throw bad("options", "pass { accessKey, accessSecret } of a programmatic access account, or {} to use the app's own credentials");
      const o = opts(options, ["accessKey", "accessSecret"]), s = settings(this), base = oauthOrOidc(s, "getAccessTokenByClientCredentials");
      if (!o.accessKey != !o.accessSecret) throw bad(o.accessKey ? "accessSecret" : "accessKey", "give accessKey and accessSecret together");
      const form = [["grant_type", "client_credentials"], ["scope", scope]];
      if (o.accessKey) form.unshift(["client_id", o.accessKey], ["client_secret", o.accessSecret]);
      else if (!s.hasSecret) throw fail("CONFIG", "appSecret", "the app's own credentials need the appSecret option: pass { accessKey, accessSecret }");
      return request(this, "getAccessTokenByClientCredentials", base + "/token", { form, ...(!o.accessKey && { clientAuth: "client_secret_post" }) }, callOptions);
    },

    // The official "none" variant puts the full host in the URL (axios still reaches the same
    // address); here every variant sends its path. Not retried: refresh tokens may rotate.
    async getNewAccessTokenByRefreshToken(refreshToken, callOptions) {
      return tokenRequest(this, "getNewAccessTokenByRefreshToken", { grant_type: "refresh_token", refresh_token: text(refreshToken, "refreshToken") }, false, callOptions);
    },

    async revokeToken(token, callOptions) {
      await tokenAdmin(this, "revokeToken", "/revocation", "revocationEndPointAuthMethod", token, callOptions);
      return true;
    },

    async introspectToken(token, callOptions) {
      return tokenAdmin(this, "introspectToken", "/introspection", "introspectionEndPointAuthMethod", token, callOptions);
    },

    // GET with the token in the query by default; options.method GET|POST, tokenPlace
    // query|header (Bearer)|body (a form), as the official client.
    async getUserInfoByAccessToken(accessToken, options, callOptions) {
      const o = opts(options, [], ["method", "tokenPlace"]), method = o.method || "GET", where = o.tokenPlace || "query";
      if (method != "GET" && method != "POST") throw bad("method", 'options.method must be "GET" or "POST"');
      if (!["query", "header", "body"].includes(where)) throw bad("tokenPlace", 'options.tokenPlace must be "query", "header" or "body"');
      if (method == "GET" && where == "body") throw bad("tokenPlace", 'a GET carries no body: use tokenPlace "query" or "header", or method "POST"');
      const base = oauthOrOidc(settings(this), "getUserInfoByAccessToken"), t = [["access_token", text(accessToken, "accessToken")]];
      const spec = where == "header" ? { bearer: t[0][1] } : where == "query" ? { query: t } : { form: t };
      return request(this, "getUserInfoByAccessToken", base + "/me", { method, ...spec }, callOptions);
    },

    buildLogoutUrl(options) {
      return logoutUrl(this, options);
    },

    // Node: 302 to the logout URL, and the response ended (the official client leaves it open).
    // A page: logoutWithRedirect(options) sets location.href.
    async logoutWithRedirect(res, options) {
      if (!isRes(res)) return void (place().href = logoutUrl(this, res));
      res.setHeader("Location", asciiUrl(logoutUrl(this, options)));
      res.writeHead(302).end();
    },

    // CAS 1.0: the server answers "yes\n<user>\n" or "no\n\n". A ticket is good once: not retried.
    async validateTicketV1(ticket, service, callOptions) {
      const q = [["service", text(service, "service")], ["ticket", text(ticket, "ticket")]];
      const answer = await deps.request(this, { name: "validateTicketV1", method: "GET", path: `/cas-idp/${enc(settings(this).appId)}/validate`, query: q, text: true, idempotent: false }, callOptions);
      const valid = String(answer).split("\n")[0] === "yes";
      return { valid, ...(!valid && { message: "ticket 不合法" }) };
    },

    // CAS 2.0: the parsed JSON answer, or the XML text with format "XML".
    async validateTicketV2(ticket, service, format = "JSON", callOptions) {
      text(ticket, "ticket");
      text(service, "service");
      if (format !== "XML" && format !== "JSON") throw bad("format", 'format must be "XML" or "JSON"');
      const q = [["service", service], ["ticket", ticket], ["format", format]];
      return deps.request(this, { name: "validateTicketV2", method: "GET", path: `/cas-idp/${enc(settings(this).appId)}/serviceValidate`, query: q, text: format == "XML", idempotent: false }, callOptions);
    },

    // A PKCE code verifier: 43 letters and digits (RFC 7636's minimum length), from getRandomValues.
    generateCodeChallenge() {
      return random(43);
    },

    getCodeChallengeDigest(options) {
      if (!isObj(options)) throw bad("options", 'pass { codeChallenge, method }: a string of at least 43 characters and "S256" (default) or "plain"');
      const { codeChallenge, method = "S256" } = options;
      text(codeChallenge, "codeChallenge");
      if (method !== "S256" && method !== "plain") throw bad("method", 'method must be "S256" or "plain"');
      return challenge(codeChallenge, method);
    },

    async parseIDToken(token, options, callOptions) {
      return verify(this, token, options, true, callOptions);
    },

    async parseAccessToken(token, options, callOptions) {
      return verify(this, token, options, false, callOptions);
    },

    setAccessToken(accessToken) {
      deps.setAccessToken(this, accessToken);
    },
  };
}
