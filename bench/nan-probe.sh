#!/usr/bin/env bash
# The NaN probe: runs the first pre-training epoch of the quick AVMNIST config (audio, then image)
# in N fresh JVMs, P at a time, each into its own results folder (nothing is reused), and prints
# how many produced a non-finite loss, how many failed otherwise, and how many distinct loss lines
# the runs printed (1 means every JVM computed the same numbers).
#
#   bench/nan-probe.sh [N=200] [P=2]          after: mvn -B package -DskipTests
#
# Extra JVM options go in JAVA_OPTS (e.g. JAVA_OPTS=-Dai.djl.pytorch.num_threads=1).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-200}
parallel=${2:-2}
jar=${NAN_PROBE_JAR:-target/benchmarks.jar}
[ -f "$jar" ] || { echo "nan-probe: $jar is missing; build it with: mvn -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

probe() {
  local i=$1 dir="$work/run-$1"
  mkdir -p "$dir"
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$jar" pretrain configs/avmnist-quick.yaml --out "$dir/results" \
    --set pretrain.epochs=1 > "$dir/log" 2>&1
  echo $? > "$dir/rc"
  grep -E '^\[pretrain (audio|image)\] epoch' "$dir/log" | sed -E 's/ \| [0-9.]+ s.*$//' > "$dir/losses" || true
  rm -rf "$dir/results"
}
export -f probe
export work jar JAVA_OPTS

start=$(date +%s)
seq 1 "$runs" | xargs -P "$parallel" -I{} bash -c 'probe {}; printf "."' 
echo

nonfinite=0; failed=0
for dir in "$work"/run-*; do
  if grep -qiE 'NaN|Infinity|became' "$dir/log"; then
    nonfinite=$((nonfinite + 1))
    echo "non-finite: $(grep -iE 'NaN|Infinity|became' "$dir/log" | head -1)"
  elif [ "$(cat "$dir/rc")" != 0 ] || [ "$(wc -l < "$dir/losses")" -ne 2 ]; then
    failed=$((failed + 1))
    echo "failed (exit $(cat "$dir/rc")): $(tail -1 "$dir/log")"
  fi
done
distinct=$(cat "$work"/run-*/losses | sort | uniq | wc -l)
echo "nan-probe: $runs fresh JVMs ($parallel at a time) in $(( $(date +%s) - start )) s:" \
  "$nonfinite with a non-finite loss, $failed failed otherwise," \
  "$distinct distinct loss lines over audio and image (2 = every JVM computed the same numbers)"
cat "$work"/run-*/losses | sort | uniq -c
[ "$nonfinite" -eq 0 ] && [ "$failed" -eq 0 ]
