#!/usr/bin/env bash
# Every performance figure of issue 13 and README.md "Performance", measured in one run and printed
# as ONE table, with the ratios (rules ÷ plain Java) taken from the same JMH run side by side.
# Usage (from anywhere): examples/benchmarks/run.sh [DISTRICTS] [COLD_RUNS]
#   DISTRICTS: how many districts of the synthetic nation (seed 1) the batch check runs (default 200;
#   district i depends only on the seed and i, so they are the first of the 2,800; 2800 is the whole
#   nation, 2.5 GB and hours of CPU on 2 cores). COLD_RUNS: cold starts per variant (default 10).
#   About 15 min on an idle 2-core machine (the JMH part 8 min).
#   QUICK=1: shorter JMH settings and fewer latency runs, about 10 min on an idle 2-core machine
#   (QUICK=1 run.sh 20 3). JMH_OPTS replaces the JMH settings. SKIP_BUILD=1 uses the jars as built.
#   SPARK=1: afterwards, the same districts on Spark local[2] against check --threads 2 (spark-local.sh).
#   NATION=1: also the whole nation, all 2,800 districts checked (nation.sh): wall time and peak
#   resident memory measured, not extrapolated from DISTRICTS (minutes more; 2.5 GB generated once).
# The raw outputs stay in examples/benchmarks/target/bench/. Benchmarks print figures; nothing here
# passes or fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
DISTRICTS=${1:-200}
COLD=${2:-10}
JAR=examples/cli/target/fulian-rules-cli.jar
BENCH=examples/benchmarks/target/fulian-rules-benchmarks.jar
OUT=examples/benchmarks/target/bench
NATION_FILE=examples/benchmarks/target/nation-$DISTRICTS.jsonl
MVN_REPO=${MVN_REPO:+-Dmaven.repo.local=$MVN_REPO}
if [ -n "${QUICK:-}" ]; then
  JMH=${JMH_OPTS:--f 1 -wi 1 -i 2 -w 2s -r 3s}
  RUNS_EVAL=400; RUNS_INC=1000; RUNS_READ=30
else
  # Warm-ups and iterations long enough for the rules' score to settle: with -wi 2 -i 3 -w 3s -r 4s
  # its error on the full district was near its size (41 ± 30 ms, 2026-12-08).
  JMH=${JMH_OPTS:--f 1 -wi 3 -i 5 -w 4s -r 5s}
  RUNS_EVAL=4000; RUNS_INC=3000; RUNS_READ=100
fi
mkdir -p "$OUT"
started=$(date -u '+%Y-%m-%d %H:%M UTC')
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B $MVN_REPO install -DskipTests

echo "== cold start ($COLD runs each)" >&2
examples/benchmarks/cold-start.sh "$COLD" | tee "$OUT/cold.txt" >&2

echo "== JMH: one district, incremental, rules vs plain Java ($JMH)" >&2
# shellcheck disable=SC2086 # JMH options are words on purpose
java -jar "$BENCH" $JMH -prof gc -rf csv -rff "$OUT/jmh.csv" \
  'DistrictBenchmark|IncrementalBenchmark|BaselineBenchmark' >"$OUT/jmh.txt" 2>&1

echo "== latency in thread CPU time" >&2
# The heap bounded as the JMH forks and the launcher bound it: a heap left to grow towards a quarter of
# the machine's memory has the kernel zero its new pages in the CPU time of the thread measured
# (streaks of evaluations at 4-5 times the median, with no collection among them).
LAT="java -XX:+UseParallelGC -Xmx1g -cp $BENCH io.github.fulianrules.examples.bench.LatencyRun"
$LAT sample evaluate "$RUNS_EVAL" | tee "$OUT/latency.txt" >&2
$LAT sample incremental "$RUNS_INC" | tee -a "$OUT/latency.txt" >&2

echo "== the nation: $DISTRICTS districts" >&2
if [ ! -f "$NATION_FILE" ]; then
  java -jar "$JAR" generate --districts "$DISTRICTS" --seed 1 --out "$NATION_FILE"
fi
head -1 "$NATION_FILE" > "$OUT/full-district.json"
$LAT examples/sample/district.json read "$RUNS_READ" | tee "$OUT/read.txt" >&2
$LAT "$OUT/full-district.json" read "$RUNS_READ" | tee -a "$OUT/read.txt" >&2
/usr/bin/time -f "%e %P %M" -o "$OUT/nation-time.txt" \
  examples/cli/bin/fulian-rules check "$NATION_FILE" --threads 2 --format json --out "$OUT/nation-reports.jsonl" \
  >/dev/null 2>&1 || true
echo "launcher, 2 threads: $(tail -1 "$OUT/nation-time.txt") (wall s, CPU %, max RSS KiB)" >&2
rm -f "$OUT/nation-2800-time.txt"
if [ -n "${NATION:-}" ]; then
  echo "== the whole nation: 2,800 districts" >&2
  examples/benchmarks/nation.sh 2800 >&2
fi

python3 - "$OUT" "$DISTRICTS" "$(stat -c %s "$NATION_FILE")" "$started" "$load_start" "$(nproc)" <<'PY'
import csv, re, sys
out, districts, nation_bytes, started, load_start, cpus = sys.argv[1:]
districts, nation_bytes = int(districts), int(nation_bytes)
jmh = {}
for row in csv.DictReader(open(f"{out}/jmh.csv")):
    name = row["Benchmark"].rsplit(".", 1)[-1]
    jmh[(name, row.get("Param: district", ""))] = float(row["Score"])
def j(name, district):
    return jmh.get((name, district))
def ms(v):
    return "n/a" if v is None else f"{v:.3f} ms"
def ratio(a, b):
    return "n/a" if a is None or b is None else f"{a / b:.1f}×"
