#!/usr/bin/env bash
# Runs each fuzz target for SECONDS on its corpus (docs/fuzzing.md) and prints one line per target.
# Exits 1 when any target found a crash, a leak, a timeout or an out-of-memory, naming the input that did it.
# Usage: fuzz/run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]
set -uo pipefail

build=${1:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
seconds=${2:?usage: run_fuzzers.sh BUILD_DIR SECONDS [TARGET...]}
shift 2
source_dir=$(cd "$(dirname "$0")/.." && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_open_package fuzz_xml_part fuzz_xml_tree fuzz_ruleset_loader fuzz_profile_loader)

# -max_len per target: kept in step with MAX_LEN in collect_seeds.py.
declare -A max_len=([fuzz_open_package]=131072 [fuzz_xml_part]=131072 [fuzz_xml_tree]=131072 [fuzz_ruleset_loader]=65536
                    [fuzz_profile_loader]=16384)
declare -A dict=([fuzz_open_package]=docx.dict [fuzz_xml_part]=docx.dict [fuzz_xml_tree]=docx.dict [fuzz_ruleset_loader]=yaml.dict
                 [fuzz_profile_loader]=yaml.dict)

# The seeds are added to whatever corpus earlier runs grew (files are named by their hash).
python3 "$source_dir/fuzz/collect_seeds.py" "$source_dir" "$build/corpus" >/dev/null || exit 2

failed=0
for target in "${targets[@]}"; do
  binary="$build/fuzz/$target"
  [ -x "$binary" ] || { echo "$target: not built (make fuzz-build)"; failed=1; continue; }
  artifacts="$build/fuzz-artifacts/$target"
  log="$build/fuzz-logs/$target.log"
  mkdir -p "$artifacts" "$(dirname "$log")" "$build/corpus/$target"
  "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len="${max_len[$target]}" \
    -dict="$source_dir/fuzz/${dict[$target]}" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$build/corpus/$target" >"$log" 2>&1
  status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  if [ $status -eq 0 ]; then
    echo "$target: ok, ${runs:-?} runs in ${seconds} s, cov ${cov:-?}, ft ${ft:-?}, corpus ${corpus:-?} (log $log)"
  else
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    kind=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer|libFuzzer): [a-zA-Z-]+|runtime error|deadly signal|out-of-memory|timeout' "$log")
    echo "$target: FAILED (${kind:-exit $status}) after ${runs:-?} runs: ${artifact:-no artifact} (log $log)"
    failed=1
  fi
done
exit $failed
