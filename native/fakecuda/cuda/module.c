/*
 * module.c - modules (context-bound) and libraries (context-independent) built from
 * fakecuda module images, and the functions and kernels they contain.
 *
 * An image is text (format in fakecuda.h): a magic first line, then one function per
 * line naming a built-in kernel (kernel.c), optionally under its own name, and
 * "global" lines declaring zeroed __device__ variables. Parsing is strict: anything
 * unexpected is CUDA_ERROR_INVALID_IMAGE, as a corrupt cubin would be. A module's
 * functions are CUfunction handles owned by its context; a library's are CUkernel
 * handles owned by no context which, as in CUDA 12, may also be passed (cast) wherever
 * a CUfunction is expected and then run in the stream's context.
 */
#include "fake.h"
#include "fakecuda.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#define IMAGE_MAX (1u << 20)
#define NAME_MAX_LEN 63

struct global_var {
    char name[NAME_MAX_LEN + 1];
    size_t size;
    uintptr_t dptr;                  /* 0 until allocated (modules allocate at load) */
};

struct fake__module {
    uint64_t handle;                 /* CUmodule or CUlibrary */
    struct fake__ctx *ctx;           /* NULL for a library */
    int nfuncs, nglobals;
    struct fake__func *funcs;
    struct global_var *globals;
};

static int name_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c == '.';
}

/* Copies the identifier at *p into out (at most NAME_MAX_LEN); 0 if there is none. */
static int take_name(const char **p, char *out)
{
    size_t n = 0;
    while (**p == ' ' || **p == '\t')
        (*p)++;
    while (name_char(**p)) {
        if (n == NAME_MAX_LEN)
            return 0;
        out[n++] = *(*p)++;
    }
    out[n] = '\0';
    while (**p == ' ' || **p == '\t')
        (*p)++;
    return n > 0;
}

static int name_taken(const struct fake__module *m, const char *name)
{
    for (int i = 0; i < m->nfuncs; i++)
        if (strcmp(m->funcs[i].name, name) == 0)
            return 1;
    for (int i = 0; i < m->nglobals; i++)
        if (strcmp(m->globals[i].name, name) == 0)
            return 1;
    return 0;
}

/* Parses one line (NUL-terminated, no newline) into m. */
static CUresult parse_line(struct fake__module *m, const char *line)
{
    char a[NAME_MAX_LEN + 1], b[NAME_MAX_LEN + 1];
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '\0' || *p == '#')
        return CUDA_SUCCESS;
    if (!take_name(&p, a))
        return CUDA_ERROR_INVALID_IMAGE;
    if (strcmp(a, "global") == 0 && *p != '=') {
        uint64_t size = 0;
        if (!take_name(&p, b) || fake_shm_parse_size(p, &size) != 0 || name_taken(m, b) ||
            size > (1ull << 32))
            return CUDA_ERROR_INVALID_IMAGE;
        struct global_var *g = realloc(m->globals, (size_t)(m->nglobals + 1) * sizeof *g);
        if (g == NULL)
            return CUDA_ERROR_OUT_OF_MEMORY;
        m->globals = g;
        memset(&g[m->nglobals], 0, sizeof *g);
        strcpy(g[m->nglobals].name, b);
        g[m->nglobals].size = (size_t)size;
        m->nglobals++;
        return CUDA_SUCCESS;
    }
    const char *builtin = a;
    if (*p == '=') {
        p++;
        if (!take_name(&p, b))
            return CUDA_ERROR_INVALID_IMAGE;
        builtin = b;
    }
    const struct fake__kernel_def *def = fake__kernel_find(builtin);
    if (*p != '\0' || def == NULL || name_taken(m, a))
        return CUDA_ERROR_INVALID_IMAGE;
    struct fake__func *f = realloc(m->funcs, (size_t)(m->nfuncs + 1) * sizeof *f);
    if (f == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    m->funcs = f;
    memset(&f[m->nfuncs], 0, sizeof *f);
    strcpy(f[m->nfuncs].name, a);
    f[m->nfuncs].def = def;
    f[m->nfuncs].max_dynamic_shared = 49152;
    m->nfuncs++;
    return CUDA_SUCCESS;
}

static void module_free(struct fake__module *m)
{
    free(m->funcs);
    free(m->globals);
    free(m);
}

