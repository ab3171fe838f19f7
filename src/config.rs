//! Client options: brands, credentials and the host, checked once at construction.

use std::fmt;

use crate::endpoints::Field;
#[cfg(not(feature = "authentication"))]
use crate::endpoints::CLIENT_OPTIONS;
use crate::error::{Code, Error};
use crate::validate::validate;
use crate::value::Value;

/// The two names of the same API.
#[derive(Debug, PartialEq, Eq)]
pub struct Brand {
    /// `genauth` / `authing`.
    pub name: &'static str,
    /// The public host.
    pub host: &'static str,
    /// Prefix of the brand's headers.
    #[cfg(not(feature = "authentication"))]
    pub prefix: &'static str,
    /// The word before the key id in `authorization`.
    #[cfg(not(feature = "authentication"))]
    pub scheme: &'static str,
    /// The brand's header names, spelt out once.
    pub headers: BrandHeaders,
}

/// Names of the headers that carry the brand's prefix (the authentication build sends only
/// the app id's).
#[derive(Debug, PartialEq, Eq)]
pub struct BrandHeaders {
    /// `x-*-signature-nonce`.
    #[cfg(not(feature = "authentication"))]
    pub nonce: &'static str,
    /// `x-*-signature-method`.
    #[cfg(not(feature = "authentication"))]
    pub method: &'static str,
    /// `x-*-signature-version`.
    #[cfg(not(feature = "authentication"))]
    pub version: &'static str,
    /// `x-*-sdk-version`.
    #[cfg(not(feature = "authentication"))]
    pub sdk_version: &'static str,
    /// `x-*-lang`.
    #[cfg(not(feature = "authentication"))]
    pub lang: &'static str,
    /// `x-*-app-id` (the tenant).
    pub app_id: &'static str,
    /// `x-*-userpool-id`.
    #[cfg(not(feature = "authentication"))]
    pub userpool_id: &'static str,
}

macro_rules! brand_headers {
    ($p:literal) => {
        BrandHeaders {
            #[cfg(not(feature = "authentication"))]
            nonce: concat!($p, "signature-nonce"),
            #[cfg(not(feature = "authentication"))]
            method: concat!($p, "signature-method"),
            #[cfg(not(feature = "authentication"))]
            version: concat!($p, "signature-version"),
            #[cfg(not(feature = "authentication"))]
            sdk_version: concat!($p, "sdk-version"),
            #[cfg(not(feature = "authentication"))]
            lang: concat!($p, "lang"),
            app_id: concat!($p, "app-id"),
            #[cfg(not(feature = "authentication"))]
            userpool_id: concat!($p, "userpool-id"),
        }
    };
}

/// GenAuth, the default.
pub const GENAUTH: Brand = Brand {
    name: "genauth",
    host: "https://api.genauth.ai",
    #[cfg(not(feature = "authentication"))]
    prefix: "x-genauth-",
    #[cfg(not(feature = "authentication"))]
    scheme: "GenAuth",
    headers: brand_headers!("x-genauth-"),
};
/// Authing.
pub const AUTHING: Brand = Brand {
    name: "authing",
    host: "https://api.authing.cn",
    #[cfg(not(feature = "authentication"))]
    prefix: "x-authing-",
    #[cfg(not(feature = "authentication"))]
    scheme: "authing",
    headers: brand_headers!("x-authing-"),
};

/// A string that never prints.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// How requests are authenticated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Auth {
    /// Every request signed with HMAC-SHA1 (server runtimes).
    #[cfg(not(feature = "authentication"))]
    Signature {
        /// Access key id.
        key_id: String,
        /// Access key secret.
        secret: Secret,
    },
    /// A management token fetched with the access keys, cached and refreshed.
    #[cfg(not(feature = "authentication"))]
    Token {
        /// Access key id.
        key_id: String,
        /// Access key secret.
        secret: Secret,
    },
    /// A token the caller obtained elsewhere (browsers).
    #[cfg(not(feature = "authentication"))]
    AccessToken {
        /// The token.
        token: Secret,
        /// The user pool id, when given (else read from the token).
        user_pool_id: Option<String>,
    },
    /// An application (the AuthenticationClient): its id in a header, the user's access token
    /// as it is in `authorization`, the app secret where the endpoint's auth method puts it.
    #[cfg(feature = "authentication")]
    App(App),
}

