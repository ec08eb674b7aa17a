// GPU-time shares, caps and priorities as users get them: two tenants under `quanta run`
// keep the simulated GPU busy with fakecuda's sleep kernel (native/test/gpu_time.c), and
// the kernels each completes show the share it got. The daemon's scheduler and the
// interposer's gate are the real ones; only the GPU is simulated (its kernels sleep).
// Bounds are loose enough for a loaded 2-core CI machine; the H100 runs judge the 3
// percentage points (bench/gpu/compute.sh).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { startPeer, type PeerProcess } from './helpers/peers.js';
import { QUANTA_BIN, sanitizedEnv, testProgram } from './helpers/native.js';
import { nativePaths } from '../src/paths.js';
import { request } from '../src/daemon/client.js';
import { standingTenant } from '../src/daemon/gpu-time.js';
import type { PriorityClass } from '../src/scheduler/policy.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-gpu-time-');
const session = `gputime-${process.pid}`;
const env0 = { ...process.env, QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '0' };
const env = env0;
const socket = join(dir, 'run/daemon.sock');
const tenant = testProgram('gpu_time');
const KERNEL_US = 2000;
/** The program's arguments for a reference run without Quanta that keeps the GPU busy:
 * 2 ms kernels, synchronising every 2 (nothing bounds its queue but the launch queue,
 * and a count of launches must be a count of kernels run). */
const SATURATING = [String(KERNEL_US), '0', '0', '2', '0'];

