#!/usr/bin/env bash
# Soak test: MINUTES of mixed reader load with an import in the middle, on a fresh embedded
# database with realistic data. Checks what hardening demands:
#   - no answer is a 5xx over the whole run,
#   - the heap after a full GC at the end is within 10% of the start,
#   - the reader p99 while the import runs is within 2x of the p99 before it (idle).
#
# Usage: bench/soak.sh [MINUTES]      (default 30; run by hand, never by ./mvnw verify)
#
# What it does, in order:
#  1. Starts the jar on a fresh database, which imports the four seed articles on its first
#     start; waits until the language models are released after that import (so the start
#     holds what an import leaves for good, but not the models), then loads SOAK_EVENTS
#     synthetic events (bench/synthetic-events.sql).
#  2. Warms up, forces a full GC and records the heap used and the RSS (the start).
#  3. Runs wrk in consecutive windows of SOAK_WINDOW seconds over a mix of reader URLs
#     (timeline, filters, deep keyset pages, event and actor pages, claims, the JSON API,
#     the Atom feed, a filtered CSV export, conditional GETs). At a third of the run an
#     admin, logged in over HTTP, re-imports the seed folder, which by then also holds
#     SOAK_IMPORT_COPIES altered copies of each seed article under new names. Every window
#     is labelled by /api/imports/latest (polled every 2 s): idle-before, import, idle-after.
#  4. Waits for the import to end and for newsline.import.models-idle-release to pass
#     (the models are dropped after that long without an import), forces a full GC and
#     records the heap and RSS again (the end).
#  5. Prints a table per window and the verdicts; exits 0 when all pass, 1 otherwise.
#
# Environment (defaults in brackets):
#   NEWSLINE_JAR [target/newsline.jar]   built with ./mvnw -DskipTests package when missing
#   SOAK_JAVA_OPTS [the README's]       JVM options of the app (and of the seed import)
#   MODELS_IDLE_RELEASE [3m]             newsline.import.models-idle-release (s, m or h)
#   SOAK_EVENTS [20000]                  synthetic events loaded beside the seed articles
#   SOAK_IMPORT_COPIES [25]              altered copies of the four seeds in the middle import
#   SOAK_WINDOW [a tenth of the run, 10 to 60]   seconds per wrk window
#   SOAK_WARMUP [SOAK_WINDOW, at least 20]       seconds of warm-up load before the start
#   SOAK_THREADS [2], SOAK_CONNECTIONS [8]       wrk threads and connections
#   SOAK_RATE [0]                        requests per second the readers ask for at most (each
#                                        connection pauses between requests); 0: as fast as
#                                        the app answers, which measures queueing at saturation
#   APP_PORT [18190], DB_PORT [15590]    fixed ports of the app and its embedded PostgreSQL
#   SOAK_WORKER [0]                      1 runs the imports in a separate worker process
#                                        (java -jar newsline.jar worker, niced) on the app's
#                                        database, the app with newsline.import.run-in-web=false;
#                                        adds the verdict: the app's RSS at most 600 MB throughout
#   WORKER_JAVA_OPTS [-Xmx2g ...]        JVM options of the worker
#   KEEP [0]                             1 keeps the work folder (it is kept anyway when a
#                                        verdict fails): app and GC logs, wrk outputs, the
#                                        import-status and RSS samples, heap histograms
# Needs: a JDK (java, jcmd, jstat); installs wrk, psql and jq with apt-get when missing
# (Debian, as root). Besides that (and building the jar when it is missing) it writes only
# in its work folder, a fresh temporary folder.
set -euo pipefail
caller_dir=$PWD
cd "$(dirname "$0")/.."
. bench/lib.sh

MINUTES=${1:-30}
case $MINUTES in '' | *[!0-9]*) echo "MINUTES must be a whole number, not '$MINUTES'" >&2; exit 2 ;; esac
[ "$MINUTES" -ge 1 ] || { echo "MINUTES must be at least 1" >&2; exit 2; }
TOTAL=$(( MINUTES * 60 ))

