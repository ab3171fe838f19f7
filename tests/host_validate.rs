//! The validation table and the client options, on the host.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::type_complexity)]

use genauth_wasm::config::{normalize_host, Auth, Config};
use genauth_wasm::endpoints::{endpoint, endpoints};
use genauth_wasm::error::Code;
use genauth_wasm::validate::validate;
use genauth_wasm::value::Value;

fn ids(n: usize) -> Value {
    Value::Arr((0..n).map(|i| Value::Str(format!("{i:024x}"))).collect())
}

fn base() -> Vec<(String, Value)> {
    vec![
        ("organizationCode".into(), Value::str("steamory")),
        ("departmentId".into(), Value::str("60b49eb83fd80adb96f26e68")),
        ("userIds".into(), Value::Arr(vec![Value::str("623c20b2a062aaaaf41b17da")])),
    ]
}

fn with(mut params: Vec<(String, Value)>, key: &str, value: Option<Value>) -> Vec<(String, Value)> {
    params.retain(|(k, _)| k != key);
    if let Some(v) = value {
        params.push((key.into(), v));
    }
    params
}

fn remove(params: Vec<(String, Value)>) -> Result<Vec<(&'static str, Value)>, (Code, Option<String>, String)> {
    let ep = endpoint("removeDepartmentMembers").unwrap();
    validate(ep.fields, params, ep.name, Code::InvalidArgument)
        .map(|f| f.into_iter().map(|(f, v)| (f.name, v)).collect())
        .map_err(|e| (e.code, e.field, e.message))
}

#[test]
fn valid_params_come_out_in_table_order_without_invented_defaults() {
    let out = remove(with(base(), "departmentIdType", Some(Value::str("code")))).unwrap();
    let names: Vec<&str> = out.iter().map(|(k, _)| *k).collect();
    assert_eq!(names, ["userIds", "organizationCode", "departmentId", "departmentIdType"]);
    // Optional null is "not given".
    let out = remove(with(base(), "tenantId", Some(Value::Null))).unwrap();
    assert_eq!(out.len(), 3);
    assert!(remove(with(base(), "userIds", Some(ids(1000)))).is_ok());
    // At the limits: a 64-character organization code, and ids with no stated limit up to the
    // safety bound (a user id may be an email address).
    assert!(remove(with(base(), "organizationCode", Some(Value::Str("x".repeat(64))))).is_ok());
    assert!(remove(with(base(), "departmentId", Some(Value::Str("6".repeat(1024))))).is_ok());
    let email = Value::Str(format!("{}@example.com", "u".repeat(200)));
    assert!(remove(with(base(), "userIds", Some(Value::Arr(vec![email])))).is_ok());
}

