// Decides whether a program runs on the machine's NVIDIA driver or on fakecuda, the
// simulated device. Auto-detection looks for the driver library the way the dynamic
// linker would find it; the answer is always said out loud when it is the simulation.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';

export type DriverChoice = 'auto' | 'real' | 'simulated';

const DRIVER_DIRS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/lib', '/lib', '/usr/local/nvidia/lib64', '/usr/lib/wsl/lib'];

/** True if a real libcuda.so.1 is visible to the dynamic linker (ld.so.cache, LD_LIBRARY_PATH or usual folders). */
export function realDriverPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  const dirs = [...(env.LD_LIBRARY_PATH ?? '').split(delimiter).filter(Boolean), ...DRIVER_DIRS];
  if (dirs.some((d) => !d.includes('fakecuda') && existsSync(`${d}/libcuda.so.1`))) return true;
  try {
    return /\blibcuda\.so\.1\b/.test(execFileSync('ldconfig', ['-p'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

/** Resolves `auto` to what this machine has. */
export function resolveDriver(choice: DriverChoice, env: NodeJS.ProcessEnv = process.env): 'real' | 'simulated' {
  if (choice !== 'auto') return choice;
  return realDriverPresent(env) ? 'real' : 'simulated';
}
