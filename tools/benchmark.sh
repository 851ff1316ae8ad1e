#!/usr/bin/env bash
# The benchmark, full size (docs/benchmarks.md, docs/measuring.md): starts the application on an
# ephemeral embedded PostgreSQL, warms it up, runs the Gatling scenarios, then pgbench on the same
# server, and writes the figures to docs/benchmarks.md. About 15 minutes. Needs pgbench
# (apt-get install postgresql-client). Gatling's HTML reports: bench/target/benchmark/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl bench -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=BenchmarkRunTest -Dbenchmark.size=full "$@"
