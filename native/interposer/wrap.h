/*
 * wrap.h - the interposer's per-call fast path, shared by every generated wrapper.
 *
 * Each vendor library (CUDA driver, NVML) has one `struct quanta__lib`: the real library's
 * handle and a table of its function pointers, loaded on first use (not at process start:
 * most processes that inherit LD_PRELOAD never touch CUDA). A wrapper costs one predictable
 * branch for tracing, one load of the real pointer and an indirect call.
 */
#ifndef QUANTA_WRAP_H
#define QUANTA_WRAP_H

#include <pthread.h>
#include <stdint.h>

#include "api_table.h"

#define QUANTA__WRAPPER __attribute__((weak, visibility("default")))
#define QUANTA__COLD __attribute__((noinline, cold))

struct quanta__lib {
    const struct quanta__api *api;   /* generated names and version tables */
    void *const *wrappers;           /* [count] Quanta's wrapper for each symbol */
    const char *soname;              /* what dlopen() is asked for */
    int no_library_error;            /* returned when the real library cannot be loaded */
    int no_symbol_error;             /* returned when it lacks the symbol */
    pthread_once_t once;
    void *handle;                    /* real library, NULL if it could not be loaded */
    void **real;                     /* [count] real function pointers */
    uint64_t *calls;                 /* [count] call counts, maintained while tracing */
};

extern struct quanta__lib quanta__cuda_lib;
extern struct quanta__lib quanta__nvml_lib;
extern int quanta__tracing;          /* set once at load time; read-only afterwards */

/* The real function pointers, one table per library, indexed by the generated enums;
 * filled once when the library is loaded (lib->real points at the same table). */
extern void *quanta__cuda_real[];
extern void *quanta__nvml_real[];

/* Loads lib's real library if not yet done and returns the real pointer of function
 * `fn`, or NULL if the library or the symbol is missing. Thread-safe. */
void *quanta__resolve(struct quanta__lib *lib, int fn);

/* The slow path of quanta__enter: counts the call when tracing, loads the library when
 * needed. Returns the real pointer or NULL. */
void *quanta__enter_slow(struct quanta__lib *lib, int fn);

/* Logs (once per function) that `fn` could not be forwarded and returns the error code
 * the caller should return: lib->no_library_error or lib->no_symbol_error. */
int quanta__missing(struct quanta__lib *lib, int fn);

/* The generated wrappers' fast path: the real pointer, or NULL when the slow path must
 * run (tracing, library not loaded yet, symbol missing). */
static inline __attribute__((always_inline)) void *quanta__fast(void **real_table, int fn)
{
    void *real = __atomic_load_n(&real_table[fn], __ATOMIC_ACQUIRE);
    return __builtin_expect(quanta__tracing, 0) ? NULL : real;
}

/* Entry of hand-written hooks: returns the real function pointer (NULL if unavailable).
 * The fast path is one load and one test, always inlined, so that a wrapper ends in a
 * tail jump to the driver; counting and loading happen out of line. */
static inline __attribute__((always_inline)) void *quanta__enter(struct quanta__lib *lib, void **real_table, int fn)
{
    void *real = __atomic_load_n(&real_table[fn], __ATOMIC_ACQUIRE);
    if (__builtin_expect(real == NULL || quanta__tracing, 0))
        real = quanta__enter_slow(lib, fn);
    return real;
}

#endif
