#!/usr/bin/env bash
# Streaming figures of the ledger reader: a workbook with a 200,000-row activity sheet (generated
# once into benchmarks/data/), read under -Xmx256m on one core (taskset -c 0 when available),
# five runs in one JVM (the first includes JIT warm-up); prints rows/s and peak heap of each, and the process's max RSS.
# Usage: tabular/bench-ledger.sh [ROWS]   (default 200000). Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
file=benchmarks/data/ledger-$rows.xlsx
mkdir -p benchmarks/data
[ -f "$file" ] || java -cp "$jar" io.github.ficsdk.benchmarks.tabular.LedgerReadBenchmark generate "$rows" "$file"
one_core=""
command -v taskset > /dev/null && one_core="taskset -c 0"
/usr/bin/time -f "max RSS %M KB, %e s wall" $one_core java -Xmx256m \
  -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
  -cp "$jar" io.github.ficsdk.benchmarks.tabular.LedgerReadBenchmark read "$file" 5
