//! Client options, genauth-wasm's way: read with `Reader`, checked by a table of fields (the
//! same validator checks every call's params), unknown names refused with a suggestion.

use wasm_bindgen::prelude::*;

use crate::hand_value::{read_object, reads_as_name, Value};

enum Ty {
    Str(usize),
    Enum(&'static [&'static str]),
    Int(u32, u32),
    Bool,
    Func,
}

const FIELDS: &[(&str, Ty)] = &[
    ("accessKeyId", Ty::Str(256)),
    ("accessKeySecret", Ty::Str(256)),
    ("accessToken", Ty::Str(16 * 1024)),
    ("userPoolId", Ty::Str(128)),
    ("auth", Ty::Enum(&["signature", "token"])),
    ("brand", Ty::Enum(&["genauth", "authing"])),
    ("host", Ty::Str(256)),
    ("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"])),
    ("tenantId", Ty::Str(128)),
    ("timeout", Ty::Int(1, 600_000)),
    ("throwOnApiError", Ty::Bool),
    ("maxRetries", Ty::Int(0, 10)),
    ("retryDelay", Ty::Int(1, 60_000)),
    ("deadline", Ty::Int(1, 3_600_000)),
    ("fetch", Ty::Func),
    ("onRequest", Ty::Func),
    ("onResponse", Ty::Func),
    ("dangerouslyAllowInsecureHttp", Ty::Bool),
];

fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Str(_) => "a non-empty string".into(),
        Ty::Enum(vals) => format!("one of \"{}\"", vals.join("\", \"")),
        Ty::Int(..) => "an integer".into(),
        Ty::Bool => "a boolean".into(),
        Ty::Func => "a function".into(),
    }
}

fn check(name: &str, ty: &Ty, v: &Value) -> Result<(), String> {
    let wrong = || format!("\"{name}\" must be {}, got {}", describe(ty), v.kind());
    match (ty, v) {
        (Ty::Str(max), Value::Str(s)) if s.trim().is_empty() || s.chars().count() > *max => {
            Err(format!("\"{name}\" must be a non-empty string of at most {max} characters"))
        }
        (Ty::Str(_), Value::Str(_)) | (Ty::Bool, Value::Bool(_)) | (Ty::Func, Value::Other("function")) => Ok(()),
        (Ty::Enum(vals), Value::Str(s)) if vals.contains(&s.as_str()) => Ok(()),
        (Ty::Int(min, max), Value::Num(n)) if n.is_finite() && n.fract() == 0.0 => {
            if *n < f64::from(*min) || *n > f64::from(*max) {
                Err(format!("\"{name}\" must be between {min} and {max}"))
            } else {
                Ok(())
            }
        }
        _ => Err(wrong()),
    }
}

fn suggest(key: &str) -> Option<&'static str> {
    let norm =
        |s: &str| s.chars().filter(|c| *c != '_' && *c != '-').map(|c| c.to_ascii_lowercase()).collect::<Vec<_>>();
    let k = norm(key);
    if k.len() > 64 {
        return None;
    }
    FIELDS
        .iter()
        .map(|(f, _)| (*f, edit_distance(&k, &norm(f))))
        .filter(|(_, d)| *d <= 2)
        .min_by_key(|(_, d)| *d)
        .map(|(f, _)| f)
}

fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Reads and checks the options; returns a summary of what was read.
#[wasm_bindgen]
pub fn options(v: JsValue) -> Result<String, JsValue> {
    const WHAT: &str = "ManagementClient options";
    let given = read_object(&v, WHAT).map_err(|m| JsValue::from_str(&m))?;
    let mut out = Vec::new();
    for (key, value) in given {
        let Some((name, ty)) = FIELDS.iter().find(|(f, _)| *f == key) else {
            return Err(JsValue::from_str(&match suggest(&key) {
                Some(near) => format!("{WHAT}: unknown field \"{key}\"; did you mean \"{near}\"?"),
                None if reads_as_name(&key) => format!("{WHAT}: unknown field \"{key}\""),
                None => format!("{WHAT}: unknown field (a name of {} characters)", key.encode_utf16().count()),
            }));
        };
        if value == Value::Null {
            continue;
        }
        check(name, ty, &value).map_err(|m| JsValue::from_str(&format!("{WHAT}: {m}")))?;
        out.push((*name, value));
    }
    let get = |n: &str| out.iter().find(|(k, _)| *k == n).map(|(_, v)| v);
    let text = |n: &str| match get(n) {
        Some(Value::Str(s)) => s.clone(),
        _ => String::new(),
    };
    let num = |n: &str, d: f64| match get(n) {
        Some(Value::Num(x)) => *x,
        _ => d,
    };
    let flag = |n: &str| matches!(get(n), Some(Value::Bool(true)));
    let auth = if get("accessToken").is_some() { "accessToken".to_string() } else { text("auth") };
    Ok(format!(
        "auth={auth} brand={} host={} lang={} tenant={} timeout={} retries={} delay={} deadline={} throw={} insecure={} fetch={} hooks={}",
        text("brand"),
        text("host"),
        text("lang"),
        text("tenantId"),
        num("timeout", 10_000.0) as u32,
        num("maxRetries", 2.0) as u32,
        num("retryDelay", 200.0) as u32,
        num("deadline", 0.0) as u32,
        flag("throwOnApiError"),
        flag("dangerouslyAllowInsecureHttp"),
        get("fetch").is_some(),
        get("onRequest").is_some() as u8 + get("onResponse").is_some() as u8,
    ))
}
