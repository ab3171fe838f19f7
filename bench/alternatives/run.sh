#!/usr/bin/env bash
# Builds every variant of the probe and measures it: size (size.mjs), byte-exactness
# (exact.mjs), hostile objects (hostile.mjs), the `fetch` option and Node (fetch.mjs), CPU per
# call (bench.mjs); results in results/*.md.
#
#   ./run.sh            everything (about 5 minutes on 2 shared cores once the crates are compiled)
#   ./run.sh build      builds only
#   ./run.sh measure    measures the builds in out/
#   ./run.sh package    the usual ways linked into genauth-wasm itself (package-delta.sh)
#
# Environment: MAIN (genauth-wasm checkout), NODE (Node 22 binary), WASM_OPT (binaryen's
# wasm-opt 132), CARGO_TARGET_DIR, NICE (prefix of the build commands, default "nice -n 15").
set -euo pipefail
cd "$(dirname "$0")"

# genauth-wasm's checkout: its node_modules give Node 22, wasm-opt, esbuild and undici. The
# repository holding this folder (as bench/alternatives/) when there is one.
if [ -z "${MAIN:-}" ]; then
  if grep -qs 'name = "genauth-wasm"' ../../Cargo.toml; then MAIN=$(cd ../.. && pwd); else echo "run from bench/alternatives/ of a genauth-wasm checkout, or set MAIN" >&2; exit 2; fi
fi
export MAIN
NODE=${NODE:-$MAIN/node_modules/node22/bin/node}
WASM_OPT=${WASM_OPT:-$MAIN/node_modules/.bin/wasm-opt}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-../../target/alternatives}
NICE=${NICE:-nice -n 15}

# name = cargo features
VARIANTS=(
  "base="
  "hand-body=hand-body"
  "hand-body-no-paths=hand-body,hand-no-paths"
  "serde-body=serde-body"
  "serde-body-ordered=serde-body-ordered"
  "hand-fetch=hand-fetch"
  "gloo-fetch=gloo-fetch"
  "gloo-fetch-defaults=gloo-fetch-defaults"
  "websys-fetch=websys-fetch"
  "hand-options=hand-options"
  "serde-options=serde-options"
  "hand-body+hand-options=hand-body,hand-options"
  "hand-body+serde-options=hand-body,serde-options"
  "hand-all=hand-body,hand-fetch,hand-options"
  "usual-all=serde-body-ordered,gloo-fetch,serde-options"
)

build() {
  command -v wasm-bindgen >/dev/null || { echo "wasm-bindgen-cli 0.2.130 is needed on PATH" >&2; exit 1; }
  rm -rf out && mkdir -p out
  for v in "${VARIANTS[@]}"; do
    name=${v%%=*} features=${v#*=}
    echo "== build $name ($features)"
    $NICE cargo build -q --release --target wasm32-unknown-unknown --no-default-features ${features:+--features "$features"}
    $NICE wasm-bindgen --no-typescript --target nodejs --out-dir "out/$name" "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/probe.wasm"
    $NICE "$WASM_OPT" -Oz --converge --strip-debug --strip-producers --strip-target-features \
      "out/$name/probe_bg.wasm" -o "out/$name/probe_bg.wasm"
    "$NODE" js/minify.mjs "out/$name"
  done
  echo '{"type":"commonjs"}' > out/package.json
}

measure() {
  mkdir -p results
  {
    echo "# versions"
    rustc --version; cargo --version; wasm-bindgen --version; "$WASM_OPT" --version
    echo "node $("$NODE" --version)"
    grep -A1 -E '^name = "(wasm-bindgen|js-sys|web-sys|wasm-bindgen-futures|serde|serde_json|serde-wasm-bindgen|gloo-net|lol_alloc|indexmap|zmij)"$' Cargo.lock | grep -v -- -- | paste - - | sed 's/name = //; s/version = //; s/"//g'
  } > results/versions.txt
  "$NODE" js/size.mjs | tee results/size.md
  "$NODE" js/exact.mjs | tee results/exact.md
  "$NODE" js/hostile.mjs | tee results/hostile.md
  "$NODE" js/fetch.mjs | tee results/fetch.md
  "$NODE" js/bench.mjs | tee results/bench.md
}

case "${1:-all}" in
  build) build ;;
  measure) measure ;;
  package) ./package-delta.sh ;;
  all) build; measure; ./package-delta.sh ;;
  *) echo "usage: $0 [build|measure|package|all]" >&2; exit 2 ;;
esac
