//! The call machine: everything one call decides, as plain Rust with no I/O and no clock of its
//! own. Given a prepared request ([`Plan`]), the call's [`Options`], the client's state
//! ([`Core`]: configuration, management token, clock offset) and `now`, it yields [`Step`]s —
//! send this request with this timeout, wait this long, obtain a token, done with this verdict —
//! and takes each outcome back. Retry safety, backoff and `Retry-After`, deadlines, token renewal
//! (before expiry, once on a 401), clock correction (1305) and replays (1306) are decided here,
//! once; the token request is a call of this same machine. The driver (`transport.rs`) carries
//! the steps out; sharing one token fetch among the calls that need a token at the same time is
//! its part (it is about promises under way), bounded by each waiting call's signal, deadline and
//! own budget. What the machine learns for later calls (the token, the clock offset) it keeps in
//! the client's [`Core`].

use std::borrow::Cow;
use std::cell::RefCell;
#[cfg(not(feature = "authentication"))]
use std::{cell::Cell, rc::Rc};

#[cfg(feature = "authentication")]
use crate::config::ClientAuth;
#[cfg(not(feature = "authentication"))]
use crate::config::{header_problem, Auth};
use crate::config::{Config, Secret};
#[cfg(not(feature = "authentication"))]
use crate::endpoints::TOKEN_PATH;
use crate::endpoints::{Endpoint, Method};
use crate::error::{Code, Error};
use crate::retry::{backoff_ms, retry_after_ms, retryable, Attempt};
#[cfg(not(feature = "authentication"))]
use crate::retry::{http_date, http_date_ms, API_CODE_CLOCK_SKEW};
#[cfg(not(feature = "authentication"))]
use crate::sign;
use crate::validate::Param;
use crate::value::{find, path_segment, query_string, write_json_object, Value};

/// `x-*-sdk-version` value.
pub const SDK_VERSION: &str = concat!("genauth-wasm:", env!("CARGO_PKG_VERSION"));
/// Longest wait between attempts from backoff, and from a server's `Retry-After`.
pub const BACKOFF_CAP_MS: f64 = 10_000.0;
/// Longest wait a server's `Retry-After` may ask for.
pub const RETRY_AFTER_CAP_MS: f64 = 60_000.0;
/// Token lifetime assumed when the token endpoint states none (seconds).
#[cfg(not(feature = "authentication"))]
const DEFAULT_TOKEN_LIFETIME_S: f64 = 7200.0;

/// A management token and what it unlocks.
#[cfg(not(feature = "authentication"))]
pub struct Token {
    /// The token itself.
    pub access: Secret,
    /// The user pool it is scoped to.
    pub user_pool_id: String,
    /// When to stop using it (ms since the epoch): its expiry less a safety margin.
    pub refresh_at: f64,
}

/// What a client keeps between calls.
pub struct Core {
    /// The checked configuration.
    pub config: Config,
    /// The cached management token (token auth).
    #[cfg(not(feature = "authentication"))]
    pub token: RefCell<Option<Rc<Token>>>,
    /// Server clock minus ours (ms), learnt from a refused clock (apiCode 1305).
    #[cfg(not(feature = "authentication"))]
    pub clock_offset: Cell<f64>,
    /// The user's access token (the `accessToken` option, then `setAccessToken`), sent as it is.
    #[cfg(feature = "authentication")]
    pub access_token: RefCell<Option<Secret>>,
}

impl Core {
    /// A client's state from its configuration.
    #[cfg(not(feature = "authentication"))]
    pub fn new(config: Config) -> Core {
        Core { config, token: RefCell::new(None), clock_offset: Cell::new(0.0) }
    }

    /// A client's state from its configuration.
    #[cfg(feature = "authentication")]
    pub fn new(config: Config) -> Core {
        let crate::config::Auth::App(app) = &config.auth;
        let access_token = RefCell::new(app.access_token.clone());
        Core { config, access_token }
    }

    /// The cached token, if it is still good at `now`.
    #[cfg(not(feature = "authentication"))]
    pub fn cached_token(&self, now: f64) -> Option<Rc<Token>> {
        self.token.borrow().as_ref().filter(|t| now < t.refresh_at).cloned()
    }

    /// The application (the AuthenticationClient's configuration).
    #[cfg(feature = "authentication")]
    pub fn app(&self) -> &crate::config::App {
        let crate::config::Auth::App(app) = &self.config.auth;
        app
    }
}

/// The options one call runs with (the client's, overridden by the call's).
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Milliseconds one attempt may take.
    pub timeout_ms: u32,
    /// Retries of a failure that is safe to retry.
    pub max_retries: u32,
    /// Milliseconds for the whole call, if limited.
    pub deadline_ms: Option<u32>,
    /// Reject a non-200 envelope with `API`.
    pub throw_on_api_error: bool,
}

impl Options {
    /// The client's defaults.
    pub fn of(config: &Config) -> Options {
        Options {
            timeout_ms: config.timeout_ms,
            max_retries: config.max_retries,
            deadline_ms: config.deadline_ms,
            throw_on_api_error: config.throw_on_api_error,
        }
    }
}

