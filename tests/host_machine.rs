//! The call machine on the host: time passed in, outcomes scripted, no I/O. What it decides —
//! retries, their safety, backoff and `Retry-After`, deadlines, token renewal, clock correction,
//! replays — is checked step by step, then as properties over random runs.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::rc::Rc;

use genauth_wasm::config::Config;
use genauth_wasm::endpoints::endpoint;
use genauth_wasm::error::{Code, Error};
use genauth_wasm::machine::{
    plan, token_plan, Call, Core, Entropy, Options, Outcome, Plan, Reply, Step, Token, Verdict, BACKOFF_CAP_MS,
    RETRY_AFTER_CAP_MS,
};
use genauth_wasm::retry::{http_date_ms, Attempt};
use genauth_wasm::validate::params as validate;
use genauth_wasm::value::Value;
use proptest::prelude::*;

const NOW: f64 = 1_795_806_791_000.0; // Fri, 27 Nov 2026 19:13:11 GMT

struct Fixed(f64);
impl Entropy for Fixed {
    fn nonce(&mut self) -> Result<String, Error> {
        Ok("0123456789abcdef0123456789abcdef".into())
    }
    fn unit(&mut self) -> f64 {
        self.0
    }
}

#[derive(Default)]
struct Answer {
    headers: HashMap<&'static str, String>,
    token: (Option<String>, Option<f64>, Option<String>),
}
impl Reply for Answer {
    fn header(&self, name: &str) -> Option<String> {
        self.headers.get(name).cloned()
    }
    fn token(&self) -> (Option<String>, Option<f64>, Option<String>) {
        self.token.clone()
    }
}

fn core(extra: &[(&str, Value)]) -> Core {
    let mut options = vec![
        ("accessKeyId".to_owned(), Value::str("key-id")),
        ("accessKeySecret".to_owned(), Value::str("key-secret")),
        ("host".to_owned(), Value::str("http://127.0.0.1:9")),
    ];
    options.extend(extra.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    Core::new(Config::from_options(options, false).unwrap())
}

fn call_plan(core: &Core, name: &str, params: &[(&str, Value)]) -> Plan {
    let ep = endpoint(name).unwrap();
    let given = params.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect();
    let fields = validate(ep, given, false).unwrap();
    plan(ep, fields, &core.config).unwrap()
}

fn remove(core: &Core) -> Plan {
    call_plan(
        core,
        "removeDepartmentMembers",
        &[
            ("organizationCode", Value::str("o")),
            ("departmentId", Value::str("d")),
            ("userIds", Value::Arr(vec![Value::str("u")])),
        ],
    )
}

fn create(core: &Core) -> Plan {
    call_plan(
        core,
        "createDepartment",
        &[("organizationCode", Value::str("o")), ("name", Value::str("n")), ("parentDepartmentId", Value::str("p"))],
    )
}

fn opts(core: &Core) -> Options {
    Options::of(&core.config)
}

/// An envelope answer.
fn envelope(call: &mut Call, core: &Core, status: u16, code: f64, api: Option<f64>, reply: &Answer, at: f64) {
    call.sent(core, Outcome::Answered { status, envelope: Some((code, api)), reply }, at, &mut Fixed(0.5));
}

fn send(call: &mut Call, core: &Core, at: f64) -> genauth_wasm::machine::Send {
    match call.poll(core, at, &mut Fixed(0.5)) {
        Step::Send(s) => s,
        other => panic!("expected a send, got {}", describe(&other)),
    }
}

fn describe(step: &Step) -> String {
    match step {
        Step::Send(s) => format!("send #{}", s.attempt),
        Step::Wait(ms) => format!("wait {ms}"),
        Step::Token => "token".into(),
        Step::Done(Verdict::Resolve) => "resolve".into(),
        Step::Done(Verdict::Error(e)) => format!("error {}: {}", e.code.as_str(), e.message),
        Step::Done(Verdict::EnvelopeError(c)) => format!("envelope error {}", c.as_str()),
        Step::Done(Verdict::NotEnvelope) => "not an envelope".into(),
        Step::Done(Verdict::Token(_)) => "token verdict".into(),
    }
}

fn header<'a>(s: &'a genauth_wasm::machine::Send, name: &str) -> Option<&'a str> {
    s.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
}

