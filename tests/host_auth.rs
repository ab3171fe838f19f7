//! The authentication build on the host (`cargo test --features authentication`): the
//! AuthenticationClient's options and their refusals, the headers of its calls (the app id, the
//! user's token as it is, Basic where the official client sends it), protocol requests (form
//! bodies and query strings byte for byte as `URLSearchParams` writes them, the client's
//! credentials where `clientAuth` puts them), their retry safety, and that no secret shows in a
//! message or a `Debug`. Where the reference is JavaScript's own (`URLSearchParams`, `Buffer`),
//! `node` computes it.
#![cfg(all(not(target_arch = "wasm32"), feature = "authentication"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::result_large_err)]

use std::process::Command;

use genauth_wasm::config::{ClientAuth, Config, Secret};
use genauth_wasm::endpoints::endpoint;
use genauth_wasm::error::{Code, Error};
use genauth_wasm::machine::{
    add_client_secret, basic, plan, redact, request_plan, Call, Core, Credential, Entropy, Options, Outcome, Plan,
    Reply, Request, Step, Verdict, FORM,
};
use genauth_wasm::retry::Attempt;
use genauth_wasm::validate::params as validate;
use genauth_wasm::value::{form_pair, Value};
use proptest::prelude::*;

const SECRET: &str = "app-secret-0123456789abcdef";
const TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.user-access-token.sig";
const NOW: f64 = 1_795_806_791_000.0;

struct Fixed;
impl Entropy for Fixed {
    fn unit(&mut self) -> f64 {
        0.5
    }
}

struct NoHeaders;
impl Reply for NoHeaders {
    fn header(&self, _: &str) -> Option<String> {
        None
    }
}

fn options(pairs: &[(&str, Value)]) -> Vec<(String, Value)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
}

/// The options of a server-side client with a secret, and `extra` over them (`Null` removes one).
fn config_with(extra: &[(&str, Value)], in_browser: bool) -> Result<Config, Error> {
    let mut given = vec![
        ("appId", Value::str("app-id-1")),
        ("appHost", Value::str("https://example.genauth.ai")),
        ("appSecret", Value::str(SECRET)),
    ];
    for (k, v) in extra {
        given.retain(|(g, _)| g != k);
        if *v != Value::Null {
            given.push((k, v.clone()));
        }
    }
    Config::from_auth_options(options(&given), in_browser)
}

fn core_with(extra: &[(&str, Value)]) -> Core {
    Core::new(config_with(extra, false).unwrap())
}

fn row_plan(core: &Core, name: &str, params: &[(&str, Value)]) -> Plan {
    let ep = endpoint(name).unwrap();
    let fields = validate(ep, options(params), false).unwrap();
    let mut p = plan(ep, fields, &core.config).unwrap();
    p.bind_session(core.access_token.borrow().as_ref());
    p
}

fn headers(core: &Core, plan: Plan) -> Vec<(&'static str, String)> {
    let mut call = Call::new(plan, Options::of(&core.config), NOW);
    match call.poll(core, NOW, &mut Fixed) {
        Step::Send(s) => s.headers,
        _ => panic!("expected a request"),
    }
}

