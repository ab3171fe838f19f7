// Generated from the endpoint table (src/endpoints.rs) by `cargo test`; do not edit.

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
  method: "GET" | "POST";
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
}
/** What `onRequest` receives. */
export interface RequestHookInfo {
  method: "GET" | "POST";
  url: string;
  /** 1 for the first attempt. */
  attempt: number;
  /** The request's headers, `authorization` as `[redacted]`. */
  headers: Record<string, string>;
}
/** What `onResponse` receives. */
export interface ResponseHookInfo {
  method: "GET" | "POST";
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
  failed: Array<{ userIds: string[]; response?: Envelope<unknown>; error?: GenAuthError }>;
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

/** The documented response of every call. `statusCode` 200 means success. */
export interface Envelope<T> {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId?: string;
  /** Present on success; error envelopes usually carry none. */
  data?: T;
}
export interface Page<T> {
  totalCount: number;
  list: T[];
}
export interface IsSuccess {
  success: boolean;
}
export interface InDepartment {
  inDepartment: boolean;
}
export interface LangValue {
  enabled: boolean;
  value: string;
}
export type LangObject = Partial<Record<Lang, LangValue>>;
export interface OrganizationI18n {
  organizationName: LangObject;
}
export interface DepartmentI18n {
  name: LangObject;
}
export interface DepartmentFilter {
  field: string;
  operator: "BETWEEN" | "EQUAL" | "IN" | "LESSER" | "GREATER" | "CONTAINS";
  value?: unknown;
}
export interface DepartmentSorting {
  field: string;
  order: "ASC" | "DESC";
}
export interface Organization {
  organizationCode: string;
  organizationName: string;
  description?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Its root department. */
  departmentId: string;
  openDepartmentId?: string;
  hasChildren: boolean;
  leaderUserIds?: string[];
  membersCount: number;
  isVirtualNode: boolean;
  i18n?: OrganizationI18n;
  customData?: Record<string, unknown>;
  tenantId?: string;
  postIdList?: string[];
  status?: string;
}
export interface Department {
  organizationCode: string;
  departmentId: string;
  createdAt: string;
  updatedAt?: string;
  openDepartmentId?: string;
  name: string;
  leaderUserIds?: string[];
  description?: string;
  parentDepartmentId: string;
  code?: string;
  parentDepartmentCode: string;
  /** Direct members. */
  membersCount: number;
  hasChildren: boolean;
  isVirtualNode?: boolean;
  i18n?: DepartmentI18n;
  customData?: Record<string, unknown>;
  postIdList?: string[];
  status?: boolean;
}
export interface User {
  userId: string;
  createdAt: string;
  updatedAt: string;
  status: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  workStatus: "Closed" | "Active";
  externalId?: string;
  email?: string;
  phone?: string;
  username?: string;
  name?: string;
  nickname?: string;
  photo?: string;
  gender: "M" | "F" | "U";
  emailVerified: boolean;
  phoneVerified: boolean;
  departmentIds?: string[];
  identities?: Array<Record<string, unknown>>;
  customData?: Record<string, unknown>;
  tenantId?: string;
}

export type GenAuthErrorCode =
  | "NETWORK" | "TIMEOUT" | "ABORTED" | "HTTP" | "DECODE"
  | "INVALID_ARGUMENT" | "CONFIG" | "AUTH" | "API";
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
  response?: Envelope<unknown>;
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
  method: "GET" | "POST";
  path: string;
  /** Takes `page` and `limit` and answers `{ totalCount, list }`: `client.iterate[name]` exists. */
  pageable: boolean;
  /** Repeating it leaves the same state as making it once. */
  idempotent: boolean;
  /** Its parameters, in the order they are sent. */
  fields: Array<{
    name: string;
    type: "string" | "string[]" | "boolean" | "integer" | "enum" | "object" | "object[]";
    required: boolean;
    /** The allowed values of an `enum`. */
    values?: string[];
  }>;
}

/** Parameters of `listOrganizations`. */
export interface ListOrganizationsParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page, at most 50. Default 10. */
  limit?: number;
  /** Return every organization in one page. Default false. */
  fetchAll?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Only organizations with this status. */
  status?: boolean;
}

/** Parameters of `createOrganization`. */
export interface CreateOrganizationParams {
  /** Metadata. */
  metadata?: Record<string, unknown>;
  /** Name of the organization. */
  organizationName: string;
  /** Code of the organization, unique in the user pool. */
  organizationCode: string;
  /** Description. */
  description?: string;
  /** Id of the department in a third-party system. */
  openDepartmentId?: string;
  /** Names in other languages. */
  i18n?: OrganizationI18n;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Ids of posts. */
  postIdList?: string[];
}