def met(ok):
    return "met" if ok else "missed"
lat = open(f"{out}/latency.txt").read()
ev = re.search(r"evaluate.*?wall p50 ([\d.]+) ms p99 ([\d.]+) ms; thread CPU p50 ([\d.]+) ms p99 ([\d.]+) ms; allocated p50 ([\d.]+) MB", lat)
inc = re.search(r"incremental.*?wall p50 ([\d.]+) ms p99 ([\d.]+) ms; thread CPU p50 ([\d.]+) ms p99 ([\d.]+) ms; allocated p50 ([\d.]+) MB", lat)
reads = re.findall(r"read (\S+), ([\d.]+) MB.*?p50 ([\d.]+) ms; ([\d.]+) MB/s", open(f"{out}/read.txt").read())
floors = {m[0]: (m[1], m[2]) for m in re.findall(r"tokenizing alone (\S+), same runs:.*?; ([\d.]+) MB/s at p50; reader ÷ tokenizing ([\d.]+)", open(f"{out}/read.txt").read())}
cold = {m.group(1).strip(): float(m.group(2)) for m in re.finditer(r"^(.*?)\s+n=\d+\s+min [\d.]+ s\s+median ([\d.]+) s", open(f"{out}/cold.txt").read(), re.M)}
wall, cpu, rss = open(f"{out}/nation-time.txt").read().splitlines()[-1].split()[:3]   # after "Command exited with non-zero status 1": open violations
wall, rss = float(wall), int(rss) / 1024
rate = districts / wall
load_end = open("/proc/loadavg").read().split()[:3]
rows = []
for d in ("sample", "full"):
    rs, ps = j("rulesSubset", d), j("plainJavaSubset", d)
    ra, pa = j("rulesAll", d), j("plainJavaAll", d)
    rows.append((f"rules ÷ plain Java, every requirement and the data findings, {d} (JMH avg)",
                 f"{ms(ra)} ÷ {ms(pa)} = **{ratio(ra, pa)}**", "≤ 5×",
                 met(ra is not None and pa is not None and ra / pa <= 5)))
    rows.append((f"rules ÷ plain Java, the 13-requirement subset, {d} (JMH avg)",
                 f"{ms(rs)} ÷ {ms(ps)} = **{ratio(rs, ps)}**", "≤ 5×",
                 met(rs is not None and ps is not None and rs / ps <= 5)))
full = j("evaluate", "full")
rows.append(("all rules, one full district (JMH avg of samples)", f"**{ms(full)}**", "≤ 15 ms", met(full is not None and full <= 15)))
if ev:
    rows.append(("one district, sample, thread CPU (LatencyRun)", f"p50 {ev[3]} ms, **p99 {ev[4]} ms**; wall p50 {ev[1]}, p99 {ev[2]} ms; **{ev[5]} MB** allocated",
                 "p99 ≤ 5 ms, ≤ 2 MB", met(float(ev[4]) <= 5 and float(ev[5]) <= 2)))
if inc:
    rows.append(("incremental, sample, one fact updated, findings read (LatencyRun)", f"CPU p50 {inc[3]} ms, **p99 {inc[4]} ms**; wall p50 {inc[1]}, p99 {inc[2]} ms; {inc[5]} MB",
                 "p99 ≤ 1 ms", met(float(inc[4]) <= 1)))
rows.append((f"the nation: {districts} districts ({nation_bytes / 1e9:.2f} GB), `bin/fulian-rules check --threads 2 --format json`",
             f"{wall:.1f} s wall, {cpu} CPU, {rss:.0f} MiB resident; {rate:.2f} districts/s → 2,800 in **{2800 / rate:.0f} s**",
             "≤ 60 s for 2,800, heap ≤ 1 GiB", met(2800 / rate <= 60 and rss <= 1200)))
try:
    whole_wall, whole_cpu, whole_rss = open(f"{out}/nation-2800-time.txt").read().splitlines()[-1].split()[:3]
    whole_wall, whole_rss = float(whole_wall), int(whole_rss) / 1024
    rows.append(("the whole nation: 2,800 districts, `bin/fulian-rules check --threads 2 --format json` (NATION=1)",
                 f"**{whole_wall:.0f} s** wall, {whole_cpu} CPU, **{whole_rss:.0f} MiB** peak resident",
                 "≤ 60 s, ≤ 1 GiB resident", met(whole_wall <= 60 and whole_rss <= 1024)))
except FileNotFoundError:
    pass
for name, size, cpu_ms, mbs in reads:
    floor = f"; tokenizing alone {floors[name][0]} MB/s, reader ÷ tokenizing {floors[name][1]}" if name in floors else ""
    rows.append((f"reading district JSON, {name} ({size} MB), one core, locations kept", f"{cpu_ms} ms CPU, **{mbs} MB/s**{floor}", "≥ 150 MB/s", met(float(mbs) >= 150)))
for key, label, target in (("launcher bin/fulian-rules", "cold start, sample, launcher (median)", 0.7),
                           ("precompiled (bundled)", "cold start, sample, `java -jar` (median)", 1.5)):
    v = cold.get(key)
    rows.append((label, "n/a" if v is None else f"**{v:.2f} s**", f"≤ {target} s", met(v is not None and v <= target)))
print(f"Measured {started} to {__import__('datetime').datetime.utcnow():%H:%M} UTC on {cpus} processors; "
      f"load average {load_start} at the start, {' '.join(load_end)} at the end.\n")
print("| figure | measured | target | |")
print("|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
PY

if [ -n "${SPARK:-}" ]; then
  echo
  echo "Spark local[2] against check --threads 2, the same $DISTRICTS districts:"
  MVN_REPO=${MVN_REPO#-Dmaven.repo.local=} examples/benchmarks/spark-local.sh "$NATION_FILE"
fi
