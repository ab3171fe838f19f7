// Organization members admin page: connect with an access token, pick an organization, browse
// its department tree, page through a department's members and remove the selected ones (in
// batches, with progress, when there are many). Every API call goes through genauth-wasm's
// ManagementClient; only an access token issued by your server is used here, never a secret.
//
// Query parameters prefill the page: ?host=&token=&pool=&org=&dept=  The token is removed from
// the address bar once read; `org` and `dept` are chosen once the page is connected, and the
// address bar keeps host, pool, org and dept up to date so that a reload returns to the same place.

import { ManagementClient, isGenAuthError } from "../pkg/web/index.js";

const PAGE_SIZE = 20; // members per page
const BATCH_SIZE = 50; // ids per removal request
const CONCURRENCY = 4; // removal requests under way at once
const ID_PAGE_SIZE = 50; // members per request when gathering every id

const $ = (id) => document.getElementById(id);
const els = {
  connect: $("connect"),
  host: $("host"),
  token: $("token"),
  pool: $("pool"),
  connectButton: $("connect-button"),
  connectionStatus: $("connection-status"),
  organization: $("organization"),
  tree: $("tree"),
  treeStatus: $("tree-status"),
  departmentName: $("department-name"),
  membersStatus: $("members-status"),
  selectPage: $("select-page"),
  selectAll: $("select-all"),
  clearSelection: $("clear-selection"),
  selectionCount: $("selection-count"),
  membersForm: $("members-form"),
  membersFieldset: $("members-fieldset"),
  members: $("members"),
  prevPage: $("prev-page"),
  nextPage: $("next-page"),
  pageInfo: $("page-info"),
  stop: $("stop"),
  remove: $("remove"),
  result: $("result"),
  progressBox: $("progress-box"),
  progress: $("progress"),
  progressText: $("progress-text"),
  summary: $("summary"),
  error: $("error"),
  response: $("response"),
  confirm: $("confirm"),
  confirmText: $("confirm-text"),
  confirmRemove: $("confirm-remove"),
};

// ---------------------------------------------------------------------------------------------
// State

/** The connected client: `{ client, summary, pending, retired }`. */
let session = null;
/** Organizations of the user pool, as listOrganizations returned them. */
let organizations = [];
/** The chosen organization and department (API objects). */
let organization = null;
let department = null;
/** departmentId -> { node, item, count, description } for the tree on screen. */
const treeNodes = new Map();
/** Paging of the chosen department. */
let page = 1;
let totalCount = 0;
/** Selected user ids (kept across pages), and the users seen, for names in the confirmation. */
const selected = new Set();
const known = new Map();
/** A long operation that locks the controls: "gathering" | "removing" | null. */
let busy = null;
let removal = null;
/** The latest load of each kind; an older one is stale and its answer is dropped. */
const loads = { organizations: null, tree: null, members: null };
/** What the address bar asked for, used once connected. */
const wanted = { org: "", dept: "" };

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const pageCount = () => Math.max(1, Math.ceil(totalCount / PAGE_SIZE));

// ---------------------------------------------------------------------------------------------
// Address bar

function prefill() {
  const params = new URLSearchParams(location.search);
  for (const [name, input] of [["host", els.host], ["token", els.token], ["pool", els.pool]]) {
    const value = params.get(name);
    if (value) input.value = value;
  }
  wanted.org = params.get("org") ?? "";
  wanted.dept = params.get("dept") ?? "";
  // The page never takes secrets; a token in the address bar should not linger in the history.
  if (params.has("token")) {
    params.delete("token");
    replaceQuery(params);
  }
}

