#!/bin/sh
# Renders the HTML report of a batch over samples/ in a real headless Chromium and checks that the summary
# table and its rows render, that clicking a column heading sorts the rows, and that a screenshot works.
# Usage: html_in_browser.sh QBCHECK_BINARY SOURCE_DIR. Exit 77 (skipped) when /usr/bin/chromium is absent.
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: the checks run in other folders
source_dir=$2
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ ! -x "$chromium" ]; then
  echo "SKIPPED: $chromium not found (install it with: scripts/bootstrap --with browser)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}

# browser N ARGS...: one headless Chromium run with a fresh profile (N names its profile and log).
browser() {
  run=$1
  shift
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$run" "$@" \
    2>"$work/chromium-$run.log"
}

# The report of a batch over the samples (exit 1: some samples fail on purpose).
(cd "$source_dir" && env -u QBCHECK_RULES -u CI "$qbcheck" batch samples --jobs 2 --format html \
  --output "$work/report.html")
status=$?
[ "$status" -le 1 ] || fail "qbcheck batch exited $status"
[ -s "$work/report.html" ] || fail "no HTML written"
samples=$(ls "$source_dir"/samples/*.docx | wc -l)

# 1. The page as the browser built it: the table and one row per sample.
browser 1 --dump-dom "file://$work/report.html" >"$work/dom.html" || fail "chromium --dump-dom failed (see $work/chromium-1.log)"
grep -q '<table class="sortable" id="summary">' "$work/dom.html" || fail "summary table not in the rendered DOM"
rows=$(grep -o '<tr class="[a-z]*">' "$work/dom.html" | wc -l)
[ "$rows" -eq "$samples" ] || fail "expected $samples rows, the DOM has $rows"
grep -q '<details id="doc-0"' "$work/dom.html" || fail "per-document details not rendered"

# 2. Click the first heading twice (descending by file) and check the script re-ordered the rows.
sed 's#</body>#<script>var h=document.querySelector("\#summary th");h.click();h.click();</script></body>#' \
  "$work/report.html" >"$work/clicked.html"
browser 2 --dump-dom "file://$work/clicked.html" >"$work/clicked-dom.html" || fail "chromium --dump-dom failed on the clicked page"
grep -q 'aria-sort="descending"' "$work/clicked-dom.html" || fail "clicking a heading did not sort"
grep -o '<a href="#doc-[0-9]*">[^<]*</a>' "$work/clicked-dom.html" | sed 's/<[^>]*>//g' >"$work/order.txt"
LC_ALL=C sort -r "$work/order.txt" | cmp -s - "$work/order.txt" || fail "rows are not in descending file order: $(tr '\n' ' ' <"$work/order.txt")"
[ "$(wc -l <"$work/order.txt")" -eq "$samples" ] || fail "rows lost while sorting"

# 3. A screenshot renders (a PNG file).
browser 3 --window-size=1280,900 --screenshot="$work/shot.png" "file://$work/report.html" >/dev/null ||
  fail "chromium --screenshot failed"
[ "$(head -c 4 "$work/shot.png" | od -An -c | tr -d ' ')" = "211PNG" ] || fail "the screenshot is not a PNG"

echo "OK: $rows rows rendered, sorting works, screenshot $(wc -c <"$work/shot.png") bytes"
