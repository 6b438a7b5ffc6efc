#!/usr/bin/env bash
# Benchmarks: figures printed for a person to read, never asserted (the machines are shared and noisy).
#
#   ./benchmark.sh report-workbook [rows]   the insider-transactions workbook of generated filings
#                                           (default 1,000,000 transaction rows) with a 512 MB heap
#   ./benchmark.sh execution-list [n]       GET /executions pages over JBeret's tables on H2 holding
#                                           n executions (default 100,000)
set -euo pipefail
cd "$(dirname "$0")"

what=${1:-}
case "$what" in
    report-workbook)
        ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
            -Dmdep.includeScope=test >/dev/null
        exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath)" \
            org.edgarbatch.reports.InsiderTransactionsWorkbookBenchmark "${2:-1000000}"
        ;;
    execution-list)
        ./mvnw -B -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
            -Dmdep.includeScope=test >/dev/null
        modules=target/wildfly-39.0.1.Final/modules/system/layers/base
        exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/benchmark.classpath):$(ls $modules/com/h2database/h2/main/h2-*.jar):$(ls $modules/org/jberet/jberet-core/main/jberet-core-*.jar)" \
            org.edgarbatch.admin.ExecutionListBenchmark "${2:-100000}"
        ;;
    *)
        sed -n '2,8p' "$0" >&2
        exit 2
        ;;
esac
