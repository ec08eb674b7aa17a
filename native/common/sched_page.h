/*
 * sched_page.h - one physical GPU's schedule, as the daemon publishes it.
 *
 * A small file per GPU (`<runtime dir>/sched/<GPU UUID>`), written only by the daemon's
 * scheduler (src/daemon/schedule-page.ts) and mapped read-only by every interposer that
 * uses the GPU. Its layout and constants are described once, in api/wire/sched-page.json,
 * and generated for C (native/gen/quanta_wire.h, included here) and for TypeScript
 * (src/gen/layout.ts); this header keeps the design.
 *
 * A launch reads `open` (nothing gated: best effort, or one tenant alone under a
 * work-conserving policy) and otherwise `holder`: only the holding vGPU puts work on the
 * GPU. The grant lasts until the daemon names another holder. `standing` names a vGPU
 * that may put work on the GPU at any time: the only one of the top priority class on a
 * work-conserving GPU, so that a latency-sensitive tenant never waits for a grant (it
 * stamps its work and pokes the daemon, which takes the grant from the holder); while
 * there is one, the others keep a single kernel queued, so what it waits behind is at
 * most one kernel. Because the daemon answers a poke only in ~0.1 ms, the standing vGPU
 * also stamps its launches in the file's second page (`struct quanta_sched_urgent`, the
 * one part that interposers write), and the others hold back for QUANTA_SCHED_URGENT_NS
 * after a stamp (and while it has launches in flight, up to QUANTA_SCHED_URGENT_MAX_NS):
 * so they stop at their next launch, not at the daemon's next decision. The daemon
 * rewrites `beat_ns` at least every few milliseconds, and a page whose beat is older than
 * QUANTA_SCHED_STALE_NS counts as open, so a daemon that dies or restarts never stalls
 * running programs. The daemon writes words with aligned 8-byte writes and no lock: a
 * reader may see a new holder with an old beat for a moment, which only shifts one
 * launch by one decision.
 */
#ifndef QUANTA_SCHED_PAGE_H
#define QUANTA_SCHED_PAGE_H

#include "quanta_wire.h" /* struct quanta_sched_page, struct quanta_sched_urgent, QUANTA_SCHED_* */

#endif
