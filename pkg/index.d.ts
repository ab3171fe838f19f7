// Generated from the endpoint table (src/api.txt) by `cargo test`; do not edit.

import type * as Models from "./models.js";
/** The request and response shapes of the Management API, by their official names. */
export type { Models };

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
/** The `data` of an official response model (most are envelopes; a few describe the body whole). */
export type DataField<R> = R extends { data?: infer D } ? D : R extends { statusCode: number } ? unknown : R;
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

/** Parameters of `postList`. */
export interface PostListParams {
  /** Text to search for. */
  keywords?: string;
  skipCount?: boolean;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  withMetadata?: boolean;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
  /** Default false. */
  metadataNoFieldId?: boolean;
  createdAfter?: number;
  createdBefore?: number;
  updatedAfter?: number;
  updatedBefore?: number;
}

/** Parameters of `postListBatch` (the body `Models.ListPostBatchDto`). */
export interface PostListBatchParams {
  /** Text to search for. */
  keywords?: string;
  skipCount?: boolean;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  withMetadata?: boolean;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Flatten custom data into the item. */
  flatCustomData?: boolean;
  metadataNoFieldId?: boolean;
  createdAfter?: number;
  createdBefore?: number;
  updatedAfter?: number;
  updatedBefore?: number;
  postCodes?: string[];
}

