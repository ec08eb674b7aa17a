/*
 * api_lookup.c - binary searches over the generated API tables (see api_table.h).
 * Pure functions over constant data: safe from any thread, no allocation, errno untouched.
 */
#include "api_table.h"

#include <stddef.h>
#include <string.h>

int quanta__api_find(const struct quanta__api *api, const char *symbol)
{
    if (api == NULL || symbol == NULL)
        return -1;
    int lo = 0, hi = api->count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int fn = api->by_name[mid];
        int c = strcmp(symbol, api->names[fn]);
        if (c == 0)
            return fn;
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

static const struct quanta__api_entry *find_entry(const struct quanta__api *api, const char *entry)
{
    int lo = 0, hi = api->entry_count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(entry, api->entries[mid].name);
        if (c == 0)
            return &api->entries[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return NULL;
}

int quanta__api_proc(const struct quanta__api *api, const char *entry, int version, int per_thread,
                     enum quanta__proc_status *status)
{
    enum quanta__proc_status ignored;
    if (status == NULL)
        status = &ignored;
    const struct quanta__api_entry *e = (api && entry) ? find_entry(api, entry) : NULL;
    if (e == NULL) {
        *status = QUANTA__PROC_NO_SYMBOL;
        return -1;
    }
    /* Asked for per-thread streams, an entry that has such variants must answer with one. */
    int use_pt = per_thread && e->pt_count > 0;
    int first = use_pt ? e->pt_first : e->first, count = use_pt ? e->pt_count : e->count;
    int fn = -1;
    for (int i = 0; i < count; i++) {  /* ascending by version */
        const struct quanta__api_version *v = &api->versions[first + i];
        if (v->since <= version)
            fn = v->fn;
    }
    *status = fn < 0 ? QUANTA__PROC_VERSION_TOO_OLD : QUANTA__PROC_FOUND;
    return fn;
}
