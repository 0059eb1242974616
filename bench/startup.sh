#!/usr/bin/env bash
# Startup benchmark: how long Newsline takes from `java` until /actuator/health answers UP
# and until the timeline page answers, on a fresh data folder (the embedded PostgreSQL is
# created, the schema migrated and the seed import started in the background) and on a
# warm one (a restart on the same data). Warm starts are measured ROUNDS times and the
# median is printed, for three ways of running the same jar:
#   jar     java -jar target/newsline.jar with the README's options (STARTUP_JAVA_OPTS
#           replaces them);
#   cds     the jar extracted (java -Djarmode=tools extract) and started with a class data
#           sharing archive written by a training run (-XX:ArchiveClassesAtExit);
#   aot     the extracted jar on a JDK 24 or newer with an ahead-of-time cache
#           (-XX:AOTCacheOutput, then -XX:AOTCache); only when such a JDK is found
#           (AOT_JAVA, or /usr/lib/jvm/*), otherwise left out.
# Prints one line per figure: "startup <name> <milliseconds>".
#
# Usage: bench/startup.sh [ROUNDS]     (default 3)
# Needs: a JDK 17 or newer; never touches ./data.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

ROUNDS=${1:-3}
read -ra JAVA_OPTS <<< "${STARTUP_JAVA_OPTS-$README_JAVA_OPTS}"
APP_PORT=${APP_PORT:-18290}
DB_PORT=${DB_PORT:-15690}
BASE="http://localhost:$APP_PORT"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/newsline-startup.XXXXXX")
APP_PID=""
cleanup() {
	stop_process "$APP_PID"
	rm -rf "$WORK"
}
trap cleanup EXIT

[ -f target/newsline.jar ] || ./mvnw -q -B -DskipTests package

if [ -z "${AOT_JAVA:-}" ]; then
	for home in /usr/lib/jvm/*; do
		release=$home/release
		[ -x "$home/bin/java" ] && [ -f "$release" ] || continue
		major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
		if [ -n "$major" ] && [ "$major" -ge 24 ]; then
			AOT_JAVA=$home/bin/java
		fi
	done
fi

# Starts the app on data folder $1 with the java command and options that follow, and
# sets HEALTHY and PAGE to the milliseconds until health is UP and until the timeline
# answers; the app keeps running (APP_PID).
timed_start() {
	local data=$1 started
	shift
	started=$(now_ms)
	"$@" --server.port="$APP_PORT" --newsline.database.embedded.data-dir="$data" \
		--newsline.database.embedded.port="$DB_PORT" --logging.level.root=warn > "$WORK/app.log" 2>&1 &
	APP_PID=$!
	await_ok "$BASE/actuator/health" 180 || { echo "The app did not start" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
	HEALTHY=$(( $(now_ms) - started ))
	await_ok "$BASE/" 60 || { echo "The timeline did not answer" >&2; exit 1; }
	PAGE=$(( $(now_ms) - started ))
}

# Waits for the import running in the app (the seed import of a first start) to end.
await_import() {
	local status
	for _ in $(seq 1 600); do
		status=$(import_status)
		case $status in SUCCEEDED | FAILED) return 0 ;; esac
		sleep 1
	done
	echo "The seed import did not finish" >&2
	exit 1
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# Warm starts of one way of running: prints "startup <name>-warm-health <ms>" and
# "startup <name>-warm-page <ms>", medians of ROUNDS starts.
warm_starts() {
	local name=$1 times
	shift
	times=$WORK/$name.times
	: > "$times"
	for _ in $(seq 1 "$ROUNDS"); do
		timed_start "$WORK/data" "$@"
		echo "$HEALTHY $PAGE" >> "$times"
		stop_process "$APP_PID"
		APP_PID=""
	done
	echo "startup $name-warm-health $(cut -d' ' -f1 "$times" | median)"
	echo "startup $name-warm-page $(cut -d' ' -f2 "$times" | median)"
}

ensure_tools jq

timed_start "$WORK/data" java "${JAVA_OPTS[@]}" -jar target/newsline.jar
echo "startup jar-fresh-health $HEALTHY"
echo "startup jar-fresh-page $PAGE"
await_import
stop_process "$APP_PID"
APP_PID=""

# the seed import is done: warm starts load no language models
warm_starts jar java "${JAVA_OPTS[@]}" -jar target/newsline.jar

java -Djarmode=tools -jar target/newsline.jar extract --destination "$WORK/extracted" > /dev/null
java "${JAVA_OPTS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$WORK/extracted/newsline.jar" \
	--newsline.database.embedded.data-dir="$WORK/data" --newsline.database.embedded.port="$DB_PORT" \
	--logging.level.root=warn > "$WORK/training.log" 2>&1
warm_starts cds java "${JAVA_OPTS[@]}" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$WORK/extracted/newsline.jar"

if [ -n "${AOT_JAVA:-}" ]; then
	"$AOT_JAVA" "${JAVA_OPTS[@]}" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$WORK/extracted/newsline.jar" \
		--newsline.database.embedded.data-dir="$WORK/data" --newsline.database.embedded.port="$DB_PORT" \
		--logging.level.root=warn > "$WORK/training-aot.log" 2>&1
	warm_starts aot "$AOT_JAVA" "${JAVA_OPTS[@]}" -XX:AOTCache="$WORK/app.aot" -jar "$WORK/extracted/newsline.jar"
	echo "startup aot-java $("$AOT_JAVA" -version 2>&1 | head -1 | tr ' ' '_')"
fi
echo "startup java $(java -version 2>&1 | head -1 | tr ' ' '_')"
