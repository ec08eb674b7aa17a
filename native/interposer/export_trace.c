/*
 * export_trace.c - QUANTA_TRACE_EXPORT_TABLES=1: which of the driver's private tables
 * (cuGetExportTable) a program uses, and which of their functions it calls.
 *
 * Why: cudart (static or shared) and CUDA libraries reach the driver through tables of
 * undocumented functions handed out by UUID. API forwarding has to answer them on a
 * machine with no driver (native/forward/client_export.c), so what a given cudart asks
 * for must be read off a real driver: this trace does that, natively, for any program.
 *
 * Design: with the variable unset, cuGetExportTable passes straight through. With it
 * set, the first request for a UUID logs the UUID and the table's first words, and the
 * program gets a copy of the table in which every entry that points into the driver's
 * code is replaced by a trampoline: it logs its table and index (the first CALLS_LOGGED
 * calls of each, with the first four arguments) and calls the real entry with the same
 * six integer arguments. Limits, acceptable for a diagnostic: an entry taking more than
 * six integer arguments, or arguments in vector registers, is called with those lost;
 * at most MAX_TABLES tables of MAX_ENTRIES entries are wrapped (others pass through).
 * An entry is taken for code when dladdr() places it in the same object as the real
 * cuGetExportTable; anything else (sizes, data pointers) is copied unchanged.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "libs.h"
#include "log.h"

#define MAX_TABLES 16
#define MAX_ENTRIES 64
#define CALLS_LOGGED 3

typedef uintptr_t (*entry_fn)(uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t, uintptr_t);

static pthread_mutex_t tables_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    CUuuid id;
    const void *real_table;
    void *copy[MAX_ENTRIES];
    entry_fn real[MAX_ENTRIES];
    unsigned calls[MAX_ENTRIES];
} tables[MAX_TABLES];
static int table_count;

static void uuid_text(const CUuuid *id, char out[40])
{
    static const char hex[] = "0123456789abcdef";
    int n = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[n++] = '-';
        out[n++] = hex[(unsigned char)id->bytes[i] >> 4];
        out[n++] = hex[(unsigned char)id->bytes[i] & 15];
    }
    out[n] = '\0';
}

static uintptr_t through(int t, int i, uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t d, uintptr_t e, uintptr_t f)
{
    unsigned n = __atomic_fetch_add(&tables[t].calls[i], 1, __ATOMIC_RELAXED);
    char id[40];
    if (n < CALLS_LOGGED) {
        uuid_text(&tables[t].id, id);
        quanta__log("export table %s entry %d called (%#lx, %#lx, %#lx, %#lx)", id, i, (unsigned long)a, (unsigned long)b,
                    (unsigned long)c, (unsigned long)d);
    }
    uintptr_t r = tables[t].real[i](a, b, c, d, e, f);
    if (n < CALLS_LOGGED)
        quanta__log("export table %s entry %d returned %#lx", id, i, (unsigned long)r);
    return r;
}

/* One trampoline per (table, entry): TRAMP(t, i) knows its place. */
#define TRAMP(t, i)                                                                                              \
    static uintptr_t tramp_##t##_##i(uintptr_t a, uintptr_t b, uintptr_t c, uintptr_t d, uintptr_t e, uintptr_t f) \
    {                                                                                                            \
        return through(t, i, a, b, c, d, e, f);                                                                  \
    }
