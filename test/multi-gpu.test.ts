// A vGPU over several GPUs: each listed GPU gets the quota, and the program's device
// ordinals follow CUDA_VISIBLE_DEVICES whatever subset, in whatever order, is visible:
// memory taken on ordinal i is counted on the GPU that ordinal really is.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { request } from '../src/daemon/client.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-multi-');
const session = `multi-${process.pid}`;
const env = { ...process.env, QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), FAKECUDA_DEVICES: '2', FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '0' };
const quantaCmd = `"${process.execPath}" "${QUANTA_BIN}"`;
const quanta = (...args: string[]) => spawnSync(process.execPath, [QUANTA_BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });
/** Runs vgpu_multi with `blocks` per ordinal in a vGPU on `gpus`, and `quanta ps` while it holds them. */
const holdAndShow = (gpus: string, ...blocks: number[]) =>
  quanta('run', '--simulate', '--gpu', gpus, '--mem', '1GiB', '--vgpu', 'multi', '--', 'sh', '-c',
    // ps once the program has said what it holds (a loaded machine takes more than a second).
    `out=$(mktemp); ${testProgram('vgpu_multi')} 2 ${blocks.join(' ')} >"$out" & ` +
    `for i in $(seq 200); do [ "$(grep -c '^ordinal' "$out")" -ge ${blocks.length} ] && break; sleep 0.05; done; ` +
    `${quantaCmd} ps; wait; cat "$out"; rm -f "$out"`);

after(async () => {
  const status = await request(join(dir, 'run/daemon.sock'), 'status').catch(() => undefined);
  if (status) process.kill(Number(status.pid), 'SIGTERM');
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
});

test('a vGPU on GPU 1 alone: the program\'s ordinal 0 is GPU 1, and its memory is counted there', () => {
  const r = holdAndShow('1', 3);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^visible devices: 1$/m);
  assert.match(r.stdout, /^ordinal 0 \(GPU-…0001\): 3 blocks, total 1024 MiB, free 832 MiB$/m);
  assert.match(r.stdout, /^multi\t1\t1GiB\t192MiB\t/m);
});

test('a vGPU on GPUs 1,0: each has the quota, ordinals follow the listed order', () => {
  const r = holdAndShow('1,0', 3, 20);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^visible devices: 2$/m);
  assert.match(r.stdout, /^ordinal 0 \(GPU-…0001\): 3 blocks, total 1024 MiB, free 832 MiB$/m);
  assert.match(r.stdout, /^ordinal 1 \(GPU-…0000\): 16 blocks, total 1024 MiB, free 0 MiB$/m, 'its own quota, full after 16 of the 20 asked');
  assert.match(r.stdout, /^multi\t1\t1GiB\t192MiB\t/m);
  assert.match(r.stdout, /^multi\t0\t1GiB\t1GiB\t/m);
});
