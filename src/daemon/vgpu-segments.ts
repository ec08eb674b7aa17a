// The daemon's care of its vGPUs' segments: where they live (a folder only the daemon's
// user can open: programs get their own vGPU's segment as a file descriptor over their
// authenticated connection, never by a path another vGPU could open), creating them,
// and checking what tenants could have written there. A segment is mapped read-write by
// its processes, so everything read back is checked: a header that is not a segment any
// more, a quota, context cost or schedule id that is not what the daemon wrote (rewritten
// at once), usage past the quota, slots of processes that are not members, sizes no GPU
// has. What is found is returned as flags for `quanta ps` and the log.
import { closeSync, mkdirSync, openSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatBytes } from '../units.js';
import { processAlive } from './liveness.js';
import { createSegment, readSegment, setSegmentContextBytes, setSegmentQuota, setSegmentSchedId, writeSegmentHeader, type SegmentView } from './segment.js';
import type { VgpuView } from './ledger.js';

/** What the daemon expects a vGPU's segment to say (it wrote all of it). */
export interface SegmentExpectation {
  view: VgpuView;
  contextBytes: number[];
  schedId: bigint;
  /** Each of its GPUs' memory (no slot can hold more). */
  memoryTotal: number[];
}

/** Memory a pool may take past the quota in one growth step (pool_hooks.c): usage up to
 * this far over the quota is not misuse. */
export const POOL_SLACK_BYTES = 64 << 20;

export interface Inspection {
  /** Human-readable findings, empty when all is well. */
  flags: string[];
  /** The segment was changed by someone else than the daemon (its own fields). */
  tampered: boolean;
  /** Usage past the quota by more than a pool's growth step. */
  overQuota: boolean;
  /** The segment as read (after any repair), if readable. */
  seen?: SegmentView;
}

export class VgpuSegments {
  constructor(private readonly folder: string) {}

  /** Where vGPU `name`'s segment lives. */
  path(name: string): string {
    return join(this.folder, `${name}.seg`);
  }

  /** Creates vGPU `name`'s segment, or brings an existing one of the right GPUs up to
   * date (a restart: its processes keep their mappings). */
  ensure(e: SegmentExpectation): void {
    const path = this.path(e.view.name);
    const quota = e.view.gpus[0]!.quota;
    try {
      const seg = readSegment(path);
      if (seg.uuids.join() === e.view.gpus.map((g) => g.uuid).join()) {
        setSegmentQuota(path, quota); // the ledger is the authority on quotas
        setSegmentContextBytes(path, e.contextBytes);
        setSegmentSchedId(path, e.schedId);
        return;
      }
    } catch {
      /* none yet, or not usable: write a new one */
    }
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    createSegment(path, e.view.gpus.map((g) => g.uuid), quota, e.contextBytes, e.schedId);
  }

  remove(name: string): void {
    rmSync(this.path(name), { force: true });
  }

  /** Removes what a daemon that died left in the folder: segments of vGPUs not in `keep`
   * (processes that still map one keep their mapping) and unfinished temporary files.
   * Returns the names removed. */
  prune(keep: Set<string>): string[] {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return []; // no folder yet
    }
    const gone = names.filter((f) => f.endsWith('.tmp') || (f.endsWith('.seg') && !keep.has(f.slice(0, -'.seg'.length))));
    for (const f of gone) rmSync(join(this.folder, f), { force: true });
    return gone;
  }

  /** Opens vGPU `name`'s segment read-write, to hand to one of its processes (the caller
   * closes the descriptor once sent). */
  openForMember(name: string): number {
    return openSync(this.path(name), 'r+'); // libuv opens with O_CLOEXEC
  }

  /** Checks the segment against what the daemon wrote, repairs the daemon's own fields,
   * and reports what it found (see the file comment). Never throws for bad content. */
  inspect(e: SegmentExpectation): Inspection {
    const path = this.path(e.view.name);
    const flags: string[] = [];
    let tampered = false;
    let seen: SegmentView;
    try {
      seen = readSegment(path);
    } catch (err) {
      tampered = true;
      flags.push(`its segment's header was overwritten (${err instanceof Error ? err.message : String(err)}); the daemon rewrote it`);
      try {
        writeSegmentHeader(path, e.view.gpus.map((g) => g.uuid), e.view.gpus[0]!.quota, e.contextBytes, e.schedId);
        seen = readSegment(path);
      } catch (again) {
        flags.push(`its segment cannot be repaired (${again instanceof Error ? again.message : String(again)})`);
        return { flags, tampered, overQuota: false };
      }
    }
    const uuids = e.view.gpus.map((g) => g.uuid);
    if (seen.uuids.join() !== uuids.join()) {
      tampered = true;
      flags.push(`its segment names other GPUs (${seen.uuids.join(',')}); the daemon rewrote them`);
      writeSegmentHeader(path, uuids, e.view.gpus[0]!.quota, e.contextBytes, e.schedId);
      seen = readSegment(path);
    }
    e.view.gpus.forEach((g, i) => {
      if (seen.quotas[i] !== g.quota) {
        tampered = true;
        flags.push(`its quota on GPU ${g.index} was changed in its segment to ${formatBytes(seen.quotas[i] ?? 0)} (set: ${formatBytes(g.quota)}); the daemon restored it`);
      }
      if ((seen.contextBytes[i] ?? 0) !== (e.contextBytes[i] ?? 0)) {
        tampered = true;
        flags.push(`the context cost on GPU ${g.index} was changed in its segment; the daemon restored it`);
      }
    });
    if (seen.schedId !== e.schedId) {
      tampered = true;
      flags.push('its schedule id was changed in its segment (to take another vGPU\'s GPU time); the daemon restored it');
    }
    if (tampered) {
      setSegmentQuota(path, e.view.gpus[0]!.quota);
      setSegmentContextBytes(path, e.contextBytes);
      setSegmentSchedId(path, e.schedId);
    }
    const members = new Set(e.view.pids);
    for (const slot of seen.slots) {
      if (!members.has(slot.pid) && processAlive(slot.pid)) {
        tampered = true;
        flags.push(`process ${slot.pid}, not a member, holds a slot in its segment`);
      }
      slot.used.forEach((u, i) => {
        if (u > (e.memoryTotal[i] ?? Infinity)) {
          tampered = true;
          flags.push(`process ${slot.pid}'s slot claims ${formatBytes(u)} on GPU ${e.view.gpus[i]?.index}, more than the GPU has`);
        }
      });
    }
    let overQuota = false;
    const live = seen.slots.filter((s) => processAlive(s.pid));
    e.view.gpus.forEach((g, i) => {
      const used = live.reduce((sum, s) => sum + (s.used[i] ?? 0), 0);
      if (used > g.quota) {
        flags.push(`uses ${formatBytes(used)} on GPU ${g.index}, past its quota of ${formatBytes(g.quota)}`);
        if (used > g.quota + POOL_SLACK_BYTES) overQuota = true;
      }
    });
    return { flags, tampered, overQuota, seen };
  }
}

/** Closes a descriptor from openForMember, ignoring one already closed. */
export function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
}
