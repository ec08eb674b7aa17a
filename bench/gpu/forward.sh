#!/usr/bin/env bash
# GPU check for API forwarding (issue 12): first, which of the driver's private tables
# (cuGetExportTable) each program uses, traced natively under libquanta.so
# (QUANTA_TRACE_EXPORT_TABLES=1); then each program natively and as a GPU-less client of an
# executor on this host's driver, over shared memory, a Unix socket and loopback TCP: outputs
# compared, and the client shown not to map the NVIDIA driver or open /dev/nvidia* (from
# /proc while it runs). Programs: a driver-API program (kernels from PTX), vec.cu with
# static and shared cudart, PyTorch inference of a small model, the CuPy program, a
# PyTorch training step and greedy decoding (timed; decoding's round trips per token).
#
#   export OUT=... QUANTA_COMMIT=<sha>; bash bench/gpu/forward.sh
#
# Writes $OUT/forward-report.md and forward-raw.tar.gz. About 3 to 4 minutes.
set -uo pipefail
HARNESS=forward.sh WORK_DEFAULT=/tmp/quanta-forward-bench
# shellcheck source=bench/gpu/harness.sh
. "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
ensure_node
make -s -j8 -C native >"$RAW/build.log" 2>&1 || log "native build failed: $(tail -n 3 "$RAW/build.log")"
EXEC=$ROOT/native/build/quanta-executor
CLIENT_DIR=$ROOT/native/build/forward
B=$WORK/build
mkdir -p "$B"
nvcc -ptx -arch=native -o "$B/fwd_driver.ptx" "$WL/fwd_driver.cu" >"$RAW/nvcc-ptx.log" 2>&1 || nvcc -ptx -arch=sm_90 -o "$B/fwd_driver.ptx" "$WL/fwd_driver.cu" >>"$RAW/nvcc-ptx.log" 2>&1
# The driver-API program's host side is plain C++ against cuda.h (its kernels come from the PTX).
CUDA_HOME=${CUDA_HOME:-$(dirname "$(dirname "$(command -v nvcc)")")}
g++ -O2 -x c++ -I"$CUDA_HOME/include" -o "$B/fwd_driver" "$WL/fwd_driver.cu" -L"$CUDA_HOME/lib64/stubs" -L"$CUDA_HOME/lib64" -lcuda >"$RAW/gxx-driver.log" 2>&1
nvcc -arch=native -o "$B/vec_static" "$WL/vec.cu" >"$RAW/nvcc-vec.log" 2>&1 || nvcc -arch=sm_90 -o "$B/vec_static" "$WL/vec.cu" >>"$RAW/nvcc-vec.log" 2>&1
nvcc -arch=native -cudart shared -o "$B/vec_shared" "$WL/vec.cu" >>"$RAW/nvcc-vec.log" 2>&1 || nvcc -arch=sm_90 -cudart shared -o "$B/vec_shared" "$WL/vec.cu" >>"$RAW/nvcc-vec.log" 2>&1
export QUANTA_REMOTE_TOKEN=forward-bench-$RANDOM$RANDOM
# QUANTA_FWD_PROGRAMS narrows the programs (default all) when device time is short.
read -ra PROGRAMS <<<"${QUANTA_FWD_PROGRAMS:-fwd_driver vec_static vec_shared torch_infer cupy torch_step torch_decode}"
# program_cmd NAME: the command line of a program.
program_cmd() {
  case $1 in
    fwd_driver) echo "$B/fwd_driver $B/fwd_driver.ptx" ;;
    vec_static | vec_shared) echo "$B/$1" ;;
    torch_infer) echo "python3 $WL/fwd_torch_infer.py" ;;
    cupy) echo "python3 $WL/cupy_prog.py" ;;
    torch_step) echo "python3 $WL/fwd_torch_step.py" ;;
    torch_decode) echo "python3 $WL/fwd_torch_decode.py" ;;
    jax) echo "python3 $WL/jax_prog.py" ;;       # not in the default list: QUANTA_FWD_PROGRAMS="jax triton"
    triton) echo "python3 $WL/triton_prog.py" ;;
  esac
}
REPORT=$OUT/forward-report.md
{
  echo "# API forwarding on $(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -n 1)"
  echo
  echo "commit ${QUANTA_COMMIT:-unknown}, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
} >"$REPORT"

