/*
 * executor_diag.h - the executor's crash report and call trace (executor_diag.c).
 */
#ifndef QUANTA_EXECUTOR_DIAG_H
#define QUANTA_EXECUTOR_DIAG_H

#include <stdint.h>

/* Installs the crash report (a line naming the running call on SIGSEGV, SIGBUS, SIGFPE,
 * SIGILL or SIGABRT, then the signal's default action) and reads QUANTA_EXECUTOR_TRACE. */
void quanta__exec_diag_init(void);
/* The call now running (a string that lives as long as the process) and its frame's
 * length, or NULL for none. */
void quanta__exec_diag_running(const char *name, uint32_t length);
/* Whether QUANTA_EXECUTOR_TRACE=1 asked for a line per call. */
int quanta__exec_diag_tracing(void);
/* Whether QUANTA_EXECUTOR_STATS=1 asked for the time spent in each entry point. */
int quanta__exec_diag_timing(void);
/* Adds ns nanoseconds spent in `name` (a string that lives as long as the process). */
void quanta__exec_diag_time(const char *name, uint64_t ns);
/* With QUANTA_EXECUTOR_STATS=1: one line per entry point called (calls, mean and total
 * time in the driver), to tell the driver's time from the transport's. */
void quanta__exec_diag_report(void);

#endif
