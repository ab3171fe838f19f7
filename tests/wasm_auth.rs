//! The authentication build's wasm boundary (`--features authentication`), run by
//! wasm-bindgen-test in Node and in headless Chromium: the exported `authClient*` functions
//! against a scripted `fetch`, so every request and every failure is seen exactly.
#![cfg(all(target_arch = "wasm32", feature = "authentication"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::auth::{
    auth_call_names, auth_client_call, auth_client_free, auth_client_hmac_key, auth_client_new, auth_client_request,
    auth_client_set_access_token, auth_client_summary,
};
use genauth_wasm::{genauth_error, is_genauth_error, js};
use js_sys::{Array, Function, Reflect, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

const SECRET: &str = "app-secret-0123456789abcdef";
const TOKEN: &str = "user-access-token-0123456789";
const OK: &str = r#"{"statusCode":200,"message":"ok","data":{"userId":"u-1"}}"#;

fn eval(src: &str) -> JsValue {
    Function::new_no_args(&format!("return ({src});")).call0(&JsValue::NULL).unwrap()
}

/// A `fetch` that records each call in `.calls` and answers with the JS body `reply`.
fn stub(reply: &str) -> JsValue {
    eval(&format!(
        "(() => {{ const calls = []; const f = async (url, init) => {{ calls.push({{url, init}}); const n = calls.length; {reply} }}; f.calls = calls; return f; }})()"
    ))
}

fn answer(status: u16, body: &str) -> String {
    format!(
        "return new Response({}, {{ status: {status}, headers: {{ 'x-request-id': 'r-1' }} }});",
        JSON::stringify(&body.into()).unwrap()
    )
}

fn get(v: &JsValue, k: &str) -> JsValue {
    Reflect::get(v, &k.into()).unwrap()
}

fn s(v: &JsValue, k: &str) -> String {
    get(v, k).as_string().unwrap_or_default()
}

fn sent(fetch: &JsValue, i: u32) -> JsValue {
    Array::from(&get(fetch, "calls")).get(i)
}

/// A client of these options (a page gets none of the secret's), with `fetch`.
fn client(extra: &str, fetch: &JsValue) -> Result<f64, JsValue> {
    let secret =
        if js::in_browser() { "tokenEndPointAuthMethod: 'none'".to_owned() } else { format!("appSecret: '{SECRET}'") };
    let o = eval(&format!("{{ appId: 'app-1', appHost: 'http://127.0.0.1:9', {secret}, {extra} }}"));
    Reflect::set(&o, &"fetch".into(), fetch).unwrap();
    auth_client_new(o)
}

fn check_error(e: &JsValue, code: &str) {
    assert!(is_genauth_error(e.clone()), "not a GenAuthError: {e:?}");
    assert_eq!(s(e, "code"), code, "message: {}", s(e, "message"));
    let text = format!("{} {}", s(e, "message"), JSON::stringify(e).unwrap().as_string().unwrap());
    assert!(!text.contains(SECRET) && !text.contains(TOKEN), "a secret leaked: {text}");
}

#[wasm_bindgen_test]
async fn a_call_sends_the_app_id_and_the_token_as_it_is() {
    let fetch = stub(&answer(200, OK));
    let handle = client(&format!("accessToken: '{TOKEN}'"), &fetch).unwrap();
    let res = JsFuture::from(auth_client_call(
        handle,
        "getProfile".into(),
        eval("{ withCustomData: true }"),
        None,
        JsValue::UNDEFINED,
    ))
    .await
    .unwrap();
    assert_eq!(s(&get(&res, "data"), "userId"), "u-1");
    let call = sent(&fetch, 0);
    assert_eq!(
        s(&call, "url"),
        "http://127.0.0.1:9/api/v3/get-profile?withCustomData=true&withIdentities=false&withDepartmentIds=false"
    );
    let headers = JSON::stringify(&get(&get(&call, "init"), "headers")).unwrap().as_string().unwrap();
    assert_eq!(
        headers,
        format!(r#"{{"accept":"application/json","x-genauth-app-id":"app-1","authorization":"{TOKEN}"}}"#)
    );
    // Cleared: no authorization; a token a header cannot carry is refused.
    auth_client_set_access_token(handle, JsValue::NULL).unwrap();
    JsFuture::from(auth_client_call(handle, "getProfile".into(), JsValue::UNDEFINED, None, JsValue::UNDEFINED))
        .await
        .unwrap();
    assert!(get(&get(&get(&sent(&fetch, 1), "init"), "headers"), "authorization").is_undefined());
    let e = auth_client_set_access_token(handle, "a\nb".into()).unwrap_err();
    check_error(&e, "INVALID_ARGUMENT");
    auth_client_free(handle);
}

#[wasm_bindgen_test]
async fn with_client_secret_appends_the_credentials_after_the_callers_fields() {
    if js::in_browser() {
        return; // a page has no secret to add
    }
    let fetch = stub(&answer(200, OK));
    let handle = client("", &fetch).unwrap();
    let params = eval("{ connection: 'PASSWORD', passwordPayload: { email: 'a@b.c', password: 'p' } }");
    JsFuture::from(auth_client_call(handle, "signInByCredentials".into(), params, None, true.into())).await.unwrap();
    assert_eq!(
        s(&get(&sent(&fetch, 0), "init"), "body"),
        format!(
            r#"{{"connection":"PASSWORD","passwordPayload":{{"email":"a@b.c","password":"p"}},"client_id":"app-1","client_secret":"{SECRET}"}}"#
        )
    );
    auth_client_free(handle);
}

#[wasm_bindgen_test]
async fn a_protocol_request_sends_its_form_and_answers_json_or_text() {
    let fetch = stub("return n == 1 ? new Response('{\"access_token\":\"a\"}', { status: 200 }) : new Response('yes\\nuser', { status: 200 });");
    let handle = client("tokenEndPointAuthMethod: 'none'", &fetch).unwrap();
    let spec = eval(
        "{ name: 'getAccessTokenByCode', method: 'POST', path: '/oidc/token', clientAuth: 'none', idempotent: false, \
           form: [['grant_type', 'authorization_code'], ['code', 'c o+d~e'], ['redirect_uri', 'http://localhost/cb?a=1']] }",
    );
    let res = JsFuture::from(auth_client_request(handle, spec, None)).await.unwrap();
    assert_eq!(s(&res, "access_token"), "a");
    let init = get(&sent(&fetch, 0), "init");
    assert_eq!(
        s(&init, "body"),
        "client_id=app-1&grant_type=authorization_code&code=c+o%2Bd%7Ee&redirect_uri=http%3A%2F%2Flocalhost%2Fcb%3Fa%3D1"
    );
    assert_eq!(s(&get(&init, "headers"), "content-type"), "application/x-www-form-urlencoded");
    let text = eval("{ name: 'validateTicketV1', method: 'GET', path: '/cas-idp/app-1/validate', query: [['ticket', 't']], text: true, idempotent: false }");
    let res = JsFuture::from(auth_client_request(handle, text, None)).await.unwrap();
    assert_eq!(res.as_string().as_deref(), Some("yes\nuser"));
    assert_eq!(s(&sent(&fetch, 1), "url"), "http://127.0.0.1:9/cas-idp/app-1/validate?ticket=t");
    auth_client_free(handle);
}

#[wasm_bindgen_test]
async fn a_non_2xx_answer_is_an_oauth_error_without_the_requests_secrets() {
    let body = "{\"error\":\"invalid_grant\",\"error_description\":\"code code-0123456789 expired\"}";
    let fetch = stub(&answer(400, body));
    let handle = client("tokenEndPointAuthMethod: 'none'", &fetch).unwrap();
    let spec = eval("{ name: 'getAccessTokenByCode', method: 'POST', path: '/oidc/token', clientAuth: 'none', idempotent: false, form: [['code', 'code-0123456789']] }");
    let e = JsFuture::from(auth_client_request(handle, spec, None)).await.unwrap_err();
    check_error(&e, "OAUTH");
    assert_eq!(get(&e, "status").as_f64(), Some(400.0));
    assert_eq!(s(&e, "error"), "invalid_grant");
    assert_eq!(s(&e, "errorDescription"), "code [redacted] expired");
    assert_eq!(s(&e, "requestId"), "r-1");
    assert!(!s(&e, "message").contains("code-0123456789"));
    // Not safe to repeat: one attempt, even for a 503.
    let fetch = stub(&answer(503, "busy"));
    let handle2 = client("tokenEndPointAuthMethod: 'none'", &fetch).unwrap();
    let spec = eval("{ name: 'refresh', method: 'POST', path: '/oidc/token', form: [['grant_type', 'refresh_token']], idempotent: false }");
    let e = JsFuture::from(auth_client_request(handle2, spec, None)).await.unwrap_err();
    check_error(&e, "OAUTH");
    assert_eq!(Array::from(&get(&fetch, "calls")).length(), 1);
    auth_client_free(handle);
    auth_client_free(handle2);
}

#[wasm_bindgen_test]
async fn the_summary_holds_no_secret_and_a_freed_client_answers_config() {
    let fetch = stub(&answer(200, OK));
    let handle = client(&format!("accessToken: '{TOKEN}'"), &fetch).unwrap();
    let summary = JSON::stringify(&auth_client_summary(handle)).unwrap().as_string().unwrap();
    assert!(!summary.contains(SECRET) && !summary.contains(TOKEN), "{summary}");
    assert!(summary.contains("\"appId\":\"app-1\"") && summary.contains("\"hasSecret\""), "{summary}");
    auth_client_free(handle);
    assert!(auth_client_summary(handle).is_undefined());
    let e = JsFuture::from(auth_client_call(handle, "getProfile".into(), JsValue::UNDEFINED, None, JsValue::UNDEFINED))
        .await
        .unwrap_err();
    check_error(&e, "CONFIG");
    assert!(auth_call_names().split(' ').any(|n| n == "getProfile"));
}

#[wasm_bindgen_test]
async fn the_hmac_key_is_non_extractable_and_needs_the_secret() {
    let fetch = stub(&answer(200, OK));
    if js::in_browser() {
        let handle = client("", &fetch).unwrap();
        check_error(&JsFuture::from(auth_client_hmac_key(handle)).await.unwrap_err(), "CONFIG");
        // And the secret itself is refused in a page.
        let o = eval(&format!("{{ appId: 'a', appHost: 'http://127.0.0.1:9', appSecret: '{SECRET}' }}"));
        check_error(&auth_client_new(o).unwrap_err(), "CONFIG");
        return;
    }
    let handle = client("", &fetch).unwrap();
    let key = JsFuture::from(auth_client_hmac_key(handle)).await.unwrap();
    assert_eq!(get(&key, "extractable").as_bool(), Some(false));
    assert_eq!(s(&get(&key, "algorithm"), "name"), "HMAC");
    assert_eq!(s(&get(&get(&key, "algorithm"), "hash"), "name"), "SHA-256");
    assert_eq!(Array::from(&get(&key, "usages")).join(",").as_string().as_deref(), Some("verify"));
    let public = client("appSecret: undefined, tokenEndPointAuthMethod: 'none'", &fetch).unwrap();
    check_error(&JsFuture::from(auth_client_hmac_key(public)).await.unwrap_err(), "CONFIG");
    auth_client_free(handle);
    auth_client_free(public);
}

#[wasm_bindgen_test]
fn gen_auth_error_carries_an_oauth_answers_fields() {
    let e = genauth_error(
        "OAUTH",
        Some("error".into()),
        "refused",
        eval("{ status: 400, error: 'access_denied', errorDescription: 'no' }"),
    );
    check_error(&e, "OAUTH");
    assert_eq!(
        (s(&e, "error"), s(&e, "errorDescription"), get(&e, "status").as_f64()),
        ("access_denied".into(), "no".into(), Some(400.0))
    );
    let e = genauth_error("TOKEN_INVALID", Some("aud".into()), "wrong audience", JsValue::UNDEFINED);
    check_error(&e, "TOKEN_INVALID");
    assert_eq!(s(&e, "field"), "aud");
}
