#!/usr/bin/env bash
# GPU harness for vGPU memory isolation (issue 3): every check the issue asks to be shown
# on a real GPU, each run in this one call, native beside Quanta where a comparison is
# asked for.
#
#   bash bench/gpu/memory.sh
#
# Writes into $OUT (default /tmp/quanta-gpu-out): memory-report.md, memory-report.json,
# memory-raw.tar.gz (every step's output). Exit status: 0 when every judged check
# passed, 1 when some failed, 2 when the report could not be written. The judging is
# in memory_report.py. Needs: a built tree (make -C native; dist/ from tsc), python3
# with torch and jax, nvidia-smi, nvcc. See docs/GPU.md.
set -uo pipefail

HARNESS=memory.sh WORK_DEFAULT=/tmp/quanta-mem-bench
# shellcheck source=bench/gpu/harness.sh
. "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
TEST=$ROOT/native/build/test
mkdir -p "$WORK/build"
SOCK=$QUANTA_RUNTIME_DIR/daemon.sock
export CUBLAS_WORKSPACE_CONFIG=:4096:8

# step NAME TIMEOUT CMD...: runs CMD with output to $RAW/NAME.{out,err}, records rc.
step() {
  local name=$1 tmo=$2 rc=0
  shift 2
  timeout -k 5 "$tmo" "$@" >"$RAW/$name.out" 2>"$RAW/$name.err" </dev/null || rc=$?
  echo "$rc" >"$RAW/$name.rc"
  log "$([ "$rc" = 0 ] && echo 'ok  ' || echo "rc=$rc") $name"
}
# until_match FILE REGEX SECONDS: waits for a line in FILE.
until_match() {
  local i
  for ((i = 0; i < $3 * 10; i++)); do grep -qE "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  return 1
}
log "Quanta vGPU memory harness: root=$ROOT out=$OUT work=$WORK"
ensure_node
step native-build 300 make -s -C native
{
  echo "date_utc=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "gpu=$(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | head -n 1)"
  # The device's copy of the tree may carry a stale .git: the caller can say the commit.
  echo "git_commit=${QUANTA_COMMIT:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"
  python3 -c 'import torch, jax; print(f"torch={torch.__version__} (cuda {torch.version.cuda})"); print(f"jax={jax.__version__}")' 2>/dev/null
  echo "interposer_build=$(make -s -C native build-info)"
  echo "nvcc=$(nvcc --version | sed -n 's/.*release \([^,]*\),.*/\1/p')"
} >"$RAW/env.txt"
NV=(nvcc -O2 -arch=native -I"$WL")
"${NV[@]}" -o "$WORK/build/alloc_ab" "$WL/alloc_ab.cu" -lcuda >"$RAW/build.log" 2>&1 \
  || "${NV[@]/-arch=native/-arch=sm_90}" -o "$WORK/build/alloc_ab" "$WL/alloc_ab.cu" -lcuda >>"$RAW/build.log" 2>&1

start_daemon daemon1
log "daemon: $(grep -m1 'CUDA context takes' "$RAW/daemon1.log")"

# -- What a program sees, and where allocation stops --------------------------------
for b in native expandable async; do
  step "torch-$b" 240 "$QUANTA" run --gpu 0 --mem 8GiB -- python3 "$WL/torch_mem.py" --backend "$b"
done
step torch-native-device 120 python3 -c 'import torch; f, t = torch.cuda.mem_get_info(); print(f"RESULT total_gib {t / 2**30:.2f}")'
step jax 240 "$QUANTA" run --gpu 0 --mem 8GiB -- python3 "$WL/jax_mem.py"
step jax-native 240 python3 "$WL/jax_mem.py"
step nvidia-smi 60 "$QUANTA" run --gpu 0 --mem 8GiB -- nvidia-smi --query-gpu=memory.total,memory.used --format=csv,noheader
step contexts 60 "$QUANTA" run --gpu 0 --mem 8GiB -- "$TEST/vgpu_context"
step arrays 60 "$QUANTA" run --gpu 0 --mem 1GiB -- "$TEST/vgpu_arrays"
step arrays-native 120 "$TEST/vgpu_arrays"

