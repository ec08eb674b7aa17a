/*
 * libs.h - what the interposer's modules tell each other (not part of any public API).
 */
#ifndef QUANTA_LIBS_H
#define QUANTA_LIBS_H

#include "quanta_cuda_api.h"
#include "quanta_nvml_api.h"
#include "wrap.h"

/* Generated (gen/quanta_*_wrappers.c): the address of Quanta's wrapper of each symbol. */
extern void *const quanta__cuda_wrappers[QUANTA_CUDA_FN_COUNT];
extern void *const quanta__nvml_wrappers[QUANTA_NVML_FN_COUNT];

/* The real dlsym(), bypassing Quanta's own. Returns NULL if it cannot be found. */
void *quanta__real_dlsym(void *handle, const char *name);

/* Called once the real driver is loaded: indexes its function pointers so that
 * cuGetProcAddress results can be mapped back to Quanta's wrappers. */
void quanta__procaddr_index(const struct quanta__lib *lib);

/* Records that `symbol` of library `lib_id` reached the application without a Quanta
 * wrapper, through lookup path `path` ("dlsym", "cuGetProcAddress"). Thread-safe. */
void quanta__trace_unwrapped(const char *lib_id, const char *symbol, const char *path);

/* How programs looked symbols up, for the trace: every dlsym, those emulated for the
 * caller (RTLD_NEXT, and RTLD_DEFAULT misses retried in the caller's own scope). */
struct quanta__lookup_stats {
    uint64_t dlsym, dlsym_next, dlsym_default_retry;
};
extern struct quanta__lookup_stats quanta__lookups;

/* Returns the library (cuda or nvml) whose symbols start like `name`, or NULL. */
struct quanta__lib *quanta__lib_for_symbol(const char *name);

#endif