/// A request made ready to send: everything but the headers of each attempt.
pub struct Plan {
    /// The call's name, for messages.
    pub name: Cow<'static, str>,
    /// The HTTP method.
    pub method: Method,
    /// The path as signed (the query is signed as parameters).
    pub path: String,
    /// The full URL.
    pub url: String,
    /// The JSON body, if any.
    pub body: Option<String>,
    /// What the signature covers (signature auth only; empty otherwise).
    #[cfg(not(feature = "authentication"))]
    signed: Vec<(Cow<'static, str>, Value)>,
    /// Whether repeating the request leaves the same state as making it once.
    pub idempotent: bool,
    /// Whether this is the management token request.
    #[cfg(not(feature = "authentication"))]
    pub token_request: bool,
    /// What goes in `authorization`.
    #[cfg(feature = "authentication")]
    pub credential: Credential,
    /// Whether the body is a form (`application/x-www-form-urlencoded`), not JSON.
    #[cfg(feature = "authentication")]
    pub form: bool,
    /// Whether this is a protocol request (`authClientRequest`): its answer is JSON or text, not
    /// an envelope, and a non-2xx status is an `OAUTH` error.
    #[cfg(feature = "authentication")]
    pub protocol: bool,
    /// For a protocol request: answer the body's text as it is.
    #[cfg(feature = "authentication")]
    pub text: bool,
    /// What the request carries that no message may show (a server may echo it back).
    #[cfg(feature = "authentication")]
    pub secrets: Vec<Secret>,
}

/// What an AuthenticationClient request puts in `authorization`.
#[cfg(feature = "authentication")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// The user's access token, if the client has one when the call is made (see
    /// [`Plan::bind_session`]); as it is, as the official client sends it.
    Session,
    /// Nothing.
    Nothing,
    /// This token, as it is.
    Raw(Secret),
    /// `Basic base64(appId:appSecret)`.
    Basic,
    /// `Bearer <token>`.
    Bearer(Secret),
}

/// The paths on which the official client sends `authorization: Basic …` when the token
/// endpoint's auth method is `client_secret_basic` (`AuthenticationHttpClient`).
#[cfg(feature = "authentication")]
pub const BASIC_PATHS: &[&str] = &[
    "/oidc/token",
    "/oidc/token/revocation",
    "/oidc/token/introspection",
    "/oauth/token",
    "/oauth/token/revocation",
    "/oauth/token/introspection",
    "/api/v3/signin",
    "/api/v3/signin-by-mobile",
    "/api/v3/exchange-tokenset-with-qrcode-ticket",
];

/// `content-type` of a form body.
#[cfg(feature = "authentication")]
pub const FORM: &str = "application/x-www-form-urlencoded";

#[cfg(feature = "authentication")]
impl Plan {
    /// The user's access token the request carries, fixed when the call is made: a
    /// [`Credential::Session`] becomes the token or nothing.
    pub fn bind_session(&mut self, token: Option<&Secret>) {
        if self.credential == Credential::Session {
            self.credential = token.map_or(Credential::Nothing, |t| Credential::Raw(t.clone()));
        }
        // The user's token is never shown either, in whatever the server's words quote, whether
        // or not this request carries it.
        self.secrets.extend(token.cloned());
    }
}

/// `text` with its `len` bytes at `at` replaced by `with` (as `String::replace_range`, without
/// its in-place shifting, 0.9 kB of the module; both ends are where a search found them, on
/// character boundaries: should one not be, `text` is left as it is rather than panic).
#[inline(never)]
fn splice(text: &mut String, at: usize, len: usize, with: &str) {
    if let (Some(head), Some(tail)) = (text.get(..at), text.get(at.saturating_add(len)..)) {
        let mut out = String::with_capacity(head.len() + with.len() + tail.len());
        out.push_str(head);
        out.push_str(with);
        out.push_str(tail);
        *text = out;
    }
}

/// `text` with every occurrence of each secret replaced by `[redacted]` (a byte scan: the
/// standard substring search costs kilobytes of `.wasm`).
#[cfg(feature = "authentication")]
pub fn redact(mut text: String, secrets: &[Secret]) -> String {
    for secret in secrets.iter().filter(|s| !s.0.is_empty()) {
        // Bounded: each round removes one occurrence and the text after it is searched.
        let mut from = 0;
        while let Some(at) = text.get(from..).and_then(|rest| find(rest, &secret.0)) {
            let start = from + at;
            splice(&mut text, start, secret.0.len(), "[redacted]");
            from = start + "[redacted]".len();
        }
    }
    text
}

/// `v` as a string of at most `max` UTF-16 units (cut, marked `…`) with every secret of
/// `secrets` replaced by `[redacted]`. It is read with room for the longest secret and cut after
/// the redaction, so that no secret is cut in two (its first half shown) before it is redacted.
#[cfg(feature = "authentication")]
pub fn scrubbed_max(v: wasm_bindgen::JsValue, max: u32, secrets: &[Secret]) -> Option<String> {
    let room = secrets.iter().map(|s| s.0.len()).max().unwrap_or(0);
    let mut text = redact(crate::js::string_max(v, max.saturating_add(room as u32))?, secrets);
    let mut units = 0;
    if let Some((at, _)) = text.char_indices().find(|(_, c)| {
        units += c.len_utf16();
        units > max as usize
    }) {
        text.truncate(at);
        text.push('…');
    }
    Some(text)
}

