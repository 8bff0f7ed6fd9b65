#!/usr/bin/env bash
# sanya catalog import and verify on schemas of real size, release build:
#  - import of RosarioSIS (94 tables, 5 views, ~1,000 columns, 100 foreign keys; Tests/Fixtures/real-schemas)
#    from PostgreSQL, into an empty folder and again onto its own output (the re-import a nightly job does);
#  - verify of the demo registrar's catalog against the large demo registrar (SQLite) and against RosarioSIS.
# The floor in the same run: pg_dump --schema-only of the same database.
# Each command RUNS times (default 5); prints the median wall time and the median CPU (user + sys) as Markdown.
# Needs the PostgreSQL of scripts/postgres (SANYA_BENCH_POSTGRES_URL, default the tests' server).
# Usage: Benchmarks/catalog.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
source Benchmarks/prepare.sh
base=${SANYA_BENCH_POSTGRES_URL:-postgres://sanya:sanya@127.0.0.1:5432}
psql -q "$base/postgres" -c "DROP DATABASE IF EXISTS sanya_bench_rosario" -c "CREATE DATABASE sanya_bench_rosario" >/dev/null
psql -q -v ON_ERROR_STOP=1 "$base/sanya_bench_rosario" -f Tests/Fixtures/real-schemas/rosariosis/rosariosis.sql >/dev/null
url="$base/sanya_bench_rosario"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/Contracts"

# Median wall and CPU seconds of a command run $runs times (CPU from the shell's child rusage).
measure() {
    local label=$1; shift
    local walls=() cpus=()
    for _ in $(seq "$runs"); do
        local before after start end
        before=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
        end=$(date +%s%N)
        after=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
        walls+=($(( (end - start) / 1000000 )))
        cpus+=($(( (after - before) * 1000 / $(getconf CLK_TCK) )))
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    echo "| $label | $wall ms | $cpu ms |"
}

fresh_import() { rm -rf "$scratch/Contracts/catalog"; (cd "$scratch" && "$bin" catalog import --database "$url"); }
echo "| command | median wall | median CPU |"
echo "|-|-|-|"
# The floor: PostgreSQL's own tool reading the same catalogs (its DDL, every table, key and comment).
measure "floor: pg_dump --schema-only of RosarioSIS (PostgreSQL's own reading of its catalogs)" pg_dump --schema-only --no-owner -f /dev/null "$url"
measure "import RosarioSIS from PostgreSQL into an empty folder (99 files)" fresh_import
measure "re-import RosarioSIS onto its own catalog (nothing changed)" bash -c "cd '$scratch' && '$bin' catalog import --database '$url'"
measure "verify RosarioSIS's imported catalog against PostgreSQL" bash -c "cd '$scratch' && '$bin' catalog verify --database '$url'; [ \$? -le 1 ]"
measure "verify the demo registrar's catalog against the large demo registrar (SQLite, $(du -h "$db" | cut -f1))" bash -c "cd '$work/repo' && '$bin' catalog verify --database '$db'"
echo
echo "release build of $(git rev-parse --short HEAD), $runs runs each, $(nproc) cores"
