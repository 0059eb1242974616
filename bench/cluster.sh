#!/usr/bin/env bash
# A Newsline cluster on this machine, on loopback, and the checks that it behaves as one:
#
#   nginx :18280 ──┬── web node 1 :18281 (run-in-web=false, its embedded PostgreSQL :15680)
#                  └── web node 2 :18282 (run-in-web=false)
#   worker 1 (health :18291) ──┐
#   worker 2 (health :18292) ──┴── the same PostgreSQL: import jobs, sessions, sign-ins
#
# The database is the first node's embedded PostgreSQL on a fixed port (so the second node is
# the one restarted below). nginx is Debian's, installed with apt-get when missing.
#
# Prints PASS or FAIL per check and exits 1 on any FAIL:
#   - an admin signed in through nginx stays signed in over twenty requests that land on both
#     nodes, and after the second node is restarted;
#   - an import of the dev corpus started through nginx is shared by both workers, and its
#     events are on both nodes' timelines within five seconds of the run's end;
#   - worker 1 killed with SIGKILL in the middle of the run: the run still completes, with
#     counts equal to a clean import of the same files (the import command, into a second
#     database on the same server) and no duplicate article;
#   - readers through nginx get no 5xx during the import.
#
# Usage: bench/cluster.sh          (run by hand, never by ./mvnw verify)
# Environment (defaults in brackets):
#   NEWSLINE_JAR [target/newsline.jar]   built with ./mvnw -DskipTests package when missing
#   CORPUS [../shared/corpus/dev/articles]  the files imported (with ../manifest.csv as sources.csv)
#   KEEP [0]                             1 keeps the work folder (kept anyway on a FAIL)
# Needs: a JDK, curl, jq, psql and nginx (the last three installed with apt-get when missing).
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")/.."
. bench/lib.sh