/// The `authorization` of `client_secret_basic`: `Basic base64(appId:appSecret)` (UTF-8, as
/// the official client's `Buffer.from(…).toString("base64")`).
#[cfg(feature = "authentication")]
pub fn basic(app_id: &str, secret: &str) -> String {
    format!("Basic {}", crate::sign::base64(format!("{app_id}:{secret}").as_bytes()))
}

/// The credential of an AuthenticationClient's request to `path` when the request names none:
/// `Basic` where the official client puts it, else the user's access token.
#[cfg(feature = "authentication")]
fn default_credential(config: &Config, path: &str) -> Credential {
    let crate::config::Auth::App(app) = &config.auth;
    if app.token_method == ClientAuth::Basic && BASIC_PATHS.contains(&path) {
        Credential::Basic
    } else {
        Credential::Session
    }
}

/// The app secret, or the `CONFIG` error of a request that needs it.
#[cfg(feature = "authentication")]
fn app_secret<'a>(config: &'a Config, what: &str) -> Result<&'a Secret, Error> {
    let crate::config::Auth::App(app) = &config.auth;
    app.secret.as_ref().ok_or_else(|| {
        Error::field(
            Code::Config,
            "appSecret",
            format!("{what} needs the app secret, and this client has no appSecret (a browser never has one)"),
        )
    })
}

/// Adds the app's `client_id` and `client_secret` to a call's body fields, after the caller's
/// (or in the place of ones the caller gave), as the official sign-in wrappers do under
/// `client_secret_post`.
#[cfg(feature = "authentication")]
pub fn add_client_secret(ep: &Endpoint, fields: &mut Vec<(Param, Value)>, config: &Config) -> Result<(), Error> {
    if ep.query {
        return Err(Error::new(
            Code::InvalidArgument,
            format!("{}: withClientSecret goes with a call whose fields go in a body", ep.name),
        ));
    }
    let crate::config::Auth::App(app) = &config.auth;
    let secret = app_secret(config, ep.name)?;
    for (key, value) in [("client_id", &app.app_id), ("client_secret", &secret.0)] {
        let value = Value::Str(value.clone());
        match fields.iter_mut().find(|(p, _)| p.wire() == key) {
            Some((_, v)) => *v = value,
            None => fields.push((Param::Extra(key.to_owned()), value)),
        }
    }
    Ok(())
}

/// One protocol request of an AuthenticationClient (`authClientRequest`'s spec), checked.
#[cfg(feature = "authentication")]
pub struct Request {
    /// For messages (the method that makes it).
    pub name: String,
    /// `GET` or `POST`.
    pub method: Method,
    /// The path under the app host, e.g. `/oidc/token`.
    pub path: String,
    /// The query string's pairs.
    pub query: Vec<(String, String)>,
    /// The form body's pairs, if it has one.
    pub form: Option<Vec<(String, String)>>,
    /// How the app is authenticated: its credentials in the form, in a Basic header, or only
    /// its id in the form.
    pub client_auth: Option<ClientAuth>,
    /// A token for `authorization: Bearer …`.
    pub bearer: Option<Secret>,
    /// Answer the body's text.
    pub text: bool,
    /// Whether it is safe to repeat once it may have reached the server.
    pub idempotent: bool,
}

// Hand-written: the values of a form or a query (a code, a verifier, a token) never print.
#[cfg(feature = "authentication")]
impl std::fmt::Debug for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let keys = |pairs: &[(String, String)]| pairs.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>();
        f.debug_struct("Request")
            .field("name", &self.name)
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &keys(&self.query))
            .field("form", &self.form.as_deref().map(keys))
            .field("client_auth", &self.client_auth)
            .field("bearer", &self.bearer)
            .field("text", &self.text)
            .field("idempotent", &self.idempotent)
            .finish()
    }
}

/// The fields of a request spec.
#[cfg(feature = "authentication")]
const REQUEST_FIELDS: &[crate::endpoints::Field] = {
    use crate::endpoints::{opt, Field, Ty, MAX_TOKEN};
    const fn f(name: &'static str, ty: Ty) -> Field {
        opt(name, ty, "")
    }
    &[
        f("name", Ty::Str(128)),
        f("method", Ty::Enum(&["GET", "POST"])),
        f("path", Ty::Str(2048)),
        f("query", Ty::Array),
        f("form", Ty::Array),
        f("clientAuth", Ty::Enum(ClientAuth::NAMES)),
        f("bearer", Ty::Str(MAX_TOKEN as usize)),
        f("text", Ty::Bool),
        f("idempotent", Ty::Bool),
    ]
};

