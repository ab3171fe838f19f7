// The sync center: sync tasks (a directory connector: Lark, WeCom, DingTalk, LDAP...), the jobs a
// trigger starts, the logs of a job and the risk operations a sync holds back for approval. Stateful;
// nothing is really synchronised: a triggered job completes at once with nothing changed. One line per call:
//
//   POST create-sync-task    {syncTaskName!, syncTaskType! (lark|lark-international|wechatwork|dingtalk|active-directory|
//                            italent|maycur|ldap|moka|fxiaoke|scim|xiaoshouyi|kayang|custom), syncTaskFlow! (upstream|
//                            downstream), syncTaskTrigger! (manually|timed|automatic), clientConfig! (object),
//                            fieldMapping! ([{expression, targetKey}]), organizationCode, provisioningScope {all,
//                            includeNewUsers}, timedScheduler {cycle: month|week|days|sixHours|twoHours, startTime}}
//                            -> SyncTaskDto (syncTaskId 1, 2, ...; syncFlow/syncTrigger echo the flow and trigger;
//                            clientConfig is kept but never answered). The official table calls the answer paginated;
//                            the suite reads data.syncTaskType, so it is the task itself.
//   POST update-sync-task    {syncTaskId!, and any field of create} -> SyncTaskDto
//   GET  get-sync-task       syncTaskId! -> SyncTaskDto
//   GET  list-sync-tasks     page, limit (<= 50) -> {totalCount, list} by syncTaskId
//   POST trigger-sync-task   {syncTaskId! (a number, else 400 "syncTaskId must be a number conforming to the specified
//                            constraints"; 0 is not refused here)} -> {syncJobId}: a job of trigger "manually" that has already
//                            succeeded (all counts 0); the task's lastSyncStatus/Time/Rate/Message follow it.
//                            A task that does not exist, or whose clientConfig lacks the config of its type
//                            (lark -> larkConfig, wechatwork -> wechatworkConfig, ...; custom needs none):
//                            statusCode 602, apiCode 602, "no identity provider config found" (as observed for id 0).
//   GET  get-sync-job        syncJobId! -> SyncJobDto
//   GET  list-sync-jobs      syncTaskId!, page, limit, syncTrigger -> {totalCount, list}, newest first
//   GET  list-sync-job-logs  syncJobId!, page, limit, success, action, objectType -> {totalCount, list:
//                            [{syncJobLogId, syncJobId, syncTaskId, action, objectType, objectId, objectName, success,
//                            errMsg, createdAt}]} (no official model: that shape is this emulator's)
//   GET  list-sync-risk-operations  syncTaskId!, page, limit, status (one or an array of PENDING|SUCCESS|FAILED|
//                            CANCELED|EXECUTING), objectType (DEPARTMENT|USER, one or an array) -> {totalCount, list}, newest first
//   POST trigger-sync-risk-operations {syncRiskOperationIds! (numbers)} -> {successList, faildList}: PENDING and
//                            FAILED ones are carried out (SUCCESS); others and unknown ids go to faildList
//   POST cancel-sync-risk-operation   {syncRiskOperationIds!} -> {successList, faildList}: PENDING and EXECUTING
//                            ones become CANCELED; others and unknown ids go to faildList
// Errors (messages in English as the service gives them, the same in both languages unless two are shown):
//   a number id (syncTaskId, syncJobId in a query; syncTaskId of update-sync-task) absent, not a number or below 1:
//     400/2000 "<name> must not be less than 1,<name> must be a number conforming to the specified constraints\""
//     (the trailing double quote is part of the message as the suite observed it, three times);
//   a required body field absent: 400/2000 "Must contain one of the following fields: <name>" (observed for
//     clientConfig and fieldMapping; the same for the others); a malformed field: 400/2000 "参数 X 格式错误";
//   unknown task 404/2040 "同步任务不存在" / "Sync task does not exist"; unknown job 404/2041 "同步作业不存在" /
//   "Sync job does not exist"; an unknown organizationCode 404/2002 "organization not found for code: X".
//   Failed writes change nothing.
//
// State: state.syncTasks {id: task (with clientConfig)}, state.syncJobs {id: job}, state.syncJobLogs {jobId: [log]},
// state.syncRiskOperations {id: op}, state.syncIds {task, job, log, risk} (last ids used). The seed's syncTasks,
// syncJobs, syncJobLogs, syncRiskOperations fill them; without `syncTasks` the default data has one configured Lark
// task into "steamory" with one finished job, its logs and three risk operations.
import { absent, badParam, BATCH_LIMIT, fail, isPlainObject, nowIso, PAGE, paged } from "../lib.mjs";