JAR=${NEWSLINE_JAR:-target/newsline.jar}
case $JAR in /*) ;; *) [ -n "${NEWSLINE_JAR:-}" ] && JAR=$caller_dir/$JAR ;; esac
CORPUS=${CORPUS:-../shared/corpus/dev/articles}
KEEP=${KEEP:-0}
LB_PORT=18280 WEB1_PORT=18281 WEB2_PORT=18282 DB_PORT=15680
W1_HEALTH=18291 W2_HEALTH=18292
ADMIN_PASSWORD=cluster-admin-password-$RANDOM$RANDOM
export NEWSLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD

ensure_tools curl jq psql nginx
[ -f "$JAR" ] || ./mvnw -q -DskipTests package
[ -d "$CORPUS" ] || { echo "No corpus folder $CORPUS" >&2; exit 2; }

WORK=$(mktemp -d /tmp/newsline-cluster.XXXXXX)
COOKIES=$WORK/cookies.txt
BASE=http://127.0.0.1:$LB_PORT
FAILED=0
pids=()
cp -r "$CORPUS" "$WORK/corpus"
[ -f "$CORPUS/../manifest.csv" ] && cp "$CORPUS/../manifest.csv" "$WORK/corpus/sources.csv"
FILES=$(find "$WORK/corpus" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; FAILED=1; }

cleanup() {
	[ -n "${readers_pid:-}" ] && kill "$readers_pid" 2>/dev/null || true
	[ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
	local pid
	for pid in "${worker1:-}" "${worker2:-}" "${web2:-}"; do stop_process "$pid"; done
	stop_process "${web1:-}"
	if [ "$KEEP" = 1 ] || [ "$FAILED" = 1 ]; then
		echo "Work folder kept: $WORK"
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT

JAVA_WEB="-Xmx512m -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
JAVA_WORKER="-Xmx2g -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
COMMON=(--newsline.import.run-in-web=false --newsline.import.seed-on-first-start=false
	"--newsline.import.seed-folder=$WORK/corpus")

echo "Work folder: $WORK; $FILES files to import"
# shellcheck disable=SC2086
java $JAVA_WEB -jar "$JAR" --server.port=$WEB1_PORT "${COMMON[@]}" \
	"--newsline.database.embedded.data-dir=$WORK/postgres" --newsline.database.embedded.port=$DB_PORT \
	>"$WORK/web1.log" 2>&1 &
web1=$!
await_ok "http://127.0.0.1:$WEB1_PORT/actuator/health" 240 || { fail "web node 1 starts"; exit 1; }
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/postgres
export SPRING_DATASOURCE_USERNAME=newsline
SPRING_DATASOURCE_PASSWORD=$(db_password "$WORK/postgres")
export SPRING_DATASOURCE_PASSWORD
export PGPASSWORD=$SPRING_DATASOURCE_PASSWORD
sql() { psql -h 127.0.0.1 -p $DB_PORT -U newsline -d postgres -Atq -c "$1"; }

start_web2() {
	# shellcheck disable=SC2086
	java $JAVA_WEB -jar "$JAR" --server.port=$WEB2_PORT "${COMMON[@]}" >>"$WORK/web2.log" 2>&1 &
	web2=$!
	await_ok "http://127.0.0.1:$WEB2_PORT/actuator/health" 240
}
start_worker() { # health port, log
	# shellcheck disable=SC2086
	nice -n 10 java $JAVA_WORKER -jar "$JAR" worker --newsline.import.worker-health-port="$1" >>"$2" 2>&1 &
	echo $!
}
start_web2 || { fail "web node 2 starts"; exit 1; }
worker1=$(start_worker $W1_HEALTH "$WORK/worker1.log")
worker2=$(start_worker $W2_HEALTH "$WORK/worker2.log")
await_ok "http://127.0.0.1:$W1_HEALTH/health" 240 || fail "worker 1 starts"
await_ok "http://127.0.0.1:$W2_HEALTH/health" 240 || fail "worker 2 starts"

cat >"$WORK/nginx.conf" <<EOF
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
	access_log $WORK/nginx-access.log;
	client_body_temp_path $WORK/nginx-body;
	proxy_temp_path $WORK/nginx-proxy;
	fastcgi_temp_path $WORK/nginx-fastcgi;
	uwsgi_temp_path $WORK/nginx-uwsgi;
	scgi_temp_path $WORK/nginx-scgi;
	client_max_body_size 64m;
	upstream newsline { server 127.0.0.1:$WEB1_PORT; server 127.0.0.1:$WEB2_PORT; }
	server {
		listen 127.0.0.1:$LB_PORT;
		location / {
			proxy_pass http://newsline;
			proxy_set_header Host \$http_host;
			proxy_next_upstream error timeout;
			add_header X-Upstream \$upstream_addr always;
		}
	}
}
EOF
nginx -p "$WORK" -c "$WORK/nginx.conf"
await_ok "$BASE/actuator/health" 30 || { fail "nginx answers"; exit 1; }
echo "Cluster up: nginx $BASE, web nodes :$WEB1_PORT :$WEB2_PORT, workers $worker1 $worker2"

# --- 1. a session through nginx, on both nodes and across a restart
signed_in_requests() { # count; prints how many answered 200 and which upstreams served them
	local n=$1 ok=0 code
	: >"$WORK/upstreams"
	for _ in $(seq 1 "$n"); do
		code=$(curl -s -b "$COOKIES" -o /dev/null -D "$WORK/headers" -w '%{http_code}' "$BASE/desk")
		[ "$code" = 200 ] && ok=$((ok + 1))
		sed -n 's/^[Xx]-[Uu]pstream: *\([^\r]*\).*/\1/p' "$WORK/headers" >>"$WORK/upstreams"
	done
	echo "$ok $(sort -u "$WORK/upstreams" | wc -l)"
}
admin_login || fail "admin signs in through nginx"
read -r ok nodes < <(signed_in_requests 20)
if [ "$ok" = 20 ] && [ "$nodes" = 2 ]; then
	pass "signed in through nginx: 20 of 20 requests to /desk answered 200, served by both nodes"
else
	fail "signed in through nginx: $ok of 20 requests answered 200, served by $nodes node(s)"
fi
stop_process "$web2"
start_web2 || fail "web node 2 restarts"
read -r ok nodes < <(signed_in_requests 20)
if [ "$ok" = 20 ] && [ "$nodes" = 2 ]; then
	pass "still signed in after web node 2 restarted: 20 of 20 requests answered 200 on both nodes"
else
	fail "after web node 2 restarted: $ok of 20 requests answered 200, served by $nodes node(s)"
fi