#[cfg(feature = "authentication")]
impl Request {
    /// Checks a spec read from JavaScript: `{ name, method, path, query?, form?, clientAuth?,
    /// bearer?, text?, idempotent }`.
    pub fn read(given: Vec<(String, Value)>) -> Result<Request, Error> {
        let what = "request";
        let fields = crate::validate::validate(REQUEST_FIELDS, given, what, Code::InvalidArgument)?;
        let get = |name: &str| fields.iter().find(|(f, _)| f.name == name).map(|(_, v)| v);
        let bad =
            |field: &str, message: String| Error::field(Code::InvalidArgument, field, format!("{what}: {message}"));
        let need = |name: &str| get(name).ok_or_else(|| bad(name, format!("\"{name}\" is required")));
        let string = |name: &str| get(name).and_then(Value::as_str).map(str::to_owned);
        need("name")?;
        need("method")?;
        need("path")?;
        let idempotent = match need("idempotent")? {
            Value::Bool(b) => *b,
            _ => false,
        };
        let name = string("name").unwrap_or_default();
        let name = if crate::validate::reads_as_name(&name) { name } else { "request".to_owned() };
        let method = if string("method").as_deref() == Some("GET") { Method::Get } else { Method::Post };
        let path = string("path").unwrap_or_default();
        let segments = || path.split('/').skip(1);
        if !path.starts_with('/')
            || !path.bytes().all(|b| b.is_ascii_graphic() && !matches!(b, b'?' | b'#' | b'\\'))
            || segments().any(|s| s == "." || s == "..")
        {
            return Err(bad(
                "path",
                "\"path\" must start with \"/\" and hold only printable ASCII, no '?', '#', '\\\\' or dot segments"
                    .into(),
            ));
        }
        let pairs = |key: &str| -> Result<Option<Vec<(String, String)>>, Error> {
            let Some(Value::Arr(items)) = get(key) else { return Ok(None) };
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Arr(pair)
                        if pair.len() == 2 && pair.iter().all(|v| matches!(v, Value::Str(_) | Value::Lone(_))) =>
                    {
                        // `URLSearchParams` reads a lone surrogate as U+FFFD, as `to_canonical` writes it.
                        out.push((pair[0].to_canonical(), pair[1].to_canonical()));
                    }
                    _ => return Err(bad(key, format!("\"{key}[{i}]\" must be a pair of strings [name, value]"))),
                }
            }
            Ok(Some(out))
        };
        let query = pairs("query")?.unwrap_or_default();
        let form = pairs("form")?;
        let client_auth = string("clientAuth").as_deref().and_then(ClientAuth::parse);
        if method == Method::Get && (form.is_some() || matches!(client_auth, Some(ClientAuth::Post | ClientAuth::None)))
        {
            return Err(bad(
                "form",
                "a GET request has no body: no \"form\", and no clientAuth that puts the app in one".into(),
            ));
        }
        let bearer = string("bearer").map(Secret);
        if let Some(problem) = bearer.as_ref().and_then(|b| crate::config::header_problem(&b.0)) {
            return Err(bad("bearer", format!("\"bearer\" cannot be sent as a header: it holds {problem}")));
        }
        let text = matches!(get("text"), Some(Value::Bool(true)));
        Ok(Request { name, method, path, query, form, client_auth, bearer, text, idempotent })
    }
}

/// A protocol request made ready to send: the URL with its query, the form with the client's
/// credentials where `clientAuth` puts them, the credential for `authorization`.
#[cfg(feature = "authentication")]
pub fn request_plan(req: Request, config: &Config) -> Result<Plan, Error> {
    let crate::config::Auth::App(app) = &config.auth;
    let mut secrets = Vec::new();
    let mut url = format!("{}{}", config.host, req.path);
    let mut query = String::new();
    for (k, v) in &req.query {
        crate::value::form_pair(k, v, &mut query);
    }
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query);
    }
    let mut credential = default_credential(config, &req.path);
    let mut form = String::new();
    match req.client_auth {
        Some(ClientAuth::Post) => {
            let secret = app_secret(config, &req.name)?;
            crate::value::form_pair("client_id", &app.app_id, &mut form);
            crate::value::form_pair("client_secret", &secret.0, &mut form);
        }
        Some(ClientAuth::None) => crate::value::form_pair("client_id", &app.app_id, &mut form),
        Some(ClientAuth::Basic) => {
            app_secret(config, &req.name)?;
            credential = Credential::Basic;
        }
        None => {}
    }
    // The app secret is never shown, whether or not this request carried it.
    secrets.extend(app.secret.clone());
    for (k, v) in req.form.iter().flatten() {
        crate::value::form_pair(k, v, &mut form);
        // What the form carries (a code, a verifier, a refresh token) is never shown.
        if v.len() >= 8 {
            secrets.push(Secret(v.clone()));
        }
    }
    for (_, v) in &req.query {
        if v.len() >= 8 {
            secrets.push(Secret(v.clone()));
        }
    }
    if let (Some(bearer), false) = (&req.bearer, credential == Credential::Basic) {
        secrets.push(bearer.clone());
        credential = Credential::Bearer(bearer.clone());
    }
    // The Basic credential is the app secret in base64: never shown either, carried or not.
    if let Some(secret) = &app.secret {
        secrets.push(Secret(crate::sign::base64(format!("{}:{}", app.app_id, secret.0).as_bytes())));
    }
    let has_form = req.form.is_some() || matches!(req.client_auth, Some(ClientAuth::Post | ClientAuth::None));
    Ok(Plan {
        name: Cow::Owned(req.name),
        method: req.method,
        path: req.path,
        url,
        body: has_form.then_some(form),
        idempotent: req.idempotent,
        credential,
        form: has_form,
        protocol: true,
        text: req.text,
        secrets,
    })
}

