#!/bin/sh
# Appraisal benchmark (single thread). Usage: core/scripts/bench-appraisal.sh [chambers] [rounds]
# Builds core's test classes and fic-report, then runs AppraisalBenchmark on one core (taskset when
# available): evidence derivation from in-memory records (fic-core's providers, and fic-report's
# activity and proposal providers found by ServiceLoader on the class path) + appraisal of every
# chamber against a 20-rule scheme.
set -e
cd "$(dirname "$0")/../.."
mvn -B -q -o -pl validation,core,report test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="core/target/test-classes:core/target/classes:report/target/classes:validation/target/classes:$(cat core/target/bench-classpath.txt)"
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
exec $PIN java -Xmx2g -XX:ActiveProcessorCount=1 -cp "$CP" io.github.ficsdk.core.appraisal.bench.AppraisalBenchmark "$@"
