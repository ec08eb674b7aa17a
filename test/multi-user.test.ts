// One daemon for every user of a host: the system daemon knows each connection's user
// from the kernel; each user sees and changes only their own vGPUs (root sees all), no
// user can open another's segment, and a private daemon never promises memory on a GPU
// the system daemon manages. The other users are real processes running as other uids,
// so these tests need root (CI runs as root); elsewhere they are skipped, and say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { request } from '../src/daemon/client.js';
import type { PsResult } from '../src/daemon/protocol.js';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { startPeer } from './helpers/peers.js';
import { GiB, place, start } from './helpers/daemon.js';
import { discoverGpus, type Gpu } from '../src/daemon/gpus.js';
import { fakecudaSession, scratchDir } from './helpers/scratch.js';

const ROOT = process.getuid?.() === 0;
const skip = ROOT ? false : 'needs root, to run processes as other users';
const ALICE = { uid: 65534, gid: 65534 };
const BOB = { uid: 65533, gid: 65534 };

/** A system daemon in a folder every user can reach. */
async function systemDaemon(t: Parameters<typeof place>[0], log: string[] = [], gpus?: Gpu[]) {
  const p = place(t, 'quanta-system-');
  chmodSync(p.dir, 0o755);
  await start(t, p, { system: true, log: (l) => log.push(l), ...(gpus ? { gpus } : {}) });
  return p;
}

test('each user sees and changes only their own vGPUs; root sees all; the kernel says who is who', { skip }, async (t) => {
  const p = await systemDaemon(t);
  const alice = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'alice-job', gpus: [0], memory: 2 * GiB } }], ALICE);
  const launched = await alice.answer();
  assert.equal(launched.ok, true, JSON.stringify(launched));
  const asRoot: PsResult = await request(p.socket, 'ps');
  assert.deepEqual(asRoot.vgpus.map((v) => [v.name, v.owner, v.pids]), [['alice-job', ALICE.uid, [alice.pid]]], 'root sees every vGPU, with its owner');
  const bob = startPeer(t, p.socket, [
    { op: 'ps' },
    { op: 'set', name: 'alice-job', memory: 8 * GiB },
    { op: 'rm', name: 'alice-job', force: true },
    { op: 'hello', token: launched.token },
    { op: 'status' },
  ], BOB);
  const [ps, set, rm, hello, status] = [await bob.answer(), await bob.answer(), await bob.answer(), await bob.answer(), await bob.answer()];
  assert.deepEqual(ps.vgpus, [], 'another user does not see it');
  for (const [what, r] of [['set', set], ['rm', rm], ['hello with its token', hello]] as const) {
    assert.equal(r.ok, false, what);
    assert.equal(r.error.code, 'not-yours', `${what}: ${r.error.message}`);
    assert.match(r.error.message, /vGPU alice-job belongs to another user \(uid 65534\)/);
  }
  assert.equal(status.vgpus, 0, 'status counts only what the asker may see');
  const bobJoins = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'alice-job', gpus: [] } }], BOB);
  assert.equal((await bobJoins.answer()).error.code, 'not-yours', 'nor can it join her vGPU by name');
  const own = startPeer(t, p.socket, [{ op: 'set', name: 'alice-job', memory: 3 * GiB }, { op: 'ps' }], ALICE);
  assert.equal((await own.answer()).ok, true, 'its owner can change it');
  assert.deepEqual((await own.answer()).vgpus.map((v: { name: string }) => v.name), ['alice-job'], 'and sees it');
});

test('no user can open a vGPU\'s segment by its path: programs get their own through their connection', { skip }, async (t) => {
  const p = await systemDaemon(t);
  const alice = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'private', gpus: [0], memory: GiB } }], ALICE);
  assert.equal((await alice.answer()).ok, true);
  const seg = join(p.dir, 'run/vgpus/private.seg');
  for (const who of [ALICE, BOB]) {
    const r = spawnSync(process.execPath, ['-e', `require('fs').openSync(${JSON.stringify(seg)}, 'r+')`], { ...who, encoding: 'utf8' });
    assert.notEqual(r.status, 0, `uid ${who.uid} opened the segment`);
    assert.match(r.stderr, /EACCES/);
  }
});

test('a program of another user runs in its vGPU of the system daemon: quota held, segment handed over', { skip }, async (t) => {
  const log: string[] = [];
  // The daemon (this user) and the programs of ALICE each map the session's segment.
  const session = fakecudaSession(`multiuser-${process.pid}`, [userInfo().uid, ALICE.uid]);
  const fake = { FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '0' };
  const { gpus } = await discoverGpus('simulated', { ...process.env, ...fake }); // the GPUs the program's fakecuda has
  const p = await systemDaemon(t, log, gpus);
  const home = scratchDir('quanta-alice-');
  chmodSync(home, 0o777);
  t.after(() => rmSync(home, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: home, QUANTA_SYSTEM_RUNTIME_DIR: join(p.dir, 'run'), ...fake };
  // Not spawnSync: the daemon runs in this process and must answer meanwhile.
  const child = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_alloc')], { ...ALICE, env, stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
  const r = { stdout: '', stderr: '', status: null as number | null };
  child.stdout!.on('data', (b: Buffer) => { r.stdout += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { r.stderr += b.toString(); });
  r.status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^allocated 16 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m, 'the quota holds for a program that cannot open the segments\' folder');
  const ps: PsResult = await request(p.socket, 'ps');
  assert.deepEqual(ps.vgpus, [], 'its vGPU ended with it');
  assert.equal(existsSync(join(home, '.local/state/quanta')), false, 'the system daemon served it: no private daemon was started');
  assert.ok(log.some((l) => /vGPU vgpu-\d+ removed/.test(l)), log.join('\n'));
});

test('a private daemon refuses to promise memory on a GPU the system daemon manages', async (t) => {
  const sys = await systemDaemon(t);
  const mine = place(t, 'quanta-private-');
  await start(t, mine, { systemSocket: sys.socket });
  const launcher = startPeer(t, mine.socket, [{ op: 'launch', vgpu: { gpus: [0], memory: 4 * GiB } }]);
  const r = await launcher.answer();
  assert.equal(r.ok, false);
  assert.match(r.error.message, /GPU GPU-test-0 is managed by the host's Quanta system daemon .*: unset QUANTA_RUNTIME_DIR so that quanta run uses the system daemon/);
  const asSystem: PsResult = await request(sys.socket, 'ps');
  assert.deepEqual(asSystem.vgpus, []);
  await request(sys.socket, 'status'); // still serving
});