after(() => {
  for (const c of tenants) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}-native`, { force: true });
  rmSync(dir, { recursive: true, force: true });
});

async function startDaemon(...args: string[]): Promise<ChildProcess> {
  const d = spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  d.stderr!.on('data', (b: Buffer) => { log += b.toString(); });
  for (let i = 0; i < 400 && !/listening on/.test(log); i++) await new Promise((r) => setTimeout(r, 25));
  assert.match(log, /listening on/, log);
  return d;
}

/** Every tenant this file started: a test that fails midway must not leave one running
 * (its `quanta run` would start a daemon of its own once the test's daemon is gone). */
const tenants = new Set<ChildProcess>();

/** Stops a daemon, and first every tenant, unless `keepTenants` (a restart under them). */
async function stopDaemon(d: ChildProcess, { keepTenants = false } = {}): Promise<void> {
  if (!keepTenants) await killTenants();
  if (d.exitCode !== null) return;
  d.kill('SIGTERM');
  await new Promise((r) => d.on('exit', r));
}

async function killTenants(): Promise<void> {
  await Promise.all([...tenants].map(async (c) => {
    if (c.exitCode === null && c.signalCode === null) {
      const gone = new Promise((r) => c.once('exit', r));
      c.kill('SIGKILL');
      await gone;
    }
    tenants.delete(c);
  }));
}

/**
 * When the tenants of a test start their timed window (ms since the epoch): every tenant
 * started before it joins it (gpu_time's GPU_TIME_START_AT), so that tenants compared
 * with each other run over the same seconds even when a loaded machine starts them
 * seconds apart; one started later opens the next window.
 */
let windowStart = 0;
const WINDOW_LEAD_MS = 3000;

function joinWindow(): NodeJS.ProcessEnv {
  if (windowStart <= Date.now()) windowStart = Date.now() + WINDOW_LEAD_MS;
  return { GPU_TIME_START_AT: (windowStart / 1000).toFixed(3) };
}

/** Resolves `ms` after the current window started. */
const windowTime = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, windowStart + ms - Date.now())));

/**
 * Starts one tenant: `quanta run [runArgs] -- gpu_time KERNEL_US seconds label 0 [programArgs]`;
 * `done` gives the kernels (or requests) it completed; `output` what it printed.
 */
function startTenant(label: string, seconds: number, runArgs: string[], programArgs: string[] = [KERNEL_US, 0].map(String), extraEnv: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<number>; output: () => string; errors: () => string } {
  const [kernelUs, ...rest] = programArgs;
  const child = spawn(process.execPath, [QUANTA_BIN, 'run', '--gpu', '0', '--mem', '1GiB', ...runArgs, '--', tenant, kernelUs!, String(seconds), label, ...rest],
    { env: { ...env, ...joinWindow(), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  tenants.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const done = new Promise<number>((resolve, reject) => child.on('close', (code) => {
    const m = new RegExp(`^${label}: (\\d+) (kernels|requests)`, 'm').exec(out);
    if (code !== 0 || !m) reject(new Error(`${label} exited ${code}: ${out}${err}`));
    else resolve(Number(m[1]));
  }));
  done.catch(() => {}); // a test that fails first may never await it
  return { child, done, output: () => out, errors: () => err };
}

/** Two tenants side by side for `seconds`; their kernel counts. */
async function pair(seconds: number, a: string[], b: string[]): Promise<[number, number]> {
  const ta = startTenant('A', seconds, a);
  const tb = startTenant('B', seconds, b);
  return [await ta.done, await tb.done];
}

const share = ([a, b]: [number, number]) => a / (a + b);

/** `afterMs` into the window, stops the program of `quanta run` process `run` with SIGSTOP for `forMs`. */
async function suspendFor(run: ChildProcess, afterMs: number, forMs: number): Promise<void> {
  await windowTime(afterMs);
  // The program is quanta run's child; on a loaded machine it may still be starting: look
  // for it for up to 5 s.
  let pid = '';
  for (let i = 0; i < 50 && !pid; i++) {
    pid = spawnSync('pgrep', ['-P', String(run.pid), '-f', tenant], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '';
    if (!pid) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(pid, `found the program of quanta run ${run.pid}`);
  process.kill(Number(pid), 'SIGSTOP');
  await new Promise((r) => setTimeout(r, forMs));
  process.kill(Number(pid), 'SIGCONT');
}

test('weighted shares: a 2:1 pair splits the GPU time about 2:1, a 3:1 pair about 3:1', async () => {
  const d = await startDaemon();
  try {
    // The same program without Quanta at the same time: what one alone completes on this
    // machine now (a ratio against it holds on a loaded machine, an absolute count does not).
    const alone = startNative('ref', 3, SATURATING);
    const two = await pair(3, ['--weight', '2'], ['--weight', '1']);
    const solo = await alone.done;
    // Statistical over ~1500 kernels: 0.65-0.68 on a quiet machine and beside another
    // suite mostly, 0.564 once there (a tenant whose host is not scheduled loses turns).
    assert.ok(share(two) > 0.55 && share(two) < 0.75, `2:1 gave ${two.join(':')} (share ${share(two).toFixed(3)})`);
    // Work-conserving: together they complete about as many kernels as one alone (each
    // hand-over costs a little; beside another suite 0.797 was seen).
    const kept = (two[0] + two[1]) / solo;
    assert.ok(kept > 0.7, `the pair completed ${two[0] + two[1]} kernels, ${(kept * 100).toFixed(0)}% of the ${solo} of one alone`);
    const three = await pair(3, ['--weight', '3'], []);
    assert.ok(share(three) > 0.62 && share(three) < 0.83, `3:1 gave ${three.join(':')} (share ${share(three).toFixed(3)})`);
  } finally {
    await stopDaemon(d);
  }
});

test('long kernels (30 ms, longer than a slice): a weighted 2:1 pair still splits about 2:1, and a grant moves only after the last holder\'s kernels ran', async (t) => {
  const d = await startDaemon();
  try {
    const args = ['30000', '0'];
    const [a, b] = await Promise.all([startTenant('A', 4, ['--weight', '2'], args).done, startTenant('B', 4, [], args).done]);
    t.diagnostic(`2:1 with 30 ms kernels gave ${a}:${b} (share ${share([a, b]).toFixed(3)})`);
    // Statistical, over ~130 kernels: 0.65-0.67 on a quiet machine; beside another suite a
    // tenant whose host does not run for 5 ms counts as having no work and loses its turn
    // (0.565 seen). Above 0.55 shows the weight at work.
    assert.ok(share([a, b]) > 0.55 && share([a, b]) < 0.76, `2:1 with 30 ms kernels gave ${a}:${b} (share ${share([a, b]).toFixed(3)})`);
    // fakecuda runs two processes' kernels side by side, as a GPU would run work queued
    // by both (each one's measured time then includes the other's): handing the grant on
    // before the holder's queue drained shows as more than 4 s of kernels in 4 s.
    const busy = (a + b) * 0.03;
    assert.ok(busy < 4.4, `the pair's kernels add up to ${busy.toFixed(2)} s in a 4 s window: they overlapped`);
  } finally {
    await stopDaemon(d);
  }
});

