// The daemon as interposers and the CLI meet it: registration, shared vGPUs, bad input,
// a killed process's memory coming back, resizing, and restarts that lose nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection, type Socket } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { readSegment } from '../src/daemon/segment.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Daemon, DaemonAlreadyRunningError } from '../src/daemon/server.js';
import { request, DaemonRefusedError, DaemonUnreachableError } from '../src/daemon/client.js';
import type { Gpu } from '../src/daemon/gpus.js';
import type { PsResult } from '../src/daemon/protocol.js';

const GiB = 2 ** 30;
const GPUS: Gpu[] = [0, 1].map((i) => ({ index: i, uuid: `GPU-test-${i}`, name: 'Test GPU', memoryTotal: 16 * GiB, memoryUsed: 0, migEnabled: false, migDevices: [], simulated: true }));

function place() {
  const dir = mkdtempSync(join(tmpdir(), 'quanta-daemon-'));
  return { socket: join(dir, 'run/daemon.sock'), stateFile: join(dir, 'state/ledger.json'), dir };
}
const start = (p: ReturnType<typeof place>) => Daemon.start({ ...p, gpus: GPUS, sweepMs: 100 });
const tenant = (): ChildProcess => spawn('sleep', ['60'], { stdio: 'ignore' });

/** One request on a connection that stays open (as a launcher's or a process's does). */
function open(socket: string, msg: Record<string, unknown>): Promise<{ conn: Socket; answer: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(socket);
    conn.setEncoding('utf8');
    conn.on('connect', () => conn.write(JSON.stringify({ v: 1, id: 1, ...msg }) + '\n'));
    conn.once('data', (d: string) => resolve({ conn, answer: JSON.parse(d) }));
    conn.on('error', reject);
  });
}
/** What quanta run does: create or join a vGPU for the launcher `pid`, get its token. */
const launch = (socket: string, pid: number, vgpu: Record<string, unknown>) => open(socket, { op: 'launch', pid, vgpu });
/** What an interposer does: join with the token quanta run gave its program. */
const hello = (socket: string, pid: number, token: unknown) => open(socket, { op: 'hello', pid, token });
const ps = async (socket: string) => (await request(socket, 'ps')) as unknown as PsResult;
const waitFor = async (cond: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await cond()) return true; await new Promise((r) => setTimeout(r, 20)); }
  return false;
};

test('processes register into vGPUs; a named vGPU is shared; ps shows quotas and members', async () => {
  const p = place();
  const d = await start(p);
  const [a, b] = [tenant(), tenant()];
  try {
    const r1 = await launch(p.socket, a.pid!, { name: 'trainer', gpus: [0], memory: 8 * GiB });
    assert.equal(r1.answer.ok, true);
    assert.equal(r1.answer.vgpu, 'trainer');
    assert.match(String(r1.answer.token), /^[0-9a-f]{32}$/);
    const r2 = await hello(p.socket, b.pid!, r1.answer.token);
    assert.equal(r2.answer.ok, true);
    assert.equal(r2.answer.vgpu, 'trainer');
    const view = await ps(p.socket);
    assert.equal(view.vgpus.length, 1);
    assert.deepEqual(view.vgpus[0]!.gpus.map((g) => [g.index, g.quota]), [[0, 8 * GiB]]);
    assert.deepEqual([...view.vgpus[0]!.pids].sort(), [a.pid, b.pid].sort());
    assert.deepEqual(view.vgpus[0]!.gpus.map((g) => g.used), [0]);
    assert.match(String(r1.answer.segment), /vgpus\/trainer\.seg$/);
    assert.deepEqual(readSegment(String(r1.answer.segment)).quotas, [8 * GiB], 'the segment carries the quota');
    assert.doesNotMatch(JSON.stringify(view), /token/, 'ps never shows tokens');
    r1.conn.destroy(); r2.conn.destroy();
  } finally {
    a.kill('SIGKILL'); b.kill('SIGKILL');
    await d.stop();
  }
});

test('a process killed with SIGKILL leaves its vGPU within a second', async () => {
  const p = place();
  const d = await start(p);
  const a = tenant();
  try {
    const { conn } = await launch(p.socket, a.pid!, { name: 'victim', gpus: [1], memory: 4 * GiB });
    assert.equal((await ps(p.socket)).vgpus.length, 1);
    const seg = join(p.dir, 'run/vgpus/victim.seg');
    assert.ok(existsSync(seg));
    const t0 = Date.now();
    a.kill('SIGKILL');
    conn.destroy(); // the kernel closes a dead process's sockets
    assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus.length === 0, 1000), 'gone within 1 s');
    assert.ok(Date.now() - t0 < 1000);
    assert.equal(existsSync(seg), false, 'the last process gone, its segment goes too');
  } finally {
    await d.stop();
  }
});