JAR=${NEWSLINE_JAR:-target/newsline.jar}
case $JAR in /*) ;; *) [ -n "${NEWSLINE_JAR:-}" ] && JAR=$caller_dir/$JAR ;; esac
SOAK_JAVA_OPTS=${SOAK_JAVA_OPTS:-$README_JAVA_OPTS}
MODELS_IDLE_RELEASE=${MODELS_IDLE_RELEASE:-3m}
SOAK_EVENTS=${SOAK_EVENTS:-20000}
SOAK_IMPORT_COPIES=${SOAK_IMPORT_COPIES:-25}
default_window=$(( TOTAL / 10 ))
[ "$default_window" -lt 10 ] && default_window=10
[ "$default_window" -gt 60 ] && default_window=60
SOAK_WINDOW=${SOAK_WINDOW:-$default_window}
default_warmup=$SOAK_WINDOW
[ "$default_warmup" -lt 20 ] && default_warmup=20
SOAK_WARMUP=${SOAK_WARMUP:-$default_warmup}
SOAK_THREADS=${SOAK_THREADS:-2}
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-8}
SOAK_RATE=${SOAK_RATE:-0}
APP_PORT=${APP_PORT:-18190}
DB_PORT=${DB_PORT:-15590}
KEEP=${KEEP:-0}
SOAK_WORKER=${SOAK_WORKER:-0}
WORKER_JAVA_OPTS=${WORKER_JAVA_OPTS:-$README_JAVA_OPTS}
WORKER_HEALTH_PORT=$(( APP_PORT + 1 ))
SAMPLE_SECONDS=2

for name in SOAK_EVENTS SOAK_IMPORT_COPIES SOAK_WINDOW SOAK_WARMUP SOAK_THREADS SOAK_CONNECTIONS SOAK_RATE APP_PORT DB_PORT; do
	case ${!name} in '' | *[!0-9]*) echo "$name must be a whole number, not '${!name}'" >&2; exit 2 ;; esac
done
PAUSE_MS=0
[ "$SOAK_RATE" -gt 0 ] && PAUSE_MS=$(( SOAK_CONNECTIONS * 1000 / SOAK_RATE ))
WINDOWS=$(( TOTAL / SOAK_WINDOW ))
[ "$WINDOWS" -ge 3 ] || { echo "A run of $MINUTES min has fewer than 3 windows of $SOAK_WINDOW s: lower SOAK_WINDOW" >&2; exit 2; }
IMPORT_WINDOW=$(( WINDOWS / 3 ))
[ "$SOAK_IMPORT_COPIES" -ge 1 ] && [ $(( (SOAK_IMPORT_COPIES + 1) * 4 )) -le 500 ] \
	|| { echo "SOAK_IMPORT_COPIES must be 1 to 124 (an import run takes at most 500 files)" >&2; exit 2; }
[ "$SOAK_EVENTS" -ge 1000 ] || { echo "SOAK_EVENTS must be at least 1000" >&2; exit 2; }

# A Spring Boot duration (90s, 3m, 1h, or milliseconds) in whole seconds, rounded up.
seconds_of() {
	local value=${1,,}
	case $value in
		*ms) value=${value%ms}; [[ $value =~ ^[0-9]+$ ]] && echo $(( (value + 999) / 1000 )) && return ;;
		*s) value=${value%s}; [[ $value =~ ^[0-9]+$ ]] && echo "$value" && return ;;
		*m) value=${value%m}; [[ $value =~ ^[0-9]+$ ]] && echo $(( value * 60 )) && return ;;
		*h) value=${value%h}; [[ $value =~ ^[0-9]+$ ]] && echo $(( value * 3600 )) && return ;;
		*) [[ $value =~ ^[0-9]+$ ]] && echo $(( (value + 999) / 1000 )) && return ;;
	esac
	return 1
}
IDLE_RELEASE_SECONDS=$(seconds_of "$MODELS_IDLE_RELEASE") \
	|| { echo "MODELS_IDLE_RELEASE must be like 90s, 3m or 1h, not '$MODELS_IDLE_RELEASE'" >&2; exit 2; }

for tool in java jcmd jstat; do
	command -v "$tool" >/dev/null 2>&1 || { echo "Needs a JDK: $tool is missing" >&2; exit 2; }
done
ensure_tools wrk psql jq
if [ ! -f "$JAR" ]; then
	[ -z "${NEWSLINE_JAR:-}" ] || { echo "No jar at $JAR" >&2; exit 2; }
	./mvnw -q -B -DskipTests package
fi
if curl -s -o /dev/null --max-time 2 "http://localhost:$APP_PORT/"; then
	echo "Something already answers on port $APP_PORT: set APP_PORT (and DB_PORT) to free ports" >&2
	exit 2
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsline-soak.XXXXXX")
BASE="http://localhost:$APP_PORT"
CORPUS=$WORK/corpus
COOKIES=$WORK/admin-cookies.txt
ADMIN_PASSWORD=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
export NEWSLINE_ADMIN_PASSWORD=$ADMIN_PASSWORD
read -ra JAVA_OPTS <<< "$SOAK_JAVA_OPTS"
SCRIPT_START=$(date +%s)

APP_PID=""
WORKER_PID=""
WRK_PID=""
MONITOR_PID=""
VERDICT_FAILED=0

cleanup() {
	local status=$?
	trap - EXIT INT TERM
	if [ -n "$MONITOR_PID" ]; then
		pkill -P "$MONITOR_PID" 2>/dev/null || true
		kill "$MONITOR_PID" 2>/dev/null || true
		wait "$MONITOR_PID" 2>/dev/null || true
	fi
	[ -n "$WRK_PID" ] && stop_process "$WRK_PID"
	[ -n "$WORKER_PID" ] && stop_process "$WORKER_PID"
	[ -n "$APP_PID" ] && stop_process "$APP_PID"
	# The app stops its embedded PostgreSQL; should the app have been killed, stop it here.
	local pg_pid
	pg_pid=$(head -1 "$WORK/postgres/postmaster.pid" 2>/dev/null || true)
	if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
		kill -INT "$pg_pid" 2>/dev/null || true
		for _ in $(seq 1 20); do
			kill -0 "$pg_pid" 2>/dev/null || break
			sleep 0.5
		done
		kill -QUIT "$pg_pid" 2>/dev/null || true
	fi
	rm -f "$WORK/newsline.jar"
	if [ "$KEEP" = 1 ] || [ "$VERDICT_FAILED" = 1 ] || [ "$status" -ne 0 ]; then
		echo "Kept the work folder: $WORK (app log: $WORK/app.log)"
	else
		rm -rf "$WORK"
	fi
	exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log() {
	local elapsed=$(( $(date +%s) - SCRIPT_START ))
	printf '[%02d:%02d] %s\n' $(( elapsed / 60 )) $(( elapsed % 60 )) "$*"
}

fail() {
	echo "$*" >&2
	[ -f "$WORK/app.log" ] && { echo "Last lines of $WORK/app.log:" >&2; tail -20 "$WORK/app.log" >&2; }
	exit 1
}

sql() {
	PGPASSWORD="$(db_password "$WORK/postgres")" psql -X -At -h localhost -p "$DB_PORT" -U newsline -d postgres -v ON_ERROR_STOP=1 "$@"
}

# Two full collections (the second collects what the first left to finalizers), the classes
# on the heap into FILE (GC.class_histogram), then "used committed" of the heap in MB, read
# with jstat: survivor, eden and old spaces, whatever the collector.
heap_after_full_gc() {
	local histogram=$1
	jcmd "$APP_PID" GC.run > /dev/null
	sleep 1
	jcmd "$APP_PID" GC.run > /dev/null
	sleep 1
	jcmd "$APP_PID" GC.class_histogram > "$histogram"
	jstat -gc "$APP_PID" | awk '
		NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
		NR == 2 { printf "%.1f %.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024,
			($col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"]) / 1024 }'
}

# "status files-done files-total" of the latest import run, or "- 0 0".
import_state() {
	curl -fs "$BASE/api/imports/latest" 2>/dev/null \
		| jq -r '"\(.status) \(.files | length) \(.filesTotal)"' 2>/dev/null || echo "- 0 0"
}

# Every SAMPLE_SECONDS: time, HTTP status of /api/imports/latest, run id, its status,
# files done and in all, and the app's RSS in kB.
monitor() {
	local now response code line
	while :; do
		now=$(date +%s)
		response=$(curl -s -w '\n%{http_code}' "$BASE/api/imports/latest" 2>/dev/null || true)
		code=${response##*$'\n'}
		line=$(jq -r '"\(.id) \(.status) \(.files | length) \(.filesTotal)"' <<< "${response%$'\n'*}" 2>/dev/null \
			|| echo "- - 0 0")
		echo "$now ${code:-000} $line $(rss_kb "$APP_PID")" >> "$WORK/samples.txt"
		sleep "$SAMPLE_SECONDS"
	done
}

# Runs wrk with the URL mix for SECONDS; its output goes to FILE.
run_wrk() {
	local seconds=$1 file=$2
	wrk -t"$SOAK_THREADS" -c"$SOAK_CONNECTIONS" -d"${seconds}s" --timeout 30s --latency \
		-s "$WORK/mix.lua" "$BASE" > "$file" 2>&1 &
	WRK_PID=$!
	wait "$WRK_PID" || true
	WRK_PID=""
	grep -q '^SOAK ' "$file" || fail "wrk gave no result: $(tail -5 "$file")"
}

# One field of a wrk output's SOAK line.
field() {
	awk -v name="$2" '$1 == "SOAK" { for (i = 2; i < NF; i += 2) if ($i == name) print $(i + 1) }' "$1"
}

# The p99 in ms of all requests of several wrk outputs together: each output's quantiles,
# weighted by its request count, merged and cut at 99%.
merged_p99() {
	[ $# -gt 0 ] || { echo "-"; return; }
	awk '
		FNR == 1 { previous = 0 }
		$1 == "SOAK" { for (i = 2; i < NF; i += 2) if ($i == "requests") requests = $(i + 1) }
		$1 == "QUANTILE" { print $3, ($2 - previous) / 100 * requests; previous = $2 }
	' "$@" | sort -n | awk '
		{ value[NR] = $1; mass[NR] = $2; total += $2 }
		END {
			if (total == 0) { print "-"; exit }
			for (i = 1; i <= NR; i++) { sum += mass[i]; if (sum >= 0.99 * total) { printf "%.1f\n", value[i] / 1000; exit } }
			printf "%.1f\n", value[NR] / 1000
		}'
}

echo "Newsline soak: $MINUTES min of reader load, an import at a third"
echo "Machine: $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java: $(java -version 2>&1 | head -1)"
echo "Jar: $JAR ($(date -r "$JAR" '+%Y-%m-%d %H:%M'))"
echo "Options: SOAK_JAVA_OPTS='$SOAK_JAVA_OPTS' MODELS_IDLE_RELEASE=$MODELS_IDLE_RELEASE SOAK_EVENTS=$SOAK_EVENTS" \
	"SOAK_IMPORT_COPIES=$SOAK_IMPORT_COPIES SOAK_WINDOW=$SOAK_WINDOW SOAK_WARMUP=$SOAK_WARMUP" \
	"wrk -t$SOAK_THREADS -c$SOAK_CONNECTIONS APP_PORT=$APP_PORT DB_PORT=$DB_PORT"
echo "Work folder: $WORK"
echo

# A copy of the jar, so that a build during the soak cannot change it under the app.
cp "$JAR" "$WORK/newsline.jar"

# The import corpus: the seed articles now; their altered copies join them at the import.
mkdir -p "$CORPUS" "$WORK/copies" "$WORK/wrk"
cp seeds/*.txt seeds/sources.csv "$CORPUS/"
for copy in $(seq 1 "$SOAK_IMPORT_COPIES"); do
	for article in seeds/*.txt; do
		# A line of its own after the first paragraph (headline or lede), where the
		# cleaning keeps it: a line at the end would go with the trailing page chrome.
		awk -v copy="$copy" '
			{ print }
			!added && NR > 1 && $0 == "" { printf "Republished as copy %d.\n\n", copy; added = 1 }
		' "$article" > "$WORK/copies/copy$(printf '%03d' "$copy")-$(basename "$article")"
	done
	awk -F, -v OFS=, -v prefix="copy$(printf '%03d' "$copy")-" 'NR > 1 && NF > 0 { $1 = prefix $1; print }' \
		seeds/sources.csv >> "$WORK/copies/sources.extra"
done

log "Starting Newsline on port $APP_PORT (database on $DB_PORT); it imports the four seed articles"
java "${JAVA_OPTS[@]}" -Xlog:gc:file="$WORK/gc.log" -jar "$WORK/newsline.jar" --server.port="$APP_PORT" \
	--newsline.database.embedded.data-dir="$WORK/postgres" --newsline.database.embedded.port="$DB_PORT" \
	--newsline.rate-limit.pages=0 --newsline.rate-limit.api=0 --newsline.rate-limit.exports=0 \
	--newsline.import.seed-folder="$CORPUS" --newsline.import.models-idle-release="$MODELS_IDLE_RELEASE" \
	--logging.level.root=warn --logging.level.org.newsline=info \
	$([ "$SOAK_WORKER" = 1 ] && echo --newsline.import.run-in-web=false) > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
	curl -fs -o /dev/null "$BASE/actuator/health" && break
	kill -0 "$APP_PID" 2>/dev/null || fail "The app stopped while starting"
	sleep 1
done
curl -fs -o /dev/null "$BASE/actuator/health" || fail "The app did not start"
if [ "$SOAK_WORKER" = 1 ]; then
	log "Starting an import worker on the app's database (health on $WORKER_HEALTH_PORT)"
	read -ra WORKER_OPTS <<< "$WORKER_JAVA_OPTS"
	SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$DB_PORT/postgres" SPRING_DATASOURCE_USERNAME=newsline \
		SPRING_DATASOURCE_PASSWORD="$(db_password "$WORK/postgres")" \
		nice -n 10 java "${WORKER_OPTS[@]}" -jar "$WORK/newsline.jar" worker \
		--newsline.import.worker-health-port="$WORKER_HEALTH_PORT" \
		--newsline.import.models-idle-release="$MODELS_IDLE_RELEASE" \
		--logging.level.root=warn --logging.level.org.newsline=info > "$WORK/worker.log" 2>&1 &
	WORKER_PID=$!
	await_ok "http://localhost:$WORKER_HEALTH_PORT/health" 180 || fail "The worker did not start"
fi
for _ in $(seq 1 600); do
	case $(import_status) in SUCCEEDED) break ;; FAILED) fail "The seed import failed" ;; esac
	sleep 1
done
[ "$(import_status)" = SUCCEEDED ] || fail "The seed import did not finish in 10 minutes"
# What an import leaves behind for good (time zone rules, the libraries' own caches) is
# part of the start; what the language models take is not: wait until they are dropped.
if [ "$SOAK_WORKER" = 1 ]; then
	grep -q "Loaded the CoreNLP pipeline" "$WORK/app.log" && fail "The app loaded the language models"
	log "Seed articles imported by the worker; the app never loads the language models"
else
	log "Seed articles imported; waiting up to $(( IDLE_RELEASE_SECONDS * 5 / 4 + 30 )) s for the models to be released"
	for _ in $(seq 1 $(( IDLE_RELEASE_SECONDS * 5 / 4 + 30 ))); do
		grep -q "Released the CoreNLP models" "$WORK/app.log" && break
		sleep 1
	done
	grep -q "Released the CoreNLP models" "$WORK/app.log" || fail "The models were not released after the seed import"
fi

log "Loading $SOAK_EVENTS synthetic events"
sql -q -v events="$SOAK_EVENTS" -f bench/synthetic-events.sql > /dev/null
admin_login || fail "Admin sign-in failed"

# Real slugs and keyset positions: from the seed articles first, then synthetic ones spread
# evenly (10 events, 4 actors, 2 tags).
readable="status in ('PUBLISHED', 'UNREVIEWED') and merged_into_id is null"
mapfile -t EVENTS < <(sql -c "(select slug from event where $readable and id < 1000000 and slug ~ '^[a-z0-9-]+$'
	order by id limit 4) union all (select slug from event where $readable and id > 1000000 order by id * 7919 % 10007 limit 10)
	" | head -10)
mapfile -t ACTORS < <(sql -c "(select slug from actor a where merged_into_id is null and slug ~ '^[a-z0-9-]+$' and id < 1000000
	and exists (select 1 from participation p where p.actor_id = a.id) order by id limit 2)
	union all (select slug from actor where id > 1000000 order by id * 7919 % 10007 limit 4)" | head -4)
mapfile -t TAGS < <(sql -c "(select slug from tag t where id < 1000000 and slug ~ '^[a-z0-9-]+$'
	and exists (select 1 from event_tag e where e.tag_id = t.id) order by id limit 1)
	union all (select slug from tag where id > 1000000 order by id limit 2)" | head -2)
mapfile -t DEEP < <(for share in 5 9; do
	sql -c "select date_start || '_' || id from event where $readable
		order by date_start desc, id desc offset $(( SOAK_EVENTS * share / 10 )) limit 1"
done)
[ "${#EVENTS[@]}" -eq 10 ] && [ "${#ACTORS[@]}" -eq 4 ] && [ "${#TAGS[@]}" -eq 2 ] && [ "${#DEEP[@]}" -eq 2 ] \
	|| fail "Too few events, actors or tags in the database"

# The reader URL mix; "1" marks a conditional GET (If-None-Match with the latest ETag seen).
URLS=(
	"/ 0" "/ 1" "/?actor=${ACTORS[0]} 0" "/events/${EVENTS[0]} 0" "/?tag=${TAGS[0]} 0"
	"/actors/${ACTORS[2]} 0" "/?q=ceasefire 0" "/events/${EVENTS[6]} 0" "/?after=${DEEP[0]} 0"
	"/api/events?size=50 0" "/ 0" "/events/${EVENTS[1]} 1" "/?from=2018-01-01&to=2019-06-30 0"
	"/actors/${ACTORS[0]} 0" "/claims 0" "/?disputed=true 0" "/events/${EVENTS[7]} 0" "/ 1"
	"/?actor=${ACTORS[3]}&from=2016-01-01&to=2020-12-31 0" "/feed.atom 0" "/?after=${DEEP[1]} 0"
	"/events/${EVENTS[2]} 0" "/?q=venezuela 0" "/api/events?size=50&actor=${ACTORS[2]} 0"
	"/actors/${ACTORS[1]} 0" "/ 0" "/?tag=${TAGS[1]}&disputed=true 0" "/events/${EVENTS[8]} 0"
	"/claims?verdict=disputed 0" "/?from=2025-10-01&to=2025-12-31 0" "/events/${EVENTS[3]} 1"
	"/export/events.csv?actor=${ACTORS[3]} 0" "/api/events?size=50&page=40 0" "/actors/${ACTORS[3]} 0"
	"/?q=drone+strike 0" "/events/${EVENTS[9]} 0" "/feed.atom?tag=${TAGS[1]} 1" "/events/${EVENTS[4]} 0"
	"/?actor=${ACTORS[1]} 0" "/events/${EVENTS[5]} 0"
)
for entry in "${URLS[@]}"; do
	code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${entry% *}")
	[ "$code" = 200 ] || fail "$BASE${entry% *} answered $code before the load"
done

{
	echo "-- The reader URL mix of bench/soak.sh: each thread cycles through it from its own place."
	echo "local urls = {"
	for entry in "${URLS[@]}"; do
		printf '\t{ [[%s]], %s },\n' "${entry% *}" "$([ "${entry##* }" = 1 ] && echo true || echo false)"
	done
	echo "}"
	echo "local pause_ms = $PAUSE_MS"
	cat <<'LUA'
local threads = {}
local created = 0

function setup(thread)
	thread:set("offset", created * 13)
	created = created + 1
	table.insert(threads, thread)
end

function init(args)
	position = offset
	etag = nil
	status_304 = 0
	status_5xx = 0
	status_4xx = 0
end

function request()
	position = position % #urls + 1
	local url = urls[position]
	local headers = { ["Accept-Encoding"] = "gzip" }
	if url[2] and etag then
		headers["If-None-Match"] = etag
	end
	return wrk.format("GET", url[1], headers)
end

-- readers who pause between pages: each connection waits before its next request
function delay()
	return pause_ms
end

function response(status, headers, body)
	if status == 304 then
		status_304 = status_304 + 1
	elseif status >= 500 then
		status_5xx = status_5xx + 1
	elseif status >= 400 then
		status_4xx = status_4xx + 1
	end
	for name, value in pairs(headers) do
		if string.lower(name) == "etag" then
			etag = value
		end
	end
end

function done(summary, latency, requests)
	local s3, s5, s4 = 0, 0, 0
	for _, thread in ipairs(threads) do
		s3 = s3 + (thread:get("status_304") or 0)
		s5 = s5 + (thread:get("status_5xx") or 0)
		s4 = s4 + (thread:get("status_4xx") or 0)
	end
	local e = summary.errors
	io.write(string.format("SOAK requests %d seconds %.3f p50_us %d p99_us %d max_us %d status_304 %d status_5xx %d"
		.. " status_4xx %d non_2xx_3xx %d connect %d read %d write %d timeout %d\n", summary.requests,
		summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max, s3, s5, s4, e.status, e.connect, e.read, e.write,
		e.timeout))
	for p = 1, 999 do
		io.write(string.format("QUANTILE %.1f %d\n", p / 10, latency:percentile(p / 10)))
	end
	io.write(string.format("QUANTILE 99.95 %d\nQUANTILE 99.99 %d\nQUANTILE 100 %d\n", latency:percentile(99.95),
		latency:percentile(99.99), latency.max))
end
LUA
} > "$WORK/mix.lua"

log "Warming up for $SOAK_WARMUP s (${#URLS[@]} URLs)"
run_wrk "$SOAK_WARMUP" "$WORK/wrk/00-warm-up.txt"
read -r HEAP_START HEAP_START_COMMITTED < <(heap_after_full_gc "$WORK/heap-start.txt")
[ -n "$HEAP_START" ] || fail "Could not read the heap with jcmd and jstat"
RSS_START=$(rss_kb "$APP_PID")
log "Start: heap used after full GC $HEAP_START MB (committed $HEAP_START_COMMITTED MB), RSS $(( RSS_START / 1024 )) MB"

: > "$WORK/samples.txt"
monitor 2> /dev/null &
MONITOR_PID=$!
LOAD_START=$(date +%s)
IMPORT_RUN=""
: > "$WORK/windows.txt"
for window in $(seq 1 "$WINDOWS"); do
	if [ "$window" -eq $(( IMPORT_WINDOW + 1 )) ]; then
		mv "$WORK"/copies/*.txt "$CORPUS/"
		cat "$WORK/copies/sources.extra" >> "$CORPUS/sources.csv"
		IMPORT_RUN=$(start_import) || fail "The re-import did not start"
		log "Import run $IMPORT_RUN started by admin: $(( SOAK_IMPORT_COPIES * 4 )) new copies beside the 4 seeds"
	fi
	file=$WORK/wrk/$(printf '%02d' "$window").txt
	from=$(date +%s)
	run_wrk "$SOAK_WINDOW" "$file"
	to=$(date +%s)
	# The share of this window's samples that saw the import queued or running.
	share=$(awk -v from="$from" -v to="$to" -v run="$IMPORT_RUN" '
		$1 >= from && $1 <= to { all++; if ($3 == run && ($4 == "RUNNING" || $4 == "QUEUED")) busy++ }
		END { printf "%d", all ? 100 * busy / all : 0 }' "$WORK/samples.txt")
	if [ "$share" -gt 0 ]; then
		phase=import
	elif [ -z "$IMPORT_RUN" ]; then
		phase=idle-before
	else
		phase=idle-after
	fi
	echo "$window $phase $(( from - LOAD_START )) $share $file" >> "$WORK/windows.txt"
	read -r state done_files all_files < <(import_state)
	log "Window $window/$WINDOWS $phase: $(field "$file" requests) requests," \
		"p99 $(awk -v us="$(field "$file" p99_us)" 'BEGIN { printf "%.1f", us / 1000 }') ms," \
		"5xx $(field "$file" status_5xx)$([ -n "$IMPORT_RUN" ] && echo "; import $state, $done_files of $all_files files")"
done
LOAD_END=$(date +%s)

read -r state done_files all_files < <(import_state)
IMPORT_OUTLASTED=0
if [ "$state" = RUNNING ] || [ "$state" = QUEUED ]; then
	IMPORT_OUTLASTED=1
	log "The import outlasted the load ($done_files of $all_files files done); waiting for it to end"
	for _ in $(seq 1 720); do
		read -r state done_files all_files < <(import_state)
		[ "$state" = RUNNING ] || [ "$state" = QUEUED ] || break
		sleep 5
	done
fi
pkill -P "$MONITOR_PID" 2>/dev/null || true
kill "$MONITOR_PID" 2>/dev/null || true
wait "$MONITOR_PID" 2>/dev/null || true
MONITOR_PID=""
IMPORT_REPORT=$(curl -fsS "$BASE/api/imports/latest")
echo "$IMPORT_REPORT" > "$WORK/import-report.json"
IMPORT_STATUS=$(jq -r .status <<< "$IMPORT_REPORT")
IMPORT_STARTED=$(date -d "$(jq -r '.startedAt // .queuedAt' <<< "$IMPORT_REPORT")" +%s)
finished_at=$(jq -r '.finishedAt // empty' <<< "$IMPORT_REPORT")
IMPORT_FINISHED=$(if [ -n "$finished_at" ]; then date -d "$finished_at" +%s; else date +%s; fi)
log "Import run $IMPORT_RUN $IMPORT_STATUS in $(( IMPORT_FINISHED - IMPORT_STARTED )) s:" \
	"$(jq -r '.counts | "\(.created) created, \(.updated) updated, \(.unchanged) unchanged, \(.failed) failed, \(.events) events"' \
		<<< "$IMPORT_REPORT")"

# The models are dropped once unused for the idle-release time, looked at every quarter of it.
release_due=$(( IMPORT_FINISHED + IDLE_RELEASE_SECONDS + IDLE_RELEASE_SECONDS / 4 + 10 ))
now=$(date +%s)
if [ "$now" -lt "$release_due" ]; then
	log "Waiting $(( release_due - now )) s for the language models to be released" \
		"(models-idle-release $MODELS_IDLE_RELEASE after the import's end, checked every $(( IDLE_RELEASE_SECONDS / 4 )) s)"
	sleep $(( release_due - now ))
else
	log "The language models were due for release $(( now - release_due + 10 )) s ago" \
		"(models-idle-release $MODELS_IDLE_RELEASE after the import's end, checked every $(( IDLE_RELEASE_SECONDS / 4 )) s)"
fi
read -r HEAP_END HEAP_END_COMMITTED < <(heap_after_full_gc "$WORK/heap-end.txt")
[ -n "$HEAP_END" ] || fail "Could not read the heap with jcmd and jstat"
RSS_END=$(rss_kb "$APP_PID")
RSS_HWM=$(awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status")
RSS_IMPORT_PEAK=$(awk -v run="$IMPORT_RUN" '$3 == run && ($4 == "RUNNING" || $4 == "QUEUED") && $7 > peak { peak = $7 }
	END { print peak + 0 }' "$WORK/samples.txt")
log "End: heap used after full GC $HEAP_END MB (committed $HEAP_END_COMMITTED MB), RSS $(( RSS_END / 1024 )) MB"

# --- the table
echo
printf '%-4s %-12s %6s %7s %9s %9s %9s %6s %6s %6s %10s %9s\n' "win" "phase" "start" "import" "req/s" "p50 ms" \
	"p99 ms" "304" "5xx" "4xx" "non-2/3xx" "sock err"
row() {
	local label=$1 phase=$2 start=$3 share=$4 file=$5
	awk -v label="$label" -v phase="$phase" -v start="$start" -v share="$share" '
		$1 == "SOAK" {
			for (i = 2; i < NF; i += 2) v[$i] = $(i + 1)
			rps = (v["seconds"] > 0) ? v["requests"] / v["seconds"] : 0
			printf "%-4s %-12s %6s %6s%% %9.1f %9.1f %9.1f %6d %6d %6d %10d %9d\n", label, phase, start, share, rps,
				v["p50_us"] / 1000, v["p99_us"] / 1000, v["status_304"], v["status_5xx"], v["status_4xx"],
				v["non_2xx_3xx"], v["connect"] + v["read"] + v["write"] + v["timeout"]
		}' "$file"
}
row "-" "warm-up" "-" 0 "$WORK/wrk/00-warm-up.txt"
while read -r window phase start share file; do
	row "$window" "$phase" "$(printf '%d:%02d' $(( start / 60 )) $(( start % 60 )))" "$share" "$file"
done < "$WORK/windows.txt"

mapfile -t IDLE_FILES < <(awk '$2 == "idle-before" { print $5 }' "$WORK/windows.txt")
mapfile -t IMPORT_FILES < <(awk '$2 == "import" { print $5 }' "$WORK/windows.txt")
mapfile -t AFTER_FILES < <(awk '$2 == "idle-after" { print $5 }' "$WORK/windows.txt")
P99_IDLE=$(merged_p99 "${IDLE_FILES[@]}")
P99_IMPORT=$(merged_p99 "${IMPORT_FILES[@]}")
P99_AFTER=$(merged_p99 "${AFTER_FILES[@]}")
P99_IMPORT_WORST=$(for file in "${IMPORT_FILES[@]}"; do field "$file" p99_us; done | sort -n | tail -1)
P99_IMPORT_WORST=$(awk -v us="${P99_IMPORT_WORST:-0}" 'BEGIN { printf "%.1f", us / 1000 }')
echo
echo "p99 over all windows of a phase: idle-before $P99_IDLE ms (${#IDLE_FILES[@]} windows)," \
	"import $P99_IMPORT ms (${#IMPORT_FILES[@]}), idle-after $P99_AFTER ms (${#AFTER_FILES[@]});" \
	"worst import window $P99_IMPORT_WORST ms"
echo "RSS: start $(( RSS_START / 1024 )) MB, peak seen during the import $(( RSS_IMPORT_PEAK / 1024 )) MB," \
	"end $(( RSS_END / 1024 )) MB (highest ever $(( RSS_HWM / 1024 )) MB)"
echo "Import run $IMPORT_RUN: $IMPORT_STATUS, $(jq -r '.filesTotal' <<< "$IMPORT_REPORT") files," \
	"started $(( IMPORT_STARTED - LOAD_START )) s into the load, ran $(( IMPORT_FINISHED - IMPORT_STARTED )) s"
[ "$IMPORT_OUTLASTED" = 1 ] && echo "The import outlasted the load by $(( IMPORT_FINISHED - LOAD_END )) s:" \
	"no idle-after window; lower SOAK_IMPORT_COPIES or run longer"
# The app's longest collections, leaving out those this script asked for.
echo "Longest GC pauses of the app (gc.log, without the script's own): $(awk '
	/ Pause / && !/Diagnostic Command|Heap Inspection/ {
		cause = $0; sub(/.* Pause /, "", cause); sub(/ [0-9]+[KMG]->.*/, "", cause)
		ms = $NF; sub(/ms$/, "", ms); printf "%.1f %s\n", ms, cause
	}' "$WORK/gc.log" | sort -rn | head -3 | awk '{ ms = $1; $1 = ""; printf "%s%s ms (%s)", (NR > 1) ? ", " : "", ms, substr($0, 2) }')"
