/*
 * segment_check.c - the vGPU segment's reservation rules under concurrency and death.
 * Usage: segment_check PATH, where PATH is a segment with one GPU and a quota of 1000
 * bytes (the TypeScript test creates it). Checks, printing one line each:
 *  1. 8 processes reserving and releasing at random never take the vGPU past its quota;
 *  2. a process killed while holding the lock does not wedge the others;
 *  3. memory held by a killed process is reclaimed when a reservation needs it.
 * Leaves every slot empty. Exits 0 when all hold.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "vgpu_segment.h"

static int hammer(struct quanta_seg *seg, unsigned seed)
{
    int slot = quanta__seg_join(seg, getpid());
    if (slot < 0)
        return 2;
    for (int i = 0; i < 20000; i++) {
        uint64_t n = 1 + rand_r(&seed) % 200, quota, used;
        if (quanta__seg_reserve(seg, slot, 0, n) == 0) {
            quanta__seg_usage(seg, 0, &quota, &used);
            if (used > quota)
                return 1;
            quanta__seg_release(seg, slot, 0, n);
        }
    }
    quanta__seg_release(seg, slot, 0, UINT64_MAX);
    return 0;
}

int main(int argc, char **argv)
{
    struct quanta_seg *seg;
    if (argc != 2 || quanta__seg_open(argv[1], &seg) != 0) {
        fprintf(stderr, "usage: segment_check SEGMENT (a valid one)\n");
        return 2;
    }
    int failed = 0;
    printf("context bytes written by the daemon: %llu\n", (unsigned long long)quanta__seg_context_bytes(seg, 0));

    pid_t kids[8];
    for (int k = 0; k < 8; k++)
        if ((kids[k] = fork()) == 0)
            _exit(hammer(seg, (unsigned)k * 7919u + 1));
    int bad = 0;
    for (int k = 0; k < 8; k++) {
        int st;
        waitpid(kids[k], &st, 0);
        bad += !WIFEXITED(st) || WEXITSTATUS(st) != 0;
    }
    printf("concurrent reservations within the quota: %s\n", bad ? "FAIL" : "ok");
    failed |= bad;

    pid_t holder = fork();
    if (holder == 0) {
        __atomic_store_n(&seg->lock, (uint32_t)getpid(), __ATOMIC_RELEASE); /* dies holding it */
        raise(SIGKILL);
    }
    usleep(50000); /* a zombie until reaped below: dead all the same */
    int me = quanta__seg_join(seg, getpid());
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = quanta__seg_reserve(seg, me, 0, 10);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("lock taken over from a dead owner: %s (%.1f ms)\n", rc == 0 && ms < 1000 ? "ok" : "FAIL", ms);
    failed |= rc != 0 || ms >= 1000;
    quanta__seg_release(seg, me, 0, 10);
    waitpid(holder, NULL, 0);

    pid_t greedy = fork();
    if (greedy == 0) {
        int s = quanta__seg_join(seg, getpid());
        if (s >= 0 && quanta__seg_reserve(seg, s, 0, 900) == 0)
            raise(SIGKILL);
        _exit(1);
    }
    int st;
    waitpid(greedy, &st, 0);
    rc = quanta__seg_reserve(seg, me, 0, 500);
    uint64_t quota, used;
    quanta__seg_usage(seg, 0, &quota, &used);
    printf("a killed process's memory reclaimed: %s (used %llu of %llu)\n",
           WIFSIGNALED(st) && rc == 0 && used == 500 ? "ok" : "FAIL", (unsigned long long)used, (unsigned long long)quota);
    failed |= !(WIFSIGNALED(st) && rc == 0 && used == 500);
    failed |= quanta__seg_reserve(seg, me, 0, 501) != -ENOMEM; /* 1001 > 1000 */
    quanta__seg_release(seg, me, 0, UINT64_MAX);
    __atomic_store_n(&seg->slots[me].pid, 0, __ATOMIC_RELEASE);
    quanta__seg_close(seg);
    return failed ? 1 : 0;
}
