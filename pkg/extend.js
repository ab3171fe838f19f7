// The JavaScript face of the module, derived at load time from the endpoint table it exports:
// one method per call, page iterators, bulk membership helpers and the department tree walk.
// Nothing here speaks HTTP: every request goes through the module's one transport, `call`.
// The build wraps this file for Node (CommonJS) and for browsers (an ES module).

const MAX_IDS_PER_CALL = 1000;

export function extend(wasm) {
  const { ManagementClient, checkParams } = wasm;
  const table = wasm.endpoints();
  const proto = ManagementClient.prototype;
  const method = (name, fn) => Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });

  for (const { name } of table) {
    method(name, function (params, options) {
      return this.call(name, params, options);
    });
  }
  const pageable = table.filter((row) => row.pageable).map((row) => row.name);
  Object.defineProperty(proto, "iterate", {
    configurable: true,
    get() {
      const helpers = {};
      for (const name of pageable) helpers[name] = (params, options) => pages(this, name, params, options);
      return helpers;
    },
  });
  Object.defineProperty(proto, "bulk", {
    configurable: true,
    get() {
      return {
        addDepartmentMembers: (params, options) => bulk(this, "addDepartmentMembers", params, options),
        removeDepartmentMembers: (params, options) => bulk(this, "removeDepartmentMembers", params, options),
      };
    },
  });
  method("setDepartmentMembers", function (params, options) {
    return setMembers(this, params, options);
  });
  method("walkDepartments", function (params, options) {
    return walk(this, params, options);
  });

  /** Every item of a paged call, fetching pages lazily and stopping at `totalCount`. */
  async function* pages(client, name, params, options = {}) {
    const { pageSize = 50, ...callOptions } = options ?? {};
    if (!isObject(params)) return void (await client.call(name, params, callOptions));
    const limit = params.limit ?? pageSize;
    let page = params.page ?? 1;
    let seen = 0;
    // Bounded: at most one request per item promised by the first page, plus one.
    for (let budget = Infinity; budget > 0; budget--) {
      const res = await client.call(name, { ...params, page, limit }, { ...callOptions, throwOnApiError: true });
      const { totalCount, list } = res.data ?? {};
      if (!Array.isArray(list)) throw new TypeError(`${name}: page ${page} has no list`);
      if (budget === Infinity) budget = Math.ceil((Number(totalCount) || 0) / limit) + 1;
      for (const item of list) yield item;
      seen += list.length;
      if (list.length < limit || seen >= totalCount) return;
      page += 1;
    }
  }

  /** One membership change for any number of ids: batches, a bounded number at once. */
  async function bulk(client, name, params, options = {}) {
    const { batchSize = 100, concurrency = 4, onProgress, signal, ...callOptions } = options ?? {};
    const ids = isObject(params) ? params.userIds : undefined;
    if (!Array.isArray(ids) || !ids.length || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_IDS_PER_CALL || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16) {
      // Let the module word the error: a bad list, or bad batch options.
      checkParams(name, Array.isArray(ids) && ids.length ? { ...params, userIds: ids.slice(0, 1) } : params);
      throw invalid(name, "bulk options: batchSize must be an integer from 1 to 1000, concurrency from 1 to 16");
    }
    const batches = [];
    for (let i = 0; i < ids.length; i += batchSize) batches.push(ids.slice(i, i + batchSize));
    // Every batch is checked before the first is sent: nothing is half-sent over a bad id.
    for (const userIds of batches) checkParams(name, { ...params, userIds });

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
    const { userIds, ...where } = isObject(params) ? params : {};
    if (!Array.isArray(userIds)) checkParams("addDepartmentMembers", params);
    for (let i = 0; i < userIds.length; i += MAX_IDS_PER_CALL) {
      checkParams("addDepartmentMembers", { ...where, userIds: userIds.slice(i, i + MAX_IDS_PER_CALL) });
    }
    const { batchSize, concurrency, onProgress, ...callOptions } = options ?? {};
    const current = await client.call("listDepartmentMemberIds", where, { ...callOptions, throwOnApiError: true });
    const have = new Set(current.data);
    const want = new Set(userIds);
    const toAdd = [...want].filter((id) => !have.has(id));
    const toRemove = [...have].filter((id) => !want.has(id));
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
    const callOptions = { ...options, throwOnApiError: true };
    const root = await client.call("getDepartment", { ...rest, organizationCode, departmentId }, callOptions);
    const stack = [{ department: root.data, depth: 0, parentDepartmentId: undefined }];
    const seen = new Set();
    while (stack.length) {
      const node = stack.pop();
      const id = node.department.departmentId;
      if (seen.has(id)) continue;
      seen.add(id);
      yield node;
      if (node.department.hasChildren === false) continue;
      const res = await client.call("listChildrenDepartments", { organizationCode, departmentId: id }, callOptions);
      const children = res.data?.list ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ department: children[i], depth: node.depth + 1, parentDepartmentId: id });
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

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function invalid(name, message) {
  const e = new Error(`${name}: ${message}`);
  e.name = "GenAuthError";
  e.code = "INVALID_ARGUMENT";
  return e;
}
