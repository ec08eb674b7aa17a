#!/usr/bin/env bash
# API forwarding's figures (issue 12), each next to native and to the raw transport in the
# same run: a synchronous call's round trip, empty-kernel launches per second, and pageable
# copies from 4 KiB to 256 MiB, natively and forwarded over shared memory, a Unix socket
# and loopback TCP; the raw sockets' 64-byte ping-pong and stream beside them.
#
#   export OUT=... QUANTA_COMMIT=<sha>; bash bench/gpu/forward_bench.sh
#
# Writes $OUT/forward-bench.md (the table, with the issue's targets) and
# forward-bench-raw.tar.gz. About 2 minutes.
set -uo pipefail
HARNESS=forward_bench.sh WORK_DEFAULT=/tmp/quanta-forward-figures
# shellcheck source=bench/gpu/harness.sh
. "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
make -s -j8 -C native >"$RAW/build.log" 2>&1 || log "native build failed: $(tail -n 3 "$RAW/build.log")"
EXEC=$ROOT/native/build/quanta-executor
CLIENT_DIR=$ROOT/native/build/forward
B=$WORK/build
mkdir -p "$B"
CUDA_HOME=${CUDA_HOME:-$(dirname "$(dirname "$(command -v nvcc)")")}
nvcc -ptx -arch=native -o "$B/fwd_bench.ptx" "$WL/fwd_bench.cu" >"$RAW/nvcc.log" 2>&1 || nvcc -ptx -arch=sm_90 -o "$B/fwd_bench.ptx" "$WL/fwd_bench.cu" >>"$RAW/nvcc.log" 2>&1
g++ -O2 -x c++ -I"$CUDA_HOME/include" -o "$B/fwd_bench" "$WL/fwd_bench.cu" -L"$CUDA_HOME/lib64/stubs" -L"$CUDA_HOME/lib64" -lcuda >"$RAW/gxx.log" 2>&1
gcc -O2 -o "$B/raw_transport" "$WL/raw_transport.c" >"$RAW/gcc.log" 2>&1
export QUANTA_REMOTE_TOKEN=forward-figures-$RANDOM$RANDOM
SIZES="4096 65536 1048576 16777216 268435456"

# fig TRANSPORT ARGS...: fwd_bench natively (TRANSPORT native) or through a fresh executor.
fig() {
  local t=$1 addr epid
  shift
  if [ "$t" = shm1 ]; then # shared memory with the client copying on one thread (no helpers)
    QUANTA_REMOTE_COPY_THREADS=0 fig shm "$@" | sed "s/^RESULT shm /RESULT shm1 /"
    return
  fi
  if [ "$t" = shmpin ]; then # shared memory, the rings page-locked by the executor
    QUANTA_EXECUTOR_PIN_RINGS=1 fig shm "$@" | sed "s/^RESULT shm /RESULT shmpin /"
    return
  fi
  if [ "$t" = native ]; then
    timeout 120 "$B/fwd_bench" "$@" 2>&1 | sed "s/^RESULT /RESULT $t /"
    return
  fi
  if [ "$t" = tcp ]; then addr=tcp:127.0.0.1:0; else addr=unix:$WORK/exec.sock; fi
  rm -f "$WORK/exec.sock"
  QUANTA_EXECUTOR_STATS=1 "$EXEC" --listen "$addr" >"$RAW/exec-$t-$1.log" 2>&1 &
  epid=$!
  for ((i = 0; i < 100; i++)); do grep -q 'listening on' "$RAW/exec-$t-$1.log" && break; sleep 0.05; done
  addr=$(sed -n 's/^listening on //p' "$RAW/exec-$t-$1.log")
  [ "$t" = shm ] && addr=shm:${addr#unix:}
  env -i PATH="$PATH" LD_LIBRARY_PATH="$CLIENT_DIR" QUANTA_REMOTE="$addr" QUANTA_REMOTE_TOKEN="$QUANTA_REMOTE_TOKEN" ${QUANTA_REMOTE_COPY_THREADS:+QUANTA_REMOTE_COPY_THREADS=$QUANTA_REMOTE_COPY_THREADS} \
    timeout 120 "$B/fwd_bench" "$@" 2>&1 | sed "s/^RESULT /RESULT $t /"
  # The session is over: the executor writes its statistics and exits by itself.
  for ((i = 0; i < 60; i++)); do kill -0 "$epid" 2>/dev/null || break; sleep 0.05; done
  kill "$epid" 2>/dev/null
  wait "$epid" 2>/dev/null
}

{
  # QUANTA_FWD_TRANSPORTS narrows the forwarded transports (default all three).
  for t in native ${QUANTA_FWD_TRANSPORTS:-shm unix tcp}; do
    fig "$t" rtt 100000
    fig "$t" launch 200000 "$B/fwd_bench.ptx"
    # shellcheck disable=SC2086
    fig "$t" copy $SIZES
  done
  # shellcheck disable=SC2086
  fig shm1 copy $SIZES
  # shellcheck disable=SC2086
  fig shmpin copy $SIZES
  for k in unix tcp; do
    "$B/raw_transport" pingpong "$k" 100000
    "$B/raw_transport" stream "$k" 4000000000
  done
} >"$RAW/results.txt" 2>&1
log "$(grep -c RESULT "$RAW/results.txt") results; $(grep -v '^RESULT' "$RAW/results.txt" | head -n 5 | tr '\n' ' ')"
# Where a small copy's time goes: natively per copy, and forwarded the executor's time in
# the driver per call (QUANTA_EXECUTOR_STATS) beside the time per copy the program saw.
for t in native shm unix; do
  fig "$t" copy 4096 >"$RAW/small-$t.txt" 2>&1
  [ "$t" != native ] && cp "$RAW/exec-$t-copy.log" "$RAW/small-exec-$t.log"
done
python3 "$BENCH/forward_report.py" "$RAW/results.txt" "${QUANTA_COMMIT:-unknown}" "$(nvidia-smi --query-gpu=name,driver_version --format=csv,noheader | head -n 1)" >"$OUT/forward-bench.md"
tar czf "$OUT/forward-bench-raw.tar.gz" -C "$WORK" raw
{
  echo
  echo "## 4 KiB copies: where the time goes"
  echo
  for t in native shm unix; do
    awk -v t="$t" '/^RESULT/ { printf "- %s %s: %.2f us per copy\n", t, $3, 4096 / $4 / 1000 }' "$RAW/small-$t.txt"
    [ "$t" != native ] && grep -h 'stats: cuMemcpy' "$RAW/small-exec-$t.log" | sed -E 's/^quanta-executor\[[0-9]+\]: stats: /  - in the executor: /'
  done
} >>"$OUT/forward-bench.md"
cat "$OUT/forward-bench.md"