/// Reads the fields to send into a plan: path, query or body, what the signature covers.
pub fn plan(ep: &'static Endpoint, fields: Vec<(Param, Value)>, config: &Config) -> Result<Plan, Error> {
    let mut path = ep.path.to_owned();
    let mut params: Vec<(Cow<'static, str>, Value)> = Vec::with_capacity(fields.len());
    for (p, v) in fields {
        let f = match p {
            Param::Field(f) => f,
            // Only a body carries fields the table does not name (`validate::forwarded`).
            Param::Extra(key) => {
                params.push((Cow::Owned(key), v));
                continue;
            }
        };
        // A lone surrogate cannot be percent-encoded (`encodeURIComponent` throws on it).
        if (ep.query || f.in_path) && v.has_lone() {
            return Err(Error::field(
                Code::InvalidArgument,
                f.name,
                format!(
                    "{}: \"{}\" holds a lone UTF-16 surrogate (half of a character), which a URL cannot carry",
                    ep.name, f.name
                ),
            ));
        }
        if f.in_path {
            let placeholder = format!("{{{}}}", f.name);
            if let Some(at) = find(&path, &placeholder) {
                splice(&mut path, at, placeholder.len(), &path_segment(&v.to_canonical()));
            }
        } else {
            params.push((Cow::Borrowed(f.wire), v));
        }
    }
    let mut url = format!("{}{path}", config.host);
    let pairs = || params.iter().map(|(k, v)| (k.as_ref(), v));
    let body = if ep.query {
        let refs: Vec<(&str, &Value)> = pairs().collect();
        // (Empty lists and nulls write nothing: no bare `?`.)
        let q = query_string(&refs);
        if !q.is_empty() {
            url.push('?');
            url.push_str(&q);
        }
        None
    } else {
        let mut body = String::with_capacity(64 + 32 * params.len());
        write_json_object(pairs(), &mut body);
        Some(body)
    };
    // The signature covers a GET's query or a body's fields; a query string sent with another
    // method is not signed (as the official client signs it). Kept only where it is signed.
    #[cfg(not(feature = "authentication"))]
    let signed = match config.auth {
        Auth::Signature { .. } if !(ep.query && ep.method != Method::Get) => params,
        _ => Vec::new(),
    };
    Ok(Plan {
        name: Cow::Borrowed(ep.name),
        method: ep.method,
        path,
        url,
        body,
        #[cfg(not(feature = "authentication"))]
        signed,
        idempotent: ep.idempotent,
        #[cfg(not(feature = "authentication"))]
        token_request: false,
        #[cfg(feature = "authentication")]
        credential: default_credential(config, ep.path),
        #[cfg(feature = "authentication")]
        form: false,
        #[cfg(feature = "authentication")]
        protocol: false,
        #[cfg(feature = "authentication")]
        text: false,
        #[cfg(feature = "authentication")]
        secrets: Vec::new(),
    })
}

/// The management token request for access keys.
#[cfg(not(feature = "authentication"))]
pub fn token_plan(config: &Config, key_id: &str, secret: &Secret) -> Plan {
    let (id, sec) = (Value::str(key_id), Value::Str(secret.0.clone()));
    let mut body = String::with_capacity(128);
    write_json_object([("accessKeyId", &id), ("accessKeySecret", &sec)].into_iter(), &mut body);
    Plan {
        name: Cow::Borrowed("get-management-token"),
        method: Method::Post,
        path: TOKEN_PATH.to_owned(),
        url: format!("{}{TOKEN_PATH}", config.host),
        body: Some(body),
        signed: Vec::new(),
        // Fetching a token changes nothing: safe to repeat.
        idempotent: true,
        token_request: true,
    }
}

/// Request headers: names are the brand's, spelt out once; values are per attempt.
pub type Headers = Vec<(&'static str, String)>;

/// One request to send now.
pub struct Send {
    /// Its headers (the credential among them).
    pub headers: Headers,
    /// Milliseconds it may take, after which it fails with `TIMEOUT`.
    pub timeout_ms: u32,
    /// 1 for the first attempt.
    pub attempt: u32,
}

/// What the driver does next.
pub enum Step {
    /// Send the plan's request with these headers, then call [`Call::sent`].
    Send(Send),
    /// Wait this many milliseconds before the next attempt, then poll again.
    Wait(f64),
    /// Obtain a management token (shared with other calls, or fetched by a token call of this
    /// machine), then call [`Call::token`]. The stale one, if any, is already dropped.
    #[cfg(not(feature = "authentication"))]
    Token,
    /// The call is over.
    Done(Verdict),
}

/// How a call ends.
pub enum Verdict {
    /// Resolve with the last answer's envelope.
    Resolve,
    /// Reject with the last answer's envelope as an error of this code.
    EnvelopeError(Code),
    /// Reject: the last answer was not an envelope.
    NotEnvelope,
    /// Reject with this error.
    Error(Error),
    /// The token request got this token.
    #[cfg(not(feature = "authentication"))]
    Token(Rc<Token>),
}

/// What the driver can read of an answer when the machine asks (most answers need nothing
/// but their status and envelope, so headers are not read unless needed).
pub trait Reply {
    /// A response header (`date`, `retry-after`).
    fn header(&self, name: &str) -> Option<String>;
    /// For the token request: `data.access_token`, `data.expires_in`, and the user pool id
    /// read from the token.
    #[cfg(not(feature = "authentication"))]
    fn token(&self) -> (Option<String>, Option<f64>, Option<String>);
}

/// How one attempt went.
pub enum Outcome<'a> {
    /// No answer: the kind of failure (for retrying) and the error to report.
    Failed(Attempt, Error),
    /// An HTTP answer.
    Answered {
        /// The HTTP status.
        status: u16,
        /// The envelope's `statusCode` and `apiCode`, when the body is an envelope.
        envelope: Option<(f64, Option<f64>)>,
        /// The rest of it, on demand.
        reply: &'a dyn Reply,
    },
}

/// Randomness the machine needs: signature nonces and backoff jitter.
pub trait Entropy {
    /// 32 hex characters from a cryptographic source.
    #[cfg(not(feature = "authentication"))]
    fn nonce(&mut self) -> Result<String, Error>;
    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64;
}

enum Next {
    /// Make an attempt.
    Attempt,
    /// Wait, then make an attempt.
    Wait(f64),
    /// Finished.
    Done(Verdict),
    /// A verdict was given out: nothing more.
    Over,
}

/// One call in progress.
pub struct Call {
    plan: Plan,
    opts: Options,
    deadline_at: Option<f64>,
    attempts: u32,
    retries: u32,
    /// A new management token after a 401, and a corrected clock after a refused date (1305):
    /// each at most once per call, on top of `maxRetries`.
    #[cfg(not(feature = "authentication"))]
    renewed_token: bool,
    #[cfg(not(feature = "authentication"))]
    corrected_clock: bool,
    /// The token the next (or current) attempt carries.
    #[cfg(not(feature = "authentication"))]
    token: Option<Rc<Token>>,
    next: Next,
}

impl Call {
    /// A call starting at `now`.
    pub fn new(plan: Plan, opts: Options, now: f64) -> Call {
        Call {
            deadline_at: opts.deadline_ms.map(|d| now + f64::from(d)),
            plan,
            opts,
            attempts: 0,
            retries: 0,
            #[cfg(not(feature = "authentication"))]
            renewed_token: false,
            #[cfg(not(feature = "authentication"))]
            corrected_clock: false,
            #[cfg(not(feature = "authentication"))]
            token: None,
            next: Next::Attempt,
        }
    }

    /// The request being made.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The options it runs with.
    pub fn options(&self) -> Options {
        self.opts
    }

    /// Milliseconds left before the deadline, if there is one.
    pub fn remaining(&self, now: f64) -> Option<f64> {
        self.deadline_at.map(|d| d - now)
    }

    /// The error of a passed deadline.
    pub fn deadline_error(&self) -> Error {
        let when = match self.attempts {
            0 => "before the request was sent".to_owned(),
            n => format!("after {n} attempt(s)"),
        };
        Error::new(
            Code::Timeout,
            format!("{}: the deadline of {} ms passed {when}", self.plan.name, self.opts.deadline_ms.unwrap_or(0)),
        )
    }

    /// What to do next, at `now`.
    pub fn poll(&mut self, core: &Core, now: f64, entropy: &mut dyn Entropy) -> Step {
        match std::mem::replace(&mut self.next, Next::Attempt) {
            Next::Done(v) => {
                self.next = Next::Over;
                return Step::Done(v);
            }
            Next::Over => {
                self.next = Next::Over;
                return Step::Done(Verdict::Error(Error::new(Code::Config, "the call is already over")));
            }
            Next::Wait(ms) => return Step::Wait(ms),
            Next::Attempt => {}
        }
        let remaining = self.remaining(now);
        if remaining.is_some_and(|r| r < 1.0) {
            self.next = Next::Over;
            return Step::Done(Verdict::Error(self.deadline_error()));
        }
        #[cfg(not(feature = "authentication"))]
        if matches!(core.config.auth, Auth::Token { .. }) && !self.plan.token_request && self.token.is_none() {
            match core.cached_token(now) {
                Some(t) => self.token = Some(t),
                None => return Step::Token,
            }
        }
        let headers = match self.headers(core, now, entropy) {
            Ok(h) => h,
            Err(e) => {
                self.next = Next::Over;
                return Step::Done(Verdict::Error(e));
            }
        };
        self.attempts += 1;
        let timeout_ms = remaining.map_or(self.opts.timeout_ms, |r| self.opts.timeout_ms.min(r as u32));
        Step::Send(Send { headers, timeout_ms, attempt: self.attempts })
    }

    /// The token a [`Step::Token`] asked for.
    #[cfg(not(feature = "authentication"))]
    pub fn token(&mut self, token: Result<Rc<Token>, Error>) {
        match token {
            Ok(t) => self.token = Some(t),
            Err(e) => self.next = Next::Done(Verdict::Error(e)),
        }
    }

    /// How the attempt of the last [`Step::Send`] went, at `now`.
    pub fn sent(&mut self, core: &Core, outcome: Outcome<'_>, now: f64, entropy: &mut dyn Entropy) {
        #[cfg(not(feature = "authentication"))]
        if let Outcome::Answered { status, envelope, reply } = &outcome {
            if self.renew_token(core, *status, envelope.map(|e| e.0))
                || self.correct_clock(core, envelope.and_then(|e| e.1), *reply, now)
            {
                // Made again at once: neither counts as a retry.
                return;
            }
        }
        let (verdict, attempt, reply) = match outcome {
            // The caller's signal: over, whatever the call is.
            Outcome::Failed(_, error) if error.code == Code::Aborted => {
                self.next = Next::Done(Verdict::Error(error));
                return;
            }
            Outcome::Failed(attempt, error) => (Verdict::Error(error), attempt, None),
            // A protocol request's success is any 2xx answer (its body is not an envelope).
            #[cfg(feature = "authentication")]
            Outcome::Answered { status, envelope: None, reply }
                if self.plan.protocol && (200..300).contains(&status) =>
            {
                (Verdict::Resolve, Attempt::Http(status), Some(reply))
            }
            Outcome::Answered { status, envelope: None, reply } => {
                (Verdict::NotEnvelope, Attempt::Http(status), Some(reply))
            }
            Outcome::Answered { envelope: Some((status_code, api_code)), reply, .. } => {
                let verdict = if self.opts.throw_on_api_error && status_code != 200.0 {
                    Verdict::EnvelopeError(Code::Api)
                } else {
                    Verdict::Resolve
                };
                #[cfg(not(feature = "authentication"))]
                let verdict =
                    if self.plan.token_request { self.token_verdict(status_code, reply, now) } else { verdict };
                (verdict, Attempt::Envelope(status_code, api_code), Some(reply))
            }
        };
        self.next = match self.retry_wait(core, attempt, reply, now, entropy) {
            Some(wait) => {
                self.retries += 1;
                if wait >= 1.0 {
                    Next::Wait(wait)
                } else {
                    Next::Attempt
                }
            }
            None => Next::Done(verdict),
        };
    }

    /// A refused management token (a 401, with or without an envelope): dropped (unless another
    /// call already has), and the attempt made again with a new one, once per call.
    #[cfg(not(feature = "authentication"))]
    fn renew_token(&mut self, core: &Core, status: u16, status_code: Option<f64>) -> bool {
        let refused = status == 401 || status_code == Some(401.0);
        let Some(used) = self.token.take_if(|_| refused && !self.renewed_token) else {
            return false;
        };
        self.renewed_token = true;
        let mut cached = core.token.borrow_mut();
        if cached.as_ref().is_some_and(|t| Rc::ptr_eq(t, &used)) {
            *cached = None;
        }
        true
    }

    /// A refused clock (1305) with signature auth: the clock offset learnt from the server's
    /// `Date`, once per call. Only a date this client can use and write back: an unparsable or
    /// absurd one leaves the clock as it is (and the call ends with the server's answer).
    #[cfg(not(feature = "authentication"))]
    fn correct_clock(&mut self, core: &Core, api_code: Option<f64>, reply: &dyn Reply, now: f64) -> bool {
        if api_code != Some(API_CODE_CLOCK_SKEW)
            || self.corrected_clock
            || !matches!(core.config.auth, Auth::Signature { .. })
        {
            return false;
        }
        let Some(server) = reply.header("date").as_deref().and_then(http_date_ms) else {
            return false;
        };
        self.corrected_clock = true;
        core.clock_offset.set(server - now);
        true
    }

    /// How long to wait before trying again, if the call may be tried again: a failure safe to
    /// retry, retries left, and a wait (the server's `Retry-After`, else backoff) that ends
    /// before the deadline.
    fn retry_wait(
        &self,
        core: &Core,
        attempt: Attempt,
        reply: Option<&dyn Reply>,
        now: f64,
        entropy: &mut dyn Entropy,
    ) -> Option<f64> {
        if self.retries >= self.opts.max_retries || !retryable(attempt, self.plan.idempotent) {
            return None;
        }
        let wait = reply
            .and_then(|r| r.header("retry-after"))
            .and_then(|v| retry_after_ms(&v, now, RETRY_AFTER_CAP_MS))
            .unwrap_or_else(|| {
                backoff_ms(self.retries + 1, f64::from(core.config.retry_delay_ms), BACKOFF_CAP_MS, entropy.unit())
            });
        self.deadline_at.map_or(true, |d| now + wait < d).then_some(wait)
    }

    /// What an envelope from the token endpoint comes to.
    #[cfg(not(feature = "authentication"))]
    fn token_verdict(&self, status_code: f64, reply: &dyn Reply, now: f64) -> Verdict {
        if status_code != 200.0 {
            return Verdict::EnvelopeError(Code::Auth);
        }
        let failed =
            |msg: &str| Verdict::Error(Error::new(Code::Auth, format!("could not obtain a management token: {msg}")));
        let (access, expires_in, user_pool_id) = reply.token();
        let Some(access) = access.filter(|t| !t.is_empty()) else {
            return failed("no access_token in the answer");
        };
        let Some(user_pool_id) = user_pool_id else {
            return failed("the token carries no scoped_userpool_id");
        };
        // Both become headers: what cannot be sent exactly is refused here, not by `fetch`.
        if let Some(problem) = header_problem(&access) {
            return failed(&format!(
                "the token endpoint returned an access_token that cannot be sent as a header ({problem})"
            ));
        }
        if let Some(problem) = header_problem(&user_pool_id) {
            return failed(&format!("the token's user pool id cannot be sent as a header ({problem})"));
        }
        // Renewed a tenth of its lifetime (at most a minute) before it expires; one the server
        // says has expired already is used for this call only, never cached for later ones.
        let refresh_at = match expires_in.filter(|n| !n.is_nan()) {
            Some(s) if s <= 0.0 => now,
            given => {
                let lifetime = given.filter(|n| n.is_finite()).unwrap_or(DEFAULT_TOKEN_LIFETIME_S) * 1000.0;
                now + lifetime - (lifetime / 10.0).min(60_000.0)
            }
        };
        Verdict::Token(Rc::new(Token { access: Secret(access), user_pool_id, refresh_at }))
    }

    /// The request headers of an AuthenticationClient's attempt: as the official
    /// `AuthenticationHttpClient` sends them (the app id, the credential), with `accept` and the
    /// body's `content-type`. No signature, no SDK version, no language.
    #[cfg(feature = "authentication")]
    fn headers(&self, core: &Core, _now: f64, _entropy: &mut dyn Entropy) -> Result<Headers, Error> {
        let app = core.app();
        let mut h: Headers = Vec::with_capacity(4);
        // The official client's (axios's) for protocol requests, whose answers may be text.
        h.push((
            "accept",
            if self.plan.protocol { "application/json, text/plain, */*" } else { "application/json" }.into(),
        ));
        if self.plan.body.is_some() {
            h.push(("content-type", if self.plan.form { FORM } else { "application/json" }.into()));
        }
        h.push((core.config.brand.headers.app_id, app.app_id.clone()));
        let authorization = match &self.plan.credential {
            Credential::Basic => Some(basic(&app.app_id, &app_secret(&core.config, &self.plan.name)?.0)),
            Credential::Bearer(t) => Some(format!("Bearer {}", t.0)),
            Credential::Raw(t) => Some(t.0.clone()),
            // Not bound at prepare time (a plan made on the host): the client's token now.
            Credential::Session => core.access_token.borrow().as_ref().map(|t| t.0.clone()),
            Credential::Nothing => None,
        };
        if let Some(value) = authorization {
            h.push(("authorization", value));
        }
        Ok(h)
    }

    /// The request headers for one attempt, in the order the official client sends them.
    #[cfg(not(feature = "authentication"))]
    fn headers(&self, core: &Core, now: f64, entropy: &mut dyn Entropy) -> Result<Headers, Error> {
        let config = &core.config;
        let n = &config.brand.headers;
        let mut h: Headers = Vec::with_capacity(11);
        h.push(("accept", "application/json".into()));
        h.push(("content-type", "application/json".into()));
        let common = |h: &mut Headers| {
            h.push((n.sdk_version, SDK_VERSION.into()));
            h.push((n.lang, config.lang.clone()));
            if let Some(t) = &config.tenant_id {
                h.push((n.app_id, t.clone()));
            }
        };
        if self.plan.token_request {
            common(&mut h);
            return Ok(h);
        }
        match &config.auth {
            Auth::Signature { key_id, secret } => {
                h.push((n.nonce, entropy.nonce()?));
                h.push((n.method, "HMAC-SHA1".into()));
                h.push((n.version, "1.0".into()));
                common(&mut h);
                // A corrected clock that cannot be written falls back to ours.
                let date = http_date(now + core.clock_offset.get()).or_else(|| http_date(now)).unwrap_or_default();
                h.push(("date", date));
                let pairs: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let signed: Vec<(&str, &Value)> = self.plan.signed.iter().map(|(k, v)| (k.as_ref(), v)).collect();
                let sts = sign::string_to_sign(
                    self.plan.method.as_str(),
                    &pairs,
                    config.brand.prefix,
                    &self.plan.path,
                    &signed,
                );
                let auth = format!("{} {key_id}:{}", config.brand.scheme, sign::signature(&secret.0, &sts));
                h.push(("authorization", auth));
            }
            Auth::Token { .. } => {
                let token = self.token.as_ref().ok_or_else(|| Error::new(Code::Auth, "no management token"))?;
                common(&mut h);
                h.push((n.userpool_id, token.user_pool_id.clone()));
                h.push(("authorization", format!("Bearer {}", token.access.0)));
            }
            Auth::AccessToken { token, user_pool_id } => {
                common(&mut h);
                // Filled in at construction (given, or read from the token).
                h.push((n.userpool_id, user_pool_id.clone().unwrap_or_default()));
                h.push(("authorization", format!("Bearer {}", token.0)));
            }
        }
        Ok(h)
    }
}
