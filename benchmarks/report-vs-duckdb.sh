#!/usr/bin/env bash
# The standard report (scope F330400 by child, 2017-H1: EVENTS, PARTICIPANTS, AMOUNT of 12 kinds,
# VISIT.COPIES, VISIT.TARGETS.CHAMBER, VISIT.DISTINCT.ENTERPRISE: 312 numbers), whole process,
# the FIC SDK's app (examples/bin/fic-examples report, -Xmx256m) against DuckDB running
# benchmarks/duckdb-standard-report.sql (DuckDB's JDBC driver in a JVM that only runs the SQL and
# prints the rows; no DuckDB command-line binary is used), on the same generated file.
#
#   benchmarks/report-vs-duckdb.sh [-r RUNS] [-d DATA_DIR] [N ...]     (default: 5 runs, N = 1000000 4000000)
#   benchmarks/report-vs-duckdb.sh 16000000                            (the scale point, about 4.5 GB)
#
# For each N it generates the dataset once into DATA_DIR/activities-N (default /tmp/fic-bench;
# never in the repository), runs each tool once untimed (warm page cache, the SDK's class-data
# archive), checks that both give the same 312 numbers (every value compared; it stops if not),
# then times RUNS runs of each, alternating SDK, DuckDB, SDK, DuckDB ..., and prints the medians
# (wall seconds, and the largest resident set) and the ratio of the medians.
# MVN_OPTS (such as -o) is passed to Maven. JAVA is the JVM of both tools (default: the newest JDK
# under /usr/lib/jvm by its release file, else java on the PATH; the header line names it), e.g.
# JAVA=java for the system's default: on JDK 25 the SDK's launcher maps an AOT cache of the app's
# classes, on older JDKs an AppCDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
data=/tmp/fic-bench
while getopts "r:d:" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    d) data=$OPTARG ;;
    *) echo "usage: $0 [-r RUNS] [-d DATA_DIR] [N ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
