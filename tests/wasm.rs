//! The wasm boundary, run by wasm-bindgen-test in Node and in headless Chromium: the exported
//! client against a scripted `fetch`, so every request and every failure is seen exactly.
#![cfg(all(target_arch = "wasm32", not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::{is_genauth_error, js, sign, CallOptionsArg};
use js_sys::{Array, Function, Promise, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

const KEY_ID: &str = "test-access-key-id";
const SECRET: &str = "test-access-key-secret-0123456789";
/// A token whose payload carries `scoped_userpool_id: "62e221f85f5ac5cc47037a39"`.
const TOKEN: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJkYXRhIjp7InR5cGUiOiJ1c2VyIiwiaWQiOiJtb2NrLWFkbWluIiwidXNlclBvb2xJZCI6IjYyZTIyMWY4NWY1YWM1Y2M0NzAzN2EzOSJ9LCJzY29wZWRfdXNlcnBvb2xfaWQiOiI2MmUyMjFmODVmNWFjNWNjNDcwMzdhMzkiLCJpYXQiOjE3OTU4MDc3MzMsImV4cCI6MTc5NTgxNDkzM30.UEucFbSEfl6KP0TUBh0q-cNE5_yuOqwFvNM5E3zsfJQ";
const OK: &str = r#"{"statusCode":200,"message":"操作成功","requestId":"r-1","data":{"success":true}}"#;

/// The exported client as the package's JavaScript class uses it: a handle.
struct ManagementClient(f64);

impl ManagementClient {
    fn new(options: JsValue) -> Result<ManagementClient, JsValue> {
        genauth_wasm::client_new(options).map(ManagementClient)
    }
    fn call(&self, name: JsValue, params: JsValue, options: Option<CallOptionsArg>) -> Promise {
        genauth_wasm::client_call(self.0, name, params, options)
    }
    fn to_json(&self) -> JsValue {
        genauth_wasm::client_summary(self.0)
    }
}

fn eval(src: &str) -> JsValue {
    Function::new_no_args(&format!("return ({src});")).call0(&JsValue::NULL).unwrap()
}

/// A `fetch` that records each call in `.calls` and answers with the JS body `reply`, which
/// sees `url`, `init` and `n` (1 for the first call).
fn stub(reply: &str) -> JsValue {
    eval(&format!(
        "(() => {{ const calls = []; const f = async (url, init) => {{ calls.push({{url, init}}); const n = calls.length; {reply} }}; f.calls = calls; return f; }})()"
    ))
}

fn answer(status: u16, body: &str) -> String {
    format!("return new Response({}, {{ status: {status}, headers: {{ 'content-type': 'application/json', 'x-request-id': 'hdr-1' }} }});", JSON::stringify(&body.into()).unwrap())
}

fn calls(fetch: &JsValue) -> Array {
    Reflect::get(fetch, &"calls".into()).unwrap().into()
}

fn options(extra: &str, fetch: &JsValue) -> JsValue {
    let o = eval(&format!("{{ host: 'http://127.0.0.1:9', {extra} }}"));
    Reflect::set(&o, &"fetch".into(), fetch).unwrap();
    o
}

fn keys(extra: &str) -> String {
    format!("accessKeyId: '{KEY_ID}', accessKeySecret: '{SECRET}', {extra}")
}

fn token_opts(extra: &str) -> String {
    format!("accessToken: '{TOKEN}', {extra}")
}

/// The options a page can use, and in Node the signature scheme too.
fn server_or_page(extra: &str) -> String {
    if js::in_browser() {
        token_opts(extra)
    } else {
        keys(extra)
    }
}

fn params() -> JsValue {
    eval("{ userIds: ['623c20b2a062aaaaf41b17da'], organizationCode: 'steamory', departmentId: '60b49eb83fd80adb96f26e68', departmentIdType: 'department_id' }")
}

async fn call(client: &ManagementClient, params: JsValue, opts: Option<JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(client.call(JsValue::from("removeDepartmentMembers"), params, opts.map(JsCast::unchecked_into)))
        .await
}

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &k.into()).unwrap()
}

fn s(v: &JsValue, k: &str) -> String {
    get(v, k).as_string().unwrap_or_default()
}

fn check_error(e: &JsValue, code: &str) {
    assert!(e.is_instance_of::<js_sys::Error>(), "not an Error: {e:?}");
    assert!(is_genauth_error(e.clone()));
    assert_eq!(s(e, "name"), "GenAuthError");
    assert_eq!(s(e, "code"), code, "message: {}", s(e, "message"));
    let text = format!("{} {}", s(e, "message"), JSON::stringify(e).unwrap().as_string().unwrap());
    assert!(!text.contains(SECRET) && !text.contains(TOKEN), "a secret leaked: {text}");
}

