"""Judges the vGPU memory harness (memory.sh) and writes memory-report.{md,json}.

Each check reads the raw outputs memory.sh left in --raw and compares them with what
issue 3 asks; figures that depend on the GPU (what one context takes) are taken from the
same run (the daemon's own measurement, read back through the program's memory info),
never assumed. Exit status: 0 all passed, 1 some failed.
Usage: python3 memory_report.py --raw DIR --out DIR"""
import json
import math
import re
import statistics
from pathlib import Path

from judged import JudgedReport, raw_and_out

MiB = 2**20
GiB = 2**30


class Report(JudgedReport):
    def rc(self, name: str) -> str:
        return self.text(f"{name}.rc").strip() or "missing"

    def result(self, name: str, key: str):
        m = re.search(rf"^RESULT {re.escape(key)} (\S+)", self.text(f"{name}.out"), re.M)
        return m.group(1) if m else None


def near(a, b, tol: int = 2) -> bool:
    """MiB figures equal up to rounding (a context need not be a whole MiB)."""
    return a is not None and b is not None and abs(a - b) <= tol


def number(pattern: str, text: str, group: int = 1):
    m = re.search(pattern, text, re.M)
    return int(m.group(group)) if m else None


def main() -> int:
    raw, out = raw_and_out()
    r = Report(raw)

    # What one context takes here: the daemon measured it; the context test reads it back.
    ctx_out = r.text("contexts.out")
    ctx = number(r"^primary context \(retained twice\): used (\d+) MiB$", ctx_out)
    r.check("contexts", "a context is charged what the daemon measured", f"{ctx} MiB per context",
            "> 0, the daemon's figure", ctx is not None and ctx > 0)
    created = number(r"^created context: CUDA_SUCCESS, used (\d+) MiB$", ctx_out)
    destroyed = number(r"^destroyed: used (\d+) MiB$", ctx_out)
    released = number(r"^last release: used (\d+) MiB$", ctx_out)
    r.check("contexts", "a created context is charged too, and refunded when destroyed",
            f"{created} MiB with two, {destroyed} after destroy, {released} after the last release",
            "2x, 1x, 0", ctx is not None and created == 2 * ctx and destroyed == ctx and released == 0)
    ctx = ctx or 0

    for b in ("native", "expandable", "async"):
        n = f"torch-{b}"
        total, err, left, again = (r.result(n, k) for k in ("total_gib", "error", "free_at_refusal_gib", "again"))
        r.check("pytorch", f"{b}: mem_get_info total", f"{total} GiB", "8.00 GiB", total == "8.00")
        r.check("pytorch", f"{b}: the error past the quota", err, "OutOfMemoryError", err == "OutOfMemoryError")
        r.check("pytorch", f"{b}: refused within one allocation of the quota", f"{left} GiB free when 1 GiB was refused",
                "< 1 GiB free", left is not None and float(left) < 1.0)
        r.check("pytorch", f"{b}: allocating again after a free", again, "ok", again == "ok")
    native_total = r.result("torch-native-device", "total_gib")

    pool, native_pool, total_sum = r.result("jax", "pool_gib"), r.result("jax-native", "pool_gib"), r.result("jax", "sum")
    r.check("jax", "default preallocation sized from the quota", f"{pool} GiB (native: {native_pool} GiB of {native_total} GiB)",
            "<= 8 GiB and >= 4 GiB", pool is not None and 4.0 <= float(pool) <= 8.0)
    r.check("jax", "runs under the quota", total_sum, "357389824.0", r.rc("jax") == "0" and total_sum == "357389824.0")

    smi = r.text("nvidia-smi.out").strip()
    r.check("nvidia-smi", "memory.total under quanta run --mem 8GiB", smi, "8192 MiB", smi.startswith("8192 MiB"))

    arr = r.text("arrays.out")
    fit256 = (1024 - ctx) // 256
    fitmip = math.floor((1024 - ctx) / 86)  # 85.3 MiB of texels, in 2 MiB units
    for kind in ("2D arrays", "3D arrays", "layered arrays"):
        got = number(rf"^{kind}: (\d+), then CUDA_ERROR_OUT_OF_MEMORY$", arr)
        r.check("arrays", f"{kind} of 256 MiB under 1 GiB", got, f"{fit256} (1 GiB less a context)", got is not None and abs(got - fit256) <= 1)
    legacy = re.search(r"^legacy 2D arrays: .*$", arr, re.M)
    # The 32-bit cuArrayCreate is the driver's to refuse (it did, in a primary context, on
    # the H100): shown, not judged; fakecuda's CI test covers its accounting.
    native_legacy = re.search(r"^legacy 2D arrays: .*$", r.text("arrays-native.out"), re.M)
    r.check("arrays", "legacy 32-bit cuArrayCreate (the driver's own answer)",
            f"{legacy.group(0) if legacy else 'missing'} (natively: {native_legacy.group(0) if native_legacy else 'missing'})", "-", None)
    got = number(r"^mipmapped arrays: (\d+), then CUDA_ERROR_OUT_OF_MEMORY$", arr)
    r.check("arrays", "mipmapped arrays of 86 MiB", got, f"{fitmip}", got is not None and abs(got - fitmip) <= 1)
    after = number(r"^after destroying all: free (\d+) MiB", arr)
    r.check("arrays", "destroying gives everything back", f"{after} MiB free", f"{1024 - ctx} MiB", near(after, 1024 - ctx))

    # Sharing: the second process starts with what the holder (4 GiB + a context) left.
    second, third = r.text("share-second.out"), r.text("share-third.out")
    s_free = number(r"^total 8192 MiB, free (\d+) MiB", second)
    s_blocks = number(r"^allocated (\d+) blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$", second)
    r.check("sharing", "a second process of the vGPU sees what the first left", f"{s_free} MiB free, {s_blocks} blocks fit",
            f"{8192 - 4096 - 2 * ctx} MiB, {(8192 - 4096 - 2 * ctx) // 64} blocks",
            near(s_free, 8192 - 4096 - 2 * ctx) and s_blocks is not None and s_free is not None and s_blocks == s_free // 64)
    t_free = number(r"^total 8192 MiB, free (\d+) MiB", third)
    t_blocks = number(r"^allocated (\d+) blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$", third)
    r.check("sharing", "a third vGPU beside them is unaffected", f"{t_free} MiB free, {t_blocks} blocks fit",
            f"{8192 - ctx} MiB, {(8192 - ctx) // 64} blocks", near(t_free, 8192 - ctx) and t_blocks is not None and t_free is not None and t_blocks == t_free // 64)

    wait_ms = r.text("kill-wait-ms.txt").strip()
    r.check("sigkill", "a killed process's memory back in its vGPU", f"{wait_ms} ms (driver freed it in "
            f"{r.text('kill-nvml-ms.txt').strip()} ms)", "< 1000 ms", wait_ms.isdigit() and int(wait_ms) < 1000)
    reuse = number(r"^allocated (\d+) blocks of 64 MiB", r.text("kill-reuse.out"))
    want = (8192 - (64 + ctx) - ctx) // 64  # beside the stayer's block and context, and its own context
    r.check("sigkill", "a new member gets the killed process's memory", f"{reuse} blocks of 64 MiB fit", f"{want} blocks",
            reuse is not None and abs(reuse - want) <= 1)

    same, other, small = r.text("ipc-same.out"), r.text("ipc-other.out"), r.text("ipc-small.out")
    m = re.search(r"^open: CUDA_SUCCESS; used (\d+) MiB before, (\d+) MiB after$", same, re.M)
    r.check("ipc", "an import from the same vGPU is not counted twice", m.group(0) if m else same.strip()[:80],
            "used unchanged", bool(m) and m.group(1) == m.group(2))
    m = re.search(r"^open: CUDA_SUCCESS; used (\d+) MiB before, (\d+) MiB after$", other, re.M)
    r.check("ipc", "an import from another vGPU counts against the importer", m.group(0) if m else other.strip()[:80],
            "+1024 MiB", bool(m) and int(m.group(2)) - int(m.group(1)) == 1024)
    r.check("ipc", "an import past the quota is refused", small.strip().splitlines()[0] if small.strip() else "",
            "CUDA_ERROR_OUT_OF_MEMORY", "open: CUDA_ERROR_OUT_OF_MEMORY" in small)

    # Restart: both programs finish with native's losses; the ledger is unchanged and close to NVML.
    native_losses = re.findall(r"^RESULT .*$", r.text("restart-native.out"), re.M)
    for side in ("a", "b"):
        losses = re.findall(r"^RESULT .*$", r.text(f"restart-{side}.out"), re.M)
        r.check("restart", f"program {side.upper()} finished correctly across the restart",
                f"rc {r.text(f'restart-{side}.rc').strip()}, {len(losses)} RESULT lines, "
                f"{'identical to' if losses == native_losses else 'DIFFERENT from'} native",
                "rc 0, identical", r.text(f"restart-{side}.rc").strip() == "0" and losses == native_losses and len(losses) > 0)
        r.check("restart", f"program {side.upper()}'s interposer reconnected", "yes" if "reconnected to the Quanta daemon"
                in r.text(f"restart-{side}.err") else "no", "yes", "reconnected to the Quanta daemon" in r.text(f"restart-{side}.err"))
    try:
        # Per vGPU, the member that holds memory (its launcher is a member holding none).
        def by_vgpu(rows):
            return {v: max((x for x in rows if x["vgpu"] == v), key=lambda x: x["ledger"]) for v in {x["vgpu"] for x in rows}}
        before = by_vgpu(json.loads(r.text("restart-before.json")))
        after = by_vgpu(json.loads(r.text("restart-after.json")))
    except json.JSONDecodeError:
        before, after = {}, {}
    for v in ("ra", "rb"):
        b, n = before.get(v, {}), after.get(v, {})
        r.check("restart", f"vGPU {v}: the ledger after the restart equals before", f"{b.get('ledger')} -> {n.get('ledger')} bytes",
                "equal", b.get("ledger") is not None and b.get("ledger") == n.get("ledger"))
        led, nv = n.get("ledger"), n.get("nvml")
        gap = None if led is None or nv is None else nv - led
        r.check("restart", f"vGPU {v}: ledger against NVML's per-process figure",
                f"ledger {led / MiB:.1f} MiB, NVML {nv / MiB:.1f} MiB, NVML - ledger {gap / MiB:.1f} MiB" if gap is not None else f"ledger {led}, NVML {nv}",
                "|gap| <= max(256 MiB, 10%)", gap is not None and abs(gap) <= max(256 * MiB, 0.1 * nv))

    runs = [r.text(f"alloc-ab.r{i}.out") for i in range(1, 6)]
    for size in ("4096", "2097152", "67108864"):
        pcts = [float(m.group(1)) for ab in runs for m in [re.search(rf"^METRIC alloc_free_{size}_added_pct (\S+)", ab, re.M)] if m]
        nats = [float(m.group(1)) for ab in runs for m in [re.search(rf"^METRIC alloc_free_{size}_native_ns (\S+)", ab, re.M)] if m]
        shown = (f"median {statistics.median(pcts):+.2f}% of {statistics.median(nats):.0f} ns (runs {', '.join(f'{p:+.2f}' for p in pcts)})"
                 if pcts and nats else "missing")
        r.check("overhead", f"cuMemAlloc+cuMemFree of {int(size) // 1024} KiB, in one process (A/B, 2001 pairs at 4 KiB, 201 above, median of {len(runs)} runs)",
                shown, "< 2%", len(pcts) == len(runs) and statistics.median(pcts) < 2.0)
    for metric in ("train_steps_per_s", "matmul_iters_per_s", "large_steps_per_s"):
        vals = {}
        for mode in ("native", "quanta"):
            vals[mode] = [float(m.group(1)) for i in range(1, 8)
                          for m in [re.search(rf"^METRIC {metric} (\S+)", r.text(f"train-{mode}.r{i}.out"), re.M)] if m]
        if vals["native"] and vals["quanta"]:
            ratio = statistics.median(vals["quanta"]) / statistics.median(vals["native"])
            shown = f"{ratio:.4f} (native {' '.join(f'{x:.4g}' for x in vals['native'])}; quanta {' '.join(f'{x:.4g}' for x in vals['quanta'])})"
        else:
            ratio, shown = 0.0, "missing"
        # The GPU-bound training loop is judged on separate, alternated runs: its speed
        # is the GPU's, so runs agree to about a percent. The launch-bound loop and the
        # matmul chain carry this VM's 10-20% run-to-run host spread (see the native
        # figures): shown; the launch-bound one is compared concurrently below.
        judged = metric == "large_steps_per_s"
        r.check("overhead", f"PyTorch {metric} under --mem 16GiB / native (separate processes pinned to the same cores, alternated, medians of 7)", shown,
                ">= 0.98" if judged else "-", (ratio >= 0.98 and len(vals["native"]) >= 5 and len(vals["quanta"]) >= 5) if judged else None)

    # Native and Quanta at the same time on disjoint cores, swapped each round: the
    # per-round ratio cancels what the VM does to both.
    for metric, judged in (("train_steps_per_s", True), ("matmul_iters_per_s", False)):
        ratios = []
        for i in range(1, 10):
            n = re.search(rf"^METRIC {metric} (\S+)", r.text(f"pair-native.r{i}.out"), re.M)
            q = re.search(rf"^METRIC {metric} (\S+)", r.text(f"pair-quanta.r{i}.out"), re.M)
            if n and q and float(n.group(1)) > 0:
                ratios.append(float(q.group(1)) / float(n.group(1)))
        med = statistics.median(ratios) if ratios else 0.0
        r.check("overhead", f"PyTorch {metric}, Quanta / native running at the same time (median of per-round ratios)",
                f"{med:.4f} (rounds: {' '.join(f'{x:.3f}' for x in ratios) or 'missing'})",
                ">= 0.98" if judged else "-", (med >= 0.98 and len(ratios) >= 7) if judged else None)

    return r.write(out, "memory", "vGPU memory isolation on a real GPU (bench/gpu/memory.sh)")

if __name__ == "__main__":
    raise SystemExit(main())