const TYPES = ["lark", "lark-international", "wechatwork", "dingtalk", "active-directory", "italent", "maycur", "ldap", "moka", "fxiaoke", "scim", "xiaoshouyi", "kayang", "custom"];
const CONFIG_KEY = {
  lark: "larkConfig", "lark-international": "larkInternationalConfig", wechatwork: "wechatworkConfig",
  dingtalk: "dingtalkConfig", "active-directory": "activeDirectoryConfig", italent: "italentConfig",
  maycur: "maycurConfig", ldap: "ldapConfig", moka: "mokaConfig", fxiaoke: "fxiaokeConfig", scim: "scimConfig",
  xiaoshouyi: "xiaoshouyiConfig", kayang: "kayangConfig",
};
const FLOWS = ["upstream", "downstream"];
const TRIGGERS = ["manually", "timed", "automatic"];
const CYCLES = ["month", "week", "days", "sixHours", "twoHours"];
const RISK_STATUS = ["PENDING", "SUCCESS", "FAILED", "CANCELED", "EXECUTING"];
const OBJECT_TYPES = ["DEPARTMENT", "USER"];
const ACTIONS = [
  "CreateUser", "UpdateUser", "DeleteUser", "UpdateUserIdentifier", "ChangeUserDepartment", "CreateDepartment",
  "UpdateDepartment", "DeleteDepartment", "MoveDepartment", "UpdateDepartmentLeader", "CreateGroup", "UpdateGroup",
  "DeleteGroup", "Updateless",
];

// -- rules ------------------------------------------------------------------------------------------
const mustContain = (n) => fail(400, 2000, `Must contain one of the following fields: ${n}`);

/** A number id read from a query string (or a body), as the service validates it. */
const queryId = (required = true) => (v, n) => {
  if (!required && absent(v)) return undefined;
  const x = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(x) || x < 1)
    fail(400, 2000, `${n} must not be less than 1,${n} must be a number conforming to the specified constraints"`);
  return x;
};
const oneOf = (values) => (v, n) => (absent(v) ? undefined : values.includes(v) ? v : badParam(n));
const listOf = (values) => (v, n) => {
  if (absent(v)) return undefined;
  const list = Array.isArray(v) ? v : [v];
  return list.every((x) => values.includes(x)) ? list : badParam(n);
};
const bool = (v, n) => (absent(v) ? undefined : v === true || v === "true" ? true : v === false || v === "false" ? false : badParam(n));
const str = (v, n) => (absent(v) ? undefined : typeof v === "string" ? v : badParam(n));
const obj = (v, n) => (absent(v) ? undefined : isPlainObject(v) ? v : badParam(n));
const fieldMapping = (v, n) => {
  if (absent(v)) return undefined;
  const ok = Array.isArray(v) && v.every((m) => isPlainObject(m) && typeof m.expression === "string" && typeof m.targetKey === "string");
  return ok ? v.map((m) => ({ expression: m.expression, targetKey: m.targetKey })) : badParam(n);
};
const provisioningScope = (v, n) => {
  if (absent(v)) return undefined;
  const ok = isPlainObject(v) && ["all", "includeNewUsers"].every((k) => v[k] === undefined || typeof v[k] === "boolean");
  return ok ? { all: Boolean(v.all), includeNewUsers: Boolean(v.includeNewUsers) } : badParam(n);
};
const timedScheduler = (v, n) => {
  if (absent(v)) return undefined;
  const ok = isPlainObject(v) && CYCLES.includes(v.cycle) && typeof v.startTime === "number" && Number.isFinite(v.startTime);
  return ok ? { cycle: v.cycle, startTime: v.startTime } : badParam(n);
};
const numberIds = (v, n) => {
  if (absent(v)) mustContain(n);
  return Array.isArray(v) && v.length <= BATCH_LIMIT && v.every((x) => typeof x === "number" && Number.isFinite(x)) ? v : badParam(n);
};

