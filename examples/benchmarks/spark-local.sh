#!/usr/bin/env bash
# Spark local[2] against check --threads 2, on the same JSON-lines file, in the same run: wall time, CPU time
# (user + system, every thread of the process) and the largest resident set of each, and the ratios.
# The Spark job is the jar spark-submit would get (examples/spark/target/fulian-rules-spark-job.jar), run by
# Spark's own SparkSubmit class on Spark 4.2.0's own jars (examples/spark/local/pom.xml), writing its four
# Parquet tables; the CLI writes its JSON reports to /dev/null. Both with a 1 GiB heap (spark-submit's default
# driver memory) and the parallel collector. A third run, Spark on the first district alone, gives Spark's fixed
# cost (start, rules loaded, tables written), so that the CPU time a district adds on Spark can be told apart.
# Usage (from the repository root, after mvn install -DskipTests): examples/benchmarks/spark-local.sh FILE.jsonl
set -euo pipefail
cd "$(dirname "$0")/../.."
NATION=$1
CLI_JAR=examples/cli/target/fulian-rules-cli.jar
JOB_JAR=examples/spark/target/fulian-rules-spark-job.jar
WORK=examples/spark/target/bench
MVN_REPO=${MVN_REPO:+-Dmaven.repo.local=$MVN_REPO}
rm -rf "$WORK" && mkdir -p "$WORK"
mvn -q -B $MVN_REPO -f examples/spark/local/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/spark.classpath"
# The JVM options Spark's launcher adds on Java 17 (the module's spark.jvm.options).
SPARK_JVM=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' examples/spark/pom.xml)
FMT="%e %U %S %M"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
/usr/bin/time -f "$FMT" -o "$WORK/cli.time" \
  java -Xmx1g -XX:+UseParallelGC -jar "$CLI_JAR" check "$NATION" --threads 2 --format json >/dev/null || [ $? -eq 1 ]
# shellcheck disable=SC2086
/usr/bin/time -f "$FMT" -o "$WORK/spark.time" \
  java -Xmx1g -XX:+UseParallelGC $SPARK_JVM -cp "$(cat "$WORK/spark.classpath")" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.ui.enabled=false "$JOB_JAR" "$NATION" "$WORK/out" >"$WORK/spark.out" 2>"$WORK/spark.err"
head -1 "$NATION" > "$WORK/one.jsonl"
# shellcheck disable=SC2086
/usr/bin/time -f "$FMT" -o "$WORK/spark-one.time" \
  java -Xmx1g -XX:+UseParallelGC $SPARK_JVM -cp "$(cat "$WORK/spark.classpath")" org.apache.spark.deploy.SparkSubmit \
    --master 'local[2]' --conf spark.ui.enabled=false "$JOB_JAR" "$WORK/one.jsonl" "$WORK/out-one" >/dev/null 2>&1
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$WORK/spark.out"
DISTRICTS=$(sed -n 's/^districts checked: \([0-9]*\),.*/\1/p' "$WORK/spark.out")
# The last line of each: time puts "Command exited with non-zero status 1" before it for the CLI's exit 1.
read -r CW CU CS CM < <(tail -1 "$WORK/cli.time")
read -r SW SU SS SM < <(tail -1 "$WORK/spark.time")
read -r OW OU OS OM < <(tail -1 "$WORK/spark-one.time")
awk -v n="$DISTRICTS" -v cw="$CW" -v cc="$(echo "$CU + $CS" | bc)" -v cm="$CM" \
    -v sw="$SW" -v sc="$(echo "$SU + $SS" | bc)" -v sm="$SM" \
    -v ow="$OW" -v oc="$(echo "$OU + $OS" | bc)" -v om="$OM" 'BEGIN {
  printf "check --threads 2:       %6.1f s wall, %6.1f s CPU = %4.0f ms per district, max RSS %4.0f MiB\n", cw, cc, 1000 * cc / n, cm / 1024
  printf "Spark local[2]:          %6.1f s wall, %6.1f s CPU = %4.0f ms per district, max RSS %4.0f MiB\n", sw, sc, 1000 * sc / n, sm / 1024
  printf "Spark local[2], 1 district: %3.1f s wall, %6.1f s CPU, max RSS %4.0f MiB (the fixed cost)\n", ow, oc, om / 1024
  printf "Spark / check: wall %.2f, CPU %.2f (%d districts); CPU a district adds on Spark: %.0f ms\n",
         sw / cw, sc / cc, n, 1000 * (sc - oc) / (n - 1) }'
