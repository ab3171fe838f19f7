//! Files derived from the endpoint table on the host: the package's TypeScript declarations and
//! the README's method table. `cargo test` fails when the committed copies differ
//! (`UPDATE_GENERATED=1 cargo test` rewrites them).

use crate::endpoints::{Default, Endpoint, Resp, Ty, ENDPOINTS};

fn pascal(name: &str) -> String {
    let mut c = name.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

fn ts_type(ty: &Ty) -> String {
    match ty {
        Ty::Str(_) => "string".into(),
        Ty::StrList { .. } => "string[]".into(),
        Ty::Bool => "boolean".into(),
        Ty::Int(..) => "number".into(),
        Ty::Enum(vals) if *vals == crate::endpoints::DEPARTMENT_ID_TYPES => "DepartmentIdType".into(),
        Ty::Enum(vals) => vals.iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | "),
        Ty::Object(ts) => (*ts).into(),
        Ty::Objects(ts) => format!("{ts}[]"),
        Ty::Func => "(...args: unknown[]) => unknown".into(),
        Ty::Instance => "object".into(),
    }
}

fn data_type(resp: Resp) -> &'static str {
    match resp {
        Resp::Success => "IsSuccess",
        Resp::Organization => "Organization",
        Resp::OrganizationPage => "Page<Organization>",
        Resp::Department => "Department",
        Resp::Departments => "Department[]",
        Resp::DepartmentPage => "Page<Department>",
        Resp::UserPage => "Page<User>",
        Resp::UserIds => "string[]",
        Resp::InDepartment => "InDepartment",
    }
}

fn item_type(resp: Resp) -> &'static str {
    match resp {
        Resp::OrganizationPage => "Organization",
        Resp::DepartmentPage => "Department",
        _ => "User",
    }
}

fn default_text(d: Default) -> Option<String> {
    match d {
        Default::None => None,
        Default::Str(s) => Some(format!("\"{s}\"")),
        Default::Bool(b) => Some(b.to_string()),
        Default::Int(n) => Some(n.to_string()),
    }
}

fn params_arg(ep: &Endpoint) -> String {
    let optional = if ep.fields.iter().any(|f| f.required) { "" } else { "?" };
    format!("params{optional}: {}Params", pascal(ep.name))
}

/// The package's `index.d.ts`.
pub fn typescript() -> String {
    let mut out =
        String::from("// Generated from the endpoint table (src/endpoints.rs) by `cargo test`; do not edit.\n\n");
    out.push_str(include_str!("prelude.d.ts"));
    for ep in ENDPOINTS {
        out.push_str(&format!(
            "\n/** Parameters of `{}`. */\nexport interface {}Params {{\n",
            ep.name,
            pascal(ep.name)
        ));
        for f in ep.fields {
            let default = default_text(f.default).map(|d| format!(" Default {d}.")).unwrap_or_default();
            out.push_str(&format!(
                "  /** {}{default} */\n  {}{}: {};\n",
                f.doc,
                f.name,
                if f.required { "" } else { "?" },
                ts_type(&f.ty)
            ));
        }
        out.push_str("}\n");
    }
    out.push_str("\n/** The name of every call. */\nexport type CallName =\n");
    for ep in ENDPOINTS {
        out.push_str(&format!("  | \"{}\"\n", ep.name));
    }
    out.push_str(";\n/** The parameters of each call, by name. */\nexport interface ParamsOf {\n");
    for ep in ENDPOINTS {
        out.push_str(&format!("  {}: {}Params;\n", ep.name, pascal(ep.name)));
    }
    out.push_str("}\n/** The `data` of each call's envelope, by name. */\nexport interface DataOf {\n");
    for ep in ENDPOINTS {
        out.push_str(&format!("  {}: {};\n", ep.name, data_type(ep.resp)));
    }
    out.push_str(
        "}\n\n/** A Management API client. Its credentials live in the module and are never exposed. */\n\
         export declare class ManagementClient {\n  \
         /** Checks the options; throws a `GenAuthError` with code `CONFIG` when they are wrong. */\n  \
         constructor(options: ClientOptions);\n",
    );
    for ep in ENDPOINTS {
        out.push_str(&format!(
            "  /** {} `{} {}` */\n  {}({}, options?: CallOptions): Promise<Envelope<{}>>;\n",
            ep.doc,
            ep.method.as_str(),
            ep.path,
            ep.name,
            params_arg(ep),
            data_type(ep.resp)
        ));
    }
    out.push_str(
        "  /** Makes the call named `name`: what every method above does. */\n  \
         call<N extends CallName>(name: N, params: ParamsOf[N], options?: CallOptions): Promise<Envelope<DataOf[N]>>;\n  \
         /** Every item of a paged call, pages fetched lazily up to `totalCount`. */\n  readonly iterate: {\n",
    );
    for ep in ENDPOINTS.iter().filter(|e| e.pageable()) {
        out.push_str(&format!(
            "    {}({}, options?: IterateOptions): AsyncGenerator<{}, void, undefined>;\n",
            ep.name,
            params_arg(ep),
            item_type(ep.resp)
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
         export declare function removeDepartmentMembers(config: ClientOptions, params: RemoveDepartmentMembersParams, options?: CallOptions): Promise<Envelope<IsSuccess>>;\n\
         /** True for the errors this package rejects with. */\n\
         export declare function isGenAuthError(value: unknown): value is GenAuthError;\n\
         /** The endpoint table. */\n\
         export declare function endpoints(): EndpointInfo[];\n\
         /** Bytes of linear memory the module holds now. */\n\
         export declare function memoryBytes(): number;\n",
    );
    out
}

/// The README's table of calls.
pub fn readme_calls() -> String {
    let mut out = String::from("| method | HTTP | path | required | `data` | iterable |\n|---|---|---|---|---|---|\n");
    for ep in ENDPOINTS {
        let required: Vec<String> = ep.fields.iter().filter(|f| f.required).map(|f| format!("`{}`", f.name)).collect();
        out.push_str(&format!(
            "| `{}` | {} | `{}` | {} | `{}` | {} |\n",
            ep.name,
            ep.method.as_str(),
            ep.path,
            if required.is_empty() { "—".into() } else { required.join(", ") },
            data_type(ep.resp),
            if ep.pageable() { "yes" } else { "" }
        ));
    }
    out
}