impl Auth {
    /// `signature`, `token`, `accessToken` (or `app`, the AuthenticationClient's).
    pub fn name(&self) -> &'static str {
        match self {
            #[cfg(not(feature = "authentication"))]
            Auth::Signature { .. } => "signature",
            #[cfg(not(feature = "authentication"))]
            Auth::Token { .. } => "token",
            #[cfg(not(feature = "authentication"))]
            Auth::AccessToken { .. } => "accessToken",
            #[cfg(feature = "authentication")]
            Auth::App(_) => "app",
        }
    }
}

/// How an endpoint authenticates the application (the official client's `…EndPointAuthMethod`).
#[cfg(feature = "authentication")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClientAuth {
    /// `client_id` and `client_secret` in the body.
    Post,
    /// `authorization: Basic base64(appId:appSecret)`.
    Basic,
    /// `client_id` only (public clients: PKCE).
    None,
}

#[cfg(feature = "authentication")]
impl ClientAuth {
    /// The option's values, in the order of [`ClientAuth::as_str`].
    pub const NAMES: &'static [&'static str] = &["client_secret_post", "client_secret_basic", "none"];

    /// The method an option's value names.
    pub fn parse(name: &str) -> Option<ClientAuth> {
        match name {
            "client_secret_post" => Some(ClientAuth::Post),
            "client_secret_basic" => Some(ClientAuth::Basic),
            "none" => Some(ClientAuth::None),
            _ => None,
        }
    }

    /// The option's value.
    pub fn as_str(self) -> &'static str {
        match self {
            ClientAuth::Post => "client_secret_post",
            ClientAuth::Basic => "client_secret_basic",
            ClientAuth::None => "none",
        }
    }
}

/// The application of an AuthenticationClient: what `new AuthenticationClient(options)` takes
/// besides the transport's options, checked.
#[cfg(feature = "authentication")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct App {
    /// `appId`: sent as the brand's `x-*-app-id` header.
    pub app_id: String,
    /// `appSecret` (never in a browser).
    pub secret: Option<Secret>,
    /// `accessToken`: the user's, sent as it is in `authorization` (until `setAccessToken`).
    pub access_token: Option<Secret>,
    /// `redirectUri`.
    pub redirect_uri: Option<String>,
    /// `logoutRedirectUri`.
    pub logout_redirect_uri: Option<String>,
    /// `scope`: `openid profile` by default.
    pub scope: String,
    /// `cookieKey`: the name of the Node flow's cookie.
    pub cookie_key: String,
    /// `protocol`: `oidc` by default.
    pub protocol: String,
    /// `tokenEndPointAuthMethod`.
    pub token_method: ClientAuth,
    /// `introspectionEndPointAuthMethod`.
    pub introspection_method: ClientAuth,
    /// `revocationEndPointAuthMethod`.
    pub revocation_method: ClientAuth,
}

/// The official client's default `cookieKey`.
#[cfg(feature = "authentication")]
pub const DEFAULT_COOKIE_KEY: &str = "X-Authing-Node-OIDC-State";
/// The official client's default `scope`.
#[cfg(feature = "authentication")]
pub const DEFAULT_SCOPE: &str = "openid profile";

