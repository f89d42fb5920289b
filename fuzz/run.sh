#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 IMS Wizard authors
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehaviorSanitizer, leak checks)
# in build-fuzz/ and runs each one for a bounded time. Exits non-zero when any target finds a crash,
# a leak, a timeout, undefined behaviour or a broken invariant; the input is kept in
# build-fuzz/fuzz-findings/ and the target's log in build-fuzz/fuzz-logs/.
#
#   fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]      (default 60 s, every target)
#
# IMS_WIZARD_FUZZ_JOBS=N runs N targets at once (default 1). IMS_WIZARD_FUZZ_BUDGET=S bounds the
# whole run, build included, to about S seconds: each target then gets less than SECONDS_PER_TARGET
# when the build was slow (at least 10 s). Each target's corpus grows in build-fuzz/fuzz-corpus/<target>/
# (kept between runs); fuzz/corpus/<target>/ holds the seeds, request files also come from tests/data/seeds
# and resources/data/examples.
set -euo pipefail
cd "$(dirname "$0")/.."
script_start=$(date +%s)

seconds=${1:-60}
shift || true
[[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2; }
build=${IMS_WIZARD_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${IMS_WIZARD_FUZZ_JOBS:-1}

command -v clang++ >/dev/null || { echo "fuzz/run.sh needs clang++ (Debian: clang libclang-rt-14-dev)" >&2; exit 1; }
if [[ ! -f $build/build.ninja ]]; then
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Only the core library and the fuzz targets: no UI, no tests. -O1 with line tables: quick to
    # build, fast enough to fuzz, and every report names file and line.
    cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
        -DIMS_WIZARD_FUZZ=ON -DIMS_WIZARD_BUILD_UI=OFF -DIMS_WIZARD_BUILD_TESTS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only" >/dev/null
fi
cmake --build "$build" --target fuzz_all

all=$(sed -n '/^set(IMS_WIZARD_FUZZ_TARGETS/,/)/{s/set(IMS_WIZARD_FUZZ_TARGETS//;s/)//;p}' fuzz/CMakeLists.txt | xargs)
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || read -ra targets <<<"$all"

if [[ -n ${IMS_WIZARD_FUZZ_BUDGET:-} ]]; then
    rounds=$(( (${#targets[@]} + jobs - 1) / jobs ))
    # About 3 s of each round go to starting a target and reading its corpus.
    fits=$(( (IMS_WIZARD_FUZZ_BUDGET - ($(date +%s) - script_start)) / rounds - 3 ))
    [[ $fits -lt 10 ]] && fits=10
    if [[ $fits -lt $seconds ]]; then
        echo "The build took $(( $(date +%s) - script_start )) s: $fits s per target keeps the run within ${IMS_WIZARD_FUZZ_BUDGET} s."
        seconds=$fits
    fi
fi

mkdir -p "$build/fuzz-logs" "$build/fuzz-findings" "$build/fuzz-results"
rm -f "$build"/fuzz-results/*

# One target: runs it, then writes "target executions exec/s corpus result" to fuzz-results/.
run_target() {
    local t=$1 log=$build/fuzz-logs/$1.log work=$build/fuzz-corpus/$1 rc=0
    [[ -x $build/bin/$t ]] || { echo "$t ? ? ? no-such-target" >"$build/fuzz-results/$t"; return; }
    mkdir -p "$work"
    local dict=()
    [[ -f fuzz/$t.dict ]] && dict=(-dict="fuzz/$t.dict")
    local seeds=("fuzz/corpus/$t")
    local extra=()
    case $t in
    fuzz_requestfile | fuzz_profileimport) seeds+=(tests/data/seeds resources/data/examples) ;;
    fuzz_inspect) extra=(-max_len=65536) ;; # every format's header is in the first 64 KiB
    esac
    # The wall-clock guard only matters if libFuzzer itself hangs; -timeout catches a slow input.
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    timeout -s KILL $((seconds * 2 + 120)) "$build/bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=1 -print_final_stats=1 "${dict[@]}" "${extra[@]}" -artifact_prefix="$build/fuzz-findings/$t-" \
        "$work" "${seeds[@]}" >"$log" 2>&1 || rc=$?
    local execs eps corpus result=ok
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    corpus=$(grep -o 'corp: [0-9]*/[0-9]*[bkKMG]*b\?' "$log" | tail -1 | sed 's/corp: //' || true)
    if [[ $rc -ne 0 ]]; then
        result=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer): [a-z-]+|runtime error|invariant broken|ERROR: libFuzzer: [a-z-]+|deadly signal' "$log" || true)
        result=${result:-exit $rc}
        result=FAIL:${result// /_}
    fi
    echo "$t ${execs:-?} ${eps:-?} ${corpus:-?} $result" >"$build/fuzz-results/$t"
}

start=$(date +%s)
running=0
for t in "${targets[@]}"; do
    run_target "$t" &
    running=$((running + 1))
    if [[ $running -ge $jobs ]]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

failed=0
printf '\n%-26s %12s %9s %16s  %s\n' target executions exec/s corpus result
for t in "${targets[@]}"; do
    [[ -f $build/fuzz-results/$t ]] || echo "$t ? ? ? FAIL:no_result" >"$build/fuzz-results/$t"
    read -r name execs eps corpus result <"$build/fuzz-results/$t"
    printf '%-26s %12s %9s %16s  %s\n' "$name" "$execs" "$eps" "$corpus" "$result"
    [[ $result == ok ]] || failed=1
done
echo "(${seconds} s per target, $((jobs)) at once, $(( $(date +%s) - start )) s in all; corpus = inputs/bytes)"

if [[ $failed -ne 0 ]]; then
    for t in "${targets[@]}"; do
        read -r _ _ _ _ result <"$build/fuzz-results/$t"
        [[ $result == ok ]] && continue
        echo
        echo "=== $t: $result (log $build/fuzz-logs/$t.log; input in $build/fuzz-findings/)"
        grep -E -A25 'ERROR: |runtime error|invariant broken|deadly signal' "$build/fuzz-logs/$t.log" | head -60 || tail -30 "$build/fuzz-logs/$t.log"
    done
    exit 1
fi
