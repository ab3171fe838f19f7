//! The per-request signature of the Management API (HMAC-SHA1 over a canonical string), and the
//! small encodings around it. Pure Rust: reproduced byte for byte against captured requests.

#[cfg(not(feature = "authentication"))]
use std::borrow::Cow;

#[cfg(not(feature = "authentication"))]
use crate::value::Value;

/// Builds the string to sign: the method, the signed headers (`date` and those starting with
/// the brand's prefix) sorted by name, then the path and the parameters sorted by key.
///
/// `params` are the query parameters of a GET or the top-level body fields of a POST. Nothing
/// is URL-encoded here; the wire query string is encoded separately.
#[cfg(not(feature = "authentication"))]
pub fn string_to_sign(
    method: &str,
    headers: &[(&str, &str)],
    prefix: &str,
    path: &str,
    params: &[(&str, &Value)],
) -> String {
    let mut out = String::with_capacity(256);
    out.push_str(method);
    out.push('\n');

    // Names are compared in lower case; most already are, and are not copied.
    let mut signed: Vec<(Cow<str>, &str)> = headers
        .iter()
        .map(|(k, v)| {
            let name: Cow<str> = if k.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Owned(k.to_ascii_lowercase())
            } else {
                Cow::Borrowed(k)
            };
            (name, *v)
        })
        .filter(|(k, v)| (k == "date" || k.starts_with(prefix)) && !v.is_empty())
        .collect();
    heap_sort(&mut signed, |a, b| a.0 < b.0);
    for (name, value) in signed {
        out.push_str(&name);
        out.push(':');
        if value.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) {
            let cleaned: String =
                value.chars().map(|c| if matches!(c, '\t' | '\n' | '\r' | '\u{c}') { ' ' } else { c }).collect();
            out.push_str(cleaned.trim());
        } else {
            out.push_str(value.trim());
        }
        out.push('\n');
    }

    out.push_str(path);
    if !params.is_empty() {
        let mut sorted: Vec<&(&str, &Value)> = params.iter().collect();
        // JavaScript's default sort compares UTF-16 code units.
        heap_sort(&mut sorted, |a, b| {
            if a.0.is_ascii() && b.0.is_ascii() {
                a.0 < b.0
            } else {
                a.0.encode_utf16().lt(b.0.encode_utf16())
            }
        });
        out.push('?');
        for (i, (k, v)) in sorted.into_iter().enumerate() {
            if i > 0 {
                out.push('&');
            }
            out.push_str(k);
            out.push('=');
            v.write_canonical(&mut out);
        }
    }
    out
}

/// A heap sort: O(n log n) whatever the order, for the headers and the fields of one request
/// (a forwarded body may have thousands), in a few hundred bytes of code where the standard
/// library's sorts cost kilobytes of `.wasm`. Not stable, which needs no saying: the names it
/// sorts (of headers, of an object's fields) are distinct.
#[cfg(not(feature = "authentication"))]
fn heap_sort<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let sift = |v: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[root], &v[child]) {
            break;
        }
        v.swap(root, child);
        root = child;
    };
    for i in (0..v.len() / 2).rev() {
        sift(v, i, v.len());
    }
    for end in (1..v.len()).rev() {
        v.swap(0, end);
        sift(v, 0, end);
    }
}

/// `base64(HMAC-SHA1(secret, string_to_sign))`.
#[cfg(not(feature = "authentication"))]
pub fn signature(secret: &str, string_to_sign: &str) -> String {
    base64(&hmac_sha1(secret.as_bytes(), string_to_sign.as_bytes()))
}

/// HMAC (RFC 2104) over SHA-1.
#[cfg(not(feature = "authentication"))]
pub fn hmac_sha1(key: &[u8], msg: &[u8]) -> [u8; 20] {
    const BLOCK: usize = 64;
    let mut k = [0u8; BLOCK];
    if key.len() > BLOCK {
        k[..20].copy_from_slice(&sha1_smol::Sha1::from(key).digest().bytes());
    } else {
        k[..key.len()].copy_from_slice(key);
    }
    let mut inner = sha1_smol::Sha1::new();
    inner.update(&k.map(|b| b ^ 0x36));
    inner.update(msg);
    let mut outer = sha1_smol::Sha1::new();
    outer.update(&k.map(|b| b ^ 0x5c));
    outer.update(&inner.digest().bytes());
    outer.digest().bytes()
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Decodes base64url (or standard base64), with or without padding; `None` on any other byte.
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// 32 lowercase hex characters from 16 random bytes: the signature nonce.
pub fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    bytes.iter().flat_map(|b| [HEX[(b >> 4) as usize] as char, HEX[(b & 15) as usize] as char]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(not(feature = "authentication"))]
    #[test]
    fn hmac_sha1_rfc2202() {
        assert_eq!(
            hex(&hmac_sha1(b"Jefe", b"what do ya want for nothing?")),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        assert_eq!(
            hex(&hmac_sha1(&[0xaa; 80], b"Test Using Larger Than Block-Size Key - Hash Key First")),
            "aa4ae5e15272d00e95705637ce8a3b55ed402112"
        );
    }

    #[test]
    fn base64_round_trip() {
        for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar"] {
            let enc = base64(s.as_bytes());
            assert_eq!(base64url_decode(&enc).as_deref(), Some(s.as_bytes()));
        }
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64url_decode("-_8"), Some(vec![0xfb, 0xff]));
        assert_eq!(base64url_decode("a b"), None);
    }

    #[cfg(not(feature = "authentication"))]
    #[test]
    fn headers_filtered_cleaned_and_sorted() {
        let sts = string_to_sign(
            "POST",
            &[
                ("X-Genauth-Lang", " zh-CN\t"),
                ("content-type", "application/json"),
                ("date", "Fri, 27 Nov 2026 19:13:11 GMT"),
                ("x-genauth-app-id", ""),
                ("x-genauth-a", "line1\nline2"),
            ],
            "x-genauth-",
            "/api/v3/x",
            &[],
        );
        assert_eq!(
            sts,
            "POST\ndate:Fri, 27 Nov 2026 19:13:11 GMT\nx-genauth-a:line1 line2\nx-genauth-lang:zh-CN\n/api/v3/x"
        );
    }
}
