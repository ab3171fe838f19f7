// Department members admin page: lists a department's members and removes the selected ones
// with genauth-wasm's ManagementClient. Only an access token (issued by your server) is used
// here; access key secrets are never asked for.
//
// Query parameters prefill the form: ?host=&token=&pool=&org=&dept=  (the token is removed from
// the address bar once read).

import { ManagementClient, isGenAuthError } from "../pkg/web/index.js";

const $ = (id) => document.getElementById(id);
const els = {
  connect: $("connect"),
  host: $("host"),
  token: $("token"),
  pool: $("pool"),
  org: $("org"),
  dept: $("dept"),
  load: $("load"),
  membersForm: $("members-form"),
  membersFieldset: $("members-fieldset"),
  members: $("members"),
  membersStatus: $("members-status"),
  selectAll: $("select-all"),
  remove: $("remove"),
  result: $("result"),
  error: $("error"),
  response: $("response"),
};

const PAGE_SIZE = 50; // the API's largest page
const MAX_PAGES = 40;
const LIST_TIMEOUT_MS = 10_000;

/** The connection the member list was loaded with: removals go to the same department. */
let session = null;
let busy = false;

// ---------------------------------------------------------------------------------------------
// Prefill from the query string

function prefill() {
  const params = new URLSearchParams(location.search);
  const fields = { host: els.host, token: els.token, pool: els.pool, org: els.org, dept: els.dept };
  for (const [name, input] of Object.entries(fields)) {
    const value = params.get(name);
    if (value) input.value = value;
  }
  // The page never takes secrets; a token in the address bar should not linger in the history.
  if (params.has("token")) {
    params.delete("token");
    const query = params.toString();
    history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Result area

function clearResult() {
  els.error.hidden = true;
  els.error.replaceChildren();
  els.response.textContent = "";
  els.response.className = "response";
}

function showResponse(envelope) {
  els.response.textContent = JSON.stringify(envelope, null, 2);
  els.response.className = `response ${envelope?.statusCode === 200 ? "ok" : "failed"}`;
}

/** Shows a problem: `title` plus whichever of the known error fields are present. */
function showError(title, fields) {
  const box = document.createElement("strong");
  box.textContent = title;
  const list = document.createElement("dl");
  for (const name of ["code", "message", "requestId", "status", "statusCode", "apiCode", "field"]) {
    const value = fields[name];
    if (value === undefined || value === null || value === "") continue;
    const dt = document.createElement("dt");
    dt.textContent = name;
    const dd = document.createElement("dd");
    dd.textContent = String(value);
    dd.dataset.field = name;
    list.append(dt, dd);
  }
  els.error.replaceChildren(box, list);
  els.error.hidden = false;
}

function showThrown(title, err) {
  if (isGenAuthError(err)) {
    showError(title, err);
  } else {
    showError(title, { code: err?.name || "Error", message: err?.message ?? String(err) });
  }
}

function showEnvelopeProblem(title, envelope) {
  showError(title, {
    statusCode: envelope.statusCode,
    apiCode: envelope.apiCode,
    message: envelope.message,
    requestId: envelope.requestId,
  });
}

// ---------------------------------------------------------------------------------------------
// State of the controls

function setBusy(value) {
  busy = value;
  els.result.setAttribute("aria-busy", String(value));
  updateControls();
}

function selectedIds() {
  return [...els.members.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value);
}

function updateControls() {
  const boxes = els.members.querySelectorAll('input[type="checkbox"]');
  const count = selectedIds().length;
  els.load.disabled = busy;
  els.membersFieldset.disabled = busy || !session || boxes.length === 0;
  els.selectAll.disabled = busy || boxes.length === 0;
  els.selectAll.textContent = boxes.length > 0 && count === boxes.length ? "Select none" : "Select all";
  els.remove.disabled = busy || !session || count === 0;
  els.remove.textContent = count > 0 ? `Remove selected (${count})` : "Remove selected";
}

// ---------------------------------------------------------------------------------------------
// Connection

/** The `scoped_userpool_id` claim of a JWT, when it has one. */
function poolFromToken(token) {
  try {
    const payload = token.split(".")[1];
    const json = atob(payload.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(payload.length / 4) * 4, "="));
    const claims = JSON.parse(json);
    return typeof claims.scoped_userpool_id === "string" ? claims.scoped_userpool_id : undefined;
  } catch {
    return undefined;
  }
}

/** Builds a client from the form; throws the package's CONFIG error when the options are wrong. */
function connect() {
  const host = els.host.value.trim();
  const accessToken = els.token.value.trim();
  const userPoolId = els.pool.value.trim() || undefined;
  const organizationCode = els.org.value.trim();
  const departmentId = els.dept.value.trim();

  const options = { accessToken, host };
  if (userPoolId) options.userPoolId = userPoolId;
  const client = new ManagementClient(options);
  const summary = client.toJSON();

  if (session?.client) session.client.free();
  session = {
    client,
    base: summary.host.replace(/\/+$/, ""),
    prefix: `x-${summary.brand}-`,
    lang: summary.lang,
    accessToken,
    userPoolId: userPoolId ?? poolFromToken(accessToken),
    organizationCode,
    departmentId,
  };
  return session;
}

// ---------------------------------------------------------------------------------------------
// Member list (read with the API's list-department-members route)

class ListError extends Error {
  constructor(message, fields = {}) {
    super(message);
    this.name = "ListError";
    Object.assign(this, fields);
  }
}

async function fetchMembers(s) {
  if (!s.userPoolId) {
    throw new ListError("the access token names no user pool: fill in the user pool id", { code: "CONFIG", field: "userPoolId" });
  }
  const headers = {
    authorization: `Bearer ${s.accessToken}`,
    [`${s.prefix}userpool-id`]: s.userPoolId,
    [`${s.prefix}lang`]: s.lang,
  };
  const members = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const query = new URLSearchParams({
      organizationCode: s.organizationCode,
      departmentId: s.departmentId,
      page: String(page),
      limit: String(PAGE_SIZE),
    });
    const url = `${s.base}/api/v3/list-department-members?${query}`;
    let res;
    try {
      res = await fetch(url, { headers, signal: AbortSignal.timeout(LIST_TIMEOUT_MS), redirect: "error" });
    } catch (err) {
      const timedOut = err?.name === "TimeoutError";
      throw new ListError(timedOut ? `no response within ${LIST_TIMEOUT_MS} ms from ${s.base}` : `could not reach ${s.base}: ${err?.message}`, {
        code: timedOut ? "TIMEOUT" : "NETWORK",
      });
    }
    const requestId = res.headers.get("x-request-id") ?? undefined;
    let envelope;
    try {
      envelope = JSON.parse(await res.text());
    } catch {
      throw new ListError(`HTTP ${res.status} with a body that is not a GenAuth envelope; check the host`, {
        code: "DECODE", status: res.status, requestId,
      });
    }
    if (envelope?.statusCode !== 200) {
      throw new ListError(envelope?.message || `HTTP ${res.status}`, {
        status: res.status, statusCode: envelope?.statusCode, apiCode: envelope?.apiCode, requestId: envelope?.requestId ?? requestId,
      });
    }
    const list = envelope.data?.list ?? [];
    members.push(...list);
    const total = Number(envelope.data?.totalCount ?? members.length);
    if (list.length === 0 || members.length >= total) break;
  }
  return members;
}

