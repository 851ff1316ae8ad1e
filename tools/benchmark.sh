#!/usr/bin/env bash
# The benchmark, full size (docs/benchmarks.md, docs/measuring.md): starts the application on an
# ephemeral embedded PostgreSQL, fills its store with 10,000 generated cases (1,000,000 events) and
# rebuilds every view from them, warms it up, runs the Gatling scenarios (the commands profiled by
# Java Flight Recorder), loads a long plan and reads a case list at scale, then runs pgbench on the
# same server, and writes the figures to docs/benchmarks.md. About 20 minutes. Needs pgbench
# (apt-get install postgresql-client). Gatling's HTML reports: bench/target/benchmark/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl bench -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtest=BenchmarkRunTest -Dbenchmark.size=full "$@"
