// The daemon as interposers and the CLI meet it: registration, shared vGPUs, bad input,
// a killed process's memory coming back, resizing, and restarts that lose nothing. Each
// "process" is a real one (test/helpers/peer.ts): the daemon knows who is connected
// from the kernel, not from what a message says.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { createConnection } from 'node:net';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readSegment } from '../src/daemon/segment.js';
import { join } from 'node:path';
import { DaemonAlreadyRunningError } from '../src/daemon/server.js';
import { request, DaemonRefusedError, DaemonUnreachableError } from '../src/daemon/client.js';
import type { PsResult } from '../src/daemon/protocol.js';
import { startPeer } from './helpers/peers.js';
import { GiB, place, start, waitFor } from './helpers/daemon.js';

/** A process that runs `quanta run`'s part: creates or joins a vGPU, keeps the connection. */
const launch = (t: TestContext, socket: string, vgpu: Record<string, unknown>) => startPeer(t, socket, [{ op: 'launch', vgpu }]);
/** A process that does an interposer's part: joins with the token its launcher got. */
const hello = (t: TestContext, socket: string, token: unknown) => startPeer(t, socket, [{ op: 'hello', token }]);
const ps = (socket: string): Promise<PsResult> => request(socket, 'ps');

test('processes register into vGPUs; a named vGPU is shared; ps shows quotas and members', async (t) => {
  const p = place(t);
  await start(t, p);
  const a = launch(t, p.socket, { name: 'trainer', gpus: [0], memory: 8 * GiB });
  const r1 = await a.answer();
  assert.equal(r1.ok, true);
  assert.equal(r1.vgpu, 'trainer');
  assert.match(String(r1.token), /^[0-9a-f]{32}$/);
  const b = hello(t, p.socket, r1.token);
  const r2 = await b.answer();
  assert.equal(r2.ok, true);
  assert.equal(r2.vgpu, 'trainer');
  const view = await ps(p.socket);
  assert.equal(view.vgpus.length, 1);
  assert.deepEqual(view.vgpus[0]!.gpus.map((g) => [g.index, g.quota]), [[0, 8 * GiB]]);
  assert.deepEqual([...view.vgpus[0]!.pids].sort(), [a.pid, b.pid].sort(), 'members are the processes that connected, as the kernel says');
  assert.deepEqual(view.vgpus[0]!.gpus.map((g) => g.used), [0]);
  assert.deepEqual(view.vgpus[0]!.flags, []);
  assert.match(String(r2.segment), /vgpus\/trainer\.seg$/);
  assert.deepEqual(readSegment(String(r2.segment)).quotas, [8 * GiB], 'the segment carries the quota');
  assert.doesNotMatch(JSON.stringify(view), /token/, 'ps never shows tokens');
});

test('a process killed with SIGKILL leaves its vGPU within a second', async (t) => {
  const p = place(t);
  await start(t, p);
  const a = launch(t, p.socket, { name: 'victim', gpus: [1], memory: 4 * GiB });
  assert.equal((await a.answer()).ok, true);
  assert.equal((await ps(p.socket)).vgpus.length, 1);
  const seg = join(p.dir, 'run/vgpus/victim.seg');
  assert.ok(existsSync(seg));
  const t0 = Date.now();
  await a.kill('SIGKILL'); // the kernel closes a dead process's sockets
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus.length === 0, 1000), 'gone within 1 s');
  assert.ok(Date.now() - t0 < 1000);
  assert.equal(existsSync(seg), false, 'the last process gone, its segment goes too');
});

