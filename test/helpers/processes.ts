// A child process a test started, with its output gathered and its end awaited; each is
// kept in `started` so that the test file's after() can kill what is still running.
import type { ChildProcess } from 'node:child_process';

export interface Proc { child: ChildProcess; out: () => string; exited: Promise<{ code: number | null; signal: string | null }> }

/** Follows `child` (stdout and stderr together), adding it to `started`. */
export function track(started: Set<ChildProcess>, child: ChildProcess): Proc {
  started.add(child);
  let out = '';
  child.stdout?.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr?.on('data', (b: Buffer) => { out += b.toString(); });
  // 'close', not 'exit': its output is all read by then.
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('close', (code, signal) => r({ code, signal })));
  return { child, out: () => out, exited };
}
