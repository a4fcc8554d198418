#!/usr/bin/env bash
# Builds data/lexicons/bylines/given_names.txt: the given names the scrape extractor knows a
# byline's or a signature's name by ("Léonard Thériault" signs an article off, "Golem
# Karrierewelt" does not), from the first-name lists of @faker-js/faker (npm, MIT), in the
# locales of the press Revue reads. One name a line, sorted; names of several words are split
# into their words; words of three letters or more, opening with a capital.
# Usage: tools/build_given_names.sh   (needs node and npm; downloads the package to a temp dir)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION=10.6.0
LOCALES="fr fr_BE fr_CA fr_CH fr_SN en en_GB en_IE en_AU en_IN en_NG en_ZA de de_AT de_CH es es_MX it pt_BR pt_PT nl nl_BE pl ru uk tr ar az hy ka_GE fa he cs_CZ sk ro hr sr_RS_latin sl_SI sv da nb_NO fi el hu lv mk id_ID vi zu_ZA yo_NG af_ZA"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
(cd "$TMP" && npm pack --silent "@faker-js/faker@$VERSION" >/dev/null && tar xzf faker-js-faker-*.tgz)
cat > "$TMP/names.mjs" <<'JS'
import * as path from 'node:path';
const out = new Set();
for (const l of process.argv.slice(3)) {
  const m = await import(path.resolve(process.argv[2], l + '.js'));
  const def = Object.values(m).find(v => v && v.definitions)?.definitions;
  const fn = def?.person?.first_name;
  if (!fn) throw new Error('no first names for ' + l);
  for (const name of (Array.isArray(fn) ? fn : Object.values(fn).flat())) {
    for (const w of name.split(/\s+/)) {
      if ([...w].length >= 3 && w[0] === w[0].toUpperCase() && w[0] !== w[0].toLowerCase()) out.add(w);
    }
  }
}
console.log([...out].sort().join('\n'));
JS
node "$TMP/names.mjs" "$TMP/package/dist/locale" $LOCALES > "$ROOT/data/lexicons/bylines/given_names.txt"
wc -l "$ROOT/data/lexicons/bylines/given_names.txt"
