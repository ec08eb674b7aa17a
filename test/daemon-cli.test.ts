// quanta daemon / ps / set as a user runs them, against the simulated GPUs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { startPeer, type PeerProcess } from './helpers/peers.js';
import { QUANTA_BIN } from './helpers/native.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-cli-daemon-');
const env = { ...process.env, QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: `cli-${process.pid}` };
const socket = join(dir, 'run/daemon.sock');
const quanta = (...args: string[]) => spawnSync(process.execPath, [QUANTA_BIN, ...args], { env, encoding: 'utf8', timeout: 30_000 });

test('ps without a daemon says how to start one', () => {
  const r = quanta('ps');
  assert.equal(r.status, 69);
  assert.match(r.stderr, /no Quanta daemon answers at .*daemon\.sock .*start one with `quanta daemon`/);
});

test('set refuses malformed sizes and arguments before asking anyone', () => {
  assert.equal(quanta('set').status, 2);
  assert.match(quanta('set', 'job', '--mem', 'lots').stderr, /--mem "lots" is not a size/);
  assert.match(quanta('set', 'job', '--cpu', '3').stderr, /unknown option --cpu/);
});

test('quanta daemon serves ps and set, says the GPUs are simulated, and stops on SIGTERM', async () => {
  const d = spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  d.stderr!.on('data', (b: Buffer) => { log += b.toString(); });
  try {
    for (let i = 0; i < 200 && !/listening on/.test(log); i++) await new Promise((r) => setTimeout(r, 25));
    assert.match(log, /SIMULATED/);
    const ps = quanta('ps');
    assert.equal(ps.status, 0, ps.stderr);
    assert.match(ps.stdout, /GPU 0 {2}Quanta Simulated GPU \(fakecuda\) \(SIMULATED\) {2}16GiB/);
    assert.match(ps.stdout, /no vGPUs/);
    // A vGPU is launched for a tenant (what quanta run --mem does), then resized with set.
    const tenant = startPeer(undefined, socket, [{ op: 'launch', vgpu: { name: 'job', gpus: [0], memory: 2 ** 32 } }]);
    assert.equal((await tenant.answer()).ok, true);
    const set = quanta('set', 'job', '--mem=6GiB');
    assert.equal(set.status, 0, set.stderr);
    assert.match(quanta('ps').stdout, /job\t0\t6GiB\t0B\t\d+/);
    const json = JSON.parse(quanta('ps', '--json').stdout) as { vgpus: { name: string; gpus: { quota: number; used: number }[]; pids: number[] }[] };
    assert.deepEqual(json.vgpus.map((v) => [v.name, v.gpus[0]!.quota, v.gpus[0]!.used, v.pids]), [['job', 6 * 2 ** 30, 0, [tenant.pid]]], 'ps --json for scripts');
    assert.match(quanta('ps', '--wide').stderr, /usage: quanta ps \[--json\]/);
    assert.match(quanta('set', 'nope', '--mem', '1GiB').stderr, /there is no vGPU named nope/);
    await tenant.kill();
  } finally {
    d.kill('SIGTERM');
    await new Promise((r) => d.on('exit', r));
    rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-cli-${process.pid}`, { force: true });
  }
  assert.match(log, /stopped/);
  assert.equal(existsSync(socket), false, 'the socket is removed on a clean stop');
});

test('GPU-time settings: per-GPU policies, shares refused past 100% under fixed share, set changes them, ps shows them', async () => {
  const bad = quanta('daemon', '--simulate', '--policy', 'fastest');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--policy "fastest" is not a policy: use weighted \(the default\), equal, fixed or best-effort/);
  assert.match(quanta('daemon', '--simulate', '--policy', '7=fixed').stderr, /--policy 7=fixed: there is no GPU 7 on this host/);
  for (const slice of ['0', 'soon', '5000']) assert.match(quanta('daemon', '--simulate', '--slice-ms', slice).stderr, /--slice-ms ".*" must be a number of milliseconds from 1 to 1000/);
  assert.match(quanta('set', 'job', '--share', '150%').stderr, /--share "150%" must be more than 0% and at most 100%/);
  assert.match(quanta('run', '--simulate', '--weight', '2', '--', 'true').stderr, /--share, --weight and --priority set up a new vGPU: give its GPUs/);

  const d = spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate', '--policy', '0=fixed'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  d.stderr!.on('data', (b: Buffer) => { log += b.toString(); });
  const peers: PeerProcess[] = [];
  /** Launches a vGPU from a process of its own, the way quanta run does; resolves to the daemon's answer. */
  const launch = async (vgpu: Record<string, unknown>) => {
    const p = startPeer(undefined, socket, [{ op: 'launch', vgpu }]);
    peers.push(p);
    return (await p.answer()) as { ok: boolean; error?: { code: string; message: string } };
  };
  try {
    for (let i = 0; i < 200 && !/listening on/.test(log); i++) await new Promise((r) => setTimeout(r, 25));
    assert.match(log, /GPU 0: GPU-time policy fixed/);
    assert.match(quanta('ps').stdout, /^GPU 0 .* policy fixed$/m);
    assert.equal((await launch({ name: 'train', gpus: [0], memory: 2 ** 30, compute: { share: 0.6, weight: 2 } })).ok, true);
    const refused = await launch({ name: 'serve', gpus: [0], memory: 2 ** 30, compute: { share: 0.5 } });
    assert.equal(refused.error?.code, 'overcommitted');
    assert.match(refused.error!.message, /fixed shares on this GPU would add up to 110% \(train 60%, serve 50%\)/);
    assert.equal((await launch({ name: 'serve', gpus: [0], memory: 2 ** 30, compute: { share: 0.4, priority: 'high' } })).ok, true);
    assert.match(quanta('set', 'train', '--share', '70%').stderr, /would add up to 110%/, 'set is held to the same rule');
    const set = quanta('set', 'train', '--share', '0.5', '--weight', '3', '--priority', 'low');
    assert.equal(set.status, 0, set.stderr);
    assert.match(set.stdout, /vGPU train: share 50%, weight 3, priority low/);
    const ps = quanta('ps').stdout;
    assert.match(ps, /^train\t0\t1GiB\t0B\t\d+\t3\t50%\tlow\t50%\t0%\t0\.0s$/m, 'entitled to its fixed share; nothing used or waited yet');
    assert.match(ps, /^serve\t0\t1GiB\t0B\t\d+\t1\t40%\thigh\t40%\t0%\t0\.0s$/m);
  } finally {
    await Promise.all(peers.map((p) => p.kill()));
    d.kill('SIGTERM');
    await new Promise((r) => d.on('exit', r));
    rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-cli-${process.pid}`, { force: true });
  }
});
