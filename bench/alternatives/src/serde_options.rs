//! Client options, the usual way: `#[derive(Deserialize)]` read by
//! `serde_wasm_bindgen::from_value`; ranges and non-empty strings checked by hand afterwards
//! (serde has no way to say them), functions kept as `JsValue`s.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum AuthMode {
    Signature,
    Token,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Brand {
    Genauth,
    Authing,
}

#[derive(Deserialize)]
enum Lang {
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "zh-TW")]
    ZhTw,
    #[serde(rename = "ja-JP")]
    JaJp,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Options {
    access_key_id: Option<String>,
    access_key_secret: Option<String>,
    access_token: Option<String>,
    user_pool_id: Option<String>,
    auth: Option<AuthMode>,
    brand: Option<Brand>,
    host: Option<String>,
    lang: Option<Lang>,
    tenant_id: Option<String>,
    timeout: Option<u32>,
    throw_on_api_error: Option<bool>,
    max_retries: Option<u32>,
    retry_delay: Option<u32>,
    deadline: Option<u32>,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    fetch: JsValue,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    on_request: JsValue,
    #[serde(default, with = "serde_wasm_bindgen::preserve")]
    on_response: JsValue,
    dangerously_allow_insecure_http: Option<bool>,
}

fn range(name: &str, v: Option<u32>, min: u32, max: u32) -> Result<(), String> {
    match v {
        Some(n) if n < min || n > max => Err(format!("\"{name}\" must be between {min} and {max}")),
        _ => Ok(()),
    }
}

fn non_empty(name: &str, v: &Option<String>, max: usize) -> Result<(), String> {
    match v {
        Some(s) if s.trim().is_empty() || s.chars().count() > max => {
            Err(format!("\"{name}\" must be a non-empty string of at most {max} characters"))
        }
        _ => Ok(()),
    }
}

fn function(name: &str, v: &JsValue) -> Result<(), String> {
    if v.is_undefined() || v.is_null() || v.is_function() {
        Ok(())
    } else {
        Err(format!("\"{name}\" must be a function"))
    }
}

/// Reads and checks the options; returns a summary of what was read.
#[wasm_bindgen]
pub fn options(v: JsValue) -> Result<String, JsValue> {
    const WHAT: &str = "ManagementClient options";
    let o: Options = serde_wasm_bindgen::from_value(v).map_err(|e| JsValue::from_str(&format!("{WHAT}: {e}")))?;
    let checked = (|| {
        non_empty("accessKeyId", &o.access_key_id, 256)?;
        non_empty("accessKeySecret", &o.access_key_secret, 256)?;
        non_empty("accessToken", &o.access_token, 16 * 1024)?;
        non_empty("userPoolId", &o.user_pool_id, 128)?;
        non_empty("host", &o.host, 256)?;
        non_empty("tenantId", &o.tenant_id, 128)?;
        range("timeout", o.timeout, 1, 600_000)?;
        range("maxRetries", o.max_retries, 0, 10)?;
        range("retryDelay", o.retry_delay, 1, 60_000)?;
        range("deadline", o.deadline, 1, 3_600_000)?;
        function("fetch", &o.fetch)?;
        function("onRequest", &o.on_request)?;
        function("onResponse", &o.on_response)
    })();
    checked.map_err(|m| JsValue::from_str(&format!("{WHAT}: {m}")))?;
    let auth = match (&o.access_token, &o.auth) {
        (Some(_), _) => "accessToken",
        (None, Some(AuthMode::Token)) => "token",
        (None, Some(AuthMode::Signature)) => "signature",
        (None, None) => "",
    };
    let brand = match o.brand {
        Some(Brand::Genauth) => "genauth",
        Some(Brand::Authing) => "authing",
        None => "",
    };
    let lang = match o.lang {
        Some(Lang::ZhCn) => "zh-CN",
        Some(Lang::EnUs) => "en-US",
        Some(Lang::ZhTw) => "zh-TW",
        Some(Lang::JaJp) => "ja-JP",
        None => "",
    };
    Ok(format!(
        "auth={auth} brand={brand} host={} lang={lang} tenant={} timeout={} retries={} delay={} deadline={} throw={} insecure={} fetch={} hooks={}",
        o.host.as_deref().unwrap_or(""),
        o.tenant_id.as_deref().unwrap_or(""),
        o.timeout.unwrap_or(10_000),
        o.max_retries.unwrap_or(2),
        o.retry_delay.unwrap_or(200),
        o.deadline.unwrap_or(0),
        o.throw_on_api_error.unwrap_or(false),
        o.dangerously_allow_insecure_http.unwrap_or(false),
        o.fetch.is_function(),
        o.on_request.is_function() as u8 + o.on_response.is_function() as u8,
    ))
}
