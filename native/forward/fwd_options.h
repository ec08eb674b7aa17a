/*
 * fwd_options.h - arguments whose meaning depends on another argument, decided in one
 * place for the client and the executor (fwd_options.c): option lists (JIT options of
 * module and library loading, library options) and pointer attributes' sizes.
 *
 * On the wire: a u64 count, then per option a u32 option and a u64 value (a log buffer's
 * value is its size: the buffer itself is the executor's). The reply gives back every
 * value after the call, then each log buffer's text (u64 length and bytes, NUL included).
 */
#ifndef QUANTA_FWD_OPTIONS_H
#define QUANTA_FWD_OPTIONS_H

#include <stdint.h>

#define QUANTA__FWD_MAX_OPTIONS 64
#define QUANTA__FWD_MAX_LOG (1u << 20)
#define QUANTA__FWD_MAX_LAUNCH_ATTRS 32

enum quanta__fwd_option_family { QUANTA__FWD_OPT_JIT, QUANTA__FWD_OPT_LIBRARY };

enum quanta__fwd_option_kind {
    QUANTA__FWD_OPTION_REFUSED,  /* a pointer into the program's memory: not forwarded */
    QUANTA__FWD_OPTION_VALUE,    /* a value in the slot; the driver may overwrite it */
    QUANTA__FWD_OPTION_LOG,      /* a log buffer; its size is the value of `size_option` */
    QUANTA__FWD_OPTION_DROPPED,  /* a hint the executor does not pass on (it would be wrong there) */
};

/* What option `option` of `family` is; for a log, *size_option is its size's option. */
enum quanta__fwd_option_kind quanta__fwd_option_kind(int family, int option, int *size_option);

/* Whether the driver overwrites the option's value (so the client writes it back). */
int quanta__fwd_option_written(int family, int option);

/* Bytes of the value of pointer attribute `attribute` (cuPointerGetAttribute), 0 for one
 * this build does not know (the call is then refused). */
unsigned quanta__fwd_pointer_attribute_size(int attribute);

#endif
