// The JavaScript face of the module, derived at load time from the endpoint table it exports:
// one method per call, page iterators, bulk membership helpers and the department tree walk.
// Nothing here speaks HTTP: every request goes through the module's one transport, `call`.
// The build wraps this file for Node (CommonJS) and for browsers (an ES module).

const MAX_IDS_PER_CALL = 1000;

export function extend(wasm) {
  // Checks params as `client`'s call would (its `strict` option included), sending nothing.
  const checkParams = (client, name, params) => wasm.checkParams(handleOf(client), name, params);
  // Every error the package throws is made by the module, from its one list of codes.
  error = (code, field, message) => wasm.genAuthError(code, field, message);
  readsAsName = (key) => key.length <= 40 && wasm.readsAsName(key);
  const names = wasm.callNames().split(" ").filter(Boolean);

  // A client is a handle to one in the module, kept in a private field: no copy of the object
  // (Object.assign, spread, structuredClone) carries it, and a freed handle never answers
  // again, so nothing but the client itself ever reaches its host and credentials. A client
  // that is dropped without free() is released by the finalizer.
  const finalizer = new FinalizationRegistry((handle) => wasm.clientFree(handle));
  let handleOf;
  class ManagementClient {
    #handle;
    constructor(options) {
      this.#handle = wasm.clientNew(options);
      finalizer.register(this, this.#handle, this);
    }
    /** Makes the call `name` (a method name of the endpoint table); every method is this. */
    call(name, params, options) {
      const handle = handleOf(this);
      return handle > 0 ? wasm.clientCall(handle, name, params, options) : notLive(this);
    }
    /** Releases the client now; calls under way finish, later calls reject with CONFIG. */
    free() {
      const handle = handleOf(this);
      if (handle <= 0) return;
      this.#handle = 0;
      finalizer.unregister(this);
      wasm.clientFree(handle);
    }
    /** Brand, host, auth mode, lang, tenant and timeout: never a credential. */
    toJSON() {
      const handle = handleOf(this);
      return (handle > 0 && wasm.clientSummary(handle)) || { freed: true };
    }
    static {
      // Its own name, whatever the minifier calls it (util.inspect, stack traces).
      Object.defineProperty(this, "name", { value: "ManagementClient" });
      // The handle (> 0), 0 for a freed client, -1 for anything that is not a client.
      handleOf = (o) => (o !== null && typeof o === "object" && #handle in o ? o.#handle : -1);
    }
  }
  // A freed client says so (in the module's words: handle 0 is no client); anything else (a copy
  // of a client) is no client at all.
  const notLive = (o) =>
    handleOf(o) === 0
      ? wasm.clientCall(0)
      : Promise.reject(error("CONFIG", undefined, "this object is not a live ManagementClient: a copy of a client carries no client (nor its credentials), and free() on a copy releases nothing; call the client itself"));
  const proto = ManagementClient.prototype;
  const method = (name, fn) => Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });

  // One method per call, made on first use: a prototype between the client's and Object's
  // answers every call name with a function, so loading does not define ~500 properties. It
  // reports them as its own too, so reflection (mocking libraries, `Object.getOwnPropertyNames`)
  // sees every method.
  const calls = new Set(names.map((n) => n.replace("*", "")));
  const made = new Map();
  const methodOf = (name) => {
    let fn = made.get(name);
    if (!fn) {
      fn = { [name](params, options) { return this.call(name, params, options); } }[name];
      made.set(name, fn);
    }
    return fn;
  };
  const isCall = (name) => typeof name === "string" && calls.has(name);
  Object.setPrototypeOf(
    proto,
    new Proxy(Object.create(Object.getPrototypeOf(proto)), {
      get: (target, name, receiver) => (isCall(name) ? methodOf(name) : Reflect.get(target, name, receiver)),
      has: (target, name) => isCall(name) || Reflect.has(target, name),
      getOwnPropertyDescriptor: (target, name) =>
        isCall(name)
          ? { value: methodOf(name), writable: true, enumerable: false, configurable: true }
          : Reflect.getOwnPropertyDescriptor(target, name),
      ownKeys: (target) => [...Reflect.ownKeys(target), ...calls],
    }),
  );
  const pageable = names.filter((n) => n.endsWith("*")).map((n) => n.slice(0, -1));
  Object.defineProperty(proto, "iterate", {
    configurable: true,
    get() {
      const helpers = {};
      for (const name of pageable) helpers[name] = (params, options) => later(() => pages(this, name, snapshot(params), snapshot(options)));
      return helpers;
    },
  });
  Object.defineProperty(proto, "bulk", {
    configurable: true,
    get() {
      return {
        addDepartmentMembers: (params, options) => settled(() => bulk(this, "addDepartmentMembers", snapshot(params), snapshot(options))),
        removeDepartmentMembers: (params, options) => settled(() => bulk(this, "removeDepartmentMembers", snapshot(params), snapshot(options))),
      };
    },
  });
  // Every helper reads its params and options when it is called, as every call does: what the
  // caller changes afterwards changes nothing that is sent.
  method("setDepartmentMembers", function (params, options) {
    return settled(() => setMembers(this, snapshot(params), snapshot(options)));
  });
  method("walkDepartments", function (params, options) {
    return later(() => walk(this, snapshot(params), snapshot(options)));
  });

  /** Every item of a paged call, fetching pages lazily and stopping at `totalCount`. */
  async function* pages(client, name, params, options = {}) {
    checkOptions(name, options, ITERATE_OPTIONS);
    const { pageSize = 50, ...callOptions } = options ?? {};
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) throw invalid(name, "pageSize", "must be an integer from 1 to 50");
    if (params === undefined) params = {};
    if (!isObject(params)) return void (await client.call(name, params, callOptions));
    const limit = params.limit ?? pageSize;
    let page = params.page ?? 1;
    let seen = 0;
    // Bounded: at most one request per item promised by the first page, plus one.
    for (let budget = Infinity; budget > 0; budget--) {
      const res = await client.call(name, { ...params, page, limit }, { ...callOptions, throwOnApiError: true });
      const { totalCount, list } = isObject(res.data) ? res.data : {};
      if (!Array.isArray(list)) throw error("DECODE", undefined, `${name}: page ${page} of the answer has no list`);
      if (budget === Infinity) budget = Math.ceil((Number(totalCount) || 0) / limit) + 1;
      for (const item of list) yield item;
      seen += list.length;
      if (list.length < limit || seen >= totalCount) return;
      page += 1;
    }
    // The pages held more than the first page's totalCount promised (items added meanwhile, or
    // no count at all): stopping silently would lose them.
    throw error("DECODE", undefined, `${name}: the pages held more items than the first page's totalCount said; stopped after ${seen} items (page ${page}): iterate again, or page by hand`);
  }

  /** One membership change for any number of ids: batches, a bounded number at once. */
  async function bulk(client, name, params, options = {}) {
    checkOptions(name, options, BULK_OPTIONS);
    const { batchSize = 100, concurrency = 4, onProgress, signal, ...callOptions } = options ?? {};
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_IDS_PER_CALL) {
      throw invalid(name, "batchSize", "must be an integer from 1 to 1000");
    }
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) throw invalid(name, "concurrency", "must be an integer from 1 to 16");
    if (onProgress !== undefined && typeof onProgress !== "function") throw invalid(name, "onProgress", "must be a function");
    const ids = isObject(params) ? params.userIds : undefined;
    // An empty or malformed list: the module words the error.
    if (!Array.isArray(ids) || !ids.length) checkParams(client, name, params);
    const batches = [];
    for (let i = 0; i < ids.length; i += batchSize) batches.push(ids.slice(i, i + batchSize));
    // Every batch is checked before the first is sent: nothing is half-sent over a bad id.
    for (const userIds of batches) checkParams(client, name, { ...params, userIds });

    const report = { total: ids.length, done: 0, succeeded: [], failed: [], ok: false };
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const userIds = batches[next++];
        try {
          const response = await client.call(name, { ...params, userIds }, { ...callOptions, signal, throwOnApiError: false });
          if (response.statusCode === 200) report.succeeded.push(...userIds);
          else report.failed.push({ userIds, response });
        } catch (error) {
          report.failed.push({ userIds, error });
        }
        report.done += userIds.length;
        try {
          onProgress?.({ done: report.done, total: report.total });
        } catch {
          // A failing progress callback must not lose the report.
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
    report.ok = report.failed.length === 0;
    return report;
  }

  /** Brings a department to exactly `userIds`: adds the missing, removes the others. */
  async function setMembers(client, params, options = {}) {
    checkOptions("setDepartmentMembers", options, BULK_OPTIONS);
    const { userIds, ...where } = isObject(params) ? params : {};
    if (!Array.isArray(userIds)) checkParams(client, "addDepartmentMembers", params);
    for (let i = 0; i < userIds.length; i += MAX_IDS_PER_CALL) {
      checkParams(client, "addDepartmentMembers", { ...where, userIds: userIds.slice(i, i + MAX_IDS_PER_CALL) });
    }
    const { batchSize, concurrency, onProgress, ...callOptions } = options ?? {};
    const current = await client.call("listDepartmentMemberIds", where, { ...callOptions, throwOnApiError: true });
    // The server's list, as the server's: anything but a list of strings is refused, nothing sent.
    if (!Array.isArray(current.data) || !current.data.every((id) => typeof id === "string")) {
      throw error("DECODE", undefined, "setDepartmentMembers: listDepartmentMemberIds did not answer a list of ids; nothing was changed");
    }
    const have = new Set(current.data);
    const want = new Set(userIds);
    const toAdd = [...want].filter((id) => !have.has(id));
    const toRemove = [...have].filter((id) => !want.has(id));
    // The ids to remove are checked before anything is sent too (those to add were, with
    // `userIds`): an id the server lists that no call can take leaves the department as it was.
    for (let i = 0; i < toRemove.length; i += MAX_IDS_PER_CALL) {
      checkParams(client, "removeDepartmentMembers", { ...where, userIds: toRemove.slice(i, i + MAX_IDS_PER_CALL) });
    }
    const total = toAdd.length + toRemove.length;
    const phase = async (name, ids, offset) =>
      ids.length
        ? bulk(client, name, { ...where, userIds: ids }, {
            ...callOptions,
            batchSize,
            concurrency,
            onProgress: onProgress && ((p) => onProgress({ done: offset + p.done, total })),
          })
        : { total: 0, done: 0, succeeded: [], failed: [], ok: true };
    const added = await phase("addDepartmentMembers", toAdd, 0);
    const removed = await phase("removeDepartmentMembers", toRemove, toAdd.length);
    return { added, removed, ok: added.ok && removed.ok };
  }

  /** The departments of an organization, depth first from `departmentId` (the root by default). */
  async function* walk(client, params, options = {}) {
    const { organizationCode, departmentId = "root", ...rest } = isObject(params) ? params : {};
    // Every department lookup of the walk needs the organization: checked before the first.
    checkParams(client, "listChildrenDepartments", { organizationCode, departmentId });
    const callOptions = { ...options, throwOnApiError: true };
    const root = await client.call("getDepartment", { ...rest, organizationCode, departmentId }, callOptions);
    const scope = {};
    for (const k of ["tenantId", "withCustomData"]) if (rest[k] !== undefined) scope[k] = rest[k];
    // Departments as the server gives them: each an object with a string id, or the walk stops.
    const department = (d, what) => {
      if (isObject(d) && typeof d.departmentId === "string") return d;
      throw error("DECODE", undefined, `walkDepartments: ${what} is not a department with a departmentId`);
    };
    const stack = [{ department: department(root.data, "getDepartment's answer"), depth: 0, parentDepartmentId: undefined }];
    const seen = new Set();
    while (stack.length) {
      const node = stack.pop();
      const id = node.department.departmentId;
      if (seen.has(id)) continue;
      seen.add(id);
      yield node;
      if (node.department.hasChildren === false) continue;
      // The tenant and the custom data asked for scope every lookup of the walk, not the first only.
      const res = await client.call("listChildrenDepartments", { organizationCode, departmentId: id, ...scope }, callOptions);
      const children = isObject(res.data) ? (res.data.list ?? []) : [];
      if (!Array.isArray(children)) throw error("DECODE", undefined, `walkDepartments: the children of ${id} are not a list`);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ department: department(children[i], `a child of ${id}`), depth: node.depth + 1, parentDepartmentId: id });
      }
    }
  }

  return {
    ManagementClient,
    removeDepartmentMembers: wasm.removeDepartmentMembers,
    isGenAuthError: wasm.isGenAuthError,
    endpoints: wasm.endpoints,
    memoryBytes: wasm.memoryBytes,
  };
}

