#!/usr/bin/env bash
# Sanya's runtime against Datasette serving the same SQLite file, and the sqlite3 tool as the floor.
#   - requests/s and p50/p99 latency under wrk for the same 100 rows as JSON, CSV and an HTML table;
#   - a whole-table CSV export of every enrolment (about 1,000,000 rows): rows/s and the server's peak RSS.
# Usage: Benchmarks/serve-vs-datasette.sh   (release build; prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
python3 -c "import datasette" 2>/dev/null || python3 -m pip install -q datasette
command -v sqlite3 >/dev/null || apt-get install -y -qq sqlite3 >/dev/null

source Benchmarks/prepare.sh
rows=$(sqlite3 "$db" "select count(*) from enrollment")
echo "enrolments: $rows"

port=18181; dport=18182
rm -f "$work/state.sqlite"
key=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$db" --state "$PWD/../state.sqlite" 2>/dev/null)
(cd "$work/repo" && exec "$bin" serve --database "$db" --state "$PWD/../state.sqlite" --port $port > ../sanya.log 2>&1) &
spid=$!
cat > "$work/metadata.json" <<JSON
{"databases": {"registrar": {"queries": {"page": {"sql": "select enrollment_id, student_id, course_code, term_id, enroll_status, letter_grade, grade_point from enrollment where enrollment_id <= :max_id order by enrollment_id"}}}}}
JSON
python3 -m datasette serve "$db" -m "$work/metadata.json" --port $dport --setting sql_time_limit_ms 600000 --setting max_csv_mb 0 > "$work/datasette.log" 2>&1 &
dpid=$!
trap 'kill $spid $dpid 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$dport/" && curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done

auth="Authorization: Bearer $key"
# wrk for one endpoint: a 3 s warm-up (not recorded), then three 10 s runs; the row printed is the run with
# the median requests/s (its own p50 and p99), followed by all three requests/s figures. A shared machine
# moves single runs by ±20 %; the median of three, after warm-up, is what the targets are judged on.
bench() { # name url [header]
    local args=(-t2 -c32 --latency)
    [ -n "${3:-}" ] && args+=(-H "$3")
    wrk "${args[@]}" -d3s "$2" >/dev/null
    local runs=()
    for _ in 1 2 3; do
        local out
        out=$(wrk "${args[@]}" -d10s "$2")
        runs+=("$(echo "$out" | awk '/Requests\/sec/ {rps=$2} $1=="50%" {p50=$2} $1=="99%" {p99=$2} END {print rps" "p50" "p99}')")
    done
    local median all
    median=$(printf '%s\n' "${runs[@]}" | sort -n -k1,1 | sed -n 2p)
    all=$(printf '%s\n' "${runs[@]}" | awk '{print $1}' | paste -sd' ')
    read -r rps p50 p99 <<<"$median"
    echo "| $1 | $rps | $p50 | $p99 | $all |"
}
echo
echo "| 100 rows | requests/s (median of 3) | p50 | p99 | the three runs |"
echo "|-|-|-|-|-|"
for f in json csv table; do
    bench "Sanya $f" "http://127.0.0.1:$port/api/bench-enrollment?max_id=100&format=$f" "$auth"
done
bench "Datasette json" "http://127.0.0.1:$dport/registrar/page.json?max_id=100&_shape=array"
bench "Datasette csv" "http://127.0.0.1:$dport/registrar/page.csv?max_id=100"
bench "Datasette html" "http://127.0.0.1:$dport/registrar/page?max_id=100"

echo
echo "| whole table as CSV ($rows rows) | seconds (median of 3) | rows/s | peak RSS |"
echo "|-|-|-|-|"
# The median of three timings of `$@`, in seconds.
timed() {
    local times=()
    for _ in 1 2 3; do
        local start end
        start=$(date +%s.%N)
        "$@"
        end=$(date +%s.%N)
        times+=("$(echo "$end - $start" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}
sanya_export() { curl -s -H "$auth" -o "$work/sanya.csv" "http://127.0.0.1:$port/api/bench-enrollment?format=csv"; }
sqlite_export() { sqlite3 -csv -header "$db" "select enrollment_id, student_id, course_code, term_id, enroll_status, letter_grade, grade_point from enrollment order by enrollment_id" > "$work/sqlite3.csv"; }
seconds=$(timed sanya_export)
hwm=$(awk '/VmHWM/ {print $2" "$3}' /proc/$spid/status)
lines=$(($(wc -l < "$work/sanya.csv") - 1))
echo "| Sanya ($lines rows) | $seconds | $(echo "$lines / $seconds" | bc) | $hwm |"
start=$(date +%s.%N)
curl -s -o "$work/datasette.csv" "http://127.0.0.1:$dport/registrar/enrollment.csv?_stream=on&_size=max"
end=$(date +%s.%N)
dlines=$(($(wc -l < "$work/datasette.csv") - 1))
echo "| Datasette ($dlines rows, one run) | $(echo "$end - $start" | bc) | $(echo "$dlines / ($end - $start)" | bc) | $(awk '/VmHWM/ {print $2" "$3}' /proc/$dpid/status) |"
seconds=$(timed sqlite_export)
echo "| sqlite3 tool | $seconds | $(echo "$rows / $seconds" | bc) | - |"
