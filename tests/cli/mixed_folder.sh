# Sourced by the report-reader checks: fill_mixed_folder DIR SOURCE_DIR makes DIR/mixed, a passing and a
# failing sample beside a file that is not a zip (with a Chinese name), so that a report holds every status.
fill_mixed_folder() {
  mkdir -p "$1/mixed"
  cp "$2/samples/compliant.docx" "$2/samples/missing-part.docx" "$1/mixed/"
  printf 'not a zip' >"$1/mixed/损坏.docx"
}