/** A copy of plain arrays and objects, read now (getters run once, here); anything else as is. */
function snapshot(v, depth = 0) {
  if (depth > 16 || v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return Array.from(v, (x) => snapshot(x, depth + 1));
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  const out = {};
  for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: snapshot(v[k], depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

/** `make()`'s promise; what it throws while reading, as a rejection. */
function settled(make) {
  try {
    return make();
  } catch (e) {
    return Promise.reject(e);
  }
}

/** `make()`'s iterator; what it throws while reading, on the first `next()`. */
function later(make) {
  try {
    return make();
  } catch (e) {
    return (async function* () {
      throw e;
    })();
  }
}

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

const CALL_OPTIONS = ["signal", "timeout", "maxRetries", "deadline"];
const BULK_OPTIONS = [...CALL_OPTIONS, "batchSize", "concurrency", "onProgress"];
const ITERATE_OPTIONS = [...CALL_OPTIONS, "pageSize"];

/** Refuses option names a helper does not take, naming the one at fault. */
function checkOptions(name, options, allowed) {
  if (options === undefined || options === null) return;
  if (typeof options !== "object") throw invalid(name, "options", "must be an object");
  for (const key of Object.keys(options)) {
    if (allowed.includes(key)) continue;
    // Named only when it reads as a name, by the module's rule (never a pasted secret).
    if (readsAsName(key)) throw invalid(name, key, `is not an option here; it takes: ${allowed.join(", ")}`);
    throw error("INVALID_ARGUMENT", undefined, `${name}: an option (a name of ${key.length} characters) is not an option here; it takes: ${allowed.join(", ")}`);
  }
}

/** The module's error maker and its rule for names that may be shown, set by `extend`. */
let error, readsAsName;

function invalid(name, field, message) {
  return error("INVALID_ARGUMENT", field, `${name}: "${field}" ${message}`);
}
