/*
 * dlsym.c - hands out Quanta's wrappers to programs that look driver functions up by name.
 *
 * Libraries such as PyTorch and cudart dlopen("libcuda.so.1") and dlsym() their entry
 * points, which bypasses LD_PRELOAD symbol interposition. Quanta exports its own dlsym():
 * it asks the real dlsym first (so a name the real library lacks stays NULL, exactly as
 * natively), then swaps a driver/NVML function for Quanta's wrapper of the same symbol.
 *
 * The real dlsym resolves RTLD_NEXT and RTLD_DEFAULT relative to its caller, which would
 * now be libquanta; both are emulated for the real caller. RTLD_NEXT: the first object
 * after the caller's in the link map that defines the name. RTLD_DEFAULT: the global
 * scope, then (as glibc does for a library opened with RTLD_LOCAL) the caller's own
 * object and its dependencies.
 *
 * dlsym can be called before any constructor has run (sanitizer runtimes resolve their
 * interceptors with it during their own start-up), so this file is never instrumented
 * and, for names that are not driver or NVML functions, calls only into libc.
 */
#define _GNU_SOURCE
#include "libs.h"

#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <stddef.h>
#include <string.h>

typedef void *(*dlsym_fn)(void *, const char *);
static dlsym_fn real_dlsym;
struct quanta__lookup_stats quanta__lookups;

/* Sanitizer instrumentation would touch shadow memory that may not exist yet. */
#define QUANTA__UNINSTRUMENTED __attribute__((no_sanitize("address", "undefined")))

#define COUNT(field) __atomic_fetch_add(&quanta__lookups.field, 1, __ATOMIC_RELAXED)

/* libc's own function `name` (dlvsym is not interposed, and libc comes after libquanta,
 * so RTLD_NEXT from here skips earlier preloads that wrap it, e.g. a sanitizer runtime
 * that is not initialised yet). */
QUANTA__UNINSTRUMENTED static void *libc_function(void **cache, const char *name)
{
    void *f = __atomic_load_n(cache, __ATOMIC_ACQUIRE);
    if (f == NULL) {
        f = dlvsym(RTLD_NEXT, name, "GLIBC_2.34");
        if (f == NULL)
            f = dlvsym(RTLD_NEXT, name, "GLIBC_2.2.5");
        __atomic_store_n(cache, f, __ATOMIC_RELEASE);
    }
    return f;
}

QUANTA__UNINSTRUMENTED void *quanta__real_dlsym(void *handle, const char *name)
{
    dlsym_fn f = (dlsym_fn)libc_function((void **)&real_dlsym, "dlsym");
    return f ? f(handle, name) : NULL;
}

QUANTA__UNINSTRUMENTED static struct link_map *object_of(const void *addr)
{
    Dl_info info;
    struct link_map *lm = NULL;
    if (addr == NULL || !dladdr1(addr, &info, (void **)&lm, RTLD_DL_LINKMAP))
        return NULL;
    return lm;
}

/* Looks name up in object lm and its dependencies. A link map is a valid dlsym handle
 * only for objects that were dlopen()ed, so take a proper handle (no load: it is
 * already loaded) and give it back. */
QUANTA__UNINSTRUMENTED static void *lookup_in(const struct link_map *lm, const char *name)
{
    static void *real_dlopen, *real_dlclose;
    void *(*open_fn)(const char *, int) = (void *(*)(const char *, int))libc_function(&real_dlopen, "dlopen");
    int (*close_fn)(void *) = (int (*)(void *))libc_function(&real_dlclose, "dlclose");
    void *h = open_fn ? open_fn(lm->l_name && lm->l_name[0] ? lm->l_name : NULL, RTLD_LAZY | RTLD_NOLOAD) : NULL;
    if (h == NULL)
        return NULL;  /* e.g. the vDSO */
    void *p = quanta__real_dlsym(h, name);
    if (close_fn)
        close_fn(h);
    return p;
}

/* What libquanta itself exports under `name`: a wrapper, or dlsym. */
QUANTA__UNINSTRUMENTED static void *own_export(const char *name)
{
    if (name[0] == 'd' && strcmp(name, "dlsym") == 0)
        return (void *)dlsym;
    if (!((name[0] == 'c' && name[1] == 'u') || (name[0] == 'n' && name[1] == 'v')))
        return NULL;
    struct quanta__lib *lib = quanta__lib_for_symbol(name);
    int fn = lib ? quanta__api_find(lib->api, name) : -1;
    return fn >= 0 ? lib->wrappers[fn] : NULL;
}

/* dlsym(RTLD_NEXT, name) as seen from the object containing `caller`: the first later
 * object in load order that defines name. When libquanta comes after the caller (the
 * program itself, earlier preloads such as a sanitizer runtime, possibly still starting
 * up), the objects up to libquanta are searched one by one, then libquanta, then the
 * real RTLD_NEXT from here does the rest without opening anything. */
QUANTA__UNINSTRUMENTED static void *next_after(const void *caller, const char *name)
{
    struct link_map *from = object_of(caller), *me = object_of((const void *)own_export);
    if (from == NULL)
        return NULL;
    struct link_map *stop = NULL;
    for (struct link_map *lm = from->l_next; lm != NULL && stop == NULL; lm = lm->l_next)
        if (lm == me)
            stop = me;
    void *first = NULL;
    for (struct link_map *lm = from->l_next; lm != NULL && lm != stop; lm = lm->l_next) {
        void *p = lookup_in(lm, name);
        if (p == NULL)
            continue;
        if (object_of(p) == lm)
            return p;
        if (first == NULL)
            first = p;
    }
    if (stop == NULL)
        return first;
    void *p = own_export(name);
    return p ? p : quanta__real_dlsym(RTLD_NEXT, name);
}

/* Swaps `found` (what the real lookup returned for name) for Quanta's wrapper. */
QUANTA__UNINSTRUMENTED static void *wrap_found(const char *name, void *found)
{
    /* Most lookups are not ours: settle those with two byte compares. */
    if (name == NULL || !((name[0] == 'c' && name[1] == 'u') || (name[0] == 'n' && name[1] == 'v')))
        return found;
    struct quanta__lib *lib = quanta__lib_for_symbol(name);
    if (lib == NULL)
        return found;
    int fn = quanta__api_find(lib->api, name);
    if (fn >= 0)
        return lib->wrappers[fn];
    /* A cu / nvml name we do not wrap: report it only if it is the real library's. */
    (void)quanta__resolve(lib, 0);
    if (lib->handle != NULL && object_of(found) == (struct link_map *)lib->handle)
        quanta__trace_unwrapped(lib->api->id, name, "dlsym");
    return found;
}

QUANTA__UNINSTRUMENTED __attribute__((visibility("default"))) void *dlsym(void *handle, const char *name)
{
    void *caller = __builtin_return_address(0);
    void *found;
    COUNT(dlsym);
    if (handle == RTLD_NEXT) {
        COUNT(dlsym_next);
        found = next_after(caller, name);
    } else {
        found = quanta__real_dlsym(handle, name);
        if (found == NULL && handle == RTLD_DEFAULT) {
            struct link_map *own = object_of(caller);
            COUNT(dlsym_default_retry);
            if (own != NULL)
                found = lookup_in(own, name);
        }
    }
    if (found == NULL)
        return NULL;
    int saved = errno;
    void *out = wrap_found(name, found);
    errno = saved;
    return out;
}
