/*
 * executor_args.c - reading a forwarded call's arguments out of its frame and writing its
 * outputs into the reply (fwd_executor.h). Nothing here trusts a length from the frame:
 * each is checked against what is left before anything is copied or pointed at.
 */
#include <string.h>

#include "fwd_executor.h"

#define MAX_PARAMS 256

size_t quanta__fwd_left(const struct quanta__fwd_in *in)
{
    return in->left;
}

int quanta__fwd_take(struct quanta__fwd_in *in, void *dst, size_t n)
{
    if (n > in->left)
        return -1;
    memcpy(dst, in->at, n);
    in->at += n;
    in->left -= n;
    return 0;
}

int quanta__fwd_take_opt(struct quanta__fwd_in *in, void *dst, size_t n, int *present)
{
    uint8_t has;
    if (quanta__fwd_take(in, &has, 1) != 0 || has > 1)
        return -1;
    *present = has;
    return has ? quanta__fwd_take(in, dst, n) : 0;
}

int quanta__fwd_take_buf(struct quanta__fwd_in *in, const void **p, uint64_t *n)
{
    uint8_t has;
    *p = NULL;
    *n = 0;
    if (quanta__fwd_take(in, &has, 1) != 0 || has > 1)
        return -1;
    if (!has)
        return 0;
    if (quanta__fwd_take(in, n, sizeof *n) != 0 || *n > in->left)
        return -1;
    *p = in->at;
    in->at += *n;
    in->left -= (size_t)*n;
    return 0;
}

int quanta__fwd_take_cstring(struct quanta__fwd_in *in, const char **s)
{
    const void *p;
    uint64_t n;
    if (quanta__fwd_take_buf(in, &p, &n) != 0)
        return -1;
    if (p != NULL && (n == 0 || memchr(p, '\0', (size_t)n) != (const char *)p + n - 1))
        return -1;
    *s = p;
    return 0;
}

int quanta__fwd_take_kernel_params(struct quanta__fwd_in *in, struct quanta__fwd_out *out, void ***params)
{
    uint32_t count;
    *params = NULL;
    if (quanta__fwd_take(in, &count, sizeof count) != 0 || count > MAX_PARAMS)
        return -1;
    if (count == 0)
        return 0;
    /* Pointers first, then each value at a 16-byte boundary; offsets while the buffer may
     * still move, pointers once it is complete. */
    struct quanta__fwd_buf *b = out->params;
    size_t offsets[MAX_PARAMS];
    b->len = 0;
    if (quanta__fwd_buf_grow(b, count * sizeof(void *)) == NULL)
        return -1;
    for (uint32_t i = 0; i < count; i++) {
        uint32_t size;
        if (quanta__fwd_take(in, &size, sizeof size) != 0 || size > in->left)
            return -1;
        size_t pad = (16 - b->len % 16) % 16;
        if (quanta__fwd_buf_grow(b, pad + size) == NULL)
            return -1;
        offsets[i] = b->len - size;
        memcpy(b->data + offsets[i], in->at, size);
        in->at += size;
        in->left -= size;
    }
    void **ptrs = (void **)(void *)b->data;
    for (uint32_t i = 0; i < count; i++)
        ptrs[i] = b->data + offsets[i];
    *params = ptrs;
    return 0;
}

void *quanta__fwd_scratch(struct quanta__fwd_out *out, uint64_t n)
{
    if (n > QUANTA_FWD_MAX_PAYLOAD - 64)
        return NULL;
    out->scratch->len = 0;
    return n == 0 ? out->scratch : quanta__fwd_buf_grow(out->scratch, (size_t)n);
}

void quanta__fwd_give(struct quanta__fwd_out *out, const void *p, size_t n)
{
    if (quanta__fwd_buf_add(out->reply, p, n) != 0)
        out->failed = 1;
}

void quanta__fwd_give_buf(struct quanta__fwd_out *out, const void *p, uint64_t n)
{
    quanta__fwd_give(out, &n, sizeof n);
    if (n > 0)
        quanta__fwd_give(out, p, (size_t)n);
}
