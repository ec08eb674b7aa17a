// The daemon under abuse, as a careless or hostile user would try it: identities a
// message claims, tampered segments, floods of connections and long lines, a corrupt
// state file, two daemons at once, a protocol fuzzer. Each of these took the daemon
// down, or fooled it, before issue 11.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createConnection, createServer, type Socket } from 'node:net';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { request, DaemonRefusedError } from '../src/daemon/client.js';
import type { PsResult } from '../src/daemon/protocol.js';
import { SEG, SEG_LAYOUT, SEG_SLOT_LAYOUT } from '../src/gen/layout.js';
import { QUANTA_BIN } from './helpers/native.js';
import { startPeer } from './helpers/peers.js';
import { GiB, place, start, waitFor } from './helpers/daemon.js';
import { fakecudaSession } from './helpers/scratch.js';

const ps = (socket: string): Promise<PsResult> => request(socket, 'ps');

/** Writes `bytes` into a segment file at `offset`, as a tenant with it mapped could. */
function scribble(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}
const u64 = (v: bigint) => { const b = Buffer.alloc(8); b.writeBigUInt64LE(v); return b; };

test('identity comes from the kernel: a hello claiming pid 1 registers its sender, and the vGPU ends with its real processes', async (t) => {
  const p = place(t);
  await start(t, p);
  const launcher = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'job', gpus: [0], memory: GiB } }]);
  const { token } = await launcher.answer();
  // Protocol version 1 carried a pid the daemon believed; it is ignored now.
  const liar = startPeer(t, p.socket, [{ v: 1, op: 'hello', pid: 1, token }]);
  assert.equal((await liar.answer()).ok, true);
  const waiting = startPeer(t, p.socket, [{ v: 1, op: 'hello', pid: liar.pid, token }]);
  assert.equal((await waiting.answer()).ok, true, 'a hello claiming another process\'s pid does not refuse that process\'s own');
  assert.deepEqual((await ps(p.socket)).vgpus[0]!.pids.sort(), [launcher.pid, liar.pid, waiting.pid].sort(), 'the members are the connected processes, never pid 1');
  await Promise.all([launcher.kill(), liar.kill(), waiting.kill()]);
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus.length === 0, 2000), 'the vGPU goes with its last real process');
});

test('quanta rm removes a vGPU on purpose: refused while processes run, --force ends them; only its owner may', async (t) => {
  const p = place(t);
  await start(t, p);
  const launcher = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'stuck', gpus: [1], memory: GiB } }]);
  await launcher.answer();
  await assert.rejects(request(p.socket, 'rm', { name: 'stuck', force: false }), /still has running processes \(\d+\).*quanta rm --force stuck/);
  await assert.rejects(request(p.socket, 'rm', { name: 'nothing', force: false }), (e: unknown) => e instanceof DaemonRefusedError && e.code === 'unknown-vgpu');
  const r = await request(p.socket, 'rm', { name: 'stuck', force: true });
  assert.deepEqual(r.ended, [launcher.pid]);
  assert.deepEqual((await ps(p.socket)).vgpus, []);
  assert.ok(await waitFor(() => launcher.child.exitCode !== null || launcher.child.signalCode !== null, 2000), 'its process was ended');
  assert.equal(existsSync(join(p.dir, 'run/vgpus/stuck.seg')), false);
});