async fn sleep(ms: i32) {
    let p = Promise::new(&mut |resolve, _| {
        let set_timeout: Function = Reflect::get(&js_sys::global(), &"setTimeout".into()).unwrap().into();
        set_timeout.call2(&JsValue::NULL, &resolve, &ms.into()).unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

#[wasm_bindgen_test]
async fn signed_request_is_exact() {
    let fetch = stub(&answer(200, OK));
    let made = ManagementClient::new(options(&keys("tenantId: 't-1'"), &fetch));
    if js::in_browser() {
        let e = made.err().expect("a browser must refuse the access key secret");
        check_error(&e, "CONFIG");
        assert!(s(&e, "message").contains("accessToken"));
        assert_eq!(calls(&fetch).length(), 0);
        return;
    }
    let client = made.unwrap();
    let res = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&res, "statusCode").as_f64(), Some(200.0));
    assert_eq!(get(&get(&res, "data"), "success").as_bool(), Some(true));

    let sent = calls(&fetch).get(0);
    assert_eq!(s(&sent, "url"), "http://127.0.0.1:9/api/v3/remove-department-members");
    let init = get(&sent, "init");
    assert_eq!(s(&init, "method"), "POST");
    let body = s(&init, "body");
    assert_eq!(
        body,
        r#"{"userIds":["623c20b2a062aaaaf41b17da"],"organizationCode":"steamory","departmentId":"60b49eb83fd80adb96f26e68","departmentIdType":"department_id","tenantId":"t-1"}"#
    );
    let headers = get(&init, "headers");
    let names: Vec<String> =
        js_sys::Object::keys(&headers.clone().into()).iter().map(|k| k.as_string().unwrap()).collect();
    assert_eq!(
        names,
        [
            "accept",
            "content-type",
            "x-genauth-signature-nonce",
            "x-genauth-signature-method",
            "x-genauth-signature-version",
            "x-genauth-sdk-version",
            "x-genauth-lang",
            "x-genauth-app-id",
            "date",
            "authorization"
        ]
    );
    let nonce = s(&headers, "x-genauth-signature-nonce");
    assert!(nonce.len() == 32 && nonce.bytes().all(|b| b.is_ascii_hexdigit()), "{nonce}");
    assert_eq!(s(&headers, "x-genauth-app-id"), "t-1");
    assert!(s(&headers, "date").ends_with(" GMT"));

    // Recompute the signature from what was sent.
    let pairs: Vec<(String, String)> = names.iter().map(|n| (n.clone(), s(&headers, n))).collect();
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let parsed = JSON::parse(&body).unwrap();
    let fields = js::read_object(&parsed, "body", genauth_wasm::error::Code::InvalidArgument, false).unwrap();
    let field_refs: Vec<(&str, &genauth_wasm::value::Value)> = fields.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let sts = sign::string_to_sign("POST", &refs, "x-genauth-", "/api/v3/remove-department-members", &field_refs);
    assert_eq!(s(&headers, "authorization"), format!("GenAuth {KEY_ID}:{}", sign::signature(SECRET, &sts)));

    // Every request is signed afresh.
    call(&client, params(), None).await.unwrap();
    let again = get(&get(&calls(&fetch).get(1), "init"), "headers");
    assert_ne!(s(&again, "x-genauth-signature-nonce"), nonce);
    assert_ne!(s(&again, "authorization"), s(&headers, "authorization"));
}

#[wasm_bindgen_test]
async fn authing_brand_uses_its_prefix_and_scheme_word() {
    if js::in_browser() {
        return signed_request_is_exact().await;
    }
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&keys("brand: 'authing', lang: 'en-US'"), &fetch)).unwrap();
    call(&client, params(), None).await.unwrap();
    let headers = get(&get(&calls(&fetch).get(0), "init"), "headers");
    assert!(s(&headers, "authorization").starts_with("authing test-access-key-id:"));
    assert_eq!(s(&headers, "x-authing-lang"), "en-US");
    assert!(get(&headers, "x-genauth-lang").is_undefined());
}

#[wasm_bindgen_test]
async fn access_token_sends_bearer_and_user_pool() {
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&token_opts(""), &fetch)).unwrap();
    call(&client, params(), None).await.unwrap();
    let headers = get(&get(&calls(&fetch).get(0), "init"), "headers");
    assert_eq!(s(&headers, "authorization"), format!("Bearer {TOKEN}"));
    assert_eq!(s(&headers, "x-genauth-userpool-id"), "62e221f85f5ac5cc47037a39");
    assert!(get(&headers, "date").is_undefined() && get(&headers, "x-genauth-signature-nonce").is_undefined());

    let client = ManagementClient::new(options("accessToken: 'opaque', userPoolId: 'pool-9'", &fetch)).unwrap();
    call(&client, params(), None).await.unwrap();
    assert_eq!(s(&get(&get(&calls(&fetch).get(1), "init"), "headers"), "x-genauth-userpool-id"), "pool-9");
    assert!(JSON::stringify(&client.to_json()).unwrap().as_string().unwrap().contains("\"userPoolId\":\"pool-9\""));
    // An opaque token without userPoolId cannot be used, and construction says so.
    let e = ManagementClient::new(options("accessToken: 'opaque'", &fetch)).err().unwrap();
    check_error(&e, "CONFIG");
    assert_eq!(s(&e, "field"), "userPoolId");
    assert_eq!(calls(&fetch).length(), 2);
}

#[wasm_bindgen_test]
async fn bad_params_reject_before_anything_is_sent() {
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&server_or_page(""), &fetch)).unwrap();
    let cases = [
        ("{ organizationCode: 'steamory', departmentId: 'd' }", "userIds"),
        ("{ userIds: 'u1', organizationCode: 'steamory', departmentId: 'd' }", "userIds"),
        ("{ userIds: [], organizationCode: 'steamory', departmentId: 'd' }", "userIds"),
        ("{ userIds: ['u1', 2], organizationCode: 'steamory', departmentId: 'd' }", "userIds"),
        ("{ userIds: ['u1'], organizationCode: '', departmentId: 'd' }", "organizationCode"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: undefined }", "departmentId"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: 'd', departmentIdType: 'dept' }", "departmentIdType"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: 'd', userId: 'x' }", "userId"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: NaN }", "departmentId"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: 10n }", "departmentId"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: Symbol('x') }", "departmentId"),
        ("{ userIds: new Array(100000).fill('u'), organizationCode: 'o', departmentId: 'd' }", "userIds"),
        ("{ userIds: ['u1'], organizationCode: 'x'.repeat(5000000), departmentId: 'd' }", "organizationCode"),
        ("JSON.parse('{\"__proto__\": {\"userIds\": [\"u\"]}, \"userIds\": [\"u1\"], \"organizationCode\": \"o\", \"departmentId\": \"d\"}')", "__proto__"),
        ("{ userIds: ['u1'], organizationCode: 'o', departmentId: 'd', tenantId: (() => { const o = {}; let c = o; for (let i = 0; i < 100; i++) { c.a = {}; c = c.a; } return o; })() }", "tenantId"),
        ("(() => { const o = { userIds: ['u1'], organizationCode: 'o', departmentId: 'd' }; o.self = o; return o; })()", "self"),
        ("new Proxy({}, { ownKeys() { throw new Error('no'); } })", ""),
        ("{ get userIds() { throw new Error('getter'); }, organizationCode: 'o', departmentId: 'd' }", "userIds"),
        ("null", ""),
        ("'steamory'", ""),
        ("[1, 2]", ""),
    ];
    for (src, field) in cases {
        let e = call(&client, eval(src), None).await.expect_err(src);
        check_error(&e, "INVALID_ARGUMENT");
        assert_eq!(s(&e, "field"), field, "{src}: {}", s(&e, "message"));
        if !field.is_empty() {
            assert!(s(&e, "message").contains(field), "{src}: {}", s(&e, "message"));
        }
    }
    let e = call(&client, params(), Some(eval("{ timeout: 'soon' }"))).await.unwrap_err();
    check_error(&e, "INVALID_ARGUMENT");
    let e = call(&client, params(), Some(eval("{ signal: {} }"))).await.unwrap_err();
    check_error(&e, "INVALID_ARGUMENT");
    assert_eq!(calls(&fetch).length(), 0, "a request left despite bad input");
    // The same client still works after all of that.
    call(&client, params(), None).await.unwrap();
    assert_eq!(calls(&fetch).length(), 1);
}

