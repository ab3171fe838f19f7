//! The signer against requests captured from the official clients, and canonicalisation edge
//! cases whose expected strings and signatures come from the official Node client's own
//! `buildStringToSign`/`buildSignature`.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::endpoints::endpoint;
use genauth_wasm::sign::{signature, string_to_sign};
use genauth_wasm::validate::params;
use genauth_wasm::value::{write_json_object, Value};
use serde_json::Value as Json;

const SECRET: &str = "test-access-key-secret-0123456789";

fn from_json(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => Value::Num(n.as_f64().unwrap()),
        Json::String(s) => Value::Str(s.clone()),
        Json::Array(a) => Value::Arr(a.iter().map(from_json).collect()),
        Json::Object(o) => Value::Obj(o.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
    }
}

fn vectors() -> Vec<(String, Json)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
    let mut out: Vec<(String, Json)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap(),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn every_captured_signature_is_reproduced() {
    let mut checked = 0;
    for (name, v) in vectors() {
        let Some(check) = v.get("signature_check") else { continue };
        let req = &v["management_request"];
        let method = req["method"].as_str().unwrap();
        let headers: Vec<(String, String)> = req["headers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| (h[0].as_str().unwrap().to_owned(), h[1].as_str().unwrap().to_owned()))
            .collect();
        let header_refs: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let params: Vec<(String, Value)> = if method == "GET" {
            req["query"]
                .as_array()
                .unwrap()
                .iter()
                .map(|q| (q[0].as_str().unwrap().to_owned(), Value::str(q[1].as_str().unwrap())))
                .collect()
        } else {
            req["body_json"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), from_json(v))).collect()
        };
        let param_refs: Vec<(&str, &Value)> = params.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let scheme = check["scheme"].as_str().unwrap();
        let prefix = if scheme == "authing" { "x-authing-" } else { "x-genauth-" };
        let sts = string_to_sign(method, &header_refs, prefix, req["path"].as_str().unwrap(), &param_refs);
        assert_eq!(sts, check["string_to_sign"].as_str().unwrap(), "{name}: string to sign");
        assert_eq!(signature(SECRET, &sts), check["expected_signature"].as_str().unwrap(), "{name}: signature");
        let auth = headers.iter().find(|(k, _)| k == "authorization").unwrap();
        assert_eq!(
            auth.1,
            format!("{scheme} {}:{}", check["accessKeyId"].as_str().unwrap(), signature(SECRET, &sts)),
            "{name}: authorization"
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} vectors had a signature to check");
}

/// The POST body this package writes for a call is the official client's, byte for byte.
#[test]
fn captured_post_bodies_are_reproduced() {
    let mut checked = 0;
    for (name, v) in vectors() {
        let req = &v["management_request"];
        let (Some(call), Some(raw)) = (v["call"]["method"].as_str(), req.get("body_raw").and_then(Json::as_str)) else {
            continue;
        };
        if req["method"] != "POST" || !v["sdk"].as_str().unwrap().contains("node") {
            continue;
        }
        let Some(ep) = endpoint(call) else { continue };
        let args: Vec<(String, Value)> =
            v["call"]["args"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), from_json(v))).collect();
        let fields = params(ep, args, false).unwrap();
        let mut body = String::new();
        write_json_object(fields.iter().map(|(p, v)| (p.wire(), v)), &mut body);
        assert_eq!(body, raw, "{name}");
        checked += 1;
    }
    assert!(checked >= 1);
}

/// The GET query string this package writes is the official client's, defaults included.
#[test]
fn captured_get_queries_are_reproduced() {
    let mut checked = 0;
    for (name, v) in vectors() {
        let req = &v["management_request"];
        if req["method"] != "GET" || !v["sdk"].as_str().unwrap().contains("node") {
            continue;
        }
        let ep = endpoint(v["call"]["method"].as_str().unwrap()).unwrap();
        let args: Vec<(String, Value)> =
            v["call"]["args"].as_object().unwrap().iter().map(|(k, v)| (k.clone(), from_json(v))).collect();
        let fields = params(ep, args, false).unwrap();
        let pairs: Vec<(&str, &Value)> = fields.iter().map(|(p, v)| (p.wire(), v)).collect();
        assert_eq!(genauth_wasm::value::query_string(&pairs), req["query_string"].as_str().unwrap(), "{name}");
        checked += 1;
    }
    assert!(checked >= 1);
}

