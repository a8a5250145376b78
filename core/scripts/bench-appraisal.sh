#!/bin/sh
# Appraisal benchmark (single thread). Usage: core/scripts/bench-appraisal.sh [chambers] [rounds]
# Builds core's test classes, then runs AppraisalBenchmark on one core (taskset when available):
# evidence derivation from in-memory records + appraisal of every chamber against a 20-rule scheme.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl validation,core test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="core/target/test-classes:core/target/classes:validation/target/classes:$(cat core/target/bench-classpath.txt)"
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
exec $PIN java -Xmx2g -XX:ActiveProcessorCount=1 -cp "$CP" io.github.ficsdk.core.appraisal.bench.AppraisalBenchmark "$@"
