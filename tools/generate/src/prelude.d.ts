/**
 * The AuthenticationClient, as `require("genauth-wasm")` has it in Node (the drop-in for
 * authing-node-sdk); in every runtime it is `genauth-wasm/authentication`.
 */
export { AuthenticationClient } from "./authentication.js"; // node entry only
/** Which name of the API to speak: host, header prefix and signature scheme word follow it. */
export type Brand = "genauth" | "authing";
/** Language of the server's messages. */
export type Lang = "zh-CN" | "en-US" | "zh-TW" | "ja-JP";
/** Kind of id a `departmentId` is. */
export type DepartmentIdType = "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";

/** The part of an `AbortSignal` this package uses. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}
/** What a custom `fetch` receives. */
export interface FetchInit {
  method: "GET" | "POST" | "PUT" | "DELETE";
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignalLike;
  /** Redirects are not followed: a 3xx rejects with code `HTTP`. */
  redirect: "manual";
}
/** What a custom `fetch` must resolve to (a `Response` is one). */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

interface CommonOptions {
  /** `"genauth"` (default) or `"authing"`. */
  brand?: Brand;
  /** API host; `https://` is added when no scheme is given. Plain `http://` only to loopback. */
  host?: string;
  /** Default `"zh-CN"`. */
  lang?: Lang;
  /** Sent as the `x-{brand}-app-id` header and as each call's `tenantId` when the call gives none. */
  tenantId?: string;
  /** Milliseconds one attempt may take before it fails with `TIMEOUT`; default 10000. */
  timeout?: number;
  /** Milliseconds a call may take with all its attempts and waits; no limit by default. */
  deadline?: number;
  /** Retries of a call that failed in a way that is safe to retry, 0 to 10; default 2. */
  maxRetries?: number;
  /** Base of the exponential backoff in milliseconds (full jitter, at most 10 s); default 200. */
  retryDelay?: number;
  /** Reject with code `API` when an envelope's `statusCode` is not 200. Default false. */
  throwOnApiError?: boolean;
  /** A `fetch` to use instead of the global one. */
  fetch?: (input: string, init: FetchInit) => Promise<FetchResponse>;
  /** Called before every attempt; the credential shows as `[redacted]`. */
  onRequest?: (info: RequestHookInfo) => void;
  /** Called after every attempt, answered or not. */
  onResponse?: (info: ResponseHookInfo) => void;
  /** Allow plain `http://` to hosts other than loopback: credentials then cross the network in clear. */
  dangerouslyAllowInsecureHttp?: boolean;
  /**
   * Refuse every field a call does not name. By default such fields go where the official client
   * puts them: in the body of a call that sends the caller's object as its body, nowhere for a
   * call that names its fields. A near miss of a field's name is refused either way.
   */
  strict?: boolean;
  /** The official client's option; only `true` (the default) can be honoured: see `fetch`. */
  rejectUnauthorized?: true;
  /** The official client's option for event subscription, which this package does not have: ignored. */
  socketUri?: string;
  /** The official client's option for event subscription reconnects: ignored. */
  retryTimes?: number;
}
/** What `onRequest` receives. */
export interface RequestHookInfo {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The request's headers, `authorization` as `[redacted]`. */
  headers: Record<string, string>;
}
/** What `onResponse` receives. */
export interface ResponseHookInfo {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  attempt: number;
  durationMs: number;
  /** The HTTP status, when a response came. */
  status?: number;
  requestId?: string;
  /** The error code, when no response came. */
  error?: GenAuthErrorCode;
}
/** Server runtimes: access keys, each request signed (`auth: "signature"`, default) or a cached management token (`auth: "token"`). */
export interface AccessKeyOptions extends CommonOptions {
  accessKeyId: string;
  accessKeySecret: string;
  auth?: "signature" | "token";
  accessToken?: never;
  userPoolId?: never;
}
/** Browsers: a management token your server obtained; no secret ships to the page. */
export interface AccessTokenOptions extends CommonOptions {
  accessToken: string;
  /** Read from the token's `scoped_userpool_id` claim when left out. */
  userPoolId?: string;
  accessKeyId?: never;
  accessKeySecret?: never;
  auth?: never;
}
export type ClientOptions = AccessKeyOptions | AccessTokenOptions;

