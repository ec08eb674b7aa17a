// Runs one of the daemon's native helper programs (native/build/quanta-*), which load
// the vendor's libraries at run time: never under Quanta's own interposer, and against
// fakecuda's libraries when the driver is the simulated one.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NotBuiltError } from '../errors.js';
import { NATIVE_BUILD, nativePaths } from '../paths.js';

export type ToolDriver = 'real' | 'simulated';

export interface ToolRun {
  driver: ToolDriver;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** The helper's stdout (also when it exits non-zero with something printed: helpers
 * print their errors as JSON). Throws Error(message) if it did not run at all. */
export async function runNativeTool(tool: string, args: string[], run: ToolRun): Promise<string> {
  const path = join(NATIVE_BUILD, tool);
  if (!existsSync(path)) throw new NotBuiltError(path);
  const env = { ...(run.env ?? process.env) };
  delete env.LD_PRELOAD; // helpers must see the real libraries, never Quanta's wrappers
  if (run.driver === 'simulated') env.LD_LIBRARY_PATH = [nativePaths().fakecudaDir, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  const { stdout } = await promisify(execFile)(path, args, { env, timeout: run.timeoutMs ?? 30_000 }).catch((e: { stdout?: string; message: string }) => {
    if (e.stdout) return { stdout: e.stdout };
    throw new Error(`${tool} did not run: ${e.message}`);
  });
  return stdout;
}
