/*
 * sha256.h - SHA-256 (FIPS 180-4), for naming module images in the executor's module
 * cache (docs/design/forwarding.md, planned): the client names an image by its hash and
 * the executor stores one only after hashing its bytes itself.
 */
#ifndef QUANTA_SHA256_H
#define QUANTA_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct quanta__sha256 {
    uint32_t h[8];
    uint64_t bytes;    /* message length so far */
    uint8_t block[64]; /* a partial block */
    size_t filled;
};

void quanta__sha256_init(struct quanta__sha256 *s);
/* Adds n bytes of the message. */
void quanta__sha256_update(struct quanta__sha256 *s, const void *data, size_t n);
/* The digest of the message added so far; s must be initialised again to be reused. */
void quanta__sha256_final(struct quanta__sha256 *s, uint8_t out[32]);
/* out = SHA-256(data). */
void quanta__sha256(const void *data, size_t n, uint8_t out[32]);
/* Tests: nonzero keeps to the portable code where the CPU has SHA extensions. */
void quanta__sha256_use_portable(int on);

#endif
