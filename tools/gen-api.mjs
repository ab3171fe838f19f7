// Reads the official Node client's published TypeScript (authing-node-sdk, installed as a dev
// dependency) and writes the facts about each Management API call: its name, HTTP method, path,
// parameter names, types, required flags, defaults and enums. Nothing else of it is copied.
// What the types do not say (which calls are not safe to repeat, which strings are ids and how
// long they may be) comes from the official documentation comments and from src/facts.txt, each
// fact there with its reason.
//
//   node tools/gen-api.mjs           rewrites src/api.txt, src/models.json, pkg/models.d.ts
//   node tools/gen-api.mjs --check   fails when the committed files differ
//   --facts <file>                   reads the facts from <file> instead of src/facts.txt
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const sdk = path.join(root, "node_modules/authing-node-sdk");
const SDK_VERSION = JSON.parse(fs.readFileSync(path.join(sdk, "package.json"), "utf8")).version;
const srcDir = path.join(sdk, "src");

// Methods of the official client that are not calls of the table, and why (the README lists them).
export const OUT_OF_SCOPE = {
  makeRequest: "takes a raw axios request; `client.call(name, params)` is this package's generic call",
  upload: "uploads a file of invitees as multipart form data, which the official method never sends (it posts only `?private=`); a call that cannot carry the file is left out",
  sub: "subscribes to events over a WebSocket, not an HTTP call",
};

const argAfter = (flag) => {
  const i = process.argv.indexOf(flag);
  return i < 0 ? undefined : process.argv[i + 1];
};
const FACTS = path.resolve(root, argAfter("--facts") ?? "src/facts.txt");

// The areas of the Management API, as the README groups the calls: the first rule that matches a
// call's name or path names its area.
export const AREAS = [
  ["Tenants", /Tenant|tenant/],
  ["Organizations", /Organization|Department|department|^postList$|Post$|Posts$|PostBatch|-post/],
  ["Access control", /Dnef|ActionAllowed|Resource|Namespace|Authoriz|Permission|DataPolic|Policy|Subject|Auth$|AuthEnabled|Auths$/],
  ["Roles", /Role/],
  ["Groups", /Group/],
  ["External identity sources", /Wechat|weixin|BindPwd|ExtIdp|Adapter|Ldap|SocialConnection|EnterpriseConnection|Identit/],
  ["Custom fields and data", /CustomField|CustomData|BaseField|metadata|Model|Row|Field|Operate|Relation|Import|Export/],
  ["Applications", /Application|App|Client|Sso|Agreement|Branding|LoginPage/],
  ["Security", /AccessKey|Session|Otp|Mutual|RuleSettings|ValidScope|Domain|Security|Mfa|MFA|RiskList|IpList|UserList|ById$|Device|Whitelist|WhiteList|Password|Approval|approval|ip-list|device|Risk/],
  ["Messaging", /Email|Sms|Message|Template|Invit|invitation/],
  ["Pipelines and webhooks", /Pipeline|Webhook/],
  ["Sync", /Sync/],
  ["Audit and logs", /Log|Audit|Event|^pub$|capture/],
  ["Billing", /Cost|Usage|Package|RightItem|RightsItem|Order/],
  ["Users", /User|user|Account/],
  ["Other", /./],
];
const areaOf = (c) => AREAS.find(([, re]) => re.test(c.name) || re.test(c.url))[0];

// Whether a member's documentation says "at most 50" (the official docs state the page-size cap
// this way; a `limit` without it has no stated cap).
function saysMax50(member) {
  return /最大不能超过\s*50/.test(docOf(member));
}

// The documentation comment of a member (a model's field, or a parameter of a call), as one line.
function docOf(member) {
  const text = member.getSourceFile().getFullText();
  return (ts.getLeadingCommentRanges(text, member.pos) ?? [])
    .map((r) => text.slice(r.pos, r.end).replace(/^\/\*+|\*+\/$/g, "").replace(/\n\s*\*/g, "\n"))
    .join(" ").replace(/\s+/g, " ").trim();
}

const parse = (file) => ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);