/// A checked client configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The brand.
    pub brand: &'static Brand,
    /// Normalised host: scheme, no trailing slash.
    pub host: String,
    /// `x-*-lang`.
    pub lang: String,
    /// Tenant id, if any.
    pub tenant_id: Option<String>,
    /// Per-request timeout in milliseconds.
    pub timeout_ms: u32,
    /// How requests are authenticated.
    pub auth: Auth,
    /// Reject non-200 envelopes.
    pub throw_on_api_error: bool,
    /// Retries of a call that is safe to repeat.
    pub max_retries: u32,
    /// Base of the exponential backoff (ms).
    pub retry_delay_ms: u32,
    /// Time for a call with all its attempts (ms), if limited.
    pub deadline_ms: Option<u32>,
    /// Whether a call's fields that the table does not name are refused (else they go where
    /// the official client puts them).
    pub strict: bool,
}

/// Retries by default.
pub const DEFAULT_MAX_RETRIES: u32 = 2;
/// Base of the backoff by default (ms).
pub const DEFAULT_RETRY_DELAY_MS: u32 = 200;

/// Default per-request timeout, as the official client.
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;

fn config_err(field: &str, msg: impl Into<String>) -> Error {
    Error::field(Code::Config, field, msg)
}

/// The brand a client speaks: the `brand` option; without one, `authing` for a host of
/// Authing's own domain (the official Node client's default host is https://api.authing.cn),
/// GenAuth for any other.
fn brand_of(brand: Option<&str>, host: Option<&str>) -> &'static Brand {
    let authing_host = host.is_some_and(|h| {
        let name = host_name(h.trim()).to_ascii_lowercase();
        name == "authing.cn" || name.ends_with(".authing.cn")
    });
    match brand {
        Some("authing") => &AUTHING,
        None if authing_host => &AUTHING,
        _ => &GENAUTH,
    }
}

/// The options every client takes besides its credentials, read from checked `fields`.
struct Common {
    max_retries: u32,
    retry_delay_ms: u32,
    deadline_ms: Option<u32>,
    lang: String,
    timeout_ms: u32,
    throw_on_api_error: bool,
    strict: bool,
    insecure: bool,
}

impl Common {
    /// The client's configuration: these options with its brand, host, tenant and credentials.
    fn config(self, brand: &'static Brand, host: String, tenant_id: Option<String>, auth: Auth) -> Config {
        Config {
            max_retries: self.max_retries,
            retry_delay_ms: self.retry_delay_ms,
            deadline_ms: self.deadline_ms,
            brand,
            host,
            lang: self.lang,
            tenant_id,
            timeout_ms: self.timeout_ms,
            auth,
            throw_on_api_error: self.throw_on_api_error,
            strict: self.strict,
        }
    }
}

fn common(fields: &[(&Field, Value)]) -> Result<Common, Error> {
    let get = |name: &str| fields.iter().find(|(f, _)| f.name == name).map(|(_, v)| v);
    let int = |name: &str| match get(name) {
        Some(Value::Num(n)) => Some(*n as u32),
        _ => None,
    };
    let flag = |name: &str| matches!(get(name), Some(Value::Bool(true)));
    // The official client's option for private deployments with an untrusted certificate;
    // `fetch` has no such switch, a `fetch` of the caller's can have one.
    if matches!(get("rejectUnauthorized"), Some(Value::Bool(false))) {
        return Err(config_err(
            "rejectUnauthorized",
            "rejectUnauthorized: false cannot be honoured by fetch; pass a `fetch` option that trusts your server's certificate",
        ));
    }
    Ok(Common {
        max_retries: int("maxRetries").unwrap_or(DEFAULT_MAX_RETRIES),
        retry_delay_ms: int("retryDelay").unwrap_or(DEFAULT_RETRY_DELAY_MS),
        deadline_ms: int("deadline"),
        lang: get("lang").and_then(Value::as_str).unwrap_or("zh-CN").to_owned(),
        timeout_ms: int("timeout").unwrap_or(DEFAULT_TIMEOUT_MS),
        throw_on_api_error: flag("throwOnApiError"),
        strict: flag("strict"),
        insecure: flag("dangerouslyAllowInsecureHttp"),
    })
}

