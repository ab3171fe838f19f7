//! A plain JSON-like value: what a caller's params become once read out of JavaScript, and
//! what the validator, the encoder and the signer work on. Pure Rust, so all of it is tested
//! on the host.

use std::fmt::Write;

/// One value read from a JavaScript object.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A JavaScript number (may be NaN or infinite; the validator refuses those).
    Num(f64),
    /// A string.
    Str(String),
    /// A string holding a lone UTF-16 surrogate (half of a character), as its UTF-16 code units:
    /// JSON carries it as a `\udXXX` escape, a query string or an id cannot carry it at all.
    Lone(Vec<u16>),
    /// An object already written as JSON (one whose keys hold a lone surrogate).
    Raw(String),
    /// An array.
    Arr(Vec<Value>),
    /// An object, its own enumerable keys in their JavaScript order.
    Obj(Vec<(String, Value)>),
    /// Something JSON cannot carry (`"function"`, `"bigint"`, `"symbol"`): kept only to name it
    /// in an error.
    Other(&'static str),
}

impl Value {
    /// The JavaScript-facing name of this value's type, for error messages.
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

    /// Shorthand for a string value.
    pub fn str(s: &str) -> Value {
        Value::Str(s.to_owned())
    }

    /// The string inside, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Whether JSON carries it as it is: no function, symbol, BigInt, class instance, NaN or
    /// Infinity anywhere inside.
    pub fn is_json(&self) -> bool {
        match self {
            Value::Other(_) => false,
            Value::Num(n) => n.is_finite(),
            Value::Arr(items) => items.iter().all(Value::is_json),
            Value::Obj(fields) => fields.iter().all(|(_, v)| v.is_json()),
            _ => true,
        }
    }

    /// Whether a lone surrogate is anywhere inside.
    pub fn has_lone(&self) -> bool {
        match self {
            Value::Lone(_) | Value::Raw(_) => true,
            Value::Arr(items) => items.iter().any(Value::has_lone),
            Value::Obj(fields) => fields.iter().any(|(_, v)| v.has_lone()),
            _ => false,
        }
    }

    /// Compact JSON, exactly as JavaScript's `JSON.stringify` writes it.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }

    /// Appends compact JSON to `out`.
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

    /// Appends the value as the signature writes it (see [`Value::to_canonical`]).
    pub fn write_canonical(&self, out: &mut String) {
        match self {
            Value::Str(s) => out.push_str(s),
            // Hashed as UTF-8, a lone surrogate becomes U+FFFD, as the host's encoder makes it.
            Value::Lone(units) => out.push_str(&String::from_utf16_lossy(units)),
            Value::Num(n) if n.is_finite() => write_number(*n, out),
            Value::Arr(_) | Value::Obj(_) | Value::Raw(_) => self.write_json(out),
            other => out.push_str(&other.to_canonical()),
        }
    }

    /// The value as the signature writes it: strings raw, objects and arrays as compact JSON,
    /// the rest as JavaScript prints it.
    pub fn to_canonical(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            Value::Lone(units) => String::from_utf16_lossy(units),
            Value::Num(n) if n.is_finite() || n.is_nan() => number_string(*n),
            Value::Num(n) => (if *n > 0.0 { "Infinity" } else { "-Infinity" }).to_owned(),
            _ => self.to_json(),
        }
    }
}

/// Writes `{"k":v,...}` from pairs, in the order given.
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

/// A query string as the official client's HTTP library writes it: `key=value` pairs in the
/// order given, percent-encoded like `encodeURIComponent` but with spaces as `+` and
/// `: $ ,` left as they are.
pub fn query_string(params: &[(&str, &Value)]) -> String {
    let mut out = String::new();
    for (k, v) in params {
        match v {
            Value::Null => {}
            // A top-level array of plain values: `k[]=v` per item.
            Value::Arr(items) if items.iter().all(|i| !matches!(i, Value::Arr(_) | Value::Obj(_))) => {
                let key = format!("{}[]", unbracket(k.trim()));
                items.iter().filter(|i| **i != Value::Null).for_each(|i| query_pair(&key, i, &mut out));
            }
            Value::Arr(_) | Value::Obj(_) => query_nested(unbracket(k), v, &mut out),
            _ => query_pair(k.trim(), v, &mut out),
        }
    }
    out
}

