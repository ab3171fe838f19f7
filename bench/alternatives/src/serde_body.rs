//! JS object -> JSON body, the usual way: `serde_wasm_bindgen::from_value` into
//! `serde_json::Value`, then `serde_json::to_string`.

use wasm_bindgen::prelude::*;

/// The JSON body of a call's params, or an error.
#[wasm_bindgen]
pub fn encode(params: JsValue) -> Result<String, JsValue> {
    let value: serde_json::Value = serde_wasm_bindgen::from_value(params)?;
    serde_json::to_string(&value).map_err(|e| JsValue::from_str(&e.to_string()))
}
