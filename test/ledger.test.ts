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

test('processes of one named vGPU share it; an anonymous vGPU is its own; membership shows in the view', () => {
  const l = new Ledger(GPUS);
  assert.equal(l.attach(1, { name: 'trainer', gpus: [0], memory: 10 * GiB }), 'trainer');
  assert.equal(l.attach(2, { name: 'trainer', gpus: [] }), 'trainer', 'joining by name alone');
  assert.equal(l.attach(3, { gpus: ['GPU-a'], memory: 10 * GiB }), 'vgpu-3');
  assert.deepEqual(l.view().map((v) => [v.name, v.pids, v.gpus.map((g) => [g.index, g.quota])]), [
    ['trainer', [1, 2], [[0, 10 * GiB]]],
    ['vgpu-3', [3], [[0, 10 * GiB]]],
  ]);
  assert.equal(l.vgpuOf(2), 'trainer');
  const token = l.view()[0]!.token;
  assert.equal(l.join(9, token), 'trainer', 'a program joins with its vGPU\'s token');
  assert.throws(() => l.join(10, 'f'.repeat(32)), code('unknown-vgpu'));
  assert.notEqual(l.view()[1]!.token, token, 'each vGPU has its own token');
  l.detach(9);
  assert.equal(l.detach(1), undefined, 'the vGPU keeps its other process');
  assert.equal(l.detach(2), 'trainer', 'the last process leaving removes it');
});

test('multi-GPU vGPUs have the quota on each GPU, in the order given', () => {
  const l = new Ledger(GPUS);
  l.attach(5, { gpus: [1, 0], memory: 8 * GiB });
  assert.deepEqual(l.view()[0]!.gpus.map((g) => [g.uuid, g.quota]), [['GPU-b', 8 * GiB], ['GPU-a', 8 * GiB]]);
});

test('resizing changes the quota on every GPU of the vGPU, within what the GPU has free', () => {
  const l = new Ledger(GPUS);
  l.attach(7, { name: 'job', gpus: [0, 1], memory: 8 * GiB });
  l.attach(8, { name: 'other', gpus: [0], memory: 60 * GiB });
  l.resize('job', 12 * GiB);
  assert.deepEqual(l.view()[0]!.gpus.map((g) => g.quota), [12 * GiB, 12 * GiB]);
  l.resize('job', 2 * GiB);
  assert.equal(l.view()[0]!.gpus[0]!.quota, 2 * GiB);
  assert.throws(() => l.resize('job', 30 * GiB), /GPU 0 has 20GiB not yet promised/);
  assert.throws(() => l.resize('nope', GiB), code('unknown-vgpu'));
});

