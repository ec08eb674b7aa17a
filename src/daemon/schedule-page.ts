// The daemon's side of a GPU's schedule page (layout: native/common/sched_page.h; the two
// change together). One file per physical GPU beside the socket; the daemon writes it,
// interposers map it read-only and read it on every launch while the GPU is gated.
// The file is rewritten in place, never replaced: interposers keep their mapping across
// a daemon restart and rejoin the schedule as soon as the new daemon writes it.
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PAGE = {
  magic: 0x47504843535451n, // "QTSCHPG"
  version: 2,
  size: 4096,
  /** The daemon's page, then the page the standing vGPU stamps (sched_page.h). */
  fileSize: 8192,
  /** struct quanta_sched_urgent, at `size`. */
  urgentSize: 16,
  offOpen: 12,
  offHolder: 16,
  offBeat: 24,
  offGrantUntil: 32,
  offStanding: 40,
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
  private readonly body = Buffer.alloc(PAGE.offStanding + 8 - PAGE.offOpen);

  /** Opens the page at `path` (keeping an existing one's inode) or creates it; it starts open. */
  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    this.fd = openSync(path, existsSync(path) ? 'r+' : 'w+', 0o644);
    const head = Buffer.alloc(16);
    head.writeBigUInt64LE(PAGE.magic, 0);
    head.writeUInt32LE(PAGE.version, 8);
    head.writeUInt32LE(1, 12);
    if (fstatSync(this.fd).size < PAGE.fileSize) writeSync(this.fd, Buffer.alloc(PAGE.fileSize), 0, PAGE.fileSize, 0);
    writeSync(this.fd, head, 0, head.length, 0);
  }

  private standing = 0n;

  /** Publishes a decision in one write (readers tolerate a torn one: see sched_page.h). */
  publish(s: PageState): void {
    if (s.standing !== this.standing) {
      // A new standing vGPU starts with a clean urgent page: a previous one that died
      // left its count of launches in flight behind.
      writeSync(this.fd, Buffer.alloc(PAGE.urgentSize), 0, PAGE.urgentSize, PAGE.size);
      this.standing = s.standing;
    }
    this.body.writeUInt32LE(s.open ? 1 : 0, 0);
    this.body.writeUInt32LE(0, 4);
    this.body.writeBigUInt64LE(s.holder, PAGE.offHolder - PAGE.offOpen);
    this.body.writeBigUInt64LE(s.beatNs, PAGE.offBeat - PAGE.offOpen);
    this.body.writeBigUInt64LE(s.grantUntilNs, PAGE.offGrantUntil - PAGE.offOpen);
    this.body.writeBigUInt64LE(s.standing, PAGE.offStanding - PAGE.offOpen);
    writeSync(this.fd, this.body, 0, this.body.length, PAGE.offOpen);
  }

  /** What the page says now (tests, diagnostics). */
  read(): PageState {
    const b = Buffer.alloc(PAGE.offStanding + 8);
    readSync(this.fd, b, 0, b.length, 0);
    return {
      open: b.readUInt32LE(PAGE.offOpen) !== 0, holder: b.readBigUInt64LE(PAGE.offHolder), beatNs: b.readBigUInt64LE(PAGE.offBeat),
      grantUntilNs: b.readBigUInt64LE(PAGE.offGrantUntil), standing: b.readBigUInt64LE(PAGE.offStanding),
    };
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
