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
    Int(u32, u32),
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// A JSON object; the string is its TypeScript type.
    Object(&'static str),
    /// An array of JSON objects; the string is the TypeScript type of one item.
    Objects(&'static str),
    /// A JavaScript function (options only).
    Func,
    /// An object of the host's (an `AbortSignal`), checked where it is used (options only).
    Instance,
}

impl Ty {
    /// A one-word name of the type, for tools: `string`, `string[]`, `boolean`, `integer`,
    /// `enum`, `object`, `object[]`, `function`.
    pub fn kind(&self) -> &'static str {
        match self {
            Ty::Str(_) => "string",
            Ty::StrList { .. } => "string[]",
            Ty::Bool => "boolean",
            Ty::Int(..) => "integer",
            Ty::Enum(_) => "enum",
            Ty::Object(_) => "object",
            Ty::Objects(_) => "object[]",
            Ty::Func => "function",
            Ty::Instance => "object",
        }
    }

    /// How the type is named in messages and docs.
    pub fn describe(&self) -> String {
        match self {
            Ty::Str(_) => "a non-empty string".into(),
            Ty::StrList { .. } => "an array of non-empty strings".into(),
            Ty::Bool => "a boolean".into(),
            Ty::Int(..) => "an integer".into(),
            Ty::Enum(vals) => format!("one of \"{}\"", vals.join("\", \"")),
            Ty::Object(_) => "an object".into(),
            Ty::Objects(_) => "an array of objects".into(),
            Ty::Func => "a function".into(),
            Ty::Instance => "an object".into(),
        }
    }
}

/// The shape of a call's `data`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resp {
    /// `{ success }`.
    Success,
    /// One organization.
    Organization,
    /// `{ totalCount, list }` of organizations.
    OrganizationPage,
    /// One department.
    Department,
    /// An array of departments.
    Departments,
    /// `{ totalCount, list }` of departments.
    DepartmentPage,
    /// `{ totalCount, list }` of users.
    UserPage,
    /// An array of user ids.
    UserIds,
    /// `{ inDepartment }`.
    InDepartment,
}

