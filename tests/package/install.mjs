// Packs pkg/ with npm and installs the tarball into a scratch project under target/, as a user
// would get it. Returns the project's folder and the tarball's file list.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));

export function installPackage(name) {
  const scratch = `${root}target/${name}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(`${scratch}/app`, { recursive: true });
  const packed = execFileSync("npm", ["pack", "--json", "--pack-destination", scratch, `${root}pkg`], { encoding: "utf8" });
  const info = JSON.parse(packed)[0];
  writeFileSync(`${scratch}/app/package.json`, JSON.stringify({ name: "app", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--offline", `../${info.filename}`], { cwd: `${scratch}/app`, stdio: "pipe" });
  const app = `${scratch}/app`;
  return { scratch, app, files: info.files.map((f) => f.path).sort(), require: createRequire(`${app}/package.json`) };
}
