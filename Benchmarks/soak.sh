#!/usr/bin/env bash
# Soak: CONNECTIONS connections (default 64) for MINUTES minutes (default 10) against a release `sanya serve`
# on the large demo registrar, mixing formats (JSON page, CSV, HTML table, XLSX) and refusals (a media type the
# contract does not deliver, a wrong key, an unknown parameter, a bad limit). Passes when every request gets the status it should (no error for an
# allowed request), the server's RSS grows by less than 10 % from minute 1 to the end, and the audit holds
# one record per request (wrk does not count the requests cut off when it stops, so up to CONNECTIONS more).
# With SOAK_POSTGRES=1 the registrar and the runtime's state are in the machine's PostgreSQL (database
# sanya_bench, loaded with the large demo registrar as Benchmarks/postgres-floor.sh does, if missing), and a
# plain CSV (written by PostgreSQL's COPY) joins the mix.
# Usage: [SOAK_POSTGRES=1] Benchmarks/soak.sh [MINUTES] [CONNECTIONS]     Prints Markdown; exits 1 when a criterion fails.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
connections=${2:-64}
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
. Benchmarks/prepare.sh
port=18431
if [ "${SOAK_POSTGRES:-0}" = 1 ]; then
    base=$(bash scripts/postgres)
    db=${base%/*}/sanya_bench
    if ! psql -tA "$db" -c "select count(*) from enrollment" >/dev/null 2>&1; then
        psql -q "${base%/*}/postgres" -c "DROP DATABASE IF EXISTS sanya_bench WITH (FORCE)" -c "CREATE DATABASE sanya_bench"
        (cd "$work/repo" && "$bin" demo --size large -o "$PWD/../pg-copy.sqlite" --postgres "$db" >/dev/null)
    fi
    psql -q "$db" -c "DROP SCHEMA IF EXISTS sanya_state CASCADE"
    stateflags=()
    plaincsv='{"/api/bench-enrollment?max_id=300&format=csv", key, 200},'
else
    state=$PWD/$work/soak-state.sqlite
    rm -f "$state" "$state"-wal "$state"-shm
    stateflags=(--state "$state")
    plaincsv=
fi
key=$(cd "$work/repo" && "$bin" keys issue bench-enrollment --database "$db" "${stateflags[@]}" 2>/dev/null)
(cd "$work/repo" && exec "$bin" serve --database "$db" "${stateflags[@]}" --port $port --audit-spool "$PWD/../soak-spool.ndjson" > ../soak.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
pid=$(pgrep -f "sanya serve --database $db" | head -1)

lua=$(mktemp --suffix=.lua)
cat > "$lua" <<LUA
local key = "Bearer $key"
local requests = {
  {"/api/bench-enrollment?max_id=100&limit=100", key, 200},
  {"/api/bench-enrollment?max_id=300&format=csv&bom=1", key, 200},
  $plaincsv
  {"/api/bench-enrollment?max_id=100&format=table", key, 200},
  {"/api/bench-enrollment?max_id=50&format=excel", key, 200},
  {"/api/bench-enrollment?max_id=100", key, 406, "application/pdf"},
  {"/api/bench-enrollment?max_id=100", "Bearer sanya_notakey_notasecret", 401},
  {"/api/bench-enrollment?nosuch=1", key, 400},
  {"/api/bench-enrollment?limit=0", key, 400},
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
-- Responses of one thread's connections interleave, so they are not paired with requests: each side is
-- counted by status, and the counts must agree (up to the requests in flight when wrk stops).
function init(args) index = 0; sent = {}; received = {} end
function request()
  index = index % #requests + 1
  local r = requests[index]
  sent[r[3]] = (sent[r[3]] or 0) + 1
  local headers = {["Authorization"] = r[2]}
  if r[4] then headers["Accept"] = r[4] end
  return wrk.format("GET", r[1], headers)
end
function response(status, headers, body) received[status] = (received[status] or 0) + 1 end
function done(summary, latency, requests)
  local s, r = {}, {}
  for _, t in ipairs(threads) do
    for k, v in pairs(t:get("sent")) do s[k] = (s[k] or 0) + v end
    for k, v in pairs(t:get("received")) do r[k] = (r[k] or 0) + v end
  end
  -- A status received more often than it was sent, or never sent, is unexpected; so is one received fewer
  -- times than sent beyond the requests in flight when wrk stops (one a connection at most).
  local unexpected = 0
  for k, v in pairs(r) do
    if not s[k] then unexpected = unexpected + v elseif v > s[k] then unexpected = unexpected + v - s[k] end
  end
  for k, v in pairs(s) do
    local missing = v - (r[k] or 0) - $connections
    if missing > 0 then unexpected = unexpected + missing end
  end
  io.write(string.format("SOAK requests=%d unexpected=%d ok_sent=%d ok_received=%d socket_errors=%d\n", summary.requests, unexpected,
    s[200] or 0, r[200] or 0, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for k, v in pairs(r) do io.write(string.format("SOAK_STATUS %d sent=%d received=%d\n", k, s[k] or 0, v)) end
end
LUA
rss() { awk '/^VmRSS/ {print $2}' "/proc/$pid/status"; }
samples=$(mktemp)
( for m in $(seq 1 "$minutes"); do sleep 60; echo "$m $(rss)" >> "$samples"; done ) &
sampler=$!
out=$(wrk -t2 -c"$connections" -d"${minutes}m" --timeout 30s -s "$lua" "http://127.0.0.1:$port")
wait $sampler || true
sleep 3
line=$(echo "$out" | grep '^SOAK ')
field() { echo "$line" | sed "s/.*$1=\([0-9]*\).*/\1/"; }
requests=$(field requests); wrong=$(field unexpected); sockets=$(field socket_errors)
# Allowed requests that did not get 200 (beyond those in flight when wrk stopped).
allowed=$(( $(field ok_sent) - $(field ok_received) - connections )); [ "$allowed" -gt 0 ] || allowed=0
echo "$out" | grep '^SOAK_STATUS' >&2
first=$(awk 'NR==1 {print $2}' "$samples")
last=$(awk 'END {print $2}' "$samples")
growth=$(awk -v a="$first" -v b="$last" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')
records=$(cd "$work/repo" && "$bin" audit --database "$db" "${stateflags[@]}" --format csv 2>/dev/null | tail -n +2 | wc -l)
echo "| date | registrar | minutes | connections | requests | unexpected statuses | errors for allowed | socket errors | RSS min 1 → end | growth | audit records |"
echo "|-|-|-|-|-|-|-|-|-|-|-|"
echo "| $(date +%F) | $([ "${SOAK_POSTGRES:-0}" = 1 ] && echo PostgreSQL || echo SQLite) | $minutes | $connections | $requests | $wrong | $allowed | $sockets | ${first} kB → ${last} kB | ${growth} % | $records |"
ok=1
[ "$wrong" -eq 0 ] && [ "$allowed" -eq 0 ] && [ "$sockets" -eq 0 ] || ok=0
awk -v g="$growth" 'BEGIN {exit !(g < 10)}' || ok=0
[ "$records" -ge "$requests" ] && [ "$records" -le $((requests + connections)) ] || ok=0
[ $ok -eq 1 ] && echo "Soak passed." || { echo "Soak FAILED."; exit 1; }
