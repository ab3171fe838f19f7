//! The one transport: every call goes through [`Client::call`], which validates, encodes,
//! authenticates, sends with the host's `fetch` under a timeout and a caller's signal, and
//! decodes the envelope.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Object, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::config::{Auth, Config, Secret};
use crate::endpoints::{Endpoint, Field, Method, CALL_OPTIONS, TOKEN_PATH};
use crate::error::{Code, Error};
use crate::js;
use crate::retry::{backoff_ms, http_date_ms, retry_after_ms, retryable, Attempt, API_CODE_CLOCK_SKEW};
use crate::sign;
use crate::value::{number_string, path_segment, query_string, write_json_object, Value};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(cb: &Function, ms: u32) -> JsValue;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(id: &JsValue);
}

/// `x-*-sdk-version` value.
const SDK_VERSION: &str = concat!("genauth-wasm:", env!("CARGO_PKG_VERSION"));

/// A management token and what it unlocks.
struct Token {
    access: Secret,
    user_pool_id: String,
    /// When to stop using it (ms since the epoch): its expiry less a safety margin.
    refresh_at: f64,
}

#[derive(Default)]
struct TokenState {
    current: Option<Rc<Token>>,
    /// The token fetch under way, shared by every call that needs a token meanwhile.
    inflight: Option<Promise>,
    /// How the last token fetch failed, for the calls that waited on it.
    last_error: Option<Error>,
}

/// What the host gives a client besides its options: a `fetch` and the hooks.
#[derive(Clone, Default)]
pub struct Host {
    /// A custom `fetch`; the global one when `None`.
    pub fetch: Option<Function>,
    /// Called before each request.
    pub on_request: Option<Function>,
    /// Called after each request, answered or not.
    pub on_response: Option<Function>,
}

/// A client: its checked configuration, its token cache and what it learnt of the server clock.
pub struct Client {
    /// The configuration.
    pub config: Config,
    host: Host,
    tokens: Rc<RefCell<TokenState>>,
    /// Server clock minus ours (ms), learnt from a refused clock (apiCode 1305).
    clock_offset: Cell<f64>,
}

/// Per-call options.
struct CallOptions {
    signal: Option<JsValue>,
    timeout_ms: u32,
    throw_on_api_error: bool,
    max_retries: u32,
    deadline_ms: Option<u32>,
}

/// What came back from one request. Headers stay in JavaScript until asked for: most calls
/// never need them.
struct Raw {
    status: u16,
    /// The body, left in JavaScript: it is parsed there, never copied through the module.
    text: JsValue,
    /// The exchange's result, holding `requestId`, `contentType`, `date` and `retryAfter`.
    result: JsValue,
}

impl Raw {
    fn header(&self, name: &str) -> Option<String> {
        js::get_string(&self.result, name)
    }
}

/// Request headers: names are the brand's, spelt out once; values are per request.
type HeaderList = Vec<(&'static str, String)>;

/// One attempt to send.
#[derive(Clone, Copy)]
struct Request<'a> {
    method: Method,
    url: &'a str,
    headers: &'a [(&'static str, String)],
    body: Option<&'a str>,
    timeout_ms: u32,
    signal: Option<&'a JsValue>,
    /// 1 for the first attempt.
    attempt: u32,
}

/// One failed exchange: the error to report, and what it means for retrying.
struct Failure {
    error: Error,
    attempt: Attempt,
}

/// Longest wait between attempts from backoff, and from a server's `Retry-After`.
const BACKOFF_CAP_MS: f64 = 10_000.0;
const RETRY_AFTER_CAP_MS: f64 = 60_000.0;

impl Client {
    /// A client from a checked configuration and what the host gives it.
    pub fn new(config: Config, host: Host) -> Client {
        Client { config, host, tokens: Rc::default(), clock_offset: Cell::new(0.0) }
    }

