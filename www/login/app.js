// The sign-in example: an OpenID Connect app in one page, with genauth-wasm's AuthenticationClient
// (its web build). No app secret: a page is a public client, so the code is exchanged with PKCE.
//
//   Sign in   loginWithRedirect(): a fresh state, nonce and PKCE verifier are kept in this tab's
//             sessionStorage and the page goes to the app's sign-in page.
//   Return    handleRedirectCallback(): the state is checked against the stored one, the code is
//             exchanged with the verifier, the ID token is verified (signature from the app's
//             JWKS, iss, aud, exp, iat, nonce); then the user info (OIDC userinfo, with the
//             access token in a header) and the profile (/api/v3/get-profile) are shown.
//   Refresh   getNewAccessTokenByRefreshToken() (the scope asks for offline_access).
//   Sign out  the refresh token is revoked, then buildLogoutUrl() sends the browser to the
//             provider's end-session endpoint, which sends it back here with the sign-out state.
//
// Tokens live in this page's memory only (never in storage, the address bar or the console):
// a reload forgets them. Query parameters ?appHost=&appId= prefill the settings, which the tab
// keeps in sessionStorage so that they survive the round trip to the sign-in page.

import { AuthenticationClient, isGenAuthError } from "../../pkg/auth-web/index.js";

const SCOPE = "openid profile email offline_access";
const CONFIG_KEY = "genauth-login:config";
const LOGOUT_KEY = "genauth-login:logout-state";
const NOTE_KEY = "genauth-login:note";

const $ = (id) => document.getElementById(id);
const els = {
  status: $("status"),
  settings: $("settings"),
  appHost: $("app-host"),
  appId: $("app-id"),
  redirectUri: $("redirect-uri"),
  signedOut: $("signed-out"),
  signedOutNote: $("signed-out-note"),
  signIn: $("sign-in"),
  signedIn: $("signed-in"),
  userName: $("user-name"),
  userEmail: $("user-email"),
  idSub: $("id-sub"),
  idIss: $("id-iss"),
  profileUsername: $("profile-username"),
  profileUserId: $("profile-user-id"),
  accessTokenId: $("access-token-id"),
  accessTokenExpires: $("access-token-expires"),
  refreshCount: $("refresh-count"),
  refresh: $("refresh"),
  signOut: $("sign-out"),
  claims: $("claims"),
  problem: $("problem"),
  problemMessage: $("problem-message"),
  problemFields: $("problem-fields"),
};

/** This page's address without query or fragment: the redirect URI, for sign-in and sign-out. */
const PAGE_URL = location.origin + location.pathname;

let client = null;
/** The signed-in session: { tokens, claims, userinfo, profile, refreshed }; null when signed out. */
let session = null;

// ---------------------------------------------------------------------------------------------
// Rendering

function setState(state, text) {
  document.documentElement.dataset.auth = state;
  els.status.dataset.state = state === "signed-in" ? "on" : state === "busy" ? "busy" : "";
  els.status.textContent = text;
  const busy = state === "busy";
  els.signIn.disabled = busy || !client;
  els.refresh.disabled = busy || !session?.tokens.refresh_token;
  els.signOut.disabled = busy;
  els.settings.querySelector("button").disabled = busy;
  els.signedOut.hidden = state === "signed-in" || (busy && session !== null);
  els.signedIn.hidden = !session;
}

function clearProblem() {
  els.problem.hidden = true;
  els.problemMessage.textContent = "";
  els.problemFields.replaceChildren();
}

/** Shows what went wrong: a GenAuthError's code and the check or field it names, or a message. */
function showProblem(what, error) {
  els.problemMessage.textContent = `${what}: ${error?.message ?? String(error)}`;
  const fields = [];
  if (isGenAuthError(error)) {
    for (const key of ["code", "field", "status", "error", "errorDescription", "requestId"]) {
      const value = error[key];
      if (value !== undefined && value !== null && value !== "") fields.push([key, String(value)]);
    }
  }
  els.problemFields.replaceChildren(
    ...fields.flatMap(([key, value]) => {
      const dt = document.createElement("dt");
      dt.textContent = key;
      const dd = document.createElement("dd");
      dd.dataset.field = key;
      dd.textContent = value;
      return [dt, dd];
    }),
  );
  els.problem.hidden = false;
}

