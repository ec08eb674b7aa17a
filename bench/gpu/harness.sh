# What the GPU harnesses share (sourced by memory.sh and compute.sh; run.sh keeps its own,
# older, clock): the repo paths, a fresh work folder under /tmp with a daemon of the
# harness's own in it, a log with elapsed times, starting and stopping that daemon, and
# Node.js unpacked from the carried .device/node.xz where the machine has none.
# Before sourcing, set HARNESS (a name for messages) and WORK_DEFAULT.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT" || exit 2
BENCH=$ROOT/bench/gpu
WL=$BENCH/workloads
OUT=${OUT:-/tmp/quanta-gpu-out}
WORK=${QUANTA_BENCH_WORK:-$WORK_DEFAULT}
QUANTA=${QUANTA:-$ROOT/bin/quanta}
RAW=$WORK/raw
case "$WORK" in /tmp/?*) ;; *) echo "$HARNESS: WORK must be under /tmp" >&2; exit 2 ;; esac
rm -rf "$WORK"
mkdir -p "$RAW" "$OUT"
# A daemon of our own, in the work folder, so the harness controls its restarts.
export QUANTA_RUNTIME_DIR=$WORK/run QUANTA_STATE_DIR=$WORK/state
export PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1
T0=$EPOCHREALTIME
log() { printf '[%6.1fs] %s\n' "$(awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { print b - a }')" "$*" | tee -a "$RAW/harness.log"; }

DAEMON_PID=
start_daemon() {  # start_daemon LOGNAME [daemon options]
  local name=$1 i
  shift
  "$QUANTA" daemon "$@" >"$RAW/$name.log" 2>&1 &
  DAEMON_PID=$!
  for ((i = 0; i < 300; i++)); do "$QUANTA" ps >/dev/null 2>&1 && return 0; sleep 0.1; done
  log "daemon did not start: $(tail -n 3 "$RAW/$name.log")"
}
stop_daemon() { [ -n "$DAEMON_PID" ] && kill -TERM "$DAEMON_PID" 2>/dev/null; wait "$DAEMON_PID" 2>/dev/null; DAEMON_PID=; }

ensure_node() {
  if ! command -v node >/dev/null 2>&1 && [ -s .device/node.xz ]; then
    xz -dc .device/node.xz >/usr/local/bin/node && chmod +x /usr/local/bin/node
  fi
}
