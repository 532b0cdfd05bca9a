#!/bin/sh
# Validates the SARIF reports of samples/ (relative paths) and of a folder given by absolute path holding a
# Chinese file name and an unreadable file, with Microsoft's SARIF validator (`Sarif.Multitool validate`: the
# SARIF 2.1.0 JSON schema plus the spec's rules). Fails on any error-level finding.
# Usage: sarif_validator.sh QBCHECK_BINARY SOURCE_DIR. Exit 77 (skipped) when the validator is absent:
# scripts/bootstrap --with schemas installs it from the npm registry into $QBCHECK_TOOLS.
set -u
qbcheck=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") # absolute: the checks run in other folders
source_dir=$2
tools=${QBCHECK_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/qbcheck-tools}
validator=$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$validator" ]; then
  echo "SKIPPED: $validator not found (install it with: scripts/bootstrap --with schemas)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/申报"
cp "$source_dir/samples/compliant.docx" "$work/申报/质量 标杆#1.docx"
cp "$source_dir/samples/bad-captions.docx" "$work/申报/"
printf '%%PDF-1.4\n' >"$work/申报/scan.docx"

(cd "$source_dir" && env -u QBCHECK_RULES "$qbcheck" batch samples --format sarif >"$work/samples.sarif")
[ $? -le 1 ] || { echo "FAIL: qbcheck batch samples"; exit 1; }
env -u QBCHECK_RULES "$qbcheck" batch "$work/申报" --format sarif --lang en >"$work/absolute.sarif"
[ $? -eq 2 ] || { echo "FAIL: the folder with an unreadable file should exit 2"; exit 1; }

status=0
for report in "$work/samples.sarif" "$work/absolute.sarif"; do
  "$validator" validate "$report" --output "$report.validation" >"$report.log" 2>&1
  errors=$(grep -c ': error ' "$report.log")
  if [ "$errors" -ne 0 ] || [ ! -s "$report.validation" ]; then
    echo "FAIL: $report: $errors errors"
    grep ': error ' "$report.log" | head -20
    status=1
  else
    echo "$report: valid SARIF 2.1.0 ($(grep -c ': warning ' "$report.log") warnings)"
  fi
done
exit $status
