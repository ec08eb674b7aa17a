"""JAX with its default settings under a vGPU quota: how much it preallocates and that
it runs. Prints RESULT lines: the preallocated pool's size (GiB) as XLA reports it, and
a small computation's result."""
import jax
import jax.numpy as jnp

x = jnp.arange(1024.0)
print(f"RESULT sum {float(jnp.sum(x * x))}")
stats = jax.devices()[0].memory_stats() or {}
print(f"RESULT pool_gib {stats.get('bytes_reservable_limit', stats.get('bytes_limit', 0)) / 2**30:.2f}")
print(f"RESULT bytes_limit_gib {stats.get('bytes_limit', 0) / 2**30:.2f}")