test('bad requests get an error code and a reason, and the connection keeps working', async (t) => {
  const p = place(t);
  await start(t, p);
  const c = createConnection(p.socket);
  t.after(() => c.destroy());
  c.setEncoding('utf8');
  const lines: string[] = [];
  c.on('data', (s: string) => lines.push(...s.split('\n').filter(Boolean)));
  await new Promise((r) => c.on('connect', r));
  c.write('not json\n{"v":3,"id":3,"op":"ps"}\n{"v":2,"id":4,"op":"fly"}\n{"v":2,"id":5,"op":"launch","vgpu":{"gpus":[9],"memory":1}}\n{"v":2,"id":6,"op":"ps"}\n'
    + '{"v":2,"id":7,"op":"hello"}\n{"v":2,"id":8,"op":"hello","token":"00000000000000000000000000000000"}\n[1,2]\n{"v":2,"id":10,"op":"rm"}\n');
  assert.ok(await waitFor(async () => lines.length === 9, 2000));
  const r = lines.map((l) => JSON.parse(l));
  assert.deepEqual(r.map((x) => x.ok ? 'ok' : x.error.code), ['bad-json', 'bad-version', 'unknown-op', 'unknown-gpu', 'ok', 'bad-request', 'unknown-vgpu', 'bad-json', 'bad-request']);
  assert.deepEqual(r.map((x) => x.id), [0, 3, 4, 5, 6, 7, 8, 0, 10], 'each answer carries its request\'s id where it could be read');
  assert.match(r[3].error.message, /there is no GPU 9/);
  await assert.rejects(request(p.socket, 'set', { name: 'nope', memory: GiB }), (e: unknown) => e instanceof DaemonRefusedError && e.code === 'unknown-vgpu');
  const a = launch(t, p.socket, { gpus: [0], memory: 17 * GiB });
  assert.match((await a.answer()).error.message, /more than GPU 0 has/);
});

test('set resizes a running vGPU', async (t) => {
  const p = place(t);
  await start(t, p);
  const a = launch(t, p.socket, { name: 'job', gpus: [0], memory: 4 * GiB });
  assert.equal((await a.answer()).ok, true);
  await request(p.socket, 'set', { name: 'job', memory: 12 * GiB });
  assert.equal((await ps(p.socket)).vgpus[0]!.gpus[0]!.quota, 12 * GiB);
  assert.deepEqual(readSegment(join(p.dir, 'run/vgpus/job.seg')).quotas, [12 * GiB], 'processes see the new quota at once');
});

test('a restarted daemon restores the ledger, drops processes that died meanwhile, and takes reconnections', async (t) => {
  const p = place(t);
  let d = await start(t, p);
  const live = launch(t, p.socket, { name: 'keep', gpus: [0], memory: 4 * GiB });
  const doomed = launch(t, p.socket, { name: 'lose', gpus: [1], memory: 4 * GiB });
  const token = (await live.answer()).token;
  await doomed.answer();
  await d.stop();
  await doomed.kill('SIGKILL');
  d = await start(t, p);
  assert.deepEqual((await ps(p.socket)).vgpus.map((v) => v.name), ['keep']);
  live.send({ op: 'hello', token });
  assert.equal((await live.answer()).reconnected, true, 'the token survives the restart, and the process is known');
  const other = launch(t, p.socket, { gpus: [1], memory: GiB });
  live.send({ op: 'hello', token: (await other.answer()).token });
  assert.equal((await live.answer()).ok, false, 'a process cannot present another vGPU\'s token');
});

test('one daemon per socket; a stale socket file is cleaned up; unusable state is set aside', async (t) => {
  const p = place(t);
  const d = await start(t, p);
  await assert.rejects(start(t, p), DaemonAlreadyRunningError);
  await d.stop();
  writeFileSync(p.socket, ''); // what a crashed daemon leaves: a path nobody listens on,
  mkdirSync(join(p.dir, 'run/vgpus'), { recursive: true });
  writeFileSync(join(p.dir, 'run/vgpus/gone.seg'), 'x'); // the segment of a vGPU it forgot,
  writeFileSync(join(p.dir, 'run/vgpus/half.seg.123.tmp'), 'x'); // and a half-written one
  mkdirSync(join(p.dir, 'state'), { recursive: true });
  writeFileSync(p.stateFile, '{"version":2,"vgpus":[{"name":"x","gpus":[{"uuid":"GPU-gone","quota":1}],"pids":[1],"token":"' + 'a'.repeat(32) + '"}]}');
  const d2 = await start(t, p);
  assert.deepEqual((await ps(p.socket)).vgpus, []);
  assert.ok(readdirSync(join(p.dir, 'state')).some((f) => f.startsWith('ledger.json.unusable-')));
  assert.deepEqual(readdirSync(join(p.dir, 'run/vgpus')), [], 'leftovers are cleaned up');
  await d2.stop();
  await assert.rejects(request(p.socket, 'ps'), DaemonUnreachableError);
});
