"""JAX program on fixed-seed data, jit-compiled, run with JAX's defaults
(memory preallocation on). Prints digests and scalars at full precision.

The matrix products use integer-valued float32 inputs, so every partial sum is
exact and the result does not depend on which GEMM algorithm XLA's autotuner
picks; the transcendental functions and reductions run in separate jit'd
programs so their code does not depend on GEMM fusion decisions either.
XLA's GPU reductions may add partial sums with atomics, in whatever order blocks
finish (a column sum differed between a native run and a Quanta run on the H100,
2026-11-22), so deterministic ops are asked for: both runs then add in one order.
"""
import hashlib
import os

os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " --xla_gpu_deterministic_ops=true").strip()

import jax
import jax.numpy as jnp
import numpy as np


def digest(a) -> str:
    return hashlib.sha256(np.asarray(a).tobytes()).hexdigest()


@jax.jit
def products(a, b, c):
    hi = jax.lax.Precision.HIGHEST
    ab = jnp.matmul(a, b, precision=hi)
    abc = jnp.matmul(ab, c, precision=hi)
    return ab, abc


@jax.jit
def reduce_stats(ab, abc, u):
    t = jnp.tanh(ab * 1e-3)
    e = jnp.exp(-(abc * 1e-6) ** 2)
    z = u * 3.0 - 1.5
    return {
        "t_colsum": t.sum(axis=0),
        "e_mean": e.mean(),
        "abc_max": abc.max(),
        "abc_min": abc.min(),
        "z_logsumexp": jax.nn.logsumexp(z, axis=1),
        "softmax_rowmax": jax.nn.softmax(z, axis=1).max(axis=1),
    }


@jax.jit
def loop(x):
    # A short sequential loop: many small device steps.
    def body(i, v):
        return jnp.sin(v) * 0.5 + jnp.cos(v * (i + 1.0)) * 0.25
    return jax.lax.fori_loop(0, 64, body, x)


def main() -> None:
    make_key = getattr(jax.random, "key", None) or jax.random.PRNGKey
    key = make_key(2024)
    ka, kb, kc, ku = jax.random.split(key, 4)
    # Integer values in [-2, 2] (exact in float32; sums stay < 2**24).
    a = jax.random.randint(ka, (512, 256), -2, 3).astype(jnp.float32)
    b = jax.random.randint(kb, (256, 384), -2, 3).astype(jnp.float32)
    c = jax.random.randint(kc, (384, 128), -2, 3).astype(jnp.float32)
    u = jax.random.uniform(ku, (256, 1000), dtype=jnp.float32)

    ab, abc = products(a, b, c)
    stats = reduce_stats(ab, abc, u)
    lp = loop(u)
    jax.block_until_ready((ab, abc, stats, lp))

    print(f"RESULT inputs_sha256 {digest(a)} {digest(b)} {digest(c)} {digest(u)}")
    print(f"RESULT ab_sha256 {digest(ab)}")
    print(f"RESULT abc_sha256 {digest(abc)}")
    print(f"RESULT abc_sum {int(np.asarray(abc, dtype=np.float64).sum())}")
    for k in sorted(stats):
        v = np.asarray(stats[k])
        if v.ndim == 0:
            print(f"RESULT {k} {float(v)!r}")
        else:
            print(f"RESULT {k}_sha256 {digest(v)}")
    print(f"RESULT loop_sha256 {digest(lp)}")
    print(f"INFO jax {jax.__version__} devices {jax.devices()}")


if __name__ == "__main__":
    main()
