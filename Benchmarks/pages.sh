#!/usr/bin/env bash
# The regression guard for pages (issue #28): in one run, the CPU per request of the 100-row JSON, CSV and
# TABLE pages, on SQLite against Datasette -i serving the same file and query, and on PostgreSQL against
# pgbench -M prepared (the database's floor) and a small FastAPI + asyncpg + orjson service doing what Sanya
# does (Benchmarks/peers/fastapi_page.py). CPU per request is read from /proc (user + system ticks of every
# process of the server, over the measured run), which a shared machine disturbs less than requests/s.
# Prints Markdown: the measurements, then one history row for Benchmarks/README.md.
# Usage: Benchmarks/pages.sh   (release build; the large demo registrar, in SQLite and in PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
python3 -c "import datasette" 2>/dev/null || python3 -m pip install -q datasette
python3 -c "import fastapi, uvicorn, asyncpg, orjson" 2>/dev/null || python3 -m pip install -q fastapi uvicorn asyncpg orjson
PATH=$PATH:$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

source Benchmarks/prepare.sh
ticks=$(getconf CLK_TCK)
# CPU ticks (user + system) of a process and all its descendants.
tree() { local pids=$1 p; for p in $(pgrep -P "$1"); do pids="$pids $(tree "$p")"; done; echo "$pids"; }
cpu() { local total=0 p; for p in $(tree "$1"); do total=$((total + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0))); done; echo $total; }
# measure PID URL [HEADER]: a 3 s warm-up, then three 10 s wrk runs (2 threads, 32 connections); prints the
# median CPU per request (µs), the median requests/s and the median p99.
measure() {
    local args=(-t2 -c32 --latency) out before after requests
    [ -n "${3:-}" ] && args+=(-H "$3")
    wrk "${args[@]}" -d3s "$2" >/dev/null
    local cpus=() rates=() p99s=()
    for _ in 1 2 3; do
        before=$(cpu "$1")
        out=$(wrk "${args[@]}" -d10s "$2")
        after=$(cpu "$1")
        requests=$(echo "$out" | awk '/requests in/ {print $1}')
        cpus+=("$(echo "($after - $before) * 1000000 / $ticks / $requests" | bc)")
        rates+=("$(echo "$out" | awk '/Requests\/sec/ {print int($2)}')")
        p99s+=("$(echo "$out" | awk '$1 == "99%" {print $2}')")
        if echo "$out" | grep -q "Non-2xx"; then echo "pages.sh: $2 answered errors" >&2; exit 1; fi
    done
    echo "$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 2p) $(printf '%s\n' "${rates[@]}" | sort -n | sed -n 2p) $(printf '%s\n' "${p99s[@]}" | sort -V | sed -n 2p)"
}
ratio() { echo "scale=1; $1 / $2" | bc; }

# --- SQLite: Sanya against Datasette -i (immutable: no change checks per request) -----------------------
port=18201; dport=18202; pport=18203
rm -f "$work/pages-state.sqlite"
key=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$db" --state "$PWD/../pages-state.sqlite" 2>/dev/null)
(cd "$work/repo" && exec "$bin" serve --database "$db" --state "$PWD/../pages-state.sqlite" --port $port > ../pages-sanya.log 2>&1) &
spid=$!
query="select enrollment_id, student_id, course_code, term_id, enroll_status, letter_grade, grade_point from enrollment"
cat > "$work/pages-metadata.json" <<JSON
{"databases": {"registrar": {"queries": {"page": {"sql": "$query where enrollment_id <= :max_id order by enrollment_id limit 100"}}}}}
JSON
python3 -m datasette serve -i "$db" -m "$work/pages-metadata.json" --port $dport > "$work/pages-datasette.log" 2>&1 &
dpid=$!
pids=("$spid" "$dpid")
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$dport/" && curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 1; done
auth="Authorization: Bearer $key"
declare -A sanya_sqlite datasette
echo "| SQLite, 100-row page, 32 connections | CPU per request | requests/s | p99 |"
echo "|-|-|-|-|"
for f in json csv table; do
    read -r c r p <<< "$(measure $spid "http://127.0.0.1:$port/api/bench-enrollment?max_id=100&limit=100&format=$f" "$auth")"
    sanya_sqlite[$f]=$c
    echo "| Sanya $f | $c µs | $r | $p |"
