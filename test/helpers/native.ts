// Runs Quanta's native test programs the three ways the tests compare: natively on
// fakecuda, under `quanta run` (the CLI, as users run it), and under the ASan build.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { NATIVE_BUILD, PACKAGE_ROOT, nativePaths } from '../../src/paths.js';
import { runEnvironment } from '../../src/run/environment.js';

export interface Result { code: number | null; signal: string | null; stdout: string; stderr: string }

export const QUANTA_BIN = join(PACKAGE_ROOT, 'bin/quanta');
export const testProgram = (name: string) => join(NATIVE_BUILD, 'test', name);
export const exampleProgram = (name: string) => join(NATIVE_BUILD, 'examples', name);

function run(argv: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Result {
  const r = spawnSync(argv[0]!, argv.slice(1), { env, encoding: 'utf8', timeout: timeoutMs });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Without Quanta: the program sees fakecuda as its driver. */
export function runNative(argv: string[], extraEnv: NodeJS.ProcessEnv = {}): Result {
  const { fakecudaDir } = nativePaths();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, LD_LIBRARY_PATH: fakecudaDir };
  delete env.LD_PRELOAD;
  return run(argv, env);
}

/** Through the CLI: `quanta run --simulate [runArgs] -- argv`. */
export function runQuanta(argv: string[], runArgs: string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Result {
  return run([process.execPath, QUANTA_BIN, 'run', '--simulate', ...runArgs, '--', ...argv], { ...process.env, ...extraEnv });
}

let asanRuntime: string | undefined;
/** The environment of the ASan build of the interposer and fakecuda, with the ASan
 * runtime preloaded first (`base` adds to the caller's environment, e.g. a vGPU's token). */
export function sanitizedEnv(opts: { trace?: boolean; traceFile?: string } = {}, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  asanRuntime ??= execFileSync(process.env.CC ?? 'cc', ['-print-file-name=libasan.so'], { encoding: 'utf8' }).trim();
  const env = runEnvironment(base, nativePaths(true), { driver: 'simulated', trace: !!opts.trace, ...(opts.traceFile ? { traceFile: opts.traceFile } : {}) });
  env.LD_PRELOAD = `${asanRuntime}:${env.LD_PRELOAD}`;
  env.ASAN_OPTIONS = 'detect_leaks=0:halt_on_error=1:exitcode=99';
  env.UBSAN_OPTIONS = 'halt_on_error=1:print_stacktrace=1';
  return env;
}

/** The ASan build of the interposer and fakecuda, with the ASan runtime preloaded first. */
export function runSanitized(argv: string[], opts: { trace?: boolean; traceFile?: string } = {}): Result {
  return run(argv, sanitizedEnv(opts), 120_000);
}