function replaceQuery(params) {
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

/** Keeps host, pool, org and dept in the address bar (never the token). */
function rememberPlace() {
  const params = new URLSearchParams();
  const values = {
    host: els.host.value.trim(),
    pool: els.pool.value.trim(),
    org: organization?.organizationCode ?? "",
    dept: department?.departmentId ?? "",
  };
  for (const [name, value] of Object.entries(values)) if (value) params.set(name, value);
  replaceQuery(params);
}

// ---------------------------------------------------------------------------------------------
// The client: one per connection, freed once nothing uses it any more

async function using(s, fn) {
  s.pending += 1;
  try {
    return await fn(s.client);
  } finally {
    s.pending -= 1;
    release(s);
  }
}

function retire(s) {
  s.retired = true;
  release(s);
}

function release(s) {
  if (s.retired && s.pending === 0 && !s.freed) {
    s.freed = true;
    s.client.free();
  }
}

function startLoad(kind) {
  loads[kind]?.abort();
  const controller = new AbortController();
  loads[kind] = controller;
  return controller;
}

const isStale = (kind, controller) => loads[kind] !== controller || controller.signal.aborted;

function abortLoads() {
  for (const kind of Object.keys(loads)) {
    loads[kind]?.abort();
    loads[kind] = null;
  }
}

// ---------------------------------------------------------------------------------------------
// Result area

function clearResult() {
  els.summary.hidden = true;
  els.summary.textContent = "";
  els.summary.className = "summary";
  els.error.hidden = true;
  els.error.replaceChildren();
  delete els.error.dataset.source;
  els.response.textContent = "";
  els.response.className = "response";
}

function showSummary(text, tone) {
  els.summary.textContent = text;
  els.summary.className = `summary ${tone}`;
  els.summary.hidden = false;
}

/** JSON, indented, with arrays of strings (lists of ids) kept on one line. */
function pretty(value) {
  return JSON.stringify(value, null, 2).replace(
    /\[\n\s+("(?:[^"\\]|\\.)*"(?:,\n\s+"(?:[^"\\]|\\.)*")*)\n\s+\]/g,
    (_, items) => `[${items.replace(/,\n\s+/g, ", ")}]`,
  );
}

function showResponse(value, ok) {
  els.response.textContent = pretty(value);
  els.response.className = `response ${ok ? "ok" : "failed"}`;
}

const ERROR_FIELDS = ["code", "message", "requestId", "status", "statusCode", "apiCode", "field"];

/** The fields of an error worth showing (a GenAuthError's, or a plain error's name and message). */
function errorInfo(err) {
  const source = isGenAuthError(err) ? err : { code: err?.name || "Error", message: err?.message ?? String(err) };
  const out = {};
  for (const name of ERROR_FIELDS) {
    const value = source[name];
    if (value !== undefined && value !== null && value !== "") out[name] = value;
  }
  return out;
}

const envelopeInfo = (envelope) => ({
  statusCode: envelope?.statusCode,
  apiCode: envelope?.apiCode,
  message: envelope?.message,
  requestId: envelope?.requestId,
});

function fieldList(fields) {
  const list = document.createElement("dl");
  for (const name of ERROR_FIELDS) {
    const value = fields[name];
    if (value === undefined || value === null || value === "") continue;
    const dt = document.createElement("dt");
    dt.textContent = name;
    const dd = document.createElement("dd");
    dd.textContent = String(value);
    dd.dataset.field = name;
    list.append(dt, dd);
  }
  return list;
}

/**
 * Shows a problem: `title`, then whichever of the known error fields are present. A problem of
 * a read ("load") goes away when a later read succeeds; one of an action stays until the next.
 */
function showError(title, fields, source = "action") {
  const heading = document.createElement("strong");
  heading.textContent = title;
  els.error.replaceChildren(heading, fieldList(fields));
  els.error.dataset.source = source;
  els.error.hidden = false;
}

const showThrown = (title, err, source) => showError(title, errorInfo(err), source);
const showEnvelopeProblem = (title, envelope, source) => showError(title, envelopeInfo(envelope), source);

function clearLoadProblem() {
  if (els.error.dataset.source !== "load") return;
  els.error.hidden = true;
  els.error.replaceChildren();
  delete els.error.dataset.source;
}

// ---------------------------------------------------------------------------------------------
// Controls

function setBusy(value) {
  busy = value;
  els.result.setAttribute("aria-busy", String(value === "removing"));
  updateControls();
}

function pageBoxes() {
  return [...els.members.querySelectorAll('input[type="checkbox"]')];
}