/// The items of an array or object below the top level, as axios writes them: `k[0]=v`,
/// `k[x]=v`; a key is trimmed where it names a plain value, `null` is left out.
fn query_nested(prefix: &str, v: &Value, out: &mut String) {
    let child = |key: &str, item: &Value, out: &mut String| match item {
        Value::Null => {}
        Value::Arr(_) | Value::Obj(_) => query_nested(&format!("{prefix}[{}]", unbracket(key)), item, out),
        _ => query_pair(&format!("{prefix}[{}]", unbracket(key.trim())), item, out),
    };
    match v {
        Value::Arr(items) => items.iter().enumerate().for_each(|(i, item)| child(&i.to_string(), item, out)),
        Value::Obj(fields) => fields.iter().for_each(|(k, item)| child(k, item, out)),
        _ => {}
    }
}

/// A key without a trailing `[]`.
fn unbracket(key: &str) -> &str {
    key.strip_suffix("[]").unwrap_or(key)
}

/// One `key=value` pair, percent-encoded.
fn query_pair(key: &str, v: &Value, out: &mut String) {
    if !out.is_empty() {
        out.push('&');
    }
    encode_query_part(key, out);
    out.push('=');
    encode_query_part(&v.to_canonical(), out);
}

/// The strings joined with `sep` between them (a loop: the standard `join` is a kilobyte of
/// `.wasm`).
pub fn join<'a>(items: impl IntoIterator<Item = &'a str>, sep: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}

/// Where `needle` first occurs in `hay`, by a byte scan: the standard substring search costs
/// kilobytes of `.wasm`.
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// A value placed in the path: percent-encoded like `encodeURIComponent`.
pub fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_query_part(s, &mut out);
    out.replace('+', "%20")
}

fn encode_query_part(s: &str, out: &mut String) {
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"-_.!~*'():$,".contains(&b) => out.push(b as char),
            b => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
}

/// Appends `key=value` to an `application/x-www-form-urlencoded` text (with `&` unless it is
/// the first pair), byte for byte as `URLSearchParams.prototype.toString` writes it: UTF-8,
/// space as `+`, `*-._` and ASCII letters and digits as they are, every other byte `%XX`.
/// (A lone surrogate, which `URLSearchParams` reads as U+FFFD, is given here as U+FFFD.)
pub fn form_pair(key: &str, value: &str, out: &mut String) {
    if !out.is_empty() {
        out.push('&');
    }
    form_encode(key, out);
    out.push('=');
    form_encode(value, out);
}

fn form_encode(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        match b {
            b' ' => out.push('+'),
            b if b.is_ascii_alphanumeric() || b"*-._".contains(&b) => out.push(b as char),
            b => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
}

/// A JSON string literal as `JSON.stringify` writes it: only `"`, `\` and control characters
/// are escaped; everything else, non-ASCII included, is written as is.
pub fn write_json_string(s: &str, out: &mut String) {
    out.push('"');
    write_json_chars(s, out);
    out.push('"');
}

/// A JSON string literal of UTF-16 code units as `JSON.stringify` writes it: a lone surrogate
/// as a `\udXXX` escape, everything else as [`write_json_string`] does.
pub fn write_json_utf16(units: &[u16], out: &mut String) {
    out.push('"');
    let mut run = String::new();
    for c in char::decode_utf16(units.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                write_json_chars(&run, out);
                run.clear();
                write_unicode_escape(e.unpaired_surrogate(), out);
            }
        }
    }
    write_json_chars(&run, out);
    out.push('"');
}

/// `\\u` and four lowercase hex digits, as `JSON.stringify` escapes a code unit (written by hand:
/// the hex formatter would be two more formatters in the module).
fn write_unicode_escape(unit: u16, out: &mut String) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(b"0123456789abcdef"[usize::from((unit >> shift) & 0xf)]));
    }
}

/// The inside of a JSON string literal.
fn write_json_chars(s: &str, out: &mut String) {
    // Runs of plain bytes are copied whole; every escape is ASCII, so byte offsets are char
    // boundaries.
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
            write_unicode_escape(u16::from(b), out);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or(""));
}