#[test]
fn a_call_sends_once_and_resolves_the_envelope() {
    let core = core(&[]);
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    let s = send(&mut call, &core, NOW);
    assert_eq!(s.attempt, 1);
    assert_eq!(s.timeout_ms, 10_000);
    assert_eq!(header(&s, "date"), Some("Fri, 27 Nov 2026 19:13:11 GMT"));
    assert!(header(&s, "authorization").unwrap().starts_with("GenAuth key-id:"));
    envelope(&mut call, &core, 200, 200.0, None, &Answer::default(), NOW + 5.0);
    assert_eq!(describe(&call.poll(&core, NOW + 5.0, &mut Fixed(0.5))), "resolve");
    // Nothing after the verdict.
    assert!(matches!(call.poll(&core, NOW + 6.0, &mut Fixed(0.5)), Step::Done(Verdict::Error(_))));
}

#[test]
fn safe_calls_retry_with_backoff_and_retry_after_and_creates_do_not() {
    let core = core(&[("retryDelay", Value::Num(100.0))]);
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    send(&mut call, &core, NOW);
    call.sent(&core, Outcome::Failed(Attempt::Timeout, Error::new(Code::Timeout, "t")), NOW, &mut Fixed(0.5));
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "wait 50");
    assert_eq!(send(&mut call, &core, NOW + 50.0).attempt, 2);
    let mut busy = Answer::default();
    busy.headers.insert("retry-after", "3".into());
    envelope(&mut call, &core, 429, 429.0, Some(429.0), &busy, NOW + 60.0);
    assert_eq!(describe(&call.poll(&core, NOW + 60.0, &mut Fixed(0.5))), "wait 3000");
    send(&mut call, &core, NOW + 3060.0);
    envelope(&mut call, &core, 503, 503.0, None, &busy, NOW + 3070.0);
    // maxRetries (2) spent: the last answer is the verdict.
    assert_eq!(describe(&call.poll(&core, NOW + 3070.0, &mut Fixed(0.5))), "resolve");

    // A create is not repeated once the server may have acted, but is after a refusal before
    // anything happened (no connection, a replayed signature).
    let mut call = Call::new(create(&core), opts(&core), NOW);
    send(&mut call, &core, NOW);
    call.sent(&core, Outcome::Failed(Attempt::Unreached, Error::new(Code::Network, "refused")), NOW, &mut Fixed(0.5));
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "wait 50");
    send(&mut call, &core, NOW + 50.0);
    envelope(&mut call, &core, 401, 401.0, Some(1306.0), &Answer::default(), NOW + 60.0);
    assert!(describe(&call.poll(&core, NOW + 60.0, &mut Fixed(0.5))).starts_with("wait"));
    let mut call = Call::new(create(&core), opts(&core), NOW);
    send(&mut call, &core, NOW);
    call.sent(&core, Outcome::Failed(Attempt::Timeout, Error::new(Code::Timeout, "t")), NOW, &mut Fixed(0.5));
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "error TIMEOUT: t");
}

#[test]
fn deadlines_bound_every_attempt_and_every_wait() {
    let core = core(&[("deadline", Value::Num(1000.0)), ("retryDelay", Value::Num(2000.0))]);
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    assert_eq!(send(&mut call, &core, NOW + 400.0).timeout_ms, 600);
    // A wait that would pass the deadline is not made: the failure is the verdict.
    call.sent(&core, Outcome::Failed(Attempt::Network, Error::new(Code::Network, "n")), NOW + 500.0, &mut Fixed(0.9));
    assert_eq!(describe(&call.poll(&core, NOW + 500.0, &mut Fixed(0.9))), "error NETWORK: n");
    // Past the deadline nothing is sent.
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    let step = call.poll(&core, NOW + 1000.0, &mut Fixed(0.5));
    assert!(describe(&step).starts_with("error TIMEOUT"), "{}", describe(&step));
}