# -- Two processes share a vGPU; a third vGPU beside them; SIGKILL reclaim -----------
"$QUANTA" run --gpu 0 --mem 8GiB --vgpu pair -- "$TEST/vgpu_alloc" 64 20 >"$RAW/share-holder.out" 2>"$RAW/share-holder.err" &
HOLDER=$!
until_match "$RAW/share-holder.out" 'holding' 60 || log "the holder did not start"
step share-second 120 "$QUANTA" run --vgpu pair -- "$TEST/vgpu_alloc"
step share-third 120 "$QUANTA" run --gpu 0 --mem 8GiB --vgpu third -- "$TEST/vgpu_alloc"
python3 "$WL/ledger.py" snapshot "$SOCK" >"$RAW/share-ledger.json"
# Kill the holder with SIGKILL (the program holding the 4 GiB, not quanta run) and time
# the ledger's release.
victim=$(python3 "$WL/ledger.py" ps "$SOCK" | python3 -c 'import json,sys; v=[v for v in json.load(sys.stdin)["vgpus"] if v["name"]=="pair"][0]; print(max(v["processes"], key=lambda p: p["used"][0])["pid"])')
"$QUANTA" run --vgpu pair -- "$TEST/vgpu_alloc" 1 20 >"$RAW/kill-stayer.out" 2>&1 &   # keeps the vGPU alive
STAYER=$!
until_match "$RAW/kill-stayer.out" 'holding' 60
python3 "$WL/ledger.py" ps "$SOCK" >"$RAW/kill-before.json"
kill -9 "$victim"
python3 "$WL/ledger.py" wait-used "$SOCK" pair $((2 * 1024 * 1024 * 1024)) 5 >"$RAW/kill-wait-ms.txt"
t0=$EPOCHREALTIME
for ((i = 0; i < 100; i++)); do nvidia-smi --query-compute-apps=pid --format=csv,noheader | grep -qw "$victim" || break; sleep 0.05; done
awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f\n", (b - a) * 1000 }' >"$RAW/kill-nvml-ms.txt"
python3 "$WL/ledger.py" ps "$SOCK" >"$RAW/kill-after.json"
step kill-reuse 120 "$QUANTA" run --vgpu pair -- "$TEST/vgpu_alloc"
kill "$HOLDER" "$STAYER" 2>/dev/null; wait "$HOLDER" "$STAYER" 2>/dev/null

# -- IPC: an import from the same vGPU is free, from another vGPU it counts -----------
rm -f "$WORK/ipc-handle"
"$QUANTA" run --gpu 0 --mem 8GiB --vgpu ipc -- "$TEST/vgpu_ipc" export 1024 "$WORK/ipc-handle" 15 >"$RAW/ipc-exporter.out" 2>&1 &
EXPORTER=$!
until_match "$RAW/ipc-exporter.out" 'exported' 60
step ipc-same 60 "$QUANTA" run --vgpu ipc -- "$TEST/vgpu_ipc" import "$WORK/ipc-handle"
step ipc-other 60 "$QUANTA" run --gpu 0 --mem 8GiB -- "$TEST/vgpu_ipc" import "$WORK/ipc-handle"
step ipc-small 60 "$QUANTA" run --gpu 0 --mem 1GiB -- "$TEST/vgpu_ipc" import "$WORK/ipc-handle"
kill "$EXPORTER" 2>/dev/null; wait "$EXPORTER" 2>/dev/null