/* Token pasting needs literal indices, so the 64 of a table are spelled out. */
#define TRAMPS64(t)                                                                                              \
    TRAMP(t, 0) TRAMP(t, 1) TRAMP(t, 2) TRAMP(t, 3) TRAMP(t, 4) TRAMP(t, 5) TRAMP(t, 6) TRAMP(t, 7)              \
    TRAMP(t, 8) TRAMP(t, 9) TRAMP(t, 10) TRAMP(t, 11) TRAMP(t, 12) TRAMP(t, 13) TRAMP(t, 14) TRAMP(t, 15)        \
    TRAMP(t, 16) TRAMP(t, 17) TRAMP(t, 18) TRAMP(t, 19) TRAMP(t, 20) TRAMP(t, 21) TRAMP(t, 22) TRAMP(t, 23)      \
    TRAMP(t, 24) TRAMP(t, 25) TRAMP(t, 26) TRAMP(t, 27) TRAMP(t, 28) TRAMP(t, 29) TRAMP(t, 30) TRAMP(t, 31)      \
    TRAMP(t, 32) TRAMP(t, 33) TRAMP(t, 34) TRAMP(t, 35) TRAMP(t, 36) TRAMP(t, 37) TRAMP(t, 38) TRAMP(t, 39)      \
    TRAMP(t, 40) TRAMP(t, 41) TRAMP(t, 42) TRAMP(t, 43) TRAMP(t, 44) TRAMP(t, 45) TRAMP(t, 46) TRAMP(t, 47)      \
    TRAMP(t, 48) TRAMP(t, 49) TRAMP(t, 50) TRAMP(t, 51) TRAMP(t, 52) TRAMP(t, 53) TRAMP(t, 54) TRAMP(t, 55)      \
    TRAMP(t, 56) TRAMP(t, 57) TRAMP(t, 58) TRAMP(t, 59) TRAMP(t, 60) TRAMP(t, 61) TRAMP(t, 62) TRAMP(t, 63)
