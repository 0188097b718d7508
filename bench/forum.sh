#!/usr/bin/env bash
# Speed figures for the forum (issue 10, "Speed"): an area of 10,000 topics and a topic of 2,000 posts, seeded with
# SQL into a fresh demo portal; then wrk at 16 connections for 10 s each on the area's topic list (API), the long
# topic's first and last page (the HTML page), a search (API), and a static file of the same WAR. Prints p99
# latencies and requests per second, and the topic page's throughput as a share of the static file's.
# Needs wrk (apt-get install -y wrk) and psql. Usage: bench/forum.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
jar=portal-core/portal-launcher/target/portal.jar
if [ ! -f "$jar" ]; then
    echo "building $jar"
    mvn -B -q package -DskipTests -pl portal-core/portal-launcher -am
fi
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d /tmp/forum-bench.XXXXXX)
PORTAL_START_TIMEOUT=900 PORTAL_PORT=$port PORTAL_DATA_DIR=$data java -jar "$jar" --demo > "$data/launcher.log" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null; rm -rf "$data"' EXIT
base=http://127.0.0.1:$port
echo "starting the portal on $base (data in $data)"
for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] && break
    sleep 1
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/health/ready")" = 200 ] || { echo "the portal did not start"; tail -20 "$data/launcher.log"; exit 1; }
# the forum creates the demo's space on first use
curl -s -o /dev/null "$base/forum/api/areas/riverside/categories"
dbport=$(sed -n 4p "$data/postgres/postmaster.pid" | tr -d ' ')
sql() { psql -q -h localhost -p "$dbport" -U postgres -d portal -v ON_ERROR_STOP=1 "$@"; }
echo "seeding 10,000 topics and a topic of 2,000 posts in riverside"
sql <<'SQL'
create temporary table bench_words (w text);
insert into bench_words values ('bins'), ('parking'), ('library'), ('river'), ('bus'), ('park'), ('school'), ('market'),
    ('lights'), ('trees'), ('noise'), ('cycling'), ('flooding'), ('allotments'), ('playground'), ('litter');
with cat as (select id from forum.category where area_slug = 'riverside' order by position limit 1),
     author as (select id from core.user_account where email = 'amira@demo.oursociety.org'),
     t as (
        insert into forum.topic (id, area_slug, category_id, title, author_id, created_at, last_post_at, post_count)
        select gen_random_uuid(), 'riverside', (select id from cat),
               'Bench topic ' || g || ' about the ' || (array['bins','parking','library','river','bus','park'])[1 + g % 6],
               (select id from author), now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval, 1
        from generate_series(1, 10000) g
        returning id, author_id, created_at)
insert into forum.post (id, topic_id, number, author_id, body_source, body_html, body_text, created_at, area_slug)
select gen_random_uuid(), t.id, 1, t.author_id, 'Words about the street.', '<p>Words about the street.</p>',
       'Words about the street.', t.created_at, 'riverside' from t;
with cat as (select id from forum.category where area_slug = 'riverside' order by position limit 1),
     author as (select id from core.user_account where email = 'tom@demo.oursociety.org'),
     t as (insert into forum.topic (id, area_slug, category_id, title, author_id, created_at, last_post_at, post_count)
           values ('00000000-0000-0000-0000-00000000b2b2', 'riverside', (select id from cat), 'The long bench topic',
                   (select id from author), now(), now(), 2000) returning id, author_id)
insert into forum.post (id, topic_id, number, author_id, body_source, body_html, body_text, created_at, area_slug)
select gen_random_uuid(), t.id, g, t.author_id, 'Reply ' || g || ' on the market square lights',
       '<p>Reply ' || g || ' on the market square <strong>lights</strong></p>', 'Reply ' || g || ' on the market square lights',
       now() - ((2000 - g) || ' seconds')::interval, 'riverside'
from t, generate_series(1, 2000) g;
analyze forum.topic;
analyze forum.post;
SQL
topic=00000000-0000-0000-0000-00000000b2b2
run() { # name url
    local out
    out=$(wrk -t2 -c16 -d"${seconds}s" --latency "$2")
    local p99 rps
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    local errors
    errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    printf '%-28s p99 %-10s %10s req/s%s\n' "$1" "$p99" "$rps" "${errors:+  (non-2xx: $errors)}"
    eval "rps_$3=$rps"
}
echo "warming up"
for u in "$base/forum/api/areas/riverside/topics?page=1" "$base/forum/riverside/topic.xhtml?id=$topic&page=1" \
         "$base/forum/riverside/topic.xhtml?id=$topic&page=100" "$base/forum/api/areas/riverside/search?q=lights" \
         "$base/forum/static/forum.txt"; do
    wrk -t1 -c4 -d3s "$u" > /dev/null
done
# the machine may be shared: say how busy it was, beside the figures
echo "wrk: 2 threads, 16 connections, ${seconds} s each; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "topic list (API)" "$base/forum/api/areas/riverside/topics?page=1" list
run "topic page 1 (HTML)" "$base/forum/riverside/topic.xhtml?id=$topic&page=1" first
run "topic page 100 (HTML)" "$base/forum/riverside/topic.xhtml?id=$topic&page=100" last
run "topic page 100 (API)" "$base/forum/api/topics/$topic?page=100" lastapi
run "search (API)" "$base/forum/api/areas/riverside/search?q=lights" search
run "static file (same WAR)" "$base/forum/static/forum.txt" static
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 -c "print('topic page throughput: %.0f%% of the static file (goal: at least 50%%)' % (100.0 * min($rps_first, $rps_last) / $rps_static))"
