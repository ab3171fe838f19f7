// Pipeline functions (the "Pipeline" of the authentication flow), stateful. One line per call:
//
//   POST create-pipeline-function  {sourceCode!, scene!, funcName!, funcDescription, isAsynchronous (false),
//                                  timeout (3; an integer from 1 to 60), terminateOnTimeout (false), enabled (true)}
//                                  -> PipelineFunctionDto (24-hex funcId, status "success": the upload completes at
//                                  once, isCloud true, lastExecuteStatus null); it runs last in its scene
//   GET  get-pipeline-function     funcId! -> PipelineFunctionDto
//   POST update-pipeline-function  {funcId!, funcName, funcDescription, sourceCode, isAsynchronous, timeout,
//                                  terminateOnTimeout, enabled} -> PipelineFunctionDto (the scene cannot change:
//                                  a `scene` in the body is ignored)
//   POST reupload-pipeline-function {funcId!} -> PipelineFunctionDto (status "success" again, updatedAt moves)
//   POST delete-pipeline-function  {funcId!} -> no data; it leaves its scene's order
//   GET  list-pipeline-functions   scene -> {totalCount, list} in execution order; without scene, every scene's
//                                  functions (scenes in the order of the enum). The official client's type makes
//                                  scene required, but the suite observed 200 for a call without it.
//   POST update-pipeline-order     {order! (funcIds), scene!} -> no data; the named functions run first, in that
//                                  order, the others of the scene after them as before
// Errors: a missing or malformed field 400/2000 "参数 X 格式错误" (also a scene outside the enum, a timeout that
// is not an integer from 1 to 60, an order naming a function of another scene); an unknown funcId
// 404/2050 "Pipeline 函数不存在" / "Pipeline function does not exist". Failed writes change nothing.
//
// State: state.pipelineFunctions {funcId: fn}, state.pipelineOrder {scene: [funcId]} (no prototypes). The seed's
// `pipelineFunctions` (an array of PipelineFunctionDto-like objects) fills them; without that key the
// default data has one disabled function of PRE_REGISTER, as a user pool that has used the feature.
import { badParam, fail, newId, nowIso } from "../lib.mjs";

export const SCENES = [
  "PRE_REGISTER", "POST_REGISTER", "PRE_AUTHENTICATION", "POST_AUTHENTICATION", "PRE_OIDC_ID_TOKEN_ISSUED",
  "PRE_OIDC_ACCESS_TOKEN_ISSUED", "PRE_COMPLETE_USER_INFO", "PRE_MFA_VERIFY", "POST_MFA_VERIFY",
];
const SCENE = `enum:${SCENES.join("|")}`;
const timeout = (v, n) => {
  if (v === undefined || v === null || v === "") return undefined;
  return Number.isInteger(v) && v >= 1 && v <= 60 ? v : badParam(n);
};
const FIELDS = {
  funcName: "string", funcDescription: "string", sourceCode: "string", isAsynchronous: "bool", timeout,
  terminateOnTimeout: "bool", enabled: "bool",
};
const EDITABLE = Object.keys(FIELDS);

const DEFAULT_FUNCTIONS = () => [{
  funcId: "6305c8a2b1f0e3d4c5a6b7c8",
  funcName: "禁止非企业邮箱注册",
  funcDescription: "只允许 @steamory.cn 邮箱注册",
  scene: "PRE_REGISTER",
  sourceCode:
    "async function pipe(user, context, callback) {\n  if (!user.email || !user.email.endsWith('@steamory.cn')) {\n    return callback(new Error('Access denied.'));\n  }\n  callback(null, user, context);\n}",
  isAsynchronous: false, timeout: 3, terminateOnTimeout: false, enabled: false,
  createdAt: "2022-08-24T06:40:34.000Z", updatedAt: "2022-08-24T06:40:34.000Z",
}];

