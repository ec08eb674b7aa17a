"""PyTorch throughput probe for the overhead comparison.

Two loops, each timed with torch.cuda.synchronize() around it and repeated;
the median of the repeats is printed as METRIC lines:
  train_steps_per_s  a small MLP (many small kernels per step: forward,
                     backward, non-foreach Adam), launch-bound on purpose
  matmul_iters_per_s a chain of 1024x1024 float32 products
Usage: python3 torch_bench.py [--steps N] [--reps R] [--matmuls M]
"""
import argparse
import statistics
import time

import torch
import torch.nn as nn


def timed(fn, n: int) -> float:
    torch.cuda.synchronize()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    torch.cuda.synchronize()
    return n / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--matmuls", type=int, default=1000)
    args = ap.parse_args()

    torch.manual_seed(0)
    dev = torch.device("cuda")
    layers = []
    for _ in range(8):
        layers += [nn.Linear(256, 256), nn.GELU()]
    model = nn.Sequential(*layers, nn.Linear(256, 16)).to(dev)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3, foreach=False)
    x = torch.randn(128, 256, device=dev)
    t = torch.randn(128, 16, device=dev)

    def step() -> None:
        opt.zero_grad(set_to_none=True)
        loss = torch.nn.functional.mse_loss(model(x), t)
        loss.backward()
        opt.step()

    a = torch.randn(1024, 1024, device=dev)
    b = torch.randn(1024, 1024, device=dev) / 32.0
    state = {"m": a}

    def mm() -> None:
        state["m"] = torch.tanh(state["m"] @ b)

    timed(step, 30)  # warm-up: allocator, cuBLAS handles, kernels loaded
    timed(mm, 20)
    steps = [timed(step, args.steps) for _ in range(args.reps)]
    mms = [timed(mm, args.matmuls) for _ in range(args.reps)]
    if not torch.isfinite(state["m"]).all():
        raise SystemExit("matmul loop produced non-finite values")
    print(f"METRIC train_steps_per_s {statistics.median(steps):.3f}")
    print(f"METRIC matmul_iters_per_s {statistics.median(mms):.3f}")
    # Which kernels the matmul loop runs, and their GPU time: tells a host-side
    # slowdown from a different kernel choice or a slower GPU.
    try:
        from torch.profiler import profile, ProfilerActivity
        with profile(activities=[ProfilerActivity.CUDA]) as prof:
            timed(mm, 50)
        for ev in prof.key_averages():
            if ev.device_time_total > 0:
                print(f"INFO kernel {ev.key[:90]!r} calls {ev.count} avg_us {ev.device_time_total / max(ev.count, 1):.2f}")
    except Exception as e:  # noqa: BLE001 - diagnostics only
        print(f"INFO profiler unavailable: {type(e).__name__}: {e}")
    print(f"INFO train_reps {' '.join(f'{v:.1f}' for v in steps)}")
    print(f"INFO matmul_reps {' '.join(f'{v:.1f}' for v in mms)}")


if __name__ == "__main__":
    main()
