// quanta run --gpu/--mem/--vgpu: a daemon is started if none runs, the program gets its
// vGPU's token and sees only the vGPU's GPUs, the vGPU ends with the program, and bad
// requests stop before anything runs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { nativePaths } from '../src/paths.js';
import { request } from '../src/daemon/client.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-run-vgpu-');
const session = `runvgpu-${process.pid}`;
// Contexts cost nothing here, so that each test counts only its own API's memory; context
// charging has its own test (a 64 MiB context).
const env = { ...process.env, QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '0' };
const quanta = (...args: string[]) => spawnSync(process.execPath, [QUANTA_BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });

after(async () => {
  const status = await request(join(dir, 'run/daemon.sock'), 'status').catch(() => undefined);
  if (status) process.kill(Number(status.pid), 'SIGTERM');
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
});

test('bad vGPU requests stop before the program runs', () => {
  const cases: [string[], number, RegExp][] = [
    [['--mem', 'lots'], 2, /--mem "lots" is not a size/],
    [['--gpu', 'first'], 2, /--gpu "first" is not a list of GPU indices or UUIDs/],
    [['--mem', '1GiB'], 2, /--mem needs --gpu/],
    [['--gpu', '7', '--mem', '1GiB'], 1, /there is no GPU 7 on this host/],
    [['--gpu', '0', '--mem', '999GiB'], 1, /more than GPU 0 has \(16GiB\)/],
    [['--vgpu', 'ghost'], 1, /no vGPU named ghost yet: give its GPUs and memory quota/],
  ];
  for (const [args, status, message] of cases) {
    const r = quanta('run', '--simulate', ...args, '--', 'sh', '-c', 'echo RAN');
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stdout, /RAN/);
  }
});

test('a program runs in its vGPU: daemon started for it, token and GPUs given, vGPU gone after', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--vgpu', 'job', '--',
    'sh', '-c', `echo T=$QUANTA_TOKEN; echo C=$CUDA_VISIBLE_DEVICES; "${process.execPath}" "${QUANTA_BIN}" ps`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /quanta: vGPU job: 1GiB on GPU 0/);
  assert.match(r.stderr, /contexts not charged: their memory could not be measured/, 'says that contexts are free here, and why');
  assert.match(r.stdout, /^T=[0-9a-f]{32}$/m);
  assert.match(r.stdout, /^C=GPU-[0-9a-f-]+$/m, 'the program sees only the vGPU\'s GPU');
  assert.match(r.stdout, /^job\t0\t1GiB\t0B\t\d+\t1\t-\tnormal\t100%\tungated\t0\.0s$/m, 'ps from inside shows the vGPU, with the default GPU-time settings');
  assert.match(quanta('ps').stdout, /no vGPUs/, 'the vGPU ends with its program');
});

test('the quota holds inside the program: memory info shows the vGPU, allocations past it are out of memory', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_alloc'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^total 1024 MiB, free 1024 MiB, device total 1024 MiB$/m);
  assert.match(r.stdout, /^allocated 16 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stdout, /^at the limit: free 0 MiB$/m);
  assert.match(r.stdout, /^after one free, allocating again: ok$/m);
  assert.match(r.stdout, /^after freeing all: free 1024 MiB$/m);
});

test('small allocations (drawn from a per-process credit) still reach the quota exactly and come back when freed', () => {
  const prog = testProgram('vgpu_small');
  const q = `"${process.execPath}" "${QUANTA_BIN}"`;
  // ps looks once the program has freed everything and sleeps (it says so and flushes);
  // a fixed 1 s was not always enough beside another suite (it saw nothing held yet).
  const out = join(dir, 'small.out');
  const alone = quanta('run', '--simulate', '--gpu', '0', '--mem', '33MiB', '--vgpu', 'small', '--', 'sh', '-c',
    `${prog} 5 >"${out}" & until grep -q '^after freeing all' "${out}"; do sleep 0.05; done; ${q} ps --json; kill $!; wait; cat "${out}"`);
  assert.equal(alone.status, 0, alone.stdout + alone.stderr);
  assert.match(alone.stdout, /^allocated 8448 blocks of 4 KiB, then CUDA_ERROR_OUT_OF_MEMORY; free 0 KiB of 33792 KiB$/m, 'the last bytes of the quota are usable (33 MiB: the last MiB is not a whole 2 MiB piece of credit)');
  assert.match(alone.stdout, /^after freeing every other block: free 16896 KiB$/m, 'the process sees exactly what it freed');
  assert.match(alone.stdout, /^after freeing all: free 33792 KiB of 33792 KiB$/m);
  const ledger = JSON.parse(alone.stdout.split('\n').find((l) => l.startsWith('{'))!) as { vgpus: { name: string; gpus: { used: number }[] }[] };
  const held = ledger.vgpus.find((v) => v.name === 'small')!.gpus[0]!.used;
  assert.ok(held > 0 && held <= 4 * 2 ** 20, `after freeing everything the process keeps at most 4 MiB of credit (held ${held})`);

  const pair = quanta('run', '--simulate', '--gpu', '0', '--mem', '33MiB', '--vgpu', 'smallpair', '--', 'sh', '-c', `${prog} hold 100 2 & sleep 0.5; ${prog}; wait`);
  assert.equal(pair.status, 0, pair.stdout + pair.stderr);
  assert.match(pair.stdout, /holding 100 small blocks/);
  const got = Number(/^allocated (\d+) blocks of 4 KiB/m.exec(pair.stdout)?.[1]);
  assert.ok(got >= 8448 - 100 - 1024 && got <= 8448 - 100, `a second member gets the quota less the first's blocks and at most 4 MiB of its credit (got ${got})`);
});

