#!/usr/bin/env bash
# GPU harness for Quanta: correctness, overhead and bad-input checks, every one
# comparing a native run against a run under `bin/quanta run` in the same call.
#
#   bash bench/gpu/run.sh [--quick]
#
# Run from anywhere (it cds to the repo root). Writes into $OUT (default
# /tmp/quanta-gpu-out): report.md, report.json, harness.log, raw.tar.gz (every
# step's stdout/stderr/trace). Prints one line per step while it runs and a
# short summary table last. Exit status: 0 when every check passed, 1 when
# some failed, 2 when the report could not be written. See docs/GPU.md.
# Environment: OUT (output folder), QUANTA_BENCH_WORK (scratch, default
# /tmp/quanta-gpu-bench, wiped at start), QUANTA (the CLI, default bin/quanta).
#
# One failing check never stops the run: each step's exit status is recorded
# in $WORK/steps.tsv and the run goes on. Every step runs under a timeout, and
# a global deadline (HARD_S) keeps the whole call inside the device tool's
# per-command limit; overhead rounds stop early past SOFT_S.
set -euo pipefail
if [ "${BASH_VERSINFO[0]}" -lt 5 ]; then echo "run.sh: needs bash >= 5 (EPOCHREALTIME)" >&2; exit 2; fi

QUICK=0
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BENCH=$ROOT/bench/gpu
WL=$BENCH/workloads
OUT=${OUT:-/tmp/quanta-gpu-out}
WORK=${QUANTA_BENCH_WORK:-/tmp/quanta-gpu-bench}
QUANTA=${QUANTA:-$ROOT/bin/quanta}
BUILD=$WORK/build
RAW=$WORK/raw
STEPS=$WORK/steps.tsv
ENVF=$WORK/env.txt
LOG=$OUT/harness.log

case "$WORK" in
  /tmp/?*|"$HOME"/?*) ;;
  *) echo "run.sh: refusing to use work folder '$WORK' (must be under /tmp or \$HOME)" >&2; exit 2 ;;
esac
mkdir -p "$OUT"
rm -rf "$WORK"
mkdir -p "$BUILD" "$RAW" "$WORK/cache"
: >"$LOG"
: >"$ENVF"
printf 'name\tkind\tmode\tround\trc\tseconds\tout\terr\ttrace\tcommand\n' >"$STEPS"

if [ "$QUICK" = 1 ]; then
  ROUNDS=3; LAUNCH_N=50000; LAUNCH_REPS=3
  TB_ARGS=(--steps 100 --reps 2 --matmuls 300)
  TRAIN_STEPS=200
  SOFT_S=140; HARD_S=300
else
  ROUNDS=7; LAUNCH_N=200000; LAUNCH_REPS=5
  TB_ARGS=(--steps 200 --reps 3 --matmuls 1000)
  TRAIN_STEPS=240
  SOFT_S=400; HARD_S=500
fi
SOFT_S=${QUANTA_BENCH_SOFT_S:-$SOFT_S}   # stop starting overhead rounds after this
HARD_S=${QUANTA_BENCH_HARD_S:-$HARD_S}   # no step runs past this (seconds since start)
T_CORRECT=150   # per correctness step, seconds
T_BENCH=90      # per overhead step
T_BUILD=180     # per build step

# Environment shared by every workload, native and Quanta alike.
export PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
export CUBLAS_WORKSPACE_CONFIG=:4096:8