impl Config {
    /// Checks the options object. `in_browser` refuses any configuration that would ship the
    /// access key secret to a page.
    #[cfg(not(feature = "authentication"))]
    pub fn from_options(options: Vec<(String, Value)>, in_browser: bool) -> Result<Config, Error> {
        let fields = validate(CLIENT_OPTIONS, options, "ManagementClient options", Code::Config)?;
        let get = |name: &str| fields.iter().find(|(f, _): &&(&Field, Value)| f.name == name).map(|(_, v)| v);
        let string = |name: &str| get(name).and_then(Value::as_str).map(str::to_owned);

        let brand = brand_of(string("brand").as_deref(), string("host").as_deref());
        let key_id = string("accessKeyId");
        let secret = string("accessKeySecret");
        let token = string("accessToken");
        let auth_mode = string("auth");

        let auth = match (key_id, secret, token) {
            (Some(_), _, Some(_)) | (_, Some(_), Some(_)) => {
                return Err(config_err(
                    "accessToken",
                    "give either accessKeyId + accessKeySecret or accessToken, not both",
                ))
            }
            (None, None, None) => {
                return Err(config_err(
                    "accessKeyId",
                    "no credentials: give accessKeyId and accessKeySecret (server runtimes) or accessToken (browsers)",
                ))
            }
            (Some(_), None, None) => return Err(config_err("accessKeySecret", "accessKeyId is given but accessKeySecret is missing")),
            (None, Some(_), None) => return Err(config_err("accessKeyId", "accessKeySecret is given but accessKeyId is missing")),
            (Some(_), Some(_), None) if in_browser => {
                return Err(config_err(
                    "accessKeySecret",
                    "the access key secret must never be shipped to a browser (and browsers cannot send the signed `date` header): \
                     obtain a management token on your server and pass it here as accessToken (with userPoolId)",
                ))
            }
            (Some(key_id), Some(secret), None) => {
                if string("userPoolId").is_some() {
                    return Err(config_err("userPoolId", "userPoolId goes with accessToken; access keys carry their user pool"));
                }
                let secret = Secret(secret);
                match auth_mode.as_deref() {
                    Some("token") => Auth::Token { key_id, secret },
                    _ => Auth::Signature { key_id, secret },
                }
            }
            (None, None, Some(token)) => {
                if auth_mode.is_some() {
                    return Err(config_err("auth", "auth chooses how access keys authenticate; leave it out with accessToken"));
                }
                Auth::AccessToken { token: Secret(token), user_pool_id: string("userPoolId") }
            }
        };

        // What goes into a header must be sendable as one, exactly: checked here, once, so that
        // nothing is refused by `fetch` later (or worse, split into two headers).
        // (`lang` is one of its enum's values, all of them plain ASCII.)
        for name in ["accessKeyId", "accessToken", "userPoolId", "tenantId"] {
            if let Some(problem) = string(name).as_deref().and_then(header_problem) {
                return Err(config_err(name, format!("\"{name}\" cannot be sent as a header: it holds {problem}")));
            }
        }

        let c = common(&fields)?;
        let host = normalize_host(string("host").as_deref().unwrap_or(brand.host), c.insecure)?;
        Ok(c.config(brand, host, string("tenantId"), auth))
    }

