//! The checker `build.rs` runs on the endpoint table before the crate is built
//! (`endpoints::wire_table`, from `src/table.rs`, the text the module parses its rows with):
//! the committed table passes and is what the module embeds, and a malformed table is refused
//! with the line's number and what is wrong. And the lookup by name finds every call.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::endpoints::{endpoint, endpoints, parse_line, wire_table};

/// A valid table of two calls, with a comment and a blank line, and the TypeScript columns.
const GOOD: &str = "# a comment\n\
                    getUser GET /api/v3/get-user userId!:k | UserSingleRespDto @Users\n\
                    \n\
                    deleteById POST? /api/v3/ip-list/{id} +u id!:k limit:i1-50=10 kind:(a,b)=a | - @Security";

/// `GOOD` with its line `n` (from 1) replaced by `line`.
fn with_line(n: usize, line: &str) -> &'static str {
    let mut lines: Vec<&str> = GOOD.lines().collect();
    lines[n - 1] = line;
    Box::leak(lines.join("\n").into_boxed_str())
}

fn refused(table: &'static str) -> String {
    match wire_table(table) {
        Ok(wire) => panic!("accepted:\n{table}\nas\n{wire}"),
        Err(message) => message,
    }
}

#[test]
fn the_table_passes_and_is_what_the_module_embeds() {
    let wire = wire_table(include_str!("../src/api.txt")).unwrap();
    assert_eq!(wire, include_str!(concat!(env!("OUT_DIR"), "/api.wire")));
    assert_eq!(wire.lines().count(), 496);
    assert_eq!(
        wire_table(GOOD).unwrap(),
        "getUser GET ~ userId!:k\ndeleteById POST? /api/v3/ip-list/{id} +u id!:k limit:i1-50=10 kind:(a,b)=a\n"
    );
}

#[test]
fn a_malformed_table_is_refused_with_the_line_and_what_is_wrong() {
    let cases: &[(&str, &str)] = &[
        // What the module's parser itself refuses.
        ("getUser", "line 2: no HTTP method after the name"),
        ("getUser PATCH /api/v3/get-user", "line 2: `PATCH` is not a method of the table"),
        ("getUser GET", "line 2: no path after the method"),
        ("getUser GET /p userId!k", "line 2: field `userId!k` is not `name[>wireName][!]:type[=default]`"),
        ("getUser GET /p userId!:zz", "line 2: field `userId!:zz` has no type of the table"),
        ("getUser GET /p page:i1-x", "line 2: field `page:i1-x` has no type of the table"),
        ("getUser GET /p kind:(a,b", "line 2: field `kind:(a,b` has no type of the table"),
        ("getUser GET /p code:k0", "line 2: field `code:k0` has no type of the table"),
        ("getUser GET /p code:k1025", "line 2: field `code:k1025` has no type of the table"),
        ("getUser GET /p code:k+64", "line 2: field `code:k+64` has no type of the table"),
        ("getUser GET /p code:kx", "line 2: field `code:kx` has no type of the table"),
        ("getUser GET /p flat:b=maybe", "line 2: field `flat:b=maybe` has a default that does not fit its type"),
        ("getUser GET /p kind:(a,b)=c", "line 2: field `kind:(a,b)=c` has a default that does not fit its type"),
        ("getUser GET /p limit:i1-50=ten", "line 2: field `limit:i1-50=ten` has a default that does not fit"),
        // What the grammar lets through but no row may be.
        ("get-user GET /p", "line 2: the name `get-user` is not a JavaScript identifier"),
        ("getUser GET /p +x", "line 2: flags `+x` are not `+` and the letters u"),
        ("getUser GET /p +u +p", "line 2: more than one flags token (+u +p)"),
        ("getUser GET api/v3/get-user", "line 2: the path `api/v3/get-user` does not start with `/`"),
        ("getUser GET ~", "line 2: the path `~` does not start with `/`"),
        ("getUser GET /p/{userId} id:k", "line 2: the path has `{userId}` but the call has no field `userId`"),
        ("getUser GET /p id:k id:s", "line 2: the field `id` comes twice"),
        ("getUser GET /p page:i9-1", "line 2: the field `page` takes integers from 9 to 1: none"),
        ("getUser GET /p kind:(a,,b)", "line 2: the field `kind` has an empty value among its values"),
    ];
    for (line, want) in cases {
        let message = refused(with_line(2, line));
        assert!(message.starts_with(want), "{line}: {message}");
        assert!(message.ends_with(&format!("\n    {line}")), "the line is quoted: {message}");
    }
    // A name twice: both lines are named.
    let message = refused(with_line(4, "getUser DELETE /api/v3/x"));
    assert!(message.starts_with("line 4: `getUser` is already the name of line 2"), "{message}");
    // The line number counts comments and blank lines.
    assert!(refused(with_line(4, "deleteById POST? /p +u id:zz")).starts_with("line 4:"));
    // Lines the module's parser refuses are refused by the same function it uses.
    for line in ["x GET /p a!:zz", "x PATCH /p", "x GET /p a:b=maybe", "x", "x GET"] {
        assert!(parse_line(line).is_none(), "{line}");
    }
}

#[test]
fn every_call_is_found_by_name_and_nothing_else() {
    for ep in endpoints() {
        assert!(std::ptr::eq(endpoint(ep.name).unwrap(), ep), "{}", ep.name);
    }
    for name in ["", "getuser", "getUserX", "xgetUser", "removeDepartmentMember", "removeDepartmentMembers "] {
        assert!(endpoint(name).is_none(), "{name:?}");
    }
}

/// A call sends the caller's object as its body (fields it does not name go too) exactly when the
/// official method takes a `requestBody` model (the `<Model` column the generator writes from the
/// official source): the rule the module derives is checked against the source, line by line.
#[test]
fn the_calls_that_forward_the_callers_object_are_those_with_a_body_model() {
    let text = include_str!("../src/api.txt");
    let mut forwarded = 0;
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let name = line.split(' ').next().unwrap();
        let ep = endpoint(name).unwrap();
        let has_model = line.split(" | ").nth(1).unwrap().split(' ').any(|t| t.starts_with('<'));
        assert_eq!(ep.forward, has_model, "{name}");
        forwarded += usize::from(ep.forward);
    }
    assert!(forwarded > 300, "{forwarded}");
}
