//! The endpoint table: `src/api.txt`, one line per Management API call, parsed once into rows.
//! Everything per call (the method, validation, defaults, the request encoding, the docs) is
//! derived from its row. `tools/gen-api.mjs` writes the file from the official client's
//! published TypeScript; the options of the client and of a call are rows of fields here.

/// HTTP method of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Fields go in the query string.
    Get,
    /// Fields go in a JSON body (or the query string, when the row says so).
    Post,
    /// Fields go in a JSON body.
    Put,
    /// Fields go in the query string.
    Delete,
}

impl Method {
    /// `"GET"`, `"POST"`, `"PUT"`, `"DELETE"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// The type of one request field, with its limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ty {
    /// A non-empty string of at most this many characters (ids, codes, options).
    Str(usize),
    /// A string of at most this many characters; empty only when the field is optional.
    Text(usize),
    /// An array of non-empty strings: at most `max` items of `len` characters (and at least one
    /// when the field is required).
    StrList {
        /// Most items in one call.
        max: usize,
        /// Longest item.
        len: usize,
    },
    /// `true` / `false`.
    Bool,
    /// A finite number.
    Num,
    /// A whole number in `min..=max`.
    Int(u32, u32),
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// A JSON object.
    Object,
    /// An array of JSON objects.
    Objects,
    /// A JSON array.
    Array,
    /// Any JSON value.
    Json,
    /// A JavaScript function (options only).
    Func,
    /// An object of the host's (an `AbortSignal`), checked where it is used (options only).
    Instance,
}

impl Ty {
    /// A one-word name of the type, for tools: `string`, `string[]`, `boolean`, `number`,
    /// `integer`, `enum`, `object`, `object[]`, `array`, `json`, `function`.
    pub fn kind(&self) -> &'static str {
        match self {
            Ty::Str(_) | Ty::Text(_) => "string",
            Ty::StrList { .. } => "string[]",
            Ty::Bool => "boolean",
            Ty::Num => "number",
            Ty::Int(..) => "integer",
            Ty::Enum(_) => "enum",
            Ty::Object | Ty::Instance => "object",
            Ty::Objects => "object[]",
            Ty::Array => "array",
            Ty::Json => "json",
            Ty::Func => "function",
        }
    }

    /// How the type is named in messages and docs.
    pub fn describe(&self) -> String {
        match self {
            Ty::Str(_) => "a non-empty string".into(),
            Ty::Text(_) => "a string".into(),
            Ty::StrList { .. } => "an array of non-empty strings".into(),
            Ty::Bool => "a boolean".into(),
            Ty::Num => "a number".into(),
            Ty::Int(..) => "an integer".into(),
            Ty::Enum(vals) => format!("one of \"{}\"", vals.join("\", \"")),
            Ty::Object | Ty::Instance => "an object".into(),
            Ty::Objects => "an array of objects".into(),
            Ty::Array => "an array".into(),
            Ty::Json => "a JSON value".into(),
            Ty::Func => "a function".into(),
        }
    }
}

/// A default filled in when the caller leaves a field out (as the official client does).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Default {
    /// Nothing is sent.
    None,
    /// This string.
    Str(&'static str),
    /// This boolean.
    Bool(bool),
    /// This number.
    Int(u32),
    /// This package's name and version (the `source` the official client names itself in).
    Source,
}

/// One request field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Its name in JavaScript.
    pub name: &'static str,
    /// Its name on the wire, when it differs (the official client renames a few).
    pub wire: &'static str,
    /// Its type.
    pub ty: Ty,
    /// Whether the call fails without it.
    pub required: bool,
    /// What is sent when it is left out.
    pub default: Default,
    /// Whether it goes in the path (`/ip-list/{id}`) rather than the query or body.
    pub in_path: bool,
    /// One line of documentation (host builds only: docs are generated there, and the module
    /// stays free of them).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// One call of the Management API: one line of `src/api.txt`.
#[derive(Debug)]
pub struct Endpoint {
    /// The method name, as the official Node client spells it.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// Whether the fields go in the query string (else in a JSON body).
    pub query: bool,
    /// The path under the host; `{name}` stands for a field sent in the path.
    pub path: &'static str,
    /// Request fields, in the order the official client writes them.
    pub fields: &'static [Field],
    /// Whether repeating the call leaves the same state as making it once (safe to retry).
    pub idempotent: bool,
    /// Whether `data` is `{ totalCount, list }` and the call takes `page` and `limit`.
    pub pageable: bool,
}

