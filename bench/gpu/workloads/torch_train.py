"""Deterministic PyTorch training run: prints every loss at full precision.

Compared line by line (lines starting with "RESULT ") between a native run and
a run under `quanta run`; any difference in any bit of any loss is a failure.
Usage: python3 torch_train.py [--steps N]
"""
import argparse
import hashlib
import os

# Must be set before the first cuBLAS handle exists.
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=240)
    args = ap.parse_args()

    torch.manual_seed(1234)
    torch.cuda.manual_seed_all(1234)
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
    dev = torch.device("cuda")

    # Synthetic data from a fixed-seed CPU generator, then moved to the GPU.
    g = torch.Generator().manual_seed(42)
    n, classes = 512, 10
    x_all = torch.randn(n, 3, 16, 16, generator=g)
    w_true = torch.randn(3 * 16 * 16, classes, generator=g)
    y_all = (x_all.flatten(1) @ w_true).argmax(1)
    x_all = x_all.to(dev)
    onehot_all = F.one_hot(y_all, classes).float().to(dev)

    # Small CNN built only from ops that have deterministic CUDA kernels
    # (strided convolutions instead of pooling; cross-entropy via one-hot).
    model = nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(),
        nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.ReLU(),
        nn.Conv2d(32, 32, 3, stride=2, padding=1), nn.ReLU(),
        nn.Flatten(), nn.Linear(32 * 4 * 4, 64), nn.ReLU(), nn.Linear(64, classes),
    ).to(dev)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)

    batch = 64
    for step in range(args.steps):
        i = (step * batch) % n
        xb, tb = x_all[i:i + batch], onehot_all[i:i + batch]
        opt.zero_grad(set_to_none=True)
        logits = model(xb)
        loss = -(F.log_softmax(logits, dim=1) * tb).sum(dim=1).mean()
        loss.backward()
        opt.step()
        print(f"RESULT loss {step} {float(loss.item())!r}")

    h = hashlib.sha256()
    for p in model.parameters():
        h.update(p.detach().float().cpu().numpy().tobytes())
    print(f"RESULT params_sha256 {h.hexdigest()}")
    print(f"INFO torch {torch.__version__} device {torch.cuda.get_device_name(0)}")


if __name__ == "__main__":
    main()
