//! The one error type. In JavaScript it becomes a real `Error` named `GenAuthError`.

use std::fmt;
use wasm_bindgen::JsValue;

/// What went wrong, as the `code` field of a `GenAuthError`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The request did not reach the server or no response came back.
    Network,
    /// No response within the timeout.
    Timeout,
    /// The caller's `AbortSignal` fired.
    Aborted,
    /// An HTTP error status with a body that is not an envelope.
    Http,
    /// A success status with a body that is not an envelope.
    Decode,
    /// A call parameter is missing or wrong; nothing was sent.
    InvalidArgument,
    /// A client option is missing or wrong.
    Config,
    /// The management token could not be obtained.
    Auth,
    /// The envelope's `statusCode` is not 200 (with `throwOnApiError`).
    Api,
    /// A token failed a check (signature, alg, format, iss, aud, nonce, unknown kid): `field` names it.
    TokenInvalid,
    /// A token's exp, nbf or iat is outside the leeway: `field` names the claim.
    TokenExpired,
    /// A protocol endpoint answered an OAuth error or a non-2xx status (`status`, `error`, `errorDescription`).
    OAuth,
}

impl Code {
    /// Every code, in the order of the enum: the source of the TypeScript union
    /// `GenAuthErrorCode` (which `tools/generate` writes, with each variant's doc comment) and of
    /// the README's table of codes (which a host test checks).
    pub const ALL: &'static [Code] = &[
        Code::Network,
        Code::Timeout,
        Code::Aborted,
        Code::Http,
        Code::Decode,
        Code::InvalidArgument,
        Code::Config,
        Code::Auth,
        Code::Api,
        Code::TokenInvalid,
        Code::TokenExpired,
        Code::OAuth,
    ];

    /// The code JavaScript names, if it is one.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.as_str() == name)
    }

    /// The string JavaScript sees.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Network => "NETWORK",
            Code::Timeout => "TIMEOUT",
            Code::Aborted => "ABORTED",
            Code::Http => "HTTP",
            Code::Decode => "DECODE",
            Code::InvalidArgument => "INVALID_ARGUMENT",
            Code::Config => "CONFIG",
            Code::Auth => "AUTH",
            Code::Api => "API",
            Code::TokenInvalid => "TOKEN_INVALID",
            Code::TokenExpired => "TOKEN_EXPIRED",
            Code::OAuth => "OAUTH",
        }
    }
}

/// An error with the fields a `GenAuthError` carries. Its message never holds a secret.
#[derive(Clone)]
pub struct Error {
    /// The kind of failure.
    pub code: Code,
    /// What happened and what to do, for a person.
    pub message: String,
    /// The parameter or option at fault, for `INVALID_ARGUMENT` and `CONFIG`.
    pub field: Option<String>,
    /// The HTTP status, when a response came.
    pub status: Option<u16>,
    /// The envelope's `statusCode`.
    pub status_code: Option<f64>,
    /// The envelope's `apiCode`.
    pub api_code: Option<f64>,
    /// The envelope's `requestId` (or the `x-request-id` header).
    pub request_id: Option<String>,
    /// The envelope itself, when there was one.
    pub response: Option<JsValue>,
    /// For `OAUTH`: the answer's `error` and `error_description`, when it had them (boxed: most
    /// errors have neither).
    #[cfg(feature = "authentication")]
    pub oauth: Option<Box<(Option<String>, Option<String>)>>,
}

impl Error {
    /// An error with just a code and a message.
    pub fn new(code: Code, message: impl Into<String>) -> Error {
        Error {
            code,
            message: message.into(),
            field: None,
            status: None,
            status_code: None,
            api_code: None,
            request_id: None,
            response: None,
            #[cfg(feature = "authentication")]
            oauth: None,
        }
    }

    /// An `INVALID_ARGUMENT` or `CONFIG` error about one field.
    pub fn field(code: Code, field: &str, message: impl Into<String>) -> Error {
        Error { field: Some(field.to_owned()), ..Error::new(code, message) }
    }
}

// Hand-written so that no envelope or other payload is ever printed by `{:?}`.
impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("GenAuthError");
        s.field("code", &self.code.as_str())
            .field("message", &self.message)
            .field("field", &self.field)
            .field("status", &self.status)
            // As JavaScript prints them, which keeps the float formatter out of the module.
            .field("statusCode", &self.status_code.map(crate::value::number_string))
            .field("apiCode", &self.api_code.map(crate::value::number_string))
            .field("requestId", &self.request_id);
        #[cfg(feature = "authentication")]
        if let Some(oauth) = &self.oauth {
            s.field("error", &oauth.0).field("errorDescription", &oauth.1);
        }
        s.finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
