#!/bin/sh
# Reads the Excel reports of samples/ and of a folder with an unreadable file back with python3-openpyxl (a real
# consumer) and checks them against the JSON report of the same run: one summary row per document in the same
# order with the same status and part counts, one findings row per result that is not a pass, the autofilter
# over every row. Usage: xlsx_reader.sh QBCHECK_BINARY SOURCE_DIR.
# Exit 77 (skipped) when python3-openpyxl is absent: scripts/bootstrap --with schemas installs it.
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: the checks run in other folders
source_dir=$2
python=/usr/bin/python3 # Debian's, where python3-openpyxl is installed
if ! "$python" -c 'import openpyxl' 2>/dev/null; then
  echo "SKIPPED: python3-openpyxl not found (install it with: scripts/bootstrap --with schemas)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/mixed_folder.sh"
fill_mixed_folder "$work" "$source_dir"

for run in "$source_dir samples" "$work mixed"; do
  set -- $run
  name=$2
  (cd "$1" && env -u QBCHECK_RULES "$qbcheck" batch "$name" --format xlsx --output "$work/$name.xlsx")
  (cd "$1" && env -u QBCHECK_RULES "$qbcheck" batch "$name" --format json >"$work/$name.json")
done

"$python" - "$work/samples" "$work/mixed" <<'PY'
import json
import sys

import openpyxl

failed = False


def fail(message):
    global failed
    failed = True
    print("FAIL:", message)


for base in sys.argv[1:]:
    report = json.load(open(base + ".json", encoding="utf-8"))
    book = openpyxl.load_workbook(base + ".xlsx")
    summary, findings = book.worksheets
    rows = list(summary.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    documents = report["documents"]
    if len(body) != len(documents):
        fail(f"{base}: {len(body)} summary rows for {len(documents)} documents")
    for row, document in zip(body, documents):
        if row[0] != document["file"]:
            fail(f"{base}: row {row[0]!r} where the JSON report has {document['file']!r}")
        if (document["status"] == "pass") != (row[1] in ("通过", "PASS")):
            fail(f"{base}: {document['file']}: status {row[1]!r} but {document['status']}")
        if "error" in document and row[-1] != document["error"]["message"]:
            fail(f"{base}: {document['file']}: error cell {row[-1]!r}")
    if summary.auto_filter.ref != f"A1:{openpyxl.utils.get_column_letter(len(header))}{len(rows)}":
        fail(f"{base}: autofilter {summary.auto_filter.ref} does not cover the {len(rows)} rows")
    # The part columns (after file, status and recommender; before failed rules and error) hold each counted
    # part's 字 as a number: the same numbers as the JSON report's counts.
    for row, document in zip(body, documents):
        cells = sorted(cell for cell in row[3:-2] if isinstance(cell, (int, float)))
        counts = sorted(count for count in document["counts"]["parts"].values() if count is not None)
        if cells != counts:
            fail(f"{base}: {document['file']}: part counts {cells} but the JSON report has {counts}")
    expected_findings = sum(1 for d in documents for r in d["results"] if r["outcome"] != "pass")
    finding_rows = list(findings.iter_rows(values_only=True))[1:]
    if len(finding_rows) != expected_findings:
        fail(f"{base}: {len(finding_rows)} finding rows for {expected_findings} results that are not passes")
    print(f"{base}.xlsx: {len(body)} documents, {len(finding_rows)} findings")
sys.exit(1 if failed else 0)
PY
