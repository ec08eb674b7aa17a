// Talking to the daemon: one typed client for the CLI and the tests. A connection sends
// one request at a time and reads one answer line; every way the exchange can fail (no
// daemon, a dropped connection, no answer in time, an answer that is not the protocol)
// becomes a typed error with a message that says what to do.
import { createConnection, type Socket } from 'node:net';
import { QuantaError } from '../errors.js';
import { PROTOCOL_VERSION, type Answers, type Op, type Response } from './protocol.js';

/** Exit status for a daemon that cannot serve (sysexits' EX_UNAVAILABLE). */
export const EXIT_DAEMON_UNAVAILABLE = 69;

export class DaemonUnreachableError extends QuantaError {
  override name = 'DaemonUnreachableError';
  constructor(socket: string, why: string) {
    super(`no Quanta daemon answers at ${socket} (${why}): start one with \`quanta daemon\``, EXIT_DAEMON_UNAVAILABLE);
  }
}

/** The daemon closed the connection, or sent something that is not an answer. */
export class DaemonDroppedError extends QuantaError {
  override name = 'DaemonDroppedError';
  constructor(socket: string, op: string, why: string) {
    super(`the Quanta daemon at ${socket} ${why} while answering "${op}" (it may be out of file descriptors or disk space, or have stopped): see its log, then try again`, EXIT_DAEMON_UNAVAILABLE);
  }
}

/** A request the daemon refused; `code` is the daemon's error code. */
export class DaemonRefusedError extends QuantaError {
  override name = 'DaemonRefusedError';
  constructor(readonly code: string, message: string) {
    super(message, 1);
  }
}

/** Answers are small; anything longer is not the daemon speaking. */
const MAX_ANSWER_BYTES = 16 << 20;

export type Answer<O extends Op> = (O extends keyof Answers ? Answers[O] : Record<string, never>) & { v: number; id: number; ok: true };

/** An open connection to the daemon. Close it when done; a launcher keeps its connection
 * open while its program runs (closing it tells the daemon the launcher is gone). */
export class DaemonConnection {
  private buffered = Buffer.alloc(0);
  private waiter: { op: string; resolve: (line: string) => void; reject: (e: Error) => void } | undefined;
  private ended: string | undefined;
  private nextId = 1;
  private readonly closeListeners: (() => void)[] = [];

  private constructor(readonly socket: string, private readonly conn: Socket) {
    conn.on('data', (chunk: Buffer) => this.onData(chunk));
    conn.on('error', (e: NodeJS.ErrnoException) => this.end(`failed (${e.code ?? e.message})`));
    conn.on('close', () => this.end('closed the connection'));
  }

  /** Connects to the daemon at `socket`; throws DaemonUnreachableError. */
  static open(socket: string, timeoutMs = 5000): Promise<DaemonConnection> {
    return new Promise((resolve, reject) => {
      const conn = createConnection(socket);
      const timer = setTimeout(() => { conn.destroy(); reject(new DaemonUnreachableError(socket, `no connection in ${timeoutMs} ms`)); }, timeoutMs);
      conn.once('connect', () => { clearTimeout(timer); conn.removeAllListeners('error'); resolve(new DaemonConnection(socket, conn)); });
      conn.once('error', (e: NodeJS.ErrnoException) => { clearTimeout(timer); reject(new DaemonUnreachableError(socket, e.code ?? e.message)); });
    });
  }

  /** Sends `op` with `fields` and resolves to the daemon's answer; throws DaemonRefusedError
   * when it refuses, DaemonDroppedError when it does not answer. */
  async request<O extends Op>(op: O, fields: Record<string, unknown> = {}, timeoutMs = 5000): Promise<Answer<O>> {
    if (this.waiter) throw new Error('one request at a time on a daemon connection');
    if (this.ended !== undefined) throw new DaemonDroppedError(this.socket, op, this.ended);
    const id = this.nextId++;
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => { this.waiter = undefined; reject(new DaemonDroppedError(this.socket, op, `did not answer in ${timeoutMs} ms`)); }, timeoutMs);
      this.waiter = {
        op,
        resolve: (l) => { clearTimeout(timer); resolve(l); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      };
      this.conn.write(JSON.stringify({ v: PROTOCOL_VERSION, id, op, ...fields }) + '\n');
      this.pump();
    });
    let res: Response;
    try {
      res = JSON.parse(line) as Response;
    } catch {
      throw new DaemonDroppedError(this.socket, op, `answered with something that is not JSON (${line.slice(0, 80)})`);
    }
    if (typeof res !== 'object' || res === null || typeof res.ok !== 'boolean') throw new DaemonDroppedError(this.socket, op, 'answered without "ok"');
    if (res.v !== PROTOCOL_VERSION) throw new DaemonDroppedError(this.socket, op, `speaks protocol version ${String(res.v)}, not ${PROTOCOL_VERSION} (upgrade quanta or the daemon so both match)`);
    if (!res.ok) throw new DaemonRefusedError(String(res.error?.code ?? 'refused'), String(res.error?.message ?? 'the daemon refused the request'));
    return res as unknown as Answer<O>;
  }

  /** Calls `f` once when the daemon closes this connection (or it fails). */
  onClose(f: () => void): void {
    if (this.ended !== undefined) f();
    else this.closeListeners.push(f);
  }

  close(): void {
    this.conn.destroy();
  }

  private onData(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.buffered.length > MAX_ANSWER_BYTES) {
      this.conn.destroy();
      this.end(`sent more than ${MAX_ANSWER_BYTES} bytes without a line end`);
      return;
    }
    this.pump();
  }

  /** Hands a complete line to the waiting request, if both are there. */
  private pump(): void {
    const nl = this.buffered.indexOf(0x0a);
    if (nl < 0 || !this.waiter) return;
    const line = this.buffered.subarray(0, nl).toString('utf8');
    this.buffered = this.buffered.subarray(nl + 1);
    const w = this.waiter;
    this.waiter = undefined;
    w.resolve(line);
  }

  private end(why: string): void {
    if (this.ended !== undefined) return;
    this.ended = why;
    const w = this.waiter;
    this.waiter = undefined;
    if (w) w.reject(new DaemonDroppedError(this.socket, w.op, why));
    for (const f of this.closeListeners.splice(0)) f();
  }
}

/** One request on a connection of its own. */
export async function request<O extends Op>(socket: string, op: O, fields: Record<string, unknown> = {}, timeoutMs = 5000): Promise<Answer<O>> {
  const c = await DaemonConnection.open(socket, timeoutMs);
  try {
    return await c.request(op, fields, timeoutMs);
  } finally {
    c.close();
  }
}
