// What a test file makes outside its own processes (temporary folders, the simulated GPU's
// shared segments) is removed when the file's process exits, also when a test failed or
// its own clean-up threw: `npm test` checks afterwards that nothing was left
// (scripts/leaks.mjs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();
process.on('exit', () => {
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

/** A fresh folder under the temporary folder (name starting with `prefix`), removed at exit. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/**
 * `name` as a FAKECUDA_SESSION: the shared segment fakecuda makes for it (for this user,
 * and for `uids` of other users' programs the test runs) is removed at exit.
 */
export function fakecudaSession(name: string, uids: number[] = [userInfo().uid]): string {
  for (const uid of uids) made.add(`/dev/shm/fakecuda-v1-${uid}-${name}`);
  return name;
}
