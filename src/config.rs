//! Client options: brands, credentials and the host, checked once at construction.

use std::fmt;

use crate::endpoints::{Field, CLIENT_OPTIONS};
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
    pub prefix: &'static str,
    /// The word before the key id in `authorization`.
    pub scheme: &'static str,
    /// The brand's header names, spelt out once.
    pub headers: BrandHeaders,
}

/// Names of the headers that carry the brand's prefix.
#[derive(Debug, PartialEq, Eq)]
pub struct BrandHeaders {
    /// `x-*-signature-nonce`.
    pub nonce: &'static str,
    /// `x-*-signature-method`.
    pub method: &'static str,
    /// `x-*-signature-version`.
    pub version: &'static str,
    /// `x-*-sdk-version`.
    pub sdk_version: &'static str,
    /// `x-*-lang`.
    pub lang: &'static str,
    /// `x-*-app-id` (the tenant).
    pub app_id: &'static str,
    /// `x-*-userpool-id`.
    pub userpool_id: &'static str,
}

macro_rules! brand_headers {
    ($p:literal) => {
        BrandHeaders {
            nonce: concat!($p, "signature-nonce"),
            method: concat!($p, "signature-method"),
            version: concat!($p, "signature-version"),
            sdk_version: concat!($p, "sdk-version"),
            lang: concat!($p, "lang"),
            app_id: concat!($p, "app-id"),
            userpool_id: concat!($p, "userpool-id"),
        }
    };
}

/// GenAuth, the default.
pub const GENAUTH: Brand = Brand {
    name: "genauth",
    host: "https://api.genauth.ai",
    prefix: "x-genauth-",
    scheme: "GenAuth",
    headers: brand_headers!("x-genauth-"),
};
/// Authing.
pub const AUTHING: Brand = Brand {
    name: "authing",
    host: "https://api.authing.cn",
    prefix: "x-authing-",
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
    Signature {
        /// Access key id.
        key_id: String,
        /// Access key secret.
        secret: Secret,
    },
    /// A management token fetched with the access keys, cached and refreshed.
    Token {
        /// Access key id.
        key_id: String,
        /// Access key secret.
        secret: Secret,
    },
    /// A token the caller obtained elsewhere (browsers).
    AccessToken {
        /// The token.
        token: Secret,
        /// The user pool id, when given (else read from the token).
        user_pool_id: Option<String>,
    },
}

impl Auth {
    /// `signature`, `token` or `accessToken`.
    pub fn name(&self) -> &'static str {
        match self {
            Auth::Signature { .. } => "signature",
            Auth::Token { .. } => "token",
            Auth::AccessToken { .. } => "accessToken",
        }
    }
}

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

impl Config {
    /// Checks the options object. `in_browser` refuses any configuration that would ship the
    /// access key secret to a page.
    pub fn from_options(options: Vec<(String, Value)>, in_browser: bool) -> Result<Config, Error> {
        let fields = validate(CLIENT_OPTIONS, options, "ManagementClient options", Code::Config)?;
        let get = |name: &str| fields.iter().find(|(f, _): &&(&Field, Value)| f.name == name).map(|(_, v)| v);
        let string = |name: &str| get(name).and_then(Value::as_str).map(str::to_owned);

        // Without a brand, a host of Authing's own domain speaks the `authing` brand (the official
        // Node client's default host is https://api.authing.cn); any other host, GenAuth's.
        let authing_host = string("host").is_some_and(|h| {
            let name = host_name(h.trim()).to_ascii_lowercase();
            name == "authing.cn" || name.ends_with(".authing.cn")
        });
        let brand = match string("brand").as_deref() {
            Some("authing") => &AUTHING,
            None if authing_host => &AUTHING,
            _ => &GENAUTH,
        };
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

        let int = |name: &str| match get(name) {
            Some(Value::Num(n)) => Some(*n as u32),
            _ => None,
        };
        let insecure = matches!(get("dangerouslyAllowInsecureHttp"), Some(Value::Bool(true)));
        // The official client's option for private deployments with an untrusted certificate;
        // `fetch` has no such switch, a `fetch` of the caller's can have one.
        if matches!(get("rejectUnauthorized"), Some(Value::Bool(false))) {
            return Err(config_err(
                "rejectUnauthorized",
                "rejectUnauthorized: false cannot be honoured by fetch; pass a `fetch` option that trusts your server's certificate",
            ));
        }
        let host = normalize_host(string("host").as_deref().unwrap_or(brand.host), insecure)?;
        Ok(Config {
            max_retries: int("maxRetries").unwrap_or(DEFAULT_MAX_RETRIES),
            retry_delay_ms: int("retryDelay").unwrap_or(DEFAULT_RETRY_DELAY_MS),
            deadline_ms: int("deadline"),
            brand,
            host,
            lang: string("lang").unwrap_or_else(|| "zh-CN".to_owned()),
            tenant_id: string("tenantId"),
            timeout_ms: int("timeout").unwrap_or(DEFAULT_TIMEOUT_MS),
            auth,
            throw_on_api_error: matches!(get("throwOnApiError"), Some(Value::Bool(true))),
            strict: matches!(get("strict"), Some(Value::Bool(true))),
        })
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
    let bad = |why: &str| {
        config_err("host", format!("host is not a valid URL ({why}); expected e.g. \"https://api.genauth.ai\""))
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
            "host",
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
