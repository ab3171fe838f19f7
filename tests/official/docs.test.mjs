// The reference in docs/ is what tools/gen-docs.mjs writes from the declarations, it names every
// call and every model, and no link of the README or of docs/ is broken (no network: external
// links are only checked to be well-formed).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { slug, Slugger, headingText, anchors, links, checkLinks, checkMarkdown, formatProblems } from "./links.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (rel) => fs.readFileSync(path.join(root, rel), "utf8");
const parse = (rel) => ts.createSourceFile(rel, read(rel), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** The calls of `ManagementClient` in pkg/index.d.ts: its methods that `ParamsOf` names. */
function declaredCalls() {
  const sf = parse("pkg/index.d.ts");
  const paramsOf = sf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === "ParamsOf");
  const client = sf.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === "ManagementClient");
  assert.ok(paramsOf && client, "pkg/index.d.ts declares ParamsOf and ManagementClient");
  const names = new Set(paramsOf.members.map((m) => m.name.getText(sf)));
  const methods = client.members.filter((m) => ts.isMethodDeclaration(m) && names.has(m.name.getText(sf)));
  return methods.map((m) => {
    const doc = ts.getJSDocCommentsAndTags(m).filter(ts.isJSDoc).map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join(" ");
    return { name: m.name.getText(sf), route: /`((?:GET|POST|PUT|DELETE|PATCH) \S+)`/.exec(doc)?.[1] };
  });
}
/** The models of pkg/models.d.ts. */
function declaredModels() {
  const sf = parse("pkg/models.d.ts");
  return sf.statements.filter((s) => ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)).map((s) => s.name.text);
}
const headings = (md, level) => md.split("\n").filter((l) => l.startsWith(`${"#".repeat(level)} `)).map((l) => l.slice(level + 1).trim());

test("docs/reference.md and docs/models.md are what tools/gen-docs.mjs writes from the declarations", () => {
  try {
    execFileSync(process.execPath, ["tools/gen-docs.mjs", "--check"], { cwd: root, stdio: "pipe" });
  } catch (e) {
    assert.fail(`${String(e.stderr).trim() || e.message}\n(regenerate with \`node tools/gen-docs.mjs\`)`);
  }
});

test("docs/reference.md has a section for every call of ManagementClient, with its method and path", () => {
  const calls = declaredCalls();
  assert.equal(calls.length, 496);
  const md = read("docs/reference.md");
  const sections = new Set(headings(md, 3));
  const ids = anchors(md);
  for (const { name, route } of calls) {
    assert.ok(sections.has(name), `no section ### ${name}`);
    assert.ok(ids.has(name.toLowerCase()), `no anchor #${name.toLowerCase()}`);
    assert.ok(route, `the JSDoc of ${name} names no method and path`);
    const section = md.slice(md.indexOf(`\n### ${name}\n`) + 1).split("\n### ")[0];
    assert.ok(section.includes(`\`${route}\``), `the section of ${name} does not say ${route}`);
  }
  // The fixed sections are there too.
  for (const id of ["client-options", "call-options", "error-codes", "types"]) assert.ok(ids.has(id), `no #${id}`);
});

test("docs/models.md has a section for every model of pkg/models.d.ts, and nothing else", () => {
  const models = declaredModels();
  assert.ok(models.length > 0, "pkg/models.d.ts declares models");
  const md = read("docs/models.md");
  const sections = headings(md, 2).filter((h) => h !== "Index");
  assert.equal(sections.length, models.length);
  assert.deepEqual([...sections].sort(), [...models].sort());
  const ids = anchors(md);
  for (const m of models) assert.ok(ids.has(m.toLowerCase()), `no anchor #${m.toLowerCase()}`);
});

test("no broken link in README.md or docs/*.md", () => {
  const docs = fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);
  assert.ok(docs.includes("docs/reference.md") && docs.includes("docs/models.md"));
  const problems = checkLinks(["README.md", ...docs], { root });
  assert.deepEqual(problems, [], `broken links:\n${formatProblems(problems)}`);
  // The check is not vacuous: the reference links to its own sections and to the models.
  const refLinks = links(read("docs/reference.md")).map((l) => l.link);
  assert.ok(refLinks.some((l) => l.startsWith("#")) && refLinks.some((l) => l.startsWith("models.md#")));
});

