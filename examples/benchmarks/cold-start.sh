#!/usr/bin/env bash
# Cold start: wall time from JVM start to the printed report of the sample district, N rounds,
# with the bundled precompiled rules, with an exported rule set compiled from DRL at start-up
# (check --rules DIR, the compile cache off), with the same rule set compiled in an earlier run (its
# classes read from the compile cache, verified again), built once into a rule bundle (check --rules FILE.jar:
# no compiling, its classes verified again), and through examples/cli/bin/fulian-rules (class-data
# archive, first JIT tier). Each round runs every row once, in turn, so that the machine's load
# weighs on all rows alike. Prints min / median / p90 in seconds.
# Usage (from the repository root, after mvn install -DskipTests): examples/benchmarks/cold-start.sh [N]
set -euo pipefail
cd "$(dirname "$0")/../.."
. examples/benchmarks/cold-start-rounds.sh
N=${1:-10}
JAR=examples/cli/target/fulian-rules-cli.jar
SAMPLE=examples/sample/district.json
RULES=$(mktemp -d)
BUNDLE=$(mktemp -d)/my-rules.jar
TIMES=$(mktemp -d)
trap 'rm -rf "$RULES" "$(dirname "$BUNDLE")" "$TIMES"' EXIT
export FULIAN_RULES_COMPILE_CACHE="$TIMES/cache"
java -jar "$JAR" export "$RULES" >/dev/null
java -jar "$JAR" build "$RULES" --out "$BUNDLE" >/dev/null   # compiles the rules once: the cache holds them

stats() {  # name, then the times in milliseconds, one per line on stdin
  sort -n | awk -v name="$1" '{ t[NR] = $1 / 1000 } END {
    p90 = int(0.9 * NR + 0.999); if (p90 < 1) p90 = 1
    printf "%-28s n=%d  min %.2f s  median %.2f s  p90 %.2f s\n", name, NR, t[1], (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2), t[p90] }'
}

NAMES=()
COMMANDS=()
row() {  # name, then the command: measured in turn with the other rows, N rounds
  NAMES+=("$1"); shift
  COMMANDS+=("$*")
}

row "precompiled (bundled)" java -jar "$JAR" check "$SAMPLE"
row "DRL compiled at start-up" env FULIAN_RULES_COMPILE_CACHE=off java -jar "$JAR" check "$SAMPLE" --rules "$RULES"
row "DRL compiled before (cache)" java -jar "$JAR" check "$SAMPLE" --rules "$RULES"
row "rule bundle (built once)" java -jar "$JAR" check "$SAMPLE" --rules "$BUNDLE"
row "launcher bin/fulian-rules" examples/cli/bin/fulian-rules check "$SAMPLE"
row "launcher, DRL at start-up" env FULIAN_RULES_COMPILE_CACHE=off examples/cli/bin/fulian-rules check "$SAMPLE" --rules "$RULES"
row "launcher, DRL (cache)" examples/cli/bin/fulian-rules check "$SAMPLE" --rules "$RULES"
row "launcher, rule bundle" examples/cli/bin/fulian-rules check "$SAMPLE" --rules "$BUNDLE"

echo "cold start, $N rounds of each in turn (a load that changes meanwhile falls on every row alike);"
echo "$(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run_rounds "$N"
for i in "${!NAMES[@]}"; do
  stats "${NAMES[$i]}" < "$TIMES/$i"
done