/// The longest string a field takes (characters).
pub const MAX_STR: usize = 1024;
/// The longest free text (templates, scripts, documents) a field takes (characters).
pub const MAX_TEXT: usize = 256 * 1024;
/// The longest id.
pub const MAX_ID: usize = 128;
/// The most user ids one membership call takes; larger lists are split by the caller.
pub const MAX_USER_IDS: usize = 1000;
/// The most items of any other list of strings.
pub const MAX_LIST: usize = 10_000;

/// The wire columns of `src/api.txt`, as `build.rs` writes them.
const WIRE: &str = include_str!(concat!(env!("OUT_DIR"), "/api.wire"));

/// One line of the table: its name, read at load time, and its row, parsed on first use (so
/// loading the module does not parse 496 lines).
struct Line {
    name: &'static str,
    pageable: bool,
    text: &'static str,
    row: std::sync::OnceLock<Option<Endpoint>>,
}

impl Line {
    fn row(&'static self) -> Option<&'static Endpoint> {
        self.row.get_or_init(|| parse_line(self.text)).as_ref()
    }
}

fn lines() -> &'static [Line] {
    static LINES: std::sync::OnceLock<Vec<Line>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        WIRE.lines()
            .filter_map(|text| {
                let name = text.split(' ').next().filter(|n| !n.is_empty())?;
                let (_, pageable) = flags(text);
                Some(Line { name, pageable, text, row: std::sync::OnceLock::new() })
            })
            .collect()
    })
}

/// The name of every call, and whether it is pageable, without parsing the rows.
pub fn call_names() -> impl Iterator<Item = (&'static str, bool)> {
    lines().iter().map(|l| (l.name, l.pageable))
}

/// Every call this package makes, in the order of the official client.
pub fn endpoints() -> Vec<&'static Endpoint> {
    lines().iter().filter_map(Line::row).collect()
}

include!("kebab.rs");

/// One line of the table, or `None` when it is malformed (a host test proves none is).
pub fn parse_line(line: &'static str) -> Option<Endpoint> {
    let mut tokens = line.split(' ').filter(|t| !t.is_empty());
    let name = tokens.next()?;
    let (method, query) = match tokens.next()? {
        "GET" => (Method::Get, true),
        "POST" => (Method::Post, false),
        "POST?" => (Method::Post, true),
        "PUT" => (Method::Put, false),
        "DELETE" => (Method::Delete, true),
        _ => return None,
    };
    let path = match tokens.next()? {
        // `build.rs` writes `~` for `/api/v3/` and the name in kebab case.
        "~" => {
            let mut p = String::with_capacity(8 + name.len() + 8);
            p.push_str("/api/v3/");
            push_kebab(name, &mut p);
            &*String::leak(p)
        }
        path => path,
    };
    let mut fields = Vec::new();
    for token in tokens.filter(|t| !t.starts_with('+')) {
        let mut field = parse_field(token)?;
        field.in_path = path.contains(&format!("{{{}}}", field.name));
        fields.push(field);
    }
    let (idempotent, pageable) = flags(line);
    Some(Endpoint { name, method, query, path, fields: Vec::leak(fields), idempotent, pageable })
}

/// A line's flags: (safe to repeat, pageable), from its `+…` token.
fn flags(line: &str) -> (bool, bool) {
    match line.split(' ').find_map(|t| t.strip_prefix('+')) {
        Some(f) => (!f.contains('u'), f.contains('p')),
        None => (true, false),
    }
}

fn parse_field(token: &'static str) -> Option<Field> {
    let (head, default) = match token.find('=') {
        Some(i) => (&token[..i], Some(&token[i + 1..])),
        None => (token, None),
    };
    if default == Some("@source") {
        return Some(field(head, head, Ty::Str(MAX_STR), false, Default::Source));
    }
    let (names, code) = head.split_once(':')?;
    let (names, required) = match names.strip_suffix('!') {
        Some(n) => (n, true),
        None => (names, false),
    };
    let (name, wire) = names.split_once('>').unwrap_or((names, names));
    let ty = match code {
        "k" => Ty::Str(MAX_ID),
        "s" => Ty::Text(MAX_TEXT),
        "b" => Ty::Bool,
        "n" => Ty::Num,
        "l" => Ty::StrList { max: MAX_LIST, len: MAX_STR },
        "L" => Ty::StrList { max: MAX_USER_IDS, len: MAX_ID },
        "o" => Ty::Object,
        "O" => Ty::Objects,
        "a" => Ty::Array,
        "j" => Ty::Json,
        _ if code.starts_with('i') => {
            let (min, max) = code[1..].split_once('-')?;
            Ty::Int(min.parse().ok()?, max.parse().ok()?)
        }
        _ if code.starts_with('(') => {
            let values: Vec<&'static str> = code.strip_prefix('(')?.strip_suffix(')')?.split(',').collect();
            Ty::Enum(Vec::leak(values))
        }
        _ => return None,
    };
    let default = match (default, ty) {
        (None, _) => Default::None,
        (Some("true"), Ty::Bool) => Default::Bool(true),
        (Some("false"), Ty::Bool) => Default::Bool(false),
        (Some(n), Ty::Int(..) | Ty::Num) => Default::Int(n.parse().ok()?),
        (Some(s), Ty::Enum(vals)) if vals.contains(&s) => Default::Str(s),
        (Some(s), Ty::Str(_) | Ty::Text(_)) => Default::Str(s),
        _ => return None,
    };
    Some(field(name, wire, ty, required, default))
}