async function fingerprint(token) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
  return `sha256:${[...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, "0")).join("")}…`;
}

async function renderSession() {
  const { tokens, claims, userinfo, profile, refreshed } = session;
  const name = userinfo.name || profile?.name || userinfo.preferred_username || profile?.username || userinfo.email || claims.sub;
  els.userName.textContent = name;
  els.userEmail.textContent = userinfo.email ?? profile?.email ?? "—";
  els.idSub.textContent = claims.sub;
  els.idIss.textContent = claims.iss;
  els.profileUsername.textContent = profile?.username ?? "—";
  els.profileUserId.textContent = profile?.userId ?? "—";
  els.accessTokenId.textContent = await fingerprint(tokens.access_token);
  const expires = new Date(tokens.obtainedAt + Number(tokens.expires_in ?? 0) * 1000);
  els.accessTokenExpires.dateTime = expires.toISOString();
  els.accessTokenExpires.textContent = tokens.expires_in ? expires.toLocaleTimeString() : "—";
  els.refreshCount.textContent = `${refreshed} time${refreshed === 1 ? "" : "s"}`;
  // The verified claims, minus nothing secret (an ID token's claims are the app's to read).
  els.claims.textContent = JSON.stringify(claims, null, 2);
  setState("signed-in", `Signed in as ${name}`);
}

// ---------------------------------------------------------------------------------------------
// Settings

function readConfig() {
  const query = new URL(location.href).searchParams;
  if (query.has("appHost") || query.has("appId")) {
    const config = { appHost: query.get("appHost") ?? "", appId: query.get("appId") ?? "" };
    sessionStorage.setItem(CONFIG_KEY, JSON.stringify(config));
    // Settings leave the address bar; a callback's code and state stay for handling below.
    const url = new URL(location.href);
    url.searchParams.delete("appHost");
    url.searchParams.delete("appId");
    history.replaceState(null, "", url);
    return config;
  }
  try {
    const stored = JSON.parse(sessionStorage.getItem(CONFIG_KEY) ?? "null");
    return stored && typeof stored.appHost === "string" && typeof stored.appId === "string" ? stored : null;
  } catch {
    return null;
  }
}

/** A client for the settings, or null (with the problem shown) when they are refused. */
function makeClient(config) {
  client?.free?.();
  client = null;
  if (!config?.appHost || !config?.appId) return null;
  try {
    client = new AuthenticationClient({
      appId: config.appId,
      appHost: config.appHost,
      redirectUri: PAGE_URL,
      logoutRedirectUri: PAGE_URL,
      scope: SCOPE,
      // No appSecret: a page refuses it. tokenEndPointAuthMethod is "none" here, with PKCE.
    });
  } catch (e) {
    showProblem("These settings are refused", e);
  }
  return client;
}

els.settings.addEventListener("submit", (event) => {
  event.preventDefault();
  clearProblem();
  const config = { appHost: els.appHost.value.trim(), appId: els.appId.value.trim() };
  sessionStorage.setItem(CONFIG_KEY, JSON.stringify(config));
  session = null;
  makeClient(config);
  setState("signed-out", client ? "Signed out" : "Settings needed");
});

// ---------------------------------------------------------------------------------------------
// The flows

async function signIn() {
  clearProblem();
  setState("busy", "Going to the sign-in page…");
  try {
    // PKCE S256, state and nonce are made and kept in sessionStorage by the client; the page
    // then leaves for the sign-in page.
    await client.loginWithRedirect({ scope: SCOPE });
  } catch (e) {
    showProblem("Sign-in could not start", e);
    setState("signed-out", "Signed out");
  }
}

