// The daemon's connections: who is on the other end (from the kernel, SO_PEERCRED), line
// framing with bounds, and containment. No connection can take the daemon down or make it
// grow without bound: connections are capped in all and per user, a line may be at most
// maxLineBytes, a connection that holds a partial line or has no lasting role (a launcher
// or a registered process) is closed after idleMs of silence, and an error while serving
// one line ends at most that request (answered with an "internal" error and logged).
import type { Server, Socket } from 'node:net';
import { peerCredentials, type PeerCredentials } from '../sys/native.js';
import { processStartTime } from './liveness.js';
import { PROTOCOL_VERSION } from './protocol.js';

/** An answer refusing request `id` (0 when it could not be read). */
export const refusal = (id: number, code: string, message: string) => ({ v: PROTOCOL_VERSION, id, ok: false as const, error: { code, message } });

export interface ConnectionLimits {
  /** Connections open at once, in all. */
  maxConnections: number;
  /** Connections open at once from one non-root user. */
  maxPerUser: number;
  /** The longest request line, in bytes. */
  maxLineBytes: number;
  /** How long a connection may sit on a partial line, or idle without a lasting role. */
  idleMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = { maxConnections: 4096, maxPerUser: 1024, maxLineBytes: 64 << 10, idleMs: 10_000 };

/** A connected peer: its kernel-given identity and what it is to the daemon. */
export interface Peer extends PeerCredentials {
  /** The process's start time when it connected (tells a reused pid apart). */
  start: number | undefined;
  /** launcher: a `quanta run` holding its vGPU; member: a registered process; none yet. */
  role: 'none' | 'launcher' | 'member';
}

/** What the daemon does with a line; returns the answer to write, or null for none. */
export type LineHandler = (peer: Peer, line: string, socket: Socket) => object | null | Promise<object | null>;

export class Connections {
  private readonly peers = new Map<Socket, Peer>();
  /** Every open socket, served or being refused. */
  private readonly sockets = new Set<Socket>();
  private readonly perUser = new Map<number, number>();
  /** Per connection, the answer still being worked out (requests are answered in order). */
  private readonly chains = new Map<Socket, Promise<void>>();

  constructor(
    private readonly limits: ConnectionLimits,
    private readonly onLine: LineHandler,
    private readonly onClose: (peer: Peer) => void,
    private readonly log: (line: string) => void,
  ) {}

  /** Serves `server`'s connections. */
  attach(server: Server): void {
    server.on('connection', (c) => {
      try {
        this.accept(c);
      } catch (e) {
        this.log(`dropped a connection: ${e instanceof Error ? e.message : String(e)}`);
        c.destroy();
      }
    });
  }

  /** The open connections' peers. */
  all(): IterableIterator<[Socket, Peer]> {
    return this.peers.entries();
  }

  /** Ends every connection (a stopping daemon), refused ones still closing too. */
  destroyAll(): void {
    for (const c of this.sockets) c.destroy();
  }

