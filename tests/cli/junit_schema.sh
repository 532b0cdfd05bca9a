#!/bin/sh
# Validates the JUnit reports of samples/ (Chinese and English) and of a folder with an unreadable file against
# docs/junit-report.xsd with xmllint, then reads them back with python3-junitparser (a real consumer) and checks
# that every total it reads agrees with the testcases. Usage: junit_schema.sh QBCHECK_BINARY SOURCE_DIR.
# Exit 77 (skipped) when xmllint (libxml2-utils) is absent: scripts/bootstrap --with schemas installs it.
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: the checks run in other folders
source_dir=$2
python=/usr/bin/python3 # Debian's, where python3-junitparser is installed
if ! command -v xmllint >/dev/null 2>&1; then
  echo "SKIPPED: xmllint not found (install it with: scripts/bootstrap --with schemas)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/mixed_folder.sh"
fill_mixed_folder "$work" "$source_dir"

(cd "$source_dir" && env -u QBCHECK_RULES "$qbcheck" batch samples --format junit >"$work/samples-zh.xml")
[ $? -le 1 ] || { echo "FAIL: qbcheck batch samples"; exit 1; }
(cd "$source_dir" && env -u QBCHECK_RULES "$qbcheck" batch samples --format junit --lang en >"$work/samples-en.xml")
(cd "$work" && env -u QBCHECK_RULES "$qbcheck" batch mixed --format junit >"$work/mixed.xml")
[ $? -eq 2 ] || { echo "FAIL: the mixed folder should exit 2"; exit 1; }

xmllint --noout --schema "$source_dir/docs/junit-report.xsd" "$work"/*.xml || { echo "FAIL: schema"; exit 1; }

if ! "$python" -c 'import junitparser' 2>/dev/null; then
  echo "SKIPPED (consumer half): python3-junitparser not found (scripts/bootstrap --with schemas)"
  exit 0
fi
"$python" - "$work"/*.xml <<'PY'
import sys
from junitparser import JUnitXml, Failure, Error, Skipped

failed = False
for path in sys.argv[1:]:
    xml = JUnitXml.fromfile(path)
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for suite in xml:
        counted = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for case in suite:
            counted["tests"] += 1
            for result in case.result:
                key = {Failure: "failures", Error: "errors", Skipped: "skipped"}[type(result)]
                counted[key] += 1
        declared = {key: getattr(suite, key) for key in counted}
        if declared != counted:
            failed = True
            print(f"FAIL: {path}: suite {suite.name}: declares {declared}, holds {counted}")
        for key in totals:
            totals[key] += counted[key]
    declared = {key: getattr(xml, key) for key in totals}
    if declared != totals:
        failed = True
        print(f"FAIL: {path}: testsuites declares {declared}, holds {totals}")
    print(f"{path}: {len(list(xml))} suites, {totals}")
sys.exit(1 if failed else 0)
PY