#[test]
fn a_refused_clock_is_corrected_once_and_only_from_a_usable_date() {
    let core = core(&[]);
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    send(&mut call, &core, NOW);
    let mut skew = Answer::default();
    skew.headers.insert("date", "Fri, 27 Nov 2026 20:13:11 GMT".into());
    envelope(&mut call, &core, 401, 401.0, Some(1305.0), &skew, NOW);
    let s = send(&mut call, &core, NOW);
    assert_eq!(header(&s, "date"), Some("Fri, 27 Nov 2026 20:13:11 GMT"));
    // Once per call.
    envelope(&mut call, &core, 401, 401.0, Some(1305.0), &skew, NOW);
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "resolve");

    for bad in [
        "garbage",
        "",
        "Sat, 01 Jan 99999 00:00:00 GMT",
        "Mon, 01 Jan 0000 00:00:00 GMT",
        "Fri, 27 Nov 2026 25:13:11 GMT",
    ] {
        let core = self::core(&[]);
        let mut call = Call::new(remove(&core), opts(&core), NOW);
        send(&mut call, &core, NOW);
        let mut skew = Answer::default();
        skew.headers.insert("date", bad.into());
        envelope(&mut call, &core, 401, 401.0, Some(1305.0), &skew, NOW);
        assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "resolve", "{bad:?}");
        assert_eq!(core.clock_offset.get(), 0.0, "{bad:?}");
        // The next call still carries a valid date.
        let mut next = Call::new(remove(&core), opts(&core), NOW);
        let s = send(&mut next, &core, NOW);
        assert_eq!(http_date_ms(header(&s, "date").unwrap()), Some(NOW), "{bad:?}");
    }
}

fn token_core() -> Core {
    core(&[("auth", Value::str("token")), ("retryDelay", Value::Num(10.0))])
}

fn token_answer(access: &str) -> Answer {
    Answer { token: (Some(access.into()), Some(7200.0), Some("pool-1".into())), ..Answer::default() }
}

