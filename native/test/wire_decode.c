/*
 * wire_decode.c - the interposer's protocol codec, driven line by line from stdin.
 *
 * Each input line is one command; bytes travel as hex so that a case may hold any byte
 * (NUL, newline, invalid UTF-8):
 *   D HEX                   decode HEX as a hello answer; prints "ok ..." with every
 *                           decoded field, or "err CODE NAME"
 *   H ID PID TOKENHEX SIZE  encode a hello request into a SIZE-byte buffer; prints
 *                           "line HEX" or "err -ENOSPC"
 *   W ID SIZE               the same for wake
 * test/wire.test.ts feeds it its table of cases (and random mutations, to the ASan build).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_scan.h"
#include "quanta_proto.h"

static size_t unhex(const char *hex, char *out, size_t size)
{
    size_t n = 0;
    for (; hex[0] && hex[1] && n < size; hex += 2) {
        unsigned b;
        if (sscanf(hex, "%2x", &b) != 1)
            break;
        out[n++] = (char)b;
    }
    return n;
}

static void print_hex(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        printf("%02x", (unsigned char)s[i]);
}

/* Prints a decoded string as hex, so that any byte survives the trip. */
static void field(const char *name, const char *s)
{
    printf(" %s=", name);
    print_hex(s, strlen(s));
}

static void decode(const char *hex)
{
    static char buf[1 << 20];
    size_t n = unhex(hex, buf, sizeof buf);
    struct quanta_proto_hello_answer a;
    int rc = quanta__proto_decode_hello_answer(buf, n, &a);
    if (rc != 0) {
        printf("err %d %s\n", rc, quanta__json_strerror(rc));
        return;
    }
    printf("ok %d id=%lld", a.ok, (long long)a.id);
    if (!a.ok) {
        field("code", a.error.code);
        field("message", a.error.message);
    } else {
        field("vgpu", a.vgpu);
        field("segment", a.segment);
        printf(" reconnected=%d gpus=%u", a.reconnected, a.gpus_count);
        for (uint32_t i = 0; i < a.gpus_count; i++) {
            field("uuid", a.gpus[i].uuid);
            printf(" index=%lld quota=%lld", (long long)a.gpus[i].index, (long long)a.gpus[i].quota);
        }
    }
    printf("\n");
}

static void encoded(int n, const char *buf)
{
    if (n < 0) {
        printf("err %d\n", n);
        return;
    }
    printf("line ");
    print_hex(buf, (size_t)n);
    printf("\n");
}

int main(void)
{
    static char line[(1 << 21) + 64];
    while (fgets(line, sizeof line, stdin) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        long long id, fd;
        size_t size;
        char hex[256];
        char out[4096], token[128];
        if (line[0] == 'D' && line[1] == ' ') {
            decode(line + 2);
        } else if (sscanf(line, "H %lld %lld %255s %zu", &id, &fd, hex, &size) == 4 && size <= sizeof out) {
            token[unhex(hex, token, sizeof token - 1)] = '\0';
            encoded(quanta__proto_encode_hello(out, size, id, token, (int)fd), out);
        } else if (sscanf(line, "W %lld %zu", &id, &size) == 2 && size <= sizeof out) {
            encoded(quanta__proto_encode_wake(out, size, id), out);
        } else {
            printf("bad command\n");
        }
        fflush(stdout);
    }
    return 0;
}