function updateControls() {
  const working = busy !== null;
  const boxes = pageBoxes();
  const pageAllChecked = boxes.length > 0 && boxes.every((box) => box.checked);
  const count = selected.size;

  els.connectButton.disabled = working;
  els.organization.disabled = working || organizations.length === 0;
  els.tree.setAttribute("aria-disabled", String(working));

  els.membersFieldset.disabled = working || boxes.length === 0;
  els.selectPage.disabled = working || boxes.length === 0;
  els.selectPage.textContent = pageAllChecked ? "Unselect this page" : "Select all on this page";
  els.selectAll.disabled = working || !department || totalCount === 0 || count >= totalCount;
  els.selectAll.textContent = department && totalCount > 0 ? `Select all ${plural(totalCount, "member")}` : "Select all members";
  els.clearSelection.disabled = working || count === 0;
  els.selectionCount.textContent = `${count} selected`;

  const pages = pageCount();
  els.prevPage.disabled = working || !department || page <= 1;
  els.nextPage.disabled = working || !department || page >= pages;
  els.pageInfo.textContent = department ? `Page ${page} of ${pages} (${plural(totalCount, "member")})` : "No department chosen";

  els.remove.disabled = working || !session || !department || count === 0;
  els.remove.textContent = count > 0 ? `Remove selected (${count})` : "Remove selected";
  els.stop.hidden = busy !== "removing";
}

// ---------------------------------------------------------------------------------------------
// Connection and organizations

function setConnection(text, state) {
  els.connectionStatus.textContent = text;
  els.connectionStatus.dataset.state = state;
}

function clearDepartment() {
  loads.members?.abort();
  department = null;
  page = 1;
  totalCount = 0;
  selected.clear();
  known.clear();
  els.departmentName.textContent = "";
  els.members.replaceChildren();
  els.membersStatus.textContent = "Choose a department.";
  updateControls();
}

function clearTree(status) {
  loads.tree?.abort();
  treeNodes.clear();
  els.tree.replaceChildren();
  els.tree.hidden = true;
  els.treeStatus.textContent = status;
  clearDepartment();
}

function fillOrganizations(list, chosen) {
  const options = [new Option(list.length ? "Choose an organization…" : "No organizations", "")];
  for (const org of list) {
    const name = org.organizationName || org.organizationCode;
    options.push(new Option(name === org.organizationCode ? name : `${name} (${org.organizationCode})`, org.organizationCode));
  }
  els.organization.replaceChildren(...options);
  els.organization.value = chosen ?? "";
}

function disconnect(text) {
  if (session) retire(session);
  session = null;
  organizations = [];
  organization = null;
  fillOrganizations([], "");
  els.organization.options[0].textContent = "Connect first";
  clearTree("No organization chosen.");
  setConnection(text, "off");
}

