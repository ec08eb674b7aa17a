"""PyTorch under a vGPU memory quota: what it sees and where it stops.
Prints RESULT lines: mem_get_info total (GiB), how many 1 GiB tensors fit before the
first error, that error's type and how much was still free then, and whether allocating
works again after a free.
Usage: python3 torch_mem.py [--backend native|expandable|async]
(the allocator back-end is chosen with PYTORCH_CUDA_ALLOC_CONF before torch loads)."""
import argparse
import os
import sys

ap = argparse.ArgumentParser()
ap.add_argument("--backend", default="native", choices=["native", "expandable", "async"])
args = ap.parse_args()
conf = {"native": "", "expandable": "expandable_segments:True", "async": "backend:cudaMallocAsync"}[args.backend]
if conf:
    os.environ["PYTORCH_CUDA_ALLOC_CONF"] = conf

import torch  # noqa: E402  (after the allocator is configured)

free, total = torch.cuda.mem_get_info()
print(f"RESULT backend {args.backend}")
print(f"RESULT total_gib {total / 2**30:.2f}")
blocks, error = [], "none"
try:
    for _ in range(200):
        blocks.append(torch.empty(2**30, dtype=torch.uint8, device="cuda"))
except Exception as e:  # noqa: BLE001 - the type is the result
    error = type(e).__name__
print(f"RESULT blocks_1gib {len(blocks)}")
print(f"RESULT error {error}")
# Within one allocation of the quota: what was left when the next 1 GiB was refused.
print(f"RESULT free_at_refusal_gib {torch.cuda.mem_get_info()[0] / 2**30:.3f}")
del blocks[-1]
torch.cuda.empty_cache()
try:
    blocks.append(torch.empty(2**30, dtype=torch.uint8, device="cuda"))
    print("RESULT again ok")
except Exception as e:  # noqa: BLE001
    print(f"RESULT again {type(e).__name__}")
sys.stdout.flush()
