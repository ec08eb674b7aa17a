// The daemon's persisted state: the ledger snapshot as one JSON file, replaced
// atomically (write to a temporary file, flush, rename) so a crash mid-write leaves
// the previous state, never a torn one. A write that fails (a full disk, no file
// descriptors left) leaves no temporary file and says which file and what to do. A file
// that cannot be read as JSON is set aside under a name that says so, never deleted,
// and the daemon starts without it.
import { mkdirSync, openSync, writeSync, fsyncSync, closeSync, renameSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { QuantaError } from '../errors.js';
import type { LedgerSnapshot } from './ledger.js';

/** The daemon could not write a file it needs (its state, a segment). */
export class DaemonStorageError extends QuantaError {
  override name = 'DaemonStorageError';
  constructor(readonly file: string, readonly code: string, cause: string) {
    super(`the Quanta daemon cannot write ${file} (${cause})${ADVICE[code] ?? ''}`, 1);
  }
}

const ADVICE: Record<string, string> = {
  ENOSPC: `: free some space on that file system`,
  EDQUOT: `: the disk quota there is used up`,
  EMFILE: `: the daemon has too many open files; raise its limit (LimitNOFILE in quanta.service) or end idle connections`,
  ENFILE: `: the system has too many open files`,
  EROFS: `: that file system is read-only`,
  EACCES: `: the daemon may not write there`,
};

/** Turns a failed file operation on `file` into a DaemonStorageError; rethrows others. */
export function storageError(file: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string') return e instanceof Error ? e : new Error(String(e));
  return new DaemonStorageError(file, code, `${code}: ${(e as Error).message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '')}`);
}

/** Writes `data` to `file` atomically: temp file, fsync, rename. On failure nothing is
 * left behind but the previous `file`, and a DaemonStorageError says why. */
export function writeFileAtomic(file: string, data: string | Buffer, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const fd = openSync(tmp, 'w', mode);
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw storageError(file, e);
  }
}

export function saveState(file: string, snap: LedgerSnapshot): void {
  writeFileAtomic(file, JSON.stringify(snap) + '\n');
}

export type LoadedState =
  | { kind: 'none' }
  | { kind: 'ok'; data: unknown }
  /** Not JSON (empty, torn, overwritten): set aside as `keptAs`. */
  | { kind: 'corrupt'; why: string; keptAs: string };

/** Reads the saved state. A file that is not JSON is renamed to `<file>.corrupt-<time>`
 * and reported, so that the daemon can start; what the JSON says is the ledger's to check. */
export function loadState(file: string, now = new Date()): LoadedState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return setAside(file, `it cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, now);
  }
  if (text.trim() === '') return setAside(file, 'it is empty', now);
  try {
    return { kind: 'ok', data: JSON.parse(text) as unknown };
  } catch (e) {
    return setAside(file, `it is not JSON (${e instanceof Error ? e.message : String(e)})`, now);
  }
}

/** Moves a bad state file out of the way under a name that says when and why. */
export function setAside(file: string, why: string, now = new Date(), suffix = 'corrupt'): { kind: 'corrupt'; why: string; keptAs: string } {
  const keptAs = `${file}.${suffix}-${now.toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(file, keptAs);
  } catch (e) {
    throw new QuantaError(`the daemon's state file ${file} is unusable (${why}) and cannot be moved aside (${(e as NodeJS.ErrnoException).code ?? String(e)}): move or remove it, then start the daemon again`, 70);
  }
  return { kind: 'corrupt', why, keptAs };
}