async function connect() {
  clearResult();
  abortLoads();
  // Reconnecting keeps the place: the organization and department on screen, else the address bar's.
  const wantOrg = organization?.organizationCode ?? wanted.org;
  const wantDept = department?.departmentId ?? wanted.dept;

  const options = { accessToken: els.token.value.trim(), host: els.host.value.trim() };
  const userPoolId = els.pool.value.trim();
  if (userPoolId) options.userPoolId = userPoolId;
  let client;
  try {
    client = new ManagementClient(options);
  } catch (err) {
    disconnect("Not connected");
    showThrown("The connection settings were refused", err);
    return;
  }
  disconnect("Connecting…");
  setConnection("Connecting…", "busy");
  const s = { client, summary: client.toJSON(), pending: 0, retired: false, freed: false };
  session = s;

  const controller = startLoad("organizations");
  let res;
  try {
    res = await using(s, (c) => c.listOrganizations({ fetchAll: true }, { signal: controller.signal }));
  } catch (err) {
    if (isStale("organizations", controller)) return;
    disconnect("Not connected");
    showThrown("Listing the organizations failed", err, "load");
    return;
  }
  if (isStale("organizations", controller)) return;
  if (res.statusCode !== 200) {
    disconnect("Not connected");
    showEnvelopeProblem(`Listing the organizations failed (statusCode ${res.statusCode})`, res, "load");
    return;
  }
  organizations = res.data?.list ?? [];
  const host = s.summary.host.replace(/^https?:\/\//, "").replace(/\/+$/, "");
  setConnection(`Connected to ${host} · user pool ${s.summary.userPoolId}`, "on");
  const pick = organizations.find((o) => o.organizationCode === wantOrg) ?? (organizations.length === 1 ? organizations[0] : null);
  fillOrganizations(organizations, pick?.organizationCode);
  updateControls();
  els.treeStatus.textContent = organizations.length
    ? `${plural(organizations.length, "organization")}: choose one.`
    : "This user pool has no organizations.";
  wanted.org = "";
  if (pick) {
    await chooseOrganization(pick.organizationCode, wantDept);
  } else {
    rememberPlace();
  }
}

async function chooseOrganization(code, wantDept = "") {
  organization = organizations.find((o) => o.organizationCode === code) ?? null;
  clearTree(organization ? "Reading the departments…" : "No organization chosen.");
  rememberPlace();
  if (!organization) return;
  await loadTree(wantDept);
}

// ---------------------------------------------------------------------------------------------
// Department tree (WAI-ARIA tree: one Tab stop, arrow keys move, Enter or Space chooses)

let itemSerial = 0;

async function loadTree(wantDept) {
  const s = session;
  const org = organization;
  const controller = startLoad("tree");
  const nodes = [];
  try {
    await using(s, async (c) => {
      for await (const node of c.walkDepartments({ organizationCode: org.organizationCode }, { signal: controller.signal })) {
        if (isStale("tree", controller)) return;
        nodes.push(node);
        if (nodes.length % 25 === 0) els.treeStatus.textContent = `Reading the departments… ${nodes.length}`;
      }
    });
  } catch (err) {
    if (isStale("tree", controller)) return;
    els.treeStatus.textContent = "Could not read the departments.";
    showThrown(`Reading the departments of ${org.organizationCode} failed`, err, "load");
    return;
  }
  if (isStale("tree", controller)) return;
  clearLoadProblem();
  renderTree(nodes);
  els.treeStatus.textContent = `${plural(nodes.length, "department")} in ${org.organizationName || org.organizationCode}.`;
  wanted.dept = "";
  if (wantDept && treeNodes.has(wantDept)) await chooseDepartment(wantDept);
}

function renderTree(nodes) {
  treeNodes.clear();
  const top = [];
  for (const node of nodes) {
    const d = node.department;
    const serial = ++itemSerial;
    const item = document.createElement("li");
    item.setAttribute("role", "treeitem");
    item.id = `treeitem-${serial}`;
    item.tabIndex = -1;
    item.dataset.departmentId = d.departmentId;
    item.dataset.depth = String(node.depth);
    item.setAttribute("aria-level", String(node.depth + 1));
    item.setAttribute("aria-selected", "false");

    const row = document.createElement("div");
    row.className = "tree-row";
    row.style.setProperty("--depth", String(node.depth));
    const twisty = document.createElement("span");
    twisty.className = "twisty";
    twisty.setAttribute("aria-hidden", "true");
    const name = document.createElement("span");
    name.className = "tree-name";
    name.id = `treeitem-${serial}-name`;
    name.textContent = d.name || d.code || d.departmentId;
    const count = document.createElement("span");
    count.className = "badge";
    count.setAttribute("aria-hidden", "true");
    const description = document.createElement("span");
    description.className = "visually-hidden";
    description.id = `treeitem-${serial}-description`;
    row.append(twisty, name, count, description);
    item.append(row);
    item.setAttribute("aria-labelledby", name.id);
    item.setAttribute("aria-describedby", description.id);
    showMembersCount({ count, description }, Number(d.membersCount) || 0);

    const parent = node.parentDepartmentId ? treeNodes.get(node.parentDepartmentId) : undefined;
    if (parent) {
      let group = parent.item.querySelector(":scope > ul");
      if (!group) {
        group = document.createElement("ul");
        group.setAttribute("role", "group");
        parent.item.append(group);
        parent.item.setAttribute("aria-expanded", "true");
      }
      group.append(item);
    } else {
      top.push(item);
    }
    treeNodes.set(d.departmentId, { node, item, count, description });
  }
  els.tree.replaceChildren(...top);
  els.tree.hidden = top.length === 0;
  if (top[0]) top[0].tabIndex = 0;
}

/** A department's direct members, on its tree row (a badge, and words for screen readers). */
function showMembersCount({ count, description }, n) {
  count.textContent = String(n);
  count.title = plural(n, "member");
  description.textContent = plural(n, "member");
}

/** Tree items that are shown (not inside a collapsed branch), in order. */
function visibleItems() {
  return [...els.tree.querySelectorAll('[role="treeitem"]')].filter((item) => !item.parentElement.closest('[aria-expanded="false"]'));
}

function focusItem(item) {
  for (const other of els.tree.querySelectorAll('[role="treeitem"][tabindex="0"]')) other.tabIndex = -1;
  item.tabIndex = 0;
  item.focus();
}

function setExpanded(item, open) {
  if (item.hasAttribute("aria-expanded")) item.setAttribute("aria-expanded", String(open));
}

els.tree.addEventListener("click", (event) => {
  const item = event.target.closest('[role="treeitem"]');
  if (!item || busy) return;
  if (event.target.closest(".twisty") && item.hasAttribute("aria-expanded")) {
    setExpanded(item, item.getAttribute("aria-expanded") !== "true");
    focusItem(item);
    return;
  }
  focusItem(item);
  chooseDepartment(item.dataset.departmentId);
});

els.tree.addEventListener("keydown", (event) => {
  const item = event.target.closest('[role="treeitem"]');
  if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = visibleItems();
  const at = items.indexOf(item);
  const expanded = item.getAttribute("aria-expanded");
  let target = null;
  switch (event.key) {
    case "ArrowDown": target = items[at + 1]; break;
    case "ArrowUp": target = items[at - 1]; break;
    case "Home": target = items[0]; break;
    case "End": target = items[items.length - 1]; break;
    case "ArrowRight":
      if (expanded === "false") setExpanded(item, true);
      else if (expanded === "true") target = item.querySelector(':scope > ul > [role="treeitem"]');
      break;
    case "ArrowLeft":
      if (expanded === "true") setExpanded(item, false);
      else target = item.parentElement.closest('[role="treeitem"]');
      break;
    case "Enter":
    case " ":
      if (!busy) chooseDepartment(item.dataset.departmentId);
      break;
    default:
      return;
  }
  event.preventDefault();
  if (target) focusItem(target);
});

function markChosen(id) {
  for (const { item } of treeNodes.values()) item.setAttribute("aria-selected", String(item.dataset.departmentId === id));
}

// ---------------------------------------------------------------------------------------------
// Members of the chosen department

async function chooseDepartment(id) {
  const entry = treeNodes.get(id);
  if (!entry || busy) return;
  if (department?.departmentId !== id) {
    clearDepartment();
    department = entry.node.department;
    markChosen(id);
    els.departmentName.textContent = ` · ${department.name || department.departmentId}`;
    rememberPlace();
  }
  await loadMembers();
}

async function loadMembers() {
  const s = session;
  const org = organization;
  const dept = department;
  if (!s || !org || !dept) return false;
  const controller = startLoad("members");
  els.membersStatus.textContent = "Loading the members…";
  els.members.setAttribute("aria-busy", "true");
  let res;
  try {
    res = await using(s, (c) =>
      c.listDepartmentMembers(
        { organizationCode: org.organizationCode, departmentId: dept.departmentId, page, limit: PAGE_SIZE },
        { signal: controller.signal },
      ),
    );
  } catch (err) {
    if (isStale("members", controller)) return false;
    membersFailed();
    showThrown("Loading the members failed", err, "load");
    return false;
  } finally {
    if (!isStale("members", controller)) els.members.removeAttribute("aria-busy");
  }
  if (isStale("members", controller)) return false;
  if (res.statusCode !== 200) {
    membersFailed();
    showEnvelopeProblem(`Loading the members failed (statusCode ${res.statusCode})`, res, "load");
    return false;
  }
  clearLoadProblem();
  totalCount = Number(res.data?.totalCount) || 0;
  const list = res.data?.list ?? [];
  if (list.length === 0 && page > 1 && totalCount > 0) {
    // The page emptied (members were removed): show the last page there is.
    page = pageCount();
    return loadMembers();
  }
  for (const user of list) known.set(user.userId, user);
  renderMembers(list);
  const entry = treeNodes.get(dept.departmentId);
  if (entry) showMembersCount(entry, totalCount);
  els.membersStatus.textContent = totalCount === 0 ? `No members in ${dept.name}.` : `${plural(totalCount, "member")} in ${dept.name}.`;
  updateControls();
  return true;
}

function membersFailed() {
  renderMembers([]);
  els.membersStatus.textContent = "Could not load the members.";
  updateControls();
}

function renderMembers(list) {
  const items = list.map((user) => {
    const li = document.createElement("li");
    li.dataset.userId = user.userId;
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.name = "userId";
    box.value = user.userId;
    box.checked = selected.has(user.userId);

    const who = document.createElement("span");
    who.className = "who";
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = user.name || user.nickname || user.username || "(no name)";
    who.append(name);
    if (user.username && user.username !== name.textContent) {
      const username = document.createElement("span");
      username.className = "username";
      username.textContent = ` ${user.username}`;
      who.append(username);
    }
    if (user.status && user.status !== "Activated") {
      const tag = document.createElement("span");
      tag.className = "tag";
      tag.textContent = ` ${user.status}`;
      who.append(tag);
    }
    const email = document.createElement("span");
    email.className = "email";
    email.textContent = user.email ? ` ${user.email}` : "";
    const id = document.createElement("code");
    id.className = "id";
    id.textContent = ` ${user.userId}`;
    label.append(box, who, email, id);
    li.append(label);
    return li;
  });
  els.members.replaceChildren(...items);
}

els.members.addEventListener("change", (event) => {
  const box = event.target;
  if (box.type !== "checkbox") return;
  if (box.checked) selected.add(box.value);
  else selected.delete(box.value);
  updateControls();
});

els.selectPage.addEventListener("click", () => {
  const boxes = pageBoxes();
  const all = boxes.length > 0 && boxes.every((box) => box.checked);
  for (const box of boxes) {
    box.checked = !all;
    if (box.checked) selected.add(box.value);
    else selected.delete(box.value);
  }
  updateControls();
});

els.clearSelection.addEventListener("click", () => {
  selected.clear();
  for (const box of pageBoxes()) box.checked = false;
  els.membersStatus.textContent = "Selection cleared.";
  updateControls();
});

/** Selects every member of the department, reading all pages with the package's iterator. */
els.selectAll.addEventListener("click", async () => {
  const s = session;
  const org = organization;
  const dept = department;
  if (busy || !s || !org || !dept) return;
  setBusy("gathering");
  const ids = [];
  try {
    await using(s, async (c) => {
      const members = c.iterate.listDepartmentMembers(
        { organizationCode: org.organizationCode, departmentId: dept.departmentId },
        { pageSize: ID_PAGE_SIZE },
      );
      for await (const user of members) {
        ids.push(user.userId);
        known.set(user.userId, user);
        if (ids.length % ID_PAGE_SIZE === 0) els.membersStatus.textContent = `Gathering the members… ${ids.length} / ${totalCount}`;
      }
    });
  } catch (err) {
    els.membersStatus.textContent = "Could not gather every member; the selection is unchanged.";
    clearResult();
    showThrown("Gathering the members failed", err);
    return;
  } finally {
    setBusy(null);
  }
  for (const id of ids) selected.add(id);
  for (const box of pageBoxes()) box.checked = selected.has(box.value);
  els.membersStatus.textContent = `All ${plural(ids.length, "member")} of ${dept.name} selected.`;
  updateControls();
});

els.prevPage.addEventListener("click", () => turnPage(-1));
els.nextPage.addEventListener("click", () => turnPage(+1));

async function turnPage(step) {
  if (busy || !department) return;
  const next = Math.min(Math.max(page + step, 1), pageCount());
  if (next === page) return;
  page = next;
  updateControls();
  await loadMembers();
}

// ---------------------------------------------------------------------------------------------
// Removal

function confirmRemoval(ids, dept, org) {
  const n = ids.length;
  const names = ids.slice(0, 3).map((id) => {
    const user = known.get(id);
    return user?.name || user?.username || id;
  });
  const more = n > names.length ? ` and ${n - names.length} more` : "";
  const batches = Math.ceil(n / BATCH_SIZE);
  els.confirmText.textContent =
    `${plural(n, "member")} will be removed from ${dept.name} (${org.organizationName || org.organizationCode}): ` +
    `${names.join(", ")}${more}. Their user accounts are kept.` +
    (batches > 1 ? ` The removal is sent in ${batches} requests of up to ${BATCH_SIZE} ids.` : "");
  els.confirmRemove.textContent = `Remove ${plural(n, "member")}`;
  els.confirm.returnValue = "";
  els.confirm.showModal();
  return new Promise((resolve) => {
    els.confirm.addEventListener("close", () => resolve(els.confirm.returnValue === "remove"), { once: true });
  });
}

function setProgress(done, total) {
  els.progress.max = Math.max(total, 1);
  els.progress.value = done;
  els.progressText.textContent = `${done} / ${total}`;
  els.progressBox.hidden = false;
}

els.membersForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const s = session;
  const org = organization;
  const dept = department;
  const ids = [...selected];
  if (busy || !s || !org || !dept || ids.length === 0) return;
  if (!(await confirmRemoval(ids, dept, org))) return;

  clearResult();
  setProgress(0, ids.length);
  const controller = new AbortController();
  removal = controller;
  setBusy("removing");
  const where = { organizationCode: org.organizationCode, departmentId: dept.departmentId };
  try {
    if (ids.length <= BATCH_SIZE) {
      // One request: the documented envelope is the result.
      const envelope = await using(s, (c) => c.removeDepartmentMembers({ ...where, userIds: ids }, { signal: controller.signal }));
      showResponse(envelope, envelope.statusCode === 200);
      if (envelope.statusCode === 200) {
        setProgress(ids.length, ids.length);
        for (const id of ids) selected.delete(id);
        showSummary(`Removed ${plural(ids.length, "member")} from ${dept.name}.`, "ok");
        await loadMembers();
      } else {
        showSummary(`Nothing was removed: the server answered statusCode ${envelope.statusCode}. The selection is kept.`, "failed");
        showEnvelopeProblem(`The server refused the removal (statusCode ${envelope.statusCode})`, envelope);
      }
    } else {
      const report = await using(s, (c) =>
        c.bulk.removeDepartmentMembers({ ...where, userIds: ids }, {
          batchSize: BATCH_SIZE,
          concurrency: CONCURRENCY,
          signal: controller.signal,
          onProgress: ({ done, total }) => setProgress(done, total),
        }),
      );
      for (const id of report.succeeded) selected.delete(id);
      showReport(report, dept, controller.signal.aborted);
      await loadMembers();
    }
  } catch (err) {
    showSummary("The removal failed; the selection is kept.", "failed");
    showThrown("The removal failed", err);
  } finally {
    removal = null;
    setBusy(null);
    if (!els.summary.hidden) els.summary.focus();
  }
});

