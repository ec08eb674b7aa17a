// The daemon's persisted state: the ledger snapshot as one JSON file, replaced
// atomically (write to a temporary file, flush, rename) so a crash mid-write leaves
// the previous state, never a torn one.
import { mkdirSync, openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LedgerSnapshot } from './ledger.js';

export function saveState(file: string, snap: LedgerSnapshot): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(snap) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

/** The saved snapshot, or null if there is none yet. A file that is not JSON throws. */
export function loadState(file: string): LedgerSnapshot | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  return JSON.parse(text) as LedgerSnapshot;
}
