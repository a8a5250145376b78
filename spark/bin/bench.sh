#!/usr/bin/env bash
# Measures fic-spark in local mode beside the single-JVM engine on generated data, and checks that
# both print the same document.
#
#   spark/bin/bench.sh [RECORDS] [DIR] [MASTER]      (defaults: 1000000, /tmp/fic-bench-RECORDS, local[2])
#
# Needs: mvn -B -pl examples,spark -am package -DskipTests   (the app's jar and fic-spark's class path)
# The dataset is the benchmarks module's (benchmarks/.../GenerateActivities.java, deterministic,
# about 280 bytes a record); it is written once to DIR and never committed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n="${1:-1000000}"
dir="${2:-/tmp/fic-bench-$n}"
master="${3:-local[2]}"
if [ ! -f "$dir/activities.jsonl" ]; then
  java "$root/benchmarks/src/main/java/io/github/ficsdk/benchmarks/report/GenerateActivities.java" "$n" "$dir"
fi
size=$(stat -c %s "$dir/activities.jsonl")
args=(report --data "$dir" --period 2017-H1 --scope F330400 --by child --format json)
t0=$(date +%s.%N)
java ${FIC_JAVA_OPTS:-} -jar "$root/examples/target/fic-examples.jar" "${args[@]}" > "$dir.local.json"
t1=$(date +%s.%N)
"$root/spark/bin/fic-spark" "${args[@]}" --master "$master" > "$dir.spark.json"
t2=$(date +%s.%N)
cmp "$dir.local.json" "$dir.spark.json"
awk -v n="$n" -v size="$size" -v a="$t0" -v b="$t1" -v c="$t2" -v m="$master" 'BEGIN {
  printf "records %d, %.0f MB; identical JSON\n", n, size / 1e6;
  printf "single JVM (fic-examples.jar report): %6.1f s  %9.0f records/s\n", b - a, n / (b - a);
  printf "Spark %-9s (bin/fic-spark):      %6.1f s  %9.0f records/s (JVM and Spark start included)\n", m, c - b, n / (c - b);
}'