/** Options of one call. */
export interface CallOptions {
  /** Cancels the call; it rejects with code `ABORTED`. */
  signal?: AbortSignalLike;
  /** Overrides the client's `timeout`. */
  timeout?: number;
  /** Overrides the client's `deadline`. */
  deadline?: number;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Overrides the client's `throwOnApiError`. */
  throwOnApiError?: boolean;
}
/** Options of a page iterator: a failed page rejects the iteration. */
export interface IterateOptions extends Omit<CallOptions, "throwOnApiError"> {
  /** Items fetched per request when `limit` is not given (at most 50; default 50). */
  pageSize?: number;
}
/** Options of the bulk membership helpers. */
export interface BulkOptions extends Omit<CallOptions, "throwOnApiError"> {
  /** Ids per request, 1 to 1000; default 100. */
  batchSize?: number;
  /** Requests under way at once, 1 to 16; default 4. */
  concurrency?: number;
  /** Called after each batch. */
  onProgress?: (progress: { done: number; total: number }) => void;
}
/** What a bulk helper did: never a silent partial success. */
export interface BulkReport {
  total: number;
  done: number;
  /** Ids whose batch the server accepted. */
  succeeded: string[];
  /** Batches that failed, with the envelope or the error. */
  failed: Array<{ userIds: string[]; response?: ErrorEnvelope; error?: GenAuthError }>;
  /** True when every batch succeeded. */
  ok: boolean;
}
export interface SetDepartmentMembersReport {
  added: BulkReport;
  removed: BulkReport;
  ok: boolean;
}
/** One department met by `walkDepartments`. */
export interface DepartmentNode {
  department: Department;
  /** 0 for the starting department. */
  depth: number;
  parentDepartmentId?: string;
}

/**
 * The documented response of every call, as the official models declare it: `statusCode` 200
 * means success, and then `data` is the call's data. An error envelope (`statusCode` not 200,
 * see `ErrorEnvelope`) carries no `data` as a rule: check `statusCode` before reading `data`, or
 * set `throwOnApiError` to have errors reject instead.
 */
export interface Envelope<T> {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId?: string;
  data: T;
}
/** What an error envelope carries: the status, the server's words and ids; `data` as a rule not. */
export interface ErrorEnvelope {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId?: string;
  data?: unknown;
}
/** The `data` of an official response model (most are envelopes; a few describe the body whole). */
export type DataField<R> = R extends { data: infer D }
  ? D
  : R extends { data?: infer D }
    ? D | undefined
    : R extends { statusCode: number }
      ? unknown
      : R;
export interface Page<T> {
  totalCount: number;
  list: T[];
}
/** The official models the helpers speak of, by short names. */
export type IsSuccess = Models.IsSuccessDto;
export type InDepartment = Models.IsUserInDepartmentDataDto;
export type LangValue = Models.LangUnit;
export type LangObject = Models.LangObject;
export type OrganizationI18n = Models.OrganizationNameI18nDto;
export type DepartmentI18n = Models.DepartmentI18nDto;
export type DepartmentFilter = Models.SearchDepartmentsFilterItemDto;
export type DepartmentSorting = Models.DepartmentSortingDto;
export type Organization = Models.OrganizationDto;
export type Department = Models.DepartmentDto;
export type User = Models.UserDto;

// GenAuthErrorCode: generated here from `Code` in src/error.rs.
/** Every rejection of this package: a real `Error` with these fields. */
export interface GenAuthError extends Error {
  name: "GenAuthError";
  code: GenAuthErrorCode;
  /** HTTP status, when a response came. */
  status?: number;
  /** The envelope's `statusCode`. */
  statusCode?: number;
  /** The envelope's `apiCode`. */
  apiCode?: number;
  /** The envelope's `requestId`: quote it to support. */
  requestId?: string;
  /** The parameter or option at fault (`INVALID_ARGUMENT`, `CONFIG`). */
  field?: string;
  /** The envelope, for `API` and `AUTH` errors. */
  response?: ErrorEnvelope;
  /** For `OAUTH`: the answer's `error` (e.g. `invalid_grant`), when it has one. */
  error?: string;
  /** For `OAUTH`: the answer's `error_description`, when it has one. */
  errorDescription?: string;
}
/** What `JSON.stringify(client)` shows: never a credential. */
export interface ClientSummary {
  brand: Brand;
  host: string;
  auth: "signature" | "token" | "accessToken";
  lang: Lang;
  tenantId?: string;
  /** With `accessToken`: the user pool it acts on. */
  userPoolId?: string;
  timeout: number;
}
/** One row of the endpoint table. */
export interface EndpointInfo {
  name: CallName;
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  /** The fields go in the query string (else in a JSON body). */
  query: boolean;
  /** Takes `page` and `limit` and answers `{ totalCount, list }`: `client.iterate[name]` exists. */
  pageable: boolean;
  /** Repeating it leaves the same state as making it once. */
  idempotent: boolean;
  /** Its parameters, in the order they are sent. */
  fields: Array<{
    name: string;
    /** The name on the wire, when it differs from `name`. */
    wire?: string;
    type: "string" | "string[]" | "boolean" | "number" | "integer" | "enum" | "object" | "object[]" | "array" | "json";
    required: boolean;
    /** The allowed values of an `enum`. */
    values?: string[];
  }>;
}