#[wasm_bindgen_test]
async fn bad_options_throw_config() {
    for src in [
        "undefined",
        "{}",
        "{ accessToken: 't', host: 'http://api.example.com' }",
        "{ accessToken: 't', host: 'not a url' }",
        "{ accessToken: 't', timeout: 0 }",
        "{ accessToken: 't', acessToken: 't' }",
        "{ accessToken: 't', accessKeyId: 'k', accessKeySecret: 's' }",
        "{ accessToken: 't', fetch: 'no' }",
    ] {
        let e = ManagementClient::new(eval(src)).err().unwrap_or_else(|| panic!("{src} must throw"));
        check_error(&e, "CONFIG");
    }
}

#[wasm_bindgen_test]
async fn an_envelope_resolves_whatever_the_http_status() {
    let fetch = stub(&format!(
        "if (n === 1) {{ {} }} if (n === 2) {{ {} }} {}",
        answer(500, r#"{"statusCode":500,"message":"boom","requestId":"r-5"}"#),
        answer(401, r#"{"statusCode":401,"message":"bad sig","apiCode":1300}"#),
        answer(200, r#"{"statusCode":404,"message":"department not found","apiCode":2001,"requestId":"r-404"}"#)
    ));
    let client = ManagementClient::new(options(&server_or_page("maxRetries: 0"), &fetch)).unwrap();
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(500.0));
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "apiCode").as_f64(), Some(1300.0));
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(s(&r, "requestId"), "r-404");
    // throwOnApiError turns the non-200 envelope into an API error with its fields.
    let e = call(&client, params(), Some(eval("{ throwOnApiError: true }"))).await.unwrap_err();
    check_error(&e, "API");
    assert_eq!(get(&e, "statusCode").as_f64(), Some(404.0));
    assert_eq!(get(&e, "apiCode").as_f64(), Some(2001.0));
    assert_eq!(s(&e, "requestId"), "r-404");
    assert_eq!(get(&e, "status").as_f64(), Some(200.0));
    assert!(s(&e, "message").contains("department not found"));
}

#[wasm_bindgen_test]
async fn failures_without_an_envelope_reject_with_their_code() {
    let fetch = stub(
        "if (n === 1) return new Response('<html>502 Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
         if (n === 2) return new Response('<html>ok</html>', { status: 200 });
         if (n === 3) return new Response('{\"statusCode\":200,\"mess', { status: 200 });
         if (n === 4) throw new TypeError('fetch failed');
         if (n === 5) return { nope: true };
         return new Response('{\"statusCode\":200,\"message\":\"\",\"data\":{\"success\":true}}');",
    );
    let client = ManagementClient::new(options(&server_or_page("maxRetries: 0"), &fetch)).unwrap();
    let e = call(&client, params(), None).await.unwrap_err();
    check_error(&e, "HTTP");
    assert_eq!(get(&e, "status").as_f64(), Some(502.0));
    assert!(s(&e, "message").contains("text/html"));
    // The body's length, as JavaScript counts it ('<html>502 Bad Gateway</html>').
    assert!(s(&e, "message").contains("28 characters"), "{}", s(&e, "message"));
    check_error(&call(&client, params(), None).await.unwrap_err(), "DECODE");
    check_error(&call(&client, params(), None).await.unwrap_err(), "DECODE");
    let e = call(&client, params(), None).await.unwrap_err();
    check_error(&e, "NETWORK");
    assert!(s(&e, "message").contains("127.0.0.1:9"));
    check_error(&call(&client, params(), None).await.unwrap_err(), "NETWORK");
    // And then it works again.
    call(&client, params(), None).await.unwrap();
}

/// A fetch that never answers, but rejects when its signal aborts, as real fetch does.
const HANG: &str = "return new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));";

#[wasm_bindgen_test]
async fn timeouts_and_signals() {
    let fetch = stub(HANG);
    let client = ManagementClient::new(options(&server_or_page("timeout: 30"), &fetch)).unwrap();
    let e = call(&client, params(), None).await.unwrap_err();
    check_error(&e, "TIMEOUT");
    assert!(s(&e, "message").contains("30 ms"));
    let e = call(&client, params(), Some(eval("{ timeout: 20 }"))).await.unwrap_err();
    check_error(&e, "TIMEOUT");

    let controller = eval("new AbortController()");
    let opts = eval("{ timeout: 5000 }");
    Reflect::set(&opts, &"signal".into(), &get(&controller, "signal")).unwrap();
    let pending = client.call(JsValue::from("removeDepartmentMembers"), params(), Some(opts.clone().unchecked_into()));
    sleep(10).await;
    js::call_method(&controller, "abort", &[]).unwrap();
    check_error(&JsFuture::from(pending).await.unwrap_err(), "ABORTED");
    // An already aborted signal: nothing is sent.
    let before = calls(&fetch).length();
    check_error(&call(&client, params(), Some(opts)).await.unwrap_err(), "ABORTED");
    assert_eq!(calls(&fetch).length(), before);
}

