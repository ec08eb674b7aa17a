/*
 * fwd_ring_abuse.c - a hostile client of the shared-memory transport (test/forward.test.ts):
 * it takes the rings an executor hands over and writes an impossible position into the
 * shared memory, which the executor must take for what it is (the session ends with a
 * protocol error) instead of reading or writing out of bounds.
 *
 *   fwd_ring_abuse unix:PATH tail   claims more bytes written than the ring holds
 *   fwd_ring_abuse unix:PATH head   claims to have read bytes never written, then calls cuInit
 *   fwd_ring_abuse unix:PATH shrink tries to shrink the shared memory (which would make the
 *                                   executor fault on its next read): must be refused
 *
 * The token is QUANTA_REMOTE_TOKEN. Exits 0 once the executor has closed the connection.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/futex.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../forward/fwd_frame.h"
#include "../forward/fwd_ring.h"
#include "quanta_cuda_api.h"

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[2], "tail") != 0 && strcmp(argv[2], "head") != 0 && strcmp(argv[2], "shrink") != 0)) {
        fprintf(stderr, "usage: fwd_ring_abuse unix:PATH tail|head|shrink\n");
        return 2;
    }
    struct quanta__fwd_conn c = {.fd = quanta__fwd_dial(argv[1])};
    if (c.fd < 0) {
        perror("dial");
        return 1;
    }
    struct quanta_fwd_hello hello = {.magic = QUANTA_FWD_MAGIC, .version = QUANTA_FWD_VERSION, .pid = (uint32_t)getpid(),
                                      .transport = QUANTA_FWD_TRANSPORT_SHM};
    const char *token = getenv("QUANTA_REMOTE_TOKEN");
    snprintf(hello.token, sizeof hello.token, "%s", token ? token : "");
    struct quanta_fwd_header h;
    struct quanta__fwd_buf reply = {0};
    int passed = -1;
    struct quanta__fwd_rings base;
    struct quanta_fwd_welcome w;
    if (quanta__fwd_send(&c, QUANTA_FWD_KIND_HELLO, 0, 0, &hello, sizeof hello) != 0 || quanta__fwd_recv_fd(c.fd, &h, &reply, &passed) != 0 ||
        h.kind != QUANTA_FWD_KIND_WELCOME || passed < 0 || (memcpy(&w, reply.data, sizeof w), quanta__fwd_rings_map(passed, w.ring_bytes, &base)) != 0) {
        fprintf(stderr, "no shared-memory session\n");
        return 1;
    }
    struct quanta_fwd_ring_ctl *to_executor = base.ctl, *to_client = to_executor + 1;
    if (strcmp(argv[2], "shrink") == 0) {
        if (ftruncate(passed, 0) == 0) {
            printf("FAIL: the shared memory could be shrunk\n");
            return 1;
        }
        printf("shrinking refused: %s\n", strerror(errno));
        return 0;
    }
    if (strcmp(argv[2], "tail") == 0) {
        __atomic_store_n(&to_executor->tail, (uint64_t)w.ring_bytes * 3, __ATOMIC_SEQ_CST);
    } else {
        __atomic_store_n(&to_client->head, 12345, __ATOMIC_SEQ_CST);
        struct quanta__fwd_ring tx;
        quanta__fwd_ring_attach(&tx, &base, 0, c.fd);
        c.tx = &tx;
        uint32_t call[2] = {QUANTA_CUDA_cuInit, 0};
        if (quanta__fwd_send(&c, QUANTA_FWD_KIND_CALL, 0, 1, call, sizeof call) != 0) {
            perror("send");
            return 1;
        }
    }
    __atomic_store_n(&to_executor->reader_sleeping, 0, __ATOMIC_SEQ_CST);
    /* Wake an executor asleep on the ring, then wait for it to close the socket. */
    (void)syscall(SYS_futex, (uint32_t *)&to_executor->tail, FUTEX_WAKE, 1, NULL, NULL, 0);
    char byte;
    while (read(c.fd, &byte, 1) > 0)
        ;
    printf("the executor closed the connection\n");
    return 0;
}
