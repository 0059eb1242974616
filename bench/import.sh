#!/usr/bin/env bash
#
# Import benchmark: how many tokens per second Newsline's import pipeline handles.
#
# Usage: bench/import.sh [ROUNDS] [FOLDER]      (defaults: 3 rounds over seeds/)
#
# Runs org.newsline.ingest.bench.ImportBenchmark (src/test/java), which loads CoreNLP
# once, then passes over the folder's articles ROUNDS times and prints one table:
#   (a) bare CoreNLP annotation (NlpPipeline.annotate) in tokens/s,
#   (b) extraction (ArticleExtractor.extract: annotation plus the drafting rules), and
#       the drafting rules alone on already annotated text,
#   (c) a full import through the application (ArticleImporter.importFolder: reading,
#       cleaning, extraction and the database write), against an embedded PostgreSQL in
#       a temporary folder, on renamed copies of the articles so that no round is skipped
#       as unchanged; and the ratio import/bare.
# Model loading, JIT warm-up (one untimed round) and the application start are not timed;
# the stages take turns within each round, and the machine's load average is printed,
# since other work on the machine slows CoreNLP more than anything else.
#
# Building: nothing is built when target/newsline.jar exists, except that the benchmark
# class is compiled (./mvnw test-compile) when it is missing or older than its source;
# otherwise ./mvnw -q -DskipTests package. The runtime classpath is written once to
# target/classpath.txt (./mvnw dependency:build-classpath) and reused while pom.xml is
# older. Needs a JDK 17+ and about 4 GB of heap; it never touches ./data.
set -euo pipefail

cd "$(dirname "$0")/.."

benchmark_source=src/test/java/org/newsline/ingest/bench/ImportBenchmark.java
benchmark_class=target/test-classes/org/newsline/ingest/bench/ImportBenchmark.class

if [ ! -f target/newsline.jar ]; then
	./mvnw -q -DskipTests package
elif [ ! -f "$benchmark_class" ] || [ "$benchmark_source" -nt "$benchmark_class" ]; then
	./mvnw -q test-compile
fi

if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ]; then
	./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi

exec java -Xmx4g -XX:+UseParallelGC \
	-cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
	org.newsline.ingest.bench.ImportBenchmark "$@"
