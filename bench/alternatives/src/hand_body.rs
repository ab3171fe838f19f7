//! JS object -> JSON body, genauth-wasm's way: read with `Reader`, refuse what JSON cannot
//! carry (as its validator does), write with the hand-written encoder.

use wasm_bindgen::prelude::*;

use crate::hand_value::{read_object, write_json_object};

/// The JSON body of a call's params, or an error.
#[wasm_bindgen]
pub fn encode(params: JsValue) -> Result<String, JsValue> {
    let fields = read_object(&params, "params").map_err(|m| JsValue::from_str(&m))?;
    for (name, v) in &fields {
        if let Some(kind) = v.first_not_json() {
            return Err(JsValue::from_str(&format!("params: \"{name}\" holds {kind}, which JSON cannot carry")));
        }
    }
    let mut out = String::with_capacity(256);
    write_json_object(fields.iter().map(|(k, v)| (k.as_str(), v)), &mut out);
    Ok(out)
}
