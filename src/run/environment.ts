// The environment a program runs in under Quanta: the interposer preloaded (children
// inherit it), fakecuda on the library path when simulating, trace settings.
import { delimiter, resolve } from 'node:path';
import type { NativePaths } from '../paths.js';

export interface RunEnvironmentOptions {
  driver: 'real' | 'simulated';
  trace: boolean;
  traceFile?: string;
  /** The vGPU the program runs in: its daemon, its token, its GPUs (the only ones it sees). */
  vgpu?: { socket: string; token: string; uuids: string[] };
}

/** Returns a copy of `base` with Quanta's variables set; never mutates `base`. */
export function runEnvironment(base: NodeJS.ProcessEnv, paths: NativePaths, opts: RunEnvironmentOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  // ld.so accepts spaces or colons between preloads; ours goes first so it wins.
  const preload = (base.LD_PRELOAD ?? '').split(/[:\s]+/).filter((p) => p && p !== paths.interposer);
  env.LD_PRELOAD = [paths.interposer, ...preload].join(':');
  if (opts.driver === 'simulated') {
    const rest = (base.LD_LIBRARY_PATH ?? '').split(delimiter).filter((p) => p && p !== paths.fakecudaDir);
    env.LD_LIBRARY_PATH = [paths.fakecudaDir, ...rest].join(delimiter);
    env.QUANTA_SIMULATED = '1';
  } else {
    delete env.QUANTA_SIMULATED;
  }
  if (opts.vgpu) {
    env.QUANTA_SOCKET = opts.vgpu.socket;
    env.QUANTA_TOKEN = opts.vgpu.token;
    env.CUDA_VISIBLE_DEVICES = opts.vgpu.uuids.join(',');
  } else {
    delete env.QUANTA_SOCKET;
    delete env.QUANTA_TOKEN;
  }
  if (opts.trace) {
    env.QUANTA_TRACE = '1';
    if (opts.traceFile) env.QUANTA_TRACE_FILE = resolve(opts.traceFile);
    else delete env.QUANTA_TRACE_FILE;
  } else {
    delete env.QUANTA_TRACE;
    delete env.QUANTA_TRACE_FILE;
  }
  return env;
}
