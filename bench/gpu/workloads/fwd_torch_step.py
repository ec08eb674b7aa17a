"""A GPU-bound PyTorch training step, timed: API forwarding's end-to-end figure
(bench/gpu/forward.sh runs it natively and forwarded, in the same call).

A small transformer encoder (fp32, deterministic kernels) trains on fixed synthetic data;
stdout gets every loss at full precision (compared between runs: the same bits natively
and forwarded), and the median step time goes to the file named by FWD_TIMING_OUT as
"step_ms VALUE" (kept out of stdout so the outputs can be compared whole).
Usage: python3 fwd_torch_step.py [--steps N]
"""
import argparse
import os
import time

os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")  # before the first cuBLAS handle

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=5)
    args = ap.parse_args()
    torch.manual_seed(1234)
    torch.use_deterministic_algorithms(True)
    dev = torch.device("cuda")
    g = torch.Generator().manual_seed(42)
    batch, seq, width = 32, 256, 1024
    x = torch.randn(batch, seq, width, generator=g).to(dev)
    target = torch.randn(batch, seq, width, generator=g).to(dev)
    layer = nn.TransformerEncoderLayer(width, nhead=8, dim_feedforward=4 * width, dropout=0.0, batch_first=True)
    model = nn.TransformerEncoder(layer, num_layers=4).to(dev)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-4)
    times = []
    for step in range(args.warmup + args.steps):
        torch.cuda.synchronize()
        t0 = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss = nn.functional.mse_loss(model(x), target)
        loss.backward()
        opt.step()
        value = loss.item()  # waits for the step, as a training loop that logs does
        if step >= args.warmup:
            times.append(time.perf_counter() - t0)
        print(f"RESULT step {step} loss {value!r}")
    times.sort()
    out = os.environ.get("FWD_TIMING_OUT")
    if out:
        with open(out, "w", encoding="utf8") as f:
            f.write(f"step_ms {times[len(times) // 2] * 1e3:.3f}\n")


if __name__ == "__main__":
    main()
