#!/usr/bin/env bash
# How fast pages are, measured in one run with wrk (16 connections) against the built launcher with the
# demo: a static resource of the same server, the anonymous home page and a signed-in resident's home
# page. Prints requests per second, the 99th-percentile latency, the share of the static resource's
# throughput, and the SQL statements each page costs (PostgreSQL's pg_stat_statements on the embedded
# server, less the statements the idle portal runs by itself in the same time).
# Usage: bench/pages.sh [DURATION (wrk -d, default 15s)] [PORT]
# Needs wrk (Debian package wrk), curl and psql; build first:
#   mvn -B -q package -DskipTests -pl portal-core/portal-launcher -am
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-core/portal-launcher/target/portal.jar
[ -f "$jar" ] || { echo "build $jar first" >&2; exit 1; }
for tool in wrk curl psql; do command -v $tool >/dev/null || { echo "needs $tool" >&2; exit 1; }; done
duration=${1:-15s}
port=${2:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
data=$(mktemp -d /tmp/portal-pages-XXXXXX)
pid=
stop() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; pid=; }
trap 'stop; rm -rf "$data"' EXIT

start() {
    PORTAL_PORT=$port PORTAL_DATA_DIR=$data PORTAL_START_TIMEOUT=900 java -jar "$jar" --demo > "$data/launcher.txt" 2>&1 &
    pid=$!
    until grep -q 'Our Society is ready\|could not start' "$data/launcher.txt"; do
        kill -0 "$pid" 2>/dev/null || { cat "$data/launcher.txt"; exit 1; }
        sleep 1
    done
    grep -q 'could not start' "$data/launcher.txt" && { cat "$data/launcher.txt"; exit 1; }
    return 0
}
sql() { psql -qtAX "postgresql://postgres@127.0.0.1:$(sed -n 4p "$data/postgres/postmaster.pid")/portal" -c "$1"; }

echo "starting the portal (port $port, data $data)..."
start
# pg_stat_statements must be preloaded: set it once, then start again.
sql "alter system set shared_preload_libraries = 'pg_stat_statements'" >/dev/null
stop
start
sql "create extension if not exists pg_stat_statements" >/dev/null

base=http://127.0.0.1:$port
cookie=$(curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"email":"amira@demo.oursociety.org","password":"demo-resident-2026"}' "$base/api/session" \
    | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(portal_session=[^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "could not sign in as the demo resident" >&2; exit 1; }
static=$(curl -s "$base/" | grep -o 'href="[^"]*\.css[^"]*"' | head -1 | sed 's/href="//; s/"$//; s/&amp;/\&/g')
[ -n "$static" ] || static=/portal/portal.css

statements() { # $1 url, $2.. curl args: SQL statements per request over 50 requests, less the idle rate
    local url=$1; shift
    sql "select pg_stat_statements_reset()" >/dev/null
    local t0 t1
    t0=$(date +%s.%N)
    for _ in $(seq 50); do curl -s -o /dev/null "$@" "$url"; done
    t1=$(date +%s.%N)
    local busy idle
    busy=$(sql "select coalesce(sum(calls),0) from pg_stat_statements where query not ilike '%pg_stat_statements%'")
    sql "select pg_stat_statements_reset()" >/dev/null
    sleep "$(python3 -c "print($t1 - $t0)")"
    idle=$(sql "select coalesce(sum(calls),0) from pg_stat_statements where query not ilike '%pg_stat_statements%'")
    python3 -c "print(f'{max(0, ($busy - $idle)) / 50:.2f}')"
}

measure() { # $1 label, $2 url, $3 optional header
    local label=$1 url=$2 header=${3:-}
    local args=(-t2 -c16 -d"$duration" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    for _ in $(seq 200); do if [ -n "$header" ]; then curl -s -o /dev/null -H "$header" "$url"; else curl -s -o /dev/null "$url"; fi; done
    local out rps p99 per
    out=$(wrk "${args[@]}" "$url")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    if [ -n "$header" ]; then per=$(statements "$url" -H "$header"); else per=$(statements "$url"); fi
    echo "$label|$rps|$p99|$per"
}

echo "measuring for $duration each with 16 connections..."
results=()
results+=("$(measure "static resource ($static)" "$base$static")")
results+=("$(measure "home page, anonymous" "$base/")")
results+=("$(measure "home page, signed in" "$base/" "Cookie: $cookie")")
static_rps=$(echo "${results[0]}" | cut -d'|' -f2)
printf '%-60s %10s %10s %9s %12s\n' page req/s p99 share SQL/page
for r in "${results[@]}"; do
    IFS='|' read -r label rps p99 per <<< "$r"
    share=$(python3 -c "print(f'{$rps / $static_rps:.2f}')")
    printf '%-60s %10s %10s %9s %12s\n' "$label" "$rps" "$p99" "$share" "$per"
done
signed_rps=$(echo "${results[2]}" | cut -d'|' -f2)
python3 -c "s = $signed_rps / $static_rps; print(f'signed-in home page: {s:.2f} of the static resource\'s throughput in this run (target 0.50: {\"met\" if s >= 0.5 else \"NOT met\"})')"
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg); nproc: $(nproc))"
