//! The driver: carries out the steps of the call machine ([`crate::machine`]) with the host's
//! `fetch` and timers. It reads and checks a call's params when the method is called
//! ([`Client::prepare`], synchronous), then runs the machine ([`Client::run`]): every request
//! and every body read is raced against its own timer and the caller's signal, so a timeout,
//! deadline or abort holds whatever the host's `fetch` does.

#[cfg(not(feature = "authentication"))]
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use js_sys::{Function, Object, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[cfg(not(feature = "authentication"))]
use crate::config::Auth;
use crate::config::Config;
#[cfg(not(feature = "authentication"))]
use crate::endpoints::MAX_TOKEN;
use crate::endpoints::{Endpoint, CALL_OPTIONS};
use crate::error::{Code, Error};
use crate::js;
#[cfg(not(feature = "authentication"))]
use crate::machine::Token;
use crate::machine::{self, Call, Core, Entropy, Options, Outcome, Plan, Reply, Send, Step, Verdict};
use crate::retry::Attempt;
use crate::sign;
use crate::validate::Param;
use crate::value::{number_string, Value};

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

impl Host {
    /// The `fetch`, `onRequest` and `onResponse` functions of a client's options object.
    pub fn of_options(options: &JsValue) -> Host {
        let function = |name: &str| js::get(options, name).dyn_into::<Function>().ok();
        Host { fetch: function("fetch"), on_request: function("onRequest"), on_response: function("onResponse") }
    }
}

/// A token fetch under way, shared by every call that needs a token meanwhile.
#[cfg(not(feature = "authentication"))]
#[derive(Clone)]
struct TokenFetch {
    /// Settles (never rejects) when the fetch is over.
    settled: Promise,
    result: Rc<RefCell<Option<TokenResult>>>,
}

#[cfg(not(feature = "authentication"))]
type TokenResult = Result<Rc<Token>, Error>;
/// The machine's loop, boxed: a token call runs inside a call.
type Driven<'a> = Pin<Box<dyn Future<Output = Result<(Verdict, Option<Raw>), Error>> + 'a>>;

/// A client: its state (the machine's [`Core`]), what the host gave it, and the token fetch
/// under way.
pub struct Client {
    /// Configuration, token and clock offset.
    pub core: Core,
    host: Host,
    #[cfg(not(feature = "authentication"))]
    inflight: RefCell<Option<TokenFetch>>,
}

/// A call read and checked when its method was called: nothing of the caller's objects is read
/// after that.
pub struct Prepared {
    plan: Plan,
    opts: Options,
    signal: Option<JsValue>,
}

/// What came back from one request. Headers stay in JavaScript until asked for.
struct Raw {
    status: u16,
    /// The body parsed, when it is an envelope (a JSON object with a numeric `statusCode`).
    envelope: Option<JsValue>,
    /// The exchange's result, holding `requestId`, `contentType`, `date` and `retryAfter`.
    result: JsValue,
}

impl Reply for Raw {
    fn header(&self, name: &str) -> Option<String> {
        let key = match name {
            "retry-after" => "retryAfter",
            "content-type" => "contentType",
            "x-request-id" => "requestId",
            other => other,
        };
        // A header this client reads is short; a longer one is garbage, and is not copied whole.
        js::get_string_max(&self.result, key, 200)
    }

    #[cfg(not(feature = "authentication"))]
    fn token(&self) -> (Option<String>, Option<f64>, Option<String>) {
        let data = self.envelope.as_ref().map(|e| js::get(e, "data")).unwrap_or_default();
        // A token longer than the `accessToken` option takes is not read (nor sent as a header).
        let access = js::get_string_max(&data, "access_token", MAX_TOKEN).filter(|t| !t.ends_with('…'));
        let pool = access.as_deref().and_then(user_pool_from_jwt);
        (access, js::get_f64(&data, "expires_in"), pool)
    }
}

/// One failed exchange: the error to report, and what it means for retrying.
struct Failure {
    error: Error,
    attempt: Attempt,
}

/// Nonces and jitter from the host's cryptographic source.
struct HostEntropy;

impl Entropy for HostEntropy {
    #[cfg(not(feature = "authentication"))]
    fn nonce(&mut self) -> Result<String, Error> {
        js::nonce()
    }
    fn unit(&mut self) -> f64 {
        js::random()
    }
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn aborted(what: &str) -> Error {
    Error::new(Code::Aborted, format!("the call was aborted by its signal{what}"))
}

impl Client {
    /// A client from a checked configuration and what the host gives it.
    pub fn new(config: Config, host: Host) -> Client {
        Client {
            core: Core::new(config),
            host,
            #[cfg(not(feature = "authentication"))]
            inflight: RefCell::new(None),
        }
    }

    /// Refuses a call in a runtime with no `fetch` to make it with.
    fn ready(&self) -> Result<(), Error> {
        // The global `fetch` is looked up at each call, not when the client is made: a fetch
        // installed after the client (a polyfill, a test's mock) is used.
        if self.host.fetch.is_none() && !js::get(&js_sys::global(), "fetch").is_function() {
            return Err(Error::field(
                Code::Config,
                "fetch",
                concat!("this runtime has no global fetch; pass one as the `fetch` option of ", client_name!()),
            ));
        }
        Ok(())
    }

    /// Reads and checks a call: `params` and `options` are the caller's objects, untrusted,
    /// read here once (so changing them after the call changes nothing).
    pub fn prepare(&self, ep: &'static Endpoint, params: &JsValue, options: &JsValue) -> Result<Prepared, Error> {
        self.ready()?;
        let config = &self.core.config;
        let mut fields = check(ep, params, config.strict)?;
        if let Some(tenant) = &config.tenant_id {
            if let Some(f) = ep.fields.iter().find(|f| f.name == "tenantId") {
                if !fields.iter().any(|(g, _)| g.wire() == f.wire) {
                    fields.push((Param::Field(f), Value::Str(tenant.clone())));
                }
            }
        }
        let (opts, signal) = call_options(config, options)?;
        Ok(Prepared { plan: machine::plan(ep, fields, config)?, opts, signal })
    }

    /// Reads and checks an AuthenticationClient's call, as [`Client::prepare`] does; with
    /// `with_client_secret`, the app's `client_id` and `client_secret` go in the body after the
    /// caller's fields. The user's access token it carries is the client's now.
    #[cfg(feature = "authentication")]
    pub fn prepare_app_call(
        &self,
        ep: &'static Endpoint,
        params: &JsValue,
        options: &JsValue,
        with_client_secret: bool,
    ) -> Result<Prepared, Error> {
        self.ready()?;
        let config = &self.core.config;
        let mut fields = check(ep, params, config.strict)?;
        if with_client_secret {
            machine::add_client_secret(ep, &mut fields, config)?;
        }
        let (opts, signal) = call_options(config, options)?;
        let mut plan = machine::plan(ep, fields, config)?;
        plan.bind_session(self.core.access_token.borrow().as_ref());
        Ok(Prepared { plan, opts, signal })
    }

    /// Reads and checks a protocol request (`authClientRequest`'s spec) and its call options.
    #[cfg(feature = "authentication")]
    pub fn prepare_request(&self, spec: &JsValue, options: &JsValue) -> Result<Prepared, Error> {
        self.ready()?;
        let given = js::read_object(spec, "request", Code::InvalidArgument, false)?;
        let request = machine::Request::read(given)?;
        let (opts, signal) = call_options(&self.core.config, options)?;
        let mut plan = machine::request_plan(request, &self.core.config)?;
        plan.bind_session(self.core.access_token.borrow().as_ref());
        Ok(Prepared { plan, opts, signal })
    }

    /// Runs a prepared call to its end.
    pub async fn run(self: Rc<Self>, call: Prepared) -> Result<JsValue, Error> {
        let Prepared { plan, opts, signal } = call;
        let mut call = Call::new(plan, opts, now());
        let outcome = self.drive(&mut call, signal.as_ref()).await?;
        // A protocol request answers the body: its text, or the JSON in it (as axios answers:
        // the text when it is not JSON).
        #[cfg(feature = "authentication")]
        if call.plan().protocol {
            return match outcome {
                (Verdict::Resolve, Some(raw)) => {
                    let text = js::get(&raw.result, "text");
                    Ok(if call.plan().text { text } else { js::parse_json_value(&text).unwrap_or(text) })
                }
                (verdict, last) => Err(failure(verdict, call.plan(), last)),
            };
        }
        match outcome {
            (Verdict::Resolve, Some(Raw { envelope: Some(e), .. })) => Ok(e),
            (verdict, last) => Err(failure(verdict, call.plan(), last)),
        }
    }

    /// The machine's loop: one step at a time until it is done.
    fn drive<'a>(self: &'a Rc<Self>, call: &'a mut Call, signal: Option<&'a JsValue>) -> Driven<'a> {
        Box::pin(async move {
            let mut last = None;
            loop {
                // (The caller's signal is checked where the call waits: by the exchange, the
                // wait before a retry and the wait for a token, each naming what it cut short.)
                match call.poll(&self.core, now(), &mut HostEntropy) {
                    Step::Send(send) => {
                        last = None;
                        let outcome = self.exchange(call.plan(), &send, signal).await;
                        let at = now();
                        match outcome {
                            Err(Failure { error, attempt }) => {
                                call.sent(&self.core, Outcome::Failed(attempt, error), at, &mut HostEntropy)
                            }
                            Ok(raw) => {
                                let envelope = raw.envelope.as_ref().map(|_| {
                                    let number = |k| js::get_f64(&raw.result, k);
                                    (number("statusCode").unwrap_or(0.0), number("apiCode"))
                                });
                                let outcome = Outcome::Answered { status: raw.status, envelope, reply: &raw };
                                call.sent(&self.core, outcome, at, &mut HostEntropy);
                                last = Some(raw);
                            }
                        }
                    }
                    Step::Wait(ms) => {
                        if settle(None, ms, signal).await == Settled::Aborted {
                            return Err(aborted(" while waiting to retry"));
                        }
                    }
                    #[cfg(not(feature = "authentication"))]
                    Step::Token => {
                        let token = self.obtain_token(call, signal).await;
                        call.token(token);
                    }
                    Step::Done(verdict) => return Ok((verdict, last)),
                }
            }
        })
    }

    /// A management token for `call`: the cached one, the one another call is fetching, or one
    /// fetched now by a token call of the machine under this call's signal, deadline, timeout
    /// and retries (shared with the calls that need one meanwhile).
    #[cfg(not(feature = "authentication"))]
    async fn obtain_token(self: &Rc<Self>, call: &Call, signal: Option<&JsValue>) -> Result<Rc<Token>, Error> {
        let Auth::Token { key_id, secret } = &self.core.config.auth else {
            return Err(Error::new(Code::Config, "token auth is not configured"));
        };
        let opts = call.options();
        let mut started = false;
        // Bounded: a fetch of another call's that ended by its own signal or timeout is not
        // this call's failure, so this call fetches one itself; a few times at most.
        for _ in 0..4 {
            if let Some(t) = self.core.cached_token(now()) {
                return Ok(t);
            }
            let shared = self.inflight.borrow().clone();
            let fetch = match shared {
                Some(f) => f,
                None => {
                    started = true;
                    // The token request has what is left of this call's deadline.
                    let mut token_opts = opts;
                    token_opts.deadline_ms = call.remaining(now()).map(|r| r.max(0.0) as u32);
                    self.start_token_fetch(machine::token_plan(&self.core.config, key_id, secret), token_opts, signal)
                }
            };
            // Waiting on a fetch, this call still obeys its own signal and deadline, and waits on
            // another call's fetch no longer than its own would take (every attempt timing
            // out); then it fetches one itself.
            let remaining = call.remaining(now()).map(|r| r.max(0.0));
            let budget = f64::from(opts.timeout_ms) * f64::from(opts.max_retries + 1);
            let bound = match (remaining, started) {
                (Some(r), true) => r,
                (Some(r), false) => r.min(budget),
                (None, true) => -1.0,
                (None, false) => budget,
            };
            match settle(Some(&fetch.settled), bound, signal).await {
                Settled::Aborted => return Err(aborted(" while obtaining a management token")),
                Settled::Timer if remaining.is_some_and(|r| r <= bound) => return Err(call.deadline_error()),
                Settled::Timer => {
                    // Another call's fetch outlasted this call's budget: it is no longer the one
                    // to wait on (unless a newer one already is), and this call joins a newer
                    // fetch or starts one.
                    let mut inflight = self.inflight.borrow_mut();
                    if inflight.as_ref().is_some_and(|f| Rc::ptr_eq(&f.result, &fetch.result)) {
                        *inflight = None;
                    }
                    continue;
                }
                Settled::Done => {}
            }
            let result = fetch.result.borrow().clone();
            match result {
                Some(Ok(t)) => return Ok(t),
                Some(Err(e)) if started || !matches!(e.code, Code::Aborted | Code::Timeout) => return Err(e),
                _ => {}
            }
        }
        Err(Error::new(Code::Auth, "could not obtain a management token: every fetch was cut short"))
    }

    /// Starts a token fetch that other calls can wait on.
    #[cfg(not(feature = "authentication"))]
    fn start_token_fetch(self: &Rc<Self>, plan: Plan, opts: Options, signal: Option<&JsValue>) -> TokenFetch {
        let result = Rc::new(RefCell::new(None));
        let (client, slot, signal) = (self.clone(), result.clone(), signal.cloned());
        let settled = wasm_bindgen_futures::future_to_promise(async move {
            let mut call = Call::new(plan, opts, now());
            let outcome = match client.drive(&mut call, signal.as_ref()).await {
                Ok((Verdict::Token(t), _)) => Ok(t),
                Ok((verdict, last)) => Err(failure(verdict, call.plan(), last)),
                Err(e) => Err(e),
            };
            if let Ok(t) = &outcome {
                *client.core.token.borrow_mut() = Some(t.clone());
            }
            *slot.borrow_mut() = Some(outcome);
            // No longer the fetch to wait on (unless a newer one already is).
            let mut inflight = client.inflight.borrow_mut();
            if inflight.as_ref().is_some_and(|f| Rc::ptr_eq(&f.result, &slot)) {
                *inflight = None;
            }
            Ok(JsValue::UNDEFINED)
        });
        let fetch = TokenFetch { settled, result };
        *self.inflight.borrow_mut() = Some(fetch.clone());
        fetch
    }

    /// One request with the hooks around it.
    async fn exchange(&self, plan: &Plan, send: &Send, signal: Option<&JsValue>) -> Result<Raw, Failure> {
        // Each hook gets its own object: what one hook keeps, the next does not change.
        // An AuthenticationClient's query may carry a token (userinfo's access_token, a CAS
        // ticket, generateLinkExtIdpUrl's id_token, an invitation token): hooks see the URL
        // without it.
        #[cfg(feature = "authentication")]
        let url = plan.url.split('?').next().unwrap_or("");
        #[cfg(not(feature = "authentication"))]
        let url = plan.url.as_str();
        let info = || {
            let o = Object::new();
            js::set(&o, "method", plan.method.as_str().into());
            js::set(&o, "url", url.into());
            js::set(&o, "attempt", send.attempt.into());
            o
        };
        if let Some(hook) = &self.host.on_request {
            // Every header but the credential, which is never shown.
            let shown: Vec<(&str, &str)> = send
                .headers
                .iter()
                .map(|(k, v)| (*k, if *k == "authorization" { "[redacted]" } else { v.as_str() }))
                .collect();
            let o = info();
            js::set(&o, "headers", js::json_object(&shown));
            call_hook(hook, &o);
        }
        let started = now();
        let result = self.send(plan, send, signal).await;
        if let Some(hook) = &self.host.on_response {
            let o = info();
            js::set(&o, "durationMs", (now() - started).into());
            match &result {
                Ok(raw) => {
                    js::set(&o, "status", raw.status.into());
                    if let Some(id) = raw
                        .envelope
                        .as_ref()
                        .and_then(|e| js::get_string_max(e, "requestId", 200))
                        .or_else(|| raw.header("x-request-id"))
                    {
                        js::set(&o, "requestId", id.into());
                    }
                }
                Err(f) => js::set(&o, "error", f.error.code.as_str().into()),
            }
            call_hook(hook, &o);
        }
        result
    }

    /// One HTTP exchange, made by the small JavaScript function below: one crossing into
    /// JavaScript and one back per request.
    async fn send(&self, plan: &Plan, send: &Send, signal: Option<&JsValue>) -> Result<Raw, Failure> {
        let (url, timeout_ms) = (plan.url.as_str(), send.timeout_ms);
        // The request as one string, `method NUL url NUL headers-as-JSON [NUL body]`: one string
        // crossing instead of four. No part can hold a NUL: the host refuses control
        // characters, the path and query are percent-encoded, and JSON escapes it.
        let mut packed = String::with_capacity(url.len() + 512 + plan.body.as_ref().map_or(0, String::len));
        packed.push_str(plan.method.as_str());
        packed.push('\0');
        packed.push_str(url);
        packed.push('\0');
        js::write_json_object_of(&send.headers, &mut packed);
        if let Some(body) = &plan.body {
            packed.push('\0');
            packed.push_str(body);
        }
        let fetch = self.host.fetch.as_ref().map_or(JsValue::UNDEFINED, |f| f.clone().into());
        let signal = signal.cloned().unwrap_or(JsValue::UNDEFINED);
        let result = match JsFuture::from(exchange(&fetch, &packed, timeout_ms, &signal)).await {
            Ok(result) => result,
            // The exchange never rejects; should the host break it anyway, nothing is known to
            // have been sent or not.
            Err(_) => {
                let error = Error::new(Code::Network, format!("the request to {} could not be made", origin(url)));
                return Err(Failure { error, attempt: Attempt::Network });
            }
        };
        let get = |k: &str| js::get(&result, k);
        if let Some(failed) = get("failed").as_f64() {
            let failure = |code, message: String, attempt| Failure { error: Error::new(code, message), attempt };
            return Err(match failed as u8 {
                1 => failure(
                    Code::Timeout,
                    format!("no response within {timeout_ms} ms from {}", origin(url)),
                    Attempt::Timeout,
                ),
                2 => failure(Code::Aborted, "the call was aborted by its signal".into(), Attempt::Network),
                3 => failure(
                    Code::Network,
                    "fetch resolved to something that is not a Response (no numeric status or no text())".into(),
                    Attempt::Network,
                ),
                _ => {
                    // The host's words may quote the request (node-fetch: "request to <url>
                    // failed"), so in the authentication build they are read through what it
                    // carried: its body and query as a whole, its credential, the app secret.
                    #[cfg(feature = "authentication")]
                    let secrets = {
                        use crate::config::Secret;
                        let mut s: Vec<Secret> = plan.body.iter().cloned().map(Secret).collect();
                        s.extend(plan.url.split_once('?').map(|(_, q)| Secret(q.to_owned())));
                        for (_, v) in send.headers.iter().filter(|(k, _)| *k == "authorization") {
                            s.push(Secret(v.clone()));
                            s.extend(v.split_once(' ').map(|(_, t)| Secret(t.to_owned())));
                        }
                        s.extend(self.core.app().secret.clone());
                        s.extend(plan.secrets.iter().cloned());
                        s
                    };
                    #[cfg(feature = "authentication")]
                    let read = |v: JsValue| machine::scrubbed_max(v, 300, &secrets);
                    #[cfg(not(feature = "authentication"))]
                    let read = |v: JsValue| js::string_max(v, 300);
                    let (text, unreached) = describe_js_error(&get("error"), &read);
                    let attempt = if unreached { Attempt::Unreached } else { Attempt::Network };
                    failure(Code::Network, format!("could not reach {}: {text}", origin(url)), attempt)
                }
            });
        }
        let status = get("status").as_f64().unwrap_or(0.0);
        // A protocol request's every status is its answer (a non-2xx one an `OAUTH` error), its
        // body never an envelope.
        #[cfg(feature = "authentication")]
        if plan.protocol {
            return Ok(Raw { status: status as u16, envelope: None, result });
        }
        // A browser shows a redirect as an opaque response with status 0.
        if (300.0..400.0).contains(&status)
            || (status == 0.0 && get("type").as_string().as_deref() == Some("opaqueredirect"))
        {
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
        // Parsed in JavaScript: an object with a numeric `statusCode`, or nothing.
        let envelope = Some(get("envelope")).filter(JsValue::is_object);
        Ok(Raw { status: status as u16, envelope, result })
    }
}

#[wasm_bindgen(inline_js = r#"
export function exchange(fetchImpl, packed, timeoutMs, signal) {
  return new Promise((resolve) => {
    // Without AbortController (an older test runner's context) the fetch gets no signal: the
    // timer and the caller's signal still end the exchange; the fetch is left behind unaborted.
    const controller = typeof AbortController == "function" ? new AbortController() : {};
    let over = false;
    const onAbort = () => stop(2);
    const finish = (result) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      try { signal?.removeEventListener("abort", onAbort); } catch {}
      resolve(result);
    };
    // The timer and the signal end the exchange themselves, whatever the fetch does with its
    // own signal: a fetch or a body that never settles is left behind, aborted.
    const stop = (why) => { finish({ failed: why }); try { controller.abort(); } catch {} };
    const timer = setTimeout(() => stop(1), timeoutMs);
    // A signal that cannot be read or listened to counts as fired.
    try {
      if (signal?.aborted) return stop(2);
      signal?.addEventListener("abort", onAbort);
    } catch { return stop(2); }
    // Redirects are refused by the caller: "manual", not "error", which Cloudflare's workerd lacks.
    const [method, url, headers, body] = packed.split("\0");
    const init = { method, headers: JSON.parse(headers), redirect: "manual", signal: controller.signal };
    if (body !== undefined) init.body = body;
    (async () => {
      const res = await (fetchImpl ? fetchImpl(url, init) : fetch(url, init));
      if (over) return;
      const status = res?.status;
      if (typeof status !== "number" || typeof res.text !== "function") return finish({ failed: 3 });
      const text = String(await res.text());
      let envelope;
      try {
        const v = JSON.parse(text);
        if (v !== null && typeof v === "object" && typeof v.statusCode === "number") envelope = v;
      } catch {}
      // A response whose methods throw is a broken one: that is a NETWORK error, like any throw.
      const get = (name) => res.headers?.get?.(name) ?? undefined;
      finish({ status, type: res.type, text, envelope, statusCode: envelope?.statusCode, apiCode: envelope?.apiCode, requestId: get("x-request-id"), contentType: get("content-type"), date: get("date"), retryAfter: get("retry-after") });
    })().catch((error) => finish({ failed: 0, error }));
  });
}