T0=$EPOCHREALTIME
elapsed() { awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
elapsed_int() { awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d", b - a }'; }
log() { printf '[%6ss] %s\n' "$(elapsed)" "$*" | tee -a "$LOG"; }

# record NAME KIND MODE ROUND RC SECONDS OUT ERR TRACE COMMAND
record() {
  local cmd=${10//$'\t'/ }
  cmd=${cmd//$'\n'/ }
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "$cmd" >>"$STEPS"
}

# quote a command the way a shell would need it
quote() { local s; printf -v s '%q ' "$@"; printf '%s' "${s% }"; }

# run_step NAME KIND MODE ROUND TIMEOUT TRACE -- CMD...
# Runs CMD with stdout/stderr to $RAW/NAME.MODE[.rROUND].{out,err}, under a
# timeout clipped to the global deadline, and records the outcome. Never fails.
run_step() {
  local name=$1 kind=$2 mode=$3 round=$4 tmo=$5 trace=$6
  shift 7
  local tag=$name.$mode
  [ "$round" != "-" ] && tag=$tag.r$round
  local out=raw/$tag.out err=raw/$tag.err
  local left=$((HARD_S - $(elapsed_int)))
  if [ "$left" -lt 15 ]; then
    echo "skipped: global deadline (HARD_S=$HARD_S) reached" >"$WORK/$err"
    : >"$WORK/$out"
    record "$name" "$kind" "$mode" "$round" skipped 0 "$out" "$err" "$trace" "$(quote "$@")"
    log "SKIP $tag (deadline)"
    return 0
  fi
  [ "$tmo" -gt "$left" ] && tmo=$left
  local t0=$EPOCHREALTIME rc=0
  timeout -k 10 "$tmo" "$@" >"$WORK/$out" 2>"$WORK/$err" </dev/null || rc=$?
  local dt
  dt=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }')
  record "$name" "$kind" "$mode" "$round" "$rc" "$dt" "$out" "$err" "$trace" "$(quote "$@")"
  if [ "$rc" = 0 ]; then log "ok   $tag (${dt}s)"; else log "FAIL $tag rc=$rc (${dt}s): $(tail -n 1 "$WORK/$err" | cut -c1-160)"; fi
  return 0
}

# run_pair NAME -- CMD...: one native run, then one traced run under Quanta.
# Triton and CuPy kernel caches are per mode, so both runs compile cold.
run_pair() {
  local name=$1
  shift 2
  local trace=raw/$name.trace.jsonl
  rm -f "$WORK/$trace"
  local m
  for m in native quanta; do
    local envs=(env "TRITON_CACHE_DIR=$WORK/cache/$m/triton" "CUPY_CACHE_DIR=$WORK/cache/$m/cupy")
    if [ "$m" = native ]; then
      run_step "$name" correct native - "$T_CORRECT" - -- "${envs[@]}" "$@"
    else
      run_step "$name" correct quanta - "$T_CORRECT" "$trace" -- "${envs[@]}" \
        "$QUANTA" run --trace --trace-out "$WORK/$trace" -- "$@"
    fi
  done
}

# bench_rounds NAME -- CMD...: native and Quanta (pass-through, no trace)
# alternating, the order flipped every round (N Q, Q N, N Q, ...).
bench_rounds() {
  local name=$1
  shift 2
  local r
  for ((r = 1; r <= ROUNDS; r++)); do
    if [ "$(elapsed_int)" -ge "$SOFT_S" ]; then
      log "stop $name after $((r - 1)) rounds: time budget (SOFT_S=$SOFT_S)"
      record "$name" overhead-truncated - "$r" skipped 0 - - - "rounds stopped at the time budget"
      break
    fi
    if ((r % 2)); then
      run_step "$name" overhead native "$r" "$T_BENCH" - -- "$@"
      run_step "$name" overhead quanta "$r" "$T_BENCH" - -- "$QUANTA" run -- "$@"
    else
      run_step "$name" overhead quanta "$r" "$T_BENCH" - -- "$QUANTA" run -- "$@"
      run_step "$name" overhead native "$r" "$T_BENCH" - -- "$@"
    fi
  done
}

envkv() { printf '%s=%s\n' "$1" "${2//$'\n'/ }" >>"$ENVF"; }
# envcmd KEY CMD...: record CMD's output as KEY, or "unknown" if it fails or prints nothing
envcmd() {
  local key=$1 v
  shift
  v=$("$@" 2>/dev/null) || v=""
  [ -n "$v" ] || v=unknown
  envkv "$key" "$v"
}

log "Quanta GPU harness: mode=$([ "$QUICK" = 1 ] && echo quick || echo full) rounds=$ROUNDS root=$ROOT out=$OUT work=$WORK"

# ---------------------------------------------------------------- setup ----
if ! command -v node >/dev/null 2>&1; then
  if [ -s .device/node.xz ]; then
    run_step node-install setup - - 60 - -- bash -c 'xz -dc .device/node.xz > /usr/local/bin/node && chmod +x /usr/local/bin/node'
  else
    record node-install setup - - missing 0 - - - "node not on PATH and .device/node.xz absent"
    log "FAIL node: not on PATH and .device/node.xz absent (carry .device)"
  fi
fi
if [ ! -f dist/src/cli/main.js ]; then
  record dist-present setup - - missing 0 - - - "test -f dist/src/cli/main.js"
  log "FAIL dist/src/cli/main.js missing (carry dist, built on the dev machine)"
fi
run_step native-build setup - - "$T_BUILD" - -- make -s -C native
if [ ! -f native/build/libquanta.so ]; then
  record libquanta-present setup - - missing 0 - - - "test -f native/build/libquanta.so"
  log "FAIL native/build/libquanta.so missing after make"
fi

# The API description against this driver: cuGetProcAddress picks the symbols it predicts
# (native, no interposer), and under Quanta every symbol, through every lookup path, is
# Quanta's wrapper (the same test CI runs on fakecuda).
run_step procaddr-versions setup native - 60 - -- native/build/test/procaddr_versions
run_step lookup-paths setup quanta - 120 - -- "$QUANTA" run -- native/build/test/lookup_paths
# What `npm start` runs, on the GPU; and NVML passing through (nvidia-smi loads it by name).
run_step demo setup quanta - 60 - -- "$QUANTA" demo
run_step nvidia-smi setup quanta - 60 raw/nvidia-smi.trace.jsonl -- "$QUANTA" run --trace --trace-out "$WORK/raw/nvidia-smi.trace.jsonl" -- nvidia-smi

envkv date_utc "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
envkv mode "$([ "$QUICK" = 1 ] && echo quick || echo full)"
envkv rounds "$ROUNDS"
envkv launch_n "$LAUNCH_N"
envkv launch_reps "$LAUNCH_REPS"
envkv torch_bench_args "${TB_ARGS[*]}"
envkv train_steps "$TRAIN_STEPS"
if git rev-parse --git-dir >/dev/null 2>&1; then
  envkv git_commit "$(git rev-parse HEAD 2>/dev/null || echo unknown)"
  envkv git_dirty_files "$(git status --porcelain 2>/dev/null | wc -l | tr -d ' ')"
else
  envkv git_commit "unknown (no .git in the copied tree)"
fi
envcmd kernel bash -o pipefail -c 'uname -sr'
envcmd cpu bash -o pipefail -c "awk -F': ' '/model name/ { print \$2; exit }' /proc/cpuinfo"
envcmd nproc nproc
envcmd gpu bash -o pipefail -c 'nvidia-smi --query-gpu=name,driver_version,memory.total,pci.bus_id --format=csv,noheader | head -n 1'
envcmd gpu_count bash -o pipefail -c 'nvidia-smi -L | wc -l'
envcmd driver_cuda bash -o pipefail -c "nvidia-smi | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n 1"
envcmd nvcc bash -o pipefail -c "nvcc --version | sed -n 's/.*release \([^,]*\), \(.*\)/\1 (\2)/p' | head -n 1"
envcmd gcc gcc -dumpfullversion
envcmd node node --version
envcmd python python3 -c 'import sys; print(sys.version.split()[0], sys.executable)'
python3 - >>"$ENVF" 2>>"$LOG" <<'PY' || true
import importlib
for mod in ("torch", "jax", "jaxlib", "cupy", "triton", "numpy"):
    try:
        m = importlib.import_module(mod)
        v = getattr(m, "__version__", "?")
        if mod == "torch":
            v += f" (cuda {m.version.cuda}, cudnn {m.backends.cudnn.version()})"
        print(f"{mod}={v}")
    except Exception as e:  # noqa: BLE001 - record whatever broke the import
        print(f"{mod}=unavailable ({type(e).__name__}: {str(e)[:120]})")
PY
log "env: $(grep -E '^(gpu|driver_cuda|nvcc|torch|jax|cupy|triton)=' "$ENVF" | tr '\n' ';' | cut -c1-400)"

# ---------------------------------------------------------------- build ----
# All CUDA builds go to $BUILD, with -arch=native when nvcc can see the GPU,
# else sm_90 (H100/H200). The driver-API programs link -lcuda; if the linker
# finds no libcuda.so, fall back to the driver's libcuda.so.1 by full name.
ARCH=native
echo '__global__ void k() {} int main() { return 0; }' >"$BUILD/probe.cu"
if ! nvcc -arch=native -o "$BUILD/probe" "$BUILD/probe.cu" >"$BUILD/probe.log" 2>&1 \
   || grep -qi "cannot find valid GPU" "$BUILD/probe.log"; then
  ARCH=sm_90
  log "nvcc -arch=native found no GPU; building for $ARCH"
fi
cat "$BUILD/probe.log" >>"$LOG"
envkv nvcc_arch "$ARCH"
# Where nvcc links libcudart from: the shared-cudart build gets it as rpath,
# so it runs whether or not that folder is in the loader's cache.
CUDART_DIR=$(nvcc --dryrun -o "$BUILD/probe" "$BUILD/probe.cu" 2>&1 \
  | sed -n 's/^#\$ LIBRARIES=.*"-L\([^"]*\)"[^"]*$/\1/p' | head -n 1 || true)
for d in "$CUDART_DIR" /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib; do
  if [ -n "$d" ] && compgen -G "$d/libcudart.so*" >/dev/null; then CUDART_DIR=$d; break; fi
done
envkv cudart_dir "$CUDART_DIR"
LCUDA=(-lcuda)
echo 'extern "C" int cuInit(unsigned); int main() { return cuInit(0) == 12345; }' >"$BUILD/probe_lcuda.cu"
if ! nvcc -o "$BUILD/probe_lcuda" "$BUILD/probe_lcuda.cu" -lcuda >>"$LOG" 2>&1; then
  libdir=$(ldconfig -p 2>/dev/null | awk '/libcuda\.so\.1 .*x86-64/ { print $NF; exit }' | xargs -r dirname)
  if [ -n "$libdir" ]; then LCUDA=(-L"$libdir" -l:libcuda.so.1); fi
  log "plain -lcuda did not link; using ${LCUDA[*]}"
fi
envkv lcuda "${LCUDA[*]}"

NV=(nvcc -O2 -arch="$ARCH" -I"$WL")
build_pids=()
build() {  # build NAME CMD... (in the background)
  local name=$1
  shift
  run_step "build-$name" build - - "$T_BUILD" - -- "$@" &
  build_pids+=($!)
}
build vec_static "${NV[@]}" -o "$BUILD/vec_static" "$WL/vec.cu"
build vec_shared "${NV[@]}" -cudart shared -Xlinker -rpath="$CUDART_DIR" -o "$BUILD/vec_shared" "$WL/vec.cu"
build launch_rate "${NV[@]}" -o "$BUILD/launch_rate" "$WL/launch_rate.cu" "${LCUDA[@]}"
build bad_input "${NV[@]}" -o "$BUILD/bad_input" "$WL/bad_input.cu" "${LCUDA[@]}"
build launch_ab "${NV[@]}" -o "$BUILD/launch_ab" "$WL/launch_ab.cu" "${LCUDA[@]}" -ldl
for p in "${build_pids[@]}"; do wait "$p" || true; done

# ------------------------------------------------------------------ CLI ----
run_step cli-no-command cli quanta - 60 - -- "$QUANTA" run
run_step cli-missing-command cli quanta - 60 - -- "$QUANTA" run -- no-such-command-xyz
run_step cli-missing-command-no-dashes cli quanta - 60 - -- "$QUANTA" run no-such-command-xyz
run_step cli-exit-status cli quanta - 60 - -- "$QUANTA" run -- sh -c 'exit 7'

# ---------------------------------------------------------- correctness ----
run_pair torch_train -- python3 "$WL/torch_train.py" --steps "$TRAIN_STEPS"
run_pair jax -- python3 "$WL/jax_prog.py"
run_pair cupy -- python3 "$WL/cupy_prog.py"
run_pair triton -- python3 "$WL/triton_prog.py"
run_pair cuda_static_cudart -- "$BUILD/vec_static"
run_pair cuda_shared_cudart -- "$BUILD/vec_shared"
run_pair bad_input -- "$BUILD/bad_input"

# ------------------------------------------------------------- overhead ----
# The added cost per call, in one process (native and wrapper batches alternating): the
# step fails if Quanta adds 100 ns or more to cuLaunchKernel.
run_step launch-ab setup native - 120 - -- "$BUILD/launch_ab" "$ROOT/native/build/libquanta.so" 201 256
bench_rounds launch_rate -- "$BUILD/launch_rate" "$LAUNCH_N" "$LAUNCH_REPS" 256
bench_rounds torch_bench -- python3 "$WL/torch_bench.py" "${TB_ARGS[@]}"

# --------------------------------------------------------------- report ----
envkv total_seconds "$(elapsed)"
log "writing report"
rc=0
python3 "$BENCH/report.py" --work "$WORK" --out "$OUT" >"$WORK/summary.txt" 2>>"$LOG" || rc=$?
# Raw outputs travel in one archive (the device tool returns at most 8 files).
tar -czf "$OUT/raw.tar.gz" -C "$WORK" raw steps.tsv env.txt 2>>"$LOG" || true
if [ -f "$OUT/raw.tar.gz" ] && [ "$(stat -c %s "$OUT/raw.tar.gz")" -gt $((15 * 1024 * 1024)) ]; then
  rm -f "$OUT/raw.tar.gz"
  log "raw.tar.gz over 15 MiB: dropped"
fi
log "done in $(elapsed)s; report.py exit $rc"
cat "$WORK/summary.txt"
if [ "$rc" -gt 1 ]; then
  # report.py broke: still leave the lead something to read.
  echo "report.py failed (exit $rc); its traceback is in harness.log. Steps (name mode round rc seconds):"
  awk -F'\t' 'NR > 1 { printf "  %-32s %-7s %-3s %-8s %s\n", $1, $3, $4, $5, $6 }' "$STEPS"
  tail -n 15 "$LOG"
  rc=2
fi
exit "$rc"
