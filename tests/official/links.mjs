// A link checker for the repository's markdown, without network: every relative link (`[x](path)`,
// `[x](path#anchor)`, `[x](#anchor)`, images, reference definitions, `<a href>`/`<img src>`)
// must name a file or directory that exists (relative to the markdown file; `/path` from the
// repository root), and every anchor must exist in its target: a heading's GitHub slug, or an
// explicit `<a id="...">` / `<a name="...">`. External links are not fetched, only checked to be
// well-formed (http, https, mailto). Links in code spans, fenced code and HTML comments are text.
//
//   import { checkLinks } from "./links.mjs";
//   checkLinks(["README.md", "docs/reference.md"], { root }) // -> [{ file, line, link, problem }]
import fs from "node:fs";
import path from "node:path";

/** GitHub's slug of a heading's text (github-slugger): lowercase; every character dropped but
 *  letters (of any script), marks, digits, connector punctuation such as `_`, `-` and the space;
 *  then each space a `-` (two spaces, two dashes). */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}\p{Alphabetic} -]/gu, "")
    .replace(/ /g, "-");
}

/** Slugs of the headings of one document, in order: a repeated slug gets `-1`, `-2`, ... as on GitHub. */
export class Slugger {
  #seen = new Map();
  slug(text) {
    const base = slug(text);
    let s = base;
    while (this.#seen.has(s)) {
      const n = this.#seen.get(base) + 1;
      this.#seen.set(base, n);
      s = `${base}-${n}`;
    }
    this.#seen.set(s, 0);
    return s;
  }
}

