//! The endpoint table: `src/api.txt`, one line per Management API call, parsed once into rows.
//! Everything per call (the method, validation, defaults, the request encoding, the docs) is
//! derived from its row. `tools/gen-api.mjs` writes the file from the official client's
//! published TypeScript; the options of the client and of a call are rows of fields here.
//! The grammar of a line is `src/table.rs`, shared with `build.rs`, which checks every line with
//! it before the crate is built: a malformed table does not build.

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
            Ty::Enum(vals) => format!("one of \"{}\"", crate::value::join(vals.iter().copied(), "\", \"")),
            Ty::Object | Ty::Instance => "an object".into(),
            Ty::Objects => "an array of objects".into(),
            Ty::Array => "an array".into(),
            Ty::Json => "a JSON value".into(),
            Ty::Func => "a function".into(),
        }
    }
}

// The row types, the grammar of a line (`parse_row`) and, on the host, the checker `build.rs`
// runs on the whole table (`wire_table`): one text shared with `build.rs`.
include!("table.rs");

/// The wire columns of `src/api.txt`, as `build.rs` writes them (with [`wire_table`], which
/// refused to build unless [`parse_row`] accepts every line).
const WIRE: &str = include_str!(concat!(env!("OUT_DIR"), "/api.wire"));

/// One line of the table: its name, read at load time, and its row, parsed on first use (so
/// loading the module does not parse 496 lines).
struct Line {
    name: &'static str,
    pageable: bool,
    text: &'static str,
    /// The line number, plus one, of the previous line whose name hashes to the same bucket
    /// (0: none).
    next: u16,
    row: std::sync::OnceLock<Option<Endpoint>>,
}

impl Line {
    fn row(&'static self) -> Option<&'static Endpoint> {
        self.row.get_or_init(|| parse_line(self.text)).as_ref()
    }
}

/// Buckets of the index by name: about two lines each.
const BUCKETS: usize = 256;

/// The lines in table order, and an index of them by name: per bucket of names (by hash), the
/// number plus one of its last line (0: none), each line naming the one before; a lookup reads
/// about two lines rather than scanning them all.
struct Table {
    lines: Vec<Line>,
    heads: [u16; BUCKETS],
}

/// The bucket of a name (FNV-1a).
fn bucket(name: &str) -> usize {
    name.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193)) as usize % BUCKETS
}

fn table() -> &'static Table {
    static TABLE: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // `build.rs` wrote each line with its name first, one space before the next token, at
        // most 65 534 lines, no name twice.
        let mut table = Table { lines: Vec::new(), heads: [0; BUCKETS] };
        for text in WIRE.lines() {
            let name = text.split(' ').next().unwrap_or("");
            let head = &mut table.heads[bucket(name)];
            let row = std::sync::OnceLock::new();
            table.lines.push(Line { name, pageable: flags(text).1, text, next: *head, row });
            *head = table.lines.len() as u16;
        }
        table
    })
}

/// The name of every call, and whether it is pageable, without parsing the rows.
pub fn call_names() -> impl Iterator<Item = (&'static str, bool)> {
    table().lines.iter().map(|l| (l.name, l.pageable))
}

/// Every call this package makes, in the order of the official client.
pub fn endpoints() -> Vec<&'static Endpoint> {
    table().lines.iter().filter_map(Line::row).collect()
}

/// One line of the module's table. `None` cannot happen for a line of the table the module
/// embeds: `build.rs` parsed each of them with the same [`parse_row`] and would not have built
/// the crate had it refused one.
pub fn parse_line(line: &'static str) -> Option<Endpoint> {
    parse_row(line).ok()
}

/// The row of a call, by its method name.
pub fn endpoint(name: &str) -> Option<&'static Endpoint> {
    let table = table();
    let mut at = table.heads[bucket(name)];
    while let Some(line) = table.lines.get(usize::from(at).checked_sub(1)?) {
        if line.name == name {
            return line.row();
        }
        at = line.next;
    }
    None
}

/// The longest token taken: an `accessToken` option, a token endpoint's answer, a bearer.
pub const MAX_TOKEN: u32 = 16 * 1024;

/// An option field.
pub(crate) const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
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

/// The path of the token call (token auth).
pub const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// The options both clients take, this package's own (retries, deadlines, `fetch`, hooks,
/// `strict`), between a client's own options `$head` and `$tail`.
macro_rules! with_package_options {
    ([$($head:expr),* $(,)?], [$($tail:expr),* $(,)?]) => {
        &[
            $($head,)*
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
            opt(
                "strict",
                Ty::Bool,
                "Refuse every field a call does not name, instead of passing it on as the official client does.",
            ),
            $($tail,)*
        ]
    };
}