#define TRAMP_REFS(t)                                                                                            \
    {tramp_##t##_0, tramp_##t##_1, tramp_##t##_2, tramp_##t##_3, tramp_##t##_4, tramp_##t##_5, tramp_##t##_6,    \
     tramp_##t##_7, tramp_##t##_8, tramp_##t##_9, tramp_##t##_10, tramp_##t##_11, tramp_##t##_12, tramp_##t##_13, \
     tramp_##t##_14, tramp_##t##_15, tramp_##t##_16, tramp_##t##_17, tramp_##t##_18, tramp_##t##_19,              \
     tramp_##t##_20, tramp_##t##_21, tramp_##t##_22, tramp_##t##_23, tramp_##t##_24, tramp_##t##_25,              \
     tramp_##t##_26, tramp_##t##_27, tramp_##t##_28, tramp_##t##_29, tramp_##t##_30, tramp_##t##_31,              \
     tramp_##t##_32, tramp_##t##_33, tramp_##t##_34, tramp_##t##_35, tramp_##t##_36, tramp_##t##_37,              \
     tramp_##t##_38, tramp_##t##_39, tramp_##t##_40, tramp_##t##_41, tramp_##t##_42, tramp_##t##_43,              \
     tramp_##t##_44, tramp_##t##_45, tramp_##t##_46, tramp_##t##_47, tramp_##t##_48, tramp_##t##_49,              \
     tramp_##t##_50, tramp_##t##_51, tramp_##t##_52, tramp_##t##_53, tramp_##t##_54, tramp_##t##_55,              \
     tramp_##t##_56, tramp_##t##_57, tramp_##t##_58, tramp_##t##_59, tramp_##t##_60, tramp_##t##_61,              \
     tramp_##t##_62, tramp_##t##_63}

TRAMPS64(0) TRAMPS64(1) TRAMPS64(2) TRAMPS64(3) TRAMPS64(4) TRAMPS64(5) TRAMPS64(6) TRAMPS64(7)
TRAMPS64(8) TRAMPS64(9) TRAMPS64(10) TRAMPS64(11) TRAMPS64(12) TRAMPS64(13) TRAMPS64(14) TRAMPS64(15)

static const entry_fn trampolines[MAX_TABLES][MAX_ENTRIES] = {
    TRAMP_REFS(0), TRAMP_REFS(1), TRAMP_REFS(2), TRAMP_REFS(3), TRAMP_REFS(4), TRAMP_REFS(5), TRAMP_REFS(6), TRAMP_REFS(7),
    TRAMP_REFS(8), TRAMP_REFS(9), TRAMP_REFS(10), TRAMP_REFS(11), TRAMP_REFS(12), TRAMP_REFS(13), TRAMP_REFS(14), TRAMP_REFS(15),
};

static int tracing_tables(void)
{
    static int on = -1;
    if (on < 0) {
        const char *v = getenv("QUANTA_TRACE_EXPORT_TABLES");
        on = v != NULL && strcmp(v, "1") == 0;
    }
    return on;
}

/* Whether p is code of the object that holds `anchor` (the real driver). */
static int in_driver(const void *p, const void *anchor)
{
    Dl_info a, b;
    if (p == NULL || dladdr(anchor, &a) == 0 || dladdr(p, &b) == 0)
        return 0;
    return a.dli_fbase == b.dli_fbase;
}

/* The traced copy of `table` (first request logs it); the real table when out of room. */
static const void *traced(const CUuuid *id, const void *table, const void *anchor)
{
    pthread_mutex_lock(&tables_lock);
    for (int t = 0; t < table_count; t++) {
        if (memcmp(&tables[t].id, id, sizeof *id) == 0 && tables[t].real_table == table) {
            pthread_mutex_unlock(&tables_lock);
            return tables[t].copy;
        }
    }
    char text[40];
    uuid_text(id, text);
    const uintptr_t *words = table;
    if (table_count == MAX_TABLES) {
        pthread_mutex_unlock(&tables_lock);
        quanta__log("export table %s requested: not traced (more than %d tables)", text, MAX_TABLES);
        return table;
    }
    int t = table_count++;
    memcpy(&tables[t].id, id, sizeof *id);
    tables[t].real_table = table;
    /* A first word below 4096 is the table's size in bytes; else scan to a NULL. */
    size_t n = words[0] != 0 && words[0] < 4096 && words[0] % sizeof(void *) == 0 ? words[0] / sizeof(void *) : MAX_ENTRIES;
    if (n > MAX_ENTRIES)
        n = MAX_ENTRIES;
    int wrapped = 0;
    size_t i;
    for (i = 0; i < n; i++) {
        const void *w = (const void *)words[i];
        if (n == MAX_ENTRIES && i > 0 && w == NULL)
            break;
        if (in_driver(w, anchor)) {
            tables[t].real[i] = (entry_fn)(uintptr_t)w;
            tables[t].copy[i] = (void *)(uintptr_t)trampolines[t][i];
            wrapped++;
        } else {
            tables[t].copy[i] = (void *)w;
        }
    }
    pthread_mutex_unlock(&tables_lock);
    quanta__log("export table %s requested: %zu entries, %d functions traced, first word %#lx", text, i, wrapped, (unsigned long)words[0]);
    return tables[t].copy;
}

/* Contract: as the driver's cuGetExportTable; with QUANTA_TRACE_EXPORT_TABLES=1 the table
 * handed out is a traced copy (see above). */
CUresult cuGetExportTable(const void **ppExportTable, const CUuuid *pExportTableId)
{
    quanta_cuda_pfn_cuGetExportTable real = (quanta_cuda_pfn_cuGetExportTable)quanta__enter(
        &quanta__cuda_lib, quanta__cuda_real, QUANTA_CUDA_cuGetExportTable);
    if (real == NULL)
        return (CUresult)quanta__missing(&quanta__cuda_lib, QUANTA_CUDA_cuGetExportTable);
    CUresult rc = real(ppExportTable, pExportTableId);
    if (!tracing_tables() || pExportTableId == NULL || ppExportTable == NULL)
        return rc;
    int saved = errno;
    if (rc != CUDA_SUCCESS || *ppExportTable == NULL) {
        char text[40];
        uuid_text(pExportTableId, text);
        quanta__log("export table %s requested: the driver answered %d", text, (int)rc);
    } else {
        *ppExportTable = traced(pExportTableId, *ppExportTable, (const void *)real);
    }
    errno = saved;
    return rc;
}