    /// Makes one call: `params` and `options` are the caller's objects, untrusted.
    pub async fn call(
        self: Rc<Self>,
        ep: &'static Endpoint,
        params: JsValue,
        options: JsValue,
    ) -> Result<JsValue, Error> {
        let mut fields = check(ep, &params)?;
        if let Some(tenant) = &self.config.tenant_id {
            if let Some(f) = ep.fields.iter().find(|f| f.name == "tenantId") {
                if !fields.iter().any(|(g, _)| g.name == "tenantId") {
                    fields.push((f, Value::Str(tenant.clone())));
                }
            }
        }
        let opts = self.call_options(&options)?;

        // Fields named in the path (`/ip-list/{id}`) go there; the rest by their wire names.
        let mut path = std::borrow::Cow::Borrowed(ep.path);
        let mut params: Vec<(&str, &Value)> = Vec::with_capacity(fields.len());
        for (f, v) in &fields {
            if f.in_path {
                path = path.replace(&format!("{{{}}}", f.name), &path_segment(&v.to_canonical())).into();
            } else {
                params.push((f.wire, v));
            }
        }
        let url = format!("{}{path}", self.config.host);
        let (url, body) = if !ep.query {
            let mut body = String::new();
            write_json_object(params.iter().copied(), &mut body);
            (url, Some(body))
        } else {
            match query_string(&params) {
                // (Empty lists and nulls write nothing: no bare `?`.)
                q if q.is_empty() => (url, None),
                q => (format!("{url}?{q}"), None),
            }
        };
        // What the signature covers: a GET's query, or a body's fields; a query string sent with
        // another method is not signed (as the official client signs it).
        let signed: &[(&str, &Value)] = if ep.query && ep.method != Method::Get { &[] } else { &params };

        let started = js_sys::Date::now();
        let deadline_at = opts.deadline_ms.map(|d| started + f64::from(d));
        let (mut attempt_no, mut retries) = (0u32, 0u32);
        // Recoveries made at most once per call, on top of `maxRetries`: a renewed management
        // token after a 401, and a corrected clock after a refused date (1305).
        let (mut renewed_token, mut corrected_clock) = (false, false);
        loop {
            attempt_no += 1;
            if is_aborted(opts.signal.as_ref()) {
                return Err(Error::new(Code::Aborted, format!("{}: aborted by its signal", ep.name)));
            }
            let remaining = deadline_at.map(|d| d - js_sys::Date::now());
            if remaining.is_some_and(|r| r < 1.0) {
                return Err(deadline_error(ep.name, opts.deadline_ms, attempt_no - 1));
            }
            let timeout_ms = remaining.map_or(opts.timeout_ms, |r| opts.timeout_ms.min(r as u32));
            let (headers, token) = self.headers(ep.method, &path, signed).await?;
            let request = Request {
                method: ep.method,
                url: &url,
                headers: &headers,
                body: body.as_deref(),
                timeout_ms,
                signal: opts.signal.as_ref(),
                attempt: attempt_no,
            };
            let (result, attempt, raw) = match self.exchange(&request).await {
                Err(f) if f.error.code == Code::Aborted => return Err(f.error),
                Err(Failure { error, attempt }) => (Err(error), attempt, None),
                Ok(raw) => match envelope_of(&raw) {
                    None => (Err(not_an_envelope(ep.name, &raw)), Attempt::Http(raw.status), Some(raw)),
                    Some(envelope) => {
                        let status_code = js::get_f64(&envelope, "statusCode").unwrap_or(0.0);
                        let api_code = js::get_f64(&envelope, "apiCode");
                        if let Some(token) = &token {
                            if (raw.status == 401 || status_code == 401.0) && !renewed_token {
                                renewed_token = true;
                                self.drop_token(token);
                                continue;
                            }
                        }
                        if api_code == Some(API_CODE_CLOCK_SKEW)
                            && !corrected_clock
                            && matches!(self.config.auth, Auth::Signature { .. })
                        {
                            if let Some(server) = raw.header("date").as_deref().and_then(http_date_ms) {
                                corrected_clock = true;
                                self.clock_offset.set(server - js_sys::Date::now());
                                continue;
                            }
                        }
                        let result = if opts.throw_on_api_error && status_code != 200.0 {
                            Err(envelope_error(Code::Api, ep.name, raw.status, raw.header("requestId"), envelope))
                        } else {
                            Ok(envelope)
                        };
                        (result, Attempt::Envelope(status_code, api_code), Some(raw))
                    }
                },
            };
            if retries < opts.max_retries && retryable(attempt, ep.idempotent) {
                // The server's `Retry-After`, with or without an envelope; else backoff.
                let wait = raw
                    .as_ref()
                    .and_then(|r| r.header("retryAfter"))
                    .and_then(|v| retry_after_ms(&v, js_sys::Date::now(), RETRY_AFTER_CAP_MS));
                if self.pause(retries + 1, wait, deadline_at, &opts).await? {
                    retries += 1;
                    continue;
                }
            }
            return result;
        }
    }

