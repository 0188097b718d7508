#!/usr/bin/env bash
# Speed figures for the directory (issue 11), against a running portal:
#   1. the official HSDS example data package imported 100 times over as distinct records (time);
#   2. 10,000 services at 12,000 locations loaded into an area (time);
#   3. a search combining words, category and distance from a postcode, 16 connections: percentiles, searches a
#      second, and the machine's CPU per search (the portal's, PostgreSQL's, and all of it, wrk included);
#   4. /directory/api/hsds/services?page=N through the whole set: first, middle and last page times.
# The searches are 4,000 different ones, sent by wrk over 16 HTTP/1.1 connections after a 30-second warm-up: a
# client in Java took a third of the machine's two cores from the portal it was measuring, and its HTTP/2 sent
# the 16 streams over one connection.
# Start the portal first (with --demo, for the made-up DM1/DM2 postcodes and the demo-borough area), e.g.
#   PORTAL_PORT=18080 PORTAL_DATA_DIR=/tmp/bench-data java -jar portal-core/portal-launcher/target/portal.jar --demo
# Needs wrk (apt-get install -y wrk).
# Usage: bench/directory.sh [BASE_URL] [ADMIN_EMAIL] [ADMIN_PASSWORD] [AREA] [SECONDS]
# (AREA: one loaded by an earlier run, printed by it; then only the search and paging are measured)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
base="${1:-http://localhost:${PORTAL_PORT:-8080}}"
seconds="${5:-30}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java -Xmx512m bench/directory/DirectoryBench.java "$base" \
    "${2:-admin@demo.oursociety.org}" "${3:-demo-admin-2026}" \
    module-directory/src/test/resources/hsds-3.0/examples/service_full.json "$work/searches.txt" ${4:+"$4"}

# wrk sends the searches in turn and prints its percentiles at the end
{
    echo "paths = {"
    sed 's/.*/"&",/' "$work/searches.txt"
    echo "}"
    cat <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("search (words + category + postcode distance), 16 connections, %d searches: %.0f/s, errors %d;",
      summary.requests, summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.timeout))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format(" p%g %.1f ms", p, latency:percentile(p) / 1000))
  end
  io.write("\n")
end
LUA
} > "$work/searches.lua"

wrk -t2 -c16 -d30s -s "$work/searches.lua" "$base" > /dev/null # warm-up: the JIT compiles the search's code
ticks() { # user + system CPU ticks of a process so far; 0 if it has gone (backends come and go)
    awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
cpu() { # the CPU ticks used so far by: payara, postgres, the whole machine
    local payara=0 postgres=0 p
    if [ -n "${PORTAL_DATA_DIR:-}" ] && [ -r "$PORTAL_DATA_DIR/run/payara.pid" ]; then
        payara=$(ticks "$(cat "$PORTAL_DATA_DIR/run/payara.pid")")
    fi
    for p in $(pgrep -x postgres); do postgres=$((postgres + $(ticks "$p"))); done
    echo "$payara $postgres $(awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat)"
}
before=$(cpu)
out=$(wrk -t2 -c16 -d"${seconds}s" -s "$work/searches.lua" "$base")
after=$(cpu)
echo "$out" | grep '^search'
searches=$(echo "$out" | awk '/requests in/ {print $1}')
read -r py0 pg0 all0 <<< "$before"
read -r py1 pg1 all1 <<< "$after"
hz=$(getconf CLK_TCK)
python3 -c "
n = $searches; ms = 1000.0 / $hz / n
print('CPU a search: %s PostgreSQL %.2f ms, the machine %.2f ms (wrk included)' % (
    'portal %.2f ms,' % (($py1 - $py0) * ms) if $py1 > 0 else '(PORTAL_DATA_DIR unset: portal not measured)',
    ($pg1 - $pg0) * ms, ($all1 - $all0) * ms))"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