/// Options of `new ManagementClient(...)`, checked by the same validator as call parameters.
pub const CLIENT_OPTIONS: &[Field] = with_package_options!(
    [
        opt("accessKeyId", Ty::Str(MAX_STR), "Access key id (server runtimes)."),
        opt("accessKeySecret", Ty::Str(MAX_STR), "Access key secret (server runtimes; never in a browser)."),
        opt("accessToken", Ty::Str(MAX_TOKEN as usize), "A management token obtained by your server (browsers)."),
        opt("userPoolId", Ty::Str(MAX_ID), "User pool id sent with `accessToken`; read from the token when left out."),
        opt(
            "auth",
            Ty::Enum(&["signature", "token"]),
            "How access keys authenticate: `signature` (default) or `token`."
        ),
        opt(
            "brand",
            Ty::Enum(&["genauth", "authing"]),
            "`genauth` (default) or `authing`: host, header prefix, scheme word.",
        ),
        opt("host", Ty::Str(MAX_STR), "API host; defaults to the brand's."),
        opt("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"]), "Language of messages; `zh-CN` by default."),
        opt("tenantId", Ty::Str(MAX_ID), "Tenant id: sent as the app-id header and as each call's `tenantId`."),
        opt("timeout", Ty::Int(1, 600_000), "Milliseconds before a request fails with `TIMEOUT`; 10000 by default."),
    ],
    [
        // The official client's options that concern only what this package does not do: accepted so
        // that code written for it runs unchanged.
        opt(
            "rejectUnauthorized",
            Ty::Bool,
            "Official client option: `true` (the default) only; see the `fetch` option."
        ),
        opt("socketUri", Ty::Json, "Official client option for event subscription (not in this package): ignored."),
        opt("retryTimes", Ty::Json, "Official client option for event subscription reconnects: ignored."),
    ]
);

/// Options of `new AuthenticationClient(...)`: the official client's, then this package's.
pub const AUTH_CLIENT_OPTIONS: &[Field] = with_package_options!(
    [
        opt("appId", Ty::Str(MAX_ID), "Application id (required): sent as the brand's `x-*-app-id` header."),
        opt("appSecret", Ty::Str(MAX_STR), "Application secret (servers only; never in a browser)."),
        opt("appHost", Ty::Str(MAX_STR), "Application host (required), e.g. `https://your-app.genauth.ai`."),
        opt("accessToken", Ty::Str(MAX_TOKEN as usize), "The user's access token, sent as it is in `authorization`."),
        opt("redirectUri", Ty::Str(MAX_STR), "Where the authorization server sends the user back."),
        opt("logoutRedirectUri", Ty::Str(MAX_STR), "Where the user goes after logging out."),
        opt("scope", Ty::Str(MAX_STR), "Scopes, space-separated; must include `openid`; `openid profile` by default."),
        opt("cookieKey", Ty::Str(256), "Name of the cookie of the Node redirect flow."),
        opt("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"]), "Language; `zh-CN` by default."),
        opt("protocol", Ty::Enum(&["oauth", "oidc", "saml", "cas"]), "Protocol of the flows; `oidc` by default."),
        opt(
            "tokenEndPointAuthMethod",
            Ty::Enum(&["client_secret_post", "client_secret_basic", "none"]),
            "How the token endpoint authenticates the app; `client_secret_post` (`none` in a browser) by default.",
        ),
        opt(
            "introspectionEndPointAuthMethod",
            Ty::Enum(&["client_secret_post", "client_secret_basic", "none"]),
            "How the introspection endpoint authenticates the app; `client_secret_post` (`none` in a browser) by default.",
        ),
        opt(
            "revocationEndPointAuthMethod",
            Ty::Enum(&["client_secret_post", "client_secret_basic", "none"]),
            "How the revocation endpoint authenticates the app; `client_secret_post` (`none` in a browser) by default.",
        ),
        opt("timeout", Ty::Int(1, 600_000), "Milliseconds before a request fails with `TIMEOUT`; 10000 by default."),
        opt("rejectUnauthorized", Ty::Bool, "Official client option: `true` (the default) only; see the `fetch` option."),
        opt("socketUri", Ty::Json, "Official client option for event subscription (not in this package): ignored."),
        opt("retryTimes", Ty::Json, "Official client option for event subscription reconnects: ignored."),
        opt(
            "brand",
            Ty::Enum(&["genauth", "authing"]),
            "`genauth` or `authing`: the app-id header's prefix; by `appHost` by default.",
        ),
    ],
    []
);

/// Options of one call (the second argument of every method).
pub const CALL_OPTIONS: &[Field] = &[
    opt("signal", Ty::Instance, "An `AbortSignal` that cancels the call."),
    opt("timeout", Ty::Int(1, 600_000), "Overrides the client's `timeout` for this call."),
    opt("throwOnApiError", Ty::Bool, "Overrides the client's `throwOnApiError` for this call."),
    opt("maxRetries", Ty::Int(0, 10), "Overrides the client's `maxRetries` for this call."),
    opt("deadline", Ty::Int(1, 3_600_000), "Overrides the client's `deadline` for this call."),
];
