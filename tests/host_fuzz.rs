//! Property tests (bounded: a fixed number of cases each) over the pure parts that read
//! untrusted input: nothing panics, and what is written can be read back.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::config::{normalize_host, Config};
use genauth_wasm::endpoints::{endpoints, CLIENT_OPTIONS};
use genauth_wasm::error::Code;
use genauth_wasm::retry::{http_date_ms, retry_after_ms};
use genauth_wasm::sign::{base64, base64url_decode, signature, string_to_sign};
use genauth_wasm::validate::{params, Param};
use genauth_wasm::value::{query_string, write_number, Value};
use proptest::prelude::*;

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Num),
        any::<i32>().prop_map(|n| Value::Num(f64::from(n))),
        ".{0,24}".prop_map(Value::Str),
        Just(Value::Other("function")),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Arr),
            prop::collection::vec(("[a-zA-Z_]{0,12}", inner), 0..6).prop_map(Value::Obj),
        ]
    })
}

fn names() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(
            endpoints().iter().flat_map(|e| e.fields.iter().map(|f| f.name.to_owned())).collect::<Vec<_>>()
        ),
        "[a-zA-Z_]{0,16}",
        ".{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_validator_never_panics(ep in 0..endpoints().len(), given in prop::collection::vec((names(), value()), 0..10), strict in any::<bool>()) {
        let ep = &endpoints()[ep];
        match params(ep, given, strict) {
            Ok(fields) => prop_assert!(ep.fields.iter().filter(|f| f.required).all(|f| fields.iter().any(|(g, _)| matches!(g, Param::Field(g) if g.name == f.name)))),
            Err(e) => {
                prop_assert_eq!(e.code, Code::InvalidArgument);
                prop_assert!(e.message.starts_with(ep.name));
            }
        }
    }

    #[test]
    fn client_options_never_panic(options in prop::collection::vec((prop::sample::select(CLIENT_OPTIONS.iter().map(|f| f.name).collect::<Vec<_>>()), value()), 0..8), browser in any::<bool>()) {
        let options = options.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
        if let Err(e) = Config::from_options(options, browser) {
            prop_assert_eq!(e.code, Code::Config);
        }
    }

    #[test]
    fn json_written_is_json_read_back(v in value()) {
        let text = v.to_json();
        let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        if let Value::Str(s) = &v {
            prop_assert_eq!(parsed.as_str(), Some(s.as_str()));
        }
    }

    #[test]
    fn numbers_round_trip(n in any::<f64>().prop_filter("finite", |n| n.is_finite())) {
        let mut s = String::new();
        write_number(n, &mut s);
        prop_assert_eq!(s.parse::<f64>().ok(), Some(if n == 0.0 { 0.0 } else { n }), "{}", s);
    }

    #[test]
    fn query_strings_decode_back(pairs in prop::collection::vec(("[a-zA-Z]{1,8}", ".{0,16}"), 1..5)) {
        let values: Vec<(String, Value)> = pairs.iter().map(|(k, v)| (k.clone(), Value::Str(v.clone()))).collect();
        let refs: Vec<(&str, &Value)> = values.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let q = query_string(&refs);
        let decoded: Vec<(String, String)> = q.split('&').map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (decode(k), decode(v))
        }).collect();
        prop_assert_eq!(decoded, pairs);
    }

    #[test]
    fn nested_query_values_never_panic(params in prop::collection::vec(("[a-zA-Z]{1,8}", value()), 0..6)) {
        let refs: Vec<(&str, &Value)> = params.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let q = query_string(&refs);
        // Every pair is `key=value`, its key one of the parameters' (with brackets after it).
        for pair in q.split('&').filter(|p| !p.is_empty()) {
            let (k, _) = pair.split_once('=').unwrap();
            let top = decode(k);
            let top = top.split('[').next().unwrap();
            prop_assert!(params.iter().any(|(name, _)| name == top), "{} from {:?}", pair, params);
        }
    }

    #[test]
    fn signing_never_panics(method in "GET|POST", headers in prop::collection::vec((".{0,12}", ".{0,20}"), 0..8), path in ".{0,30}", params in prop::collection::vec(("[a-zA-Z]{0,8}", value()), 0..6), secret in ".{0,80}") {
        let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let p: Vec<(&str, &Value)> = params.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let sts = string_to_sign(&method, &h, "x-genauth-", &path, &p);
        prop_assert!(sts.starts_with(&method));
        prop_assert_eq!(signature(&secret, &sts).len(), 28);
    }

    #[test]
    fn decoders_never_panic(s in ".{0,64}", bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = base64url_decode(&s);
        prop_assert_eq!(base64url_decode(&base64(&bytes)), Some(bytes));
        let _ = http_date_ms(&s);
        let _ = retry_after_ms(&s, 0.0, 60_000.0);
        let _ = normalize_host(&s, false);
        let _ = normalize_host(&s, true);
    }
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap()
}
