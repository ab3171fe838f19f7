//! `src/facts.txt`, the reviewed facts the endpoint table is generated with, read here on its own
//! (not with `tools/gen-api.mjs`'s reader): every group has its reason, and the module's rows say
//! what the file says: the calls it lists as unsafe are the only ones not repeated, every call
//! that is not a GET was reviewed, and the ids, text and limits it lists are the rows' types.
#![cfg(all(not(target_arch = "wasm32"), not(feature = "authentication")))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use genauth_wasm::endpoints::{endpoint, endpoints, Endpoint, Method, Ty, MAX_ID, MAX_TEXT};
use genauth_wasm::error::Code;
use genauth_wasm::validate::validate;
use genauth_wasm::value::Value;
use std::collections::{HashMap, HashSet};

const FACTS: &str = include_str!("../src/facts.txt");

/// One group of the file: `unsafe`, `safe`, `id`, `text` or `max`, its limit, its reason and
/// the names under it.
struct Group {
    kind: &'static str,
    max: Option<usize>,
    reason: &'static str,
    names: Vec<&'static str>,
}

fn groups() -> Vec<Group> {
    let mut out: Vec<Group> = Vec::new();
    for (i, raw) in FACTS.lines().enumerate() {
        // A comment starts at `#` at the start of a line or after a space.
        let line = match raw.find('#') {
            Some(at) if at == 0 || raw[..at].ends_with(char::is_whitespace) => &raw[..at],
            _ => raw,
        };
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let group = out.last_mut().unwrap_or_else(|| panic!("line {}: names before any group", i + 1));
            group.names.extend(line.split_whitespace());
            continue;
        }
        let (head, reason) = line.split_once(':').unwrap_or_else(|| panic!("line {}: not a group: {line}", i + 1));
        let (kind, max) = match head.split_once(' ') {
            Some(("max", n)) => ("max", Some(n.parse().unwrap_or_else(|_| panic!("line {}: limit {n}", i + 1)))),
            None if ["unsafe", "safe", "id", "text", "optional"].contains(&head) => (head, None),
            _ => panic!("line {}: not a group: {line}", i + 1),
        };
        out.push(Group { kind, max, reason: reason.trim(), names: Vec::new() });
    }
    out
}

fn string_field(ep: &Endpoint, name: &str) -> Option<Ty> {
    ep.fields.iter().find(|f| f.name == name).map(|f| f.ty).filter(|ty| matches!(ty, Ty::Str(_) | Ty::Text(_)))
}

#[test]
fn the_facts_file_parses_and_every_group_has_its_reason() {
    let groups = groups();
    assert!(groups.len() >= 15, "{} groups", groups.len());
    for g in &groups {
        assert!(g.reason.chars().count() >= 20, "a {} group without a reason worth the name: {:?}", g.kind, g.reason);
        assert!(!g.names.is_empty(), "the {} group {:?} names nothing", g.kind, g.reason);
        assert!(g.max.is_none_or(|n| (1..=MAX_ID).contains(&n)), "{:?}", g.reason);
    }
    for kind in ["unsafe", "safe", "id", "text", "max", "optional"] {
        assert!(groups.iter().any(|g| g.kind == kind), "no {kind} group");
    }
}