// ---- models -------------------------------------------------------------------------------
const modelCache = new Map();
function model(name) {
  if (modelCache.has(name)) return modelCache.get(name);
  const file = path.join(srcDir, "models", name + ".ts");
  if (!fs.existsSync(file)) throw new Error("no model " + name);
  const sf = parse(file);
  const m = { name, fields: [], enums: {}, alias: null };
  modelCache.set(name, m);
  for (const st of sf.statements) {
    if (ts.isTypeAliasDeclaration(st) && st.name.text === name) {
      if (ts.isTypeLiteralNode(st.type)) {
        for (const mem of st.type.members) {
          m.fields.push({ name: mem.name.text, optional: !!mem.questionToken, type: mem.type, max50: saysMax50(mem), doc: docOf(mem) });
        }
      } else {
        m.alias = st.type;
      }
    } else if (ts.isModuleDeclaration(st)) {
      for (const e of st.body.statements) {
        if (ts.isEnumDeclaration(e)) {
          m.enums[e.name.text] = e.members.map((x) => (x.initializer ? literalOf(x.initializer) : x.name.text));
        }
      }
    }
  }
  return m;
}

// A type node as data: {k: "string"|"number"|"boolean"|"any"|"enum"|"array"|"model"|"object", ...}
function typeOf(node, owner) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return { k: "string" };
    case ts.SyntaxKind.NumberKeyword: return { k: "number" };
    case ts.SyntaxKind.BooleanKeyword: return { k: "boolean" };
    case ts.SyntaxKind.AnyKeyword: case ts.SyntaxKind.UnknownKeyword: case ts.SyntaxKind.ObjectKeyword: return { k: "any" };
  }
  if (ts.isParenthesizedTypeNode(node)) return typeOf(node.type, owner);
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return { k: "enum", values: [node.literal.text] };
    if (node.literal.kind === ts.SyntaxKind.TrueKeyword || node.literal.kind === ts.SyntaxKind.FalseKeyword) return { k: "boolean" };
    if (ts.isNumericLiteral(node.literal)) return { k: "number" };
  }
  if (ts.isUnionTypeNode(node)) {
    const parts = node.types.map((t) => typeOf(t, owner)).filter((t) => t.k !== "null");
    if (parts.every((p) => p.k === "enum")) return { k: "enum", values: [...new Set(parts.flatMap((p) => p.values))] };
    if (parts.length === 1) return parts[0];
    if (parts.every((p) => p.k === "number")) return { k: "number" };
    return { k: "any" };
  }
  if (node.kind === ts.SyntaxKind.NullKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword)) return { k: "null" };
  if (ts.isArrayTypeNode(node)) return { k: "array", of: typeOf(node.elementType, owner) };
  if (ts.isTypeLiteralNode(node)) return { k: "any" };
  if (ts.isTypeReferenceNode(node)) {
    const n = node.typeName;
    if (ts.isQualifiedName(n)) {
      const m = model(n.left.text);
      const values = m.enums[n.right.text];
      if (!values) throw new Error("no enum " + n.getText());
      return { k: "enum", values };
    }
    const id = n.text;
    if (id === "Array") return { k: "array", of: typeOf(node.typeArguments[0], owner) };
    if (id === "Record" || id === "Object" || id === "Date") return { k: "any" };
    const m = model(id);
    if (m.alias) return typeOf(m.alias, id);
    if (m.fields.length === 0) return { k: "any", model: id };
    return { k: "model", name: id };
  }
  throw new Error("type not handled: " + node.getText());
}