    /// Checks the options of `new AuthenticationClient(...)`. In a browser (`in_browser`) the
    /// app secret is refused, and the endpoints' auth methods default to `none` (PKCE); elsewhere
    /// the defaults are the official client's (`client_secret_post`, which needs `appSecret`).
    #[cfg(feature = "authentication")]
    pub fn from_auth_options(options: Vec<(String, Value)>, in_browser: bool) -> Result<Config, Error> {
        use crate::endpoints::AUTH_CLIENT_OPTIONS;
        let what = "AuthenticationClient options";
        // An empty accessToken is no token, as the official client reads it.
        let mut options = options;
        options.retain(|(k, v)| !(k == "accessToken" && v.as_str() == Some("")));
        let fields = validate(AUTH_CLIENT_OPTIONS, options, what, Code::Config)?;
        let get = |name: &str| fields.iter().find(|(f, _): &&(&Field, Value)| f.name == name).map(|(_, v)| v);
        let string = |name: &str| get(name).and_then(Value::as_str).map(str::to_owned);
        let app_id = string("appId").ok_or_else(|| config_err("appId", format!("{what}: \"appId\" is required")))?;
        let app_host = string("appHost").ok_or_else(|| {
            config_err("appHost", format!("{what}: \"appHost\" is required, e.g. \"https://your-app.genauth.ai\""))
        })?;
        let secret = string("appSecret").map(Secret);
        if secret.is_some() && in_browser {
            return Err(config_err(
                "appSecret",
                "the app secret must never be shipped to a browser: leave appSecret out and let the endpoints' auth methods \
                 default to \"none\" (PKCE); exchange codes with the secret on your server",
            ));
        }
        let default_method = if in_browser { ClientAuth::None } else { ClientAuth::Post };
        let method = |name: &str| -> Result<ClientAuth, Error> {
            let m = string(name).as_deref().and_then(ClientAuth::parse).unwrap_or(default_method);
            if in_browser && m != ClientAuth::None {
                return Err(config_err(
                    name,
                    format!(
                        "{name} \"{}\" needs the app secret, which a browser must not hold: use \"none\" (PKCE)",
                        m.as_str()
                    ),
                ));
            }
            Ok(m)
        };
        let token_method = method("tokenEndPointAuthMethod")?;
        let introspection_method = method("introspectionEndPointAuthMethod")?;
        let revocation_method = method("revocationEndPointAuthMethod")?;
        // As the official client: a token endpoint that authenticates the app needs its secret.
        if token_method != ClientAuth::None && secret.is_none() {
            return Err(config_err(
                "appSecret",
                format!(
                    "appSecret is required with tokenEndPointAuthMethod \"{}\" (the default on servers); \
                     or set tokenEndPointAuthMethod: \"none\"",
                    token_method.as_str()
                ),
            ));
        }
        let scope = string("scope").unwrap_or_else(|| DEFAULT_SCOPE.to_owned());
        if crate::value::find(&scope, "openid").is_none() {
            return Err(config_err("scope", "scope must include \"openid\" (as the official client requires)"));
        }
        // What goes into a header must be sendable as one, exactly (see `from_options`); the
        // cookie's name must also be a cookie name.
        for name in ["appId", "accessToken", "cookieKey"] {
            if let Some(problem) = string(name).as_deref().and_then(header_problem) {
                return Err(config_err(name, format!("\"{name}\" cannot be sent as a header: it holds {problem}")));
            }
        }
        let cookie_key = string("cookieKey").unwrap_or_else(|| DEFAULT_COOKIE_KEY.to_owned());
        if cookie_key.bytes().any(|b| b <= b' ' || b >= 0x7f || b"()<>@,;:\\\"/[]?={}".contains(&b)) {
            return Err(config_err(
                "cookieKey",
                "\"cookieKey\" must be a cookie name: ASCII letters, digits and !#$%&'*+-.^_`|~ only",
            ));
        }
        let brand = brand_of(string("brand").as_deref(), Some(&app_host));
        let c = common(&fields)?;
        let host = normalize_host_field(&app_host, c.insecure, "appHost")?;
        let app = App {
            app_id,
            secret,
            access_token: string("accessToken").map(Secret),
            redirect_uri: string("redirectUri"),
            logout_redirect_uri: string("logoutRedirectUri"),
            scope,
            cookie_key,
            protocol: string("protocol").unwrap_or_else(|| "oidc".to_owned()),
            token_method,
            introspection_method,
            revocation_method,
        };
        Ok(c.config(brand, host, None, Auth::App(app)))
    }
}