# The private tables each program asks the real driver for, and the entries it calls.
{
  echo
  echo "## Private driver tables used natively (QUANTA_TRACE_EXPORT_TABLES=1 under quanta run)"
  echo
} >>"$REPORT"
# (Only with QUANTA_FWD_TRACE_TABLES=1: known since the 2026-12-07 H200 run, and slow.)
for name in "${PROGRAMS[@]}"; do
  [ "${QUANTA_FWD_TRACE_TABLES:-0}" = 1 ] || break
  # shellcheck disable=SC2046
  QUANTA_TRACE_EXPORT_TABLES=1 timeout 120 "$QUANTA" run -- $(program_cmd "$name") >"$RAW/$name-trace.out" 2>&1
  echo "$name (rc $?):" >>"$REPORT"
  grep -o 'export table .*' "$RAW/$name-trace.out" | sed -E 's/\(0x[0-9a-f, x]*\)//; s/returned 0x[0-9a-f]+/returned/' | sort | uniq -c | sed 's/^/    /' >>"$REPORT"
done
{
  echo
  echo "## Forwarded"
  echo
  echo "| program | transport | native | forwarded | same output | client maps the driver | client opens /dev/nvidia* |"
  echo "|---|---|---|---|---|---|---|"
} >>"$REPORT"

