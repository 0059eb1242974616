#!/usr/bin/env bash
# Memory benchmark: the resident set (RSS) of the Newsline process as the README runs it
# (java with the README's options, or MEMORY_JAVA_OPTS; the embedded PostgreSQL is a
# process of its own and not counted):
#   importing  the peak while a first start imports the seed folder (language models loaded);
#   serving    after SERVE_SECONDS of reader load on a restart over the same data plus
#              EVENTS synthetic events (bench/synthetic-events.sql), the language models
#              not loaded; also its peak during that load.
# Prints one line per figure: "memory <name> <MB>".
#
# Usage: bench/memory.sh [EVENTS] [SERVE_SECONDS]     (defaults: 20000 60)
# Needs: a JDK; installs wrk, psql and jq with apt-get when missing (Debian, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

EVENTS=${1:-20000}
SERVE_SECONDS=${2:-60}
APP_PORT=${APP_PORT:-18390}
DB_PORT=${DB_PORT:-15790}
BASE="http://localhost:$APP_PORT"
MEMORY_JAVA_OPTS=${MEMORY_JAVA_OPTS-$README_JAVA_OPTS}
read -ra JAVA_OPTS <<< "$MEMORY_JAVA_OPTS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsline-memory.XXXXXX")
APP_PID=""
cleanup() {
	stop_process "$APP_PID"
	rm -rf "$WORK"
}
trap cleanup EXIT

ensure_tools wrk psql jq
[ -f target/newsline.jar ] || ./mvnw -q -B -DskipTests package

start_app() {
	java "${JAVA_OPTS[@]}" -jar target/newsline.jar --server.port="$APP_PORT" \
		--newsline.database.embedded.data-dir="$WORK/data" --newsline.database.embedded.port="$DB_PORT" \
		--newsline.rate-limit.pages=0 --newsline.rate-limit.api=0 --newsline.rate-limit.exports=0 \
		--logging.level.root=warn --logging.level.org.newsline=info > "$WORK/app.log" 2>&1 &
	APP_PID=$!
	await_ok "$BASE/actuator/health" 180 || { echo "The app did not start" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
}

mb() {
	echo $(( $1 / 1024 ))
}

start_app
for _ in $(seq 1 600); do
	case $(import_status) in SUCCEEDED | FAILED) break ;; esac
	sleep 1
done
[ "$(import_status)" = SUCCEEDED ] || { echo "The seed import did not succeed" >&2; exit 1; }
echo "memory importing-peak $(mb "$(peak_rss_kb "$APP_PID")")"
stop_process "$APP_PID"
APP_PID=""

start_app
PGPASSWORD="$(db_password "$WORK/data")" psql -q -h localhost -p "$DB_PORT" -U newsline -d postgres -v ON_ERROR_STOP=1 \
	-v events="$EVENTS" -f bench/synthetic-events.sql > /dev/null
echo "memory serving-idle $(mb "$(rss_kb "$APP_PID")")"
event=$(curl -fs "$BASE/api/events?size=1" | jq -r '.items[0].slug')
actor=$(curl -fs "$BASE/api/actors?size=1" | jq -r '.items[0].slug')
urls=("$BASE/" "$BASE/?q=ceasefire" "$BASE/?actor=$actor" "$BASE/events/$event" "$BASE/actors/$actor"
	"$BASE/claims" "$BASE/api/events?size=100" "$BASE/feed.atom")
slice=$(( SERVE_SECONDS / ${#urls[@]} ))
[ "$slice" -ge 1 ] || slice=1
# every view twice: once as the first reader, once from an unseen address (a query
# string the page ignores), so that pages are rendered, not only served from the cache
for round in 1 2; do
	for url in "${urls[@]}"; do
		if [ "$round" = 2 ]; then
			cat > "$WORK/unseen.lua" <<LUA
counter = 0
request = function()
	counter = counter + 1
	local separator = string.find("$url", "?", 1, true) and "&" or "?"
	return wrk.format("GET", "$url" .. separator .. "n=" .. counter .. "-" .. math.random(1000000))
end
LUA
			wrk -t2 -c8 -d"$(( (slice + 1) / 2 ))s" -s "$WORK/unseen.lua" "$url" > /dev/null 2>&1
		else
			wrk -t2 -c8 -d"$(( (slice + 1) / 2 ))s" "$url" > /dev/null 2>&1
		fi
	done
done
if grep -q "Loaded the CoreNLP" "$WORK/app.log"; then
	echo "The language models were loaded while serving" >&2
	exit 1
fi
echo "memory serving $(mb "$(rss_kb "$APP_PID")")"
echo "memory serving-peak $(mb "$(peak_rss_kb "$APP_PID")")"
echo "memory java-options '$MEMORY_JAVA_OPTS'"
