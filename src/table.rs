// The grammar of the endpoint table (`src/api.txt`): the row types, the parser of one line, and
// (host only) the checker of the whole file. One text, `include!`d twice: by `src/endpoints.rs`,
// whose rows these are, and by `build.rs`, which runs `wire_table` on the table before the crate
// is compiled and refuses to build when a line is malformed (naming the line and what is wrong).
// The module therefore only ever parses lines that this same parser has already accepted.
// (Being `include!`d, this file has no inner attributes and no `use`: paths are written out.)

/// HTTP method of a call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Fields go in the query string.
    Get,
    /// Fields go in a JSON body (or the query string, when the row says so).
    Post,
    /// Fields go in a JSON body.
    Put,
    /// Fields go in the query string.
    Delete,
}

/// The type of one request field, with its limits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Ty {
    /// A non-empty string of at most this many characters (ids, codes, options).
    Str(usize),
    /// A string of at most this many characters; empty only when the field is optional.
    Text(usize),
    /// An array of non-empty strings: at most `max` items of `len` characters (and at least one
    /// when the field is required).
    StrList {
        /// Most items in one call.
        max: usize,
        /// Longest item.
        len: usize,
    },
    /// `true` / `false`.
    Bool,
    /// A finite number.
    Num,
    /// A whole number in `min..=max`.
    Int(u32, u32),
    /// One of these strings.
    Enum(&'static [&'static str]),
    /// A JSON object.
    Object,
    /// An array of JSON objects.
    Objects,
    /// A JSON array.
    Array,
    /// Any JSON value.
    Json,
    /// A JavaScript function (options only).
    Func,
    /// An object of the host's (an `AbortSignal`), checked where it is used (options only).
    Instance,
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
    /// This package's name and version (the `source` the official client names itself in).
    Source,
}

/// One request field.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Its name in JavaScript.
    pub name: &'static str,
    /// Its name on the wire, when it differs (the official client renames a few).
    pub wire: &'static str,
    /// Its type.
    pub ty: Ty,
    /// Whether the call fails without it.
    pub required: bool,
    /// What is sent when it is left out.
    pub default: Default,
    /// Whether it goes in the path (`/ip-list/{id}`) rather than the query or body.
    pub in_path: bool,
    /// One line of documentation (host builds only: docs are generated there, and the module
    /// stays free of them).
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: &'static str,
}

/// One call of the Management API: one line of `src/api.txt`.
#[derive(Debug)]
pub struct Endpoint {
    /// The method name, as the official Node client spells it.
    pub name: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// Whether the fields go in the query string (else in a JSON body).
    pub query: bool,
    /// The path under the host; `{name}` stands for a field sent in the path.
    pub path: &'static str,
    /// Request fields, in the order the official client writes them.
    pub fields: &'static [Field],
    /// Whether repeating the call leaves the same state as making it once (safe to retry).
    pub idempotent: bool,
    /// Whether `data` is `{ totalCount, list }` and the call takes `page` and `limit`.
    pub pageable: bool,
    /// Whether the official client sends the caller's object itself as the JSON body, so that
    /// fields its model lacks go with it (else it sends the fields it names, and only those).
    /// Derived: a body call whose fields are neither renamed nor defaulted.
    pub forward: bool,
}

/// The longest string a field takes (characters).
pub const MAX_STR: usize = 1024;
/// The longest free text (templates, scripts, documents) a field takes (characters).
pub const MAX_TEXT: usize = 256 * 1024;
/// The longest id or code (characters) where the API states no limit: a safety bound of this
/// package, not a rule of the API (a user id may be an email address or
/// `<extIdpId>:<userIdInIdp>`). A limit the API states is the row's `k<n>` (`src/facts.txt`).
pub const MAX_ID: usize = 1024;
/// The most user ids one membership call takes; larger lists are split by the caller.
pub const MAX_USER_IDS: usize = 1000;
/// The most items of any other list of strings.
pub const MAX_LIST: usize = 10_000;

