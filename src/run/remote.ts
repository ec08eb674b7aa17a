// API forwarding from the client's side (issue 12, docs/design/forwarding.md): the
// environment in which a program's CUDA calls go to an executor on a GPU host. The
// program's libcuda.so.1 is Quanta's forwarding client, first on the library path; no
// interposer and no driver of this machine is loaded.
import { readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { UsageError } from '../errors.js';
import type { ForwardPaths } from '../paths.js';
import type { ComputeRequest } from '../daemon/ledger.js';

/** "unix:PATH" or "tcp:HOST:PORT" (HOST:PORT alone means TCP; port 0, any free one, only
 * where `listening`); for a client also "shm:PATH": the Unix socket PATH, then shared-memory
 * rings (an executor on this host). Throws UsageError otherwise. */
export function parseRemoteAddress(text: string, flag = '--remote', listening = false): string {
  const t = text.trim();
  if (/^unix:\/.+/.test(t) || (!listening && /^shm:\/.+/.test(t))) return t;
  const tcp = /^(?:tcp:)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(t);
  if (tcp && Number(tcp[2]) >= (listening ? 0 : 1) && Number(tcp[2]) < 65536) return `tcp:${tcp[1]}:${tcp[2]}`;
  const forms = listening ? 'HOST:PORT (TCP) or unix:/PATH (clients on this host may then ask for shared memory with shm:/PATH)' : 'HOST:PORT (TCP), unix:/PATH, or shm:/PATH (shared memory with an executor on this host)';
  throw new UsageError(`${flag} "${text}" is not an executor's address: write ${forms}`);
}

const TOKEN_FORM = /^[\x21-\x7e]{1,63}$/;

/** A server's tokens: one per tenant. The file has a line per tenant, "NAME TOKEN" (or a
 * bare TOKEN, a tenant without a name); blank lines and lines from "#" are skipped.
 * Without a file, QUANTA_REMOTE_TOKEN is the one token. Throws UsageError naming the line. */
export function readServerTokens(file: string | undefined, env: NodeJS.ProcessEnv): Map<string, string | undefined> {
  if (file === undefined) return new Map([[readToken(undefined, env), undefined]]);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the token file ${file}: ${(e as Error).message}`);
  }
  const tokens = new Map<string, string | undefined>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const parts = line.split(/\s+/);
    const [name, token] = parts.length === 2 ? parts : [undefined, parts[0]];
    if (parts.length > 2 || !TOKEN_FORM.test(token!) || (name !== undefined && !/^[a-z0-9][a-z0-9._-]{0,31}$/.test(name))) {
      throw new UsageError(`${file}, line ${i + 1}: write "NAME TOKEN" (a name of lowercase letters, digits, ".", "_" or "-"; a token of 1 to 63 printable characters without spaces) or a bare TOKEN`);
    }
    if (tokens.has(token!)) throw new UsageError(`${file}, line ${i + 1}: this token is already another tenant's`);
    tokens.set(token!, name);
  });
  if (tokens.size === 0) throw new UsageError(`the token file ${file} has no token`);
  return tokens;
}

/** The session token: from a file (its first line), else QUANTA_REMOTE_TOKEN; throws UsageError if neither. */
export function readToken(file: string | undefined, env: NodeJS.ProcessEnv): string {
  let token = env.QUANTA_REMOTE_TOKEN;
  if (file !== undefined) {
    try {
      token = readFileSync(file, 'utf8').split('\n')[0]!.trim();
    } catch (e) {
      throw new UsageError(`cannot read the token file ${file}: ${(e as Error).message}`);
    }
  }
  if (!token) throw new UsageError('no session token: give --token-file FILE or set QUANTA_REMOTE_TOKEN (the GPU host\'s quanta serve prints where its token is)');
  if (!TOKEN_FORM.test(token)) throw new UsageError('the session token must be 1 to 63 printable characters without spaces');
  return token;
}

/** The vGPU a forwarded session asks its server for (absent: the server's defaults). */
export interface RemoteRequest {
  gpu?: number;
  memory?: number;
  compute?: ComputeRequest;
}

/** A copy of `base` in which CUDA calls go to the executor at `address` (or the first of
 * a comma-separated pool that takes the session), asking for `request`. */
export function remoteEnvironment(base: NodeJS.ProcessEnv, paths: ForwardPaths, address: string, token: string, request: RemoteRequest = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, QUANTA_REMOTE: address, QUANTA_REMOTE_TOKEN: token };
  // What the client library puts in its hello (api/wire/forward.json's fwd_hello).
  for (const k of ['QUANTA_REMOTE_GPU', 'QUANTA_REMOTE_MEM', 'QUANTA_REMOTE_SHARE_PPM', 'QUANTA_REMOTE_WEIGHT_MILLI', 'QUANTA_REMOTE_PRIORITY']) delete env[k];
  if (request.gpu !== undefined) env.QUANTA_REMOTE_GPU = String(request.gpu);
  if (request.memory !== undefined) env.QUANTA_REMOTE_MEM = String(request.memory);
  if (request.compute?.share !== undefined) env.QUANTA_REMOTE_SHARE_PPM = String(Math.round(request.compute.share * 1e6));
  if (request.compute?.weight !== undefined) env.QUANTA_REMOTE_WEIGHT_MILLI = String(Math.max(1, Math.round(request.compute.weight * 1e3)));
  if (request.compute?.priority !== undefined) env.QUANTA_REMOTE_PRIORITY = request.compute.priority;
  const rest = (base.LD_LIBRARY_PATH ?? '').split(delimiter).filter((p) => p && p !== paths.clientDir);
  env.LD_LIBRARY_PATH = [paths.clientDir, ...rest].join(delimiter);
  // Triton finds libcuda by this (else ldconfig's, this machine's driver if any) and
  // links its launcher against it.
  env.TRITON_LIBCUDA_PATH = paths.clientDir;
  // Nothing of this machine's CUDA stack: not the interposer, not a simulated device.
  env.LD_PRELOAD = (base.LD_PRELOAD ?? '').split(/[:\s]+/).filter((p) => p && !p.endsWith('/libquanta.so')).join(':');
  if (!env.LD_PRELOAD) delete env.LD_PRELOAD;
  for (const k of ['QUANTA_SOCKET', 'QUANTA_TOKEN', 'QUANTA_SIMULATED', 'CUDA_VISIBLE_DEVICES']) delete env[k];
  return env;
}
