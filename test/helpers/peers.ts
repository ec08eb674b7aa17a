// Starting test peers (peer.ts): real processes that launch or join vGPUs on their own
// connections, as `quanta run` and interposers do, and are ended when the test ends.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';

const PEER = join(fileURLToPath(new URL('.', import.meta.url)), 'peer.js');

export interface PeerProcess {
  child: ChildProcess;
  pid: number;
  /** Resolves to the next answer line the peer printed, parsed. */
  answer(): Promise<Record<string, any>>;
  /** Sends `request` on a new connection of the same process (a reconnect). */
  send(request: object): void;
  /** Ends the peer (its connection closes with it) and waits for it. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a peer sending `requests` to `socket`; it is killed when the test ends. */
export function startPeer(t: Pick<TestContext, 'after'> | undefined, socket: string, requests: object[], opts: SpawnOptions = {}): PeerProcess {
  const child = spawn(process.execPath, [PEER, socket, ...requests.map((r) => JSON.stringify(r))], { stdio: ['pipe', 'pipe', 'pipe'], ...opts });
  let out = '';
  let err = '';
  const waiting: ((line: string) => void)[] = [];
  const lines: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
      const line = out.slice(0, nl);
      out = out.slice(nl + 1);
      const w = waiting.shift();
      if (w) w(line); else lines.push(line);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const p: PeerProcess = {
    child,
    pid: child.pid!,
    answer: () => new Promise((resolve, reject) => {
      const take = (line: string) => resolve(JSON.parse(line) as Record<string, any>);
      const l = lines.shift();
      if (l !== undefined) { take(l); return; }
      waiting.push(take);
      void exited.then(() => reject(new Error(`peer ${child.pid} ended without an answer: ${err.trim()}`)));
    }),
    send: (request) => { child.stdin!.write(JSON.stringify(request) + '\n'); },
    kill: async (signal = 'SIGKILL') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  t?.after(() => p.kill());
  return p;
}