/** Loads the user's side once tokens are there: verified claims, userinfo, profile. */
async function startSession(tokens, refreshed = 0) {
  tokens = { ...tokens, obtainedAt: Date.now() };
  const claims = await client.parseIDToken(tokens.id_token);
  const userinfo = await client.getUserInfoByAccessToken(tokens.access_token, { method: "GET", tokenPlace: "header" });
  client.setAccessToken(tokens.access_token);
  const res = await client.getProfile({});
  if (res.statusCode !== 200) throw Object.assign(new Error(`getProfile answered ${res.statusCode} ${res.message}`), { envelope: res });
  session = { tokens, claims, userinfo, profile: res.data, refreshed };
  await renderSession();
}

async function completeSignIn() {
  const callbackUrl = location.href;
  // The code leaves the address bar before anything else: a reload never replays it.
  history.replaceState(null, "", PAGE_URL);
  setState("busy", "Signing in…");
  try {
    const tokens = await client.handleRedirectCallback(callbackUrl);
    await startSession(tokens);
  } catch (e) {
    session = null;
    showProblem("Sign-in refused", e);
    setState("signed-out", "Signed out");
  }
}

async function refresh() {
  clearProblem();
  setState("busy", "Refreshing the access token…");
  try {
    const next = await client.getNewAccessTokenByRefreshToken(session.tokens.refresh_token);
    const tokens = { ...session.tokens, ...next, obtainedAt: Date.now() };
    // A refreshed ID token is verified too; the new access token is used for the user info.
    const claims = next.id_token ? await client.parseIDToken(next.id_token) : session.claims;
    const userinfo = await client.getUserInfoByAccessToken(tokens.access_token, { method: "GET", tokenPlace: "header" });
    client.setAccessToken(tokens.access_token);
    session = { ...session, tokens, claims, userinfo, refreshed: session.refreshed + 1 };
    await renderSession();
  } catch (e) {
    showProblem("Refresh failed", e);
    setState("signed-in", "Signed in (refresh failed)");
  }
}

async function signOut() {
  clearProblem();
  setState("busy", "Signing out…");
  const { tokens } = session;
  if (tokens.refresh_token) {
    try {
      await client.revokeToken(tokens.refresh_token);
    } catch (e) {
      // Sign-out goes on; the page says so when it is back.
      sessionStorage.setItem(NOTE_KEY, `The refresh token could not be revoked (${e?.code ?? "error"}: ${e?.message ?? e}).`);
    }
  }
  const state = randomState();
  sessionStorage.setItem(LOGOUT_KEY, state);
  const url = client.buildLogoutUrl({ idToken: tokens.id_token, redirectUri: PAGE_URL, state });
  session = null;
  location.assign(url);
}

function completeSignOut(state) {
  history.replaceState(null, "", PAGE_URL);
  const expected = sessionStorage.getItem(LOGOUT_KEY);
  sessionStorage.removeItem(LOGOUT_KEY);
  const note = sessionStorage.getItem(NOTE_KEY);
  sessionStorage.removeItem(NOTE_KEY);
  if (!expected || state !== expected) {
    showProblem("Sign-out return refused", new Error("its state matches no sign-out started in this tab"));
  } else {
    els.signedOutNote.textContent = note ?? "You have been signed out.";
    els.signedOutNote.dataset.tone = note ? "" : "ok";
  }
  setState("signed-out", "Signed out");
}

function randomState() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

els.signIn.addEventListener("click", signIn);
els.refresh.addEventListener("click", refresh);
els.signOut.addEventListener("click", signOut);

// ---------------------------------------------------------------------------------------------
// Start

async function main() {
  els.redirectUri.textContent = PAGE_URL;
  const config = readConfig();
  els.appHost.value = config?.appHost ?? "";
  els.appId.value = config?.appId ?? "";
  makeClient(config);
  const params = new URL(location.href).searchParams;
  if (!client) {
    setState("signed-out", "Settings needed");
    if (!config) els.signedOutNote.textContent = "Enter the app host and app ID first.";
  } else if (params.has("code") || params.has("error")) {
    await completeSignIn();
  } else if (params.has("state")) {
    completeSignOut(params.get("state"));
  } else {
    setState("signed-out", "Signed out");
  }
  document.documentElement.dataset.ready = "true";
}

main().catch((e) => {
  showProblem("The page could not start", e);
  setState("signed-out", "Signed out");
  document.documentElement.dataset.ready = "true";
});
