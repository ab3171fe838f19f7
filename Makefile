# genauth-wasm: `make demo` runs the demo, `make test` runs every test. Both install what they
# need first (Rust's wasm target, wasm-bindgen-cli, npm dev tools, Chromium for browser tests)
# and skip what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
WASM := target/wasm32-unknown-unknown/release/genauth_wasm.wasm
# The authentication build (feature `authentication`) in a target directory of its own, so that
# neither build undoes the other's cache.
AUTH_WASM := target/auth/wasm32-unknown-unknown/release/genauth_wasm.wasm
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/version = "\(.*\)"/\1/p}' Cargo.lock)
# Size flags (measured on both builds, gzip): --flatten --rereloop then -Oz again restructures the
# control flow LLVM left (-0.2 kB), --gufa propagates constants across calls (-0.1 kB), and
# --zero-filled-memory, --low-memory-unused (true of a Rust module: its memory is its own, zeroed
# at instantiation, and nothing lives below address 1024) let it fold more (-0.25 kB).
WASM_OPT := node_modules/.bin/wasm-opt --low-memory-unused --zero-filled-memory -Oz --flatten --rereloop -Oz --converge \
  --gufa -Oz --converge --strip-debug --strip-producers --strip-target-features
export PATH := $(HOME)/.cargo/bin:$(PATH)

BENCH_NODE22 := node_modules/node22/bin/node
BENCH_NODE24 := node_modules/node24/bin/node
BENCH_NODE20 := node

.PHONY: bench test-bench-smoke lint demo serve test pkg setup setup-browser test-host test-wasm-node test-wasm-browser test-js size clean

demo: pkg
	node examples/demo.mjs

# The admin page (www/) against the emulator, until Ctrl-C.
serve: pkg
	node examples/serve.mjs

test: setup setup-browser pkg lint test-host test-wasm-node test-wasm-browser test-js test-bench-smoke size
	@echo "make test: all layers passed"

## Set-up (idempotent) ---------------------------------------------------------------------

setup: node_modules/.installed
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@cargo clippy --version >/dev/null 2>&1 && cargo fmt --version >/dev/null 2>&1 || rustup component add clippy rustfmt
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (a few minutes, once)"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

setup-browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! fc-list | grep -qi wqy; then \
	  echo "installing chromium, chromium-driver and a CJK font"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-zenhei >/dev/null; fi

## The npm package -------------------------------------------------------------------------

pkg: setup
	cargo build --release --target wasm32-unknown-unknown
	cargo build --release --target wasm32-unknown-unknown --features authentication --target-dir target/auth
	rm -rf pkg/node pkg/web pkg/auth-node pkg/auth-web
	wasm-bindgen --no-typescript --target nodejs --out-dir pkg/node $(WASM)
	wasm-bindgen --no-typescript --target web --out-dir pkg/web $(WASM)
	# The authentication build's files have names of their own (genauth_auth.js, genauth_auth_bg.wasm):
	# a server bundle that holds both builds reads both .wasm files from its own folder.
	wasm-bindgen --no-typescript --target nodejs --out-name genauth_auth --out-dir pkg/auth-node $(AUTH_WASM)
	wasm-bindgen --no-typescript --target web --out-name genauth_auth --out-dir pkg/auth-web $(AUTH_WASM)
	for f in node/genauth_wasm web/genauth_wasm auth-node/genauth_auth auth-web/genauth_auth; do \
	  $(WASM_OPT) pkg/$${f}_bg.wasm -o pkg/$${f}_bg.wasm; rm -f pkg/$${f}_bg.wasm.d.ts pkg/$$f.d.ts; done
	echo '{"type":"module"}' > pkg/web/package.json
	echo '{"type":"module"}' > pkg/auth-web/package.json
	node pkg/build.mjs
	@node tests/size.mjs --report

size:
	node tests/size.mjs

## Tests, in layers ------------------------------------------------------------------------

# Formatting, and clippy with warnings as errors, for the host (with the generator,
# tools/generate) and the wasm target, each for both builds (the management build and the feature
# `authentication`). src/table.rs is include!d, which cargo fmt does not follow.
lint:
	cargo fmt --check
	rustfmt --edition 2021 --check src/table.rs
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --all-targets --features authentication -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features authentication -- -D warnings

# The host tests of both builds: the management build's, then the authentication build's
# (tests/host_auth.rs, and the unit tests compiled with the feature).
test-host:
	cargo test --lib --tests 2>&1 | tee target/host.log
	node tests/count.mjs target/host.log
	cargo test --lib --tests --features authentication 2>&1 | tee target/host-auth.log
	node tests/count.mjs target/host-auth.log

# wasm-bindgen-test in Node, then in headless Chromium (webdriver.json holds its flags); each for
# the management build (tests/wasm.rs) and the authentication build (tests/wasm_auth.rs).
test-wasm-node:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test wasm 2>&1 | tee target/wasm-node.log
	node tests/count.mjs target/wasm-node.log
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test wasm_auth --features authentication 2>&1 | tee target/wasm-node-auth.log
	node tests/count.mjs target/wasm-node-auth.log

test-wasm-browser:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_USE_BROWSER=1 \
	  CHROMEDRIVER=$$(command -v chromedriver) \
	  cargo test --target wasm32-unknown-unknown --test wasm 2>&1 | tee target/wasm-browser.log
	node tests/count.mjs target/wasm-browser.log
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_USE_BROWSER=1 \
	  CHROMEDRIVER=$$(command -v chromedriver) \
	  cargo test --target wasm32-unknown-unknown --test wasm_auth --features authentication 2>&1 | tee target/wasm-browser-auth.log
	node tests/count.mjs target/wasm-browser-auth.log

# The emulator, the official client against it, the packed package in Node, the page in Chromium,
# the fault, bad-input and load suites, every JavaScript runtime. One file at a time: the load test
# and the runtimes want the two cores to themselves.
# Each layer is counted on its own: none may run zero tests.
JS_LAYERS := emulator official authentication suite package browser reliability runtimes
test-js:
	for d in $(JS_LAYERS); do \
	  node --test --test-concurrency=1 --test-reporter=spec tests/$$d/ 2>&1 | tee target/js-$$d.log; \
	  node tests/count.mjs target/js-$$d.log || exit 1; \
	done

# The benchmark against the official client and a bare fetch, on Node 22 and Node 24, and on
# Node 20 (the system node) as a reference row; one build, installed once, measured on all three;
# then one markdown table of the goals (target/bench/summary.md); then the emulator's requests/s with
# 10 000 users at concurrency 1 and 64 (bench/emulator.mjs); then µs per RS256 ID token
# verification with a cached key on Node 24 (bench/verify.mjs). About 7 min on 2 idle cores.
# Profile the wasm client's CPU: `node bench/bench.mjs --cpu-prof` (see bench/bench.mjs).
bench: pkg
	$(BENCH_NODE22) bench/bench.mjs
	$(BENCH_NODE24) bench/bench.mjs --reuse-install
	$(BENCH_NODE20) bench/bench.mjs --reuse-install
	node bench/summary.mjs
	$(BENCH_NODE24) bench/emulator.mjs
	$(BENCH_NODE24) bench/verify.mjs

# A few hundred calls of the benchmark, so that it cannot rot (no speed is asserted).
test-bench-smoke:
	node bench/bench.mjs --smoke > target/bench-smoke.log
	@tail -n 3 target/bench-smoke.log
	node bench/emulator.mjs --smoke
	node bench/verify.mjs --smoke

clean:
	rm -rf target pkg/node pkg/web pkg/auth-node pkg/auth-web pkg/README.md node_modules
