/*
 * sched_page.h - one physical GPU's schedule, as the daemon publishes it.
 *
 * A small file per GPU (`<runtime dir>/sched/<GPU UUID>`), written only by the daemon's
 * scheduler (src/daemon/schedule-page.ts: same offsets; change both, and the version,
 * together) and mapped read-only by every interposer that uses the GPU. A launch reads
 * `open` (nothing gated: best effort, or one tenant alone under a work-conserving
 * policy) and otherwise `holder`: only the holding vGPU puts work on the GPU. The grant
 * lasts until the daemon names another holder. `standing` names a vGPU that may put work
 * on the GPU at any time: the only one of the top priority class on a work-conserving
 * GPU, so that a latency-sensitive tenant never waits for a grant (it stamps its work and
 * pokes the daemon, which takes the grant from the holder); while there is one, the
 * others keep a single kernel queued, so what it waits behind is at most one kernel.
 * Because the daemon answers a poke only in ~0.1 ms, the standing vGPU also stamps its
 * launches in the file's second page (`struct quanta_sched_urgent`, the one part that
 * interposers write), and the others hold back for QUANTA_SCHED_URGENT_NS after a stamp:
 * so they stop at their next launch, not at the daemon's next decision; the daemon also rewrites `beat_ns` at
 * least every few milliseconds, and a page whose beat is older than
 * QUANTA_SCHED_STALE_NS counts as open, so a daemon that dies or restarts never stalls
 * running programs. The daemon writes words with aligned 8-byte writes and no lock: a
 * reader may see a new holder with an old beat for a moment, which only shifts one
 * launch by one decision.
 */
#ifndef QUANTA_SCHED_PAGE_H
#define QUANTA_SCHED_PAGE_H

#include <stddef.h>
#include <stdint.h>

#define QUANTA_SCHED_MAGIC 0x47504843535451ull /* "QTSCHPG" little-endian */
#define QUANTA_SCHED_VERSION 2u
#define QUANTA_SCHED_PAGE_SIZE 4096 /* the daemon's page; the urgent page follows it */
#define QUANTA_SCHED_FILE_SIZE (2 * QUANTA_SCHED_PAGE_SIZE)
/* Others hold back this long after the standing vGPU's last launch, and while it has
 * launches in flight up to QUANTA_SCHED_URGENT_MAX_NS after it (a killed one's count
 * never drops). The same rule as the daemon's for the high class (PENDING_HIGH_NS in
 * src/daemon/gpu-time.ts), so the two agree whichever acts first. */
#define QUANTA_SCHED_URGENT_NS (1000ull * 1000)
#define QUANTA_SCHED_URGENT_MAX_NS (5ull * 1000 * 1000)
/* Two slices of 10 ms and a margin: past this without a beat, the daemon is gone. */
#define QUANTA_SCHED_STALE_NS (100ull * 1000 * 1000)

struct quanta_sched_page {
    uint64_t magic;
    uint32_t version;
    uint32_t open;            /* 1: nothing is gated on this GPU */
    uint64_t holder;          /* sched_id of the vGPU holding the GPU; 0: nobody */
    uint64_t beat_ns;         /* CLOCK_MONOTONIC of the daemon's last write */
    uint64_t grant_until_ns;  /* when the holder's grant ends (informational) */
    uint64_t standing;        /* sched_id of a vGPU that may always run; 0: none */
};

/* At QUANTA_SCHED_PAGE_SIZE in the file, mapped writable by interposers. */
struct quanta_sched_urgent {
    uint64_t launch_ns; /* CLOCK_MONOTONIC of the standing vGPU's last launch */
    int64_t inflight;   /* its launches queued and not yet seen complete */
};

_Static_assert(offsetof(struct quanta_sched_page, open) == 12, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_sched_page, holder) == 16, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_sched_page, beat_ns) == 24, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_sched_page, grant_until_ns) == 32, "shared with TypeScript");
_Static_assert(offsetof(struct quanta_sched_page, standing) == 40, "shared with TypeScript");
_Static_assert(sizeof(struct quanta_sched_urgent) == 16, "shared with TypeScript (PAGE.urgentSize)");

#endif
