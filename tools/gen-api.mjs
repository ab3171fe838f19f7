// Reads the official Node client's published TypeScript (authing-node-sdk, installed as a dev
// dependency) and writes the facts about each call of its two classes: its name, HTTP method,
// path, parameter names, types, required flags, defaults and enums. Nothing else of it is copied.
// What the types do not say (which calls are not safe to repeat, which strings are ids and how
// long they may be) comes from the official documentation comments and from src/facts.txt
// (ManagementClient) and src/auth-facts.txt (AuthenticationClient), each fact there with its reason.
//
//   node tools/gen-api.mjs           rewrites src/api.txt, src/models.json, pkg/models.d.ts (the
//                                    ManagementClient's) and src/auth-api.txt, src/auth-models.json,
//                                    pkg/auth-models.d.ts, pkg/authentication.d.ts and the generated
//                                    block of pkg/authentication.js (the AuthenticationClient's)
//   node tools/gen-api.mjs --check   fails when the committed files differ
//   --facts <file>                   reads the facts from <file> instead of src/facts.txt
//   --auth-facts <file>              reads the facts from <file> instead of src/auth-facts.txt
//   --only management|authentication  writes (or checks) that class's files only
//   --auth-not-rows <file>           reads the list of methods that are not rows from <file>
//                                    instead of tools/auth-methods.mjs
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
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
// The AuthenticationClient's public methods that are not rows (tools/auth-methods.mjs).
const NOT_ROWS_FILE = path.resolve(root, argAfter("--auth-not-rows") ?? "tools/auth-methods.mjs");
const { NOT_ROWS } = await import(pathToFileURL(NOT_ROWS_FILE).href);
let FACTS;

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

/** Every `this.httpClient.request(…)` argument in a method body. */
function requestsIn(body) {
  const found = [];
  const visit = (n) => {
    if (ts.isCallExpression(n) && n.expression.getText() === "this.httpClient.request") found.push(n.arguments[0]);
    ts.forEachChild(n, visit);
  };
  visit(body);
  return found;
}

const bodyModelOf = (mem) => mem.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === "requestBody");
const isPublicMethod = (mem) => ts.isMethodDeclaration(mem) && mem.modifiers?.some((m) => m.kind === ts.SyntaxKind.PublicKeyword);

function genFail(message) {
  console.error(`tools/gen-api.mjs: ${message}`);
  process.exit(2);
}

/** The official class's declaration and its public methods. */
function officialClass(client) {
  const sf = parse(path.join(srcDir, client.file));
  const cls = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name.text === client.cls);
  return { cls, methods: cls.members.filter(isPublicMethod) };
}