#[test]
fn the_unsafe_calls_are_the_ones_the_file_lists_each_with_its_reason() {
    let mut reason: HashMap<&str, (&str, &str)> = HashMap::new();
    for g in groups().iter().filter(|g| g.kind == "unsafe" || g.kind == "safe") {
        for name in &g.names {
            let ep = endpoint(name).unwrap_or_else(|| panic!("{name}: no such call"));
            assert_ne!(ep.method, Method::Get, "{name}: a GET is a read, always safe, not listed");
            assert!(reason.insert(name, (g.kind, g.reason)).is_none(), "{name} is listed twice");
        }
    }
    for ep in endpoints() {
        match reason.get(ep.name) {
            Some(("unsafe", _)) => assert!(!ep.idempotent, "{} is listed unsafe but repeated", ep.name),
            Some(_) => assert!(ep.idempotent, "{} is listed safe but not repeated", ep.name),
            // Not listed: a GET, a read.
            None => {
                assert_eq!(ep.method, Method::Get, "{} was not reviewed", ep.name);
                assert!(ep.idempotent, "{}", ep.name);
            }
        }
    }
    let unsafe_calls: HashSet<&str> = endpoints().iter().filter(|e| !e.idempotent).map(|e| e.name).collect();
    assert_eq!(unsafe_calls.len(), 92);
    // What the names used to hide: a secret rotated, approvals processed, an event published, a
    // server restarted, a password generated or a notification sent by an update.
    for name in [
        "refreshApplicationSecret",
        "processApproval",
        "batchProcessApproval",
        "approval",
        "reject",
        "reviewTenantEnterpriseCertification",
        "verifyEvent",
        "saveLdapConfigInfo",
        "updateUser",
        "createPipelineFunction",
        "reuploadPipelineFunction",
        "createAccessKey",
        "sendRosterInvitation",
    ] {
        assert!(unsafe_calls.contains(name), "{name} must not be repeated");
        assert!(reason[name].1.len() > 40, "{name}: {:?}", reason[name].1);
    }
    // Writes a repeat cannot hurt, whatever their names say.
    for name in ["createOrUpdateGroup", "addDepartmentMembers", "addWhitelist", "resetUserPrincipalAuthenticationInfo"]
    {
        assert!(!unsafe_calls.contains(name), "{name} is safe to repeat");
        assert_eq!(reason[name].0, "safe", "{name}");
    }
}

