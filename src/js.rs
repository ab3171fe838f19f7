//! The JavaScript boundary: reading caller objects into [`Value`]s without trusting them, and
//! turning [`Error`]s into real `Error` objects. Every JS call that can throw is caught here,
//! so no input can unwind through the module.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{Code, Error};
use crate::value::Value;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(o: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    #[cfg(feature = "authentication")]
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse_value(text: &JsValue) -> Result<JsValue, JsValue>;
    #[cfg(not(feature = "authentication"))]
    #[wasm_bindgen(js_namespace = crypto, js_name = getRandomValues, catch)]
    fn get_random_values(buf: &mut [u8]) -> Result<JsValue, JsValue>;
}

/// What a Date, Map or class instance reads as: not JSON.
pub const NOT_PLAIN: &str = "an object that is not plain JSON (a Date, Map or class instance)";

/// Most nesting levels read from a caller's object.
const MAX_DEPTH: usize = 16;
/// Most values (of any kind) read from one caller's object.
const MAX_NODES: usize = 20_000;
/// Most characters of string data read from one caller's object.
const MAX_CHARS: usize = 1 << 20;

struct Reader {
    code: Code,
    what: &'static str,
    nodes: usize,
    chars: usize,
}

impl Reader {
    fn err(&self, path: &str, msg: &str) -> Error {
        if path.is_empty() {
            return Error::new(self.code, format!("{}: the object {msg}", self.what));
        }
        let field = path.split(['.', '[']).next().unwrap_or(path);
        let message = format!("{}: \"{path}\" {msg}", self.what);
        if field.starts_with('<') {
            // A key that is not shown is no field to name.
            return Error::new(self.code, message);
        }
        Error::field(self.code, field, message)
    }