    /// Waits before retry number `retry`: the server's `Retry-After` if it gave one, else
    /// backoff with full jitter. `Ok(false)` when the wait would pass the deadline (no retry);
    /// an `ABORTED` error when the signal fires meanwhile.
    async fn pause(
        &self,
        retry: u32,
        retry_after: Option<f64>,
        deadline_at: Option<f64>,
        opts: &CallOptions,
    ) -> Result<bool, Error> {
        let wait = retry_after
            .unwrap_or_else(|| backoff_ms(retry, f64::from(self.config.retry_delay_ms), BACKOFF_CAP_MS, js::random()));
        if deadline_at.is_some_and(|d| js_sys::Date::now() + wait >= d) {
            return Ok(false);
        }
        sleep(wait, opts.signal.as_ref()).await?;
        Ok(true)
    }

    /// One request with the hooks around it.
    async fn exchange(&self, request: &Request<'_>) -> Result<Raw, Failure> {
        let Request { method, url, headers, attempt, .. } = *request;
        // Each hook gets its own object: what one hook keeps, the next does not change.
        let info = || {
            let o = Object::new();
            js::set(&o, "method", method.as_str().into());
            js::set(&o, "url", url.into());
            js::set(&o, "attempt", attempt.into());
            o
        };
        let set = |o: &Object, k: &str, v: JsValue| js::set(o, k, v);
        if let Some(hook) = &self.host.on_request {
            // Every header but the credential, which is never shown.
            let shown: Vec<(&str, &str)> = headers
                .iter()
                .map(|(k, v)| (*k, if *k == "authorization" { "[redacted]" } else { v.as_str() }))
                .collect();
            let o = info();
            set(&o, "headers", js::json_object(&shown));
            let _ = hook.call1(&JsValue::UNDEFINED, &o);
        }
        let started = js_sys::Date::now();
        let result = self.send(request).await;
        if let Some(hook) = &self.host.on_response {
            let o = info();
            set(&o, "durationMs", (js_sys::Date::now() - started).into());
            match &result {
                Ok(raw) => {
                    set(&o, "status", raw.status.into());
                    if let Some(id) = envelope_of(raw)
                        .and_then(|e| js::get_string(&e, "requestId"))
                        .or_else(|| raw.header("requestId"))
                    {
                        set(&o, "requestId", id.into());
                    }
                }
                Err(f) => set(&o, "error", f.error.code.as_str().into()),
            }
            let _ = hook.call1(&JsValue::UNDEFINED, &o);
        }
        result
    }

    fn call_options(&self, options: &JsValue) -> Result<CallOptions, Error> {
        let given = js::read_object(options, "call options", Code::InvalidArgument, true)?;
        let fields = crate::validate::validate(CALL_OPTIONS, given, "call options", Code::InvalidArgument)?;
        let mut opts = CallOptions {
            signal: None,
            timeout_ms: self.config.timeout_ms,
            throw_on_api_error: self.config.throw_on_api_error,
            max_retries: self.config.max_retries,
            deadline_ms: self.config.deadline_ms,
        };
        for (f, v) in fields {
            match (f.name, v) {
                ("timeout", Value::Num(n)) => opts.timeout_ms = n as u32,
                ("maxRetries", Value::Num(n)) => opts.max_retries = n as u32,
                ("deadline", Value::Num(n)) => opts.deadline_ms = Some(n as u32),
                ("throwOnApiError", Value::Bool(b)) => opts.throw_on_api_error = b,
                ("signal", _) => {
                    let signal = js::get(options, "signal");
                    if js::get(&signal, "aborted").as_bool().is_none()
                        || !js::get(&signal, "addEventListener").is_function()
                    {
                        return Err(Error::field(
                            Code::InvalidArgument,
                            "signal",
                            "call options: \"signal\" must be an AbortSignal",
                        ));
                    }
                    opts.signal = Some(signal);
                }
                _ => {}
            }
        }
        Ok(opts)
    }