// ---- calls --------------------------------------------------------------------------------
function literalOf(expr) {
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return expr.text;
  if (expr.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (expr.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isNumericLiteral(expr)) return Number(expr.text);
  if (ts.isPrefixUnaryExpression(expr) && ts.isNumericLiteral(expr.operand)) return -Number(expr.operand.text);
  return undefined;
}

function findRequest(body) {
  let found;
  const visit = (n) => {
    if (ts.isCallExpression(n) && n.expression.getText() === "this.httpClient.request") found = n.arguments[0];
    else ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

const bodyModelOf = (mem) => mem.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === "requestBody");

function calls() {
  const sf = parse(path.join(srcDir, "ManagementClient.ts"));
  const cls = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name.text === "ManagementClient");
  const out = [];
  const skipped = [];
  for (const mem of cls.members) {
    if (!ts.isMethodDeclaration(mem) || !mem.modifiers?.some((m) => m.kind === ts.SyntaxKind.PublicKeyword)) continue;
    const name = mem.name.text;
    if (OUT_OF_SCOPE[name]) { skipped.push(name); continue; }
    const req = findRequest(mem.body);
    if (!req) throw new Error("no request in " + name);
    const props = Object.fromEntries(req.properties.map((p) => [p.name.text, p.initializer]));
    const method = literalOf(props.method);
    const url = literalOf(props.url);
    // The parameters the caller gives, by JavaScript name.
    const given = new Map();
    const positional = [];
    let bodyModel = null;
    for (const p of mem.parameters) {
      if (ts.isObjectBindingPattern(p.name)) {
        const members = new Map(p.type.members.map((m) => [m.name.text, m]));
        for (const el of p.name.elements) {
          const js = el.name.text;
          const decl = members.get(js);
          given.set(js, {
            type: typeOf(decl.type),
            max50: saysMax50(decl),
            doc: docOf(decl),
            required: !decl.questionToken && el.initializer === undefined,
            def: el.initializer ? literalOf(el.initializer) : undefined,
          });
        }
      } else if (p.name.text === "requestBody") {
        bodyModel = p.type.typeName.text;
      } else {
        positional.push(p.name.text);
        given.set(p.name.text, { type: typeOf(p.type), required: !p.questionToken });
      }
    }
    const fields = [];
    // A call that sends no fields at all sends no body either (as the official client does).
    let where = method === "GET" || (!props.params && !props.data && !bodyModelOf(mem)) ? "query" : "body";
    if (bodyModel) {
      const m = model(bodyModel);
      // (src/facts.txt may make a field the model requires optional: `optional:`.)
      for (const f of m.fields) fields.push({ name: f.name, type: typeOf(f.type, bodyModel), required: !f.optional, max50: f.max50, doc: f.doc });
      where = "body";
    } else if (props.params || props.data) {
      const obj = props.params || props.data;
      where = props.params ? "query" : "body";
      if (props.params && props.data) throw new Error("both params and data in " + name);
      for (const p of obj.properties) {
        const wire = p.name.text;
        const init = ts.isShorthandPropertyAssignment(p) ? p.name : p.initializer;
        if (ts.isIdentifier(init) && given.has(init.text)) {
          const g = given.get(init.text);
          fields.push({ name: init.text, wire: wire !== init.text ? wire : undefined, ...g });
        } else {
          // A value the official client fills in itself (pub's `source`).
          fields.push({ name: wire, constant: true, type: { k: "string" }, required: false });
        }
      }
    }
    // Path parameters: `{id}` in the official path is an argument of the call.
    for (const m of url.matchAll(/\{(\w+)\}/g)) {
      if (!fields.some((f) => f.name === m[1])) fields.push({ name: m[1], ...given.get(m[1]), inPath: true });
    }
    const ret = mem.type?.typeArguments?.[0];
    const resp = ret ? ret.typeName.text : null;
    out.push({ name, method, url, where, fields, resp, positional: positional.length ? positional : undefined, bodyModel });
  }
  return { calls: out, skipped };
}

// ---- the facts ----------------------------------------------------------------------------
// src/facts.txt (its header describes the format): groups `unsafe:`, `safe:`, `id:`, `text:` and
// `max <n>:`, each with its reason, and the calls or fields under it. Anything wrong in it (a
// name the official client does not have, a name twice, a call left out of the retry review, a
// limit on a field that is not an id) stops the generator, so the file cannot drift from the API.
function factsFail(message) {
  console.error(`${path.relative(root, FACTS)}: ${message}`);
  process.exit(2);
}

function readFacts(file) {
  if (!fs.existsSync(file)) factsFail("not found");
  const groups = [];
  let group = null;
  fs.readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trimEnd();
    if (!line.trim()) return;
    if (/^\s/.test(line)) {
      if (!group) factsFail(`line ${i + 1}: names before any group`);
      for (const name of line.trim().split(/\s+/)) group.members.push({ name, line: i + 1 });
      return;
    }
    const m = line.match(/^(unsafe|safe|id|text|optional|max (\d+)):(.*)$/);
    if (!m) factsFail(`line ${i + 1}: not a group (unsafe:, safe:, id:, text:, optional: or max <n>:): ${line}`);
    const reason = m[3].trim();
    if (!reason) factsFail(`line ${i + 1}: a group without its reason`);
    const max = m[2] === undefined ? undefined : Number(m[2]);
    // src/table.rs holds every id to 1024 characters (MAX_ID, a safety bound); a limit is shorter.
    if (max !== undefined && !(max >= 1 && max <= 1024)) factsFail(`line ${i + 1}: a limit of ${m[2]} characters (1 to 1024)`);
    group = { kind: m[2] === undefined ? m[1] : "max", max, reason, line: i + 1, members: [] };
    groups.push(group);
  });
  for (const g of groups) if (!g.members.length) factsFail(`line ${g.line}: the group names nothing`);
  return groups;
}

