"""One tenant of the GPU-time benchmarks (bench/gpu/compute.sh).

Every mode warms up, then waits for the wall-clock time START_AT (seconds since the
epoch, from the environment; default: now) so that tenants started together measure
the same window, runs for --seconds and prints RESULT lines:

  matmul  a saturating loop of fp32 (--dtype bf16: bf16) N x N products (no host sync
          inside the window): RESULT iters, RESULT seconds (until the GPU finished
          them), RESULT rate. With --sync-every K it reads one element of the result
          to the host after every K products (a copy and a stream synchronisation), as
          a training loop that reads its loss does.
          With --duty S it works only in odd S-second phases counted from START_AT
          (a trainer that comes and goes), keeps at most INFLIGHT products queued (as a
          training loop that reads its loss does, so it stops when its phase ends) and
          reports its rate over the phases it worked.
  serve   small inference requests (a 4-layer MLP on a batch of 32), one every
          --gap-ms, each synchronised: RESULT requests, p50_ms, p90_ms, p99_ms, max_ms;
          --dump writes "start latency_ms" per request, start in seconds from START_AT
Usage: python3 torch_tenant.py matmul --size 4096 --seconds 5 [--duty 1] [--dtype bf16] [--sync-every 4]
       python3 torch_tenant.py serve --seconds 5 --gap-ms 5 [--dump FILE]
"""
import argparse
import os
import statistics
import time

import torch


INFLIGHT = 8  # --duty: products queued at most (about 3 ms of 2048 products on an H100)


def start_at() -> float:
    return float(os.environ.get("START_AT", "0")) or time.time()


def wait_for_start() -> None:
    delay = start_at() - time.time()
    if delay > 0:
        time.sleep(delay)


def working(origin: float, duty: float) -> bool:
    """--duty: whether now is in one of the odd phases, the trainer's."""
    return int((time.time() - origin) // duty) % 2 == 1


def matmul_duty(a, b, c, seconds: float, linger: float, duty: float) -> None:
    """The trainer that comes and goes: products only in odd phases, at most INFLIGHT
    queued; its rate is products finished per second of the phases it worked."""
    origin = start_at()
    wait_for_start()
    done = [torch.cuda.Event() for _ in range(INFLIGHT)]
    iters = 0
    busy = 0.0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds + linger:
        if not working(origin, duty):
            time.sleep(0.0005)
            continue
        p0 = time.perf_counter()
        n = 0
        while working(origin, duty):
            if n >= INFLIGHT:
                done[n % INFLIGHT].synchronize()
            torch.matmul(a, b, out=c)
            done[n % INFLIGHT].record()
            n += 1
        torch.cuda.synchronize()
        if p0 - t0 < seconds:  # phases that began in the window count, whole
            iters += n
            busy += time.perf_counter() - p0
    if not torch.isfinite(c).all():
        raise SystemExit("non-finite result")
    print(f"RESULT iters {iters}")
    print(f"RESULT seconds {busy:.4f}")
    print(f"RESULT rate {iters / busy:.3f}" if busy else "RESULT rate 0")


def matmul(size: int, seconds: float, linger: float = 0.0, duty: float = 0.0, dtype: str = "fp32", sync_every: int = 0) -> None:
    torch.backends.cuda.matmul.allow_tf32 = False
    kind = {"fp32": torch.float32, "bf16": torch.bfloat16}[dtype]
    a = torch.randn(size, size, device="cuda").to(kind)
    b = (torch.randn(size, size, device="cuda") / size**0.5).to(kind)
    c = torch.empty_like(a)
    for _ in range(5):
        torch.matmul(a, b, out=c)
    torch.cuda.synchronize()
    if duty > 0:
        matmul_duty(a, b, c, seconds, linger, duty)
        return
    wait_for_start()
    iters = 0
    read = 0.0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < seconds:
        torch.matmul(a, b, out=c)
        iters += 1
        if sync_every and iters % sync_every == 0:
            read += c[0, 0].item()  # a copy to the host and a synchronisation
    torch.cuda.synchronize()
    took = time.perf_counter() - t0
    t1 = time.perf_counter()
    while time.perf_counter() - t1 < linger:  # keep the GPU busy, untimed
        torch.matmul(a, b, out=c)
    torch.cuda.synchronize()
    if not torch.isfinite(c).all() or read != read:
        raise SystemExit("non-finite result")
    print(f"RESULT iters {iters}")
    print(f"RESULT seconds {took:.4f}")
    print(f"RESULT rate {iters / took:.3f}")


def serve(seconds: float, gap_ms: float, dump: str | None) -> None:
    layers = [torch.nn.Linear(1024, 1024) for _ in range(4)]
    model = torch.nn.Sequential(*[m for layer in layers for m in (layer, torch.nn.ReLU())]).cuda().eval()
    x = torch.randn(32, 1024, device="cuda")
    with torch.no_grad():
        for _ in range(20):
            model(x)
        torch.cuda.synchronize()
        origin = start_at()
        wait_for_start()
        lat, starts = [], []
        t0 = time.perf_counter()
        while time.perf_counter() - t0 < seconds:
            starts.append(time.time() - origin)
            s = time.perf_counter()
            y = model(x)
            torch.cuda.synchronize()
            lat.append((time.perf_counter() - s) * 1000)
            rest = gap_ms / 1000 - (time.perf_counter() - s)
            if rest > 0:
                time.sleep(rest)
    if not torch.isfinite(y).all():
        raise SystemExit("non-finite result")
    if dump:  # in arrival order: slow requests cluster; a --duty trainer's phases
        with open(dump, "w") as f:
            f.write("".join(f"{t:.4f} {x:.4f}\n" for t, x in zip(starts, lat)))
    lat.sort()
    q = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))]
    print(f"RESULT requests {len(lat)}")
    print(f"RESULT p50_ms {statistics.median(lat):.4f}")
    print(f"RESULT p90_ms {q(0.9):.4f}")
    print(f"RESULT p99_ms {q(0.99):.4f}")
    print(f"RESULT max_ms {lat[-1]:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["matmul", "serve"])
    ap.add_argument("--size", type=int, default=4096)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--gap-ms", type=float, default=5.0)
    ap.add_argument("--linger", type=float, default=0.0, help="matmul: go on this many seconds after the timed window")
    ap.add_argument("--duty", type=float, default=0.0, help="matmul: work only in odd phases of this many seconds")
    ap.add_argument("--dump", help="serve: write every request's latency (ms), in order, to this file")
    ap.add_argument("--dtype", choices=["fp32", "bf16"], default="fp32", help="matmul: element type")
    ap.add_argument("--sync-every", type=int, default=0, help="matmul: read a result element to the host every this many products")
    a = ap.parse_args()
    if a.mode == "matmul":
        if a.duty > 0 and a.sync_every:
            ap.error("--duty and --sync-every do not go together")
        matmul(a.size, a.seconds, a.linger, a.duty, a.dtype, a.sync_every)
    else:
        serve(a.seconds, a.gap_ms, a.dump)


if __name__ == "__main__":
    main()