/** Parameters of `getPost`. */
export interface GetPostParams {
  /** Code of the item. */
  code: string;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `getUserPosts`. */
export interface GetUserPostsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `getUserPost`. */
export interface GetUserPostParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `getPostById` (the body `Models.GetPostByIdListDto`). */
export interface GetPostByIdParams {
  idList?: string;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `createPost` (the body `Models.CreatePostDto`). */
export interface CreatePostParams {
  /** Code of the item. */
  code: string;
  /** Name. */
  name: string;
  id?: string;
  /** Description. */
  description?: string;
  departmentIdList?: string;
}

/** Parameters of `updatePost` (the body `Models.CreatePostDto`). */
export interface UpdatePostParams {
  /** Code of the item. */
  code: string;
  /** Name. */
  name: string;
  id?: string;
  /** Description. */
  description?: string;
  departmentIdList?: string;
}

/** Parameters of `removePost` (the body `Models.RemovePostDto`). */
export interface RemovePostParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `setUserPosts` (the body `Models.SetUserPostsDto`). */
export interface SetUserPostsParams {
  postIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `userConnectionPost` (the body `Models.UserConnectionPostDto`). */
export interface UserConnectionPostParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  postId: string;
}

/** Parameters of `listRow` (the body `Models.FilterDto`). */
export interface ListRowParams {
  modelId: string;
  /** Text to search for. */
  keywords?: string;
  conjunction?: string;
  conditions?: Models.Condition[];
  sort?: unknown[];
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  fetchAll?: boolean;
  withPath?: boolean;
  showFieldId?: boolean;
  previewRelation?: boolean;
  getRelationFieldDetail?: boolean;
  scope?: Models.ScopeDto;
  filterRelation?: Models.ScopeDto;
  expand?: Models.Expand[];
  getNestData?: boolean;
}

/** Parameters of `getRow`. */
export interface GetRowParams {
  modelId: string;
  rowId: string;
  /** Default "false". */
  showFieldId?: string;
}

/** Parameters of `getRowByValue`. */
export interface GetRowByValueParams {
  modelId: string;
  key: string;
  value: string;
  /** Default "false". */
  showFieldId?: string;
}

/** Parameters of `getRowBatch` (the body `Models.GetRowBatchDto`). */
export interface GetRowBatchParams {
  rowIds: string[];
  modelId: string;
}

/** Parameters of `createRow` (the body `Models.CreateRowDto`). */
export interface CreateRowParams {
  data: unknown;
  modelId: string;
  rowId?: string;
}

/** Parameters of `updateRow` (the body `Models.UpdateRowDto`). */
export interface UpdateRowParams {
  data: unknown;
  rowId: string;
  modelId: string;
  showFieldId?: boolean;
}

/** Parameters of `removeRow` (the body `Models.RemoveRowDto`). */
export interface RemoveRowParams {
  rowIdList: string[];
  modelId: string;
  recursive?: boolean;
}

/** Parameters of `createModel` (the body `Models.CreateFunctionModelDto`). */
export interface CreateModelParams {
  parentKey: string;
  enable: boolean;
  type: "ueba" | "user" | "post" | "group" | "department" | "organization" | "device" | "device_rely" | "custom";
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  dataType?: "list" | "tree";
}

/** Parameters of `getModel`. */
export interface GetModelParams {
  id: string;
}

/** Parameters of `listModel`. */
export interface ListModelParams {
}

/** Parameters of `removeModel` (the body `Models.FunctionModelIdDto`). */
export interface RemoveModelParams {
  id: string;
}

/** Parameters of `updateModel` (the body `Models.UpdateFunctionModelDto`). */
export interface UpdateModelParams {
  showFieldKey: string;
  config: unknown;
  fieldOrder: string;
  type: "ueba" | "user" | "post" | "group" | "department" | "organization" | "device" | "device_rely" | "custom";
  parentKey: string;
  enable: boolean;
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  id: string;
}

/** Parameters of `createField` (the body `Models.CreateFunctionModelFieldDto`). */
export interface CreateFieldParams {
  userVisible: boolean;
  relationOptionalRange: Models.Condition;
  relationShowKey: string;
  relationMultiple: boolean;
  relationType: string;
  forLogin: boolean;
  fuzzySearch: boolean;
  dropDown: Models.DropDownItemDto;
  format: number;
  regexp: string;
  min: number;
  max: number;
  maxLength: number;
  unique: boolean;
  require: boolean;
  default: unknown;
  help: string;
  editable: boolean;
  show: boolean;
  type: "Text" | "Textarea" | "Number" | "Boolean" | "Date" | "Enum" | "Relation" | "ReverseRelation" | "Array";
  key: string;
  /** Name. */
  name: string;
  modelId: string;
}

/** Parameters of `updateField` (the body `Models.UpdateFunctionModelFieldDto`). */
export interface UpdateFieldParams {
  userVisible: boolean;
  relationOptionalRange: Models.RelationOptionalRange;
  relationShowKey: string;
  forLogin: boolean;
  fuzzySearch: boolean;
  dropDown: string[];
  format: number;
  regexp: string;
  min: number;
  max: number;
  maxLength: number;
  unique: boolean;
  require: boolean;
  default: unknown;
  help: string;
  editable: boolean;
  show: boolean;
  /** Name. */
  name: string;
  modelId: string;
  id: string;
}

/** Parameters of `remoteField` (the body `Models.FunctionModelFieldIdDto`). */
export interface RemoteFieldParams {
  modelId: string;
  id: string;
}

/** Parameters of `listField`. */
export interface ListFieldParams {
  modelId: string;
  from: string;
}

/** Parameters of `exportMetadata` (the body `Models.ExportModelDto`). */
export interface ExportMetadataParams {
  idList: string[];
  modelId: string;
}

/** Parameters of `importMetadata` (the body `Models.ImportModelDto`). */
export interface ImportMetadataParams {
  file: string;
  modelId: string;
}

/** Parameters of `getImportTemplate`. */
export interface GetImportTemplateParams {
  modelId: string;
}

/** Parameters of `createOperate` (the body `Models.CreateOperateModelDto`). */
export interface CreateOperateParams {
  show: boolean;
  icon: string;
  config: unknown;
  operateName: string;
  operateKey: string;
  modelId: string;
}

/** Parameters of `removeOperate` (the body `Models.FunctionModelOperateIdDto`). */
export interface RemoveOperateParams {
  customConfig: unknown;
  modelId: string;
  id: string;
  fieldId?: string;
}

/** Parameters of `executeOperate` (the body `Models.FunctionModelOperateIdDto`). */
export interface ExecuteOperateParams {
  customConfig: unknown;
  modelId: string;
  id: string;
  fieldId?: string;
}

/** Parameters of `copyOperate` (the body `Models.FunctionModelOperateIdDto`). */
export interface CopyOperateParams {
  customConfig: unknown;
  modelId: string;
  id: string;
  fieldId?: string;
}

/** Parameters of `listOperate`. */
export interface ListOperateParams {
  /** Text to search for. */
  keywords?: string;
  modelId: string;
  fieldId?: string;
  showCreated?: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `listOperateAll`. */
export interface ListOperateAllParams {
  modelId: string;
}

/** Parameters of `updateOperate` (the body `Models.UpdateOperateModelDto`). */
export interface UpdateOperateParams {
  icon: string;
  config: unknown;
  operateName: string;
  operateKey: string;
  show: boolean;
  modelId: string;
  id: string;
  fieldId?: string;
}

/** Parameters of `getRelationInfo` (the body `Models.GetRelationInfoDto`). */
export interface GetRelationInfoParams {
  idList: string[];
  modelId: string;
}

/** Parameters of `createRowRelation` (the body `Models.CreateRelationValueDto`). */
export interface CreateRowRelationParams {
  valueList: string[];
  rowId: string;
  fieldId: string;
  modelId: string;
}

/** Parameters of `getRelationValue`. */
export interface GetRelationValueParams {
  modelId: string;
  fieldId: string;
  rowId: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `removeRelationValue` (the body `Models.RemoveRelationValueDto`). */
export interface RemoveRelationValueParams {
  value: string;
  fieldIds: string[];
  rowId: string;
  modelId: string;
}

/** Parameters of `exportModel` (the body `Models.ExportMetadataDto`). */
export interface ExportModelParams {
  modelId: string;
}

/** Parameters of `importModel` (the body `Models.ImportMetadataDto`). */
export interface ImportModelParams {
  file: string;
}

/** Parameters of `getAllMetadata` (the body `Models.GetAllRowDto`). */
export interface GetAllMetadataParams {
  modelId: string;
  conjunction?: string;
  conditions?: Models.Condition[];
}

/** Parameters of `getRelationDetails`. */
export interface GetRelationDetailsParams {
}

/** Parameters of `relationSearch` (the body `Models.RelationSearchDto`). */
export interface RelationSearchParams {
  fieldId: string;
  modelId: string;
  /** Text to search for. */
  keywords?: string;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  showFieldId?: boolean;
}

/** Parameters of `copyRowRelation` (the body `Models.CopyRowRelationDto`). */
export interface CopyRowRelationParams {
  relationRowId: string;
  rowId: string;
  modelId: string;
}

/** Parameters of `getAllMetadataRow` (the body `Models.GetAllRowVyScrollidDto`). */
export interface GetAllMetadataRowParams {
  size: number;
  modelId: string;
  scrollId?: string;
  id?: string;
  /** Text to search for. */
  query?: unknown;
  getRelationDetails?: boolean;
}

/** Parameters of `getMetadataGroupList` (the body `Models.MetadataGroupDto`). */
export interface GetMetadataGroupListParams {
  groupId: string;
  /** Text to search for. */
  keyword?: string;
  sort?: unknown[];
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  getNestData?: boolean;
}

/** Parameters of `capture` (the body `Models.CreateUEBADto`). */
export interface CaptureParams {
  data: unknown;
  modelId?: string;
}

/** Parameters of `deleteDevice` (the body `Models.DeleteTerminalUserDto`). */
export interface DeleteDeviceParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  id: string;
}

/** Parameters of `suspendDevice` (the body `Models.SuspendTerminalUserDto`). */
export interface SuspendDeviceParams {
  endTime: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  id: string;
}

/** Parameters of `disableDevice` (the body `Models.UpdateTerminalUserDto`). */
export interface DisableDeviceParams {
  id: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `enableDevice` (the body `Models.UpdateTerminalUserDto`). */
export interface EnableDeviceParams {
  id: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getDeviceStatus` (the body `Models.TerminalBaseDto`). */
export interface GetDeviceStatusParams {
  id: string;
}

/** Parameters of `listPublicAccounts` (the body `Models.ListPublicAccountsRequestDto`). */
export interface ListPublicAccountsParams {
  /** Text to search for. */
  keywords?: string;
  advancedFilter?: Models.ListPublicAccountsAdvancedFilterItemDto[];
  searchQuery?: unknown;
  /** Further options of the call. */
  options?: Models.ListPublicAccountsOptionsDto;
}

/** Parameters of `getPublicAccount`. */
export interface GetPublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
}

/** Parameters of `getPublicAccountBatch`. */
export interface GetPublicAccountBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
}

/** Parameters of `createPublicAccount` (the body `Models.CreatePublicAccountReqDto`). */
export interface CreatePublicAccountParams {
  /** Status. */
  status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
  username?: string;
  externalId?: string;
  /** Name. */
  name?: string;
  nickname?: string;
  photo?: string;
  gender?: "M" | "F" | "U";
  emailVerified?: boolean;
  phoneVerified?: boolean;
  birthdate?: string;
  country?: string;
  province?: string;
  city?: string;
  address?: string;
  streetAddress?: string;
  postalCode?: string;
  company?: string;
  browser?: string;
  device?: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  profile?: string;
  preferredUsername?: string;
  website?: string;
  zoneinfo?: string;
  locale?: string;
  formatted?: string;
  region?: string;
  password?: string;
  salt?: string;
  otp?: Models.CreatePublicAccountOtpDto;
  departmentIds?: string[];
  /** Custom data. */
  customData?: unknown;
  identityNumber?: string;
  /** Further options of the call. */
  options?: Models.CreatePublicAccountOptionsDto;
}

/** Parameters of `createPublicAccountsBatch` (the body `Models.CreatePublicAccountBatchReqDto`). */
export interface CreatePublicAccountsBatchParams {
  list: Models.CreatePublicAccountReqDto[];
  /** Further options of the call. */
  options?: Models.CreatePublicAccountOptionsDto;
}

/** Parameters of `updatePublicAccount` (the body `Models.UpdatePublicAccountReqDto`). */
export interface UpdatePublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  phoneCountryCode?: string;
  /** Name. */
  name?: string;
  nickname?: string;
  photo?: string;
  externalId?: string;
  /** Status. */
  status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  emailVerified?: boolean;
  phoneVerified?: boolean;
  birthdate?: string;
  country?: string;
  province?: string;
  city?: string;
  address?: string;
  streetAddress?: string;
  postalCode?: string;
  gender?: "M" | "F" | "U";
  username?: string;
  email?: string;
  phone?: string;
  password?: string;
  company?: string;
  browser?: string;
  device?: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  profile?: string;
  preferredUsername?: string;
  website?: string;
  zoneinfo?: string;
  locale?: string;
  formatted?: string;
  region?: string;
  identityNumber?: string;
  /** Custom data. */
  customData?: unknown;
  /** Further options of the call. */
  options?: Models.UpdatePublicAccountOptionsDto;
}

/** Parameters of `updatePublicAccountBatch` (the body `Models.UpdatePublicAccountBatchReqDto`). */
export interface UpdatePublicAccountBatchParams {
  list: Models.UpdatePublicAccountInfoDto[];
  /** Further options of the call. */
  options?: Models.UpdatePublicAccountBatchOptionsDto;
}

/** Parameters of `deletePublicAccountsBatch` (the body `Models.DeletePublicAccountsBatchDto`). */
export interface DeletePublicAccountsBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Further options of the call. */
  options?: Models.DeletePublicAccountsBatchOptionsDto;
}

/** Parameters of `kickPublicAccounts` (the body `Models.KickPublicAccountsDto`). */
export interface KickPublicAccountsParams {
  appIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Further options of the call. */
  options?: Models.KickPublicAccountsOptionsDto;
}

/** Parameters of `changeIntoPublicAccount` (the body `Models.CreatePublicAccountFromUserDto`). */
export interface ChangeIntoPublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getPublicAccountsOfUser`. */
export interface GetPublicAccountsOfUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getUsersOfPublicAccount`. */
export interface GetUsersOfPublicAccountParams {
  publicAccountId: string;
}

/** Parameters of `bindUsersPublicAccount` (the body `Models.SetPublicAccountBatchReqDto`). */
export interface BindUsersPublicAccountParams {
  publicAccountId: string;
  /** Ids of the users. */
  userIds: string[];
}

/** Parameters of `setuserOfPublicAccount` (the body `Models.SetUserOfPublicAccountBatchReqDto`). */
export interface SetuserOfPublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  publicAccountIds: string[];
}

/** Parameters of `unbindUsersPublicAccount` (the body `Models.UnbindPublicAccountBatchReqDto`). */
export interface UnbindUsersPublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  publicAccountId: string;
}

/** Parameters of `getOrganization`. */
export interface GetOrganizationParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getOrganizationsBatch`. */
export interface GetOrganizationsBatchParams {
  organizationCodeList: string[];
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listOrganizations`. */
export interface ListOrganizationsParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Default false. */
  fetchAll?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Status. */
  status?: boolean;
}

/** Parameters of `createOrganization` (the body `Models.CreateOrganizationReqDto`). */
export interface CreateOrganizationParams {
  /** Metadata. */
  metadata?: unknown;
  organizationName: string;
  /** Code of the organization. */
  organizationCode: string;
  /** Description. */
  description?: string;
  openDepartmentId?: string;
  i18n?: Models.OrganizationNameI18nDto;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  postIdList?: string[];
}

/** Parameters of `updateOrganization` (the body `Models.UpdateOrganizationReqDto`). */
export interface UpdateOrganizationParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Description. */
  description?: string;
  openDepartmentId?: string;
  leaderUserIds?: string[];
  i18n?: Models.OrganizationNameI18nDto;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  organizationNewCode?: string;
  organizationName?: string;
  postIdList?: string[];
}

/** Parameters of `deleteOrganization` (the body `Models.DeleteOrganizationReqDto`). */
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
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `updateOrganizationStatus` (the body `Models.UpdateOrganizationStatusReqDto`). */
export interface UpdateOrganizationStatusParams {
  rootNodeId: string;
  /** Status. */
  status?: string;
}

/** Parameters of `getDepartment`. */
export interface GetDepartmentParams {
  /** Code of the organization. */
  organizationCode?: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId?: string;
  departmentCode?: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getDepartmentAllApp` (the body `Models.GetDepartmentByIdReqDto`). */
export interface GetDepartmentAllAppParams {
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  appTypeList?: string[];
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `createDepartment` (the body `Models.CreateDepartmentReqDto`). */
export interface CreateDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Name. */
  name: string;
  /** Id of the parent department. */
  parentDepartmentId: string;
  /** Metadata. */
  metadata?: unknown;
  openDepartmentId?: string;
  /** Description. */
  description?: string;
  /** Code of the item. */
  code?: string;
  isVirtualNode?: boolean;
  i18n?: Models.DepartmentI18nDto;
  /** Custom data. */
  customData?: unknown;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  postIdList?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `updateDepartment` (the body `Models.UpdateDepartmentReqDto`). */
export interface UpdateDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Metadata. */
  metadata?: unknown;
  leaderUserIds?: string[];
  /** Description. */
  description?: string;
  /** Code of the item. */
  code?: string;
  i18n?: Models.DepartmentI18nDto;
  /** Status. */
  status?: boolean;
  /** Name. */
  name?: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Id of the parent department. */
  parentDepartmentId?: string;
  /** Custom data. */
  customData?: unknown;
  postIdList?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteDepartment` (the body `Models.DeleteDepartmentReqDto`). */
export interface DeleteDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchDepartments` (the body `Models.SearchDepartmentsReqDto`). */
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

/** Parameters of `searchDepartmentsList` (the body `Models.SearchDepartmentsListReqDto`). */
export interface SearchDepartmentsListParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Include posts. */
  withPost?: boolean;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  advancedFilter?: Models.SearchDepartmentsFilterItemDto[];
  /** Field to sort by. */
  sortBy?: "updatedAt" | "createdAt";
  /** Sort order. */
  orderBy?: "ASC" | "DESC";
  sort?: Models.DepartmentSortingDto[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listChildrenDepartments`. */
export interface ListChildrenDepartmentsParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Status. */
  status?: boolean;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Default false. */
  excludeVirtualNode?: boolean;
  /** Default false. */
  onlyVirtualNode?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getAllDepartments`. */
export interface GetAllDepartmentsParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). Default "root". */
  departmentId?: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
}

/** Parameters of `listDepartmentMembers`. */
export interface ListDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Field to sort by. Default "JoinDepartmentAt". */
  sortBy?: "Default" | "JoinDepartmentAt" | "userId" | "createAt" | "updatedAt";
  /** Sort order. Default "Desc". */
  orderBy?: "Asc" | "Desc";
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include identities. Default false. */
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
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `searchDepartmentMembers`. */
export interface SearchDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Text to search for. */
  keywords: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `addDepartmentMembers` (the body `Models.AddDepartmentMembersReqDto`). */
export interface AddDepartmentMembersParams {
  /** Ids of the users. */
  userIds: string[];
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `removeDepartmentMembers` (the body `Models.RemoveDepartmentMembersReqDto`). */
export interface RemoveDepartmentMembersParams {
  /** Ids of the users. */
  userIds: string[];
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getParentDepartment`. */
export interface GetParentDepartmentParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `isUserInDepartment`. */
export interface IsUserInDepartmentParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include members of sub-departments. Default false. */
  includeChildrenDepartments?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getDepartmentById`. */
export interface GetDepartmentByIdParams {
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  appTypeList?: string[];
  /** Include custom data. Default false. */
  withCustomData?: boolean;
}

/** Parameters of `createDepartmentTree` (the body `Models.CreateDepartmentTreeReqDto`). */
export interface CreateDepartmentTreeParams {
  /** Name. */
  name: string;
  children?: string[];
  members?: Models.UserInfoDto;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `getDepartmentSyncRelations`. */
export interface GetDepartmentSyncRelationsParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId?: string;
  /** Kind of id `departmentId` is. Default "department_id". */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteDepartmentSyncRelations` (the body `Models.DeleteDepartmentSyncRelationReqDto`). */
export interface DeleteDepartmentSyncRelationsParams {
  provider: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Code of the organization. */
  organizationCode: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
}

/** Parameters of `updateNodeStatus` (the body `Models.UpdateDepartmentStatusReqDto`). */
export interface UpdateNodeStatusParams {
  /** Status. */
  status: boolean;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
}

/** Parameters of `listUsers` (the body `Models.ListUsersRequestDto`). */
export interface ListUsersParams {
  /** Text to search for. */
  keywords?: string;
  advancedFilter?: Models.ListUsersAdvancedFilterItemDto[];
  searchQuery?: unknown;
  /** Further options of the call. */
  options?: Models.ListUsersOptionsDto;
}

/** Parameters of `listUsersLegacy`. */
export interface ListUsersLegacyParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Status. */
  status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  updatedAtStart?: number;
  updatedAtEnd?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Default false. */
  withUserPasswordExpireTime?: boolean;
}

/** Parameters of `getUser`. */
export interface GetUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include posts. Default false. */
  withPost?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
}

/** Parameters of `getUserBatch`. */
export interface GetUserBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
}

/** Parameters of `userFieldDecrypt` (the body `Models.UserFieldDecryptReqDto`). */
export interface UserFieldDecryptParams {
  data: Models.UserFieldDecryptReqItemDto[];
  privateKey: string;
}

/** Parameters of `createUser` (the body `Models.CreateUserReqDto`). */
export interface CreateUserParams {
  /** Status. */
  status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
  username?: string;
  externalId?: string;
  /** Name. */
  name?: string;
  nickname?: string;
  photo?: string;
  gender?: "M" | "F" | "U";
  emailVerified?: boolean;
  phoneVerified?: boolean;
  birthdate?: string;
  country?: string;
  province?: string;
  city?: string;
  address?: string;
  streetAddress?: string;
  postalCode?: string;
  company?: string;
  browser?: string;
  device?: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  profile?: string;
  preferredUsername?: string;
  website?: string;
  zoneinfo?: string;
  locale?: string;
  formatted?: string;
  region?: string;
  password?: string;
  salt?: string;
  tenantIds?: string[];
  otp?: Models.CreateUserOtpDto;
  departmentIds?: string[];
  /** Custom data. */
  customData?: unknown;
  metadataSource?: unknown;
  identities?: Models.CreateIdentityDto[];
  identityNumber?: string;
  /** Further options of the call. */
  options?: Models.CreateUserOptionsDto;
}

/** Parameters of `createUsersBatch` (the body `Models.CreateUserBatchReqDto`). */
export interface CreateUsersBatchParams {
  list: Models.CreateUserInfoDto[];
  /** Further options of the call. */
  options?: Models.CreateUserOptionsDto;
}

/** Parameters of `updateUser` (the body `Models.UpdateUserReqDto`). */
export interface UpdateUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  phoneCountryCode?: string;
  /** Name. */
  name?: string;
  nickname?: string;
  photo?: string;
  externalId?: string;
  /** Status. */
  status?: "Suspended" | "Resigned" | "Activated" | "Archived" | "Deactivated";
  emailVerified?: boolean;
  phoneVerified?: boolean;
  birthdate?: string;
  country?: string;
  province?: string;
  city?: string;
  address?: string;
  streetAddress?: string;
  postalCode?: string;
  gender?: "M" | "F" | "U";
  username?: string;
  email?: string;
  phone?: string;
  password?: string;
  company?: string;
  browser?: string;
  device?: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  profile?: string;
  preferredUsername?: string;
  website?: string;
  zoneinfo?: string;
  locale?: string;
  formatted?: string;
  region?: string;
  identityNumber?: string;
  /** Custom data. */
  customData?: unknown;
  /** Metadata. */
  metadata?: unknown;
  /** Further options of the call. */
  options?: Models.UpdateUserOptionsDto;
}

/** Parameters of `updateUserBatch` (the body `Models.UpdateUserBatchReqDto`). */
export interface UpdateUserBatchParams {
  list: Models.UpdateUserInfoDto[];
  /** Further options of the call. */
  options?: Models.UpdateUserBatchOptionsDto;
}

/** Parameters of `deleteUsersBatch` (the body `Models.DeleteUsersBatchDto`). */
export interface DeleteUsersBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Further options of the call. */
  options?: Models.DeleteUsersBatchOptionsDto;
}

/** Parameters of `getUserIdentities`. */
export interface GetUserIdentitiesParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserRoles`. */
export interface GetUserRolesParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getUserPrincipalAuthenticationInfo`. */
export interface GetUserPrincipalAuthenticationInfoParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `resetUserPrincipalAuthenticationInfo` (the body `Models.ResetUserPrincipalAuthenticationInfoDto`). */
export interface ResetUserPrincipalAuthenticationInfoParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Further options of the call. */
  options?: Models.ResetUserPrincipalAuthenticationInfoOptionsDto;
}

/** Parameters of `getUserDepartments`. */
export interface GetUserDepartmentsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Default false. */
  withDepartmentPaths?: boolean;
  /** Field to sort by. Default "JoinDepartmentAt". */
  sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
  /** Sort order. Default "Desc". */
  orderBy?: "Asc" | "Desc";
}

/** Parameters of `setUserDepartments` (the body `Models.SetUserDepartmentsDto`). */
export interface SetUserDepartmentsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  departments: Models.SetUserDepartmentDto[];
  /** Further options of the call. */
  options?: Models.SetUserDepartmentsOptionsDto;
}

/** Parameters of `getUserGroups`. */
export interface GetUserGroupsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserMfaInfo`. */
export interface GetUserMfaInfoParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `listArchivedUsers`. */
export interface ListArchivedUsersParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  startAt?: number;
}

/** Parameters of `kickUsers` (the body `Models.KickUsersDto`). */
export interface KickUsersParams {
  appIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Further options of the call. */
  options?: Models.KickUsersOptionsDto;
}

/** Parameters of `isUserExists` (the body `Models.IsUserExistsReqDto`). */
export interface IsUserExistsParams {
  username?: string;
  email?: string;
  phone?: string;
  externalId?: string;
}

/** Parameters of `getUserAccessibleApps`. */
export interface GetUserAccessibleAppsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserAuthorizedApps`. */
export interface GetUserAuthorizedAppsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `hasAnyRole` (the body `Models.HasAnyRoleReqDto`). */
export interface HasAnyRoleParams {
  roles: Models.HasRoleRolesDto[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Further options of the call. */
  options?: Models.HasAnyRoleOptionsDto;
}

/** Parameters of `getUserLoginHistory`. */
export interface GetUserLoginHistoryParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Id of the application. */
  appId?: string;
  clientIp?: string;
  start?: number;
  end?: number;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `getUserLoggedinApps`. */
export interface GetUserLoggedinAppsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserLoggedinIdentities`. */
export interface GetUserLoggedinIdentitiesParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `resignUser` (the body `Models.ResignUserReqDto`). */
export interface ResignUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `resignUserBatch` (the body `Models.ResignUserBatchReqDto`). */
export interface ResignUserBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserAuthorizedResources`. */
export interface GetUserAuthorizedResourcesParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Code of the permission space. */
  namespace?: string;
  /** Kind of resource. */
  resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
}

/** Parameters of `checkSessionStatus` (the body `Models.CheckSessionStatusDto`). */
export interface CheckSessionStatusParams {
  /** Id of the application. */
  appId: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `importOtp` (the body `Models.ImportOtpReqDto`). */
export interface ImportOtpParams {
  list: Models.ImportOtpItemDto[];
}

/** Parameters of `getOtpSecretByUser`. */
export interface GetOtpSecretByUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserPasswordCiphertext` (the body `Models.GetUserPasswordCiphertextDto`). */
export interface GetUserPasswordCiphertextParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `linkIdentity` (the body `Models.LinkIdentityDto`). */
export interface LinkIdentityParams {
  userIdInIdp: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Id of the external identity source. */
  extIdpId: string;
  type?: string;
  isSocial?: boolean;
}

/** Parameters of `unlinkIdentity` (the body `Models.UnlinkIdentity`). */
export interface UnlinkIdentityParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Id of the external identity source. */
  extIdpId: string;
  type?: string;
  isSocial?: boolean;
}

/** Parameters of `setUsersMfaStatus` (the body `Models.SetMfaStatusDto`). */
export interface SetUsersMfaStatusParams {
  mfaTriggerData: Models.GetMfaInfoDataDto;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserMfaStatus`. */
export interface GetUserMfaStatusParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserSyncRelations`. */
export interface GetUserSyncRelationsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `deleteUserSyncRelations` (the body `Models.DeleteUserSyncRelationReqDto`). */
export interface DeleteUserSyncRelationsParams {
  provider: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getUserEncryptPasswordBatch` (the body `Models.GetUserEncryptPasswordBatchDto`). */
export interface GetUserEncryptPasswordBatchParams {
  /** Ids of the users. */
  userIds: string[];
}

/** Parameters of `getPublicAccountRoles`. */
export interface GetPublicAccountRolesParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Code of the permission space. Default "default". */
  namespace?: string;
}

/** Parameters of `getPublicAccountsOfRole`. */
export interface GetPublicAccountsOfRoleParams {
  roleId: string;
}

/** Parameters of `bindPublicAccountOfRoles` (the body `Models.SetUserRolesDto`). */
export interface BindPublicAccountOfRolesParams {
  roleIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getPublicAccountsOfGroup`. */
export interface GetPublicAccountsOfGroupParams {
  groupId: string;
}

/** Parameters of `getGroupsOfPublicAccount`. */
export interface GetGroupsOfPublicAccountParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getPublicAccountOfGroups` (the body `Models.SetUserGroupsDto`). */
export interface GetPublicAccountOfGroupsParams {
  groupIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getPublicAccountsOfDepartment`. */
export interface GetPublicAccountsOfDepartmentParams {
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
}

/** Parameters of `getPublicAccountDepartments`. */
export interface GetPublicAccountDepartmentsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Default false. */
  withDepartmentPaths?: boolean;
  /** Field to sort by. Default "JoinDepartmentAt". */
  sortBy?: "DepartmentCreatedAt" | "JoinDepartmentAt" | "DepartmentName" | "DepartmemtCode";
  /** Sort order. Default "Desc". */
  orderBy?: "Asc" | "Desc";
}

/** Parameters of `setPublicAccountOfDepartments` (the body `Models.SetUserDepartmentsDto`). */
export interface SetPublicAccountOfDepartmentsParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  departments: Models.SetUserDepartmentDto[];
  /** Further options of the call. */
  options?: Models.SetUserDepartmentsOptionsDto;
}

/** Parameters of `resignPublicAccountBatch` (the body `Models.ResignUserBatchReqDto`). */
export interface ResignPublicAccountBatchParams {
  /** Ids of the users. */
  userIds: string[];
  /** Kind of id `userId` is. */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `getPostOfPublicUser`. */
export interface GetPostOfPublicUserParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getPublicAccountsOfPost`. */
export interface GetPublicAccountsOfPostParams {
  postId: string;
}

/** Parameters of `setPublicAccountOfnPost` (the body `Models.UserConnectionPostDto`). */
export interface SetPublicAccountOfnPostParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  postId: string;
}

/** Parameters of `unbindPublicAccountOfPost` (the body `Models.UserConnectionPostDto`). */
export interface UnbindPublicAccountOfPostParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  postId: string;
}

/** Parameters of `getSyncTask`. */
export interface GetSyncTaskParams {
  syncTaskId: number;
}

/** Parameters of `listSyncTasks`. */
export interface ListSyncTasksParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `createSyncTask` (the body `Models.CreateSyncTaskDto`). */
export interface CreateSyncTaskParams {
  fieldMapping: Models.SyncTaskFieldMapping[];
  syncTaskTrigger: "manually" | "timed" | "automatic";
  syncTaskFlow: "upstream" | "downstream";
  clientConfig: Models.SyncTaskClientConfig;
  syncTaskType: "lark" | "lark-international" | "wechatwork" | "dingtalk" | "active-directory" | "italent" | "maycur" | "ldap" | "moka" | "fxiaoke" | "scim" | "xiaoshouyi" | "kayang" | "custom";
  syncTaskName: string;
  /** Code of the organization. */
  organizationCode?: string;
  provisioningScope?: Models.SyncTaskProvisioningScope;
  timedScheduler?: Models.SyncTaskTimedScheduler;
}

/** Parameters of `updateSyncTask` (the body `Models.UpdateSyncTaskDto`). */
export interface UpdateSyncTaskParams {
  syncTaskId: number;
  syncTaskName?: string;
  syncTaskType?: "lark" | "lark-international" | "wechatwork" | "dingtalk" | "active-directory" | "italent" | "maycur" | "ldap" | "moka" | "fxiaoke" | "scim" | "xiaoshouyi" | "kayang" | "custom";
  clientConfig?: Models.SyncTaskClientConfig;
  syncTaskFlow?: "upstream" | "downstream";
  syncTaskTrigger?: "manually" | "timed" | "automatic";
  /** Code of the organization. */
  organizationCode?: string;
  provisioningScope?: Models.SyncTaskProvisioningScope;
  fieldMapping?: Models.SyncTaskFieldMapping[];
  timedScheduler?: Models.SyncTaskTimedScheduler;
}

/** Parameters of `triggerSyncTask` (the body `Models.TriggerSyncTaskDto`). */
export interface TriggerSyncTaskParams {
  syncTaskId: number;
}

/** Parameters of `getSyncJob`. */
export interface GetSyncJobParams {
  syncJobId: number;
}

/** Parameters of `listSyncJobs`. */
export interface ListSyncJobsParams {
  syncTaskId: number;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  syncTrigger?: "manually" | "timed" | "automatic";
}

/** Parameters of `listSyncJobLogs`. */
export interface ListSyncJobLogsParams {
  syncJobId: number;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  success?: boolean;
  action?: "CreateUser" | "UpdateUser" | "DeleteUser" | "UpdateUserIdentifier" | "ChangeUserDepartment" | "CreateDepartment" | "UpdateDepartment" | "DeleteDepartment" | "MoveDepartment" | "UpdateDepartmentLeader" | "CreateGroup" | "UpdateGroup" | "DeleteGroup" | "Updateless";
  objectType?: "DEPARTMENT" | "USER";
}

/** Parameters of `listSyncRiskOperations`. */
export interface ListSyncRiskOperationsParams {
  syncTaskId: number;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Status. */
  status?: Array<"PENDING" | "SUCCESS" | "FAILED" | "CANCELED" | "EXECUTING">;
  objectType?: Array<"DEPARTMENT" | "USER">;
}

/** Parameters of `triggerSyncRiskOperations` (the body `Models.TriggerSyncRiskOperationDto`). */
export interface TriggerSyncRiskOperationsParams {
  syncRiskOperationIds: number[];
}

/** Parameters of `cancelSyncRiskOperation` (the body `Models.CancelSyncRiskOperationDto`). */
export interface CancelSyncRiskOperationParams {
  syncRiskOperationIds: number[];
}

/** Parameters of `getUniversalInvitation`. */
export interface GetUniversalInvitationParams {
  /** Default false. */
  withDepartmentDetail?: boolean;
}

/** Parameters of `updateUniversalInvitation` (the body `Models.UpdateUniversalInvitationDto`). */
export interface UpdateUniversalInvitationParams {
  adminInvitationConfig?: boolean;
  memberInvitationConfig?: boolean;
  enabledMemberInvitation?: boolean;
}

/** Parameters of `generateUniversalInvitation`. */
export interface GenerateUniversalInvitationParams {
}

/** Parameters of `filter` (the body `Models.PaginationUniversalInvitationApplicantQueryDto`). */
export interface FilterParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withInvitorDetail?: boolean;
  withOperatorDetail?: boolean;
}

/** Parameters of `approval` (the body `Models.ApprovalUniversalInvitationApplicantDto`). */
export interface ApprovalParams {
  applicantIds: string[];
}

/** Parameters of `reject` (the body `Models.ApprovalUniversalInvitationApplicantDto`). */
export interface RejectParams {
  applicantIds: string[];
}

/** Parameters of `listInvitationPolicies` (the body `Models.PaginationInvitationPolicyQueryDto`). */
export interface ListInvitationPoliciesParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withCreatorDetail?: boolean;
}

/** Parameters of `createInvitationPolicy` (the body `Models.CreateInvitationPolicyDto`). */
export interface CreateInvitationPolicyParams {
  /** Name. */
  name: string;
  inviteMethod?: "email";
  inviteLinkConfig?: Models.InvitationLinkConfigDto;
  defaultPasswordConfig?: Models.DefaultPasswordConfigDto;
  showPasswordInInviteEmail?: boolean;
  enabledIdentifierVerify?: boolean;
  sendVerifyCodeMethod?: "prioritySMS" | "priorityEmail";
  enabledInfoFill?: boolean;
  registerInfoFillMsg?: string;
  enabledExtIdp?: boolean;
  allowSkipBindExtIdp?: boolean;
  extIdpBindMsg?: string;
  extIdpConnIds?: string[];
  extendsFields?: string[];
}

/** Parameters of `getPolicyDetailById`. */
export interface GetPolicyDetailByIdParams {
  policyId: string;
  rosterId?: string;
  /** Default false. */
  withCreatorDetail?: boolean;
}

/** Parameters of `copyInvitationPolicyById` (the body `Models.CopyInvitationPolicyDto`). */
export interface CopyInvitationPolicyByIdParams {
  policyId: string;
}

/** Parameters of `updateInvitationPolicy` (the body `Models.UpdateInvitationPolicyDto`). */
export interface UpdateInvitationPolicyParams {
  policyId: string;
  /** Name. */
  name?: string;
  inviteMethod?: "email";
  inviteLinkConfig?: Models.InvitationLinkConfigDto;
  defaultPasswordConfig?: Models.DefaultPasswordConfigDto;
  showPasswordInInviteEmail?: boolean;
  enabledIdentifierVerify?: boolean;
  sendVerifyCodeMethod?: "prioritySMS" | "priorityEmail";
  enabledInfoFill?: boolean;
  registerInfoFillMsg?: string;
  enabledExtIdp?: boolean;
  allowSkipBindExtIdp?: boolean;
  extIdpBindMsg?: string;
  extIdpConnIds?: string[];
  extendsFields?: string[];
  inviteEmailTemplateType?: string;
  welcomeEmailTemplateType?: string;
}

/** Parameters of `listRegisterExtendsFields`. */
export interface ListRegisterExtendsFieldsParams {
  policyId: string;
  rosterId?: string;
}

/** Parameters of `updateRegisterExtendsFields` (the body `Models.PolicyExtendsFieldsDto`). */
export interface UpdateRegisterExtendsFieldsParams {
  extendsField: Models.UpdateExtendsFieldDto;
  action: string;
  policyId: string;
  newOrder?: string[];
}

/** Parameters of `batchDeleteInvitationPolicies` (the body `Models.DeleteInvitationPolicyByIdsDto`). */
export interface BatchDeleteInvitationPoliciesParams {
  policyIds: string[];
}

/** Parameters of `getPolicyUserAttributionDetail`. */
export interface GetPolicyUserAttributionDetailParams {
  id: string;
  withTargetDetail?: boolean;
  withDepartmentExtInfo?: boolean;
}

/** Parameters of `listPolicyUserAttributionDetail`. */
export interface ListPolicyUserAttributionDetailParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  policyId: string;
  withTargetDetail?: boolean;
  withDepartmentExtInfo?: boolean;
  /** Kind of target (user, role, group, department). */
  targetType: "department" | "post" | "role" | "group";
}

/** Parameters of `addPolicyUserAttribution` (the body `Models.AddInvitationPolicyUserAttributionDto`). */
export interface AddPolicyUserAttributionParams {
  /** Kind of target (user, role, group, department). */
  targetType: "department" | "post" | "role" | "group";
  targetIdentifier: string;
  policyId: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `addPolicyUserAttributionsBatch` (the body `Models.AddInvitationPolicyUserAttributionsBatchDto`). */
export interface AddPolicyUserAttributionsBatchParams {
  targets: Models.InvitationPolicyUserAttributionListDto[];
  policyId: string;
}

/** Parameters of `setUserAttributionMainDepartment` (the body `Models.SetInvitationPolicyUserAttributionMainDepartmentDto`). */
export interface SetUserAttributionMainDepartmentParams {
  policyId: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
}

/** Parameters of `removeUserAttributionMainDepartment` (the body `Models.RemoveInvitationPolicyUserAttributionMainDepartmentDto`). */
export interface RemoveUserAttributionMainDepartmentParams {
  policyId: string;
}

/** Parameters of `getUserAttributionMainDepartment`. */
export interface GetUserAttributionMainDepartmentParams {
  policyId: string;
  withDepartmentDetail?: boolean;
}

/** Parameters of `removePolicyUserAttribution` (the body `Models.RemoveInvitationPolicyUserAttributionDto`). */
export interface RemovePolicyUserAttributionParams {
  /** Kind of target (user, role, group, department). */
  targetType: "department" | "post" | "role" | "group";
  targetIdentifier: string;
  policyId: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `removePolicyUserAttributionsBatch` (the body `Models.RemoveInvitationPolicyUserAttributionsBatchDto`). */
export interface RemovePolicyUserAttributionsBatchParams {
  targets: Models.InvitationPolicyUserAttributionListDto[];
  policyId: string;
}

/** Parameters of `getInviteEmailTemplate` (the body `Models.EmailTemplateQueryDto`). */
export interface GetInviteEmailTemplateParams {
  scene: "INVITE" | "WELCOME";
  policyId: string;
  rosterId?: string;
  templateType?: string;
}

/** Parameters of `updateInviteEmailTemplate` (the body `Models.UpdateEmailTemplateDto`). */
export interface UpdateInviteEmailTemplateParams {
  type: "WELCOME_EMAIL" | "FIRST_CREATED_USER" | "REGISTER_VERIFY_CODE" | "LOGIN_VERIFY_CODE" | "MFA_VERIFY_CODE" | "INFORMATION_COMPLETION_VERIFY_CODE" | "FIRST_EMAIL_LOGIN_VERIFY" | "CONSOLE_CONDUCTED_VERIFY" | "USER_PASSWORD_UPDATE_REMIND" | "ADMIN_RESET_USER_PASSWORD_NOTIFICATION" | "USER_PASSWORD_RESET_NOTIFICATION" | "RESET_PASSWORD_VERIFY_CODE" | "SELF_UNLOCKING_VERIFY_CODE" | "EMAIL_BIND_VERIFY_CODE" | "EMAIL_UNBIND_VERIFY_CODE";
  customizeEnabled: boolean;
  /** Name. */
  name: string;
  subject: string;
  sender: string;
  content: string;
  expiresIn?: number;
  redirectTo?: string;
  tplEngine?: "handlebar" | "ejs";
}

/** Parameters of `listInvitationRoster` (the body `Models.ListInvitationRosterDto`). */
export interface ListInvitationRosterParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withCreatorDetail?: boolean;
  withUserCount?: boolean;
  withAssignedPolicy?: boolean;
}

/** Parameters of `listInvitationRostersByPolicyId` (the body `Models.ListInvitationRosterByPolicyIdDto`). */
export interface ListInvitationRostersByPolicyIdParams {
  policyId: string;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withCreatorDetail?: boolean;
  withUserCount?: boolean;
  withAssignedPolicy?: boolean;
}

/** Parameters of `listInvitationRostersByNonPolicyId` (the body `Models.ListInvitationRosterDto`). */
export interface ListInvitationRostersByNonPolicyIdParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withCreatorDetail?: boolean;
  withUserCount?: boolean;
  withAssignedPolicy?: boolean;
}

/** Parameters of `getInvitationRoster`. */
export interface GetInvitationRosterParams {
  rosterId: string;
  /** Default false. */
  withCreatorDetail?: boolean;
  /** Default false. */
  withUserCount?: boolean;
  /** Default false. */
  withAssignedPolicy?: boolean;
}

/** Parameters of `createInvitationRoster` (the body `Models.CreateInvitationRosterDto`). */
export interface CreateInvitationRosterParams {
  /** Name. */
  name: string;
}

/** Parameters of `batchBindPolicy` (the body `Models.BatchBindPolicy`). */
export interface BatchBindPolicyParams {
  rosterIds: string[];
  policyId: string;
}

/** Parameters of `batchUnbindPolicy` (the body `Models.BatchUnbindPolicy`). */
export interface BatchUnbindPolicyParams {
  rosterIds: string[];
  policyId: string;
}

/** Parameters of `updateInvitationRoster` (the body `Models.UpdateInvitationRosterDto`). */
export interface UpdateInvitationRosterParams {
  rosterId: string;
  /** Name. */
  name?: string;
  policyId?: string;
}

/** Parameters of `deleteInvitationRoster` (the body `Models.DeleteInvitationRosterDto`). */
export interface DeleteInvitationRosterParams {
  id: string;
}

/** Parameters of `deleteInvitationRosterBatch` (the body `Models.DeleteInvitationRosterBatchDto`). */
export interface DeleteInvitationRosterBatchParams {
  ids: string[];
}

/** Parameters of `sendRosterInvitation` (the body `Models.SendRosterInvitationDto`). */
export interface SendRosterInvitationParams {
  rosterId: string;
}

/** Parameters of `sendRosterInvitationBatch` (the body `Models.SendRosterInvitationBatchDto`). */
export interface SendRosterInvitationBatchParams {
  inviteeIds: string[];
  rosterId: string;
}

/** Parameters of `revertRosterInvitation` (the body `Models.RevertRosterInvitationDto`). */
export interface RevertRosterInvitationParams {
  inviteeId: string;
  rosterId: string;
}

/** Parameters of `revertRosterInvitationBatch` (the body `Models.RevertRosterInvitationBatchDto`). */
export interface RevertRosterInvitationBatchParams {
  inviteeIds: string[];
}

/** Parameters of `quickFilterInviteeList` (the body `Models.QuickFilterInvitationUserDto`). */
export interface QuickFilterInviteeListParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
}

/** Parameters of `filterUsers` (the body `Models.ListInvitationUserDto`). */
export interface FilterUsersParams {
  rosterId: string;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  filter?: Models.CombineFiltersBaseDto;
  withCreatorDetail?: boolean;
}

/** Parameters of `deleteInvitees` (the body `Models.DeleteRosterUsersDto`). */
export interface DeleteInviteesParams {
  inviteeIds: string[];
  rosterId: string;
}

/** Parameters of `importTemplate`. */
export interface ImportTemplateParams {
}

/** Parameters of `importUsers` (the body `Models.ImportUsersDto`). */
export interface ImportUsersParams {
  rosterId: string;
  file: string;
}

/** Parameters of `exportUsers` (the body `Models.ExportUsersDto`). */
export interface ExportUsersParams {
  rosterId: string;
}

/** Parameters of `getGroup`. */
export interface GetGroupParams {
  /** Code of the item. */
  code: string;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `listGroups`. */
export interface ListGroupsParams {
  /** Text to search for. */
  keywords?: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  withMetadata?: boolean;
  /** Include custom data. */
  withCustomData?: boolean;
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
}

/** Parameters of `getAllGroups`. */
export interface GetAllGroupsParams {
  /** Default false. */
  fetchMembers?: boolean;
  /** Include custom data. */
  withCustomData?: boolean;
}

/** Parameters of `createGroup` (the body `Models.CreateGroupReqDto`). */
export interface CreateGroupParams {
  type: string;
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  /** Code of the item. */
  code: string;
  /** Custom data. */
  customData?: unknown;
}

/** Parameters of `createOrUpdateGroup` (the body `Models.CreateOrUpdateGroupReqDto`). */
export interface CreateOrUpdateGroupParams {
  type: string;
  /** Description. */
  description: string;
  /** Name. */
  name: string;
  /** Code of the item. */
  code: string;
}

/** Parameters of `createGroupsBatch` (the body `Models.CreateGroupBatchReqDto`). */
export interface CreateGroupsBatchParams {
  list: Models.CreateGroupReqDto[];
}

/** Parameters of `updateGroup` (the body `Models.UpdateGroupReqDto`). */
export interface UpdateGroupParams {
  /** Description. */
  description: string;
  /** Code of the item. */
  code: string;
  /** Name. */
  name?: string;
  newCode?: string;
  /** Custom data. */
  customData?: unknown;
}

/** Parameters of `deleteGroupsBatch` (the body `Models.DeleteGroupsReqDto`). */
export interface DeleteGroupsBatchParams {
  codeList: string[];
}

/** Parameters of `addGroupMembers` (the body `Models.AddGroupMembersReqDto`). */
export interface AddGroupMembersParams {
  /** Ids of the users. */
  userIds: string[];
  /** Code of the item. */
  code: string;
}

/** Parameters of `removeGroupMembers` (the body `Models.RemoveGroupMembersReqDto`). */
export interface RemoveGroupMembersParams {
  /** Ids of the users. */
  userIds: string[];
  /** Code of the item. */
  code: string;
}

/** Parameters of `listGroupMembers`. */
export interface ListGroupMembersParams {
  /** Code of the item. */
  code: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Flatten custom data into the item. Default false. */
  flatCustomData?: boolean;
}

/** Parameters of `getGroupAuthorizedResources`. */
export interface GetGroupAuthorizedResourcesParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Kind of resource. */
  resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
}

/** Parameters of `getRole`. */
export interface GetRoleParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `assignRole` (the body `Models.AssignRoleDto`). */
export interface AssignRoleParams {
  targets: Models.TargetDto[];
  /** Code of the item. */
  code: string;
  endTime?: number;
  enableTime?: number;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `assignRoleBatch` (the body `Models.AssignRoleBatchDto`). */
export interface AssignRoleBatchParams {
  targets: Models.TargetDto[];
  roles: Models.RoleCodeDto[];
}

/** Parameters of `revokeRole` (the body `Models.RevokeRoleDto`). */
export interface RevokeRoleParams {
  targets: Models.TargetDto[];
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `revokeRoleBatch` (the body `Models.RevokeRoleBatchDto`). */
export interface RevokeRoleBatchParams {
  targets: Models.TargetDto[];
  roles: Models.RoleCodeDto[];
}

/** Parameters of `getRoleAuthorizedResources`. */
export interface GetRoleAuthorizedResourcesParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Kind of resource. */
  resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
}

/** Parameters of `listRoleMembers`. */
export interface ListRoleMembersParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Include custom data. Default false. */
  withCustomData?: boolean;
  /** Include identities. Default false. */
  withIdentities?: boolean;
  /** Include the ids of each user's departments. Default false. */
  withDepartmentIds?: boolean;
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `listRoleDepartments`. */
export interface ListRoleDepartmentsParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `createRole` (the body `Models.CreateRoleDto`). */
export interface CreateRoleParams {
  /** Code of the item. */
  code: string;
  /** Name. */
  name?: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Description. */
  description?: string;
  disableTime?: string;
}

/** Parameters of `listRoles`. */
export interface ListRolesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
  /** Code of the permission space. Default "default". */
  namespace?: string;
}

/** Parameters of `deleteRolesBatch` (the body `Models.DeleteRoleDto`). */
export interface DeleteRolesBatchParams {
  codeList: string[];
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `createRolesBatch` (the body `Models.CreateRolesBatch`). */
export interface CreateRolesBatchParams {
  list: Models.RoleListItem[];
}

/** Parameters of `updateRole` (the body `Models.UpdateRoleDto`). */
export interface UpdateRoleParams {
  /** Name. */
  name: string;
  newCode: string;
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Description. */
  description?: string;
  /** Status. */
  status?: string;
  disableTime?: string;
  enablePermissionApply?: boolean;
}

/** Parameters of `deleteRoles` (the body `Models.DeleteRoleBatchDto`). */
export interface DeleteRolesParams {
  roleList: Models.RoleCodeAndNamespaceDto[];
}

/** Parameters of `checkParamsNamespace` (the body `Models.CheckRoleParamsDto`). */
export interface CheckParamsNamespaceParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace: string;
  /** Name. */
  name?: string;
}

/** Parameters of `listRoleAssignments`. */
export interface ListRoleAssignmentsParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
  /** Code of the role. */
  roleCode: string;
  /** Code of the permission space. */
  namespaceCode?: string;
  /** Kind of target (user, role, group, department). */
  targetType?: Array<"USER" | "ORG">;
}

/** Parameters of `createAdminRole` (the body `Models.CreateAdminRoleDto`). */
export interface CreateAdminRoleParams {
  /** Name. */
  name: string;
  /** Code of the item. */
  code: string;
  /** Description. */
  description?: string;
}

/** Parameters of `deleteAdminRolesBatch` (the body `Models.DeleteAdminRoleDto`). */
export interface DeleteAdminRolesBatchParams {
  codeList: string[];
}

/** Parameters of `checkMutualExclusion` (the body `Models.CheckRoleMutualExclusionReqDto`). */
export interface CheckMutualExclusionParams {
  roles: Models.RoleCodeDto[];
}

/** Parameters of `listExtIdp`. */
export interface ListExtIdpParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Id of the application. */
  appId?: string;
}

/** Parameters of `getExtIdp`. */
export interface GetExtIdpParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Id of the application. */
  appId?: string;
  id: string;
  type?: "social" | "enterprise";
}

/** Parameters of `createExtIdp` (the body `Models.CreateExtIdpDto`). */
export interface CreateExtIdpParams {
  /** Name. */
  name: string;
  type: "oidc" | "oauth2" | "saml" | "ldap" | "ad" | "cas" | "azure-ad" | "wechat" | "google" | "qq" | "wechatwork" | "dingtalk" | "weibo" | "github" | "alipay" | "apple" | "baidu" | "lark" | "gitlab" | "twitter" | "facebook" | "slack" | "linkedin" | "yidun" | "qingcloud" | "gitee" | "instagram" | "welink" | "huawei" | "honor" | "xiaomi" | "oppo" | "aws" | "amazon" | "douyin" | "kuaishou" | "line" | "sdbz" | "zjzwfw" | "zzding" | "seeyona8v5";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `updateExtIdp` (the body `Models.UpdateExtIdpDto`). */
export interface UpdateExtIdpParams {
  /** Name. */
  name: string;
  id: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteExtIdp` (the body `Models.DeleteExtIdpDto`). */
export interface DeleteExtIdpParams {
  id: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `createExtIdpConn` (the body `Models.CreateExtIdpConnDto`). */
export interface CreateExtIdpConnParams {
  /** Id of the external identity source. */
  extIdpId: string;
  type: "oidc" | "oauth" | "saml" | "ldap" | "ad" | "cas" | "azure-ad" | "alipay" | "facebook" | "facebook:mobile" | "twitter" | "google:mobile" | "google" | "wechat:pc" | "wechat:mobile" | "wechat:webpage-authorization" | "wechatmp-qrcode" | "wechat:miniprogram:default" | "wechat:miniprogram:qrconnect" | "wechat:miniprogram:app-launch" | "github" | "github:mobile" | "qq" | "qq:mobile" | "wechatwork:corp:qrconnect" | "wechatwork:agency:qrconnect" | "wechatwork:service-provider:qrconnect" | "wechatwork:mobile" | "wechatwork:agency:mobile" | "dingtalk" | "dingtalk:mobile" | "dingtalk:provider" | "weibo" | "weibo:mobile" | "apple" | "apple:web" | "baidu" | "baidu:mobile" | "lark-internal" | "lark-public" | "lark-block" | "gitlab" | "gitlab:mobile" | "linkedin" | "linkedin:mobile" | "slack" | "slack:mobile" | "yidun" | "qingcloud" | "gitee" | "gitee:mobile" | "instagram" | "welink" | "ad-kerberos" | "huawei" | "huawei:mobile" | "honor" | "xiaomi" | "xiaomi:mobile" | "aws" | "amazon" | "amazon:mobile" | "douyin:mobile" | "douyin:miniprogram:default" | "kuaishou:mobile" | "line:mobile" | "oppo:mobile" | "wechatwork:qrconnect:of:authing:agency" | "sdbz" | "zjzwfw-qrcode" | "zzding" | "seeyona8v5";
  identifier: string;
  displayName: string;
  fields: unknown;
  loginOnly?: boolean;
  logo?: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `updateExtIdpConn` (the body `Models.UpdateExtIdpConnDto`). */
export interface UpdateExtIdpConnParams {
  id: string;
  displayName: string;
  fields: unknown;
  logo?: string;
  loginOnly?: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteExtIdpConn` (the body `Models.DeleteExtIdpConnDto`). */
export interface DeleteExtIdpConnParams {
  id: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `changeExtIdpConnState` (the body `Models.ChangeExtIdpConnStateDto`). */
export interface ChangeExtIdpConnStateParams {
  id: string;
  enabled: boolean;
  /** Id of the application. */
  appId: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  appIds?: string[];
}

/** Parameters of `changeExtIdpConnAssociationState` (the body `Models.ChangeExtIdpAssociationStateDto`). */
export interface ChangeExtIdpConnAssociationStateParams {
  id: string;
  association: boolean;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listTenantExtIdp`. */
export interface ListTenantExtIdpParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Id of the application. */
  appId?: string;
  type?: "social" | "enterprise";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `extIdpConnStateByApps`. */
export interface ExtIdpConnStateByAppsParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Id of the application. */
  appId?: string;
  id: string;
  type?: "social" | "enterprise";
}

/** Parameters of `getWechatMpAccessTokenInfo` (the body `Models.GetWechatAccessTokenDto`). */
export interface GetWechatMpAccessTokenInfoParams {
  /** Id of the application. */
  appId: string;
  appSecret: string;
}

/** Parameters of `getUserBaseFields`. */
export interface GetUserBaseFieldsParams {
}

/** Parameters of `listUserBaseFields`. */
export interface ListUserBaseFieldsParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  userVisible?: boolean;
  adminVisible?: boolean;
  accessControl?: boolean;
  /** Text to search for. */
  keyword?: string;
  lang?: string;
}

/** Parameters of `setUserBaseFields` (the body `Models.SetUserBaseFieldsReqDto`). */
export interface SetUserBaseFieldsParams {
  list: Models.SetUserBaseFieldDto[];
}

/** Parameters of `getCustomFields`. */
export interface GetCustomFieldsParams {
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listCustFields`. */
export interface ListCustFieldsParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  dataType: "STRING" | "NUMBER" | "DATETIME" | "BOOLEAN" | "OBJECT" | "SELECT";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  userVisible?: boolean;
  adminVisible?: boolean;
  accessControl?: boolean;
  /** Text to search for. */
  keyword?: string;
  lang?: string;
}

/** Parameters of `setCustomFields` (the body `Models.SetCustomFieldsReqDto`). */
export interface SetCustomFieldsParams {
  list: Models.SetCustomFieldDto[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteCustomFields` (the body `Models.DeleteCustomFieldsReqDto`). */
export interface DeleteCustomFieldsParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  list: Models.DeleteCustomFieldDto[];
}

/** Parameters of `setCustomData` (the body `Models.SetCustomDataReqDto`). */
export interface SetCustomDataParams {
  list: Models.SetCustomDataDto[];
  targetIdentifier: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getCustomData`. */
export interface GetCustomDataParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  targetIdentifier: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `createResource` (the body `Models.CreateResourceDto`). */
export interface CreateResourceParams {
  type: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  /** Code of the item. */
  code: string;
  /** Description. */
  description?: string;
  /** Name. */
  name?: string;
  actions?: Models.ResourceAction[];
  apiIdentifier?: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `createResourcesBatch` (the body `Models.CreateResourcesBatchDto`). */
export interface CreateResourcesBatchParams {
  list: Models.CreateResourceBatchItemDto[];
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getResource`. */
export interface GetResourceParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getResourcesBatch`. */
export interface GetResourcesBatchParams {
  /** Code of the permission space. */
  namespace?: string;
  codeList: string[];
}

/** Parameters of `listCommonResource`. */
export interface ListCommonResourceParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  keyword?: string;
  namespaceCodeList?: string;
}

/** Parameters of `listResources`. */
export interface ListResourcesParams {
  /** Code of the permission space. */
  namespace?: string;
  type?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `updateResource` (the body `Models.UpdateResourceDto`). */
export interface UpdateResourceParams {
  /** Code of the item. */
  code: string;
  /** Description. */
  description?: string;
  /** Name. */
  name?: string;
  actions?: Models.ResourceAction[];
  apiIdentifier?: string;
  /** Code of the permission space. */
  namespace?: string;
  type?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
}

/** Parameters of `deleteResource` (the body `Models.DeleteResourceDto`). */
export interface DeleteResourceParams {
  /** Code of the item. */
  code: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `deleteResourcesBatch` (the body `Models.DeleteResourcesBatchDto`). */
export interface DeleteResourcesBatchParams {
  /** Code of the permission space. */
  namespace?: string;
  codeList?: string[];
  ids?: string[];
}

/** Parameters of `batchDeleteCommonResource` (the body `Models.DeleteCommonResourcesBatchDto`). */
export interface BatchDeleteCommonResourceParams {
  ids: string[];
}

/** Parameters of `associateTenantResource` (the body `Models.AssociateTenantResourceDto`). */
export interface AssociateTenantResourceParams {
  /** Code of the item. */
  code: string;
  association: boolean;
  /** Id of the application. */
  appId: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `createNamespace` (the body `Models.CreateNamespaceDto`). */
export interface CreateNamespaceParams {
  /** Code of the item. */
  code: string;
  /** Name. */
  name?: string;
  /** Description. */
  description?: string;
}

/** Parameters of `createNamespacesBatch` (the body `Models.CreateNamespacesBatchDto`). */
export interface CreateNamespacesBatchParams {
  list: Models.CreateNamespacesBatchItemDto[];
}

/** Parameters of `getNamespace`. */
export interface GetNamespaceParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `getNamespacesBatch`. */
export interface GetNamespacesBatchParams {
  codeList: string[];
}

/** Parameters of `updateNamespace` (the body `Models.UpdateNamespaceDto`). */
export interface UpdateNamespaceParams {
  /** Code of the item. */
  code: string;
  /** Description. */
  description?: string;
  /** Name. */
  name?: string;
  newCode?: string;
}

/** Parameters of `deleteNamespace` (the body `Models.DeleteNamespaceDto`). */
export interface DeleteNamespaceParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `deleteNamespacesBatch` (the body `Models.DeleteNamespacesBatchDto`). */
export interface DeleteNamespacesBatchParams {
  codeList: string[];
}

/** Parameters of `listNamespaces`. */
export interface ListNamespacesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  keywords?: string;
}

/** Parameters of `listNamespaceRoles`. */
export interface ListNamespaceRolesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Code of the item. */
  code: string;
  /** Text to search for. */
  keywords?: string;
}

/** Parameters of `authorizeResources` (the body `Models.AuthorizeResourcesDto`). */
export interface AuthorizeResourcesParams {
  list: Models.AuthorizeResourceItem[];
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getAuthorizedResources`. */
export interface GetAuthorizedResourcesParams {
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  targetIdentifier: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Kind of resource. */
  resourceType?: "DATA" | "API" | "MENU" | "BUTTON" | "UI";
  resourceList?: string[];
  /** Default false. */
  withDenied?: boolean;
}

/** Parameters of `isActionAllowed` (the body `Models.IsActionAllowedDto`). */
export interface IsActionAllowedParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  action: string;
  resource: string;
  /** Code of the permission space. */
  namespace?: string;
}

/** Parameters of `getResourceAuthorizedTargets` (the body `Models.GetResourceAuthorizedTargetsDto`). */
export interface GetResourceAuthorizedTargetsParams {
  resource: string;
  /** Code of the permission space. */
  namespace?: string;
  /** Kind of target (user, role, group, department). */
  targetType?: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
}

/** Parameters of `getUserActionLogs` (the body `Models.GetUserActionLogsDto`). */
export interface GetUserActionLogsParams {
  requestId?: string;
  clientIp?: string;
  eventType?: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
  /** Id of the application. */
  appId?: string;
  start?: number;
  end?: number;
  success?: boolean;
  pagination?: Models.ListWebhooksDto;
}

/** Parameters of `getAdminAuditLogs` (the body `Models.GetAdminAuditLogsDto`). */
export interface GetAdminAuditLogsParams {
  requestId?: string;
  clientIp?: string;
  operationType?: string;
  /** Kind of resource. */
  resourceType?: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
  success?: boolean;
  start?: number;
  end?: number;
  pagination?: Models.ListWebhooksDto;
}

/** Parameters of `getEmailTemplates`. */
export interface GetEmailTemplatesParams {
}

/** Parameters of `updateEmailTemplate` (the body `Models.UpdateEmailTemplateDto`). */
export interface UpdateEmailTemplateParams {
  type: "WELCOME_EMAIL" | "FIRST_CREATED_USER" | "REGISTER_VERIFY_CODE" | "LOGIN_VERIFY_CODE" | "MFA_VERIFY_CODE" | "INFORMATION_COMPLETION_VERIFY_CODE" | "FIRST_EMAIL_LOGIN_VERIFY" | "CONSOLE_CONDUCTED_VERIFY" | "USER_PASSWORD_UPDATE_REMIND" | "ADMIN_RESET_USER_PASSWORD_NOTIFICATION" | "USER_PASSWORD_RESET_NOTIFICATION" | "RESET_PASSWORD_VERIFY_CODE" | "SELF_UNLOCKING_VERIFY_CODE" | "EMAIL_BIND_VERIFY_CODE" | "EMAIL_UNBIND_VERIFY_CODE";
  customizeEnabled: boolean;
  /** Name. */
  name: string;
  subject: string;
  sender: string;
  content: string;
  expiresIn?: number;
  redirectTo?: string;
  tplEngine?: "handlebar" | "ejs";
}

/** Parameters of `previewEmailTemplate` (the body `Models.PreviewEmailTemplateDto`). */
export interface PreviewEmailTemplateParams {
  type: "WELCOME_EMAIL" | "FIRST_CREATED_USER" | "REGISTER_VERIFY_CODE" | "LOGIN_VERIFY_CODE" | "MFA_VERIFY_CODE" | "INFORMATION_COMPLETION_VERIFY_CODE" | "FIRST_EMAIL_LOGIN_VERIFY" | "CONSOLE_CONDUCTED_VERIFY" | "USER_PASSWORD_UPDATE_REMIND" | "ADMIN_RESET_USER_PASSWORD_NOTIFICATION" | "USER_PASSWORD_RESET_NOTIFICATION" | "RESET_PASSWORD_VERIFY_CODE" | "SELF_UNLOCKING_VERIFY_CODE" | "EMAIL_BIND_VERIFY_CODE" | "EMAIL_UNBIND_VERIFY_CODE";
  content?: string;
  subject?: string;
  sender?: string;
  expiresIn?: number;
  tplEngine?: "handlebar" | "ejs";
}

/** Parameters of `getEmailProvider`. */
export interface GetEmailProviderParams {
}

/** Parameters of `configEmailProvider` (the body `Models.ConfigEmailProviderDto`). */
export interface ConfigEmailProviderParams {
  type: "ali" | "qq" | "sendgrid" | "custom";
  enabled: boolean;
  smtpConfig?: Models.SMTPEmailProviderConfigInput;
  sendGridConfig?: Models.SendGridEmailProviderConfigInput;
  aliExmailConfig?: Models.AliExmailEmailProviderConfigInput;
  tencentExmailConfig?: Models.TencentExmailEmailProviderConfigInput;
}

/** Parameters of `getApplication`. */
export interface GetApplicationParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `detailAuthSubject`. */
export interface DetailAuthSubjectParams {
  targetId: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
  /** Id of the application. */
  appId: string;
}

/** Parameters of `listAuthSubject` (the body `Models.ListAuthSubjectDto`). */
export interface ListAuthSubjectParams {
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "ORG" | "AK_SK";
  targetId: string;
  appName?: string;
  appTypeList?: string[];
  effect?: string[];
  enabled?: boolean;
}

/** Parameters of `listAuthApplication` (the body `Models.ListApplicationAuthDto`). */
export interface ListAuthApplicationParams {
  /** Id of the application. */
  appId: string;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  targetName?: string;
  targetTypeList?: string[];
  effect?: "ALLOW" | "DENY";
  enabled?: boolean;
}

/** Parameters of `enabledAuth` (the body `Models.UpdateAuthEnabledDto`). */
export interface EnabledAuthParams {
  enabled: boolean;
  id: string;
}

/** Parameters of `deleteAuth`. */
export interface DeleteAuthParams {
  authIds: string[];
}

/** Parameters of `listApplications`. */
export interface ListApplicationsParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Default false. */
  isIntegrateApp?: boolean;
  /** Default false. */
  isSelfBuiltApp?: boolean;
  /** Default false. */
  ssoEnabled?: boolean;
  /** Text to search for. */
  keywords?: string;
  all?: boolean;
}

/** Parameters of `getApplicationSimpleInfo`. */
export interface GetApplicationSimpleInfoParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `listApplicationSimpleInfo`. */
export interface ListApplicationSimpleInfoParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Default false. */
  isIntegrateApp?: boolean;
  /** Default false. */
  isSelfBuiltApp?: boolean;
  /** Default false. */
  ssoEnabled?: boolean;
  /** Text to search for. */
  keywords?: string;
}

/** Parameters of `createApplication` (the body `Models.CreateApplicationDto`). */
export interface CreateApplicationParams {
  appName: string;
  template?: string;
  templateData?: unknown;
  appIdentifier?: string;
  appLogo?: string;
  appDescription?: string;
  appType?: "web" | "spa" | "native" | "api" | "mfa" | "mini-program" | "gateway-app" | "gateway-agent";
  defaultProtocol?: "oidc" | "oauth" | "saml" | "cas" | "asa";
  redirectUris?: string[];
  logoutRedirectUris?: string[];
  initLoginUri?: string;
  ssoEnabled?: boolean;
  oidcConfig?: Record<string,unknown>;
  samlProviderEnabled?: boolean;
  samlConfig?: Record<string,unknown>;
  oauthProviderEnabled?: boolean;
  oauthConfig?: Record<string,unknown>;
  casProviderEnabled?: boolean;
  casConfig?: Record<string,unknown>;
  loginConfig?: Models.ApplicationLoginConfigInputDto;
  registerConfig?: Models.ApplicationRegisterConfigInputDto;
  brandingConfig?: Models.ApplicationBrandingConfigInputDto;
}

/** Parameters of `updateApplication` (the body `Models.UpdateApplicationDto`). */
export interface UpdateApplicationParams {
  /** Id of the application. */
  appId: string;
  appName?: string;
  templateData?: unknown;
  appIdentifier?: string;
  appLogo?: string;
  appDescription?: string;
  defaultProtocol?: "oidc" | "oauth" | "saml" | "cas" | "asa";
  redirectUris?: string[];
  logoutRedirectUris?: string[];
  initLoginUri?: string;
  ssoEnabled?: boolean;
  oidcConfig?: Record<string,unknown>;
  samlProviderEnabled?: boolean;
  samlConfig?: Record<string,unknown>;
  oauthProviderEnabled?: boolean;
  oauthConfig?: Record<string,unknown>;
  casProviderEnabled?: boolean;
  casConfig?: Record<string,unknown>;
  loginConfig?: Models.UpdateApplicationLoginConfigInputDto;
  registerConfig?: Models.ApplicationRegisterConfigInputDto;
  brandingConfig?: Models.ApplicationBrandingConfigInputDto;
  ssoShowLaunchpad?: boolean;
  enablePermissionApply?: boolean;
}

/** Parameters of `deleteApplication` (the body `Models.DeleteApplicationDto`). */
export interface DeleteApplicationParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `getApplicationSecret`. */
export interface GetApplicationSecretParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `refreshApplicationSecret` (the body `Models.RefreshApplicationSecretDto`). */
export interface RefreshApplicationSecretParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `listApplicationActiveUsers` (the body `Models.ListApplicationActiveUsersDto`). */
export interface ListApplicationActiveUsersParams {
  /** Id of the application. */
  appId: string;
  /** Further options of the call. */
  options?: Models.ListApplicationActiveUsersOptionsDto;
}

/** Parameters of `getApplicationPermissionStrategy`. */
export interface GetApplicationPermissionStrategyParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `updateApplicationPermissionStrategy` (the body `Models.UpdateApplicationPermissionStrategyDataDto`). */
export interface UpdateApplicationPermissionStrategyParams {
  permissionStrategy: "ALLOW_ALL" | "DENY_ALL";
  /** Id of the application. */
  appId: string;
}

/** Parameters of `authorizeApplicationAccess` (the body `Models.AuthorizeApplicationAccessDto`). */
export interface AuthorizeApplicationAccessParams {
  /** Id of the application. */
  appId: string;
  list: Models.ApplicationPermissionRecordItem[];
}

/** Parameters of `revokeApplicationAccess` (the body `Models.RevokeApplicationAccessDto`). */
export interface RevokeApplicationAccessParams {
  /** Id of the application. */
  appId: string;
  list: Models.DeleteApplicationPermissionRecordItem[];
}

/** Parameters of `checkDomainAvailable` (the body `Models.CheckDomainAvailable`). */
export interface CheckDomainAvailableParams {
  domain: string;
}

/** Parameters of `listTenantApplications`. */
export interface ListTenantApplicationsParams {
  /** Page number, from 1. */
  page: string;
  /** Items per page. */
  limit: string;
  /** Text to search for. */
  keywords: string;
  /**  Sent as `sso_enabled`. */
  ssoEnabled: boolean;
}

/** Parameters of `updateLoginPageConfig` (the body `Models.UpdateLoginConfigDto`). */
export interface UpdateLoginPageConfigParams {
  update: Models.UpdateLoginConfig;
}

/** Parameters of `userpollTenantConfig`. */
export interface UserpollTenantConfigParams {
}

/** Parameters of `updateUserPoolTenantConfig` (the body `Models.UpdateUserPoolTenantLoginConfigDto`). */
export interface UpdateUserPoolTenantConfigParams {
  update: Models.UpdateLoginConfig;
}

/** Parameters of `updateTenantQrCodeState` (the body `Models.UpdateTenantAppqrcodeState`). */
export interface UpdateTenantQrCodeStateParams {
  enabled: boolean;
}

/** Parameters of `changeUserpoolTenanExtIdpConnState` (the body `Models.ChangeUserPoolTenantExtIdpConnDto`). */
export interface ChangeUserpoolTenanExtIdpConnStateParams {
  enabled: boolean;
  connIds: string[];
}

/** Parameters of `updateApplicationMfaSettings` (the body `Models.UpdateApplicationMfaSettingsDto`). */
export interface UpdateApplicationMfaSettingsParams {
  /** Id of the application. */
  appId: string;
  enabledFactors?: Array<"OTP" | "SMS" | "EMAIL" | "FACE">;
  disabledFactors?: Array<"OTP" | "SMS" | "EMAIL" | "FACE">;
}

/** Parameters of `getMfaTriggerData`. */
export interface GetMfaTriggerDataParams {
  /** Id of the application. */
  appId: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Kind of id `userId` is. Default "user_id". */
  userIdType?: "user_id" | "external_id" | "phone" | "email" | "username" | "identity" | "sync_relation" | "custom_field";
}

/** Parameters of `createAsaAccount` (the body `Models.CreateAsaAccountDto`). */
export interface CreateAsaAccountParams {
  accountInfo: unknown;
  /** Id of the application. */
  appId: string;
}

/** Parameters of `createAsaAccountBatch` (the body `Models.CreateAsaAccountsBatchDto`). */
export interface CreateAsaAccountBatchParams {
  list: Models.CreateAsaAccountsBatchItemDto[];
  /** Id of the application. */
  appId: string;
}

/** Parameters of `updateAsaAccount` (the body `Models.UpdateAsaAccountDto`). */
export interface UpdateAsaAccountParams {
  accountInfo: unknown;
  accountId: string;
  /** Id of the application. */
  appId: string;
}

/** Parameters of `listAsaAccount`. */
export interface ListAsaAccountParams {
  /** Id of the application. */
  appId: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `getAsaAccount`. */
export interface GetAsaAccountParams {
  /** Id of the application. */
  appId: string;
  accountId: string;
}

/** Parameters of `getAsaAccountBatch` (the body `Models.GetAsaAccountBatchDto`). */
export interface GetAsaAccountBatchParams {
  accountIds: string[];
  /** Id of the application. */
  appId: string;
}

/** Parameters of `deleteAsaAccount` (the body `Models.DeleteAsaAccountDto`). */
export interface DeleteAsaAccountParams {
  accountId: string;
  /** Id of the application. */
  appId: string;
}

/** Parameters of `deleteAsaAccountBatch` (the body `Models.DeleteAsaAccountBatchDto`). */
export interface DeleteAsaAccountBatchParams {
  accountIds: string[];
  /** Id of the application. */
  appId: string;
}

/** Parameters of `assignAsaAccount` (the body `Models.AssignAsaAccountsDto`). */
export interface AssignAsaAccountParams {
  /** Id of the application. */
  appId: string;
  accountId: string;
  targets: Models.AssignAsaAccountItem[];
}

/** Parameters of `unassignAsaAccount` (the body `Models.AssignAsaAccountsDto`). */
export interface UnassignAsaAccountParams {
  /** Id of the application. */
  appId: string;
  accountId: string;
  targets: Models.AssignAsaAccountItem[];
}

/** Parameters of `getAsaAccountAssignedTargets`. */
export interface GetAsaAccountAssignedTargetsParams {
  /** Id of the application. */
  appId: string;
  accountId: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `getAssignedAccount`. */
export interface GetAssignedAccountParams {
  /** Id of the application. */
  appId: string;
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ROLE" | "GROUP" | "DEPARTMENT";
  targetIdentifier: string;
}

/** Parameters of `getSecuritySettings`. */
export interface GetSecuritySettingsParams {
}

/** Parameters of `updateSecuritySettings` (the body `Models.UpdateSecuritySettingsDto`). */
export interface UpdateSecuritySettingsParams {
  allowedOrigins?: string[];
  authingTokenExpiresIn?: number;
  verifyCodeLength?: number;
  verifyCodeMaxAttempts?: number;
  changeEmailStrategy?: Models.ChangeEmailStrategyDto;
  changePhoneStrategy?: Models.ChangePhoneStrategyDto;
  cookieSettings?: Models.CookieSettingsDto;
  registerDisabled?: boolean;
  registerAnomalyDetection?: Models.RegisterAnomalyDetectionConfigDto;
  completePasswordAfterPassCodeLogin?: boolean;
  loginAnomalyDetection?: Models.LoginAnomalyDetectionConfigDto;
  loginRequireEmailVerified?: boolean;
  selfUnlockAccount?: Models.SelfUnlockAccountConfigDto;
  enableLoginAccountSwitch?: boolean;
  qrcodeLoginStrategy?: Models.QrcodeLoginStrategyDto;
}

/** Parameters of `getGlobalMfaSettings`. */
export interface GetGlobalMfaSettingsParams {
}

/** Parameters of `updateGlobalMfaSettings` (the body `Models.MFASettingsDto`). */
export interface UpdateGlobalMfaSettingsParams {
  enabledFactors: Array<"OTP" | "SMS" | "EMAIL" | "FACE">;
}

/** Parameters of `closeGlobalMfaSettings` (the body `Models.MFADisableSettingsDto`). */
export interface CloseGlobalMfaSettingsParams {
  disableFactors: Array<"OTP" | "SMS" | "EMAIL" | "FACE">;
}

/** Parameters of `createTenant` (the body `Models.CreateTenantDto`). */
export interface CreateTenantParams {
  /** Name. */
  name: string;
  appIds: string[];
  logo?: string[];
  /** Description. */
  description?: string;
  rejectHint?: string;
  sourceAppId?: string;
  enterpriseDomains?: string[];
  expireTime?: string;
  mauAmount?: number;
  memberAmount?: number;
  adminAmount?: number;
}

/** Parameters of `updateTenant` (the body `Models.UpdateTenantDto`). */
export interface UpdateTenantParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  /** Name. */
  name?: string;
  appIds?: string[];
  logo?: string[];
  /** Description. */
  description?: string;
  rejectHint?: string;
  sourceAppId?: string;
}

/** Parameters of `deleteTenant` (the body `Models.DeleteTenantDto`). */
export interface DeleteTenantParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
}

/** Parameters of `listTenants`. */
export interface ListTenantsParams {
  /** Text to search for. */
  keywords?: string;
  withMembersCount?: boolean;
  withAppDetail?: boolean;
  withCreatorDetail?: boolean;
  withSourceAppDetail?: boolean;
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
  source?: unknown;
}

/** Parameters of `getTenantLittleInfo`. */
export interface GetTenantLittleInfoParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  withMembersCount?: boolean;
  withAppDetail?: boolean;
  withCreatorDetail?: boolean;
  withSourceAppDetail?: boolean;
}

/** Parameters of `getTenant`. */
export interface GetTenantParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  withMembersCount?: boolean;
  withAppDetail?: boolean;
  withCreatorDetail?: boolean;
  withSourceAppDetail?: boolean;
}

/** Parameters of `importTenant` (the body `Models.ImportTenantDto`). */
export interface ImportTenantParams {
  excelUrl: string;
}

/** Parameters of `importTenantHistory`. */
export interface ImportTenantHistoryParams {
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
}

/** Parameters of `importTenantNotifyUser`. */
export interface ImportTenantNotifyUserParams {
  importId: string;
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
}

/** Parameters of `sendEmailBatch` (the body `Models.SendManyTenantEmailDto`). */
export interface SendEmailBatchParams {
  adminName: string;
  importId: number;
  users: Models.SendTenantEmailDto[];
}

/** Parameters of `sendSmsBatch` (the body `Models.SendManyTenantSmsDto`). */
export interface SendSmsBatchParams {
  adminName: string;
  importId: number;
  users: Models.SendTenantSmsDto[];
}

/** Parameters of `listTenantAdmin` (the body `Models.ListTenantAdminDto`). */
export interface ListTenantAdminParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  /** Text to search for. */
  keywords?: string;
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
}

/** Parameters of `setTenantAdmin` (the body `Models.RemoveTenantUsersDto`). */
export interface SetTenantAdminParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  linkUserIds?: string[];
  memberIds?: string[];
}

/** Parameters of `deleteTenantAdmin` (the body `Models.GetTenantUserDto`). */
export interface DeleteTenantAdminParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: unknown;
  linkUserId?: unknown;
  memberId?: unknown;
}

/** Parameters of `deleteTenantUser` (the body `Models.RemoveTenantUsersDto`). */
export interface DeleteTenantUserParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  linkUserIds?: string[];
  memberIds?: string[];
}

/** Parameters of `generateInviteTenantUserLink` (the body `Models.GenerateInviteTenantUserLink`). */
export interface GenerateInviteTenantUserLinkParams {
  validityTerm: string;
  emails: string[];
  /** Id of the application. */
  appId: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `listInviteTennatUserRecords`. */
export interface ListInviteTennatUserRecordsParams {
  /** Text to search for. */
  keywords: string;
  /** Page number, from 1. */
  page: string;
  /** Items per page. */
  limit: string;
}

/** Parameters of `listMultipleTenantAdmin`. */
export interface ListMultipleTenantAdminParams {
  /** Text to search for. */
  keywords?: string;
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
}

/** Parameters of `createMultipleTenantAdmin` (the body `Models.CreateMultipleTenantAdminDto`). */
export interface CreateMultipleTenantAdminParams {
  tenantIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  apiAuthorized?: boolean;
  sendPhoneNotification?: boolean;
  sendEmailNotification?: boolean;
}

/** Parameters of `getMultipleTenantAdmin`. */
export interface GetMultipleTenantAdminParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `listTenantCooperators`. */
export interface ListTenantCooperatorsParams {
  /** Text to search for. */
  keywords?: string;
  external?: boolean;
  /** Page number, from 1. */
  page?: string;
  /** Items per page. */
  limit?: string;
}

/** Parameters of `getTenantCooperator`. */
export interface GetTenantCooperatorParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `getTenantCooperatorMenu`. */
export interface GetTenantCooperatorMenuParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
}

/** Parameters of `createTenantCooperator` (the body `Models.CreateTenantCooperatorDto`). */
export interface CreateTenantCooperatorParams {
  policies: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  apiAuthorized?: boolean;
  sendPhoneNotification?: boolean;
  sendEmailNotification?: boolean;
}

/** Parameters of `getTenantByCode`. */
export interface GetTenantByCodeParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `createTenantEnterpriseCertification` (the body `Models.CreateTenantEnterpriseCertificationBodyDto`). */
export interface CreateTenantEnterpriseCertificationParams {
  businessName: string;
  businessLicense: string;
  businessRegistrationName: string;
  unifiedSocialCredit: string;
  legalRepresentativeName: string;
  nationalIdentificationNumber: string;
  personalBankCardNumber: string;
  bankReservedPhone: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
}

/** Parameters of `updateTenantEnterpriseCertification` (the body `Models.CreateTenantEnterpriseCertificationBodyDto`). */
export interface UpdateTenantEnterpriseCertificationParams {
  businessName: string;
  businessLicense: string;
  businessRegistrationName: string;
  unifiedSocialCredit: string;
  legalRepresentativeName: string;
  nationalIdentificationNumber: string;
  personalBankCardNumber: string;
  bankReservedPhone: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
}

/** Parameters of `reviewTenantEnterpriseCertification` (the body `Models.ReviewTenantEnterpriseCertificationBodyDto`). */
export interface ReviewTenantEnterpriseCertificationParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  enterpriseCertificationStatus: "not_submit" | "reviewing" | "pass" | -1;
  reviewReason: string;
}