// Whether the official documentation of a field calls it an id or a code: its first clause (up to
// the first comma, full stop or colon, after a leading 必传/非必传/可选) holds ID, id, …Id, code,
// Code, 唯一标志/唯一标识, 标志符/标识符, 识别码 or 编号.
const ID_DOC = /\bI[Dd]\b|\bid\b|[a-z]Id\b|[Cc]ode\b|唯一标[志识]|标[志识]符|识别码|编号/;
const docSaysId = (doc) => ID_DOC.test((doc ?? "").replace(/^(必传|非必传|可选)[，,]\s*/, "").split(/[，,。；;：:]/)[0]);

// Applies the facts to the calls: which calls are unsafe, and for each string field whether it is
// an id and its longest length. Returns { unsafe: Set, kindOf(call, field) -> "k" | "k<n>" | "s" }.
function applyFacts(groups, list) {
  const byName = new Map(list.map((c) => [c.name, c]));
  const where = (m) => `line ${m.line}: `;
  // Retry safety: every call but a GET is in exactly one group.
  const unsafe = new Set();
  const reviewed = new Map();
  for (const g of groups.filter((g) => g.kind === "unsafe" || g.kind === "safe")) {
    for (const m of g.members) {
      const c = byName.get(m.name);
      if (!c) factsFail(`${where(m)}no call named ${m.name}`);
      if (c.method === "GET") factsFail(`${where(m)}${m.name} is a GET, a read: always safe to repeat, not listed`);
      if (reviewed.has(m.name)) factsFail(`${where(m)}${m.name} is already listed (line ${reviewed.get(m.name)})`);
      reviewed.set(m.name, m.line);
      if (g.kind === "unsafe") unsafe.add(m.name);
    }
  }
  const missing = list.filter((c) => c.method !== "GET" && !reviewed.has(c.name)).map((c) => c.name);
  if (missing.length) factsFail(`calls not reviewed for retry safety (list each under unsafe: or safe:): ${missing.join(" ")}`);

  // Text kinds and limits: `call.field` wins over `field`.
  const strings = (c) => c.fields.filter((f) => !f.constant && f.type.k === "string");
  const kinds = new Map(); // "call.field" or "field" -> {kind, line}
  const maxes = new Map();
  for (const g of groups.filter((g) => g.kind === "id" || g.kind === "text" || g.kind === "max")) {
    for (const m of g.members) {
      const [call, field] = m.name.includes(".") ? m.name.split(".") : [null, m.name];
      if (call !== null) {
        const c = byName.get(call);
        if (!c) factsFail(`${where(m)}no call named ${call}`);
        if (!strings(c).some((f) => f.name === field)) factsFail(`${where(m)}${call} has no string field ${field}`);
      } else if (!list.some((c) => strings(c).some((f) => f.name === field))) {
        factsFail(`${where(m)}no call has a string field ${field}`);
      }
      const table = g.kind === "max" ? maxes : kinds;
      if (table.has(m.name)) factsFail(`${where(m)}${m.name} is already listed (line ${table.get(m.name).line})`);
      table.set(m.name, { kind: g.kind, max: g.max, line: m.line });
    }
  }
  const isId = (c, f) => {
    const fact = kinds.get(`${c.name}.${f.name}`) ?? kinds.get(f.name);
    return fact ? fact.kind === "id" : docSaysId(f.doc);
  };
  for (const [name, fact] of maxes) {
    const targets = name.includes(".")
      ? [[byName.get(name.split(".")[0]), name.split(".")[1]]]
      : list.map((c) => [c, name]).filter(([c]) => strings(c).some((f) => f.name === name));
    for (const [c, field] of targets) {
      if (!isId(c, strings(c).find((f) => f.name === field))) factsFail(`line ${fact.line}: ${c.name}.${field} has a limit but is not an id (list it under id: first)`);
    }
  }
  // Fields the official model requires that the API does not: optional (`call.field`, or `field`
  // in every call that requires it).
  for (const g of groups.filter((g) => g.kind === "optional")) {
    for (const m of g.members) {
      const [call, field] = m.name.includes(".") ? m.name.split(".") : [null, m.name];
      const targets = (call === null ? list : [byName.get(call)]).filter(Boolean).flatMap((c) => c.fields.filter((f) => f.name === field && f.required));
      if (!targets.length) factsFail(`${where(m)}no call requires a field ${m.name}: nothing to make optional`);
      for (const f of targets) f.required = false;
    }
  }
  const kindOf = (c, f) => {
    if (!isId(c, f)) return "s";
    const max = maxes.get(`${c.name}.${f.name}`) ?? maxes.get(f.name);
    return max ? "k" + max.max : "k";
  };
  return { unsafe, kindOf };
}

