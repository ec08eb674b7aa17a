/*
 * client_answers.c - the client library's kept answers (client_answers.h).
 *
 * Design: a hash table of (request bytes -> reply payload), the request including the
 * function index, so that equal calls find each other whatever thread makes them. Only
 * successful replies of "cache" entry points are kept (their inputs are scalars: no
 * pointer into the program is part of the key); a call that may change such answers
 * (setting a function attribute, unloading a module, whose handles may be reused) forgets
 * them all (quanta__fwd_forget_answers). Bounded: past MAX_KEPT answers all are forgotten.
 * PyTorch and cudart ask for the same device attributes thousands of times; each was a
 * round trip.
 */
#include "client_answers.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "fwd_client.h"

#define BUCKETS 1024u
#define MAX_KEPT 16384u
#define MAX_BYTES 4096u /* a longer request or reply is not kept */

struct answer {
    struct answer *next;
    size_t req_len, reply_len;
    uint8_t bytes[]; /* the request, then the reply */
};

static struct answer *buckets[BUCKETS];
static unsigned kept;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static unsigned bucket_of(const uint8_t *p, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ull;
    return (unsigned)(h % BUCKETS);
}

/* Frees every answer. lock held. */
static void drop_all(void)
{
    for (unsigned b = 0; b < BUCKETS; b++) {
        while (buckets[b] != NULL) {
            struct answer *a = buckets[b];
            buckets[b] = a->next;
            free(a);
        }
    }
    kept = 0;
}

int quanta__fwd_answer_find(const uint8_t *req, size_t req_len, struct quanta__fwd_buf *into)
{
    int found = 0;
    pthread_mutex_lock(&lock);
    for (struct answer *a = buckets[bucket_of(req, req_len)]; a != NULL && !found; a = a->next) {
        if (a->req_len != req_len || memcmp(a->bytes, req, req_len) != 0)
            continue;
        into->len = 0;
        found = quanta__fwd_buf_add(into, a->bytes + req_len, a->reply_len) == 0;
    }
    pthread_mutex_unlock(&lock);
    return found;
}

void quanta__fwd_answer_keep(const uint8_t *req, size_t req_len, const uint8_t *reply, size_t reply_len)
{
    if (req_len > MAX_BYTES || reply_len > MAX_BYTES)
        return;
    struct answer *a = malloc(sizeof *a + req_len + reply_len);
    if (a == NULL)
        return;
    a->req_len = req_len;
    a->reply_len = reply_len;
    memcpy(a->bytes, req, req_len);
    memcpy(a->bytes + req_len, reply, reply_len);
    unsigned b = bucket_of(req, req_len);
    pthread_mutex_lock(&lock);
    if (kept >= MAX_KEPT)
        drop_all();
    a->next = buckets[b];
    buckets[b] = a;
    kept++;
    pthread_mutex_unlock(&lock);
}

void quanta__fwd_forget_answers(void)
{
    pthread_mutex_lock(&lock);
    drop_all();
    pthread_mutex_unlock(&lock);
}

void quanta__fwd_answers_in_child(void)
{
    pthread_mutex_init(&lock, NULL);
    memset(buckets, 0, sizeof buckets); /* left to the parent's heap copy: never touched again */
    kept = 0;
}