/** Parameters of `getTenantEnterpriseCertification`. */
export interface GetTenantEnterpriseCertificationParams {
  /** Tenant id; defaults to the client's `tenantId`. Sent as `tenant_id`. */
  tenantId: string;
}

/** Parameters of `sendInviteTenantUserEmail` (the body `Models.SendInviteTenantUserEmailDto`). */
export interface SendInviteTenantUserEmailParams {
}

/** Parameters of `addTenantUsers` (the body `Models.AddTenantUsersDto`). */
export interface AddTenantUsersParams {
  linkUserIds: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
}

/** Parameters of `removeTenantUsers` (the body `Models.RemoveTenantUsersDto`). */
export interface RemoveTenantUsersParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  linkUserIds?: string[];
  memberIds?: string[];
}

/** Parameters of `updateTenantUser` (the body `Models.UpdateTenantUserDto`). */
export interface UpdateTenantUserParams {
  updates: unknown;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  linkUserId?: string;
  memberId?: string;
}

/** Parameters of `createTenantUser` (the body `Models.CreateTenantUserReqDto`). */
export interface CreateTenantUserParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  gender: "M" | "F" | "U";
  email?: string;
  phone?: string;
  phoneCountryCode?: string;
  username?: string;
  /** Name. */
  name?: string;
  nickname?: string;
  photo?: string;
  birthdate?: string;
  country?: string;
  province?: string;
  city?: string;
  address?: string;
  streetAddress?: string;
  postalCode?: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  preferredUsername?: string;
  password?: string;
  salt?: string;
  /** Further options of the call. */
  options?: Models.CreateTenantUserOptionsDto;
}

/** Parameters of `listTenantUsers` (the body `Models.ListTenantUserDto`). */
export interface ListTenantUsersParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  /** Text to search for. */
  keywords?: string;
  /** Further options of the call. */
  options?: Models.ListTenantUsersOptionsDto;
}

/** Parameters of `getTenantUser`. */
export interface GetTenantUserParams {
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId: string;
  linkUserId?: string;
  memberId?: string;
}

/** Parameters of `addTenantDepartmentMembers` (the body `Models.AddTenantDepartmentMembersReqDto`). */
export interface AddTenantDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  linkUserIds?: string[];
  memberIds?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `removeTenantDepartmentMembers` (the body `Models.RemoveTenantDepartmentMembersReqDto`). */
export interface RemoveTenantDepartmentMembersParams {
  /** Code of the organization. */
  organizationCode: string;
  /** Id of the department, of the kind `departmentIdType` names (`root` for the root). */
  departmentId: string;
  /** Kind of id `departmentId` is. */
  departmentIdType?: "department_id" | "open_department_id" | "sync_relation" | "custom_field" | "code";
  linkUserIds?: string[];
  memberIds?: string[];
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `createPermissionNamespace` (the body `Models.CreatePermissionNamespaceDto`). */
export interface CreatePermissionNamespaceParams {
  /** Name. */
  name: string;
  /** Code of the item. */
  code: string;
  /** Description. */
  description?: string;
}

/** Parameters of `createPermissionNamespacesBatch` (the body `Models.CreatePermissionNamespacesBatchDto`). */
export interface CreatePermissionNamespacesBatchParams {
  list: Models.CreatePermissionNamespacesBatchItemDto[];
}

/** Parameters of `getPermissionNamespace`. */
export interface GetPermissionNamespaceParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `getPermissionNamespacesBatch`. */
export interface GetPermissionNamespacesBatchParams {
  codes: string[];
}

/** Parameters of `listPermissionNamespaces`. */
export interface ListPermissionNamespacesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
}

/** Parameters of `updatePermissionNamespace` (the body `Models.UpdatePermissionNamespaceDto`). */
export interface UpdatePermissionNamespaceParams {
  /** Code of the item. */
  code: string;
  /** Name. */
  name?: string;
  newCode?: string;
  /** Description. */
  description?: string;
}

/** Parameters of `deletePermissionNamespace` (the body `Models.DeletePermissionNamespaceDto`). */
export interface DeletePermissionNamespaceParams {
  /** Code of the item. */
  code: string;
}

/** Parameters of `deletePermissionNamespacesBatch` (the body `Models.DeletePermissionNamespacesBatchDto`). */
export interface DeletePermissionNamespacesBatchParams {
  codes: string[];
}

/** Parameters of `checkPermissionNamespaceExists` (the body `Models.CheckPermissionNamespaceExistsDto`). */
export interface CheckPermissionNamespaceExistsParams {
  /** Code of the item. */
  code?: string;
  /** Name. */
  name?: string;
}

/** Parameters of `listPermissionNamespaceRoles`. */
export interface ListPermissionNamespaceRolesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Code of the item. */
  code: string;
  /** Text to search for. */
  query?: string;
}

/** Parameters of `createDataResource` (the body `Models.CreateDataResourceDto`). */
export interface CreateDataResourceParams {
  actions: string[];
  struct: unknown;
  type: "TREE" | "STRING" | "ARRAY";
  resourceCode: string;
  resourceName: string;
  /** Code of the permission space. */
  namespaceCode: string;
  /** Description. */
  description?: string;
  extendFieldList?: Models.ExtendField[];
}

/** Parameters of `createDataResourceByString` (the body `Models.CreateStringDataResourceDto`). */
export interface CreateDataResourceByStringParams {
  actions: string[];
  struct: string;
  resourceCode: string;
  resourceName: string;
  /** Code of the permission space. */
  namespaceCode: string;
  /** Description. */
  description?: string;
}

/** Parameters of `createDataResourceByArray` (the body `Models.CreateArrayDataResourceDto`). */
export interface CreateDataResourceByArrayParams {
  actions: string[];
  struct: string[];
  resourceCode: string;
  resourceName: string;
  /** Code of the permission space. */
  namespaceCode: string;
  /** Description. */
  description?: string;
}

/** Parameters of `createDataResourceByTree` (the body `Models.CreateTreeDataResourceDto`). */
export interface CreateDataResourceByTreeParams {
  actions: string[];
  struct: Models.DataResourceTreeStructs[];
  resourceCode: string;
  resourceName: string;
  /** Code of the permission space. */
  namespaceCode: string;
  /** Description. */
  description?: string;
  extendFieldList?: Models.ExtendField[];
}

/** Parameters of `listDataResources`. */
export interface ListDataResourcesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
  namespaceCodes?: string[];
}

/** Parameters of `getDataResource`. */
export interface GetDataResourceParams {
  /** Code of the permission space. */
  namespaceCode: string;
  resourceCode: string;
}

/** Parameters of `updateDataResource` (the body `Models.UpdateDataResourceDto`). */
export interface UpdateDataResourceParams {
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
  resourceName?: string;
  /** Description. */
  description?: string;
  struct?: unknown;
  actions?: string[];
}

/** Parameters of `deleteDataResource` (the body `Models.DeleteDataResourceDto`). */
export interface DeleteDataResourceParams {
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `checkDataResourceExists`. */
export interface CheckDataResourceExistsParams {
  /** Code of the permission space. */
  namespaceCode: string;
  resourceName?: string;
  resourceCode?: string;
}

/** Parameters of `createDnef` (the body `Models.CreateDnefReq`). */
export interface CreateDnefParams {
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
  label: string;
  valueType: "STRING" | "SELECT";
  key: string;
  /** Description. */
  description?: string;
  config?: Models.Config;
}

/** Parameters of `batchCreateDnef` (the body `Models.BatchCreateDnefReq`). */
export interface BatchCreateDnefParams {
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
  fieldList: Models.ExtendField[];
}

/** Parameters of `deleteDnef` (the body `Models.DeleteDnefReq`). */
export interface DeleteDnefParams {
  key: string;
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `updateDnef` (the body `Models.UpdateDnefReq`). */
export interface UpdateDnefParams {
  key: string;
  resourceCode: string;
  /** Code of the permission space. */
  namespaceCode: string;
  /** Description. */
  description?: string;
  label?: string;
  config?: Models.Config;
}

/** Parameters of `listDnef`. */
export interface ListDnefParams {
  /** Default 1. */
  startIndex?: number;
  /** Default 10. */
  maxSize?: number;
  /** Text to search for. */
  query?: string;
  /** Code of the permission space. */
  namespaceCode: string;
  resourceCode: string;
}

/** Parameters of `createDataPolicy` (the body `Models.CreateDataPolicyDto`). */
export interface CreateDataPolicyParams {
  statementList: Models.DataStatementPermissionDto[];
  policyName: string;
  /** Description. */
  description?: string;
}

/** Parameters of `listDataPolices`. */
export interface ListDataPolicesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
}

/** Parameters of `listSimpleDataPolices`. */
export interface ListSimpleDataPolicesParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
}

/** Parameters of `getDataPolicy`. */
export interface GetDataPolicyParams {
  policyId: string;
}

/** Parameters of `updateDataPolicy` (the body `Models.UpdateDataPolicyDto`). */
export interface UpdateDataPolicyParams {
  policyId: string;
  policyName?: string;
  /** Description. */
  description?: string;
  statementList?: Models.DataStatementPermissionDto[];
}

/** Parameters of `deleteDataPolicy` (the body `Models.DeleteDataPolicyDto`). */
export interface DeleteDataPolicyParams {
  policyId: string;
}

/** Parameters of `checkDataPolicyExists`. */
export interface CheckDataPolicyExistsParams {
  policyName: string;
}

/** Parameters of `listDataPolicyTargets`. */
export interface ListDataPolicyTargetsParams {
  policyId: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  /** Text to search for. */
  query?: string;
  /** Kind of target (user, role, group, department). */
  targetType?: Array<"USER" | "ORG" | "GROUP" | "ROLE">;
}

/** Parameters of `authorizeDataPolicies` (the body `Models.CreateAuthorizeDataPolicyDto`). */
export interface AuthorizeDataPoliciesParams {
  targetList: Models.SubjectDto[];
  policyIds: string[];
}

/** Parameters of `revokeDataPolicy` (the body `Models.DeleteAuthorizeDataPolicyDto`). */
export interface RevokeDataPolicyParams {
  /** Kind of target (user, role, group, department). */
  targetType: "USER" | "ORG" | "GROUP" | "ROLE";
  targetIdentifier: string;
  policyId: string;
}

/** Parameters of `getUserPermissionList` (the body `Models.GetUserPermissionListDto`). */
export interface GetUserPermissionListParams {
  /** Ids of the users. */
  userIds: string[];
  namespaceCodes?: string[];
}

/** Parameters of `checkPermission` (the body `Models.CheckPermissionDto`). */
export interface CheckPermissionParams {
  resources: string[];
  action: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Code of the permission space. */
  namespaceCode: string;
  judgeConditionEnabled?: boolean;
  authEnvParams?: Models.AuthEnvParams;
}

/** Parameters of `checkExternalUserPermission` (the body `Models.CheckExternalUserPermissionDto`). */
export interface CheckExternalUserPermissionParams {
  resources: string[];
  action: string;
  externalId: string;
  /** Code of the permission space. */
  namespaceCode: string;
  judgeConditionEnabled?: boolean;
  authEnvParams?: Models.AuthEnvParams;
}

/** Parameters of `getUserResourcePermissionList` (the body `Models.GetUserResourcePermissionListDto`). */
export interface GetUserResourcePermissionListParams {
  resources: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `listResourceTargets` (the body `Models.ListResourceTargetsDto`). */
export interface ListResourceTargetsParams {
  resources: string[];
  actions: string[];
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `getUserResourceStruct` (the body `Models.GetUserResourceStructDto`). */
export interface GetUserResourceStructParams {
  resourceCode: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `getExternalUserResourceStruct` (the body `Models.GetExternalUserResourceStructDto`). */
export interface GetExternalUserResourceStructParams {
  resourceCode: string;
  externalId: string;
  /** Code of the permission space. */
  namespaceCode: string;
}

/** Parameters of `checkUserSameLevelPermission` (the body `Models.CheckUserSameLevelPermissionDto`). */
export interface CheckUserSameLevelPermissionParams {
  resourceNodeCodes: string[];
  resource: string;
  action: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  /** Code of the permission space. */
  namespaceCode: string;
  judgeConditionEnabled?: boolean;
  authEnvParams?: Models.AuthEnvParams;
}

/** Parameters of `listPermissionView` (the body `Models.ListPermissionViewDto`). */
export interface ListPermissionViewParams {
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
  /** Text to search for. */
  keyword?: string;
}

/** Parameters of `getCurrentPackageInfo`. */
export interface GetCurrentPackageInfoParams {
}

/** Parameters of `getUsageInfo`. */
export interface GetUsageInfoParams {
}

/** Parameters of `getMauPeriodUsageHistory`. */
export interface GetMauPeriodUsageHistoryParams {
  startTime: string;
  endTime: string;
}

/** Parameters of `getAllRightsItem`. */
export interface GetAllRightsItemParams {
}

/** Parameters of `getOrders`. */
export interface GetOrdersParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `getOrderDetail`. */
export interface GetOrderDetailParams {
  orderNo: string;
}

/** Parameters of `getOrderPayDetail`. */
export interface GetOrderPayDetailParams {
  orderNo: string;
}

/** Parameters of `createEventApp` (the body `Models.CreateEventAppDto`). */
export interface CreateEventAppParams {
  logo: string;
  /** Name. */
  name: string;
  identifier: string;
}

/** Parameters of `listEventApps`. */
export interface ListEventAppsParams {
}

/** Parameters of `listEvents`. */
export interface ListEventsParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  app?: string;
}

/** Parameters of `defineEvent` (the body `Models.DefineEventDto`). */
export interface DefineEventParams {
  eventDescription: string;
  eventType: string;
}

/** Parameters of `verifyEvent` (the body `Models.PubEventDto`). */
export interface VerifyEventParams {
  eventType: string;
  eventData: unknown;
}

/** Parameters of `pubUserEvent` (the body `Models.PubEventDto`). */
export interface PubUserEventParams {
  eventType: string;
  eventData: unknown;
}

/** Parameters of `addWhitelistOfApp` (the body `Models.AddWhitelistOfAppDto`). */
export interface AddWhitelistOfAppParams {
  /** Id of the application. */
  appId: string;
  type: "USERNAME" | "EMAIL" | "PHONE";
  list?: string[];
}

/** Parameters of `listWhitelistsOfApp`. */
export interface ListWhitelistsOfAppParams {
  type: "USERNAME" | "EMAIL" | "PHONE";
  /** Id of the application. */
  appId: string;
}

/** Parameters of `deleteWhitelistOfApp` (the body `Models.DeleteWhitelistOfAppDto`). */
export interface DeleteWhitelistOfAppParams {
  type: "USERNAME" | "EMAIL" | "PHONE";
  /** Id of the application. */
  appId: string;
  list?: string[];
}

/** Parameters of `addWhitelist` (the body `Models.AddWhitelistDto`). */
export interface AddWhitelistParams {
  type: "USERNAME" | "EMAIL" | "PHONE";
  list?: string[];
}

/** Parameters of `listWhitelists`. */
export interface ListWhitelistsParams {
  type: "USERNAME" | "EMAIL" | "PHONE";
}

/** Parameters of `deleteWhitelist` (the body `Models.DeleteWhitelistDto`). */
export interface DeleteWhitelistParams {
  type: "USERNAME" | "EMAIL" | "PHONE";
  list?: string[];
}

/** Parameters of `findIpList`. */
export interface FindIpListParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  ipType: "BLACK" | "WHITE";
}

/** Parameters of `add` (the body `Models.IpListCreateDto`). */
export interface AddParams {
  expireAt: string;
  limitList: string[];
  removeType: string;
  addType: string;
  ipType: string;
  ips: string;
}

/** Parameters of `deleteById`. */
export interface DeleteByIdParams {
  id: string;
}

/** Parameters of `findUserList`. */
export interface FindUserListParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  userListType: "BLACK" | "WHITE";
}

/** Parameters of `addUser` (the body `Models.UserListCreateDto`). */
export interface AddUserParams {
  expireAt: number;
  limitList: string[];
  removeType: string;
  addType: string;
  userListType: string;
  /** Ids of the users. */
  userIds: string[];
}

/** Parameters of `deleteUserListById`. */
export interface DeleteUserListByIdParams {
  id: string;
}

/** Parameters of `findRiskListPolicy`. */
export interface FindRiskListPolicyParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
  optObject: "IP" | "USER";
}

/** Parameters of `addRiskListPolicy` (the body `Models.RiskListPolicyCreateDto`). */
export interface AddRiskListPolicyParams {
  limitList: "FORBID_LOGIN" | "FORBID_REGISTER";
  action: "ADD_IP_BLACK_LIST" | "ADD_USER_BLACK_LIST";
  removeType: "MANUAL" | "SCHEDULE";
  eventStateType: "password_wrong" | "account_wrong";
  countThr: number;
  timeRange: number;
  userCond: "NO_LIMIT" | "ONE";
  ipCond: "NO_LIMIT" | "ONE";
  userRange: "ALL" | "NOT_IN_WHITE_LIST";
  ipRange: "ALL" | "NOT_IN_WHITE_LIST";
  optObject: "IP" | "USER";
}

/** Parameters of `deleteRiskListPolicyById`. */
export interface DeleteRiskListPolicyByIdParams {
  id: string;
}

/** Parameters of `getRuleSettings`. */
export interface GetRuleSettingsParams {
}

/** Parameters of `updateRuleSettings` (the body `Models.UpdateDeviceExclusiveRuleDto`). */
export interface UpdateRuleSettingsParams {
  rule: "disable" | "condition:device" | "condition:ip";
  deviceRule?: Models.DeviceRuleDto;
  ipRule?: Models.IPRuleDto;
}

/** Parameters of `getAllValidScopeSettings`. */
export interface GetAllValidScopeSettingsParams {
}

/** Parameters of `findAppLists`. */
export interface FindAppListsParams {
  /** Text to search for. */
  keyword: string;
}

/** Parameters of `saveInvitationPolicies` (the body `Models.SaveDeviceExclusiveValidScopeSettingsDto`). */
export interface SaveInvitationPoliciesParams {
  appIds: string[];
}

/** Parameters of `remove` (the body `Models.DeleteDeviceExclusiveValidScopeSettingsByIdsDto`). */
export interface RemoveParams {
  /** Id of the application. */
  appId: string;
}

/** Parameters of `getAllWhiteListSettings`. */
export interface GetAllWhiteListSettingsParams {
}

/** Parameters of `processApproval` (the body `Models.ApprovalProcessReq`). */
export interface ProcessApprovalParams {
  number: string;
  isAgreed?: boolean;
}

/** Parameters of `batchProcessApproval` (the body `Models.ApprovalBatchProcessReq`). */
export interface BatchProcessApprovalParams {
  numbers: number[];
  isAgreed?: boolean;
}

/** Parameters of `getDetail`. */
export interface GetDetailParams {
  number: string;
}

/** Parameters of `pendList`. */
export interface PendListParams {
  /** Default 1. */
  pageNo?: number;
  /** Default 10. */
  pageSize?: number;
  objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** Text to search for. */
  keyword?: string;
}

/** Parameters of `closedList`. */
export interface ClosedListParams {
  /** Default 1. */
  pageNo?: number;
  /** Default 10. */
  pageSize?: number;
  objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** Text to search for. */
  keyword?: string;
}

/** Parameters of `logList`. */
export interface LogListParams {
  /** Default 1. */
  pageNo?: number;
  /** Default 10. */
  pageSize?: number;
  objectType?: "APP_PERMISSION_APPLY" | "ROLE_PERMISSION_APPLY";
  /** Text to search for. */
  keyword?: string;
}

/** Parameters of `createDevice` (the body `Models.CreateTerminalDto`). */
export interface CreateDeviceParams {
  /** Custom data. */
  customData: unknown;
  type: "Browser" | "Mobile" | "Desktop";
  deviceUniqueId: string;
  /** Name. */
  name?: string;
  version?: string;
  hks?: string;
  fde?: string;
  hor?: boolean;
  sn?: string;
  producer?: string;
  mod?: string;
  os?: string;
  imei?: string;
  meid?: string;
  /** Description. */
  description?: string;
  language?: string;
  cookie?: boolean;
  userAgent?: string;
}

/** Parameters of `addDevice` (the body `Models.CreateTerminalDto`). */
export interface AddDeviceParams {
  /** Custom data. */
  customData: unknown;
  type: "Browser" | "Mobile" | "Desktop";
  deviceUniqueId: string;
  /** Name. */
  name?: string;
  version?: string;
  hks?: string;
  fde?: string;
  hor?: boolean;
  sn?: string;
  producer?: string;
  mod?: string;
  os?: string;
  imei?: string;
  meid?: string;
  /** Description. */
  description?: string;
  language?: string;
  cookie?: boolean;
  userAgent?: string;
}

/** Parameters of `findLastLoginAppsByDeviceIds` (the body `Models.QueryTerminalAppsDto`). */
export interface FindLastLoginAppsByDeviceIdsParams {
  deviceIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
}

/** Parameters of `findLastLoginAppsByDeviceIdsV2` (the body `Models.QueryTerminalAppsDto`). */
export interface FindLastLoginAppsByDeviceIdsV2Params {
  deviceIds: string[];
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
}

/** Parameters of `createVerifyDevice` (the body `Models.CreateTerminalDto`). */
export interface CreateVerifyDeviceParams {
  /** Custom data. */
  customData: unknown;
  type: "Browser" | "Mobile" | "Desktop";
  deviceUniqueId: string;
  /** Name. */
  name?: string;
  version?: string;
  hks?: string;
  fde?: string;
  hor?: boolean;
  sn?: string;
  producer?: string;
  mod?: string;
  os?: string;
  imei?: string;
  meid?: string;
  /** Description. */
  description?: string;
  language?: string;
  cookie?: boolean;
  userAgent?: string;
}

/** Parameters of `createPipelineFunction` (the body `Models.CreatePipelineFunctionDto`). */
export interface CreatePipelineFunctionParams {
  sourceCode: string;
  scene: "PRE_REGISTER" | "POST_REGISTER" | "PRE_AUTHENTICATION" | "POST_AUTHENTICATION" | "PRE_OIDC_ID_TOKEN_ISSUED" | "PRE_OIDC_ACCESS_TOKEN_ISSUED" | "PRE_COMPLETE_USER_INFO" | "PRE_MFA_VERIFY" | "POST_MFA_VERIFY";
  funcName: string;
  funcDescription?: string;
  isAsynchronous?: boolean;
  timeout?: number;
  terminateOnTimeout?: boolean;
  enabled?: boolean;
}

/** Parameters of `getPipelineFunction`. */
export interface GetPipelineFunctionParams {
  funcId: string;
}

/** Parameters of `reuploadPipelineFunction` (the body `Models.ReUploadPipelineFunctionDto`). */
export interface ReuploadPipelineFunctionParams {
  funcId: string;
}

/** Parameters of `updatePipelineFunction` (the body `Models.UpdatePipelineFunctionDto`). */
export interface UpdatePipelineFunctionParams {
  funcId: string;
  funcName?: string;
  funcDescription?: string;
  sourceCode?: string;
  isAsynchronous?: boolean;
  timeout?: number;
  terminateOnTimeout?: boolean;
  enabled?: boolean;
}

/** Parameters of `updatePipelineOrder` (the body `Models.UpdatePipelineOrderDto`). */
export interface UpdatePipelineOrderParams {
  order: string[];
  scene: "PRE_REGISTER" | "POST_REGISTER" | "PRE_AUTHENTICATION" | "POST_AUTHENTICATION" | "PRE_OIDC_ID_TOKEN_ISSUED" | "PRE_OIDC_ACCESS_TOKEN_ISSUED" | "PRE_COMPLETE_USER_INFO" | "PRE_MFA_VERIFY" | "POST_MFA_VERIFY";
}

