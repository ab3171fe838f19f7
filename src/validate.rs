//! One table-driven validator for call parameters and client options: types, required fields,
//! enums, limits and unknown fields (with a suggestion), before anything is sent.

use crate::endpoints::{Default, Endpoint, Field, Ty};
use crate::error::{Code, Error};
use crate::value::Value;

/// What becomes of a field the table does not name. A near miss of a name it has (`userId`
/// for `userIds`) is refused whatever this says, with the suggestion, and so are `__proto__`,
/// `constructor` and `prototype`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unknown {
    /// Refused (options, and every call of a `strict` client).
    Refuse,
    /// Left out, as the official client leaves it out of a call whose fields it names.
    Drop,
    /// Sent, as the official client sends it with the caller's object as the body.
    Keep,
}

/// A field to send: one the table names, or one it does not that goes with the caller's body.
#[derive(Debug)]
pub enum Param {
    /// A field of the table.
    Field(&'static Field),
    /// A field the table does not name ([`Unknown::Keep`]).
    Extra(String),
}

impl Param {
    /// The name it has on the wire.
    pub fn wire(&self) -> &str {
        match self {
            Param::Field(f) => f.wire,
            Param::Extra(key) => key,
        }
    }

    fn is(&self, field: &Field) -> bool {
        matches!(self, Param::Field(f) if std::ptr::eq(*f, field))
    }
}

/// Checks options (`given`) against `fields` and returns them in table order, with defaults
/// filled in; every unknown name is refused. `null` means "not given".
///
/// `what` names the options object in messages; `code` is the error code to use.
pub fn validate(
    fields: &'static [Field],
    given: Vec<(String, Value)>,
    what: &str,
    code: Code,
) -> Result<Vec<(&'static Field, Value)>, Error> {
    let out = collect(fields, given, what, code, Unknown::Refuse, false)?;
    Ok(out.into_iter().filter_map(|(p, v)| if let Param::Field(f) = p { Some((f, v)) } else { None }).collect())
}

/// The fields to send for a call from the caller's params.
///
/// Fields the table does not name go where the official client puts them: with the body of a
/// call whose body is the caller's object (`forward`: all of them, in the caller's order, as
/// `JSON.stringify` writes the object), nowhere for the other calls (whose fields go in table
/// order, defaults filled in); a `strict` client refuses them. In a JSON body an optional field
/// given as `null` is sent as `null` (a field cleared), as the official client sends it; in a
/// query string `null` means "not given".
pub fn params(ep: &'static Endpoint, given: Vec<(String, Value)>, strict: bool) -> Result<Vec<(Param, Value)>, Error> {
    let unknown = match (strict, ep.forward) {
        (true, _) => Unknown::Refuse,
        (false, true) => Unknown::Keep,
        (false, false) => Unknown::Drop,
    };
    collect(ep.fields, given, ep.name, Code::InvalidArgument, unknown, !ep.query)
}

/// The one pass behind [`validate`] and [`params`]: each given field checked in the caller's
/// order (unknown ones as `unknown` says, kept ones only for what JSON can carry); then, unless
/// unknown fields are kept (the caller's object is the body), the fields in table order with
/// their defaults.
fn collect(
    fields: &'static [Field],
    given: Vec<(String, Value)>,
    what: &str,
    code: Code,
    unknown: Unknown,
    null_is_sent: bool,
) -> Result<Vec<(Param, Value)>, Error> {
    let mut out = Vec::with_capacity(given.len().min(fields.len() + 8));
    for (key, value) in given {
        let Some(field) = fields.iter().find(|f| f.name == key) else {
            if unknown == Unknown::Refuse || suggest(&key, fields).is_some() || prototype_key(&key) {
                return Err(unknown_field(fields, &key, what, code));
            }
            if unknown == Unknown::Keep {
                // Named in messages only when it reads as a name (see `unknown_field`).
                if let Err(m) = check_json(if reads_as_name(&key) { &key } else { "(a field)" }, &value) {
                    let message = format!("{what}: {m}");
                    return Err(if reads_as_name(&key) {
                        Error::field(code, &key, message)
                    } else {
                        Error::new(code, message)
                    });
                }
                out.push((Param::Extra(key), value));
            }
            continue;
        };
        if value == Value::Null {
            // Required fields are refused below, as missing.
            if !null_is_sent || field.required {
                continue;
            }
        } else {
            check(field.name, &field.ty, field.required, &value)
                .map_err(|m| Error::field(code, field.name, format!("{what}: {m}")))?;
        }
        out.push((Param::Field(field), value));
    }
    if unknown == Unknown::Keep {
        // Forwarded bodies have no defaults (they are sent as given): only what is required.
        return match fields.iter().find(|f| f.required && !out.iter().any(|(p, _)| p.is(f))) {
            Some(f) => Err(required(f, what, code)),
            None => Ok(out),
        };
    }
    let mut sorted = Vec::with_capacity(out.len() + 4);
    for field in fields {
        if let Some(i) = out.iter().position(|(p, _)| p.is(field)) {
            sorted.push(out.swap_remove(i));
            continue;
        }
        if field.required {
            return Err(required(field, what, code));
        }
        let default = match field.default {
            Default::None => continue,
            Default::Str(s) => Value::str(s),
            Default::Bool(b) => Value::Bool(b),
            Default::Int(n) => Value::Num(f64::from(n)),
            Default::Source => Value::str(concat!(env!("CARGO_PKG_NAME"), ": ", env!("CARGO_PKG_VERSION"))),
        };
        sorted.push((Param::Field(field), default));
    }
    Ok(sorted)
}

fn required(f: &Field, what: &str, code: Code) -> Error {
    Error::field(code, f.name, format!("{what}: \"{}\" is required ({})", f.name, f.ty.describe()))
}

/// Names no API field has, that a server in JavaScript may take for its objects' own: refused
/// as the fields of a call (inside free-form values they are data, sent as given).
fn prototype_key(key: &str) -> bool {
    matches!(key, "__proto__" | "constructor" | "prototype")
}

/// The error for a field `fields` does not name: with the near miss it most likely meant, else
/// with the names it takes. A name is echoed only when it reads as a name: a long or random one
/// (a secret pasted as a key, a payload) is described, never repeated.
fn unknown_field(fields: &[Field], key: &str, what: &str, code: Code) -> Error {
    let takes = || crate::value::join(fields.iter().map(|f| f.name), ", ");
    match suggest(key, fields).filter(|_| !prototype_key(key)) {
        Some(near) => Error::field(code, key, format!("{what}: unknown field \"{key}\"; did you mean \"{near}\"?")),
        None if reads_as_name(key) => {
            Error::field(code, key, format!("{what}: unknown field \"{key}\"; it takes: {}", takes()))
        }
        None => Error::new(
            code,
            format!(
                "{what}: unknown field (a name of {} characters); it takes: {}",
                key.encode_utf16().count(),
                takes()
            ),
        ),
    }
}

fn check(name: &str, ty: &Ty, required: bool, v: &Value) -> Result<(), String> {
    let wrong = || format!("\"{name}\" must be {}, got {}", ty.describe(), v.kind());
    match (ty, v) {
        (Ty::Str(max), Value::Str(s)) => check_str(name, s, *max),
        // A required text must say something; an optional one may be empty (a cleared description).
        (Ty::Text(max), Value::Str(s)) if required => check_str(name, s, *max),
        (Ty::Text(max), Value::Str(s)) if char_count(s) > *max => {
            Err(format!("\"{name}\" is longer than {max} characters"))
        }
        (Ty::Text(_), Value::Str(_)) => Ok(()),
        (Ty::StrList { max, len }, Value::Arr(items)) => {
            if items.is_empty() && required {
                return Err(format!("\"{name}\" must not be empty: give at least one id"));
            }
            if items.len() > *max {
                return Err(format!(
                    "\"{name}\" has {} items; at most {max} go in one call: split the list into batches",
                    items.len()
                ));
            }
            for (i, item) in items.iter().enumerate() {
                let item_name = format!("{name}[{i}]");
                match item {
                    Value::Str(s) => check_str(&item_name, s, *len)?,
                    Value::Lone(_) => {
                        return Err(format!(
                        "\"{item_name}\" holds a lone UTF-16 surrogate (half of a character), which an id cannot carry"
                    ))
                    }
                    other => return Err(format!("\"{item_name}\" must be a non-empty string, got {}", other.kind())),
                }
            }
            Ok(())
        }
        (Ty::Bool, Value::Bool(_)) => Ok(()),
        (Ty::Num, Value::Num(n)) if n.is_finite() => Ok(()),
        (Ty::Array, Value::Arr(_)) | (Ty::Json, _) => check_json(name, v),
        (Ty::Int(min, max), Value::Num(n)) => {
            if !n.is_finite() || n.fract() != 0.0 {
                Err(wrong())
            } else if *n < f64::from(*min) || *n > f64::from(*max) {
                Err(format!("\"{name}\" must be between {min} and {max}"))
            } else {
                Ok(())
            }
        }
        (Ty::Enum(vals), Value::Str(s)) if vals.contains(&s.as_str()) => Ok(()),
        // The value is not echoed: it may be a secret given in the wrong place.
        (Ty::Enum(_), Value::Str(s)) => Err(format!(
            "\"{name}\" must be {}, got another string ({} characters)",
            ty.describe(),
            s.encode_utf16().count()
        )),
        (Ty::Str(_) | Ty::Enum(_), Value::Lone(_)) => Err(format!(
            "\"{name}\" holds a lone UTF-16 surrogate (half of a character), which an id or option cannot carry"
        )),
        (Ty::Text(max), Value::Lone(units)) if units.len() > *max => {
            Err(format!("\"{name}\" is longer than {max} characters"))
        }
        (Ty::Text(_), Value::Lone(_)) => Ok(()),
        (Ty::Object, Value::Obj(_) | Value::Raw(_)) => check_json(name, v),
        (Ty::Objects, Value::Arr(items)) => {
            match items.iter().position(|i| !matches!(i, Value::Obj(_) | Value::Raw(_))) {
                Some(i) => Err(format!("\"{name}[{i}]\" must be an object, got {}", items[i].kind())),
                None => check_json(name, v),
            }
        }
        (Ty::Func, Value::Other("function")) => Ok(()),
        (Ty::Instance, Value::Obj(_)) => Ok(()),
        (Ty::Instance, Value::Other(kind)) if *kind == crate::js::NOT_PLAIN => Ok(()),
        _ => Err(wrong()),
    }
}

/// Everything inside a free-form object must survive JSON: no functions, symbols, BigInts,
/// class instances, NaN or Infinity (which would be sent as `null` or `{}`).
fn check_json(name: &str, v: &Value) -> Result<(), String> {
    match v {
        Value::Other(kind) => Err(format!("\"{name}\" holds {kind}, which JSON cannot carry")),
        Value::Num(n) if !n.is_finite() => Err(format!("\"{name}\" holds {}, which JSON cannot carry", v.kind())),
        Value::Arr(items) => items.iter().try_for_each(|i| check_json(name, i)),
        Value::Obj(fields) => fields.iter().try_for_each(|(_, i)| check_json(name, i)),
        _ => Ok(()),
    }
}

fn check_str(name: &str, s: &str, max: usize) -> Result<(), String> {
    if s.trim().is_empty() {
        Err(format!("\"{name}\" must be a non-empty string"))
    } else if char_count(s) > max {
        Err(format!("\"{name}\" is longer than {max} characters"))
    } else {
        Ok(())
    }
}

/// Whether a key may be echoed in a message: a name of at most 40 letters, digits, `_` and `$`,
/// with few digits and not a run of hex digits (which is what keys and tokens look like).
pub fn reads_as_name(key: &str) -> bool {
    key.len() <= 40
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
        && key.bytes().filter(u8::is_ascii_digit).count() <= 4
        && !(key.len() >= 12 && key.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The field a mistyped key most likely meant: the same letters ignoring case, `_` and `-`, or,
/// for longer names, within one edit (4 or 5 letters) or two (6 or more: `pageNo` for `page`).
/// Short names are far apart by nature (`icon` and `i18n`, `os` and `id` are two edits): only
/// their spelling counts.
fn suggest(key: &str, fields: &[Field]) -> Option<&'static str> {
    let norm =
        |s: &str| s.chars().filter(|c| *c != '_' && *c != '-').map(|c| c.to_ascii_lowercase()).collect::<Vec<_>>();
    let k = norm(key);
    if k.len() > 64 {
        return None;
    }
    let allowed = match k.len() {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    };
    fields
        .iter()
        .filter_map(|f| {
            let n = norm(f.name);
            // Lengths further apart than the edits allowed cannot be within them.
            if n.len().abs_diff(k.len()) > allowed {
                return None;
            }
            let d = if n == k { 0 } else { edit_distance(&k, &n) };
            (d <= allowed).then_some((f.name, d))
        })
        .min_by_key(|(_, d)| *d)
        .map(|(name, _)| name)
}

/// Edits from `a` to `b`: insertions, deletions, substitutions, and swaps of two neighbours
/// (`hots` is one edit from `host`).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut before: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && a.get(i - 1) == Some(cb) && b.get(j - 1) == Some(ca) {
                cur[j + 1] = cur[j + 1].min(before.get(j - 1).map_or(usize::MAX, |d| d + 1));
            }
        }
        before = std::mem::replace(&mut prev, cur);
    }
    prev[b.len()]
}

/// The characters (code points) of `s`: its bytes that do not continue a character. The same
/// count as `s.chars().count()`, without core's unrolled counter (0.8 kB of the module).
fn char_count(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod char_count_tests {
    #[test]
    fn counts_as_chars_count() {
        for s in ["", "abc", "é", "日本語", "a😀b", "\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}"] {
            assert_eq!(super::char_count(s), s.chars().count(), "{s:?}");
        }
    }
}
