#!/usr/bin/env bash
# Opens the built API reference site (eng/docs.sh) in headless Chromium, as a reader would: serves it on loopback,
# checks that the home page and the HireflixClient page render with their content (the navigation included, which
# the template builds with JavaScript), and keeps screenshots in artifacts/docs/*.png.
# Installs Debian's chromium when missing. Usage: bash eng/docs-check.sh   (after eng/docs.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
site=artifacts/docs/_site
out=artifacts/docs
[ -f "$site/index.html" ] || { echo "docs check: $site/index.html missing; run eng/docs.sh first" >&2; exit 1; }

# Debian's chromium here; a GitHub runner already has google-chrome (Ubuntu's chromium package is only a snap stub).
browser=""
for candidate in chromium google-chrome chromium-browser; do
  if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  (apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core) > "$out/chromium-install.log" 2>&1 \
    || { cat "$out/chromium-install.log" >&2; exit 1; }
  browser=chromium
fi

# Over HTTP rather than file://, where Chromium blocks the template's fetch of toc.json and search index.
server_log=$(mktemp)
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$site" > "$server_log" 2>&1 &
server=$!
profile=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$profile" "$server_log"' EXIT
port=""
for _ in $(seq 1 50); do
  port=$(grep -oE 'port [0-9]+' "$server_log" | grep -oE '[0-9]+' | head -1 || true)
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "docs check: the static server did not start" >&2; cat "$server_log" >&2; exit 1; }
base="http://127.0.0.1:$port"

chrome() {
  # virtual-time-budget lets the page's scripts (navigation, highlighting) finish before the dump or screenshot.
  "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --user-data-dir="$profile" --window-size=1280,1000 --virtual-time-budget=10000 "$@" 2>/dev/null
}

failures=0
# check NAME PATH TEXT...: dump the rendered DOM, require each TEXT in it, and take a screenshot.
check() {
  local name=$1 path=$2; shift 2
  local dom="$out/$name.dom.html"
  chrome --dump-dom "$base/$path" > "$dom"
  chrome --screenshot="$out/$name.png" "$base/$path" > /dev/null
  for text in "$@"; do
    if ! grep -qF -- "$text" "$dom"; then
      echo "docs check: $path does not show \"$text\"" >&2
      failures=$((failures + 1))
    fi
  done
  [ -s "$out/$name.png" ] || { echo "docs check: no screenshot of $path" >&2; failures=$((failures + 1)); }
  echo "docs check: $path rendered ($(wc -c < "$dom") bytes of DOM), screenshot $out/$name.png"
}

# Home: its heading and guides table, and the top navigation (">Guides<"), which only JavaScript inserts from toc.json.
check home index.html "<h1" "Hireflix .NET SDK" "Start here" 'href="articles/register.html"' '>Guides<'
# HireflixClient: the class page with its summary, sub-clients linked to their own pages, and the API sidebar, which
# JavaScript builds from api/toc.json (IHireflixClientFactory appears nowhere else on that page).
check hireflixclient api/Hireflix.Sdk.HireflixClient.html \
  "Class HireflixClient" "Thread-safe" 'href="Hireflix.Sdk.PositionsClient.html"' 'href="Hireflix.Sdk.InterviewsClient.html"' \
  "IHireflixClientFactory"

[ "$failures" -eq 0 ] || exit 1
echo "docs check: home and HireflixClient pages render with their content"