sizes=("$@")
if [ -z "${JAVA:-}" ]; then
  JAVA=java
  newest=0
  for release in /usr/lib/jvm/*/release; do
    [ -f "$release" ] || continue
    feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if [ -n "$feature" ] && [ "$feature" -gt "$newest" ] && [ -x "${release%/release}/bin/java" ]; then
      newest=$feature
      JAVA=${release%/release}/bin/java
    fi
  done
fi
java=$JAVA
export JAVA=$java
# JDK 22+ warns on stderr when DuckDB's driver loads its native library, unless allowed
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' \
  "$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")/release" 2>/dev/null || true)
native=()
if [ "${feature:-0}" -ge 22 ] 2>/dev/null; then native=(--enable-native-access=ALL-UNNAMED); fi
[ ${#sizes[@]} -eq 0 ] && sizes=(1000000 4000000)

# shellcheck disable=SC2086
mvn -B -q ${MVN_OPTS:-} -Pbench -pl examples,benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
bench=benchmarks/target/benchmarks.jar
# DuckDB's driver unpacks its 57 MB native library into a temporary file on every start; a user
# who cared would not pay that, so its runs load the library once unpacked here instead.
duck=benchmarks/target/duckdb
duck_jar=$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | grep -v sources | sort -V | tail -1)
duck_version=$(basename "$duck_jar" .jar | sed 's/duckdb_jdbc-//')
if [ ! -f "$duck/libduckdb_java.so" ] || [ "$duck/driver.jar" -ot "$duck_jar" ]; then
  mkdir -p "$duck"
  unzip -o -q -d "$duck" "$duck_jar" libduckdb_java.so_linux_amd64
  mv "$duck/libduckdb_java.so_linux_amd64" "$duck/libduckdb_java.so"
  cp "$duck_jar" "$duck/driver.jar"
  zip -q -d "$duck/driver.jar" 'libduckdb_java.so_*'
fi
export FIC_CDS_DIR="$data/cds"
indicators=""
for k in VISIT FORUM TRAINING PUBLICITY CHARITY FINANCING_MATCHMAKING LEGAL_EDUCATION LEGAL_CHECKUP \
    RIGHTS_PROTECTION TRADE_EVENT RESEARCH MEETING; do
  indicators+="$k.EVENTS,$k.PARTICIPANTS,$k.AMOUNT,"
done
indicators+="VISIT.COPIES,VISIT.TARGETS.CHAMBER,VISIT.DISTINCT.ENTERPRISE"

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "$(date -u +%F) $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
  "$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $("$java" -version 2>&1 | head -1), DuckDB $duck_version;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-11s %9s  %-22s %-22s %7s  %s\n' N file "SDK s (max RSS)" "DuckDB s (max RSS)" SDK/DuckDB "same numbers"
for n in "${sizes[@]}"; do
  dir="$data/activities-$n"
  out="$data/out-$n"   # not in the dataset folder, where a file of another name is an UNKNOWN_FILE warning
  mkdir -p "$out"
  if [ ! -f "$dir/activities.jsonl" ]; then
    "$java" -cp "$bench" io.github.ficsdk.benchmarks.report.GenerateActivities "$n" "$dir"
  fi
  mb=$(du -m "$dir/activities.jsonl" | cut -f1)
  sed -e "s|'DIR/|'$dir/|g" -e "s/'SCOPE'/'F330400'/g" -e "s/DATE 'FROM'/DATE '2017-01-01'/" \
      -e "s/DATE 'TO'/DATE '2017-06-30'/" benchmarks/duckdb-standard-report.sql > "$out/query.sql"
  sdk=(env JAVA_OPTS=-Xmx256m examples/bin/fic-examples report --data "$dir" --period 2017-H1 --scope F330400
       --by child --format csv --indicators "$indicators")
  ddb=("$java" ${native[@]+"${native[@]}"} "-Djava.library.path=$duck" -cp "benchmarks/target/classes:$duck/driver.jar"
       io.github.ficsdk.benchmarks.report.DuckDbReport "$out/query.sql")
  cat "$dir"/*.jsonl > /dev/null
  "${sdk[@]}" > "$out/sdk.csv"
  "${ddb[@]}" > "$out/duckdb.tsv"
  python3 - "$out/sdk.csv" "$out/duckdb.tsv" <<'PY'
import csv, sys
from decimal import Decimal
with open(sys.argv[1], encoding='utf-8-sig') as f:
    sdk = {(r['scope'], r['indicator']): Decimal(r['value']) for r in csv.DictReader(f)}
with open(sys.argv[2], encoding='utf-8') as f:
    duck = {(g, i): Decimal(v) for g, i, v in (line.rstrip('\n').split('\t') for line in f)}
# DuckDB has no row for a value of 0 (no activity behind it); the SDK gives every value
diff = sorted(k for k in sdk.keys() | duck.keys() if sdk.get(k) != duck.get(k, Decimal(0) if k in sdk else None))
if diff or len(sdk) != 312:
    print(f"NOT the same numbers: {len(sdk)} SDK values, {len(duck)} DuckDB rows, first differences:", file=sys.stderr)
    for k in diff[:10]:
        print(' ', k, 'SDK', sdk.get(k), 'DuckDB', duck.get(k), file=sys.stderr)
    sys.exit(1)
PY
  sdk_s=(); duck_s=(); sdk_kb=(); duck_kb=()
  for ((run = 1; run <= runs; run++)); do
    t=$( { /usr/bin/time -f "%e %M" "${sdk[@]}" > /dev/null; } 2>&1 | tail -1)
    sdk_s+=("${t% *}"); sdk_kb+=("${t#* }")
    t=$( { /usr/bin/time -f "%e %M" "${ddb[@]}" > /dev/null; } 2>&1 | tail -1)
    duck_s+=("${t% *}"); duck_kb+=("${t#* }")
  done
  s=$(printf '%s\n' "${sdk_s[@]}" | median); d=$(printf '%s\n' "${duck_s[@]}" | median)
  sm=$(printf '%s\n' "${sdk_kb[@]}" | sort -g | tail -1); dm=$(printf '%s\n' "${duck_kb[@]}" | sort -g | tail -1)
  printf '%-11s %6s MB  %-22s %-22s %7s  %s\n' "$n" "$mb" "$s ($((sm / 1024)) MB)" "$d ($((dm / 1024)) MB)" \
    "$(awk -v a="$s" -v b="$d" 'BEGIN {printf "%.2f", a / b}')" "yes (312)"
  echo "  runs, SDK: ${sdk_s[*]}; DuckDB: ${duck_s[*]}"
done
