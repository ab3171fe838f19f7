//! The exported surface of the authentication build (the `authentication` feature): the
//! AuthenticationClient's handle functions, which `pkg/authentication.js` wraps. A client is a
//! handle in the same registry as the ManagementClient's; its app secret and the user's access
//! token stay in the module.

use std::rc::Rc;

use js_sys::{Object, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use crate::config::{header_problem, Config, Secret};
use crate::endpoints::MAX_TOKEN;
use crate::error::{Code, Error};
use crate::transport::{Client, Host, Prepared};
use crate::{client_of, endpoint_named, freed, js, register, reject, CallOptionsArg};

#[wasm_bindgen(inline_js = r#"
export function hmacKey(secret, error) {
  try {
    return crypto.subtle.importKey("raw", secret, { name: "HMAC", hash: "SHA-256" }, false, ["verify"]).catch(() => Promise.reject(error));
  } catch {
    return Promise.reject(error);
  }
}
"#)]
extern "C" {
    /// A non-extractable HMAC-SHA256 key (for `verify` only) of `secret`'s bytes, which
    /// `importKey` copies before it returns; rejects with `error` when the runtime has no
    /// WebCrypto or it refuses. Never throws.
    #[wasm_bindgen(js_name = hmacKey)]
    fn hmac_key(secret: &[u8], error: &JsValue) -> Promise;
}

fn build(options: &JsValue) -> Result<Client, Error> {
    let given = js::read_object(options, "AuthenticationClient options", Code::Config, false)?;
    let config = Config::from_auth_options(given, js::in_browser())?;
    Ok(Client::new(config, Host::of_options(options)))
}

/// Runs a call prepared now (or rejects with why it could not be).
fn run(client: Rc<Client>, prepared: Result<Prepared, Error>) -> Promise {
    match prepared {
        Ok(p) => future_to_promise(async move { client.run(p).await.map_err(|e| js::to_js_error(&e)) }),
        Err(e) => reject(&e),
    }
}

/// Checks the options of `new AuthenticationClient(options)` and makes a client; its handle, or
/// a `GenAuthError` with code `CONFIG` naming the option.
#[wasm_bindgen(js_name = authClientNew)]
pub fn auth_client_new(options: JsValue) -> Result<f64, JsValue> {
    register(build(&options).map_err(|e| js::to_js_error(&e))?)
}

/// Makes the call `name` (a row of `src/auth-api.txt`) with the client `handle`; with
/// `withClientSecret` (`true`), the app's `client_id` and `client_secret` go in the body after
/// the caller's fields. Resolves to the envelope.
#[wasm_bindgen(js_name = authClientCall)]
pub fn auth_client_call(
    handle: f64,
    name: JsValue,
    params: JsValue,
    options: Option<CallOptionsArg>,
    with_client_secret: JsValue,
) -> Promise {
    let Some(client) = client_of(handle) else { return reject(&freed()) };
    let options = options.map(JsValue::from).unwrap_or_default();
    let with_secret = with_client_secret.as_bool() == Some(true);
    let prepared =
        endpoint_named(&name, "call").and_then(|ep| client.prepare_app_call(ep, &params, &options, with_secret));
    run(client, prepared)
}

/// Makes one protocol request (`spec`: `{ name, method, path, query?, form?, clientAuth?,
/// bearer?, text?, idempotent }`) with the client `handle`. Resolves to the JSON answer (or its
/// text); a non-2xx answer rejects with `OAUTH`.
#[wasm_bindgen(js_name = authClientRequest)]
pub fn auth_client_request(handle: f64, spec: JsValue, options: Option<CallOptionsArg>) -> Promise {
    let Some(client) = client_of(handle) else { return reject(&freed()) };
    let options = options.map(JsValue::from).unwrap_or_default();
    let prepared = client.prepare_request(&spec, &options);
    run(client, prepared)
}

/// Sets the user's access token the client's calls carry from now on (`undefined`, `null` or
/// `""` clears it). Throws `INVALID_ARGUMENT` for a token that cannot be sent as a header.
#[wasm_bindgen(js_name = authClientSetAccessToken)]
pub fn auth_client_set_access_token(handle: f64, token: JsValue) -> Result<(), JsValue> {
    let client = client_of(handle).ok_or_else(|| js::to_js_error(&freed()))?;
    let bad = |message: String| js::to_js_error(&Error::field(Code::InvalidArgument, "accessToken", message));
    let token = if token.is_undefined() || token.is_null() {
        None
    } else if !token.is_string() {
        return Err(bad("setAccessToken: the token must be a string".into()));
    } else if js_sys::JsString::from(token.clone()).length() > MAX_TOKEN {
        return Err(bad(format!("setAccessToken: the token is longer than {MAX_TOKEN} characters")));
    } else {
        let text = token.as_string().unwrap_or_default();
        if let Some(problem) = header_problem(&text) {
            return Err(bad(format!("setAccessToken: the token cannot be sent as a header: it holds {problem}")));
        }
        Some(text).filter(|t| !t.is_empty()).map(Secret)
    };
    *client.core.access_token.borrow_mut() = token;
    Ok(())
}

/// The client's settings without a credential (`hasSecret` says whether it has an app secret),
/// for the flows and for `toJSON`; `undefined` once freed.
#[wasm_bindgen(js_name = authClientSummary)]
pub fn auth_client_summary(handle: f64) -> JsValue {
    let Some(client) = client_of(handle) else { return JsValue::UNDEFINED };
    let (c, app) = (&client.core.config, client.core.app());
    let obj = Object::new();
    let set = |k: &str, v: JsValue| js::set(&obj, k, v);
    let text = |k: &str, v: &Option<String>| {
        if let Some(v) = v {
            js::set(&obj, k, v.as_str().into());
        }
    };
    set("appId", app.app_id.as_str().into());
    set("appHost", c.host.as_str().into());
    set("brand", c.brand.name.into());
    text("redirectUri", &app.redirect_uri);
    text("logoutRedirectUri", &app.logout_redirect_uri);
    set("scope", app.scope.as_str().into());
    set("protocol", app.protocol.as_str().into());
    set("cookieKey", app.cookie_key.as_str().into());
    set("tokenEndPointAuthMethod", app.token_method.as_str().into());
    set("introspectionEndPointAuthMethod", app.introspection_method.as_str().into());
    set("revocationEndPointAuthMethod", app.revocation_method.as_str().into());
    set("hasSecret", app.secret.is_some().into());
    set("lang", c.lang.as_str().into());
    set("timeout", c.timeout_ms.into());
    obj.into()
}

/// Releases the client `handle`: its handle never answers again. Calls under way finish.
#[wasm_bindgen(js_name = authClientFree)]
pub fn auth_client_free(handle: f64) {
    crate::release(handle);
}

/// A non-extractable HMAC-SHA256 `CryptoKey` (usage `verify`) made from the app secret with
/// `crypto.subtle.importKey`, for HS256 ID tokens. Rejects `CONFIG` when the client has no
/// secret or the runtime no WebCrypto.
#[wasm_bindgen(js_name = authClientHmacKey)]
pub fn auth_client_hmac_key(handle: f64) -> Promise {
    let Some(client) = client_of(handle) else { return reject(&freed()) };
    let Some(secret) = &client.core.app().secret else {
        return reject(&Error::field(
            Code::Config,
            "appSecret",
            "an HS256 token is verified with the app secret, and this client has no appSecret",
        ));
    };
    // The error it rejects with, should WebCrypto fail, is made now: the snippet cannot make one.
    let no_webcrypto = Error::new(
        Code::Config,
        "this runtime's WebCrypto (crypto.subtle) could not make an HMAC key of the app secret",
    );
    hmac_key(secret.0.as_bytes(), &js::to_js_error(&no_webcrypto))
}

/// The names of the AuthenticationClient's calls (the rows of `src/auth-api.txt`),
/// space-separated, a `*` after each pageable one.
#[wasm_bindgen(js_name = authCallNames)]
pub fn auth_call_names() -> String {
    crate::names()
}