    /// `Ok(None)` for `undefined`, which means "not given".
    fn read(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Option<Value>, Error> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(self.err(path, &format!("is too large: more than {MAX_NODES} values in one call")));
        }
        // Strings first: they are most of what a call carries.
        if v.is_string() {
            // Measured in JavaScript first: an oversized string is refused before it is copied.
            self.chars += js_sys::JsString::from(v.clone()).length() as usize;
            if self.chars > MAX_CHARS {
                return Err(self.err(path, "is too large: more than 1 MiB of text in one call"));
            }
            let text = v.as_string().unwrap_or_default();
            // A lone surrogate reads as U+FFFD: only then are the code units looked at.
            return Ok(Some(match lone_units(v, &text) {
                Some(units) => Value::Lone(units),
                None => Value::Str(text),
            }));
        }
        if let Some(n) = v.as_f64() {
            return Ok(Some(Value::Num(n)));
        }
        if v.is_undefined() {
            return Ok(None);
        }
        if v.is_null() {
            return Ok(Some(Value::Null));
        }
        if let Some(b) = v.as_bool() {
            return Ok(Some(Value::Bool(b)));
        }
        if v.is_function() {
            return Ok(Some(Value::Other("function")));
        }
        if v.is_bigint() {
            return Ok(Some(Value::Other("bigint")));
        }
        if v.is_symbol() {
            return Ok(Some(Value::Other("symbol")));
        }
        if depth >= MAX_DEPTH {
            return Err(self.err(path, &format!("is nested more than {MAX_DEPTH} levels deep")));
        }
        let unreadable = |r: &Reader| r.err(path, "could not be read (a getter or proxy threw)");
        if is_array(v).map_err(|_| unreadable(self))? {
            let len = Reflect::get(v, &"length".into()).map_err(|_| unreadable(self))?.as_f64().unwrap_or(0.0);
            if len > MAX_NODES as f64 {
                return Err(self.err(
                    path,
                    &format!("has {} items: more than {MAX_NODES} in one call", crate::value::number_string(len)),
                ));
            }
            let mut items = Vec::with_capacity(len as usize);
            for i in 0..len as u32 {
                let item = Reflect::get_u32(v, i).map_err(|_| unreadable(self))?;
                items.push(self.read(&item, &format!("{path}[{i}]"), depth + 1)?.unwrap_or(Value::Null));
            }
            return Ok(Some(Value::Arr(items)));
        }
        // Only plain objects (and arrays) are JSON: a Date, Map or class instance inside the
        // params would be sent as something else than what the caller holds.
        let proto = Reflect::get_prototype_of(v).map_err(|_| unreadable(self))?;
        if !proto.is_null() && !Reflect::get_prototype_of(&proto).map_err(|_| unreadable(self))?.is_null() {
            return Ok(Some(Value::Other(NOT_PLAIN)));
        }
        let (fields, lone_keys) = self.fields(v, path, depth)?;
        if lone_keys.is_empty() {
            return Ok(Some(Value::Obj(fields)));
        }
        // Keys with a lone surrogate: the object is written out as JSON now, as
        // `JSON.stringify` writes it.
        let mut json = String::from("{");
        for (i, (name, value)) in fields.iter().enumerate() {
            if !value.is_json() {
                return Err(self.err(path, &format!("holds {}, which JSON cannot carry", value.kind())));
            }
            if i > 0 {
                json.push(',');
            }
            match lone_keys.iter().find(|(k, _)| *k == i) {
                Some((_, units)) => crate::value::write_json_utf16(units, &mut json),
                None => crate::value::write_json_string(name, &mut json),
            }
            json.push(':');
            value.write_json(&mut json);
        }
        json.push('}');
        Ok(Some(Value::Raw(json)))
    }

    /// An object's fields, and the code units of the keys holding a lone surrogate (by index).
    #[allow(clippy::type_complexity)]
    fn fields(
        &mut self,
        v: &JsValue,
        path: &str,
        depth: usize,
    ) -> Result<(Vec<(String, Value)>, Vec<(usize, Vec<u16>)>), Error> {
        let unreadable = |_| self.err(path, "could not be read (a getter or proxy threw)");
        let keys = object_keys(v).map_err(unreadable)?;
        // Counted before anything is reserved for them.
        let count = keys.length() as usize;
        if count > MAX_NODES.saturating_sub(self.nodes) {
            return Err(self.err(path, &format!("has {count} fields: more than {MAX_NODES} values in one call")));
        }
        let mut out = Vec::with_capacity(count);
        let mut lone_keys = Vec::new();
        for key in keys.iter() {
            let key_length = js_sys::JsString::from(key.clone()).length();
            if key_length > 256 {
                return Err(self.err(path, "has a field name longer than 256 characters"));
            }
            // Names are text sent too (a forwarded body's): they count toward the text budget.
            self.chars += key_length as usize;
            if self.chars > MAX_CHARS {
                return Err(self.err(path, "is too large: more than 1 MiB of text in one call"));
            }
            let name = key.as_string().unwrap_or_default();
            if let Some(units) = lone_units(&key, &name) {
                lone_keys.push((out.len(), units));
            }
            // A key is shown in messages only when it reads as a name (never a pasted secret).
            let shown = if crate::validate::reads_as_name(&name) {
                name.clone()
            } else {
                format!("<a key of {} characters>", key_length)
            };
            let child_path = if path.is_empty() { shown } else { format!("{path}.{shown}") };
            let value =
                Reflect::get(v, &key).map_err(|_| self.err(&child_path, "could not be read (a getter threw)"))?;
            match self.read(&value, &child_path, depth + 1)? {
                Some(value) => out.push((name, value)),
                // `undefined` is left out, as `JSON.stringify` leaves it.
                None => {
                    if lone_keys.last().is_some_and(|(i, _)| *i == out.len()) {
                        lone_keys.pop();
                    }
                }
            }
        }
        Ok((out, lone_keys))
    }
}