# --- 2. an import shared by both workers, one worker killed half-way, readers meanwhile
(
	while :; do
		for path in / /api/events "/api/events?page=1" /api/claims /feed.atom; do
			curl -s -o /dev/null -w '%{http_code}\n' "$BASE$path" >>"$WORK/reader-codes" || echo 000 >>"$WORK/reader-codes"
		done
		sleep 0.05
	done
) &
readers_pid=$!
run=$(start_import) || { fail "the import starts through nginx"; exit 1; }
echo "Import run $run started through nginx"
worker1_name=""
deadline=$(( $(date +%s) + 600 ))
until [ -n "$worker1_name" ]; do
	[ "$(date +%s)" -lt "$deadline" ] || break
	# worker 1 has written a line of the report and is busy with another article
	worker1_name=$(sql "select f.worker from import_file f where f.run_id = $run and f.worker like '%-$worker1-%'
		and exists (select 1 from scheduled_tasks t where t.picked and t.picked_by = f.worker) limit 1")
	sleep 0.2
done
if [ -n "$worker1_name" ]; then
	kill -9 "$worker1"
	echo "Killed worker 1 (pid $worker1) in the middle of an article"
	worker1=""
else
	fail "worker 1 took part in the run before it could be killed"
fi
deadline=$(( $(date +%s) + 1200 ))
until [ "$(sql "select finished_at is not null from import_run where id = $run")" = t ]; do
	[ "$(date +%s)" -lt "$deadline" ] || { fail "the run finishes within 20 minutes"; exit 1; }
	sleep 0.2
done
finished_at=$(date +%s%N)
kill "$readers_pid" 2>/dev/null || true
readers_pid=""
expected=$(sql "select count(*) from event e where e.merged_into_id is null")
visible_within=""
for _ in $(seq 1 50); do
	one=$(curl -fs "http://127.0.0.1:$WEB1_PORT/api/events?size=1" | jq -r .totalItems)
	two=$(curl -fs "http://127.0.0.1:$WEB2_PORT/api/events?size=1" | jq -r .totalItems)
	if [ "$one" = "$two" ] && [ "${one:-0}" -gt 0 ]; then
		visible_within=$(( ($(date +%s%N) - finished_at) / 1000000 ))
		break
	fi
	sleep 0.1
done
status=$(sql "select status from import_run where id = $run")
lines=$(sql "select count(*) from import_file where run_id = $run")
[ "$status" = SUCCEEDED ] && [ "$lines" = "$FILES" ] \
	&& pass "the run completed after worker 1 was killed: $status, $lines of $FILES files reported" \
	|| fail "the run after worker 1 was killed: $status, $lines of $FILES files reported"
sql "select worker, count(*) from import_file where run_id = $run group by worker order by worker" >"$WORK/by-worker"
if [ "$(wc -l <"$WORK/by-worker")" -ge 2 ]; then
	pass "both workers processed articles: $(tr '\n' ' ' <"$WORK/by-worker")"
else
	fail "both workers processed articles: $(tr '\n' ' ' <"$WORK/by-worker")"
fi
if [ -n "$visible_within" ] && [ "$visible_within" -le 5000 ]; then
	pass "the run's events are on both nodes' timelines ($one events visible; $visible_within ms after the run's end, of $expected events)"
else
	fail "the run's events on both nodes' timelines within 5 s (node 1: ${one:-?}, node 2: ${two:-?})"
fi
dupes=$(sql "select count(*) - count(distinct source_key) from article")
total=$(wc -l <"$WORK/reader-codes")
errors=$(grep -c '^5' "$WORK/reader-codes" || true)
[ "$errors" = 0 ] && pass "readers through nginx during the import: $total requests, no 5xx" \
	|| fail "readers through nginx during the import: $errors 5xx of $total requests"

# --- 3. the same files imported cleanly, by the import command, into a database of their own
counts() { # psql runner
	"$@" "select 'articles ' || (select count(*) from article) || ', actors ' || (select count(*) from actor)
		|| ', events ' || (select count(*) from event) || ', claims ' || (select count(*) from claim)
		|| ', evidence ' || (select count(*) from evidence)"
}
cluster_counts=$(counts sql)
superuser_password=$(sed -n 's/^superuser.password=//p' "$WORK/postgres/newsline-credentials.properties")
PGPASSWORD=$superuser_password psql -h 127.0.0.1 -p $DB_PORT -U postgres -d postgres -q \
	-c "create database clean_import owner newsline" >/dev/null
# the schema's extensions, as the embedded database's own setup makes them
PGPASSWORD=$superuser_password psql -h 127.0.0.1 -p $DB_PORT -U postgres -d clean_import -q \
	-c "create extension if not exists unaccent schema public" \
	-c "create extension if not exists pg_trgm schema public" >/dev/null
# shellcheck disable=SC2086
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$DB_PORT/clean_import \
	java $JAVA_WORKER -jar "$JAR" import "$WORK/corpus" >"$WORK/clean-import.log" 2>&1 || true
clean_sql() { psql -h 127.0.0.1 -p $DB_PORT -U newsline -d clean_import -Atq -c "$1"; }
clean_counts=$(counts clean_sql)
if [ "$cluster_counts" = "$clean_counts" ] && [ "$dupes" = 0 ]; then
	pass "counts equal a clean import ($cluster_counts), no duplicate article"
else
	fail "counts: cluster ($cluster_counts), clean import ($clean_counts); duplicate articles: $dupes"
fi
exit $FAILED
