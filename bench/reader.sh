#!/usr/bin/env bash
# Reader benchmark: loads 100,000 synthetic events (with actors, tags, sources and claims)
# into a fresh embedded database, then measures with wrk, in one run: the timeline page, a
# filtered page, a deep keyset page, a full-text query and a 304 revalidation, beside a
# trivial endpoint of the same app (a static stylesheet) and nginx serving the same HTML
# bytes as the timeline page. Prints req/s, p50 and p99 for each and the ratios.
# Anonymous views come from the page cache once rendered; the "-render" figures ask for the
# same view at a new address each time (a query parameter the page ignores), so they
# measure the query and the rendering (the filter's counts are cached per data version).
#
# Usage: bench/reader.sh [EVENTS] [SECONDS_PER_URL]   (defaults: 100000 10)
# Needs: a JDK; installs wrk and nginx with apt-get when missing (Debian, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

EVENTS=${1:-100000}
SECONDS_PER_URL=${2:-10}
APP_PORT=${APP_PORT:-18090}
DB_PORT=${DB_PORT:-15490}
NGINX_PORT=${NGINX_PORT:-18091}
WORK=$(mktemp -d /tmp/newsline-bench.XXXXXX)

ensure_tools wrk nginx psql
[ -f target/newsline.jar ] || ./mvnw -q -B -DskipTests package

APP_PID=""
NGINX_PID=""
cleanup() {
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

echo "Starting Newsline on port $APP_PORT (database on $DB_PORT, data in $WORK)"
java -Xmx1g -jar target/newsline.jar --server.port="$APP_PORT" \
	--newsline.database.embedded.data-dir="$WORK/postgres" --newsline.database.embedded.port="$DB_PORT" \
	--newsline.rate-limit.pages=0 --newsline.rate-limit.api=0 --newsline.rate-limit.exports=0 \
	--newsline.import.seed-on-first-start=false --logging.level.root=warn > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
	curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" && break
	sleep 1
done
curl -fs -o /dev/null "http://localhost:$APP_PORT/actuator/health" || { echo "The app did not start"; tail -20 "$WORK/app.log"; exit 1; }

echo "Loading $EVENTS synthetic events"
load_start=$(date +%s)
PGPASSWORD="$(db_password "$WORK/postgres")" psql -q -h localhost -p "$DB_PORT" -U newsline -d postgres -v ON_ERROR_STOP=1 -v events="$EVENTS" \
	-f bench/synthetic-events.sql
echo "Loaded in $(( $(date +%s) - load_start )) s"

BASE="http://localhost:$APP_PORT"
DEEP=$(PGPASSWORD="$(db_password "$WORK/postgres")" psql -At -h localhost -p "$DB_PORT" -U newsline -d postgres -c \
	"select date_start || '_' || id from event where status in ('PUBLISHED','UNREVIEWED') and merged_into_id is null
	 order by date_start desc, id desc offset $(( EVENTS * 9 / 10 )) limit 1")
curl -fs "$BASE/" -o "$WORK/index.html"
ETAG=$(curl -fsI "$BASE/" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
[ -n "$ETAG" ] || { echo "The timeline sent no ETag"; exit 1; }

chmod 755 "$WORK"
chmod 644 "$WORK/index.html"
mkdir -p "$WORK/nginx/logs"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	server {
		listen 127.0.0.1:$NGINX_PORT;
		location / { root $WORK; try_files /index.html =404; default_type text/html; }
	}
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

# Prints "name req/s p50_ms p99_ms" for one URL.
measure() {
	local name=$1 url=$2
	shift 2
	case $name in
		revalidation-304 | *-render) ;;
		*) curl -fs -o /dev/null "$@" "$url" || echo "$name: $url failed" >&2 ;;
	esac
	wrk -t2 -c16 -d2s "$@" "$url" > /dev/null 2>&1
	wrk -t2 -c16 -d"${SECONDS_PER_URL}s" --latency "$@" "$url" > "$WORK/$name.wrk" 2>&1
	awk -v name="$name" '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		/Requests\/sec/ { rps = $2 }
		$1 == "50%" { p50 = ms($2) }
		$1 == "99%" { p99 = ms($2) }
		/Non-2xx or 3xx/ { bad = $NF }
		END { printf "%-18s %10.1f %9.2f %9.2f %s\n", name, rps, p50, p99, (bad ? "non-2xx/3xx: " bad : "") }
	' "$WORK/$name.wrk"
}

cat > "$WORK/unseen.lua" <<'LUA'
counter = 0
request = function()
	counter = counter + 1
	local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
	return wrk.format("GET", wrk.path .. separator .. "seen=" .. counter .. "-" .. math.random(1000000000))
end
LUA

echo "Warming up (the JIT compiles page rendering only under sustained load)"
wrk -t2 -c16 -d10s -s "$WORK/unseen.lua" "$BASE/" > /dev/null 2>&1
wrk -t2 -c16 -d5s -s "$WORK/unseen.lua" "$BASE/?after=$DEEP" > /dev/null 2>&1
for url in "$BASE/" "$BASE/?actor=bench-actor-7&from=2018-01-01&to=2020-12-31" "$BASE/?after=$DEEP" "$BASE/?q=ceasefire" \
		"$BASE/css/newsline.css"; do
	wrk -t2 -c16 -d5s "$url" > /dev/null 2>&1
done

echo
printf "%-18s %10s %9s %9s\n" "what" "req/s" "p50 ms" "p99 ms"
{
	measure trivial "$BASE/css/newsline.css"
	measure nginx-same-html "http://127.0.0.1:$NGINX_PORT/"
	measure timeline "$BASE/"
	measure timeline-render "$BASE/" -s "$WORK/unseen.lua"
	measure filtered "$BASE/?actor=bench-actor-7&from=2018-01-01&to=2020-12-31"
	measure deep-keyset "$BASE/?after=$DEEP"
	measure deep-keyset-render "$BASE/?after=$DEEP" -s "$WORK/unseen.lua"
	measure full-text "$BASE/?q=ceasefire"
	measure revalidation-304 "$BASE/" -H "If-None-Match: $ETAG"
} | tee "$WORK/results.txt"

echo
awk '
	{ rps[$1] = $2; p50[$1] = $3 }
	END {
		printf "timeline / trivial req/s:       %.3f\n", rps["timeline"] / rps["trivial"]
		printf "rendered timeline / trivial:    %.3f\n", rps["timeline-render"] / rps["trivial"]
		printf "timeline / nginx req/s:         %.3f\n", rps["timeline"] / rps["nginx-same-html"]
		printf "304 / trivial req/s:            %.3f\n", rps["revalidation-304"] / rps["trivial"]
		printf "deep keyset / page one p50:     %.3f (rendered: %.3f)\n", p50["deep-keyset"] / p50["timeline"],
			p50["deep-keyset-render"] / p50["timeline-render"]
		printf "filtered / timeline req/s:      %.3f\n", rps["filtered"] / rps["timeline"]
		printf "full text / timeline req/s:     %.3f\n", rps["full-text"] / rps["timeline"]
	}
' "$WORK/results.txt"
echo "($EVENTS events; wrk -t2 -c16, ${SECONDS_PER_URL} s per URL; $(nproc) cores)"
