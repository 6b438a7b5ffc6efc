#!/usr/bin/env bash
# Benchmarks: figures printed for a person to read, never asserted (the machines are shared and noisy).
#
#   ./benchmark.sh ingest [documents] [seed]   issue 8's table: a generated corpus (default 100,000 ownership
#                                              documents, kept under target/benchmark/ and reused), the parse and
#                                              raw-insert floors, filings-ingest twice and filings-report in a
#                                              WildFly of its own (port offset 800), the 1,000,000-row sheet
#   ./benchmark.sh ingest-heap [small] [large] the server's peak heap over filings-ingest of two corpus sizes
#                                              (default 100,000 and 400,000 documents)
#   ./benchmark.sh report-workbook [rows]      the insider-transactions workbook alone (default 1,000,000 rows),
#                                              POI and fastexcel
#   ./benchmark.sh execution-list [n]          GET /executions pages over JBeret's tables on H2 holding
#                                              n executions (default 100,000)
#
# Options go to the benchmark JVM as system properties, e.g. BENCHMARK_OPTS="-Dbenchmark.jfr=true".
set -euo pipefail
cd "$(dirname "$0")"

what=${1:-}
case "$what" in
    ingest|ingest-heap|report-workbook|execution-list) ;;
    *)
        sed -n '2,15p' "$0" >&2
        exit 2
        ;;
esac
shift

# Its own temporary directory, so the temporary files counted are this run's and no other program's.
mkdir -p target/benchmark/tmp
# The WAR and the configured server (ingest), the test classes and their class path.
./mvnw -B -q -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
    -Dmdep.includeScope=test >/dev/null
gc_log="$PWD/target/benchmark/gc-$what.log"
run() {
    java -Xmx512m -Xlog:gc:file="$gc_log":uptime,level,tags -Dbenchmark.gc.log="$gc_log" \
        -Djava.io.tmpdir="$PWD/target/benchmark/tmp" ${BENCHMARK_OPTS:-} \
        -Dwildfly.home="$PWD/target/wildfly-39.0.1.Final" \
        -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)${extra_classpath:-}" "$@"
}
case "$what" in
    ingest)          run org.edgarbatch.benchmark.IngestBenchmark "$@" ;;
    ingest-heap)     run org.edgarbatch.benchmark.IngestHeapBenchmark "$@" ;;
    report-workbook) run org.edgarbatch.benchmark.ReportWorkbookBenchmark "$@" ;;
    execution-list)
        # JBeret's own classes, as the server has them (H2 is a test dependency).
        modules=target/wildfly-39.0.1.Final/modules/system/layers/base
        extra_classpath=":$(ls $modules/org/jberet/jberet-core/main/jberet-core-*.jar)"
        run org.edgarbatch.admin.ExecutionListBenchmark "${1:-100000}"
        ;;
esac