test('short kernels: the holder marks its work sparsely (fewer events than kernels)', async (t) => {
  const d = await startDaemon();
  try {
    // 20 us kernels: an event per kernel would cost a real GPU's host as much as the
    // kernel. fakecuda says at exit how many kernels and event records each process sent.
    const run = (label: string, weight: string) => startTenant(label, 3, ['--weight', weight], ['20', '0'], { FAKECUDA_LOG: '1' });
    const [ta, tb] = [run('A', '2'), run('B', '1')];
    const [a, b] = [await ta.done, await tb.done];
    t.diagnostic(`2:1 with 20 us kernels gave ${a}:${b} (share ${share([a, b]).toFixed(3)})`);
    for (const [label, tenantRun] of [['A', ta], ['B', tb]] as const) {
      const m = /exit: (\d+) kernels, (\d+) event records/.exec(tenantRun.errors());
      assert.ok(m, `fakecuda's exit line for ${label}: ${tenantRun.errors()}`);
      const [kernels, events] = [Number(m[1]), Number(m[2])];
      t.diagnostic(`${label}: ${kernels} kernels, ${events} event records (${(events / kernels).toFixed(2)} per kernel)`);
      assert.ok(kernels > 500 && events / kernels < 0.75, `${label} sent ${events} event records for ${kernels} kernels`);
    }
    // The shares hold on a quiet machine (0.66-0.68) with the daemon seeing a holder's
    // unmarked kernels as one event in flight. Not asserted: beside another suite a 2:1
    // pair of such short kernels once split 0.28, the lighter ahead (its host starved, a
    // tenant that holds unmarked work cannot report it drained until it runs again; see
    // docs/design/compute-isolation.md); both must still make progress.
    assert.ok(a > 0 && b > 0, `2:1 with 20 us kernels gave ${a}:${b}`);
  } finally {
    await stopDaemon(d);
  }
});

test('equal share ignores weights; fixed shares are caps, alone too; priorities put the high class first', async () => {
  let d = await startDaemon('--policy', 'equal');
  try {
    const eq = await pair(3, ['--weight', '5'], ['--weight', '1']);
    assert.ok(share(eq) > 0.4 && share(eq) < 0.6, `equal gave ${eq.join(':')}`);
  } finally {
    await stopDaemon(d);
  }
  d = await startDaemon('--policy', 'fixed');
  try {
    const solo = await startTenant('C', 3, ['--share', '30%']).done;
    const got = solo * KERNEL_US / 1e6 / 3;
    // The upper bound is the cap; the lower one only catches a cap that starves its tenant
    // (beside another suite on 2 cores, the tenant itself got too little CPU to reach 30%:
    // 20.1% and 20.9% were seen).
    assert.ok(got > 0.15 && got < 0.38, `a 30% cap alone got ${(got * 100).toFixed(1)}% of the GPU (${solo} kernels)`);
    const fixed = await pair(3, ['--share', '30%'], ['--share', '70%']);
    // 0.28-0.32 on a quiet machine; beside another suite the capped tenants' hosts miss
    // turns (0.19 seen): below 0.38 is the cap holding, above 0.15 both running.
    assert.ok(share(fixed) > 0.15 && share(fixed) < 0.38, `fixed 30/70 gave ${fixed.join(':')}`);
  } finally {
    await stopDaemon(d);
  }
  d = await startDaemon();
  try {
    // What priority promises: the high class runs as if the low one were not there (against
    // the same program alone without Quanta at the same time); the low one gets what it
    // leaves. Its share of the pair is >0.9 on a quiet machine, but beside another suite
    // the high tenant's host is sometimes not ready and the low one uses the GPU (0.78 seen).
    const alone = startNative('ref', 3, SATURATING);
    const [high, low] = await pair(3, ['--priority', 'high'], ['--priority', 'low']);
    const solo = await alone.done;
    assert.ok(high / solo > 0.7 && high > 2 * low, `high ${high} against low ${low}, one alone ${solo}`);
  } finally {
    await stopDaemon(d);
  }
});