    /// The request headers for one attempt (in the order the official client sends them), and
    /// the management token they carry, if any.
    async fn headers(
        &self,
        method: Method,
        path: &str,
        params: &[(&str, &Value)],
    ) -> Result<(HeaderList, Option<Rc<Token>>), Error> {
        let n = &self.config.brand.headers;
        let mut h: HeaderList = Vec::with_capacity(11);
        h.push(("accept", "application/json".into()));
        h.push(("content-type", "application/json".into()));
        let common = |h: &mut HeaderList| {
            h.push((n.sdk_version, SDK_VERSION.into()));
            h.push((n.lang, self.config.lang.clone()));
            if let Some(t) = &self.config.tenant_id {
                h.push((n.app_id, t.clone()));
            }
        };
        match &self.config.auth {
            Auth::Signature { key_id, secret } => {
                h.push((n.nonce, js::nonce()?));
                h.push((n.method, "HMAC-SHA1".into()));
                h.push((n.version, "1.0".into()));
                common(&mut h);
                let now = js_sys::Date::now() + self.clock_offset.get();
                h.push(("date", String::from(js_sys::Date::new(&now.into()).to_utc_string())));
                let pairs: Vec<(&str, &str)> = h.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let sts = sign::string_to_sign(method.as_str(), &pairs, self.config.brand.prefix, path, params);
                let auth = format!("{} {key_id}:{}", self.config.brand.scheme, sign::signature(&secret.0, &sts));
                h.push(("authorization", auth));
                Ok((h, None))
            }
            Auth::Token { .. } => {
                let token = self.token().await?;
                common(&mut h);
                h.push((n.userpool_id, token.user_pool_id.clone()));
                h.push(("authorization", format!("Bearer {}", token.access.0)));
                Ok((h, Some(token)))
            }
            Auth::AccessToken { token, user_pool_id } => {
                common(&mut h);
                // Filled in at construction (given, or read from the token).
                h.push((n.userpool_id, user_pool_id.clone().unwrap_or_default()));
                h.push(("authorization", format!("Bearer {}", token.0)));
                Ok((h, None))
            }
        }
    }

    /// A fresh cached token, or the result of the one token fetch under way (started here if
    /// there is none).
    async fn token(&self) -> Result<Rc<Token>, Error> {
        let pending = {
            let mut state = self.tokens.borrow_mut();
            if let Some(t) = state.current.as_ref().filter(|t| js_sys::Date::now() < t.refresh_at) {
                return Ok(t.clone());
            }
            if state.inflight.is_none() {
                let Auth::Token { key_id, secret } = &self.config.auth else {
                    return Err(Error::new(Code::Config, "token auth is not configured"));
                };
                let (key_id, secret) = (key_id.clone(), secret.clone());
                let fetcher = Client::new(self.config.clone(), self.host.clone());
                let tokens = self.tokens.clone();
                state.current = None;
                state.inflight = Some(wasm_bindgen_futures::future_to_promise(async move {
                    let result = fetcher.fetch_token(&key_id, &secret).await;
                    let mut state = tokens.borrow_mut();
                    state.inflight = None;
                    match result {
                        Ok(t) => (state.current, state.last_error) = (Some(Rc::new(t)), None),
                        Err(e) => state.last_error = Some(e),
                    }
                    Ok(JsValue::UNDEFINED)
                }));
            }
            state.inflight.clone()
        };
        if let Some(p) = pending {
            let _ = JsFuture::from(p).await;
        }
        let state = self.tokens.borrow();
        match (&state.current, &state.last_error) {
            (Some(t), _) => Ok(t.clone()),
            (None, Some(e)) => Err(e.clone()),
            (None, None) => Err(Error::new(Code::Auth, "the management token fetch did not finish")),
        }
    }

    fn drop_token(&self, used: &Rc<Token>) {
        let mut state = self.tokens.borrow_mut();
        if state.current.as_ref().is_some_and(|t| Rc::ptr_eq(t, used)) {
            state.current = None;
        }
    }