/// Why `value` cannot be sent as a header value as it is, if it cannot: `fetch` accepts only
/// ISO-8859-1 text without control characters, and strips spaces at either end (which would
/// change what was signed).
pub fn header_problem(value: &str) -> Option<&'static str> {
    if value.starts_with([' ', '\t']) || value.ends_with([' ', '\t']) {
        return Some("a space at its start or end, which a header loses");
    }
    value.chars().find_map(|c| match c {
        '\r' | '\n' => Some("a line break (CR or LF)"),
        '\0'..='\u{1f}' | '\u{7f}'..='\u{9f}' => Some("a control character"),
        '\u{100}'.. => Some("a character outside ISO-8859-1"),
        _ => None,
    })
}

/// Adds `https://` when no scheme is given, drops trailing `/`, and refuses anything that is
/// not an http(s) URL, or plain `http://` to a host other than loopback unless `insecure`.
pub fn normalize_host(raw: &str, insecure: bool) -> Result<String, Error> {
    normalize_host_field(raw, insecure, "host")
}

/// [`normalize_host`] of the option `field` (`host`, or the AuthenticationClient's `appHost`).
pub fn normalize_host_field(raw: &str, insecure: bool, field: &str) -> Result<String, Error> {
    let bad = |why: &str| {
        config_err(field, format!("{field} is not a valid URL ({why}); expected e.g. \"https://api.genauth.ai\""))
    };
    let raw = raw.trim();
    let with_scheme = if scheme_end(raw).is_some() { raw.to_owned() } else { format!("https://{raw}") };
    let sep = scheme_end(&with_scheme).ok_or_else(|| bad("no scheme"))?;
    let (scheme, rest) = (with_scheme.get(..sep).unwrap_or(""), with_scheme.get(sep + 3..).unwrap_or(""));
    let rest = rest.trim_end_matches('/');
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "https" && scheme != "http" {
        return Err(bad("the scheme must be https"));
    }
    if rest.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '?' | '#' | '@' | '\\')) {
        return Err(bad("it holds a space, '?', '#', '@' or '\\'"));
    }
    let (name, port) = split_port(rest.split('/').next().unwrap_or(""));
    if name.is_empty() {
        return Err(bad("no host name"));
    }
    if let Some(port) = port {
        if port.is_empty()
            || port.len() > 5
            || !port.bytes().all(|b| b.is_ascii_digit())
            || port.parse::<u32>().map_or(true, |p| p == 0 || p > 65535)
        {
            return Err(bad("the port is not a number from 1 to 65535"));
        }
    }
    let bracketed = name.starts_with('[');
    if !bracketed && !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.' || b >= 0x80) {
        return Err(bad("the host name holds characters a host name cannot"));
    }
    if scheme == "http" && !is_loopback(name) && !insecure {
        return Err(config_err(
            field,
            "plain http:// is allowed only to loopback hosts (localhost, 127.0.0.1, [::1]); use https:// \
             (or, knowingly, dangerouslyAllowInsecureHttp: true)",
        ));
    }
    Ok(format!("{scheme}://{rest}"))
}

/// The host name of a URL (its scheme optional), read as [`normalize_host`] reads it.
fn host_name(url: &str) -> &str {
    let rest = url.get(scheme_end(url).map_or(0, |i| i + 3)..).unwrap_or("");
    split_port(rest.split('/').next().unwrap_or("")).0
}

/// Where `://` starts (a byte scan: the standard substring search costs kilobytes of `.wasm`).
pub fn scheme_end(url: &str) -> Option<usize> {
    url.as_bytes().windows(3).position(|w| w == b"://")
}

fn split_port(authority: &str) -> (&str, Option<&str>) {
    if authority.starts_with('[') {
        match authority.find(']') {
            Some(end) => {
                let (name, after) = authority.split_at_checked(end + 1).unwrap_or((authority, ""));
                (name, after.strip_prefix(':'))
            }
            None => ("", None),
        }
    } else {
        match authority.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (authority, None),
        }
    }
}

/// `localhost`, `127.0.0.0/8` or `[::1]`.
pub fn is_loopback(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    if name == "localhost" || name.ends_with(".localhost") || name == "[::1]" {
        return true;
    }
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() == 4
        && parts[0] == "127"
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 3 && p.parse::<u8>().is_ok())
}
