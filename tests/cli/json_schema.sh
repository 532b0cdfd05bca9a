#!/bin/sh
# Validates the JSON report of a batch over samples/ (and of a mixed folder with unreadable files) against
# docs/qbcheck-report.schema.json. Usage: json_schema.sh QBCHECK_BINARY SOURCE_DIR.
# Exit 77 (skipped) when Python's jsonschema module (Debian: python3-jsonschema) is not available.
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: the checks run in other folders
source_dir=$2
if ! python3 -c 'import jsonschema' 2>/dev/null; then
  echo "SKIPPED: python3 jsonschema module not found (Debian: apt-get install python3-jsonschema)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/mixed"
cp "$source_dir/samples/compliant.docx" "$source_dir/samples/bad-captions.docx" "$work/mixed/"
printf '%%PDF-1.4\n%%%%EOF\n' >"$work/mixed/scan.pdf"
: >"$work/mixed/~\$lock.docx"
(cd "$source_dir" && env -u QBCHECK_RULES "$qbcheck" batch samples --format json >"$work/samples.json")
[ $? -le 1 ] || { echo "FAIL: qbcheck batch samples"; exit 1; }
(cd "$work" && env -u QBCHECK_RULES "$qbcheck" batch mixed --format json --lang en >"$work/mixed.json")
[ $? -eq 2 ] || { echo "FAIL: the mixed folder should exit 2"; exit 1; }
python3 - "$source_dir/docs/qbcheck-report.schema.json" "$work/samples.json" "$work/mixed.json" <<'PY'
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failed = False
for path in sys.argv[2:]:
    report = json.load(open(path, encoding="utf-8"))
    for error in validator.iter_errors(report):
        failed = True
        print(f"FAIL: {path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    print(f"{path}: {len(report['documents'])} documents checked against the schema")
sys.exit(1 if failed else 0)
PY