#[wasm_bindgen_test]
async fn token_auth_fetches_once_shares_and_renews_on_401() {
    if js::in_browser() {
        return;
    }
    let reply = format!(
        "if (url.endsWith('/get-management-token')) {{ globalThis.__tokens = (globalThis.__tokens || 0) + 1; return new Response(JSON.stringify({{ statusCode: 200, message: '', data: {{ access_token: '{TOKEN}', expires_in: 7200 }} }})); }}
         if (n === 5) return new Response(JSON.stringify({{ statusCode: 401, message: 'token expired', apiCode: 1001 }}), {{ status: 401 }});
         {}",
        answer(200, OK)
    );
    let fetch = stub(&reply);
    let client = ManagementClient::new(options(&keys("auth: 'token'"), &fetch)).unwrap();
    let a = client.call(JsValue::from("removeDepartmentMembers"), params(), None);
    let b = client.call(JsValue::from("removeDepartmentMembers"), params(), None);
    let c = client.call(JsValue::from("removeDepartmentMembers"), params(), None);
    for p in [a, b, c] {
        JsFuture::from(p).await.unwrap();
    }
    let urls: Vec<String> = calls(&fetch).iter().map(|c| s(&c, "url")).collect();
    assert_eq!(urls.iter().filter(|u| u.ends_with("/get-management-token")).count(), 1, "{urls:?}");
    assert_eq!(urls.len(), 4);
    let token_body = s(&get(&calls(&fetch).get(0), "init"), "body");
    assert_eq!(token_body, format!(r#"{{"accessKeyId":"{KEY_ID}","accessKeySecret":"{SECRET}"}}"#));
    let headers = get(&get(&calls(&fetch).get(1), "init"), "headers");
    assert_eq!(s(&headers, "authorization"), format!("Bearer {TOKEN}"));
    assert_eq!(s(&headers, "x-genauth-userpool-id"), "62e221f85f5ac5cc47037a39");

    // The 5th request gets a 401: the token is dropped, fetched again, and the call retried once.
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(200.0));
    let urls: Vec<String> = calls(&fetch).iter().map(|c| s(&c, "url")).collect();
    assert_eq!(urls.len(), 7, "{urls:?}");
    assert!(urls[5].ends_with("/get-management-token"));

    // A token is renewed before it expires (here it lives 60 ms).
    let fetch = stub(&format!(
        "if (url.endsWith('/get-management-token')) return new Response(JSON.stringify({{ statusCode: 200, message: '', data: {{ access_token: '{TOKEN}', expires_in: 0.06 }} }})); {}",
        answer(200, OK)
    ));
    let client = ManagementClient::new(options(&keys("auth: 'token'"), &fetch)).unwrap();
    call(&client, params(), None).await.unwrap();
    call(&client, params(), None).await.unwrap();
    sleep(80).await;
    call(&client, params(), None).await.unwrap();
    let urls: Vec<String> = calls(&fetch).iter().map(|c| s(&c, "url")).collect();
    let tokens: Vec<usize> =
        urls.iter().enumerate().filter(|(_, u)| u.ends_with("/get-management-token")).map(|(i, _)| i).collect();
    assert_eq!(tokens, [0, 3], "{urls:?}");

    // A failing token endpoint rejects with AUTH and its envelope, and no secret in sight.
    let fetch = stub(
        r#"return new Response(JSON.stringify({ statusCode: 401, message: 'wrong access key', apiCode: 1002, requestId: 'tok-1' }));"#,
    );
    let client = ManagementClient::new(options(&keys("auth: 'token'"), &fetch)).unwrap();
    let e = call(&client, params(), None).await.unwrap_err();
    check_error(&e, "AUTH");
    assert_eq!(get(&e, "apiCode").as_f64(), Some(1002.0));
    assert_eq!(s(&e, "requestId"), "tok-1");
}

#[wasm_bindgen_test]
async fn the_one_shot_function_and_the_guard() {
    let fetch = stub(&answer(200, OK));
    let r =
        JsFuture::from(genauth_wasm::remove_department_members(options(&server_or_page(""), &fetch), params(), None))
            .await
            .unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(200.0));
    let e = JsFuture::from(genauth_wasm::remove_department_members(eval("{}"), params(), None)).await.unwrap_err();
    check_error(&e, "CONFIG");
    assert!(!is_genauth_error(eval("new Error('x')")));
    assert!(!is_genauth_error(eval("{ name: 'GenAuthError', code: 'API' }")));
    assert!(!is_genauth_error(JsValue::NULL));
}

#[wasm_bindgen_test]
fn the_client_never_shows_its_credentials() {
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&server_or_page("tenantId: 't'"), &fetch)).unwrap();
    let summary = JSON::stringify(&client.to_json()).unwrap().as_string().unwrap();
    assert!(summary.contains("\"host\":\"http://127.0.0.1:9\"") && summary.contains("\"tenantId\":\"t\""), "{summary}");
    assert!(!summary.contains(SECRET) && !summary.contains(TOKEN) && !summary.contains(KEY_ID), "{summary}");
}

