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
 */
#define _GNU_SOURCE
#include "libs.h"

#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <stddef.h>

typedef void *(*dlsym_fn)(void *, const char *);
static dlsym_fn real_dlsym;

void *quanta__real_dlsym(void *handle, const char *name)
{
    dlsym_fn f = __atomic_load_n(&real_dlsym, __ATOMIC_ACQUIRE);
    if (f == NULL) {
        /* dlvsym is not interposed, so this cannot recurse into our dlsym. */
        f = (dlsym_fn)dlvsym(RTLD_NEXT, "dlsym", "GLIBC_2.34");
        if (f == NULL)
            f = (dlsym_fn)dlvsym(RTLD_NEXT, "dlsym", "GLIBC_2.2.5");
        if (f == NULL)
            return NULL;
        __atomic_store_n(&real_dlsym, f, __ATOMIC_RELEASE);
    }
    return f(handle, name);
}

static struct link_map *object_of(const void *addr)
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
static void *lookup_in(const struct link_map *lm, const char *name)
{
    void *h = dlopen(lm->l_name && lm->l_name[0] ? lm->l_name : NULL, RTLD_LAZY | RTLD_NOLOAD);
    if (h == NULL)
        return NULL;  /* e.g. the vDSO */
    void *p = quanta__real_dlsym(h, name);
    dlclose(h);
    return p;
}

/* dlsym(RTLD_NEXT, name) as seen from the object containing `caller`: the first later
 * object in load order that defines name. */
static void *next_after(const void *caller, const char *name)
{
    struct link_map *self = object_of(caller);
    void *first = NULL;
    for (struct link_map *lm = self ? self->l_next : NULL; lm != NULL; lm = lm->l_next) {
        void *p = lookup_in(lm, name);
        if (p == NULL)
            continue;
        if (object_of(p) == lm)
            return p;
        if (first == NULL)
            first = p;
    }
    return first;
}

/* Swaps `found` (what the real lookup returned for name) for Quanta's wrapper. */
static void *wrap_found(const char *name, void *found)
{
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

__attribute__((visibility("default"))) void *dlsym(void *handle, const char *name)
{
    void *caller = __builtin_return_address(0);
    void *found;
    if (handle == RTLD_NEXT) {
        found = next_after(caller, name);
    } else {
        found = quanta__real_dlsym(handle, name);
        if (found == NULL && handle == RTLD_DEFAULT) {
            struct link_map *own = object_of(caller);
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