test('the virtual-memory API is held to the quota too (PyTorch\'s expandable segments use it)', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_vmm'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^created 4 allocations of 256 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stdout, /^after one release, creating again: ok$/m);
  assert.match(r.stdout, /^after releasing all: free 1024 MiB of 1024 MiB$/m);
});

test('memory pools (stream-ordered allocation) are held to the quota by what they reserve', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_pool'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^pool allocated 4 blocks of 256 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stdout, /^after one free and a sync, allocating again: ok$/m);
});

test('NVML reports the vGPU\'s memory to the program (what nvidia-smi shows)', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_nvml'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^nvml v1: total 1024 MiB, used 128 MiB$/m);
  assert.match(r.stdout, /^nvml v2: total 1024 MiB, used 128 MiB$/m);
});

test('pitched and managed allocations and the legacy 32-bit API count against the quota too', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_more'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^pitched 256 MiB: 4, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stdout, /^managed 256 MiB: 4, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stdout, /^legacy meminfo: total 1024 MiB, free 256 MiB$/m, 'the three legacy allocations are counted');
});

test('CUDA arrays and mipmapped arrays count against the quota by their size, and come back when destroyed', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_arrays'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  for (const kind of ['2D arrays', 'legacy 2D arrays', '3D arrays', 'layered arrays'])
    assert.match(r.stdout, new RegExp(`^${kind}: 4, then CUDA_ERROR_OUT_OF_MEMORY$`, 'm'), `${kind} of 256 MiB, created a second time after destroying`);
  assert.match(r.stdout, /^mipmapped arrays: 11, then CUDA_ERROR_OUT_OF_MEMORY$/m, 'every level counts: 85.3 MiB of texels, 86 MiB as the driver rounds it');
  assert.match(r.stdout, /^deferred-mapping arrays: 32, then stopped$/m, 'arrays without memory cost nothing');
  assert.match(r.stdout, /^after destroying all: free 1024 MiB of 1024 MiB$/m);
  assert.match(r.stdout, /^bad descriptor: CUDA_ERROR_INVALID_VALUE$/m, 'the driver\'s own error, unchanged');
});

test('IPC imports: free within the exporter\'s vGPU, counted against another vGPU, refused past its quota', () => {
  const prog = testProgram('vgpu_ipc');
  const handle = join(dir, 'ipc-handle');
  const waitHandle = `while [ ! -s ${handle} ]; do sleep 0.1; done`;
  const same = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--vgpu', 'ipc', '--', 'sh', '-c',
    `rm -f ${handle}; ${prog} export 512 ${handle} 3 & ${waitHandle}; ${prog} import ${handle}; wait`);
  assert.equal(same.status, 0, same.stdout + same.stderr);
  assert.match(same.stdout, /^open: CUDA_SUCCESS; used 512 MiB before, 512 MiB after$/m, 'already counted by the exporter');
  assert.match(same.stdout, /^then 8 blocks of 64 MiB fit$/m);

  const run = (mem: string) => `"${process.execPath}" "${QUANTA_BIN}" run --simulate --gpu 0 --mem ${mem} --`;
  const other = spawnSync('sh', ['-c',
    `rm -f ${handle}; ${run('1GiB')} ${prog} export 512 ${handle} 4 & ${waitHandle}; ${run('1GiB')} ${prog} import ${handle}; ${run('256MiB')} ${prog} import ${handle}; wait`],
  { env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(other.status, 0, other.stdout + other.stderr);
  assert.match(other.stdout, /^open: CUDA_SUCCESS; used 0 MiB before, 512 MiB after$/m, 'counted against the importer');
  assert.match(other.stdout, /^then 8 blocks of 64 MiB fit$/m);
  assert.match(other.stdout, /^close: CUDA_SUCCESS; used 0 MiB$/m, 'closing gives it back');
  assert.match(other.stdout, /^open: CUDA_ERROR_OUT_OF_MEMORY; used 0 MiB before, 0 MiB after$/m, 'an import past the quota is refused and left closed');
});

test('processes of one vGPU share its quota, and a killed one gives its memory back', () => {
  const prog = testProgram('vgpu_alloc');
  const shared = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--vgpu', 'pair', '--', 'sh', '-c', `${prog} 10 & sleep 0.5; ${prog}; wait`);
  assert.equal(shared.status, 0, shared.stdout + shared.stderr);
  assert.match(shared.stdout, /holding 10 blocks/);
  assert.match(shared.stdout, /^allocated 6 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m, 'the second process gets what the first left');
  const killed = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', 'sh', '-c', `${prog} 10 & p=$!; sleep 0.5; kill -9 $p; ${prog}`);
  assert.equal(killed.status, 0, killed.stdout + killed.stderr);
  assert.match(killed.stdout, /^allocated 16 blocks of 64 MiB/m, 'all of the killed process\'s memory came back');
});

test('resizing a running vGPU: shrinking below its usage refuses new memory, growing gives it at once', () => {
  const prog = testProgram('vgpu_alloc');
  const q = `"${process.execPath}" "${QUANTA_BIN}"`;
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--vgpu', 'elastic', '--', 'sh', '-c',
    `${prog} 10 6 & sleep 1; ${q} set elastic --mem 512MiB; ${prog}; ${q} set elastic --mem 2GiB; ${prog}; wait`);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /holding 10 blocks/);
  const runs = r.stdout.split(/^vGPU elastic: memory quota /m).slice(1);
  assert.equal(runs.length, 2, r.stdout);
  assert.match(runs[0]!, /^512MiB\ntotal 512 MiB, free 0 MiB/, 'below usage: nothing is free');
  assert.match(runs[0]!, /^allocated 0 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m, 'and nothing new is given');
  assert.match(runs[1]!, /^2GiB\ntotal 2048 MiB, free 1408 MiB/, 'growing takes effect at once');
  assert.match(runs[1]!, /^allocated 22 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
});