export function settle(promise, ms, signal) {
  return new Promise((resolve) => {
    let timer;
    const onAbort = () => done(2);
    const done = (why) => {
      clearTimeout(timer);
      try { signal?.removeEventListener("abort", onAbort); } catch {}
      resolve(why);
    };
    if (ms >= 0) timer = setTimeout(() => done(1), ms);
    try {
      if (signal?.aborted) return done(2);
      signal?.addEventListener("abort", onAbort);
    } catch { return done(2); }
    promise?.then(() => done(0), () => done(0));
  });
}

export function hook(f, info) {
  try {
    const r = f(info);
    if (r !== null && (typeof r === "object" || typeof r === "function")) {
      // The prototype's own `then`, so a promise whose `catch` or `then` is shadowed (or not a
      // function) is still handled; any other thenable through a promise of its own.
      const then = Promise.prototype.then, ignore = () => {};
      // A subclass whose species throws would refuse `then`: the promise is told it is a plain one.
      try { if (r instanceof Promise && r.constructor !== Promise) Object.defineProperty(r, "constructor", { value: Promise }); } catch {}
      try { then.call(r, undefined, ignore); } catch { if (typeof r.then === "function") then.call(Promise.resolve(r), undefined, ignore); }
    }
  } catch {}
}
"#)]
extern "C" {
    /// Sends `packed` (see `Client::send`); resolves to `{ status, type, text, envelope,
    /// statusCode, apiCode, requestId, contentType, date, retryAfter }`, or to
    /// `{ failed, error }` (`failed`: 0 network, 1 timeout, 2 the caller's signal, 3 not a
    /// Response); it never rejects, and it settles by the timeout or the signal whatever the
    /// fetch and the response do.
    fn exchange(fetch: &JsValue, packed: &str, timeout_ms: u32, signal: &JsValue) -> Promise;

    /// Resolves to 0 when `promise` settles, 1 after `ms` (never when `ms` is negative), 2 when
    /// `signal` aborts; never rejects.
    #[wasm_bindgen(js_name = settle)]
    fn settle_js(promise: &JsValue, ms: f64, signal: &JsValue) -> Promise;

    /// Calls a hook: what it throws, and a promise it returns that rejects, are ignored.
    fn hook(f: &Function, info: &JsValue);
}

