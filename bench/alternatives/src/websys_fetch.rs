//! One POST, the raw web-sys way: `window().fetch_with_request`, as the web-sys examples do.
//! There is no `window` outside a browser page, and no way to use a caller's `fetch`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Headers, Request, RequestInit, RequestRedirect, Response};

use crate::common::headers;

/// POSTs `body` to `url` with `window.fetch`; resolves to the parsed answer, rejects with a
/// message.
#[wasm_bindgen]
pub async fn post(_fetch: JsValue, url: String, body: String, timeout_ms: u32) -> Result<JsValue, JsValue> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_redirect(RequestRedirect::Manual);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(timeout_ms)));
    let h = Headers::new()?;
    for (k, v) in headers() {
        h.set(k, &v)?;
    }
    init.set_headers(&h);
    init.set_body(&JsValue::from_str(&body));
    let request = Request::new_with_str_and_init(&url, &init)?;
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let res: Response = JsFuture::from(window.fetch_with_request(&request)).await?.dyn_into()?;
    let status = res.status();
    let _request_id = res.headers().get("x-request-id")?;
    let text = JsFuture::from(res.text()?).await?.as_string().unwrap_or_default();
    let envelope = js_sys::JSON::parse(&text).map_err(|_| JsValue::from_str("not an envelope"))?;
    if status != 200 || !envelope.is_object() {
        return Err(JsValue::from_str("not an envelope"));
    }
    Ok(envelope)
}
