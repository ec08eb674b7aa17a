// What a test file makes outside its own processes (temporary folders, the simulated GPU's
// shared segments) is removed when the file's process exits, also when a test failed or
// its own clean-up threw: `npm test` checks afterwards that nothing was left
// (scripts/leaks.mjs).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();
process.on('exit', () => {
  stopDaemonsUnder([...made]);
  for (const path of made) rmSync(path, { recursive: true, force: true });
});

/**
 * Stops the daemons whose runtime folder lies in one of `dirs`: `quanta run` starts one
 * (detached) when none answers, and a test's own clean-up may miss it (it was still
 * starting, or the test failed first). Found by their environment, synchronously (this
 * runs at exit).
 */
function stopDaemonsUnder(dirs: string[]): void {
  if (dirs.length === 0) return;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (!cmd.some((a) => a.endsWith('bin/quanta')) || !cmd.includes('daemon')) continue;
      const runtime = readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').find((v) => v.startsWith('QUANTA_RUNTIME_DIR='))?.slice(19);
      if (runtime !== undefined && dirs.some((d) => runtime.startsWith(`${d}/`))) process.kill(Number(name), 'SIGKILL');
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
}

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
