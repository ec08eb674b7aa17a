/*
 * md2_vectors.c - the forwarding client's MD2 and HMAC-MD2 (native/forward/hmac_md2.c)
 * against RFC 1319's test vectors, and HMAC's definition computed by hand from MD2
 * (test/forward.test.ts). Prints "ok"/"FAIL" lines; exits 1 on any failure.
 */
#include <stdio.h>
#include <string.h>

#include "hex.h"
#include "../forward/hmac_md2.h"

static int failures;

int main(void)
{
    static const struct {
        const char *in, *md2;
    } rfc[] = {
        {"", "8350e5a3e24c153df2275c9f80692773"},
        {"a", "32ec01ec4a6dac72c0ab96fb34c0b5d1"},
        {"abc", "da853b0d3f88d99b30283a69e6ded6bb"},
        {"message digest", "ab4f496bfb2a530b219ff33031fe06b0"},
        {"abcdefghijklmnopqrstuvwxyz", "4e8ddff3650292ab5a4108c3aa47940b"},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "da33def2a42df13975352846c30338cd"},
        {"12345678901234567890123456789012345678901234567890123456789012345678901234567890", "d5976f79d83d3a0dc9806c3c66f3efd8"},
    };
    for (size_t i = 0; i < sizeof rfc / sizeof rfc[0]; i++) {
        uint8_t d[16];
        char h[33];
        quanta__md2(rfc[i].in, strlen(rfc[i].in), d);
        hex_digest(d, sizeof d, h);
        int ok = strcmp(h, rfc[i].md2) == 0;
        failures += !ok;
        printf("%s MD2(\"%s\") = %s\n", ok ? "ok" : "FAIL", rfc[i].in, h);
    }
    /* HMAC = MD2((K ^ opad) || MD2((K ^ ipad) || m)), the message given in two parts. */
    uint8_t key[16], inner_in[16 + 5], outer_in[32], inner[16], want[16], got[16];
    for (int i = 0; i < 16; i++)
        key[i] = (uint8_t)(i * 37 + 1);
    for (int i = 0; i < 16; i++)
        inner_in[i] = key[i] ^ 0x36, outer_in[i] = key[i] ^ 0x5c;
    memcpy(inner_in + 16, "hello", 5);
    quanta__md2(inner_in, sizeof inner_in, inner);
    memcpy(outer_in + 16, inner, 16);
    quanta__md2(outer_in, sizeof outer_in, want);
    struct quanta__hmac_part parts[2] = {{"he", 2}, {"llo", 3}};
    quanta__hmac_md2(key, parts, 2, got);
    int ok = memcmp(got, want, 16) == 0;
    failures += !ok;
    printf("%s HMAC-MD2 is MD2 of the padded keys around the message\n", ok ? "ok" : "FAIL");
    printf("%s\n", failures ? "FAILED" : "PASSED");
    return failures ? 1 : 0;
}
