// The GPU pool on the simulated device (issue 13): GPU-less clients (`quanta run --remote
// A,B`) on `quanta serve` processes standing for GPU hosts, each with its own daemon and
// simulated GPUs. Placement on the least loaded GPU, fail-over past a server that refuses
// or is down, token refusal, a forwarded session's quota and weighted share, and one
// session's death leaving the others and the server untouched.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { track as trackChild, type Proc } from './helpers/processes.js';
import { fakecudaSession, scratchDir } from './helpers/scratch.js';
import { forwardPaths } from '../src/paths.js';
import { request } from '../src/daemon/client.js';

const dir = scratchDir('quanta-pool-');
const TOKEN = 'pool-test-token';
const started = new Set<ChildProcess>();
const daemons: string[] = [];

after(async () => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const socket of daemons) {
    const status = await request(socket, 'status').catch(() => undefined);
    if (status) process.kill(Number(status.pid), 'SIGTERM');
  }
});

const track = (child: ChildProcess): Proc => trackChild(started, child);

const until = async (what: () => boolean, ms = 10_000) => {
  for (let waited = 0; waited < ms && !what(); waited += 25) await new Promise((r) => setTimeout(r, 25));
};

/** A GPU host: its own daemon, state and simulated GPUs, and quanta serve on loopback. */
async function startHost(name: string, gpus: number, serveArgs: string[]): Promise<Proc & { address: string; env: NodeJS.ProcessEnv }> {
  const env: NodeJS.ProcessEnv = { ...process.env, QUANTA_REMOTE_TOKEN: TOKEN, FAKECUDA_SESSION: fakecudaSession(`pool-${name}-${process.pid}`), FAKECUDA_DEVICES: String(gpus),
    FAKECUDA_MEM: '16GiB', FAKECUDA_CTX_OVERHEAD: '0', QUANTA_RUNTIME_DIR: join(dir, name, 'run'), QUANTA_STATE_DIR: join(dir, name, 'state') };
  daemons.push(join(dir, name, 'run', 'daemon.sock'));
  const p = track(spawn(process.execPath, [QUANTA_BIN, 'serve', '--simulate', '--listen', 'tcp:127.0.0.1:0', ...serveArgs], { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  await until(() => /listening on tcp:/.test(p.out()));
  const address = /listening on tcp:(\S+)/.exec(p.out())?.[1];
  assert.ok(address, p.out());
  return { ...p, address, env };
}

/** `quanta run --remote POOL [runArgs] -- argv` on a machine without a GPU. */
function remote(pool: string, runArgs: string[], argv: string[], token = TOKEN, extra: NodeJS.ProcessEnv = {}): Proc {
  return track(spawn(process.execPath, [QUANTA_BIN, 'run', '--remote', pool, ...runArgs, '--', ...argv],
    { env: { PATH: process.env.PATH, QUANTA_REMOTE_TOKEN: token, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] }));
}

const kernels = (p: Proc, label: string) => Number(new RegExp(`^${label}: (\\d+) kernels`, 'm').exec(p.out())?.[1] ?? NaN);

test('a pool of two servers: sessions placed on the least loaded GPU, fail-over past a server that refuses or is down, a wrong token refused by all', async () => {
  const a = await startHost('a', 2, ['--gpu', '0,1', '--mem', '256MiB']);
  const b = await startHost('b', 1, []);
  // Two sessions at once on A: one on each of its GPUs; quanta ps there shows both, named
  // after their clients' addresses.
  const busy = [remote(a.address, [], [testProgram('gpu_time'), '2000', '2', 'P']), remote(a.address, [], [testProgram('gpu_time'), '2000', '2', 'Q'])];
  await until(() => (a.out().match(/executor in vGPU/g) ?? []).length >= 2);
  assert.match(a.out(), /session \d+ from 127\.0\.0\.1:\d+: executor in vGPU fwd-\d+-\d+-127\.0\.0\.1-\d+ \(256MiB on GPU 0\)/);
  assert.match(a.out(), /session \d+ from 127\.0\.0\.1:\d+: executor in vGPU fwd-\d+-\d+-127\.0\.0\.1-\d+ \(256MiB on GPU 1\)/, 'the second session went to the emptier GPU');
  let ps = '';
  await until(() => ((ps = spawnSync(process.execPath, [QUANTA_BIN, 'ps'], { env: a.env, encoding: 'utf8' }).stdout).match(/fwd-\d+-\d+-127\.0\.0\.1-\d+/g) ?? []).length >= 2);
  assert.equal((ps.match(/fwd-\d+-\d+-127\.0\.0\.1-\d+/g) ?? []).length, 2, ps);
  for (const p of busy) assert.equal((await p.exited).code, 0, p.out() + a.out());

  // A gives a session at most 256 MiB: a client asking for 512 MiB goes on to B.
  const big = remote(`${a.address},${b.address}`, ['--mem', '512MiB'], [testProgram('fwd_compute'), '384']);
  assert.equal((await big.exited).code, 0, big.out());
  assert.match(big.out(), /the executor at tcp:127\.0\.0\.1:\d+ refused the session: it asks for 512MiB; this server gives a session at most 256MiB; trying the next/);
  assert.match(big.out(), new RegExp(`forwarding CUDA calls to the executor at tcp:${b.address} \\(passed over: tcp:${a.address}\\)`));
  assert.match(big.out(), /^alloc 384 MiB: CUDA_SUCCESS$/m, 'B made it a 512 MiB vGPU');

  // A wrong token: every server refuses, the program's CUDA calls fail, and it says so.
  const wrong = remote(`${a.address},${b.address}`, [], [testProgram('fwd_compute')], 'not-the-token');
  assert.notEqual((await wrong.exited).code, 0);
  assert.match(wrong.out(), new RegExp(`the executor at tcp:${a.address} refused the session: wrong token`));
  assert.match(wrong.out(), /no executor of .* took the session/);
  assert.match(a.out(), /refused a session from 127\.0\.0\.1:\d+: wrong token/);

  // A goes down: clients of the pool go on to B.
  a.child.kill('SIGTERM');
  assert.equal((await a.exited).code, 0, a.out());
  const after = remote(`${a.address},${b.address}`, ['--mem', '128MiB'], [testProgram('fwd_compute')]);
  assert.equal((await after.exited).code, 0, after.out());
  assert.match(after.out(), new RegExp(`cannot reach the executor at tcp:${a.address}: Connection refused; trying the next`));
  assert.match(after.out(), /^PASSED$/m);
  b.child.kill('SIGTERM');
  assert.equal((await b.exited).code, 0, b.out());
});

test('forwarded sessions keep their quotas and weights; one killed mid-run leaves the others and the server untouched', async () => {
  // A token per tenant.
  const tokens = join(dir, 'tokens');
  writeFileSync(tokens, `# tenants of host c\nalice ${TOKEN}\nbob bob-token\n`);
  const c = await startHost('c', 1, ['--token-file', tokens]);
  const bob = remote(c.address, ['--mem', '64MiB'], [testProgram('fwd_compute')], 'bob-token');
  assert.equal((await bob.exited).code, 0, bob.out() + c.out());
  assert.match(c.out(), /session 1 from 127\.0\.0\.1:\d+ \(tenant bob\): executor in vGPU fwd-\d+-1-bob-127\.0\.0\.1-\d+/);
  // The quota a session asked for holds in its executor.
  const over = remote(c.address, ['--mem', '128MiB'], [testProgram('fwd_compute'), '512']);
  await over.exited;
  assert.match(over.out(), /^alloc 512 MiB: CUDA_ERROR_OUT_OF_MEMORY$/m, over.out() + c.out());
  const fits = remote(c.address, ['--mem', '128MiB'], [testProgram('fwd_compute'), '64']);
  await fits.exited;
  assert.match(fits.out(), /^alloc 64 MiB: CUDA_SUCCESS$/m, fits.out());

  // Weights 2:1 on one GPU, as for local programs. Statistical, over ~1500 kernels of 2 ms
  // in 3 s (the same bounds as the local test, robust to a loaded machine). Each program
  // synchronises every 2 launches, so that it counts kernels run, not launches sent: a
  // forwarded program's launches are not waited for, and loopback TCP buffers thousands.
  const start = { GPU_TIME_START_AT: ((Date.now() + 1500) / 1000).toFixed(3) };
  const heavy = remote(c.address, ['--mem', '256MiB', '--weight', '2'], [testProgram('gpu_time'), '2000', '3', 'H', '500', '0', '2'], TOKEN, start);
  const light = remote(c.address, ['--mem', '256MiB', '--weight', '1'], [testProgram('gpu_time'), '2000', '3', 'L', '500', '0', '2'], TOKEN, start);
  // A third session, killed with SIGKILL while the two run (the program itself, a GPU-less
  // client of the server).
  const victim = track(spawn(testProgram('gpu_time'), ['2000', '3', 'V'], {
    env: { PATH: process.env.PATH, LD_LIBRARY_PATH: forwardPaths().clientDir, QUANTA_REMOTE: `tcp:${c.address}`, QUANTA_REMOTE_TOKEN: TOKEN, QUANTA_REMOTE_MEM: String(128 << 20) },
    stdio: ['ignore', 'pipe', 'pipe'] }));
  await new Promise((r) => setTimeout(r, 2500));
  victim.child.kill('SIGKILL');
  for (const p of [heavy, light]) assert.equal((await p.exited).code, 0, p.out() + c.out());
  const [h, l] = [kernels(heavy, 'H'), kernels(light, 'L')];
  assert.ok(h / (h + l) > 0.55 && h / (h + l) < 0.8, `2:1 between forwarded sessions gave ${h}:${l}`);
  await until(() => (c.out().match(/ended \(/g) ?? []).length >= 6);
  assert.equal((c.out().match(/ended \(/g) ?? []).length, 6, c.out());
  // The server goes on serving.
  const next = remote(c.address, ['--mem', '128MiB'], [testProgram('fwd_compute')]);
  assert.equal((await next.exited).code, 0, next.out() + c.out());
  assert.match(next.out(), /^PASSED$/m);
  c.child.kill('SIGTERM');
  assert.equal((await c.exited).code, 0, c.out());
});

test('a token file that is not one tenant per line is refused at the start, naming the line', () => {
  const bad = join(dir, 'bad-tokens');
  writeFileSync(bad, 'alice tok1\nbob has two words\n');
  const r = spawnSync(process.execPath, [QUANTA_BIN, 'serve', '--simulate', '--listen', 'tcp:127.0.0.1:0', '--token-file', bad], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /bad-tokens, line 2: write "NAME TOKEN"/);
});
