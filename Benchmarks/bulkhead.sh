#!/usr/bin/env bash
# The bulkhead (issue #27): 50 clients hammer a heavy contract (bench-heavy: statistics over every enrolment of
# the large demo registrar) while 2 clients read 100-row pages of a light one (bench-enrollment). The light
# contract's latency is measured alone, under the load with the default bulkhead (at most half the places for
# one contract), and under the load with the bulkhead opened to the whole pool (--max-queries-per-contract equal
# to --max-queries), in one run. Target: the light contract's p99 under 100 ms under the load.
# Usage: Benchmarks/bulkhead.sh [DATABASE]   (release build; the large demo registrar in SQLite by default, or a
#        postgres:// URL holding it; prints Markdown)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
source Benchmarks/prepare.sh
database=${1:-$db}
port=18193
state=()
case $database in postgres*) ;; *) state=(--state "$PWD/$work/bulkhead-state.sqlite") ;; esac
heavy_key=$(cd "$work/repo" && "$bin" keys issue bench-heavy --database "$database" "${state[@]}" 2>/dev/null)
light_key=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$database" "${state[@]}" 2>/dev/null)
light="http://127.0.0.1:$port/api/bench-enrollment?max_id=100&limit=100"
heavy="http://127.0.0.1:$port/api/bench-heavy?limit=100"

serve() {
    (cd "$work/repo" && exec "$bin" serve --database "$database" "${state[@]}" --port $port --page-time-limit 20s "$@" > ../sanya-bulkhead.log 2>&1) &
    spid=$!
    for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/readyz" && break; sleep 0.5; done
}
stop() { kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true; }
trap stop EXIT

# The light contract's p50 and p99 (ms) over 15 s with 2 clients, optionally while 50 clients load the heavy one.
measure() {
    local load=$1 heavy_out=""
    if [ "$load" = yes ]; then
        wrk -t1 -c50 -d20s -H "Authorization: Bearer $heavy_key" "$heavy" > "$work/heavy.txt" 2>&1 &
        local hpid=$!
        sleep 3
    fi
    wrk -t1 -c2 -d15s --latency -H "Authorization: Bearer $light_key" "$light" > "$work/light.txt" 2>&1
    if [ "$load" = yes ]; then
        wait $hpid
        heavy_out="$(awk '/requests in/ {print $1}' "$work/heavy.txt") requests, $(awk '/Non-2xx/ {print $5}' "$work/heavy.txt") refused"
    fi
    local p50 p99 rate errors
    p50=$(awk '$1 == "50%" {print $2}' "$work/light.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/light.txt")
    rate=$(awk '/Requests\/sec/ {print int($2)}' "$work/light.txt")
    errors=$(awk '/Non-2xx/ {print $5}' "$work/light.txt")
    echo "$p50|$p99|$rate|${errors:-0}|${heavy_out:--}"
}

echo "| light contract (2 clients) | p50 | p99 | requests/s | light refused | heavy contract (50 clients, 20 s) |"
echo "|-|-|-|-|-|-|"
serve
IFS='|' read -r a b c d e <<< "$(measure no)"; echo "| alone | $a | **$b** | $c | $d | $e |"
IFS='|' read -r a b c d e <<< "$(measure yes)"; echo "| under load, default bulkhead (8 places, 4 a contract) | $a | **$b** | $c | $d | $e |"
stop
serve --max-queries 8 --max-queries-per-contract 8
IFS='|' read -r a b c d e <<< "$(measure yes)"; echo "| under load, bulkhead open (8 places, 8 a contract) | $a | **$b** | $c | $d | $e |"
stop
echo
echo "database: $database; $(nproc) cores; $(git rev-parse --short HEAD)"