const fn field(name: &'static str, wire: &'static str, ty: Ty, required: bool, default: Default) -> Field {
    Field {
        name,
        wire,
        ty,
        required,
        default,
        in_path: false,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "",
    }
}

/// An option field.
const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        wire: name,
        ty,
        required: false,
        default: Default::None,
        in_path: false,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

/// The row of a call, by its method name.
pub fn endpoint(name: &str) -> Option<&'static Endpoint> {
    lines().iter().find(|l| l.name == name).and_then(Line::row)
}

/// The path of the token call (token auth).
pub const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// Options of `new ManagementClient(...)`, checked by the same validator as call parameters.
pub const CLIENT_OPTIONS: &[Field] = &[
    opt("accessKeyId", Ty::Str(MAX_STR), "Access key id (server runtimes)."),
    opt("accessKeySecret", Ty::Str(MAX_STR), "Access key secret (server runtimes; never in a browser)."),
    opt("accessToken", Ty::Str(16 * 1024), "A management token obtained by your server (browsers)."),
    opt("userPoolId", Ty::Str(MAX_ID), "User pool id sent with `accessToken`; read from the token when left out."),
    opt("auth", Ty::Enum(&["signature", "token"]), "How access keys authenticate: `signature` (default) or `token`."),
    opt(
        "brand",
        Ty::Enum(&["genauth", "authing"]),
        "`genauth` (default) or `authing`: host, header prefix, scheme word.",
    ),
    opt("host", Ty::Str(MAX_STR), "API host; defaults to the brand's."),
    opt("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"]), "Language of messages; `zh-CN` by default."),
    opt("tenantId", Ty::Str(MAX_ID), "Tenant id: sent as the app-id header and as each call's `tenantId`."),
    opt("timeout", Ty::Int(1, 600_000), "Milliseconds before a request fails with `TIMEOUT`; 10000 by default."),
    opt("throwOnApiError", Ty::Bool, "Reject with code `API` when the envelope's `statusCode` is not 200."),
    opt("maxRetries", Ty::Int(0, 10), "Retries of a call that is safe to repeat; 2 by default."),
    opt("retryDelay", Ty::Int(1, 60_000), "Base of the exponential backoff in milliseconds; 200 by default."),
    opt("deadline", Ty::Int(1, 3_600_000), "Milliseconds for a call with all its attempts and waits."),
    opt("fetch", Ty::Func, "A `fetch` implementation to use instead of the global one."),
    opt(
        "onRequest",
        Ty::Func,
        "Called before each request with `{ method, url, attempt, headers }` (credential redacted).",
    ),
    opt(
        "onResponse",
        Ty::Func,
        "Called after each request with `{ method, url, attempt, status, durationMs, requestId, error }`.",
    ),
    opt("dangerouslyAllowInsecureHttp", Ty::Bool, "Allow plain `http://` to hosts other than loopback."),
];

/// Options of one call (the second argument of every method).
pub const CALL_OPTIONS: &[Field] = &[
    opt("signal", Ty::Instance, "An `AbortSignal` that cancels the call."),
    opt("timeout", Ty::Int(1, 600_000), "Overrides the client's `timeout` for this call."),
    opt("throwOnApiError", Ty::Bool, "Overrides the client's `throwOnApiError` for this call."),
    opt("maxRetries", Ty::Int(0, 10), "Overrides the client's `maxRetries` for this call."),
    opt("deadline", Ty::Int(1, 3_600_000), "Overrides the client's `deadline` for this call."),
];