# -- A daemon restart under two running programs --------------------------------------
STEPS=6000
step restart-native 300 python3 "$WL/torch_train.py" --steps "$STEPS"
"$QUANTA" run --gpu 0 --mem 8GiB --vgpu ra -- python3 "$WL/torch_train.py" --steps "$STEPS" >"$RAW/restart-a.out" 2>"$RAW/restart-a.err" &
RA=$!
"$QUANTA" run --gpu 0 --mem 8GiB --vgpu rb -- python3 "$WL/torch_train.py" --steps "$STEPS" >"$RAW/restart-b.out" 2>"$RAW/restart-b.err" &
RB=$!
until_match "$RAW/restart-a.out" 'RESULT loss 500 ' 120 && until_match "$RAW/restart-b.out" 'RESULT loss 500 ' 120
python3 "$WL/ledger.py" snapshot "$SOCK" >"$RAW/restart-before.json"
stop_daemon
log "daemon stopped while both trained (at loss line $(grep -c 'RESULT loss' "$RAW/restart-a.out"))"
start_daemon daemon2
sleep 2
python3 "$WL/ledger.py" snapshot "$SOCK" >"$RAW/restart-after.json"
rc=0; wait "$RA" || rc=$?; echo "$rc" >"$RAW/restart-a.rc"
rc=0; wait "$RB" || rc=$?; echo "$rc" >"$RAW/restart-b.rc"
log "restart: programs ended rc=$(cat "$RAW/restart-a.rc"),$(cat "$RAW/restart-b.rc")"

# -- Overhead: allocation-heavy loop (in one process) and training loop (A/B runs) ----
# 2001 pairs at 4 KiB: a pair costs ~5 us natively and Quanta adds ~0.1 us, so the median
# difference needs thousands of samples to be read to a tenth of a percent (alloc_ab
# times larger sizes with 201). Five runs, judged on their median, show the spread
# between processes.
for r in 1 2 3 4 5; do
  step "alloc-ab.r$r" 120 "$QUANTA" run --gpu 0 --mem 16GiB -- env -u LD_PRELOAD "$WORK/build/alloc_ab" "$ROOT/native/build/libquanta.so" 2001 64
done
# Both sides pinned to the same four cores: on this VM the cores a process lands on
# alone moves its throughput by 10-40%.
PIN=(taskset -c 4-7)
TB=(python3 "$WL/torch_bench.py" --steps 200 --reps 3 --matmuls 300 --large-steps 60)
TB_PAIR=(python3 "$WL/torch_bench.py" --steps 200 --reps 3 --matmuls 300)
for r in 1 2 3 4 5 6 7; do
  if ((r % 2)); then
    step "train-native.r$r" 180 "${PIN[@]}" "${TB[@]}"
    step "train-quanta.r$r" 180 "${PIN[@]}" "$QUANTA" run --gpu 0 --mem 16GiB -- "${TB[@]}"
  else
    step "train-quanta.r$r" 180 "${PIN[@]}" "$QUANTA" run --gpu 0 --mem 16GiB -- "${TB[@]}"
    step "train-native.r$r" 180 "${PIN[@]}" "${TB[@]}"
  fi
done

# The same loop with native and Quanta running at the same time, on disjoint cores
# (swapped every round): whatever the VM's speed does to one, it does to the other.
for r in 1 2 3 4 5 6 7 8 9; do
  if ((r % 2)); then NCORES=2-5; QCORES=8-11; else NCORES=8-11; QCORES=2-5; fi
  timeout -k 5 240 taskset -c "$NCORES" "${TB_PAIR[@]}" >"$RAW/pair-native.r$r.out" 2>"$RAW/pair-native.r$r.err" </dev/null &
  PN=$!
  timeout -k 5 240 taskset -c "$QCORES" "$QUANTA" run --gpu 0 --mem 16GiB -- "${TB_PAIR[@]}" >"$RAW/pair-quanta.r$r.out" 2>"$RAW/pair-quanta.r$r.err" </dev/null &
  PQ=$!
  wait "$PN" "$PQ"
  log "concurrent round $r: native $(grep -h train_steps "$RAW/pair-native.r$r.out"), quanta $(grep -h train_steps "$RAW/pair-quanta.r$r.out")"
done

stop_daemon
cp "$RAW/daemon1.log" "$RAW/daemon2.log" "$RAW/env.txt" "$OUT/" 2>/dev/null
log "judging"
rc=0
python3 "$BENCH/memory_report.py" --raw "$RAW" --out "$OUT" || rc=$?
tar -czf "$OUT/memory-raw.tar.gz" -C "$WORK" raw 2>/dev/null
exit "$rc"
