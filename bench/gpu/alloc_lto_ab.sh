#!/usr/bin/env bash
# Does link-time optimisation of libquanta.so change what a quota adds to an allocation?
# Builds the interposer twice (native/build with LTO, the Makefile default, and a copy
# without: INTERPOSER_OPT=) and runs alloc_ab.cu inside one vGPU against each, ROUNDS
# times, alternating, so both builds see the same machine state. Prints every METRIC
# line tagged with the build and a median per build and size last.
#   OUT=/some/dir bash bench/gpu/alloc_lto_ab.sh [ROUNDS=5]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
ROUNDS=${1:-5}
OUT=${OUT:-/tmp/quanta-alloc-ab}
W=/tmp/quanta-alloc-ab-work
rm -rf "$W"; mkdir -p "$W" "$OUT"
command -v node >/dev/null || { xz -dc .device/node.xz >/usr/local/bin/node && chmod +x /usr/local/bin/node; }
# Both builds with one compiler that has working LTO (some images ship gcc without its plugin).
for c in "${CC:-}" cc gcc-12 gcc-13 gcc; do
  [ -n "$c" ] && echo 'int main(void){return 0;}' | $c -flto=auto -x c - -o /dev/null 2>/dev/null && { export CC=$c; break; }
done
echo "compiler: $CC ($($CC --version | head -1))"
rm -f native/build/libquanta.so
make -s -C native
make -s -C native B="$W/nolto" INTERPOSER_OPT= "$W/nolto/libquanta.so"
nvcc -O2 -arch=native -Ibench/gpu/workloads -o "$W/alloc_ab" bench/gpu/workloads/alloc_ab.cu -lcuda
export QUANTA_RUNTIME_DIR=$W/run QUANTA_STATE_DIR=$W/state
for r in $(seq 1 "$ROUNDS"); do
  for build in lto nolto; do
    lib=$ROOT/native/build/libquanta.so; [ "$build" = nolto ] && lib=$W/nolto/libquanta.so
    bin/quanta run --gpu 0 --mem 16GiB -- env -u LD_PRELOAD "$W/alloc_ab" "$lib" 2001 64 \
      | sed "s/^/$build round $r: /" | tee -a "$OUT/alloc_lto_ab.txt" || true
  done
done
echo "== median added_pct per build and size over $ROUNDS rounds"
python3 - "$OUT/alloc_lto_ab.txt" <<'PY' | tee "$OUT/summary.txt"
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\S+) round \d+: METRIC alloc_free_(\d+)_added_pct (\S+)", line)
    if m: runs.setdefault((m[1], int(m[2])), []).append(float(m[3]))
for (build, size), v in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    print(f"{size:>9} B {build:>5}: median {statistics.median(v):+.2f}%  runs {' '.join(f'{x:+.2f}' for x in v)}")
PY