#[derive(PartialEq)]
enum Settled {
    Done,
    Timer,
    Aborted,
}

/// Waits for `promise` (or nothing), at most `ms` (no bound when negative), or until `signal`
/// fires. The timer and the listener are removed either way.
async fn settle(promise: Option<&Promise>, ms: f64, signal: Option<&JsValue>) -> Settled {
    let promise = promise.map_or(JsValue::UNDEFINED, |p| p.clone().into());
    let signal = signal.cloned().unwrap_or(JsValue::UNDEFINED);
    match JsFuture::from(settle_js(&promise, ms, &signal)).await.ok().and_then(|v| v.as_f64()) {
        Some(0.0) => Settled::Done,
        Some(2.0) => Settled::Aborted,
        _ => Settled::Timer,
    }
}

/// Calls a hook; nothing it does changes the call.
fn call_hook(f: &Function, info: &Object) {
    hook(f, info);
}

/// The call's options over the client's, and its signal.
fn call_options(config: &Config, options: &JsValue) -> Result<(Options, Option<JsValue>), Error> {
    let given = js::read_object(options, "call options", Code::InvalidArgument, true)?;
    let fields = crate::validate::validate(CALL_OPTIONS, given, "call options", Code::InvalidArgument)?;
    let mut opts = Options::of(config);
    let mut signal = None;
    for (f, v) in fields {
        match (f.name, v) {
            ("timeout", Value::Num(n)) => opts.timeout_ms = n as u32,
            ("maxRetries", Value::Num(n)) => opts.max_retries = n as u32,
            ("deadline", Value::Num(n)) => opts.deadline_ms = Some(n as u32),
            ("throwOnApiError", Value::Bool(b)) => opts.throw_on_api_error = b,
            ("signal", _) => {
                let s = js::get(options, "signal");
                if js::get(&s, "aborted").as_bool().is_none() || !js::get(&s, "addEventListener").is_function() {
                    return Err(Error::field(
                        Code::InvalidArgument,
                        "signal",
                        "call options: \"signal\" must be an AbortSignal",
                    ));
                }
                signal = Some(s);
            }
            _ => {}
        }
    }
    Ok((opts, signal))
}

