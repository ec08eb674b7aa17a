// The daemon's protocol, version 2: one JSON object per line over a Unix socket, each
// request answered by one response with the same id. Every request is checked here,
// at the edge, before the daemon acts on it. No message says who sends it: the daemon
// reads the peer's pid and uid from the kernel (SO_PEERCRED). Version 1 carried a pid
// the daemon believed.
import type { ComputeRequest, VgpuView } from './ledger.js';
import { PRIORITY_CLASSES, type PolicyKind, type PriorityClass } from '../scheduler/policy.js';

/** A vGPU as ps reports it: the ledger's view plus usage read from its segment. */
/** A vGPU's GPU time on one GPU over the scheduler's last window (absent under best effort). */
export interface GpuTimeStatus {
  /** The share it is entitled to now, given who has work (0..1). */
  configured: number;
  /** Its part of the GPU time all vGPUs on the GPU used (0..1). */
  achieved: number;
  /** How long it has waited for the GPU with work in hand, in total. */
  waitedMs: number;
  /** Whether the page is gated (several vGPUs share the GPU, or a fixed share). */
  gated: boolean;
}

export interface VgpuStatus extends Omit<VgpuView, 'gpus' | 'token'> {
  gpus: (VgpuView['gpus'][number] & { used: number; time?: GpuTimeStatus })[];
  /** Per process, bytes held on each of the vGPU's GPUs (same order as gpus). */
  processes: { pid: number; used: number[] }[];
  /** What the daemon found wrong with the vGPU (its segment tampered with, usage past
   * its quota, usage it could not read); empty when all is well. */
  flags: string[];
}

export const PROTOCOL_VERSION = 2;

type Head = { v: 2; id: number };
export type Request =
  /** The CLI starting a program in a vGPU: creates or joins it for the sender (the
   * launcher) and returns a token the program's interposers join with. */
  | Head & { op: 'launch'; vgpu: { name?: string; gpus: (number | string)[]; memory?: number; compute?: ComputeRequest } }
  /** An interposer registering its process: into the vGPU of `token`, or back into its
   * own after a daemon restart. The answer carries the vGPU's segment as a file
   * descriptor (SCM_RIGHTS) on its first byte when the sender asks for it (`fd`). */
  | Head & { op: 'hello'; token: string; fd?: boolean }
  | Head & { op: 'ps' }
  /** Changes a vGPU: its memory quota, its GPU-time settings, or both. */
  | Head & { op: 'set'; name: string; memory?: number; compute?: ComputeRequest }
  /** Removes a vGPU; with `force`, also when processes still run in it (they are ended). */
  | Head & { op: 'rm'; name: string; force: boolean }
  | Head & { op: 'status' }
  /** An interposer that started waiting for its grant: decide now. Not answered. */
  | Head & { op: 'wake' };

export type Op = Request['op'];

export type Response =
  | { v: 2; id: number; ok: true; [key: string]: unknown }
  | { v: 2; id: number; ok: false; error: { code: string; message: string } };

export interface PsResult { vgpus: VgpuStatus[]; gpus: { index: number; uuid: string; name: string; memoryTotal: number; simulated: boolean; policy: PolicyKind }[] }
export interface LaunchResult { vgpu: string; token: string; gpus: { uuid: string; index: number; quota: number; contextBytes: number }[] }
export interface HelloResult { vgpu: string; reconnected: boolean; segment: string; gpus: { uuid: string; index: number; quota: number }[] }
export interface StatusResult {
  pid: number;
  /** The UUIDs of the GPUs this daemon manages. */
  gpus: string[];
  vgpus: number;
  simulated: boolean;
  /** Whether this is the host's system daemon (serving every user). */
  system: boolean;
}
export interface SetResult { compute: ComputeRequest }
export interface RmResult { removed: string; ended: number[] }
/** What each operation answers with (the fields beside v, id and ok). */
export interface Results { launch: LaunchResult; hello: HelloResult; ps: PsResult; set: SetResult; rm: RmResult; status: StatusResult; wake: Record<string, never> }

export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isBytes = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

