#!/usr/bin/env bash
# Builds Revue: the release wasm for the page (www/pkg/, generated, not committed) and the
# native CLI (target/release/revue). Installs the wasm32 target and the pinned wasm-bindgen
# CLI when they are missing. Re-running it only redoes what changed.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# The wasm-bindgen CLI must match the crate's version exactly (pinned with "=" in Cargo.toml).
WB_VERSION=$(sed -nE 's/^wasm-bindgen *= *"=([0-9.]+)".*/\1/p' Cargo.toml)
[ -n "$WB_VERSION" ] || { echo "build.sh: no pinned wasm-bindgen version in Cargo.toml" >&2; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  # --locked first, as upstream pins it; when a locked dependency is missing from the
  # registry mirror, fall back to the newest compatible versions.
  cargo install --locked wasm-bindgen-cli --version "$WB_VERSION" \
    || cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

say "building the wasm core"
cargo build --profile wasm --lib --target wasm32-unknown-unknown
WASM_IN=target/wasm32-unknown-unknown/wasm/revue.wasm
OUT=target/wasm-bindgen
mkdir -p "$OUT" www/pkg

# Redo wasm-bindgen, wasm-opt and the page bundle only when the wasm changed.
stamp="$OUT/.source-stamp"
new_stamp=$(cksum < "$WASM_IN")
if [ ! -f www/pkg/revue-core.js ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$new_stamp" ]; then
  # wasm-opt runs on rustc's output, before wasm-bindgen: Debian's wasm-opt 108 rewrites the
  # externref table that wasm-bindgen adds into one the browser rejects at start-up.
  bindgen_in="$WASM_IN"
  if command -v wasm-opt >/dev/null 2>&1; then
    say "wasm-opt"
    # -ocimfs 200: a function with a single caller is inlined only when small. By default
    # wasm-opt inlines every such function, and the engine's stages (tagging, dates, figures,
    # quotes, extraction) ended up in two functions of 130 and 180 KB; the browser's optimising
    # compiler took 1-2 s on each, while the page ran them unoptimised. Split, the hot ones are
    # optimised within a few hundred milliseconds, and the cold parts not at all.
    wasm-opt -O3 -ocimfs 200 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
      --enable-mutable-globals --enable-reference-types --enable-multivalue --enable-simd \
      "$WASM_IN" -o "$OUT/revue.opt.wasm"
    bindgen_in="$OUT/revue.opt.wasm"
  else
    say "wasm-opt not found: the wasm is not size-optimised (apt-get install binaryen)"
  fi
  say "wasm-bindgen"
  wasm-bindgen --target no-modules --no-typescript --out-dir "$OUT" --out-name revue "$bindgen_in"
  say "writing www/pkg/revue-core.js"
  python3 tools/bundle_core.py "$OUT/revue.js" "$OUT/revue_bg.wasm" www/pkg/revue-core.js
  echo "$new_stamp" > "$stamp"
fi

say "building the native CLI"
cargo build --release --bin revue

raw=$(wc -c < "$OUT/revue_bg.wasm")
gz=$(gzip -9 -c "$OUT/revue_bg.wasm" | wc -c)
awk -v r="$raw" -v g="$gz" 'BEGIN { printf "wasm size: %d bytes raw (%.2f MB), %d bytes gzipped (%.2f MB)\n", r, r/1048576, g, g/1048576 }' 
echo "CLI:      $(pwd)/target/release/revue analyze --help"
echo "Explorer: open file://$(pwd)/www/index.html"
echo "          or serve it: python3 -m http.server -d $(pwd)/www 8000  →  http://127.0.0.1:8000/"
