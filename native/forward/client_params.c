/*
 * client_params.c - what the client needs to know about arguments whose size the C
 * signature does not give: a kernel's parameters, a module image's length, and option
 * lists (fwd_options.h).
 *
 * Design: a kernel's parameter sizes come from the driver on the GPU host
 * (cuFuncGetParamInfo, itself forwarded), asked once per function and kept in a small
 * open-addressing table (functions live as long as their module; a reused handle with a
 * different layout would need the module's unload to clear its entries: see the limits in
 * docs/design/forwarding.md). Parameters go on the wire as a count and, for each, its size
 * and bytes, so the executor never guesses a size.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fwd_client.h"

#define MAX_PARAMS 256
#define LAYOUT_SLOTS 4096 /* power of two */

struct layout {
    CUfunction f;
    uint32_t count;
    uint32_t *size;
};

static struct layout layouts[LAYOUT_SLOTS];
static pthread_mutex_t layouts_lock = PTHREAD_MUTEX_INITIALIZER;

static size_t slot_of(CUfunction f)
{
    uintptr_t x = (uintptr_t)f;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x >> 40) & (LAYOUT_SLOTS - 1);
}

/* The layout of f, asked of the executor the first time; NULL if it cannot be told. */
static const struct layout *layout_of(CUfunction f)
{
    pthread_mutex_lock(&layouts_lock);
    size_t s = slot_of(f);
    while (layouts[s].f != NULL && layouts[s].f != f)
        s = (s + 1) & (LAYOUT_SLOTS - 1);
    struct layout *l = &layouts[s];
    if (l->f == f) {
        pthread_mutex_unlock(&layouts_lock);
        return l;
    }
    pthread_mutex_unlock(&layouts_lock);
    uint32_t sizes[MAX_PARAMS], n = 0;
    int kernel = 0; /* a library's kernel (CUkernel), which cuLaunchKernel also takes */
    for (;; n++) {
        size_t offset = 0, size = 0;
        CUresult rc = kernel ? cuKernelGetParamInfo((CUkernel)f, n, &offset, &size) : cuFuncGetParamInfo(f, n, &offset, &size);
        if (rc == CUDA_ERROR_INVALID_HANDLE && n == 0 && !kernel) {
            kernel = 1;
            rc = cuKernelGetParamInfo((CUkernel)f, n, &offset, &size);
        }
        if (rc == CUDA_ERROR_INVALID_VALUE)
            break; /* past the last parameter */
        if (rc != CUDA_SUCCESS || n == MAX_PARAMS || size > QUANTA_FWD_MAX_PAYLOAD)
            return NULL;
        sizes[n] = (uint32_t)size;
    }
    uint32_t *copy = malloc((n ? n : 1) * sizeof *copy);
    if (copy == NULL)
        return NULL;
    memcpy(copy, sizes, n * sizeof *copy);
    pthread_mutex_lock(&layouts_lock);
    s = slot_of(f);
    while (layouts[s].f != NULL && layouts[s].f != f)
        s = (s + 1) & (LAYOUT_SLOTS - 1);
    l = &layouts[s];
    if (l->f == NULL) {
        l->count = n;
        l->size = copy;
        __atomic_store_n(&l->f, f, __ATOMIC_RELEASE);
    } else {
        free(copy); /* another thread got there first */
    }
    pthread_mutex_unlock(&layouts_lock);
    return l;
}

void quanta__fwd_put_kernel_params(struct quanta__fwd_call *c, CUfunction f, void **params)
{
    if (c->rc != CUDA_SUCCESS)
        return;
    const struct layout *l = params != NULL ? layout_of(f) : NULL;
    if (params != NULL && l == NULL) {
        quanta__fwd_log("%s: the parameters of function %p could not be told (cuFuncGetParamInfo failed)", quanta__fwd_call_name(c), (void *)f);
        c->rc = CUDA_ERROR_INVALID_VALUE;
        return;
    }
    uint32_t count = l != NULL ? l->count : 0;
    quanta__fwd_put(c, &count, sizeof count);
    for (uint32_t i = 0; i < count; i++) {
        quanta__fwd_put(c, &l->size[i], sizeof l->size[i]);
        quanta__fwd_put(c, params[i], l->size[i]);
    }
}

/* ELF64: the furthest of its section and program header tables (a cubin ends with them). */
static size_t elf_size(const unsigned char *p)
{
    uint64_t shoff, phoff;
    uint16_t shentsize, shnum, phentsize, phnum;
    memcpy(&phoff, p + 0x20, 8);
    memcpy(&shoff, p + 0x28, 8);
    memcpy(&phentsize, p + 0x36, 2);
    memcpy(&phnum, p + 0x38, 2);
    memcpy(&shentsize, p + 0x3A, 2);
    memcpy(&shnum, p + 0x3C, 2);
    uint64_t end = shoff + (uint64_t)shentsize * shnum, ph = phoff + (uint64_t)phentsize * phnum;
    if (ph > end)
        end = ph;
    return end <= QUANTA_FWD_MAX_PAYLOAD ? (size_t)end : 0;
}

const void *quanta__fwd_image_bytes(const void *image)
{
    struct quanta__fatbin_wrapper w;
    if (image == NULL)
        return NULL;
    memcpy(&w, image, sizeof w.magic);
    if (w.magic != QUANTA__FATBINC_MAGIC)
        return image;
    memcpy(&w, image, sizeof w);
    return w.data;
}