/** Parameters of `deletePipelineFunction` (the body `Models.DeletePipelineFunctionDto`). */
export interface DeletePipelineFunctionParams {
  funcId: string;
}

/** Parameters of `listPipelineFunctions`. */
export interface ListPipelineFunctionsParams {
  scene: "PRE_REGISTER" | "POST_REGISTER" | "PRE_AUTHENTICATION" | "POST_AUTHENTICATION" | "PRE_OIDC_ID_TOKEN_ISSUED" | "PRE_OIDC_ACCESS_TOKEN_ISSUED" | "PRE_COMPLETE_USER_INFO" | "PRE_MFA_VERIFY" | "POST_MFA_VERIFY";
}

/** Parameters of `getPipelineLogs`. */
export interface GetPipelineLogsParams {
  funcId: string;
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `createWebhook` (the body `Models.CreateWebhookDto`). */
export interface CreateWebhookParams {
  contentType: "application/json" | "application/x-www-form-urlencoded";
  events: Array<"test" | "register" | "login" | "mfa:verified" | "kick" | "user:created" | "user:password-changed" | "user:updated" | "user:email-verified" | "user:archived" | "user:unarchived" | "user:blocked" | "user:unblocked" | "user:deleted" | "user:register-whitelist-added" | "user:register-whitelist-deleted" | "user:udv-changed" | "user:link-account" | "user:password-update-remind" | "user:organization-node-update" | "permission:revoke" | "permission:add" | "resource:created" | "resource:delete" | "resource:updated" | "role:created" | "role:updated" | "role:deleted" | "role:disable" | "role:assigned" | "subject:remove" | "role:unassigned" | "role:udv-changed" | "application:mfa:enabled" | "application:mfa:disabled" | "group:created" | "group:updated" | "group:deleted" | "group:member-added" | "group:member-removed" | "organization:created" | "organization:imported" | "organization:deleted" | "organization:node-added" | "organization:node-updated" | "organization:tree-updated" | "organization:node-deleted" | "organization:node-moved" | "organization:member-added" | "organization:member-removed" | "organization:udv-changed" | "privilege-namespace:created" | "privilege-namespace:updated" | "privilege-namespace:deleted" | "user-pool:cooperator-added" | "user-pool:cooperator-removed" | "user-pool:secret-refreshed" | "user-pool:updated" | "user-pool:udf-added" | "user-pool:udf-deleted" | "user-pool:env-added" | "user-pool:env-deleted" | "user-pool:env-updated" | "user-pool:launchpad-app-installed" | "user-pool:launchpad-app-uninstalled" | "application:created" | "application:updated" | "application:deleted" | "application:secret-refreshed" | "data-resource:created" | "data-resource:updated" | "data-resource:deleted" | "data-strategy-permission:revoke" | "data-strategy-permission:add" | "unusual-location:login" | "refresh-token">;
  url: string;
  /** Name. */
  name: string;
  enabled?: boolean;
  secret?: string;
  retryConfig?: Models.WebhookRetryConfigV3Dto;
}

/** Parameters of `listWebhooks`. */
export interface ListWebhooksParams {
  /** Page number, from 1. Default 1. */
  page?: number;
  /** Items per page. Default 10. */
  limit?: number;
}

/** Parameters of `updateWebhook` (the body `Models.UpdateWebhookDto`). */
export interface UpdateWebhookParams {
  webhookId: string;
  /** Name. */
  name?: string;
  url?: string;
  events?: Array<"test" | "register" | "login" | "mfa:verified" | "kick" | "user:created" | "user:password-changed" | "user:updated" | "user:email-verified" | "user:archived" | "user:unarchived" | "user:blocked" | "user:unblocked" | "user:deleted" | "user:register-whitelist-added" | "user:register-whitelist-deleted" | "user:udv-changed" | "user:link-account" | "user:password-update-remind" | "user:organization-node-update" | "permission:revoke" | "permission:add" | "resource:created" | "resource:delete" | "resource:updated" | "role:created" | "role:updated" | "role:deleted" | "role:disable" | "role:assigned" | "subject:remove" | "role:unassigned" | "role:udv-changed" | "application:mfa:enabled" | "application:mfa:disabled" | "group:created" | "group:updated" | "group:deleted" | "group:member-added" | "group:member-removed" | "organization:created" | "organization:imported" | "organization:deleted" | "organization:node-added" | "organization:node-updated" | "organization:tree-updated" | "organization:node-deleted" | "organization:node-moved" | "organization:member-added" | "organization:member-removed" | "organization:udv-changed" | "privilege-namespace:created" | "privilege-namespace:updated" | "privilege-namespace:deleted" | "user-pool:cooperator-added" | "user-pool:cooperator-removed" | "user-pool:secret-refreshed" | "user-pool:updated" | "user-pool:udf-added" | "user-pool:udf-deleted" | "user-pool:env-added" | "user-pool:env-deleted" | "user-pool:env-updated" | "user-pool:launchpad-app-installed" | "user-pool:launchpad-app-uninstalled" | "application:created" | "application:updated" | "application:deleted" | "application:secret-refreshed" | "data-resource:created" | "data-resource:updated" | "data-resource:deleted" | "data-strategy-permission:revoke" | "data-strategy-permission:add" | "unusual-location:login" | "refresh-token">;
  contentType?: "application/json" | "application/x-www-form-urlencoded";
  enabled?: boolean;
  secret?: string;
  retryConfig?: Models.WebhookRetryConfigV3Dto;
}

/** Parameters of `deleteWebhook` (the body `Models.DeleteWebhookDto`). */
export interface DeleteWebhookParams {
  webhookIds: string[];
}

/** Parameters of `getWebhookLogs` (the body `Models.ListWebhookLogs`). */
export interface GetWebhookLogsParams {
  webhookId: string;
  /** Page number, from 1. */
  page?: number;
  /** Items per page. */
  limit?: number;
}

/** Parameters of `triggerWebhook` (the body `Models.TriggerWebhookDto`). */
export interface TriggerWebhookParams {
  webhookId: string;
  requestHeaders?: unknown;
  requestBody?: unknown;
}

/** Parameters of `getWebhook`. */
export interface GetWebhookParams {
  webhookId: string;
}

/** Parameters of `getWebhookEventList`. */
export interface GetWebhookEventListParams {
}

/** Parameters of `getBindPwd`. */
export interface GetBindPwdParams {
}

/** Parameters of `queryLdapConfigInfo`. */
export interface QueryLdapConfigInfoParams {
}

/** Parameters of `updateLdapConfigInfo` (the body `Models.LdapUpdateDto`). */
export interface UpdateLdapConfigInfoParams {
  bindPwd?: string;
}

/** Parameters of `saveLdapConfigInfo` (the body `Models.LdapSaveDto`). */
export interface SaveLdapConfigInfoParams {
  ldapDomain: string;
  linkUrl?: string;
}

/** Parameters of `disableLdapServer` (the body `Models.LdapSetEnabledFlagDto`). */
export interface DisableLdapServerParams {
  enabled: boolean;
}

/** Parameters of `queryLdapLog`. */
export interface QueryLdapLogParams {
  type: number;
  connection?: number;
  operationNumber?: number;
  errorCode?: number;
  message?: string;
  startTime?: number;
  endTime?: number;
  /** Page number, from 1. */
  page: number;
  /** Items per page. */
  limit: number;
}

/** Parameters of `queryLdapSubEntries`. */
export interface QueryLdapSubEntriesParams {
  dn?: string;
  /** Page number, from 1. */
  page: number;
  /** Items per page. */
  limit: number;
}

/** Parameters of `getAccessKeyList`. */
export interface GetAccessKeyListParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
  type?: string;
  /** Status. */
  status?: string[];
}

/** Parameters of `getAccessKey`. */
export interface GetAccessKeyParams {
  /** Id of the user, of the kind `userIdType` names. */
  userId: string;
  accessKeyId: string;
}

/** Parameters of `createAccessKey` (the body `Models.CreateAccessKeyDto`). */
export interface CreateAccessKeyParams {
  type: string;
  /** Id of the user, of the kind `userIdType` names. */
  userId?: string;
  /** Tenant id; defaults to the client's `tenantId`. */
  tenantId?: string;
}

/** Parameters of `deleteAccessKey` (the body `Models.DeleteAccessKeyDto`). */
export interface DeleteAccessKeyParams {
  accessKeyId: string;
}

/** Parameters of `updateAccessKey` (the body `Models.UpdateAccessKeyDto`). */
export interface UpdateAccessKeyParams {
  enable: boolean;
  accessKeyId: string;
}

/** Parameters of `getVerifyConfigApp`. */
export interface GetVerifyConfigAppParams {
  /** Text to search for. */
  keywords?: string;
}

/** Parameters of `pub`. */
export interface PubParams {
  /**  Sent as `eventType`. */
  eventName: string;
  /**  Sent as `eventData`. */
  data: string;
}

