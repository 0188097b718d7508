#!/usr/bin/env bash
# Two portal instances in cluster mode on one PostgreSQL behind HAProxy (round robin, no stickiness), on this
# machine's loopback (issue 13). First it measures how soon after one instance served a form the other can take
# its postback (postback_window.py); then residents sign in and are driven through HAProxy (pages with forms, API writes,
# module switches, sign-outs, registrations that send mail); instance B is killed with kill -9 mid-run and the
# drive goes on. The last line is "lost=N duplicates=N errors=N requests=N". Needs haproxy and psql
# (Debian: haproxy, postgresql-client; .ci/run installs them). PostgreSQL is the launcher's embedded one, started
# alone (--database-only). Usage: bench/cluster.sh [SECONDS] [KILL_AFTER_SECONDS]; KEEP=1 keeps the work directory.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
kill_after=${2:-45}
jar=portal-core/portal-launcher/target/portal.jar
if [ ! -f "$jar" ]; then
    echo "building $jar"
    mvn -B -q package -DskipTests -pl portal-core/portal-launcher -am
fi
for tool in haproxy psql curl python3; do
    command -v $tool >/dev/null || { echo "$tool is missing (apt-get install -y haproxy postgresql-client curl python3)"; exit 1; }
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
db_port=$(free_port); http_a=$(free_port); http_b=$(free_port); lb=$(free_port); smtp=$(free_port)
hz_a=$(free_port); hz_b=$(free_port)
work=$(mktemp -d /tmp/cluster-bench.XXXXXX)
mkdir -p "$work/mails"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap "exit 130" INT TERM
wait_for() { # seconds what command...
    local limit=$1 what=$2; shift 2
    for _ in $(seq 1 "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
    echo "$what did not come up within $limit s"; return 1
}

echo "PostgreSQL on 127.0.0.1:$db_port, instances on :$http_a and :$http_b (data grid :$hz_a, :$hz_b), HAProxy on :$lb"
python3 bench/cluster/smtp_sink.py "$smtp" "$work/mails" > "$work/smtp.log" 2>&1 &
pids+=($!)
PORTAL_DATA_DIR="$work/db" PORTAL_DB_PORT=$db_port java -jar "$jar" --database-only > "$work/db.log" 2>&1 &
pids+=($!)
wait_for 300 PostgreSQL grep -q "PostgreSQL is ready" "$work/db.log" || { cat "$work/db.log"; exit 1; }

start_instance() { # name http-port data-grid-port
    env PORTAL_PORT="$2" PORTAL_DATA_DIR="$work/$1" PORTAL_START_TIMEOUT=1800 \
        PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$db_port/portal" PORTAL_DB_USER=postgres PORTAL_DB_PASSWORD=embedded \
        PORTAL_CLUSTER_MEMBERS="127.0.0.1:$hz_a,127.0.0.1:$hz_b" PORTAL_CLUSTER_ADDRESS=127.0.0.1 PORTAL_CLUSTER_PORT="$3" \
        PORTAL_INSTANCE_NAME="$1" PORTAL_CLUSTER_NAME="bench-$lb" \
        PORTAL_BASE_URL="http://127.0.0.1:$lb" PORTAL_TRUSTED_PROXIES=1 \
        PORTAL_SMTP_HOST=127.0.0.1 PORTAL_SMTP_PORT="$smtp" PORTAL_SMTP_TLS=false \
        PORTAL_MAIL_LIMIT_ADDRESS=100000 PORTAL_FORUM_NEW_ACCOUNT_HOURS=0 PORTAL_FORUM_POST_INTERVAL_SECONDS=3 \
        java -jar "$jar" --demo > "$work/$1.log" 2>&1 &
}
# Both at once: migrations, module registration and the demo's data must be safe when instances start together.
start_instance a "$http_a" "$hz_a"; pids+=($!); launcher_a=$!
start_instance b "$http_b" "$hz_b"; pids+=($!); launcher_b=$!
started=$(date +%s)
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ]; }
instance_ready() { # port launcher-pid: a launcher that gave up ends the wait at once
    kill -0 "$2" 2>/dev/null || { echo "the launcher stopped"; return 0; }
    ready "$1"
}
for i in a b; do
    port_var=http_$i; pid_var=launcher_$i
    wait_for 1800 "instance $i" instance_ready "${!port_var}" "${!pid_var}" && ready "${!port_var}" \
        || { tail -30 "$work/$i.log" "$work/$i/logs/server.log"; exit 1; }
done
echo "both instances ready after $(( $(date +%s) - started )) s"
grep -h "Members \[\|Data Grid Status" "$work/a/logs/server.log" | tail -2 || true

cat > "$work/haproxy.cfg" <<CFG
global
    maxconn 512
defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    option forwardfor
    # a request that never reached an instance goes to the other; one that may have been served is not sent again
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend portal
    bind 127.0.0.1:$lb
    default_backend instances
backend instances
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    option httpchk GET /health/ready
    default-server check inter 1s fall 2 rise 2
    server a 127.0.0.1:$http_a
    server b 127.0.0.1:$http_b
CFG
haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
pids+=($!)
wait_for 60 HAProxy ready "$lb"

python3 bench/cluster/postback_window.py --a "http://127.0.0.1:$http_a" --b "http://127.0.0.1:$http_b"
payara_b=$(cat "$work/b/run/payara.pid")
python3 bench/cluster/driver.py --lb "http://127.0.0.1:$lb" --a "http://127.0.0.1:$http_a" --b "http://127.0.0.1:$http_b" \
    --kill "$launcher_b,$payara_b" --db-port "$db_port" --mails "$work/mails" --seconds "$seconds" --kill-after "$kill_after"
