/*
 * executor_args.c - reading a forwarded call's arguments out of its frame and writing its
 * outputs into the reply (fwd_executor.h). Nothing here trusts a length from the frame:
 * each is checked against what is left before anything is copied or pointed at.
 */
#include <errno.h>
#include <stdlib.h>
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

int quanta__fwd_take_image(struct quanta__fwd_in *in, struct quanta__fwd_out *out, const void **p, uint64_t *n)
{
    uint8_t how;
    *p = NULL;
    *n = 0;
    if (in->left < 1)
        return -1;
    memcpy(&how, in->at, 1);
    if (how != QUANTA_FWD_IMAGE_NAMED) {
        if (quanta__fwd_take_buf(in, p, n) != 0) /* absent or inline: a buffer's layout */
            return -1;
        if (*p != NULL)
            quanta__exec_cache_offer(*p, *n);
        return 0;
    }
    uint8_t hash[32];
    if (quanta__fwd_take(in, &how, 1) != 0 || quanta__fwd_take(in, n, sizeof *n) != 0 || quanta__fwd_take(in, hash, sizeof hash) != 0 ||
        *n < QUANTA_FWD_IMAGE_NAMED_MIN || out->image.at != NULL)
        return -1;
    if (quanta__exec_cache_get(hash, *n, &out->image) != 0) {
        out->image_needed = 1;
        return -1;
    }
    *p = out->image.at;
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
    /* Nothing asked for (an attribute this build does not size): room the driver may still
     * write a value into, never the buffer's own bookkeeping. */
    static _Alignas(16) uint8_t nothing[64];
    out->scratch->len = 0;
    return n == 0 ? nothing : quanta__fwd_buf_grow(out->scratch, (size_t)n);
}

static void stream_failed(struct quanta__fwd_out *out)
{
    if (!out->lost) {
        out->lost = 1;
        out->lost_errno = errno;
    }
}

int quanta__fwd_stream_begin(struct quanta__fwd_out *out, uint64_t n)
{
    if (!out->may_stream || n < QUANTA_FWD_STREAM_MIN || n > QUANTA_FWD_MAX_PAYLOAD - 16)
        return 0;
    struct quanta_fwd_header h = {.length = (uint32_t)(sizeof n + n + sizeof(struct quanta_fwd_reply)), .kind = QUANTA_FWD_KIND_STREAM,
                                  .thread = out->thread};
    uint8_t head[sizeof h + sizeof n];
    memcpy(head, &h, sizeof h);
    memcpy(head + sizeof h, &n, sizeof n);
    if (quanta__fwd_write_all(out->conn, head, sizeof head) != 0)
        stream_failed(out);
    out->streaming = 1;
    return 1;
}

CUresult quanta__fwd_stream_settle(struct quanta__fwd_out *out, CUstream stream)
{
    return out->pinned && out->conn->tx != NULL ? cuStreamSynchronize(stream) : CUDA_SUCCESS;
}

size_t quanta__fwd_stream_piece(uint64_t n)
{
    uint64_t quarter = (n + 3) / 4;
    return quarter < (64u << 10) ? (64u << 10) : quarter > QUANTA_FWD_STREAM_PIECE ? QUANTA_FWD_STREAM_PIECE : (size_t)quarter;
}

void *quanta__fwd_stream_room(struct quanta__fwd_out *out, size_t n)
{
    if (out->lost)
        return NULL;
    if (out->conn->tx != NULL) {
        uint8_t *at;
        if (quanta__fwd_ring_reserve(out->conn->tx, n, &at) != 0) {
            stream_failed(out);
            return NULL;
        }
        return at;
    }
    out->scratch->len = 0;
    void *at = quanta__fwd_buf_grow(out->scratch, n);
    if (at == NULL) {
        errno = ENOMEM;
        stream_failed(out);
    }
    return at;
}