#[test]
fn token_requests_are_calls_of_the_machine() {
    let core = token_core();
    let Config { auth: genauth_wasm::config::Auth::Token { key_id, secret }, .. } = &core.config else { panic!() };
    let mut fetch = Call::new(token_plan(&core.config, key_id, secret), opts(&core), NOW);
    let s = send(&mut fetch, &core, NOW);
    assert!(header(&s, "authorization").is_none(), "the token request carries no credential header");
    assert_eq!(fetch.plan().body.as_deref(), Some(r#"{"accessKeyId":"key-id","accessKeySecret":"key-secret"}"#));
    // It obeys Retry-After like any request.
    let mut busy = Answer::default();
    busy.headers.insert("retry-after", "1".into());
    envelope(&mut fetch, &core, 429, 429.0, None, &busy, NOW);
    assert_eq!(describe(&fetch.poll(&core, NOW, &mut Fixed(0.5))), "wait 1000");
    send(&mut fetch, &core, NOW + 1000.0);
    envelope(&mut fetch, &core, 200, 200.0, None, &token_answer("tok"), NOW + 1000.0);
    let Step::Done(Verdict::Token(t)) = fetch.poll(&core, NOW + 1000.0, &mut Fixed(0.5)) else { panic!() };
    assert_eq!(t.user_pool_id, "pool-1");
    // Renewed a minute before it expires.
    assert_eq!(t.refresh_at, NOW + 1000.0 + 7_200_000.0 - 60_000.0);

    // A token the server says has expired already serves this call only: it is not cached.
    for gone in [0.0, -1.0] {
        let mut fetch = Call::new(token_plan(&core.config, key_id, secret), opts(&core), NOW);
        send(&mut fetch, &core, NOW);
        let mut answer = token_answer("tok");
        answer.token.1 = Some(gone);
        envelope(&mut fetch, &core, 200, 200.0, None, &answer, NOW);
        let Step::Done(Verdict::Token(t)) = fetch.poll(&core, NOW, &mut Fixed(0.5)) else { panic!() };
        assert_eq!(t.refresh_at, NOW, "expires_in {gone}");
    }

    // What cannot be sent as a header is refused as AUTH, and not asked for again.
    for bad in ["tok\r\nx-evil: 1", "tök中", "tok\u{7}"] {
        let mut fetch = Call::new(token_plan(&core.config, key_id, secret), opts(&core), NOW);
        send(&mut fetch, &core, NOW);
        envelope(&mut fetch, &core, 200, 200.0, None, &token_answer(bad), NOW);
        let step = fetch.poll(&core, NOW, &mut Fixed(0.5));
        assert!(describe(&step).starts_with("error AUTH"), "{bad:?}: {}", describe(&step));
    }
    // A failure envelope is an AUTH error carrying it.
    let mut fetch = Call::new(token_plan(&core.config, key_id, secret), opts(&core), NOW);
    send(&mut fetch, &core, NOW);
    envelope(&mut fetch, &core, 200, 403.0, Some(2001.0), &Answer::default(), NOW);
    assert_eq!(describe(&fetch.poll(&core, NOW, &mut Fixed(0.5))), "envelope error AUTH");
}

#[test]
fn calls_with_token_auth_use_the_cache_and_renew_once_on_a_401() {
    let core = token_core();
    let mut call = Call::new(remove(&core), opts(&core), NOW);
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "token");
    let token = Rc::new(Token {
        access: genauth_wasm::config::Secret("tok-1".into()),
        user_pool_id: "pool".into(),
        refresh_at: NOW + 1000.0,
    });
    *core.token.borrow_mut() = Some(token.clone());
    call.token(Ok(token.clone()));
    let s = send(&mut call, &core, NOW);
    assert_eq!(header(&s, "authorization"), Some("Bearer tok-1"));
    assert_eq!(header(&s, "x-genauth-userpool-id"), Some("pool"));
    // A 401: the token is dropped and a new one asked for, once.
    envelope(&mut call, &core, 401, 401.0, None, &Answer::default(), NOW);
    assert!(core.token.borrow().is_none());
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "token");
    let fresh = Rc::new(Token {
        access: genauth_wasm::config::Secret("tok-2".into()),
        user_pool_id: "pool".into(),
        refresh_at: NOW + 1000.0,
    });
    call.token(Ok(fresh));
    assert_eq!(header(&send(&mut call, &core, NOW), "authorization"), Some("Bearer tok-2"));
    envelope(&mut call, &core, 401, 401.0, None, &Answer::default(), NOW);
    assert_eq!(describe(&call.poll(&core, NOW, &mut Fixed(0.5))), "resolve");
    // A cached token past its renewal time is not used; a token failure ends the call.
    *core.token.borrow_mut() = Some(token);
    let mut call = Call::new(remove(&core), opts(&core), NOW + 1000.0);
    assert_eq!(describe(&call.poll(&core, NOW + 1000.0, &mut Fixed(0.5))), "token");
    call.token(Err(Error::new(Code::Auth, "no")));
    assert_eq!(describe(&call.poll(&core, NOW + 1000.0, &mut Fixed(0.5))), "error AUTH: no");
}