    async fn fetch_token(&self, key_id: &str, secret: &Secret) -> Result<Token, Error> {
        let n = &self.config.brand.headers;
        let mut headers: HeaderList = vec![
            ("accept", "application/json".to_owned()),
            ("content-type", "application/json".to_owned()),
            (n.sdk_version, SDK_VERSION.to_owned()),
            (n.lang, self.config.lang.clone()),
        ];
        if let Some(t) = &self.config.tenant_id {
            headers.push((n.app_id, t.clone()));
        }
        let (id, sec) = (Value::str(key_id), Value::Str(secret.0.clone()));
        let mut body = String::new();
        write_json_object([("accessKeyId", &id), ("accessKeySecret", &sec)].into_iter(), &mut body);
        let url = format!("{}{TOKEN_PATH}", self.config.host);
        let started = js_sys::Date::now();
        // Fetching a token is safe to repeat: the same retry policy as any such call.
        let mut retries = 0;
        let raw = loop {
            let request = Request {
                method: Method::Post,
                url: &url,
                headers: &headers,
                body: Some(&body),
                timeout_ms: self.config.timeout_ms,
                signal: None,
                attempt: retries + 1,
            };
            let result = self.exchange(&request).await;
            let attempt = match &result {
                Err(f) => f.attempt,
                Ok(raw) => match envelope_of(raw) {
                    Some(e) => {
                        Attempt::Envelope(js::get_f64(&e, "statusCode").unwrap_or(0.0), js::get_f64(&e, "apiCode"))
                    }
                    None => Attempt::Http(raw.status),
                },
            };
            if retries < self.config.max_retries && retryable(attempt, true) {
                retries += 1;
                sleep(backoff_ms(retries, f64::from(self.config.retry_delay_ms), BACKOFF_CAP_MS, js::random()), None)
                    .await?;
                continue;
            }
            break result.map_err(|f| f.error)?;
        };
        let failed = |msg: &str| {
            let mut e = Error::new(Code::Auth, format!("could not obtain a management token: {msg}"));
            e.status = Some(raw.status);
            e.request_id = raw.header("requestId");
            e
        };
        let envelope =
            js::parse_json_value(&raw.text).ok_or_else(|| failed("the token endpoint did not answer JSON"))?;
        if js::get_f64(&envelope, "statusCode") != Some(200.0) {
            // Only the envelope's fields are kept: a failed token envelope holds no token.
            return Err(envelope_error(
                Code::Auth,
                "get-management-token",
                raw.status,
                raw.header("requestId"),
                envelope,
            ));
        }
        let data = js::get(&envelope, "data");
        let access = js::get_string(&data, "access_token")
            .filter(|t| !t.is_empty())
            .ok_or_else(|| failed("no access_token in the answer"))?;
        let expires_in = js::get_f64(&data, "expires_in").filter(|n| n.is_finite() && *n > 0.0).unwrap_or(7200.0);
        let user_pool_id =
            user_pool_from_jwt(&access).ok_or_else(|| failed("the token carries no scoped_userpool_id"))?;
        let lifetime = expires_in * 1000.0;
        Ok(Token {
            access: Secret(access),
            user_pool_id,
            refresh_at: started + lifetime - (lifetime / 10.0).min(60_000.0),
        })
    }

    /// One HTTP exchange under a timeout and the caller's signal, made by the small JavaScript
    /// function below: one crossing into JavaScript and one back per request, where wiring the
    /// abort controller, timer and listeners from here took dozens.
    async fn send(&self, request: &Request<'_>) -> Result<Raw, Failure> {
        let Request { method, url, headers, body, timeout_ms, signal, .. } = *request;
        let headers = js::json_object(headers);
        let fetch = self.host.fetch.as_ref().map_or(JsValue::UNDEFINED, |f| f.clone().into());
        let signal = signal.cloned().unwrap_or(JsValue::UNDEFINED);
        let body = body.map_or(JsValue::UNDEFINED, JsValue::from_str);
        let result = JsFuture::from(exchange(&fetch, url, method.as_str(), &headers, &body, timeout_ms, &signal))
            .await
            .unwrap_or_else(|e| e);
        let get = |k: &str| js::get(&result, k);
        if let Some(failed) = get("failed").as_f64() {
            let error = get("error");
            return Err(match failed as u8 {
                1 => Failure {
                    error: Error::new(
                        Code::Timeout,
                        format!("no response within {timeout_ms} ms from {}", origin(url)),
                    ),
                    attempt: Attempt::Timeout,
                },
                2 => Failure {
                    error: Error::new(Code::Aborted, "the call was aborted by its signal"),
                    attempt: Attempt::Network,
                },
                3 => Failure {
                    error: Error::new(
                        Code::Network,
                        "fetch resolved to something that is not a Response (no HTTP status)",
                    ),
                    attempt: Attempt::Network,
                },
                _ => {
                    let (text, unreached) = describe_js_error(&error);
                    Failure {
                        error: Error::new(Code::Network, format!("could not reach {}: {text}", origin(url))),
                        attempt: if unreached { Attempt::Unreached } else { Attempt::Network },
                    }
                }
            });
        }
        let status = get("status").as_f64().unwrap_or(0.0);
        // A browser shows a redirect as an opaque response with status 0.
        if (300.0..400.0).contains(&status) || get("type").as_string().as_deref() == Some("opaqueredirect") {
            let mut error = Error::new(
                Code::Http,
                format!(
                    "{} answered with a redirect, which is not followed: requests carry credentials; check the host",
                    origin(url)
                ),
            );
            error.status = Some(status as u16);
            return Err(Failure { error, attempt: Attempt::Http(status as u16) });
        }
        Ok(Raw { status: status as u16, text: get("text"), result })
    }
}

