#![allow(dead_code)] // hand-options uses part of it.
//! genauth-wasm's way, copied from its `src/value.rs` and `src/js.rs` (the error type reduced to a
//! message string): a JSON value read out of a JavaScript object without trusting it, and an
//! encoder that writes exactly what `JSON.stringify` writes.

use std::fmt::Write;

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;

/// One value read from a JavaScript object.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    /// A string holding a lone UTF-16 surrogate, as its code units.
    Lone(Vec<u16>),
    /// An object already written as JSON (one whose keys hold a lone surrogate).
    Raw(String),
    Arr(Vec<Value>),
    /// Own enumerable keys in their JavaScript order.
    Obj(Vec<(String, Value)>),
    /// Something JSON cannot carry: kept only to name it in an error.
    Other(&'static str),
}

impl Value {
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Num(n) if n.is_nan() => "NaN",
            Value::Num(n) if n.is_infinite() => "Infinity",
            Value::Num(_) => "number",
            Value::Str(_) | Value::Lone(_) => "string",
            Value::Arr(_) => "array",
            Value::Obj(_) | Value::Raw(_) => "object",
            Value::Other(k) => k,
        }
    }

    /// No function, symbol, BigInt, class instance, NaN or Infinity anywhere inside.
    pub fn is_json(&self) -> bool {
        match self {
            Value::Other(_) => false,
            Value::Num(n) => n.is_finite(),
            Value::Arr(items) => items.iter().all(Value::is_json),
            Value::Obj(fields) => fields.iter().all(|(_, v)| v.is_json()),
            _ => true,
        }
    }

    /// The first thing inside that JSON cannot carry.
    pub fn first_not_json(&self) -> Option<&'static str> {
        match self {
            Value::Other(k) => Some(k),
            Value::Num(n) if !n.is_finite() => Some(self.kind()),
            Value::Arr(items) => items.iter().find_map(Value::first_not_json),
            Value::Obj(fields) => fields.iter().find_map(|(_, v)| v.first_not_json()),
            _ => None,
        }
    }

    pub fn write_json(&self, out: &mut String) {
        match self {
            Value::Null | Value::Other(_) => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Num(n) if !n.is_finite() => out.push_str("null"),
            Value::Num(n) => write_number(*n, out),
            Value::Str(s) => write_json_string(s, out),
            Value::Lone(units) => write_json_utf16(units, out),
            Value::Raw(json) => out.push_str(json),
            Value::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write_json(out);
                }
                out.push(']');
            }
            Value::Obj(fields) => write_json_object(fields.iter().map(|(k, v)| (k.as_str(), v)), out),
        }
    }
}

pub fn write_json_object<'a>(fields: impl Iterator<Item = (&'a str, &'a Value)>, out: &mut String) {
    out.push('{');
    for (i, (k, v)) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_json_string(k, out);
        out.push(':');
        v.write_json(out);
    }
    out.push('}');
}

pub fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    write_json_chars(s, out);
    out.push('"');
}

/// UTF-16 code units as `JSON.stringify` writes them: a lone surrogate as a `\udXXX` escape.
pub fn write_json_utf16(units: &[u16], out: &mut String) {
    out.push('"');
    let mut run = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                write_json_chars(&run, out);
                run.clear();
                let _ = write!(out, "\\u{:04x}", e.unpaired_surrogate());
            }
        }
    }
    write_json_chars(&run, out);
    out.push('"');
}

fn write_json_chars(s: &str, out: &mut String) {
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or(""));
        if escape.is_empty() {
            let _ = write!(out, "\\u{:04x}", b);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or(""));
}

/// A finite number as JavaScript's `String(n)` prints it.
pub fn write_number(n: f64, out: &mut String) {
    if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_992.0 {
        let _ = write!(out, "{}", n as i64);
    } else {
        out.push_str(&number_to_string(n));
    }
}

#[wasm_bindgen]
extern "C" {
    /// `String(n)`: the host prints the number (exact by definition; keeps Rust's float
    /// formatter out of the `.wasm`).
    #[wasm_bindgen(js_name = String)]
    fn number_to_string(n: f64) -> String;

    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(o: &JsValue) -> Result<Array, JsValue>;
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    pub fn is_array(v: &JsValue) -> Result<bool, JsValue>;
}