test('a tenant that overwrites its segment cannot take the daemon down or raise its quota: flagged, logged, repaired', async (t) => {
  const p = place(t);
  const log: string[] = [];
  await start(t, p, { log: (l) => log.push(l) });
  const launcher = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'sneaky', gpus: [0], memory: GiB } }]);
  await launcher.answer();
  const seg = join(p.dir, 'run/vgpus/sneaky.seg');
  // Raise its own quota to the whole GPU, then wreck the header (ps used to kill the daemon).
  scribble(seg, SEG_LAYOUT.fields.quota.offset, u64(BigInt(16 * GiB)));
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus[0]!.flags.some((f) => /quota on GPU 0 was changed in its segment to 16GiB \(set: 1GiB\)/.test(f)), 2000));
  assert.equal(readFileSync(seg).readBigUInt64LE(SEG_LAYOUT.fields.quota.offset), BigInt(GiB), 'the daemon put the quota back');
  scribble(seg, 0, Buffer.from('garbage!'));
  scribble(seg, 12, Buffer.from([0xff, 0xff, 0xff, 0xff])); // a GPU count of 4 billion
  const after = await ps(p.socket);
  assert.equal(after.vgpus.length, 1, 'ps still answers');
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus[0]!.flags.some((f) => /header was overwritten.*rewrote it/.test(f)), 2000), JSON.stringify((await ps(p.socket)).vgpus[0]!.flags));
  assert.equal(readFileSync(seg).readBigUInt64LE(0), SEG.MAGIC, 'the header is a segment again');
  assert.ok(log.some((l) => /vGPU sneaky .*header was overwritten/.test(l)), 'and the daemon said so in its log');
  // Usage past the quota (a zeroed quota check, a forged slot) is flagged too.
  scribble(seg, SEG_LAYOUT.fields.slots.offset, Buffer.concat([Buffer.alloc(SEG_SLOT_LAYOUT.fields.used.offset), u64(BigInt(3 * GiB))]));
  const pidBytes = Buffer.alloc(4);
  pidBytes.writeInt32LE(launcher.pid);
  scribble(seg, SEG_LAYOUT.fields.slots.offset, pidBytes);
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus[0]!.flags.some((f) => /uses 3GiB on GPU 0, past its quota of 1GiB/.test(f)), 2000));
});

test('with --tamper stop, a vGPU found tampering is stopped: its processes ended, the vGPU removed', async (t) => {
  const p = place(t);
  await start(t, p, { tamper: 'stop' });
  const launcher = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'cheat', gpus: [0], memory: GiB } }]);
  await launcher.answer();
  const other = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'honest', gpus: [0], memory: GiB } }]);
  await other.answer();
  scribble(join(p.dir, 'run/vgpus/cheat.seg'), SEG_LAYOUT.fields.quota.offset, u64(BigInt(16 * GiB)));
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus.every((v) => v.name !== 'cheat'), 3000), 'removed');
  assert.ok(await waitFor(() => launcher.child.exitCode !== null || launcher.child.signalCode !== null, 3000), 'its process was ended');
  assert.deepEqual((await ps(p.socket)).vgpus.map((v) => v.name), ['honest'], 'the other vGPU is untouched');
});

/** The daemon as its own process (its memory measured, its limits its own). */
async function daemonProcess(t: { after: (f: () => unknown) => void }, p: { dir: string; socket: string }, wrap: string[] = [], args: string[] = []): Promise<{ child: ChildProcess; log: () => string }> {
  const env = { ...process.env, QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state'), FAKECUDA_SESSION: fakecudaSession(`robust-${process.pid}-${Date.now()}`) };
  const argv = [...wrap, process.execPath, QUANTA_BIN, 'daemon', '--simulate', ...args];
  const child = spawn(argv[0]!, argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (b: Buffer) => { log += b.toString(); });
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
  assert.ok(await waitFor(() => /listening on/.test(log) || child.exitCode !== null, 20_000), log);
  assert.match(log, /listening on/);
  return { child, log: () => log };
}

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);

