// The endpoint table (src/api.txt) and the official models (src/models.json) read for tests and the
// emulator: the same file the module is built from, parsed independently of it.
import fs from "node:fs";

// In the npm package both files sit next to this one; in the repository they are src/'s.
const near = (name) => (fs.existsSync(new URL(name, import.meta.url)) ? new URL(name, import.meta.url) : new URL(`../src/${name}`, import.meta.url));
const text = fs.readFileSync(near("api.txt"), "utf8");
export const MODELS = JSON.parse(fs.readFileSync(near("models.json"), "utf8"));

function parseField(tok) {
  const eq = tok.indexOf("=");
  const head = eq < 0 ? tok : tok.slice(0, eq);
  const def = eq < 0 ? undefined : tok.slice(eq + 1);
  if (def === "@source") return { name: head, wire: head, code: "s", required: false, constant: true };
  const [names, code] = head.split(/:(.*)/s);
  const required = names.endsWith("!");
  const [name, wire = name] = names.replace(/!$/, "").split(">");
  const field = { name, wire, code, required };
  if (code.startsWith("(")) field.values = code.slice(1, -1).split(",");
  if (def !== undefined) field.default = code === "b" ? def === "true" : /^i|^n/.test(code) ? Number(def) : def;
  return field;
}

/** Every call: `{ name, method, query, path, unsafe, pageable, fields, resp, area, positional, ts }`. */
export const CALLS = parseTable(text);

/** The calls of a table in the notation of src/api.txt (src/auth-api.txt too). */
export function parseTable(text) {
  return text
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((line) => {
      const [wire, host = ""] = line.split(" | ");
      const [name, mode, path, ...rest] = wire.split(" ");
      const call = { name, method: mode.replace("?", ""), query: mode === "GET" || mode === "DELETE" || mode.endsWith("?"), path, unsafe: false, pageable: false, fields: [] };
      for (const tok of rest) {
        if (tok.startsWith("+")) (call.unsafe = tok.includes("u")), (call.pageable = tok.includes("p"));
        else call.fields.push(parseField(tok));
      }
      const h = host.split(" ").filter(Boolean);
      call.resp = h[0] === "-" ? null : h[0];
      call.ts = {};
      for (const t of h.slice(1)) {
        if (t.startsWith("@")) call.area = t.slice(1).replace(/_/g, " ");
        else if (t.startsWith("(")) call.positional = t.slice(1, -1).split(",");
        else if (t.startsWith("<")) call.bodyModel = t.slice(1);
        else call.ts[t.slice(0, t.indexOf(":"))] = t.slice(t.indexOf(":") + 1);
      }
      return call;
    });
}

/** A value of a model type, every field filled: what a documented response looks like. */
export function sample(type, depth = 0) {
  if (Array.isArray(type)) {
    if (type[0] === "enum") return type[1];
    return depth > 3 ? [] : [sample(type[1], depth + 1)];
  }
  if (type.startsWith("#")) {
    const fields = MODELS[type.slice(1)];
    if (!fields || depth > 4) return {};
    return Object.fromEntries(fields.map(([n, , t]) => [n, sample(t, depth + 1)]));
  }
  return { string: "sample", number: 1, boolean: true }[type] ?? {};
}

/** The `data` of a call's documented response. */
export function sampleData(call) {
  const fields = call.resp && MODELS[call.resp];
  const data = fields?.find(([n]) => n === "data");
  return data ? sample(data[2]) : undefined;
}

/**
 * A query string decoded as axios writes it: `k[]=v` gathered into arrays, `k[x]=v` into objects.
 * Never throws and never writes through a prototype: a key segment `__proto__`, `constructor` or
 * `prototype` drops the pair; a key given both as a value and as an array or object keeps the
 * last form given (the service reads one of them; which one is not known).
 */
export function decodeQuery(searchParams) {
  const out = {};
  for (const [k, v] of searchParams) {
    const m = /^([^[\]]+)((?:\[[^\]]*\])+)$/.exec(k);
    const keys = m ? [m[1], ...[...m[2].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1])] : [k];
    if (keys.some((x) => x === "__proto__" || x === "constructor" || x === "prototype")) continue;
    let node = out;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i];
      const wantArray = keys[i + 1] === "";
      if (wantArray) {
        if (!Array.isArray(node[key])) node[key] = [];
        node[key].push(v);
        node = null;
        break;
      }
      if (node[key] === null || typeof node[key] !== "object" || Array.isArray(node[key])) node[key] = {};
      node = node[key];
    }
    if (node) node[keys.at(-1)] = v;
  }
  return out;
}