/// The error a call's verdict comes to, given its last answer.
fn failure(verdict: Verdict, plan: &Plan, last: Option<Raw>) -> Error {
    match (verdict, last) {
        (Verdict::Error(e), _) => e,
        (Verdict::EnvelopeError(code), Some(raw)) => envelope_error(code, &plan.name, &raw),
        #[cfg(feature = "authentication")]
        (Verdict::NotEnvelope, Some(raw)) if plan.protocol => oauth_error(plan, &raw),
        #[cfg(not(feature = "authentication"))]
        (Verdict::NotEnvelope, Some(raw)) if plan.token_request => {
            let mut e =
                Error::new(Code::Auth, "could not obtain a management token: the token endpoint did not answer JSON");
            e.status = Some(raw.status);
            e.request_id = raw.header("x-request-id");
            e
        }
        (Verdict::NotEnvelope, Some(raw)) => not_an_envelope(&plan.name, &raw),
        _ => Error::new(Code::Decode, format!("{}: the call ended without an answer", plan.name)),
    }
}

/// The `OAUTH` error of a protocol request's non-2xx answer: its status, and the `error` and
/// `error_description` of its JSON body when it has them (bounded, and with nothing of what the
/// request carried that no message may show).
#[cfg(feature = "authentication")]
fn oauth_error(plan: &Plan, raw: &Raw) -> Error {
    let body = js::parse_json_value(&js::get(&raw.result, "text")).unwrap_or_default();
    let error = machine::scrubbed_max(js::get(&body, "error"), 200, &plan.secrets);
    let description = machine::scrubbed_max(js::get(&body, "error_description"), 500, &plan.secrets);
    // The status as a u32: one integer formatter fewer in the module.
    let mut message = format!("{}: HTTP {}", plan.name, u32::from(raw.status));
    if let Some(e) = &error {
        message.push_str(": ");
        message.push_str(e);
    }
    if let Some(d) = &description {
        message.push_str(" (");
        message.push_str(d);
        message.push(')');
    }
    if error.is_none() && (300..400).contains(&raw.status) {
        message.push_str(": a redirect, which is not followed");
    }
    let mut e = Error::new(Code::OAuth, message);
    e.status = Some(raw.status);
    e.request_id = raw.header("x-request-id");
    e.oauth = Some(Box::new((error, description)));
    e
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
            raw.header("content-type").unwrap_or_else(|| "no content-type".into()),
            number_string(f64::from(js_sys::JsString::from(js::get(&raw.result, "text")).length()))
        ),
    );
    e.status = Some(raw.status);
    e.request_id = raw.header("x-request-id");
    e
}

