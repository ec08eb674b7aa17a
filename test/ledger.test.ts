// The vGPU ledger's rules, as a user of vGPUs meets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ledger, LedgerError, type GpuCapacity } from '../src/daemon/ledger.js';
import { formatBytes, parseBytes } from '../src/units.js';
import { UsageError } from '../src/errors.js';

const GiB = 2 ** 30;
const GPUS: GpuCapacity[] = [
  { uuid: 'GPU-a', index: 0, memoryTotal: 80 * GiB },
  { uuid: 'GPU-b', index: 1, memoryTotal: 80 * GiB },
];
const code = (c: string) => (e: unknown) => e instanceof LedgerError && e.code === c;

test('sizes parse with binary and decimal units, and bad ones are refused with an example', () => {
  assert.equal(parseBytes('8GiB'), 8 * GiB);
  assert.equal(parseBytes('512MiB'), 512 * 2 ** 20);
  assert.equal(parseBytes('80GB'), 80e9);
  assert.equal(parseBytes('1.5g'), 1.5 * GiB);
  assert.equal(parseBytes('4096'), 4096);
  for (const bad of ['', 'eight', '-1GiB', '0', '8 parsecs', '1e9']) assert.throws(() => parseBytes(bad, '--mem'), UsageError);
  assert.throws(() => parseBytes('lots', '--mem'), /--mem "lots" is not a size: .*8GiB/);
  assert.equal(formatBytes(8 * GiB), '8GiB');
  assert.equal(formatBytes(1.5 * GiB), '1.5GiB');
});

test('a vGPU enforces its quota: past it a reservation is refused, after a release it fits again', () => {
  const l = new Ledger(GPUS);
  const name = l.attach(100, { gpus: [0], memory: 8 * GiB });
  assert.equal(name, 'vgpu-100');
  assert.equal(l.reserve(100, 'GPU-a', 6 * GiB), true);
  assert.equal(l.reserve(100, 'GPU-a', 3 * GiB), false, 'would reach 9 GiB of 8');
  assert.deepEqual(l.limits(100, 'GPU-a'), { quota: 8 * GiB, used: 6 * GiB }, 'a refused reservation changes nothing');
  assert.equal(l.reserve(100, 'GPU-a', 2 * GiB), true, 'exactly the quota fits');
  l.release(100, 'GPU-a', 4 * GiB);
  assert.equal(l.reserve(100, 'GPU-a', 3 * GiB), true);
});

test('processes of one named vGPU share its quota; another vGPU beside them is unaffected', () => {
  const l = new Ledger(GPUS);
  l.attach(1, { name: 'trainer', gpus: [0], memory: 10 * GiB });
  l.attach(2, { name: 'trainer', gpus: [0] });
  l.attach(3, { name: 'other', gpus: ['GPU-a'], memory: 10 * GiB });
  assert.equal(l.reserve(1, 'GPU-a', 7 * GiB), true);
  assert.equal(l.reserve(2, 'GPU-a', 4 * GiB), false, 'the pair shares 10 GiB');
  assert.equal(l.reserve(3, 'GPU-a', 10 * GiB), true, 'the other vGPU still has all of its own');
  l.detach(1);
  assert.equal(l.reserve(2, 'GPU-a', 10 * GiB), true, 'a detached process returns all it held');
});

test('multi-GPU vGPUs have the quota on each GPU', () => {
  const l = new Ledger(GPUS);
  l.attach(5, { gpus: [0, 1], memory: 8 * GiB });
  assert.equal(l.reserve(5, 'GPU-a', 8 * GiB), true);
  assert.equal(l.reserve(5, 'GPU-b', 8 * GiB), true);
  assert.equal(l.reserve(5, 'GPU-b', 1), false);
  assert.throws(() => l.reserve(5, 'GPU-x', 1), code('unknown-gpu'));
});

test('resizing: growing takes effect at once, shrinking below usage refuses until usage falls', () => {
  const l = new Ledger(GPUS);
  l.attach(7, { name: 'job', gpus: [0], memory: 8 * GiB });
  assert.equal(l.reserve(7, 'GPU-a', 6 * GiB), true);
  l.resize('job', 12 * GiB);
  assert.equal(l.reserve(7, 'GPU-a', 5 * GiB), true);
  l.resize('job', 4 * GiB);
  assert.equal(l.reserve(7, 'GPU-a', 1), false, '11 GiB used of 4');
  l.release(7, 'GPU-a', 9 * GiB);
  assert.equal(l.reserve(7, 'GPU-a', 1 * GiB), true, 'under the new quota again');
  assert.throws(() => l.resize('nope', GiB), code('unknown-vgpu'));
});

test('bad requests are refused with a reason: unknown GPUs, quotas past the device or past what is free, mismatched joins', () => {
  const l = new Ledger(GPUS);
  assert.throws(() => l.attach(1, { gpus: [7], memory: GiB }), /there is no GPU 7 on this host \(GPUs: 0, 1\)/);
  assert.throws(() => l.attach(1, { gpus: [0], memory: 81 * GiB }), /more than GPU 0 has \(80GiB\)/);
  assert.throws(() => l.attach(1, { gpus: [0, 0], memory: GiB }), code('unknown-gpu'));
  assert.throws(() => l.attach(1, { name: 'Bad Name', gpus: [0], memory: GiB }), code('bad-name'));
  assert.throws(() => l.attach(1, { name: 'new', gpus: [0] }), /give its memory quota/);
  l.attach(1, { name: 'big', gpus: [0], memory: 60 * GiB });
  assert.throws(() => l.attach(2, { gpus: [0], memory: 30 * GiB }), /GPU 0 has 20GiB not yet promised/);
  assert.throws(() => l.attach(2, { name: 'big', gpus: [1] }), code('vgpu-mismatch'));
  assert.throws(() => l.attach(2, { name: 'big', gpus: [0], memory: 8 * GiB }), /quanta set big --mem/);
  assert.throws(() => l.resize('big', 90 * GiB), code('quota-too-large'));
  assert.throws(() => l.attach(1, { gpus: [1], memory: GiB }), code('duplicate-process'));
  assert.throws(() => l.reserve(99, 'GPU-a', 1), code('unknown-process'));
});

test('the last process leaving removes its vGPU and frees its share of the GPU', () => {
  const l = new Ledger(GPUS);
  l.attach(1, { name: 'a', gpus: [0], memory: 70 * GiB });
  l.detach(1);
  assert.deepEqual(l.view(), []);
  l.attach(2, { name: 'b', gpus: [0], memory: 70 * GiB });
  l.detach(404); // unknown: nothing happens
  assert.equal(l.view().length, 1);
});

test('a snapshot restores the same ledger, and a corrupt one is refused', () => {
  const l = new Ledger(GPUS);
  l.attach(1, { name: 'a', gpus: [0, 1], memory: 8 * GiB });
  l.attach(2, { name: 'a', gpus: [0, 1] });
  l.reserve(1, 'GPU-a', 3 * GiB);
  l.reserve(2, 'GPU-b', 5 * GiB);
  const snap = JSON.parse(JSON.stringify(l.snapshot()));
  const r = Ledger.restore(GPUS, snap);
  assert.deepEqual(r.view(), l.view());
  assert.equal(r.reserve(2, 'GPU-a', 6 * GiB), false, 'quota and usage survive');
  snap.vgpus[0].members[0].usage['GPU-x'] = 1;
  assert.throws(() => Ledger.restore(GPUS, snap), code('bad-snapshot'));
  assert.throws(() => Ledger.restore(GPUS, { version: 2 } as never), code('bad-snapshot'));
});
