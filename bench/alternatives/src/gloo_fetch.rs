//! One POST, the gloo-net way. gloo-net calls the global `fetch` (its own binding); there is no
//! way to hand it a `fetch` function, so `_fetch` is ignored.

use gloo_net::http::{Method, RequestBuilder};
use wasm_bindgen::prelude::*;
use web_sys::{AbortSignal, RequestRedirect};

use crate::common::headers;

/// POSTs `body` to `url` with the global `fetch`; resolves to the parsed answer, rejects with a
/// message.
#[wasm_bindgen]
pub async fn post(_fetch: JsValue, url: String, body: String, timeout_ms: u32) -> Result<JsValue, JsValue> {
    let mut req = RequestBuilder::new(&url).method(Method::POST).redirect(RequestRedirect::Manual);
    for (k, v) in headers() {
        req = req.header(k, &v);
    }
    let signal = AbortSignal::timeout_with_u32(timeout_ms);
    let req = req.abort_signal(Some(&signal)).body(body).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let res = req.send().await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    let status = res.status();
    let _request_id = res.headers().get("x-request-id");
    let text = res.text().await.map_err(|e| JsValue::from_str(&e.to_string()))?;
    let envelope = js_sys::JSON::parse(&text).map_err(|_| JsValue::from_str("not an envelope"))?;
    if status != 200 || !envelope.is_object() {
        return Err(JsValue::from_str("not an envelope"));
    }
    Ok(envelope)
}
