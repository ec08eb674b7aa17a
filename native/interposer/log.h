/*
 * log.h - diagnostics from inside the host process: one write(2) per line to stderr,
 * no stdio buffers, errno preserved, usable after fork().
 */
#ifndef QUANTA_LOG_H
#define QUANTA_LOG_H

/* Writes "quanta[pid]: <message>\n" to stderr. Never fails the caller; keeps errno. */
void quanta__log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Like quanta__log, but only when QUANTA_DEBUG is set in the environment. */
void quanta__debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