# run_pair NAME TRANSPORT CMD...: natively, then forwarded; one report row.
run_pair() {
  local name=$1 transport=$2 addr
  shift 2
  FWD_TIMING_OUT=$RAW/$name-native-$transport.timing timeout 120 "$@" >"$RAW/$name-native.out" 2>&1
  local native_rc=$?
  if [ "$transport" = tcp ]; then addr="tcp:127.0.0.1:0"; else addr="unix:$WORK/exec-$name.sock"; fi
  # One module cache for every executor of the run, as quanta serve gives them: over TCP
  # a program's second session (and a later program's, for images they share) names them.
  QUANTA_EXECUTOR_TRACE=1 QUANTA_EXECUTOR_MODULE_CACHE="$WORK/module-cache" "$EXEC" --listen "$addr" >"$RAW/$name-$transport-executor.log" 2>&1 &
  local epid=$! i
  for ((i = 0; i < 100; i++)); do grep -q 'listening on' "$RAW/$name-$transport-executor.log" && break; sleep 0.05; done
  addr=$(sed -n 's/^listening on //p' "$RAW/$name-$transport-executor.log")
  [ "$transport" = shm ] && addr=shm:${addr#unix:}
  env -i PATH="$PATH" HOME="$HOME" LD_LIBRARY_PATH="$CLIENT_DIR" QUANTA_REMOTE="$addr" QUANTA_REMOTE_TOKEN="$QUANTA_REMOTE_TOKEN" QUANTA_REMOTE_STATS=1 TRITON_LIBCUDA_PATH="$CLIENT_DIR" \
    FWD_TIMING_OUT="$RAW/$name-$transport.timing" \
    timeout 120 "$@" >"$RAW/$name-$transport.out" 2>&1 &
  local cpid=$! maps=unknown fds=unknown
  sleep 0.3
  if [ -r "/proc/$cpid/maps" ]; then
    # timeout's child is the program
    local prog
    prog=$(pgrep -P "$cpid" | head -n 1)
    prog=${prog:-$cpid}
    maps=$(grep -v "$CLIENT_DIR" "/proc/$prog/maps" 2>/dev/null | grep -cE 'libcuda\.so|libnvidia' || true)
    fds=$(ls -l "/proc/$prog/fd" 2>/dev/null | grep -c '/dev/nvidia' || true)
  fi
  wait "$cpid"
  local rc=$?
  kill "$epid" 2>/dev/null
  wait "$epid" 2>/dev/null
  local same=no
  if diff <(grep -v '^quanta-remote' "$RAW/$name-native.out") <(grep -v '^quanta-remote' "$RAW/$name-$transport.out") >/dev/null; then same=yes; fi
  echo "| $name | $transport | rc $native_rc | rc $rc | $same | $maps | $fds |" >>"$REPORT"
  log "$name $transport: native rc $native_rc, forwarded rc $rc, same output $same, driver libs mapped $maps, /dev/nvidia fds $fds"
}

# QUANTA_FWD_TRANSPORTS narrows the transports (default all three) when device time is short.
for t in ${QUANTA_FWD_TRANSPORTS:-shm unix tcp}; do
  for name in "${PROGRAMS[@]}"; do
    # shellcheck disable=SC2046
    run_pair "$name" "$t" $(program_cmd "$name")
  done
done
# Round trips per generated token: the decode again with half the tokens (over shared
# memory, the first transport); the difference of the two runs' counts over the tokens.
if [[ " ${PROGRAMS[*]} " == *" torch_decode "* ]]; then
  first_t=$(echo "${QUANTA_FWD_TRANSPORTS:-shm unix tcp}" | awk '{ print $1 }')
  run_pair torch_decode_half "$first_t" python3 "$WL/fwd_torch_decode.py" --tokens 32
fi
{
  echo
  echo "The forwarding client's log lines (what it does not forward yet), per program:"
  echo
  for name in "${PROGRAMS[@]}"; do
    echo "$name:"
    cat "$RAW/$name"-shm.out "$RAW/$name"-unix.out "$RAW/$name"-tcp.out 2>/dev/null | grep -h 'quanta-remote' | grep -v 'stats:' | sed -E 's/\[[0-9]+\]//' | sort | uniq -c | sed 's/^/    /'
  done
  echo
  echo "## A GPU-bound PyTorch training step (fwd_torch_step.py: 4 transformer layers, width 1024, batch 32 x 256; median of 30 steps)"
  echo
  echo "| transport | native ms | forwarded ms | forwarded / native | target |"
  echo "|---|---|---|---|---|"
  for t in shm unix tcp; do # each beside the native run just before it
    native_ms=$(awk '{ print $2 }' "$RAW/torch_step-native-$t.timing" 2>/dev/null)
    ms=$(awk '{ print $2 }' "$RAW/torch_step-$t.timing" 2>/dev/null)
    target=-
    [ "$t" = shm ] && target="<= 1.10x"
    [ "$t" = tcp ] && target="<= 1.25x"
    ratio=n/a
    [ -n "$native_ms" ] && [ -n "$ms" ] && ratio=$(awk -v a="$ms" -v b="$native_ms" 'BEGIN { printf "%.3fx", a / b }')
    echo "| $t | ${native_ms:-n/a} | ${ms:-n/a} | $ratio | $target |"
  done
  echo
  echo "## Greedy decoding, batch 1 (fwd_torch_decode.py: 4 layers, width 512, 64 tokens, no KV cache; launch-bound)"
  echo
  echo "| transport | native tokens/s | forwarded tokens/s | forwarded / native | target |"
  echo "|---|---|---|---|---|"
  for t in shm unix tcp; do
    native_tps=$(awk '/tokens_per_s/ { print $2 }' "$RAW/torch_decode-native-$t.timing" 2>/dev/null)
    tps=$(awk '/tokens_per_s/ { print $2 }' "$RAW/torch_decode-$t.timing" 2>/dev/null)
    target=-
    [ "$t" = shm ] && target=">= 50%"
    [ "$t" = tcp ] && target=">= 35%"
    ratio=n/a
    [ -n "$native_tps" ] && [ -n "$tps" ] && ratio=$(awk -v a="$tps" -v b="$native_tps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
    echo "| $t | ${native_tps:-n/a} | ${tps:-n/a} | $ratio | $target |"
  done
  rt() { sed -nE 's/.*stats: ([0-9]+) round trips.*/\1/p' "$1" 2>/dev/null | tail -n 1; }
  full_t=$(echo "${QUANTA_FWD_TRANSPORTS:-shm unix tcp}" | awk '{ print $1 }')
  full=$(rt "$RAW/torch_decode-$full_t.out")
  half=$(rt "$RAW/torch_decode_half-$full_t.out")
  echo
  if [ -n "$full" ] && [ -n "$half" ]; then
    echo "Round trips per generated token (QUANTA_REMOTE_STATS=1; 64 tokens: $full, 32 tokens: $half): $(awk -v a="$full" -v b="$half" 'BEGIN { printf "%.2f", (a - b) / 32 }')"
  else
    echo "Round trips per generated token: n/a (a decode run did not finish)"
  fi
  echo
  echo "Each forwarded program's client counts (QUANTA_REMOTE_STATS=1), per transport:"
  echo
  for name in "${PROGRAMS[@]}"; do
    for t in shm unix tcp; do
      line=$(grep -h 'stats:' "$RAW/$name-$t.out" 2>/dev/null | tail -n 1 | sed -E 's/^quanta-remote\[[0-9]+\]: stats: //')
      [ -n "$line" ] && echo "    $name $t: $line"
    done
  done
  echo
  echo "The module cache over TCP (an executor's line at its session's end; programs in this order, sharing one cache):"
  echo
  for name in "${PROGRAMS[@]}"; do
    echo "    $name: $(grep -h 'module cache' "$RAW/$name-tcp-executor.log" 2>/dev/null | sed -E 's/^quanta-executor\[[0-9]+\]: //' | head -n 1)"
  done
  echo
  echo "The executor's last lines (QUANTA_EXECUTOR_TRACE=1: each call and its result; a crash names its call), over shared memory:"
  echo
  for name in "${PROGRAMS[@]}"; do
    echo "$name:"
    grep -v '^listening on' "$RAW/$name-shm-executor.log" 2>/dev/null | tail -n 6 | sed -E 's/\[[0-9]+\]//; s/^/    /'
  done
} >>"$REPORT"
tar czf "$OUT/forward-raw.tar.gz" -C "$WORK" raw
cat "$REPORT"