test('a standing grant goes to the only vGPU of the top class when a lower class is present, and never under fixed', () => {
  const v = (name: string, priority: PriorityClass) => ({ name, settings: { weight: 1, priority } });
  assert.equal(standingTenant('weighted', [v('srv', 'high'), v('train', 'low')]), 'srv');
  assert.equal(standingTenant('equal', [v('train', 'low'), v('mid', 'normal'), v('batch', 'low')]), 'mid');
  assert.equal(standingTenant('weighted', [v('a', 'high'), v('b', 'high'), v('c', 'low')]), null, 'two of the top class share by policy');
  assert.equal(standingTenant('weighted', [v('a', 'normal'), v('b', 'normal')]), null, 'one class: no priority to serve');
  assert.equal(standingTenant('weighted', [v('a', 'high')]), null, 'alone: the page is open anyway');
  assert.equal(standingTenant('fixed', [v('srv', 'high'), v('train', 'low')]), null, 'a cap holds for the high class too');
  assert.equal(standingTenant('weighted', []), null);
});

test('a high-priority server waits behind at most one of a low-priority trainer\'s kernels; the trainer keeps the rest', async (t) => {
  const d = await startDaemon();
  try {
    // The trainer's kernels take 2 ms; the server's requests are one 0.2 ms kernel, 5 ms
    // apart. Waiting for a grant, or behind the trainer's usual ~2 kernels, would put the
    // server's median near 2-4 ms; with its standing grant it is the unfinished part of
    // one trainer kernel plus its own (about 1.2 ms on average).
    const alone = startNative('Tref', 3, SATURATING);
    const trainer = startTenant('T', 3, ['--priority', 'low']);
    const server = startTenant('S', 3, ['--priority', 'high'], ['200', '0', '5']);
    const [kernels, requests, solo] = [await trainer.done, await server.done, await alone.done];
    const m = /p50 (\d+) us, p90 (\d+) us/.exec(server.output())!;
    const [p50, p90] = [Number(m[1]), Number(m[2])];
    assert.ok(requests > 200, `the server completed ${requests} requests`);
    assert.ok(p50 < 1900 && p90 < 2700, `server latency p50 ${p50} us, p90 ${p90} us`);
    // The server uses ~4% of the GPU; the trainer the rest, less hand-overs: against the
    // same trainer alone without Quanta, at the same time. 78% on a quiet 2-core machine;
    // 56% beside another suite, where each hand-over waits for a host that is not running.
    const kept = kernels / solo;
    t.diagnostic(`server p50 ${p50} us, p90 ${p90} us over ${requests} requests; the trainer completed ${(kept * 100).toFixed(0)}% of its kernels alone`);
    assert.ok(kept > 0.45, `the trainer completed ${kernels} kernels, ${(kept * 100).toFixed(0)}% of the ${solo} it completes alone`);
  } finally {
    await stopDaemon(d);
  }
});

test('quanta set changes a running vGPU\'s weight, and the shares follow', async () => {
  const d = await startDaemon();
  try {
    const a = startTenant('A', 4, ['--vgpu', 'riser']);
    const b = startTenant('B', 4, ['--vgpu', 'steady']);
    // The weight changes as soon as the riser's vGPU exists (its program is running and
    // waiting for the shared window, which opens 3 s after the start): on a loaded machine
    // a CLI started at a fixed time into the window landed late and measured the start-up
    // of node, not the policy (0.52 and 0.58 were seen).
    let set = spawnSync(process.execPath, [QUANTA_BIN, 'set', 'riser', '--weight', '4'], { env, encoding: 'utf8' });
    for (const until = Date.now() + 10_000; set.status !== 0 && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 100));
      set = spawnSync(process.execPath, [QUANTA_BIN, 'set', 'riser', '--weight', '4'], { env, encoding: 'utf8' });
    }
    assert.equal(set.status, 0, set.stderr);
    const late = Math.max(0, Date.now() - windowStart);
    const got = share([await a.done, await b.done]);
    // 4:1 is 0.8; unchanged weights give 0.5. Where the change came into the window late,
    // the pair ran at 1:1 until then.
    assert.ok(got > 0.62, `riser got ${got.toFixed(3)} of the pair's GPU time (the change landed ${late} ms into the window)`);
  } finally {
    await stopDaemon(d);
  }
});