#[test]
fn the_validation_table() {
    // (field changed, new value (None = removed), field named by the error, words in the message)
    let cases: Vec<(&str, Option<Value>, &str, &str)> = vec![
        ("organizationCode", None, "organizationCode", "is required"),
        ("organizationCode", Some(Value::Null), "organizationCode", "is required"),
        ("organizationCode", Some(Value::str("")), "organizationCode", "non-empty string"),
        ("organizationCode", Some(Value::str("   ")), "organizationCode", "non-empty string"),
        ("organizationCode", Some(Value::Num(5.0)), "organizationCode", "got number"),
        // The official suite: an organization code longer than 64 characters is malformed (src/facts.txt).
        ("organizationCode", Some(Value::Str("x".repeat(65))), "organizationCode", "longer than 64"),
        ("departmentId", Some(Value::Str("6".repeat(1025))), "departmentId", "longer than 1024"),
        ("departmentId", None, "departmentId", "is required"),
        ("departmentId", Some(Value::Bool(true)), "departmentId", "got boolean"),
        ("departmentId", Some(Value::Obj(vec![])), "departmentId", "got object"),
        ("userIds", None, "userIds", "is required"),
        ("userIds", Some(Value::str("623c20b2a062aaaaf41b17da")), "userIds", "got string"),
        ("userIds", Some(Value::Arr(vec![])), "userIds", "must not be empty"),
        (
            "userIds",
            Some(Value::Arr(vec![Value::str("a"), Value::Num(1.0)])),
            "userIds",
            "userIds[1]\" must be a non-empty string, got number",
        ),
        ("userIds", Some(Value::Arr(vec![Value::str("")])), "userIds", "userIds[0]\" must be a non-empty string"),
        ("userIds", Some(Value::Arr(vec![Value::Null])), "userIds", "got null"),
        ("userIds", Some(ids(1001)), "userIds", "at most 1000"),
        ("userIds", Some(ids(100_000)), "userIds", "split the list"),
        ("userIds", Some(Value::Other("function")), "userIds", "got function"),
        ("departmentIdType", Some(Value::str("dept_id")), "departmentIdType", "one of \"department_id\""),
        ("departmentIdType", Some(Value::Num(1.0)), "departmentIdType", "got number"),
        ("tenantId", Some(Value::Num(f64::NAN)), "tenantId", "got NaN"),
        ("tenantId", Some(Value::str("")), "tenantId", "non-empty string"),
        ("userId", Some(Value::str("x")), "userId", "did you mean \"userIds\""),
        ("organization_code", Some(Value::str("x")), "organization_code", "did you mean \"organizationCode\""),
        ("DepartmentID", Some(Value::str("x")), "DepartmentID", "did you mean \"departmentId\""),
        ("__proto__", Some(Value::Obj(vec![])), "__proto__", "unknown field"),
        ("constructor", Some(Value::str("x")), "constructor", "it takes: userIds, organizationCode"),
    ];
    let count = cases.len();
    for (key, value, field, words) in cases {
        let (code, got_field, message) =
            remove(with(base(), key, value.clone())).expect_err(&format!("{key}={value:?} must fail"));
        assert_eq!(code, Code::InvalidArgument, "{key}");
        assert_eq!(got_field.as_deref(), Some(field), "{key}: {message}");
        assert!(message.contains(words), "{key}={value:?}: {message:?} lacks {words:?}");
        assert!(message.starts_with("removeDepartmentMembers: "), "{message}");
    }
    assert!(count >= 25);
}

#[test]
fn every_row_is_well_formed() {
    let mut names = std::collections::HashSet::new();
    for ep in endpoints() {
        assert!(names.insert(ep.name), "{} twice", ep.name);
        // One official path lacks the prefix (`getRowBatch`); it is sent as the official client sends it.
        assert!(ep.path.starts_with("/api/v3/") || ep.name == "getRowBatch", "{}", ep.name);
        // A read is always safe to repeat.
        assert!(ep.method != genauth_wasm::endpoints::Method::Get || ep.idempotent, "{}", ep.name);
        let mut fields = std::collections::HashSet::new();
        assert!(ep.fields.iter().all(|f| fields.insert(f.name)), "{}: a field twice", ep.name);
    }
}

/// Every line of `src/api.txt` is a row: none is dropped by the parser (the module skips a
/// malformed line rather than panic, so this test is what catches one).
#[test]
fn every_line_of_the_table_parses() {
    let text = include_str!("../src/api.txt");
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 496);
    assert_eq!(endpoints().len(), lines.len());
    for line in lines {
        let wire: &'static str = Box::leak(line.split(" | ").next().unwrap().to_owned().into_boxed_str());
        let row = genauth_wasm::endpoints::parse_line(wire).unwrap_or_else(|| panic!("does not parse: {wire}"));
        // The rows the module uses come from build.rs's copy, where most paths are `~`: the same.
        let built = endpoint(row.name).unwrap();
        assert_eq!((built.path, built.method, built.fields.len()), (row.path, row.method, row.fields.len()));
    }
    assert!(include_str!(concat!(env!("OUT_DIR"), "/api.wire")).lines().filter(|l| l.contains(" ~")).count() > 300);
    assert!(genauth_wasm::endpoints::parse_line("x GET /p a!:zz").is_none());
    assert!(genauth_wasm::endpoints::parse_line("x PATCH /p").is_none());
    assert!(genauth_wasm::endpoints::parse_line("x GET /p a:b=maybe").is_none());
}

fn opts(pairs: &[(&str, Value)]) -> Vec<(String, Value)> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

fn config(pairs: &[(&str, Value)], browser: bool) -> Result<Config, (Code, Option<String>, String)> {
    Config::from_options(opts(pairs), browser).map_err(|e| (e.code, e.field, e.message))
}