/** The name of every call. */
export type CallName = keyof ParamsOf;
/** The parameters of each call, by name. */
export interface ParamsOf {
  postList: PostListParams;
  postListBatch: PostListBatchParams;
  getPost: GetPostParams;
  getUserPosts: GetUserPostsParams;
  getUserPost: GetUserPostParams;
  getPostById: GetPostByIdParams;
  createPost: CreatePostParams;
  updatePost: UpdatePostParams;
  removePost: RemovePostParams;
  setUserPosts: SetUserPostsParams;
  userConnectionPost: UserConnectionPostParams;
  listRow: ListRowParams;
  getRow: GetRowParams;
  getRowByValue: GetRowByValueParams;
  getRowBatch: GetRowBatchParams;
  createRow: CreateRowParams;
  updateRow: UpdateRowParams;
  removeRow: RemoveRowParams;
  createModel: CreateModelParams;
  getModel: GetModelParams;
  listModel: ListModelParams;
  removeModel: RemoveModelParams;
  updateModel: UpdateModelParams;
  createField: CreateFieldParams;
  updateField: UpdateFieldParams;
  remoteField: RemoteFieldParams;
  listField: ListFieldParams;
  exportMetadata: ExportMetadataParams;
  importMetadata: ImportMetadataParams;
  getImportTemplate: GetImportTemplateParams;
  createOperate: CreateOperateParams;
  removeOperate: RemoveOperateParams;
  executeOperate: ExecuteOperateParams;
  copyOperate: CopyOperateParams;
  listOperate: ListOperateParams;
  listOperateAll: ListOperateAllParams;
  updateOperate: UpdateOperateParams;
  getRelationInfo: GetRelationInfoParams;
  createRowRelation: CreateRowRelationParams;
  getRelationValue: GetRelationValueParams;
  removeRelationValue: RemoveRelationValueParams;
  exportModel: ExportModelParams;
  importModel: ImportModelParams;
  getAllMetadata: GetAllMetadataParams;
  getRelationDetails: GetRelationDetailsParams;
  relationSearch: RelationSearchParams;
  copyRowRelation: CopyRowRelationParams;
  getAllMetadataRow: GetAllMetadataRowParams;
  getMetadataGroupList: GetMetadataGroupListParams;
  capture: CaptureParams;
  deleteDevice: DeleteDeviceParams;
  suspendDevice: SuspendDeviceParams;
  disableDevice: DisableDeviceParams;
  enableDevice: EnableDeviceParams;
  getDeviceStatus: GetDeviceStatusParams;
  listPublicAccounts: ListPublicAccountsParams;
  getPublicAccount: GetPublicAccountParams;
  getPublicAccountBatch: GetPublicAccountBatchParams;
  createPublicAccount: CreatePublicAccountParams;
  createPublicAccountsBatch: CreatePublicAccountsBatchParams;
  updatePublicAccount: UpdatePublicAccountParams;
  updatePublicAccountBatch: UpdatePublicAccountBatchParams;
  deletePublicAccountsBatch: DeletePublicAccountsBatchParams;
  kickPublicAccounts: KickPublicAccountsParams;
  changeIntoPublicAccount: ChangeIntoPublicAccountParams;
  getPublicAccountsOfUser: GetPublicAccountsOfUserParams;
  getUsersOfPublicAccount: GetUsersOfPublicAccountParams;
  bindUsersPublicAccount: BindUsersPublicAccountParams;
  setuserOfPublicAccount: SetuserOfPublicAccountParams;
  unbindUsersPublicAccount: UnbindUsersPublicAccountParams;
  getOrganization: GetOrganizationParams;
  getOrganizationsBatch: GetOrganizationsBatchParams;
  listOrganizations: ListOrganizationsParams;
  createOrganization: CreateOrganizationParams;
  updateOrganization: UpdateOrganizationParams;
  deleteOrganization: DeleteOrganizationParams;
  searchOrganizations: SearchOrganizationsParams;
  updateOrganizationStatus: UpdateOrganizationStatusParams;
  getDepartment: GetDepartmentParams;
  getDepartmentAllApp: GetDepartmentAllAppParams;
  createDepartment: CreateDepartmentParams;
  updateDepartment: UpdateDepartmentParams;
  deleteDepartment: DeleteDepartmentParams;
  searchDepartments: SearchDepartmentsParams;
  searchDepartmentsList: SearchDepartmentsListParams;
  listChildrenDepartments: ListChildrenDepartmentsParams;
  getAllDepartments: GetAllDepartmentsParams;
  listDepartmentMembers: ListDepartmentMembersParams;
  listDepartmentMemberIds: ListDepartmentMemberIdsParams;
  searchDepartmentMembers: SearchDepartmentMembersParams;
  addDepartmentMembers: AddDepartmentMembersParams;
  removeDepartmentMembers: RemoveDepartmentMembersParams;
  getParentDepartment: GetParentDepartmentParams;
  isUserInDepartment: IsUserInDepartmentParams;
  getDepartmentById: GetDepartmentByIdParams;
  createDepartmentTree: CreateDepartmentTreeParams;
  getDepartmentSyncRelations: GetDepartmentSyncRelationsParams;
  deleteDepartmentSyncRelations: DeleteDepartmentSyncRelationsParams;
  updateNodeStatus: UpdateNodeStatusParams;
  listUsers: ListUsersParams;
  listUsersLegacy: ListUsersLegacyParams;
  getUser: GetUserParams;
  getUserBatch: GetUserBatchParams;
  userFieldDecrypt: UserFieldDecryptParams;
  createUser: CreateUserParams;
  createUsersBatch: CreateUsersBatchParams;
  updateUser: UpdateUserParams;
  updateUserBatch: UpdateUserBatchParams;
  deleteUsersBatch: DeleteUsersBatchParams;
  getUserIdentities: GetUserIdentitiesParams;
  getUserRoles: GetUserRolesParams;
  getUserPrincipalAuthenticationInfo: GetUserPrincipalAuthenticationInfoParams;
  resetUserPrincipalAuthenticationInfo: ResetUserPrincipalAuthenticationInfoParams;
  getUserDepartments: GetUserDepartmentsParams;
  setUserDepartments: SetUserDepartmentsParams;
  getUserGroups: GetUserGroupsParams;
  getUserMfaInfo: GetUserMfaInfoParams;
  listArchivedUsers: ListArchivedUsersParams;
  kickUsers: KickUsersParams;
  isUserExists: IsUserExistsParams;
  getUserAccessibleApps: GetUserAccessibleAppsParams;
  getUserAuthorizedApps: GetUserAuthorizedAppsParams;
  hasAnyRole: HasAnyRoleParams;
  getUserLoginHistory: GetUserLoginHistoryParams;
  getUserLoggedinApps: GetUserLoggedinAppsParams;
  getUserLoggedinIdentities: GetUserLoggedinIdentitiesParams;
  resignUser: ResignUserParams;
  resignUserBatch: ResignUserBatchParams;
  getUserAuthorizedResources: GetUserAuthorizedResourcesParams;
  checkSessionStatus: CheckSessionStatusParams;
  importOtp: ImportOtpParams;
  getOtpSecretByUser: GetOtpSecretByUserParams;
  getUserPasswordCiphertext: GetUserPasswordCiphertextParams;
  linkIdentity: LinkIdentityParams;
  unlinkIdentity: UnlinkIdentityParams;
  setUsersMfaStatus: SetUsersMfaStatusParams;
  getUserMfaStatus: GetUserMfaStatusParams;
  getUserSyncRelations: GetUserSyncRelationsParams;
  deleteUserSyncRelations: DeleteUserSyncRelationsParams;
  getUserEncryptPasswordBatch: GetUserEncryptPasswordBatchParams;
  getPublicAccountRoles: GetPublicAccountRolesParams;
  getPublicAccountsOfRole: GetPublicAccountsOfRoleParams;
  bindPublicAccountOfRoles: BindPublicAccountOfRolesParams;
  getPublicAccountsOfGroup: GetPublicAccountsOfGroupParams;
  getGroupsOfPublicAccount: GetGroupsOfPublicAccountParams;
  getPublicAccountOfGroups: GetPublicAccountOfGroupsParams;
  getPublicAccountsOfDepartment: GetPublicAccountsOfDepartmentParams;
  getPublicAccountDepartments: GetPublicAccountDepartmentsParams;
  setPublicAccountOfDepartments: SetPublicAccountOfDepartmentsParams;
  resignPublicAccountBatch: ResignPublicAccountBatchParams;
  getPostOfPublicUser: GetPostOfPublicUserParams;
  getPublicAccountsOfPost: GetPublicAccountsOfPostParams;
  setPublicAccountOfnPost: SetPublicAccountOfnPostParams;
  unbindPublicAccountOfPost: UnbindPublicAccountOfPostParams;
  getSyncTask: GetSyncTaskParams;
  listSyncTasks: ListSyncTasksParams;
  createSyncTask: CreateSyncTaskParams;
  updateSyncTask: UpdateSyncTaskParams;
  triggerSyncTask: TriggerSyncTaskParams;
  getSyncJob: GetSyncJobParams;
  listSyncJobs: ListSyncJobsParams;
  listSyncJobLogs: ListSyncJobLogsParams;
  listSyncRiskOperations: ListSyncRiskOperationsParams;
  triggerSyncRiskOperations: TriggerSyncRiskOperationsParams;
  cancelSyncRiskOperation: CancelSyncRiskOperationParams;
  getUniversalInvitation: GetUniversalInvitationParams;
  updateUniversalInvitation: UpdateUniversalInvitationParams;
  generateUniversalInvitation: GenerateUniversalInvitationParams;
  filter: FilterParams;
  approval: ApprovalParams;
  reject: RejectParams;
  listInvitationPolicies: ListInvitationPoliciesParams;
  createInvitationPolicy: CreateInvitationPolicyParams;
  getPolicyDetailById: GetPolicyDetailByIdParams;
  copyInvitationPolicyById: CopyInvitationPolicyByIdParams;
  updateInvitationPolicy: UpdateInvitationPolicyParams;
  listRegisterExtendsFields: ListRegisterExtendsFieldsParams;
  updateRegisterExtendsFields: UpdateRegisterExtendsFieldsParams;
  batchDeleteInvitationPolicies: BatchDeleteInvitationPoliciesParams;
  getPolicyUserAttributionDetail: GetPolicyUserAttributionDetailParams;
  listPolicyUserAttributionDetail: ListPolicyUserAttributionDetailParams;
  addPolicyUserAttribution: AddPolicyUserAttributionParams;
  addPolicyUserAttributionsBatch: AddPolicyUserAttributionsBatchParams;
  setUserAttributionMainDepartment: SetUserAttributionMainDepartmentParams;
  removeUserAttributionMainDepartment: RemoveUserAttributionMainDepartmentParams;
  getUserAttributionMainDepartment: GetUserAttributionMainDepartmentParams;
  removePolicyUserAttribution: RemovePolicyUserAttributionParams;
  removePolicyUserAttributionsBatch: RemovePolicyUserAttributionsBatchParams;
  getInviteEmailTemplate: GetInviteEmailTemplateParams;
  updateInviteEmailTemplate: UpdateInviteEmailTemplateParams;
  listInvitationRoster: ListInvitationRosterParams;
  listInvitationRostersByPolicyId: ListInvitationRostersByPolicyIdParams;
  listInvitationRostersByNonPolicyId: ListInvitationRostersByNonPolicyIdParams;
  getInvitationRoster: GetInvitationRosterParams;
  createInvitationRoster: CreateInvitationRosterParams;
  batchBindPolicy: BatchBindPolicyParams;
  batchUnbindPolicy: BatchUnbindPolicyParams;
  updateInvitationRoster: UpdateInvitationRosterParams;
  deleteInvitationRoster: DeleteInvitationRosterParams;
  deleteInvitationRosterBatch: DeleteInvitationRosterBatchParams;
  sendRosterInvitation: SendRosterInvitationParams;
  sendRosterInvitationBatch: SendRosterInvitationBatchParams;
  revertRosterInvitation: RevertRosterInvitationParams;
  revertRosterInvitationBatch: RevertRosterInvitationBatchParams;
  quickFilterInviteeList: QuickFilterInviteeListParams;
  filterUsers: FilterUsersParams;
  deleteInvitees: DeleteInviteesParams;
  importTemplate: ImportTemplateParams;
  importUsers: ImportUsersParams;
  exportUsers: ExportUsersParams;
  getGroup: GetGroupParams;
  listGroups: ListGroupsParams;
  getAllGroups: GetAllGroupsParams;
  createGroup: CreateGroupParams;
  createOrUpdateGroup: CreateOrUpdateGroupParams;
  createGroupsBatch: CreateGroupsBatchParams;
  updateGroup: UpdateGroupParams;
  deleteGroupsBatch: DeleteGroupsBatchParams;
  addGroupMembers: AddGroupMembersParams;
  removeGroupMembers: RemoveGroupMembersParams;
  listGroupMembers: ListGroupMembersParams;
  getGroupAuthorizedResources: GetGroupAuthorizedResourcesParams;
  getRole: GetRoleParams;
  assignRole: AssignRoleParams;
  assignRoleBatch: AssignRoleBatchParams;
  revokeRole: RevokeRoleParams;
  revokeRoleBatch: RevokeRoleBatchParams;
  getRoleAuthorizedResources: GetRoleAuthorizedResourcesParams;
  listRoleMembers: ListRoleMembersParams;
  listRoleDepartments: ListRoleDepartmentsParams;
  createRole: CreateRoleParams;
  listRoles: ListRolesParams;
  deleteRolesBatch: DeleteRolesBatchParams;
  createRolesBatch: CreateRolesBatchParams;
  updateRole: UpdateRoleParams;
  deleteRoles: DeleteRolesParams;
  checkParamsNamespace: CheckParamsNamespaceParams;
  listRoleAssignments: ListRoleAssignmentsParams;
  createAdminRole: CreateAdminRoleParams;
  deleteAdminRolesBatch: DeleteAdminRolesBatchParams;
  checkMutualExclusion: CheckMutualExclusionParams;
  listExtIdp: ListExtIdpParams;
  getExtIdp: GetExtIdpParams;
  createExtIdp: CreateExtIdpParams;
  updateExtIdp: UpdateExtIdpParams;
  deleteExtIdp: DeleteExtIdpParams;
  createExtIdpConn: CreateExtIdpConnParams;
  updateExtIdpConn: UpdateExtIdpConnParams;
  deleteExtIdpConn: DeleteExtIdpConnParams;
  changeExtIdpConnState: ChangeExtIdpConnStateParams;
  changeExtIdpConnAssociationState: ChangeExtIdpConnAssociationStateParams;
  listTenantExtIdp: ListTenantExtIdpParams;
  extIdpConnStateByApps: ExtIdpConnStateByAppsParams;
  getWechatMpAccessTokenInfo: GetWechatMpAccessTokenInfoParams;
  getUserBaseFields: GetUserBaseFieldsParams;
  listUserBaseFields: ListUserBaseFieldsParams;
  setUserBaseFields: SetUserBaseFieldsParams;
  getCustomFields: GetCustomFieldsParams;
  listCustFields: ListCustFieldsParams;
  setCustomFields: SetCustomFieldsParams;
  deleteCustomFields: DeleteCustomFieldsParams;
  setCustomData: SetCustomDataParams;
  getCustomData: GetCustomDataParams;
  createResource: CreateResourceParams;
  createResourcesBatch: CreateResourcesBatchParams;
  getResource: GetResourceParams;
  getResourcesBatch: GetResourcesBatchParams;
  listCommonResource: ListCommonResourceParams;
  listResources: ListResourcesParams;
  updateResource: UpdateResourceParams;
  deleteResource: DeleteResourceParams;
  deleteResourcesBatch: DeleteResourcesBatchParams;
  batchDeleteCommonResource: BatchDeleteCommonResourceParams;
  associateTenantResource: AssociateTenantResourceParams;
  createNamespace: CreateNamespaceParams;
  createNamespacesBatch: CreateNamespacesBatchParams;
  getNamespace: GetNamespaceParams;
  getNamespacesBatch: GetNamespacesBatchParams;
  updateNamespace: UpdateNamespaceParams;
  deleteNamespace: DeleteNamespaceParams;
  deleteNamespacesBatch: DeleteNamespacesBatchParams;
  listNamespaces: ListNamespacesParams;
  listNamespaceRoles: ListNamespaceRolesParams;
  authorizeResources: AuthorizeResourcesParams;
  getAuthorizedResources: GetAuthorizedResourcesParams;
  isActionAllowed: IsActionAllowedParams;
  getResourceAuthorizedTargets: GetResourceAuthorizedTargetsParams;
  getUserActionLogs: GetUserActionLogsParams;
  getAdminAuditLogs: GetAdminAuditLogsParams;
  getEmailTemplates: GetEmailTemplatesParams;
  updateEmailTemplate: UpdateEmailTemplateParams;
  previewEmailTemplate: PreviewEmailTemplateParams;
  getEmailProvider: GetEmailProviderParams;
  configEmailProvider: ConfigEmailProviderParams;
  getApplication: GetApplicationParams;
  detailAuthSubject: DetailAuthSubjectParams;
  listAuthSubject: ListAuthSubjectParams;
  listAuthApplication: ListAuthApplicationParams;
  enabledAuth: EnabledAuthParams;
  deleteAuth: DeleteAuthParams;
  listApplications: ListApplicationsParams;
  getApplicationSimpleInfo: GetApplicationSimpleInfoParams;
  listApplicationSimpleInfo: ListApplicationSimpleInfoParams;
  createApplication: CreateApplicationParams;
  updateApplication: UpdateApplicationParams;
  deleteApplication: DeleteApplicationParams;
  getApplicationSecret: GetApplicationSecretParams;
  refreshApplicationSecret: RefreshApplicationSecretParams;
  listApplicationActiveUsers: ListApplicationActiveUsersParams;
  getApplicationPermissionStrategy: GetApplicationPermissionStrategyParams;
  updateApplicationPermissionStrategy: UpdateApplicationPermissionStrategyParams;
  authorizeApplicationAccess: AuthorizeApplicationAccessParams;
  revokeApplicationAccess: RevokeApplicationAccessParams;
  checkDomainAvailable: CheckDomainAvailableParams;
  listTenantApplications: ListTenantApplicationsParams;
  updateLoginPageConfig: UpdateLoginPageConfigParams;
  userpollTenantConfig: UserpollTenantConfigParams;
  updateUserPoolTenantConfig: UpdateUserPoolTenantConfigParams;
  updateTenantQrCodeState: UpdateTenantQrCodeStateParams;
  changeUserpoolTenanExtIdpConnState: ChangeUserpoolTenanExtIdpConnStateParams;
  updateApplicationMfaSettings: UpdateApplicationMfaSettingsParams;
  getMfaTriggerData: GetMfaTriggerDataParams;
  createAsaAccount: CreateAsaAccountParams;
  createAsaAccountBatch: CreateAsaAccountBatchParams;
  updateAsaAccount: UpdateAsaAccountParams;
  listAsaAccount: ListAsaAccountParams;
  getAsaAccount: GetAsaAccountParams;
  getAsaAccountBatch: GetAsaAccountBatchParams;
  deleteAsaAccount: DeleteAsaAccountParams;
  deleteAsaAccountBatch: DeleteAsaAccountBatchParams;
  assignAsaAccount: AssignAsaAccountParams;
  unassignAsaAccount: UnassignAsaAccountParams;
  getAsaAccountAssignedTargets: GetAsaAccountAssignedTargetsParams;
  getAssignedAccount: GetAssignedAccountParams;
  getSecuritySettings: GetSecuritySettingsParams;
  updateSecuritySettings: UpdateSecuritySettingsParams;
  getGlobalMfaSettings: GetGlobalMfaSettingsParams;
  updateGlobalMfaSettings: UpdateGlobalMfaSettingsParams;
  closeGlobalMfaSettings: CloseGlobalMfaSettingsParams;
  createTenant: CreateTenantParams;
  updateTenant: UpdateTenantParams;
  deleteTenant: DeleteTenantParams;
  listTenants: ListTenantsParams;
  getTenantLittleInfo: GetTenantLittleInfoParams;
  getTenant: GetTenantParams;
  importTenant: ImportTenantParams;
  importTenantHistory: ImportTenantHistoryParams;
  importTenantNotifyUser: ImportTenantNotifyUserParams;
  sendEmailBatch: SendEmailBatchParams;
  sendSmsBatch: SendSmsBatchParams;
  listTenantAdmin: ListTenantAdminParams;
  setTenantAdmin: SetTenantAdminParams;
  deleteTenantAdmin: DeleteTenantAdminParams;
  deleteTenantUser: DeleteTenantUserParams;
  generateInviteTenantUserLink: GenerateInviteTenantUserLinkParams;
  listInviteTennatUserRecords: ListInviteTennatUserRecordsParams;
  listMultipleTenantAdmin: ListMultipleTenantAdminParams;
  createMultipleTenantAdmin: CreateMultipleTenantAdminParams;
  getMultipleTenantAdmin: GetMultipleTenantAdminParams;
  listTenantCooperators: ListTenantCooperatorsParams;
  getTenantCooperator: GetTenantCooperatorParams;
  getTenantCooperatorMenu: GetTenantCooperatorMenuParams;
  createTenantCooperator: CreateTenantCooperatorParams;
  getTenantByCode: GetTenantByCodeParams;
  createTenantEnterpriseCertification: CreateTenantEnterpriseCertificationParams;
  updateTenantEnterpriseCertification: UpdateTenantEnterpriseCertificationParams;
  reviewTenantEnterpriseCertification: ReviewTenantEnterpriseCertificationParams;
  getTenantEnterpriseCertification: GetTenantEnterpriseCertificationParams;
  sendInviteTenantUserEmail: SendInviteTenantUserEmailParams;
  addTenantUsers: AddTenantUsersParams;
  removeTenantUsers: RemoveTenantUsersParams;
  updateTenantUser: UpdateTenantUserParams;
  createTenantUser: CreateTenantUserParams;
  listTenantUsers: ListTenantUsersParams;
  getTenantUser: GetTenantUserParams;
  addTenantDepartmentMembers: AddTenantDepartmentMembersParams;
  removeTenantDepartmentMembers: RemoveTenantDepartmentMembersParams;
  createPermissionNamespace: CreatePermissionNamespaceParams;
  createPermissionNamespacesBatch: CreatePermissionNamespacesBatchParams;
  getPermissionNamespace: GetPermissionNamespaceParams;
  getPermissionNamespacesBatch: GetPermissionNamespacesBatchParams;
  listPermissionNamespaces: ListPermissionNamespacesParams;
  updatePermissionNamespace: UpdatePermissionNamespaceParams;
  deletePermissionNamespace: DeletePermissionNamespaceParams;
  deletePermissionNamespacesBatch: DeletePermissionNamespacesBatchParams;
  checkPermissionNamespaceExists: CheckPermissionNamespaceExistsParams;
  listPermissionNamespaceRoles: ListPermissionNamespaceRolesParams;
  createDataResource: CreateDataResourceParams;
  createDataResourceByString: CreateDataResourceByStringParams;
  createDataResourceByArray: CreateDataResourceByArrayParams;
  createDataResourceByTree: CreateDataResourceByTreeParams;
  listDataResources: ListDataResourcesParams;
  getDataResource: GetDataResourceParams;
  updateDataResource: UpdateDataResourceParams;
  deleteDataResource: DeleteDataResourceParams;
  checkDataResourceExists: CheckDataResourceExistsParams;
  createDnef: CreateDnefParams;
  batchCreateDnef: BatchCreateDnefParams;
  deleteDnef: DeleteDnefParams;
  updateDnef: UpdateDnefParams;
  listDnef: ListDnefParams;
  createDataPolicy: CreateDataPolicyParams;
  listDataPolices: ListDataPolicesParams;
  listSimpleDataPolices: ListSimpleDataPolicesParams;
  getDataPolicy: GetDataPolicyParams;
  updateDataPolicy: UpdateDataPolicyParams;
  deleteDataPolicy: DeleteDataPolicyParams;
  checkDataPolicyExists: CheckDataPolicyExistsParams;
  listDataPolicyTargets: ListDataPolicyTargetsParams;
  authorizeDataPolicies: AuthorizeDataPoliciesParams;
  revokeDataPolicy: RevokeDataPolicyParams;
  getUserPermissionList: GetUserPermissionListParams;
  checkPermission: CheckPermissionParams;
  checkExternalUserPermission: CheckExternalUserPermissionParams;
  getUserResourcePermissionList: GetUserResourcePermissionListParams;
  listResourceTargets: ListResourceTargetsParams;
  getUserResourceStruct: GetUserResourceStructParams;
  getExternalUserResourceStruct: GetExternalUserResourceStructParams;
  checkUserSameLevelPermission: CheckUserSameLevelPermissionParams;
  listPermissionView: ListPermissionViewParams;
  getCurrentPackageInfo: GetCurrentPackageInfoParams;
  getUsageInfo: GetUsageInfoParams;
  getMauPeriodUsageHistory: GetMauPeriodUsageHistoryParams;
  getAllRightsItem: GetAllRightsItemParams;
  getOrders: GetOrdersParams;
  getOrderDetail: GetOrderDetailParams;
  getOrderPayDetail: GetOrderPayDetailParams;
  createEventApp: CreateEventAppParams;
  listEventApps: ListEventAppsParams;
  listEvents: ListEventsParams;
  defineEvent: DefineEventParams;
  verifyEvent: VerifyEventParams;
  pubUserEvent: PubUserEventParams;
  addWhitelistOfApp: AddWhitelistOfAppParams;
  listWhitelistsOfApp: ListWhitelistsOfAppParams;
  deleteWhitelistOfApp: DeleteWhitelistOfAppParams;
  addWhitelist: AddWhitelistParams;
  listWhitelists: ListWhitelistsParams;
  deleteWhitelist: DeleteWhitelistParams;
  findIpList: FindIpListParams;
  add: AddParams;
  deleteById: DeleteByIdParams;
  findUserList: FindUserListParams;
  addUser: AddUserParams;
  deleteUserListById: DeleteUserListByIdParams;
  findRiskListPolicy: FindRiskListPolicyParams;
  addRiskListPolicy: AddRiskListPolicyParams;
  deleteRiskListPolicyById: DeleteRiskListPolicyByIdParams;
  getRuleSettings: GetRuleSettingsParams;
  updateRuleSettings: UpdateRuleSettingsParams;
  getAllValidScopeSettings: GetAllValidScopeSettingsParams;
  findAppLists: FindAppListsParams;
  saveInvitationPolicies: SaveInvitationPoliciesParams;
  remove: RemoveParams;
  getAllWhiteListSettings: GetAllWhiteListSettingsParams;
  processApproval: ProcessApprovalParams;
  batchProcessApproval: BatchProcessApprovalParams;
  getDetail: GetDetailParams;
  pendList: PendListParams;
  closedList: ClosedListParams;
  logList: LogListParams;
  createDevice: CreateDeviceParams;
  addDevice: AddDeviceParams;
  findLastLoginAppsByDeviceIds: FindLastLoginAppsByDeviceIdsParams;
  findLastLoginAppsByDeviceIdsV2: FindLastLoginAppsByDeviceIdsV2Params;
  createVerifyDevice: CreateVerifyDeviceParams;
  createPipelineFunction: CreatePipelineFunctionParams;
  getPipelineFunction: GetPipelineFunctionParams;
  reuploadPipelineFunction: ReuploadPipelineFunctionParams;
  updatePipelineFunction: UpdatePipelineFunctionParams;
  updatePipelineOrder: UpdatePipelineOrderParams;
  deletePipelineFunction: DeletePipelineFunctionParams;
  listPipelineFunctions: ListPipelineFunctionsParams;
  getPipelineLogs: GetPipelineLogsParams;
  createWebhook: CreateWebhookParams;
  listWebhooks: ListWebhooksParams;
  updateWebhook: UpdateWebhookParams;
  deleteWebhook: DeleteWebhookParams;
  getWebhookLogs: GetWebhookLogsParams;
  triggerWebhook: TriggerWebhookParams;
  getWebhook: GetWebhookParams;
  getWebhookEventList: GetWebhookEventListParams;
  getBindPwd: GetBindPwdParams;
  queryLdapConfigInfo: QueryLdapConfigInfoParams;
  updateLdapConfigInfo: UpdateLdapConfigInfoParams;
  saveLdapConfigInfo: SaveLdapConfigInfoParams;
  disableLdapServer: DisableLdapServerParams;
  queryLdapLog: QueryLdapLogParams;
  queryLdapSubEntries: QueryLdapSubEntriesParams;
  getAccessKeyList: GetAccessKeyListParams;
  getAccessKey: GetAccessKeyParams;
  createAccessKey: CreateAccessKeyParams;
  deleteAccessKey: DeleteAccessKeyParams;
  updateAccessKey: UpdateAccessKeyParams;
  getVerifyConfigApp: GetVerifyConfigAppParams;
  pub: PubParams;
}
/** The `data` of each call's envelope, by name. */
export interface DataOf {
  postList: DataField<Models.PostPaginatedRespDto>;
  postListBatch: DataField<Models.PostPaginatedRespDto>;
  getPost: DataField<Models.CreatePostDto>;
  getUserPosts: DataField<Models.PostListRespDto>;
  getUserPost: DataField<Models.CreatePostDto>;
  getPostById: DataField<Models.PostRespDto>;
  createPost: DataField<Models.CreatePostRespDto>;
  updatePost: DataField<Models.CreatePostRespDto>;
  removePost: DataField<Models.CommonResponseDto>;
  setUserPosts: DataField<Models.CommonResponseDto>;
  userConnectionPost: DataField<Models.CommonResponseDto>;
  listRow: DataField<Models.FunctionModelValueListResDto>;
  getRow: DataField<Models.FunctionModelValueResDto>;
  getRowByValue: DataField<Models.FunctionModelValueResDto>;
  getRowBatch: DataField<Models.MetadataListResDto>;
  createRow: DataField<Models.FunctionModelValueResDto>;
  updateRow: DataField<Models.FunctionModelValueResDto>;
  removeRow: DataField<Models.CommonResponseDto>;
  createModel: DataField<Models.FunctionModelResDto>;
  getModel: DataField<Models.FunctionModelResDto>;
  listModel: DataField<Models.FunctionModelListDto>;
  removeModel: DataField<Models.CommonResponseDto>;
  updateModel: DataField<Models.FunctionModelResDto>;
  createField: DataField<Models.FunctionModelFieldResDto>;
  updateField: DataField<Models.FunctionModelFieldResDto>;
  remoteField: DataField<Models.CommonResponseDto>;
  listField: DataField<Models.FunctionFieldListResDto>;
  exportMetadata: DataField<Models.CommonResponseDto>;
  importMetadata: DataField<Models.CommonResponseDto>;
  getImportTemplate: DataField<Models.GetImportTemplateResDto>;
  createOperate: DataField<Models.CommonResponseDto>;
  removeOperate: DataField<Models.CommonResponseDto>;
  executeOperate: DataField<Models.CommonResponseDto>;
  copyOperate: DataField<Models.CommonResponseDto>;
  listOperate: DataField<Models.OperateModelDto>;
  listOperateAll: DataField<Models.OperateModelDto>;
  updateOperate: DataField<Models.CommonResponseDto>;
  getRelationInfo: DataField<Models.CommonResponseDto>;
  createRowRelation: DataField<Models.CommonResponseDto>;
  getRelationValue: DataField<Models.RelationValueListResDto>;
  removeRelationValue: DataField<Models.CommonResponseDto>;
  exportModel: DataField<Models.CommonResponseDto>;
  importModel: DataField<Models.CommonResponseDto>;
  getAllMetadata: DataField<Models.FunctionModelValueListResDto>;
  getRelationDetails: DataField<Models.RelationValueListResDto>;
  relationSearch: DataField<Models.RelationValueListResDto>;
  copyRowRelation: DataField<Models.RelationValueListResDto>;
  getAllMetadataRow: DataField<Models.GetAllRowByScrollidResDto>;
  getMetadataGroupList: DataField<Models.FunctionModelValueListResDto>;
  capture: DataField<Models.CreateUEBARespDto>;
  deleteDevice: DataField<Models.CommonResponseDto>;
  suspendDevice: DataField<Models.CommonResponseDto>;
  disableDevice: DataField<Models.CommonResponseDto>;
  enableDevice: DataField<Models.CommonResponseDto>;
  getDeviceStatus: DataField<Models.DeviceStatusRespDto>;
  listPublicAccounts: DataField<Models.PublicAccountPaginatedRespDto>;
  getPublicAccount: DataField<Models.PublicAccountSingleRespDto>;
  getPublicAccountBatch: DataField<Models.PublicAccountListRespDto>;
  createPublicAccount: DataField<Models.PublicAccountSingleRespDto>;
  createPublicAccountsBatch: DataField<Models.PublicAccountListRespDto>;
  updatePublicAccount: DataField<Models.PublicAccountSingleRespDto>;
  updatePublicAccountBatch: DataField<Models.PublicAccountListRespDto>;
  deletePublicAccountsBatch: DataField<Models.IsSuccessRespDto>;
  kickPublicAccounts: DataField<Models.IsSuccessRespDto>;
  changeIntoPublicAccount: DataField<Models.IsSuccessRespDto>;
  getPublicAccountsOfUser: DataField<Models.PublicAccountPaginatedRespDto>;
  getUsersOfPublicAccount: DataField<Models.PublicAccountPaginatedRespDto>;
  bindUsersPublicAccount: DataField<Models.IsSuccessRespDto>;
  setuserOfPublicAccount: DataField<Models.IsSuccessRespDto>;
  unbindUsersPublicAccount: DataField<Models.IsSuccessRespDto>;
  getOrganization: DataField<Models.OrganizationSingleRespDto>;
  getOrganizationsBatch: DataField<Models.OrganizationListRespDto>;
  listOrganizations: DataField<Models.OrganizationPaginatedRespDto>;
  createOrganization: DataField<Models.OrganizationSingleRespDto>;
  updateOrganization: DataField<Models.OrganizationSingleRespDto>;
  deleteOrganization: DataField<Models.IsSuccessRespDto>;
  searchOrganizations: DataField<Models.OrganizationPaginatedRespDto>;
  updateOrganizationStatus: DataField<Models.IsSuccessRespDto>;
  getDepartment: DataField<Models.DepartmentSingleRespDto>;
  getDepartmentAllApp: DataField<Models.DepartmentSingleRespDto>;
  createDepartment: DataField<Models.DepartmentSingleRespDto>;
  updateDepartment: DataField<Models.DepartmentSingleRespDto>;
  deleteDepartment: DataField<Models.IsSuccessRespDto>;
  searchDepartments: DataField<Models.DepartmentListRespDto>;
  searchDepartmentsList: DataField<Models.DepartmentListRespDto>;
  listChildrenDepartments: DataField<Models.DepartmentPaginatedRespDto>;
  getAllDepartments: DataField<Models.DepartmentPaginatedRespDto>;
  listDepartmentMembers: DataField<Models.UserPaginatedRespDto>;
  listDepartmentMemberIds: DataField<Models.UserIdListRespDto>;
  searchDepartmentMembers: DataField<Models.UserPaginatedRespDto>;
  addDepartmentMembers: DataField<Models.IsSuccessRespDto>;
  removeDepartmentMembers: DataField<Models.IsSuccessRespDto>;
  getParentDepartment: DataField<Models.DepartmentSingleRespDto>;
  isUserInDepartment: DataField<Models.IsUserInDepartmentRespDto>;
  getDepartmentById: DataField<Models.DepartmentSingleRespDto>;
  createDepartmentTree: DataField<Models.CreateDepartmentTreeRespDto>;
  getDepartmentSyncRelations: DataField<Models.SyncRelationListRespDto>;
  deleteDepartmentSyncRelations: DataField<Models.IsSuccessRespDto>;
  updateNodeStatus: DataField<Models.Node>;
  listUsers: DataField<Models.UserPaginatedRespDto>;
  listUsersLegacy: DataField<Models.UserPaginatedRespDto>;
  getUser: DataField<Models.UserSingleRespDto>;
  getUserBatch: DataField<Models.UserListRespDto>;
  userFieldDecrypt: DataField<Models.UserFieldDecryptRespDto>;
  createUser: DataField<Models.UserSingleRespDto>;
  createUsersBatch: DataField<Models.UserListRespDto>;
  updateUser: DataField<Models.UserSingleRespDto>;
  updateUserBatch: DataField<Models.UserListRespDto>;
  deleteUsersBatch: DataField<Models.IsSuccessRespDto>;
  getUserIdentities: DataField<Models.IdentityListRespDto>;
  getUserRoles: DataField<Models.RolePaginatedRespDto>;
  getUserPrincipalAuthenticationInfo: DataField<Models.PrincipalAuthenticationInfoPaginatedRespDto>;
  resetUserPrincipalAuthenticationInfo: DataField<Models.IsSuccessRespDto>;
  getUserDepartments: DataField<Models.UserDepartmentPaginatedRespDto>;
  setUserDepartments: DataField<Models.IsSuccessRespDto>;
  getUserGroups: DataField<Models.GroupPaginatedRespDto>;
  getUserMfaInfo: DataField<Models.UserMfaSingleRespDto>;
  listArchivedUsers: DataField<Models.ListArchivedUsersSingleRespDto>;
  kickUsers: DataField<Models.IsSuccessRespDto>;
  isUserExists: DataField<Models.IsUserExistsRespDto>;
  getUserAccessibleApps: DataField<Models.AppListRespDto>;
  getUserAuthorizedApps: DataField<Models.AppListRespDto>;
  hasAnyRole: DataField<Models.HasAnyRoleRespDto>;
  getUserLoginHistory: DataField<Models.UserLoginHistoryPaginatedRespDto>;
  getUserLoggedinApps: DataField<Models.UserLoggedInAppsListRespDto>;
  getUserLoggedinIdentities: DataField<Models.UserLoggedInIdentitiesRespDto>;
  resignUser: DataField<Models.ResignUserRespDto>;
  resignUserBatch: DataField<Models.ResignUserRespDto>;
  getUserAuthorizedResources: DataField<Models.AuthorizedResourcePaginatedRespDto>;
  checkSessionStatus: DataField<Models.CheckSessionStatusRespDto>;
  importOtp: DataField<Models.CommonResponseDto>;
  getOtpSecretByUser: DataField<Models.GetOtpSecretRespDto>;
  getUserPasswordCiphertext: DataField<Models.GetUserPasswordCiphertextRespDto>;
  linkIdentity: DataField<Models.LinkIdentityResDto>;
  unlinkIdentity: DataField<Models.UnlinkIdentityResDto>;
  setUsersMfaStatus: DataField<Models.IsSuccessRespDto>;
  getUserMfaStatus: DataField<Models.GetMapInfoRespDto>;
  getUserSyncRelations: DataField<Models.SyncRelationListRespDto>;
  deleteUserSyncRelations: DataField<Models.IsSuccessRespDto>;
  getUserEncryptPasswordBatch: DataField<Models.GetUserEncryptPasswordBatchRespDto>;
  getPublicAccountRoles: DataField<Models.PublicAccountPaginatedRespDto>;
  getPublicAccountsOfRole: DataField<Models.PublicAccountPaginatedRespDto>;
  bindPublicAccountOfRoles: DataField<Models.IsSuccessRespDto>;
  getPublicAccountsOfGroup: DataField<Models.PublicAccountPaginatedRespDto>;
  getGroupsOfPublicAccount: DataField<Models.GroupPaginatedRespDto>;
  getPublicAccountOfGroups: DataField<Models.IsSuccessRespDto>;
  getPublicAccountsOfDepartment: DataField<Models.PublicAccountPaginatedRespDto>;
  getPublicAccountDepartments: DataField<Models.UserDepartmentPaginatedRespDto>;
  setPublicAccountOfDepartments: DataField<Models.IsSuccessRespDto>;
  resignPublicAccountBatch: DataField<Models.ResignUserRespDto>;
  getPostOfPublicUser: DataField<Models.CreatePostDto>;
  getPublicAccountsOfPost: DataField<Models.PublicAccountPaginatedRespDto>;
  setPublicAccountOfnPost: DataField<Models.IsSuccessRespDto>;
  unbindPublicAccountOfPost: DataField<Models.IsSuccessRespDto>;
  getSyncTask: DataField<Models.SyncTaskSingleRespDto>;
  listSyncTasks: DataField<Models.SyncTaskPaginatedRespDto>;
  createSyncTask: DataField<Models.SyncTaskPaginatedRespDto>;
  updateSyncTask: DataField<Models.SyncTaskPaginatedRespDto>;
  triggerSyncTask: DataField<Models.TriggerSyncTaskRespDto>;
  getSyncJob: DataField<Models.SyncJobSingleRespDto>;
  listSyncJobs: DataField<Models.SyncJobPaginatedRespDto>;
  listSyncJobLogs: DataField<Models.TriggerSyncTaskRespDto>;
  listSyncRiskOperations: DataField<Models.SyncRiskOperationPaginatedRespDto>;
  triggerSyncRiskOperations: DataField<Models.TriggerSyncRiskOperationsRespDto>;
  cancelSyncRiskOperation: DataField<Models.CancelSyncRiskOperationsRespDto>;
  getUniversalInvitation: DataField<Models.GetUniversalInvitationRespDto>;
  updateUniversalInvitation: DataField<Models.GetUniversalInvitationRespDto>;
  generateUniversalInvitation: DataField<Models.GenerateInvitationLinkRespDto>;
  filter: DataField<Models.PaginationUniversalInvitationApplicantRespDto>;
  approval: DataField<Models.IsSuccessRespDto>;
  reject: DataField<Models.IsSuccessRespDto>;
  listInvitationPolicies: DataField<Models.PaginationInvitationPolicyRespDto>;
  createInvitationPolicy: DataField<Models.GetInvitationPolicyRespDto>;
  getPolicyDetailById: DataField<Models.GetInvitationPolicyRespDto>;
  copyInvitationPolicyById: DataField<Models.GetInvitationPolicyRespDto>;
  updateInvitationPolicy: DataField<Models.GetInvitationPolicyRespDto>;
  listRegisterExtendsFields: DataField<Models.GetExtendsFieldsRespDto>;
  updateRegisterExtendsFields: DataField<Models.GetExtendsFieldsRespDto>;
  batchDeleteInvitationPolicies: DataField<Models.IsSuccessRespDto>;
  getPolicyUserAttributionDetail: DataField<Models.UserAttributionSingleRespDto>;
  listPolicyUserAttributionDetail: DataField<Models.UserAttributionPaginationRespDto>;
  addPolicyUserAttribution: DataField<Models.UserAttributionSingleRespDto>;
  addPolicyUserAttributionsBatch: DataField<Models.IsSuccessRespDto>;
  setUserAttributionMainDepartment: DataField<Models.IsSuccessRespDto>;
  removeUserAttributionMainDepartment: DataField<Models.IsSuccessRespDto>;
  getUserAttributionMainDepartment: DataField<Models.UserAttributionMainDepartmentRespDto>;
  removePolicyUserAttribution: DataField<Models.IsSuccessRespDto>;
  removePolicyUserAttributionsBatch: DataField<Models.IsSuccessRespDto>;
  getInviteEmailTemplate: DataField<Models.GetEmailTemplateRespDto>;
  updateInviteEmailTemplate: DataField<Models.GetEmailTemplateRespDto>;
  listInvitationRoster: DataField<Models.InvitationRosterPaginationRespDto>;
  listInvitationRostersByPolicyId: DataField<Models.InvitationRosterPaginationRespDto>;
  listInvitationRostersByNonPolicyId: DataField<Models.InvitationRosterPaginationRespDto>;
  getInvitationRoster: DataField<Models.InvitationRosterSingleRespDto>;
  createInvitationRoster: DataField<Models.InvitationRosterSingleRespDto>;
  batchBindPolicy: DataField<Models.IsSuccessRespDto>;
  batchUnbindPolicy: DataField<Models.IsSuccessRespDto>;
  updateInvitationRoster: DataField<Models.InvitationRosterSingleRespDto>;
  deleteInvitationRoster: DataField<Models.IsSuccessRespDto>;
  deleteInvitationRosterBatch: DataField<Models.IsSuccessRespDto>;
  sendRosterInvitation: DataField<Models.IsSuccessRespDto>;
  sendRosterInvitationBatch: DataField<Models.IsSuccessRespDto>;
  revertRosterInvitation: DataField<Models.IsSuccessRespDto>;
  revertRosterInvitationBatch: DataField<Models.IsSuccessRespDto>;
  quickFilterInviteeList: DataField<Models.QuickFilterInviteePaginationRespDto>;
  filterUsers: DataField<Models.InvitationUserPaginationRespDto>;
  deleteInvitees: DataField<Models.IsSuccessRespDto>;
  importTemplate: DataField<Models.GetImportExportTemplateRespDto>;
  importUsers: DataField<Models.GetImportInviteeRespDto>;
  exportUsers: DataField<Models.GetImportExportTemplateRespDto>;
  getGroup: DataField<Models.GroupSingleRespDto>;
  listGroups: DataField<Models.GroupPaginatedRespDto>;
  getAllGroups: DataField<Models.GroupListRespDto>;
  createGroup: DataField<Models.GroupSingleRespDto>;
  createOrUpdateGroup: DataField<Models.CreateOrUpdateGroupRespDto>;
  createGroupsBatch: DataField<Models.GroupListRespDto>;
  updateGroup: DataField<Models.GroupSingleRespDto>;
  deleteGroupsBatch: DataField<Models.IsSuccessRespDto>;
  addGroupMembers: DataField<Models.IsSuccessRespDto>;
  removeGroupMembers: DataField<Models.IsSuccessRespDto>;
  listGroupMembers: DataField<Models.UserPaginatedRespDto>;
  getGroupAuthorizedResources: DataField<Models.AuthorizedResourceListRespDto>;
  getRole: DataField<Models.RoleSingleRespDto>;
  assignRole: DataField<Models.IsSuccessRespDto>;
  assignRoleBatch: DataField<Models.IsSuccessRespDto>;
  revokeRole: DataField<Models.IsSuccessRespDto>;
  revokeRoleBatch: DataField<Models.IsSuccessRespDto>;
  getRoleAuthorizedResources: DataField<Models.RoleAuthorizedResourcePaginatedRespDto>;
  listRoleMembers: DataField<Models.UserPaginatedRespDto>;
  listRoleDepartments: DataField<Models.RoleDepartmentListPaginatedRespDto>;
  createRole: DataField<Models.RoleSingleRespDto>;
  listRoles: DataField<Models.RolePaginatedRespDto>;
  deleteRolesBatch: DataField<Models.IsSuccessRespDto>;
  createRolesBatch: DataField<Models.IsSuccessRespDto>;
  updateRole: DataField<Models.IsSuccessRespDto>;
  deleteRoles: DataField<Models.IsSuccessRespDto>;
  checkParamsNamespace: DataField<Models.RoleCheckParamsRespDto>;
  listRoleAssignments: DataField<Models.RoleListPageRespDto>;
  createAdminRole: DataField<Models.RoleCheckParamsRespDto>;
  deleteAdminRolesBatch: DataField<Models.IsSuccessRespDto>;
  checkMutualExclusion: DataField<Models.CheckRoleMutualExclusionRespDto>;
  listExtIdp: DataField<Models.ExtIdpListPaginatedRespDto>;
  getExtIdp: DataField<Models.ExtIdpDetailSingleRespDto>;
  createExtIdp: DataField<Models.ExtIdpSingleRespDto>;
  updateExtIdp: DataField<Models.ExtIdpSingleRespDto>;
  deleteExtIdp: DataField<Models.IsSuccessRespDto>;
  createExtIdpConn: DataField<Models.ExtIdpConnDetailSingleRespDto>;
  updateExtIdpConn: DataField<Models.ExtIdpConnDetailSingleRespDto>;
  deleteExtIdpConn: DataField<Models.IsSuccessRespDto>;
  changeExtIdpConnState: DataField<Models.IsSuccessRespDto>;
  changeExtIdpConnAssociationState: DataField<Models.IsSuccessRespDto>;
  listTenantExtIdp: DataField<Models.ExtIdpListPaginatedRespDto>;
  extIdpConnStateByApps: DataField<Models.ExtIdpListPaginatedRespDto>;
  getWechatMpAccessTokenInfo: DataField<Models.GetWechatAccessTokenInfoRespDto>;
  getUserBaseFields: DataField<Models.CustomFieldListRespDto>;
  listUserBaseFields: DataField<Models.ListCistomFieldsResDto>;
  setUserBaseFields: DataField<Models.CustomFieldListRespDto>;
  getCustomFields: DataField<Models.CustomFieldListRespDto>;
  listCustFields: DataField<Models.ListCistomFieldsResDto>;
  setCustomFields: DataField<Models.CustomFieldListRespDto>;
  deleteCustomFields: DataField<Models.IsSuccessRespDto>;
  setCustomData: DataField<Models.IsSuccessRespDto>;
  getCustomData: DataField<Models.GetCustomDataRespDto>;
  createResource: DataField<Models.ResourceRespDto>;
  createResourcesBatch: DataField<Models.IsSuccessRespDto>;
  getResource: DataField<Models.ResourceRespDto>;
  getResourcesBatch: DataField<Models.ResourceListRespDto>;
  listCommonResource: DataField<Models.CommonResourcePaginatedRespDto>;
  listResources: DataField<Models.ResourcePaginatedRespDto>;
  updateResource: DataField<Models.ResourceRespDto>;
  deleteResource: DataField<Models.IsSuccessRespDto>;
  deleteResourcesBatch: DataField<Models.IsSuccessRespDto>;
  batchDeleteCommonResource: DataField<Models.IsSuccessRespDto>;
  associateTenantResource: DataField<Models.IsSuccessRespDto>;
  createNamespace: DataField<Models.NamespaceRespDto>;
  createNamespacesBatch: DataField<Models.IsSuccessRespDto>;
  getNamespace: DataField<Models.NamespaceRespDto>;
  getNamespacesBatch: DataField<Models.NamespaceListRespDto>;
  updateNamespace: DataField<Models.UpdateNamespaceRespDto>;
  deleteNamespace: DataField<Models.IsSuccessRespDto>;
  deleteNamespacesBatch: DataField<Models.IsSuccessRespDto>;
  listNamespaces: DataField<Models.NamespaceListPaginatedRespDto>;
  listNamespaceRoles: DataField<Models.NamespaceRolesListPaginatedRespDto>;
  authorizeResources: DataField<Models.IsSuccessRespDto>;
  getAuthorizedResources: DataField<Models.AuthorizedResourcePaginatedRespDto>;
  isActionAllowed: DataField<Models.IsActionAllowedRespDtp>;
  getResourceAuthorizedTargets: DataField<Models.GetResourceAuthorizedTargetRespDto>;
  getUserActionLogs: DataField<Models.UserActionLogRespDto>;
  getAdminAuditLogs: DataField<Models.AdminAuditLogRespDto>;
  getEmailTemplates: DataField<Models.GetEmailTemplatesRespDto>;
  updateEmailTemplate: DataField<Models.EmailTemplateSingleItemRespDto>;
  previewEmailTemplate: DataField<Models.PreviewEmailTemplateRespDto>;
  getEmailProvider: DataField<Models.EmailProviderRespDto>;
  configEmailProvider: DataField<Models.EmailProviderRespDto>;
  getApplication: DataField<Models.ApplicationSingleRespDto>;
  detailAuthSubject: DataField<Models.GetSubjectAuthRespDto>;
  listAuthSubject: DataField<Models.ListApplicationSubjectRespDto>;
  listAuthApplication: DataField<Models.ListApplicationAuthPaginatedRespDto>;
  enabledAuth: DataField<Models.IsSuccessRespDto>;
  deleteAuth: DataField<Models.IsSuccessRespDto>;
  listApplications: DataField<Models.ApplicationPaginatedRespDto>;
  getApplicationSimpleInfo: DataField<Models.ApplicationSimpleInfoSingleRespDto>;
  listApplicationSimpleInfo: DataField<Models.ApplicationSimpleInfoPaginatedRespDto>;
  createApplication: DataField<Models.CreateApplicationRespDto>;
  updateApplication: DataField<Models.IsSuccessRespDto>;
  deleteApplication: DataField<Models.IsSuccessRespDto>;
  getApplicationSecret: DataField<Models.GetApplicationSecretRespDto>;
  refreshApplicationSecret: DataField<Models.RefreshApplicationSecretRespDto>;
  listApplicationActiveUsers: DataField<Models.UserPaginatedRespDto>;
  getApplicationPermissionStrategy: DataField<Models.GetApplicationPermissionStrategyRespDto>;
  updateApplicationPermissionStrategy: DataField<Models.IsSuccessRespDto>;
  authorizeApplicationAccess: DataField<Models.IsSuccessRespDto>;
  revokeApplicationAccess: DataField<Models.IsSuccessRespDto>;
  checkDomainAvailable: DataField<Models.CheckDomainAvailableSecretRespDto>;
  listTenantApplications: DataField<Models.TenantApplicationListPaginatedRespDto>;
  updateLoginPageConfig: DataField<Models.IsSuccessRespDto>;
  userpollTenantConfig: DataField<Models.UserPoolTenantConfigDtoRespDto>;
  updateUserPoolTenantConfig: DataField<Models.IsSuccessRespDto>;
  updateTenantQrCodeState: DataField<Models.IsSuccessRespDto>;
  changeUserpoolTenanExtIdpConnState: DataField<Models.IsSuccessRespDto>;
  updateApplicationMfaSettings: DataField<Models.MFASettingsRespDto>;
  getMfaTriggerData: DataField<Models.GetMapInfoRespDto>;
  createAsaAccount: DataField<Models.AsaAccountSingleRespDto>;
  createAsaAccountBatch: DataField<Models.IsSuccessRespDto>;
  updateAsaAccount: DataField<Models.AsaAccountSingleRespDto>;
  listAsaAccount: DataField<Models.AsaAccountPaginatedRespDto>;
  getAsaAccount: DataField<Models.AsaAccountSingleRespDto>;
  getAsaAccountBatch: DataField<Models.AsaAccountListRespDto>;
  deleteAsaAccount: DataField<Models.IsSuccessRespDto>;
  deleteAsaAccountBatch: DataField<Models.IsSuccessRespDto>;
  assignAsaAccount: DataField<Models.IsSuccessRespDto>;
  unassignAsaAccount: DataField<Models.IsSuccessRespDto>;
  getAsaAccountAssignedTargets: DataField<Models.GetAsaAccountAssignedTargetRespDto>;
  getAssignedAccount: DataField<Models.AsaAccountSingleNullableRespDto>;
  getSecuritySettings: DataField<Models.SecuritySettingsRespDto>;
  updateSecuritySettings: DataField<Models.SecuritySettingsRespDto>;
  getGlobalMfaSettings: DataField<Models.MFASettingsRespDto>;
  updateGlobalMfaSettings: DataField<Models.MFASettingsRespDto>;
  closeGlobalMfaSettings: DataField<Models.MFASettingsRespDto>;
  createTenant: DataField<Models.CreateTenantRespDto>;
  updateTenant: DataField<Models.IsSuccessRespDto>;
  deleteTenant: DataField<Models.IsSuccessRespDto>;
  listTenants: DataField<Models.TenantListPaginatedRespDto>;
  getTenantLittleInfo: DataField<Models.TenantSingleRespDto>;
  getTenant: DataField<Models.TenantSingleRespDto>;
  importTenant: DataField<Models.ImportTenantRespDto>;
  importTenantHistory: DataField<Models.ImportTenantHistoryRespDto>;
  importTenantNotifyUser: DataField<Models.ImportTenantNotifyUserRespDto>;
  sendEmailBatch: DataField<Models.SendEmailBatchDataDto>;
  sendSmsBatch: DataField<Models.SendSmsBatchRespDto>;
  listTenantAdmin: DataField<Models.TenantUserListPaginatedRespDto>;
  setTenantAdmin: DataField<Models.CommonResponseDto>;
  deleteTenantAdmin: DataField<Models.CommonResponseDto>;
  deleteTenantUser: DataField<Models.CommonResponseDto>;
  generateInviteTenantUserLink: DataField<Models.InviteTenantUsersRespDto>;
  listInviteTennatUserRecords: DataField<Models.InviteTenantUserRecordListRespDto>;
  listMultipleTenantAdmin: DataField<Models.MultipleTenantAdminPaginatedRespDto>;
  createMultipleTenantAdmin: DataField<Models.CommonResponseDto>;
  getMultipleTenantAdmin: DataField<Models.MultipleTenantAdminPaginatedRespDto>;
  listTenantCooperators: DataField<Models.TenantCooperatorPaginatedRespDto>;
  getTenantCooperator: DataField<Models.TenantCooperatorSingleRespDto>;
  getTenantCooperatorMenu: DataField<Models.TenantCooperatorSingleRespDto>;
  createTenantCooperator: DataField<Models.CommonResponseDto>;
  getTenantByCode: DataField<Models.TenantSingleRespDto>;
  createTenantEnterpriseCertification: DataField<Models.IsSuccessRespDto>;
  updateTenantEnterpriseCertification: DataField<Models.IsSuccessRespDto>;
  reviewTenantEnterpriseCertification: DataField<Models.IsSuccessRespDto>;
  getTenantEnterpriseCertification: DataField<Models.TenantEnterpriseCertificationRespDto>;
  sendInviteTenantUserEmail: DataField<Models.IsSuccessRespDto>;
  addTenantUsers: DataField<Models.IsSuccessRespDto>;
  removeTenantUsers: DataField<Models.IsSuccessRespDto>;
  updateTenantUser: DataField<Models.IsSuccessRespDto>;
  createTenantUser: DataField<Models.TenantUserRespDto>;
  listTenantUsers: DataField<Models.TenantUserListPaginatedRespDto>;
  getTenantUser: DataField<Models.TenantUserSingleRespDto>;
  addTenantDepartmentMembers: DataField<Models.IsSuccessRespDto>;
  removeTenantDepartmentMembers: DataField<Models.IsSuccessRespDto>;
  createPermissionNamespace: DataField<Models.CreatePermissionNamespaceResponseDto>;
  createPermissionNamespacesBatch: DataField<Models.IsSuccessRespDto>;
  getPermissionNamespace: DataField<Models.GetPermissionNamespaceResponseDto>;
  getPermissionNamespacesBatch: DataField<Models.GetPermissionNamespaceListResponseDto>;
  listPermissionNamespaces: DataField<Models.PermissionNamespaceListPaginatedRespDto>;
  updatePermissionNamespace: DataField<Models.UpdatePermissionNamespaceResponseDto>;
  deletePermissionNamespace: DataField<Models.IsSuccessRespDto>;
  deletePermissionNamespacesBatch: DataField<Models.IsSuccessRespDto>;
  checkPermissionNamespaceExists: DataField<Models.PermissionNamespaceCheckExistsRespDto>;
  listPermissionNamespaceRoles: DataField<Models.PermissionNamespaceRolesListPaginatedRespDto>;
  createDataResource: DataField<Models.CreateDataResourceResponseDto>;
  createDataResourceByString: DataField<Models.CreateStringDataResourceResponseDto>;
  createDataResourceByArray: DataField<Models.CreateArrayDataResourceResponseDto>;
  createDataResourceByTree: DataField<Models.CreateTreeDataResourceResponseDto>;
  listDataResources: DataField<Models.ListDataResourcesPaginatedRespDto>;
  getDataResource: DataField<Models.GetDataResourceResponseDto>;
  updateDataResource: DataField<Models.UpdateDataResourceResponseDto>;
  deleteDataResource: DataField<Models.CommonResponseDto>;
  checkDataResourceExists: DataField<Models.CheckParamsDataResourceResponseDto>;
  createDnef: DataField<Models.IsSuccessRespDto>;
  batchCreateDnef: DataField<Models.IsSuccessRespDto>;
  deleteDnef: DataField<Models.IsSuccessRespDto>;
  updateDnef: DataField<Models.IsSuccessRespDto>;
  listDnef: DataField<Models.ListDnefPaginatedRespDto>;
  createDataPolicy: DataField<Models.CreateDataPolicyResponseDto>;
  listDataPolices: DataField<Models.ListDataPoliciesPaginatedRespDto>;
  listSimpleDataPolices: DataField<Models.ListSimpleDataPoliciesPaginatedRespDto>;
  getDataPolicy: DataField<Models.GetDataPolicyResponseDto>;
  updateDataPolicy: DataField<Models.UpdateDataPolicyResponseDto>;
  deleteDataPolicy: DataField<Models.CommonResponseDto>;
  checkDataPolicyExists: DataField<Models.CheckParamsDataPolicyResponseDto>;
  listDataPolicyTargets: DataField<Models.ListDataPolicySubjectPaginatedRespDto>;
  authorizeDataPolicies: DataField<Models.CommonResponseDto>;
  revokeDataPolicy: DataField<Models.CommonResponseDto>;
  getUserPermissionList: DataField<Models.GetUserPermissionListRespDto>;
  checkPermission: DataField<Models.CheckPermissionRespDto>;
  checkExternalUserPermission: DataField<Models.CheckExternalUserPermissionRespDto>;
  getUserResourcePermissionList: DataField<Models.GetUserResourcePermissionListRespDto>;
  listResourceTargets: DataField<Models.ListResourceTargetsRespDto>;
  getUserResourceStruct: DataField<Models.GetUserResourceStructRespDto>;
  getExternalUserResourceStruct: DataField<Models.GetExternalUserResourceStructRespDto>;
  checkUserSameLevelPermission: DataField<Models.CheckUserSameLevelPermissionResponseDto>;
  listPermissionView: DataField<Models.ListPermissionViewResponseDto>;
  getCurrentPackageInfo: DataField<Models.CostGetCurrentPackageRespDto>;
  getUsageInfo: DataField<Models.CostGetCurrentUsageRespDto>;
  getMauPeriodUsageHistory: DataField<Models.CostGetMauPeriodUsageHistoryRespDto>;
  getAllRightsItem: DataField<Models.CostGetAllRightItemRespDto>;
  getOrders: DataField<Models.CostGetOrdersRespDto>;
  getOrderDetail: DataField<Models.CostGetOrderDetailRespDto>;
  getOrderPayDetail: DataField<Models.CostGetOrderPayDetailRespDto>;
  createEventApp: DataField<Models.CommonResponseDto>;
  listEventApps: DataField<Models.EventAppPaginatedRespDto>;
  listEvents: DataField<Models.OpenEventPaginatedRespDto>;
  defineEvent: DataField<Models.CommonResponseDto>;
  verifyEvent: DataField<Models.PubEventRespDto>;
  pubUserEvent: DataField<Models.PubEventRespDto>;
  addWhitelistOfApp: DataField<Models.WhitelistListRespDto>;
  listWhitelistsOfApp: DataField<Models.WhitelistListRespDto>;
  deleteWhitelistOfApp: DataField<Models.IsSuccessDto>;
  addWhitelist: DataField<Models.WhitelistListRespDto>;
  listWhitelists: DataField<Models.WhitelistListRespDto>;
  deleteWhitelist: DataField<Models.IsSuccessDto>;
  findIpList: DataField<Models.IpListPaginatedRespDto>;
  add: DataField<Models.CommonResponseDto>;
  deleteById: DataField<Models.CommonResponseDto>;
  findUserList: DataField<Models.UserListPaginatedRespDto>;
  addUser: DataField<Models.CommonResponseDto>;
  deleteUserListById: DataField<Models.CommonResponseDto>;
  findRiskListPolicy: DataField<Models.UserListPolicyPaginatedRespDto>;
  addRiskListPolicy: DataField<Models.CommonResponseDto>;
  deleteRiskListPolicyById: DataField<Models.CommonResponseDto>;
  getRuleSettings: DataField<Models.GetDeviceExclusiveRuleRespDto>;
  updateRuleSettings: DataField<Models.GetDeviceExclusiveRuleRespDto>;
  getAllValidScopeSettings: DataField<Models.GetDeviceExclusiveValidScopeRespDto>;
  findAppLists: DataField<Models.GetDeviceExclusiveValidScopeAppRespDto>;
  saveInvitationPolicies: DataField<Models.IsSuccessRespDto>;
  remove: DataField<Models.IsSuccessRespDto>;
  getAllWhiteListSettings: DataField<Models.GetDeviceExclusiveWhiteListRespDto>;
  processApproval: DataField<Models.IsSuccessRespDto>;
  batchProcessApproval: DataField<Models.IsSuccessRespDto>;
  getDetail: DataField<Models.ApprovalDetailRes>;
  pendList: DataField<Models.ApprovalListRes>;
  closedList: DataField<Models.ApprovalListRes>;
  logList: DataField<Models.ApprovalListRes>;
  createDevice: DataField<Models.TerminalInfoRespDto>;
  addDevice: DataField<Models.TerminalInfoRespDto>;
  findLastLoginAppsByDeviceIds: DataField<Models.CommonResponseDto>;
  findLastLoginAppsByDeviceIdsV2: DataField<Models.CommonResponseDto>;
  createVerifyDevice: DataField<Models.TerminalInfoRespDto>;
  createPipelineFunction: DataField<Models.PipelineFunctionSingleRespDto>;
  getPipelineFunction: DataField<Models.PipelineFunctionSingleRespDto>;
  reuploadPipelineFunction: DataField<Models.PipelineFunctionSingleRespDto>;
  updatePipelineFunction: DataField<Models.PipelineFunctionSingleRespDto>;
  updatePipelineOrder: DataField<Models.CommonResponseDto>;
  deletePipelineFunction: DataField<Models.CommonResponseDto>;
  listPipelineFunctions: DataField<Models.PipelineFunctionPaginatedRespDto>;
  getPipelineLogs: DataField<Models.PipelineFunctionPaginatedRespDto>;
  createWebhook: DataField<Models.CreateWebhookRespDto>;
  listWebhooks: DataField<Models.GetWebhooksRespDto>;
  updateWebhook: DataField<Models.UpdateWebhooksRespDto>;
  deleteWebhook: DataField<Models.IsSuccessRespDto>;
  getWebhookLogs: DataField<Models.ListWebhookLogsRespDto>;
  triggerWebhook: DataField<Models.TriggerWebhookRespDto>;
  getWebhook: DataField<Models.GetWebhookRespDto>;
  getWebhookEventList: DataField<Models.WebhookEventListRespDto>;
  getBindPwd: DataField<Models.LdapGetBindPwdRespDto>;
  queryLdapConfigInfo: DataField<Models.LdapConfigInfoRespDto>;
  updateLdapConfigInfo: DataField<Models.LdapOperateRespDto>;
  saveLdapConfigInfo: DataField<Models.LdapOperateRespDto>;
  disableLdapServer: DataField<Models.LdapOperateRespDto>;
  queryLdapLog: DataField<Models.LdapLogRespDto>;
  queryLdapSubEntries: DataField<Models.LdapLogRespDto>;
  getAccessKeyList: DataField<Models.ListAccessKeyResponseDto>;
  getAccessKey: DataField<Models.GetAccessKeyResponseDto>;
  createAccessKey: DataField<Models.CreateAccessKeyResponseDto>;
  deleteAccessKey: DataField<Models.CommonResponseDto>;
  updateAccessKey: DataField<Models.IsSuccessRespDto>;
  getVerifyConfigApp: DataField<Models.ApplicationDto>;
  pub: unknown;
}
/** The item type of each paged call. */
export type ItemOf<N extends CallName> = DataOf[N] extends { list?: Array<infer T> } ? T : never;