#[wasm_bindgen(inline_js = r#"
export async function exchange(fetchImpl, url, method, headers, body, timeoutMs, signal) {
  const controller = new AbortController();
  let why = 0;
  const onAbort = () => { why ||= 2; controller.abort(); };
  const timer = setTimeout(() => { why ||= 1; controller.abort(); }, timeoutMs);
  signal?.addEventListener("abort", onAbort);
  // Redirects are refused by the caller: "manual", not "error", which Cloudflare's workerd lacks.
  const init = { method, headers, redirect: "manual", signal: controller.signal };
  if (body !== undefined) init.body = body;
  try {
    const res = await (fetchImpl ? fetchImpl(url, init) : fetch(url, init));
    if (typeof res?.status !== "number" || typeof res.text !== "function") return { failed: 3 };
    const text = await res.text();
    const get = (name) => res.headers?.get?.(name) ?? undefined;
    return { status: res.status, type: res.type, text: String(text), requestId: get("x-request-id"), contentType: get("content-type"), date: get("date"), retryAfter: get("retry-after") };
  } catch (error) {
    return { failed: why, error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}
"#)]
extern "C" {
    /// Resolves to `{ status, type, text, requestId, contentType, date, retryAfter }`, or to
    /// `{ failed, error }` (`failed`: 0 network, 1 timeout, 2 the caller's signal, 3 not a
    /// Response); it never rejects.
    fn exchange(
        fetch: &JsValue,
        url: &str,
        method: &str,
        headers: &JsValue,
        body: &JsValue,
        timeout_ms: u32,
        signal: &JsValue,
    ) -> Promise;
}

fn is_aborted(signal: Option<&JsValue>) -> bool {
    signal.is_some_and(|s| js::get(s, "aborted").is_truthy())
}

/// Waits `ms`, or until `signal` fires (then `ABORTED`). The timer and the listener are
/// removed either way, so nothing keeps a process alive after a call settles.
async fn sleep(ms: f64, signal: Option<&JsValue>) -> Result<(), Error> {
    if ms >= 1.0 {
        let mut resolve = None;
        let done = Promise::new(&mut |res, _| resolve = Some(res));
        if let Some(resolve) = resolve {
            let timer = set_timeout(&resolve, ms as u32);
            if let Some(s) = signal {
                let _ = js::call_method(s, "addEventListener", &[&"abort".into(), &resolve]);
            }
            let _ = JsFuture::from(done).await;
            clear_timeout(&timer);
            if let Some(s) = signal {
                let _ = js::call_method(s, "removeEventListener", &[&"abort".into(), &resolve]);
            }
        }
    }
    if is_aborted(signal) {
        return Err(Error::new(Code::Aborted, "the call was aborted by its signal while waiting to retry"));
    }
    Ok(())
}

/// The body as an envelope: a JSON object with a numeric `statusCode`.
fn envelope_of(raw: &Raw) -> Option<JsValue> {
    js::parse_json_value(&raw.text).filter(|v| v.is_object() && js::get_f64(v, "statusCode").is_some())
}

fn not_an_envelope(call: &str, raw: &Raw) -> Error {
    let (code, what) = if (200..300).contains(&raw.status) {
        (Code::Decode, "a success status")
    } else {
        (Code::Http, "an error status")
    };
    let mut e = Error::new(
        code,
        format!(
            "{call}: HTTP {} ({what}) with a body that is not a GenAuth envelope ({}, {} characters); check the host",
            raw.status,
            raw.header("contentType").unwrap_or_else(|| "no content-type".into()),
            js::get_f64(&raw.text, "length").unwrap_or(0.0) as u32
        ),
    );
    e.status = Some(raw.status);
    e.request_id = raw.header("requestId");
    e
}

fn deadline_error(call: &str, deadline_ms: Option<u32>, attempts: u32) -> Error {
    Error::new(
        Code::Timeout,
        format!("{call}: the deadline of {} ms passed after {attempts} attempt(s)", deadline_ms.unwrap_or(0)),
    )
}

/// Reads and validates a caller's params for a call: the fields to send, defaults filled in.
pub fn check(ep: &'static Endpoint, params: &JsValue) -> Result<Vec<(&'static Field, Value)>, Error> {
    // No params at all is an empty object: calls without required fields can be made bare.
    let given = js::read_object(params, ep.name, Code::InvalidArgument, true)?;
    // In a JSON body an optional field given as `null` is sent as `null` (a field cleared), as the
    // official client sends it; in a query string `null` means "not given".
    let nulls: Vec<String> = if ep.query {
        Vec::new()
    } else {
        given.iter().filter(|(_, v)| *v == Value::Null).map(|(k, _)| k.clone()).collect()
    };
    let mut fields = crate::validate::validate(ep.fields, given, ep.name, Code::InvalidArgument)?;
    for name in nulls {
        if let Some(f) = ep.fields.iter().find(|f| f.name == name && !f.required) {
            match fields.iter_mut().find(|(g, _)| g.name == f.name) {
                Some((_, v)) => *v = Value::Null,
                None => fields.push((f, Value::Null)),
            }
        }
    }
    // A field sent in the path must not be a dot segment, which URL parsing resolves away.
    for (f, v) in &fields {
        if f.in_path && matches!(v.as_str(), Some("." | "..")) {
            return Err(Error::field(
                Code::InvalidArgument,
                f.name,
                format!("{}: \"{}\" goes in the path and must not be \".\" or \"..\"", ep.name, f.name),
            ));
        }
    }
    Ok(fields)
}

/// An error carrying an envelope's fields (and the envelope).
fn envelope_error(code: Code, call: &str, status: u16, header_request_id: Option<String>, envelope: JsValue) -> Error {
    let status_code = js::get_f64(&envelope, "statusCode");
    let api_code = js::get_f64(&envelope, "apiCode");
    let request_id = js::get_string(&envelope, "requestId").or(header_request_id);
    let message = js::get_string(&envelope, "message").unwrap_or_default();
    let mut e = Error::new(
        code,
        format!(
            "{call}: statusCode {}{}: {message}{}",
            number_string(status_code.unwrap_or(0.0)),
            api_code.map(|c| format!(" (apiCode {})", number_string(c))).unwrap_or_default(),
            request_id.as_deref().map(|r| format!(" [requestId {r}]")).unwrap_or_default()
        ),
    );
    e.status = Some(status);
    e.status_code = status_code;
    e.api_code = api_code;
    e.request_id = request_id;
    // The token endpoint's failure envelope carries no token, so it is safe to attach.
    e.response = Some(envelope);
    e
}

/// `scheme://host[:port]` of a URL, for messages.
fn origin(url: &str) -> &str {
    let after_scheme = crate::config::scheme_end(url).map_or(0, |i| i + 3);
    url[after_scheme..].find('/').map_or(url, |i| &url[..after_scheme + i])
}

/// A thrown value's message (with, for Node's `fetch failed`, the cause's code), and whether
/// the cause says no connection was ever made.
fn describe_js_error(e: &JsValue) -> (String, bool) {
    const UNREACHED: &[&str] =
        &["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"];
    let message = js::get_string(e, "message").or_else(|| e.as_string()).unwrap_or_else(|| "fetch failed".into());
    let cause = js::get(e, "cause");
    let code = js::get_string(&cause, "code");
    let unreached = code.as_deref().is_some_and(|c| UNREACHED.contains(&c));
    match code.or_else(|| js::get_string(&cause, "message")) {
        Some(c) => (format!("{message} ({c})"), unreached),
        None => (message, unreached),
    }
}

/// The user pool id a management token is scoped to (its `scoped_userpool_id` claim).
pub fn user_pool_from_jwt(token: &str) -> Option<String> {
    let payload = token.split('.').nth(1)?;
    let bytes = sign::base64url_decode(payload)?;
    let claims = js::parse_json(std::str::from_utf8(&bytes).ok()?)?;
    js::get_string(&claims, "scoped_userpool_id").filter(|s| !s.is_empty())
}
