#!/usr/bin/env bash
# Times `sanya sla` over a generated repository of COUNT contracts (default 1,000; see many-contracts.sh), in
# JSON and in HTML, with hyperfine on a release build. The floor, measured in the same run, is `sanya check`
# of the same repository: the report reads every contract exactly as the checker does, so what it adds is
# the business-day arithmetic and the rendering. Target: under 1 second. Prints Markdown.
# Usage: Benchmarks/sla-1000.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

swift build -c release --product sanya >/dev/null
bin=$PWD/.build/release/sanya
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source Benchmarks/many-contracts.sh
day="--today 2026-11-27"
"$bin" check --root "$work" $day 2>&1 | tail -1

hyperfine --warmup 2 --runs 10 --export-markdown "$work/times.md" \
    -n "check (floor)" "$bin check --root $work $day" \
    -n "sla --format json" "$bin sla --root $work $day --format json -o $work/sla.json" \
    -n "sla --format html" "$bin sla --root $work $day --format html -o $work/sla.html" >/dev/null
echo
echo "$(find "$work/Contracts" -name '*.yaml' | wc -l) files, $(grep -c '"contract"' "$work/sla.json") requests reported; release build of $(git rev-parse --short HEAD)"
echo
cat "$work/times.md"