// The task fields in the order the service checks them (the official CreateSyncTaskDto's).
const TASK_FIELDS = {
  fieldMapping, syncTaskTrigger: oneOf(TRIGGERS), syncTaskFlow: oneOf(FLOWS), clientConfig: obj,
  syncTaskType: oneOf(TYPES), syncTaskName: str, organizationCode: str, provisioningScope, timedScheduler,
};
const REQUIRED = ["fieldMapping", "syncTaskTrigger", "syncTaskFlow", "clientConfig", "syncTaskType", "syncTaskName"];

function readTask(p, st, creating) {
  const out = {};
  for (const [name, rule] of Object.entries(TASK_FIELDS)) {
    if (creating && REQUIRED.includes(name) && absent(p[name])) mustContain(name);
    const v = rule(p[name], name);
    if (v !== undefined) out[name] = v;
  }
  if (out.organizationCode !== undefined && !Object.hasOwn(st.organizations ?? {}, out.organizationCode))
    fail(404, 2002, `organization not found for code: ${out.organizationCode}`);
  return out;
}

// -- state ------------------------------------------------------------------------------------------
const FIELD_MAPPING = [
  { targetKey: "name", expression: "name" }, { targetKey: "phone", expression: "mobile" },
  { targetKey: "email", expression: "enterprise_email" }, { targetKey: "externalId", expression: "user_id" },
];

function defaultData() {
  const at = "2022-09-01T02:00:00.000Z", done = "2022-09-01T02:00:07.000Z";
  const log = (id, action, objectType, objectId, objectName) => ({
    syncJobLogId: id, syncJobId: 1, syncTaskId: 1, action, objectType, objectId, objectName, success: true, errMsg: "", createdAt: done,
  });
  const risk = (id, status, objectType, objectId, objectName) => ({
    syncRiskOperationId: id, syncTaskId: 1, status, level: 1, objectType, objectId, objectName, errMsg: "",
    createdAt: done, updatedAt: done,
  });
  return {
    syncTasks: [{
      syncTaskId: 1, syncTaskName: "飞书通讯录同步", syncTaskType: "lark", syncFlow: "upstream", syncTrigger: "manually",
      organizationCode: "steamory", fieldMapping: FIELD_MAPPING,
      clientConfig: { larkConfig: { app_id: "cli_a2b3c4d5e6f7", app_secret: "lark-app-secret" } },
      lastSyncStatus: "success", lastSyncTime: done, lastSyncRate: 100, lastSyncMessage: "", createdAt: "2022-08-30T08:00:00.000Z", updatedAt: done,
    }],
    syncJobs: [{
      syncJobId: 1, syncTaskId: 1, syncStatus: "success", syncFlow: "upstream", syncTrigger: "manually",
      departmentCountAll: 2, departmentCountSucc: 2, departmentUpdateCountAll: 0, departmentUpdateCountSucc: 0,
      accountCountAll: 3, accountCountSucc: 3, accountUpdateCountAll: 1, accountUpdateCountSucc: 1, createdAt: at, updatedAt: done,
    }],
    syncJobLogs: [
      log(1, "CreateDepartment", "DEPARTMENT", "od-lark-rd", "研发中心"),
      log(2, "CreateDepartment", "DEPARTMENT", "od-lark-ops", "运营中心"),
      log(3, "CreateUser", "USER", "ou_7d8a6e6df7621556ce0d21922b676706", "周杰"),
      log(4, "CreateUser", "USER", "ou_2a9f3c1be8d04e67a1b5c3d9e7f60812", "吴芳"),
      log(5, "UpdateUser", "USER", "ou_5c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f", "郑凯"),
    ],
    syncRiskOperations: [
      risk(1, "PENDING", "USER", "6241a7d05c3e2b1f8a9c0d12", "林雨桐"),
      risk(2, "EXECUTING", "DEPARTMENT", "60b49eb83fd80adb96f26e6c", "市场部"),
      risk(3, "SUCCESS", "USER", "62a0f3e1b7c94d2e6f1a3b42", "Bob Wu"),
    ],
  };
}

