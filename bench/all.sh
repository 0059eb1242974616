#!/usr/bin/env bash
# Every benchmark in one run, and one table of the figures against the goals:
#   reader   bench/reader.sh: req/s and latency of the timeline, a deep keyset page and a
#            304 revalidation beside a trivial endpoint of the same app;
#   import   bench/import.sh: import throughput beside bare CoreNLP annotation;
#   startup  bench/startup.sh: fresh and warm starts, plain jar and with a class data
#            sharing archive (and an ahead-of-time cache when a JDK 24+ is there);
#   memory   bench/memory.sh: RSS serving (language models not loaded) and importing.
# The scripts' own output is kept in a folder printed at the end. Run it on a quiet
# machine: other work competing for the processors changes every figure.
#
# Usage: bench/all.sh [READER_EVENTS] [SECONDS_PER_URL] [IMPORT_ROUNDS]   (defaults: 100000 10 3)
set -euo pipefail
cd "$(dirname "$0")/.."

READER_EVENTS=${1:-100000}
SECONDS_PER_URL=${2:-10}
IMPORT_ROUNDS=${3:-3}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/newsline-bench-all.XXXXXX")

[ -f target/newsline.jar ] || ./mvnw -q -B -DskipTests package

started=$(date +%s)
echo "== reader" && bench/reader.sh "$READER_EVENTS" "$SECONDS_PER_URL" | tee "$OUT/reader.txt"
echo "== import" && bench/import.sh "$IMPORT_ROUNDS" | tee "$OUT/import.txt"
echo "== startup" && bench/startup.sh | tee "$OUT/startup.txt"
echo "== memory" && bench/memory.sh | tee "$OUT/memory.txt"

# "name value" pairs from every script's output
{
	awk '$1 ~ /^(trivial|timeline|timeline-render|deep-keyset|deep-keyset-render|revalidation-304|filtered|full-text|nginx-same-html)$/ {
		print $1 "-rps", $2; print $1 "-p50", $3; print $1 "-p99", $4 }' "$OUT/reader.txt"
	awk -F'|' '/\(a\) CoreNLP annotate/ { gsub(/ /, "", $5); print "bare-tokens-per-s", $5 }
		/\(c\) import/ { gsub(/ /, "", $5); print "import-tokens-per-s", $5 }' "$OUT/import.txt"
	awk '$1 == "startup" { print $2, $3 }' "$OUT/startup.txt"
	awk '$1 == "memory" && $3 ~ /^[0-9]+$/ { print $2, $3 }' "$OUT/memory.txt"
} > "$OUT/figures.txt"

value() {
	awk -v name="$1" '$1 == name { print $2; found = 1 } END { if (!found) print "" }' "$OUT/figures.txt"
}

# One row: what, measured, goal, met; the comparison is "ge" or "le" against the goal.
row() {
	local what=$1 measured=$2 comparison=$3 goal=$4 unit=$5 met
	if [ -z "$measured" ]; then
		met="not measured"
	elif awk -v m="$measured" -v g="$goal" -v c="$comparison" 'BEGIN { exit !((c == "ge") ? m >= g : m <= g) }'; then
		met="yes"
	else
		met="NO"
	fi
	printf "| %-46s | %12s | %-10s | %-12s |\n" "$what" "$measured" "$([ "$comparison" = ge ] && echo ">=" || echo "<=") $goal$unit" "$met"
}

ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.2f", a / b }'
}

seconds() {
	awk -v ms="$1" 'BEGIN { if (ms == "") print ""; else printf "%.1f", ms / 1000 }'
}

echo
echo "Newsline benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB," \
	"$(java -version 2>&1 | head -1); took $(( ($(date +%s) - started) / 60 )) min"
echo
printf "| %-46s | %12s | %-10s | %-12s |\n" "figure" "measured" "goal" "met"
printf "|%s|%s|%s|%s|\n" "$(printf -- '-%.0s' {1..48})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..12})" \
	"$(printf -- '-%.0s' {1..14})"
row "timeline req/s / trivial endpoint req/s" "$(ratio "$(value timeline-rps)" "$(value trivial-rps)")" ge 0.2 ""
row "  the same, every request rendered" "$(ratio "$(value timeline-render-rps)" "$(value trivial-rps)")" ge 0.2 ""
row "304 revalidation req/s / trivial req/s" "$(ratio "$(value revalidation-304-rps)" "$(value trivial-rps)")" ge 0.8 ""
row "deep keyset p50 / page one p50, rendered" "$(ratio "$(value deep-keyset-render-p50)" "$(value timeline-render-p50)")" le 1.2 ""
row "import tokens/s / bare CoreNLP tokens/s" "$(ratio "$(value import-tokens-per-s)" "$(value bare-tokens-per-s)")" ge 0.85 ""
row "warm start, java -jar: health UP (s)" "$(seconds "$(value jar-warm-health)")" le 5 " s"
row "warm start, java -jar: first timeline page (s)" "$(seconds "$(value jar-warm-page)")" le 5 " s"
row "warm start, CDS archive: health UP (s)" "$(seconds "$(value cds-warm-health)")" le 5 " s"
row "warm start, JDK 24+ AOT cache: health UP (s)" "$(seconds "$(value aot-warm-health)")" le 5 " s"
row "fresh start, java -jar: health UP (s)" "$(seconds "$(value jar-fresh-health)")" le 20 " s"
row "RSS serving, models not loaded (MB)" "$(value serving)" le 600 " MB"
row "RSS serving, peak under load (MB)" "$(value serving-peak)" le 600 " MB"
printf "| %-46s | %12s | %-10s | %-12s |\n" "RSS importing, peak (MB)" "$(value importing-peak)" "-" "-"
echo
echo "Reader figures (req/s, p50 ms, p99 ms):"
grep -E '^(trivial|nginx-same-html|timeline|timeline-render|filtered|deep-keyset|deep-keyset-render|full-text|revalidation-304) ' \
	"$OUT/reader.txt" || true
echo "Import (tokens/s): bare CoreNLP $(value bare-tokens-per-s), import $(value import-tokens-per-s)"
echo "Startup (ms, median of warm starts): $(awk '$1 == "startup" { printf "%s=%s ", $2, $3 }' "$OUT/startup.txt")"
echo "Memory (MB): $(awk '$1 == "memory" { printf "%s=%s ", $2, $3 }' "$OUT/memory.txt" | sed "s/java-options=.*//")"
echo "Memory measured with: $(sed -n "s/^memory java-options //p" "$OUT/memory.txt")"
echo "Outputs: $OUT"