done
for f in json csv html; do
    case $f in json) path="page.json?max_id=100&_shape=array" ;; csv) path="page.csv?max_id=100" ;; html) path="page?max_id=100" ;; esac
    read -r c r p <<< "$(measure $dpid "http://127.0.0.1:$dport/registrar/$path")"
    datasette[$f]=$c
    echo "| Datasette -i $f | $c µs | $r | $p |"
done
kill $spid $dpid; wait $spid $dpid 2>/dev/null || true

# --- PostgreSQL: Sanya against pgbench and the FastAPI service --------------------------------------------
base=$(bash scripts/postgres)
admin=${base%/*}/postgres
url=${base%/*}/sanya_pages
if ! psql -tA "$url" -c "select 1 from enrollment limit 1" >/dev/null 2>&1; then
    psql -q "$admin" -c "DROP DATABASE IF EXISTS sanya_pages WITH (FORCE)" -c "CREATE DATABASE sanya_pages"
    (cd "$work/repo" && "$bin" demo --size large -o "$PWD/../pages-pg.sqlite" --postgres "$url" >/dev/null)
fi
pgkey=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$url" 2>/dev/null)
(cd "$work/repo" && exec "$bin" serve --database "$url" --port $port > ../pages-sanya-pg.log 2>&1) &
spid=$!
sql="$query where enrollment_id <= \$1 order by enrollment_id limit \$2 offset \$3"
(cd Benchmarks/peers && PAGE_DSN="$url" PAGE_SQL="$sql" PAGE_KEY="$pgkey" exec python3 -m uvicorn fastapi_page:app --workers 2 --port $pport --log-level warning > "$PWD/../../$work/pages-fastapi.log" 2>&1) &
ppid_=$!
pids=("$spid" "$ppid_")
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/readyz" && curl -s -o /dev/null "http://127.0.0.1:$pport/docs" && break; sleep 1; done
printf '\\set max_id 100\n%s;\n' "$(echo "$sql" | sed 's/\$1/:max_id/; s/\$2/100/; s/\$3/0/')" > "$work/pages.pgbench"
pgruns=()
for _ in 1 2 3; do pgruns+=("$(pgbench -n -M prepared -c 32 -j 2 -T 10 -f "$work/pages.pgbench" "$url" 2>/dev/null | awk '/^tps/ {print int($3)}')"); done
pgbench_tps=$(printf '%s\n' "${pgruns[@]}" | sort -n | sed -n 2p)
echo
echo "| PostgreSQL, 100-row page, 32 connections | CPU per request | requests/s | p99 |"
echo "|-|-|-|-|"
echo "| pgbench -M prepared (the floor) | - | $pgbench_tps | - |"
declare -A sanya_pg
pgauth="Authorization: Bearer $pgkey"
for f in json csv table; do
    read -r c r p <<< "$(measure $spid "http://127.0.0.1:$port/api/bench-enrollment?max_id=100&limit=100&format=$f" "$pgauth")"
    sanya_pg[$f]=$c
    [ $f = json ] && sanya_pg_rate=$r
    echo "| Sanya $f | $c µs | $r | $p |"
done
read -r fc fr fp <<< "$(measure $ppid_ "http://127.0.0.1:$pport/page?max_id=100" "$pgauth")"
echo "| FastAPI + asyncpg + orjson, 2 workers (json) | $fc µs | $fr | $fp |"
echo
commit=$(git rev-parse --short HEAD)
echo "| date | commit | SQLite JSON / CSV / TABLE | Datasette ÷ Sanya (JSON / CSV / HTML) | PostgreSQL JSON / CSV / TABLE | Sanya ÷ FastAPI rate | Sanya ÷ pgbench |"
echo "|-|-|-|-|-|-|-|"
echo "| $(date +%F) | $commit | ${sanya_sqlite[json]} / ${sanya_sqlite[csv]} / ${sanya_sqlite[table]} µs | $(ratio ${datasette[json]} ${sanya_sqlite[json]})× / $(ratio ${datasette[csv]} ${sanya_sqlite[csv]})× / $(ratio ${datasette[html]} ${sanya_sqlite[table]})× | ${sanya_pg[json]} / ${sanya_pg[csv]} / ${sanya_pg[table]} µs | $(echo "scale=2; $sanya_pg_rate / $fr" | bc) | $(echo "scale=2; $sanya_pg_rate / $pgbench_tps" | bc) |"
echo
echo "$(nproc) cores; CPU per request is the server's own (every process of it), the median of three 10 s runs after a 3 s warm-up."
