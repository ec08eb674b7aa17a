// The daemon's Node-API module (native/node/quanta_sys.c): the peer credentials of a Unix
// socket, passing a file descriptor over one, and an advisory lock, which Node lacks.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { NotBuiltError } from '../errors.js';
import { NATIVE_BUILD } from '../paths.js';

/** Who is at the other end of a Unix socket, as the kernel recorded it at connect(). */
export interface PeerCredentials { pid: number; uid: number; gid: number }

interface QuantaSys {
  peerCredentials(fd: number): PeerCredentials;
  sendWithFd(fd: number, data: Buffer, passFd: number): number;
  tryLock(fd: number): boolean;
}

let loaded: QuantaSys | undefined;

function sys(): QuantaSys {
  if (loaded) return loaded;
  const path = join(NATIVE_BUILD, 'quanta_sys.node');
  if (!existsSync(path)) throw new NotBuiltError(path);
  loaded = createRequire(import.meta.url)(path) as QuantaSys;
  return loaded;
}

/** The file descriptor under a connected net.Socket (libuv's handle; Unix only). */
export function socketFd(s: Socket): number {
  const fd = (s as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) throw new Error('this socket has no file descriptor (closed, or not a Unix socket)');
  return fd;
}

/** The pid, uid and gid of the process that connected `s`. */
export function peerCredentials(s: Socket): PeerCredentials {
  return sys().peerCredentials(socketFd(s));
}

/** Sends `data` on `s` with `passFd` attached (SCM_RIGHTS); returns the bytes sent
 * (the rest must follow with an ordinary write). Only while `s` has nothing queued. */
export function sendWithFd(s: Socket, data: Buffer, passFd: number): number {
  return sys().sendWithFd(socketFd(s), data, passFd);
}

/** Takes the exclusive advisory lock of open file `fd` without waiting: false if another
 * process holds it. The kernel releases it when this process ends. */
export function tryLock(fd: number): boolean {
  return sys().tryLock(fd);
}
