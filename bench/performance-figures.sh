#!/usr/bin/env bash
# The performance figures the README states, measured in one run on this machine (issue 13):
#   1. the regression gate: A/A false-alarm rate and the smallest injected slowdown it catches
#      (bench/gate-calibration.sh), with and without reference normalisation;
#   2. parity with PyTorch eager (the parity command; skipped where no python imports torch);
#   3. the end-to-end epoch on the study's AVMNIST model (scale=study, batch 64, 1 thread) against the
#      476 samples/s of the study's own pipeline, on real thesis-layout data when $FIGURES_DATA is set
#      (a folder in the thesis layout) and on the synthetic study-sized data;
#   4. the harness overhead: trainEpoch per sample over trainStep per sample, and trainStep over the bare loop;
#   5. the 50-epoch soak: RSS growth from epoch 2 to 50.
#
#   bash bench/performance-figures.sh [SECTION ...]   # gate parity epoch overhead soak (default: all);
#                                                     # ~45 min on 2 cores; run it on a quiet machine
#
# Environment: FIGURES_OUT (keep everything there; default a temporary folder that is kept and printed),
# FIGURES_DATA (thesis-layout AVMNIST folder for the real-data epoch), FIGURES_PYTHON (interpreter for parity;
# default: the parity command's own choice). Debian's python3-torch computes on the system's libblas.so.3:
# install libopenblas0-pthread first, or PyTorch runs on the reference BLAS (docs/parity.md).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(realpath target/benchmarks.jar)
test -f "$jar" || { echo "error: no jar at $jar (mvn -B -o -q -DskipTests package)" >&2; exit 2; }
out=${FIGURES_OUT:-$(mktemp -d /tmp/figures.XXXXXX)}
mkdir -p "$out"
out=$(realpath "$out")
summary="$out/summary.txt"
: > "$summary"
note() { echo "$*" | tee -a "$summary"; }
jmh() { (cd "$out" && java -Dlatefusion.quality=false -jar "$jar" "$@"); }
echo "figures into $out (started $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg))"

sections=("$@")
(( ${#sections[@]} )) || sections=(gate parity epoch overhead soak)
wants() { [[ " ${sections[*]} " == *" $1 "* ]]; }

# 1. The gate.
if wants gate; then
GATE_OUT="$out/gate" bash bench/gate-calibration.sh 6 "0.02 0.05 0.10 0.20" | tee "$out/gate.txt"
note "gate (reference-normalised, threshold 0.05, level 0.99): $(tail -1 "$out/gate.txt")"
java -jar "$jar" compare --calibrate --normalise none --threshold 0.05 "$out"/gate/aa-*.json > "$out/gate-none.txt"
note "gate A/A without normalisation: $(grep '^false alarms' "$out/gate-none.txt")"
fi

# 2. Parity with PyTorch.
if wants parity; then
python=${FIGURES_PYTHON:-}
for t in 1 2; do
  (cd "$out" && java -jar "$jar" parity --threads "$t" --out "$out/parity-$t" ${python:+--python "$python"}) \
    | tee "$out/parity-$t.txt"
  note "parity, $t thread(s):"
  sed -n '/^| cell/,/^$/p' "$out"/parity-"$t"/*/parity.md | tee -a "$summary"
done
fi

# 3. End-to-end epoch on the study's model, 1 thread.
if wants epoch; then
data=${FIGURES_DATA:-}
sets=(synthetic)
[[ -z "$data" ]] || sets+=("thesis:$(realpath "$data")")
for d in "${sets[@]}"; do
  jmh -p scale=study -p pretrain=none -p threads=1 -p "data=$d" -f 2 -wi 2 -i 5 \
    -rf json -rff "$out/e2e.json" 'TrainingBenchmarks.(epochEndToEnd|trainEpoch)$'  > "$out/e2e.log" 2>&1
  report=$(ls -td "$out"/results/*/ | head -1)report.json
  note "end-to-end epoch, study model, 1 thread, data $d: $(jq -r '.cells[0].training_speed |
    "\(.train_rows) rows, \(.epoch_end_to_end_s * 1000 | round / 1000) s ± \((.epoch_end_to_end_s_error // 0) * 1000 | round / 1000),
     \(.epoch_end_to_end_samples_per_s | round) samples/s = \(.epoch_end_to_end_samples_per_s / 476 * 100 | round / 100) × the study pipeline'"'"'s 476; training epoch alone \(.train_rows / .train_epoch_s | round) samples/s"' "$report" | tr -s ' \n' ' ')"
done
fi

# 4. Harness overhead: the default cells (quick, none and all) and the study's (none), 2 threads.
if wants overhead; then
note "harness overhead (trainEpoch per sample / trainStep per sample; trainStep / bareTrainStep), 2 threads:"
for cells in "-p scale=quick -p pretrain=none,all" "-p scale=study -p pretrain=none"; do
  # shellcheck disable=SC2086 # $cells is a list of options
  jmh $cells -p threads=2 -f 1 -wi 1 -i 5 -w 3s -r 3s \
    'TrainingBenchmarks.trainEpoch|TrainingBenchmarks.trainStep|BareLoopBenchmark' > "$out/overhead.log" 2>&1
  report=$(ls -td "$out"/results/*/ | head -1)report.json
  jq -r '.cells[] | "  \(.id): epoch/step \(.training_speed.epoch_overhead_ratio // "n/a" | tostring | .[0:5]), step/bare \(.training_speed.harness_overhead_ratio // "n/a" | tostring | .[0:5])"' \
    "$report" | tee -a "$summary"
done
fi

# 5. The 50-epoch soak on the quick config.
if wants soak; then
(cd "$out" && java -jar "$jar" soak configs/avmnist-quick.yaml --epochs 50 --max-growth 1.0 --out "$out/soak") \
  > "$out/soak.log" 2>&1 || true
note "soak, 50 epochs: $(grep -i 'growth' "$out/soak.log" | tail -1)"
fi

echo
echo "== summary ($out/summary.txt)"
cat "$summary"
