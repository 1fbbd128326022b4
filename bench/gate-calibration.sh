#!/usr/bin/env bash
# Calibrates the CI regression gate on this machine (issue 13): how often does it fail a change that changed
# nothing, and how large a slowdown does it catch?
#
#   bash bench/gate-calibration.sh [RUNS=6] [SLOWDOWNS="0.02 0.05 0.10 0.20"]
#
# 1. RUNS identical short JMH runs of the gated benchmarks (A/A: the same commit, no fault), then
#    `compare --calibrate` over them: every ordered pair judged, false regressions counted.
# 2. For each slowdown FRACTION, a run whose training step is made exactly that much slower
#    (-Dlatefusion.fault.step-slowdown=FRACTION in the forks: each step busy-waits FRACTION × its own duration),
#    gated against the first A/A run: one line per slowdown with the ratio, its interval and the verdict.
# 3. One summary line: false alarms x/y at threshold t level l; smallest slowdown detected: z.
#
# Environment:
#   GATE_JAR        the shaded jar (default target/benchmarks.jar)
#   GATE_JMH        JMH settings (default the CI gate's, as .ci/run runs it: -f 5 -wi 1 -i 3 -w 1s -r 1s)
#   GATE_THRESHOLD  compare --threshold (default 0.05); GATE_LEVEL compare --level (default 0.99)
#   GATE_NORMALISE  compare --normalise (default reference, as CI)
#   GATE_OUT        keep everything in this folder (default: a temporary folder, removed at the end)
#   GATE_KEEP=1     keep the temporary folder
# Each run takes about (forks × (warm-up + iterations) × 2 benchmarks) seconds plus JVM starts: ~40 s with the
# defaults, so the default calibration (6 A/A runs + 4 slowdowns) takes about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-6}
slowdowns=$(tr " " "\n" <<< "${2:-0.02 0.05 0.10 0.20}" | sort -g | xargs)  # ascending: the first caught is the smallest
jar=$(realpath "${GATE_JAR:-target/benchmarks.jar}")
jmh=${GATE_JMH:-"-f 5 -wi 1 -i 3 -w 1s -r 1s"}
threshold=${GATE_THRESHOLD:-0.05}
level=${GATE_LEVEL:-0.99}
normalise=${GATE_NORMALISE:-reference}
benchmarks='TrainingBenchmarks.trainStep|ReferenceBenchmark.reference'

if [[ ! "$runs" =~ ^[0-9]+$ ]] || (( runs < 2 )); then
  echo "error: RUNS must be a whole number of 2 or more, got '$runs'" >&2
  exit 2
fi
test -f "$jar" || { echo "error: no jar at $jar (mvn -B -o -q -DskipTests package)" >&2; exit 2; }

if [[ -n "${GATE_OUT:-}" ]]; then
  out=$(mkdir -p "$GATE_OUT" && realpath "$GATE_OUT")
else
  out=$(mktemp -d)
  [[ "${GATE_KEEP:-0}" == 1 ]] || trap 'rm -rf "$out"' EXIT
fi
echo "gate calibration: $runs A/A runs, slowdowns $slowdowns; JMH $jmh; output in $out"

# One JMH run into $1 (JSON); $2 is the injected step slowdown, empty for none. Runs from $out, so the
# launcher's run folders land in $out/results, not in the repository.
measure() {
  local file=$1 slowdown=$2
  local fault=()
  [[ -z "$slowdown" ]] || fault=(-jvmArgsAppend "-Dlatefusion.fault.step-slowdown=$slowdown")
  # shellcheck disable=SC2086 # $jmh is a list of options
  if ! (cd "$out" && java -Dlatefusion.quality=false -jar "$jar" -p pretrain=none $jmh "${fault[@]}" \
        -rf json -rff "$file" "$benchmarks") > "$file.log" 2>&1; then
    echo "error: the JMH run for $file failed; its log ($file.log) ends:" >&2
    tail -20 "$file.log" >&2
    if grep -q 'JMH lock' "$file.log"; then
      echo "(another JMH run holds /tmp/jmh.lock: wait for it, since two runs at once would measure each other)" >&2
    fi
    exit 1
  fi
}

gate=(--normalise "$normalise" --threshold "$threshold" --level "$level")
aa=()
for i in $(seq 1 "$runs"); do
  echo "A/A run $i/$runs"
  measure "$out/aa-$i.json" ""
  aa+=("$out/aa-$i.json")
done

java -jar "$jar" compare --calibrate "${gate[@]}" "${aa[@]}" | tee "$out/calibration.txt"
false_alarms=$(sed -n 's/^false alarms \([0-9]*\/[0-9]*\) .*/\1/p' "$out/calibration.txt")

detected=none
echo
printf '%-9s  %-8s  %-18s  %s\n' slowdown ratio interval verdict
for s in $slowdowns; do
  measure "$out/slow-$s.json" "$s"
  code=0
  java -jar "$jar" compare "${gate[@]}" "${aa[0]}" "$out/slow-$s.json" > "$out/slow-$s.txt" 2> "$out/slow-$s.err" \
    || code=$?
  if (( code == 2 )); then
    cat "$out/slow-$s.err" >&2
    exit 2
  fi
  # the trainStep row: columns are separated by two or more spaces (ratio, interval, verdict are the last three)
  row=$(grep '^TrainingBenchmarks.trainStep ' "$out/slow-$s.txt" | head -1 | sed 's/   */\t/g')
  ratio=$(cut -f6 <<< "$row")
  interval=$(cut -f7 <<< "$row")
  verdict=$(cut -f8 <<< "$row")
  printf '%-9s  %-8s  %-18s  %s\n' "$s" "$ratio" "$interval" "$verdict"
  if [[ "$detected" == none && "$verdict" == regression ]]; then
    detected=$s
  fi
done

echo
echo "false alarms $false_alarms at threshold $threshold level $level; smallest slowdown detected: $detected"