/// Reads a caller's options or params object into fields. `undefined` is an empty object when
/// `optional`; anything but a plain object is an error naming `what`.
pub fn read_object(v: &JsValue, what: &'static str, code: Code, optional: bool) -> Result<Vec<(String, Value)>, Error> {
    if optional && v.is_undefined() {
        return Ok(Vec::new());
    }
    let mut reader = Reader { code, what, nodes: 0, chars: 0 };
    if !v.is_object() || v.is_function() || is_array(v).unwrap_or(true) {
        let kind = match reader.read(v, "", 0) {
            Ok(Some(value)) => value.kind(),
            _ => "undefined",
        };
        return Err(Error::new(code, format!("{what}: expected an object of named fields, got {kind}")));
    }
    // A field name with a lone surrogate is no field's name, and would be sent as U+FFFD.
    let (fields, lone_keys) = reader.fields(v, "", 0)?;
    if !lone_keys.is_empty() {
        return Err(Error::new(
            code,
            format!("{what}: a field name holds a lone UTF-16 surrogate (half of a character)"),
        ));
    }
    Ok(fields)
}

/// The UTF-16 code units of a JavaScript string that holds a lone surrogate (`text` being what
/// it read as); `None` for every well-formed string.
fn lone_units(v: &JsValue, text: &str) -> Option<Vec<u16>> {
    // U+FFFD in UTF-8, by a byte scan (the standard substring search costs kilobytes).
    if !text.as_bytes().windows(3).any(|w| w == [0xef, 0xbf, 0xbd]) {
        return None;
    }
    let js = js_sys::JsString::from(v.clone());
    let units: Vec<u16> = js.iter().collect();
    char::decode_utf16(units.iter().copied()).any(|c| c.is_err()).then_some(units)
}

/// Sets one property; a failure (a frozen object) is ignored: only objects made here are set.
pub fn set(obj: &JsValue, key: &str, value: JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), &value);
}

/// Reads one property, `undefined` if it cannot be read.
pub fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Calls `obj[name](...args)`, catching anything it throws.
pub fn call_method(obj: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(obj, name).dyn_into().map_err(|_| JsValue::from_str("not a function"))?;
    match args {
        [] => f.call0(obj),
        [a] => f.call1(obj, a),
        [a, b] => f.call2(obj, a, b),
        _ => f.apply(obj, &args.iter().copied().collect::<Array>()),
    }
}

/// `JSON.parse`, `None` when the text is not JSON.
pub fn parse_json(text: &str) -> Option<JsValue> {
    json_parse(text).ok()
}

/// `JSON.parse` of a JavaScript string (not copied into the module), `None` when it is not JSON.
#[cfg(feature = "authentication")]
pub fn parse_json_value(text: &JsValue) -> Option<JsValue> {
    json_parse_value(text).ok()
}

/// `obj[key]` as a number.
pub fn get_f64(obj: &JsValue, key: &str) -> Option<f64> {
    get(obj, key).as_f64()
}

/// `obj[key]` as a string of at most `max` UTF-16 units: a longer one is cut in JavaScript
/// (marked `…`) before it is copied, so no answer of a server's grows the module's memory.
pub fn get_string_max(obj: &JsValue, key: &str, max: u32) -> Option<String> {
    string_max(get(obj, key), max)
}

/// A JavaScript string of at most `max` UTF-16 units, cut (marked `…`) before it is copied.
pub fn string_max(v: JsValue, max: u32) -> Option<String> {
    if !v.is_string() {
        return None;
    }
    let s = js_sys::JsString::from(v);
    if s.length() <= max {
        return s.as_string();
    }
    s.slice(0, max).as_string().map(|mut cut| {
        cut.push('…');
        cut
    })
}

/// `obj[key]` as a string.
pub fn get_string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string()
}

#[cfg(not(feature = "authentication"))]
thread_local! {
    /// Random bytes drawn from the host a block at a time: one `getRandomValues` call per 256
    /// nonces instead of one per request.
    static RANDOM: std::cell::RefCell<(Vec<u8>, usize)> = const { std::cell::RefCell::new((Vec::new(), 0)) };
}

