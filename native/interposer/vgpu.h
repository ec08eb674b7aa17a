/*
 * vgpu.h - this process's vGPU, as the memory hooks need it.
 */
#ifndef QUANTA_VGPU_H
#define QUANTA_VGPU_H

#include <stdint.h>

#include "quanta_cuda_api.h"

/* The outcome of a reservation. */
enum quanta__vgpu_answer {
    QUANTA__VGPU_NONE = 0,   /* not in a vGPU: pass through, account nothing */
    QUANTA__VGPU_OK = 1,     /* reserved; release it if the driver then fails */
    QUANTA__VGPU_REFUSED = 2 /* past the quota, or the vGPU is unreachable: report OOM */
};

/* The vGPU slice of the current context's device; -1 without one or outside the vGPU. */
int quanta__vgpu_current_slice(void);

/* Asks the daemon to decide now (a line on this process's connection; never blocks). */
void quanta__vgpu_poke(void);

/* Whether this process was started in a vGPU (else every hook passes straight through). */
int quanta__vgpu_active(void);

/* Reserves `bytes` on the GPU of the current context for this process's vGPU,
 * registering with the daemon on first use. *gpu receives the vGPU slice used.
 * Without a current context: QUANTA__VGPU_NONE (the driver will refuse the call). */
enum quanta__vgpu_answer quanta__vgpu_reserve(uint64_t bytes, int *gpu);

/* The same on device `dev` (for calls that name their device, like cuMemCreate). */
enum quanta__vgpu_answer quanta__vgpu_reserve_on(CUdevice dev, uint64_t bytes, int *gpu);

/* Gives back `bytes` on slice `gpu` (from quanta__vgpu_reserve). */
void quanta__vgpu_release(int gpu, uint64_t bytes);

/* Counts `bytes` on slice `gpu` that the driver already handed out, past the quota if
 * need be (a memory pool grows in chunks larger than the request). */
void quanta__vgpu_charge(int gpu, uint64_t bytes);

/* Brings every memory pool's account up to date with what the driver says the pool has
 * reserved (pool_hooks.c). The driver releases pool memory at synchronisations, which no
 * hooked call sees; a refused reservation calls this and, when it returns 1 (some
 * account went down), asks once more. Returns 0 when nothing was given back. Keeps errno.
 * Must not be called with the allocation tables' lock held (it releases through them). */
int quanta__pools_refresh(void);

/* The same for the GPU with UUID `uuid` ("GPU-…", as NVML names it). */
int quanta__vgpu_limits_uuid(const char *uuid, uint64_t *quota, uint64_t *used);

/* The quota and usage of the vGPU on device `dev`. Returns 0 if this process is in a
 * vGPU that has this device, -1 otherwise. */
int quanta__vgpu_limits(CUdevice dev, uint64_t *quota, uint64_t *used);

/* What a tracked key names: a device pointer, a VMM allocation handle, or a CUDA array
 * or mipmapped array. */
enum quanta__vgpu_kind {
    QUANTA__VGPU_POINTER = 0,
    QUANTA__VGPU_HANDLE = 1,
    QUANTA__VGPU_ARRAY = 2,
    QUANTA__VGPU_CONTEXT = 3
};
#define QUANTA__VGPU_KINDS 4

/* What one CUDA context costs on device `dev` for this process's vGPU (measured by the
 * daemon); 0 outside a vGPU, for a device it lacks, or when it was not measured. */
uint64_t quanta__vgpu_context_bytes(CUdevice dev);

/* Records that this process exported an IPC memory handle hashing to `key`, so that
 * members of its vGPU that import it know the memory is already counted. */
void quanta__vgpu_export(uint64_t key);

/* Whether a live process of this process's vGPU exported the handle hashing to `key`. */
int quanta__vgpu_exported_here(uint64_t key);

/* Remembers allocation `key` of `bytes` on slice `gpu` (quanta__vgpu_forget forgets it). */
void quanta__vgpu_track(enum quanta__vgpu_kind kind, uint64_t key, uint64_t bytes, int gpu);

/* After the driver's answer to an allocation reserved with `a`: on success the
 * reservation stays, remembered under `key`; on failure it is given back. Returns rc. */
CUresult quanta__vgpu_settle(enum quanta__vgpu_answer a, CUresult rc, enum quanta__vgpu_kind kind, uint64_t key,
                             uint64_t bytes, int gpu);

/* After a successful free, release or destroy of `key`: what it was charged returns to
 * the vGPU (nothing if it was not charged, or outside a vGPU). */
void quanta__vgpu_forget(enum quanta__vgpu_kind kind, uint64_t key);

#endif
