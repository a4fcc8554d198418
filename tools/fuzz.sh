#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (default 60 s each), seeded with the test
# fixtures; crashes land in fuzz/artifacts/<target>/ — fix them, then copy each crashing input
# into tests/fixtures/fuzz/<target>/ where tests/fuzz_regressions.rs replays it.
# A per-input timeout of 60 s: on a loaded machine a 0.3 s input once took 10 s of wall time.
# Usage: tools/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-60}
shift || true
TARGETS=${*:-decode extract_html extract_text tokenize_tag analyze}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
# cargo-fuzz needs nightly flags; the stable toolchain accepts them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1
for t in $TARGETS; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus"
  cp -n tests/fixtures/seeds/*.txt tests/fixtures/html/*.html "$corpus"/ 2>/dev/null || true
  echo "== $t ($SECS s)"
  cargo fuzz run --release "$t" "$corpus" -- -max_total_time="$SECS" -max_len=65536 -rss_limit_mb=2048 -timeout=60 2>&1 \
    | grep -E "^(#[0-9]+ +DONE|==[0-9]+==|SUMMARY|Done|artifact_prefix|Test unit)" || true
done
# libFuzzer also keeps inputs that took over 10 s (slow-unit-*): under its instrumentation on a
# loaded machine a 60 KB page can; they are listed, to be timed natively, not counted as crashes.
slow=$(find fuzz/artifacts -type f -name 'slow-unit-*' 2>/dev/null | wc -l)
[ "$slow" -gt 0 ] && { find fuzz/artifacts -type f -name 'slow-unit-*'; echo "$slow slow input(s): time them natively (revue analyze --raw FILE)"; }
crashes=$(find fuzz/artifacts -type f ! -name 'slow-unit-*' 2>/dev/null | wc -l)
if [ "$crashes" -gt 0 ]; then find fuzz/artifacts -type f ! -name 'slow-unit-*'; echo "$crashes crashing input(s): see fuzz/artifacts"; exit 1; fi
echo "no crash found"
