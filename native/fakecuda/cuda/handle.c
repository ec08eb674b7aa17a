/*
 * handle.c - the handle table behind every opaque handle fakecuda gives out.
 *
 * Applications get numbers, not pointers: handle = generation << 32 | (slot + 1) << 4 |
 * kind. Looking one up is an index and two comparisons, a destroyed handle (whose slot
 * moved to a new generation) or a forged one is simply "not live", and no handle value
 * is ever 0, CU_STREAM_LEGACY (1) or CU_STREAM_PER_THREAD (2). Values stay below 2^48,
 * so they look like ordinary user-space addresses to code that prints them.
 * Everything here runs under fake__g.lock.
 */
#include "fake.h"

#include <stdlib.h>

struct slot {
    void *obj;
    struct fake__ctx *ctx;
    uint32_t gen;
    uint8_t kind;        /* FAKE__KIND_NONE when free */
    int32_t next_free;
};

static struct slot *slots;
static int32_t cap, used_top, free_head = -1;

#define SLOT_MAX (1 << 27)

static uint64_t encode(int32_t idx, uint32_t gen, enum fake__kind kind)
{
    return ((uint64_t)(gen & 0xffffu) << 32) | ((uint64_t)(idx + 1) << 4) | (uint64_t)kind;
}

static struct slot *decode(uint64_t h)
{
    if (h == 0 || (h >> 48) != 0)
        return NULL;
    int64_t idx = (int64_t)((h >> 4) & 0x0fffffffu) - 1;
    if (idx < 0 || idx >= used_top)
        return NULL;
    struct slot *s = &slots[idx];
    if (s->kind == FAKE__KIND_NONE || (s->gen & 0xffffu) != ((h >> 32) & 0xffffu) ||
        s->kind != (h & 0xfu))
        return NULL;
    return s;
}

uint64_t fake__handle_new(enum fake__kind kind, void *obj, struct fake__ctx *ctx)
{
    int32_t idx;
    if (free_head >= 0) {
        idx = free_head;
        free_head = slots[idx].next_free;
    } else {
        if (used_top == cap) {
            int32_t ncap = cap ? cap * 2 : 256;
            if (ncap > SLOT_MAX)
                return 0;
            struct slot *n = realloc(slots, (size_t)ncap * sizeof *n);
            if (n == NULL)
                return 0;
            slots = n;
            cap = ncap;
        }
        idx = used_top++;
        slots[idx].gen = 1;
    }
    struct slot *s = &slots[idx];
    s->obj = obj;
    s->ctx = ctx;
    s->kind = (uint8_t)kind;
    s->next_free = -1;
    return encode(idx, s->gen, kind);
}

void *fake__handle_get(enum fake__kind kind, uint64_t h)
{
    struct slot *s = decode(h);
    return (s != NULL && s->kind == kind) ? s->obj : NULL;
}

void fake__handle_drop(uint64_t h)
{
    struct slot *s = decode(h);
    if (s == NULL)
        return;
    s->kind = FAKE__KIND_NONE;
    s->obj = NULL;
    s->ctx = NULL;
    s->gen++;
    if ((s->gen & 0xffffu) == 0)
        s->gen++;
    s->next_free = free_head;
    free_head = (int32_t)(s - slots);
}

void fake__handle_each(struct fake__ctx *ctx,
                       void (*fn)(enum fake__kind, void *, uint64_t, void *), void *arg)
{
    for (int32_t i = 0; i < used_top; i++) {
        struct slot *s = &slots[i];
        if (s->kind != FAKE__KIND_NONE && s->ctx == ctx)
            fn((enum fake__kind)s->kind, s->obj, encode(i, s->gen, (enum fake__kind)s->kind), arg);
    }
}
