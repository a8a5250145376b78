#!/bin/sh
# Compares the reading speed of this working tree's core with that of another commit, in one JVM
# (see ReadBenchmarkAB): A = the commit, B = this tree. Usage:
#   core/scripts/bench-read-ab.sh COMMIT [records] [rounds]
# Builds both offline (test-compile only, nothing installed), the commit from a `git archive` in a
# temporary folder that is removed at the end; runs pinned to one core like bench-read.sh.
set -e
cd "$(dirname "$0")/../.."
COMMIT=${1:?usage: core/scripts/bench-read-ab.sh COMMIT [records] [rounds]}
shift
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/base"
git archive "$COMMIT" | tar -x -C "$TMP/base"
for ROOT in "$TMP/base" .; do
    (cd "$ROOT" && mvn -B -q -o -pl validation,core test-compile dependency:build-classpath \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
done
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
$PIN java -Xmx512m -XX:ActiveProcessorCount=1 -cp core/target/test-classes \
    io.github.ficsdk.core.bench.ReadBenchmarkAB "$TMP/base" "$(pwd)" "$@"
