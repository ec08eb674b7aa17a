// The daemon's protocol, version 2: one JSON object per line over a Unix socket, each
// request answered by one response with the same id. The messages are described once, in
// api/wire/protocol.json, and generated as types and zod schemas (src/gen/protocol.ts) and
// as the interposer's C codec (native/gen/quanta_proto.c). Every request is checked here,
// at the edge, before the daemon acts on it: the envelope (JSON, version, id, op) by hand,
// for error codes a client can act on, the rest by the op's generated schema. No request
// names its sender: the daemon reads the peer's pid and uid from the kernel.
import type { z } from 'zod';
import { OPS, PROTOCOL_VERSION, REQUEST_SCHEMAS, type Request } from '../gen/protocol.js';

export { PROTOCOL_VERSION, OPS, ANSWER_SCHEMAS, RefusalSchema } from '../gen/protocol.js';
export type { Request, Op, Answers, GpuTimeStatus, VgpuStatus, PsResult, HelloAnswer, LaunchAnswer, StatusAnswer, RmAnswer } from '../gen/protocol.js';

export type Response =
  | { v: number; id: number; ok: true; [key: string]: unknown }
  | { v: number; id: number; ok: false; error: { code: string; message: string } };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** What is wrong, for the peer: the description's message for the first problem found. */
function messageOf(op: string, issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return `${op}: the request does not match the protocol`;
  return issue.message;
}

/** Parses one request line; throws ProtocolError with what is wrong. */
export function parseRequest(line: string): Request {
  let m: unknown;
  try {
    m = JSON.parse(line);
  } catch {
    throw new ProtocolError('bad-json', 'a request must be one JSON object per line');
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) throw new ProtocolError('bad-json', 'a request must be a JSON object');
  const o = m as Record<string, unknown>;
  // Version 1 differs only by a "pid" field, now ignored (the kernel says who asks):
  // programs started before an upgrade of the daemon still reconnect to it.
  if (o.v === 1) {
    delete o.pid;
    o.v = PROTOCOL_VERSION;
  }
  if (o.v !== PROTOCOL_VERSION) throw new ProtocolError('bad-version', `this daemon speaks protocol version ${PROTOCOL_VERSION}, not ${String(o.v)}: upgrade the client or the daemon`);
  if (!isId(o.id)) throw new ProtocolError('bad-request', 'a request needs a numeric "id"');
  const op = OPS.find((x) => x === o.op);
  if (op === undefined) throw new ProtocolError('unknown-op', `unknown operation ${JSON.stringify(o.op)}: expected ${OPS.slice(0, -1).join(', ')} or ${OPS[OPS.length - 1]}`);
  const r = (REQUEST_SCHEMAS[op] as z.ZodType<Request>).safeParse(o);
  if (!r.success) throw new ProtocolError('bad-request', messageOf(op, r.error.issues[0]));
  return r.data;
}
