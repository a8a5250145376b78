#!/bin/sh
# Read benchmark of activities.jsonl (single thread). Usage: core/scripts/bench-read.sh [records] [rounds]
# Builds core's test classes, then runs ReadActivitiesBenchmark with a 256 MiB heap on one core
# (taskset when available): memory stays flat in the number of records.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl validation,core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="core/target/test-classes:core/target/classes:validation/target/classes:$(cat core/target/bench-classpath.txt)"
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
exec $PIN java -Xmx256m -XX:ActiveProcessorCount=1 -cp "$CP" io.github.ficsdk.core.bench.ReadActivitiesBenchmark "$@"
