// Each CUDA context's own memory counts against its vGPU: the daemon measures what a
// context takes on each GPU (here fakecuda's 64 MiB), `quanta run` says so, and the
// interposer charges the primary context once however often it is retained, every
// created context until destroyed, and refuses a context past the quota.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { QUANTA_BIN, testProgram } from './helpers/native.js';
import { request } from '../src/daemon/client.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-ctx-');
const session = `ctx-${process.pid}`;
const env = { ...process.env, QUANTA_RUNTIME_DIR: join(dir, 'run'), QUANTA_STATE_DIR: join(dir, 'state'), FAKECUDA_MEM: '16GiB', FAKECUDA_SESSION: session, FAKECUDA_CTX_OVERHEAD: '64MiB' };
const quanta = (...args: string[]) => spawnSync(process.execPath, [QUANTA_BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });

after(async () => {
  const status = await request(join(dir, 'run/daemon.sock'), 'status').catch(() => undefined);
  if (status) process.kill(Number(status.pid), 'SIGTERM');
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
});

test('a context counts what the daemon measured: the primary once, created ones until destroyed', () => {
  const r = quanta('run', '--simulate', '--gpu', '0', '--mem', '1GiB', '--', testProgram('vgpu_context'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stderr, /vGPU \S+: 1GiB on GPU 0 \(each CUDA context counts 64MiB of it\)/);
  assert.match(r.stdout, /^no context: used 0 MiB$/m);
  assert.match(r.stdout, /^primary context \(retained twice\): used 64 MiB$/m);
  assert.match(r.stdout, /^created context: CUDA_SUCCESS, used 128 MiB$/m);
  assert.match(r.stdout, /^destroyed: used 64 MiB$/m);
  assert.match(r.stdout, /^beside the primary context, 15 blocks of 64 MiB fit$/m);
  assert.match(r.stdout, /^one release: used 64 MiB$/m, 'still retained once');
  assert.match(r.stdout, /^last release: used 0 MiB$/m);
});

test('a context past the quota is out of memory, and a quota below one context is warned about', () => {
  const two = quanta('run', '--simulate', '--gpu', '0', '--mem', '100MiB', '--', testProgram('vgpu_context'));
  assert.equal(two.status, 0, two.stdout + two.stderr);
  assert.match(two.stdout, /^created context: CUDA_ERROR_OUT_OF_MEMORY, used 64 MiB$/m);
  const none = quanta('run', '--simulate', '--gpu', '0', '--mem', '32MiB', '--', testProgram('vgpu_context'));
  assert.equal(none.status, 0, none.stdout + none.stderr);
  assert.match(none.stderr, /warning: the quota on GPU 0 \(32MiB\) is smaller than one CUDA context there \(64MiB\)/);
  assert.match(none.stdout, /^primary retain: CUDA_ERROR_OUT_OF_MEMORY$/m);
});
