#!/usr/bin/env bash
# Times the change-control and PDPA commands over generated repositories of COUNT contracts (default 1,000;
# see many-contracts.sh): `sanya diff` of two such repositories (HEAD with a change in every tenth contract:
# a field removed, a limit lowered, a purpose reworded) and `sanya ropa`, with hyperfine on a release build.
# The floor, in the same run, is `sanya check` of one side: diff reads both sides as check does, so it should
# cost about two checks. Targets: diff and ropa each under 1 second. Prints Markdown.
# Usage: Benchmarks/governance-1000.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

swift build -c release --product sanya >/dev/null
bin=$PWD/.build/release/sanya
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
work=$scratch/base
source Benchmarks/many-contracts.sh
cp Contracts/controller.yaml "$work/Contracts/controller.yaml"
cp -r "$work" "$scratch/head"
n=0
for file in "$scratch"/head/Contracts/generated/c*0.yaml; do
    n=$((n + 1))
    case $((n % 3)) in
        0) sed -i '0,/^  purpose: /s/^  purpose: \(.*\)$/  purpose: \1 (reworded)/' "$file" ;;
        1) sed -i 's/^  row_limit: .*/  row_limit: 10/' "$file" ;;
        2) sed -i '0,/^    - student_id$/{/^    - student_id$/d}' "$file" ;;
    esac
done
day="--today 2026-11-27"
cd "$scratch"
"$bin" check --root base $day 2>&1 | tail -1
"$bin" diff base head --root head $day --fail-on never | tail -1
hyperfine --warmup 2 --runs 10 --export-markdown "$scratch/times.md" \
    -n "check one side (floor)" "$bin check --root base $day" \
    -n "diff base head" "$bin diff base head --root head $day --fail-on never --format json" \
    -n "ropa (html)" "$bin ropa --root base $day --format html -o $scratch/ropa.html" \
    -n "ropa (json)" "$bin ropa --root base $day --format json -o $scratch/ropa.json" >/dev/null
echo
echo "$count contracts a side; release build of $(git -C "$OLDPWD" rev-parse --short HEAD)"
echo
cat "$scratch/times.md"
