//! GenAuth (Authing) Management API client for JavaScript runtimes, compiled to WebAssembly.
//!
//! The pure parts (the [`endpoints`] table, [`validate`], [`sign`], [`value`], [`config`]) are
//! plain Rust and tested on the host; [`js`] and [`transport`] bind them to the host's `fetch`;
//! this file is the exported JavaScript surface.

// The authentication build's `Error` carries an `OAUTH` answer's fields too: 8 bytes over the
// lint's threshold on 64-bit hosts (the module is 32-bit, where it is far below).
#![cfg_attr(feature = "authentication", allow(clippy::result_large_err))]

// The client's name, in messages: the build makes one kind of client.
#[cfg(not(feature = "authentication"))]
macro_rules! client_name {
    () => {
        "ManagementClient"
    };
}
#[cfg(feature = "authentication")]
macro_rules! client_name {
    () => {
        "AuthenticationClient"
    };
}

#[cfg(feature = "authentication")]
pub mod auth;
pub mod config;
pub mod endpoints;
pub mod error;
pub mod js;
pub mod machine;
pub mod retry;
pub mod sign;
pub mod transport;
pub mod validate;
pub mod value;

use std::rc::Rc;

#[cfg(not(feature = "authentication"))]
use js_sys::Object;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
#[cfg(not(feature = "authentication"))]
#[cfg(not(feature = "authentication"))]
use wasm_bindgen_futures::future_to_promise;

#[cfg(not(feature = "authentication"))]
use crate::config::{Auth, Config};
use crate::error::{Code, Error};
use crate::transport::Client;
#[cfg(not(feature = "authentication"))]
use crate::transport::Host;

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

pub(crate) fn reject(e: &Error) -> Promise {
    Promise::reject(&js::to_js_error(e))
}

#[cfg(not(feature = "authentication"))]
fn build_client(options: &JsValue) -> Result<Client, Error> {
    let given = js::read_object(options, "ManagementClient options", Code::Config, false)?;
    let mut config = Config::from_options(given, js::in_browser())?;
    if let Auth::AccessToken { token, user_pool_id: pool @ None } = &mut config.auth {
        let claim = transport::user_pool_from_jwt(&token.0).ok_or_else(|| {
            Error::field(
                Code::Config,
                "userPoolId",
                "the accessToken carries no scoped_userpool_id claim: pass userPoolId too",
            )
        })?;
        if let Some(problem) = config::header_problem(&claim) {
            return Err(Error::field(
                Code::Config,
                "accessToken",
                format!("the user pool id in \"accessToken\" cannot be sent as a header: it holds {problem}; pass userPoolId"),
            ));
        }
        *pool = Some(claim);
    }
    Ok(Client::new(config, Host::of_options(options)))
}

/// The longest call name looked up; a longer one is refused without being copied.
const MAX_NAME: u32 = 128;

/// The row of the call named by a caller's value, read without copying a huge string.
pub(crate) fn endpoint_named(name: &JsValue, what: &str) -> Result<&'static endpoints::Endpoint, Error> {
    let no_call = |detail: String| Error::field(Code::InvalidArgument, "name", format!("{what}: {detail}"));
    if !name.is_string() {
        return Err(no_call("the name of the call must be a string, e.g. \"listOrganizations\"".into()));
    }
    let length = js_sys::JsString::from(name.clone()).length();
    if length > MAX_NAME {
        return Err(no_call(format!("no call has a name of {length} characters")));
    }
    let text = name.as_string().unwrap_or_default();
    endpoints::endpoint(&text).ok_or_else(|| {
        // Echoed only when it looks like a method name (never a pasted secret or a payload).
        if validate::reads_as_name(&text) {
            no_call(format!("no call named \"{text}\""))
        } else {
            no_call(format!("no call has that name (a string of {length} characters)"))
        }
    })
}

/// Reads and checks a call now, then runs it: the params and options are read before the
/// promise is returned, so what the caller does with them afterwards changes nothing.
#[cfg(not(feature = "authentication"))]
fn start(client: Rc<Client>, name: &JsValue, params: &JsValue, options: Option<CallOptionsArg>) -> Promise {
    let options = options.map(JsValue::from).unwrap_or_default();
    let prepared = endpoint_named(name, "call").and_then(|ep| client.prepare(ep, params, &options));
    match prepared {
        Ok(p) => future_to_promise(async move { client.run(p).await.map_err(|e| js::to_js_error(&e)) }),
        Err(e) => reject(&e),
    }
}

/// The live clients, by handle. The JavaScript `ManagementClient` holds only its handle (in a
/// private field, which no copy of the object carries); a handle is never reused, so a freed
/// client, or a copy of one, can never reach another client's host or credentials.
struct Registry {
    /// Per slot: its generation (bumped at every free) and the client in it.
    slots: Vec<(u32, Option<Rc<Client>>)>,
    free: Vec<u32>,
}

thread_local! {
    static CLIENTS: std::cell::RefCell<Registry> = const { std::cell::RefCell::new(Registry { slots: Vec::new(), free: Vec::new() }) };
}

/// Slots per generation in a handle: `handle = generation * SLOTS + slot`.
const SLOTS: f64 = 2_097_152.0;

fn slot_of(handle: f64) -> Option<(usize, u32)> {
    if !(handle.is_finite() && handle >= SLOTS && handle.fract() == 0.0 && handle < SLOTS * 4_294_967_296.0) {
        return None;
    }
    Some(((handle % SLOTS) as usize, (handle / SLOTS).floor() as u32))
}

pub(crate) fn client_of(handle: f64) -> Option<Rc<Client>> {
    let (slot, generation) = slot_of(handle)?;
    CLIENTS.with(|r| match r.borrow().slots.get(slot) {
        Some((g, Some(c))) if *g == generation => Some(c.clone()),
        _ => None,
    })
}

