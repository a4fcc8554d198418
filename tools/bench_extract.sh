#!/usr/bin/env bash
# Article-extraction benchmark: Revue vs trafilatura vs Mozilla Readability.
#
# Prints one table: tool x set -> body P/R/F1 (macro bag-of-words, as score_body.py), title
# exact, published date (same day), author (same set of names), docs/s. Sets: readability
# (130 pages), fundus (330 news pages), fr (French pages of both), seeds (5 plain-text scrapes
# scored against the hand gold), each on its dev split, its held-out test split (a fixed 30%
# of ids by md5), and all; and newspaper (23 pages of newspaper4k's tests, fetched from PyPI,
# see bench_extract/newspaper_gold.py), all.
#
# Usage: tools/bench_extract.sh [--quick]   (--quick: Revue only, no installs)
# Needs /work/shared (DATA=... to override). Installs trafilatura (PyPI) in a venv and
# @mozilla/readability + jsdom (npm) in a scratch folder, both under /tmp/revue-bench.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${SHARED:-/work/shared}"
DATA="${DATA:-$SHARED/data/extract}"
WORK="${BENCH_DIR:-/tmp/revue-bench}"
QUICK=0; [[ "${1:-}" == "--quick" ]] && QUICK=1
mkdir -p "$WORK/out"
SCORE="python3 $ROOT/tools/bench_extract/score.py"

if [[ $QUICK == 0 ]]; then
  if [[ ! -x "$WORK/venv/bin/python" ]] || ! "$WORK/venv/bin/python" -c "import trafilatura" 2>/dev/null; then
    python3 -m venv "$WORK/venv" && "$WORK/venv/bin/pip" install -q trafilatura lxml_html_clean >&2
  fi
  if [[ ! -d "$WORK/node/node_modules/@mozilla/readability" || ! -d "$WORK/node/node_modules/jsdom" ]]; then
    mkdir -p "$WORK/node" && (cd "$WORK/node" && { [[ -f package.json ]] || npm init -y >/dev/null; } && npm install --silent @mozilla/readability jsdom >&2)
  fi
fi
(cd "$ROOT" && nice cargo build --release --quiet --bin revue)
REVUE="$ROOT/target/release/revue"

# The French subset: French pages of both sets, gathered by symlinks.
FR="$WORK/fr"; rm -rf "$FR"; mkdir -p "$FR"
for d in "$DATA/readability" "$DATA/fundus"; do
  for g in "$d"/*.gold.json; do
    if python3 -c "import json,sys; sys.exit(0 if (json.load(open(sys.argv[1])).get('lang') or '').lower().startswith('fr') else 1)" "$g"; then
      id="$(basename "$g" .gold.json)"; ln -sf "$d/$id.html" "$FR/$id.html"; ln -sf "$g" "$FR/$id.gold.json"
    fi
  done
done
# The newspaper set: newspaper4k's test pages with the text its extractor is tested against
# (PyPI sdist, MIT), fetched once into the scratch folder (see newspaper_gold.py).
NEWS="$WORK/newspaper"
if [[ ! -f "$NEWS/.built" && $QUICK == 0 ]]; then
  rm -rf "$NEWS" "$WORK/sdist"; mkdir -p "$WORK/sdist"
  "$WORK/venv/bin/pip" download -q --no-deps --no-binary :all: newspaper4k==0.9.6 -d "$WORK/sdist" >&2
  python3 "$ROOT/tools/bench_extract/newspaper_gold.py" "$WORK/sdist/newspaper4k-0.9.6.tar.gz" "$NEWS" && touch "$NEWS/.built"
fi
SETS=(readability fundus fr seeds)
[[ -f "$NEWS/.built" ]] && SETS+=(newspaper)
SEEDS="$WORK/seeds"; rm -rf "$SEEDS"; mkdir -p "$SEEDS"
for f in "$SHARED"/seeds/*.txt; do
  id="$(basename "$f" .txt)"; ln -sf "$f" "$SEEDS/$id.txt"; ln -sf "$SHARED/gold/seeds/$id.txt.gold.json" "$SEEDS/$id.gold.json"
done

# run TOOL SET DIR EXT -> writes $WORK/out/TOOL-SET.jsonl and .rate (docs/s over the whole set)
run() {
  local tool=$1 set=$2 dir=$3 ext=$4 out="$WORK/out/$1-$2"
  local files=("$dir"/*."$ext")
  local t0 t1
  t0=$(date +%s.%N)
  case $tool in
    revue) "$REVUE" analyze --no-corpus "${files[@]}" > "$out.jsonl" 2>/dev/null || true ;;
    trafilatura) "$WORK/venv/bin/python" "$ROOT/tools/bench_extract/run_trafilatura.py" "${files[@]}" > "$out.jsonl" 2>/dev/null || true ;;
    trafilatura-precision) "$WORK/venv/bin/python" "$ROOT/tools/bench_extract/run_trafilatura.py" --precision "${files[@]}" > "$out.jsonl" 2>/dev/null || true ;;
    readability.js) (cd "$WORK/node" && NODE_PATH="$WORK/node/node_modules" node "$ROOT/tools/bench_extract/run_readability.js" "${files[@]}") > "$out.jsonl" 2>/dev/null || true ;;
  esac
  t1=$(date +%s.%N)
  python3 -c "print(round(${#files[@]} / max(${t1} - ${t0}, 1e-6), 1))" > "$out.rate"
}

TOOLS=(revue)
[[ $QUICK == 0 ]] && TOOLS+=(trafilatura trafilatura-precision readability.js)
for tool in "${TOOLS[@]}"; do
  run "$tool" readability "$DATA/readability" html
  run "$tool" fundus "$DATA/fundus" html
  run "$tool" fr "$FR" html
  run "$tool" seeds "$SEEDS" txt
  [[ -f "$NEWS/.built" ]] && run "$tool" newspaper "$NEWS" html
done

printf '%-28s %4s %6s %6s %6s %6s %6s %6s %7s\n' "tool / set / split" docs P R F1 title date author docs/s
for set in "${SETS[@]}"; do
  case $set in readability) g="$DATA/readability";; fundus) g="$DATA/fundus";; fr) g="$FR";; seeds) g="$SEEDS";; newspaper) g="$NEWS";; esac
  for split in dev test all; do
    [[ $set == fr || $set == seeds || $set == newspaper ]] && [[ $split != all ]] && continue
    for tool in "${TOOLS[@]}"; do
      $SCORE "$g" "$WORK/out/$tool-$set.jsonl" --split $split --name "$tool $set $split" --rate "$(cat "$WORK/out/$tool-$set.rate")"
    done
  done
done
