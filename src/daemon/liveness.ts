// Is a process still running, and is it still the same process? A zombie counts as
// gone: it holds no GPU memory, and its parent may take a while to reap it. A pid the
// kernel handed to a new process after the old one ended is told apart by its start
// time (/proc/<pid>/stat field 22, in clock ticks since boot).
import { readFileSync } from 'node:fs';

/** The state letter and start time of `pid`, or undefined if there is no such process. */
function stat(pid: number): { state: string; start: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces and parentheses).
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: rest[0] ?? '', start: Number(rest[19]) };
}

/** The start time of process `pid` (clock ticks since boot), undefined if it is gone. */
export function processStartTime(pid: number): number | undefined {
  const s = stat(pid);
  return s && Number.isSafeInteger(s.start) ? s.start : undefined;
}

/** Whether `pid` runs (and, given `start`, is the process that started then). */
export function processAlive(pid: number, start?: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  const s = stat(pid);
  if (s) return s.state !== 'Z' && s.state !== 'X' && (start === undefined || s.start === start);
  try {
    process.kill(pid, 0); // no /proc (another kind of system): ask the kernel
    return start === undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM' && start === undefined;
  }
}