/// What is wrong with a line of the table. The module never meets one (`build.rs` refuses to
/// build a table with such a line); the messages exist on the host only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bad {
    /// The second token is not an HTTP method of the grammar (empty: there is none).
    Method(&'static str),
    /// The line ends before its path.
    NoPath,
    /// A field token is not `name[>wire][!]:type[=default]`.
    Field(&'static str),
    /// A field's type is not one of the grammar's.
    Type(&'static str),
    /// A field's default does not fit its type.
    Default(&'static str),
}

#[cfg(not(target_arch = "wasm32"))]
impl std::fmt::Display for Bad {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Bad::Method("") => f.write_str("no HTTP method after the name"),
            Bad::Method(m) => write!(f, "`{m}` is not a method of the table (GET, POST, POST?, PUT, DELETE)"),
            Bad::NoPath => f.write_str("no path after the method"),
            Bad::Field(t) => write!(f, "field `{t}` is not `name[>wireName][!]:type[=default]`"),
            Bad::Type(t) => write!(
                f,
                "field `{t}` has no type of the table (k k<n> s b n i<min>-<max> l L (a,b,c) o O a j, or =@source)"
            ),
            Bad::Default(t) => write!(f, "field `{t}` has a default that does not fit its type"),
        }
    }
}

/// Appends `name` in kebab case: `removeDepartmentMembers` → `remove-department-members`.
/// (`build.rs` writes a path that is `/api/v3/` and this as `~`; the parser expands it.)
fn push_kebab(name: &str, out: &mut String) {
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
}

/// One line of the table's wire columns (everything before ` | `), by the grammar of the
/// table's header.
pub fn parse_row(line: &'static str) -> Result<Endpoint, Bad> {
    let mut tokens = line.split(' ').filter(|t| !t.is_empty());
    let name = tokens.next().unwrap_or("");
    let (method, query) = match tokens.next().unwrap_or("") {
        "GET" => (Method::Get, true),
        "POST" => (Method::Post, false),
        "POST?" => (Method::Post, true),
        "PUT" => (Method::Put, false),
        "DELETE" => (Method::Delete, true),
        other => return Err(Bad::Method(other)),
    };
    let path = match tokens.next().ok_or(Bad::NoPath)? {
        // `build.rs` writes `~` for `/api/v3/` and the name in kebab case.
        "~" => {
            let mut p = String::with_capacity(8 + name.len() + 8);
            p.push_str("/api/v3/");
            push_kebab(name, &mut p);
            &*String::leak(p)
        }
        path => path,
    };
    let mut fields = Vec::new();
    for token in tokens.filter(|t| !t.starts_with('+')) {
        let mut field = parse_field(token)?;
        // A byte scan: the standard substring search costs kilobytes of `.wasm`.
        let placeholder = format!("{{{}}}", field.name);
        field.in_path = path.as_bytes().windows(placeholder.len()).any(|w| w == placeholder.as_bytes());
        fields.push(field);
    }
    let (idempotent, pageable) = flags(line);
    // The official method sends its `requestBody` argument itself exactly when it sends a body
    // whose fields it neither renames nor fills in (checked against the table's body models).
    let forward = !query && fields.iter().all(|f| f.wire == f.name && f.default == Default::None);
    Ok(Endpoint { name, method, query, path, fields: Vec::leak(fields), idempotent, pageable, forward })
}

/// A line's flags: (safe to repeat, pageable), from its `+…` token.
fn flags(line: &str) -> (bool, bool) {
    match line.split(' ').find_map(|t| t.strip_prefix('+')) {
        Some(f) => (!f.contains('u'), f.contains('p')),
        None => (true, false),
    }
}

fn parse_field(token: &'static str) -> Result<Field, Bad> {
    let (head, default) = match token.find('=') {
        Some(i) => (token.get(..i).unwrap_or(""), token.get(i + 1..)),
        None => (token, None),
    };
    if default == Some("@source") {
        return Ok(field(head, head, Ty::Str(MAX_STR), false, Default::Source));
    }
    let (names, code) = head.split_once(':').ok_or(Bad::Field(token))?;
    let (names, required) = match names.strip_suffix('!') {
        Some(n) => (n, true),
        None => (names, false),
    };
    let (name, wire) = names.split_once('>').unwrap_or((names, names));
    let ty = match code {
        "k" => Ty::Str(MAX_ID),
        "s" => Ty::Text(MAX_TEXT),
        "b" => Ty::Bool,
        "n" => Ty::Num,
        "l" => Ty::StrList { max: MAX_LIST, len: MAX_STR },
        "L" => Ty::StrList { max: MAX_USER_IDS, len: MAX_ID },
        "o" => Ty::Object,
        "O" => Ty::Objects,
        "a" => Ty::Array,
        "j" => Ty::Json,
        // An id or code of at most n characters (n from 1 to MAX_ID), a limit the API states.
        // (Parsed as `u32`, as the integer ranges are: one parser in the module.)
        _ if code.starts_with('k') => {
            let digits = code.get(1..).unwrap_or("");
            match digits.parse::<u32>() {
                Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) && (1..=MAX_ID).contains(&(n as usize)) => {
                    Ty::Str(n as usize)
                }
                _ => return Err(Bad::Type(token)),
            }
        }
        _ if code.starts_with('i') => {
            let range = code
                .get(1..)
                .unwrap_or("")
                .split_once('-')
                .and_then(|(min, max)| Some((min.parse().ok()?, max.parse().ok()?)));
            let (min, max) = range.ok_or(Bad::Type(token))?;
            Ty::Int(min, max)
        }
        _ => match code.strip_prefix('(').and_then(|c| c.strip_suffix(')')) {
            Some(values) => Ty::Enum(Vec::leak(values.split(',').collect())),
            None => return Err(Bad::Type(token)),
        },
    };
    let default = match (default, ty) {
        (None, _) => Default::None,
        (Some("true"), Ty::Bool) => Default::Bool(true),
        (Some("false"), Ty::Bool) => Default::Bool(false),
        (Some(n), Ty::Int(..) | Ty::Num) => Default::Int(n.parse().map_err(|_| Bad::Default(token))?),
        (Some(s), Ty::Enum(vals)) if vals.contains(&s) => Default::Str(s),
        (Some(s), Ty::Str(_) | Ty::Text(_)) => Default::Str(s),
        _ => return Err(Bad::Default(token)),
    };
    Ok(field(name, wire, ty, required, default))
}