test('a program whose daemon cannot be reached is refused memory, with a clear log line', () => {
  const { interposer, fakecudaDir } = nativePaths();
  const r = spawnSync(testProgram('vgpu_alloc'), [], {
    encoding: 'utf8', timeout: 60_000,
    env: { ...env, LD_PRELOAD: interposer, LD_LIBRARY_PATH: fakecudaDir, QUANTA_SOCKET: join(dir, 'nowhere.sock'), QUANTA_TOKEN: 'f'.repeat(32) },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^allocated 0 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m);
  assert.match(r.stderr, /cannot register with the Quanta daemon at .*nowhere\.sock \(cannot connect\): refusing device memory/);
  assert.equal(r.stderr.match(/cannot register/g)?.length, 1, 'said once');
});

test('a daemon restarted while programs run loses nothing: quotas, usage and tokens carry over, interposers reconnect', async () => {
  const prog = testProgram('vgpu_alloc');
  const run = spawn(process.execPath, [QUANTA_BIN, 'run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--vgpu', 'steady', '--',
    // The holder holds 8 s: long enough to reconnect to the new daemon (which a loaded
    // machine starts slowly) before it ends, so that its end is seen on its connection.
    'sh', '-c', `${prog} 10 8 & sleep 2.5; ${prog}; wait`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  run.stdout!.on('data', (b: Buffer) => { out += b.toString(); });
  run.stderr!.on('data', (b: Buffer) => { err += b.toString(); });
  const socket = join(dir, 'run/daemon.sock');
  for (let i = 0; i < 200 && !/holding 10 blocks/.test(out); i++) await new Promise((r) => setTimeout(r, 25));
  assert.match(out, /holding 10 blocks/);
  // Restart the daemon under the running programs.
  const before = await request(socket, 'status');
  process.kill(Number(before.pid), 'SIGTERM');
  for (let i = 0; i < 100; i++) { if (!(await request(socket, 'status').then(() => true, () => false))) break; await new Promise((r) => setTimeout(r, 20)); }
  const logFile = join(dir, 'restarted-daemon.log');
  const logFd = openSync(logFile, 'w');
  const d = spawn(process.execPath, [QUANTA_BIN, 'daemon', '--simulate'], { env, stdio: ['ignore', logFd, logFd], detached: true });
  d.unref();
  closeSync(logFd);
  const code = await new Promise<number | null>((r) => run.on('exit', r));
  assert.equal(code, 0, out);
  assert.match(out, /^allocated 6 blocks of 64 MiB, then CUDA_ERROR_OUT_OF_MEMORY$/m, 'the new daemon kept the holder\'s usage and the vGPU\'s token');
  assert.match(out, /released/);
  assert.match(err, /lost the Quanta daemon at .*; allocations go on within the quota, reconnecting/);
  assert.match(err, /reconnected to the Quanta daemon/);
  const after = await request(socket, 'status');
  assert.notEqual(after.pid, before.pid, 'it was a new daemon');
  let left = '';
  for (let i = 0; i < 50; i++) { left = quanta('ps').stdout; if (/no vGPUs/.test(left)) break; await new Promise((r) => setTimeout(r, 50)); }
  assert.match(left, /no vGPUs/, 'the vGPU ended with its programs');
  const closed = readFileSync(logFile, 'utf8').match(/process \d+ left \(its connection closed\)/g) ?? [];
  assert.equal(closed.length, 2, 'both programs\' ends were seen on their connections, the holder\'s reconnected one too (not by the sweep)');
});
