"""CuPy program on fixed-seed data: elementwise ops, a custom ElementwiseKernel
and RawKernel (compiled at run time by NVRTC), reductions, matrix products.
Prints digests and scalars at full precision."""
import hashlib

import cupy as cp
import numpy as np


def digest(a) -> str:
    return hashlib.sha256(cp.asnumpy(a).tobytes()).hexdigest()


AXPBY = cp.ElementwiseKernel(
    "float32 x, float32 y, float32 a, float32 b", "float32 z",
    "z = a * x + b * y * y", "quanta_axpby")

SCALE_ROWS = cp.RawKernel(r'''
extern "C" __global__ void quanta_scale_rows(float* m, const float* s, int rows, int cols) {
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < rows * cols) m[i] *= s[i / cols];
}
''', "quanta_scale_rows")


def main() -> None:
    rng = np.random.default_rng(7)
    x = cp.asarray(rng.standard_normal(1 << 20, dtype=np.float32))
    y = cp.asarray(rng.standard_normal(1 << 20, dtype=np.float32))
    m1 = cp.asarray(rng.standard_normal((384, 256), dtype=np.float32))
    m2 = cp.asarray(rng.standard_normal((256, 320), dtype=np.float32))
    i1 = cp.asarray(rng.integers(-3, 4, (300, 200)).astype(np.float32))
    i2 = cp.asarray(rng.integers(-3, 4, (200, 100)).astype(np.float32))

    e = cp.sin(x) * cp.exp(-y * y) + cp.sqrt(cp.abs(x * y))
    z = AXPBY(x, y, cp.float32(0.75), cp.float32(-0.5))
    mm = m1 @ m2
    SCALE_ROWS(((384 * 320 + 255) // 256,), (256,), (mm, m1[:, 0].copy(), cp.int32(384), cp.int32(320)))
    exact = i1 @ i2
    cp.cuda.Device().synchronize()

    print(f"RESULT elementwise_sha256 {digest(e)}")
    print(f"RESULT kernel_sha256 {digest(z)}")
    print(f"RESULT matmul_scaled_sha256 {digest(mm)}")
    print(f"RESULT exact_matmul_sha256 {digest(exact)}")
    print(f"RESULT exact_matmul_sum {int(cp.asnumpy(exact).astype(np.int64).sum())}")
    print(f"RESULT sum {float(e.sum())!r}")
    print(f"RESULT mean {float(z.mean())!r}")
    print(f"RESULT max {float(mm.max())!r}")
    print(f"RESULT argmin {int(z.argmin())}")
    print(f"RESULT norm {float(cp.linalg.norm(mm))!r}")
    print(f"INFO cupy {cp.__version__}")


if __name__ == "__main__":
    main()