const CODE_SPAN = /(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

/** The text GitHub shows for a heading's markdown: code spans' content, links' and images' text,
 *  no HTML tags, no emphasis markers, escapes resolved. */
export function headingText(md) {
  // Code spans are kept aside (their text is literal), the rest read as inline markdown.
  const codes = [];
  const rest = md.replace(CODE_SPAN, (_, ticks, body) => {
    let code = body.replace(/\n/g, " ");
    if (code.startsWith(" ") && code.endsWith(" ") && code.trim()) code = code.slice(1, -1);
    codes.push(code);
    return `\uE000${codes.length - 1}\uE001`;
  });
  return inlineText(rest)
    .replace(/\uE000(\d+)\uE001/g, (_, i) => codes[Number(i)])
    .trim();
}
function inlineText(s) {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(?<![\w\\])([*_])(?=\S)([\s\S]*?\S)\1(?!\w)/g, "$2")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/**
 * The lines of a markdown text that are markdown: fenced code and HTML comments blanked (line
 * numbers kept), each line with its code spans blanked too (`code`: same length, no brackets).
 */
function scan(md) {
  const text = md.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, " "));
  const out = [];
  let fence = null;
  for (const [i, line] of text.split("\n").entries()) {
    const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && !f[2].trim()) fence = null;
      out.push({ n: i + 1, raw: "", code: "", fenced: true });
      continue;
    }
    if (f && !(f[1][0] === "`" && f[2].includes("`"))) {
      fence = f[1];
      out.push({ n: i + 1, raw: "", code: "", fenced: true });
      continue;
    }
    const code = line.replace(/\\[\\`[\]()]/g, "xx").replace(CODE_SPAN, (m) => "x".repeat(m.length));
    out.push({ n: i + 1, raw: line, code, fenced: false });
  }
  return out;
}

const EXPLICIT = /<a\s[^>]*?\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Every anchor a markdown text defines: its headings' slugs (in order, with GitHub's suffixes for
 *  repeats) and its explicit `<a id>`/`<a name>` anchors. */
export function anchors(md) {
  const slugger = new Slugger();
  const found = new Set();
  const lines = scan(md);
  for (const [i, l] of lines.entries()) {
    if (l.fenced) continue;
    for (const m of l.code.matchAll(EXPLICIT)) found.add(m[1] ?? m[2]);
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(l.raw);
    if (atx) {
      found.add(slugger.slug(headingText(atx[2] ?? "")));
      continue;
    }
    // A setext heading: the paragraph above a line of `=` or `-`.
    if (/^ {0,3}(=+|-+)[ \t]*$/.test(l.raw)) {
      let j = i;
      while (j > 0 && !lines[j - 1].fenced && isParagraphLine(lines[j - 1].raw)) j--;
      if (j < i) found.add(slugger.slug(headingText(lines.slice(j, i).map((x) => x.raw.trim()).join(" "))));
    }
  }
  return found;
}
function isParagraphLine(line) {
  return !!line.trim() && !/^ {0,3}(#|>|\||[-*+][ \t]|\d+[.)][ \t]|<|(=+|-+)[ \t]*$)/.test(line) && !/^ {4}/.test(line);
}

/** Every link of a markdown text: `{ line, link, text }`, the destination as written; what looks
 *  like a link but does not parse as one (a space in the destination) has `malformed: true`.
 *  A link's text may run over lines of its paragraph. */
export function links(md) {
  const out = [];
  const INLINE = /!?\[((?:[^[\]]|\[(?:[^[\]]|\[[^[\]]*\])*\])*)\]\(\s*(<[^>\n]*>|(?:[^\s()]|\((?:[^\s()])*\))*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  const lines = scan(md);
  for (let i = 0; i < lines.length; ) {
    if (lines[i].fenced || !lines[i].raw.trim()) {
      i++;
      continue;
    }
    // One block: consecutive lines that are neither blank nor fenced code.
    let j = i;
    while (j < lines.length && !lines[j].fenced && lines[j].raw.trim()) j++;
    const block = lines.slice(i, j);
    const first = block[0].n;
    i = j;
    const defs = new Set();
    for (const [k, l] of block.entries()) {
      const def = /^ {0,3}\[([^\]]+)\]:[ \t]*(<[^>]*>|\S+)/.exec(l.code);
      if (!def) continue;
      defs.add(k);
      const at = l.code.indexOf("]:") + 2;
      out.push({ line: l.n, link: /^[ \t]*(<[^>]*>|\S+)/.exec(l.raw.slice(at))[1].replace(/^<|>$/g, ""), text: def[1] });
    }
    const raw = block.map((l, k) => (defs.has(k) ? " ".repeat(l.raw.length) : l.raw)).join("\n");
    // Code spans (which may run over lines) and escapes blanked, newlines kept: `code` lines up with `raw`.
    const code = raw.replace(/\\[\\`[\]()]/g, "xx").replace(CODE_SPAN, (m) => m.replace(/[^\n]/g, "x"));
    const lineAt = (index) => first + (raw.slice(0, index).match(/\n/g)?.length ?? 0);
    const add = (index, link, text) => out.push({ line: lineAt(index), link: link.replace(/^<|>$/g, ""), text });
    const inline = (from, to) => {
      const part = " ".repeat(from) + code.slice(from, to);
      for (const m of part.matchAll(INLINE)) {
        const textStart = m.index + (m[0][0] === "!" ? 2 : 1);
        const destStart = textStart + m[1].length + 2;
        // The destination as written (code spans are blanked in `code`, never in a destination).
        const d = /^\s*(<[^>\n]*>|(?:[^\s()]|\((?:[^\s()])*\))*)/.exec(raw.slice(destStart))[1];
        add(m.index, d, raw.slice(textStart, textStart + m[1].length));
        // A link inside the text (an image in a link).
        inline(textStart, textStart + m[1].length);
      }
    };
    inline(0, code.length);
    // `[text](dest)` left over is no link for GitHub: it shows as text.
    const rest = code.replace(INLINE, (m) => m.replace(/[^\n]/g, " "));
    for (const m of rest.matchAll(/\[([^[\]\n]*)\]\(([^()\n]*)\)/g)) out.push({ line: lineAt(m.index), link: m[2], text: m[1], malformed: true });
    for (const m of code.matchAll(/<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) add(m.index, m[1] ?? m[2], "");
    for (const m of code.matchAll(/<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g)) add(m.index, m[1], "");
  }
  return out;
}

