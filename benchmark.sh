#!/usr/bin/env bash
# Benchmarks: figures printed for a person to read, never asserted (the machines are shared and noisy).
#
#   ./benchmark.sh report-workbook [rows]   the insider-transactions workbook of generated filings
#                                           (default 1,000,000 transaction rows) with a 512 MB heap
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
    *)
        sed -n '2,6p' "$0" >&2
        exit 2
        ;;
esac