echo "App log: $WORK/app.log ($(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR lines), GC log: $WORK/gc.log"

# --- the verdicts
verdict() {
	if [ "$1" = 0 ]; then
		echo "PASS  ${*:2}"
	else
		echo "FAIL  ${*:2}"
		VERDICT_FAILED=1
	fi
}
echo
total_5xx=0
total_4xx=0
total_socket=0
total_requests=0
for file in "$WORK/wrk/"*.txt; do
	total_5xx=$(( total_5xx + $(field "$file" status_5xx) ))
	total_4xx=$(( total_4xx + $(field "$file" status_4xx) ))
	total_socket=$(( total_socket + $(field "$file" connect) + $(field "$file" read) + $(field "$file" write) \
		+ $(field "$file" timeout) ))
	total_requests=$(( total_requests + $(field "$file" requests) ))
done
polls_5xx=$(awk '$2 >= 500 { n++ } END { print n + 0 }' "$WORK/samples.txt")
verdict $(( total_5xx + polls_5xx > 0 )) "no 5xx: $total_5xx of $total_requests reader requests (warm-up included)," \
	"$polls_5xx of $(wc -l < "$WORK/samples.txt") import-status polls"
[ $(( total_4xx + total_socket )) -eq 0 ] \
	|| echo "WARN  other errors: $total_4xx 4xx answers, $total_socket socket errors (connect, read, write, timeout)"
