#!/usr/bin/env bash
# Cold start: wall time from JVM start to the printed report of the sample district, N runs each,
# with the bundled precompiled rules, with an exported rule set compiled from DRL at start-up
# (check --rules DIR), with the same rule set built once into a rule bundle (check --rules FILE.jar:
# no compiling, its classes verified again), and through examples/cli/bin/fulian-rules (class-data
# archive, first JIT tier).
# Prints min / median / p90 in seconds.
# Usage (from the repository root, after mvn install -DskipTests): examples/benchmarks/cold-start.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-10}
JAR=examples/cli/target/fulian-rules-cli.jar
SAMPLE=examples/sample/district.json
RULES=$(mktemp -d)
BUNDLE=$(mktemp -d)/my-rules.jar
trap 'rm -rf "$RULES" "$(dirname "$BUNDLE")"' EXIT
java -jar "$JAR" export "$RULES" >/dev/null
java -jar "$JAR" build "$RULES" --out "$BUNDLE" >/dev/null

stats() {  # name, then the times in seconds, one per line on stdin
  sort -n | awk -v name="$1" '{ t[NR] = $1 } END {
    p90 = int(0.9 * NR + 0.999); if (p90 < 1) p90 = 1
    printf "%-28s n=%d  min %.2f s  median %.2f s  p90 %.2f s\n", name, NR, t[1], (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[p90] }'
}

run() {  # name, then the command
  local name=$1; shift
  for _ in $(seq "$N"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || [ $? -eq 1 ]   # exit 1 = the sample's open violations
    end=$(date +%s%N)
    echo "scale=3; ($end - $start) / 1000000000" | bc
  done | stats "$name"
}

echo "cold start, $N runs each; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run "precompiled (bundled)" java -jar "$JAR" check "$SAMPLE"
run "DRL compiled at start-up" java -jar "$JAR" check "$SAMPLE" --rules "$RULES"
run "rule bundle (built once)" java -jar "$JAR" check "$SAMPLE" --rules "$BUNDLE"
run "launcher bin/fulian-rules" examples/cli/bin/fulian-rules check "$SAMPLE"
run "launcher, DRL at start-up" examples/cli/bin/fulian-rules check "$SAMPLE" --rules "$RULES"
run "launcher, rule bundle" examples/cli/bin/fulian-rules check "$SAMPLE" --rules "$BUNDLE"
