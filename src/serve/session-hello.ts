// What quanta serve learns from a forwarded session's hello before it starts the
// session's executor (api/wire/forward.json's fwd_hello): whether the client may come in
// (magic, version, token, transport), and the vGPU it asks for. The executor checks the
// same hello again (it gets it from quanta serve); nothing here trusts a length or value
// from the client beyond what is checked.
import { timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import { FWD, FWD_HEADER_LAYOUT, FWD_HELLO_LAYOUT, FwdHelloView } from '../gen/layout.js';
import type { ComputeRequest } from '../daemon/ledger.js';
import type { PriorityClass } from '../scheduler/policy.js';

/** The vGPU a session asks for; absent fields: the server's defaults. */
export interface SessionRequest {
  gpu?: number;
  memory?: number;
  compute?: ComputeRequest;
}

export type HelloVerdict =
  | { ok: true; hello: Buffer; request: SessionRequest; token: string; tenant: string | undefined }
  | { ok: false; reason: string };

const PRIORITY: Record<number, PriorityClass | undefined> = {
  [FWD.PRIORITY_HIGH as number]: 'high', [FWD.PRIORITY_NORMAL as number]: 'normal', [FWD.PRIORITY_LOW as number]: 'low',
};

/** Reads a session's first frame (header and hello) from a socket accepted paused: resolves
 * with exactly those bytes, or a reason to refuse (nothing within `timeoutMs`, a peer that
 * went, or more than a hello: a client sends nothing else before its welcome). The socket
 * is paused again either way. */
export function readHelloFrame(socket: Socket, timeoutMs = 5000): Promise<Buffer | string> {
  const need = FWD_HEADER_LAYOUT.size + FWD_HELLO_LAYOUT.size;
  return new Promise((resolve) => {
    let got = Buffer.alloc(0);
    const finish = (r: Buffer | string) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('close', onClose);
      socket.off('error', onClose);
      socket.pause();
      resolve(r);
    };
    const onData = (b: Buffer) => {
      got = Buffer.concat([got, b]);
      if (got.length >= FWD_HEADER_LAYOUT.size && got.readUInt32LE(0) !== FWD_HELLO_LAYOUT.size) finish('the first frame is not a hello');
      else if (got.length > need) finish('it sent more than a hello before its welcome');
      else if (got.length === need) finish(got);
    };
    const onClose = () => finish('it went before its hello');
    const timer = setTimeout(() => finish(`no hello within ${timeoutMs / 1000} s`), timeoutMs);
    socket.on('data', onData);
    socket.once('close', onClose);
    socket.once('error', onClose);
    socket.resume();
  });
}

/** Checks a hello frame as the executor would (its token one of `tokens`: token ->
 * tenant name), and reads the vGPU it asks for. */
export function judgeHello(frame: Buffer, tokens: ReadonlyMap<string, string | undefined>, overUnixSocket: boolean): HelloVerdict {
  if (frame.length !== FWD_HEADER_LAYOUT.size + FWD_HELLO_LAYOUT.size || frame.readUInt32LE(4) !== FWD.KIND_HELLO) {
    return { ok: false, reason: 'the first frame is not a hello' };
  }
  const hello = frame.subarray(FWD_HEADER_LAYOUT.size);
  const h = new FwdHelloView(hello);
  if (h.magic !== FWD.MAGIC) return { ok: false, reason: 'not a Quanta forwarding client' };
  if (h.version !== FWD.VERSION) return { ok: false, reason: 'the client speaks another version of the forwarding protocol: use the same Quanta release on both hosts' };
  const field = FWD_HELLO_LAYOUT.fields.token;
  const sent = Buffer.from(hello.subarray(field.offset, field.offset + field.size));
  sent[field.size - 1] = 0;
  let token: string | undefined;
  for (const t of tokens.keys()) { // every one compared: the time does not tell which came close
    const want = Buffer.alloc(field.size);
    want.write(t.slice(0, field.size - 1));
    if (timingSafeEqual(sent, want)) token = t;
  }
  if (token === undefined) return { ok: false, reason: 'wrong token' };
  if (h.transport !== FWD.TRANSPORT_SOCKET && h.transport !== FWD.TRANSPORT_SHM) return { ok: false, reason: 'an unknown transport' };
  if (h.transport === FWD.TRANSPORT_SHM && !overUnixSocket) return { ok: false, reason: 'shared memory is for a client on the GPU host: connect through a Unix socket (shm:PATH)' };
  const request: SessionRequest = {};
  if (h.gpu >= 0) request.gpu = h.gpu;
  else if (h.gpu !== -1) return { ok: false, reason: `it asks for GPU ${h.gpu}` };
  const memory = Number(h.memory);
  if (memory > 0) request.memory = memory;
  const compute: ComputeRequest = {};
  if (h.sharePpm > 0) compute.share = h.sharePpm / 1e6;
  if (h.weightMilli > 0) compute.weight = h.weightMilli / 1e3;
  if (h.priority !== FWD.PRIORITY_DEFAULT) {
    const p = PRIORITY[h.priority];
    if (p === undefined) return { ok: false, reason: `it asks for an unknown priority (${h.priority})` };
    compute.priority = p;
  }
  if (Object.keys(compute).length > 0) request.compute = compute;
  return { ok: true, hello: Buffer.from(hello), request, token, tenant: tokens.get(token) };
}

/** A refusal frame (KIND_REFUSED with the reason), as the client reads it. */
export function refusalFrame(reason: string): Buffer {
  const text = Buffer.from(reason.slice(0, 300));
  const h = Buffer.alloc(FWD_HEADER_LAYOUT.size);
  h.writeUInt32LE(text.length, 0);
  h.writeUInt32LE(FWD.KIND_REFUSED as number, 4);
  return Buffer.concat([h, text]);
}
