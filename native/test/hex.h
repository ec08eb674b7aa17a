/*
 * hex.h - a digest as lowercase hex, for the hash tests' reports (md2_vectors.c,
 * sha256_vectors.c).
 */
#ifndef QUANTA_TEST_HEX_H
#define QUANTA_TEST_HEX_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* out (2 * n + 1 bytes) = the n bytes of d in hex, NUL-terminated. */
static inline void hex_digest(const uint8_t *d, size_t n, char *out)
{
    for (size_t i = 0; i < n; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

#endif