const fn field(name: &'static str, wire: &'static str, ty: Ty, required: bool, default: Default) -> Field {
    Field {
        name,
        wire,
        ty,
        required,
        default,
        in_path: false,
        #[cfg(not(target_arch = "wasm32"))]
        doc: "",
    }
}

/// Checks every line of a table (the text of `src/api.txt`) and writes its wire columns, the
/// text the module embeds: comments, blank lines and the TypeScript columns after ` | ` left
/// out, tokens one space apart, and a path that is `/api/v3/` and the name in kebab case written
/// `~`. A line is refused with its number (from 1, counting every line of the file) and what is
/// wrong when [`parse_row`] refuses it, and also when its name is not an identifier or is
/// another line's, its flags are not `+` and the letters `u` and `p`, its path does not start
/// with `/` or names a field it does not have, a field comes twice, an integer range is empty or
/// an enum has an empty value. Each line written is parsed back as the module will parse it.
#[cfg(not(target_arch = "wasm32"))]
pub fn wire_table(text: &'static str) -> Result<String, String> {
    let mut wire = String::with_capacity(text.len() / 2);
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let number = i + 1;
        let columns = line.split(" | ").next().unwrap_or("");
        let fail = |what: String| Err(format!("line {number}: {what}:\n    {line}"));
        let row = match parse_row(columns) {
            Ok(row) => row,
            Err(bad) => return fail(bad.to_string()),
        };
        if let Some(problem) = row_problem(&row, columns) {
            return fail(problem);
        }
        if let Some(first) = seen.insert(row.name, number) {
            return fail(format!("`{}` is already the name of line {first}", row.name));
        }
        let mut tokens = columns.split(' ').filter(|t| !t.is_empty());
        let mut out: Vec<&str> = tokens.by_ref().take(3).collect();
        let mut kebab = String::from("/api/v3/");
        push_kebab(row.name, &mut kebab);
        if out[2] == kebab {
            out[2] = "~";
        }
        out.extend(tokens);
        let written = out.join(" ");
        // What the module will parse: the same row.
        let again = parse_row(String::leak(written.clone())).map_err(|bad| format!("line {number}: {bad}"))?;
        let same = |a: &Endpoint, b: &Endpoint| {
            (a.name, a.method, a.query, a.path, a.idempotent, a.pageable, a.forward, a.fields.len())
                == (b.name, b.method, b.query, b.path, b.idempotent, b.pageable, b.forward, b.fields.len())
        };
        if !same(&row, &again) || written.split(' ').next() != Some(row.name) || flags(&written) != flags(columns) {
            return fail(format!("the wire line `{written}` does not read back as the line"));
        }
        wire.push_str(&written);
        wire.push('\n');
    }
    if seen.len() >= usize::from(u16::MAX) {
        return Err(format!("{} calls: the module numbers them with 16 bits", seen.len()));
    }
    Ok(wire)
}

/// What the grammar alone lets through but no row may be (host only: see [`wire_table`]).
#[cfg(not(target_arch = "wasm32"))]
fn row_problem(row: &Endpoint, columns: &str) -> Option<String> {
    let name = row.name;
    let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if !identifier {
        return Some(format!("the name `{name}` is not a JavaScript identifier"));
    }
    let flag_tokens: Vec<&str> = columns.split(' ').filter(|t| t.starts_with('+')).collect();
    if flag_tokens.len() > 1 {
        return Some(format!("more than one flags token ({})", flag_tokens.join(" ")));
    }
    if let Some(f) = flag_tokens.first().filter(|f| f.len() == 1 || !f[1..].chars().all(|c| c == 'u' || c == 'p')) {
        return Some(format!("flags `{f}` are not `+` and the letters u (not safe to repeat) and p (paged)"));
    }
    // The path as written (`~` is the wire table's shorthand, not the table's).
    let path = columns.split(' ').filter(|t| !t.is_empty()).nth(2).unwrap_or("");
    if !path.starts_with('/') {
        return Some(format!("the path `{path}` does not start with `/`"));
    }
    for placeholder in row.path.split('{').skip(1) {
        let field = placeholder.split('}').next().unwrap_or("");
        if !row.fields.iter().any(|f| f.name == field && f.in_path) {
            return Some(format!("the path has `{{{field}}}` but the call has no field `{field}`"));
        }
    }
    for (i, f) in row.fields.iter().enumerate() {
        if row.fields[..i].iter().any(|g| g.name == f.name) {
            return Some(format!("the field `{}` comes twice", f.name));
        }
        match f.ty {
            Ty::Int(min, max) if min > max => {
                return Some(format!("the field `{}` takes integers from {min} to {max}: none", f.name))
            }
            Ty::Enum(values) if values.iter().any(|v| v.is_empty()) => {
                return Some(format!("the field `{}` has an empty value among its values", f.name))
            }
            _ => {}
        }
    }
    None
}
