//! The files derived from the crate's tables are up to date: the package's TypeScript
//! declarations (`pkg/index.d.ts`, with the error codes of `Code::ALL`) and the README's list of
//! calls. They are written by the tool `tools/generate` (not part of the library); this test runs
//! its check. Regenerate them with `cargo run -p genauth-generate`.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_generate::{error_codes, readme_calls, stale, typescript, CALLS_END, CALLS_START, ROOT};
use genauth_wasm::endpoints::endpoints;
use genauth_wasm::error::Code;

const REGENERATE: &str = "run `cargo run -p genauth-generate` to regenerate";

#[test]
fn generated_files_are_up_to_date() {
    let stale = stale().unwrap();
    assert!(stale.is_empty(), "out of date with the endpoint table or the error codes: {stale:?}; {REGENERATE}");
}

#[test]
fn typescript_declarations_match_the_table() {
    let ts = typescript();
    for ep in endpoints() {
        assert!(ts.contains(&format!("  {}(params", ep.name)), "{} has no method", ep.name);
    }
    assert!(!ts.contains(": any") && !ts.contains("<any>") && !ts.contains("any[]"), "no any in the public types");
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
    let calls = std::fs::read_to_string(format!("{ROOT}/docs/calls.md")).unwrap();
    let (_, rest) = calls.split_once(CALLS_START).expect("docs/calls.md has the calls marker");
    rest.split_once(CALLS_END).expect("docs/calls.md has the calls end marker");
    // The prose that counts calls is in the README and the design notes.
    let readme =
        ["README.md", "docs/design.md"].map(|f| std::fs::read_to_string(format!("{ROOT}/{f}")).unwrap()).join("\n");
    let table = readme_calls();
    // Every call is listed once, and the counts per area add up to the table.
    for ep in endpoints() {
        assert_eq!(table.matches(&format!("`{}`", ep.name)).count(), 1, "{}", ep.name);
    }
    let areas = genauth_generate::areas();
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
        readme.contains(&format!("the {unsafe_calls} writes `src/facts.txt` lists")),
        "README's count of unsafe calls is not {unsafe_calls}"
    );
    let tenant = endpoints().iter().filter(|e| e.fields.iter().any(|f| f.name == "tenantId")).count();
    assert!(readme.contains(&format!("({tenant} calls) unless")), "README's count of tenantId calls is not {tenant}");
    let paged = endpoints().iter().filter(|e| e.pageable).count();
    assert!(readme.contains(&format!("for all {paged} paged calls")), "README's count of paged calls is not {paged}");
    assert!(readme.contains(&format!("the {paged} calls that take")), "README's count of paged calls is not {paged}");
}

/// The TypeScript union of the error codes is `Code::ALL`, each code once with its doc comment,
/// and nothing else; so is what the committed `pkg/index.d.ts` declares.
#[test]
fn error_code_union_is_code_all() {
    let codes = error_codes();
    assert_eq!(codes.iter().map(|(c, _)| *c).collect::<Vec<_>>(), Code::ALL);
    let union = |ts: &str| -> Vec<String> {
        let (_, body) = ts.split_once("export type GenAuthErrorCode =\n").expect("GenAuthErrorCode is declared");
        let (body, _) = body.split_once("\";\n").expect("the union ends");
        body.lines().filter_map(|l| l.trim().strip_prefix("| ")).map(|c| c.trim_matches('"').to_owned()).collect()
    };
    let want: Vec<String> = Code::ALL.iter().map(|c| c.as_str().to_owned()).collect();
    assert_eq!(union(&typescript()), want);
    let committed = std::fs::read_to_string(format!("{ROOT}/pkg/index.d.ts")).unwrap();
    assert_eq!(union(&committed), want, "pkg/index.d.ts: {REGENERATE}");
    for (code, doc) in &codes {
        assert!(!doc.is_empty());
        assert!(typescript().contains(&format!("  /** {doc} */\n  | \"{}\"", code.as_str())), "{code:?}");
    }
}

/// The README's table of error codes (hand-written: it says when each comes and whether
/// anything was sent) lists exactly the codes of `Code::ALL`, each once.
#[test]
fn readme_error_table_lists_every_code() {
    let readme = std::fs::read_to_string(format!("{ROOT}/README.md")).unwrap();
    let (_, table) = readme.split_once("| `code` | when | anything sent? |\n").expect("README has the table of codes");
    let listed: Vec<&str> = table
        .lines()
        .skip(1)
        .take_while(|l| l.starts_with('|'))
        .map(|l| l.split('|').nth(1).unwrap().trim().trim_matches('`'))
        .collect();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), listed.len(), "a code is listed twice in the README: {listed:?}");
    let mut want: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    want.sort_unstable();
    assert_eq!(sorted, want, "the README's table of error codes must list exactly Code::ALL");
}