impl Resp {
    /// Whether `data` is `{ totalCount, list }`.
    pub fn paged(self) -> bool {
        matches!(self, Resp::OrganizationPage | Resp::DepartmentPage | Resp::UserPage)
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
    Int(u32),
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
    /// Request fields, in the order the official client writes them.
    pub fields: &'static [Field],
    /// The shape of `data`.
    pub resp: Resp,
    /// Whether repeating the call leaves the same state as making it once (safe to retry).
    pub idempotent: bool,
    /// One line of documentation (host builds only).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

impl Endpoint {
    /// A paged list that takes `page` and `limit`: it can be iterated.
    pub fn pageable(&self) -> bool {
        self.resp.paged()
            && self.fields.iter().any(|f| f.name == "page")
            && self.fields.iter().any(|f| f.name == "limit")
    }
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

const fn field(name: &'static str, ty: Ty, required: bool, default: Default, doc: &'static str) -> Field {
    #[cfg(target_arch = "wasm32")]
    let _ = doc;
    Field {
        name,
        ty,
        required,
        default,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

/// A required field.
const fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(name, ty, true, Default::None, doc)
}

/// An optional field, sent only when given.
const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    field(name, ty, false, Default::None, doc)
}

/// An optional field the official client fills in with `default` when it is left out.
const fn def(name: &'static str, ty: Ty, default: Default, doc: &'static str) -> Field {
    field(name, ty, false, default, doc)
}

const fn call(
    name: &'static str,
    method: Method,
    path: &'static str,
    fields: &'static [Field],
    resp: Resp,
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
        resp,
        idempotent,
        #[cfg(not(target_arch = "wasm32"))]
        doc,
    }
}

use Method::{Get, Post};

const ID: Ty = Ty::Str(MAX_ID);
const TEXT: Ty = Ty::Str(MAX_STR);
const IDS: Ty = Ty::StrList { max: MAX_USER_IDS, len: MAX_ID };
const PAGE: Ty = Ty::Int(1, 1_000_000_000);
const LIMIT: Ty = Ty::Int(1, 50);

const ORGANIZATION_CODE: Field = req("organizationCode", ID, "Code of the organization.");
const DEPARTMENT_ID: Field = req("departmentId", ID, "Id of the department, of the kind `departmentIdType` names.");
const DEPARTMENT_ID_TYPE: Field = opt(
    "departmentIdType",
    Ty::Enum(DEPARTMENT_ID_TYPES),
    "Kind of id `departmentId` is; the server takes `department_id` when it is left out.",
);
const DEPARTMENT_ID_TYPE_DEF: Field = def(
    "departmentIdType",
    Ty::Enum(DEPARTMENT_ID_TYPES),
    Default::Str("department_id"),
    "Kind of id `departmentId` is.",
);
const TENANT_ID: Field = opt("tenantId", ID, "Tenant id; defaults to the client's `tenantId`.");
const USER_IDS: Field =
    req("userIds", IDS, "Ids of the users (at most 1000 in one call; the bulk helpers split larger lists).");
const PAGE_DEF: Field = def("page", PAGE, Default::Int(1), "Page number, from 1.");
const LIMIT_DEF: Field = def("limit", LIMIT, Default::Int(10), "Items per page, at most 50.");
const WITH_CUSTOM_DATA: Field = def("withCustomData", Ty::Bool, Default::Bool(false), "Include custom data.");
const WITH_CUSTOM_DATA_OPT: Field = opt("withCustomData", Ty::Bool, "Include custom data.");
const WITH_POST_OPT: Field = opt("withPost", Ty::Bool, "Include posts.");
const KEYWORDS: Field = req("keywords", TEXT, "Text to search for.");
const INCLUDE_CHILDREN: Field =
    def("includeChildrenDepartments", Ty::Bool, Default::Bool(false), "Include members of sub-departments.");
const WITH_IDENTITIES: Field = def("withIdentities", Ty::Bool, Default::Bool(false), "Include users' identities.");
const WITH_DEPARTMENT_IDS: Field =
    def("withDepartmentIds", Ty::Bool, Default::Bool(false), "Include the ids of each user's departments.");
const DESCRIPTION: Field = opt("description", TEXT, "Description.");
const OPEN_DEPARTMENT_ID: Field = opt("openDepartmentId", ID, "Id of the department in a third-party system.");
const POST_ID_LIST: Field = opt("postIdList", IDS, "Ids of posts.");
const LEADER_USER_IDS: Field = opt("leaderUserIds", IDS, "Ids of the leaders.");
const METADATA: Field = opt("metadata", Ty::Object("Record<string, unknown>"), "Metadata.");
const CUSTOM_DATA: Field = opt("customData", Ty::Object("Record<string, unknown>"), "Custom data.");
const ORGANIZATION_I18N: Field = opt("i18n", Ty::Object("OrganizationI18n"), "Names in other languages.");
const DEPARTMENT_I18N: Field = opt("i18n", Ty::Object("DepartmentI18n"), "Names in other languages.");

/// Every call this package makes: the organization module, in the order of the docs.
pub const ENDPOINTS: &[Endpoint] = &[
    call(
        "listOrganizations",
        Get,
        "/api/v3/list-organizations",
        &[
            PAGE_DEF,
            LIMIT_DEF,
            def("fetchAll", Ty::Bool, Default::Bool(false), "Return every organization in one page."),
            WITH_CUSTOM_DATA,
            def("withPost", Ty::Bool, Default::Bool(false), "Include posts."),
            TENANT_ID,
            opt("status", Ty::Bool, "Only organizations with this status."),
        ],
        Resp::OrganizationPage,
        true,
        "Lists the organizations of the user pool, a page at a time.",
    ),
    call(
        "createOrganization",
        Post,
        "/api/v3/create-organization",
        &[
            METADATA,
            req("organizationName", TEXT, "Name of the organization."),
            req("organizationCode", ID, "Code of the organization, unique in the user pool."),
            DESCRIPTION,
            OPEN_DEPARTMENT_ID,
            ORGANIZATION_I18N,
            TENANT_ID,
            POST_ID_LIST,
        ],
        Resp::Organization,
        false,
        "Creates an organization with its root department.",
    ),
    call(
        "updateOrganization",
        Post,
        "/api/v3/update-organization",
        &[
            ORGANIZATION_CODE,
            DESCRIPTION,
            OPEN_DEPARTMENT_ID,
            LEADER_USER_IDS,
            ORGANIZATION_I18N,
            TENANT_ID,
            opt("organizationNewCode", ID, "A new code for the organization."),
            opt("organizationName", TEXT, "A new name."),
            POST_ID_LIST,
        ],
        Resp::Organization,
        true,
        "Updates an organization.",
    ),
    call(
        "deleteOrganization",
        Post,
        "/api/v3/delete-organization",
        &[ORGANIZATION_CODE, TENANT_ID],
        Resp::Success,
        true,
        "Deletes an organization with all its departments.",
    ),
    call(
        "searchOrganizations",
        Get,
        "/api/v3/search-organizations",
        &[KEYWORDS, PAGE_DEF, LIMIT_DEF, WITH_CUSTOM_DATA, TENANT_ID],
        Resp::OrganizationPage,
        true,
        "Searches organizations by code or name.",
    ),
    call(
        "getDepartment",
        Get,
        "/api/v3/get-department",
        &[
            opt("organizationCode", ID, "Code of the organization."),
            opt("departmentId", ID, "Id of the department (`root` for the root)."),
            opt("departmentCode", ID, "Code of the department, instead of its id."),
            DEPARTMENT_ID_TYPE_DEF,
            WITH_CUSTOM_DATA,
            def("flatCustomData", Ty::Bool, Default::Bool(false), "Flatten custom data into the department."),
            TENANT_ID,
        ],
        Resp::Department,
        true,
        "Gets one department.",
    ),
    call(
        "createDepartment",
        Post,
        "/api/v3/create-department",
        &[
            ORGANIZATION_CODE,
            req("name", TEXT, "Name of the department."),
            req("parentDepartmentId", ID, "Id of the parent department (`root` for the root)."),
            METADATA,
            OPEN_DEPARTMENT_ID,
            DESCRIPTION,
            opt("code", ID, "Code of the department, unique in the organization."),
            opt("isVirtualNode", Ty::Bool, "Whether the department is virtual."),
            DEPARTMENT_I18N,
            CUSTOM_DATA,
            opt("departmentIdType", Ty::Enum(DEPARTMENT_ID_TYPES), "Kind of id `parentDepartmentId` is."),
            POST_ID_LIST,
            TENANT_ID,
        ],
        Resp::Department,
        false,
        "Creates a department under a parent.",
    ),
    call(
        "updateDepartment",
        Post,
        "/api/v3/update-department",
        &[
            ORGANIZATION_CODE,
            DEPARTMENT_ID,
            METADATA,
            LEADER_USER_IDS,
            DESCRIPTION,
            opt("code", ID, "A new code."),
            DEPARTMENT_I18N,
            opt("status", Ty::Bool, "Whether the department is enabled."),
            opt("name", TEXT, "A new name."),
            DEPARTMENT_ID_TYPE,
            opt("parentDepartmentId", ID, "A new parent: moves the department."),
            CUSTOM_DATA,
            POST_ID_LIST,
            TENANT_ID,
        ],
        Resp::Department,
        true,
        "Updates or moves a department.",
    ),
    call(
        "deleteDepartment",
        Post,
        "/api/v3/delete-department",
        &[ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE, TENANT_ID],
        Resp::Success,
        true,
        "Deletes a department with its sub-departments.",
    ),
    call(
        "searchDepartments",
        Post,
        "/api/v3/search-departments",
        &[KEYWORDS, ORGANIZATION_CODE, WITH_CUSTOM_DATA_OPT, TENANT_ID],
        Resp::Departments,
        true,
        "Searches the departments of an organization by name.",
    ),
    call(
        "searchDepartmentsList",
        Post,
        "/api/v3/search-departments-list",
        &[
            ORGANIZATION_CODE,
            WITH_CUSTOM_DATA_OPT,
            WITH_POST_OPT,
            opt("page", PAGE, "Page number, from 1."),
            opt("limit", LIMIT, "Items per page, at most 50."),
            opt("advancedFilter", Ty::Objects("DepartmentFilter"), "Conditions on department fields."),
            opt("sortBy", Ty::Enum(&["updatedAt", "createdAt"]), "Field to sort by."),
            opt("orderBy", Ty::Enum(&["ASC", "DESC"]), "Sort order."),
            opt("sort", Ty::Objects("DepartmentSorting"), "Sort conditions."),
            TENANT_ID,
        ],
        Resp::Departments,
        true,
        "Lists the departments of an organization with filters.",
    ),
    call(
        "listChildrenDepartments",
        Get,
        "/api/v3/list-children-departments",
        &[
            ORGANIZATION_CODE,
            DEPARTMENT_ID,
            opt("status", Ty::Bool, "Only departments with this status."),
            DEPARTMENT_ID_TYPE_DEF,
            def("excludeVirtualNode", Ty::Bool, Default::Bool(false), "Leave out virtual departments."),
            def("onlyVirtualNode", Ty::Bool, Default::Bool(false), "Only virtual departments."),
            WITH_CUSTOM_DATA,
            TENANT_ID,
        ],
        Resp::DepartmentPage,
        true,
        "Lists the direct sub-departments of a department.",
    ),
    call(
        "listDepartmentMembers",
        Get,
        "/api/v3/list-department-members",
        &[
            ORGANIZATION_CODE,
            DEPARTMENT_ID,
            def(
                "sortBy",
                Ty::Enum(&["Default", "JoinDepartmentAt", "userId", "createAt", "updatedAt"]),
                Default::Str("JoinDepartmentAt"),
                "Field to sort by.",
            ),
            def("orderBy", Ty::Enum(&["Asc", "Desc"]), Default::Str("Desc"), "Sort order."),
            DEPARTMENT_ID_TYPE_DEF,
            INCLUDE_CHILDREN,
            PAGE_DEF,
            LIMIT_DEF,
            WITH_CUSTOM_DATA,
            WITH_IDENTITIES,
            WITH_DEPARTMENT_IDS,
            TENANT_ID,
        ],
        Resp::UserPage,
        true,
        "Lists the members of a department, a page at a time.",
    ),
    call(
        "listDepartmentMemberIds",
        Get,
        "/api/v3/list-department-member-ids",
        &[ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE_DEF, TENANT_ID],
        Resp::UserIds,
        true,
        "Lists the ids of all members of a department.",
    ),
    call(
        "searchDepartmentMembers",
        Get,
        "/api/v3/search-department-members",
        &[
            ORGANIZATION_CODE,
            DEPARTMENT_ID,
            KEYWORDS,
            PAGE_DEF,
            LIMIT_DEF,
            DEPARTMENT_ID_TYPE_DEF,
            INCLUDE_CHILDREN,
            WITH_CUSTOM_DATA,
            WITH_IDENTITIES,
            WITH_DEPARTMENT_IDS,
            TENANT_ID,
        ],
        Resp::UserPage,
        true,
        "Searches the members of a department by name, username, email or phone.",
    ),
    call(
        "addDepartmentMembers",
        Post,
        "/api/v3/add-department-members",
        &[USER_IDS, ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE, TENANT_ID],
        Resp::Success,
        true,
        "Adds users to a department.",
    ),
    call(
        "removeDepartmentMembers",
        Post,
        "/api/v3/remove-department-members",
        &[USER_IDS, ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE, TENANT_ID],
        Resp::Success,
        true,
        "Removes users from a department.",
    ),
    call(
        "getParentDepartment",
        Get,
        "/api/v3/get-parent-department",
        &[ORGANIZATION_CODE, DEPARTMENT_ID, DEPARTMENT_ID_TYPE_DEF, WITH_CUSTOM_DATA, TENANT_ID],
        Resp::Department,
        true,
        "Gets the parent of a department.",
    ),
    call(
        "isUserInDepartment",
        Get,
        "/api/v3/is-user-in-department",
        &[
            req("userId", ID, "Id of the user."),
            ORGANIZATION_CODE,
            DEPARTMENT_ID,
            DEPARTMENT_ID_TYPE_DEF,
            INCLUDE_CHILDREN,
            TENANT_ID,
        ],
        Resp::InDepartment,
        true,
        "Tells whether a user is a member of a department.",
    ),
];

/// The row of a call, by its method name.
pub fn endpoint(name: &str) -> Option<&'static Endpoint> {
    ENDPOINTS.iter().find(|e| e.name == name)
}

/// The path of the token call (token auth).
pub const TOKEN_PATH: &str = "/api/v3/get-management-token";

/// Options of `new ManagementClient(...)`, checked by the same validator as call parameters.
pub const CLIENT_OPTIONS: &[Field] = &[
    opt("accessKeyId", Ty::Str(MAX_STR), "Access key id (server runtimes)."),
    opt("accessKeySecret", Ty::Str(MAX_STR), "Access key secret (server runtimes; never in a browser)."),
    opt("accessToken", Ty::Str(16 * 1024), "A management token obtained by your server (browsers)."),
    opt("userPoolId", Ty::Str(MAX_ID), "User pool id sent with `accessToken`; read from the token when left out."),
    opt("auth", Ty::Enum(&["signature", "token"]), "How access keys authenticate: `signature` (default) or `token`."),
    opt(
        "brand",
        Ty::Enum(&["genauth", "authing"]),
        "`genauth` (default) or `authing`: host, header prefix, scheme word.",
    ),
    opt("host", Ty::Str(MAX_STR), "API host; defaults to the brand's."),
    opt("lang", Ty::Enum(&["zh-CN", "en-US", "zh-TW", "ja-JP"]), "Language of messages; `zh-CN` by default."),
    opt("tenantId", Ty::Str(MAX_ID), "Tenant id: sent as the app-id header and as each call's `tenantId`."),
    opt("timeout", Ty::Int(1, 600_000), "Milliseconds before a request fails with `TIMEOUT`; 10000 by default."),
    opt("throwOnApiError", Ty::Bool, "Reject with code `API` when the envelope's `statusCode` is not 200."),
    opt("maxRetries", Ty::Int(0, 10), "Retries of a call that is safe to repeat; 2 by default."),
    opt("retryDelay", Ty::Int(1, 60_000), "Base of the exponential backoff in milliseconds; 200 by default."),
    opt("deadline", Ty::Int(1, 3_600_000), "Milliseconds for a call with all its attempts and waits."),
    opt("fetch", Ty::Func, "A `fetch` implementation to use instead of the global one."),
    opt(
        "onRequest",
        Ty::Func,
        "Called before each request with `{ method, url, attempt, headers }` (credential redacted).",
    ),
    opt(
        "onResponse",
        Ty::Func,
        "Called after each request with `{ method, url, attempt, status, durationMs, requestId, error }`.",
    ),
    opt("dangerouslyAllowInsecureHttp", Ty::Bool, "Allow plain `http://` to hosts other than loopback."),
];

/// Options of one call (the second argument of every method).
pub const CALL_OPTIONS: &[Field] = &[
    opt("signal", Ty::Instance, "An `AbortSignal` that cancels the call."),
    opt("timeout", Ty::Int(1, 600_000), "Overrides the client's `timeout` for this call."),
    opt("throwOnApiError", Ty::Bool, "Overrides the client's `throwOnApiError` for this call."),
    opt("maxRetries", Ty::Int(0, 10), "Overrides the client's `maxRetries` for this call."),
    opt("deadline", Ty::Int(1, 3_600_000), "Overrides the client's `deadline` for this call."),
];