/// Reads and validates a caller's params for a call (see [`crate::validate::params`]).
pub fn check(ep: &'static Endpoint, params: &JsValue, strict: bool) -> Result<Vec<(Param, Value)>, Error> {
    // No params at all is an empty object: calls without required fields can be made bare.
    let given = js::read_object(params, ep.name, Code::InvalidArgument, true)?;
    // The official client sends such a call's params as `JSON.stringify` writes them, which is
    // what a `toJSON` (an inherited one too) returns, not the fields read here.
    if ep.forward && js::get(params, "toJSON").is_function() {
        return Err(Error::new(
            Code::InvalidArgument,
            format!("{}: the params have a toJSON method; pass the plain object it would return", ep.name),
        ));
    }
    let fields = crate::validate::params(ep, given, strict)?;
    // A field sent in the path must not be a dot segment, which URL parsing resolves away.
    for (p, v) in &fields {
        if let Param::Field(f) = p {
            if f.in_path && matches!(v.as_str(), Some("." | "..")) {
                return Err(Error::field(
                    Code::InvalidArgument,
                    f.name,
                    format!("{}: \"{}\" goes in the path and must not be \".\" or \"..\"", ep.name, f.name),
                ));
            }
        }
    }
    Ok(fields)
}

/// An error carrying an envelope's fields (and the envelope).
fn envelope_error(code: Code, call: &str, raw: &Raw) -> Error {
    let envelope = raw.envelope.clone().unwrap_or_default();
    let status_code = js::get_f64(&envelope, "statusCode");
    let api_code = js::get_f64(&envelope, "apiCode");
    let request_id = js::get_string_max(&envelope, "requestId", 200).or_else(|| raw.header("x-request-id"));
    // The server's words, bounded: an absurd answer makes no absurd message.
    let message = js::get_string_max(&envelope, "message", 500).unwrap_or_default();
    let mut e = Error::new(
        code,
        format!(
            "{call}: statusCode {}{}: {message}{}",
            number_string(status_code.unwrap_or(0.0)),
            api_code.map(|c| format!(" (apiCode {})", number_string(c))).unwrap_or_default(),
            request_id.as_deref().map(|r| format!(" [requestId {r}]")).unwrap_or_default()
        ),
    );
    e.status = Some(raw.status);
    e.status_code = status_code;
    e.api_code = api_code;
    e.request_id = request_id;
    // A failure envelope (the token endpoint's too) carries no token, so it is safe to attach.
    e.response = Some(envelope);
    e
}

/// `scheme://host[:port]` of a URL, for messages.
fn origin(url: &str) -> &str {
    let after_scheme = crate::config::scheme_end(url).map_or(0, |i| i + 3);
    let rest = url.get(after_scheme..).unwrap_or("");
    rest.find('/').and_then(|i| url.get(..after_scheme + i)).unwrap_or(url)
}

/// A thrown value's message (with, for Node's `fetch failed`, the cause's code), read by `read`, and
/// whether the cause says no connection was ever made.
fn describe_js_error(e: &JsValue, read: &dyn Fn(JsValue) -> Option<String>) -> (String, bool) {
    const UNREACHED: &[&str] =
        &["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"];
    // Cut before it is copied (`read`: at most 300 characters): a host's huge message is not
    // brought into the module.
    let text = read;
    let message = text(js::get(e, "message")).or_else(|| text(e.clone())).unwrap_or_else(|| "fetch failed".into());
    let cause = js::get(e, "cause");
    let code = text(js::get(&cause, "code"));
    let unreached = code.as_deref().is_some_and(|c| UNREACHED.contains(&c));
    match code.or_else(|| text(js::get(&cause, "message"))) {
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