void quanta__fwd_stream_sent(struct quanta__fwd_out *out, size_t n)
{
    if (out->conn->tx != NULL)
        quanta__fwd_ring_commit(out->conn->tx, n);
    else if (quanta__fwd_write_all(out->conn, out->scratch->data, n) != 0)
        stream_failed(out);
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

/* Log buffers of an option list: one per log option, reused from call to call. */
static char *log_buffers[QUANTA__FWD_MAX_OPTIONS];

int quanta__fwd_take_options(struct quanta__fwd_in *in, int family, struct quanta__fwd_options *o)
{
    o->family = family;
    o->count = 0;
    if (quanta__fwd_take(in, &o->sent, sizeof o->sent) != 0 || o->sent > QUANTA__FWD_MAX_OPTIONS)
        return -1;
    for (uint64_t i = 0; i < o->sent; i++) {
        uint32_t option;
        uint64_t value;
        int size_option = -1;
        if (quanta__fwd_take(in, &option, sizeof option) != 0 || quanta__fwd_take(in, &value, sizeof value) != 0)
            return -1;
        o->at[i] = -1;
        void *v;
        switch (quanta__fwd_option_kind(family, (int)option, &size_option)) {
        case QUANTA__FWD_OPTION_REFUSED:
            return -1; /* the client never sends these */
        case QUANTA__FWD_OPTION_DROPPED:
            continue; /* not passed on: the driver's default holds */
        case QUANTA__FWD_OPTION_LOG:
            if (value > QUANTA__FWD_MAX_LOG)
                return -1;
            free(log_buffers[i]);
            log_buffers[i] = calloc(1, value ? (size_t)value : 1);
            if (log_buffers[i] == NULL)
                return -1;
            v = log_buffers[i];
            break;
        case QUANTA__FWD_OPTION_VALUE:
        default:
            v = (void *)(uintptr_t)value;
            break;
        }
        o->at[i] = (int)o->count;
        o->options[o->count] = (int)option;
        o->values[o->count++] = v;
    }
    /* A log's size must be in the list, or the driver would take the buffer as empty. */
    return 0;
}

void quanta__fwd_give_options(struct quanta__fwd_out *out, struct quanta__fwd_options *o, CUresult rc)
{
    (void)rc;
    for (uint64_t i = 0; i < o->sent; i++) {
        uint64_t v = o->at[i] >= 0 ? (uint64_t)(uintptr_t)o->values[o->at[i]] : 0;
        quanta__fwd_give(out, &v, sizeof v);
    }
    for (uint64_t i = 0; i < o->sent; i++) {
        int size_option = -1;
        if (o->at[i] < 0 || quanta__fwd_option_kind(o->family, o->options[o->at[i]], &size_option) != QUANTA__FWD_OPTION_LOG)
            continue;
        uint64_t cap = 0;
        for (uint64_t j = 0; j < o->count; j++)
            if (o->options[j] == size_option)
                cap = (uint64_t)(uintptr_t)o->values[j];
        const char *text = o->values[o->at[i]];
        size_t n = cap > 0 ? strnlen(text, (size_t)(cap < QUANTA__FWD_MAX_LOG ? cap : QUANTA__FWD_MAX_LOG)) : 0;
        quanta__fwd_give_buf(out, text, n < cap ? n + 1 : n);
    }
}

int quanta__fwd_take_launch_config(struct quanta__fwd_in *in, const CUlaunchConfig **config)
{
    static CUlaunchConfig c;
    static CUlaunchAttribute attrs[QUANTA__FWD_MAX_LAUNCH_ATTRS];
    int present = 0;
    *config = NULL;
    if (quanta__fwd_take_opt(in, &c, sizeof c, &present) != 0)
        return -1;
    if (!present)
        return 0;
    if (c.numAttrs > QUANTA__FWD_MAX_LAUNCH_ATTRS || quanta__fwd_take(in, attrs, c.numAttrs * sizeof attrs[0]) != 0)
        return -1;
    c.attrs = c.numAttrs > 0 ? attrs : NULL;
    *config = &c;
    return 0;
}
