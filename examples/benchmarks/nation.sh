#!/usr/bin/env bash
# The whole nation: 2,800 generated districts (seed 1, full scale, 2.5 GB of JSON lines) checked by
# the launcher with 2 threads, as a batch job would (`check --threads 2 --format json`). Prints one
# line: wall time, CPU share and peak resident memory of the check (GNU time), and the districts per
# second. The districts are generated once into examples/benchmarks/target/nation-2800.jsonl (a few
# minutes; not timed) and the reports written to target/bench/nation-2800-reports.jsonl.
# Usage (from anywhere, after mvn install -DskipTests): examples/benchmarks/nation.sh [DISTRICTS]
# run.sh runs it with NATION=1. Minutes of CPU on 2 cores: run it alone.
set -euo pipefail
cd "$(dirname "$0")/../.."
DISTRICTS=${1:-2800}
JAR=examples/cli/target/fulian-rules-cli.jar
OUT=examples/benchmarks/target/bench
NATION=examples/benchmarks/target/nation-$DISTRICTS.jsonl
mkdir -p "$OUT"
if [ ! -f "$NATION" ]; then
  java -jar "$JAR" generate --districts "$DISTRICTS" --seed 1 --out "$NATION.part"
  mv "$NATION.part" "$NATION"
fi
# Exit code 1 means open violations: the nation has them.
/usr/bin/time -f "%e %P %M" -o "$OUT/nation-$DISTRICTS-time.txt" \
  examples/cli/bin/fulian-rules check "$NATION" --threads 2 --format json --out "$OUT/nation-$DISTRICTS-reports.jsonl" \
  >/dev/null 2>"$OUT/nation-$DISTRICTS-stderr.txt" || [ $? -eq 1 ]
read -r wall cpu rss < <(tail -1 "$OUT/nation-$DISTRICTS-time.txt")
awk -v n="$DISTRICTS" -v wall="$wall" -v cpu="$cpu" -v rss="$rss" 'BEGIN {
  printf "the nation, %d districts, check --threads 2: %.1f s wall, %s CPU, %.0f MiB peak resident; %.1f districts/s\n",
    n, wall, cpu, rss / 1024, n / wall }'