export function init(st, s) {
  const d = s.syncTasks === undefined ? defaultData() : s;
  // No prototypes: the stores are keyed by ids a caller gives.
  const byId = (list = [], key) => Object.assign(Object.create(null), Object.fromEntries(list.map((x) => {
    if (!Number.isInteger(x[key])) throw new Error(`seed: ${key} must be an integer`);
    return [x[key], structuredClone(x)];
  })));
  st.syncTasks = byId(d.syncTasks, "syncTaskId");
  st.syncJobs = byId(d.syncJobs, "syncJobId");
  st.syncRiskOperations = byId(d.syncRiskOperations, "syncRiskOperationId");
  st.syncJobLogs = Object.create(null);
  for (const l of d.syncJobLogs ?? []) (st.syncJobLogs[l.syncJobId] ??= []).push(structuredClone(l));
  const max = (o) => Math.max(0, ...Object.keys(o).map(Number));
  st.syncIds = {
    task: max(st.syncTasks), job: max(st.syncJobs), risk: max(st.syncRiskOperations),
    log: Math.max(0, ...Object.values(st.syncJobLogs).flat().map((l) => l.syncJobLogId ?? 0)),
  };
}

const findTask = (st, id) => (Object.hasOwn(st.syncTasks, id) && st.syncTasks[id]) || fail(404, 2040, "同步任务不存在", "Sync task does not exist");
const findJob = (st, id) => (Object.hasOwn(st.syncJobs, id) && st.syncJobs[id]) || fail(404, 2041, "同步作业不存在", "Sync job does not exist");

function taskView(t) {
  const { clientConfig, ...rest } = t;
  return structuredClone(rest);
}

function applyTask(t, f) {
  for (const k of ["syncTaskName", "syncTaskType", "organizationCode", "provisioningScope", "fieldMapping", "timedScheduler", "clientConfig"])
    if (f[k] !== undefined) t[k] = f[k];
  if (f.syncTaskFlow !== undefined) t.syncFlow = f.syncTaskFlow;
  if (f.syncTaskTrigger !== undefined) t.syncTrigger = f.syncTaskTrigger;
}

function settleRisks(st, ids, from, to) {
  const successList = [], faildList = [];
  for (const id of ids) {
    const op = Object.hasOwn(st.syncRiskOperations, id) ? st.syncRiskOperations[id] : undefined;
    if (op && from.includes(op.status)) {
      Object.assign(op, { status: to, updatedAt: nowIso() });
      successList.push(id);
    } else faildList.push(id);
  }
  return { successList, faildList };
}