/** Why an external link is not a well-formed URL, or null. */
function externalProblem(link) {
  if (/\s/.test(link)) return "has whitespace";
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(link)?.[1]?.toLowerCase() ?? (link.startsWith("//") ? "https" : "");
  if (scheme === "mailto") return /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$/i.test(link) ? null : "is not a mail address";
  if (scheme !== "http" && scheme !== "https") return `has the scheme ${scheme}: only http, https and mailto`;
  let url;
  try {
    url = new URL(link.startsWith("//") ? `https:${link}` : link);
  } catch {
    return "is not a URL";
  }
  if (!/^\/\//.test(link.replace(/^[A-Za-z][A-Za-z0-9+.-]*:/, ""))) return "has no //host";
  const host = url.hostname;
  if (!(host === "localhost" || /^\[[0-9a-f:.]+\]$/i.test(host) || /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*$/i.test(host) || /^\d+\.\d+\.\d+\.\d+$/.test(host))) {
    return `has the host ${JSON.stringify(host)}`;
  }
  return null;
}

const isMarkdown = (file) => /\.(md|markdown)$/i.test(file);

/**
 * Checks the links of the markdown text `md` of the file `file` (for relative links).
 * `root`: what `/path` links start from. `anchorsOf(path)`: the anchors of another file (cached
 * by `checkLinks`). Returns the problems: `{ file, line, link, problem }`.
 */
export function checkMarkdown(md, file, { root = process.cwd(), anchorsOf = (p) => anchors(fs.readFileSync(p, "utf8")) } = {}) {
  const problems = [];
  const own = anchors(md);
  const report = (l, problem) => problems.push({ file, line: l.line, link: l.link, problem });
  for (const l of links(md)) {
    const link = l.link;
    if (l.malformed) {
      report(l, "not a link (a space in the destination?): GitHub shows it as text");
      continue;
    }
    if (!link) {
      report(l, "empty link");
      continue;
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(link) || link.startsWith("//")) {
      const why = externalProblem(link);
      if (why) report(l, `external link ${why}`);
      continue;
    }
    const hash = link.indexOf("#");
    const rawPath = (hash < 0 ? link : link.slice(0, hash)).replace(/\?.*$/, "");
    let target;
    let fragment;
    try {
      target = decodeURIComponent(rawPath);
      fragment = hash < 0 ? null : decodeURIComponent(link.slice(hash + 1));
    } catch {
      report(l, "bad percent-encoding");
      continue;
    }
    let resolved = file;
    let targetAnchors = own;
    if (target) {
      resolved = target.startsWith("/") ? path.join(root, target) : path.resolve(path.dirname(file), target);
      let stat;
      try {
        stat = fs.statSync(resolved);
      } catch {
        report(l, `no such file: ${path.relative(root, resolved) || resolved}`);
        continue;
      }
      if (fragment === null || fragment === "") continue;
      if (stat.isDirectory()) {
        report(l, "an anchor in a directory");
        continue;
      }
      if (!isMarkdown(resolved)) {
        if (!/^L\d+(C\d+)?(-L\d+(C\d+)?)?$/.test(fragment)) report(l, "an anchor in a file that is not markdown (only #L<line> is)");
        continue;
      }
      targetAnchors = anchorsOf(resolved);
    }
    if (fragment && fragment !== "top" && !targetAnchors.has(fragment)) {
      report(l, `no anchor #${fragment} in ${path.relative(root, resolved) || resolved}`);
    }
  }
  return problems;
}

/** Checks the links of markdown files (paths absolute or relative to `root`); returns the problems. */
export function checkLinks(files, { root = process.cwd() } = {}) {
  const cache = new Map();
  const anchorsOf = (p) => {
    if (!cache.has(p)) cache.set(p, anchors(fs.readFileSync(p, "utf8")));
    return cache.get(p);
  };
  const problems = [];
  for (const f of files) {
    const file = path.resolve(root, f);
    const md = fs.readFileSync(file, "utf8");
    cache.set(file, anchors(md));
    for (const p of checkMarkdown(md, file, { root, anchorsOf })) problems.push({ ...p, file: path.relative(root, file) });
  }
  return problems;
}

/** The problems, one line each, for an assertion message. */
export function formatProblems(problems) {
  return problems.map((p) => `${p.file}:${p.line}: ${p.link}: ${p.problem}`).join("\n");
}
