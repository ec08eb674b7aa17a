/*
 * hmac_md2.c - HMAC (RFC 2104) over MD2 (RFC 1319), the keyed hash cudart's driver
 * integrity check expects (native/forward/client_export.c).
 *
 * Design: a plain, incremental MD2 (16-byte blocks, 48-byte state, running checksum
 * with the RFC's errata), and HMAC with MD2's 16-byte block as the key block. Nothing
 * here is secret or security-relevant: it reproduces an answer the runtime checks.
 */
#include "hmac_md2.h"

#include <string.h>

/* RFC 1319's permutation of 0..255, built from the digits of pi. */
static const uint8_t S[256] = {
    41,  46,  67,  201, 162, 216, 124, 1,   61,  54,  84,  161, 236, 240, 6,   19,  98,  167, 5,   243, 192, 199,
    115, 140, 152, 147, 43,  217, 188, 76,  130, 202, 30,  155, 87,  60,  253, 212, 224, 22,  103, 66,  111, 24,
    138, 23,  229, 18,  190, 78,  196, 214, 218, 158, 222, 73,  160, 251, 245, 142, 187, 47,  238, 122, 169, 104,
    121, 145, 21,  178, 7,   63,  148, 194, 16,  137, 11,  34,  95,  33,  128, 127, 93,  154, 90,  144, 50,  39,
    53,  62,  204, 231, 191, 247, 151, 3,   255, 25,  48,  179, 72,  165, 181, 209, 215, 94,  146, 42,  172, 86,
    170, 198, 79,  184, 56,  210, 150, 164, 125, 182, 118, 252, 107, 226, 156, 116, 4,   241, 69,  157, 112, 89,
    100, 113, 135, 32,  134, 91,  207, 101, 230, 45,  168, 2,   27,  96,  37,  173, 174, 176, 185, 246, 28,  70,
    97,  105, 52,  64,  126, 15,  85,  71,  163, 35,  221, 81,  175, 58,  195, 92,  249, 206, 186, 197, 234, 38,
    44,  83,  13,  110, 133, 40,  132, 9,   211, 223, 205, 244, 65,  129, 77,  82,  106, 220, 55,  200, 108, 193,
    171, 250, 36,  225, 123, 8,   12,  189, 177, 74,  120, 136, 149, 139, 227, 99,  232, 109, 233, 203, 213, 254,
    59,  0,   29,  57,  242, 239, 183, 14,  102, 88,  208, 228, 166, 119, 114, 248, 235, 117, 75,  10,  49,  68,
    80,  180, 143, 237, 31,  26,  219, 153, 141, 51,  159, 17,  131, 20,
};

struct md2 {
    uint8_t x[48];        /* state; x[16..31] collect the block being filled */
    uint8_t checksum[16];
    uint8_t last;         /* the checksum's running byte (L in the RFC) */
    unsigned filled;      /* bytes of the current block */
};

static void md2_init(struct md2 *m)
{
    memset(m, 0, sizeof *m);
}

static void md2_byte(struct md2 *m, uint8_t b)
{
    unsigned i = m->filled;
    m->x[16 + i] = b;
    m->x[32 + i] = (uint8_t)(m->x[i] ^ b);
    m->checksum[i] ^= S[b ^ m->last];
    m->last = m->checksum[i];
    m->filled = (i + 1) & 15;
    if (m->filled != 0)
        return;
    uint8_t t = 0;
    for (unsigned round = 0; round < 18; round++) {
        for (unsigned k = 0; k < 48; k++)
            t = m->x[k] ^= S[t];
        t = (uint8_t)(t + round);
    }
}

static void md2_bytes(struct md2 *m, const void *p, size_t n, uint8_t mask)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++)
        md2_byte(m, (uint8_t)(b[i] ^ mask));
}

static void md2_final(struct md2 *m, uint8_t out[16])
{
    uint8_t pad = (uint8_t)(16 - m->filled);
    for (unsigned i = 0; i < pad; i++)
        md2_byte(m, pad);
    uint8_t sum[16];
    memcpy(sum, m->checksum, 16); /* appending the checksum changes it: use the value before */
    md2_bytes(m, sum, 16, 0);
    memcpy(out, m->x, 16);
}

void quanta__hmac_md2(const uint8_t key[16], const struct quanta__hmac_part *parts, size_t count, uint8_t out[16])
{
    struct md2 m;
    uint8_t inner[16];
    md2_init(&m);
    md2_bytes(&m, key, 16, 0x36);
    for (size_t i = 0; i < count; i++)
        md2_bytes(&m, parts[i].data, parts[i].len, 0);
    md2_final(&m, inner);
    md2_init(&m);
    md2_bytes(&m, key, 16, 0x5c);
    md2_bytes(&m, inner, 16, 0);
    md2_final(&m, out);
}

void quanta__md2(const void *data, size_t len, uint8_t out[16])
{
    struct md2 m;
    md2_init(&m);
    md2_bytes(&m, data, len, 0);
    md2_final(&m, out);
}