/** Checks the shape of GPU-time settings (their values are the scheduler's to judge). */
function parseCompute(c: unknown, where: string): ComputeRequest {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new ProtocolError('bad-request', `"${where}" must be an object with weight, share or priority`);
  const o = c as Record<string, unknown>;
  const out: ComputeRequest = {};
  for (const k of Object.keys(o)) if (!['weight', 'share', 'priority'].includes(k)) throw new ProtocolError('bad-request', `"${where}.${k}" is not a GPU-time setting (weight, share, priority)`);
  if (o.weight !== undefined) { if (typeof o.weight !== 'number') throw new ProtocolError('bad-request', `"${where}.weight" must be a number`); out.weight = o.weight; }
  if (o.share !== undefined) { if (typeof o.share !== 'number') throw new ProtocolError('bad-request', `"${where}.share" must be a fraction of the GPU`); out.share = o.share; }
  if (o.priority !== undefined) {
    if (!(PRIORITY_CLASSES as readonly unknown[]).includes(o.priority)) throw new ProtocolError('bad-request', `"${where}.priority" must be one of ${PRIORITY_CLASSES.join(', ')}`);
    out.priority = o.priority as PriorityClass;
  }
  return out;
}

/** Parses one request line; throws ProtocolError with what is wrong. */
export function parseRequest(line: string): Request {
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(line) as Record<string, unknown>;
  } catch {
    throw new ProtocolError('bad-json', 'a request must be one JSON object per line');
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new ProtocolError('bad-json', 'a request must be a JSON object');
  // Version 1 differs only by a "pid" field, now ignored: programs started before an
  // upgrade of the daemon still reconnect to it.
  if (m.v !== PROTOCOL_VERSION && m.v !== 1) throw new ProtocolError('bad-version', `this daemon speaks protocol version ${PROTOCOL_VERSION}, not ${String(m.v)}: upgrade the client or the daemon`);
  if (!isId(m.id)) throw new ProtocolError('bad-request', 'a request needs a numeric "id"');
  switch (m.op) {
    case 'hello':
      if (typeof m.token !== 'string' || !/^[0-9a-f]{32}$/.test(m.token)) throw new ProtocolError('bad-request', 'hello needs the "token" quanta run gave the program');
      if (m.fd !== undefined && typeof m.fd !== 'boolean') throw new ProtocolError('bad-request', 'hello: "fd" must be true or false');
      return { v: 2, id: m.id, op: 'hello', token: m.token, ...(m.fd === true ? { fd: true } : {}) };
    case 'launch': {
      const vg = m.vgpu as Record<string, unknown> | undefined;
      if (typeof vg !== 'object' || vg === null || Array.isArray(vg)) throw new ProtocolError('bad-request', 'launch needs "vgpu": an object with its GPUs');
      if (!vg || !Array.isArray(vg.gpus) || !vg.gpus.every((g) => isId(g) || (typeof g === 'string' && g.length > 0))) {
        throw new ProtocolError('bad-request', 'launch needs "vgpu.gpus": GPU indices or UUIDs');
      }
      if (vg.name !== undefined && typeof vg.name !== 'string') throw new ProtocolError('bad-request', '"vgpu.name" must be a string');
      if (vg.memory !== undefined && !isBytes(vg.memory)) throw new ProtocolError('bad-request', '"vgpu.memory" must be a positive number of bytes');
      return {
        v: 2, id: m.id, op: 'launch',
        vgpu: {
          gpus: vg.gpus as (number | string)[],
          ...(vg.name !== undefined ? { name: vg.name as string } : {}),
          ...(vg.memory !== undefined ? { memory: vg.memory as number } : {}),
          ...(vg.compute !== undefined ? { compute: parseCompute(vg.compute, 'vgpu.compute') } : {}),
        },
      };
    }
    case 'set':
      if (typeof m.name !== 'string') throw new ProtocolError('bad-request', 'set needs the vGPU\'s "name"');
      if (m.memory !== undefined && !isBytes(m.memory)) throw new ProtocolError('bad-request', 'set: "memory" must be a positive number of bytes');
      if (m.memory === undefined && m.compute === undefined) throw new ProtocolError('bad-request', 'set needs "memory" (bytes) or "compute" (weight, share, priority)');
      return { v: 2, id: m.id, op: 'set', name: m.name, ...(m.memory !== undefined ? { memory: m.memory as number } : {}), ...(m.compute !== undefined ? { compute: parseCompute(m.compute, 'compute') } : {}) };
    case 'rm':
      if (typeof m.name !== 'string' || m.name === '') throw new ProtocolError('bad-request', 'rm needs the vGPU\'s "name"');
      if (m.force !== undefined && typeof m.force !== 'boolean') throw new ProtocolError('bad-request', 'rm: "force" must be true or false');
      return { v: 2, id: m.id, op: 'rm', name: m.name, force: m.force === true };
    case 'ps':
    case 'status':
    case 'wake':
      return { v: 2, id: m.id, op: m.op };
    default:
      throw new ProtocolError('unknown-op', `unknown operation ${JSON.stringify(m.op)}: expected launch, hello, ps, set, rm, status or wake`);
  }
}