test('200 connections each holding an unfinished 1 MiB line: cut at the line limit, the daemon stays small and serves', async (t) => {
  const p = place(t);
  const d = await daemonProcess(t, p);
  const before = rssKiB(d.child.pid!);
  const conns: Socket[] = [];
  t.after(() => { for (const c of conns) c.destroy(); });
  const chunk = Buffer.alloc(1 << 20, 0x61); // 'a' x 1 MiB, no line end
  let cut = 0;
  await Promise.all(Array.from({ length: 200 }, () => new Promise<void>((resolve) => {
    const c = createConnection(p.socket);
    conns.push(c);
    c.on('data', (b: Buffer) => { if (/line-too-long/.test(b.toString())) cut++; });
    c.on('error', () => resolve());
    c.on('close', () => resolve());
    c.on('connect', () => c.write(chunk, () => resolve()));
  })));
  assert.ok(await waitFor(() => cut === 200, 10_000), `${cut} of 200 connections were told their line is too long`);
  const grown = rssKiB(d.child.pid!) - before;
  assert.ok(grown < 64 * 1024, `the daemon grew by ${Math.round(grown / 1024)} MiB (was 220 MB before the limit)`);
  assert.equal((await request(p.socket, 'status')).vgpus, 0, 'and it still answers');
});

test('connections are capped, and an idle one holding a partial line is closed', async (t) => {
  const p = place(t);
  await start(t, p, { limits: { maxConnections: 20, idleMs: 300 } });
  const conns: Socket[] = [];
  t.after(() => { for (const c of conns) c.destroy(); });
  const refusals: string[] = [];
  for (let i = 0; i < 25; i++) {
    const c = createConnection(p.socket);
    conns.push(c);
    c.setEncoding('utf8');
    c.on('data', (s: string) => { if (/"busy"/.test(s)) refusals.push(s); });
    c.on('error', () => {});
    await new Promise((r) => c.on('connect', r));
  }
  assert.ok(await waitFor(() => refusals.length === 5, 2000), `${refusals.length} of the 5 past the cap were told the daemon is busy`);
  assert.match(refusals[0]!, /already serves 20 connections in all/);
  for (const c of conns) c.destroy(); // make room
  assert.ok(await waitFor(async () => (await request(p.socket, 'status').then(() => true, () => false)), 2000));
  await new Promise((r) => setTimeout(r, 100)); // the daemon sees the other closes too
  const partial = createConnection(p.socket);
  t.after(() => partial.destroy());
  const t0 = Date.now();
  const closed = new Promise<number>((r) => partial.on('close', () => r(Date.now() - t0)));
  partial.on('error', () => {});
  partial.on('connect', () => partial.write('{"v":2,"id":1,"op":'));
  const ms = await closed;
  assert.ok(ms >= 250 && ms < 5000, `closed after ${ms} ms of silence (idle limit 300 ms)`);
  assert.equal((await request(p.socket, 'status')).system, false);
});

