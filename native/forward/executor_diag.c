/*
 * executor_diag.c - what the executor says when things go wrong (executor_diag.h): a
 * crash names the call that was running, and QUANTA_EXECUTOR_TRACE=1 logs every call
 * with its result, so a program that fails through forwarding shows where.
 *
 * Design: the crash handler runs on its own stack, writes one line with write(2) (async-
 * signal-safe: no stdio, no allocation) and lets the signal take its default course, so
 * the process still ends as it would have (and its exit status says which signal).
 */
#define _GNU_SOURCE
#include "executor_diag.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *volatile running = "no call";
static volatile uint32_t running_length;
static int tracing, timing;

#define TIMED_MAX 256
static struct {
    const char *name;
    uint64_t calls, ns;
} timed[TIMED_MAX];

/* Appends s to buf at *at (bounded). Async-signal-safe. */
static void put(char *buf, size_t cap, size_t *at, const char *s)
{
    while (*s != '\0' && *at + 1 < cap)
        buf[(*at)++] = *s++;
}

static void put_number(char *buf, size_t cap, size_t *at, long n)
{
    char digits[24];
    int k = 0;
    unsigned long u = n < 0 ? (unsigned long)-n : (unsigned long)n;
    do
        digits[k++] = (char)('0' + u % 10);
    while ((u /= 10) != 0 && k < 23);
    if (n < 0)
        digits[k++] = '-';
    while (k > 0 && *at + 1 < cap)
        buf[(*at)++] = digits[--k];
}

static void on_crash(int sig)
{
    char line[256];
    size_t at = 0;
    put(line, sizeof line, &at, "quanta-executor[");
    put_number(line, sizeof line, &at, (long)getpid());
    put(line, sizeof line, &at, "]: crashed (signal ");
    put_number(line, sizeof line, &at, sig);
    put(line, sizeof line, &at, ") in ");
    put(line, sizeof line, &at, running);
    if (running_length != 0) {
        put(line, sizeof line, &at, " (");
        put_number(line, sizeof line, &at, (long)running_length);
        put(line, sizeof line, &at, " bytes)");
    }
    put(line, sizeof line, &at, ": the session ends\n");
    (void)!write(STDERR_FILENO, line, at);
    /* SA_RESETHAND restored the default action; the signal, blocked while this runs, is
     * raised again and ends the process as soon as this returns (a fault would recur
     * anyway; a signal sent with kill would not). */
    raise(sig);
}

void quanta__exec_diag_init(void)
{
    static char alt[64 * 1024];
    stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt};
    (void)sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    const int fatal[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
    for (size_t i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
        (void)sigaction(fatal[i], &sa, NULL);
    const char *t = getenv("QUANTA_EXECUTOR_TRACE");
    tracing = t != NULL && strcmp(t, "1") == 0;
    t = getenv("QUANTA_EXECUTOR_STATS");
    timing = t != NULL && strcmp(t, "1") == 0;
}

int quanta__exec_diag_timing(void)
{
    return timing;
}

void quanta__exec_diag_time(const char *name, uint64_t ns)
{
    for (int i = 0; i < TIMED_MAX; i++) {
        if (timed[i].name == NULL)
            timed[i].name = name;
        if (timed[i].name == name) {
            timed[i].calls++;
            timed[i].ns += ns;
            return;
        }
    }
}

void quanta__exec_diag_report(void)
{
    for (int i = 0; i < TIMED_MAX && timed[i].name != NULL; i++)
        fprintf(stderr, "quanta-executor[%d]: stats: %s calls %llu, mean %.2f us, total %.1f ms\n", (int)getpid(), timed[i].name,
                (unsigned long long)timed[i].calls, (double)timed[i].ns / 1e3 / (double)timed[i].calls, (double)timed[i].ns / 1e6);
}

void quanta__exec_diag_running(const char *name, uint32_t length)
{
    running = name != NULL ? name : "no call";
    running_length = name != NULL ? length : 0;
}

int quanta__exec_diag_tracing(void)
{
    return tracing;
}