// ---- the table ----------------------------------------------------------------------------
let facts;
function fieldCode(f, c) {
  const t = f.type;
  switch (t.k) {
    case "string": return facts.kindOf(c, f);
    case "number":
      if (f.name === "page") return "i1-1000000000";
      if (f.name === "limit") return f.max50 ? "i1-50" : "i1-1000000000";
      return "n";
    case "boolean": return "b";
    // An enum of strings; one that mixes in numbers is any JSON here (its type says the rest).
    case "enum": return t.values.every((v) => typeof v === "string") ? "(" + t.values.join(",") + ")" : "j";
    case "array":
      if (t.of.k === "string") return f.name === "userIds" ? "L" : "l";
      if (t.of.k === "model" || (t.of.k === "any" && t.of.model)) return "O";
      return "a";
    case "model": return "o";
    default: return "j";
  }
}

function tsText(t) {
  switch (t.k) {
    case "string": case "number": case "boolean": return t.k;
    case "enum": return t.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": { const inner = tsText(t.of); return /[ |]/.test(inner) ? `Array<${inner}>` : inner + "[]"; }
    case "model": return t.name;
    // The official models with no fields say no more than "an object".
    case "any": return t.model ? "Record<string, unknown>" : "unknown";
    default: return "unknown";
  }
}

const usedModels = new Set();
function useModel(name) {
  if (usedModels.has(name)) return;
  usedModels.add(name);
  const m = model(name);
  for (const f of m.fields) walkType(typeOf(f.type, name));
}
function walkType(t) {
  if (t.k === "model") useModel(t.name);
  else if (t.k === "array") walkType(t.of);
}

function pageable(c) {
  // `page` and `limit` must be numbers: the iterator counts pages (a few calls take them as strings).
  const isNumber = (name) => c.fields.some((f) => f.name === name && f.type.k === "number");
  if (!c.resp || !isNumber("page") || !isNumber("limit")) return false;
  const data = model(c.resp).fields.find((f) => f.name === "data");
  if (!data) return false;
  const t = typeOf(data.type, c.resp);
  if (t.k !== "model") return false;
  const names = model(t.name).fields.map((f) => f.name);
  return names.includes("list") && names.includes("totalCount");
}