test('a tenant stopped with SIGSTOP while it holds the GPU loses its grant; the other goes on', async () => {
  const d = await startDaemon();
  try {
    const alone = startNative('Bref', 5, SATURATING);
    const a = startTenant('A', 5, []);
    const b = startTenant('B', 5, []);
    await suspendFor(a.child, 1200, 3000);
    const [na, nb, solo] = [await a.done, await b.done, await alone.done];
    // B alone for 3 of 5 s and half of the other 2: ~80% of what one tenant alone
    // completes; if A's grant did not expire, B would wait out A's stop: ~20%.
    assert.ok(nb / solo > 0.56, `B completed ${nb} kernels, ${(nb / solo * 100).toFixed(0)}% of the ${solo} of one alone (A ${na})`);
  } finally {
    await stopDaemon(d);
  }
});

test('a high-priority tenant stopped with SIGSTOP (standing grant, kernels in flight) does not stall a low-priority one', async (t) => {
  const d = await startDaemon();
  try {
    const alone = startNative('ref', 4, SATURATING);
    const high = startTenant('H', 4, ['--priority', 'high']);
    const low = startTenant('L', 4, ['--priority', 'low']);
    await suspendFor(high.child, 1200, 2000);
    const [nh, nl, solo] = [await high.done, await low.done, await alone.done];
    // Against one tenant alone at the same time (a ratio holds on a loaded machine): while
    // H runs, L gets (almost) nothing; while H is stopped, 2 of the 4 s, L has the GPU:
    // about half. Without expiry of H's standing claim L would stay near 0; without H's
    // priority L would get about 0.75 (half of the 2 s they share, and the 2 s alone).
    t.diagnostic(`high ${nh} kernels, low ${nl}, one alone ${solo}`);
    assert.ok(nl / solo > 0.3 && nl / solo < 0.7, `the low-priority tenant completed ${(nl / solo * 100).toFixed(0)}% of what one alone did (${nl} of ${solo}) while the high one ran 2 of 4 s`);
    assert.ok(nh / solo > 0.3, `the high-priority tenant completed ${(nh / solo * 100).toFixed(0)}% of what one alone did (${nh} of ${solo}) in the 2 s it was not stopped`);
  } finally {
    await stopDaemon(d);
  }
});

