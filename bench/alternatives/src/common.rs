//! What the fetch probes share: the headers of a signed request, built in Rust.

/// The headers genauth-wasm sends with a signed call (values of the same lengths).
pub fn headers() -> Vec<(&'static str, String)> {
    vec![
        ("content-type", "application/json".into()),
        ("x-genauth-userpool-id", "62b4a8c2d6b5f1a7e0c3d9f4".into()),
        ("x-genauth-request-from", "genauth-wasm".into()),
        ("x-genauth-sdk-version", "genauth-wasm: 0.1.0".into()),
        ("x-genauth-lang", "zh-CN".into()),
        ("x-genauth-signature-nonce", "0123456789abcdef0123456789abcdef".into()),
        ("date", "Tue, 04 Aug 2026 10:00:00 GMT".into()),
        ("authorization", "GenAuth 62b4a8c2d6b5f1a7e0c3d9f5:rQk3mZ0bXo4a8nq2Lw9sE1yVd6c=".into()),
    ]
}

/// `{"k":"v",...}` of header pairs (names and values are plain ASCII here).
#[allow(dead_code)]
pub fn pack_headers_json(pairs: &[(&str, String)], out: &mut String) {
    out.push('{');
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('"');
        out.push_str(k);
        out.push_str("\":\"");
        out.push_str(v);
        out.push('"');
    }
    out.push('}');
}
