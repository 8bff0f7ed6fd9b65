#!/usr/bin/env bash
# Times `sanya check` (release build) over a generated repository of 1,000 contracts: the repository's
# catalog plus copies of its own contracts under new ids, so every one resolves joins, filters and masks.
# Usage: Benchmarks/check-1000.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}

swift build -c release --product sanya >/dev/null
bin=.build/release/sanya
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Contracts/generated"
cp -r Contracts/catalog "$work/Contracts/catalog"
mapfile -t sources < <(find Contracts -name '*.yaml' -not -path 'Contracts/catalog/*' | sort)
for i in $(seq 1 "$count"); do
    src=${sources[$(( (i - 1) % ${#sources[@]} ))]}
    id=$(awk '/^contract:/ {print $2; exit}' "$src")
    sed "s/^contract: .*/contract: $id-$i/" "$src" > "$work/Contracts/generated/c$i.yaml"
done
"$bin" check --root "$work" --today 2026-11-26 2>&1 | tail -1
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 "$bin check --root $work --today 2026-11-26"
else
    for _ in 1 2 3; do /usr/bin/time -f "%e s elapsed, %M KiB peak RSS" "$bin" check --root "$work" --today 2026-11-26 2>&1 | tail -1; done
fi
