#!/usr/bin/env bash
# Times the standard report (F330400 by child, 2017-H1) whole-process, FIC SDK under -Xmx256m
# against DuckDB on the same generated file, checks both print the same numbers, prints the ratio.
# Usage: benchmarks/report-vs-duckdb.sh [N ...]   (default: 1000000 4000000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000000 4000000}")
[ $# -eq 0 ] && sizes=(1000000 4000000)
mvn -B -q -Pbench -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
for n in "${sizes[@]}"; do
  dir=benchmarks/data/activities-$n
  if [ ! -f "$dir/activities.jsonl" ]; then
    java -cp "$jar" io.github.ficsdk.benchmarks.report.GenerateActivities "$n" "$dir"
  fi
  size=$(du -m "$dir/activities.jsonl" | cut -f1)
  cat "$dir/activities.jsonl" > /dev/null   # same warm page cache for both
  best_fic=999; best_duck=999
  for run in 1 2 3; do
    t=$( { /usr/bin/time -f "%e %M" java -Xmx256m -cp "$jar" io.github.ficsdk.benchmarks.report.FicReport "$dir" > "$dir/fic.tsv"; } 2>&1 | tail -1)
    fic=${t% *}; fic_kb=${t#* }
    t=$( { /usr/bin/time -f "%e %M" java -cp "$jar" io.github.ficsdk.benchmarks.report.DuckDbReport "$dir" > "$dir/duck.tsv"; } 2>&1 | tail -1)
    duck=${t% *}; duck_kb=${t#* }
    best_fic=$(python3 -c "print(min($best_fic, $fic))"); best_duck=$(python3 -c "print(min($best_duck, $duck))")
  done
  if diff -q <(sort "$dir/fic.tsv") <(sort "$dir/duck.tsv") > /dev/null; then same=yes; else same=NO; fi
  echo "N=$n (${size} MB): FIC ${best_fic}s (max RSS $((fic_kb / 1024)) MB, -Xmx256m)  DuckDB ${best_duck}s (max RSS $((duck_kb / 1024)) MB)  same numbers: $same  DuckDB/FIC = $(python3 -c "print(round($best_duck / $best_fic, 2))")x"
done