#[test]
fn what_a_url_cannot_carry_is_refused_before_a_plan() {
    let core = core(&[]);
    let ep = endpoint("postList").unwrap();
    let given = vec![("keywords".to_owned(), Value::Lone(vec![0x61, 0xd800]))];
    let fields = validate(ep, given, false).unwrap();
    let e = plan(ep, fields, &core.config).err().unwrap();
    assert_eq!((e.code, e.field.as_deref()), (Code::InvalidArgument, Some("keywords")));
    // In a JSON body it is sent as JSON.stringify writes it.
    let ep = endpoint("createDepartment").unwrap();
    let given = vec![
        ("organizationCode".to_owned(), Value::str("o")),
        ("name".to_owned(), Value::Lone(vec![0x61, 0xdc00])),
        ("parentDepartmentId".to_owned(), Value::str("p")),
    ];
    let fields = validate(ep, given, false).unwrap();
    let p = plan(ep, fields, &core.config).unwrap();
    assert!(p.body.unwrap().contains(r#""name":"a\udc00""#));
}

/// One scripted outcome of an attempt.
#[derive(Clone, Debug)]
enum Scripted {
    Unreached,
    Network,
    Timeout,
    Http(u16),
    Envelope(u16, f64, Option<f64>, Option<u32>),
    Skew(bool),
}

fn scripted() -> impl Strategy<Value = Scripted> {
    prop_oneof![
        Just(Scripted::Unreached),
        Just(Scripted::Network),
        Just(Scripted::Timeout),
        prop::sample::select(vec![200u16, 302, 404, 500, 502, 503, 504]).prop_map(Scripted::Http),
        (
            prop::sample::select(vec![200u16, 401, 429, 500]),
            prop::sample::select(vec![200.0, 401.0, 404.0, 429.0, 500.0, 503.0]),
            prop::option::of(prop::sample::select(vec![1306.0, 2001.0, 429.0])),
            prop::option::of(0u32..200),
        )
            .prop_map(|(s, c, a, r)| Scripted::Envelope(s, c, a, r)),
        any::<bool>().prop_map(Scripted::Skew),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// Whatever the server does: the call ends within its attempts (retries + one clock
    /// correction), never sends after its deadline or beyond it, never waits past it or past the
    /// caps, never repeats a create after an outcome that may have reached the server, and gives
    /// one verdict.
    #[test]
    fn any_run_of_outcomes_ends_within_its_bounds(
        outcomes in prop::collection::vec(scripted(), 1..20),
        max_retries in 0u32..5,
        deadline in prop::option::of(1u32..20_000),
        timeout in 1u32..5_000,
        jitter in 0.0f64..1.0,
        create_call in any::<bool>(),
    ) {
        let core = core(&[("retryDelay", Value::Num(300.0))]);
        let plan = if create_call { create(&core) } else { remove(&core) };
        let options = Options { timeout_ms: timeout, max_retries, deadline_ms: deadline, throw_on_api_error: false };
        let mut call = Call::new(plan, options, NOW);
        let (mut now, mut sends, mut acted, mut done) = (NOW, 0u32, false, false);
        let mut script = outcomes.iter().cycle();
        for _ in 0..100 {
            match call.poll(&core, now, &mut Fixed(jitter)) {
                Step::Send(s) => {
                    sends += 1;
                    prop_assert!(sends <= max_retries + 2, "too many attempts");
                    prop_assert!(!(create_call && acted), "a create was repeated after the server may have acted");
                    prop_assert!(s.timeout_ms <= timeout && s.timeout_ms >= 1);
                    if let Some(d) = deadline {
                        prop_assert!(now + f64::from(s.timeout_ms) <= NOW + f64::from(d) + 1.0, "an attempt outlives the deadline");
                    }
                    let mut reply = Answer::default();
                    let next = script.next().unwrap().clone();
                    now += f64::from(s.timeout_ms.min(37));
                    let outcome = match next {
                        Scripted::Unreached => Outcome::Failed(Attempt::Unreached, Error::new(Code::Network, "u")),
                        Scripted::Network => { acted = true; Outcome::Failed(Attempt::Network, Error::new(Code::Network, "n")) }
                        Scripted::Timeout => { acted = true; Outcome::Failed(Attempt::Timeout, Error::new(Code::Timeout, "t")) }
                        Scripted::Http(status) => { acted = true; Outcome::Answered { status, envelope: None, reply: &reply } }
                        Scripted::Envelope(status, code, api, retry_after) => {
                            acted |= api != Some(1306.0);
                            if let Some(r) = retry_after { reply.headers.insert("retry-after", r.to_string()); }
                            Outcome::Answered { status, envelope: Some((code, api)), reply: &reply }
                        }
                        Scripted::Skew(usable) => {
                            reply.headers.insert("date", if usable { "Fri, 27 Nov 2026 19:15:11 GMT".into() } else { "nonsense".into() });
                            Outcome::Answered { status: 401, envelope: Some((401.0, Some(1305.0))), reply: &reply }
                        }
                    };
                    call.sent(&core, outcome, now, &mut Fixed(jitter));
                }
                Step::Wait(ms) => {
                    prop_assert!(ms >= 1.0 && ms <= BACKOFF_CAP_MS.max(RETRY_AFTER_CAP_MS));
                    if let Some(d) = deadline {
                        prop_assert!(now + ms < NOW + f64::from(d), "a wait passes the deadline");
                    }
                    now += ms;
                }
                Step::Token => prop_assert!(false, "signature auth needs no token"),
                Step::Done(_) => { done = true; break; }
            }
        }
        prop_assert!(done, "the call did not end");
        prop_assert!(matches!(call.poll(&core, now, &mut Fixed(jitter)), Step::Done(Verdict::Error(_))));
    }
}