// The official @summary of a method, as one line (AuthenticationClient's declarations quote it).
function summaryOf(mem) {
  const text = mem.getSourceFile().getFullText();
  const doc = (ts.getLeadingCommentRanges(text, mem.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join("\n");
  const m = /@summary\s+([^\n]*)/.exec(doc);
  return m ? m[1].trim() : undefined;
}

function calls(client) {
  const { methods } = officialClass(client);
  const out = [];
  const skipped = [];
  const publicNames = new Set(methods.map((m) => m.name.text));
  for (const name of Object.keys(client.notRows)) {
    if (!publicNames.has(name)) genFail(`${client.notRowsFile} lists ${name}, which is not a public method of the official ${client.cls}`);
  }
  for (const mem of methods) {
    const name = mem.name.text;
    if (client.notRows[name]) { skipped.push(name); continue; }
    let req;
    if (client.auth) {
      // A row is the official generator's pattern: one request, its url a literal.
      const reqs = requestsIn(mem.body);
      const urlOf = (r) => r.properties.find((p) => p.name?.text === "url")?.initializer;
      if (reqs.length !== 1 || typeof literalOf(urlOf(reqs[0])) !== "string") {
        genFail(`${name} is a public method of the official ${client.cls} that is neither a row (one this.httpClient.request with a literal url) nor listed in ${client.notRowsFile}`);
      }
      req = reqs[0];
    } else {
      req = findRequest(mem.body);
    }
    if (!req) throw new Error("no request in " + name);
    const props = Object.fromEntries(req.properties.map((p) => [p.name.text, p.initializer]));
    const method = literalOf(props.method);
    let url = literalOf(props.url);
    // The parameters the caller gives, by JavaScript name.
    const given = new Map();
    const positional = [];
    // Every argument of the official method, in order: "{}" an object destructured into
    // parameters, "requestBody" the request body, or a positional parameter's name.
    const args = [];
    let bodyModel = null;
    for (const p of mem.parameters) {
      if (ts.isObjectBindingPattern(p.name)) {
        args.push("{}");
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
        args.push("requestBody");
        bodyModel = p.type.typeName.text;
      } else {
        args.push(p.name.text);
        positional.push(p.name.text);
        given.set(p.name.text, { type: typeOf(p.type), required: !p.questionToken });
      }
    }
    if (client.auth && positional.length && args.includes("{}")) genFail(`${name}: positional parameters and a destructured object both`);
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
    // Path parameters: `{id}` in the official path is an argument of the call. (The official
    // AuthenticationClient sends the placeholder itself; one placeholder, `{credentialID}`, is
    // spelt otherwise than its argument `credentialId`: it is named after the argument here.)
    for (const m of url.matchAll(/\{(\w+)\}/g)) {
      let pname = m[1];
      if (client.auth && !given.has(pname)) {
        const alt = positional.filter((p) => p.toLowerCase() === pname.toLowerCase());
        if (alt.length !== 1) genFail(`${name}: the path placeholder ${m[0]} is no argument of the method`);
        url = url.replace(m[0], `{${alt[0]}}`);
        pname = alt[0];
      }
      if (!fields.some((f) => f.name === pname)) fields.push({ name: pname, ...given.get(pname), inPath: true });
    }
    const ret = mem.type?.typeArguments?.[0];
    const resp = ret && ts.isTypeReferenceNode(ret) ? ret.typeName.text : null;
    const row = { name, method, url, where, fields, resp, positional: positional.length ? positional : undefined, bodyModel };
    if (client.auth) Object.assign(row, { args, member: mem, positional: positional.length ? args : undefined });
    out.push(row);
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

let usedModels = new Set();
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

function line(c, client) {
  const mode = c.method + (c.where === "query" && c.method !== "GET" && c.method !== "DELETE" ? "?" : "");
  // A read (GET) is always safe to repeat; src/facts.txt lists the other calls that are not.
  const flags = (facts.unsafe.has(c.name) ? "u" : "") + (pageable(c) ? "p" : "");
  const parts = [c.name, mode, c.url];
  if (flags) parts.push("+" + flags);
  // (The Management API's rows name their area for the docs; the AuthenticationClient's have none.)
  const host = client.auth ? [c.resp || "-"] : [c.resp || "-", "@" + areaOf(c).replace(/ /g, "_")];
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

function modelsDts(api) {
  let out = `// Shapes of the requests and responses of the ${api} (authing-node-sdk ${SDK_VERSION}'s\n// models), generated by \`node tools/gen-api.mjs\`; do not edit.\n`;
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

// ---- the AuthenticationClient's declarations and signatures ---------------------------------
// A type node as TypeScript text for pkg/authentication.d.ts: official models as `Models.X`,
// object literals written out (the wrappers' and the destructured parameters' own types).
function tsRef(t) {
  switch (t.k) {
    case "string": case "number": case "boolean": return t.k;
    case "enum": return t.values.map((v) => JSON.stringify(v)).join(" | ");
    case "array": { const inner = tsRef(t.of); return /[ |]/.test(inner) ? `Array<${inner}>` : inner + "[]"; }
    case "model": useModel(t.name); return "Models." + t.name;
    case "any": return t.model ? "Record<string, unknown>" : "unknown";
    default: return "unknown";
  }
}
function tsOfNode(node, indent) {
  if (node && ts.isTypeLiteralNode(node)) return objectType(node.members, new Set(), indent);
  const t = typeOf(node);
  walkType(t);
  return tsRef(t);
}
/** `{ a: T; b?: U }` over lines, each member with its official documentation. */
function objectType(members, defaulted, indent) {
  const pad = " ".repeat(indent + 2);
  const lines = members.map((m) => {
    const doc = docOf(m).replace(/\*\//g, "*\\/");
    const key = /^[A-Za-z_$][\w$]*$/.test(m.name.text) ? m.name.text : JSON.stringify(m.name.text);
    const optional = m.questionToken || defaulted.has(m.name.text) ? "?" : "";
    return (doc ? `${pad}/** ${doc} */\n` : "") + `${pad}${key}${optional}: ${tsOfNode(m.type, indent + 2)};`;
  });
  return `{\n${lines.join("\n")}\n${" ".repeat(indent)}}`;
}
const pascal = (name) => name[0].toUpperCase() + name.slice(1);

/** The parameters of an official method as declarations, and the interfaces they need. */
function parametersOf(mem, interfaces) {
  const out = [];
  for (const p of mem.parameters) {
    if (ts.isObjectBindingPattern(p.name) || (p.name.text === "requestBody" && ts.isTypeLiteralNode(p.type))) {
      // An object of the method's own: an interface named after the method.
      const defaulted = new Set(ts.isObjectBindingPattern(p.name) ? p.name.elements.filter((e) => e.initializer).map((e) => e.name.text) : []);
      const name = pascal(mem.name.text) + "Params";
      const members = p.type.members;
      interfaces.push(`/** Parameters of \`${mem.name.text}\`. */\nexport interface ${name} ${objectType(members, defaulted, 0)}`);
      const allOptional = members.every((m) => m.questionToken || defaulted.has(m.name.text));
      // A destructured object the official method does not default: this package defaults it to {}.
      out.push(`${ts.isObjectBindingPattern(p.name) ? "params" : "requestBody"}${allOptional ? "?" : ""}: ${name}`);
    } else {
      out.push(`${p.name.text}${p.questionToken || p.initializer ? "?" : ""}: ${tsOfNode(p.type, 2)}`);
    }
  }
  return out;
}

function authDeclarations(list) {
  const { methods } = officialClass(AUTHENTICATION);
  const byName = new Map(list.map((c) => [c.name, c]));
  const interfaces = [];
  const members = [];
  for (const mem of methods) {
    const name = mem.name.text;
    const c = byName.get(name);
    const listed = NOT_ROWS[name];
    if (c) {
      const params = [...parametersOf(mem, interfaces), "options?: CallOptions"];
      const summary = summaryOf(mem);
      // (The official \`Promise<any>\` is \`unknown\` here: the package's declarations hold no any.)
      const resp = c.resp ? (useModel(c.resp), "Models." + c.resp) : "unknown";
      members.push(`  /** ${summary ? summary + " " : ""}\`${c.method} ${c.url}\` */\n  ${name}(${params.join(", ")}): Promise<${resp}>;`);
    } else if (listed.by === "wrapper") {
      const row = byName.get(listed.row);
      const params = [...parametersOf(mem, interfaces), "options?: CallOptions"];
      useModel(row.resp);
      members.push(`  /** The official wrapper of \`${row.name}\` (\`${row.method} ${row.url}\`). */\n  ${name}(${params.join(", ")}): Promise<Models.${row.resp}>;`);
    } else if (listed.dts) {
      members.push(listed.dts.replace(/^/gm, "  "));
    }
  }
  const text = (mod) => AUTH_DTS_HEAD.replaceAll("MOD", mod) +
    interfaces.join("\n") + "\n\n" +
    AUTH_DTS_CLASS_HEAD + members.join("\n") + "\n" + AUTH_DTS_TAIL;
  return { cjs: text("js"), esm: text("mjs") };
}

/** pkg/authentication.js with its generated block rewritten from the table's calls. */
function authJs(list) {
  const file = path.join(root, "pkg/authentication.js");
  const source = fs.readFileSync(file, "utf8");
  const begin = "// ---- generated by `node tools/gen-api.mjs` from src/auth-api.txt; do not edit ----\n";
  const end = "// ---- end of the generated block ----\n";
  const at = source.indexOf(begin);
  const to = source.indexOf(end);
  if (at < 0 || to < at) genFail("pkg/authentication.js has no generated block (its begin and end lines)");
  const entries = list.filter((c) => c.positional).map((c) => {
    const names = c.fields.map((f) => f.name);
    const args = c.positional.map((a) => (a === "requestBody" ? "..." : names.includes(a) ? a : null));
    return `  ${c.name}: ${JSON.stringify(args).replace(/,/g, ", ")},`;
  });
  const block =
    "// The calls whose official method takes its arguments one by one: each argument in order, by the\n" +
    "// field it is (\"...\": the request body, whose fields go as given; null: taken and not sent, as\n" +
    "// the official method does). Every other call takes one object (its parameters or its body).\n" +
    `const POSITIONAL = {\n${entries.join("\n")}\n};\n`;
  return source.slice(0, at + begin.length) + block + source.slice(to);
}

// The hand-written parts of pkg/authentication.d.ts: the options, the protocol types, the class's
// own members. ("MOD" is the extension of the management declarations the file imports from.)
const AUTH_DTS_HEAD = `// Generated by \`node tools/gen-api.mjs\` from authing-node-sdk ${SDK_VERSION}'s AuthenticationClient
// (src/AuthenticationClient.ts), the endpoint table src/auth-api.txt and tools/auth-methods.mjs;
// do not edit. The declarations of \`genauth-wasm/authentication\`.

import type * as Models from "./auth-models.js";
import type { AbortSignalLike, Brand, CallOptions, FetchInit, FetchResponse, GenAuthError, GenAuthErrorCode, Lang, RequestHookInfo, ResponseHookInfo } from "./index.MOD";
/** The request and response shapes of the AuthenticationClient's calls, by their official names. */
export type { Models };
export type { AbortSignalLike, Brand, CallOptions, FetchInit, FetchResponse, GenAuthError, GenAuthErrorCode, Lang, RequestHookInfo, ResponseHookInfo };

/** How the client authenticates itself at an endpoint. */
export type EndpointAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

/** The official \`AuthenticationClientInitOptions\`, and this package's options. */
export interface AuthenticationClientOptions {
  /** The application's id; sent in the \`x-authing-app-id\` header (\`x-genauth-app-id\` under the brand genauth). */
  appId: string;
  /**
   * The application's secret: kept in the module, sent only as the official client sends it (client
   * credentials of the token, revocation and introspection endpoints and of the sign-in wrappers).
   * Refused in a browser (code \`CONFIG\`): a page signs in with PKCE (\`"none"\`).
   */
  appSecret?: string;
  /** The application's domain, e.g. \`https://example.authing.cn\`; \`https://\` is added when no scheme is given. Plain \`http://\` only to loopback. */
  appHost: string;
  /** The user's access token, sent raw in \`authorization\` (see \`setAccessToken\`). */
  accessToken?: string;
  /** Where the authorization server sends the user back. */
  redirectUri?: string;
  /** Where the end-session endpoint sends the user back. */
  logoutRedirectUri?: string;
  /** Space-separated; must contain \`openid\`. Default \`"openid profile"\`. */
  scope?: string;
  /** The cookie of the Node redirect flow. Default \`"X-Authing-Node-OIDC-State"\`. */
  cookieKey?: string;
  /** Language of the server's messages; default \`"zh-CN"\` (the official client takes \`"zh-CN"\` and \`"en-US"\`). */
  lang?: Lang;
  /** Default \`"oidc"\`. */
  protocol?: "oauth" | "oidc" | "saml" | "cas";
  /** Default \`"client_secret_post"\`; \`"none"\` in a browser. */
  tokenEndPointAuthMethod?: EndpointAuthMethod;
  /** Default \`"client_secret_post"\`; \`"none"\` in a browser. */
  introspectionEndPointAuthMethod?: EndpointAuthMethod;
  /** Default \`"client_secret_post"\`; \`"none"\` in a browser. */
  revocationEndPointAuthMethod?: EndpointAuthMethod;
  /** Milliseconds one attempt may take before it fails with \`TIMEOUT\`; default 10000. */
  timeout?: number;
  /** The official client's option; only \`true\` (the default) can be honoured: see \`fetch\`. */
  rejectUnauthorized?: true;
  /** The official client's option for event subscription (\`sub\`), which this package does not have: accepted, unused. */
  socketUri?: string;
  /** The official client's option for event subscription reconnects: accepted, unused (retries of calls: \`maxRetries\`). */
  retryTimes?: number;
  /** Which name of the API to speak (the app-id header's prefix); by \`appHost\` by default. */
  brand?: Brand;
  /** A \`fetch\` to use instead of the global one. */
  fetch?: (input: string, init: FetchInit) => Promise<FetchResponse>;
  /** Milliseconds a call may take with all its attempts and waits; no limit by default. */
  deadline?: number;
  /** Retries of a call that failed in a way that is safe to retry, 0 to 10; default 2. */
  maxRetries?: number;
  /** Base of the exponential backoff in milliseconds (full jitter, at most 10 s); default 200. */
  retryDelay?: number;
  /** Reject with code \`API\` when an envelope's \`statusCode\` is not 200. Default false. */
  throwOnApiError?: boolean;
  /** Called before every attempt; credentials show as \`[redacted]\`. */
  onRequest?: (info: RequestHookInfo) => void;
  /** Called after every attempt, answered or not. */
  onResponse?: (info: ResponseHookInfo) => void;
  /** Allow plain \`http://\` to hosts other than loopback: credentials then cross the network in clear. */
  dangerouslyAllowInsecureHttp?: boolean;
  /** Refuse every field a call does not name (as ManagementClient's \`strict\`). */
  strict?: boolean;
}
/** What \`JSON.stringify(client)\` shows: never a credential. */
export interface AuthenticationClientSummary {
  appId: string;
  appHost: string;
  brand: Brand;
  redirectUri?: string;
  logoutRedirectUri?: string;
  scope: string;
  protocol: "oauth" | "oidc" | "saml" | "cas";
  cookieKey: string;
  tokenEndPointAuthMethod: EndpointAuthMethod;
  introspectionEndPointAuthMethod: EndpointAuthMethod;
  revocationEndPointAuthMethod: EndpointAuthMethod;
  /** Whether an app secret was given (never the secret). */
  hasSecret: boolean;
  lang: Lang;
  timeout: number;
}

/** The part of Node's \`ServerResponse\` the redirect flow uses. */
export interface ServerResponseLike {
  setHeader(name: string, value: string | string[]): unknown;
  writeHead(status: number, headers?: Record<string, string>): unknown;
  end(data?: string): unknown;
}
/** The part of Node's \`IncomingMessage\` the redirect flow uses. */
export interface IncomingMessageLike {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}
/** Where a page keeps the flow state across the redirect (\`sessionStorage\` by default). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}
/** Options of \`loginWithRedirect\` (the official ones). */
export interface LoginOptions {
  scope?: string;
  state?: string;
  nonce?: string;
  redirectUri?: string;
  forced?: boolean;
}
/** Parameters of the OIDC authorize URL (the official \`OidcParams\`). */
export interface OidcParams {
  redirectUri?: string;
  responseType?: "code" | "code id_token token" | "code id_token" | "code token" | "id_token token" | "id_token" | "none";
  responseMode?: "query" | "fragment" | "form_post";
  state?: string;
  nonce?: string;
  scope?: string;
  codeChallengeMethod?: "plain" | "S256";
  codeChallenge?: string;
  tenantId?: string;
  forced?: boolean;
}
/** Parameters of the OAuth 2.0 authorize URL (the official \`OauthParams\`). */
export interface OauthParams {
  redirectUri?: string;
  responseType?: "code" | "token";
  state?: string;
  scope?: string;
}
/** Parameters of the CAS login URL (the official \`CasParams\`). */
export interface CasParams {
  service?: string;
}
/** Parameters of the logout URL (the official \`LogoutParams\`). */
export interface LogoutParams {
  redirectUri?: string;
  idToken?: string;
  state?: string;
}
/** What \`buildAuthorizeUrl\` returns; \`codeVerifier\` when PKCE was used. */
export interface AuthUrlResult {
  url: string;
  state?: string;
  nonce?: string;
  codeVerifier?: string;
}
export interface OIDCTokenResponse {
  access_token: string;
  id_token: string;
  expires_in: number;
  refresh_token: string;
  token_type: string;
  scope?: string;
}
export interface UserInfo extends Record<string, unknown> {
  sub: string;
}
export interface IDToken extends Record<string, unknown> {
  sub: string;
  aud: string;
  exp: number;
  iat: number;
  iss: string;
  nonce?: string;
}
export interface AccessToken extends Record<string, unknown> {
  jti: string;
  sub: string;
  iat: number;
  exp: number;
  scope: string;
  iss: string;
  aud: string;
}
export interface IntrospectionResult extends Record<string, unknown> {
  active: boolean;
}
export interface JWKSObject {
  keys: Array<Record<string, unknown>>;
}
export type Cas20ValidationSuccessResult = {
  serviceResponse: { authenticationSuccess: { user: string; attributes: Record<string, unknown> } };
};
export type Cas20ValidationFailureResult = {
  authenticationFailure: { code: string; description: string };
};

`;
const AUTH_DTS_CLASS_HEAD = `/**
 * The official AuthenticationClient's methods: the calls of src/auth-api.txt (each returns the
 * server's envelope, as the official client does), the sign-in and sign-up wrappers and the protocol
 * flows. The client lives in the module: copies carry nothing, \`free()\` releases it.
 */
export declare class AuthenticationClient {
  /** Checks the options; throws a \`GenAuthError\` with code \`CONFIG\` naming the option at fault. */
  constructor(options: AuthenticationClientOptions);
`;
const AUTH_DTS_TAIL = `  /** The settings, without any credential: for logs and \`JSON.stringify\`. */
  toJSON(): AuthenticationClientSummary;
  /** Releases the client in the module now; later calls reject with code \`CONFIG\`. */
  free(): void;
}

/** True for the errors this package rejects with. */
export declare function isGenAuthError(value: unknown): value is GenAuthError;
`;

// ---- the two classes ----------------------------------------------------------------------
const MANAGEMENT = {
  cls: "ManagementClient",
  file: "ManagementClient.ts",
  notRows: OUT_OF_SCOPE,
  notRowsFile: "OUT_OF_SCOPE (tools/gen-api.mjs)",
  facts: path.resolve(root, argAfter("--facts") ?? "src/facts.txt"),
  auth: false,
};
const AUTHENTICATION = {
  cls: "AuthenticationClient",
  file: "AuthenticationClient.ts",
  notRows: NOT_ROWS,
  notRowsFile: path.relative(root, NOT_ROWS_FILE),
  facts: path.resolve(root, argAfter("--auth-facts") ?? "src/auth-facts.txt"),
  auth: true,
};

/** Reads one class's calls with its facts: the calls, the methods left out, the table's rows. */
function generate(client) {
  FACTS = client.facts;
  usedModels = new Set();
  const groups = readFacts(FACTS);
  const { calls: list, skipped } = calls(client);
  facts = applyFacts(groups, list);
  const rows = list.map((c) => line(c, client));
  return { list, skipped, rows };
}

const NOTATION = `#   name METHOD path [+flags] field... | response-type [<body-model] [field:TsType...] [(positional,args)]
#
# METHOD: GET and DELETE send fields in the query string, POST and PUT in a JSON body;
#   "POST?" sends them in the query string.  flags: u = not safe to repeat (FACTS says
#   why; a GET never is), p = paged (iterable).
#   A body call whose fields are neither renamed nor defaulted sends the caller's object as given
#   (the official method's requestBody): fields it does not name go too.
# field: name[>wireName][!]:type[=default]   ! = required
#   k id or code, as the official documentation or FACTS says (non-empty; <= 1024 chars, a safety bound)
#   k<n> id or code of at most n chars (a limit the API states, FACTS)
#   s string (<= 256 Ki chars, a safety bound; empty only if optional)  b boolean  n number  i<min>-<max> integer
#   l string[]  L user ids (1..1000)  (a,b,c) one of these  o object  O object[]  a array  j any JSON
#   name=@source: a constant naming this package.
`;

// `--only management` or `--only authentication`: that class's files only.
const ONLY = argAfter("--only");
if (ONLY !== undefined && ONLY !== "management" && ONLY !== "authentication") genFail("--only takes management or authentication");
const files = {};
if (ONLY !== "authentication") {
  const { list, skipped, rows } = generate(MANAGEMENT);
  const header = `# The endpoint table: one line per Management API call, the spec of this package.
# Generated by \`node tools/gen-api.mjs\` from authing-node-sdk ${SDK_VERSION}'s TypeScript; reviewed like code.
#
${NOTATION.replaceAll("FACTS", "src/facts.txt")}# Everything after "|" is for the TypeScript declarations only; the module is built without it.
`;
  files["src/api.txt"] = header + rows.join("\n") + "\n";
  files["src/models.json"] = JSON.stringify(modelsJson()) + "\n";
  files["pkg/models.d.ts"] = modelsDts("Management API");
  console.log(`ManagementClient: ${list.length} calls, ${usedModels.size} models; left out: ${skipped.join(", ")}`);
}
if (ONLY !== "management") {
  const { list, skipped, rows } = generate(AUTHENTICATION);
  const header = `# The AuthenticationClient's endpoint table: one line per call of the official AuthenticationClient
# that is a plain request (every \`/api/v3/\` call, and the few the official class makes elsewhere in
# the same way), the spec of this package's AuthenticationClient.
# Generated by \`node tools/gen-api.mjs\` from authing-node-sdk ${SDK_VERSION}'s TypeScript
# (src/AuthenticationClient.ts); reviewed like code. Its other public methods (the protocol flows,
# the sign-in and sign-up wrappers, sub) are listed in tools/auth-methods.mjs with what covers each.
#
${NOTATION.replaceAll("FACTS", "src/auth-facts.txt")}# (positional,args): the official method's arguments when it takes more than one object, in order;
#   "requestBody" is the body, any other name a parameter (a field of the row, or taken and not
#   sent when the row has no such field, as the official method does).
# A path placeholder is named after its argument (the official path writes one, {credentialID}, otherwise;
#   the official client sends its placeholders as they are written: see tests/official/auth-identity.test.mjs).
# Everything after "|" is for the TypeScript declarations only; the module is built without it.
`;
  files["src/auth-api.txt"] = header + rows.join("\n") + "\n";
  const dts = authDeclarations(list);
  files["pkg/authentication.d.ts"] = dts.cjs;
  files["pkg/authentication.d.mts"] = dts.esm;
  files["pkg/authentication.js"] = authJs(list);
  files["src/auth-models.json"] = JSON.stringify(modelsJson()) + "\n";
  files["pkg/auth-models.d.ts"] = modelsDts("AuthenticationClient's calls");
  console.log(`AuthenticationClient: ${list.length} calls, ${usedModels.size} models; not rows: ${skipped.length} (tools/auth-methods.mjs)`);
}

if (process.argv.includes("--check")) {
  let bad = 0;
  for (const [f, text] of Object.entries(files)) {
    const have = fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f), "utf8") : "";
    if (have !== text) { console.error(`${f} differs from what tools/gen-api.mjs writes`); bad++; }
  }
  process.exit(bad ? 1 : 0);
}
for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(root, f), text);
