#!/usr/bin/env bash
# How much longer a cold check takes with an analyst's rule-set directory (check --rules DIR: read,
# lint, verify, and the DRL compiled, or its classes read from the compile cache when the same files
# were compiled before) than with the bundled precompiled rules, measured in one run on the sample
# district: N rounds, the commands in turn in each round so that the machine's load falls on all
# alike. Prints each median and the ratio (the README's target: at most 2), for a rule set compiled
# before (the cache, a directory of its own here, filled once first) and for one never compiled.
# Usage (from anywhere, after the CLI jar is built): examples/benchmarks/rules-dir-ratio.sh [N] [JAR]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5}
JAR=${2:-examples/cli/target/fulian-rules-cli.jar}
SAMPLE=examples/sample/district.json
[ -f "$JAR" ] || { echo "no $JAR: build the CLI first (mvn -pl examples/cli -am package -DskipTests)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export FULIAN_RULES_COMPILE_CACHE="$WORK/cache"
java -jar "$JAR" export "$WORK/rules" >/dev/null
java -jar "$JAR" check "$SAMPLE" --rules "$WORK/rules" >/dev/null 2>&1 || [ $? -eq 1 ]   # fills the cache

seconds() {  # the command's wall time in seconds; exit 1 is the sample's open violations
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || [ $? -eq 1 ] || { echo "failed: $*" >&2; exit 2; }
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() {
  sort -n | awk '{ t[NR] = $1 } END { printf "%.3f", (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) }'
}

for _ in $(seq "$N"); do
  seconds java -jar "$JAR" check "$SAMPLE" >> "$WORK/bundled"
  seconds java -jar "$JAR" check "$SAMPLE" --rules "$WORK/rules" >> "$WORK/dir"
  seconds env FULIAN_RULES_COMPILE_CACHE=off java -jar "$JAR" check "$SAMPLE" --rules "$WORK/rules" >> "$WORK/first"
done
BUNDLED=$(median < "$WORK/bundled")
DIR=$(median < "$WORK/dir")
FIRST=$(median < "$WORK/first")
echo "$(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg); $N rounds"
printf 'cold check, bundled rules:                       median %s s\n' "$BUNDLED"
printf 'cold check --rules DIR, compiled before (cache): median %s s\n' "$DIR"
printf 'cold check --rules DIR, never compiled before:   median %s s\n' "$FIRST"
printf 'check --rules DIR / bundled check:                %s (never compiled before: %s)\n' \
  "$(echo "scale=2; $DIR / $BUNDLED" | bc)" "$(echo "scale=2; $FIRST / $BUNDLED" | bc)"