#[wasm_bindgen_test]
async fn get_calls_send_the_official_query_and_sign_it() {
    let fetch = stub(&answer(200, r#"{"statusCode":200,"message":"","data":{"totalCount":0,"list":[]}}"#));
    let client = ManagementClient::new(options(&server_or_page(""), &fetch)).unwrap();
    let params = eval("{ organizationCode: 'steamory', departmentId: '60b49eb83fd80adb96f26e68', includeChildrenDepartments: true, limit: 50 }");
    JsFuture::from(client.call(JsValue::from("listDepartmentMembers"), params, None)).await.unwrap();
    let sent = calls(&fetch).get(0);
    // The official client's order, its defaults filled in, GET with no body.
    assert_eq!(
        s(&sent, "url"),
        "http://127.0.0.1:9/api/v3/list-department-members?organizationCode=steamory&departmentId=60b49eb83fd80adb96f26e68&sortBy=JoinDepartmentAt&orderBy=Desc&departmentIdType=department_id&includeChildrenDepartments=true&page=1&limit=50&withCustomData=false&withIdentities=false&withDepartmentIds=false"
    );
    let init = get(&sent, "init");
    assert_eq!(s(&init, "method"), "GET");
    assert!(get(&init, "body").is_undefined());
    if !js::in_browser() {
        let headers = get(&init, "headers");
        let names: Vec<String> =
            js_sys::Object::keys(&headers.clone().into()).iter().map(|k| k.as_string().unwrap()).collect();
        let pairs: Vec<(String, String)> = names.iter().map(|n| (n.clone(), s(&headers, n))).collect();
        let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let query = s(&sent, "url").split_once('?').unwrap().1.to_owned();
        let values: Vec<(String, genauth_wasm::value::Value)> = query
            .split('&')
            .map(|kv| kv.split_once('=').unwrap())
            .map(|(k, v)| (k.to_owned(), genauth_wasm::value::Value::str(v)))
            .collect();
        let value_refs: Vec<(&str, &genauth_wasm::value::Value)> =
            values.iter().map(|(k, v)| (k.as_str(), v)).collect();
        let sts = sign::string_to_sign("GET", &refs, "x-genauth-", "/api/v3/list-department-members", &value_refs);
        assert_eq!(s(&headers, "authorization"), format!("GenAuth {KEY_ID}:{}", sign::signature(SECRET, &sts)));
    }
    // A name not in the table, and the table itself.
    check_error(
        &JsFuture::from(client.call(JsValue::from("listEverything"), eval("{}"), None)).await.unwrap_err(),
        "INVALID_ARGUMENT",
    );
    let rows = genauth_wasm::endpoints();
    assert_eq!(rows.length(), genauth_wasm::endpoints::endpoints().len() as u32);
    assert_eq!(calls(&fetch).length(), 1);
    // checkParams words errors as a call would, and sends nothing.
    // (Handle 0 is no client: checked as a client without `strict` would check.)
    let e = genauth_wasm::check_params(
        0.0,
        "addDepartmentMembers".into(),
        eval("{ organizationCode: 'o', departmentId: 'd', userIds: [''] }"),
    )
    .unwrap_err();
    check_error(&e, "INVALID_ARGUMENT");
    assert!(genauth_wasm::check_params(
        0.0,
        "addDepartmentMembers".into(),
        eval("{ organizationCode: 'o', departmentId: 'd', userIds: ['u'] }")
    )
    .is_ok());
}

/// The authorization header a request must carry for these signed parameters.
fn expected_authorization(
    init: &JsValue,
    method: &str,
    path: &str,
    params: &[(&str, &genauth_wasm::value::Value)],
) -> String {
    let headers = get(init, "headers");
    let names: Vec<String> =
        js_sys::Object::keys(&headers.clone().into()).iter().map(|k| k.as_string().unwrap()).collect();
    let pairs: Vec<(String, String)> = names.iter().map(|n| (n.clone(), s(&headers, n))).collect();
    let refs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let sts = sign::string_to_sign(method, &refs, "x-genauth-", path, params);
    format!("GenAuth {KEY_ID}:{}", sign::signature(SECRET, &sts))
}

#[wasm_bindgen_test]
async fn put_delete_path_and_renamed_fields_go_out_as_the_official_client_sends_them() {
    use genauth_wasm::value::Value;
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&server_or_page(""), &fetch)).unwrap();
    let cases: [(&str, &str, &str, &str, Option<&str>); 5] = [
        // DELETE with a query string: the query is not signed (as the official client signs).
        (
            "deleteAuth",
            "{ authIds: ['a', 'b c'] }",
            "DELETE",
            "/api/v3/batch-applications-auth?authIds%5B%5D=a&authIds%5B%5D=b+c",
            None,
        ),
        // A path field: encoded into the path, nothing else sent.
        ("deleteById", "{ id: 'a b/c' }", "DELETE", "/api/v3/ip-list/a%20b%2Fc", None),
        // PUT with a JSON body, signed over its fields.
        (
            "processApproval",
            "{ number: 'n-1', isAgreed: true }",
            "PUT",
            "/api/v3/approval-process",
            Some(r#"{"number":"n-1","isAgreed":true}"#),
        ),
        // A POST that sends nothing at all: no body.
        ("generateUniversalInvitation", "{}", "POST", "/api/v3/generate-universal-invitation-link", None),
        // A field renamed on the wire: sent and signed under the official name.
        (
            "listTenantApplications",
            "{ page: '1', limit: '10', keywords: 'k', ssoEnabled: true }",
            "GET",
            "/api/v3/list-tenant-applications?page=1&limit=10&keywords=k&sso_enabled=true",
            None,
        ),
    ];
    for (i, (name, params, method, path, body)) in cases.into_iter().enumerate() {
        JsFuture::from(client.call(JsValue::from(name), eval(params), None)).await.unwrap();
        let sent = calls(&fetch).get(i as u32);
        let init = get(&sent, "init");
        assert_eq!(s(&sent, "url"), format!("http://127.0.0.1:9{path}"), "{name}");
        assert_eq!(s(&init, "method"), method, "{name}");
        assert_eq!(get(&init, "body").as_string().as_deref(), body, "{name}");
        if !js::in_browser() {
            let bare = path.split('?').next().unwrap();
            let signed: Vec<(&str, Value)> = match name {
                "processApproval" => vec![("number", Value::str("n-1")), ("isAgreed", Value::Bool(true))],
                "listTenantApplications" => vec![
                    ("page", Value::str("1")),
                    ("limit", Value::str("10")),
                    ("keywords", Value::str("k")),
                    ("sso_enabled", Value::Bool(true)),
                ],
                _ => vec![],
            };
            let refs: Vec<(&str, &Value)> = signed.iter().map(|(k, v)| (*k, v)).collect();
            let headers = get(&init, "headers");
            assert_eq!(s(&headers, "authorization"), expected_authorization(&init, method, bare, &refs), "{name}");
        }
    }
    // An id that would leave its path segment is refused before sending.
    let e = JsFuture::from(client.call(JsValue::from("deleteById"), eval("{ id: '..' }"), None)).await.unwrap_err();
    check_error(&e, "INVALID_ARGUMENT");
    assert_eq!(calls(&fetch).length(), 5);
}

fn urls_and_nonces(fetch: &JsValue) -> Vec<(String, String)> {
    calls(fetch)
        .iter()
        .map(|c| {
            let headers = get(&get(&c, "init"), "headers");
            (s(&c, "url"), s(&headers, "x-genauth-signature-nonce") + &s(&headers, "date"))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn safe_calls_are_retried_signed_afresh_and_creates_are_not() {
    let reply = format!(
        "if (n <= 2) return new Response(JSON.stringify({{ statusCode: 503, message: 'busy' }}), {{ status: n === 1 ? 503 : 200 }}); {}",
        answer(200, OK)
    );
    let fetch = stub(&reply);
    let client = ManagementClient::new(options(&server_or_page("retryDelay: 1"), &fetch)).unwrap();
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(200.0));
    let sent = urls_and_nonces(&fetch);
    assert_eq!(sent.len(), 3, "two retries");
    if !js::in_browser() {
        assert!(sent[0].1 != sent[1].1 && sent[1].1 != sent[2].1, "each attempt has its own nonce: {sent:?}");
    }

    // maxRetries per call; a create is never repeated once it may have reached the server.
    for (name, opts, want_calls) in [
        ("removeDepartmentMembers", "{ maxRetries: 0 }", 1),
        ("removeDepartmentMembers", "{ maxRetries: 1 }", 2),
        ("createOrganization", "{}", 1),
    ] {
        let fetch = stub("return new Response(JSON.stringify({ statusCode: 500, message: 'boom' }), { status: 500 });");
        let client = ManagementClient::new(options(&server_or_page("retryDelay: 1"), &fetch)).unwrap();
        let p = if name == "createOrganization" {
            eval("{ organizationName: 'n', organizationCode: 'c' }")
        } else {
            params()
        };
        let r = JsFuture::from(client.call(JsValue::from(name), p, Some(eval(opts).unchecked_into()))).await.unwrap();
        assert_eq!(get(&r, "statusCode").as_f64(), Some(500.0));
        assert_eq!(calls(&fetch).length(), want_calls, "{name} {opts}");
    }

    // A connection refused never reached the server: even a create is retried.
    let fetch = stub(&format!(
        "if (n === 1) {{ const e = new TypeError('fetch failed'); e.cause = {{ code: 'ECONNREFUSED' }}; throw e; }} {}",
        answer(200, OK)
    ));
    let client = ManagementClient::new(options(&server_or_page("retryDelay: 1"), &fetch)).unwrap();
    let r = JsFuture::from(client.call(
        JsValue::from("createOrganization"),
        eval("{ organizationName: 'n', organizationCode: 'c' }"),
        None,
    ))
    .await
    .unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(200.0));
    assert_eq!(calls(&fetch).length(), 2);
    // But a dropped connection may have: a create is not retried, a removal is.
    for (name, want_calls) in [("createOrganization", 1), ("removeDepartmentMembers", 2)] {
        let fetch = stub(&format!("if (n === 1) throw new TypeError('fetch failed'); {}", answer(200, OK)));
        let client = ManagementClient::new(options(&server_or_page("retryDelay: 1"), &fetch)).unwrap();
        let p = if name == "createOrganization" {
            eval("{ organizationName: 'n', organizationCode: 'c' }")
        } else {
            params()
        };
        let _ = JsFuture::from(client.call(JsValue::from(name), p, None)).await;
        assert_eq!(calls(&fetch).length(), want_calls, "{name}");
    }
}

#[wasm_bindgen_test]
async fn retry_after_deadlines_and_aborted_backoff() {
    // Retry-After: 0 is honoured over a long backoff, on a 429 envelope and on a gateway's HTML 503.
    for first in [
        "new Response(JSON.stringify({ statusCode: 429, message: 'slow down' }), { headers: { 'retry-after': '0' } })",
        "new Response('<html>503</html>', { status: 503, headers: { 'content-type': 'text/html', 'retry-after': '0' } })",
    ] {
        let fetch = stub(&format!("if (n === 1) return {first}; {}", answer(200, OK)));
        let client = ManagementClient::new(options(&server_or_page("retryDelay: 60000"), &fetch)).unwrap();
        let started = js_sys::Date::now();
        call(&client, params(), None).await.unwrap();
        assert!(js_sys::Date::now() - started < 2000.0, "{first}");
        assert_eq!(calls(&fetch).length(), 2, "{first}");
    }

    // A Retry-After beyond the deadline: the 429 envelope comes back at once, not retried.
    let fetch = stub("return new Response(JSON.stringify({ statusCode: 429, message: 'slow down' }), { headers: { 'retry-after': '30' } });");
    let client = ManagementClient::new(options(&server_or_page("deadline: 500"), &fetch)).unwrap();
    let started = js_sys::Date::now();
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(429.0));
    assert!(js_sys::Date::now() - started < 400.0);
    assert_eq!(calls(&fetch).length(), 1);

    // The deadline bounds every attempt together.
    let fetch = stub(HANG);
    let client = ManagementClient::new(options(&server_or_page("timeout: 5000, retryDelay: 1"), &fetch)).unwrap();
    let started = js_sys::Date::now();
    let e = call(&client, params(), Some(eval("{ deadline: 150 }"))).await.unwrap_err();
    check_error(&e, "TIMEOUT");
    assert!(js_sys::Date::now() - started < 1000.0);

    // The signal cancels a backoff sleep at once.
    let fetch = stub("return new Response(JSON.stringify({ statusCode: 503, message: 'busy' }), { status: 503 });");
    let client = ManagementClient::new(options(&server_or_page("retryDelay: 20000"), &fetch)).unwrap();
    let controller = eval("new AbortController()");
    let opts = eval("{ maxRetries: 5 }");
    Reflect::set(&opts, &"signal".into(), &get(&controller, "signal")).unwrap();
    let pending = client.call(JsValue::from("removeDepartmentMembers"), params(), Some(opts.unchecked_into()));
    sleep(50).await;
    let started = js_sys::Date::now();
    js::call_method(&controller, "abort", &[]).unwrap();
    check_error(&JsFuture::from(pending).await.unwrap_err(), "ABORTED");
    assert!(js_sys::Date::now() - started < 500.0);
    assert!(calls(&fetch).length() <= 2);
}

#[wasm_bindgen_test]
async fn a_refused_clock_is_corrected_from_the_server_date() {
    if js::in_browser() {
        return;
    }
    // The server's clock is an hour ahead; it refuses dates more than 5 minutes off (1305).
    let fetch = stub(
        "const server = Date.now() + 3600e3;
         const sent = Date.parse(init.headers.date);
         const headers = { date: new Date(server).toUTCString() };
         if (Math.abs(sent - server) > 300e3) return new Response(JSON.stringify({ statusCode: 401, apiCode: 1305, message: 'clock skew' }), { status: 401, headers });
         return new Response(JSON.stringify({ statusCode: 200, message: '', data: { success: true } }), { headers });",
    );
    let client = ManagementClient::new(options(&keys("maxRetries: 0"), &fetch)).unwrap();
    let r = call(&client, params(), None).await.unwrap();
    assert_eq!(get(&r, "statusCode").as_f64(), Some(200.0));
    assert_eq!(calls(&fetch).length(), 2, "refused once, then re-signed with the server's time");
    // Later calls use the corrected clock straight away.
    call(&client, params(), None).await.unwrap();
    assert_eq!(calls(&fetch).length(), 3);
}

#[wasm_bindgen_test]
async fn hooks_see_every_attempt_and_no_credential() {
    let fetch = stub(&format!(
        "if (n === 1) return new Response(JSON.stringify({{ statusCode: 500, message: 'x', requestId: 'r-500' }}), {{ status: 500 }}); {}",
        answer(200, OK)
    ));
    let seen = eval("[]");
    let hooks = eval("(seen) => ({ onRequest: (i) => seen.push(['req', i]), onResponse: (i) => { seen.push(['res', i]); throw new Error('a failing hook is ignored'); } })");
    let hooks = hooks.unchecked_ref::<Function>().call1(&JsValue::NULL, &seen).unwrap();
    let opts = options(&server_or_page("retryDelay: 1"), &fetch);
    for k in ["onRequest", "onResponse"] {
        Reflect::set(&opts, &k.into(), &get(&hooks, k)).unwrap();
    }
    let client = ManagementClient::new(opts).unwrap();
    call(&client, params(), None).await.unwrap();
    let seen: Array = seen.into();
    assert_eq!(seen.length(), 4);
    let kinds: Vec<String> = seen.iter().map(|e| Array::from(&e).get(0).as_string().unwrap()).collect();
    assert_eq!(kinds, ["req", "res", "req", "res"]);
    let info = |i: u32| Array::from(&seen.get(i)).get(1);
    assert_eq!(get(&info(0), "attempt").as_f64(), Some(1.0));
    assert_eq!(s(&get(&info(0), "headers"), "authorization"), "[redacted]");
    assert_eq!(get(&info(1), "status").as_f64(), Some(500.0));
    assert_eq!(s(&info(1), "requestId"), "r-500");
    assert!(get(&info(1), "durationMs").as_f64().is_some());
    assert_eq!(get(&info(3), "attempt").as_f64(), Some(2.0));
    assert_eq!(s(&info(3), "requestId"), "r-1");
    let text = JSON::stringify(&seen).unwrap().as_string().unwrap();
    assert!(!text.contains(SECRET) && !text.contains(TOKEN) && !text.contains(":UzmgqN"), "{text}");
    assert!(!text.contains("GenAuth test-access-key-id:") && !text.contains("Bearer "), "{text}");
}

#[wasm_bindgen_test]
fn insecure_http_only_when_asked_for_by_name() {
    let fetch = stub(&answer(200, OK));
    let e = ManagementClient::new(options(&token_opts("host: 'http://api.example.com'"), &fetch)).err().unwrap();
    check_error(&e, "CONFIG");
    assert!(s(&e, "message").contains("dangerouslyAllowInsecureHttp"));
    let o = options(&token_opts("dangerouslyAllowInsecureHttp: true"), &fetch);
    Reflect::set(&o, &"host".into(), &"http://api.example.com".into()).unwrap();
    assert!(ManagementClient::new(o).is_ok());
}

/// A fetch that never settles and ignores its signal; a response whose body never finishes; a
/// response whose methods throw: each call still ends, on time, with a typed error.
#[wasm_bindgen_test]
async fn nothing_the_host_does_makes_a_call_hang() {
    let deaf = [
        ("return new Promise(() => {});", "TIMEOUT"),
        ("return { status: 200, headers: new Headers(), text: () => new Promise(() => {}) };", "TIMEOUT"),
        ("return { get status() { throw new Error('status'); }, text: async () => '' };", "NETWORK"),
        ("return { status: 200, headers: { get() { throw new Error('get'); } }, text() { throw new Error('text'); } };", "NETWORK"),
        ("throw new Error('sync');", "NETWORK"),
        ("return 42;", "NETWORK"),
        ("return { then() { throw new Error('then'); } };", "NETWORK"),
        (
            "return { status: 200, headers: { get() { throw new Error('get'); } }, text: async () => JSON.stringify({ statusCode: 200, message: 'ok', data: {} }) };",
            "NETWORK",
        ),
    ];
    for (reply, code) in deaf {
        let fetch = stub(reply);
        let client = ManagementClient::new(options(&server_or_page("timeout: 40, maxRetries: 0"), &fetch)).unwrap();
        let started = js_sys::Date::now();
        let result = call(&client, params(), None).await;
        assert!(js_sys::Date::now() - started < 1000.0, "{reply}: took too long");
        check_error(&result.expect_err(reply), code);
    }
    // A deadline and a signal hold too, against a fetch that ignores its signal.
    let fetch = stub("return new Promise(() => {});");
    let client = ManagementClient::new(options(&server_or_page("timeout: 5000, deadline: 60"), &fetch)).unwrap();
    check_error(&call(&client, params(), None).await.unwrap_err(), "TIMEOUT");
    let controller = eval("new AbortController()");
    let opts = eval("({})");
    Reflect::set(&opts, &"signal".into(), &get(&controller, "signal")).unwrap();
    let client = ManagementClient::new(options(&server_or_page("timeout: 5000"), &fetch)).unwrap();
    let pending = client.call(JsValue::from("removeDepartmentMembers"), params(), Some(opts.unchecked_into()));
    sleep(10).await;
    js::call_method(&controller, "abort", &[]).unwrap();
    check_error(&JsFuture::from(pending).await.unwrap_err(), "ABORTED");
}

/// The params are read when the method is called: changing them afterwards sends nothing else.
#[wasm_bindgen_test]
async fn params_are_read_when_the_call_is_made() {
    let fetch = stub(&answer(200, OK));
    let client = ManagementClient::new(options(&server_or_page(""), &fetch)).unwrap();
    let p = params();
    let pending = client.call(JsValue::from("removeDepartmentMembers"), p.clone(), None);
    Reflect::set(&p, &"organizationCode".into(), &"changed".into()).unwrap();
    Reflect::set(&get(&p, "userIds"), &0.into(), &"changed".into()).unwrap();
    Reflect::set(&p, &"unknownField".into(), &1.into()).unwrap();
    JsFuture::from(pending).await.unwrap();
    let body = s(&get(&calls(&fetch).get(0), "init"), "body");
    assert!(body.contains("\"steamory\"") && !body.contains("changed"), "{body}");
}

/// Handles: a freed client never answers again, even when its slot holds a new client.
#[wasm_bindgen_test]
async fn a_freed_handle_never_reaches_another_client() {
    let first = stub(&answer(200, OK));
    let a = ManagementClient::new(options(&server_or_page(""), &first)).unwrap();
    genauth_wasm::client_free(a.0);
    genauth_wasm::client_free(a.0);
    let second = stub(&answer(200, OK));
    let b = ManagementClient::new(options(&server_or_page(""), &second)).unwrap();
    assert_ne!(a.0, b.0);
    check_error(&call(&a, params(), None).await.unwrap_err(), "CONFIG");
    assert!(genauth_wasm::client_summary(a.0).is_undefined());
    for bogus in [0.0, -1.0, f64::NAN, 1.5, 2_097_152.0 * 4_294_967_296.0] {
        check_error(&call(&ManagementClient(bogus), params(), None).await.unwrap_err(), "CONFIG");
        genauth_wasm::client_free(bogus);
    }
    call(&b, params(), None).await.unwrap();
    assert_eq!((calls(&first).length(), calls(&second).length()), (0, 1));
}

/// Every value read from JavaScript is written as `JSON.stringify` writes it, byte for byte:
/// random objects with lone surrogates, every kind of double, nesting and odd keys.
#[wasm_bindgen_test]
fn json_is_json_stringify_byte_for_byte() {
    let make = eval(
        r#"(seed) => {
          let s = seed >>> 0;
          const rnd = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
          const pick = (a) => a[Math.floor(rnd() * a.length)];
          const f64 = new Float64Array(1), u32 = new Uint32Array(f64.buffer);
          const units = [0x41, 0x22, 0x5c, 0x0a, 0x01, 0x1f, 0x7f, 0xe9, 0x4e2d, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0x2028, 0xfeff];
          const str = () => { let t = ""; const n = Math.floor(rnd() * 8); for (let i = 0; i < n; i++) t += rnd() < 0.2 ? "😀" : String.fromCharCode(pick(units)); return t; };
          const num = () => {
            switch (Math.floor(rnd() * 6)) {
              case 0: u32[0] = rnd() * 4294967296; u32[1] = rnd() * 4294967296; return Number.isFinite(f64[0]) ? f64[0] : 0.5;
              case 1: return Math.floor(rnd() * 2 ** 53) * (rnd() < 0.5 ? -1 : 1);
              case 2: return (2 ** 53 + Math.floor(rnd() * 1e6) * 2) * 2 ** Math.floor(rnd() * 16);
              case 3: return pick([0, -0, 5e-324, 1e21, 1e-7, 1.7976931348623157e308, 2 ** 60, 123456789012345680000, 0.1 + 0.2]);
              case 4: return rnd() * 10 ** Math.floor(rnd() * 40 - 20);
              default: return Math.floor(rnd() * 1000);
            }
          };
          const value = (d) => {
            const k = Math.floor(rnd() * (d > 3 ? 4 : 6));
            if (k === 0) return str();
            if (k === 1) return num();
            if (k === 2) return pick([true, false, null]);
            if (k === 3) return num();
            if (k === 4) return Array.from({ length: Math.floor(rnd() * 4) }, () => value(d + 1));
            const o = {}; for (let i = Math.floor(rnd() * 4); i > 0; i--) o[str()] = value(d + 1); return o;
          };
          const o = {}; for (let i = 0; i < 4; i++) o["k" + i + str()] = value(0); return o;
        }"#,
    );
    let make: Function = make.unchecked_into();
    for seed in 0..1500u32 {
        let v = make.call1(&JsValue::NULL, &seed.into()).unwrap();
        // Read as a field's value, as a free-form field of a call is.
        let holder = js_sys::Object::new();
        Reflect::set(&holder, &"v".into(), &v).unwrap();
        let fields = js::read_object(&holder, "json", genauth_wasm::error::Code::InvalidArgument, false).unwrap();
        let ours = fields[0].1.to_json();
        let theirs = JSON::stringify(&v).unwrap();
        // Compared as JavaScript strings: the same UTF-16 code units.
        let ours_js = JsValue::from_str(&ours);
        assert!(
            theirs == js_sys::JsString::from(ours_js.clone()) || ours_js == JsValue::from(theirs.clone()),
            "seed {seed}: ours {ours:?}, JSON.stringify {:?}",
            theirs.as_string()
        );
    }
}