test('ps shows configured and achieved shares and waiting; a daemon restart runs programs ungated, then they rejoin', async () => {
  let d = await startDaemon();
  try {
    // Long enough for ps's 2 s window to lie inside the shared time, before and after
    // the restart, even on a busy 2-core machine.
    const a = startTenant('A', 11, ['--weight', '2', '--vgpu', 'heavy']);
    const b = startTenant('B', 11, ['--vgpu', 'light']);
    await windowTime(2500);
    type Ps = { vgpus: { name: string; gpus: { time?: { configured: number; achieved: number; waitedMs: number; gated: boolean } }[] }[] };
    const t = (ps: Ps, name: string) => ps.vgpus.find((v) => v.name === name)!.gpus[0]!.time!;
    // The entitled share counts the vGPUs that have work at that instant: ask until both do.
    let before = (await request(socket, 'ps')) as unknown as Ps;
    for (let i = 0; i < 50 && Math.abs(t(before, 'heavy').configured - 2 / 3) > 1e-9; i++) {
      await new Promise((r) => setTimeout(r, 20));
      before = (await request(socket, 'ps')) as unknown as Ps;
    }
    assert.ok(Math.abs(t(before, 'heavy').configured - 2 / 3) < 1e-9, `entitled share from the weights: ${t(before, 'heavy').configured}`);
    // What ps shows, not how close shares come (the weighted test judges that): over ps's
    // 2 s window 2:1 gives about 0.67 on a quiet machine, but with the CPUs busy a tenant
    // sometimes has nothing ready and the other takes the time (0.50 seen beside another
    // suite). Both achieved shares are measured and add up to about the whole (each is
    // taken over its own window of buckets, a bucket apart at most: 1.03 seen).
    const achieved = (ps: Ps) => [t(ps, 'heavy').achieved, t(ps, 'light').achieved];
    const [h0, l0] = achieved(before);
    assert.ok(h0! > 0.2 && l0! > 0.1 && Math.abs(h0! + l0! - 1) < 0.1, `achieved shares heavy ${h0}, light ${l0}`);
    assert.ok(t(before, 'light').waitedMs > 0 && t(before, 'heavy').gated);
    // The table too shows the entitled share of that instant (100% while light has
    // nothing ready): ask until both have work.
    const row = /^heavy\t.*\t67%\t\d+%\t\d+(\.\d+)?s$/m;
    let table = '';
    for (let i = 0; i < 20 && !row.test(table); i++) table = spawnSync(process.execPath, [QUANTA_BIN, 'ps'], { env, encoding: 'utf8' }).stdout;
    assert.match(table, row, `ps shows configured, achieved and waited:\n${table}`);
    // Restart the daemon under them: they run on (ungated while it is away) and rejoin.
    await stopDaemon(d, { keepTenants: true });
    await new Promise((r) => setTimeout(r, 500));
    d = await startDaemon();
    await new Promise((r) => setTimeout(r, 3000));
    const after = (await request(socket, 'ps')) as unknown as Ps;
    // Both rejoined the new daemon's schedule: gated again, and both got GPU time under it.
    const [h1, l1] = achieved(after);
    assert.ok(t(after, 'heavy').gated && h1! > 0.2 && l1! > 0.1 && Math.abs(h1! + l1! - 1) < 0.1, `after the restart: heavy ${h1}, light ${l1}`);
    const [na, nb] = [await a.done, await b.done];
    assert.ok(na > 0 && nb > 0);
  } finally {
    await stopDaemon(d);
  }
});

