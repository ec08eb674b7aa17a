// Where Quanta's built native parts live, relative to the package root.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NotBuiltError } from './errors.js';

/** The package root: dist/src/paths.js is three levels below it. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const NATIVE_BUILD = join(PACKAGE_ROOT, 'native/build');

export interface NativePaths {
  interposer: string;
  fakecudaDir: string;
}

/** Paths of the native build (the ASan build when `sanitized`); throws NotBuiltError if absent. */
export function nativePaths(sanitized = false): NativePaths {
  const base = sanitized ? join(NATIVE_BUILD, 'asan') : NATIVE_BUILD;
  const paths = { interposer: join(base, 'libquanta.so'), fakecudaDir: join(base, 'fakecuda') };
  for (const p of [paths.interposer, join(paths.fakecudaDir, 'libcuda.so.1')]) if (!existsSync(p)) throw new NotBuiltError(p);
  return paths;
}

export interface ForwardPaths {
  /** The folder holding the forwarding client, a GPU-less program's libcuda.so.1. */
  clientDir: string;
  /** quanta-executor, which runs a forwarded session's calls on the GPU host. */
  executor: string;
}

/** Paths of API forwarding's native parts; throws NotBuiltError if absent. */
export function forwardPaths(): ForwardPaths {
  const paths = { clientDir: join(NATIVE_BUILD, 'forward'), executor: join(NATIVE_BUILD, 'quanta-executor') };
  for (const p of [join(paths.clientDir, 'libcuda.so.1'), paths.executor]) if (!existsSync(p)) throw new NotBuiltError(p);
  return paths;
}
