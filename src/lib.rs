//! GenAuth (Authing) Management API client for JavaScript runtimes, compiled to WebAssembly.
//!
//! The pure parts (the [`endpoints`] table, [`validate`], [`sign`], [`value`], [`config`]) are
//! plain Rust and tested on the host; [`js`] and [`transport`] bind them to the host's `fetch`;
//! this file is the exported JavaScript surface.

pub mod config;
pub mod endpoints;
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod generate;
pub mod js;
pub mod retry;
pub mod sign;
pub mod transport;
pub mod validate;
pub mod value;

use std::rc::Rc;

use js_sys::{Function, Object, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::future_to_promise;

use crate::config::{Auth, Config};
use crate::error::{Code, Error};
use crate::transport::{Client, Host};

// A free-list allocator: a few hundred bytes where the default costs kilobytes. The module is
// single-threaded, which is what makes `AssumeSingleThreaded` sound.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    // SAFETY: wasm32-unknown-unknown without the atomics feature runs on one thread.
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

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
            Error::field(
                Code::Config,
                "userPoolId",
                "the accessToken carries no scoped_userpool_id claim: pass userPoolId too",
            )
        })?);
    }
    let function = |name: &str| js::get(options, name).dyn_into::<Function>().ok();
    let host =
        Host { fetch: function("fetch"), on_request: function("onRequest"), on_response: function("onResponse") };
    Ok(Client::new(config, host))
}

fn start(client: Rc<Client>, name: &str, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
    let Some(ep) = endpoints::endpoint(name) else {
        return reject(&Error::field(Code::InvalidArgument, "name", format!("no call named \"{name}\"")));
    };
    let options = options.map(JsValue::from).unwrap_or_default();
    future_to_promise(async move { client.call(ep, params, options).await.map_err(|e| js::to_js_error(&e)) })
}

#[wasm_bindgen]
impl ManagementClient {
    /// Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<ManagementClient, JsValue> {
        build_client(&options).map(|c| ManagementClient { inner: Rc::new(c) }).map_err(|e| js::to_js_error(&e))
    }

    /// Makes the call named `name` (a method name of the endpoint table). Every method of the
    /// client is this with its name filled in.
    pub fn call(&self, name: JsValue, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
        match name.as_string() {
            Some(name) => start(self.inner.clone(), &name, params, options),
            None => reject(&Error::field(
                Code::InvalidArgument,
                "name",
                "call: the name of the call must be a string, e.g. \"listOrganizations\"",
            )),
        }
    }

    /// A summary without credentials, for logs and `JSON.stringify`.
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> JsValue {
        let c = &self.inner.config;
        let obj = Object::new();
        let set = |k: &str, v: JsValue| js::set(&obj, k, v);
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

/// One-shot `removeDepartmentMembers`: builds a client from `config`, makes the call.
#[wasm_bindgen(js_name = removeDepartmentMembers)]
pub fn remove_department_members(config: JsValue, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
    match build_client(&config) {
        Ok(c) => start(Rc::new(c), "removeDepartmentMembers", params, options),
        Err(e) => reject(&e),
    }
}

/// The endpoint table as data, for the methods derived at load time and for tools:
/// `[{ name, method, path, pageable, idempotent, fields: [{ name, type, required, values? }] }]`.
#[wasm_bindgen]
pub fn endpoints() -> js_sys::Array {
    endpoints::endpoints()
        .iter()
        .map(|ep| {
            let row = Object::new();
            let set = |k: &str, v: JsValue| js::set(&row, k, v);
            set("name", ep.name.into());
            set("method", ep.method.as_str().into());
            set("path", ep.path.into());
            set("query", ep.query.into());
            set("pageable", ep.pageable.into());
            set("idempotent", ep.idempotent.into());
            let fields: js_sys::Array = ep
                .fields
                .iter()
                .map(|f| {
                    let field = Object::new();
                    let set = |k: &str, v: JsValue| js::set(&field, k, v);
                    set("name", f.name.into());
                    set("type", f.ty.kind().into());
                    set("required", f.required.into());
                    if f.wire != f.name {
                        set("wire", f.wire.into());
                    }
                    if let endpoints::Ty::Enum(values) = f.ty {
                        set("values", values.iter().map(|v| JsValue::from_str(v)).collect::<js_sys::Array>().into());
                    }
                    JsValue::from(field)
                })
                .collect();
            set("fields", fields.into());
            JsValue::from(row)
        })
        .collect()
}

/// The names of the calls, space-separated, a `*` after each pageable one: what the methods are
/// built from at load time, in one crossing.
#[wasm_bindgen(js_name = callNames)]
pub fn call_names() -> String {
    let mut out = String::with_capacity(12 * 1024);
    for (name, pageable) in endpoints::call_names() {
        out.push_str(name);
        if pageable {
            out.push('*');
        }
        out.push(' ');
    }
    out
}

/// Checks `params` for the call `name` as the call itself would, without sending anything;
/// throws the same `GenAuthError`. The bulk helpers check every batch before sending the first.
#[wasm_bindgen(js_name = checkParams)]
pub fn check_params(name: &str, params: JsValue) -> Result<(), JsValue> {
    let ep = endpoints::endpoint(name)
        .ok_or_else(|| Error::field(Code::InvalidArgument, "name", format!("no call named \"{name}\"")))
        .map_err(|e| js::to_js_error(&e))?;
    transport::check(ep, &params).map(drop).map_err(|e| js::to_js_error(&e))
}

/// Bytes of linear memory the module holds now: for watching that a long-running process does
/// not grow.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    let buffer = js::get(&wasm_bindgen::memory(), "buffer");
    js::get_f64(&buffer, "byteLength").unwrap_or(0.0)
}

/// True for the errors this package rejects with.
#[wasm_bindgen(js_name = isGenAuthError)]
pub fn is_genauth_error(value: JsValue) -> bool {
    js::is_genauth_error(&value)
}
