/*
 * hmac_md2.h - HMAC-MD2, as cudart's driver integrity check computes it (hmac_md2.c).
 */
#ifndef QUANTA_HMAC_MD2_H
#define QUANTA_HMAC_MD2_H

#include <stddef.h>
#include <stdint.h>

/* One piece of the message: the message is the pieces in order. */
struct quanta__hmac_part {
    const void *data;
    size_t len;
};

/* out = HMAC-MD2(key, parts...): RFC 2104 with MD2's 16-byte block; key is one block. */
void quanta__hmac_md2(const uint8_t key[16], const struct quanta__hmac_part *parts, size_t count, uint8_t out[16]);

/* out = MD2(data) (RFC 1319); for the tests against the RFC's vectors. */
void quanta__md2(const void *data, size_t len, uint8_t out[16]);

#endif
