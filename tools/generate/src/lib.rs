//! The files derived from the crate's tables, written on the host by this tool (not part of the
//! library, and never in the module): the package's TypeScript declarations `pkg/index.d.ts`
//! (from the endpoint table `src/api.txt`, the error codes `Code::ALL` of `src/error.rs` with
//! their doc comments, and the hand-written part `src/prelude.d.ts` of this crate), and the
//! list of calls by area (docs/calls.md).
//!
//! Regenerate them, from the repository root:
//!
//! ```sh
//! cargo run -p genauth-generate             # rewrites pkg/index.d.ts and docs/calls.md
//! cargo run -p genauth-generate -- --check  # fails, naming them, when they are out of date
//! ```
//!
//! The root crate's host test `tests/host_generated.rs` (part of `cargo test --lib --tests`, so
//! of `make test`) runs the same check through [`stale`], and fails when a file is out of date.

use std::path::Path;

use genauth_wasm::endpoints::{endpoints, Default, Endpoint, Field, Ty};
use genauth_wasm::error::Code;

/// The repository root, where the generated files live.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// The whole table file, with the TypeScript columns the module is built without.
const TABLE: &str = include_str!("../../../src/api.txt");

/// The source of the error codes: their doc comments are read from it.
const ERROR_RS: &str = include_str!("../../../src/error.rs");

/// The list of calls in docs/calls.md lies between these lines.
pub const CALLS_START: &str = "<!-- calls: generated from src/api.txt -->\n";
/// The end of the list of calls.
pub const CALLS_END: &str = "<!-- calls: end -->";

/// The line of `prelude.d.ts` that [`typescript`] replaces with the `GenAuthErrorCode` union.
const CODES_PLACEHOLDER: &str = "// GenAuthErrorCode: generated here from `Code` in src/error.rs.\n";

/// The TypeScript columns of one call: everything after `|` on its line.
#[derive(Debug, Default)]
pub struct Host {
    /// The official response model (the whole envelope), or `None`.
    pub resp: Option<&'static str>,
    /// The area of the API the call belongs to.
    pub area: String,
    /// The official request body model, when the call takes one.
    pub body_model: Option<&'static str>,
    /// TypeScript types of the fields whose shape the wire type does not say.
    pub ts: Vec<(&'static str, &'static str)>,
    /// The official positional arguments, when the official method takes them.
    pub positional: Option<&'static str>,
}

/// The TypeScript columns of every call, by name, in table order.
pub fn host_columns() -> Vec<(&'static str, Host)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (wire, host) = line.split_once(" | ").unwrap_or((line, ""));
            let name = wire.split(' ').next().unwrap_or("");
            let mut h = Host::default();
            for (i, tok) in host.split(' ').filter(|t| !t.is_empty()).enumerate() {
                if i == 0 {
                    h.resp = (tok != "-").then_some(tok);
                } else if let Some(a) = tok.strip_prefix('@') {
                    h.area = a.replace('_', " ");
                } else if let Some(m) = tok.strip_prefix('<') {
                    h.body_model = Some(m);
                } else if tok.starts_with('(') {
                    h.positional = Some(tok.trim_start_matches('(').trim_end_matches(')'));
                } else if let Some((f, t)) = tok.split_once(':') {
                    h.ts.push((f, t));
                }
            }
            (name, h)
        })
        .collect()
}

