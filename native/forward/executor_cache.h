/*
 * executor_cache.h - the executor's module cache (executor_cache.c): module images kept
 * in a folder by their SHA-256, so that a client names an image it sent before (in this
 * session or another) instead of sending it again (docs/design/forwarding.md).
 */
#ifndef QUANTA_EXECUTOR_CACHE_H
#define QUANTA_EXECUTOR_CACHE_H

#include <stddef.h>
#include <stdint.h>

/* Reads QUANTA_EXECUTOR_MODULE_CACHE (the folder; made mode 0700 if missing) and
 * QUANTA_EXECUTOR_MODULE_CACHE_BYTES (its bound, default 4 GiB). A folder that is not
 * this user's alone, or cannot be made, leaves the cache off with a log line. */
void quanta__exec_cache_init(void (*say)(const char *fmt, ...));
/* Whether the cache is on (the welcome offers it). */
int quanta__exec_cache_enabled(void);

/* An image of the cache, mapped read-only for one call. */
struct quanta__exec_cached {
    void *at;
    size_t len;
};
/* Maps the image named `hash` if the cache has one of exactly n bytes: 0 and *m set, or
 * -1 (then the client is asked for its bytes, and the name is remembered so that those
 * bytes are stored when they come). */
int quanta__exec_cache_get(const uint8_t hash[32], uint64_t n, struct quanta__exec_cached *m);
/* Unmaps what quanta__exec_cache_get mapped (nothing if m->at is NULL). */
void quanta__exec_cache_release(struct quanta__exec_cached *m);
/* An image that came inline: stored if it is one the client was asked for (its hash,
 * computed here, is a name quanta__exec_cache_get missed in this session), so that a
 * client cannot plant bytes under a name they do not hash to. Best effort: a failure to
 * store is logged once and costs only a later resend. */
void quanta__exec_cache_offer(const void *image, uint64_t n);
/* One line: hits, the bytes they spared the transport, images stored (at the session's end). */
void quanta__exec_cache_report(void);

#endif
