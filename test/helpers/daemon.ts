// A daemon in a private folder for one test, with two simulated GPUs of 16 GiB; the
// daemon is stopped and the folder removed when the test ends, whatever happens.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { Daemon, type DaemonOptions } from '../../src/daemon/server.js';
import type { Gpu } from '../../src/daemon/gpus.js';
import { scratchDir } from './scratch.js';

export const GiB = 2 ** 30;
export const GPUS: Gpu[] = [0, 1].map((i) => ({ index: i, uuid: `GPU-test-${i}`, name: 'Test GPU', memoryTotal: 16 * GiB, memoryUsed: 0, migEnabled: false, migDevices: [], simulated: true }));

export interface Place { socket: string; stateFile: string; dir: string }

export function place(t: Pick<TestContext, 'after'>, prefix = 'quanta-daemon-'): Place {
  const dir = scratchDir(prefix);
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return { socket: join(dir, 'run/daemon.sock'), stateFile: join(dir, 'state/ledger.json'), dir };
}

/** Starts a daemon in `p` (stopping twice is harmless). */
export async function start(t: Pick<TestContext, 'after'>, p: Place, extra: Partial<DaemonOptions> = {}): Promise<Daemon> {
  const d = await Daemon.start({ ...p, gpus: GPUS, sweepMs: 100, ...extra });
  t.after(() => d.stop());
  return d;
}

/** Polls `cond` every 20 ms for up to `ms`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return await cond();
}
