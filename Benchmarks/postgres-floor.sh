#!/usr/bin/env bash
# Sanya on PostgreSQL against the database's own tools, on the same cluster, in one run (issue: production
# at the floor's speed):
#   - the 100-row JSON page: wrk requests/s against pgbench -M prepared transactions/s of the very query the
#     runtime runs (its page SQL from Generated/handlers/, the same binds), both with 32 clients on 2 threads;
#     the server's CPU per request from /proc, which a shared machine disturbs less than requests/s;
#   - the whole enrolment table: CSV, NDJSON and XLSX from the runtime against psql's \copy (SELECT …) TO
#     STDOUT of the same query; the runtime's peak RSS after the load.
# Usage: Benchmarks/postgres-floor.sh   (release build, the large demo registrar; prints Markdown)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v pgbench >/dev/null || ls /usr/lib/postgresql/*/bin/pgbench >/dev/null
PATH=$PATH:$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

source Benchmarks/prepare.sh
base=$(bash scripts/postgres)
admin=${base%/*}/postgres
url=${base%/*}/sanya_bench
psql -q "$admin" -c "DROP DATABASE IF EXISTS sanya_bench WITH (FORCE)" -c "CREATE DATABASE sanya_bench"
(cd "$work/repo" && "$bin" demo --size large -o "$PWD/../pg-copy.sqlite" --postgres "$url" >/dev/null)
rows=$(psql -tA "$url" -c "select count(*) from enrollment")
echo "enrolments in PostgreSQL: $rows"

port=18191
key=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$url" 2>/dev/null)
(cd "$work/repo" && exec "$bin" serve --database "$url" --port $port > ../sanya-pg.log 2>&1) &
spid=$!
trap 'kill $spid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/readyz" && break; sleep 1; done
auth="Authorization: Bearer $key"

# The runtime's page query with its binds as pgbench variables: max_id = 100, limit = 100, offset = 0.
python3 - "$work/repo/Generated/handlers/bench-enrollment.json" > "$work/page.pgbench" <<'PY'
import json, re, sys
handler = json.load(open(sys.argv[1]))
queries = handler["queries"]["postgres"]
# With max_id given the runtime runs the variant for that parameter (plain conditions), not the general page.
page = next((v["page"] for v in queries["variants"] if v["present"] == ["max_id"]), queries["page"])
values = {"max_id": 100, "$limit": 100, "$offset": 0}
sql = re.sub(r"\$(\d+)", lambda m: ":p" + m.group(1), page["sql"])
for index, name in enumerate(page["binds"], start=1):
    print(f"\\set p{index} {values[name]}")
print(sql + ";")
PY
# The same page assembled as JSON by the database, as PostgREST does (row_to_json and string_agg): what the
# database itself would spend if the runtime only passed bytes through.
{ grep '^\\set' "$work/page.pgbench"; echo "SELECT coalesce(string_agg(row_to_json(p)::text, ','), '') FROM ($(grep -v '^\\set' "$work/page.pgbench" | sed 's/;$//')) AS p;"; } > "$work/page-json.pgbench"
cpu() { awk '{print $14 + $15}' /proc/$spid/stat; }
# CPU of every PostgreSQL server process (backends, writer, WAL): what the database spends per request.
pgcpu() { local total=0; for p in $(pgrep -u postgres postgres); do total=$((total + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $total; }
ticks=$(getconf CLK_TCK)

echo
echo "| 100-row JSON page, 32 clients | transactions or requests/s (median of 3) | the three runs | Sanya's CPU per request | PostgreSQL's CPU per request |"
echo "|-|-|-|-|-|"
floor() {
    local runs=() mode=$1 file=$2
    for _ in 1 2 3; do
        runs+=("$(pgbench -n -M "$mode" -c 32 -j 2 -T 10 -f "$file" "$url" 2>/dev/null | awk '/^tps/ {print int($3)}')")
    done
    echo "$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p) ${runs[*]}"
}
read -r pg pgruns <<< "$(floor prepared "$work/page.pgbench")"
echo "| pgbench -M prepared (floor) | $pg | $pgruns | - | - |"
read -r extended runs <<< "$(floor extended "$work/page.pgbench")"
echo "| pgbench -M extended (parsed and planned each time) | $extended | $runs | - | - |"
read -r assembled runs <<< "$(floor prepared "$work/page-json.pgbench")"
echo "| pgbench -M prepared, the database assembling the JSON | $assembled | $runs | - | - |"
wrk -t2 -c32 -d3s -H "$auth" "http://127.0.0.1:$port/api/bench-enrollment?max_id=100&limit=100&format=json" >/dev/null
runs=(); cpus=(); pgcpus=()
for _ in 1 2 3; do
    before=$(cpu); pgbefore=$(pgcpu)
    out=$(wrk -t2 -c32 -d10s -H "$auth" "http://127.0.0.1:$port/api/bench-enrollment?max_id=100&limit=100&format=json")
    after=$(cpu); pgafter=$(pgcpu)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    runs+=("$(echo "$out" | awk '/Requests\/sec/ {print int($2)}')")
    cpus+=("$(echo "($after - $before) * 1000000 / $ticks / $requests" | bc)")
    pgcpus+=("$(echo "($pgafter - $pgbefore) * 1000000 / $ticks / $requests" | bc)")
done
sanya=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)
echo "| Sanya JSON | $sanya | ${runs[*]} | $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p) µs | $(printf '%s\n' "${pgcpus[@]}" | sort -n | sed -n 2p) µs |"
before=$(cpu)
out=$(wrk -t2 -c32 -d10s "http://127.0.0.1:$port/healthz")
after=$(cpu)
echo "| Sanya /healthz (HTTP alone, no database) | $(echo "$out" | awk '/Requests\/sec/ {print int($2)}') | - | $(echo "($after - $before) * 1000000 / $ticks / $(echo "$out" | awk '/requests in/ {print $1}')" | bc) µs | - |"
echo
echo "Sanya ÷ pgbench: $(echo "scale=2; $sanya / $pg" | bc) (target ≥ 0.5)"

timed() {
    local times=()
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N); "$@"; end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
query="select enrollment_id, student_id, course_code, term_id, enroll_status, letter_grade, grade_point from enrollment order by enrollment_id"
copy() { psql -q "$url" -c "\\copy ($query) to stdout with csv header" > "$work/copy.csv"; }
get() { curl -s -H "$auth" -o "$work/sanya.$1" "http://127.0.0.1:$port/api/bench-enrollment?format=$1"; }
echo
echo "| whole table ($rows rows) | seconds (median of 3) | rows/s | ÷ psql \\copy | Sanya's CPU (mean of 3) |"
echo "|-|-|-|-|-|"
floor=$(timed copy)
echo "| psql \\copy … to stdout csv (floor) | $floor | $(echo "$rows / $floor" | bc) | 1.00 | - |"
for format in csv ndjson excel; do
    before=$(cpu)
    seconds=$(timed get $format)
    after=$(cpu)
    echo "| Sanya $format | $seconds | $(echo "$rows / $seconds" | bc) | $(echo "scale=2; $floor / $seconds" | bc) | $(echo "scale=2; ($after - $before) / $ticks / 3" | bc) s |"
done
echo
echo "Sanya's peak RSS after the load: $(awk '/VmHWM/ {print $2" "$3}' /proc/$spid/status) (target < 64 MB)"