/** Parameters of `updateOrganization`. */
export interface UpdateOrganizationParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Description. */
  description?: string;
  /** Id of the department in a third-party system. */
  openDepartmentId?: string;
  /** Ids of the leaders. */
  leaderUserIds?: string[];
  /** Names in other languages. */
  i18n?: OrganizationI18n;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** A new code for the organization. */
  organizationNewCode?: string;
  /** A new name. */
  organizationName?: string;
  /** Ids of posts. */
  postIdList?: string[];
}

/** Parameters of `deleteOrganization`. */
export interface DeleteOrganizationParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchOrganizations`. */
export interface SearchOrganizationsParams {
  /** Text to search for. */
  keywords: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page, at most 50. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getDepartment`. */
export interface GetDepartmentParams {
  /** Code of the organization. */
  organizationCode?: string;
  /** Id of the department (`root` for the root). */
  departmentId?: string;
  /** Code of the department, instead of its id. */
  departmentCode?: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Flatten custom data into the department. Default false. */
  flatCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `createDepartment`. */
export interface CreateDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Name of the department. */
  name: string;
  /** Id of the parent department (`root` for the root). */
  parentDepartmentId: string;
  /** Metadata. */
  metadata?: Record<string, unknown>;
  /** Id of the department in a third-party system. */
  openDepartmentId?: string;
  /** Description. */
  description?: string;
  /** Code of the department, unique in the organization. */
  code?: string;
  /** Whether the department is virtual. */
  isVirtualNode?: boolean;
  /** Names in other languages. */
  i18n?: DepartmentI18n;
  /** Custom data. */
  customData?: Record<string, unknown>;
  /** Kind of id `parentDepartmentId` is. */
  departmentIdType?: DepartmentIdType;
  /** Ids of posts. */
  postIdList?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `updateDepartment`. */
export interface UpdateDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Metadata. */
  metadata?: Record<string, unknown>;
  /** Ids of the leaders. */
  leaderUserIds?: string[];
  /** Description. */
  description?: string;
  /** A new code. */
  code?: string;
  /** Names in other languages. */
  i18n?: DepartmentI18n;
  /** Whether the department is enabled. */
  status?: boolean;
  /** A new name. */
  name?: string;
  /** Kind of id `departmentId` is; the server takes `department_id` when it is left out. */
  departmentIdType?: DepartmentIdType;
  /** A new parent: moves the department. */
  parentDepartmentId?: string;
  /** Custom data. */
  customData?: Record<string, unknown>;
  /** Ids of posts. */
  postIdList?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteDepartment`. */
export interface DeleteDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is; the server takes `department_id` when it is left out. */
  departmentIdType?: DepartmentIdType;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchDepartments`. */
export interface SearchDepartmentsParams {
  /** Text to search for. */
  keywords: string;
  /** Code of the organization. */
  organizationCode: string;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchDepartmentsList`. */
export interface SearchDepartmentsListParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Include posts. */
  withPost?: boolean;
  /** Page number, from 1. */
  page?: number;
  /** Items per page, at most 50. */
  limit?: number;
  /** Conditions on department fields. */
  advancedFilter?: DepartmentFilter[];
  /** Field to sort by. */
  sortBy?: "updatedAt" | "createdAt";
  /** Sort order. */
  orderBy?: "ASC" | "DESC";
  /** Sort conditions. */
  sort?: DepartmentSorting[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listChildrenDepartments`. */
export interface ListChildrenDepartmentsParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Only departments with this status. */
  status?: boolean;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Leave out virtual departments. Default false. */
  excludeVirtualNode?: boolean;
  /** Only virtual departments. Default false. */
  onlyVirtualNode?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listDepartmentMembers`. */
export interface ListDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Field to sort by. Default "JoinDepartmentAt". */
  sortBy?: "Default" | "JoinDepartmentAt" | "userId" | "createAt" | "updatedAt";
  /** Sort order. Default "Desc". */
  orderBy?: "Asc" | "Desc";
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page, at most 50. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include users' identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listDepartmentMemberIds`. */
export interface ListDepartmentMemberIdsParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchDepartmentMembers`. */
export interface SearchDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Text to search for. */
  keywords: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page, at most 50. Default 10. */
  limit?: number;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include users' identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `addDepartmentMembers`. */
export interface AddDepartmentMembersParams {
  /** Ids of the users (at most 1000 in one call; the bulk helpers split larger lists). */
  userIds: string[];
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is; the server takes `department_id` when it is left out. */
  departmentIdType?: DepartmentIdType;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `removeDepartmentMembers`. */
export interface RemoveDepartmentMembersParams {
  /** Ids of the users (at most 1000 in one call; the bulk helpers split larger lists). */
  userIds: string[];
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is; the server takes `department_id` when it is left out. */
  departmentIdType?: DepartmentIdType;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getParentDepartment`. */
export interface GetParentDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `isUserInDepartment`. */
export interface IsUserInDepartmentParams {
  /** Id of the user. */
  userId: string;
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names. */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: DepartmentIdType;
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** The name of every call. */
export type CallName =
  | "listOrganizations"
  | "createOrganization"
  | "updateOrganization"
  | "deleteOrganization"
  | "searchOrganizations"
  | "getDepartment"
  | "createDepartment"
  | "updateDepartment"
  | "deleteDepartment"
  | "searchDepartments"
  | "searchDepartmentsList"
  | "listChildrenDepartments"
  | "listDepartmentMembers"
  | "listDepartmentMemberIds"
  | "searchDepartmentMembers"
  | "addDepartmentMembers"
  | "removeDepartmentMembers"
  | "getParentDepartment"
  | "isUserInDepartment"
;
/** The parameters of each call, by name. */
export interface ParamsOf {
  listOrganizations: ListOrganizationsParams;
  createOrganization: CreateOrganizationParams;
  updateOrganization: UpdateOrganizationParams;
  deleteOrganization: DeleteOrganizationParams;
  searchOrganizations: SearchOrganizationsParams;
  getDepartment: GetDepartmentParams;
  createDepartment: CreateDepartmentParams;
  updateDepartment: UpdateDepartmentParams;
  deleteDepartment: DeleteDepartmentParams;
  searchDepartments: SearchDepartmentsParams;
  searchDepartmentsList: SearchDepartmentsListParams;
  listChildrenDepartments: ListChildrenDepartmentsParams;
  listDepartmentMembers: ListDepartmentMembersParams;
  listDepartmentMemberIds: ListDepartmentMemberIdsParams;
  searchDepartmentMembers: SearchDepartmentMembersParams;
  addDepartmentMembers: AddDepartmentMembersParams;
  removeDepartmentMembers: RemoveDepartmentMembersParams;
  getParentDepartment: GetParentDepartmentParams;
  isUserInDepartment: IsUserInDepartmentParams;
}
/** The `data` of each call's envelope, by name. */
export interface DataOf {
  listOrganizations: Page<Organization>;
  createOrganization: Organization;
  updateOrganization: Organization;
  deleteOrganization: IsSuccess;
  searchOrganizations: Page<Organization>;
  getDepartment: Department;
  createDepartment: Department;
  updateDepartment: Department;
  deleteDepartment: IsSuccess;
  searchDepartments: Department[];
  searchDepartmentsList: Department[];
  listChildrenDepartments: Page<Department>;
  listDepartmentMembers: Page<User>;
  listDepartmentMemberIds: string[];
  searchDepartmentMembers: Page<User>;
  addDepartmentMembers: IsSuccess;
  removeDepartmentMembers: IsSuccess;
  getParentDepartment: Department;
  isUserInDepartment: InDepartment;
}

/** A Management API client. Its credentials live in the module and are never exposed. */
export declare class ManagementClient {
  /** Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong. */
  constructor(options: ClientOptions);
  /** Lists the organizations of the user pool, a page at a time. `GET /api/v3/list-organizations` */
  listOrganizations(params?: ListOrganizationsParams, options?: CallOptions): Promise<Envelope<Page<Organization>>>;
  /** Creates an organization with its root department. `POST /api/v3/create-organization` */
  createOrganization(params: CreateOrganizationParams, options?: CallOptions): Promise<Envelope<Organization>>;
  /** Updates an organization. `POST /api/v3/update-organization` */
  updateOrganization(params: UpdateOrganizationParams, options?: CallOptions): Promise<Envelope<Organization>>;
  /** Deletes an organization with all its departments. `POST /api/v3/delete-organization` */
  deleteOrganization(params: DeleteOrganizationParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;
  /** Searches organizations by code or name. `GET /api/v3/search-organizations` */
  searchOrganizations(params: SearchOrganizationsParams, options?: CallOptions): Promise<Envelope<Page<Organization>>>;
  /** Gets one department. `GET /api/v3/get-department` */
  getDepartment(params?: GetDepartmentParams, options?: CallOptions): Promise<Envelope<Department>>;
  /** Creates a department under a parent. `POST /api/v3/create-department` */
  createDepartment(params: CreateDepartmentParams, options?: CallOptions): Promise<Envelope<Department>>;
  /** Updates or moves a department. `POST /api/v3/update-department` */
  updateDepartment(params: UpdateDepartmentParams, options?: CallOptions): Promise<Envelope<Department>>;
  /** Deletes a department with its sub-departments. `POST /api/v3/delete-department` */
  deleteDepartment(params: DeleteDepartmentParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;
  /** Searches the departments of an organization by name. `POST /api/v3/search-departments` */
  searchDepartments(params: SearchDepartmentsParams, options?: CallOptions): Promise<Envelope<Department[]>>;
  /** Lists the departments of an organization with filters. `POST /api/v3/search-departments-list` */
  searchDepartmentsList(params: SearchDepartmentsListParams, options?: CallOptions): Promise<Envelope<Department[]>>;
  /** Lists the direct sub-departments of a department. `GET /api/v3/list-children-departments` */
  listChildrenDepartments(params: ListChildrenDepartmentsParams, options?: CallOptions): Promise<Envelope<Page<Department>>>;
  /** Lists the members of a department, a page at a time. `GET /api/v3/list-department-members` */
  listDepartmentMembers(params: ListDepartmentMembersParams, options?: CallOptions): Promise<Envelope<Page<User>>>;
  /** Lists the ids of all members of a department. `GET /api/v3/list-department-member-ids` */
  listDepartmentMemberIds(params: ListDepartmentMemberIdsParams, options?: CallOptions): Promise<Envelope<string[]>>;
  /** Searches the members of a department by name, username, email or phone. `GET /api/v3/search-department-members` */
  searchDepartmentMembers(params: SearchDepartmentMembersParams, options?: CallOptions): Promise<Envelope<Page<User>>>;
  /** Adds users to a department. `POST /api/v3/add-department-members` */
  addDepartmentMembers(params: AddDepartmentMembersParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;
  /** Removes users from a department. `POST /api/v3/remove-department-members` */
  removeDepartmentMembers(params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;
  /** Gets the parent of a department. `GET /api/v3/get-parent-department` */
  getParentDepartment(params: GetParentDepartmentParams, options?: CallOptions): Promise<Envelope<Department>>;
  /** Tells whether a user is a member of a department. `GET /api/v3/is-user-in-department` */
  isUserInDepartment(params: IsUserInDepartmentParams, options?: CallOptions): Promise<Envelope<InDepartment>>;
  /** Makes the call named `name`: what every method above does. */
  call<N extends CallName>(name: N, params: ParamsOf[N], options?: CallOptions): Promise<Envelope<DataOf[N]>>;
  /** Every item of a paged call, pages fetched lazily up to `totalCount`. */
  readonly iterate: {
    listOrganizations(params?: ListOrganizationsParams, options?: IterateOptions): AsyncGenerator<Organization, void, undefined>;
    searchOrganizations(params: SearchOrganizationsParams, options?: IterateOptions): AsyncGenerator<Organization, void, undefined>;
    listDepartmentMembers(params: ListDepartmentMembersParams, options?: IterateOptions): AsyncGenerator<User, void, undefined>;
    searchDepartmentMembers(params: SearchDepartmentMembersParams, options?: IterateOptions): AsyncGenerator<User, void, undefined>;
  };
  /** Membership changes for any number of ids: batched, bounded concurrency, a full report. */
  readonly bulk: {
    addDepartmentMembers(params: AddDepartmentMembersParams, options?: BulkOptions): Promise<BulkReport>;
    removeDepartmentMembers(params: RemoveDepartmentMembersParams, options?: BulkOptions): Promise<BulkReport>;
  };
  /** Brings a department to exactly `userIds`: adds the missing members, removes the others. */
  setDepartmentMembers(params: AddDepartmentMembersParams, options?: BulkOptions): Promise<SetDepartmentMembersReport>;
  /** The departments of an organization, depth first from `departmentId` (default the root). */
  walkDepartments(params: GetDepartmentParams & { organizationCode: string }, options?: Omit<CallOptions, "throwOnApiError">): AsyncGenerator<DepartmentNode, void, undefined>;
  /** A summary without credentials, for logs and `JSON.stringify`. */
  toJSON(): ClientSummary;
  /** Releases the client's memory in the module; later calls reject with code `CONFIG`. */
  free(): void;
}

/** One-shot `removeDepartmentMembers`: builds a client from `config`, makes the call. */
export declare function removeDepartmentMembers(config: ClientOptions, params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;
/** True for the errors this package rejects with. */
export declare function isGenAuthError(value: unknown): value is GenAuthError;
/** The endpoint table. */
export declare function endpoints(): EndpointInfo[];
/** Bytes of linear memory the module holds now. */
export declare function memoryBytes(): number;