verdict "$(awk -v s="$HEAP_START" -v e="$HEAP_END" 'BEGIN { print ((e <= 1.10 * s) ? 0 : 1) }')" \
	"heap after full GC: start $HEAP_START MB, end $HEAP_END MB, end/start" \
	"$(awk -v s="$HEAP_START" -v e="$HEAP_END" 'BEGIN { printf "%.3f", e / s }') (at most 1.10)"
if [ "$(awk -v s="$HEAP_START" -v e="$HEAP_END" 'BEGIN { print ((e - s > 500) ? 1 : 0) }')" = 1 ]; then
	echo "      (over 500 MB more than at the start: the language models may still be in memory; the heap's" \
		"classes are in $WORK/heap-start.txt and heap-end.txt)"
fi
if [ "${#IMPORT_FILES[@]}" -eq 0 ] || [ "${#IDLE_FILES[@]}" -eq 0 ]; then
	verdict 1 "reader p99 during import: no window overlapped the import (${#IMPORT_FILES[@]} import," \
		"${#IDLE_FILES[@]} idle-before windows); raise SOAK_IMPORT_COPIES or lower SOAK_WINDOW"
else
	verdict "$(awk -v i="$P99_IDLE" -v m="$P99_IMPORT" 'BEGIN { print ((m <= 2 * i) ? 0 : 1) }')" \
		"reader p99 during import: $P99_IMPORT ms over all import windows, idle-before $P99_IDLE ms," \
		"import/idle $(awk -v i="$P99_IDLE" -v m="$P99_IMPORT" 'BEGIN { printf "%.2f", m / i }') (at most 2);" \
		"worst import window $P99_IMPORT_WORST ms, $(awk -v i="$P99_IDLE" -v m="$P99_IMPORT_WORST" \
			'BEGIN { printf "%.2f", m / i }')x idle"
