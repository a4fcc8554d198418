#!/usr/bin/env bash
# Scale benchmark (issue 7): builds a realistic corpus from ../shared/data, then measures the
# page in headless Chromium (time to first result, total, MB/s, articles/s, longest main-
# thread task, peak memory), the native CLI on one core and on all cores, the wasm engine
# alone on one core (node) and its ratio to native, page start-up and the wasm size.
# Usage: tools/bench/bench_scale.sh [N_ARTICLES=10000] [SHARED=../shared]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10000}
SHARED=${2:-../shared}
CORPUS=${CORPUS:-/tmp/revue-bench-$N}

./build.sh >/dev/null
(cd tests/e2e && npm ci --no-audit --no-fund --silent)
if [ ! -d "$CORPUS" ]; then
  python3 tools/bench/make_corpus.py "$N" "$CORPUS" --shared "$SHARED"
fi
bytes=$(du -sb "$CORPUS" | cut -f1)
mb=$(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}')
echo "corpus: $N articles, $(find "$CORPUS" -type f | wc -l) files, $mb MB in $CORPUS"

native() {  # jobs
  local t0 t1
  t0=$(date +%s.%N)
  target/release/revue analyze -j "$1" "$CORPUS" > /tmp/revue-bench-out.jsonl
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" -v m="$mb" -v n="$(wc -l < /tmp/revue-bench-out.jsonl)" -v j="$1" \
    'BEGIN{printf "native %d thread(s): %d records in %.2f s, %.2f MB/s, %.0f articles/s\n", j, n, b-a, m/(b-a), n/(b-a)}'
}
native 1 | tee /tmp/revue-bench-native1.txt
native "$(nproc)" | tee /tmp/revue-bench-nativeN.txt

echo "wasm engine alone (node, 1 thread, the page's build):"
node tools/bench/wasm_engine.js "$CORPUS" | tee /tmp/revue-bench-wasm1.json
wasm_mbs=$(python3 -c 'import json;print(json.load(open("/tmp/revue-bench-wasm1.json"))["mb_per_s"])')
nat1_mbs=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' /tmp/revue-bench-native1.txt)
awk -v w="$wasm_mbs" -v n="$nat1_mbs" 'BEGIN{printf "wasm/native speed (1 thread each): %.0f%%\n", 100*w/n}'

echo "page (headless Chromium, file://, folder dropped):"
node tools/bench/page_bench.js "$CORPUS" --drop | tee /tmp/revue-bench-page-drop.json
echo "page (headless Chromium, file://, folder given to the folder input, as the button does without the File System Access picker):"
node tools/bench/page_bench.js "$CORPUS" | tee /tmp/revue-bench-page.json
nat_mbs=$(sed -E 's/.* ([0-9.]+) MB\/s.*/\1/' /tmp/revue-bench-nativeN.txt)
for f in /tmp/revue-bench-page-drop.json /tmp/revue-bench-page.json; do
  python3 -c 'import json,sys;d=json.load(open(sys.argv[1]));print(d["intake"], d["mb_per_s"])' "$f"
done | while read -r how what mbs; do
  awk -v p="$mbs" -v n="$nat_mbs" -v h="$how $what" 'BEGIN{printf "page (%s) vs native CLI, all cores each: %.0f%%\n", h, 100*p/n}'
done
gz=$(gzip -9 -c target/wasm-bindgen/revue_bg.wasm | wc -c)
echo "wasm gzipped: $gz bytes"
