//! The files derived from the endpoint table are up to date: the package's TypeScript
//! declarations and the README's method table. `UPDATE_GENERATED=1 cargo test` rewrites them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::endpoints::endpoints;
use genauth_wasm::generate::{readme_calls, typescript};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const START: &str = "<!-- calls: generated from src/api.txt -->\n";
const END: &str = "<!-- calls: end -->";

fn check(path: &str, want: String, current: String) {
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(path, &want).unwrap();
    } else {
        assert!(
            want == current,
            "{path} is out of date with the endpoint table: run `UPDATE_GENERATED=1 cargo test --test host_generated`"
        );
    }
}

#[test]
fn typescript_declarations_match_the_table() {
    let path = format!("{ROOT}/pkg/index.d.ts");
    let ts = typescript();
    for ep in endpoints() {
        assert!(ts.contains(&format!("  {}(params", ep.name)), "{} has no method", ep.name);
    }
    assert!(!ts.contains(": any") && !ts.contains("<any>") && !ts.contains("any[]"), "no any in the public types");
    check(&path, ts, std::fs::read_to_string(&path).unwrap_or_default());
}

/// Every client and call option the validator takes is declared in TypeScript, and the other
/// way round: the types cannot fall behind the options.
#[test]
fn option_types_match_the_option_tables() {
    let ts = typescript();
    let block = |start: &str| {
        let from = ts.find(start).unwrap_or_else(|| panic!("{start} missing"));
        let body = &ts[from..];
        body[..body.find("\n}").unwrap()].to_owned()
    };
    let declared = |text: &str| -> Vec<String> {
        text.lines()
            .filter_map(|l| {
                l.trim().split_once("?:").or_else(|| l.trim().split_once(':')).map(|(k, _)| k.trim().to_owned())
            })
            .filter(|k| !k.is_empty() && !k.starts_with('/') && !k.starts_with('*') && !k.contains(' '))
            .collect()
    };
    let client: Vec<String> = [
        block("interface CommonOptions"),
        block("export interface AccessKeyOptions"),
        block("export interface AccessTokenOptions"),
    ]
    .iter()
    .flat_map(|b| declared(b))
    .collect();
    for f in genauth_wasm::endpoints::CLIENT_OPTIONS {
        assert!(client.contains(&f.name.to_owned()), "client option {} is not in index.d.ts", f.name);
    }
    for name in &client {
        assert!(
            genauth_wasm::endpoints::CLIENT_OPTIONS.iter().any(|f| f.name == name),
            "index.d.ts declares {name}, which the client refuses"
        );
    }
    let call = declared(&block("export interface CallOptions"));
    let names: Vec<&str> = genauth_wasm::endpoints::CALL_OPTIONS.iter().map(|f| f.name).collect();
    assert_eq!(call.iter().map(String::as_str).collect::<Vec<_>>().len(), names.len(), "{call:?} vs {names:?}");
    for f in &names {
        assert!(call.contains(&f.to_string()), "call option {f} is not in index.d.ts");
    }
}

#[test]
fn readme_method_table_matches_the_table() {
    let path = format!("{ROOT}/README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let (head, rest) = readme.split_once(START).expect("README has the calls marker");
    let (_, tail) = rest.split_once(END).expect("README has the calls end marker");
    let table = readme_calls();
    // Every call is listed once, and the counts per area add up to the table.
    for ep in endpoints() {
        assert_eq!(table.matches(&format!("`{}`", ep.name)).count(), 1, "{}", ep.name);
    }
    let areas = genauth_wasm::generate::areas();
    assert_eq!(areas.iter().map(|(_, c)| c.len()).sum::<usize>(), endpoints().len());
    assert!(areas.iter().all(|(a, c)| !a.is_empty() && table.contains(&format!("| {a} | {} |", c.len()))));
    assert!(table.contains(&format!("| **all** | **{}** |", endpoints().len())));
    // The prose counts the calls never retried, the calls whose tenantId the client fills in, and
    // the paged calls.
    let unsafe_calls = endpoints().iter().filter(|e| !e.idempotent).count();
    assert!(
        readme.contains(&format!(": {unsafe_calls} calls, flagged `+u`")),
        "README's count of unsafe calls is not {unsafe_calls}"
    );
    assert!(
        readme.contains(&format!("the {unsafe_calls} writes that")),
        "README's count of unsafe calls is not {unsafe_calls}"
    );
    let tenant = endpoints().iter().filter(|e| e.fields.iter().any(|f| f.name == "tenantId")).count();
    assert!(readme.contains(&format!("({tenant} calls) unless")), "README's count of tenantId calls is not {tenant}");
    let paged = endpoints().iter().filter(|e| e.pageable).count();
    assert!(readme.contains(&format!("for all {paged} paged calls")), "README's count of paged calls is not {paged}");
    assert!(readme.contains(&format!("the {paged} calls that take")), "README's count of paged calls is not {paged}");
    check(&path, format!("{head}{START}{table}{END}{tail}"), readme.clone());
}
