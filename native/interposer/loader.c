/*
 * loader.c - finds the real vendor libraries and their functions.
 *
 * Loading is lazy (first call of any wrapper of that library, or a dlsym of one of its
 * names) and happens once, under pthread_once. The real library is opened by soname, so
 * the dynamic linker's normal search (LD_LIBRARY_PATH, ld.so.cache) decides which one:
 * on a machine without a GPU, `quanta run` points LD_LIBRARY_PATH at fakecuda.
 * Failures are logged once and reported to the application as the library's own error
 * codes; nothing here may end the process.
 */
#include "libs.h"
#include "log.h"

#include <dlfcn.h>
#include <errno.h>
#include <string.h>

void *quanta__cuda_real[QUANTA_CUDA_FN_COUNT];
static uint64_t cuda_calls[QUANTA_CUDA_FN_COUNT];
void *quanta__nvml_real[QUANTA_NVML_FN_COUNT];
static uint64_t nvml_calls[QUANTA_NVML_FN_COUNT];
static unsigned char cuda_missing_logged[QUANTA_CUDA_FN_COUNT];
static unsigned char nvml_missing_logged[QUANTA_NVML_FN_COUNT];

struct quanta__lib quanta__cuda_lib = {
    .api = &quanta__cuda_api,
    .wrappers = quanta__cuda_wrappers,
    .soname = "libcuda.so.1",
    .no_library_error = CUDA_ERROR_NOT_INITIALIZED,
    .no_symbol_error = CUDA_ERROR_NOT_FOUND,
    .once = PTHREAD_ONCE_INIT,
    .real = quanta__cuda_real,
    .calls = cuda_calls,
};

struct quanta__lib quanta__nvml_lib = {
    .api = &quanta__nvml_api,
    .wrappers = quanta__nvml_wrappers,
    .soname = "libnvidia-ml.so.1",
    .no_library_error = NVML_ERROR_LIBRARY_NOT_FOUND,
    .no_symbol_error = NVML_ERROR_FUNCTION_NOT_FOUND,
    .once = PTHREAD_ONCE_INIT,
    .real = quanta__nvml_real,
    .calls = nvml_calls,
};

static void load(struct quanta__lib *lib)
{
    int saved = errno;
    void *handle = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *why = dlerror();
        quanta__log("cannot load the real %s (%s); its calls will fail", lib->soname, why ? why : "unknown error");
        errno = saved;
        return;
    }
    for (int fn = 0; fn < lib->api->count; fn++)
        __atomic_store_n(&lib->real[fn], quanta__real_dlsym(handle, lib->api->names[fn]), __ATOMIC_RELEASE);
    lib->handle = handle;
    if (lib == &quanta__cuda_lib)
        quanta__procaddr_index(lib);
    quanta__debug("loaded %s", lib->soname);
    errno = saved;
}

static void load_cuda(void) { load(&quanta__cuda_lib); }
static void load_nvml(void) { load(&quanta__nvml_lib); }

void *quanta__resolve(struct quanta__lib *lib, int fn)
{
    (void)pthread_once(&lib->once, lib == &quanta__cuda_lib ? load_cuda : load_nvml);
    return __atomic_load_n(&lib->real[fn], __ATOMIC_ACQUIRE);
}

void *quanta__enter_slow(struct quanta__lib *lib, int fn)
{
    if (quanta__tracing)
        __atomic_fetch_add(&lib->calls[fn], 1, __ATOMIC_RELAXED);
    void *real = __atomic_load_n(&lib->real[fn], __ATOMIC_ACQUIRE);
    return real != NULL ? real : quanta__resolve(lib, fn);
}

int quanta__missing(struct quanta__lib *lib, int fn)
{
    unsigned char *logged = lib == &quanta__cuda_lib ? cuda_missing_logged : nvml_missing_logged;
    if (!__atomic_exchange_n(&logged[fn], 1, __ATOMIC_RELAXED) && lib->handle != NULL)
        quanta__log("%s has no %s; returning error %d", lib->soname, lib->api->names[fn], lib->no_symbol_error);
    return lib->handle == NULL ? lib->no_library_error : lib->no_symbol_error;
}

struct quanta__lib *quanta__lib_for_symbol(const char *name)
{
    if (name == NULL)
        return NULL;
    if (name[0] == 'c' && name[1] == 'u' && strncmp(name, "cudbg", 5) != 0)
        return &quanta__cuda_lib;
    if (strncmp(name, "nvml", 4) == 0)
        return &quanta__nvml_lib;
    return NULL;
}
