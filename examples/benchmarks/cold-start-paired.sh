#!/usr/bin/env bash
# Cold start of two builds side by side: the sample checked by each build's launcher and by its
# `java -jar`, the four in turn, N rounds, so that a machine whose speed drifts from minute to minute
# weighs on both builds alike. Prints each build's median and the median of the rounds' differences
# (after minus before), in milliseconds.
# Usage: examples/benchmarks/cold-start-paired.sh BEFORE_CHECKOUT AFTER_CHECKOUT [N]
#   each checkout built (mvn -q -B install -DskipTests there), e.g. a `git worktree` of the older commit.
set -euo pipefail
. "$(dirname "$0")/cold-start-rounds.sh"
BEFORE=$(cd "$1" && pwd)
AFTER=$(cd "$2" && pwd)
N=${3:-20}
SAMPLE="$AFTER/examples/sample/district.json"
COMMANDS=("$BEFORE/examples/cli/bin/fulian-rules check $SAMPLE" "$AFTER/examples/cli/bin/fulian-rules check $SAMPLE"
          "java -jar $BEFORE/examples/cli/target/fulian-rules-cli.jar check $SAMPLE"
          "java -jar $AFTER/examples/cli/target/fulian-rules-cli.jar check $SAMPLE")
TIMES=$(mktemp -d)
trap 'rm -rf "$TIMES"' EXIT
echo "cold start, $N rounds in turn; $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M') UTC"
run_rounds "$N"
median() { sort -n | awk '{ t[NR] = $1 } END { print (NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2) }'; }
report() {  # name, the rows of before and after
  echo "$1: before $(median < "$TIMES/$2") ms, after $(median < "$TIMES/$3") ms," \
       "difference $(paste "$TIMES/$2" "$TIMES/$3" | awk '{ print $2 - $1 }' | median) ms (median of the rounds)"
}
report launcher 0 1
report "java -jar" 2 3
echo "load average afterwards $(cut -d' ' -f1-3 /proc/loadavg)"