function line(c) {
  const mode = c.method + (c.where === "query" && c.method !== "GET" && c.method !== "DELETE" ? "?" : "");
  // A read (GET) is always safe to repeat; src/facts.txt lists the other calls that are not.
  const flags = (facts.unsafe.has(c.name) ? "u" : "") + (pageable(c) ? "p" : "");
  const parts = [c.name, mode, c.url];
  if (flags) parts.push("+" + flags);
  const host = [c.resp || "-", "@" + areaOf(c).replace(/ /g, "_")];
  if (c.bodyModel) host.push("<" + c.bodyModel);
  for (const f of c.fields) {
    if (f.constant) { parts.push(`${f.name}=@source`); continue; }
    let tok = f.name + (f.wire ? ">" + f.wire : "") + (f.required ? "!" : "") + ":" + fieldCode(f, c);
    if (f.def !== undefined) tok += "=" + String(f.def);
    parts.push(tok);
    const code = fieldCode(f, c);
    if (code === "o" || code === "O" || code === "a" || code === "j") host.push(`${f.name}:${tsText(f.type).replace(/ /g, "")}`);
    walkType(f.type);
  }
  if (c.resp) useModel(c.resp);
  if (c.bodyModel) useModel(c.bodyModel);
  if (c.positional) host.push("(" + c.positional.join(",") + ")");
  return parts.join(" ") + " | " + host.join(" ");
}

function modelsJson() {
  const out = {};
  for (const name of [...usedModels].sort()) {
    const m = model(name);
    out[name] = m.fields.map((f) => [f.name, f.optional ? 0 : 1, typeOf(f.type, name)]).map(([n, r, t]) => [n, r, squash(t)]);
  }
  return out;
}
// Compact type data for the emulator: "string" | "number" | "boolean" | "any" | ["enum", ...] | ["array", t] | "#Model".
function squash(t) {
  switch (t.k) {
    case "enum": return ["enum", ...t.values];
    case "array": return ["array", squash(t.of)];
    case "model": return "#" + t.name;
    default: return t.k;
  }
}

function modelsDts() {
  let out = `// Shapes of the requests and responses of the Management API (authing-node-sdk ${SDK_VERSION}'s\n// models), generated by \`node tools/gen-api.mjs\`; do not edit.\n`;
  for (const name of [...usedModels].sort()) {
    const m = model(name);
    out += `\nexport type ${name} = {\n`;
    for (const f of m.fields) {
      const key = /^[A-Za-z_$][\w$]*$/.test(f.name) ? f.name : JSON.stringify(f.name);
      out += `  ${key}${f.optional ? "?" : ""}: ${tsText(typeOf(f.type, name))};\n`;
    }
    out += "};\n";
  }
  return out;
}

const factGroups = readFacts(FACTS);
const { calls: list, skipped } = calls();
facts = applyFacts(factGroups, list);
const header = `# The endpoint table: one line per Management API call, the spec of this package.
# Generated by \`node tools/gen-api.mjs\` from authing-node-sdk ${SDK_VERSION}'s TypeScript; reviewed like code.
#
#   name METHOD path [+flags] field... | response-type [<body-model] [field:TsType...] [(positional,args)]
#
# METHOD: GET and DELETE send fields in the query string, POST and PUT in a JSON body;
#   "POST?" sends them in the query string.  flags: u = not safe to repeat (src/facts.txt says
#   why; a GET never is), p = paged (iterable).
#   A body call whose fields are neither renamed nor defaulted sends the caller's object as given
#   (the official method's requestBody): fields it does not name go too.
# field: name[>wireName][!]:type[=default]   ! = required
#   k id or code, as the official documentation or src/facts.txt says (non-empty; <= 1024 chars, a safety bound)
#   k<n> id or code of at most n chars (a limit the API states, src/facts.txt)
#   s string (<= 256 Ki chars, a safety bound; empty only if optional)  b boolean  n number  i<min>-<max> integer
#   l string[]  L user ids (1..1000)  (a,b,c) one of these  o object  O object[]  a array  j any JSON
#   name=@source: a constant naming this package.
# Everything after "|" is for the TypeScript declarations only; the module is built without it.
`;
const table = header + list.map(line).join("\n") + "\n";
const files = {
  "src/api.txt": table,
  "src/models.json": JSON.stringify(modelsJson()) + "\n",
  "pkg/models.d.ts": modelsDts(),
};
if (process.argv.includes("--check")) {
  let bad = 0;
  for (const [f, text] of Object.entries(files)) {
    const have = fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), "utf8") : "";
    if (have !== text) { console.error(`${f} differs from what tools/gen-api.mjs writes`); bad++; }
  }
  process.exit(bad ? 1 : 0);
}
for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(root, f), text);
console.log(`${list.length} calls, ${usedModels.size} models; left out: ${skipped.join(", ")}`);