function renderMembers(members) {
  const items = members.map((user) => {
    const li = document.createElement("li");
    li.dataset.userId = user.userId;
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "userId";
    box.value = user.userId;
    const who = document.createElement("span");
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = user.name || user.nickname || user.username || "(no name)";
    const meta = document.createElement("span");
    meta.className = "meta";
    const extra = [user.username, user.email].filter(Boolean).join(" · ");
    meta.textContent = extra ? ` ${extra}` : "";
    who.append(name, meta);
    const id = document.createElement("code");
    id.className = "id";
    id.textContent = user.userId;
    label.append(box, who, id);
    li.append(label);
    return li;
  });
  els.members.replaceChildren(...items);
}

async function reloadMembers(s, note = "") {
  els.membersStatus.textContent = "Loading members…";
  try {
    const members = await fetchMembers(s);
    renderMembers(members);
    els.membersStatus.textContent = note + (
      members.length === 0
        ? `No members in ${s.departmentId}.`
        : `${members.length} member${members.length === 1 ? "" : "s"} in ${s.departmentId} (${s.organizationCode}).`);
    return true;
  } catch (err) {
    renderMembers([]);
    els.membersStatus.textContent = "Could not load the members.";
    showError("Loading the members failed", err);
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Handlers

els.connect.addEventListener("submit", async (event) => {
  event.preventDefault();
  if (busy) return;
  clearResult();
  setBusy(true);
  try {
    let s;
    try {
      s = connect();
    } catch (err) {
      session = null;
      renderMembers([]);
      els.membersStatus.textContent = "Not connected.";
      showThrown("The connection settings were refused", err);
      return;
    }
    await reloadMembers(s);
  } finally {
    setBusy(false);
  }
});

els.members.addEventListener("change", updateControls);

els.selectAll.addEventListener("click", () => {
  const boxes = [...els.members.querySelectorAll('input[type="checkbox"]')];
  const all = boxes.length > 0 && boxes.every((box) => box.checked);
  for (const box of boxes) box.checked = !all;
  updateControls();
});

els.membersForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const s = session;
  const userIds = selectedIds();
  if (busy || !s || userIds.length === 0) return;
  clearResult();
  setBusy(true);
  try {
    const envelope = await s.client.removeDepartmentMembers(
      { organizationCode: s.organizationCode, departmentId: s.departmentId, userIds },
      {},
    );
    showResponse(envelope);
    if (envelope.statusCode === 200) {
      await reloadMembers(s, `Removed ${userIds.length}. `);
    } else {
      showEnvelopeProblem(`The server refused the removal (statusCode ${envelope.statusCode})`, envelope);
    }
  } catch (err) {
    showThrown("The removal failed", err);
  } finally {
    setBusy(false);
  }
});

prefill();
els.membersStatus.textContent = "Not loaded yet.";
updateControls();
document.documentElement.dataset.ready = "true";
