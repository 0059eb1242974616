# Functions shared by the benchmark scripts; sourced, never run.

# The JVM options the README runs the jar with.
README_JAVA_OPTS="-Xmx2g -XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"

# Installs the commands given that are missing (Debian packages, as root).
# The embedded PostgreSQL's password for the application's role, kept in its data folder.
db_password() {
	sed -n 's/^user.password=//p' "$1/newsline-credentials.properties"
}

ensure_tools() {
	local tool package
	for tool in "$@"; do
		command -v "$tool" >/dev/null 2>&1 && continue
		case $tool in
			psql) package=postgresql-client ;;
			*) package=$tool ;;
		esac
		echo "Installing $package"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
	done
}

# Milliseconds since the epoch.
now_ms() {
	echo $(( $(date +%s%N) / 1000000 ))
}

# Waits until URL answers 200, at most SECONDS; fails when it never does.
await_ok() {
	local url=$1 seconds=${2:-120} deadline
	deadline=$(( $(date +%s) + seconds ))
	until curl -fs -o /dev/null "$url"; do
		[ "$(date +%s)" -lt "$deadline" ] || return 1
		sleep 0.05
	done
}

# The resident set (VmRSS) and its peak (VmHWM) of a process, in kB.
rss_kb() {
	awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0
}
peak_rss_kb() {
	awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0
}

# Stops a process started by the script: SIGTERM (the app then stops its embedded
# PostgreSQL), then SIGKILL after 30 s.
stop_process() {
	local pid=$1
	[ -n "$pid" ] || return 0
	kill "$pid" 2>/dev/null || return 0
	for _ in $(seq 1 60); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.5
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

# The value of the _csrf field in an HTML file.
csrf_of() {
	sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$1" | head -1
}

# Signs in as admin the way a browser does: the login form's CSRF token, then the POST.
# Uses BASE, COOKIES, WORK and ADMIN_PASSWORD; returns 1 when the sign-in fails.
admin_login() {
	rm -f "$COOKIES"
	curl -fsS -c "$COOKIES" -b "$COOKIES" -o "$WORK/login.html" "$BASE/login"
	local token location
	token=$(csrf_of "$WORK/login.html")
	[ -n "$token" ] || { echo "The login page has no CSRF token" >&2; return 1; }
	location=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
		--data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
		--data-urlencode "_csrf=$token" "$BASE/login")
	case $location in
		'' | *login*) echo "Admin sign-in failed (redirected to '$location')" >&2; return 1 ;;
	esac
}

# Re-imports the seed folder as an admin does on /admin/imports and prints the run's id.
start_import() {
	admin_login || return 1
	curl -fsS -c "$COOKIES" -b "$COOKIES" -o "$WORK/admin-imports.html" "$BASE/admin/imports"
	local token location run
	token=$(csrf_of "$WORK/admin-imports.html")
	[ -n "$token" ] || { echo "/admin/imports has no CSRF token" >&2; return 1; }
	location=$(curl -sS -c "$COOKIES" -b "$COOKIES" -o /dev/null -w '%{redirect_url}' \
		--data-urlencode "_csrf=$token" "$BASE/admin/imports")
	run=${location##*/admin/imports/}
	[[ $run =~ ^[0-9]+$ ]] || { echo "The re-import did not start (redirected to '$location')" >&2; return 1; }
	echo "$run"
}

# The status of the latest import run (QUEUED, RUNNING, SUCCEEDED, FAILED), or "-"; needs jq.
import_status() {
	curl -fs "$BASE/api/imports/latest" 2>/dev/null | jq -r '.status' 2>/dev/null | grep . || echo "-"
}