size_t quanta__fwd_image_size(const void *image)
{
    const unsigned char *p = image;
    static const unsigned char elf[4] = {0x7f, 'E', 'L', 'F'};
    uint32_t magic;
    memcpy(&magic, p, 4);
    if (memcmp(p, elf, 4) == 0)
        return p[4] == 2 ? elf_size(p) : 0; /* 64-bit only */
    if (magic == 0xBA55ED50u) { /* a fat binary: u16 version, u16 header size, u64 payload size */
        uint16_t header;
        uint64_t payload;
        memcpy(&header, p + 6, 2);
        memcpy(&payload, p + 8, 8);
        return payload <= (uint64_t)QUANTA_FWD_MAX_PAYLOAD - header ? (size_t)header + (size_t)payload : 0;
    }
    size_t n = strnlen(image, QUANTA_FWD_MAX_PAYLOAD); /* PTX (or fakecuda's text images) */
    return n < QUANTA_FWD_MAX_PAYLOAD ? n + 1 : 0;
}

/* A log buffer's size: the value of its size option in the same list (0 if absent). */
static uint64_t log_size(const int *options, void **values, unsigned n, int size_option)
{
    for (unsigned i = 0; i < n; i++)
        if (options[i] == size_option)
            return (uint64_t)(uintptr_t)values[i];
    return 0;
}

void quanta__fwd_put_options(struct quanta__fwd_call *c, int family, const int *options, void **values, unsigned n)
{
    uint64_t count = options != NULL && values != NULL ? n : 0;
    if (c->rc != CUDA_SUCCESS)
        return;
    if (count > QUANTA__FWD_MAX_OPTIONS) {
        quanta__fwd_log("%s: %u options: not forwarded (at most %d)", quanta__fwd_call_name(c), n, QUANTA__FWD_MAX_OPTIONS);
        c->rc = CUDA_ERROR_NOT_SUPPORTED;
        return;
    }
    quanta__fwd_put(c, &count, sizeof count);
    for (uint64_t i = 0; i < count; i++) {
        int size_option = -1;
        uint32_t option = (uint32_t)options[i];
        uint64_t value = (uint64_t)(uintptr_t)values[i];
        switch (quanta__fwd_option_kind(family, options[i], &size_option)) {
        case QUANTA__FWD_OPTION_REFUSED:
            quanta__fwd_log("%s: %s option %d points into the program's memory: not forwarded, it returns CUDA_ERROR_NOT_SUPPORTED",
                            quanta__fwd_call_name(c), family == QUANTA__FWD_OPT_JIT ? "JIT" : "library", options[i]);
            c->rc = CUDA_ERROR_NOT_SUPPORTED;
            return;
        case QUANTA__FWD_OPTION_LOG:
            value = values[i] != NULL ? log_size(options, values, (unsigned)count, size_option) : 0;
            break;
        case QUANTA__FWD_OPTION_VALUE:
        case QUANTA__FWD_OPTION_DROPPED:
            break;
        }
        quanta__fwd_put(c, &option, sizeof option);
        quanta__fwd_put(c, &value, sizeof value);
    }
}

void quanta__fwd_get_options(struct quanta__fwd_call *c, int family, const int *options, void **values, unsigned n)
{
    uint64_t count = options != NULL && values != NULL ? n : 0;
    uint64_t after[QUANTA__FWD_MAX_OPTIONS];
    if (c->rc != CUDA_SUCCESS || c->reply == NULL || count > QUANTA__FWD_MAX_OPTIONS)
        return;
    for (uint64_t i = 0; i < count; i++)
        quanta__fwd_get_opt(c, &after[i], sizeof after[i]);
    for (uint64_t i = 0; i < count && c->rc == CUDA_SUCCESS; i++) {
        int size_option = -1;
        char none;
        if (quanta__fwd_option_kind(family, options[i], &size_option) == QUANTA__FWD_OPTION_LOG)
            quanta__fwd_get_buf(c, values[i] != NULL ? values[i] : &none, values[i] != NULL ? log_size(options, values, (unsigned)count, size_option) : 0);
        else if (quanta__fwd_option_written(family, options[i]))
            values[i] = (void *)(uintptr_t)after[i];
    }
}

void quanta__fwd_put_launch_config(struct quanta__fwd_call *c, const CUlaunchConfig *config)
{
    quanta__fwd_put_opt(c, config, sizeof *config);
    if (config == NULL || c->rc != CUDA_SUCCESS)
        return;
    if (config->numAttrs > QUANTA__FWD_MAX_LAUNCH_ATTRS || (config->numAttrs > 0 && config->attrs == NULL)) {
        quanta__fwd_log("%s: %u launch attributes: not forwarded (at most %d)", quanta__fwd_call_name(c), config->numAttrs,
                        QUANTA__FWD_MAX_LAUNCH_ATTRS);
        c->rc = config->attrs == NULL ? CUDA_ERROR_INVALID_VALUE : CUDA_ERROR_NOT_SUPPORTED;
        return;
    }
    quanta__fwd_put(c, config->attrs, config->numAttrs * sizeof *config->attrs);
}
