#!/usr/bin/env bash
# Times the compiler over a generated repository of COUNT contracts (default 1,000): the repository's
# catalog plus copies of its own contracts under new ids, so every one resolves joins, filters and masks.
# Measures, with hyperfine on a release build: `sanya check`, a full `sanya build` into an empty
# Generated/, and a rebuild with nothing changed. Prints Markdown.
# Usage: Benchmarks/compile-1000.sh [COUNT]
# SCRATCH=/dev/shm puts the repository on a memory file system (the compiler alone, without ext4's costs).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

swift build -c release --product sanya >/dev/null
bin=$PWD/.build/release/sanya
work=$(mktemp -d -p "${SCRATCH:-${TMPDIR:-/tmp}}")
trap 'rm -rf "$work"' EXIT
source Benchmarks/many-contracts.sh
day="--today 2026-11-26"
"$bin" check --root "$work" $day 2>&1 | tail -1
"$bin" build --root "$work" $day 2>/dev/null | tail -1

# One --prepare per command, in order: only the full build starts from an empty Generated/. The previous
# Generated/ is moved aside, not deleted: ext4 makes a file created just after thousands were deleted look
# for a free inode past every recently freed one (seen with perf: most of the build's time in the kernel's
# recently_deleted), which measures this script's own deletion, not a first build in a fresh clone. The
# folders moved aside are deleted once the timing is over.
mkdir -p "$work/.aside"
hyperfine --warmup 2 --runs 10 --export-markdown "$work/times.md" \
    --prepare "true" --prepare "mv $work/Generated $work/.aside/\$(date +%s%N); rm -rf $work/var" --prepare "true" \
    -n "check" "$bin check --root $work $day" \
    -n "build (first: no Generated/)" "$bin build --root $work $day" \
    -n "build (nothing changed)" "$bin build --root $work $day" >/dev/null
echo
echo "$(find "$work/Contracts" -name '*.yaml' | wc -l) files, $(find "$work/Generated" -type f | wc -l) generated; release build of $(git rev-parse --short HEAD)"
echo
cat "$work/times.md"
