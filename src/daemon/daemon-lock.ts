// Exactly one daemon per socket: a lock file beside the socket, held (flock) for the
// daemon's life. The kernel releases it when the daemon ends, however it ends, so a
// crashed daemon never blocks the next one, and two daemons started at once over a stale
// socket cannot both serve: the second finds the lock taken and stops.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { tryLock } from '../sys/native.js';
import { storageError } from './state-store.js';

export class DaemonLock {
  private constructor(private fd: number | undefined) {}

  /** Takes the lock at `path`; null if another process holds it. */
  static take(path: string, dirMode: number): DaemonLock | null {
    let fd: number;
    try {
      mkdirSync(dirname(path), { recursive: true, mode: dirMode });
      fd = openSync(path, 'a', 0o600);
    } catch (e) {
      throw storageError(path, e);
    }
    if (tryLock(fd)) return new DaemonLock(fd);
    closeSync(fd);
    return null;
  }

  release(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