/** A Management API client. Its credentials live in the module and are never exposed. */
export declare class ManagementClient {
  /** Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong. */
  constructor(options: ClientOptions);
  /** Post list. `GET /api/v3/list-post` */
  postList(params?: PostListParams, options?: CallOptions): Promise<Envelope<DataOf["postList"]>>;
  /** Post list batch. `POST /api/v3/list-post` */
  postListBatch(params?: PostListBatchParams, options?: CallOptions): Promise<Envelope<DataOf["postListBatch"]>>;
  /** Get post. `GET /api/v3/get-post` */
  getPost(params: GetPostParams, options?: CallOptions): Promise<Envelope<DataOf["getPost"]>>;
  /** Get user posts. `GET /api/v3/get-user-posts` */
  getUserPosts(params: GetUserPostsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserPosts"]>>;
  /** Get user post. `GET /api/v3/get-user-post` */
  getUserPost(params: GetUserPostParams, options?: CallOptions): Promise<Envelope<DataOf["getUserPost"]>>;
  /** Get post by id. `POST /api/v3/get-post-by-id` */
  getPostById(params?: GetPostByIdParams, options?: CallOptions): Promise<Envelope<DataOf["getPostById"]>>;
  /** Create post. `POST /api/v3/create-post` */
  createPost(params: CreatePostParams, options?: CallOptions): Promise<Envelope<DataOf["createPost"]>>;
  /** Update post. `POST /api/v3/update-post` */
  updatePost(params: UpdatePostParams, options?: CallOptions): Promise<Envelope<DataOf["updatePost"]>>;
  /** Remove post. `POST /api/v3/remove-post` */
  removePost(params: RemovePostParams, options?: CallOptions): Promise<Envelope<DataOf["removePost"]>>;
  /** Set user posts. `POST /api/v3/set-user-posts` */
  setUserPosts(params: SetUserPostsParams, options?: CallOptions): Promise<Envelope<DataOf["setUserPosts"]>>;
  /** User connection post. `POST /api/v3/user-connection-post` */
  userConnectionPost(params: UserConnectionPostParams, options?: CallOptions): Promise<Envelope<DataOf["userConnectionPost"]>>;
  /** List row. `POST /api/v3/metadata/filter` */
  listRow(params: ListRowParams, options?: CallOptions): Promise<Envelope<DataOf["listRow"]>>;
  /** Get row. `GET /api/v3/metadata/get-row` */
  getRow(params: GetRowParams, options?: CallOptions): Promise<Envelope<DataOf["getRow"]>>;
  /** Get row by value. `GET /api/v3/metadata/get-row-by-value` */
  getRowByValue(params: GetRowByValueParams, options?: CallOptions): Promise<Envelope<DataOf["getRowByValue"]>>;
  /** Get row batch. `POST /get-row-batch` */
  getRowBatch(params: GetRowBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getRowBatch"]>>;
  /** Create row. `POST /api/v3/metadata/create-row` */
  createRow(params: CreateRowParams, options?: CallOptions): Promise<Envelope<DataOf["createRow"]>>;
  /** Update row. `POST /api/v3/metadata/update-row` */
  updateRow(params: UpdateRowParams, options?: CallOptions): Promise<Envelope<DataOf["updateRow"]>>;
  /** Remove row. `POST /api/v3/metadata/remove-row` */
  removeRow(params: RemoveRowParams, options?: CallOptions): Promise<Envelope<DataOf["removeRow"]>>;
  /** Create model. `POST /api/v3/metadata/create-model` */
  createModel(params: CreateModelParams, options?: CallOptions): Promise<Envelope<DataOf["createModel"]>>;
  /** Get model. `GET /api/v3/metadata/get-model` */
  getModel(params: GetModelParams, options?: CallOptions): Promise<Envelope<DataOf["getModel"]>>;
  /** List model. `GET /api/v3/metadata/list-model` */
  listModel(params?: ListModelParams, options?: CallOptions): Promise<Envelope<DataOf["listModel"]>>;
  /** Remove model. `POST /api/v3/metadata/remove-model` */
  removeModel(params: RemoveModelParams, options?: CallOptions): Promise<Envelope<DataOf["removeModel"]>>;
  /** Update model. `POST /api/v3/metadata/update-model` */
  updateModel(params: UpdateModelParams, options?: CallOptions): Promise<Envelope<DataOf["updateModel"]>>;
  /** Create field. `POST /api/v3/metadata/create-field` */
  createField(params: CreateFieldParams, options?: CallOptions): Promise<Envelope<DataOf["createField"]>>;
  /** Update field. `POST /api/v3/metadata/update-field` */
  updateField(params: UpdateFieldParams, options?: CallOptions): Promise<Envelope<DataOf["updateField"]>>;
  /** Remote field. `POST /api/v3/metadata/remove-field` */
  remoteField(params: RemoteFieldParams, options?: CallOptions): Promise<Envelope<DataOf["remoteField"]>>;
  /** List field. `GET /api/v3/metadata/list-field` */
  listField(params: ListFieldParams, options?: CallOptions): Promise<Envelope<DataOf["listField"]>>;
  /** Export metadata. `POST /api/v3/metadata/export` */
  exportMetadata(params: ExportMetadataParams, options?: CallOptions): Promise<Envelope<DataOf["exportMetadata"]>>;
  /** Import metadata. `POST /api/v3/metadata/import` */
  importMetadata(params: ImportMetadataParams, options?: CallOptions): Promise<Envelope<DataOf["importMetadata"]>>;
  /** Get import template. `GET /api/v3/metadata/get-import-template` */
  getImportTemplate(params: GetImportTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["getImportTemplate"]>>;
  /** Create operate. `POST /api/v3/metadata/create-operate` */
  createOperate(params: CreateOperateParams, options?: CallOptions): Promise<Envelope<DataOf["createOperate"]>>;
  /** Remove operate. `POST /api/v3/metadata/remove-operate` */
  removeOperate(params: RemoveOperateParams, options?: CallOptions): Promise<Envelope<DataOf["removeOperate"]>>;
  /** Execute operate. `POST /api/v3/metadata/execute-operate` */
  executeOperate(params: ExecuteOperateParams, options?: CallOptions): Promise<Envelope<DataOf["executeOperate"]>>;
  /** Copy operate. `POST /api/v3/metadata/copy-operate` */
  copyOperate(params: CopyOperateParams, options?: CallOptions): Promise<Envelope<DataOf["copyOperate"]>>;
  /** List operate. `GET /api/v3/metadata/list-operate` */
  listOperate(params: ListOperateParams, options?: CallOptions): Promise<Envelope<DataOf["listOperate"]>>;
  /** List operate all. `GET /api/v3/metadata/all-operate` */
  listOperateAll(params: ListOperateAllParams, options?: CallOptions): Promise<Envelope<DataOf["listOperateAll"]>>;
  /** Update operate. `POST /api/v3/metadata/update-operate` */
  updateOperate(params: UpdateOperateParams, options?: CallOptions): Promise<Envelope<DataOf["updateOperate"]>>;
  /** Get relation info. `POST /api/v3/metadata/get-relation-info` */
  getRelationInfo(params: GetRelationInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getRelationInfo"]>>;
  /** Create row relation. `POST /api/v3/metadata/create-row-relation` */
  createRowRelation(params: CreateRowRelationParams, options?: CallOptions): Promise<Envelope<DataOf["createRowRelation"]>>;
  /** Get relation value. `GET /api/v3/metadata/get-row-relation` */
  getRelationValue(params: GetRelationValueParams, options?: CallOptions): Promise<Envelope<DataOf["getRelationValue"]>>;
  /** Remove relation value. `POST /api/v3/metadata/remove-row-relation` */
  removeRelationValue(params: RemoveRelationValueParams, options?: CallOptions): Promise<Envelope<DataOf["removeRelationValue"]>>;
  /** Export model. `POST /api/v3/metadata/export/model` */
  exportModel(params: ExportModelParams, options?: CallOptions): Promise<Envelope<DataOf["exportModel"]>>;
  /** Import model. `POST /api/v3/metadata/import/model` */
  importModel(params: ImportModelParams, options?: CallOptions): Promise<Envelope<DataOf["importModel"]>>;
  /** Get all metadata. `POST /api/v3/metadata/get-all-metadata` */
  getAllMetadata(params: GetAllMetadataParams, options?: CallOptions): Promise<Envelope<DataOf["getAllMetadata"]>>;
  /** Get relation details. `GET /api/v3/metadata/get-row-relation-details` */
  getRelationDetails(params?: GetRelationDetailsParams, options?: CallOptions): Promise<Envelope<DataOf["getRelationDetails"]>>;
  /** Relation search. `POST /api/v3/metadata/relation-search` */
  relationSearch(params: RelationSearchParams, options?: CallOptions): Promise<Envelope<DataOf["relationSearch"]>>;
  /** Copy row relation. `POST /api/v3/metadata/copy-row-relation` */
  copyRowRelation(params: CopyRowRelationParams, options?: CallOptions): Promise<Envelope<DataOf["copyRowRelation"]>>;
  /** Get all metadata row. `POST /api/v3/metadata/get-all-row-by-scrollid` */
  getAllMetadataRow(params: GetAllMetadataRowParams, options?: CallOptions): Promise<Envelope<DataOf["getAllMetadataRow"]>>;
  /** Get metadata group list. `POST /api/v3/metadata/group` */
  getMetadataGroupList(params: GetMetadataGroupListParams, options?: CallOptions): Promise<Envelope<DataOf["getMetadataGroupList"]>>;
  /** Capture. `POST /api/v3/metadata/ueba/capture` */
  capture(params: CaptureParams, options?: CallOptions): Promise<Envelope<DataOf["capture"]>>;
  /** Delete device. `POST /api/v3/delete-device-by-user` */
  deleteDevice(params: DeleteDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDevice"]>>;
  /** Suspend device. `POST /api/v3/suspend-device-by-user` */
  suspendDevice(params: SuspendDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["suspendDevice"]>>;
  /** Disable device. `POST /api/v3/disable-device-by-user` */
  disableDevice(params: DisableDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["disableDevice"]>>;
  /** Enable device. `POST /api/v3/enable-device-by-user` */
  enableDevice(params: EnableDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["enableDevice"]>>;
  /** Get device status. `POST /api/v3/device-status` */
  getDeviceStatus(params: GetDeviceStatusParams, options?: CallOptions): Promise<Envelope<DataOf["getDeviceStatus"]>>;
  /** List public accounts. `POST /api/v3/list-public-accounts` */
  listPublicAccounts(params?: ListPublicAccountsParams, options?: CallOptions): Promise<Envelope<DataOf["listPublicAccounts"]>>;
  /** Get public account. `GET /api/v3/get-public-account` */
  getPublicAccount(params: GetPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccount"]>>;
  /** Get public account batch. `GET /api/v3/get-public-account-batch` */
  getPublicAccountBatch(params: GetPublicAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountBatch"]>>;
  /** Create public account. `POST /api/v3/create-public-account` */
  createPublicAccount(params?: CreatePublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["createPublicAccount"]>>;
  /** Create public accounts batch. `POST /api/v3/create-public-accounts-batch` */
  createPublicAccountsBatch(params: CreatePublicAccountsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createPublicAccountsBatch"]>>;
  /** Update public account. `POST /api/v3/update-public-account` */
  updatePublicAccount(params: UpdatePublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["updatePublicAccount"]>>;
  /** Update public account batch. `POST /api/v3/update-public-account-batch` */
  updatePublicAccountBatch(params: UpdatePublicAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["updatePublicAccountBatch"]>>;
  /** Delete public accounts batch. `POST /api/v3/delete-public-accounts-batch` */
  deletePublicAccountsBatch(params: DeletePublicAccountsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deletePublicAccountsBatch"]>>;
  /** Kick public accounts. `POST /api/v3/kick-public-accounts` */
  kickPublicAccounts(params: KickPublicAccountsParams, options?: CallOptions): Promise<Envelope<DataOf["kickPublicAccounts"]>>;
  /** Change into public account. `POST /api/v3/transfer-into-public-account` */
  changeIntoPublicAccount(params: ChangeIntoPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["changeIntoPublicAccount"]>>;
  /** Get public accounts of user. `GET /api/v3/get-public-accounts-of-user` */
  getPublicAccountsOfUser(params: GetPublicAccountsOfUserParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountsOfUser"]>>;
  /** Get users of public account. `GET /api/v3/get-users-of-public-account` */
  getUsersOfPublicAccount(params: GetUsersOfPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["getUsersOfPublicAccount"]>>;
  /** Bind users public account. `POST /api/v3/set-public-account-of-users` */
  bindUsersPublicAccount(params: BindUsersPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["bindUsersPublicAccount"]>>;
  /** Setuser of public account. `POST /api/v3/set-user-of-public-accounts` */
  setuserOfPublicAccount(params: SetuserOfPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["setuserOfPublicAccount"]>>;
  /** Unbind users public account. `POST /api/v3/unbind-public-account-of-user` */
  unbindUsersPublicAccount(params: UnbindUsersPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["unbindUsersPublicAccount"]>>;
  /** Get organization. `GET /api/v3/get-organization` */
  getOrganization(params: GetOrganizationParams, options?: CallOptions): Promise<Envelope<DataOf["getOrganization"]>>;
  /** Get organizations batch. `GET /api/v3/get-organization-batch` */
  getOrganizationsBatch(params: GetOrganizationsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getOrganizationsBatch"]>>;
  /** List organizations. `GET /api/v3/list-organizations` */
  listOrganizations(params?: ListOrganizationsParams, options?: CallOptions): Promise<Envelope<DataOf["listOrganizations"]>>;
  /** Create organization. `POST /api/v3/create-organization` */
  createOrganization(params: CreateOrganizationParams, options?: CallOptions): Promise<Envelope<DataOf["createOrganization"]>>;
  /** Update organization. `POST /api/v3/update-organization` */
  updateOrganization(params: UpdateOrganizationParams, options?: CallOptions): Promise<Envelope<DataOf["updateOrganization"]>>;
  /** Delete organization. `POST /api/v3/delete-organization` */
  deleteOrganization(params: DeleteOrganizationParams, options?: CallOptions): Promise<Envelope<DataOf["deleteOrganization"]>>;
  /** Search organizations. `GET /api/v3/search-organizations` */
  searchOrganizations(params: SearchOrganizationsParams, options?: CallOptions): Promise<Envelope<DataOf["searchOrganizations"]>>;
  /** Update organization status. `POST /api/v3/update-organization-status` */
  updateOrganizationStatus(params: UpdateOrganizationStatusParams, options?: CallOptions): Promise<Envelope<DataOf["updateOrganizationStatus"]>>;
  /** Get department. `GET /api/v3/get-department` */
  getDepartment(params?: GetDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["getDepartment"]>>;
  /** Get department all app. `POST /api/v3/get-department-available-app` */
  getDepartmentAllApp(params: GetDepartmentAllAppParams, options?: CallOptions): Promise<Envelope<DataOf["getDepartmentAllApp"]>>;
  /** Create department. `POST /api/v3/create-department` */
  createDepartment(params: CreateDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["createDepartment"]>>;
  /** Update department. `POST /api/v3/update-department` */
  updateDepartment(params: UpdateDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["updateDepartment"]>>;
  /** Delete department. `POST /api/v3/delete-department` */
  deleteDepartment(params: DeleteDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDepartment"]>>;
  /** Search departments. `POST /api/v3/search-departments` */
  searchDepartments(params: SearchDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["searchDepartments"]>>;
  /** Search departments list. `POST /api/v3/search-departments-list` */
  searchDepartmentsList(params: SearchDepartmentsListParams, options?: CallOptions): Promise<Envelope<DataOf["searchDepartmentsList"]>>;
  /** List children departments. `GET /api/v3/list-children-departments` */
  listChildrenDepartments(params: ListChildrenDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["listChildrenDepartments"]>>;
  /** Get all departments. `GET /api/v3/get-all-departments` */
  getAllDepartments(params: GetAllDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["getAllDepartments"]>>;
  /** List department members. `GET /api/v3/list-department-members` */
  listDepartmentMembers(params: ListDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["listDepartmentMembers"]>>;
  /** List department member ids. `GET /api/v3/list-department-member-ids` */
  listDepartmentMemberIds(params: ListDepartmentMemberIdsParams, options?: CallOptions): Promise<Envelope<DataOf["listDepartmentMemberIds"]>>;
  /** Search department members. `GET /api/v3/search-department-members` */
  searchDepartmentMembers(params: SearchDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["searchDepartmentMembers"]>>;
  /** Add department members. `POST /api/v3/add-department-members` */
  addDepartmentMembers(params: AddDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["addDepartmentMembers"]>>;
  /** Remove department members. `POST /api/v3/remove-department-members` */
  removeDepartmentMembers(params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["removeDepartmentMembers"]>>;
  /** Get parent department. `GET /api/v3/get-parent-department` */
  getParentDepartment(params: GetParentDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["getParentDepartment"]>>;
  /** Is user in department. `GET /api/v3/is-user-in-department` */
  isUserInDepartment(params: IsUserInDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["isUserInDepartment"]>>;
  /** Get department by id. `GET /api/v3/get-department-by-id` */
  getDepartmentById(params: GetDepartmentByIdParams, options?: CallOptions): Promise<Envelope<DataOf["getDepartmentById"]>>;
  /** Create department tree. `POST /api/v3/create-department-tree` */
  createDepartmentTree(params: CreateDepartmentTreeParams, options?: CallOptions): Promise<Envelope<DataOf["createDepartmentTree"]>>;
  /** Get department sync relations. `GET /api/v3/get-department-sync-relations` */
  getDepartmentSyncRelations(params: GetDepartmentSyncRelationsParams, options?: CallOptions): Promise<Envelope<DataOf["getDepartmentSyncRelations"]>>;
  /** Delete department sync relations. `POST /api/v3/delete-department-sync-relations` */
  deleteDepartmentSyncRelations(params: DeleteDepartmentSyncRelationsParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDepartmentSyncRelations"]>>;
  /** Update node status. `POST /api/v3/update-department-status` */
  updateNodeStatus(params: UpdateNodeStatusParams, options?: CallOptions): Promise<Envelope<DataOf["updateNodeStatus"]>>;
  /** List users. `POST /api/v3/list-users` */
  listUsers(params?: ListUsersParams, options?: CallOptions): Promise<Envelope<DataOf["listUsers"]>>;
  /** List users legacy. `GET /api/v3/list-users` */
  listUsersLegacy(params?: ListUsersLegacyParams, options?: CallOptions): Promise<Envelope<DataOf["listUsersLegacy"]>>;
  /** Get user. `GET /api/v3/get-user` */
  getUser(params: GetUserParams, options?: CallOptions): Promise<Envelope<DataOf["getUser"]>>;
  /** Get user batch. `GET /api/v3/get-user-batch` */
  getUserBatch(params: GetUserBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getUserBatch"]>>;
  /** User field decrypt. `POST /api/v3/users/field/decrypt` */
  userFieldDecrypt(params: UserFieldDecryptParams, options?: CallOptions): Promise<Envelope<DataOf["userFieldDecrypt"]>>;
  /** Create user. `POST /api/v3/create-user` */
  createUser(params?: CreateUserParams, options?: CallOptions): Promise<Envelope<DataOf["createUser"]>>;
  /** Create users batch. `POST /api/v3/create-users-batch` */
  createUsersBatch(params: CreateUsersBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createUsersBatch"]>>;
  /** Update user. `POST /api/v3/update-user` */
  updateUser(params: UpdateUserParams, options?: CallOptions): Promise<Envelope<DataOf["updateUser"]>>;
  /** Update user batch. `POST /api/v3/update-user-batch` */
  updateUserBatch(params: UpdateUserBatchParams, options?: CallOptions): Promise<Envelope<DataOf["updateUserBatch"]>>;
  /** Delete users batch. `POST /api/v3/delete-users-batch` */
  deleteUsersBatch(params: DeleteUsersBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteUsersBatch"]>>;
  /** Get user identities. `GET /api/v3/get-user-identities` */
  getUserIdentities(params: GetUserIdentitiesParams, options?: CallOptions): Promise<Envelope<DataOf["getUserIdentities"]>>;
  /** Get user roles. `GET /api/v3/get-user-roles` */
  getUserRoles(params: GetUserRolesParams, options?: CallOptions): Promise<Envelope<DataOf["getUserRoles"]>>;
  /** Get user principal authentication info. `GET /api/v3/get-user-principal-authentication-info` */
  getUserPrincipalAuthenticationInfo(params: GetUserPrincipalAuthenticationInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getUserPrincipalAuthenticationInfo"]>>;
  /** Reset user principal authentication info. `POST /api/v3/reset-user-principal-authentication-info` */
  resetUserPrincipalAuthenticationInfo(params: ResetUserPrincipalAuthenticationInfoParams, options?: CallOptions): Promise<Envelope<DataOf["resetUserPrincipalAuthenticationInfo"]>>;
  /** Get user departments. `GET /api/v3/get-user-departments` */
  getUserDepartments(params: GetUserDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserDepartments"]>>;
  /** Set user departments. `POST /api/v3/set-user-departments` */
  setUserDepartments(params: SetUserDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["setUserDepartments"]>>;
  /** Get user groups. `GET /api/v3/get-user-groups` */
  getUserGroups(params: GetUserGroupsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserGroups"]>>;
  /** Get user mfa info. `GET /api/v3/get-user-mfa-info` */
  getUserMfaInfo(params: GetUserMfaInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getUserMfaInfo"]>>;
  /** List archived users. `GET /api/v3/list-archived-users` */
  listArchivedUsers(params?: ListArchivedUsersParams, options?: CallOptions): Promise<Envelope<DataOf["listArchivedUsers"]>>;
  /** Kick users. `POST /api/v3/kick-users` */
  kickUsers(params: KickUsersParams, options?: CallOptions): Promise<Envelope<DataOf["kickUsers"]>>;
  /** Is user exists. `POST /api/v3/is-user-exists` */
  isUserExists(params?: IsUserExistsParams, options?: CallOptions): Promise<Envelope<DataOf["isUserExists"]>>;
  /** Get user accessible apps. `GET /api/v3/get-user-accessible-apps` */
  getUserAccessibleApps(params: GetUserAccessibleAppsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserAccessibleApps"]>>;
  /** Get user authorized apps. `GET /api/v3/get-user-authorized-apps` */
  getUserAuthorizedApps(params: GetUserAuthorizedAppsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserAuthorizedApps"]>>;
  /** Has any role. `POST /api/v3/has-any-role` */
  hasAnyRole(params: HasAnyRoleParams, options?: CallOptions): Promise<Envelope<DataOf["hasAnyRole"]>>;
  /** Get user login history. `GET /api/v3/get-user-login-history` */
  getUserLoginHistory(params: GetUserLoginHistoryParams, options?: CallOptions): Promise<Envelope<DataOf["getUserLoginHistory"]>>;
  /** Get user loggedin apps. `GET /api/v3/get-user-loggedin-apps` */
  getUserLoggedinApps(params: GetUserLoggedinAppsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserLoggedinApps"]>>;
  /** Get user loggedin identities. `GET /api/v3/get-user-logged-in-identities` */
  getUserLoggedinIdentities(params: GetUserLoggedinIdentitiesParams, options?: CallOptions): Promise<Envelope<DataOf["getUserLoggedinIdentities"]>>;
  /** Resign user. `POST /api/v3/resign-user` */
  resignUser(params: ResignUserParams, options?: CallOptions): Promise<Envelope<DataOf["resignUser"]>>;
  /** Resign user batch. `POST /api/v3/resign-user-batch` */
  resignUserBatch(params: ResignUserBatchParams, options?: CallOptions): Promise<Envelope<DataOf["resignUserBatch"]>>;
  /** Get user authorized resources. `GET /api/v3/get-user-authorized-resources` */
  getUserAuthorizedResources(params: GetUserAuthorizedResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["getUserAuthorizedResources"]>>;
  /** Check session status. `POST /api/v3/check-session-status` */
  checkSessionStatus(params: CheckSessionStatusParams, options?: CallOptions): Promise<Envelope<DataOf["checkSessionStatus"]>>;
  /** Import otp. `POST /api/v3/import-otp` */
  importOtp(params: ImportOtpParams, options?: CallOptions): Promise<Envelope<DataOf["importOtp"]>>;
  /** Get otp secret by user. `GET /api/v3/get-otp-secret-by-user` */
  getOtpSecretByUser(params: GetOtpSecretByUserParams, options?: CallOptions): Promise<Envelope<DataOf["getOtpSecretByUser"]>>;
  /** Get user password ciphertext. `POST /api/v3/get-user-password-ciphertext` */
  getUserPasswordCiphertext(params: GetUserPasswordCiphertextParams, options?: CallOptions): Promise<Envelope<DataOf["getUserPasswordCiphertext"]>>;
  /** Link identity. `POST /api/v3/link-identity` */
  linkIdentity(params: LinkIdentityParams, options?: CallOptions): Promise<Envelope<DataOf["linkIdentity"]>>;
  /** Unlink identity. `POST /api/v3/unlink-identity` */
  unlinkIdentity(params: UnlinkIdentityParams, options?: CallOptions): Promise<Envelope<DataOf["unlinkIdentity"]>>;
  /** Set users mfa status. `POST /api/v3/set-mfa-status` */
  setUsersMfaStatus(params: SetUsersMfaStatusParams, options?: CallOptions): Promise<Envelope<DataOf["setUsersMfaStatus"]>>;
  /** Get user mfa status. `GET /api/v3/get-mfa-status` */
  getUserMfaStatus(params: GetUserMfaStatusParams, options?: CallOptions): Promise<Envelope<DataOf["getUserMfaStatus"]>>;
  /** Get user sync relations. `GET /api/v3/get-user-sync-relations` */
  getUserSyncRelations(params: GetUserSyncRelationsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserSyncRelations"]>>;
  /** Delete user sync relations. `POST /api/v3/delete-user-sync-relations` */
  deleteUserSyncRelations(params: DeleteUserSyncRelationsParams, options?: CallOptions): Promise<Envelope<DataOf["deleteUserSyncRelations"]>>;
  /** Get user encrypt password batch. `POST /api/v3/batch-get-user-encrypt-password` */
  getUserEncryptPasswordBatch(params: GetUserEncryptPasswordBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getUserEncryptPasswordBatch"]>>;
  /** Get public account roles. `GET /api/v3/get-roles-of-public-account` */
  getPublicAccountRoles(params: GetPublicAccountRolesParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountRoles"]>>;
  /** Get public accounts of role. `GET /api/v3/get-public-accounts-of-role` */
  getPublicAccountsOfRole(params: GetPublicAccountsOfRoleParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountsOfRole"]>>;
  /** Bind public account of roles. `POST /api/v3/set-public-account-of-roles` */
  bindPublicAccountOfRoles(params: BindPublicAccountOfRolesParams, options?: CallOptions): Promise<Envelope<DataOf["bindPublicAccountOfRoles"]>>;
  /** Get public accounts of group. `GET /api/v3/get-public-accounts-of-group` */
  getPublicAccountsOfGroup(params: GetPublicAccountsOfGroupParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountsOfGroup"]>>;
  /** Get groups of public account. `GET /api/v3/get-groups-of-public-account` */
  getGroupsOfPublicAccount(params: GetGroupsOfPublicAccountParams, options?: CallOptions): Promise<Envelope<DataOf["getGroupsOfPublicAccount"]>>;
  /** Get public account of groups. `POST /api/v3/set-public-account-of-groups` */
  getPublicAccountOfGroups(params: GetPublicAccountOfGroupsParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountOfGroups"]>>;
  /** Get public accounts of department. `GET /api/v3/get-public-accounts-of-department` */
  getPublicAccountsOfDepartment(params: GetPublicAccountsOfDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountsOfDepartment"]>>;
  /** Get public account departments. `GET /api/v3/get-departments-of-public-account` */
  getPublicAccountDepartments(params: GetPublicAccountDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountDepartments"]>>;
  /** Set public account of departments. `POST /api/v3/set-public-account-of-departments` */
  setPublicAccountOfDepartments(params: SetPublicAccountOfDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["setPublicAccountOfDepartments"]>>;
  /** Resign public account batch. `POST /api/v3/resign-public-account-batch` */
  resignPublicAccountBatch(params: ResignPublicAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["resignPublicAccountBatch"]>>;
  /** Get post of public user. `GET /api/v3/get-post-of-public-account` */
  getPostOfPublicUser(params: GetPostOfPublicUserParams, options?: CallOptions): Promise<Envelope<DataOf["getPostOfPublicUser"]>>;
  /** Get public accounts of post. `GET /api/v3/get-public-accounts-of-post` */
  getPublicAccountsOfPost(params: GetPublicAccountsOfPostParams, options?: CallOptions): Promise<Envelope<DataOf["getPublicAccountsOfPost"]>>;
  /** Set public account ofn post. `POST /api/v3/set-public-account-of-post` */
  setPublicAccountOfnPost(params: SetPublicAccountOfnPostParams, options?: CallOptions): Promise<Envelope<DataOf["setPublicAccountOfnPost"]>>;
  /** Unbind public account of post. `POST /api/v3/unbind-public-account-of-post` */
  unbindPublicAccountOfPost(params: UnbindPublicAccountOfPostParams, options?: CallOptions): Promise<Envelope<DataOf["unbindPublicAccountOfPost"]>>;
  /** Get sync task. `GET /api/v3/get-sync-task` */
  getSyncTask(params: GetSyncTaskParams, options?: CallOptions): Promise<Envelope<DataOf["getSyncTask"]>>;
  /** List sync tasks. `GET /api/v3/list-sync-tasks` */
  listSyncTasks(params?: ListSyncTasksParams, options?: CallOptions): Promise<Envelope<DataOf["listSyncTasks"]>>;
  /** Create sync task. `POST /api/v3/create-sync-task` */
  createSyncTask(params: CreateSyncTaskParams, options?: CallOptions): Promise<Envelope<DataOf["createSyncTask"]>>;
  /** Update sync task. `POST /api/v3/update-sync-task` */
  updateSyncTask(params: UpdateSyncTaskParams, options?: CallOptions): Promise<Envelope<DataOf["updateSyncTask"]>>;
  /** Trigger sync task. `POST /api/v3/trigger-sync-task` */
  triggerSyncTask(params: TriggerSyncTaskParams, options?: CallOptions): Promise<Envelope<DataOf["triggerSyncTask"]>>;
  /** Get sync job. `GET /api/v3/get-sync-job` */
  getSyncJob(params: GetSyncJobParams, options?: CallOptions): Promise<Envelope<DataOf["getSyncJob"]>>;
  /** List sync jobs. `GET /api/v3/list-sync-jobs` */
  listSyncJobs(params: ListSyncJobsParams, options?: CallOptions): Promise<Envelope<DataOf["listSyncJobs"]>>;
  /** List sync job logs. `GET /api/v3/list-sync-job-logs` */
  listSyncJobLogs(params: ListSyncJobLogsParams, options?: CallOptions): Promise<Envelope<DataOf["listSyncJobLogs"]>>;
  /** List sync risk operations. `GET /api/v3/list-sync-risk-operations` */
  listSyncRiskOperations(params: ListSyncRiskOperationsParams, options?: CallOptions): Promise<Envelope<DataOf["listSyncRiskOperations"]>>;
  /** Trigger sync risk operations. `POST /api/v3/trigger-sync-risk-operations` */
  triggerSyncRiskOperations(params: TriggerSyncRiskOperationsParams, options?: CallOptions): Promise<Envelope<DataOf["triggerSyncRiskOperations"]>>;
  /** Cancel sync risk operation. `POST /api/v3/cancel-sync-risk-operation` */
  cancelSyncRiskOperation(params: CancelSyncRiskOperationParams, options?: CallOptions): Promise<Envelope<DataOf["cancelSyncRiskOperation"]>>;
  /** Get universal invitation. `GET /api/v3/get-universal-invitation-settings` */
  getUniversalInvitation(params?: GetUniversalInvitationParams, options?: CallOptions): Promise<Envelope<DataOf["getUniversalInvitation"]>>;
  /** Update universal invitation. `POST /api/v3/update-universal-invitation-settings` */
  updateUniversalInvitation(params?: UpdateUniversalInvitationParams, options?: CallOptions): Promise<Envelope<DataOf["updateUniversalInvitation"]>>;
  /** Generate universal invitation. `POST /api/v3/generate-universal-invitation-link` */
  generateUniversalInvitation(params?: GenerateUniversalInvitationParams, options?: CallOptions): Promise<Envelope<DataOf["generateUniversalInvitation"]>>;
  /** Filter. `POST /api/v3/filter-universal-invitation-applicants` */
  filter(params?: FilterParams, options?: CallOptions): Promise<Envelope<DataOf["filter"]>>;
  /** Approval. `POST /api/v3/batch-approval-universal-invitation-applicants` */
  approval(params: ApprovalParams, options?: CallOptions): Promise<Envelope<DataOf["approval"]>>;
  /** Reject. `POST /api/v3/batch-reject-universal-invitation-applicant` */
  reject(params: RejectParams, options?: CallOptions): Promise<Envelope<DataOf["reject"]>>;
  /** List invitation policies. `POST /api/v3/list-invitation-policies` */
  listInvitationPolicies(params?: ListInvitationPoliciesParams, options?: CallOptions): Promise<Envelope<DataOf["listInvitationPolicies"]>>;
  /** Create invitation policy. `POST /api/v3/create-invitation-policy` */
  createInvitationPolicy(params: CreateInvitationPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["createInvitationPolicy"]>>;
  /** Get policy detail by id. `GET /api/v3/get-invitation-policy` */
  getPolicyDetailById(params: GetPolicyDetailByIdParams, options?: CallOptions): Promise<Envelope<DataOf["getPolicyDetailById"]>>;
  /** Copy invitation policy by id. `POST /api/v3/copy-invitation-policy-by-id` */
  copyInvitationPolicyById(params: CopyInvitationPolicyByIdParams, options?: CallOptions): Promise<Envelope<DataOf["copyInvitationPolicyById"]>>;
  /** Update invitation policy. `POST /api/v3/update-invitation-policy` */
  updateInvitationPolicy(params: UpdateInvitationPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["updateInvitationPolicy"]>>;
  /** List register extends fields. `GET /api/v3/list-invitation-policy-extends-fields` */
  listRegisterExtendsFields(params: ListRegisterExtendsFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["listRegisterExtendsFields"]>>;
  /** Update register extends fields. `POST /api/v3/update-invitation-policy-extends-fields` */
  updateRegisterExtendsFields(params: UpdateRegisterExtendsFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["updateRegisterExtendsFields"]>>;
  /** Batch delete invitation policies. `POST /api/v3/delete-invitation-policies-batch` */
  batchDeleteInvitationPolicies(params: BatchDeleteInvitationPoliciesParams, options?: CallOptions): Promise<Envelope<DataOf["batchDeleteInvitationPolicies"]>>;
  /** Get policy user attribution detail. `GET /api/v3/get-invitation-policy-user-attribution` */
  getPolicyUserAttributionDetail(params: GetPolicyUserAttributionDetailParams, options?: CallOptions): Promise<Envelope<DataOf["getPolicyUserAttributionDetail"]>>;
  /** List policy user attribution detail. `GET /api/v3/list-invitation-policy-user-attributions` */
  listPolicyUserAttributionDetail(params: ListPolicyUserAttributionDetailParams, options?: CallOptions): Promise<Envelope<DataOf["listPolicyUserAttributionDetail"]>>;
  /** Add policy user attribution. `POST /api/v3/add-invitation-policy-user-attribution` */
  addPolicyUserAttribution(params: AddPolicyUserAttributionParams, options?: CallOptions): Promise<Envelope<DataOf["addPolicyUserAttribution"]>>;
  /** Add policy user attributions batch. `POST /api/v3/add-invitation-policy-user-attributions-batch` */
  addPolicyUserAttributionsBatch(params: AddPolicyUserAttributionsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["addPolicyUserAttributionsBatch"]>>;
  /** Set user attribution main department. `POST /api/v3/set-invitation-policy-user-attribution-main-department` */
  setUserAttributionMainDepartment(params: SetUserAttributionMainDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["setUserAttributionMainDepartment"]>>;
  /** Remove user attribution main department. `POST /api/v3/remove-invitation-policy-user-attribution-main-department` */
  removeUserAttributionMainDepartment(params: RemoveUserAttributionMainDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["removeUserAttributionMainDepartment"]>>;
  /** Get user attribution main department. `GET /api/v3/get-invitation-policy-user-attribution-main-department` */
  getUserAttributionMainDepartment(params: GetUserAttributionMainDepartmentParams, options?: CallOptions): Promise<Envelope<DataOf["getUserAttributionMainDepartment"]>>;
  /** Remove policy user attribution. `POST /api/v3/remove-invitation-policy-user-attribution` */
  removePolicyUserAttribution(params: RemovePolicyUserAttributionParams, options?: CallOptions): Promise<Envelope<DataOf["removePolicyUserAttribution"]>>;
  /** Remove policy user attributions batch. `POST /api/v3/remove-invitation-policy-user-attributions-batch` */
  removePolicyUserAttributionsBatch(params: RemovePolicyUserAttributionsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["removePolicyUserAttributionsBatch"]>>;
  /** Get invite email template. `POST /api/v3/get-invitation-policy-email-template` */
  getInviteEmailTemplate(params: GetInviteEmailTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["getInviteEmailTemplate"]>>;
  /** Update invite email template. `POST /api/v3/update-invitation-policy-email-template` */
  updateInviteEmailTemplate(params: UpdateInviteEmailTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["updateInviteEmailTemplate"]>>;
  /** List invitation roster. `POST /api/v3/list-invitation-rosters` */
  listInvitationRoster(params?: ListInvitationRosterParams, options?: CallOptions): Promise<Envelope<DataOf["listInvitationRoster"]>>;
  /** List invitation rosters by policy id. `POST /api/v3/list-invitation-rosters-by-policy-id` */
  listInvitationRostersByPolicyId(params: ListInvitationRostersByPolicyIdParams, options?: CallOptions): Promise<Envelope<DataOf["listInvitationRostersByPolicyId"]>>;
  /** List invitation rosters by non policy id. `POST /api/v3/list-invitation-rosters-by-no-policy-id` */
  listInvitationRostersByNonPolicyId(params?: ListInvitationRostersByNonPolicyIdParams, options?: CallOptions): Promise<Envelope<DataOf["listInvitationRostersByNonPolicyId"]>>;
  /** Get invitation roster. `GET /api/v3/get-invitation-roster` */
  getInvitationRoster(params: GetInvitationRosterParams, options?: CallOptions): Promise<Envelope<DataOf["getInvitationRoster"]>>;
  /** Create invitation roster. `POST /api/v3/create-invitation-roster` */
  createInvitationRoster(params: CreateInvitationRosterParams, options?: CallOptions): Promise<Envelope<DataOf["createInvitationRoster"]>>;
  /** Batch bind policy. `POST /api/v3/update-invitation-roster-batch-bind-policy` */
  batchBindPolicy(params: BatchBindPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["batchBindPolicy"]>>;
  /** Batch unbind policy. `POST /api/v3/update-invitation-roster-batch-unbind-policy` */
  batchUnbindPolicy(params: BatchUnbindPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["batchUnbindPolicy"]>>;
  /** Update invitation roster. `POST /api/v3/update-invitation-roster` */
  updateInvitationRoster(params: UpdateInvitationRosterParams, options?: CallOptions): Promise<Envelope<DataOf["updateInvitationRoster"]>>;
  /** Delete invitation roster. `POST /api/v3/delete-invitation-roster` */
  deleteInvitationRoster(params: DeleteInvitationRosterParams, options?: CallOptions): Promise<Envelope<DataOf["deleteInvitationRoster"]>>;
  /** Delete invitation roster batch. `POST /api/v3/delete-invitation-rosters-batch` */
  deleteInvitationRosterBatch(params: DeleteInvitationRosterBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteInvitationRosterBatch"]>>;
  /** Send roster invitation. `POST /api/v3/send-roster-invitation` */
  sendRosterInvitation(params: SendRosterInvitationParams, options?: CallOptions): Promise<Envelope<DataOf["sendRosterInvitation"]>>;
  /** Send roster invitation batch. `POST /api/v3/send-roster-invitation-batch` */
  sendRosterInvitationBatch(params: SendRosterInvitationBatchParams, options?: CallOptions): Promise<Envelope<DataOf["sendRosterInvitationBatch"]>>;
  /** Revert roster invitation. `POST /api/v3/revert-roster-invitation` */
  revertRosterInvitation(params: RevertRosterInvitationParams, options?: CallOptions): Promise<Envelope<DataOf["revertRosterInvitation"]>>;
  /** Revert roster invitation batch. `POST /api/v3/revert-roster-invitation-batch` */
  revertRosterInvitationBatch(params: RevertRosterInvitationBatchParams, options?: CallOptions): Promise<Envelope<DataOf["revertRosterInvitationBatch"]>>;
  /** Quick filter invitee list. `POST /api/v3/quick-filter-invitees` */
  quickFilterInviteeList(params?: QuickFilterInviteeListParams, options?: CallOptions): Promise<Envelope<DataOf["quickFilterInviteeList"]>>;
  /** Filter users. `POST /api/v3/list-invitation-invitees` */
  filterUsers(params: FilterUsersParams, options?: CallOptions): Promise<Envelope<DataOf["filterUsers"]>>;
  /** Delete invitees. `POST /api/v3/batch-delete-invitation-invitees` */
  deleteInvitees(params: DeleteInviteesParams, options?: CallOptions): Promise<Envelope<DataOf["deleteInvitees"]>>;
  /** Import template. `GET /api/v3/invitation-invitee/template` */
  importTemplate(params?: ImportTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["importTemplate"]>>;
  /** Import users. `POST /api/v3/invitation-invitee/import` */
  importUsers(params: ImportUsersParams, options?: CallOptions): Promise<Envelope<DataOf["importUsers"]>>;
  /** Export users. `POST /api/v3/invitation-invitee/export` */
  exportUsers(params: ExportUsersParams, options?: CallOptions): Promise<Envelope<DataOf["exportUsers"]>>;
  /** Get group. `GET /api/v3/get-group` */
  getGroup(params: GetGroupParams, options?: CallOptions): Promise<Envelope<DataOf["getGroup"]>>;
  /** List groups. `GET /api/v3/list-groups` */
  listGroups(params?: ListGroupsParams, options?: CallOptions): Promise<Envelope<DataOf["listGroups"]>>;
  /** Get all groups. `GET /api/v3/get-all-groups` */
  getAllGroups(params?: GetAllGroupsParams, options?: CallOptions): Promise<Envelope<DataOf["getAllGroups"]>>;
  /** Create group. `POST /api/v3/create-group` */
  createGroup(params: CreateGroupParams, options?: CallOptions): Promise<Envelope<DataOf["createGroup"]>>;
  /** Create or update group. `POST /api/v3/create-or-update-group` */
  createOrUpdateGroup(params: CreateOrUpdateGroupParams, options?: CallOptions): Promise<Envelope<DataOf["createOrUpdateGroup"]>>;
  /** Create groups batch. `POST /api/v3/create-groups-batch` */
  createGroupsBatch(params: CreateGroupsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createGroupsBatch"]>>;
  /** Update group. `POST /api/v3/update-group` */
  updateGroup(params: UpdateGroupParams, options?: CallOptions): Promise<Envelope<DataOf["updateGroup"]>>;
  /** Delete groups batch. `POST /api/v3/delete-groups-batch` */
  deleteGroupsBatch(params: DeleteGroupsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteGroupsBatch"]>>;
  /** Add group members. `POST /api/v3/add-group-members` */
  addGroupMembers(params: AddGroupMembersParams, options?: CallOptions): Promise<Envelope<DataOf["addGroupMembers"]>>;
  /** Remove group members. `POST /api/v3/remove-group-members` */
  removeGroupMembers(params: RemoveGroupMembersParams, options?: CallOptions): Promise<Envelope<DataOf["removeGroupMembers"]>>;
  /** List group members. `GET /api/v3/list-group-members` */
  listGroupMembers(params: ListGroupMembersParams, options?: CallOptions): Promise<Envelope<DataOf["listGroupMembers"]>>;
  /** Get group authorized resources. `GET /api/v3/get-group-authorized-resources` */
  getGroupAuthorizedResources(params: GetGroupAuthorizedResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["getGroupAuthorizedResources"]>>;
  /** Get role. `GET /api/v3/get-role` */
  getRole(params: GetRoleParams, options?: CallOptions): Promise<Envelope<DataOf["getRole"]>>;
  /** Assign role. `POST /api/v3/assign-role` */
  assignRole(params: AssignRoleParams, options?: CallOptions): Promise<Envelope<DataOf["assignRole"]>>;
  /** Assign role batch. `POST /api/v3/assign-role-batch` */
  assignRoleBatch(params: AssignRoleBatchParams, options?: CallOptions): Promise<Envelope<DataOf["assignRoleBatch"]>>;
  /** Revoke role. `POST /api/v3/revoke-role` */
  revokeRole(params: RevokeRoleParams, options?: CallOptions): Promise<Envelope<DataOf["revokeRole"]>>;
  /** Revoke role batch. `POST /api/v3/revoke-role-batch` */
  revokeRoleBatch(params: RevokeRoleBatchParams, options?: CallOptions): Promise<Envelope<DataOf["revokeRoleBatch"]>>;
  /** Get role authorized resources. `GET /api/v3/get-role-authorized-resources` */
  getRoleAuthorizedResources(params: GetRoleAuthorizedResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["getRoleAuthorizedResources"]>>;
  /** List role members. `GET /api/v3/list-role-members` */
  listRoleMembers(params: ListRoleMembersParams, options?: CallOptions): Promise<Envelope<DataOf["listRoleMembers"]>>;
  /** List role departments. `GET /api/v3/list-role-departments` */
  listRoleDepartments(params: ListRoleDepartmentsParams, options?: CallOptions): Promise<Envelope<DataOf["listRoleDepartments"]>>;
  /** Create role. `POST /api/v3/create-role` */
  createRole(params: CreateRoleParams, options?: CallOptions): Promise<Envelope<DataOf["createRole"]>>;
  /** List roles. `GET /api/v3/list-roles` */
  listRoles(params?: ListRolesParams, options?: CallOptions): Promise<Envelope<DataOf["listRoles"]>>;
  /** Delete roles batch. `POST /api/v3/delete-roles-batch` */
  deleteRolesBatch(params: DeleteRolesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteRolesBatch"]>>;
  /** Create roles batch. `POST /api/v3/create-roles-batch` */
  createRolesBatch(params: CreateRolesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createRolesBatch"]>>;
  /** Update role. `POST /api/v3/update-role` */
  updateRole(params: UpdateRoleParams, options?: CallOptions): Promise<Envelope<DataOf["updateRole"]>>;
  /** Delete roles. `POST /api/v3/multiple-namespace-delete-roles-batch` */
  deleteRoles(params: DeleteRolesParams, options?: CallOptions): Promise<Envelope<DataOf["deleteRoles"]>>;
  /** Check params namespace. `POST /api/v3/check-role-params` */
  checkParamsNamespace(params: CheckParamsNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["checkParamsNamespace"]>>;
  /** List role assignments. `GET /api/v3/list-role-assignments` */
  listRoleAssignments(params: ListRoleAssignmentsParams, options?: CallOptions): Promise<Envelope<DataOf["listRoleAssignments"]>>;
  /** Create admin role. `POST /api/v3/create-admin-role` */
  createAdminRole(params: CreateAdminRoleParams, options?: CallOptions): Promise<Envelope<DataOf["createAdminRole"]>>;
  /** Delete admin roles batch. `POST /api/v3/delete-admin-roles` */
  deleteAdminRolesBatch(params: DeleteAdminRolesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteAdminRolesBatch"]>>;
  /** Check mutual exclusion. `POST /api/v3/check-role-mutual-exclusion` */
  checkMutualExclusion(params: CheckMutualExclusionParams, options?: CallOptions): Promise<Envelope<DataOf["checkMutualExclusion"]>>;
  /** List ext idp. `GET /api/v3/list-ext-idp` */
  listExtIdp(params?: ListExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["listExtIdp"]>>;
  /** Get ext idp. `GET /api/v3/get-ext-idp` */
  getExtIdp(params: GetExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["getExtIdp"]>>;
  /** Create ext idp. `POST /api/v3/create-ext-idp` */
  createExtIdp(params: CreateExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["createExtIdp"]>>;
  /** Update ext idp. `POST /api/v3/update-ext-idp` */
  updateExtIdp(params: UpdateExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["updateExtIdp"]>>;
  /** Delete ext idp. `POST /api/v3/delete-ext-idp` */
  deleteExtIdp(params: DeleteExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["deleteExtIdp"]>>;
  /** Create ext idp conn. `POST /api/v3/create-ext-idp-conn` */
  createExtIdpConn(params: CreateExtIdpConnParams, options?: CallOptions): Promise<Envelope<DataOf["createExtIdpConn"]>>;
  /** Update ext idp conn. `POST /api/v3/update-ext-idp-conn` */
  updateExtIdpConn(params: UpdateExtIdpConnParams, options?: CallOptions): Promise<Envelope<DataOf["updateExtIdpConn"]>>;
  /** Delete ext idp conn. `POST /api/v3/delete-ext-idp-conn` */
  deleteExtIdpConn(params: DeleteExtIdpConnParams, options?: CallOptions): Promise<Envelope<DataOf["deleteExtIdpConn"]>>;
  /** Change ext idp conn state. `POST /api/v3/change-ext-idp-conn-state` */
  changeExtIdpConnState(params: ChangeExtIdpConnStateParams, options?: CallOptions): Promise<Envelope<DataOf["changeExtIdpConnState"]>>;
  /** Change ext idp conn association state. `POST /api/v3/change-ext-idp-conn-association-state` */
  changeExtIdpConnAssociationState(params: ChangeExtIdpConnAssociationStateParams, options?: CallOptions): Promise<Envelope<DataOf["changeExtIdpConnAssociationState"]>>;
  /** List tenant ext idp. `GET /api/v3/list-tenant-ext-idp` */
  listTenantExtIdp(params?: ListTenantExtIdpParams, options?: CallOptions): Promise<Envelope<DataOf["listTenantExtIdp"]>>;
  /** Ext idp conn state by apps. `GET /api/v3/ext-idp-conn-apps` */
  extIdpConnStateByApps(params: ExtIdpConnStateByAppsParams, options?: CallOptions): Promise<Envelope<DataOf["extIdpConnStateByApps"]>>;
  /** Get wechat mp access token info. `POST /api/v3/get-weixin-access-token` */
  getWechatMpAccessTokenInfo(params: GetWechatMpAccessTokenInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getWechatMpAccessTokenInfo"]>>;
  /** Get user base fields. `GET /api/v3/get-user-base-fields` */
  getUserBaseFields(params?: GetUserBaseFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserBaseFields"]>>;
  /** List user base fields. `GET /api/v3/list-user-base-fields` */
  listUserBaseFields(params: ListUserBaseFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["listUserBaseFields"]>>;
  /** Set user base fields. `POST /api/v3/set-user-base-fields` */
  setUserBaseFields(params: SetUserBaseFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["setUserBaseFields"]>>;
  /** Get custom fields. `GET /api/v3/get-custom-fields` */
  getCustomFields(params: GetCustomFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["getCustomFields"]>>;
  /** List cust fields. `GET /api/v3/list-custom-fields` */
  listCustFields(params: ListCustFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["listCustFields"]>>;
  /** Set custom fields. `POST /api/v3/set-custom-fields` */
  setCustomFields(params: SetCustomFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["setCustomFields"]>>;
  /** Delete custom fields. `POST /api/v3/delete-custom-fields` */
  deleteCustomFields(params: DeleteCustomFieldsParams, options?: CallOptions): Promise<Envelope<DataOf["deleteCustomFields"]>>;
  /** Set custom data. `POST /api/v3/set-custom-data` */
  setCustomData(params: SetCustomDataParams, options?: CallOptions): Promise<Envelope<DataOf["setCustomData"]>>;
  /** Get custom data. `GET /api/v3/get-custom-data` */
  getCustomData(params: GetCustomDataParams, options?: CallOptions): Promise<Envelope<DataOf["getCustomData"]>>;
  /** Create resource. `POST /api/v3/create-resource` */
  createResource(params: CreateResourceParams, options?: CallOptions): Promise<Envelope<DataOf["createResource"]>>;
  /** Create resources batch. `POST /api/v3/create-resources-batch` */
  createResourcesBatch(params: CreateResourcesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createResourcesBatch"]>>;
  /** Get resource. `GET /api/v3/get-resource` */
  getResource(params: GetResourceParams, options?: CallOptions): Promise<Envelope<DataOf["getResource"]>>;
  /** Get resources batch. `GET /api/v3/get-resources-batch` */
  getResourcesBatch(params: GetResourcesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getResourcesBatch"]>>;
  /** List common resource. `GET /api/v3/list-common-resource` */
  listCommonResource(params?: ListCommonResourceParams, options?: CallOptions): Promise<Envelope<DataOf["listCommonResource"]>>;
  /** List resources. `GET /api/v3/list-resources` */
  listResources(params?: ListResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["listResources"]>>;
  /** Update resource. `POST /api/v3/update-resource` */
  updateResource(params: UpdateResourceParams, options?: CallOptions): Promise<Envelope<DataOf["updateResource"]>>;
  /** Delete resource. `POST /api/v3/delete-resource` */
  deleteResource(params: DeleteResourceParams, options?: CallOptions): Promise<Envelope<DataOf["deleteResource"]>>;
  /** Delete resources batch. `POST /api/v3/delete-resources-batch` */
  deleteResourcesBatch(params?: DeleteResourcesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteResourcesBatch"]>>;
  /** Batch delete common resource. `POST /api/v3/delete-common-resources-batch` */
  batchDeleteCommonResource(params: BatchDeleteCommonResourceParams, options?: CallOptions): Promise<Envelope<DataOf["batchDeleteCommonResource"]>>;
  /** Associate tenant resource. `POST /api/v3/associate-tenant-resource` */
  associateTenantResource(params: AssociateTenantResourceParams, options?: CallOptions): Promise<Envelope<DataOf["associateTenantResource"]>>;
  /** Create namespace. `POST /api/v3/create-namespace` */
  createNamespace(params: CreateNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["createNamespace"]>>;
  /** Create namespaces batch. `POST /api/v3/create-namespaces-batch` */
  createNamespacesBatch(params: CreateNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createNamespacesBatch"]>>;
  /** Get namespace. `GET /api/v3/get-namespace` */
  getNamespace(params: GetNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["getNamespace"]>>;
  /** Get namespaces batch. `GET /api/v3/get-namespaces-batch` */
  getNamespacesBatch(params: GetNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getNamespacesBatch"]>>;
  /** Update namespace. `POST /api/v3/update-namespace` */
  updateNamespace(params: UpdateNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["updateNamespace"]>>;
  /** Delete namespace. `POST /api/v3/delete-namespace` */
  deleteNamespace(params: DeleteNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["deleteNamespace"]>>;
  /** Delete namespaces batch. `POST /api/v3/delete-namespaces-batch` */
  deleteNamespacesBatch(params: DeleteNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteNamespacesBatch"]>>;
  /** List namespaces. `GET /api/v3/list-namespaces` */
  listNamespaces(params?: ListNamespacesParams, options?: CallOptions): Promise<Envelope<DataOf["listNamespaces"]>>;
  /** List namespace roles. `GET /api/v3/list-namespace-roles` */
  listNamespaceRoles(params: ListNamespaceRolesParams, options?: CallOptions): Promise<Envelope<DataOf["listNamespaceRoles"]>>;
  /** Authorize resources. `POST /api/v3/authorize-resources` */
  authorizeResources(params: AuthorizeResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["authorizeResources"]>>;
  /** Get authorized resources. `GET /api/v3/get-authorized-resources` */
  getAuthorizedResources(params: GetAuthorizedResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["getAuthorizedResources"]>>;
  /** Is action allowed. `POST /api/v3/is-action-allowed` */
  isActionAllowed(params: IsActionAllowedParams, options?: CallOptions): Promise<Envelope<DataOf["isActionAllowed"]>>;
  /** Get resource authorized targets. `POST /api/v3/get-resource-authorized-targets` */
  getResourceAuthorizedTargets(params: GetResourceAuthorizedTargetsParams, options?: CallOptions): Promise<Envelope<DataOf["getResourceAuthorizedTargets"]>>;
  /** Get user action logs. `POST /api/v3/get-user-action-logs` */
  getUserActionLogs(params?: GetUserActionLogsParams, options?: CallOptions): Promise<Envelope<DataOf["getUserActionLogs"]>>;
  /** Get admin audit logs. `POST /api/v3/get-admin-audit-logs` */
  getAdminAuditLogs(params?: GetAdminAuditLogsParams, options?: CallOptions): Promise<Envelope<DataOf["getAdminAuditLogs"]>>;
  /** Get email templates. `GET /api/v3/get-email-templates` */
  getEmailTemplates(params?: GetEmailTemplatesParams, options?: CallOptions): Promise<Envelope<DataOf["getEmailTemplates"]>>;
  /** Update email template. `POST /api/v3/update-email-template` */
  updateEmailTemplate(params: UpdateEmailTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["updateEmailTemplate"]>>;
  /** Preview email template. `POST /api/v3/preview-email-template` */
  previewEmailTemplate(params: PreviewEmailTemplateParams, options?: CallOptions): Promise<Envelope<DataOf["previewEmailTemplate"]>>;
  /** Get email provider. `GET /api/v3/get-email-provider` */
  getEmailProvider(params?: GetEmailProviderParams, options?: CallOptions): Promise<Envelope<DataOf["getEmailProvider"]>>;
  /** Config email provider. `POST /api/v3/config-email-provider` */
  configEmailProvider(params: ConfigEmailProviderParams, options?: CallOptions): Promise<Envelope<DataOf["configEmailProvider"]>>;
  /** Get application. `GET /api/v3/get-application` */
  getApplication(params: GetApplicationParams, options?: CallOptions): Promise<Envelope<DataOf["getApplication"]>>;
  /** Detail auth subject. `GET /api/v3/get-subject-auth-detail` */
  detailAuthSubject(params: DetailAuthSubjectParams, options?: CallOptions): Promise<Envelope<DataOf["detailAuthSubject"]>>;
  /** List auth subject. `POST /api/v3/list-subject-auth` */
  listAuthSubject(params: ListAuthSubjectParams, options?: CallOptions): Promise<Envelope<DataOf["listAuthSubject"]>>;
  /** List auth application. `POST /api/v3/list-applications-auth` */
  listAuthApplication(params: ListAuthApplicationParams, options?: CallOptions): Promise<Envelope<DataOf["listAuthApplication"]>>;
  /** Enabled auth. `POST /api/v3/update-auth-enabled` */
  enabledAuth(params: EnabledAuthParams, options?: CallOptions): Promise<Envelope<DataOf["enabledAuth"]>>;
  /** Delete auth. `DELETE /api/v3/batch-applications-auth` (The official client takes `authIds` as arguments; here they are fields of `params`.) */
  deleteAuth(params: DeleteAuthParams, options?: CallOptions): Promise<Envelope<DataOf["deleteAuth"]>>;
  /** List applications. `GET /api/v3/list-applications` */
  listApplications(params?: ListApplicationsParams, options?: CallOptions): Promise<Envelope<DataOf["listApplications"]>>;
  /** Get application simple info. `GET /api/v3/get-application-simple-info` */
  getApplicationSimpleInfo(params: GetApplicationSimpleInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getApplicationSimpleInfo"]>>;
  /** List application simple info. `GET /api/v3/list-application-simple-info` */
  listApplicationSimpleInfo(params?: ListApplicationSimpleInfoParams, options?: CallOptions): Promise<Envelope<DataOf["listApplicationSimpleInfo"]>>;
  /** Create application. `POST /api/v3/create-application` */
  createApplication(params: CreateApplicationParams, options?: CallOptions): Promise<Envelope<DataOf["createApplication"]>>;
  /** Update application. `POST /api/v3/update-application` */
  updateApplication(params: UpdateApplicationParams, options?: CallOptions): Promise<Envelope<DataOf["updateApplication"]>>;
  /** Delete application. `POST /api/v3/delete-application` */
  deleteApplication(params: DeleteApplicationParams, options?: CallOptions): Promise<Envelope<DataOf["deleteApplication"]>>;
  /** Get application secret. `GET /api/v3/get-application-secret` */
  getApplicationSecret(params: GetApplicationSecretParams, options?: CallOptions): Promise<Envelope<DataOf["getApplicationSecret"]>>;
  /** Refresh application secret. `POST /api/v3/refresh-application-secret` */
  refreshApplicationSecret(params: RefreshApplicationSecretParams, options?: CallOptions): Promise<Envelope<DataOf["refreshApplicationSecret"]>>;
  /** List application active users. `POST /api/v3/list-application-active-users` */
  listApplicationActiveUsers(params: ListApplicationActiveUsersParams, options?: CallOptions): Promise<Envelope<DataOf["listApplicationActiveUsers"]>>;
  /** Get application permission strategy. `GET /api/v3/get-application-permission-strategy` */
  getApplicationPermissionStrategy(params: GetApplicationPermissionStrategyParams, options?: CallOptions): Promise<Envelope<DataOf["getApplicationPermissionStrategy"]>>;
  /** Update application permission strategy. `POST /api/v3/update-application-permission-strategy` */
  updateApplicationPermissionStrategy(params: UpdateApplicationPermissionStrategyParams, options?: CallOptions): Promise<Envelope<DataOf["updateApplicationPermissionStrategy"]>>;
  /** Authorize application access. `POST /api/v3/authorize-application-access` */
  authorizeApplicationAccess(params: AuthorizeApplicationAccessParams, options?: CallOptions): Promise<Envelope<DataOf["authorizeApplicationAccess"]>>;
  /** Revoke application access. `POST /api/v3/revoke-application-access` */
  revokeApplicationAccess(params: RevokeApplicationAccessParams, options?: CallOptions): Promise<Envelope<DataOf["revokeApplicationAccess"]>>;
  /** Check domain available. `POST /api/v3/check-domain-available` */
  checkDomainAvailable(params: CheckDomainAvailableParams, options?: CallOptions): Promise<Envelope<DataOf["checkDomainAvailable"]>>;
  /** List tenant applications. `GET /api/v3/list-tenant-applications` */
  listTenantApplications(params: ListTenantApplicationsParams, options?: CallOptions): Promise<Envelope<DataOf["listTenantApplications"]>>;
  /** Update login page config. `POST /api/v3/update-login-page-config` */
  updateLoginPageConfig(params: UpdateLoginPageConfigParams, options?: CallOptions): Promise<Envelope<DataOf["updateLoginPageConfig"]>>;
  /** Userpoll tenant config. `GET /api/v3/userpool-tenant-config` */
  userpollTenantConfig(params?: UserpollTenantConfigParams, options?: CallOptions): Promise<Envelope<DataOf["userpollTenantConfig"]>>;
  /** Update user pool tenant config. `POST /api/v3/update-userpool-tenant-config` */
  updateUserPoolTenantConfig(params: UpdateUserPoolTenantConfigParams, options?: CallOptions): Promise<Envelope<DataOf["updateUserPoolTenantConfig"]>>;
  /** Update tenant qr code state. `POST /api/v3/update-userpool-tenant-appqrcode-state` */
  updateTenantQrCodeState(params: UpdateTenantQrCodeStateParams, options?: CallOptions): Promise<Envelope<DataOf["updateTenantQrCodeState"]>>;
  /** Change userpool tenan ext idp conn state. `POST /api/v3/change-userpool-tenant-ext-idp-conn-state` */
  changeUserpoolTenanExtIdpConnState(params: ChangeUserpoolTenanExtIdpConnStateParams, options?: CallOptions): Promise<Envelope<DataOf["changeUserpoolTenanExtIdpConnState"]>>;
  /** Update application mfa settings. `POST /api/v3/update-application-mfa-settings` */
  updateApplicationMfaSettings(params: UpdateApplicationMfaSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["updateApplicationMfaSettings"]>>;
  /** Get mfa trigger data. `GET /api/v3/get-mfa-trigger-data` */
  getMfaTriggerData(params: GetMfaTriggerDataParams, options?: CallOptions): Promise<Envelope<DataOf["getMfaTriggerData"]>>;
  /** Create asa account. `POST /api/v3/create-asa-account` */
  createAsaAccount(params: CreateAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["createAsaAccount"]>>;
  /** Create asa account batch. `POST /api/v3/create-asa-accounts-batch` */
  createAsaAccountBatch(params: CreateAsaAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createAsaAccountBatch"]>>;
  /** Update asa account. `POST /api/v3/update-asa-account` */
  updateAsaAccount(params: UpdateAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["updateAsaAccount"]>>;
  /** List asa account. `GET /api/v3/list-asa-accounts` */
  listAsaAccount(params: ListAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["listAsaAccount"]>>;
  /** Get asa account. `GET /api/v3/get-asa-account` */
  getAsaAccount(params: GetAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["getAsaAccount"]>>;
  /** Get asa account batch. `POST /api/v3/get-asa-accounts-batch` */
  getAsaAccountBatch(params: GetAsaAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getAsaAccountBatch"]>>;
  /** Delete asa account. `POST /api/v3/delete-asa-account` */
  deleteAsaAccount(params: DeleteAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["deleteAsaAccount"]>>;
  /** Delete asa account batch. `POST /api/v3/delete-asa-accounts-batch` */
  deleteAsaAccountBatch(params: DeleteAsaAccountBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deleteAsaAccountBatch"]>>;
  /** Assign asa account. `POST /api/v3/assign-asa-account` */
  assignAsaAccount(params: AssignAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["assignAsaAccount"]>>;
  /** Unassign asa account. `POST /api/v3/unassign-asa-account` */
  unassignAsaAccount(params: UnassignAsaAccountParams, options?: CallOptions): Promise<Envelope<DataOf["unassignAsaAccount"]>>;
  /** Get asa account assigned targets. `GET /api/v3/get-asa-account-assigned-targets` */
  getAsaAccountAssignedTargets(params: GetAsaAccountAssignedTargetsParams, options?: CallOptions): Promise<Envelope<DataOf["getAsaAccountAssignedTargets"]>>;
  /** Get assigned account. `GET /api/v3/get-assigned-account` */
  getAssignedAccount(params: GetAssignedAccountParams, options?: CallOptions): Promise<Envelope<DataOf["getAssignedAccount"]>>;
  /** Get security settings. `GET /api/v3/get-security-settings` */
  getSecuritySettings(params?: GetSecuritySettingsParams, options?: CallOptions): Promise<Envelope<DataOf["getSecuritySettings"]>>;
  /** Update security settings. `POST /api/v3/update-security-settings` */
  updateSecuritySettings(params?: UpdateSecuritySettingsParams, options?: CallOptions): Promise<Envelope<DataOf["updateSecuritySettings"]>>;
  /** Get global mfa settings. `GET /api/v3/get-global-mfa-settings` */
  getGlobalMfaSettings(params?: GetGlobalMfaSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["getGlobalMfaSettings"]>>;
  /** Update global mfa settings. `POST /api/v3/update-global-mfa-settings` */
  updateGlobalMfaSettings(params: UpdateGlobalMfaSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["updateGlobalMfaSettings"]>>;
  /** Close global mfa settings. `POST /api/v3/disable-global-mfa-settings` */
  closeGlobalMfaSettings(params: CloseGlobalMfaSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["closeGlobalMfaSettings"]>>;
  /** Create tenant. `POST /api/v3/create-tenant` */
  createTenant(params: CreateTenantParams, options?: CallOptions): Promise<Envelope<DataOf["createTenant"]>>;
  /** Update tenant. `POST /api/v3/update-tenant` */
  updateTenant(params: UpdateTenantParams, options?: CallOptions): Promise<Envelope<DataOf["updateTenant"]>>;
  /** Delete tenant. `POST /api/v3/delete-tenant` */
  deleteTenant(params: DeleteTenantParams, options?: CallOptions): Promise<Envelope<DataOf["deleteTenant"]>>;
  /** List tenants. `GET /api/v3/list-tenants` */
  listTenants(params?: ListTenantsParams, options?: CallOptions): Promise<Envelope<DataOf["listTenants"]>>;
  /** Get tenant little info. `GET /api/v3/get-tenant-little-info` */
  getTenantLittleInfo(params: GetTenantLittleInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantLittleInfo"]>>;
  /** Get tenant. `GET /api/v3/get-tenant` */
  getTenant(params: GetTenantParams, options?: CallOptions): Promise<Envelope<DataOf["getTenant"]>>;
  /** Import tenant. `POST /api/v3/import-tenant` */
  importTenant(params: ImportTenantParams, options?: CallOptions): Promise<Envelope<DataOf["importTenant"]>>;
  /** Import tenant history. `GET /api/v3/import-tenant-history` */
  importTenantHistory(params?: ImportTenantHistoryParams, options?: CallOptions): Promise<Envelope<DataOf["importTenantHistory"]>>;
  /** Import tenant notify user. `GET /api/v3/import-tenant-notify-user` */
  importTenantNotifyUser(params: ImportTenantNotifyUserParams, options?: CallOptions): Promise<Envelope<DataOf["importTenantNotifyUser"]>>;
  /** Send email batch. `POST /api/v3/send-email-batch` */
  sendEmailBatch(params: SendEmailBatchParams, options?: CallOptions): Promise<Envelope<DataOf["sendEmailBatch"]>>;
  /** Send sms batch. `POST /api/v3/send-sms-batch` */
  sendSmsBatch(params: SendSmsBatchParams, options?: CallOptions): Promise<Envelope<DataOf["sendSmsBatch"]>>;
  /** List tenant admin. `POST /api/v3/list-tenant-admin` */
  listTenantAdmin(params: ListTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["listTenantAdmin"]>>;
  /** Set tenant admin. `POST /api/v3/set-tenant-admin` */
  setTenantAdmin(params: SetTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["setTenantAdmin"]>>;
  /** Delete tenant admin. `POST /api/v3/delete-tenant-admin` */
  deleteTenantAdmin(params?: DeleteTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["deleteTenantAdmin"]>>;
  /** Delete tenant user. `POST /api/v3/delete-tenant-user` */
  deleteTenantUser(params: DeleteTenantUserParams, options?: CallOptions): Promise<Envelope<DataOf["deleteTenantUser"]>>;
  /** Generate invite tenant user link. `POST /api/v3/generate-invite-tenant-user-link` */
  generateInviteTenantUserLink(params: GenerateInviteTenantUserLinkParams, options?: CallOptions): Promise<Envelope<DataOf["generateInviteTenantUserLink"]>>;
  /** List invite tennat user records. `GET /api/v3/list-invite-tenant-user-records` */
  listInviteTennatUserRecords(params: ListInviteTennatUserRecordsParams, options?: CallOptions): Promise<Envelope<DataOf["listInviteTennatUserRecords"]>>;
  /** List multiple tenant admin. `GET /api/v3/list-multiple-tenant-admins` */
  listMultipleTenantAdmin(params?: ListMultipleTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["listMultipleTenantAdmin"]>>;
  /** Create multiple tenant admin. `POST /api/v3/create-multiple-tenant-admin` */
  createMultipleTenantAdmin(params: CreateMultipleTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["createMultipleTenantAdmin"]>>;
  /** Get multiple tenant admin. `GET /api/v3/get-multiple-tenant-admin` */
  getMultipleTenantAdmin(params: GetMultipleTenantAdminParams, options?: CallOptions): Promise<Envelope<DataOf["getMultipleTenantAdmin"]>>;
  /** List tenant cooperators. `GET /api/v3/list-tenant-cooperators` */
  listTenantCooperators(params?: ListTenantCooperatorsParams, options?: CallOptions): Promise<Envelope<DataOf["listTenantCooperators"]>>;
  /** Get tenant cooperator. `GET /api/v3/get-tenant-cooperator` */
  getTenantCooperator(params: GetTenantCooperatorParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantCooperator"]>>;
  /** Get tenant cooperator menu. `GET /api/v3/get-tenant-cooperator-menu` */
  getTenantCooperatorMenu(params: GetTenantCooperatorMenuParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantCooperatorMenu"]>>;
  /** Create tenant cooperator. `POST /api/v3/create-tenant-cooperator` */
  createTenantCooperator(params: CreateTenantCooperatorParams, options?: CallOptions): Promise<Envelope<DataOf["createTenantCooperator"]>>;
  /** Get tenant by code. `GET /api/v3/get-tenant-by-code` */
  getTenantByCode(params: GetTenantByCodeParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantByCode"]>>;
  /** Create tenant enterprise certification. `POST /api/v3/create-tenant-enterprise-certification` */
  createTenantEnterpriseCertification(params: CreateTenantEnterpriseCertificationParams, options?: CallOptions): Promise<Envelope<DataOf["createTenantEnterpriseCertification"]>>;
  /** Update tenant enterprise certification. `POST /api/v3/update-tenant-enterprise-certification` */
  updateTenantEnterpriseCertification(params: UpdateTenantEnterpriseCertificationParams, options?: CallOptions): Promise<Envelope<DataOf["updateTenantEnterpriseCertification"]>>;
  /** Review tenant enterprise certification. `POST /api/v3/review-tenant-enterprise-certification` */
  reviewTenantEnterpriseCertification(params: ReviewTenantEnterpriseCertificationParams, options?: CallOptions): Promise<Envelope<DataOf["reviewTenantEnterpriseCertification"]>>;
  /** Get tenant enterprise certification. `GET /api/v3/get-tenant-enterprise-certification` */
  getTenantEnterpriseCertification(params: GetTenantEnterpriseCertificationParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantEnterpriseCertification"]>>;
  /** Send invite tenant user email. `POST /api/v3/send-invite-tenant-user-email` */
  sendInviteTenantUserEmail(params?: SendInviteTenantUserEmailParams, options?: CallOptions): Promise<Envelope<DataOf["sendInviteTenantUserEmail"]>>;
  /** Add tenant users. `POST /api/v3/add-tenant-users` */
  addTenantUsers(params: AddTenantUsersParams, options?: CallOptions): Promise<Envelope<DataOf["addTenantUsers"]>>;
  /** Remove tenant users. `POST /api/v3/remove-tenant-users` */
  removeTenantUsers(params: RemoveTenantUsersParams, options?: CallOptions): Promise<Envelope<DataOf["removeTenantUsers"]>>;
  /** Update tenant user. `POST /api/v3/update-tenant-user` */
  updateTenantUser(params: UpdateTenantUserParams, options?: CallOptions): Promise<Envelope<DataOf["updateTenantUser"]>>;
  /** Create tenant user. `POST /api/v3/create-tenant-user` */
  createTenantUser(params: CreateTenantUserParams, options?: CallOptions): Promise<Envelope<DataOf["createTenantUser"]>>;
  /** List tenant users. `POST /api/v3/list-tenant-users` */
  listTenantUsers(params: ListTenantUsersParams, options?: CallOptions): Promise<Envelope<DataOf["listTenantUsers"]>>;
  /** Get tenant user. `GET /api/v3/get-tenant-user` */
  getTenantUser(params: GetTenantUserParams, options?: CallOptions): Promise<Envelope<DataOf["getTenantUser"]>>;
  /** Add tenant department members. `POST /api/v3/add-tenant-department-members` */
  addTenantDepartmentMembers(params: AddTenantDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["addTenantDepartmentMembers"]>>;
  /** Remove tenant department members. `POST /api/v3/remove-tenant-department-members` */
  removeTenantDepartmentMembers(params: RemoveTenantDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["removeTenantDepartmentMembers"]>>;
  /** Create permission namespace. `POST /api/v3/create-permission-namespace` */
  createPermissionNamespace(params: CreatePermissionNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["createPermissionNamespace"]>>;
  /** Create permission namespaces batch. `POST /api/v3/create-permission-namespaces-batch` */
  createPermissionNamespacesBatch(params: CreatePermissionNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["createPermissionNamespacesBatch"]>>;
  /** Get permission namespace. `GET /api/v3/get-permission-namespace` */
  getPermissionNamespace(params: GetPermissionNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["getPermissionNamespace"]>>;
  /** Get permission namespaces batch. `GET /api/v3/get-permission-namespaces-batch` */
  getPermissionNamespacesBatch(params: GetPermissionNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["getPermissionNamespacesBatch"]>>;
  /** List permission namespaces. `GET /api/v3/list-permission-namespaces` */
  listPermissionNamespaces(params?: ListPermissionNamespacesParams, options?: CallOptions): Promise<Envelope<DataOf["listPermissionNamespaces"]>>;
  /** Update permission namespace. `POST /api/v3/update-permission-namespace` */
  updatePermissionNamespace(params: UpdatePermissionNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["updatePermissionNamespace"]>>;
  /** Delete permission namespace. `POST /api/v3/delete-permission-namespace` */
  deletePermissionNamespace(params: DeletePermissionNamespaceParams, options?: CallOptions): Promise<Envelope<DataOf["deletePermissionNamespace"]>>;
  /** Delete permission namespaces batch. `POST /api/v3/delete-permission-namespaces-batch` */
  deletePermissionNamespacesBatch(params: DeletePermissionNamespacesBatchParams, options?: CallOptions): Promise<Envelope<DataOf["deletePermissionNamespacesBatch"]>>;
  /** Check permission namespace exists. `POST /api/v3/check-permission-namespace-exists` */
  checkPermissionNamespaceExists(params?: CheckPermissionNamespaceExistsParams, options?: CallOptions): Promise<Envelope<DataOf["checkPermissionNamespaceExists"]>>;
  /** List permission namespace roles. `GET /api/v3/list-permission-namespace-roles` */
  listPermissionNamespaceRoles(params: ListPermissionNamespaceRolesParams, options?: CallOptions): Promise<Envelope<DataOf["listPermissionNamespaceRoles"]>>;
  /** Create data resource. `POST /api/v3/create-data-resource` */
  createDataResource(params: CreateDataResourceParams, options?: CallOptions): Promise<Envelope<DataOf["createDataResource"]>>;
  /** Create data resource by string. `POST /api/v3/create-string-data-resource` */
  createDataResourceByString(params: CreateDataResourceByStringParams, options?: CallOptions): Promise<Envelope<DataOf["createDataResourceByString"]>>;
  /** Create data resource by array. `POST /api/v3/create-array-data-resource` */
  createDataResourceByArray(params: CreateDataResourceByArrayParams, options?: CallOptions): Promise<Envelope<DataOf["createDataResourceByArray"]>>;
  /** Create data resource by tree. `POST /api/v3/create-tree-data-resource` */
  createDataResourceByTree(params: CreateDataResourceByTreeParams, options?: CallOptions): Promise<Envelope<DataOf["createDataResourceByTree"]>>;
  /** List data resources. `GET /api/v3/list-data-resources` */
  listDataResources(params?: ListDataResourcesParams, options?: CallOptions): Promise<Envelope<DataOf["listDataResources"]>>;
  /** Get data resource. `GET /api/v3/get-data-resource` */
  getDataResource(params: GetDataResourceParams, options?: CallOptions): Promise<Envelope<DataOf["getDataResource"]>>;
  /** Update data resource. `POST /api/v3/update-data-resource` */
  updateDataResource(params: UpdateDataResourceParams, options?: CallOptions): Promise<Envelope<DataOf["updateDataResource"]>>;
  /** Delete data resource. `POST /api/v3/delete-data-resource` */
  deleteDataResource(params: DeleteDataResourceParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDataResource"]>>;
  /** Check data resource exists. `GET /api/v3/check-data-resource-exists` */
  checkDataResourceExists(params: CheckDataResourceExistsParams, options?: CallOptions): Promise<Envelope<DataOf["checkDataResourceExists"]>>;
  /** Create dnef. `POST /api/v3/create-dnef` */
  createDnef(params: CreateDnefParams, options?: CallOptions): Promise<Envelope<DataOf["createDnef"]>>;
  /** Batch create dnef. `POST /api/v3/batch-create-dnef` */
  batchCreateDnef(params: BatchCreateDnefParams, options?: CallOptions): Promise<Envelope<DataOf["batchCreateDnef"]>>;
  /** Delete dnef. `POST /api/v3/delete-dnef` */
  deleteDnef(params: DeleteDnefParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDnef"]>>;
  /** Update dnef. `POST /api/v3/update-dnef` */
  updateDnef(params: UpdateDnefParams, options?: CallOptions): Promise<Envelope<DataOf["updateDnef"]>>;
  /** List dnef. `GET /api/v3/list-dnef` */
  listDnef(params: ListDnefParams, options?: CallOptions): Promise<Envelope<DataOf["listDnef"]>>;
  /** Create data policy. `POST /api/v3/create-data-policy` */
  createDataPolicy(params: CreateDataPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["createDataPolicy"]>>;
  /** List data polices. `GET /api/v3/list-data-policies` */
  listDataPolices(params?: ListDataPolicesParams, options?: CallOptions): Promise<Envelope<DataOf["listDataPolices"]>>;
  /** List simple data polices. `GET /api/v3/list-simple-data-policies` */
  listSimpleDataPolices(params?: ListSimpleDataPolicesParams, options?: CallOptions): Promise<Envelope<DataOf["listSimpleDataPolices"]>>;
  /** Get data policy. `GET /api/v3/get-data-policy` */
  getDataPolicy(params: GetDataPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["getDataPolicy"]>>;
  /** Update data policy. `POST /api/v3/update-data-policy` */
  updateDataPolicy(params: UpdateDataPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["updateDataPolicy"]>>;
  /** Delete data policy. `POST /api/v3/delete-data-policy` */
  deleteDataPolicy(params: DeleteDataPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["deleteDataPolicy"]>>;
  /** Check data policy exists. `GET /api/v3/check-data-policy-exists` */
  checkDataPolicyExists(params: CheckDataPolicyExistsParams, options?: CallOptions): Promise<Envelope<DataOf["checkDataPolicyExists"]>>;
  /** List data policy targets. `GET /api/v3/list-data-policy-targets` */
  listDataPolicyTargets(params: ListDataPolicyTargetsParams, options?: CallOptions): Promise<Envelope<DataOf["listDataPolicyTargets"]>>;
  /** Authorize data policies. `POST /api/v3/authorize-data-policies` */
  authorizeDataPolicies(params: AuthorizeDataPoliciesParams, options?: CallOptions): Promise<Envelope<DataOf["authorizeDataPolicies"]>>;
  /** Revoke data policy. `POST /api/v3/revoke-data-policy` */
  revokeDataPolicy(params: RevokeDataPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["revokeDataPolicy"]>>;
  /** Get user permission list. `POST /api/v3/get-user-permission-list` */
  getUserPermissionList(params: GetUserPermissionListParams, options?: CallOptions): Promise<Envelope<DataOf["getUserPermissionList"]>>;
  /** Check permission. `POST /api/v3/check-permission` */
  checkPermission(params: CheckPermissionParams, options?: CallOptions): Promise<Envelope<DataOf["checkPermission"]>>;
  /** Check external user permission. `POST /api/v3/check-external-user-permission` */
  checkExternalUserPermission(params: CheckExternalUserPermissionParams, options?: CallOptions): Promise<Envelope<DataOf["checkExternalUserPermission"]>>;
  /** Get user resource permission list. `POST /api/v3/get-user-resource-permission-list` */
  getUserResourcePermissionList(params: GetUserResourcePermissionListParams, options?: CallOptions): Promise<Envelope<DataOf["getUserResourcePermissionList"]>>;
  /** List resource targets. `POST /api/v3/list-resource-targets` */
  listResourceTargets(params: ListResourceTargetsParams, options?: CallOptions): Promise<Envelope<DataOf["listResourceTargets"]>>;
  /** Get user resource struct. `POST /api/v3/get-user-resource-struct` */
  getUserResourceStruct(params: GetUserResourceStructParams, options?: CallOptions): Promise<Envelope<DataOf["getUserResourceStruct"]>>;
  /** Get external user resource struct. `POST /api/v3/get-external-user-resource-struct` */
  getExternalUserResourceStruct(params: GetExternalUserResourceStructParams, options?: CallOptions): Promise<Envelope<DataOf["getExternalUserResourceStruct"]>>;
  /** Check user same level permission. `POST /api/v3/check-user-same-level-permission` */
  checkUserSameLevelPermission(params: CheckUserSameLevelPermissionParams, options?: CallOptions): Promise<Envelope<DataOf["checkUserSameLevelPermission"]>>;
  /** List permission view. `POST /api/v3/list-permission-view/data` */
  listPermissionView(params?: ListPermissionViewParams, options?: CallOptions): Promise<Envelope<DataOf["listPermissionView"]>>;
  /** Get current package info. `GET /api/v3/get-current-package-info` */
  getCurrentPackageInfo(params?: GetCurrentPackageInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getCurrentPackageInfo"]>>;
  /** Get usage info. `GET /api/v3/get-usage-info` */
  getUsageInfo(params?: GetUsageInfoParams, options?: CallOptions): Promise<Envelope<DataOf["getUsageInfo"]>>;
  /** Get mau period usage history. `GET /api/v3/get-mau-period-usage-history` */
  getMauPeriodUsageHistory(params: GetMauPeriodUsageHistoryParams, options?: CallOptions): Promise<Envelope<DataOf["getMauPeriodUsageHistory"]>>;
  /** Get all rights item. `GET /api/v3/get-all-rights-items` */
  getAllRightsItem(params?: GetAllRightsItemParams, options?: CallOptions): Promise<Envelope<DataOf["getAllRightsItem"]>>;
  /** Get orders. `GET /api/v3/get-orders` */
  getOrders(params?: GetOrdersParams, options?: CallOptions): Promise<Envelope<DataOf["getOrders"]>>;
  /** Get order detail. `GET /api/v3/get-order-detail` */
  getOrderDetail(params: GetOrderDetailParams, options?: CallOptions): Promise<Envelope<DataOf["getOrderDetail"]>>;
  /** Get order pay detail. `GET /api/v3/get-order-pay-detail` */
  getOrderPayDetail(params: GetOrderPayDetailParams, options?: CallOptions): Promise<Envelope<DataOf["getOrderPayDetail"]>>;
  /** Create event app. `POST /api/v3/create-event-app` */
  createEventApp(params: CreateEventAppParams, options?: CallOptions): Promise<Envelope<DataOf["createEventApp"]>>;
  /** List event apps. `GET /api/v3/list-event-apps` */
  listEventApps(params?: ListEventAppsParams, options?: CallOptions): Promise<Envelope<DataOf["listEventApps"]>>;
  /** List events. `GET /api/v3/list-events` */
  listEvents(params?: ListEventsParams, options?: CallOptions): Promise<Envelope<DataOf["listEvents"]>>;
  /** Define event. `POST /api/v3/define-event` */
  defineEvent(params: DefineEventParams, options?: CallOptions): Promise<Envelope<DataOf["defineEvent"]>>;
  /** Verify event. `POST /api/v3/pub-event` */
  verifyEvent(params: VerifyEventParams, options?: CallOptions): Promise<Envelope<DataOf["verifyEvent"]>>;
  /** Pub user event. `POST /api/v3/pub-userEvent` */
  pubUserEvent(params: PubUserEventParams, options?: CallOptions): Promise<Envelope<DataOf["pubUserEvent"]>>;
  /** Add whitelist of app. `POST /api/v3/add-whitelist-of-app` */
  addWhitelistOfApp(params: AddWhitelistOfAppParams, options?: CallOptions): Promise<Envelope<DataOf["addWhitelistOfApp"]>>;
  /** List whitelists of app. `GET /api/v3/list-whitelist-of-app` */
  listWhitelistsOfApp(params: ListWhitelistsOfAppParams, options?: CallOptions): Promise<Envelope<DataOf["listWhitelistsOfApp"]>>;
  /** Delete whitelist of app. `POST /api/v3/delete-whitelist-of-app` */
  deleteWhitelistOfApp(params: DeleteWhitelistOfAppParams, options?: CallOptions): Promise<Envelope<DataOf["deleteWhitelistOfApp"]>>;
  /** Add whitelist. `POST /api/v3/add-whitelist` */
  addWhitelist(params: AddWhitelistParams, options?: CallOptions): Promise<Envelope<DataOf["addWhitelist"]>>;
  /** List whitelists. `GET /api/v3/list-whitelist` */
  listWhitelists(params: ListWhitelistsParams, options?: CallOptions): Promise<Envelope<DataOf["listWhitelists"]>>;
  /** Delete whitelist. `POST /api/v3/delete-whitelist` */
  deleteWhitelist(params: DeleteWhitelistParams, options?: CallOptions): Promise<Envelope<DataOf["deleteWhitelist"]>>;
  /** Find ip list. `GET /api/v3/ip-list` */
  findIpList(params: FindIpListParams, options?: CallOptions): Promise<Envelope<DataOf["findIpList"]>>;
  /** Add. `POST /api/v3/ip-list` */
  add(params: AddParams, options?: CallOptions): Promise<Envelope<DataOf["add"]>>;
  /** Delete by id. `DELETE /api/v3/ip-list/{id}` (The official client takes `id` as arguments; here they are fields of `params`.) */
  deleteById(params: DeleteByIdParams, options?: CallOptions): Promise<Envelope<DataOf["deleteById"]>>;
  /** Find user list. `GET /api/v3/user-list` */
  findUserList(params: FindUserListParams, options?: CallOptions): Promise<Envelope<DataOf["findUserList"]>>;
  /** Add user. `POST /api/v3/user-list` */
  addUser(params: AddUserParams, options?: CallOptions): Promise<Envelope<DataOf["addUser"]>>;
  /** Delete user list by id. `DELETE /api/v3/user-list/{id}` (The official client takes `id` as arguments; here they are fields of `params`.) */
  deleteUserListById(params: DeleteUserListByIdParams, options?: CallOptions): Promise<Envelope<DataOf["deleteUserListById"]>>;
  /** Find risk list policy. `GET /api/v3/risk-list-policy` */
  findRiskListPolicy(params: FindRiskListPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["findRiskListPolicy"]>>;
  /** Add risk list policy. `POST /api/v3/risk-list-policy` */
  addRiskListPolicy(params: AddRiskListPolicyParams, options?: CallOptions): Promise<Envelope<DataOf["addRiskListPolicy"]>>;
  /** Delete risk list policy by id. `DELETE /api/v3/risk-list-policy/{id}` (The official client takes `id` as arguments; here they are fields of `params`.) */
  deleteRiskListPolicyById(params: DeleteRiskListPolicyByIdParams, options?: CallOptions): Promise<Envelope<DataOf["deleteRiskListPolicyById"]>>;
  /** Get rule settings. `GET /api/v3/get-device-exclusive-rule-settings` */
  getRuleSettings(params?: GetRuleSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["getRuleSettings"]>>;
  /** Update rule settings. `POST /api/v3/update-device-exclusive-rule-settings` */
  updateRuleSettings(params: UpdateRuleSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["updateRuleSettings"]>>;
  /** Get all valid scope settings. `GET /api/v3/get-device-exclusive-valid-scope-settings` */
  getAllValidScopeSettings(params?: GetAllValidScopeSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["getAllValidScopeSettings"]>>;
  /** Find app lists. `GET /api/v3/get-supported-device-exclusive-apps` */
  findAppLists(params: FindAppListsParams, options?: CallOptions): Promise<Envelope<DataOf["findAppLists"]>>;
  /** Save invitation policies. `POST /api/v3/save-device-exclusive-valid-scope-settings` */
  saveInvitationPolicies(params: SaveInvitationPoliciesParams, options?: CallOptions): Promise<Envelope<DataOf["saveInvitationPolicies"]>>;
  /** Remove. `POST /api/v3/remove-device-exclusive-valid-scope-settings` */
  remove(params: RemoveParams, options?: CallOptions): Promise<Envelope<DataOf["remove"]>>;
  /** Get all white list settings. `GET /api/v3/get-device-exclusive-white-list-settings` */
  getAllWhiteListSettings(params?: GetAllWhiteListSettingsParams, options?: CallOptions): Promise<Envelope<DataOf["getAllWhiteListSettings"]>>;
  /** Process approval. `PUT /api/v3/approval-process` */
  processApproval(params: ProcessApprovalParams, options?: CallOptions): Promise<Envelope<DataOf["processApproval"]>>;
  /** Batch process approval. `PUT /api/v3/approval-batch-process` */
  batchProcessApproval(params: BatchProcessApprovalParams, options?: CallOptions): Promise<Envelope<DataOf["batchProcessApproval"]>>;
  /** Get detail. `GET /api/v3/approval` */
  getDetail(params: GetDetailParams, options?: CallOptions): Promise<Envelope<DataOf["getDetail"]>>;
  /** Pend list. `GET /api/v3/approval-pending-list` */
  pendList(params?: PendListParams, options?: CallOptions): Promise<Envelope<DataOf["pendList"]>>;
  /** Closed list. `GET /api/v3/approval-closed-list` */
  closedList(params?: ClosedListParams, options?: CallOptions): Promise<Envelope<DataOf["closedList"]>>;
  /** Log list. `GET /api/v3/approval-log-list` */
  logList(params?: LogListParams, options?: CallOptions): Promise<Envelope<DataOf["logList"]>>;
  /** Create device. `POST /api/v3/create-device` */
  createDevice(params: CreateDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["createDevice"]>>;
  /** Add device. `POST /api/v3/add-device` */
  addDevice(params: AddDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["addDevice"]>>;
  /** Find last login apps by device ids. `POST /api/v3/get-last-login-apps-by-deviceIds` */
  findLastLoginAppsByDeviceIds(params: FindLastLoginAppsByDeviceIdsParams, options?: CallOptions): Promise<Envelope<DataOf["findLastLoginAppsByDeviceIds"]>>;
  /** Find last login apps by device ids v2. `POST /api/v3/get-last-login-apps-by-device-ids` */
  findLastLoginAppsByDeviceIdsV2(params: FindLastLoginAppsByDeviceIdsV2Params, options?: CallOptions): Promise<Envelope<DataOf["findLastLoginAppsByDeviceIdsV2"]>>;
  /** Create verify device. `POST /api/v3/authing-verify/create-device` */
  createVerifyDevice(params: CreateVerifyDeviceParams, options?: CallOptions): Promise<Envelope<DataOf["createVerifyDevice"]>>;
  /** Create pipeline function. `POST /api/v3/create-pipeline-function` */
  createPipelineFunction(params: CreatePipelineFunctionParams, options?: CallOptions): Promise<Envelope<DataOf["createPipelineFunction"]>>;
  /** Get pipeline function. `GET /api/v3/get-pipeline-function` */
  getPipelineFunction(params: GetPipelineFunctionParams, options?: CallOptions): Promise<Envelope<DataOf["getPipelineFunction"]>>;
  /** Reupload pipeline function. `POST /api/v3/reupload-pipeline-function` */
  reuploadPipelineFunction(params: ReuploadPipelineFunctionParams, options?: CallOptions): Promise<Envelope<DataOf["reuploadPipelineFunction"]>>;
  /** Update pipeline function. `POST /api/v3/update-pipeline-function` */
  updatePipelineFunction(params: UpdatePipelineFunctionParams, options?: CallOptions): Promise<Envelope<DataOf["updatePipelineFunction"]>>;
  /** Update pipeline order. `POST /api/v3/update-pipeline-order` */
  updatePipelineOrder(params: UpdatePipelineOrderParams, options?: CallOptions): Promise<Envelope<DataOf["updatePipelineOrder"]>>;
  /** Delete pipeline function. `POST /api/v3/delete-pipeline-function` */
  deletePipelineFunction(params: DeletePipelineFunctionParams, options?: CallOptions): Promise<Envelope<DataOf["deletePipelineFunction"]>>;
  /** List pipeline functions. `GET /api/v3/list-pipeline-functions` */
  listPipelineFunctions(params: ListPipelineFunctionsParams, options?: CallOptions): Promise<Envelope<DataOf["listPipelineFunctions"]>>;
  /** Get pipeline logs. `GET /api/v3/get-pipeline-logs` */
  getPipelineLogs(params: GetPipelineLogsParams, options?: CallOptions): Promise<Envelope<DataOf["getPipelineLogs"]>>;
  /** Create webhook. `POST /api/v3/create-webhook` */
  createWebhook(params: CreateWebhookParams, options?: CallOptions): Promise<Envelope<DataOf["createWebhook"]>>;
  /** List webhooks. `GET /api/v3/list-webhooks` */
  listWebhooks(params?: ListWebhooksParams, options?: CallOptions): Promise<Envelope<DataOf["listWebhooks"]>>;
  /** Update webhook. `POST /api/v3/update-webhook` */
  updateWebhook(params: UpdateWebhookParams, options?: CallOptions): Promise<Envelope<DataOf["updateWebhook"]>>;
  /** Delete webhook. `POST /api/v3/delete-webhook` */
  deleteWebhook(params: DeleteWebhookParams, options?: CallOptions): Promise<Envelope<DataOf["deleteWebhook"]>>;
  /** Get webhook logs. `POST /api/v3/get-webhook-logs` */
  getWebhookLogs(params: GetWebhookLogsParams, options?: CallOptions): Promise<Envelope<DataOf["getWebhookLogs"]>>;
  /** Trigger webhook. `POST /api/v3/trigger-webhook` */
  triggerWebhook(params: TriggerWebhookParams, options?: CallOptions): Promise<Envelope<DataOf["triggerWebhook"]>>;
  /** Get webhook. `GET /api/v3/get-webhook` */
  getWebhook(params: GetWebhookParams, options?: CallOptions): Promise<Envelope<DataOf["getWebhook"]>>;
  /** Get webhook event list. `GET /api/v3/get-webhook-event-list` */
  getWebhookEventList(params?: GetWebhookEventListParams, options?: CallOptions): Promise<Envelope<DataOf["getWebhookEventList"]>>;
  /** Get bind pwd. `GET /api/v3/get-ldap-server-random-pwd` */
  getBindPwd(params?: GetBindPwdParams, options?: CallOptions): Promise<Envelope<DataOf["getBindPwd"]>>;
  /** Query ldap config info. `GET /api/v3/get-ldap-server-config` */
  queryLdapConfigInfo(params?: QueryLdapConfigInfoParams, options?: CallOptions): Promise<Envelope<DataOf["queryLdapConfigInfo"]>>;
  /** Update ldap config info. `POST /api/v3/update-ldap-server-config` */
  updateLdapConfigInfo(params?: UpdateLdapConfigInfoParams, options?: CallOptions): Promise<Envelope<DataOf["updateLdapConfigInfo"]>>;
  /** Save ldap config info. `POST /api/v3/enable-ldap-server` */
  saveLdapConfigInfo(params: SaveLdapConfigInfoParams, options?: CallOptions): Promise<Envelope<DataOf["saveLdapConfigInfo"]>>;
  /** Disable ldap server. `POST /api/v3/disable-ldap-server` */
  disableLdapServer(params: DisableLdapServerParams, options?: CallOptions): Promise<Envelope<DataOf["disableLdapServer"]>>;
  /** Query ldap log. `GET /api/v3/get-ldap-server-log` */
  queryLdapLog(params: QueryLdapLogParams, options?: CallOptions): Promise<Envelope<DataOf["queryLdapLog"]>>;
  /** Query ldap sub entries. `GET /api/v3/get-ldap-sub-entries` */
  queryLdapSubEntries(params: QueryLdapSubEntriesParams, options?: CallOptions): Promise<Envelope<DataOf["queryLdapSubEntries"]>>;
  /** Get access key list. `GET /api/v3/list-access-key` */
  getAccessKeyList(params?: GetAccessKeyListParams, options?: CallOptions): Promise<Envelope<DataOf["getAccessKeyList"]>>;
  /** Get access key. `GET /api/v3/get-access-key` */
  getAccessKey(params: GetAccessKeyParams, options?: CallOptions): Promise<Envelope<DataOf["getAccessKey"]>>;
  /** Create access key. `POST /api/v3/create-access-key` */
  createAccessKey(params: CreateAccessKeyParams, options?: CallOptions): Promise<Envelope<DataOf["createAccessKey"]>>;
  /** Delete access key. `POST /api/v3/delete-access-key` */
  deleteAccessKey(params: DeleteAccessKeyParams, options?: CallOptions): Promise<Envelope<DataOf["deleteAccessKey"]>>;
  /** Update access key. `POST /api/v3/update-access-key` */
  updateAccessKey(params: UpdateAccessKeyParams, options?: CallOptions): Promise<Envelope<DataOf["updateAccessKey"]>>;
  /** Get verify config app. `GET /api/v3/verify-config-app` */
  getVerifyConfigApp(params?: GetVerifyConfigAppParams, options?: CallOptions): Promise<Envelope<DataOf["getVerifyConfigApp"]>>;
  /** Pub. `POST /api/v3/pub-event` (The official client takes `eventName,data` as arguments; here they are fields of `params`.) */
  pub(params: PubParams, options?: CallOptions): Promise<Envelope<DataOf["pub"]>>;
  /** Makes the call named `name`: what every method above does. */
  call<N extends CallName>(name: N, params: ParamsOf[N], options?: CallOptions): Promise<Envelope<DataOf[N]>>;
  /** Every item of a paged call, pages fetched lazily up to `totalCount`. */
  readonly iterate: {
    postList(params?: PostListParams, options?: IterateOptions): AsyncGenerator<ItemOf<"postList">, void, undefined>;
    postListBatch(params?: PostListBatchParams, options?: IterateOptions): AsyncGenerator<ItemOf<"postListBatch">, void, undefined>;
    listRow(params: ListRowParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listRow">, void, undefined>;
    getRelationValue(params: GetRelationValueParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getRelationValue">, void, undefined>;
    relationSearch(params: RelationSearchParams, options?: IterateOptions): AsyncGenerator<ItemOf<"relationSearch">, void, undefined>;
    getMetadataGroupList(params: GetMetadataGroupListParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getMetadataGroupList">, void, undefined>;
    listOrganizations(params?: ListOrganizationsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listOrganizations">, void, undefined>;
    searchOrganizations(params: SearchOrganizationsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"searchOrganizations">, void, undefined>;
    listDepartmentMembers(params: ListDepartmentMembersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listDepartmentMembers">, void, undefined>;
    searchDepartmentMembers(params: SearchDepartmentMembersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"searchDepartmentMembers">, void, undefined>;
    listUsersLegacy(params?: ListUsersLegacyParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listUsersLegacy">, void, undefined>;
    getUserDepartments(params: GetUserDepartmentsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getUserDepartments">, void, undefined>;
    listArchivedUsers(params?: ListArchivedUsersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listArchivedUsers">, void, undefined>;
    getUserLoginHistory(params: GetUserLoginHistoryParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getUserLoginHistory">, void, undefined>;
    getPublicAccountDepartments(params: GetPublicAccountDepartmentsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getPublicAccountDepartments">, void, undefined>;
    listSyncTasks(params?: ListSyncTasksParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listSyncTasks">, void, undefined>;
    listSyncJobs(params: ListSyncJobsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listSyncJobs">, void, undefined>;
    listSyncRiskOperations(params: ListSyncRiskOperationsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listSyncRiskOperations">, void, undefined>;
    filter(params?: FilterParams, options?: IterateOptions): AsyncGenerator<ItemOf<"filter">, void, undefined>;
    listInvitationPolicies(params?: ListInvitationPoliciesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listInvitationPolicies">, void, undefined>;
    listInvitationRoster(params?: ListInvitationRosterParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listInvitationRoster">, void, undefined>;
    listInvitationRostersByPolicyId(params: ListInvitationRostersByPolicyIdParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listInvitationRostersByPolicyId">, void, undefined>;
    listInvitationRostersByNonPolicyId(params?: ListInvitationRostersByNonPolicyIdParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listInvitationRostersByNonPolicyId">, void, undefined>;
    quickFilterInviteeList(params?: QuickFilterInviteeListParams, options?: IterateOptions): AsyncGenerator<ItemOf<"quickFilterInviteeList">, void, undefined>;
    filterUsers(params: FilterUsersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"filterUsers">, void, undefined>;
    listGroups(params?: ListGroupsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listGroups">, void, undefined>;
    listGroupMembers(params: ListGroupMembersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listGroupMembers">, void, undefined>;
    listRoleMembers(params: ListRoleMembersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listRoleMembers">, void, undefined>;
    listRoleDepartments(params: ListRoleDepartmentsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listRoleDepartments">, void, undefined>;
    listRoles(params?: ListRolesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listRoles">, void, undefined>;
    listTenantExtIdp(params?: ListTenantExtIdpParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listTenantExtIdp">, void, undefined>;
    listCommonResource(params?: ListCommonResourceParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listCommonResource">, void, undefined>;
    listResources(params?: ListResourcesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listResources">, void, undefined>;
    listNamespaces(params?: ListNamespacesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listNamespaces">, void, undefined>;
    getResourceAuthorizedTargets(params: GetResourceAuthorizedTargetsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getResourceAuthorizedTargets">, void, undefined>;
    listAuthApplication(params: ListAuthApplicationParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listAuthApplication">, void, undefined>;
    listApplications(params?: ListApplicationsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listApplications">, void, undefined>;
    listApplicationSimpleInfo(params?: ListApplicationSimpleInfoParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listApplicationSimpleInfo">, void, undefined>;
    listAsaAccount(params: ListAsaAccountParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listAsaAccount">, void, undefined>;
    getAsaAccountAssignedTargets(params: GetAsaAccountAssignedTargetsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getAsaAccountAssignedTargets">, void, undefined>;
    listPermissionNamespaces(params?: ListPermissionNamespacesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listPermissionNamespaces">, void, undefined>;
    listPermissionNamespaceRoles(params: ListPermissionNamespaceRolesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listPermissionNamespaceRoles">, void, undefined>;
    listDataResources(params?: ListDataResourcesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listDataResources">, void, undefined>;
    listDataPolices(params?: ListDataPolicesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listDataPolices">, void, undefined>;
    listSimpleDataPolices(params?: ListSimpleDataPolicesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listSimpleDataPolices">, void, undefined>;
    listDataPolicyTargets(params: ListDataPolicyTargetsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listDataPolicyTargets">, void, undefined>;
    listPermissionView(params?: ListPermissionViewParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listPermissionView">, void, undefined>;
    getOrders(params?: GetOrdersParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getOrders">, void, undefined>;
    listEvents(params?: ListEventsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listEvents">, void, undefined>;
    findIpList(params: FindIpListParams, options?: IterateOptions): AsyncGenerator<ItemOf<"findIpList">, void, undefined>;
    findUserList(params: FindUserListParams, options?: IterateOptions): AsyncGenerator<ItemOf<"findUserList">, void, undefined>;
    findRiskListPolicy(params: FindRiskListPolicyParams, options?: IterateOptions): AsyncGenerator<ItemOf<"findRiskListPolicy">, void, undefined>;
    getPipelineLogs(params: GetPipelineLogsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getPipelineLogs">, void, undefined>;
    listWebhooks(params?: ListWebhooksParams, options?: IterateOptions): AsyncGenerator<ItemOf<"listWebhooks">, void, undefined>;
    getWebhookLogs(params: GetWebhookLogsParams, options?: IterateOptions): AsyncGenerator<ItemOf<"getWebhookLogs">, void, undefined>;
    queryLdapLog(params: QueryLdapLogParams, options?: IterateOptions): AsyncGenerator<ItemOf<"queryLdapLog">, void, undefined>;
    queryLdapSubEntries(params: QueryLdapSubEntriesParams, options?: IterateOptions): AsyncGenerator<ItemOf<"queryLdapSubEntries">, void, undefined>;
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
export declare function removeDepartmentMembers(config: ClientOptions, params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf["removeDepartmentMembers"]>>;
/** True for the errors this package rejects with. */
export declare function isGenAuthError(value: unknown): value is GenAuthError;
/** The endpoint table. */
export declare function endpoints(): EndpointInfo[];
/** Bytes of linear memory the module holds now. */
export declare function memoryBytes(): number;
