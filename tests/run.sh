#!/usr/bin/env bash
# Runs every test of Revue on a fresh machine: installs what is missing (Debian's Chromium
# and binaryen, the wasm target and wasm-bindgen CLI via build.sh, playwright-core from npm),
# builds, then runs the Rust tests and the browser end-to-end tests. Exits non-zero on any
# failure.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v wasm-opt >/dev/null 2>&1 || need_apt+=(binaryen)
command -v fc-list >/dev/null 2>&1 || need_apt+=(fontconfig)   # the fonts test asks it which scripts have a font
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "installing ${need_apt[*]} (Debian packages)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

say "build (wasm core, page bundle, native CLI)"
./build.sh

say "Rust unit and integration tests"
cargo test --release

# The tagger's wasm benchmark (tools/bench_ner.sh) compiles src/tokenize.rs, src/tag/ and
# src/search.rs on their own: a module they start to use elsewhere in the crate breaks it
# without any other test noticing.
say "the tagger's wasm benchmark still compiles"
(cd bench/ner-wasm && cargo check --release --quiet --target wasm32-unknown-unknown)

say "browser end-to-end tests (headless Chromium)"
(cd tests/e2e && npm ci --no-audit --no-fund --silent)
(cd tests/e2e && node --test --test-concurrency=1 .)