fn header(h: &[(&'static str, String)], name: &str) -> Option<String> {
    h.iter().find(|(k, _)| *k == name).map(|(_, v)| v.clone())
}

fn spec(pairs: &[(&str, Value)]) -> Result<Request, Error> {
    let mut given =
        vec![("name", Value::str("test")), ("method", Value::str("POST")), ("idempotent", Value::Bool(true))];
    for (k, v) in pairs {
        given.retain(|(g, _)| g != k);
        given.push((k, v.clone()));
    }
    Request::read(options(&given))
}

fn pairs(items: &[(&str, &str)]) -> Value {
    Value::Arr(items.iter().map(|(k, v)| Value::Arr(vec![Value::str(k), Value::str(v)])).collect())
}

/// What node's `new URLSearchParams(pairs).toString()` writes for each list of pairs (given as
/// UTF-16 code units, so that lone surrogates reach JavaScript as they are).
fn url_search_params(cases: &[Vec<(Vec<u16>, Vec<u16>)>]) -> Vec<String> {
    let js_string = |units: &[u16]| {
        let mut s = String::from("\"");
        for u in units {
            s.push_str(&format!("\\u{u:04x}"));
        }
        s.push('"');
        s
    };
    let input: Vec<String> = cases
        .iter()
        .map(|case| {
            let items: Vec<String> = case.iter().map(|(k, v)| format!("[{},{}]", js_string(k), js_string(v))).collect();
            format!("[{}]", items.join(","))
        })
        .collect();
    let script = "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{for(const c of JSON.parse(s))console.log(new URLSearchParams(c).toString())})";
    let mut child = Command::new("node")
        .args(["-e", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("node runs (the reference for URLSearchParams)");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(format!("[{}]", input.join(",")).as_bytes()).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect()
}

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// A value as `Request::read` receives it from JavaScript: a lone surrogate as code units.
fn js_value(u: &[u16]) -> Value {
    match String::from_utf16(u) {
        Ok(s) => Value::Str(s),
        Err(_) => Value::Lone(u.to_vec()),
    }
}

/// The form body the module writes for these pairs (through `Request::read` and `request_plan`).
fn module_form(case: &[(Vec<u16>, Vec<u16>)]) -> String {
    let form = Value::Arr(case.iter().map(|(k, v)| Value::Arr(vec![js_value(k), js_value(v)])).collect());
    let request = spec(&[("path", Value::str("/oidc/token")), ("form", form)]).unwrap();
    let config = config_with(&[("tokenEndPointAuthMethod", Value::str("none"))], false).unwrap();
    request_plan(request, &config).unwrap().body.unwrap()
}

const TRICKY: &[&str] = &[
    "a b",
    "a+b",
    "*-._~",
    "'!()",
    "a&b=c",
    "%20%",
    "/?#[]@:$,;",
    "\"<>\\^`{|}",
    "中文 🔑 é",
    "\t\r\n\u{0}\u{7f}\u{80}\u{ff}",
    "",
    "https://app.example.com/cb?x=1&y=2",
];

#[test]
fn form_bodies_are_what_url_search_params_writes() {
    let mut cases: Vec<Vec<(Vec<u16>, Vec<u16>)>> = TRICKY.iter().map(|s| vec![(units(s), units(s))]).collect();
    // Lone surrogates (URLSearchParams reads each as U+FFFD), and a pair split across two values.
    cases.push(vec![(units("k"), vec![0xd800]), (vec![0xdfff, 0x61], units("v"))]);
    cases.push(vec![(units("code"), vec![0x61, 0xd83d]), (units("x"), vec![0xde00, 0xd83d, 0xde00])]);
    cases.push(TRICKY.iter().enumerate().map(|(i, s)| (units(&format!("k{i}")), units(s))).collect());
    let want = url_search_params(&cases);
    assert_eq!(want.len(), cases.len());
    for (case, want) in cases.iter().zip(&want) {
        assert_eq!(&module_form(case), want, "{case:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1))]
    #[test]
    fn random_forms_are_what_url_search_params_writes(
        cases in prop::collection::vec(
            prop::collection::vec((prop::collection::vec(any::<u16>(), 0..12), prop::collection::vec(any::<u16>(), 0..24)), 1..4),
            200,
        )
    ) {
        let want = url_search_params(&cases);
        for (case, want) in cases.iter().zip(&want) {
            prop_assert_eq!(&module_form(case), want);
        }
    }
}

#[test]
fn query_strings_are_what_url_search_params_writes() {
    let cases: Vec<Vec<(Vec<u16>, Vec<u16>)>> = vec![TRICKY.iter().map(|s| (units("q"), units(s))).collect()];
    let want = url_search_params(&cases);
    let query = Value::Arr(cases[0].iter().map(|(k, v)| Value::Arr(vec![js_value(k), js_value(v)])).collect());
    let request =
        spec(&[("method", Value::str("GET")), ("path", Value::str("/cas-idp/a/validate")), ("query", query)]).unwrap();
    let p = request_plan(request, &config_with(&[], false).unwrap()).unwrap();
    assert_eq!(p.url, format!("https://example.genauth.ai/cas-idp/a/validate?{}", want[0]));
    assert_eq!(p.body, None);
    // No pairs: no bare `?`.
    let request = spec(&[("method", Value::str("GET")), ("path", Value::str("/oidc/me"))]).unwrap();
    assert_eq!(
        request_plan(request, &config_with(&[], false).unwrap()).unwrap().url,
        "https://example.genauth.ai/oidc/me"
    );
}

#[test]
fn form_pair_encodes_each_byte_as_url_search_params() {
    let mut out = String::new();
    form_pair("a b", "+*~'!", &mut out);
    form_pair("é", "", &mut out);
    assert_eq!(out, "a+b=%2B*%7E%27%21&%C3%A9=");
}

#[test]
fn client_credentials_go_where_client_auth_puts_them() {
    let config = config_with(&[], false).unwrap();
    let core = Core::new(config.clone());
    let form = || pairs(&[("grant_type", "authorization_code"), ("code", "the-code-123")]);
    let make = |client_auth: Option<&str>| {
        let mut given = vec![("path", Value::str("/oidc/token")), ("form", form())];
        if let Some(a) = client_auth {
            given.push(("clientAuth", Value::str(a)));
        }
        request_plan(spec(&given).unwrap(), &config).unwrap()
    };
    let post = make(Some("client_secret_post"));
    assert_eq!(
        post.body.as_deref(),
        Some(&*format!("client_id=app-id-1&client_secret={SECRET}&grant_type=authorization_code&code=the-code-123"))
    );
    let none = make(Some("none"));
    assert_eq!(none.body.as_deref(), Some("client_id=app-id-1&grant_type=authorization_code&code=the-code-123"));
    let basic_plan = make(Some("client_secret_basic"));
    assert_eq!(basic_plan.body.as_deref(), Some("grant_type=authorization_code&code=the-code-123"));
    let h = headers(&core, basic_plan);
    assert_eq!(header(&h, "authorization"), Some(basic("app-id-1", SECRET)));
    assert_eq!(header(&h, "content-type").as_deref(), Some(FORM));
    let plain = make(None);
    assert_eq!(plain.body.as_deref(), Some("grant_type=authorization_code&code=the-code-123"));
    // A clientAuth that puts the app in the form makes one, even with no pairs of the caller's.
    let bare = request_plan(
        spec(&[("path", Value::str("/oidc/token")), ("clientAuth", Value::str("none"))]).unwrap(),
        &config,
    )
    .unwrap();
    assert_eq!(bare.body.as_deref(), Some("client_id=app-id-1"));
    assert!(bare.form);
}

#[test]
fn the_basic_header_is_base64_of_the_utf8_id_and_secret_as_buffer_writes_it() {
    let cases = [("app-id-1", SECRET), ("应用", "sécret:with:colons 🔑"), ("a", "")];
    let script = "for (const [i, s] of JSON.parse(process.argv[1])) console.log('Basic ' + Buffer.from(i + ':' + s).toString('base64'))";
    let arg = format!("[{}]", cases.iter().map(|(i, s)| format!("[{i:?},{s:?}]")).collect::<Vec<_>>().join(","));
    let out = Command::new("node").args(["-e", script, &arg]).output().expect("node runs");
    let want: Vec<String> = String::from_utf8(out.stdout).unwrap().lines().map(str::to_owned).collect();
    for ((id, secret), want) in cases.iter().zip(&want) {
        assert_eq!(&basic(id, secret), want);
    }
}

#[test]
fn a_call_carries_the_app_id_and_the_users_token_as_it_is() {
    let core = core_with(&[("accessToken", Value::str(TOKEN))]);
    let h = headers(&core, row_plan(&core, "getProfile", &[]));
    assert_eq!(
        h,
        vec![
            ("accept", "application/json".to_owned()),
            ("x-genauth-app-id", "app-id-1".to_owned()),
            ("authorization", TOKEN.to_owned()),
        ],
        "a GET: no content-type, no signature, no SDK version, no language"
    );
    let h = headers(&core, row_plan(&core, "updateProfile", &[("nickname", Value::str("n"))]));
    assert_eq!(header(&h, "content-type").as_deref(), Some("application/json"));
    assert_eq!(header(&h, "authorization").as_deref(), Some(TOKEN));
    // Without a token (or with an empty one, which the official client reads as none): no
    // authorization at all.
    for core in [core_with(&[]), core_with(&[("accessToken", Value::str(""))])] {
        assert_eq!(header(&headers(&core, row_plan(&core, "getProfile", &[])), "authorization"), None);
    }
}

#[test]
fn the_token_a_call_carries_is_the_clients_when_the_call_is_made() {
    let core = core_with(&[("accessToken", Value::str(TOKEN))]);
    let made = row_plan(&core, "getProfile", &[]);
    *core.access_token.borrow_mut() = Some(Secret("a-newer-token".into()));
    assert_eq!(header(&headers(&core, made), "authorization").as_deref(), Some(TOKEN));
    assert_eq!(
        header(&headers(&core, row_plan(&core, "getProfile", &[])), "authorization").as_deref(),
        Some("a-newer-token")
    );
    *core.access_token.borrow_mut() = None;
    assert_eq!(header(&headers(&core, row_plan(&core, "getProfile", &[])), "authorization"), None);
}

#[test]
fn the_app_id_header_follows_the_brand() {
    let core = core_with(&[("appHost", Value::str("https://example.authing.cn"))]);
    let h = headers(&core, row_plan(&core, "getProfile", &[]));
    assert_eq!(header(&h, "x-authing-app-id").as_deref(), Some("app-id-1"));
    assert_eq!(header(&h, "x-genauth-app-id"), None);
    let core = core_with(&[("brand", Value::str("authing"))]);
    assert_eq!(
        header(&headers(&core, row_plan(&core, "getProfile", &[])), "x-authing-app-id").as_deref(),
        Some("app-id-1")
    );
}

#[test]
fn basic_goes_on_the_official_paths_under_client_secret_basic() {
    let core = core_with(&[
        ("tokenEndPointAuthMethod", Value::str("client_secret_basic")),
        ("accessToken", Value::str(TOKEN)),
    ]);
    let signin = row_plan(
        &core,
        "signInByCredentials",
        &[("connection", Value::str("PASSWORD")), ("passwordPayload", Value::Obj(vec![]))],
    );
    assert_eq!(signin.credential, Credential::Basic);
    assert_eq!(header(&headers(&core, signin), "authorization"), Some(basic("app-id-1", SECRET)));
    let mobile = row_plan(
        &core,
        "signInByMobile",
        &[("extIdpConnidentifier", Value::str("x")), ("connection", Value::str("apple"))],
    );
    assert_eq!(header(&headers(&core, mobile), "authorization"), Some(basic("app-id-1", SECRET)));
    // Elsewhere the user's token.
    assert_eq!(header(&headers(&core, row_plan(&core, "getProfile", &[])), "authorization").as_deref(), Some(TOKEN));
    // A protocol request to /oidc/token without clientAuth: Basic, as the official client's
    // HTTP client sends it on that path; with clientAuth none: still Basic (the path's rule), and
    // client_id in the form.
    let config = &core.config;
    let p =
        request_plan(spec(&[("path", Value::str("/oidc/token")), ("clientAuth", Value::str("none"))]).unwrap(), config)
            .unwrap();
    assert_eq!(p.credential, Credential::Basic);
    assert_eq!(p.body.as_deref(), Some("client_id=app-id-1"));
    // Under client_secret_post the same paths carry the user's token.
    let core = core_with(&[("accessToken", Value::str(TOKEN))]);
    let signin = row_plan(
        &core,
        "signInByCredentials",
        &[("connection", Value::str("PASSWORD")), ("passwordPayload", Value::Obj(vec![]))],
    );
    assert_eq!(header(&headers(&core, signin), "authorization").as_deref(), Some(TOKEN));
}

#[test]
fn bearer_wins_over_the_users_token_but_not_over_basic() {
    let core = core_with(&[("accessToken", Value::str(TOKEN))]);
    let mut p = request_plan(
        spec(&[("method", Value::str("GET")), ("path", Value::str("/oidc/me")), ("bearer", Value::str("other-token"))])
            .unwrap(),
        &core.config,
    )
    .unwrap();
    p.bind_session(core.access_token.borrow().as_ref());
    let h = headers(&core, p);
    assert_eq!(header(&h, "authorization").as_deref(), Some("Bearer other-token"));
    assert_eq!(header(&h, "accept").as_deref(), Some("application/json, text/plain, */*"));
    let p = request_plan(
        spec(&[
            ("path", Value::str("/oidc/token")),
            ("clientAuth", Value::str("client_secret_basic")),
            ("bearer", Value::str("t")),
        ])
        .unwrap(),
        &core.config,
    )
    .unwrap();
    assert_eq!(p.credential, Credential::Basic);
}

#[test]
fn with_client_secret_appends_the_apps_credentials_after_the_callers_fields() {
    let core = core_with(&[]);
    let ep = endpoint("signInByCredentials").unwrap();
    let given = options(&[
        ("connection", Value::str("PASSWORD")),
        (
            "passwordPayload",
            Value::Obj(vec![("email".into(), Value::str("a@b.c")), ("password".into(), Value::str("p"))]),
        ),
    ]);
    let mut fields = validate(ep, given, false).unwrap();
    add_client_secret(ep, &mut fields, &core.config).unwrap();
    let p = plan(ep, fields, &core.config).unwrap();
    assert_eq!(
        p.body.as_deref(),
        Some(&*format!(
            r#"{{"connection":"PASSWORD","passwordPayload":{{"email":"a@b.c","password":"p"}},"client_id":"app-id-1","client_secret":"{SECRET}"}}"#
        ))
    );
    // Given by the caller: replaced where they are.
    let given = options(&[("client_secret", Value::str("x")), ("connection", Value::str("PASSWORD"))]);
    let mut fields = validate(ep, given, false).unwrap();
    add_client_secret(ep, &mut fields, &core.config).unwrap();
    let body = plan(ep, fields, &core.config).unwrap().body.unwrap();
    assert_eq!(body.matches("client_secret").count(), 1);
    assert!(body.contains(SECRET));
    // A GET row has no body; a client without a secret has none to add.
    let get = endpoint("getProfile").unwrap();
    let mut fields = validate(get, vec![], false).unwrap();
    assert_eq!(add_client_secret(get, &mut fields, &core.config).unwrap_err().code, Code::InvalidArgument);
    let public = Core::new(
        config_with(&[("appSecret", Value::Null), ("tokenEndPointAuthMethod", Value::str("none"))], false).unwrap(),
    );
    let mut fields = validate(ep, options(&[("connection", Value::str("PASSWORD"))]), false).unwrap();
    let e = add_client_secret(ep, &mut fields, &public.config).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (Code::Config, Some("appSecret")));
}

#[test]
fn protocol_requests_need_the_secret_their_client_auth_asks_for() {
    let config =
        config_with(&[("appSecret", Value::Null), ("tokenEndPointAuthMethod", Value::str("none"))], false).unwrap();
    for method in ["client_secret_post", "client_secret_basic"] {
        let request = spec(&[("path", Value::str("/oidc/token")), ("clientAuth", Value::str(method))]).unwrap();
        let e = request_plan(request, &config).err().unwrap();
        assert_eq!((e.code, e.field.as_deref()), (Code::Config, Some("appSecret")), "{method}");
    }
}

#[test]
fn request_specs_are_checked() {
    let refused = |given: &[(&str, Value)], field: &str| {
        let e = spec(given).unwrap_err();
        assert_eq!((e.code, e.field.as_deref()), (Code::InvalidArgument, Some(field)), "{given:?}: {}", e.message);
    };
    for path in ["oidc/token", "/oidc/../api", "/a/./b", "/a?b", "/a#b", "/a b", "/a\\b", "/\u{e9}", "/a\nb"] {
        refused(&[("path", Value::str(path))], "path");
    }
    refused(&[("method", Value::str("PUT")), ("path", Value::str("/a"))], "method");
    refused(&[("method", Value::str("GET")), ("path", Value::str("/a")), ("form", pairs(&[("a", "b")]))], "form");
    refused(
        &[("method", Value::str("GET")), ("path", Value::str("/a")), ("clientAuth", Value::str("client_secret_post"))],
        "form",
    );
    refused(&[("path", Value::str("/a")), ("form", Value::Arr(vec![Value::str("a=b")]))], "form");
    refused(
        &[("path", Value::str("/a")), ("query", Value::Arr(vec![Value::Arr(vec![Value::str("a"), Value::Num(1.0)])]))],
        "query",
    );
    refused(&[("path", Value::str("/a")), ("bearer", Value::str("tok\r\nen"))], "bearer");
    refused(&[("path", Value::str("/a")), ("clientAuth", Value::str("private_key_jwt"))], "clientAuth");
    refused(&[("path", Value::str("/a")), ("redirect", Value::Bool(true))], "redirect");
    let e = Request::read(options(&[
        ("name", Value::str("x")),
        ("method", Value::str("POST")),
        ("path", Value::str("/a")),
    ]))
    .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("idempotent"));
    // A bearer's value is never echoed.
    let e = spec(&[("path", Value::str("/a")), ("bearer", Value::str("secret-bearer\n"))]).unwrap_err();
    assert!(!e.message.contains("secret-bearer"), "{}", e.message);
}

fn refused(extra: &[(&str, Value)], in_browser: bool, field: &str) -> Error {
    let e = config_with(extra, in_browser).unwrap_err();
    assert_eq!((e.code, e.field.as_deref()), (Code::Config, Some(field)), "{extra:?}: {}", e.message);
    e
}

#[test]
fn options_that_become_headers_refuse_what_a_header_cannot_carry() {
    let bad = ["a\rb", "a\nb", "a\u{0}b", "a\u{7f}b", "a\u{1b}b", "a\u{85}b", "中文", " lead", "trail\t"];
    for name in ["appId", "accessToken", "cookieKey"] {
        for value in bad {
            let e = refused(&[(name, Value::str(value))], false, name);
            assert!(!e.message.contains(value), "{name}: the value is not echoed: {}", e.message);
        }
    }
    // A cookie name is a token.
    for key in ["a;b", "a=b", "a b", "a,b", "a\"b"] {
        refused(&[("cookieKey", Value::str(key))], false, "cookieKey");
    }
    config_with(&[("cookieKey", Value::str("My-App_State.v1"))], false).unwrap();
}

#[test]
fn the_app_secret_is_refused_in_a_browser_and_pkce_is_the_default_there() {
    let e = refused(&[], true, "appSecret");
    assert!(!e.message.contains(SECRET));
    for name in ["tokenEndPointAuthMethod", "introspectionEndPointAuthMethod", "revocationEndPointAuthMethod"] {
        refused(&[("appSecret", Value::Null), (name, Value::str("client_secret_post"))], true, name);
    }
    let config = config_with(&[("appSecret", Value::Null)], true).unwrap();
    let genauth_wasm::config::Auth::App(app) = &config.auth;
    assert_eq!(
        (app.token_method, app.introspection_method, app.revocation_method, app.secret.is_none()),
        (ClientAuth::None, ClientAuth::None, ClientAuth::None, true)
    );
    // On a server: the official defaults, which need the secret.
    let config = config_with(&[], false).unwrap();
    let genauth_wasm::config::Auth::App(app) = &config.auth;
    assert_eq!(
        (app.token_method, app.introspection_method, app.revocation_method),
        (ClientAuth::Post, ClientAuth::Post, ClientAuth::Post)
    );
    refused(&[("appSecret", Value::Null)], false, "appSecret");
    config_with(&[("appSecret", Value::Null), ("tokenEndPointAuthMethod", Value::str("none"))], false).unwrap();
}

#[test]
fn other_options_are_checked_as_the_official_client_and_managementclient_check_them() {
    refused(&[("appId", Value::Null)], false, "appId");
    refused(&[("appHost", Value::Null)], false, "appHost");
    refused(&[("scope", Value::str("profile email"))], false, "scope");
    refused(&[("appHost", Value::str("http://example.genauth.ai"))], false, "appHost");
    refused(&[("appHost", Value::str("ftp://example.genauth.ai"))], false, "appHost");
    refused(&[("rejectUnauthorized", Value::Bool(false))], false, "rejectUnauthorized");
    refused(&[("protocol", Value::str("saml2"))], false, "protocol");
    refused(&[("appSecrets", Value::str("x"))], false, "appSecrets");
    refused(&[("timeout", Value::Num(0.0))], false, "timeout");
    // Accepted and unused: the official client's event-subscription options.
    config_with(&[("socketUri", Value::str("wss://x")), ("retryTimes", Value::Num(3.0))], false).unwrap();
    // appHost as the official domainC14n: no scheme is https; trailing slashes dropped; http to loopback.
    for (given, want) in [
        ("example.genauth.ai", "https://example.genauth.ai"),
        ("https://example.genauth.ai///", "https://example.genauth.ai"),
        ("http://localhost:3000/", "http://localhost:3000"),
        ("http://127.0.0.1:9", "http://127.0.0.1:9"),
    ] {
        assert_eq!(config_with(&[("appHost", Value::str(given))], false).unwrap().host, want);
    }
    assert_eq!(
        config_with(
            &[("appHost", Value::str("http://10.0.0.1")), ("dangerouslyAllowInsecureHttp", Value::Bool(true))],
            false
        )
        .unwrap()
        .host,
        "http://10.0.0.1"
    );
}

#[test]
fn no_debug_or_message_shows_a_secret() {
    let config = config_with(&[("accessToken", Value::str(TOKEN))], false).unwrap();
    let shown = format!("{config:?}");
    assert!(!shown.contains(SECRET) && !shown.contains(TOKEN), "{shown}");
    let request = spec(&[
        ("path", Value::str("/oidc/token")),
        ("form", pairs(&[("code", "the-authorization-code")])),
        ("bearer", Value::str("a-bearer-token")),
    ])
    .unwrap();
    let shown = format!("{request:?}");
    assert!(!shown.contains("a-bearer-token"), "{shown}");
    // What an OAuth error message may quote of a server's words has every secret the request
    // carried taken out.
    let p = request_plan(
        spec(&[
            ("path", Value::str("/oidc/token")),
            ("clientAuth", Value::str("client_secret_post")),
            ("form", pairs(&[("code", "the-authorization-code")])),
        ])
        .unwrap(),
        &config,
    )
    .unwrap();
    let echoed = format!("bad client_secret {SECRET} for code the-authorization-code ({SECRET})");
    assert_eq!(redact(echoed, &p.secrets), "bad client_secret [redacted] for code [redacted] ([redacted])");
    // An error made of a server's answer is printed without it.
    let mut e = Error::new(Code::OAuth, "token: HTTP 400: invalid_grant");
    e.oauth = Some(Box::new((Some("invalid_grant".into()), Some("expired".into()))));
    let shown = format!("{e:?}");
    assert!(shown.contains("invalid_grant") && shown.contains("OAUTH"), "{shown}");
}

/// One attempt of `plan` that failed as `attempt`, then what the call does next.
fn after_failure(core: &Core, plan: Plan, attempt: Attempt) -> &'static str {
    let mut call = Call::new(plan, Options::of(&core.config), NOW);
    assert!(matches!(call.poll(core, NOW, &mut Fixed), Step::Send(_)));
    call.sent(core, Outcome::Failed(attempt, Error::new(Code::Network, "x")), NOW, &mut Fixed);
    match call.poll(core, NOW, &mut Fixed) {
        Step::Send(_) | Step::Wait(_) => "retry",
        Step::Done(_) => "done",
    }
}

#[test]
fn a_request_not_safe_to_repeat_is_never_retried_once_it_may_have_reached_the_server() {
    let core = core_with(&[]);
    let make = |idempotent: bool| {
        request_plan(
            spec(&[
                ("path", Value::str("/oidc/token")),
                ("form", pairs(&[("grant_type", "refresh_token")])),
                ("idempotent", Value::Bool(idempotent)),
            ])
            .unwrap(),
            &core.config,
        )
        .unwrap()
    };
    for attempt in [Attempt::Network, Attempt::Timeout, Attempt::Http(502), Attempt::Http(503)] {
        assert_eq!(after_failure(&core, make(false), attempt), "done", "{attempt:?}");
        assert_eq!(after_failure(&core, make(true), attempt), "retry", "{attempt:?}");
    }
    // Never reached: safe for both.
    assert_eq!(after_failure(&core, make(false), Attempt::Unreached), "retry");
}

#[test]
fn a_protocol_answer_resolves_on_2xx_and_is_an_error_otherwise() {
    let core = core_with(&[]);
    let verdict = |status: u16, idempotent: bool| {
        let p = request_plan(
            spec(&[("path", Value::str("/oidc/token/revocation")), ("idempotent", Value::Bool(idempotent))]).unwrap(),
            &core.config,
        )
        .unwrap();
        let mut call = Call::new(p, Options::of(&core.config), NOW);
        assert!(matches!(call.poll(&core, NOW, &mut Fixed), Step::Send(_)));
        call.sent(&core, Outcome::Answered { status, envelope: None, reply: &NoHeaders }, NOW, &mut Fixed);
        match call.poll(&core, NOW, &mut Fixed) {
            Step::Done(Verdict::Resolve) => "resolve",
            Step::Done(Verdict::NotEnvelope) => "error",
            Step::Send(_) | Step::Wait(_) => "retry",
            Step::Done(_) => "other",
        }
    };
    assert_eq!(verdict(200, false), "resolve");
    assert_eq!(verdict(204, true), "resolve");
    assert_eq!(verdict(400, true), "error");
    assert_eq!(verdict(401, true), "error");
    assert_eq!(verdict(302, true), "error");
    assert_eq!(verdict(503, true), "retry");
    assert_eq!(verdict(503, false), "error");
}
