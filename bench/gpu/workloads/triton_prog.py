"""Triton kernels (vector add and row softmax) checked against PyTorch;
prints digests of the Triton outputs and the comparison outcome."""
import hashlib

import torch
import triton
import triton.language as tl


@triton.jit
def add_kernel(x_ptr, y_ptr, out_ptr, n, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    offs = pid * BLOCK + tl.arange(0, BLOCK)
    mask = offs < n
    x = tl.load(x_ptr + offs, mask=mask)
    y = tl.load(y_ptr + offs, mask=mask)
    tl.store(out_ptr + offs, x + y, mask=mask)


@triton.jit
def softmax_kernel(out_ptr, in_ptr, in_stride, out_stride, n_cols, BLOCK: tl.constexpr):
    row = tl.program_id(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < n_cols
    x = tl.load(in_ptr + row * in_stride + cols, mask=mask, other=-float("inf"))
    x = x - tl.max(x, axis=0)
    num = tl.exp(x)
    den = tl.sum(num, axis=0)
    tl.store(out_ptr + row * out_stride + cols, num / den, mask=mask)


def digest(t: torch.Tensor) -> str:
    return hashlib.sha256(t.detach().cpu().numpy().tobytes()).hexdigest()


def main() -> None:
    torch.manual_seed(99)
    dev = "cuda"
    n = 98432  # not a multiple of the block: exercises the mask
    x = torch.randn(n, device=dev)
    y = torch.randn(n, device=dev)
    out = torch.full_like(x, float("nan"))  # poisoned: every element must be written
    add_kernel[(triton.cdiv(n, 1024),)](x, y, out, n, BLOCK=1024)

    rows, cols = 1823, 781
    a = torch.randn(rows, cols, device=dev)
    sm = torch.full_like(a, float("nan"))
    softmax_kernel[(rows,)](sm, a, a.stride(0), sm.stride(0), cols,
                            BLOCK=triton.next_power_of_2(cols), num_warps=4)
    torch.cuda.synchronize()

    add_ok = bool(torch.equal(out, x + y))
    ref = torch.softmax(a.double(), dim=1)
    rel = float(torch.linalg.norm(sm.double() - ref) / torch.linalg.norm(ref))
    sm_ok = bool(torch.isfinite(sm).all()) and rel < 1e-5

    print(f"RESULT add_sha256 {digest(out)}")
    print(f"RESULT add_equals_torch {add_ok}")
    print(f"RESULT softmax_sha256 {digest(sm)}")
    print(f"RESULT softmax_matches_torch {sm_ok}")
    print(f"INFO softmax_rel_err {rel:.3e} triton {triton.__version__}")
    if not (add_ok and sm_ok):
        raise SystemExit(f"triton kernels disagree with torch (add={add_ok}, softmax rel={rel})")


if __name__ == "__main__":
    main()
