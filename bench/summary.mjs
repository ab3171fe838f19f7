// One markdown table of the benchmark's goals, a column per Node, from the files
// `bench/bench.mjs` writes (target/bench/node-<major>.json); `make bench` runs it after the three
// Node runs. Prints the table (for the README) and writes it to target/bench/summary.md.
//
//   node bench/summary.mjs [major ...]     default: 22 24 20
//
// Node 20 is past end of life: its column is a reference and does not count in the verdict, which
// is "met" when a goal is met on every supported Node that ran.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dir = `${root}target/bench/`;
const PAST_END_OF_LIFE = (major) => major <= 20;

const majors = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : [22, 24, 20];
const runs = [];
for (const major of majors) {
  const file = `${dir}node-${major}.json`;
  if (!existsSync(file)) {
    console.error(`summary: no ${file.slice(root.length)} (run ${major === 20 ? "node" : `node_modules/node${major}/bin/node`} bench/bench.mjs, or make bench)`);
    continue;
  }
  runs.push({ major, report: JSON.parse(readFileSync(file, "utf8")) });
}
if (!runs.length) {
  console.error("summary: nothing to summarise; run make bench");
  process.exit(1);
}
const old = runs.filter((r) => !r.report.goals);
if (old.length) {
  console.error(`summary: ${old.map((r) => `node-${r.major}.json`).join(", ")} predate the goals; run make bench again`);
  process.exit(1);
}

const head = runs.map(({ major, report }) => `Node ${report.node.slice(1)}${PAST_END_OF_LIFE(major) ? " (reference, past end of life)" : ""}`);
const ids = [...new Set(runs.flatMap((r) => r.report.goals.map((g) => g.id)))];
const lines = [`| goal | ${head.join(" | ")} | target | verdict (supported Nodes) |`, `|---|${runs.map(() => "---|").join("")}---|---|`];
for (const id of ids) {
  const goals = runs.map((r) => r.report.goals.find((g) => g.id === id));
  const any = goals.find(Boolean);
  const cells = goals.map((g) => (g ? `${g.display} — ${g.met ? "met" : "**missed**"} <br><sub>${g.detail}</sub>` : "—"));
  const supported = goals.filter((g, i) => g && !PAST_END_OF_LIFE(runs[i].major));
  const verdict = !supported.length ? "—" : supported.every((g) => g.met) ? "met" : "**missed**";
  lines.push(`| ${any.label} | ${cells.join(" | ")} | ${any.goal} | ${verdict} |`);
}

const notes = [];
const builds = new Set(runs.map((r) => r.report.build));
const when = runs.map((r) => `Node ${r.major}: ${r.report.date.slice(0, 16).replace("T", " ")} UTC, ${r.report.seconds.total} s, cores busy with other processes ${r.report.othersBusy.before} before and ${r.report.othersBusy.during} during the run`);
notes.push(
  `Build ${[...builds].join(", ")} (sha-256 of the .wasm); ${runs[0].report.cores} cores. Medians of ${runs[0].report.rounds} rounds × ${runs[0].report.calls} calls per client (throughput; the emulator is not a goal), ${runs[0].report.cpuRounds} rounds × ${runs[0].report.cpuCalls} calls (CPU), ${runs[0].report.coldRuns} fresh processes (cold start); within a round the clients alternate in slices, and each ratio to the limit is taken within a round; the range of the rounds under each figure.`,
  when.join("; ") + ".",
);
if (builds.size > 1) notes.push(`**Warning: the columns measured different builds (${[...builds].join(" ≠ ")}); pkg/ changed between runs.**`);
if (runs.some((r) => r.report.smoke)) notes.push("**Warning: smoke runs (a few hundred calls): the figures mean nothing.**");
const busy = runs.filter((r) => Math.max(r.report.othersBusy.before ?? 0, r.report.othersBusy.during ?? 0) > 0.3);
if (busy.length) notes.push(`**Warning: other processes kept part of the two cores busy during the Node ${busy.map((r) => r.major).join(", ")} run${busy.length > 1 ? "s" : ""}: those figures are noisier than the machine can give.**`);

const md = `${lines.join("\n")}\n\n${notes.join("\n\n")}\n`;
writeFileSync(`${dir}summary.md`, md);
console.log(`\n${md}\nwritten: target/bench/summary.md`);
