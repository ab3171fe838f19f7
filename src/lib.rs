//! GenAuth (Authing) Management API client for JavaScript runtimes, compiled to WebAssembly.
//!
//! The pure parts (the [`endpoints`] table, [`validate`], [`sign`], [`value`], [`config`]) are
//! plain Rust and tested on the host; [`js`] and [`transport`] bind them to the host's `fetch`;
//! this file is the exported JavaScript surface.

pub mod config;
pub mod endpoints;
pub mod error;
pub mod js;
pub mod sign;
pub mod transport;
pub mod validate;
pub mod value;

use std::rc::Rc;

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

use crate::config::{Auth, Config};
use crate::endpoints::Endpoint;
use crate::error::{Code, Error};
use crate::transport::Client;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
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
  redirect: "error";
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
  /** Milliseconds before a request fails with `TIMEOUT`; default 10000. */
  timeout?: number;
  /** Reject with code `API` when an envelope's `statusCode` is not 200. Default false. */
  throwOnApiError?: boolean;
  /** A `fetch` to use instead of the global one. */
  fetch?: (input: string, init: FetchInit) => Promise<FetchResponse>;
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
  /** Overrides the client's `throwOnApiError`. */
  throwOnApiError?: boolean;
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
export interface IsSuccess {
  success: boolean;
}
export interface RemoveDepartmentMembersParams {
  /** Ids of the users to remove (1 to 1000). */
  userIds: string[];
  organizationCode: string;
  departmentId: string;
  /** Default (on the server) `"department_id"`. */
  departmentIdType?: DepartmentIdType;
  /** Defaults to the client's `tenantId`. */
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
"#;

#[wasm_bindgen]
extern "C" {
    /// The per-call options object (`CallOptions` in TypeScript).
    #[wasm_bindgen(typescript_type = "CallOptions")]
    pub type CallOptionsArg;
}

/// A Management API client. Its credentials live in the module and are never exposed.
#[wasm_bindgen]
pub struct ManagementClient {
    inner: Rc<Client>,
}

fn reject(e: &Error) -> Promise {
    Promise::reject(&js::to_js_error(e))
}

fn build_client(options: &JsValue) -> Result<Client, Error> {
    let given = js::read_object(options, "ManagementClient options", Code::Config, false)?;
    let mut config = Config::from_options(given, js::in_browser())?;
    if let Auth::AccessToken { token, user_pool_id: pool @ None } = &mut config.auth {
        *pool = Some(transport::user_pool_from_jwt(&token.0).ok_or_else(|| {
            Error::field(Code::Config, "userPoolId", "the accessToken carries no scoped_userpool_id claim: pass userPoolId too")
        })?);
    }
    let fetch = js::get(options, "fetch").dyn_into::<Function>().ok();
    Ok(Client::new(config, fetch))
}

fn start(client: Rc<Client>, ep: &'static Endpoint, params: JsValue, options: JsValue) -> Promise {
    future_to_promise(async move { client.call(ep, params, options).await.map_err(|e| js::to_js_error(&e)) })
}

fn endpoint(name: &str) -> &'static Endpoint {
    // The table holds every name this file exports; a missing row is caught by the tests.
    endpoints::endpoint(name).unwrap_or(&endpoints::ENDPOINTS[0])
}

#[wasm_bindgen]
impl ManagementClient {
    /// Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong.
    #[wasm_bindgen(constructor)]
    pub fn new(#[wasm_bindgen(unchecked_param_type = "ClientOptions")] options: JsValue) -> Result<ManagementClient, JsValue> {
        build_client(&options).map(|c| ManagementClient { inner: Rc::new(c) }).map_err(|e| js::to_js_error(&e))
    }

    /// Removes users from a department. Resolves to the documented envelope.
    #[wasm_bindgen(js_name = removeDepartmentMembers, unchecked_return_type = "Promise<Envelope<IsSuccess>>")]
    pub fn remove_department_members(
        &self,
        #[wasm_bindgen(unchecked_param_type = "RemoveDepartmentMembersParams")] params: JsValue,
        options: Option<CallOptionsArg>,
    ) -> Promise {
        start(self.inner.clone(), endpoint("removeDepartmentMembers"), params, options.map(JsValue::from).unwrap_or_default())
    }

    /// A summary without credentials, for logs and `JSON.stringify`.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "ClientSummary")]
    pub fn to_json(&self) -> JsValue {
        let c = &self.inner.config;
        let obj = Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = Reflect::set(&obj, &k.into(), &v);
        };
        set("brand", c.brand.name.into());
        set("host", c.host.as_str().into());
        set("auth", c.auth.name().into());
        set("lang", c.lang.as_str().into());
        if let Some(t) = &c.tenant_id {
            set("tenantId", t.as_str().into());
        }
        if let Auth::AccessToken { user_pool_id: Some(pool), .. } = &c.auth {
            set("userPoolId", pool.as_str().into());
        }
        set("timeout", c.timeout_ms.into());
        obj.into()
    }
}

/// One-shot `removeDepartmentMembers`: builds a client from `options`, makes the call.
#[wasm_bindgen(js_name = removeDepartmentMembers, unchecked_return_type = "Promise<Envelope<IsSuccess>>")]
pub fn remove_department_members(
    #[wasm_bindgen(unchecked_param_type = "ClientOptions")] config: JsValue,
    #[wasm_bindgen(unchecked_param_type = "RemoveDepartmentMembersParams")] params: JsValue,
    options: Option<CallOptionsArg>,
) -> Promise {
    match build_client(&config) {
        Ok(c) => start(Rc::new(c), endpoint("removeDepartmentMembers"), params, options.map(JsValue::from).unwrap_or_default()),
        Err(e) => reject(&e),
    }
}

/// True for the errors this package rejects with.
#[wasm_bindgen(js_name = isGenAuthError, unchecked_return_type = "value is GenAuthError")]
pub fn is_genauth_error(#[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue) -> bool {
    js::is_genauth_error(&value)
}
