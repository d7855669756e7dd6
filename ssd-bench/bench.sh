#!/usr/bin/env bash
# The whole benchmark behind BENCHMARKS.md. Build first (no install needed):
#   ./mvnw -B -q package -DskipTests
# then, from the repository root:
#   ssd-bench/bench.sh [runs]
# 1. the in-JVM harness (ValidationBenchmark): makes the 1M (CSV + JSON Lines) and 10M extracts,
#    validates them, and gives each figure beside the reading floor measured in the same JVM;
# 2. whole processes, cold, alternating run by run: the reading floor, `ssd validate` without and
#    with the class-data-sharing archive, and through ./ssd (its archive and JIT flags, as a user
#    runs it), on the 1M extract and on examples/sample-extract;
# 3. start-up phases (StartupPhases) in fresh JVMs: process start to main, the first spec load, the
#    first and second validation in one JVM;
# 4. JSON Lines: the JSON Lines reading floor, `ssd validate --jsonl` and the ajv peer (node;
#    installed here with npm ci, skipped with a message when node or npm is absent), on the same
#    rows of the 1M extract, each as a multiple of that floor.
# Environment: BENCH_LARGE=0 skips the 10M extract; BENCH_HARNESS=off skips step 1 (the extracts
# must then exist); BENCH_HEAP sets the harness heap (default 2g); BENCH_JAVA25 names the home of a
# Java 25 or later, with which step 2 also runs `ssd validate` from an ahead-of-time cache (trained
# here on examples/sample-extract, as a build on that Java makes ssd-cli/target/ssd.aot); without
# it that variant is skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=ssd-bench/target/bench
jar=ssd-cli/target/ssd.jar
jsa=ssd-cli/target/ssd.jsa
classes=ssd-bench/target/classes
schemas=ssd-model/target/classes/io/github/ssdkit/model/schema/json-schema
for f in "$jar" "$classes" "$schemas"; do
  if [ ! -e "$f" ]; then
    echo "bench: $f not found; build first with: ./mvnw -B -q package -DskipTests" >&2
    exit 2
  fi
done
echo "machine: $(nproc) cores, $(uname -m), load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

if [ "${BENCH_HARNESS:-on}" != off ]; then
  # The runnable jar holds everything but the baseline's networknt validator and its date parser
  # (itu): take those from the local Maven repository, where the build put them.
  m2=${MAVEN_REPO:-$HOME/.m2/repository}
  networknt=$(sed -n 's:.*<networknt.version>\(.*\)</networknt.version>.*:\1:p' pom.xml)
  baseline=$(find "$m2/com/networknt/json-schema-validator/$networknt" -name "json-schema-validator-$networknt.jar")
  itu=$(find "$m2/com/ethlo/time/itu" -name 'itu-*.jar' ! -name '*sources*' | sort -V | tail -1)
  if [ -z "$baseline" ] || [ -z "$itu" ]; then
    echo "bench: networknt $networknt or itu not in $m2; run ./mvnw -B -q package -DskipTests first" >&2
    exit 2
  fi
  java -Xmx"${BENCH_HEAP:-2g}" -cp "$classes:$jar:$baseline:$itu" \
    io.github.ssdkit.bench.ValidationBenchmark \
    "$work" 43000 "${BENCH_LARGE:-432000}" 200000
fi
extract=$work/extract-1m
if [ ! -d "$extract" ]; then
  echo "bench: $extract not found; run once without BENCH_HARNESS=off" >&2
  exit 2
fi

