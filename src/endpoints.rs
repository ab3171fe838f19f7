//! The endpoint table: one row per Management API call. Everything per call (the exported
//! method, validation, defaults, the request encoding, the docs) is derived from its row.

/// HTTP method of a call: reads are GET with a query string, writes POST with a JSON body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Parameters go in the query string.
    Get,
    /// Parameters go in a compact JSON body.
    Post,
}

impl Method {
    /// `"GET"` / `"POST"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// The type of one request field, with its limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ty {
    /// A non-empty string of at most this many characters.
    Str(usize),
    /// A non-empty array of non-empty strings (ids): at most `max` items of `len` characters.
    StrList {
        /// Most items in one call.
        max: usize,
        /// Longest item.
        len: usize,
    },
    /// `true` / `false`.
    Bool,
    /// A whole number in `min..=max`.
    Int(i64, i64),
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// Any JSON object (e.g. `customData`, `i18n`).
    Object,
    /// A JavaScript function (client options only).
    Func,
}

impl Ty {
    /// How the type is named in messages and docs.
    pub fn describe(&self) -> String {
        match self {
            Ty::Str(_) => "a non-empty string".into(),
            Ty::StrList { .. } => "a non-empty array of non-empty strings".into(),
            Ty::Bool => "a boolean".into(),
            Ty::Int(..) => "an integer".into(),
            Ty::Enum(vals) => format!("one of \"{}\"", vals.join("\", \"")),
            Ty::Object => "an object".into(),
            Ty::Func => "a function".into(),
        }
    }
}

/// A default filled in when the caller leaves a field out (as the official client does).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Default {
    /// Nothing is sent.
    None,
    /// This string.
    Str(&'static str),
    /// This boolean.
    Bool(bool),
    /// This number.
    Int(i64),
}

/// One request field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Its name on the wire and in JavaScript.
    pub name: &'static str,
    /// Its type.
    pub ty: Ty,
    /// Whether the call fails without it.
    pub required: bool,
    /// What is sent when it is left out.
    pub default: Default,
    /// One line of documentation (host builds only: docs are generated there, and the module
    /// stays free of them).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// One call of the Management API.
#[derive(Debug)]
pub struct Endpoint {
    /// The method name, as the official Node client spells it.
    pub name: &'static str,
    /// GET or POST.
    pub method: Method,
    /// The path under the host.
    pub path: &'static str,
    /// Request fields, in the order the body is written.
    pub fields: &'static [Field],
    /// Whether repeating the call leaves the same state as making it once (safe to retry).
    pub idempotent: bool,
    /// One line of documentation (host builds only).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// Values of `departmentIdType`.
pub const DEPARTMENT_ID_TYPES: &[&str] =
    &["department_id", "open_department_id", "sync_relation", "custom_field", "code"];

/// The longest string a field takes (characters).
pub const MAX_STR: usize = 1024;
/// The longest id.
pub const MAX_ID: usize = 128;
/// The most user ids one membership call takes; larger lists are split by the caller.
pub const MAX_USER_IDS: usize = 1000;

const fn field(name: &'static str, ty: Ty, required: bool, doc: &'static str) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        ty,
        required,
        default: Default::None,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

const fn call(
    name: &'static str,
    method: Method,
    path: &'static str,
    fields: &'static [Field],
    idempotent: bool,
    doc: &'static str,
) -> Endpoint {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Endpoint {
        name,
        method,
        path,
        fields,
        idempotent,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

const ORGANIZATION_CODE: Field = field("organizationCode", Ty::Str(MAX_ID), true, "Code of the organization.");
const DEPARTMENT_ID: Field =
    field("departmentId", Ty::Str(MAX_ID), true, "Id of the department, of the kind `departmentIdType` names.");
const DEPARTMENT_ID_TYPE: Field = field(
    "departmentIdType",
    Ty::Enum(DEPARTMENT_ID_TYPES),
    false,
    "Kind of id `departmentId` is; the server takes `department_id` when it is left out.",
);
const TENANT_ID: Field = field("tenantId", Ty::Str(MAX_ID), false, "Tenant id; defaults to the client's `tenantId`.");
const USER_IDS: Field = field(
    "userIds",
    Ty::StrList { max: MAX_USER_IDS, len: MAX_ID },
    true,
    "Ids of the users (at most 1000 in one call).",
);

/// Every call this package makes, in the order of the docs.
pub const ENDPOINTS: &[Endpoint] = &[call(
    "removeDepartmentMembers",
    Method::Post,
    "/api/v3/remove-department-members",
    &[USER_IDS, ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE, TENANT_ID],
    true,
    "Removes users from a department of an organization.",
)];

/// The row of a call, by its method name.
pub fn endpoint(name: &str) -> Option<&'static Endpoint> {
    ENDPOINTS.iter().find(|e| e.name == name)
}

/// The path of the token call (token auth).
pub const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// Options of `new ManagementClient(...)`, checked by the same validator as call parameters.
pub const CLIENT_OPTIONS: &[Field] = &[
    field("accessKeyId", Ty::Str(MAX_STR), false, "Access key id (server runtimes)."),
    field("accessKeySecret", Ty::Str(MAX_STR), false, "Access key secret (server runtimes; never in a browser)."),
    field("accessToken", Ty::Str(16 * 1024), false, "A management token obtained by your server (browsers)."),
    field("userPoolId", Ty::Str(MAX_ID), false, "User pool id sent with `accessToken`; read from the token when left out."),
    field("auth", Ty::Enum(&["signature", "token"]), false, "How access keys authenticate: `signature` (default) or `token`."),
    field("brand", Ty::Enum(&["genauth", "authing"]), false, "`genauth` (default) or `authing`: host, header prefix, scheme word."),
    field("host", Ty::Str(MAX_STR), false, "API host; defaults to the brand's."),
    field("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"]), false, "Language of messages; `zh-CN` by default."),
    field("tenantId", Ty::Str(MAX_ID), false, "Tenant id: sent as the app-id header and as each call's `tenantId`."),
    field("timeout", Ty::Int(1, 600_000), false, "Milliseconds before a request fails with `TIMEOUT`; 10000 by default."),
    field("throwOnApiError", Ty::Bool, false, "Reject with code `API` when the envelope's `statusCode` is not 200."),
    field("fetch", Ty::Func, false, "A `fetch` implementation to use instead of the global one."),
];

/// Options of one call (the second argument of every method).
pub const CALL_OPTIONS: &[Field] = &[
    field("signal", Ty::Object, false, "An `AbortSignal` that cancels the call."),
    field("timeout", Ty::Int(1, 600_000), false, "Overrides the client's `timeout` for this call."),
    field("throwOnApiError", Ty::Bool, false, "Overrides the client's `throwOnApiError` for this call."),
];
