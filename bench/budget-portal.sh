#!/usr/bin/env bash
# Shared by bench/budget-*.sh: builds the portal if needed, starts it with the demo on a free port in a
# fresh data directory, runs bench/BudgetBench.java with the given mode, and stops the portal again.
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
java -cp "$driver" bench/BudgetBench.java "$mode" "$port" "$data" "$@"