/// Whether a key may be echoed in a message.
pub fn reads_as_name(key: &str) -> bool {
    key.len() <= 40
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
        && key.bytes().filter(u8::is_ascii_digit).count() <= 4
        && !(key.len() >= 12 && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

const NOT_PLAIN: &str = "an object that is not plain JSON (a Date, Map or class instance)";
const MAX_DEPTH: usize = 16;
const MAX_NODES: usize = 20_000;
const MAX_CHARS: usize = 1 << 20;

/// Reads caller objects: every JS call that can throw is caught, sizes are bounded before
/// anything is copied.
pub struct Reader {
    pub what: &'static str,
    nodes: usize,
    chars: usize,
}

impl Reader {
    pub fn new(what: &'static str) -> Reader {
        Reader { what, nodes: 0, chars: 0 }
    }

    pub fn err(&self, path: &str, msg: &str) -> String {
        if path.is_empty() {
            format!("{}: the object {msg}", self.what)
        } else {
            format!("{}: \"{path}\" {msg}", self.what)
        }
    }

    /// `Ok(None)` for `undefined`.
    pub fn read(&mut self, v: &JsValue, path: &str, depth: usize) -> Result<Option<Value>, String> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            return Err(self.err(path, &format!("is too large: more than {MAX_NODES} values in one call")));
        }
        if v.is_string() {
            self.chars += js_sys::JsString::from(v.clone()).length() as usize;
            if self.chars > MAX_CHARS {
                return Err(self.err(path, "is too large: more than 1 MiB of text in one call"));
            }
            let text = v.as_string().unwrap_or_default();
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
                return Err(self.err(path, &format!("has {} items: more than {MAX_NODES} in one call", len as u64)));
            }
            let mut items = Vec::with_capacity(len as usize);
            for i in 0..len as u32 {
                let item = Reflect::get_u32(v, i).map_err(|_| unreadable(self))?;
                let child = child_path(path, || format!("{path}[{i}]"));
                items.push(self.read(&item, &child, depth + 1)?.unwrap_or(Value::Null));
            }
            return Ok(Some(Value::Arr(items)));
        }
        let proto = Reflect::get_prototype_of(v).map_err(|_| unreadable(self))?;
        if !proto.is_null() && !Reflect::get_prototype_of(&proto).map_err(|_| unreadable(self))?.is_null() {
            return Ok(Some(Value::Other(NOT_PLAIN)));
        }
        let (fields, lone_keys) = self.fields(v, path, depth)?;
        if lone_keys.is_empty() {
            return Ok(Some(Value::Obj(fields)));
        }
        let mut json = String::from("{");
        for (i, (name, value)) in fields.iter().enumerate() {
            if !value.is_json() {
                return Err(self.err(path, &format!("holds {}, which JSON cannot carry", value.kind())));
            }
            if i > 0 {
                json.push(',');
            }
            match lone_keys.iter().find(|(k, _)| *k == i) {
                Some((_, units)) => write_json_utf16(units, &mut json),
                None => write_json_string(name, &mut json),
            }
            json.push(':');
            value.write_json(&mut json);
        }
        json.push('}');
        Ok(Some(Value::Raw(json)))
    }

    /// An object's fields, and the code units of the keys holding a lone surrogate.
    #[allow(clippy::type_complexity)]
    pub fn fields(
        &mut self,
        v: &JsValue,
        path: &str,
        depth: usize,
    ) -> Result<(Vec<(String, Value)>, Vec<(usize, Vec<u16>)>), String> {
        let keys = object_keys(v).map_err(|_| self.err(path, "could not be read (a getter or proxy threw)"))?;
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
            let name = key.as_string().unwrap_or_default();
            if let Some(units) = lone_units(&key, &name) {
                lone_keys.push((out.len(), units));
            }
            let child_path = child_path(path, || {
                let shown =
                    if reads_as_name(&name) { name.clone() } else { format!("<a key of {key_length} characters>") };
                if path.is_empty() {
                    shown
                } else {
                    format!("{path}.{shown}")
                }
            });
            let value =
                Reflect::get(v, &key).map_err(|_| self.err(&child_path, "could not be read (a getter threw)"))?;
            match self.read(&value, &child_path, depth + 1)? {
                Some(value) => out.push((name, value)),
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

/// The path of a child value, for messages: built for every value, as genauth-wasm does. With
/// the `hand-no-paths` feature it is not built at all (an experiment: the most that building
/// paths only on error could save).
fn child_path(path: &str, build: impl FnOnce() -> String) -> std::borrow::Cow<'_, str> {
    if cfg!(feature = "hand-no-paths") {
        std::borrow::Cow::Borrowed(path)
    } else {
        std::borrow::Cow::Owned(build())
    }
}

/// The code units of a JavaScript string that holds a lone surrogate; `None` otherwise.
fn lone_units(v: &JsValue, text: &str) -> Option<Vec<u16>> {
    if !text.as_bytes().windows(3).any(|w| w == [0xef, 0xbf, 0xbd]) {
        return None;
    }
    let units: Vec<u16> = js_sys::JsString::from(v.clone()).iter().collect();
    char::decode_utf16(units.iter().copied()).any(|c| c.is_err()).then_some(units)
}

/// A plain object's fields, or an error naming `what`.
pub fn read_object(v: &JsValue, what: &'static str) -> Result<Vec<(String, Value)>, String> {
    let mut reader = Reader::new(what);
    if !v.is_object() || v.is_function() || is_array(v).unwrap_or(true) {
        let kind = match reader.read(v, "", 0) {
            Ok(Some(value)) => value.kind(),
            _ => "undefined",
        };
        return Err(format!("{what}: expected an object of named fields, got {kind}"));
    }
    // A name with a lone surrogate is no field's name (genauth-wasm's validator refuses it as
    // unknown).
    match reader.fields(v, "", 0)? {
        (fields, lone) if lone.is_empty() => Ok(fields),
        _ => Err(format!("{what}: a field name holds a lone UTF-16 surrogate, which no field's name has")),
    }
}