/* Parses image into a new module (no handles yet). As the driver does, an image may be
 * cudart's fat binary wrapper (magic 0x466243B1, then a version, then a pointer to the
 * image itself): CUDA 13's runtime loads its modules so. */
static CUresult parse_image(const char *image, struct fake__module **out)
{
    if (image == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    uint32_t wrapper_magic;
    memcpy(&wrapper_magic, image, sizeof wrapper_magic);
    if (wrapper_magic == 0x466243B1u) {
        const char *inner;
        memcpy(&inner, image + 8, sizeof inner);
        if (inner == NULL)
            return CUDA_ERROR_INVALID_IMAGE;
        image = inner;
    }
    size_t magic = strlen(FAKECUDA_MODULE_MAGIC);
    if (strncmp(image, FAKECUDA_MODULE_MAGIC, magic) != 0)
        return CUDA_ERROR_INVALID_IMAGE;
    const char *p = image + magic;
    while (*p == ' ' || *p == '\t' || *p == '\r')
        p++;
    if (*p != '\n' && *p != '\0')
        return CUDA_ERROR_INVALID_IMAGE;
    struct fake__module *m = calloc(1, sizeof *m);
    if (m == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    CUresult rc = CUDA_SUCCESS;
    char line[256];
    size_t total = (size_t)(p - image);
    while (*p != '\0' && rc == CUDA_SUCCESS) {
        if (*p == '\n')
            p++;
        size_t len = strcspn(p, "\n");
        total += len + 1;
        if (len >= sizeof line || total > IMAGE_MAX) {
            rc = CUDA_ERROR_INVALID_IMAGE;
            break;
        }
        memcpy(line, p, len);
        while (len > 0 && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
            len--;
        line[len] = '\0';
        rc = parse_line(m, line);
        p += strcspn(p, "\n");
    }
    if (rc != CUDA_SUCCESS) {
        module_free(m);
        return rc;
    }
    *out = m;
    return CUDA_SUCCESS;
}

void fake__module_unload(struct fake__module *m)
{
    for (int i = 0; i < m->nfuncs; i++)
        fake__handle_drop(m->funcs[i].handle);
    for (int i = 0; i < m->nglobals; i++) {
        struct fake__alloc *a = m->globals[i].dptr ? fake__mem_find(m->globals[i].dptr) : NULL;
        if (a != NULL && a->base == m->globals[i].dptr)
            fake__mem_destroy(a);
    }
    fake__handle_drop(m->handle);
    module_free(m);
}

/* Gives m and its functions handles (ctx NULL: a library) and allocates module
 * globals. Lock held. On failure m is freed. */
static CUresult publish(struct fake__module *m, struct fake__ctx *ctx)
{
    m->ctx = ctx;
    m->handle = fake__handle_new(ctx ? FAKE__KIND_MODULE : FAKE__KIND_LIBRARY, m, ctx);
    CUresult rc = m->handle != 0 ? CUDA_SUCCESS : CUDA_ERROR_OUT_OF_MEMORY;
    for (int i = 0; i < m->nfuncs && rc == CUDA_SUCCESS; i++) {
        m->funcs[i].module = m;
        m->funcs[i].handle = fake__handle_new(ctx ? FAKE__KIND_FUNC : FAKE__KIND_KERNEL, &m->funcs[i], ctx);
        if (m->funcs[i].handle == 0)
            rc = CUDA_ERROR_OUT_OF_MEMORY;
    }
    for (int i = 0; i < m->nglobals && rc == CUDA_SUCCESS && ctx != NULL; i++) {
        rc = fake__mem_alloc(ctx, m->globals[i].size ? m->globals[i].size : 1, FAKE__MEM_DEVICE,
                             FAKE__ALLOC_GLOBAL, 0, &m->globals[i].dptr);
    }
    if (rc != CUDA_SUCCESS)
        fake__module_unload(m);
    return rc;
}

static CUresult load_module(CUmodule *out, const void *image)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (out == NULL || image == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__ctx *c = NULL;
    struct fake__module *m = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS)
        rc = parse_image(image, &m);
    if (rc == CUDA_SUCCESS)
        rc = publish(m, c);
    if (rc == CUDA_SUCCESS)
        *out = (CUmodule)(uintptr_t)m->handle;
    fake__unlock();
    return rc;
}

/* Reads a whole image file (at most 1 MiB) into a NUL-terminated buffer. */
static CUresult read_file(const char *path, char **out)
{
    if (path == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return CUDA_ERROR_FILE_NOT_FOUND;
    char *buf = malloc(IMAGE_MAX + 1);
    size_t n = 0;
    ssize_t r = 1;
    while (buf != NULL && n < IMAGE_MAX && (r = read(fd, buf + n, IMAGE_MAX - n)) > 0)
        n += (size_t)r;
    close(fd);
    if (buf == NULL)
        return CUDA_ERROR_OUT_OF_MEMORY;
    if (r < 0) {
        free(buf);
        return CUDA_ERROR_FILE_NOT_FOUND;
    }
    buf[n] = '\0';
    *out = buf;
    return CUDA_SUCCESS;
}

/* Contract: loads a fakecuda module image (fakecuda.h) into the current context.
 * CUDA_ERROR_INVALID_IMAGE for anything else. */
CUresult cuModuleLoadData(CUmodule *module, const void *image)
{
    int e = errno;
    return fake__done(e, load_module(module, image));
}

/* Contract: as cuModuleLoadData. JIT options are accepted; like the driver's JIT, it
 * writes an info log ("fakecuda: module loaded", NUL-terminated, cut to the buffer) and
 * its length into CU_JIT_INFO_LOG_BUFFER(_SIZE_BYTES) and a wall time into
 * CU_JIT_WALL_TIME, so that programs and forwarding see options written back. */
CUresult cuModuleLoadDataEx(CUmodule *module, const void *image, unsigned int numOptions,
                            CUjit_option *options, void **optionValues)
{
    if (numOptions > 0 && (options == NULL || optionValues == NULL))
        return fake__bad_arg();
    CUresult rc = cuModuleLoadData(module, image);
    static const char log[] = "fakecuda: module loaded";
    size_t cap = 0;
    for (unsigned int i = 0; i < numOptions; i++)
        if (options[i] == CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES)
            cap = (size_t)(uintptr_t)optionValues[i];
    for (unsigned int i = 0; i < numOptions && rc == CUDA_SUCCESS; i++) {
        if (options[i] == CU_JIT_INFO_LOG_BUFFER && optionValues[i] != NULL && cap > 0) {
            size_t n = cap < sizeof log ? cap - 1 : sizeof log - 1;
            memcpy(optionValues[i], log, n);
            ((char *)optionValues[i])[n] = '\0';
            for (unsigned int j = 0; j < numOptions; j++)
                if (options[j] == CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES)
                    optionValues[j] = (void *)(uintptr_t)(n + 1);
        } else if (options[i] == CU_JIT_WALL_TIME) {
            float ms = 0.5f;
            uintptr_t bits = 0;
            memcpy(&bits, &ms, sizeof ms);
            optionValues[i] = (void *)bits;
        }
    }
    return rc;
}

/* Contract: as cuModuleLoadData (a "fat binary" is the same text image here). */
CUresult cuModuleLoadFatBinary(CUmodule *module, const void *fatCubin)
{
    return cuModuleLoadData(module, fatCubin);
}

/* Contract: loads the image in file fname; CUDA_ERROR_FILE_NOT_FOUND if unreadable. */
CUresult cuModuleLoad(CUmodule *module, const char *fname)
{
    int e = errno;
    CUresult rc = fake__initialized();
    char *buf = NULL;
    if (rc == CUDA_SUCCESS)
        rc = read_file(fname, &buf);
    if (rc == CUDA_SUCCESS)
        rc = load_module(module, buf);
    free(buf);
    return fake__done(e, rc);
}

static struct fake__module *module_get(CUmodule h)
{
    return fake__handle_get(FAKE__KIND_MODULE, (uint64_t)(uintptr_t)h);
}

/* Contract: unloads hmod after the device's pending work; its functions and globals
 * become invalid. CUDA_ERROR_INVALID_HANDLE for an unknown module. */
CUresult cuModuleUnload(CUmodule hmod)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    struct fake__module *m = module_get(hmod);
    if (m == NULL) {
        rc = CUDA_ERROR_INVALID_HANDLE;
    } else {
        fake__device_wait_idle(m->ctx->dev);
        m = module_get(hmod);
        if (m != NULL)
            fake__module_unload(m);
        else
            rc = CUDA_ERROR_INVALID_HANDLE;
    }
    fake__unlock();
    return fake__done(e, rc);
}

static struct fake__func *find_func(struct fake__module *m, const char *name)
{
    for (int i = 0; i < m->nfuncs; i++)
        if (strcmp(m->funcs[i].name, name) == 0)
            return &m->funcs[i];
    return NULL;
}

/* The function (or kernel) called `name` in the module or library `h` of `kind`, as a
 * handle in *out. Shared by cuModuleGetFunction and cuLibraryGetKernel. */
static CUresult named_function(enum fake__kind kind, uint64_t h, const char *name, void **out)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (out == NULL || name == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__module *m = fake__handle_get(kind, h);
    struct fake__func *f = m != NULL ? find_func(m, name) : NULL;
    if (m == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    else if (f == NULL)
        rc = CUDA_ERROR_NOT_FOUND;
    else
        *out = (void *)(uintptr_t)f->handle;
    fake__unlock();
    return fake__done(e, rc);
}

/* Stores the number of functions of module/library `h` in *count and, if `out` is not
 * NULL, up to `max` of their handles in image order. */
static CUresult list_functions(enum fake__kind kind, uint64_t h, unsigned *count, void **out, unsigned max)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (count == NULL && out == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__module *m = fake__handle_get(kind, h);
    if (m == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    for (unsigned i = 0; m != NULL && out != NULL && i < max && i < (unsigned)m->nfuncs; i++)
        out[i] = (void *)(uintptr_t)m->funcs[i].handle;
    if (m != NULL && count != NULL)
        *count = (unsigned)m->nfuncs;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *hfunc = the function called name in hmod. CUDA_ERROR_NOT_FOUND if there
 * is none, CUDA_ERROR_INVALID_HANDLE for an unknown module. */
CUresult cuModuleGetFunction(CUfunction *hfunc, CUmodule hmod, const char *name)
{
    return named_function(FAKE__KIND_MODULE, (uint64_t)(uintptr_t)hmod, name, (void **)hfunc);
}

/* Contract: *count = number of functions in mod. */
CUresult cuModuleGetFunctionCount(unsigned int *count, CUmodule mod)
{
    return list_functions(FAKE__KIND_MODULE, (uint64_t)(uintptr_t)mod, count, NULL, 0);
}

/* Contract: stores up to numFunctions function handles of mod, in image order. */
CUresult cuModuleEnumerateFunctions(CUfunction *functions, unsigned int numFunctions, CUmodule mod)
{
    unsigned n;
    if (functions == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    return list_functions(FAKE__KIND_MODULE, (uint64_t)(uintptr_t)mod, &n, (void **)functions, numFunctions);
}

static CUresult module_global(CUmodule hmod, const char *name, uintptr_t *dptr, size_t *bytes)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (name == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__module *m = module_get(hmod);
    rc = m != NULL ? CUDA_ERROR_NOT_FOUND : CUDA_ERROR_INVALID_HANDLE;
    for (int i = 0; m != NULL && i < m->nglobals; i++) {
        if (strcmp(m->globals[i].name, name) == 0) {
            *dptr = m->globals[i].dptr;
            *bytes = m->globals[i].size;
            rc = CUDA_SUCCESS;
        }
    }
    fake__unlock();
    return rc;
}

/* Contract: address and size of the global variable name in hmod (either output may be
 * NULL). CUDA_ERROR_NOT_FOUND if there is none. */
CUresult cuModuleGetGlobal_v2(CUdeviceptr *dptr, size_t *bytes, CUmodule hmod, const char *name)
{
    int e = errno;
    uintptr_t p = 0;
    size_t n = 0;
    CUresult rc = module_global(hmod, name, &p, &n);
    if (rc == CUDA_SUCCESS) {
        if (dptr != NULL)
            *dptr = (CUdeviceptr)p;
        if (bytes != NULL)
            *bytes = n;
    }
    return fake__done(e, rc);
}

/* Contract: legacy 32-bit form of cuModuleGetGlobal_v2 (CUDA_ERROR_INVALID_VALUE if
 * the address does not fit). */
CUresult cuModuleGetGlobal(CUdeviceptr_v1 *dptr, unsigned int *bytes, CUmodule hmod, const char *name)
{
    int e = errno;
    uintptr_t p = 0;
    size_t n = 0;
    CUresult rc = module_global(hmod, name, &p, &n);
    if (rc == CUDA_SUCCESS && p > 0xffffffffu && dptr != NULL)
        rc = CUDA_ERROR_INVALID_VALUE;
    if (rc == CUDA_SUCCESS) {
        if (dptr != NULL)
            *dptr = (CUdeviceptr_v1)p;
        if (bytes != NULL)
            *bytes = (unsigned int)n;
    }
    return fake__done(e, rc);
}

/* Contract: lazy loading unless CUDA_MODULE_LOADING=EAGER (nothing differs here). */
CUresult cuModuleGetLoadingMode(CUmoduleLoadingMode *mode)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (mode == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    const char *env = getenv("CUDA_MODULE_LOADING");
    *mode = (env != NULL && strcmp(env, "EAGER") == 0) ? CU_MODULE_EAGER_LOADING : CU_MODULE_LAZY_LOADING;
    return CUDA_SUCCESS;
}

/* ---- libraries ---- */

static CUresult load_library(CUlibrary *out, const void *code, unsigned numJit, CUjit_option *jitOptions,
                             void **jitValues, unsigned numLib, CUlibraryOption *libOptions, void **libValues)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    if (out == NULL || code == NULL || (numJit > 0 && (jitOptions == NULL || jitValues == NULL)) ||
        (numLib > 0 && (libOptions == NULL || libValues == NULL)))
        return CUDA_ERROR_INVALID_VALUE;
    fake__lock();
    struct fake__module *m = NULL;
    rc = parse_image(code, &m);
    if (rc == CUDA_SUCCESS)
        rc = publish(m, NULL);
    if (rc == CUDA_SUCCESS)
        *out = (CUlibrary)(uintptr_t)m->handle;
    fake__unlock();
    return rc;
}

/* Contract: loads a fakecuda module image as a context-independent library. Options
 * are accepted and ignored. Library globals are not supported (cuLibraryGetGlobal
 * answers CUDA_ERROR_NOT_FOUND). */
CUresult cuLibraryLoadData(CUlibrary *library, const void *code, CUjit_option *jitOptions,
                           void **jitOptionsValues, unsigned int numJitOptions,
                           CUlibraryOption *libraryOptions, void **libraryOptionValues,
                           unsigned int numLibraryOptions)
{
    int e = errno;
    return fake__done(e, load_library(library, code, numJitOptions, jitOptions, jitOptionsValues,
                                      numLibraryOptions, libraryOptions, libraryOptionValues));
}

/* Contract: as cuLibraryLoadData from a file; CUDA_ERROR_FILE_NOT_FOUND if unreadable. */
CUresult cuLibraryLoadFromFile(CUlibrary *library, const char *fileName, CUjit_option *jitOptions,
                               void **jitOptionsValues, unsigned int numJitOptions,
                               CUlibraryOption *libraryOptions, void **libraryOptionValues,
                               unsigned int numLibraryOptions)
{
    int e = errno;
    CUresult rc = fake__initialized();
    char *buf = NULL;
    if (rc == CUDA_SUCCESS)
        rc = read_file(fileName, &buf);
    if (rc == CUDA_SUCCESS)
        rc = load_library(library, buf, numJitOptions, jitOptions, jitOptionsValues, numLibraryOptions,
                          libraryOptions, libraryOptionValues);
    free(buf);
    return fake__done(e, rc);
}

static struct fake__module *library_get(CUlibrary h)
{
    return fake__handle_get(FAKE__KIND_LIBRARY, (uint64_t)(uintptr_t)h);
}

/* Contract: unloads library after all devices' pending work. */
CUresult cuLibraryUnload(CUlibrary library)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (fake__in_worker())
        return fake__done(e, CUDA_ERROR_NOT_PERMITTED);
    fake__lock();
    if (library_get(library) == NULL) {
        rc = CUDA_ERROR_INVALID_HANDLE;
    } else {
        for (int d = 0; d < fake__g.ndev; d++)
            fake__device_wait_idle(d);
        struct fake__module *m = library_get(library);
        if (m != NULL)
            fake__module_unload(m);
        else
            rc = CUDA_ERROR_INVALID_HANDLE;
    }
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *pKernel = the kernel called name in library; CUDA_ERROR_NOT_FOUND if none. */
CUresult cuLibraryGetKernel(CUkernel *pKernel, CUlibrary library, const char *name)
{
    return named_function(FAKE__KIND_LIBRARY, (uint64_t)(uintptr_t)library, name, (void **)pKernel);
}

/* Contract: *count = number of kernels in lib. */
CUresult cuLibraryGetKernelCount(unsigned int *count, CUlibrary lib)
{
    return list_functions(FAKE__KIND_LIBRARY, (uint64_t)(uintptr_t)lib, count, NULL, 0);
}

/* Contract: stores up to numKernels kernel handles of lib, in image order. */
CUresult cuLibraryEnumerateKernels(CUkernel *kernels, unsigned int numKernels, CUlibrary lib)
{
    unsigned n;
    if (kernels == NULL)
        return CUDA_ERROR_INVALID_VALUE;
    return list_functions(FAKE__KIND_LIBRARY, (uint64_t)(uintptr_t)lib, &n, (void **)kernels, numKernels);
}

/* Contract: library globals are not simulated: CUDA_ERROR_NOT_FOUND for a valid
 * library. */
CUresult cuLibraryGetGlobal(CUdeviceptr *dptr, size_t *bytes, CUlibrary library, const char *name)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    (void)dptr;
    (void)bytes;
    if (name == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    rc = library_get(library) != NULL ? CUDA_ERROR_NOT_FOUND : CUDA_ERROR_INVALID_HANDLE;
    fake__unlock();
    return fake__done(e, rc);
}

/* ---- functions and kernels ---- */

struct fake__func *fake__func_get(CUfunction f)
{
    uint64_t h = (uint64_t)(uintptr_t)f;
    struct fake__func *fn = fake__handle_get(FAKE__KIND_FUNC, h);
    return fn != NULL ? fn : fake__handle_get(FAKE__KIND_KERNEL, h);
}

struct fake__ctx *fake__func_ctx(const struct fake__func *fn)
{
    return fn->module->ctx;
}

/* Runs query(fn, arg) on a live function or kernel handle. */
static CUresult with_func(uint64_t h, CUresult (*query)(struct fake__func *, void *), void *arg)
{
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return rc;
    int e = errno;
    fake__lock();
    struct fake__func *fn = fake__func_get((CUfunction)(uintptr_t)h);
    rc = fn != NULL ? query(fn, arg) : CUDA_ERROR_INVALID_HANDLE;
    fake__unlock();
    return fake__done(e, rc);
}

/* Contract: *pFunc = kernel as a function of the current context (the same handle,
 * usable with cuLaunchKernel). CUDA_ERROR_INVALID_CONTEXT without a current context. */
CUresult cuKernelGetFunction(CUfunction *pFunc, CUkernel kernel)
{
    int e = errno;
    CUresult rc = fake__initialized();
    if (rc != CUDA_SUCCESS)
        return fake__done(e, rc);
    if (pFunc == NULL)
        return fake__done(e, CUDA_ERROR_INVALID_VALUE);
    fake__lock();
    struct fake__ctx *c = NULL;
    rc = fake__ctx_current(&c, 0);
    if (rc == CUDA_SUCCESS && fake__handle_get(FAKE__KIND_KERNEL, (uint64_t)(uintptr_t)kernel) == NULL)
        rc = CUDA_ERROR_INVALID_HANDLE;
    if (rc == CUDA_SUCCESS)
        *pFunc = (CUfunction)(uintptr_t)kernel;
    fake__unlock();
    return fake__done(e, rc);
}

static CUresult q_library(struct fake__func *fn, void *arg)
{
    if (fn->module->ctx != NULL)
        return CUDA_ERROR_INVALID_HANDLE;
    *(CUlibrary *)arg = (CUlibrary)(uintptr_t)fn->module->handle;
    return CUDA_SUCCESS;
}

/* Contract: *pLib = the library kernel belongs to. */
CUresult cuKernelGetLibrary(CUlibrary *pLib, CUkernel kernel)
{
    if (pLib == NULL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)kernel, q_library, pLib);
}

static CUresult q_module(struct fake__func *fn, void *arg)
{
    if (fn->module->ctx == NULL)
        return CUDA_ERROR_NOT_FOUND;
    *(CUmodule *)arg = (CUmodule)(uintptr_t)fn->module->handle;
    return CUDA_SUCCESS;
}

/* Contract: *hmod = the module hfunc belongs to (CUDA_ERROR_NOT_FOUND for a library
 * kernel). */
CUresult cuFuncGetModule(CUmodule *hmod, CUfunction hfunc)
{
    if (hmod == NULL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)hfunc, q_module, hmod);
}

static CUresult q_name(struct fake__func *fn, void *arg)
{
    *(const char **)arg = fn->name;
    return CUDA_SUCCESS;
}

/* Contract: *name = the function's name (valid while its module is loaded). */
CUresult cuFuncGetName(const char **name, CUfunction hfunc)
{
    if (name == NULL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)hfunc, q_name, (void *)name);
}

/* Contract: as cuFuncGetName for a library kernel. */
CUresult cuKernelGetName(const char **name, CUkernel hfunc)
{
    if (name == NULL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)hfunc, q_name, (void *)name);
}

struct param_arg {
    size_t index, offset, size;
};

static CUresult q_param(struct fake__func *fn, void *arg)
{
    struct param_arg *a = arg;
    if (a->index >= (size_t)fn->def->nparams)
        return CUDA_ERROR_INVALID_VALUE;
    a->offset = fake__kernel_param_offset(fn->def, (int)a->index);
    a->size = fn->def->param_size[a->index];
    return CUDA_SUCCESS;
}

/* Contract: offset and size of parameter paramIndex in the packed parameter buffer;
 * CUDA_ERROR_INVALID_VALUE past the last parameter. */
CUresult cuFuncGetParamInfo(CUfunction func, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    struct param_arg a = {paramIndex, 0, 0};
    CUresult rc = with_func((uint64_t)(uintptr_t)func, q_param, &a);
    if (rc == CUDA_SUCCESS) {
        if (paramOffset != NULL)
            *paramOffset = a.offset;
        if (paramSize != NULL)
            *paramSize = a.size;
    }
    return rc;
}

/* Contract: as cuFuncGetParamInfo for a library kernel. */
CUresult cuKernelGetParamInfo(CUkernel kernel, size_t paramIndex, size_t *paramOffset, size_t *paramSize)
{
    return cuFuncGetParamInfo((CUfunction)(uintptr_t)kernel, paramIndex, paramOffset, paramSize);
}

struct attr_arg {
    CUfunction_attribute attr;
    int value;
    int set;
};

static CUresult q_attr(struct fake__func *fn, void *arg)
{
    struct attr_arg *a = arg;
    if (a->set) {
        switch (a->attr) {
        case CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES:
            if (a->value < 0 || a->value > 232448)
                return CUDA_ERROR_INVALID_VALUE;
            fn->max_dynamic_shared = a->value;
            return CUDA_SUCCESS;
        case CU_FUNC_ATTRIBUTE_PREFERRED_SHARED_MEMORY_CARVEOUT:
        case CU_FUNC_ATTRIBUTE_REQUIRED_CLUSTER_WIDTH:
        case CU_FUNC_ATTRIBUTE_REQUIRED_CLUSTER_HEIGHT:
        case CU_FUNC_ATTRIBUTE_REQUIRED_CLUSTER_DEPTH:
        case CU_FUNC_ATTRIBUTE_NON_PORTABLE_CLUSTER_SIZE_ALLOWED:
        case CU_FUNC_ATTRIBUTE_CLUSTER_SCHEDULING_POLICY_PREFERENCE:
            return CUDA_SUCCESS;  /* recorded nowhere: no effect on the simulation */
        default:
            return CUDA_ERROR_INVALID_VALUE;
        }
    }
    switch (a->attr) {
    case CU_FUNC_ATTRIBUTE_MAX_THREADS_PER_BLOCK: a->value = 1024; break;
    case CU_FUNC_ATTRIBUTE_NUM_REGS: a->value = 16; break;
    case CU_FUNC_ATTRIBUTE_PTX_VERSION: a->value = 90; break;
    case CU_FUNC_ATTRIBUTE_BINARY_VERSION: a->value = 90; break;
    case CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES: a->value = fn->max_dynamic_shared; break;
    case CU_FUNC_ATTRIBUTE_PREFERRED_SHARED_MEMORY_CARVEOUT: a->value = -1; break;
    default:
        if ((int)a->attr < 0 || a->attr >= CU_FUNC_ATTRIBUTE_MAX)
            return CUDA_ERROR_INVALID_VALUE;
        a->value = 0;
        break;
    }
    return CUDA_SUCCESS;
}

/* Contract: *pi = a function attribute (1024 threads, 16 registers, no static shared,
 * const or local memory, PTX/binary version 90). */
CUresult cuFuncGetAttribute(int *pi, CUfunction_attribute attrib, CUfunction hfunc)
{
    if (pi == NULL)
        return fake__bad_arg();
    struct attr_arg a = {attrib, 0, 0};
    CUresult rc = with_func((uint64_t)(uintptr_t)hfunc, q_attr, &a);
    if (rc == CUDA_SUCCESS)
        *pi = a.value;
    return rc;
}

/* Contract: sets a settable function attribute (max dynamic shared memory is enforced
 * at launch; the others have no effect). */
CUresult cuFuncSetAttribute(CUfunction hfunc, CUfunction_attribute attrib, int value)
{
    struct attr_arg a = {attrib, value, 1};
    return with_func((uint64_t)(uintptr_t)hfunc, q_attr, &a);
}

/* Contract: as cuFuncGetAttribute for a library kernel (dev must be valid). */
CUresult cuKernelGetAttribute(int *pi, CUfunction_attribute attrib, CUkernel kernel, CUdevice dev)
{
    if (fake__initialized() == CUDA_SUCCESS && fake__check_device(dev) != CUDA_SUCCESS)
        return CUDA_ERROR_INVALID_DEVICE;
    return cuFuncGetAttribute(pi, attrib, (CUfunction)(uintptr_t)kernel);
}

/* Contract: as cuFuncSetAttribute for a library kernel (dev must be valid). */
CUresult cuKernelSetAttribute(CUfunction_attribute attrib, int val, CUkernel kernel, CUdevice dev)
{
    if (fake__initialized() == CUDA_SUCCESS && fake__check_device(dev) != CUDA_SUCCESS)
        return CUDA_ERROR_INVALID_DEVICE;
    return cuFuncSetAttribute((CUfunction)(uintptr_t)kernel, attrib, val);
}

static CUresult q_valid(struct fake__func *fn, void *arg)
{
    (void)fn;
    (void)arg;
    return CUDA_SUCCESS;
}

/* Contract: accepts a cache preference for a valid function (no effect). */
CUresult cuFuncSetCacheConfig(CUfunction hfunc, CUfunc_cache config)
{
    if ((unsigned)config > CU_FUNC_CACHE_PREFER_EQUAL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)hfunc, q_valid, NULL);
}

