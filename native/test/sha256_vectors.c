/*
 * sha256_vectors.c - the forwarding code's SHA-256 (native/forward/sha256.c) against FIPS
 * 180-4's examples ("abc", the two-block message, one million 'a') and the empty message,
 * whole and fed in uneven pieces, and the SHA-extension code against the portable code
 * (test/forward.test.ts). Prints ok/FAIL lines; exits 1 on
 * any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hex.h"
#include "../forward/sha256.h"
#include "ok_lines.h"

int main(void)
{
    static const struct {
        const char *name, *in;
        size_t repeat;
        const char *digest;
    } v[] = {
        {"empty", "", 1, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "abc", 1, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"two blocks", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 1,
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"a million a", "a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        size_t len = strlen(v[i].in) * v[i].repeat;
        char *msg = malloc(len + 1);
        for (size_t r = 0; r < v[i].repeat; r++)
            memcpy(msg + r * strlen(v[i].in), v[i].in, strlen(v[i].in));
        uint8_t d[32];
        char h[65];
        quanta__sha256(msg, len, d);
        hex_digest(d, sizeof d, h);
        CHECK(strcmp(h, v[i].digest) == 0, "SHA-256(%s) = %s", v[i].name, h);
        /* The same message fed in pieces of 1, 2, 3, ... bytes. */
        struct quanta__sha256 s;
        quanta__sha256_init(&s);
        for (size_t at = 0, k = 1; at < len; at += k, k = k % 97 + 1)
            quanta__sha256_update(&s, msg + at, len - at < k ? len - at : k);
        quanta__sha256_final(&s, d);
        hex_digest(d, sizeof d, h);
        CHECK(strcmp(h, v[i].digest) == 0, "SHA-256(%s) in pieces = %s", v[i].name, h);
        free(msg);
    }
    /* Where the CPU has SHA extensions they do the work: the portable code must agree on
     * messages of every length around the block and padding edges, and on a large one. */
    static uint8_t msg[(1u << 20) + 200];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof msg; i++)
        msg[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 16);
    int agree = 1;
    size_t lengths[300];
    for (size_t i = 0; i < 260; i++)
        lengths[i] = i;
    for (size_t i = 260; i < 300; i++)
        lengths[i] = sizeof msg - 299 + i;
    for (size_t i = 0; i < 300 && agree; i++) {
        uint8_t fast[32], slow[32];
        quanta__sha256_use_portable(0);
        quanta__sha256(msg + i % 7, lengths[i] - (lengths[i] > 7 ? i % 7 : 0), fast);
        quanta__sha256_use_portable(1);
        quanta__sha256(msg + i % 7, lengths[i] - (lengths[i] > 7 ? i % 7 : 0), slow);
        agree = memcmp(fast, slow, 32) == 0;
    }
    quanta__sha256_use_portable(0);
    CHECK(agree, "the accelerated and portable code agree on 300 messages of 0 to 1 MiB, unaligned");
    return failures ? 1 : 0;
}
