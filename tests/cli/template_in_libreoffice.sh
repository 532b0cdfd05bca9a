#!/bin/sh
# Opens the template of `qbcheck template` in a real LibreOffice: a headless conversion to PDF with a fresh
# user profile must give a non-empty PDF; when pdftotext (poppler-utils) is there, the PDF's text must hold
# the title and the part headings. Usage: template_in_libreoffice.sh QBCHECK_BINARY.
# Exit 77 (skipped) when soffice is absent (scripts/bootstrap --with office installs it).
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
soffice=${SOFFICE:-$(command -v soffice || true)}

if [ -z "$soffice" ] || [ ! -x "$soffice" ]; then
  echo "SKIPPED: soffice not found (install it with: scripts/bootstrap --with office)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*"
  exit 1
}

(cd "$work" && env -u QBCHECK_RULES "$qbcheck" template template.docx >/dev/null) || fail "qbcheck template failed"
timeout 240 "$soffice" -env:UserInstallation="file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work/pdf" "$work/template.docx" >"$work/soffice.log" 2>&1 ||
  fail "soffice exited $? ($(cat "$work/soffice.log"))"
pdf="$work/pdf/template.pdf"
[ -s "$pdf" ] || fail "no PDF written ($(cat "$work/soffice.log"))"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "the output is not a PDF"

if command -v pdftotext >/dev/null 2>&1; then
  pdftotext -enc UTF-8 "$pdf" "$work/text.txt" || fail "pdftotext failed"
  tr -d ' \n' <"$work/text.txt" >"$work/flat.txt" # a heading may wrap over two lines
  for heading in 摘要 企业概况 管理方法（技术）的推进和应用情况 管理方法（技术）的实施效果 图1 表1; do
    grep -q "$heading" "$work/flat.txt" || fail "'$heading' is not in the PDF's text"
  done
  pages=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
  size=$(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Page size: *//p')
  echo "OK: PDF of $(wc -c <"$pdf") bytes, ${pages:-?} page(s), ${size:-size unknown}; headings found in its text"
else
  echo "OK: PDF of $(wc -c <"$pdf") bytes (pdftotext absent: text not checked)"
fi