#[test]
fn client_options() {
    let id = ("accessKeyId", Value::str("test-access-key-id"));
    let secret = ("accessKeySecret", Value::str("test-access-key-secret-0123456789"));
    let c = config(&[id.clone(), secret.clone()], false).unwrap();
    assert_eq!(c.brand.name, "genauth");
    assert_eq!(c.host, "https://api.genauth.ai");
    assert_eq!(c.lang, "zh-CN");
    assert_eq!(c.timeout_ms, 10_000);
    assert_eq!(c.auth.name(), "signature");
    assert!(!format!("{c:?}").contains("0123456789"), "Debug shows the secret");

    let c =
        config(&[id.clone(), secret.clone(), ("brand", Value::str("authing")), ("auth", Value::str("token"))], false)
            .unwrap();
    assert_eq!((c.brand.prefix, c.brand.scheme, c.host.as_str()), ("x-authing-", "authing", "https://api.authing.cn"));
    assert!(matches!(c.auth, Auth::Token { .. }));

    let c = config(&[("accessToken", Value::str("t.e.k")), ("userPoolId", Value::str("p"))], true).unwrap();
    assert_eq!(c.auth.name(), "accessToken");

    let bad: Vec<(Vec<(&str, Value)>, bool, &str, &str)> = vec![
        (vec![], false, "accessKeyId", "no credentials"),
        (vec![id.clone()], false, "accessKeySecret", "accessKeySecret is missing"),
        (vec![secret.clone()], false, "accessKeyId", "accessKeyId is missing"),
        (vec![id.clone(), secret.clone(), ("accessToken", Value::str("t"))], false, "accessToken", "not both"),
        (vec![id.clone(), secret.clone()], true, "accessKeySecret", "accessToken"),
        (
            vec![id.clone(), secret.clone(), ("auth", Value::str("token"))],
            true,
            "accessKeySecret",
            "never be shipped to a browser",
        ),
        (vec![id.clone(), secret.clone(), ("host", Value::str("http://api.example.com"))], false, "host", "loopback"),
        (vec![id.clone(), secret.clone(), ("host", Value::str("ftp://x"))], false, "host", "scheme"),
        (vec![id.clone(), secret.clone(), ("host", Value::str("https://"))], false, "host", "no host name"),
        (vec![id.clone(), secret.clone(), ("host", Value::str("https://a b"))], false, "host", "not a valid URL"),
        (vec![id.clone(), secret.clone(), ("host", Value::str("https://x:99999"))], false, "host", "port"),
        (vec![id.clone(), secret.clone(), ("timeout", Value::Num(-1.0))], false, "timeout", "between"),
        (vec![id.clone(), secret.clone(), ("timeout", Value::str("10"))], false, "timeout", "got string"),
        (vec![id.clone(), secret.clone(), ("brand", Value::str("okta"))], false, "brand", "one of"),
        (
            vec![id.clone(), secret.clone(), ("accesKeySecret", Value::str("x"))],
            false,
            "accesKeySecret",
            "did you mean \"accessKeySecret\"",
        ),
        (vec![("accessToken", Value::str("t")), ("auth", Value::str("signature"))], false, "auth", "leave it out"),
        (
            vec![id.clone(), secret.clone(), ("userPoolId", Value::str("p"))],
            false,
            "userPoolId",
            "goes with accessToken",
        ),
    ];
    for (pairs, browser, field, words) in bad {
        let (code, got, message) = config(&pairs, browser).expect_err(&format!("{pairs:?} must fail"));
        assert_eq!(code, Code::Config);
        assert_eq!(got.as_deref(), Some(field), "{message}");
        assert!(message.contains(words), "{message:?} lacks {words:?}");
        assert!(!message.contains("0123456789"), "a message shows the secret: {message}");
    }
}

#[test]
fn hosts_are_normalised() {
    let ok = [
        ("api.genauth.ai", "https://api.genauth.ai"),
        ("https://api.genauth.ai/", "https://api.genauth.ai"),
        ("HTTPS://core.example.com:8443//", "https://core.example.com:8443"),
        ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
        ("http://localhost:1", "http://localhost:1"),
        ("http://[::1]:8080/", "http://[::1]:8080"),
        ("https://example.com/prefix", "https://example.com/prefix"),
    ];
    for (raw, want) in ok {
        assert_eq!(normalize_host(raw, false).unwrap(), want, "{raw}");
    }
    for raw in [
        "http://10.0.0.1",
        "http://127.0.0.1.evil.com",
        "http://localhost@evil.com",
        "https://x?y",
        "//x",
        "https://[::1",
    ] {
        assert!(normalize_host(raw, false).is_err(), "{raw} must be refused");
    }
    assert_eq!(normalize_host("http://10.0.0.1", true).unwrap(), "http://10.0.0.1");
    for raw in ["ftp://x", "http://a b"] {
        assert!(normalize_host(raw, true).is_err(), "{raw} must be refused even when insecure");
    }
}

