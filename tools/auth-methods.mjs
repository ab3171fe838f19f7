// The public methods of the official AuthenticationClient (authing-node-sdk 4.0.1,
// src/AuthenticationClient.ts) that are not rows of src/auth-api.txt, and what covers each.
// A row is a public method whose body makes one `this.httpClient.request` with a literal url (the
// official generator's pattern); every other public method must be listed here:
//
//   by: "oidc"     a protocol method, installed from pkg/oidc.js (`protocol(deps)`)
//   by: "wrapper"  an official hand-written wrapper of the row `row`, in pkg/authentication.js,
//                  building the same object with the same keys in the same order
//   by: "client"   a method of the class in pkg/authentication.js itself
//   by: "out"      out of scope, with the reason
//
// `dts` is the method's declaration in pkg/authentication.d.ts (the rows' and the wrappers' are
// generated from the official method).
//
// tools/gen-api.mjs stops when the official class has a public method that is neither a row nor
// listed, or when a name listed here is not a public method of it; tests/official/auth-methods.test.mjs
// checks the same against the official class at run time and that each covered method exists.
export const NOT_ROWS = {
  // ---- OAuth 2.0 / OIDC / CAS: pkg/oidc.js -------------------------------------------------------
  loginWithRedirect: { by: "oidc", what: "redirects to /oidc/auth with state, nonce and (added) PKCE: a Node `res` as the official method, or the page's location in a browser",
    dts: `/** Node: sets the flow cookie on \`res\` and redirects it to the authorize URL (as the official method). A page: stores the flow state in \`storage\` (sessionStorage by default) and sets \`location.href\`. */
loginWithRedirect(res: ServerResponseLike, options?: LoginOptions): Promise<void>;
loginWithRedirect(options?: LoginOptions & { storage?: StorageLike }): Promise<void>;` },
  handleRedirectCallback: { by: "oidc", what: "reads the flow state back (cookie in Node, storage in a browser), checks state, exchanges the code, verifies the ID token",
    dts: `/** Node: reads the flow cookie from \`req\`, checks state, exchanges the code, verifies the ID token (as the official method, plus the nonce and PKCE). A page: the same from \`url\` (default \`location.href\`) and the stored flow state. */
handleRedirectCallback(req: IncomingMessageLike, res: ServerResponseLike, callOptions?: CallOptions): Promise<OIDCTokenResponse>;
handleRedirectCallback(url?: string | URL, options?: { storage?: StorageLike; leeway?: number }, callOptions?: CallOptions): Promise<OIDCTokenResponse>;` },
  getAccessTokenByCode: { by: "oidc", what: "POST /oidc/token (or /oauth/token), grant_type authorization_code, under the token endpoint's auth method",
    dts: `/** Exchanges an authorization code: \`POST /oidc/token\` (\`/oauth/token\`) under \`tokenEndPointAuthMethod\`. */
getAccessTokenByCode(code: string, options?: { codeVerifier?: string; redirectUri?: string }, callOptions?: CallOptions): Promise<OIDCTokenResponse>;` },
  getAccessTokenByClientCredentials: { by: "oidc", what: "POST /oidc/token, grant_type client_credentials",
    dts: `/** A machine-to-machine token: \`POST /oidc/token\`, grant_type client_credentials. */
getAccessTokenByClientCredentials(scope: string, options: { accessKey?: string; accessSecret?: string }, callOptions?: CallOptions): Promise<OIDCTokenResponse>;` },
  getUserInfoByAccessToken: { by: "oidc", what: "GET or POST /oidc/me with the token in the query, a Bearer header or a form body",
    dts: `/** The user's claims: \`GET\` (default) or \`POST /oidc/me\`, the token in the query (default), a Bearer header or a form body. */
getUserInfoByAccessToken(accessToken: string, options?: { method?: "POST" | "GET"; tokenPlace?: "query" | "header" | "body" }, callOptions?: CallOptions): Promise<UserInfo>;` },
  buildAuthorizeUrl: { by: "oidc", what: "the authorize URL of the protocol (OIDC with PKCE S256 added, OAuth 2.0, SAML, CAS); sends nothing",
    dts: `/** The authorize URL of the protocol; for OIDC with fresh state and nonce, and PKCE S256 (the result's \`codeVerifier\`) for a public client (no secret, \`none\`, a page) or when \`codeChallengeMethod\` is given; a confidential client's URL is otherwise the official one. Sends nothing. */
buildAuthorizeUrl(options?: OidcParams | OauthParams | CasParams): AuthUrlResult;` },
  buildLogoutUrl: { by: "oidc", what: "the end-session URL of the protocol; sends nothing",
    dts: `/** The end-session URL of the protocol. Sends nothing. */
buildLogoutUrl(options?: LogoutParams): string;` },
  logoutWithRedirect: { by: "oidc", what: "redirects to the end-session URL",
    dts: `/** Redirects \`res\` (Node) or the page to the end-session URL. */
logoutWithRedirect(res: ServerResponseLike, options?: LogoutParams): Promise<void>;
logoutWithRedirect(options?: LogoutParams): Promise<void>;` },
  getNewAccessTokenByRefreshToken: { by: "oidc", what: "POST /oidc/token, grant_type refresh_token",
    dts: `/** New tokens for a refresh token: \`POST /oidc/token\`, grant_type refresh_token. */
getNewAccessTokenByRefreshToken(refreshToken: string, callOptions?: CallOptions): Promise<OIDCTokenResponse>;` },
  revokeToken: { by: "oidc", what: "POST /oidc/token/revocation under the revocation endpoint's auth method",
    dts: `/** Revokes an access or refresh token: \`POST /oidc/token/revocation\` under \`revocationEndPointAuthMethod\`. */
revokeToken(token: string, callOptions?: CallOptions): Promise<boolean>;` },
  introspectToken: { by: "oidc", what: "POST /oidc/token/introspection under the introspection endpoint's auth method",
    dts: `/** The state of a token: \`POST /oidc/token/introspection\` under \`introspectionEndPointAuthMethod\`. */
introspectToken(token: string, callOptions?: CallOptions): Promise<IntrospectionResult>;` },
  validateTicketV1: { by: "oidc", what: "GET /cas-idp/{appId}/validate (a text answer)",
    dts: `/** Checks a CAS 1.0 ticket: \`GET /cas-idp/{appId}/validate\`. */
validateTicketV1(ticket: string, service: string, callOptions?: CallOptions): Promise<{ valid: boolean; message?: string }>;` },
  validateTicketV2: { by: "oidc", what: "GET /cas-idp/{appId}/serviceValidate",
    dts: `/** Checks a CAS 2.0 ticket: \`GET /cas-idp/{appId}/serviceValidate\`. */
validateTicketV2(ticket: string, service: string, format?: "XML" | "JSON", callOptions?: CallOptions): Promise<Cas20ValidationSuccessResult | Cas20ValidationFailureResult | string>;` },
  generateCodeChallenge: { by: "oidc", what: "a PKCE code verifier from crypto.getRandomValues; sends nothing",
    dts: `/** A PKCE code verifier (43 characters from crypto.getRandomValues). */
generateCodeChallenge(): string;` },
  getCodeChallengeDigest: { by: "oidc", what: "the S256 (WebCrypto SHA-256) or plain code challenge of a verifier; sends nothing",
    dts: `/** The code challenge of a verifier: S256 (SHA-256, base64url) or plain. */
getCodeChallengeDigest(options: { codeChallenge: string; method?: "S256" | "plain" }): string;` },
  parseIDToken: { by: "oidc", what: "verifies an ID token (RS256 from the JWKS, HS256 with the app secret; iss, aud, exp, nbf, iat, nonce) and returns its payload",
    dts: `/** Verifies an ID token (RS256 with the app's JWKS, or HS256 with the app secret; iss, aud, exp, nbf, iat within \`leeway\` seconds, nonce) and returns its payload; rejects \`TOKEN_INVALID\` or \`TOKEN_EXPIRED\` naming the check. */
parseIDToken(token: string, options?: { serverJWKS?: JWKSObject; nonce?: string; leeway?: number; issuer?: string; audience?: string }, callOptions?: CallOptions): Promise<IDToken>;` },
  parseAccessToken: { by: "oidc", what: "verifies an access token (RS256 from the JWKS) and returns its payload",
    dts: `/** Verifies an access token (RS256 with the app's JWKS; iss; exp, nbf, iat within \`leeway\` seconds; \`aud\` only when \`audience\` is given: an access token's audience is the API it is for) and returns its payload. */
parseAccessToken(token: string, options?: { serverJWKS?: JWKSObject; leeway?: number; issuer?: string; audience?: string }, callOptions?: CallOptions): Promise<AccessToken>;` },

  // ---- The client itself: pkg/authentication.js ----------------------------------------------------
  setAccessToken: { by: "client", what: "sets the user's access token in the module (authClientSetAccessToken): sent raw in `authorization` from then on, as the official client does",
    dts: `/** Sets the user's access token: sent raw in \`authorization\` by the calls from then on, as the official client does. */
setAccessToken(accessToken: string): void;` },

  // ---- Official wrappers of signInByCredentials and signUp: pkg/authentication.js -----------------
  signInByEmailPassword: { by: "wrapper", row: "signInByCredentials" },
  signInByPhonePassword: { by: "wrapper", row: "signInByCredentials" },
  signInByUsernamePassword: { by: "wrapper", row: "signInByCredentials" },
  signInByAccountPassword: { by: "wrapper", row: "signInByCredentials" },
  signInByEmailPassCode: { by: "wrapper", row: "signInByCredentials" },
  signInByPhonePassCode: { by: "wrapper", row: "signInByCredentials" },
  signInByAD: { by: "wrapper", row: "signInByCredentials" },
  signInByLDAP: { by: "wrapper", row: "signInByCredentials" },
  signUpByEmailPassword: { by: "wrapper", row: "signUp" },
  signUpByUsernamePassword: { by: "wrapper", row: "signUp" },
  signUpByEmailCode: { by: "wrapper", row: "signUp" },
  signUpByPhoneCode: { by: "wrapper", row: "signUp" },

  // ---- Out of scope ----------------------------------------------------------------------------
  sub: { by: "out", why: "subscribes to events over a WebSocket (the `socketUri` option, wss://openevent.authing.cn by default), not an HTTP call: event subscription is out of scope (issue 14); `pub`, which publishes over HTTP, is a row" },
};