els.stop.addEventListener("click", () => removal?.abort());

/** The bulk report: counts, and each failed batch with its envelope or error. */
function showReport(report, dept, stopped) {
  const batches = Math.ceil(report.total / BATCH_SIZE);
  const shown = {
    total: report.total,
    done: report.done,
    ok: report.ok,
    succeeded: report.succeeded.length,
    failed: report.failed.map((f) => (f.response ? { userIds: f.userIds, response: f.response } : { userIds: f.userIds, error: errorInfo(f.error) })),
  };
  showResponse(shown, report.ok);
  if (report.ok) {
    showSummary(`Removed all ${plural(report.total, "member")} from ${dept.name} (${plural(batches, "request")}).`, "ok");
    return;
  }
  const left = report.total - report.succeeded.length;
  els.progressText.textContent = `${report.done} / ${report.total} · ${left} not removed`;
  showSummary(
    `${stopped ? "Stopped. " : ""}Removed ${report.succeeded.length} of ${plural(report.total, "member")} from ${dept.name}; ` +
      `${left} in ${plural(report.failed.length, "failed request")} ${left === 1 ? "is" : "are"} still selected, to try again.` +
      (stopped ? " Requests under way when you stopped may still take effect; removing again is safe." : ""),
    "failed",
  );
  const heading = document.createElement("strong");
  heading.textContent = `${report.failed.length} of ${plural(batches, "request")} failed`;
  const list = document.createElement("ol");
  list.className = "batches";
  for (const f of report.failed) {
    const li = document.createElement("li");
    const what = document.createElement("span");
    what.textContent = `${plural(f.userIds.length, "id")}:`;
    li.append(what, fieldList(f.response ? envelopeInfo(f.response) : errorInfo(f.error)));
    list.append(li);
  }
  els.error.replaceChildren(heading, list);
  els.error.hidden = false;
}

// ---------------------------------------------------------------------------------------------
// Wiring

els.connect.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!busy) connect();
});

els.organization.addEventListener("change", () => {
  if (!busy) chooseOrganization(els.organization.value);
});

prefill();
setConnection("Not connected", "off");
updateControls();
document.documentElement.dataset.ready = "true";