#[test]
fn the_ids_text_and_limits_the_file_lists_are_the_rows_types() {
    let groups = groups();
    // `call.field` wins over `field`.
    let kind_of = |call: &str, field: &str| {
        groups
            .iter()
            .filter(|g| g.kind == "id" || g.kind == "text")
            .find(|g| g.names.iter().any(|n| *n == format!("{call}.{field}")))
            .or_else(|| groups.iter().filter(|g| g.kind == "id" || g.kind == "text").find(|g| g.names.contains(&field)))
            .map(|g| g.kind)
    };
    let mut checked = 0;
    for g in groups.iter().filter(|g| g.kind != "unsafe" && g.kind != "safe" && g.kind != "optional") {
        for name in &g.names {
            let targets: Vec<(&Endpoint, &str)> = match name.split_once('.') {
                Some((call, field)) => vec![(endpoint(call).unwrap_or_else(|| panic!("{name}: no such call")), field)],
                None => {
                    endpoints().into_iter().filter(|e| string_field(e, name).is_some()).map(|e| (e, *name)).collect()
                }
            };
            assert!(!targets.is_empty(), "{name}: no call has it");
            for (ep, field) in targets {
                let ty = string_field(ep, field).unwrap_or_else(|| panic!("{}.{field}: no string field", ep.name));
                let want_id = match g.kind {
                    "max" => true,
                    _ => kind_of(ep.name, field) == Some("id"),
                };
                match (g.kind, ty) {
                    ("max", Ty::Str(n)) => assert_eq!(Some(n), g.max, "{}.{field}", ep.name),
                    (_, Ty::Str(_)) => assert!(want_id, "{}.{field} is an id, the file says text", ep.name),
                    (_, Ty::Text(max)) => {
                        assert!(!want_id, "{}.{field} is text, the file says an id", ep.name);
                        assert_eq!(max, MAX_TEXT);
                    }
                    _ => unreachable!(),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 60, "{checked}");
}

fn check(call: &str, params: Vec<(&str, Value)>) -> Result<(), String> {
    let ep = endpoint(call).unwrap();
    let given = params.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    validate(ep.fields, given, ep.name, Code::InvalidArgument).map(|_| ()).map_err(|e| e.message)
}

#[test]
fn source_code_is_text_and_profile_codes_may_be_cleared() {
    // A real script: 100 KiB of source code, with quotes, new lines and no id in sight.
    let script =
        "exports.main = async (user, context, callback) => {\n  callback(null, user); // \"ok\"\n};\n".repeat(1400);
    assert!(script.len() > 100 * 1024);
    let create = |source: &str| {
        check(
            "createPipelineFunction",
            vec![
                ("sourceCode", Value::str(source)),
                ("scene", Value::str("PRE_REGISTER")),
                ("funcName", Value::str("welcome")),
            ],
        )
    };
    create(&script).unwrap();
    check(
        "updatePipelineFunction",
        vec![("funcId", Value::str("6390a5c1f3b2d4e5a6b7c8d9")), ("sourceCode", Value::str(&script))],
    )
    .unwrap();
    // Required text still says something; the safety bound still holds.
    assert!(create("").unwrap_err().contains("non-empty"));
    assert!(create(&"x".repeat(MAX_TEXT + 1)).unwrap_err().contains("longer than 262144"));
    // A dialing prefix and a postal code are profile values: "" clears them.
    let user = |k: &'static str| vec![("userId", Value::str("6390a5c1f3b2d4e5a6b7c8d9")), (k, Value::str(""))];
    check("updateUser", user("phoneCountryCode")).unwrap();
    check("updateUser", user("postalCode")).unwrap();
    // An id is not: an empty optional id addresses nothing.
    assert!(check("updateUser", user("externalId")).unwrap_err().contains("non-empty"));
}

#[test]
fn stated_limits_hold_and_ids_without_one_take_up_to_the_safety_bound() {
    let org = |code: String| {
        check(
            "createOrganization",
            vec![("organizationName", Value::str("Acme")), ("organizationCode", Value::Str(code))],
        )
    };
    org("a".repeat(64)).unwrap();
    assert!(org("a".repeat(65)).unwrap_err().contains("longer than 64"));
    let row = |id: String| {
        check("createRow", vec![("modelId", Value::str("m1")), ("data", Value::Obj(vec![])), ("rowId", Value::Str(id))])
    };
    row("r".repeat(32)).unwrap();
    assert!(row("r".repeat(33)).unwrap_err().contains("longer than 32"));
    // A user id given as an email address, longer than the 128 characters ids were once held to.
    let email = format!("{}@example.com", "u".repeat(200));
    check("resignUser", vec![("userId", Value::str(&email)), ("userIdType", Value::str("email"))]).unwrap();
    assert!(check("resignUser", vec![("userId", Value::Str("u".repeat(MAX_ID + 1)))])
        .unwrap_err()
        .contains("longer than 1024"));
}

/// A field the official model requires that the API does not is optional, by the file's word:
/// `createGroup` without a `type` (the official suite's groups tests create groups so).
#[test]
fn the_fields_the_file_makes_optional_are_optional() {
    let mut seen = 0;
    for g in groups().iter().filter(|g| g.kind == "optional") {
        for name in &g.names {
            let (call, field) = name.split_once('.').map_or((None, *name), |(c, f)| (Some(c), f));
            for ep in endpoints().into_iter().filter(|ep| call.is_none_or(|c| c == ep.name)) {
                if let Some(f) = ep.fields.iter().find(|f| f.name == field) {
                    assert!(!f.required, "{}.{field} is listed optional but required", ep.name);
                    seen += 1;
                }
            }
        }
    }
    assert!(seen >= 4, "{seen}");
    let ep = endpoint("createGroup").unwrap();
    let given = vec![
        ("code".to_owned(), Value::str("g1")),
        ("name".to_owned(), Value::str("G")),
        ("description".to_owned(), Value::str("d")),
    ];
    assert!(genauth_wasm::validate::params(ep, given, false).is_ok());
}
