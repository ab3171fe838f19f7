#!/usr/bin/env bash
# The usual ways linked into genauth-wasm itself: its committed HEAD (git archive) built as
# `make pkg` builds the web .wasm, then again with the probe's serde-body, gloo-fetch and
# serde-options code added as extra exports. The .wasm growth is what that code costs on top
# of everything the package already holds (an upper bound for a replacement: the hand-written
# reader stays, since the validator and the options use it too).
#
#   ./package-delta.sh        (or ./run.sh package; needs the tools run.sh needs)
set -euo pipefail
cd "$(dirname "$0")"
PROBE=$PWD
mkdir -p results
if [ -z "${MAIN:-}" ]; then
  if grep -qs 'name = "genauth-wasm"' ../../Cargo.toml; then MAIN=$(cd ../.. && pwd); else echo "run from bench/alternatives/ of a genauth-wasm checkout, or set MAIN" >&2; exit 2; fi
fi
NODE=${NODE:-$MAIN/node_modules/node22/bin/node}
WASM_OPT=${WASM_OPT:-$MAIN/node_modules/.bin/wasm-opt}
NICE=${NICE:-nice -n 15}
WORK=${WORK:-../../target/alternatives-package}
export CARGO_TARGET_DIR=${PACKAGE_TARGET_DIR:-../../target/alternatives-package-target}

rm -rf "$WORK" && mkdir -p "$WORK"
# Only what is committed: a checkout others are editing is not read.
git -C "$MAIN" archive HEAD src build.rs Cargo.toml Cargo.lock tools | tar -x -C "$WORK"
REV=$(git -C "$MAIN" rev-parse --short HEAD)

# The probe's modules, their exports renamed so as not to meet the package's.
mkdir -p "$WORK/src/probe"
for f in common serde_body gloo_fetch serde_options; do
  sed -e 's/crate::common::/crate::probe::common::/' \
      -e 's/pub fn encode(/pub fn probe_encode(/; s/pub async fn post(/pub async fn probe_post(/; s/pub fn options(/pub fn probe_options(/' \
      "$PROBE/src/$f.rs" > "$WORK/src/probe/$f.rs"
done
cat > "$WORK/src/probe/mod.rs" <<'EOF'
#![allow(missing_docs, clippy::all)]
#[cfg(feature = "probe-gloo")]
mod common;
#[cfg(feature = "probe-gloo")]
mod gloo_fetch;
#[cfg(feature = "probe-serde-body")]
mod serde_body;
#[cfg(feature = "probe-serde-options")]
mod serde_options;
EOF
echo 'mod probe;' >> "$WORK/src/lib.rs"
cat >> "$WORK/Cargo.toml" <<'EOF'

[features]
probe-serde-body = ["dep:serde", "dep:serde_json", "dep:serde-wasm-bindgen"]
probe-gloo = ["dep:gloo-net", "dep:web-sys"]
probe-serde-options = ["dep:serde", "dep:serde-wasm-bindgen"]
EOF
# Optional dependencies go in [dependencies]: inserted after its first line.
python3 - "$WORK/Cargo.toml" <<'EOF'
import sys
p = sys.argv[1]
s = open(p).read()
extra = '''serde = { version = "1", features = ["derive"], optional = true }
serde_json = { version = "1", features = ["preserve_order"], optional = true }
serde-wasm-bindgen = { version = "=0.6.5", optional = true }
gloo-net = { version = "=0.7.0", default-features = false, features = ["http"], optional = true }
web-sys = { version = "=0.3.107", optional = true, features = ["Request", "RequestInit", "RequestRedirect", "Headers", "Response", "AbortSignal"] }
'''
s = s.replace("[dependencies]\n", "[dependencies]\n" + extra, 1)
open(p, "w").write(s)
EOF

build() { # name features
  local name=$1 features=$2
  echo "== package build $name (${features:-no extra})" >&2
  (cd "$WORK" && $NICE cargo build -q --release --target wasm32-unknown-unknown --lib ${features:+--features "$features"})
  rm -rf "$WORK/out/$name"
  $NICE wasm-bindgen --no-typescript --target web --out-dir "$WORK/out/$name" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/genauth_wasm.wasm"
  $NICE "$WASM_OPT" -Oz --converge --strip-debug --strip-producers --strip-target-features \
    "$WORK/out/$name/genauth_wasm_bg.wasm" -o "$WORK/out/$name/genauth_wasm_bg.wasm"
}
build package ""
build package+serde-body probe-serde-body
build package+gloo-fetch probe-gloo
build package+serde-options probe-serde-options
build package+all "probe-serde-body,probe-gloo,probe-serde-options"

"$NODE" -e '
const { readFileSync } = require("node:fs"), { gzipSync } = require("node:zlib");
const [work, rev] = process.argv.slice(1);
const names = ["package", "package+serde-body", "package+gloo-fetch", "package+serde-options", "package+all"];
const m = Object.fromEntries(names.map((n) => { const b = readFileSync(`${work}/out/${n}/genauth_wasm_bg.wasm`); return [n, { raw: b.length, gz: gzipSync(b, { level: 9 }).length }]; }));
console.log(`genauth-wasm ${rev} (web build, .wasm only; gzip = zlib level 9 as tests/size.mjs)\n`);
console.log("| build | .wasm B | .wasm gzip B | Δ gzip vs the package |");
console.log("|---|---|---|---|");
for (const n of names) console.log(`| ${n} | ${m[n].raw} | ${m[n].gz} | ${n === "package" ? "" : "+" + (m[n].gz - m.package.gz)} |`);
' "$WORK" "$REV" | tee results/package-delta.md
