#!/usr/bin/env bash
# All the performance figures of README.md "Performance", in one go: builds the jar, generates the
# synthetic nation, and runs (1) the cold-start runs, (2) one district, (4) incremental and (5) the
# baseline benchmarks with JMH, (3) the national run on 1 and 2 threads with a 1 GiB heap, and (6) the same
# districts on Spark local[2] against check --threads 2.
# Usage (from the repository root): examples/benchmarks/run.sh [DISTRICTS] [COLD_RUNS]
#   DISTRICTS defaults to 200 (the first 200 districts of the nation: district i depends only on the
#   seed and i, so they are those of the 2,800); 2800 is the whole nation, 2.5 GB of JSON lines in
#   target/ and hours of CPU on a 2-core machine. COLD_RUNS defaults to 10.
# Extra JMH options go in JMH_OPTS, e.g. JMH_OPTS="-wi 1 -i 3" for a quicker, rougher run.
set -euo pipefail
cd "$(dirname "$0")/../.."
DISTRICTS=${1:-200}
COLD=${2:-10}
JAR=examples/cli/target/fulian-rules-cli.jar
BENCH=examples/benchmarks/target/fulian-rules-benchmarks.jar
NATION=examples/benchmarks/target/nation-$DISTRICTS.jsonl
MVN_REPO=${MVN_REPO:+-Dmaven.repo.local=$MVN_REPO}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) processors; load average $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B $MVN_REPO install -DskipTests

echo "== (1) cold start"
examples/benchmarks/cold-start.sh "$COLD"

echo "== (2) one district, (4) incremental, (5) rules / plain Java"
java -jar "$BENCH" ${JMH_OPTS:-} -prof gc -rf text -rff examples/benchmarks/target/jmh-results.txt \
  'DistrictBenchmark|IncrementalBenchmark|BaselineBenchmark'

echo "== (3) the nation: $DISTRICTS districts"
if [ ! -f "$NATION" ]; then
  /usr/bin/time -f "generated in %e s, max RSS %M KiB" java -jar "$JAR" generate --districts "$DISTRICTS" --seed 1 --out "$NATION"
fi
# The first run warms the JIT up; G1 (the default) spends much of 2 threads' time in GC here, ParallelGC does not.
java -Xmx1g -cp "$BENCH" io.github.fulianrules.examples.bench.NationRun "$NATION" 2 1 2
java -Xmx1g -XX:+UseParallelGC -cp "$BENCH" io.github.fulianrules.examples.bench.NationRun "$NATION" 2 1 2
/usr/bin/time -f "check --format json, all processors: %e s wall, max RSS %M KiB" \
  java -Xmx1g -XX:+UseParallelGC -jar "$JAR" check "$NATION" --format json >/dev/null || true
/usr/bin/time -f "bounded memory: check with -Xmx256m: %e s wall, max RSS %M KiB" \
  java -Xmx256m -jar "$JAR" check "$NATION" --format json >/dev/null || true

echo "== (6) Spark local[2] against check --threads 2: $DISTRICTS districts"
MVN_REPO=${MVN_REPO#-Dmaven.repo.local=} examples/benchmarks/spark-local.sh "$NATION"