test('out of file descriptors: a launch fails with a clear message and a non-zero exit, the daemon stays up and recovers', async (t) => {
  const p = place(t);
  const d = await daemonProcess(t, p);
  // Started with its usual limit, then held to 64 descriptors, as an overloaded daemon is.
  const limited = spawnSync('prlimit', [`--pid=${d.child.pid}`, '--nofile=64:64']);
  assert.equal(limited.status, 0, String(limited.stderr));
  const hogs: Socket[] = [];
  t.after(() => { for (const c of hogs) c.destroy(); });
  // Take every descriptor the daemon has left.
  for (let i = 0; i < 80; i++) {
    const c = createConnection(p.socket);
    c.on('error', () => {});
    hogs.push(c);
  }
  await new Promise((r) => setTimeout(r, 300));
  const env = { ...process.env, QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state') };
  const marker = join(p.dir, 'ran');
  const run = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', 'touch', marker], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  run.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const code = await new Promise<number | null>((r) => run.on('exit', r));
  assert.notEqual(code, 0, `quanta run must not exit 0 for a program it did not run: ${err}`);
  assert.match(err, /daemon/i);
  assert.equal(existsSync(marker), false, 'the program did not run');
  assert.equal(d.child.exitCode, null, 'the daemon is still running');
  for (const c of hogs) c.destroy();
  await new Promise((r) => setTimeout(r, 300));
  const again = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', 'touch', marker], { env, stdio: 'ignore' });
  assert.equal(await new Promise((r) => again.on('exit', r)), 0, 'with descriptors free again, launches work');
  assert.ok(existsSync(marker));
  // The daemon writes its state as the second launch ends: a temporary file may exist for a
  // moment; one that stays is what must not happen.
  const temporary = () => readdirSync(join(p.dir, 'state')).filter((f) => f.endsWith('.tmp'));
  for (let i = 0; i < 40 && temporary().length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual(temporary(), [], 'no temporary files left');
});

test('a corrupt or empty state file is named, set aside, and the daemon starts; good entries are kept', async (t) => {
  for (const [what, content] of [['empty', ''], ['torn', '{"version":3,"vgpus":[{"na'], ['not a ledger', '[1,2,3]']] as const) {
    const p = place(t);
    mkdirSync(join(p.dir, 'state'), { recursive: true });
    writeFileSync(p.stateFile, content);
    const log: string[] = [];
    const d = await start(t, p, { log: (l) => log.push(l) });
    assert.deepEqual((await ps(p.socket)).vgpus, [], what);
    assert.ok(log.some((l) => l.includes(p.stateFile) && /unusable/.test(l)), `${what}: the log names the file: ${log.join('\n')}`);
    assert.ok(readdirSync(join(p.dir, 'state')).some((f) => /^ledger\.json\.(corrupt|unusable)-/.test(f)), `${what}: kept aside`);
    await d.stop();
  }
  // One good vGPU (whose launcher runs) beside a bad one: the good one comes back.
  const p = place(t);
  const keeper = startPeer(t, '/nonexistent', []); // a live process to own the good entry
  mkdirSync(join(p.dir, 'state'), { recursive: true });
  const token = 'b'.repeat(32);
  writeFileSync(p.stateFile, JSON.stringify({ version: 3, vgpus: [
    // Owned by whoever runs the test: ps lists only the caller's vGPUs (users are separated).
    { name: 'good', owner: process.getuid!(), gpus: [{ uuid: 'GPU-test-0', quota: GiB }], members: [{ pid: keeper.pid }], token },
    { name: 'bad', owner: process.getuid!(), gpus: [{ uuid: 'GPU-test-1', quota: -5 }], members: [{ pid: keeper.pid }], token },
  ] }));
  await start(t, p);
  assert.deepEqual((await ps(p.socket)).vgpus.map((v) => v.name), ['good']);
});

test('two daemons started at once over a stale socket: exactly one serves, every time', async (t) => {
  for (let round = 0; round < 8; round++) {
    const p = place(t);
    mkdirSync(join(p.dir, 'run'), { recursive: true });
    writeFileSync(p.socket, ''); // stale
    const env = { ...process.env, QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state'), FAKECUDA_SESSION: fakecudaSession(`race-${process.pid}-${round}`) };
    const kids = [0, 1].map(() => spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate'], { env, stdio: ['ignore', 'ignore', 'pipe'] }));
    const logs = kids.map((k) => { let s = ''; k.stderr!.on('data', (b: Buffer) => { s += b.toString(); }); return () => s; });
    t.after(() => { for (const k of kids) if (k.exitCode === null) k.kill('SIGKILL'); });
    assert.ok(await waitFor(() => kids.some((k) => k.exitCode !== null) && logs.some((l) => /listening on/.test(l())), 20_000), logs.map((l) => l()).join('\n'));
    const up = kids.filter((k) => k.exitCode === null);
    assert.equal(up.length, 1, `round ${round}: one daemon runs`);
    assert.ok(logs.some((l) => /already running/.test(l())), 'the other said why it stopped');
    assert.equal((await request(p.socket, 'status')).pid, up[0]!.pid);
    up[0]!.kill('SIGTERM');
    await new Promise((r) => up[0]!.once('exit', r));
  }
});

test('protocol fuzzer: 3000 mutated and random requests leave the daemon serving and its ledger exact', async (t) => {
  const p = place(t);
  await start(t, p);
  const launcher = startPeer(t, p.socket, [{ op: 'launch', vgpu: { name: 'anchor', gpus: [0], memory: 2 * GiB } }]);
  await launcher.answer();
  let seed = 0x5eed;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const valid = [
    { v: 2, id: 1, op: 'ps' }, { v: 2, id: 2, op: 'status' }, { v: 2, id: 3, op: 'set', name: 'anchor', memory: GiB },
    { v: 2, id: 4, op: 'launch', vgpu: { name: 'x', gpus: [0], memory: GiB, compute: { weight: 2 } } }, { v: 2, id: 5, op: 'hello', token: 'c'.repeat(32) }, // a token no vGPU has (the real one would make this test process a member)
    { v: 2, id: 6, op: 'rm', name: 'nope', force: false }, { v: 2, id: 7, op: 'wake' },
  ];
  const odd: unknown[] = [null, -1, 1e300, 'x'.repeat(70_000), [], {}, true, '\u0000', 2 ** 53, '../../etc/passwd', { toString: 1 }];
  const mutate = (o: Record<string, unknown>): string => {
    const m: Record<string, unknown> = structuredClone(o);
    const keys = Object.keys(m);
    switch (rand(5)) {
      case 0: m[keys[rand(keys.length)]!] = odd[rand(odd.length)]; break;
      case 1: delete m[keys[rand(keys.length)]!]; break;
      case 2: return JSON.stringify(m).slice(0, rand(40));
      case 3: return Array.from({ length: rand(200) }, () => String.fromCharCode(rand(256))).join('').replace(/\n/g, '');
      default: (m.vgpu as Record<string, unknown> | undefined ?? m)[['gpus', 'memory', 'name', 'compute'][rand(4)]!] = odd[rand(odd.length)];
    }
    return JSON.stringify(m);
  };
  for (let batch = 0; batch < 30; batch++) {
    const c = createConnection(p.socket);
    c.on('error', () => {});
    await new Promise((r) => c.on('connect', r));
    c.write(Array.from({ length: 100 }, () => mutate(valid[rand(valid.length)]!)).join('\n') + '\n');
    await new Promise((r) => setTimeout(r, 10));
    c.destroy();
  }
  const view = await ps(p.socket);
  assert.equal((await request(p.socket, 'status')).pid, process.pid, 'the daemon still serves');
  const anchor = view.vgpus.find((v) => v.name === 'anchor')!;
  assert.ok(anchor, 'the launcher\'s vGPU is still there');
  assert.ok(await waitFor(async () => (await ps(p.socket)).vgpus.every((v) => v.name === 'anchor'), 2000), 'vGPUs that fuzzed connections created went with those connections');
  assert.deepEqual((await ps(p.socket)).vgpus[0]!.pids, [launcher.pid]);
});

test('quanta run never exits 0 for a program it did not run: a daemon that drops, garbles or ignores the launch gives 69', async (t) => {
  for (const behaviour of ['drop', 'garbage', 'silent'] as const) {
    const p = place(t);
    mkdirSync(join(p.dir, 'run'), { recursive: true });
    // A stand-in for a daemon in trouble, on the socket quanta run will use.
    const server = createServer((c) => {
      c.on('error', () => {});
      if (behaviour === 'drop') c.destroy();
      else if (behaviour === 'garbage') c.on('data', () => c.write('{"this is": not the protocol\n'));
    });
    await new Promise<void>((r) => server.listen(p.socket, r));
    t.after(() => new Promise<void>((r) => { server.close(() => r()); server.emit('close'); }));
    const marker = join(p.dir, 'ran');
    const env = { ...process.env, QUANTA_RUNTIME_DIR: join(p.dir, 'run'), QUANTA_STATE_DIR: join(p.dir, 'state') };
    const run = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', 'touch', marker], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    run.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
    const code = await new Promise<number | null>((r) => run.on('exit', r));
    assert.equal(code, 69, `${behaviour}: ${err}`);
    assert.match(err, /the Quanta daemon at .* (closed the connection|failed \(E[A-Z]+\)|answered with something that is not JSON|did not answer in \d+ ms)/, behaviour);
    assert.equal(existsSync(marker), false, `${behaviour}: the program did not run`);
    server.close();
  }
});
