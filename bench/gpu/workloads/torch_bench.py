"""PyTorch throughput probe for the overhead comparison.

Two loops, each timed with torch.cuda.synchronize() around it and repeated;
the median of the repeats is printed as METRIC lines:
  train_steps_per_s  a small MLP (many small kernels per step: forward,
                     backward, non-foreach Adam), launch-bound on purpose
  matmul_iters_per_s a chain of 1024x1024 float32 products
  large_steps_per_s  (with --large-steps N) a wide MLP training step, GPU-bound like
                     most real training: how a training loop's speed changes, with
                     little of the host's run-to-run noise
Usage: python3 torch_bench.py [--steps N] [--reps R] [--matmuls M] [--large-steps N]
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
    ap.add_argument("--large-steps", type=int, default=0)
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
    if args.large_steps > 0:
        wide = nn.Sequential(*[m for _ in range(6) for m in (nn.Linear(2048, 2048), nn.GELU())], nn.Linear(2048, 16)).to(dev)
        wopt = torch.optim.Adam(wide.parameters(), lr=1e-4)
        wx = torch.randn(2048, 2048, device=dev)
        wt = torch.randn(2048, 16, device=dev)

        def large_step() -> None:
            wopt.zero_grad(set_to_none=True)
            torch.nn.functional.mse_loss(wide(wx), wt).backward()
            wopt.step()

        timed(large_step, 5)
        large = [timed(large_step, args.large_steps) for _ in range(args.reps)]
        print(f"METRIC large_steps_per_s {statistics.median(large):.3f}")
        print(f"INFO large_reps {' '.join(f'{v:.2f}' for v in large)}")
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