test('bad requests are refused with a reason: unknown GPUs, quotas past the device or past what is free, mismatched joins', () => {
  const l = new Ledger(GPUS);
  assert.throws(() => l.attach(1, { gpus: [7], memory: GiB }), /there is no GPU 7 on this host \(GPUs: 0, 1\)/);
  assert.throws(() => l.attach(1, { gpus: [0], memory: 81 * GiB }), /more than GPU 0 has \(80GiB\)/);
  assert.throws(() => l.attach(1, { gpus: [0, 0], memory: GiB }), code('unknown-gpu'));
  assert.throws(() => l.attach(1, { name: 'fresh', gpus: [] }), /no vGPU named fresh yet: give its GPUs and memory quota/);
  assert.throws(() => l.attach(1, { name: 'Bad Name', gpus: [0], memory: GiB }), code('bad-name'));
  assert.throws(() => l.attach(1, { name: 'new', gpus: [0] }), /give its memory quota/);
  l.attach(1, { name: 'big', gpus: [0], memory: 60 * GiB });
  assert.throws(() => l.attach(2, { gpus: [0], memory: 30 * GiB }), /GPU 0 has 20GiB not yet promised/);
  assert.throws(() => l.attach(2, { name: 'big', gpus: [1] }), code('vgpu-mismatch'));
  assert.throws(() => l.attach(2, { name: 'big', gpus: [0], memory: 8 * GiB }), /quanta set big --mem/);
  assert.throws(() => l.resize('big', 90 * GiB), code('quota-too-large'));
  assert.throws(() => l.attach(1, { gpus: [1], memory: GiB }), code('duplicate-process'));
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

test('a snapshot restores the same ledger, and a corrupt or outdated one is refused', () => {
  const l = new Ledger(GPUS);
  l.attach(1, { name: 'a', gpus: [0, 1], memory: 8 * GiB });
  l.attach(2, { name: 'a', gpus: [0, 1] });
  l.attach(3, { gpus: [1], memory: 4 * GiB });
  const snap = JSON.parse(JSON.stringify(l.snapshot()));
  assert.deepEqual(Ledger.restore(GPUS, snap).view(), l.view());
  const t = 'a'.repeat(32);
  assert.throws(() => Ledger.restore(GPUS, { ...snap, vgpus: [{ name: 'x', owner: 0, gpus: [{ uuid: 'GPU-gone', quota: 1 }], members: [{ pid: 9 }], token: t }] }), code('unknown-gpu'));
  assert.throws(() => Ledger.restore(GPUS, { ...snap, vgpus: [{ name: 'x', owner: 0, gpus: [{ uuid: 'GPU-a', quota: 90 * GiB }], members: [{ pid: 9 }], token: t }] }), code('quota-too-large'));
  // Version 2 (before owners and start times) still restores, owned by the given user.
  const v2 = Ledger.restore(GPUS, { version: 2, vgpus: [{ name: 'old', gpus: [{ uuid: 'GPU-a', quota: GiB }], pids: [9, 10], token: t }] } as never, 1000);
  assert.deepEqual(v2.view().map((v) => [v.name, v.owner, v.pids]), [['old', 1000, [9, 10]]]);
  assert.throws(() => Ledger.restore(GPUS, { version: 1 } as never), code('bad-snapshot'));
  assert.throws(() => Ledger.restore(GPUS, { ...snap, vgpus: [{ ...snap.vgpus[0], token: 'guessable' }] }), code('bad-snapshot'));
});

test('after a restore, new vGPUs get fresh secret tokens, never a restored one or an empty one', () => {
  const l = new Ledger(GPUS);
  l.attach(1, { name: 'old', gpus: [0], memory: GiB });
  const restored = Ledger.restore(GPUS, JSON.parse(JSON.stringify(l.snapshot())));
  restored.attach(7, { name: 'new', gpus: [0], memory: GiB });
  const fromEmpty = Ledger.restore(GPUS, { version: 3, vgpus: [] });
  fromEmpty.attach(8, { name: 'first', gpus: [1], memory: GiB });
  const tokens = [...restored.view(), ...fromEmpty.view()].map((v) => v.token);
  for (const t of tokens) assert.match(t, /^[0-9a-f]{32}$/);
  assert.equal(new Set(tokens).size, 3, 'old, new and first all differ');
  assert.equal(restored.view().find((v) => v.name === 'old')!.token, l.view()[0]!.token, 'the restored vGPU keeps its own');
});

test('GPU-time settings: defaults, checked per GPU policy, changed with setCompute, kept by a snapshot', () => {
  const l = new Ledger([{ ...GPUS[0]!, policy: 'fixed' }, { ...GPUS[1]!, policy: 'weighted' }]);
  l.attach(1, { name: 'a', gpus: [0], memory: GiB, compute: { share: 0.7 } });
  l.attach(2, { name: 'b', gpus: [1], memory: GiB });
  assert.deepEqual(l.view().find((v) => v.name === 'b')!.compute, { weight: 1, priority: 'normal' }, 'the defaults');
  assert.throws(() => l.attach(3, { name: 'c', gpus: [0], memory: GiB, compute: { share: 0.4 } }), /would add up to 110%/);
  assert.equal(l.view().length, 2, 'a refused vGPU is not created');
  l.attach(3, { name: 'c', gpus: [1], memory: GiB, compute: { share: 0.4 } }); // shares do not bind under weighted
  assert.throws(() => l.attach(4, { name: 'a', gpus: [], compute: { weight: 2 } }), /already has its GPU-time settings/);
  assert.throws(() => l.setCompute('a', { weight: -1 }), /a weight must be a number above 0/);
  assert.deepEqual(l.setCompute('a', { share: 0.5, priority: 'high' }), { weight: 1, share: 0.5, priority: 'high' });
  assert.throws(() => l.setCompute('nope', { weight: 2 }), code('unknown-vgpu'));
  const back = Ledger.restore([{ ...GPUS[0]!, policy: 'fixed' }, GPUS[1]!], JSON.parse(JSON.stringify(l.snapshot())));
  assert.deepEqual(back.view().map((v) => [v.name, v.compute]), l.view().map((v) => [v.name, v.compute]));
});