# Wall time of one command in milliseconds; its output goes to a log, its exit code is kept there.
log=$work/whole-process.log
: > "$log"
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >> "$log" 2>&1 || echo "exit $?" >> "$log"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
# Runs each labelled command once per round, alternating, and prints every run and the median;
# with RATIO_TO set to a label, also each median as a multiple of that command's median.
compare() {
  local -a labels=() cmds=()
  while [ $# -gt 0 ]; do labels+=("$1"); cmds+=("$2"); shift 2; done
  local -A times=() medians=()
  for ((r = 1; r <= runs; r++)); do
    for i in "${!labels[@]}"; do
      times[$i]="${times[$i]:-} $(wall bash -c "${cmds[$i]}")"
    done
  done
  for i in "${!labels[@]}"; do
    medians[$i]=$(tr ' ' '\n' <<< "${times[$i]}" | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  done
  local base=""
  for i in "${!labels[@]}"; do
    if [ "${labels[$i]}" = "${RATIO_TO:-}" ]; then base=${medians[$i]}; fi
  done
  for i in "${!labels[@]}"; do
    local ratio=""
    if [ -n "$base" ] && [ "$base" -gt 0 ]; then
      ratio=$(awk -v m="${medians[$i]}" -v b="$base" 'BEGIN {printf "  %5.2fx the floor", m / b}')
    fi
    printf '  %-40s median %6d ms%s   runs (ms):%s\n' "${labels[$i]}" "${medians[$i]}" "$ratio" "${times[$i]}"
  done
}
nocds="java -jar $jar"
withcds="java -XX:SharedArchiveFile=$jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $jar"
[ -f "$jsa" ] || echo "bench: no $jsa (the build could not make one): both ssd runs below go without it"
# The JDK 25 variant: the same jar and JVM flags as the runs beside it, from an ahead-of-time cache
# trained as the build trains ssd.aot (with the launchers' heap and collector).
aot_label=""
if [ -n "${BENCH_JAVA25:-}" ] && [ -x "$BENCH_JAVA25/bin/java" ]; then
  aot=$work/ssd.aot
  java25="$BENCH_JAVA25/bin/java"
  $java25 -XX:AOTCacheOutput="$aot" -Xlog:aot=off -Xlog:cds=off -XX:+UseParallelGC -Xmx700m -jar "$jar" \
    validate examples/sample-extract --output "$work/aot-training-report.txt" > /dev/null 2>&1 || true
  withaot="$java25 -XX:AOTCache=$aot -Xlog:aot=off -Xlog:cds=off -jar $jar"
  echo "JDK 25 variant: $("$BENCH_JAVA25/bin/java" -version 2>&1 | head -1), cache $aot ($(du -k "$aot" | cut -f1) KB)"
  aot_label="ssd validate, JDK 25 + AOT cache"
else
  echo "bench: BENCH_JAVA25 not set to a Java 25 or later home; the JDK 25 + AOT cache variant is skipped"
fi

echo "whole processes, cold, $runs alternating runs each, 1M extract ($extract):"
RATIO_TO="reading floor (java ReadingFloor)" compare \
  "reading floor (java ReadingFloor)" "java -cp $classes io.github.ssdkit.bench.ReadingFloor $extract" \
  "ssd validate, no CDS archive" "$nocds validate $extract --output $work/cold-report.txt" \
  "ssd validate, CDS archive" "$withcds validate $extract --output $work/cold-report.txt" \
  "ssd validate through ./ssd (its JIT choice)" "./ssd validate $extract --output $work/cold-launcher-report.txt" \
  ${aot_label:+"$aot_label" "$withaot validate $extract --output $work/cold-aot-report.txt"}
cmp -s "$work/cold-report.txt" "$work/cold-launcher-report.txt" ||
  echo "bench: the report through ./ssd differs from the plain java one ($work/cold-launcher-report.txt)"
[ -z "$aot_label" ] || cmp -s "$work/cold-report.txt" "$work/cold-aot-report.txt" ||
  echo "bench: the JDK 25 report differs from the JDK 17 one ($work/cold-aot-report.txt)"
echo "whole processes, cold, $runs alternating runs each, examples/sample-extract:"
RATIO_TO="reading floor (java ReadingFloor)" compare \
  "reading floor (java ReadingFloor)" "java -cp $classes io.github.ssdkit.bench.ReadingFloor examples/sample-extract" \
  "ssd validate, no CDS archive" "$nocds validate examples/sample-extract --output $work/cold-sample-report.txt" \
  "ssd validate, CDS archive" "$withcds validate examples/sample-extract --output $work/cold-sample-report.txt" \
  "ssd validate through ./ssd (its JIT choice)" "./ssd validate examples/sample-extract --output $work/cold-launcher-sample-report.txt" \
  ${aot_label:+"$aot_label" "$withaot validate examples/sample-extract --output $work/cold-aot-sample-report.txt"}
echo "start-up phases, fresh JVMs, examples/sample-extract then the 1M extract (StartupPhases):"
for ((r = 1; r <= runs; r++)); do
  for dir in examples/sample-extract "$extract"; do
    echo "  $(java -cp "$classes:$jar" io.github.ssdkit.bench.StartupPhases "$dir")"
  done
done

jsonl_floor="JSON Lines reading floor (java)"
jsonl_floor_cmd="java -cp $classes io.github.ssdkit.bench.JsonLinesReadingFloor $extract"
jsonl_ssd="ssd validate --jsonl (CDS archive)"
jsonl_ssd_cmd="$withcds validate --jsonl $extract --output $work/cold-jsonl-report.txt"
echo "JSON Lines, whole processes, $runs alternating runs each, the same rows of the 1M extract:"
java -cp "$classes" io.github.ssdkit.bench.JsonLinesReadingFloor "$extract"
if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
  echo "bench: node or npm not found; the ajv peer is skipped"
  RATIO_TO="$jsonl_floor" compare "$jsonl_floor" "$jsonl_floor_cmd" "$jsonl_ssd" "$jsonl_ssd_cmd"
  exit 0
fi
(cd ssd-bench/ajv-peer && npm ci --no-audit --no-fund --silent)
node ssd-bench/ajv-peer/validate.mjs "$extract" "$schemas"
RATIO_TO="$jsonl_floor" compare "$jsonl_floor" "$jsonl_floor_cmd" "$jsonl_ssd" "$jsonl_ssd_cmd" \
  "ajv peer (node, Ajv2020, strict: false)" "node ssd-bench/ajv-peer/validate.mjs $extract $schemas"