/// A finite number as JavaScript's `Number.prototype.toString` prints it.
pub fn write_number(n: f64, out: &mut String) {
    // Up to 2^53 every whole number prints as its integer; above, JavaScript prints the shortest
    // digits that read back (2^60 is "1152921504606847000"), which the float path writes.
    if n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_992.0 {
        // Whole numbers (every id, page and limit) without the float formatter.
        let _ = write!(out, "{}", n as i64);
    } else {
        write_float(n, out);
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `String(n)`: the language's own conversion, which no patched prototype changes.
    #[wasm_bindgen(js_name = String)]
    fn number_to_string(n: f64) -> String;
}

/// In the module the host prints the number itself: exact by definition, and it keeps Rust's
/// float formatter (tens of kilobytes) out of the `.wasm`.
#[cfg(target_arch = "wasm32")]
fn write_float(n: f64, out: &mut String) {
    out.push_str(&number_to_string(n));
}

/// On the host: shortest round-trip digits laid out by the ECMAScript rules.
#[cfg(not(target_arch = "wasm32"))]
fn write_float(n: f64, out: &mut String) {
    let sci = format!("{:e}", n.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let k = digits.len() as i32;
    let e: i32 = exp.parse().unwrap_or(0) + 1; // position of the decimal point
    if n < 0.0 {
        out.push('-');
    }
    if k <= e && e <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat('0').take((e - k) as usize));
    } else if 0 < e && e <= 21 {
        out.push_str(&digits[..e as usize]);
        out.push('.');
        out.push_str(&digits[e as usize..]);
    } else if -6 < e && e <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat('0').take((-e) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{}", if e - 1 < 0 { '-' } else { '+' }, (e - 1).abs());
    }
}

/// A number for a message, as JavaScript prints it.
pub fn number_string(n: f64) -> String {
    let mut s = String::new();
    if n.is_finite() {
        write_number(n, &mut s);
    } else {
        s.push_str(Value::Num(n).kind());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(n: f64) -> String {
        let mut s = String::new();
        write_number(n, &mut s);
        s
    }

    #[test]
    fn numbers_print_as_javascript_does() {
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-42.0, "-42"),
            (10.0, "10"),
            (0.5, "0.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (123.456, "123.456"),
            (1e20, "100000000000000000000"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (1e-6, "0.000001"),
            (1e-7, "1e-7"),
            (-2.5e-8, "-2.5e-8"),
            (9007199254740991.0, "9007199254740991"),
            (9007199254740994.0, "9007199254740994"),
            (1152921504606846976.0, "1152921504606847000"),
            (-1152921504606846976.0, "-1152921504606847000"),
            (1e18, "1000000000000000000"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (123456789012345680000.0, "123456789012345680000"),
        ];
        for (n, want) in cases {
            assert_eq!(num(n), want, "{n:e}");
        }
    }

    #[test]
    fn json_matches_json_stringify() {
        let v = Value::Obj(vec![
            ("a".into(), Value::str("x\"y\\z\n\t\u{1}é中😀/\u{2028}")),
            ("b".into(), Value::Arr(vec![Value::Bool(true), Value::Null, Value::Num(1.5)])),
            ("c".into(), Value::Obj(vec![])),
            ("d".into(), Value::Num(f64::NAN)),
        ]);
        assert_eq!(
            v.to_json(),
            "{\"a\":\"x\\\"y\\\\z\\n\\t\\u0001é中😀/\u{2028}\",\"b\":[true,null,1.5],\"c\":{},\"d\":null}"
        );
    }

    #[test]
    fn lone_surrogates_are_escaped_in_json_and_replaced_when_signed() {
        let v = Value::Lone(vec![0x61, 0xd800, 0x62, 0xd83d, 0xde00, 0xdfff, 0x22]);
        assert_eq!(v.to_json(), "\"a\\ud800b😀\\udfff\\\"\"");
        assert_eq!(v.to_canonical(), "a\u{fffd}b😀\u{fffd}\"");
        assert!(Value::Arr(vec![Value::Null, v]).has_lone());
        assert!(!Value::str("\u{fffd}").has_lone());
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(Value::str("a&b=c").to_canonical(), "a&b=c");
        assert_eq!(Value::Bool(false).to_canonical(), "false");
        assert_eq!(Value::Null.to_canonical(), "null");
        assert_eq!(Value::Num(50.0).to_canonical(), "50");
        assert_eq!(Value::Arr(vec![Value::str("中")]).to_canonical(), "[\"中\"]");
    }
}
