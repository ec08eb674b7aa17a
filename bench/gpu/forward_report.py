"""Judges API forwarding's figures (bench/gpu/forward_bench.sh) against issue 12's
targets, each as a ratio to what was measured in the same run: prints a Markdown table.

  forward_report.py RESULTS COMMIT DEVICE
"""
import sys
from datetime import datetime, timezone


def load(path):
    r = {}
    for line in open(path, encoding="utf8"):
        parts = line.split()
        if len(parts) == 4 and parts[0] == "RESULT":  # RESULT transport name value
            r[(parts[1], parts[2])] = float(parts[3])
        elif len(parts) == 3 and parts[0] == "RESULT":  # RESULT raw_name value
            r[("raw", parts[1])] = float(parts[2])
    return r


def main():
    results, commit, device = load(sys.argv[1]), sys.argv[2], sys.argv[3]
    g = lambda t, n: results.get((t, n))
    rows, passed, judged = [], 0, 0

    def row(check, value, target, ok):
        nonlocal passed, judged
        if ok is not None:
            judged += 1
            passed += ok
        rows.append(f"| {check} | {value} | {target} | {'-' if ok is None else 'PASS' if ok else 'FAIL'} |")

    fmt = lambda x, u="": "n/a" if x is None else f"{x:.2f}{u}"
    n = g("native", "rtt_us_median")
    row("sync call round trip, native (cuCtxGetDevice)", fmt(n, " us"), "-", None)
    s = g("shm", "rtt_us_median")
    row("sync call round trip over shared memory, median", fmt(s, " us"), "<= 5 us", None if s is None else s <= 5)
    for k in ("unix", "tcp"):
        f, raw = g(k, "rtt_us_median"), g("raw", f"raw_{k}_pingpong_us_median")
        ratio = None if f is None or raw is None else f / raw
        row(f"sync call round trip over {k}, median / raw 64-byte ping-pong", f"{fmt(f, ' us')} / {fmt(raw, ' us')} = {fmt(ratio, 'x')}",
            "<= 1.3x", None if ratio is None else ratio <= 1.3)
    nl = g("native", "launch_per_s")
    for k in ("shm", "unix", "tcp"):
        f = g(k, "launch_per_s")
        ratio = None if f is None or not nl else f / nl
        row(f"empty-kernel launches over {k} / native", f"{fmt(f)} / {fmt(nl)} per s = {fmt(None if ratio is None else ratio * 100, '%')}",
            ">= 80%", None if ratio is None else ratio >= 0.8)
    sizes = sorted({int(name.split("_")[-1]) for (t, name) in results if name.startswith("htod_gbps_")})
    for direction in ("htod", "dtoh"):
        for size in sizes:
            name = f"{direction}_gbps_{size}"
            nat = g("native", name)
            label = f"{direction.upper()} {size // 1024} KiB" if size < 1 << 20 else f"{direction.upper()} {size >> 20} MiB"
            for k in ("shm", "shm1", "shmpin", "tcp", "unix"):
                f = g(k, name)
                base = nat if k.startswith("shm") else g("raw", f"raw_{k}_stream_gbps")
                ratio = None if f is None or not base else f / base
                against = "native pageable" if k.startswith("shm") else f"raw {k} stream"
                k = {"shm1": "shm, one copying thread", "shmpin": "shm, rings page-locked"}.get(k, k)
                judged_here = k in ("shm", "tcp")
                row(f"{label} over {k} / {against}", f"{fmt(f, ' GB/s')} / {fmt(base, ' GB/s')} = {fmt(None if ratio is None else ratio * 100, '%')}",
                    ">= 80%" if judged_here else "-", (None if ratio is None else ratio >= 0.8) if judged_here else None)
    print(f"# API forwarding figures on {device}\n")
    print(f"commit {commit}, {datetime.now(timezone.utc).strftime('%Y-%m-%dT%H:%MZ')}; {passed} of {judged} judged checks passed\n")
    print("| check | value | target | result |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