test('sanitized: the gate (waiting, events, drain, hand-over) under AddressSanitizer and UBSan', async () => {
  const d = await startDaemon();
  const launchers: PeerProcess[] = [];
  try {
    // Two vGPUs, launched the way quanta run does (a launcher process per vGPU keeps its
    // connection open).
    const launch = async (name: string, weight: number) => {
      const launcher = startPeer(undefined, socket, [{ op: 'launch', vgpu: { name, gpus: [0], memory: 2 ** 30, compute: { weight } } }]);
      launchers.push(launcher);
      const answer = (await launcher.answer()) as { ok: boolean; token: string };
      assert.ok(answer.ok, JSON.stringify(answer));
      return answer;
    };
    const tenants = await Promise.all([['asan-a', 2], ['asan-b', 1]].map(async ([name, weight]) => {
      const { token } = await launch(String(name), Number(weight));
      // Both start their timed window together (ASan makes start-up slow and uneven).
      const env = { ...sanitizedEnv({}, env0), ...joinWindow(), QUANTA_SOCKET: socket, QUANTA_TOKEN: token };
      const t = spawn(tenant, ['300', '2', String(name), '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      t.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
      t.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
      return new Promise<{ code: number | null; out: string; err: string }>((resolve) => t.on('close', (code) => resolve({ code, out, err })));
    }));
    const results = await Promise.all(tenants);
    for (const r of results) {
      assert.equal(r.code, 0, r.out + r.err);
      assert.doesNotMatch(r.err, /AddressSanitizer|runtime error/);
      assert.match(r.out, /kernels in/);
    }
    // They were gated (weights 2:1), so the heavier one completed more kernels.
    const [a, b] = results.map((r) => Number(/(\d+) kernels/.exec(r.out)![1]));
    assert.ok(a! > b!, `weight 2 completed ${a}, weight 1 ${b}`);
  } finally {
    await Promise.all(launchers.map((l) => l.kill()));
    await stopDaemon(d);
  }
});

/**
 * The same program without Quanta, on a simulated device of its own, at the same time as
 * the tenants it is the reference for (the simulated GPU runs every process's kernels side
 * by side, so it takes nothing from them; running at once, both see the same load on
 * this machine). Resolves to the kernels it completed.
 */
function startNative(label: string, seconds: number, programArgs: string[]): { child: ChildProcess; done: Promise<number> } {
  const [kernelUs, ...rest] = programArgs;
  const child = spawn(tenant, [kernelUs!, String(seconds), label, ...rest], {
    env: { ...env, ...joinWindow(), LD_LIBRARY_PATH: nativePaths().fakecudaDir, LD_PRELOAD: '', FAKECUDA_SESSION: `${session}-native` }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  tenants.add(child);
  let out = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  const done = new Promise<number>((resolve, reject) => child.on('close', (code) => {
    const m = new RegExp(`^${label}: (\\d+) kernels`, 'm').exec(out);
    if (code !== 0 || !m) reject(new Error(`${label} exited ${code}: ${out}`));
    else resolve(Number(m[1]));
  }));
  return { child, done };
}

test('a tenant that synchronises every 4 kernels is held to its share: a 30% cap, and weighted 2:1', async (t) => {
  // A training-loop-like tenant: 4 kernels of 0.5 ms, a synchronisation, then 2 ms of
  // host work (reading its loss, preparing the next step): alone it keeps the GPU about
  // half busy. While it holds the grant nobody else may use the GPU, so that idle time is
  // its; charged only for its kernels, it took ~60% of its solo throughput under a 30%
  // cap and ~50% of the GPU's time instead of a third under weights 1:2 (issue 11).
  // Statistical: each tenant's throughput is judged against the same program without
  // Quanta running at the same time (a ratio, robust to a loaded machine), within bounds
  // about twice what runs on an idle machine spread.
  const syncing = ['500', '500', '0', '4', '2000'];
  const saturating = ['500', '500', '0', '16', '0'];
  let d = await startDaemon('--policy', 'fixed');
  try {
    const [capped, solo] = await Promise.all([startTenant('S', 3, ['--share', '30%'], syncing).done, startNative('Sref', 3, syncing).done]);
    const got = capped / solo;
    t.diagnostic(`30% cap, synchronising tenant: ${capped} kernels against ${solo} alone without Quanta (${(got * 100).toFixed(1)}%)`);
    assert.ok(got > 0.22 && got < 0.38, `a 30% cap gave a synchronising tenant ${(got * 100).toFixed(1)}% of its solo throughput (${capped} of ${solo} kernels)`);
  } finally {
    await stopDaemon(d);
  }
  d = await startDaemon();
  try {
    // Two synchronising tenants, 2:1: their kernels split 2:1.
    const two = await Promise.all([startTenant('A', 3, ['--weight', '2'], syncing).done, startTenant('B', 3, ['--weight', '1'], syncing).done]);
    t.diagnostic(`weighted 2:1, both synchronising: ${two.join(':')} (share ${share(two).toFixed(3)})`);
    assert.ok(share(two) > 0.58 && share(two) < 0.75, `2:1 between synchronising tenants gave ${two.join(':')} (share ${share(two).toFixed(3)})`);
    // Weights 1:2, the synchronising tenant against a saturating one: each gets its part
    // of the GPU's time, so each keeps that part of its own solo throughput.
    const [s, g, sRef, gRef] = await Promise.all([
      startTenant('S', 3, ['--weight', '1'], syncing).done, startTenant('G', 3, ['--weight', '2'], saturating).done,
      startNative('Sref', 3, syncing).done, startNative('Gref', 3, saturating).done]);
    const [fs, fg] = [s / sRef, g / gRef];
    const got = fs / (fs + fg);
    t.diagnostic(`weighted 1:2, synchronising against saturating: ${(fs * 100).toFixed(1)}% and ${(fg * 100).toFixed(1)}% of their solo throughputs (share ${got.toFixed(3)})`);
    assert.ok(got > 0.24 && got < 0.43, `weight 1 of 1:2, synchronising, kept ${(fs * 100).toFixed(1)}% of its solo throughput, the saturating weight 2 ${(fg * 100).toFixed(1)}% (its part ${got.toFixed(3)}, configured 0.333)`);
  } finally {
    await stopDaemon(d);
  }
});