#[test]
fn query_strings_are_encoded_as_the_official_client_does() {
    let kw = Value::str("研发 a+b&c=d/e:f,g$h[i]~!*'()");
    let page = Value::Num(2.0);
    let flag = Value::Bool(true);
    assert_eq!(
        genauth_wasm::value::query_string(&[("keywords", &kw), ("page", &page), ("withCustomData", &flag)]),
        "keywords=%E7%A0%94%E5%8F%91+a%2Bb%26c%3Dd%2Fe:f,g$h%5Bi%5D~!*'()&page=2&withCustomData=true"
    );
}

/// Arrays and objects in a query string, as axios 1.21 (the official client's HTTP library)
/// writes them: a top-level flat array as `k[]`, anything nested with indexes and keys, `null`
/// left out, an empty array nothing at all.
#[test]
fn nested_query_values_are_written_as_axios_does() {
    let q = |v: Value| genauth_wasm::value::query_string(&[("k", &v)]).replace("%5B", "[").replace("%5D", "]");
    let obj = |pairs: Vec<(&str, Value)>| Value::Obj(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
    let arr = Value::Arr;
    assert_eq!(q(arr(vec![Value::str("p q"), Value::str("r")])), "k[]=p+q&k[]=r");
    assert_eq!(q(arr(vec![Value::Num(1.0), Value::Null, Value::Bool(true)])), "k[]=1&k[]=true");
    assert_eq!(q(arr(vec![])), "");
    assert_eq!(q(arr(vec![obj(vec![("a", Value::Num(1.0))])])), "k[0][a]=1");
    assert_eq!(q(obj(vec![("a", arr(vec![Value::Num(1.0), Value::Num(2.0)]))])), "k[a][0]=1&k[a][1]=2");
    assert_eq!(q(arr(vec![arr(vec![Value::str("x")])])), "k[0][0]=x");
    assert_eq!(q(obj(vec![("a", obj(vec![("b", Value::Num(1.0))]))])), "k[a][b]=1");
    assert_eq!(q(obj(vec![(" a ", Value::Num(1.0)), ("n", Value::Null)])), "k[a]=1");
    assert_eq!(q(obj(vec![(" b ", obj(vec![("c", Value::Num(1.0))]))])), "k[+b+][c]=1");
    assert_eq!(q(obj(vec![("a[]", obj(vec![("b", Value::Num(1.0))]))])), "k[a][b]=1");
    assert_eq!(q(obj(vec![("a", arr(vec![]))])), "");
}

#[test]
fn three_sequential_calls_vector_has_fresh_nonces() {
    let v = vectors().into_iter().find(|(n, _)| n == "node-three-calls-no-token.json").unwrap().1;
    let nonces: Vec<&str> = v["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["auth_headers"]["x-authing-signature-nonce"].as_str().unwrap())
        .collect();
    assert_eq!(nonces.len(), 3);
    assert!(nonces[0] != nonces[1] && nonces[1] != nonces[2] && nonces[0] != nonces[2]);
}

const H: &[(&str, &str)] = &[
    ("date", "Fri, 27 Nov 2026 19:13:11 GMT"),
    ("x-authing-lang", "zh-CN"),
    ("x-authing-signature-nonce", "n1"),
    ("content-type", "application/json"),
];

fn sts(method: &str, path: &str, params: &[(&str, Value)]) -> String {
    let refs: Vec<(&str, &Value)> = params.iter().map(|(k, v)| (*k, v)).collect();
    string_to_sign(method, H, "x-authing-", path, &refs)
}

#[test]
fn canonicalisation_edge_cases_match_the_official_client() {
    let obj = |pairs: Vec<(&str, Value)>| Value::Obj(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
    let s = sts(
        "POST",
        "/api/v3/x",
        &[
            ("name", Value::str("研发部 & co=1")),
            ("b", Value::Bool(true)),
            ("n", Value::Num(0.0)),
            ("f", Value::Num(1.5)),
            ("big", Value::Num(1e21)),
            ("tiny", Value::Num(1e-7)),
            ("neg", Value::Num(-3.0)),
            (
                "nested",
                obj(vec![
                    ("a", Value::Arr(vec![Value::Num(1.0), Value::str("x")])),
                    ("k=v", obj(vec![("z", Value::Null)])),
                ]),
            ),
            ("nul", Value::Null),
            ("arr", Value::Arr(vec![])),
            ("s", Value::str("a\tb")),
        ],
    );
    assert_eq!(
        s,
        "POST\ndate:Fri, 27 Nov 2026 19:13:11 GMT\nx-authing-lang:zh-CN\nx-authing-signature-nonce:n1\n/api/v3/x?arr=[]&b=true&big=1e+21&f=1.5&n=0&name=研发部 & co=1&neg=-3&nested={\"a\":[1,\"x\"],\"k=v\":{\"z\":null}}&nul=null&s=a\tb&tiny=1e-7"
    );
    assert_eq!(signature(SECRET, &s), "ZvpaVemEnAM48uXfJ9xE+ZDkLIo=");

    let s = sts(
        "GET",
        "/api/v3/y",
        &[
            ("keywords", Value::str("中文 ?#%&=")),
            ("page", Value::Num(1.0)),
            ("limit", Value::Num(50.0)),
            ("withCustomData", Value::Bool(false)),
        ],
    );
    assert_eq!(s, "GET\ndate:Fri, 27 Nov 2026 19:13:11 GMT\nx-authing-lang:zh-CN\nx-authing-signature-nonce:n1\n/api/v3/y?keywords=中文 ?#%&=&limit=50&page=1&withCustomData=false");
    assert_eq!(signature(SECRET, &s), "N5OhNrDPTEGopmVujxiQbLitFlw=");

    let s = sts("POST", "/api/v3/z", &[]);
    assert_eq!(signature(SECRET, &s), "ApX8fFMuVLr9LZ9oU9rjD9DEU2I=");

    // JavaScript sorts keys by UTF-16 code units: upper case first, "é" after ASCII.
    let s = sts(
        "POST",
        "/api/v3/sort",
        &[
            ("b", Value::Num(1.0)),
            ("B", Value::Num(2.0)),
            ("a_", Value::Num(3.0)),
            ("a", Value::Num(4.0)),
            ("é", Value::Num(5.0)),
            ("Z", Value::Num(6.0)),
        ],
    );
    assert!(s.ends_with("/api/v3/sort?B=2&Z=6&a=4&a_=3&b=1&é=5"), "{s}");
    assert_eq!(signature(SECRET, &s), "oly9HszdUpaaHUowLQ9NZAk3d9U=");
}

#[test]
fn genauth_brand_signs_its_own_prefix_only() {
    let headers = [
        ("date", "Fri, 27 Nov 2026 19:13:11 GMT"),
        ("x-genauth-lang", "zh-CN"),
        ("x-authing-lang", "ignored"),
        ("x-genauth-signature-nonce", "abc"),
    ];
    let v = Value::Arr(vec![Value::str("u1")]);
    let s = string_to_sign("POST", &headers, "x-genauth-", "/api/v3/remove-department-members", &[("userIds", &v)]);
    assert_eq!(
        s,
        "POST\ndate:Fri, 27 Nov 2026 19:13:11 GMT\nx-genauth-lang:zh-CN\nx-genauth-signature-nonce:abc\n/api/v3/remove-department-members?userIds=[\"u1\"]"
    );
}

/// Thousands of fields (a forwarded body may have them), given in no order, are signed in sorted
/// order (by a heap sort: its time does not grow with the square of their number).
#[test]
fn many_fields_are_signed_in_order_quickly() {
    let values: Vec<(String, Value)> =
        (0..20_000u32).map(|i| (format!("k{:05}", (i * 7919) % 20_000), Value::Num(f64::from(i)))).collect();
    let params: Vec<(&str, &Value)> = values.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let s = string_to_sign("POST", &[], "x-authing-", "/p", &params);
    let keys: Vec<&str> = s.split_once('?').unwrap().1.split('&').map(|kv| kv.split('=').next().unwrap()).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(keys.len(), 20_000);
    assert_eq!(keys, sorted);
}