fn pascal(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

/// Model names in a type get the `Models.` namespace they are declared in.
fn qualify(ts: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.starts_with(|c: char| c.is_ascii_uppercase()) && word != "Array" && word != "Record" {
            out.push_str("Models.");
        }
        out.push_str(word);
        word.clear();
    };
    let mut in_str = false;
    for c in ts.chars() {
        if c == '"' {
            in_str = !in_str;
        }
        if !in_str && (c.is_ascii_alphanumeric() || c == '_') {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out.replace('|', " | ")
}

fn ts_type(f: &Field, host: &Host) -> String {
    if let Some((_, t)) = host.ts.iter().find(|(n, _)| *n == f.name) {
        return qualify(t);
    }
    match f.ty {
        Ty::Str(_) | Ty::Text(_) => "string".into(),
        Ty::StrList { .. } => "string[]".into(),
        Ty::Bool => "boolean".into(),
        Ty::Int(..) | Ty::Num => "number".into(),
        Ty::Enum(vals) => vals.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | "),
        Ty::Object => "Record<string, unknown>".into(),
        Ty::Objects => "Array<Record<string, unknown>>".into(),
        Ty::Array => "unknown[]".into(),
        Ty::Json | Ty::Instance => "unknown".into(),
        Ty::Func => "(...args: unknown[]) => unknown".into(),
    }
}

/// The `data` type of a call's envelope.
fn data_type(host: &Host) -> String {
    match host.resp {
        Some(r) => format!("DataField<Models.{r}>"),
        None => "unknown".into(),
    }
}

fn default_text(d: Default) -> Option<String> {
    match d {
        Default::None => None,
        Default::Str(s) => Some(format!("\"{s}\"")),
        Default::Bool(b) => Some(b.to_string()),
        Default::Int(n) => Some(n.to_string()),
        Default::Source => Some("this package's name and version".into()),
    }
}

/// One line of documentation for a field, by its name: the names recur across the whole API.
fn field_doc(name: &str) -> &'static str {
    match name {
        "organizationCode" => "Code of the organization.",
        "departmentId" => "Id of the department, of the kind `departmentIdType` names (`root` for the root).",
        "departmentIdType" => "Kind of id `departmentId` is.",
        "parentDepartmentId" => "Id of the parent department.",
        "userId" => "Id of the user, of the kind `userIdType` names.",
        "userIds" => "Ids of the users.",
        "userIdType" => "Kind of id `userId` is.",
        "tenantId" => "Tenant id; defaults to the client's `tenantId`.",
        "page" => "Page number, from 1.",
        "limit" => "Items per page.",
        "keywords" | "keyword" | "query" => "Text to search for.",
        "withCustomData" => "Include custom data.",
        "flatCustomData" => "Flatten custom data into the item.",
        "withIdentities" => "Include identities.",
        "withDepartmentIds" => "Include the ids of each user's departments.",
        "withPost" => "Include posts.",
        "includeChildrenDepartments" => "Include members of sub-departments.",
        "namespace" | "namespaceCode" => "Code of the permission space.",
        "code" => "Code of the item.",
        "name" => "Name.",
        "description" => "Description.",
        "appId" => "Id of the application.",
        "roleCode" => "Code of the role.",
        "groupCode" => "Code of the group.",
        "customData" => "Custom data.",
        "metadata" => "Metadata.",
        "sortBy" => "Field to sort by.",
        "orderBy" => "Sort order.",
        "status" => "Status.",
        "options" => "Further options of the call.",
        "extIdpId" => "Id of the external identity source.",
        "resourceType" => "Kind of resource.",
        "targetType" => "Kind of target (user, role, group, department).",
        _ => "",
    }
}

/// A short sentence for a call: its name in words.
fn call_doc(name: &str) -> String {
    let mut words = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            words.push(' ');
            words.push(c.to_ascii_lowercase());
        } else if i == 0 {
            words.push(c.to_ascii_uppercase());
        } else {
            words.push(c);
        }
    }
    words + "."
}

fn params_arg(ep: &Endpoint) -> String {
    let optional = if ep.fields.iter().any(|f| f.required) { "" } else { "?" };
    format!("params{optional}: {}Params", pascal(ep.name))
}