test('bad requests get an error code and a reason, and the connection keeps working', async () => {
  const p = place();
  const d = await start(p);
  try {
    const c = createConnection(p.socket);
    c.setEncoding('utf8');
    const lines: string[] = [];
    c.on('data', (s: string) => lines.push(...s.split('\n').filter(Boolean)));
    await new Promise((r) => c.on('connect', r));
    c.write('not json\n{"v":2,"id":3,"op":"ps"}\n{"v":1,"id":4,"op":"fly"}\n{"v":1,"id":5,"op":"launch","pid":1,"vgpu":{"gpus":[9],"memory":1}}\n{"v":1,"id":6,"op":"ps"}\n'
      + '{"v":1,"id":7,"op":"hello","pid":1}\n{"v":1,"id":8,"op":"hello","pid":1,"token":"00000000000000000000000000000000"}\n');
    assert.ok(await waitFor(async () => lines.length === 7, 2000));
    const r = lines.map((l) => JSON.parse(l));
    assert.deepEqual(r.map((x) => x.ok ? 'ok' : x.error.code), ['bad-json', 'bad-version', 'unknown-op', 'unknown-gpu', 'ok', 'bad-request', 'unknown-vgpu']);
    assert.match(r[3].error.message, /there is no GPU 9/);
    c.destroy();
    await assert.rejects(request(p.socket, 'set', { name: 'nope', memory: GiB }), (e: unknown) => e instanceof DaemonRefusedError && e.code === 'unknown-vgpu');
    const a = tenant();
    await assert.rejects(launch(p.socket, a.pid!, { gpus: [0], memory: 17 * GiB }).then(({ answer, conn }) => { conn.destroy(); if (!answer.ok) throw new Error((answer as { error: { message: string } }).error.message); }), /more than GPU 0 has/);
    a.kill('SIGKILL');
  } finally {
    await d.stop();
  }
});

test('set resizes a running vGPU', async () => {
  const p = place();
  const d = await start(p);
  const a = tenant();
  try {
    const { conn, answer } = await launch(p.socket, a.pid!, { name: 'job', gpus: [0], memory: 4 * GiB });
    const seg = String(answer.segment);
    await request(p.socket, 'set', { name: 'job', memory: 12 * GiB });
    assert.equal((await ps(p.socket)).vgpus[0]!.gpus[0]!.quota, 12 * GiB);
    assert.deepEqual(readSegment(seg).quotas, [12 * GiB], 'processes see the new quota at once');
    conn.destroy();
  } finally {
    a.kill('SIGKILL');
    await d.stop();
  }
});

test('a restarted daemon restores the ledger, drops processes that died meanwhile, and takes reconnections', async () => {
  const p = place();
  let d = await start(p);
  const [live, doomed] = [tenant(), tenant()];
  try {
    const h1 = await launch(p.socket, live.pid!, { name: 'keep', gpus: [0], memory: 4 * GiB });
    const h2 = await launch(p.socket, doomed.pid!, { name: 'lose', gpus: [1], memory: 4 * GiB });
    await d.stop();
    h1.conn.destroy(); h2.conn.destroy();
    doomed.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 100));
    d = await start(p);
    const view = await ps(p.socket);
    assert.deepEqual(view.vgpus.map((v) => v.name), ['keep']);
    const again = await hello(p.socket, live.pid!, h1.answer.token);
    assert.equal(again.answer.reconnected, true, 'the token survives the restart');
    const stranger = tenant();
    const other = await launch(p.socket, stranger.pid!, { gpus: [1], memory: GiB });
    const wrong = await hello(p.socket, live.pid!, other.answer.token);
    assert.equal(wrong.answer.ok, false, 'a process cannot present another vGPU\'s token');
    for (const x of [again, other, wrong]) x.conn.destroy();
    stranger.kill('SIGKILL');
  } finally {
    live.kill('SIGKILL');
    await d.stop();
  }
});

test('one daemon per socket; a stale socket file is cleaned up; unusable state is set aside', async () => {
  const p = place();
  const d = await start(p);
  await assert.rejects(start(p), DaemonAlreadyRunningError);
  await d.stop();
  writeFileSync(p.socket, ''); // what a crashed daemon leaves: a path nobody listens on
  mkdirSync(join(p.dir, 'state'), { recursive: true });
  writeFileSync(p.stateFile, '{"version":2,"vgpus":[{"name":"x","gpus":[{"uuid":"GPU-gone","quota":1}],"pids":[1]}]}');
  const d2 = await start(p);
  assert.deepEqual((await ps(p.socket)).vgpus, []);
  assert.ok(readdirSync(join(p.dir, 'state')).includes('ledger.json.unusable'));
  await d2.stop();
  await assert.rejects(request(p.socket, 'ps'), DaemonUnreachableError);
});