#[cfg(not(feature = "authentication"))]
fn random_bytes<const N: usize>() -> Result<[u8; N], Error> {
    RANDOM.with(|pool| {
        let mut pool = pool.borrow_mut();
        let (bytes, used) = &mut *pool;
        if bytes.len() < *used + N {
            // A fresh block replaces the pool only once it is filled: a failed draw leaves
            // nothing behind that could be handed out.
            let mut fresh = vec![0u8; 4096];
            get_random_values(&mut fresh).map_err(|_| {
                Error::new(Code::Config, "this runtime has no crypto.getRandomValues, needed for signature nonces")
            })?;
            // A stub that fills nothing (`getRandomValues: (a) => a`) would make every nonce the
            // same, and the server refuse each request after the first as a replay.
            if fresh.iter().all(|b| *b == 0) {
                return Err(Error::new(Code::Config, "crypto.getRandomValues gave all zeros: not a random source"));
            }
            (*bytes, *used) = (fresh, 0);
        }
        let mut out = [0u8; N];
        out.copy_from_slice(&bytes[*used..*used + N]);
        // Each byte is handed out once.
        bytes[*used..*used + N].fill(0);
        *used += N;
        Ok(out)
    })
}

/// 32 hex characters from the host's cryptographic random source.
#[cfg(not(feature = "authentication"))]
pub fn nonce() -> Result<String, Error> {
    Ok(crate::sign::hex(&random_bytes::<16>()?))
}

/// A uniform random number in `[0, 1)` for the backoff's jitter: `Math.random()` in the
/// authentication build, which draws no signature nonces and so needs no cryptographic source.
#[cfg(feature = "authentication")]
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// A uniform random number in `[0, 1)` from the host's cryptographic source (jitter).
#[cfg(not(feature = "authentication"))]
pub fn random() -> f64 {
    random_bytes::<4>().map_or(0.5, |b| f64::from(u32::from_le_bytes(b)) / 4_294_967_296.0)
}

/// True in a browser page or browser worker: places where a secret must not go and `date`
/// cannot be sent. Node, Deno, Bun and workers on servers are not browsers.
pub fn in_browser() -> bool {
    let global = js_sys::global();
    let defined = |name: &str| !get(&global, name).is_undefined();
    if defined("Deno") || defined("Bun") || !get(&get(&global, "process"), "versions").is_undefined() {
        return false;
    }
    (defined("window") && defined("document")) || defined("importScripts")
}

/// The error as a JavaScript `Error` named `GenAuthError`, with its fields.
pub fn to_js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.message);
    err.set_name("GenAuthError");
    let set = |k: &str, v: JsValue| set(&err, k, v);
    let opt_f64 = |v: Option<f64>| v.map_or(JsValue::UNDEFINED, JsValue::from_f64);
    set("code", JsValue::from_str(e.code.as_str()));
    set("status", opt_f64(e.status.map(f64::from)));
    set("statusCode", opt_f64(e.status_code));
    set("apiCode", opt_f64(e.api_code));
    set("requestId", e.request_id.as_deref().map_or(JsValue::UNDEFINED, JsValue::from_str));
    if let Some(field) = &e.field {
        set("field", JsValue::from_str(field));
    }
    if let Some(response) = &e.response {
        set("response", response.clone());
    }
    #[cfg(feature = "authentication")]
    if e.code == Code::OAuth {
        let text = |t: Option<&String>| t.map_or(JsValue::UNDEFINED, |t| JsValue::from_str(t));
        set("error", text(e.oauth.as_ref().and_then(|o| o.0.as_ref())));
        set("errorDescription", text(e.oauth.as_ref().and_then(|o| o.1.as_ref())));
    }
    err.into()
}

/// True for an `Error` made by [`to_js_error`].
pub fn is_genauth_error(v: &JsValue) -> bool {
    v.dyn_ref::<js_sys::Error>().is_some_and(|e| e.name() == "GenAuthError") && get(v, "code").as_string().is_some()
}

/// A plain object from string pairs (request headers), built by one `JSON.parse`: one string
/// crosses into JavaScript instead of two per header.
pub fn json_object<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> JsValue {
    let mut json = String::with_capacity(512);
    write_json_object_of(pairs, &mut json);
    parse_json(&json).unwrap_or_else(|| Object::new().into())
}

/// Appends `{"k":"v",...}` of string pairs to `json`.
pub fn write_json_object_of<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)], json: &mut String) {
    json.push('{');
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            json.push(',');
        }
        crate::value::write_json_string(k.as_ref(), json);
        json.push(':');
        crate::value::write_json_string(v.as_ref(), json);
    }
    json.push('}');
}