/* Contract: accepts a cache preference for a valid library kernel (no effect). */
CUresult cuKernelSetCacheConfig(CUkernel kernel, CUfunc_cache config, CUdevice dev)
{
    if (fake__initialized() == CUDA_SUCCESS && fake__check_device(dev) != CUDA_SUCCESS)
        return CUDA_ERROR_INVALID_DEVICE;
    return cuFuncSetCacheConfig((CUfunction)(uintptr_t)kernel, config);
}

/* Contract: accepts a shared memory bank configuration for a valid function. */
CUresult cuFuncSetSharedMemConfig(CUfunction hfunc, CUsharedconfig config)
{
    if ((unsigned)config > CU_SHARED_MEM_CONFIG_EIGHT_BYTE_BANK_SIZE)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)hfunc, q_valid, NULL);
}

static CUresult q_loaded(struct fake__func *fn, void *arg)
{
    (void)fn;
    if (arg != NULL)
        *(CUfunctionLoadingState *)arg = CU_FUNCTION_LOADING_STATE_LOADED;
    return CUDA_SUCCESS;
}

/* Contract: functions are always loaded. */
CUresult cuFuncIsLoaded(CUfunctionLoadingState *state, CUfunction function)
{
    if (state == NULL)
        return fake__bad_arg();
    return with_func((uint64_t)(uintptr_t)function, q_loaded, state);
}

/* Contract: no-op for a valid function (already loaded). */
CUresult cuFuncLoad(CUfunction function)
{
    return with_func((uint64_t)(uintptr_t)function, q_loaded, NULL);
}