test("slugs are GitHub's: lowercase, punctuation dropped but - and _, spaces to -, CJK kept, repeats numbered", () => {
  const cases = [
    ["Client options", "client-options"],
    ["`createDepartment`", "createdepartment"],
    ["The `iterate` helper: `client.iterate.listUsers()`", "the-iterate-helper-clientiteratelistusers"],
    ["Quick start: Node (a backend, with access keys)", "quick-start-node-a-backend-with-access-keys"],
    ["What's new? (v2.0)", "whats-new-v20"],
    ["C++ & Rust", "c--rust"],
    ["snake_case and kebab-case", "snake_case-and-kebab-case"],
    ["组织机构 管理", "组织机构-管理"],
    ["用户（Users）", "用户users"],
    ["Привет мир", "привет-мир"],
    ["😄 emoji", "-emoji"],
    ["**Bold** and _em_ <a id=\"x\"></a>", "bold-and-em"],
    ["[`Envelope`](#envelope) type", "envelope-type"],
  ];
  for (const [heading, want] of cases) assert.equal(slug(headingText(heading)), want, heading);
  const s = new Slugger();
  assert.deepEqual(["Usage", "Usage", "Usage", "usage-1", "Usage"].map((h) => s.slug(h)), ["usage", "usage-1", "usage-2", "usage-1-1", "usage-3"]);
  const ids = anchors("# Title\n\n## Usage\n\ntext\n\n## Usage\n\nSetext `heading`\n---\n\n```md\n# not a heading\n```\n\n<a id=\"here\"></a>\n<a name='there'></a>\n");
  assert.deepEqual([...ids].sort(), ["here", "setext-heading", "there", "title", "usage", "usage-1"]);
});

test("the link checker reports broken links and anchors, and only them", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "links-"));
  try {
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "sub", "b.md"), "# Other page\n\n## 组织 管理\n\n<a id=\"explicit\"></a>\n");
    fs.writeFileSync(path.join(dir, "code.rs"), "fn main() {}\n");
    const md = [
      "# Page", // 1
      "", // 2
      "[ok](#page) [ok](sub/b.md) [ok](sub/b.md#other-page) [ok](./sub/b.md#explicit) [ok](sub/b.md#%E7%BB%84%E7%BB%87-%E7%AE%A1%E7%90%86)", // 3
      "[ok](code.rs#L1) [ok](sub/) [ok](/sub/b.md) [ok](https://example.com/a?b=c#d) [ok](mailto:a@example.com) [ok](#top)", // 4
      "[bad](#nope) [bad](missing.md) [bad](sub/b.md#missing)", // 5
      "`[in code](nowhere.md)` and ![bad image](img/missing.png)", // 6
      "```", // 7
      "[in a fence](nowhere.md)", // 8
      "```", // 9
      "<!-- [in a comment](nowhere.md) -->", // 10
      "[bad](https://exa mple.com) [bad](http://) [bad](javascript:alert(1)) [bad](code.rs#main)", // 11
      "[ref]: sub/missing.md", // 12
      "", // 13
      "A paragraph with a `code", // 14
      "span [over](nowhere.md) lines` and a [link", // 15
      "over lines](#gone).", // 16
    ].join("\n");
    const file = path.join(dir, "a.md");
    fs.writeFileSync(file, md);
    const got = checkLinks(["a.md"], { root: dir }).map((p) => `${p.line} ${p.link}`);
    assert.deepEqual(got.sort(), [
      "11 code.rs#main",
      "11 http://",
      "11 https://exa mple.com",
      "11 javascript:alert(1)",
      "12 sub/missing.md",
      "15 #gone",
      "5 #nope",
      "5 missing.md",
      "5 sub/b.md#missing",
      "6 img/missing.png",
    ]);
    // The same, given the text directly.
    assert.deepEqual(checkMarkdown("[x](#y)\n", file, { root: dir }).map((p) => p.problem), ["no anchor #y in a.md"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
