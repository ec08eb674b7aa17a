// Talking to the daemon from the CLI: one request, one response, over its socket.
import { createConnection } from 'node:net';
import { QuantaError } from '../errors.js';
import { PROTOCOL_VERSION, type Response } from './protocol.js';

export class DaemonUnreachableError extends QuantaError {
  override name = 'DaemonUnreachableError';
  constructor(socket: string, why: string) {
    super(`no Quanta daemon answers at ${socket} (${why}): start one with \`quanta daemon\``, 69);
  }
}

/** A request the daemon refused; `code` is the daemon's error code. */
export class DaemonRefusedError extends QuantaError {
  override name = 'DaemonRefusedError';
  constructor(readonly code: string, message: string) {
    super(message, 1);
  }
}

let nextId = 1;

/** Sends `op` with `fields` and resolves to the daemon's answer; throws on refusal. */
export function request(socket: string, op: string, fields: Record<string, unknown> = {}, timeoutMs = 5000): Promise<Record<string, unknown>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const c = createConnection(socket);
    let buffered = '';
    const timer = setTimeout(() => { c.destroy(); reject(new DaemonUnreachableError(socket, `no answer in ${timeoutMs} ms`)); }, timeoutMs);
    c.setEncoding('utf8');
    c.on('connect', () => c.write(JSON.stringify({ v: PROTOCOL_VERSION, id, op, ...fields }) + '\n'));
    c.on('data', (chunk: string) => {
      buffered += chunk;
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      c.end();
      const res = JSON.parse(buffered.slice(0, nl)) as Response;
      if (res.ok) resolve(res);
      else reject(new DaemonRefusedError(res.error.code, res.error.message));
    });
    c.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' || e.code === 'ECONNREFUSED' ? new DaemonUnreachableError(socket, e.code) : e);
    });
  });
}
