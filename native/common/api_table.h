/*
 * api_table.h - the shape of the generated API tables, and lookups over them.
 *
 * tools/gen emits, for each vendor library (CUDA driver, NVML), one `struct quanta__api`
 * holding every symbol's name, a strcmp-sorted index of them (for dlsym) and, for the
 * driver, the versions that introduced each symbol of an entry point (for
 * cuGetProcAddress). The interposer and fakecuda share these lookups, so both answer
 * "which symbol is cuMemAlloc at CUDA 12.0?" the same way, from the same table.
 */
#ifndef QUANTA_API_TABLE_H
#define QUANTA_API_TABLE_H

#include <stdint.h>

/* An entry point (the name cuGetProcAddress is asked for) and its two slices of
 * versions[]: legacy-stream symbols, then per-thread-stream (_ptds/_ptsz) symbols. */
struct quanta__api_entry {
    const char *name;
    uint16_t first, count;
    uint16_t pt_first, pt_count;
};

/* A symbol of an entry point and the CUDA version that introduced it. */
struct quanta__api_version {
    int since;
    uint16_t fn;
};

struct quanta__api {
    const char *id;                           /* "cuda" or "nvml" */
    int count;                                /* number of symbols */
    const char *const *names;                 /* [count] symbol names */
    const uint16_t *by_name;                  /* [count] indices in strcmp order */
    const struct quanta__api_entry *entries;  /* sorted by name */
    int entry_count;
    const struct quanta__api_version *versions;
};

enum quanta__proc_status {
    QUANTA__PROC_FOUND = 0,
    QUANTA__PROC_NO_SYMBOL = 1,        /* no such entry point */
    QUANTA__PROC_VERSION_TOO_OLD = 2,  /* exists, but only from a newer CUDA version */
};

/* Index of the exported symbol `symbol` (e.g. "cuMemAlloc_v2"), or -1 if api has none
 * (or symbol is NULL). */
int quanta__api_find(const struct quanta__api *api, const char *symbol);

/* The symbol cuGetProcAddress returns for entry point `entry` asked for at `version`,
 * as the driver chooses it: the newest symbol introduced at or before `version`; when
 * `per_thread` is non-zero and the entry has per-thread variants, the newest of those
 * instead (and none if all are newer than `version`). Returns its index, or -1 with
 * *status saying why (status may be NULL). */
int quanta__api_proc(const struct quanta__api *api, const char *entry, int version, int per_thread,
                     enum quanta__proc_status *status);

#endif
