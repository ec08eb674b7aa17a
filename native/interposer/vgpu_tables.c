/*
 * vgpu_tables.c - what each allocation of this process was charged, so a free gives it back.
 *
 * Key (device pointer, VMM handle, array, context) -> size and slice. One open-addressing
 * table per kind of key, linear probing, at most 70% full, doubled when it gets there
 * (the only place that allocates, so the only place errno can change). The device
 * pointers' table, the hot one, lives in the shared hot line (vgpu_internal.h); the
 * others here. The tables and the credit share one spinlock, so a free takes it once for
 * both (vgpu_quota.c keeps small frees as credit).
 */
#include "vgpu_internal.h"

#include <errno.h>
#include <stdlib.h>

#include "log.h"

static struct quanta__vgpu_table cold_tables[QUANTA__VGPU_KINDS];

static struct quanta__vgpu_table *table_of(enum quanta__vgpu_kind kind)
{
    return kind == QUANTA__VGPU_POINTER ? &quanta__vgpu.pointers : &cold_tables[kind];
}

/* Fibonacci hashing: the product's HIGH bits, which depend on every bit of the key.
 * (Its low bits depend only on the key's low bits, and device pointers are 512-byte to
 * 2 MiB aligned: taking those put every 2 MiB allocation in one probe chain, measured
 * on the H100 as microseconds per allocation.) cap is a power of two >= 2. */
static size_t hash_key(uint64_t k, size_t cap)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ull) >> (64 - __builtin_ctzll((unsigned long long)cap)));
}

static void insert(struct quanta__vgpu_alloc *slots, size_t cap, struct quanta__vgpu_alloc a)
{
    size_t i = hash_key(a.key, cap);
    while (slots[i].key != 0)
        i = (i + 1) & (cap - 1);
    slots[i] = a;
}

void quanta__vgpu_track(enum quanta__vgpu_kind kind, uint64_t key, uint64_t bytes, int gpu)
{
    struct quanta__vgpu_table *t = table_of(kind);
    quanta__vgpu_tables_lock();
    if ((t->len + 1) * 10 >= t->cap * 7) {
        int saved = errno; /* growing calls the allocator: the only place errno can change */
        size_t cap = t->cap ? t->cap * 2 : 1024;
        struct quanta__vgpu_alloc *grown = calloc(cap, sizeof *grown);
        if (grown == NULL) {
            quanta__log("out of host memory tracking an allocation; its quota will not be given back");
            quanta__vgpu_tables_unlock();
            errno = saved;
            return;
        }
        for (size_t i = 0; i < t->cap; i++)
            if (t->slots[i].key != 0)
                insert(grown, cap, t->slots[i]);
        free(t->slots);
        t->slots = grown;
        t->cap = cap;
        errno = saved;
    }
    if (key != 0) {
        insert(t->slots, t->cap, (struct quanta__vgpu_alloc){key, bytes << 8 | (uint64_t)(gpu & 0xff)});
        t->len++;
    }
    quanta__vgpu_tables_unlock();
}

/* Forgets allocation `key` of table t, returning its size and slice; -1 if unknown.
 * Called with the tables locked. */
static int untrack_locked(struct quanta__vgpu_table *t, uint64_t key, uint64_t *bytes, int *gpu)
{
    int rc = -1;
    if (t->cap > 0 && key != 0) {
        size_t i = hash_key(key, t->cap);
        while (t->slots[i].key != 0 && t->slots[i].key != key)
            i = (i + 1) & (t->cap - 1);
        if (t->slots[i].key == key) {
            *bytes = t->slots[i].size_slice >> 8;
            *gpu = (int)(t->slots[i].size_slice & 0xff);
            /* Re-insert the rest of the cluster so that lookups past this slot still work. */
            t->slots[i].key = 0;
            t->len--;
            for (size_t j = (i + 1) & (t->cap - 1); t->slots[j].key != 0; j = (j + 1) & (t->cap - 1)) {
                struct quanta__vgpu_alloc a = t->slots[j];
                t->slots[j].key = 0;
                insert(t->slots, t->cap, a);
            }
            rc = 0;
        }
    }
    return rc;
}

CUresult quanta__vgpu_settle(enum quanta__vgpu_answer a, CUresult rc, enum quanta__vgpu_kind kind, uint64_t key,
                             uint64_t bytes, int gpu)
{
    if (a == QUANTA__VGPU_OK) {
        if (rc == CUDA_SUCCESS)
            quanta__vgpu_track(kind, key, bytes, gpu);
        else
            quanta__vgpu_release(gpu, bytes);
    }
    return rc;
}

void quanta__vgpu_forget(enum quanta__vgpu_kind kind, uint64_t key)
{
    uint64_t bytes, back = 0;
    int gpu;
    if (!quanta__vgpu.in_vgpu)
        return;
    quanta__vgpu_tables_lock(); /* once for both the table and the credit: a free is on the hot path */
    if (untrack_locked(table_of(kind), key, &bytes, &gpu) == 0)
        back = quanta__vgpu_keep_as_credit(gpu, bytes);
    quanta__vgpu_tables_unlock();
    if (back > 0 && quanta__vgpu.seg != NULL && quanta__vgpu.slot >= 0)
        quanta__seg_release(quanta__vgpu.seg, quanta__vgpu.slot, gpu, back);
}
