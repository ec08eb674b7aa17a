// The daemon's side of a GPU's schedule page (design: native/common/sched_page.h; layout:
// api/wire/sched-page.json, generated into src/gen/layout.ts). One file per physical GPU
// beside the socket; the daemon writes it, interposers map it read-only and read it on
// every launch while the GPU is gated.
// The file is rewritten in place, never replaced: interposers keep their mapping across
// a daemon restart and rejoin the schedule as soon as the new daemon writes it.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHED, SCHED_PAGE_LAYOUT, SCHED_URGENT_LAYOUT, SchedPageView } from '../gen/layout.js';

const F = SCHED_PAGE_LAYOUT.fields;
/** The page's constants and offsets, from the generated layout (src/gen/layout.ts). */
export const PAGE = {
  magic: SCHED.MAGIC,
  version: SCHED.VERSION,
  size: SCHED.PAGE_SIZE,
  /** The daemon's page, then the page the standing vGPU stamps (sched_page.h). */
  fileSize: SCHED.FILE_SIZE,
  /** struct quanta_sched_urgent, at `size`. */
  urgentSize: SCHED_URGENT_LAYOUT.size,
  offOpen: F.open.offset,
  offHolder: F.holder.offset,
  offBeat: F.beat_ns.offset,
  offGrantUntil: F.grant_until_ns.offset,
  offStanding: F.standing.offset,
} as const;

/** Where GPU `uuid`'s page lives, for a daemon whose socket is `socket`. */
export function schedulePagePath(socket: string, uuid: string): string {
  return join(dirname(socket), 'sched', uuid);
}

export interface PageState {
  open: boolean;
  holder: bigint;
  beatNs: bigint;
  grantUntilNs: bigint;
  /** A vGPU that may put work on the GPU at any time (0n: none); see sched_page.h. */
  standing: bigint;
}

export class SchedulePage {
  private readonly fd: number;
  /** The whole page in memory; `publish` writes its words from `open` on in one write. */
  private readonly page = new SchedPageView(Buffer.alloc(SCHED_PAGE_LAYOUT.size));

  /** Opens the page at `path` (keeping an existing one's inode) or creates it; it starts open. */
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.fd = openSync(path, existsSync(path) ? 'r+' : 'w+', 0o644);
    this.page.magic = SCHED.MAGIC;
    this.page.version = SCHED.VERSION;
    this.page.open = 1;
    if (fstatSync(this.fd).size < SCHED.FILE_SIZE) writeSync(this.fd, Buffer.alloc(SCHED.FILE_SIZE), 0, SCHED.FILE_SIZE, 0);
    writeSync(this.fd, this.page.buf, 0, F.holder.offset, 0);
  }

  private standing = 0n;

  /** Publishes a decision in one write (readers tolerate a torn one: see sched_page.h). */
  publish(s: PageState): void {
    if (s.standing !== this.standing) {
      // A new standing vGPU starts with a clean urgent page: a previous one that died
      // left its count of launches in flight behind.
      writeSync(this.fd, Buffer.alloc(SCHED_URGENT_LAYOUT.size), 0, SCHED_URGENT_LAYOUT.size, SCHED.PAGE_SIZE);
      this.standing = s.standing;
    }
    this.page.open = s.open ? 1 : 0;
    this.page.holder = s.holder;
    this.page.beatNs = s.beatNs;
    this.page.grantUntilNs = s.grantUntilNs;
    this.page.standing = s.standing;
    writeSync(this.fd, this.page.buf, F.open.offset, SCHED_PAGE_LAYOUT.size - F.open.offset, F.open.offset);
  }

  /** What the page says now (tests, diagnostics). */
  read(): PageState {
    const p = new SchedPageView(Buffer.alloc(SCHED_PAGE_LAYOUT.size));
    readSync(this.fd, p.buf, 0, p.buf.length, 0);
    return { open: p.open !== 0, holder: p.holder, beatNs: p.beatNs, grantUntilNs: p.grantUntilNs, standing: p.standing };
  }

  /** Leaves the page open (nothing gated) and closes it: a stopping daemon frees everyone. */
  close(nowNs: bigint): void {
    try {
      this.publish({ open: true, holder: 0n, beatNs: nowNs, grantUntilNs: nowNs, standing: 0n });
    } finally {
      closeSync(this.fd);
    }
  }
}