fi
verdict "$([ "$IMPORT_STATUS" = SUCCEEDED ] && echo 0 || echo 1)" "the import in the middle: run $IMPORT_RUN $IMPORT_STATUS"
if [ "$SOAK_WORKER" = 1 ]; then
	RSS_MAX=$(awk '$7 > peak { peak = $7 } END { print peak + 0 }' "$WORK/samples.txt")
	verdict "$([ "$RSS_MAX" -le $(( 600 * 1024 )) ] && [ "$RSS_END" -le $(( 600 * 1024 )) ] && echo 0 || echo 1)" \
		"the app's RSS with the import in a worker: at most $(( RSS_MAX / 1024 )) MB over the load," \
		"$(( RSS_END / 1024 )) MB at the end (at most 600 MB)"
	grep -q "Loaded the CoreNLP pipeline" "$WORK/app.log" && verdict 1 "the app loaded the language models"
fi
echo
echo "($MINUTES min in $WINDOWS windows of $SOAK_WINDOW s; wrk -t$SOAK_THREADS -c$SOAK_CONNECTIONS" \
	"$([ "$SOAK_RATE" -gt 0 ] && echo "paced to at most $SOAK_RATE req/s" || echo "unpaced"); $SOAK_EVENTS synthetic events;" \
	"$SOAK_JAVA_OPTS; $(nproc) cores, load average now $(cut -d" " -f1-3 /proc/loadavg))"
[ "$VERDICT_FAILED" = 0 ] || exit 1