pub(crate) fn freed() -> Error {
    Error::new(Code::Config, concat!("this client was released with free(); create a new ", client_name!()))
}

/// Checks the options and makes a client; its handle, or a `GenAuthError` with code `CONFIG`.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = clientNew)]
pub fn client_new(options: JsValue) -> Result<f64, JsValue> {
    register(build_client(&options).map_err(|e| js::to_js_error(&e))?)
}

/// Keeps a client in the registry; its handle.
pub(crate) fn register(client: Client) -> Result<f64, JsValue> {
    let client = Rc::new(client);
    CLIENTS.with(|r| {
        let mut r = r.borrow_mut();
        let slot = match r.free.pop() {
            Some(s) => s as usize,
            None if (r.slots.len() as f64) < SLOTS => {
                // Generations start at 1: no handle is below SLOTS.
                r.slots.push((1, None));
                r.slots.len() - 1
            }
            None => {
                return Err(js::to_js_error(&Error::new(
                    Code::Config,
                    "too many live clients: free() the ones not in use",
                )))
            }
        };
        r.slots[slot].1 = Some(client);
        Ok(f64::from(r.slots[slot].0) * SLOTS + slot as f64)
    })
}

/// Makes the call named `name` with the client `handle`.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = clientCall)]
pub fn client_call(handle: f64, name: JsValue, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
    match client_of(handle) {
        Some(c) => start(c, &name, &params, options),
        None => reject(&freed()),
    }
}

/// Releases the client `handle`: its handle never answers again. Calls under way finish.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = clientFree)]
pub fn client_free(handle: f64) {
    release(handle);
}

/// Takes a client out of the registry (see [`client_free`]).
pub(crate) fn release(handle: f64) {
    let Some((slot, generation)) = slot_of(handle) else { return };
    CLIENTS.with(|r| {
        let mut r = r.borrow_mut();
        if let Some((g, c @ Some(_))) = r.slots.get_mut(slot) {
            if *g == generation {
                *c = None;
                // A slot whose generations are used up is never used again.
                if let Some(next) = g.checked_add(1) {
                    *g = next;
                    r.free.push(slot as u32);
                }
            }
        }
    });
}

/// A summary without credentials, for logs and `JSON.stringify`; `undefined` once freed.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = clientSummary)]
pub fn client_summary(handle: f64) -> JsValue {
    let Some(client) = client_of(handle) else { return JsValue::UNDEFINED };
    let c = &client.core.config;
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

/// One-shot `removeDepartmentMembers`: builds a client from `config`, makes the call.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = removeDepartmentMembers)]
pub fn remove_department_members(config: JsValue, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
    match build_client(&config) {
        Ok(c) => start(Rc::new(c), &"removeDepartmentMembers".into(), &params, options),
        Err(e) => reject(&e),
    }
}

/// Whether a caller's key may be shown in a message (the rule of every message the module
/// writes), for the package's JavaScript helpers.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = readsAsName)]
pub fn reads_as_name(key: &str) -> bool {
    validate::reads_as_name(key)
}

/// A `GenAuthError` of `code` (one of the codes of the `Code` enum) for the package's
/// JavaScript helpers: one source for every error the package throws.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = genAuthError)]
pub fn genauth_error(code: &str, field: Option<String>, message: &str) -> JsValue {
    let code = Code::parse(code).unwrap_or(Code::InvalidArgument);
    let mut e = Error::new(code, message);
    e.field = field;
    js::to_js_error(&e)
}

/// A `GenAuthError` of `code` for the package's JavaScript (the protocol flows): as the
/// management build's, and `extra` may give an HTTP `status` and, for `OAUTH`, the `error` and
/// `errorDescription` an authorization server sent back (bounded).
#[cfg(feature = "authentication")]
#[wasm_bindgen(js_name = genAuthError)]
pub fn genauth_error(code: &str, field: Option<String>, message: &str, extra: JsValue) -> JsValue {
    let code = Code::parse(code).unwrap_or(Code::InvalidArgument);
    let mut e = Error::new(code, message);
    e.field = field;
    e.status = js::get_f64(&extra, "status").filter(|s| (0.0..1000.0).contains(s)).map(|s| s as u16);
    if code == Code::OAuth {
        let text = |key, max| js::get_string_max(&extra, key, max);
        e.oauth = Some(Box::new((text("error", 200), text("errorDescription", 500))));
    }
    js::to_js_error(&e)
}

/// The endpoint table as data, for the methods derived at load time and for tools:
/// `[{ name, method, path, pageable, idempotent, fields: [{ name, type, required, values? }] }]`.
#[cfg(not(feature = "authentication"))]
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
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = callNames)]
pub fn call_names() -> String {
    names()
}

/// The table's call names as [`call_names`] gives them.
pub(crate) fn names() -> String {
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

/// Checks `params` for the call `name` as the call of the client `handle` would (its `strict`
/// option included), without sending anything; throws the same `GenAuthError`. The bulk helpers
/// check every batch before sending the first.
#[cfg(not(feature = "authentication"))]
#[wasm_bindgen(js_name = checkParams)]
pub fn check_params(handle: f64, name: JsValue, params: JsValue) -> Result<(), JsValue> {
    let ep = endpoint_named(&name, "checkParams").map_err(|e| js::to_js_error(&e))?;
    let strict = client_of(handle).is_some_and(|c| c.core.config.strict);
    transport::check(ep, &params, strict).map(drop).map_err(|e| js::to_js_error(&e))
}

/// Bytes of linear memory the module holds now: for watching that a long-running process does
/// not grow.
#[cfg(not(feature = "authentication"))]
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