/// Unknown fields go where the official client puts them (see `validate::params`).
mod unknown_fields {
    use genauth_wasm::endpoints::endpoint;
    use genauth_wasm::error::Code;
    use genauth_wasm::validate::{params, Param};
    use genauth_wasm::value::{write_json_object, Value};

    fn given(pairs: &[(&str, Value)]) -> Vec<(String, Value)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect()
    }
    fn body(name: &str, pairs: &[(&str, Value)], strict: bool) -> Result<String, (Code, Option<String>, String)> {
        let ep = endpoint(name).unwrap();
        let fields = params(ep, given(pairs), strict).map_err(|e| (e.code, e.field, e.message))?;
        let mut out = String::new();
        write_json_object(fields.iter().map(|(p, v)| (p.wire(), v)), &mut out);
        Ok(out)
    }

    #[test]
    fn a_body_the_official_client_sends_whole_keeps_them_in_the_callers_order() {
        // createDataPolicy sends `requestBody` itself: JSON.stringify's bytes, unknown fields too.
        let pairs = [
            ("policyName", Value::str("p")),
            ("policyDesc", Value::str("d")),
            ("statementList", Value::Arr(vec![])),
            ("description", Value::Null),
        ];
        assert_eq!(
            body("createDataPolicy", &pairs, false).unwrap(),
            r#"{"policyName":"p","policyDesc":"d","statementList":[],"description":null}"#
        );
    }

    #[test]
    fn a_call_that_names_its_fields_leaves_them_out() {
        // getUser sends the fields it names, and only those (as the official client does).
        let ep = endpoint("getUser").unwrap();
        let out =
            params(ep, given(&[("userId", Value::str("u")), ("somethingElse", Value::Bool(true))]), false).unwrap();
        assert!(out.iter().all(|(p, _)| matches!(p, Param::Field(_))));
        assert!(out.iter().all(|(p, _)| p.wire() != "somethingElse"));
    }

    fn valid(call: &str) -> Vec<(String, Value)> {
        match call {
            "removeDepartmentMembers" => given(&[
                ("userIds", Value::Arr(vec![Value::str("u")])),
                ("organizationCode", Value::str("o")),
                ("departmentId", Value::str("d")),
            ]),
            "createDataPolicy" => given(&[("policyName", Value::str("p")), ("statementList", Value::Arr(vec![]))]),
            "getUser" => given(&[("userId", Value::str("u"))]),
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_near_miss_is_refused_with_its_suggestion_in_every_mode() {
        for (call, wrong, right) in
            [("removeDepartmentMembers", "userId", "userIds"), ("createDataPolicy", "policyname", "policyName")]
        {
            for strict in [false, true] {
                let mut pairs = valid(call);
                let at = pairs.iter().position(|(k, _)| k == right).unwrap();
                pairs[at].0 = wrong.to_owned();
                let e = params(endpoint(call).unwrap(), pairs, strict).err().unwrap();
                assert_eq!(e.code, Code::InvalidArgument);
                assert_eq!(e.field.as_deref(), Some(wrong));
                assert!(e.message.contains(&format!("did you mean \"{right}\"")), "{}", e.message);
            }
        }
    }

    #[test]
    fn strict_refuses_every_unknown_field() {
        for call in ["createDataPolicy", "getUser"] {
            let ep = endpoint(call).unwrap();
            let mut pairs = valid(call);
            assert!(params(ep, pairs.clone(), true).is_ok(), "{call}");
            pairs.push(("somethingElse".to_owned(), Value::Bool(true)));
            let e = params(ep, pairs.clone(), true).err().unwrap();
            assert_eq!((e.code, e.field.as_deref()), (Code::InvalidArgument, Some("somethingElse")), "{call}");
            assert!(params(ep, pairs, false).is_ok(), "{call}");
        }
    }

    #[test]
    fn what_goes_with_the_body_must_be_json_and_is_named_only_when_it_reads_as_a_name() {
        let base = [("policyName", Value::str("p")), ("statementList", Value::Arr(vec![]))];
        let with = |k: &str, v: Value| {
            let mut pairs = base.to_vec();
            pairs.push((k, v));
            body("createDataPolicy", &pairs, false)
        };
        let (code, field, message) = with("callback", Value::Other("function")).err().unwrap();
        assert_eq!((code, field.as_deref()), (Code::InvalidArgument, Some("callback")));
        assert!(message.contains("\"callback\" holds function"), "{message}");
        let secret = "8f3a9c0d1e2b4f5a6c7d8e9f0a1b2c3d";
        let (_, field, message) = with(secret, Value::Num(f64::NAN)).err().unwrap();
        assert!(field.is_none() && !message.contains(secret), "{message}");
        // Required fields are still required, and still checked.
        let e = body("createDataPolicy", &[("policyName", Value::str("p"))], false).err().unwrap();
        assert_eq!(e.1.as_deref(), Some("statementList"));
        let e =
            body("createDataPolicy", &[("policyName", Value::Num(1.0)), ("statementList", Value::Arr(vec![]))], false)
                .err()
                .unwrap();
        assert_eq!(e.1.as_deref(), Some("policyName"));
    }
}

/// Near misses scale with the name: a short field of another call is not a typo of a short one
/// here (`icon` is two edits from `i18n`), a plural or a case slip of a longer one is.
#[test]
fn near_misses_scale_with_the_length_of_the_name() {
    use genauth_wasm::validate::params;
    let given = |pairs: &[(&str, Value)]| pairs.iter().map(|(k, v)| ((*k).to_owned(), v.clone())).collect::<Vec<_>>();
    let org = [("organizationName", Value::str("n")), ("organizationCode", Value::str("c"))];
    for extra in ["icon", "os", "logo", "sender"] {
        let mut pairs = given(&org);
        pairs.push((extra.to_owned(), Value::str("x")));
        let out = params(endpoint("createOrganization").unwrap(), pairs, false);
        // `sender` is one edit from no field of createOrganization either.
        assert!(out.is_ok(), "{extra}: {:?}", out.err().map(|e| e.message));
    }
    for (wrong, right) in
        [("organizationNames", "organizationName"), ("organisationCode", "organizationCode"), ("I18N", "i18n")]
    {
        let mut pairs = given(&org);
        pairs.push((wrong.to_owned(), Value::str("x")));
        let e = params(endpoint("createOrganization").unwrap(), pairs, false).err().unwrap();
        assert!(e.message.contains(&format!("did you mean \"{right}\"")), "{wrong}: {}", e.message);
    }
    // A prototype name is refused without a suggestion.
    let mut pairs = given(&org);
    pairs.push(("__proto__".to_owned(), Value::Obj(vec![])));
    let e = params(endpoint("createOrganization").unwrap(), pairs, false).err().unwrap();
    assert!(!e.message.contains("did you mean"), "{}", e.message);
}

/// Two neighbours swapped are one edit: `hots` is a near miss of `host`.
#[test]
fn a_swap_of_two_letters_is_a_near_miss() {
    use genauth_wasm::endpoints::CLIENT_OPTIONS;
    let e =
        validate(CLIENT_OPTIONS, vec![("hots".to_owned(), Value::str("x"))], "options", Code::Config).err().unwrap();
    assert!(e.message.contains("did you mean \"host\""), "{}", e.message);
}

/// A host of Authing's own domain speaks the `authing` brand unless a brand is given (the
/// official Node client's default host is https://api.authing.cn); any other host, GenAuth's.
#[test]
fn an_authing_host_without_a_brand_is_the_authing_brand() {
    let keys = [
        ("accessKeyId", Value::str("test-access-key-id")),
        ("accessKeySecret", Value::str("test-access-key-secret-0123456789")),
    ];
    let with = |extra: &[(&str, Value)]| {
        let mut pairs = keys.to_vec();
        pairs.extend_from_slice(extra);
        config(&pairs, false).unwrap()
    };
    for host in ["https://api.authing.cn", "api.authing.cn", "https://core.AUTHING.cn:443/", "authing.cn"] {
        assert_eq!(with(&[("host", Value::str(host))]).brand.name, "authing", "{host}");
    }
    for host in
        ["https://api.genauth.ai", "https://authing.cn.example.com", "https://notauthing.cn", "http://127.0.0.1:9"]
    {
        assert_eq!(with(&[("host", Value::str(host))]).brand.name, "genauth", "{host}");
    }
    // A brand given wins.
    let c = with(&[("host", Value::str("https://api.authing.cn")), ("brand", Value::str("genauth"))]);
    assert_eq!(c.brand.name, "genauth");
}
