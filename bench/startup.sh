#!/usr/bin/env bash
# Where the portal's start-up time goes: starts the built launcher (portal-core/portal-launcher/target/portal.jar)
# twice, on a fresh data directory (first start: initdb, every migration, the demo) and again on the same one
# (a restart), and prints each phase as seconds since the launcher started:
#   PostgreSQL (the embedded server up), Payara runtime built, each WAR deployed (and how long its deployment
#   took), each schema migrated (or found up to date), each module registered, Payara's own "ready", and the
#   launcher's readiness (/health/ready answering 200, as the launcher polls it).
# Usage: bench/startup.sh [PORT]   (build first: mvn -B -q package -DskipTests -pl portal-core/portal-launcher -am)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=portal-core/portal-launcher/target/portal.jar
[ -f "$jar" ] || { echo "build $jar first" >&2; exit 1; }
port=${1:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
data=$(mktemp -d /tmp/portal-startup-XXXXXX)
trap 'rm -rf "$data"' EXIT

run() {
    local label=$1 out="$data/launcher-$1.txt" log="$data/logs/server.log" offset=0
    [ -f "$log" ] && offset=$(stat -c %s "$log")
    local start pid
    start=$(date +%s.%N)
    PORTAL_PORT=$port PORTAL_DATA_DIR=$data PORTAL_ADMIN_EMAIL=bench@example.org \
        PORTAL_ADMIN_PASSWORD=bench-admin-password-2026 PORTAL_START_TIMEOUT=900 \
        java -jar "$jar" --demo > >(while IFS= read -r line; do echo "$(date +%s.%N) $line"; done > "$out") 2>&1 &
    pid=$!
    until grep -q 'Our Society is ready\|could not start' "$out" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    cpu_by_thread "$data/run/payara.pid" > "$data/cpu-$label.txt"
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    python3 - "$label" "$start" "$out" "$log" "$offset" <<'PY'
import re, sys, datetime
label, start, out, log, offset = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
events = []
for line in open(out, encoding="utf-8", errors="replace"):
    t, _, text = line.rstrip("\n").partition(" ")
    for pattern, name in (("Starting the embedded PostgreSQL", "launcher: starting PostgreSQL"),
                          ("Starting Payara Micro", "launcher: PostgreSQL up, starting Payara"),
                          ("Our Society is ready", "READY (/health/ready = 200)"),
                          ("could not start", "FAILED: " + text)):
        if pattern in text:
            events.append((float(t) - start, name))
with open(log, "rb") as f:
    f.seek(offset)
    body = f.read().decode("utf-8", "replace")
stamp = re.compile(r"^\[(\d{4}-\d\d-\d\dT[\d:.]+)\+0000\]")
current = None
for line in body.splitlines():
    m = stamp.match(line)
    if m:
        current = datetime.datetime.fromisoformat(m.group(1)).replace(tzinfo=datetime.timezone.utc).timestamp() - start
    if current is None:
        continue
    for pattern, fmt in ((r"Built Payara Micro Runtime", "payara: runtime built"),
                         (r"(\S+) was successfully deployed in ([\d,]+) milliseconds", "deployed {0} ({1} ms)"),
                         (r'Successfully applied (\d+) migrations? to schema "(\w+)"', "migrated {1} ({0} migrations)"),
                         (r'Schema "(\w+)" is up to date', "migrated {0} (up to date)"),
                         (r"Module (\S+) \S+ registered at", "module {0} registered"),
                         (r"Payara Micro .* ready in ([\d,]+) \(ms\)", "payara: ready ({0} ms by its own count)")):
        hit = re.search(pattern, line)
        if hit:
            events.append((current, fmt.format(*hit.groups())))
print(f"== {label}")
for t, name in sorted(events):
    print(f"{t:8.1f} s  {name}")
PY
    cat "$data/cpu-$label.txt"
}

# CPU seconds Payara's threads had used when the portal became ready, by kind: on 2 cores the JIT compilers
# compete with the deploying thread ("main"), so this says how much of the wall time is work and whose.
cpu_by_thread() {
    local pid
    pid=$(cat "$1" 2>/dev/null) || return 0
    [ -d "/proc/$pid" ] || return 0
    local tick
    tick=$(getconf CLK_TCK)
    for task in /proc/"$pid"/task/*; do
        # the name is in parentheses and may hold spaces: the times are counted from the closing one
        sed -E 's/^[0-9]+ \((.*)\) (.*)$/\2|\1/' "$task/stat" 2>/dev/null
    done | awk -F'|' -v tick="$tick" '{
        split($1, f, " "); cpu = (f[12] + f[13]) / tick; name = $2
        if (name ~ /^C2 Compiler/) kind = "JIT C2"
        else if (name ~ /^C1 Compiler/) kind = "JIT C1"
        else if (name ~ /^(GC|G1)/) kind = "GC"
        else if (name == "java") kind = "main (deployments)"
        else if (name ~ /^http-thread-pool/) kind = "HTTP threads"
        else kind = "other"
        sum[kind] += cpu; total += cpu
    } END {
        printf "   Payara CPU at ready: %.1f s:", total
        for (k in sum) printf "  %s %.1f s", k, sum[k]
        printf "\n"
    }'
}

run first-start
run restart
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg); nproc: $(nproc))"