fn host_of<'a>(cols: &'a [(&'static str, Host)], name: &str) -> &'a Host {
    static EMPTY: std::sync::OnceLock<Host> = std::sync::OnceLock::new();
    cols.iter().find(|(n, _)| *n == name).map(|(_, h)| h).unwrap_or_else(|| EMPTY.get_or_init(Host::default))
}

/// The package's `index.d.ts`.
pub fn typescript() -> String {
    let cols = host_columns();
    let mut out = String::from(
        "// Generated by tools/generate (`cargo run -p genauth-generate`) from the endpoint table\n\
         // (src/api.txt) and the error codes (src/error.rs); do not edit.\n\n\
         import type * as Models from \"./models.js\";\n\
         /** The request and response shapes of the Management API, by their official names. */\n\
         export type { Models };\n\n",
    );
    let prelude = include_str!("prelude.d.ts");
    assert_eq!(prelude.matches(CODES_PLACEHOLDER).count(), 1, "prelude.d.ts has the error codes' placeholder once");
    out.push_str(&prelude.replacen(CODES_PLACEHOLDER, &error_code_union(), 1));
    for ep in endpoints() {
        let host = host_of(&cols, ep.name);
        out.push_str(&format!(
            "\n/** Parameters of `{}`{}. */\nexport interface {}Params {{\n",
            ep.name,
            host.body_model.map(|m| format!(" (the body `Models.{m}`)")).unwrap_or_default(),
            pascal(ep.name)
        ));
        for f in ep.fields.iter().filter(|f| f.default != Default::Source) {
            let default = default_text(f.default).map(|d| format!(" Default {d}.")).unwrap_or_default();
            let doc = format!("{}{default}", field_doc(f.name));
            let wire = if f.wire != f.name { format!(" Sent as `{}`.", f.wire) } else { String::new() };
            let doc = format!("{}{wire}", doc.trim());
            if !doc.is_empty() {
                out.push_str(&format!("  /** {doc} */\n"));
            }
            out.push_str(&format!("  {}{}: {};\n", f.name, if f.required { "" } else { "?" }, ts_type(f, host)));
        }
        out.push_str("}\n");
    }
    out.push_str("\n/** The name of every call. */\nexport type CallName = keyof ParamsOf;\n");
    out.push_str("/** The parameters of each call, by name. */\nexport interface ParamsOf {\n");
    for ep in endpoints() {
        out.push_str(&format!("  {}: {}Params;\n", ep.name, pascal(ep.name)));
    }
    out.push_str("}\n/** The `data` of each call's envelope, by name. */\nexport interface DataOf {\n");
    for ep in endpoints() {
        out.push_str(&format!("  {}: {};\n", ep.name, data_type(host_of(&cols, ep.name))));
    }
    out.push_str(
        "}\n/** The item type of each paged call. */\nexport type ItemOf<N extends CallName> = \
         DataOf[N] extends { list?: Array<infer T> } ? T : never;\n\n\
         /** A Management API client. Its credentials live in the module and are never exposed. */\n\
         export declare class ManagementClient {\n  \
         /** Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong. */\n  \
         constructor(options: ClientOptions);\n",
    );
    for ep in endpoints() {
        let host = host_of(&cols, ep.name);
        let positional = host
            .positional
            .map(|p| format!(" (The official client takes `{p}` as arguments; here they are fields of `params`.)"))
            .unwrap_or_default();
        out.push_str(&format!(
            "  /** {} `{} {}`{positional} */\n  {}({}, options?: CallOptions): Promise<Envelope<DataOf[\"{}\"]>>;\n",
            call_doc(ep.name),
            ep.method.as_str(),
            ep.path,
            ep.name,
            params_arg(ep),
            ep.name
        ));
    }
    out.push_str(
        "  /** Makes the call named `name`: what every method above does. */\n  \
         call<N extends CallName>(name: N, params: ParamsOf[N], options?: CallOptions): Promise<Envelope<DataOf[N]>>;\n  \
         /** Every item of a paged call, pages fetched lazily up to `totalCount`. */\n  readonly iterate: {\n",
    );
    for ep in endpoints().iter().filter(|e| e.pageable) {
        out.push_str(&format!(
            "    {}({}, options?: IterateOptions): AsyncGenerator<ItemOf<\"{}\">, void, undefined>;\n",
            ep.name,
            params_arg(ep),
            ep.name
        ));
    }
    out.push_str(
        "  };\n  \
         /** Membership changes for any number of ids: batched, bounded concurrency, a full report. */\n  \
         readonly bulk: {\n    \
         addDepartmentMembers(params: AddDepartmentMembersParams, options?: BulkOptions): Promise<BulkReport>;\n    \
         removeDepartmentMembers(params: RemoveDepartmentMembersParams, options?: BulkOptions): Promise<BulkReport>;\n  \
         };\n  \
         /** Brings a department to exactly `userIds`: adds the missing members, removes the others. */\n  \
         setDepartmentMembers(params: AddDepartmentMembersParams, options?: BulkOptions): Promise<SetDepartmentMembersReport>;\n  \
         /** The departments of an organization, depth first from `departmentId` (default the root). */\n  \
         walkDepartments(params: GetDepartmentParams & { organizationCode: string }, options?: Omit<CallOptions, \"throwOnApiError\">): AsyncGenerator<DepartmentNode, void, undefined>;\n  \
         /** A summary without credentials, for logs and `JSON.stringify`. */\n  toJSON(): ClientSummary;\n  \
         /** Releases the client's memory in the module; later calls reject with code `CONFIG`. */\n  free(): void;\n}\n\n\
         /** One-shot `removeDepartmentMembers`: builds a client from `config`, makes the call. */\n\
         export declare function removeDepartmentMembers(config: ClientOptions, params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<DataOf[\"removeDepartmentMembers\"]>>;\n\
         /** True for the errors this package rejects with. */\n\
         export declare function isGenAuthError(value: unknown): value is GenAuthError;\n\
         /** The endpoint table. */\n\
         export declare function endpoints(): EndpointInfo[];\n\
         /** Bytes of linear memory the module holds now. */\n\
         export declare function memoryBytes(): number;\n",
    );
    out
}

/// The areas of the API in table order of first appearance, with their calls.
pub fn areas() -> Vec<(String, Vec<&'static str>)> {
    let mut out: Vec<(String, Vec<&'static str>)> = Vec::new();
    for (name, host) in host_columns() {
        match out.iter_mut().find(|(a, _)| *a == host.area) {
            Some((_, calls)) => calls.push(name),
            None => out.push((host.area, vec![name])),
        }
    }
    out.sort_by_key(|(a, calls)| (a == "Other", std::cmp::Reverse(calls.len())));
    out
}

/// The list of calls (docs/calls.md): a count per area, and every call by name.
pub fn readme_calls() -> String {
    let areas = areas();
    let total: usize = areas.iter().map(|(_, c)| c.len()).sum();
    let mut out = String::from("| area | calls |\n|---|---|\n");
    for (area, calls) in &areas {
        out.push_str(&format!("| {area} | {} |\n", calls.len()));
    }
    out.push_str(&format!("| **all** | **{total}** |\n\n"));
    for (area, calls) in &areas {
        out.push_str(&format!("<details><summary>{area} ({})</summary>\n\n", calls.len()));
        let names: Vec<String> = calls.iter().map(|c| format!("`{c}`")).collect();
        out.push_str(&names.join(", "));
        out.push_str("\n\n</details>\n");
    }
    out
}

/// Every error code with its doc comment (the lines of `///` above its variant in `src/error.rs`,
/// joined), in the order of `Code::ALL`. Panics when `Code::ALL` does not list the variants of
/// `Code` exactly, in their order, or a variant has no doc comment.
pub fn error_codes() -> Vec<(Code, String)> {
    let body = ERROR_RS.split_once("pub enum Code {").map(|(_, b)| b).unwrap_or_default();
    let body = body.split_once("\n}").map(|(b, _)| b).unwrap_or_default();
    let mut variants: Vec<(String, String)> = Vec::new();
    let mut doc: Vec<&str> = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if let Some(text) = line.strip_prefix("///") {
            doc.push(text.trim());
        } else if let Some(variant) = line.strip_suffix(',') {
            assert!(!doc.is_empty(), "Code::{variant} in src/error.rs has no doc comment");
            variants.push((variant.to_owned(), doc.join(" ")));
            doc.clear();
        } else if !line.starts_with("//") && !line.starts_with("#[") {
            panic!("src/error.rs: a line of `enum Code` this tool does not read: {line}");
        }
    }
    let all: Vec<String> = Code::ALL.iter().map(|c| format!("{c:?}")).collect();
    let declared: Vec<&str> = variants.iter().map(|(v, _)| v.as_str()).collect();
    assert!(
        all == declared,
        "Code::ALL ({all:?}) must list every variant of `enum Code` in src/error.rs, in order ({declared:?})"
    );
    Code::ALL.iter().zip(variants).map(|(&code, (_, doc))| (code, doc)).collect()
}

/// The doc comment of `enum Code` itself.
fn code_type_doc() -> String {
    let head = ERROR_RS.split_once("pub enum Code {").map(|(h, _)| h).unwrap_or_default();
    let docs: Vec<&str> = head
        .lines()
        .rev()
        .map(str::trim)
        .skip_while(|l| l.starts_with("#["))
        .take_while(|l| l.starts_with("///"))
        .map(|l| l.trim_start_matches('/').trim())
        .collect();
    docs.into_iter().rev().collect::<Vec<_>>().join(" ")
}

/// The TypeScript union of the error codes, each with its doc comment.
pub fn error_code_union() -> String {
    let mut out = format!("/** {} */\nexport type GenAuthErrorCode =\n", code_type_doc());
    for (code, doc) in error_codes() {
        assert!(!doc.contains("*/"), "the doc comment of Code::{code:?} would end its TypeScript comment");
        out.push_str(&format!("  /** {doc} */\n  | \"{}\"\n", code.as_str()));
    }
    let end = out.len() - 1;
    out.insert(end, ';');
    out
}

/// `docs/calls.md` with its list of calls as [`readme_calls`] writes it; `Err` when the file has
/// no markers around the list.
pub fn readme(current: &str) -> Result<String, String> {
    let (head, rest) = current.split_once(CALLS_START).ok_or("docs/calls.md has no `<!-- calls: … -->` marker")?;
    let (_, tail) = rest.split_once(CALLS_END).ok_or("docs/calls.md has no `<!-- calls: end -->` marker")?;
    Ok(format!("{head}{CALLS_START}{}{CALLS_END}{tail}", readme_calls()))
}

/// The generated files (paths relative to the repository root), each with its current text and
/// the text this tool writes.
pub fn outputs() -> Result<Vec<(&'static str, String, String)>, String> {
    let read = |path: &str| std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_default();
    let calls_now = read("docs/calls.md");
    Ok(vec![
        ("pkg/index.d.ts", read("pkg/index.d.ts"), typescript()),
        ("docs/calls.md", calls_now.clone(), readme(&calls_now)?),
    ])
}

/// The generated files that are out of date.
pub fn stale() -> Result<Vec<&'static str>, String> {
    Ok(outputs()?.into_iter().filter(|(_, now, want)| now != want).map(|(path, _, _)| path).collect())
}

/// Rewrites the files that are out of date; returns their paths.
pub fn write() -> Result<Vec<&'static str>, String> {
    let mut written = Vec::new();
    for (path, now, want) in outputs()? {
        if now != want {
            std::fs::write(Path::new(ROOT).join(path), want).map_err(|e| format!("cannot write {path}: {e}"))?;
            written.push(path);
        }
    }
    Ok(written)
}