export const routes = {
  "/api/v3/create-sync-task": {
    method: "POST",
    handler: (p, { state: st }) => {
      const f = readTask(p, st, true);
      const at = nowIso();
      const t = { syncTaskId: ++st.syncIds.task, createdAt: at, updatedAt: at };
      applyTask(t, f);
      st.syncTasks[t.syncTaskId] = t;
      return taskView(t);
    },
  },
  "/api/v3/update-sync-task": {
    method: "POST",
    handler: (p, { state: st }) => {
      const t = findTask(st, queryId()(p.syncTaskId, "syncTaskId"));
      const f = readTask(p, st, false);
      applyTask(t, f);
      t.updatedAt = nowIso();
      return taskView(t);
    },
  },
  "/api/v3/get-sync-task": {
    method: "GET",
    spec: { syncTaskId: queryId() },
    handler: (p, { state: st }) => taskView(findTask(st, p.syncTaskId)),
  },
  "/api/v3/list-sync-tasks": {
    method: "GET",
    spec: PAGE,
    handler: (p, { state: st }) => {
      const list = Object.values(st.syncTasks).sort((a, b) => a.syncTaskId - b.syncTaskId);
      const page = paged(list, p);
      return { totalCount: page.totalCount, list: page.list.map(taskView) };
    },
  },
  "/api/v3/trigger-sync-task": {
    method: "POST",
    handler: (p, { state: st }) => {
      if (absent(p.syncTaskId)) mustContain("syncTaskId");
      if (typeof p.syncTaskId !== "number" || !Number.isFinite(p.syncTaskId))
        fail(400, 2000, "syncTaskId must be a number conforming to the specified constraints");
      const t = Object.hasOwn(st.syncTasks, p.syncTaskId) ? st.syncTasks[p.syncTaskId] : undefined;
      const key = t && CONFIG_KEY[t.syncTaskType];
      if (!t || (key && !isPlainObject(t.clientConfig?.[key]))) fail(602, 602, "no identity provider config found");
      const at = nowIso();
      const job = {
        syncJobId: ++st.syncIds.job, syncTaskId: t.syncTaskId, syncStatus: "success", syncFlow: t.syncFlow, syncTrigger: "manually",
        departmentCountAll: 0, departmentCountSucc: 0, departmentUpdateCountAll: 0, departmentUpdateCountSucc: 0,
        accountCountAll: 0, accountCountSucc: 0, accountUpdateCountAll: 0, accountUpdateCountSucc: 0, createdAt: at, updatedAt: at,
      };
      st.syncJobs[job.syncJobId] = job;
      Object.assign(t, { lastSyncStatus: "success", lastSyncTime: at, lastSyncRate: 100, lastSyncMessage: "" });
      return { syncJobId: job.syncJobId };
    },
  },
  "/api/v3/get-sync-job": {
    method: "GET",
    spec: { syncJobId: queryId() },
    handler: (p, { state: st }) => ({ ...findJob(st, p.syncJobId) }),
  },
  "/api/v3/list-sync-jobs": {
    method: "GET",
    spec: { syncTaskId: queryId(), ...PAGE, syncTrigger: oneOf(TRIGGERS) },
    handler: (p, { state: st }) => {
      findTask(st, p.syncTaskId);
      const list = Object.values(st.syncJobs)
        .filter((j) => j.syncTaskId === p.syncTaskId && (!p.syncTrigger || j.syncTrigger === p.syncTrigger))
        .sort((a, b) => b.syncJobId - a.syncJobId);
      const page = paged(list, p);
      return { totalCount: page.totalCount, list: page.list.map((j) => ({ ...j })) };
    },
  },
  "/api/v3/list-sync-job-logs": {
    method: "GET",
    spec: { syncJobId: queryId(), ...PAGE, success: bool, action: oneOf(ACTIONS), objectType: oneOf(OBJECT_TYPES) },
    handler: (p, { state: st }) => {
      findJob(st, p.syncJobId);
      const list = (st.syncJobLogs[p.syncJobId] ?? []).filter((l) =>
        (p.success === undefined || l.success === p.success) && (!p.action || l.action === p.action) && (!p.objectType || l.objectType === p.objectType));
      const page = paged(list, p);
      return { totalCount: page.totalCount, list: page.list.map((l) => ({ ...l })) };
    },
  },
  "/api/v3/list-sync-risk-operations": {
    method: "GET",
    spec: { syncTaskId: queryId(), ...PAGE, status: listOf(RISK_STATUS), objectType: listOf(OBJECT_TYPES) },
    handler: (p, { state: st }) => {
      findTask(st, p.syncTaskId);
      const list = Object.values(st.syncRiskOperations)
        .filter((o) => o.syncTaskId === p.syncTaskId && (!p.status || p.status.includes(o.status)) && (!p.objectType || p.objectType.includes(o.objectType)))
        .sort((a, b) => b.syncRiskOperationId - a.syncRiskOperationId);
      const page = paged(list, p);
      return { totalCount: page.totalCount, list: page.list.map((o) => ({ ...o })) };
    },
  },
  "/api/v3/trigger-sync-risk-operations": {
    method: "POST",
    spec: { syncRiskOperationIds: numberIds },
    handler: (p, { state: st }) => settleRisks(st, p.syncRiskOperationIds, ["PENDING", "FAILED"], "SUCCESS"),
  },
  "/api/v3/cancel-sync-risk-operation": {
    method: "POST",
    spec: { syncRiskOperationIds: numberIds },
    handler: (p, { state: st }) => settleRisks(st, p.syncRiskOperationIds, ["PENDING", "EXECUTING"], "CANCELED"),
  },
};