function newFunction(p, at = nowIso()) {
  return {
    funcId: newId(), funcDescription: "", isAsynchronous: false, timeout: 3, terminateOnTimeout: false, enabled: true,
    status: "success", isCloud: true, lastExecuteStatus: null, createdAt: at, updatedAt: at,
    ...p,
  };
}

export function init(st, s) {
  // No prototypes: a funcId or scene named "__proto__" is an ordinary key (and not found).
  st.pipelineFunctions = Object.create(null);
  st.pipelineOrder = Object.assign(Object.create(null), Object.fromEntries(SCENES.map((sc) => [sc, []])));
  for (const f of s.pipelineFunctions ?? DEFAULT_FUNCTIONS()) {
    if (!f.funcId || !SCENES.includes(f.scene)) throw new Error("seed: a pipeline function needs funcId and a known scene");
    st.pipelineFunctions[f.funcId] = newFunction(f, f.createdAt);
    st.pipelineOrder[f.scene].push(f.funcId);
  }
}

const find = (st, id) =>
  (Object.hasOwn(st.pipelineFunctions, id) && st.pipelineFunctions[id])
  || fail(404, 2050, "Pipeline 函数不存在", "Pipeline function does not exist");
const view = (f) => ({ ...f });

export const routes = {
  "/api/v3/create-pipeline-function": {
    method: "POST",
    spec: { ...FIELDS, sourceCode: "string!", scene: `${SCENE}!`, funcName: "string!" },
    handler: (p, { state: st }) => {
      const f = newFunction({ scene: p.scene, ...Object.fromEntries(EDITABLE.filter((k) => p[k] !== undefined).map((k) => [k, p[k]])) });
      st.pipelineFunctions[f.funcId] = f;
      st.pipelineOrder[f.scene].push(f.funcId);
      return view(f);
    },
  },
  "/api/v3/get-pipeline-function": {
    method: "GET",
    spec: { funcId: "string!" },
    handler: (p, { state: st }) => view(find(st, p.funcId)),
  },
  "/api/v3/update-pipeline-function": {
    method: "POST",
    spec: { funcId: "string!", ...FIELDS },
    handler: (p, { state: st }) => {
      const f = find(st, p.funcId);
      for (const k of EDITABLE) if (p[k] !== undefined) f[k] = p[k];
      if (p.sourceCode !== undefined) f.status = "success";
      f.updatedAt = nowIso();
      return view(f);
    },
  },
  "/api/v3/reupload-pipeline-function": {
    method: "POST",
    spec: { funcId: "string!" },
    handler: (p, { state: st }) => {
      const f = find(st, p.funcId);
      Object.assign(f, { status: "success", updatedAt: nowIso() });
      delete f.uploadErrMsg;
      return view(f);
    },
  },
  "/api/v3/delete-pipeline-function": {
    method: "POST",
    spec: { funcId: "string!" },
    handler: (p, { state: st }) => {
      const f = find(st, p.funcId);
      st.pipelineOrder[f.scene] = st.pipelineOrder[f.scene].filter((id) => id !== f.funcId);
      delete st.pipelineFunctions[f.funcId];
      return undefined;
    },
  },
  "/api/v3/list-pipeline-functions": {
    method: "GET",
    spec: { scene: SCENE },
    handler: (p, { state: st }) => {
      const list = (p.scene ? [p.scene] : SCENES).flatMap((sc) => st.pipelineOrder[sc].map((id) => view(st.pipelineFunctions[id])));
      return { totalCount: list.length, list };
    },
  },
  "/api/v3/update-pipeline-order": {
    method: "POST",
    spec: { order: "strs!", scene: `${SCENE}!` },
    handler: (p, { state: st }) => {
      const current = st.pipelineOrder[p.scene];
      const order = [...new Set(p.order)];
      if (order.some((id) => !current.includes(id))) badParam("order");
      const named = new Set(order);
      st.pipelineOrder[p.scene] = [...order, ...current.filter((id) => !named.has(id))];
      return undefined;
    },
  },
};