  private accept(c: Socket): void {
    c.on('error', () => {}); // a peer that vanishes mid-write is only a closed connection
    this.sockets.add(c);
    c.once('close', () => this.sockets.delete(c));
    const cred = peerCredentials(c);
    const mine = (this.perUser.get(cred.uid) ?? 0) + 1;
    if (this.peers.size >= this.limits.maxConnections || (cred.uid !== 0 && mine > this.limits.maxPerUser)) {
      const which = this.peers.size >= this.limits.maxConnections ? `${this.limits.maxConnections} connections in all` : `${this.limits.maxPerUser} connections for uid ${cred.uid}`;
      this.log(`refused a connection from pid ${cred.pid} (uid ${cred.uid}): already ${which}`);
      c.end(JSON.stringify(refusal(0, 'busy', `the Quanta daemon already serves ${which}; end idle programs or raise its limits`)) + '\n');
      setTimeout(() => c.destroy(), 1000).unref(); // whether or not the peer reads the answer
      return;
    }
    const peer: Peer = { ...cred, start: processStartTime(cred.pid), role: 'none' };
    this.peers.set(c, peer);
    this.perUser.set(cred.uid, mine);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    c.setTimeout(this.limits.idleMs);
    c.on('timeout', () => {
      if (pendingBytes > 0 || peer.role === 'none') {
        this.log(`closed an idle connection from pid ${peer.pid}${pendingBytes ? ` holding ${pendingBytes} bytes of an unfinished line` : ''}`);
        c.destroy();
      }
    });
    c.on('data', (chunk: Buffer) => {
      let at = 0;
      for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, at)) {
        pending.push(chunk.subarray(at, nl));
        const line = Buffer.concat(pending).toString('utf8');
        pending = [];
        pendingBytes = 0;
        at = nl + 1;
        if (line.length > this.limits.maxLineBytes) { this.tooLong(c, peer); return; }
        this.serve(c, peer, line);
        if (c.destroyed || !c.readable) return;
      }
      if (at < chunk.length) {
        pending.push(chunk.subarray(at));
        pendingBytes += chunk.length - at;
        if (pendingBytes > this.limits.maxLineBytes) {
          pending = [];
          this.tooLong(c, peer);
        }
      }
    });
    c.on('close', () => {
      this.peers.delete(c);
      this.chains.delete(c);
      const left = (this.perUser.get(peer.uid) ?? 1) - 1;
      if (left > 0) this.perUser.set(peer.uid, left);
      else this.perUser.delete(peer.uid);
      try {
        this.onClose(peer);
      } catch (e) {
        this.log(`error after pid ${peer.pid}'s connection closed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      }
    });
  }

  private serve(c: Socket, peer: Peer, line: string): void {
    if (!line.trim()) return;
    const fail = (e: unknown) => {
      // A bug or an unexpected system error: this request fails, the daemon goes on.
      this.log(`internal error serving pid ${peer.pid}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return refusal(requestId(line), 'internal', `the Quanta daemon failed on this request (${e instanceof Error ? e.message : String(e)}); its log has the details`);
    };
    const reply = (answer: object | null) => {
      if (answer && !c.destroyed) c.write(JSON.stringify(answer) + '\n');
      if (peer.role !== 'none') c.setTimeout(this.limits.idleMs); // lasting: only partial lines time out
    };
    // Answers go out in the order of the requests, also when one is answered later.
    const chain = this.chains.get(c);
    const run = () => {
      let answer: object | null | Promise<object | null>;
      try {
        answer = this.onLine(peer, line, c);
      } catch (e) {
        answer = fail(e);
      }
      if (!(answer instanceof Promise)) { reply(answer); return undefined; }
      return answer.then(reply, (e: unknown) => reply(fail(e)));
    };
    const next = chain ? chain.then(run) : run();
    if (next) {
      const stored: Promise<void> = next.finally(() => { if (this.chains.get(c) === stored) this.chains.delete(c); });
      this.chains.set(c, stored);
    }
  }

  private tooLong(c: Socket, peer: Peer): void {
    this.log(`closed pid ${peer.pid}'s connection: a line longer than ${this.limits.maxLineBytes} bytes`);
    c.removeAllListeners('data'); // nothing more is read or kept
    c.pause();
    c.end(JSON.stringify(refusal(0, 'line-too-long', `a request line may be at most ${this.limits.maxLineBytes} bytes`)) + '\n');
    setTimeout(() => c.destroy(), 1000).unref(); // whether or not the peer reads the answer
  }
}

/** The id of a request line, as far as it can be read (0 if not). */
export function requestId(line: string): number {
  try {
    const id = (JSON.parse(line) as { id?: unknown }).id;
    return Number.isSafeInteger(id) && (id as number) >= 0 ? (id as number) : 0;
  } catch {
    return 0;
  }
}
