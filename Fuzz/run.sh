#!/usr/bin/env bash
# Builds the libFuzzer targets (SwiftPM --sanitize fuzzer --sanitize address) and runs one for a set number
# of executions, seeded with the repository's contracts, catalog and golden-case files. Prints the
# executions, time and outcome as a Markdown table row for Fuzz/README.md; a crash, leak or timeout leaves
# its input in Fuzz/findings/ and the script fails.
# Usage: Fuzz/run.sh [TARGET] [RUNS]       (default: FuzzFrontend 1000000)
# The test suite (scripts/test) runs each target for a few thousand executions, so that a harness that no
# longer builds or fails at once is seen on the change that broke it; the long runs are recorded below.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-FuzzFrontend}
runs=${2:-1000000}
# SwiftPM's --sanitize fuzzer left the Swift modules without coverage counters (only libyaml's C had
# them, and the fuzzer was blind in Swift): the coverage kind current libFuzzer reads is named explicitly.
# The build plan is not cached: SwiftPM's cached plan missed source files newly added to the Sanya package
# (a path dependency here), and the build then failed on a type it could not find.
build_log=$(mktemp)
swift build -c release --disable-build-manifest-caching --sanitize fuzzer --sanitize address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    --product "$target" >"$build_log" 2>&1 || { echo "Fuzz/run.sh: the $target build failed:" >&2; tail -40 "$build_log" >&2; exit 1; }
rm -f "$build_log"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
if [ "$target" = FuzzParameters ]; then
    # Seeds: a selector byte, then a query string or a JSON body of the kind the runtime reads.
    i=0
    for seed in 'term_id=25691&faculty=01' 'student_ids=67010001,67050001&from_term=25672' '{"student_ids": ["67010001"], "from_term": 25672}' \
                '{"a": 1, "a": 2}' 'limit=5&cursor=o10&format=csv&bom=1' '{"x": [true, null, 1.5e300, "\u0061"]}'; do
        for selector in 0 1 2 3; do printf "\\x0$selector%s" "$seed" > "$corpus/seed-$i"; i=$((i + 1)); done
    done
else
    while IFS= read -r -d '' file; do
        cp "$file" "$corpus/$(sha256sum "$file" | cut -c1-16).yaml"
    done < <(find ../Contracts ../Tests/SanyaFrontendTests/Cases -type f -name '*.yaml' -print0)
fi
mkdir -p findings
log=$(mktemp)
start=$(date +%s)
status=0
# Deliberate process-lifetime caches are suppressed, each with its reason, in lsan.supp.
LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0" SANYA_ROOT=$(cd .. && pwd) ".build/release/$target" "$corpus" -runs="$runs" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=findings/ -print_final_stats=1 >"$log" 2>&1 || status=$?
seconds=$(( $(date +%s) - start ))
executions=$(grep -m1 'stat::number_of_executed_units' "$log" | awk '{print $2}' || true)
coverage=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | grep -o 'cov: [0-9]*' | awk '{print $2}' || true)
outcome=$([ "$status" -eq 0 ] && echo "no crash, hang or leak" || echo "FAILED (exit $status): see findings/")
echo "| $(date +%F) | $target | $(git -C .. rev-parse --short HEAD) | ${executions:-?} | ${coverage:-?} | ${seconds} s | $outcome |"
[ "$status" -eq 0 ] || { tail -40 "$log" >&2; exit "$status"; }
