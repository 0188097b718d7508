#!/usr/bin/env bash
# Shared by bench/budget-*.sh: builds the portal if needed, starts it with the demo on a free port in a
# fresh data directory, runs bench/BudgetBench.java with the given mode, and stops the portal again. The load
# average is printed before and after: the machine may be shared. BENCH_PG_STATEMENTS=1 restarts the portal's
# PostgreSQL with pg_stat_statements loaded (Payara's pool reconnects), so the ballot bench lists the statements
# each ballot runs.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=$1; shift
jar=portal-core/portal-launcher/target/portal.jar
if [ ! -f "$jar" ]; then
    echo "building the portal"
    mvn -B -q package -DskipTests -pl portal-core/portal-launcher -am
fi
driver=$(ls portal-core/portal-launcher/target/lib/postgresql-*.jar | head -1)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/budget-bench-XXXXXX)
PORTAL_PORT=$port PORTAL_DATA_DIR=$data PORTAL_ADMIN_EMAIL=bench.admin@example.org \
    PORTAL_ADMIN_PASSWORD=bench-admin-password-2026 PORTAL_SIGNIN_ADDRESS_FAILURES=100000 \
    java -jar "$jar" --demo > "$data/portal.out" 2>&1 &
portal=$!
trap 'kill -TERM $portal 2>/dev/null; wait $portal 2>/dev/null; rm -rf "$data"' EXIT
echo "starting the portal on port $port (log: $data/portal.out)"
for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$port/health/ready" > /dev/null; then
        break
    fi
    if ! kill -0 $portal 2>/dev/null; then
        echo "the portal stopped:"; tail -20 "$data/portal.out"; exit 1
    fi
    sleep 1
done
if [ "${BENCH_PG_STATEMENTS:-0}" = 1 ]; then
    dbport=$(sed -n 4p "$data/postgres/postmaster.pid" | tr -d ' ')
    bin=$(dirname "$(ls -d /tmp/embedded-pg/PG-*/bin/postgres | head -1)")
    psql -q -h localhost -p "$dbport" -U postgres -d portal -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
    # PostgreSQL refuses to run as root; the launcher runs it under unshare -U then, and so does this.
    $( [ "$(id -u)" = 0 ] && echo unshare -U ) "$bin/pg_ctl" restart -m fast -w -D "$data/postgres" > /dev/null
    psql -q -h localhost -p "$dbport" -U postgres -d portal -c "create extension if not exists pg_stat_statements"
    # The pool's connections died with the restart: the first request to fail clears them (failconnection).
    for _ in $(seq 1 10); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
            -d '{"email":"nobody@example.org","password":"x"}' "http://localhost:$port/api/session")" != 500 ] && break
    done
fi
echo "load before: $(uptime)"
java -cp "$driver" bench/BudgetBench.java "$mode" "$port" "$data" "$@"
echo "load after: $(uptime)"
