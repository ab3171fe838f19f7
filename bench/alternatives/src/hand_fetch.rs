//! One POST, genauth-wasm's way: the request crosses as one string into a small JavaScript
//! function (copied from its `src/transport.rs`) that calls the caller's `fetch` or the global
//! one, with a per-request timer, the caller's signal and no redirects; it never rejects.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::common::{headers, pack_headers_json};

/// POSTs `body` to `url` with `fetch` (a function, or `undefined` for the global one); resolves
/// to the parsed answer, rejects with a message.
#[wasm_bindgen]
pub async fn post(fetch: JsValue, url: String, body: String, timeout_ms: u32) -> Result<JsValue, JsValue> {
    let mut packed = String::with_capacity(url.len() + 512 + body.len());
    packed.push_str("POST\0");
    packed.push_str(&url);
    packed.push('\0');
    pack_headers_json(&headers(), &mut packed);
    packed.push('\0');
    packed.push_str(&body);
    let result = JsFuture::from(exchange(&fetch, &packed, timeout_ms, &JsValue::UNDEFINED)).await?;
    let get = |k: &str| js_sys::Reflect::get(&result, &JsValue::from_str(k)).unwrap_or_default();
    if let Some(failed) = get("failed").as_f64() {
        return Err(JsValue::from_str(match failed as u8 {
            1 => "timeout",
            2 => "aborted",
            3 => "fetch resolved to something that is not a Response",
            _ => "network error",
        }));
    }
    let status = get("status").as_f64().unwrap_or(0.0);
    let envelope = get("envelope");
    if status != 200.0 || !envelope.is_object() {
        return Err(JsValue::from_str("not an envelope"));
    }
    Ok(envelope)
}

#[wasm_bindgen(inline_js = r#"
export function exchange(fetchImpl, packed, timeoutMs, signal) {
  return new Promise((resolve) => {
    const controller = new AbortController();
    let over = false;
    const onAbort = () => stop(2);
    const finish = (result) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      try { signal?.removeEventListener("abort", onAbort); } catch {}
      resolve(result);
    };
    const stop = (why) => { finish({ failed: why }); try { controller.abort(); } catch {} };
    const timer = setTimeout(() => stop(1), timeoutMs);
    try {
      if (signal?.aborted) return stop(2);
      signal?.addEventListener("abort", onAbort);
    } catch { return stop(2); }
    const [method, url, headers, body] = packed.split("\0");
    const init = { method, headers: JSON.parse(headers), redirect: "manual", signal: controller.signal };
    if (body !== undefined) init.body = body;
    (async () => {
      const res = await (fetchImpl ? fetchImpl(url, init) : fetch(url, init));
      if (over) return;
      const status = res?.status;
      if (typeof status !== "number" || typeof res.text !== "function") return finish({ failed: 3 });
      const text = String(await res.text());
      let envelope;
      try {
        const v = JSON.parse(text);
        if (v !== null && typeof v === "object" && typeof v.statusCode === "number") envelope = v;
      } catch {}
      const get = (name) => res.headers?.get?.(name) ?? undefined;
      finish({ status, type: res.type, text, envelope, statusCode: envelope?.statusCode, apiCode: envelope?.apiCode, requestId: get("x-request-id"), contentType: get("content-type"), date: get("date"), retryAfter: get("retry-after") });
    })().catch((error) => finish({ failed: 0, error }));
  });
}
"#)]
extern "C" {
    fn exchange(fetch: &JsValue, packed: &str, timeout_ms: u32, signal: &JsValue) -> js_sys::Promise;
}
