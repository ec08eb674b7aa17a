// The vGPU segment: written by the daemon (TypeScript), used by processes (C).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createSegment, readSegment, setSegmentQuota } from '../src/daemon/segment.js';
import { testProgram } from './helpers/native.js';
import { scratchDir } from './helpers/scratch.js';

const fresh = () => join(scratchDir('quanta-seg-'), 'vgpu.seg');

test('reservations hold the quota under concurrency, survive a dead lock owner, and reclaim a killed process', () => {
  const path = fresh();
  createSegment(path, ["GPU-test-0"], 1000, [4096], 7n);
  const r = spawnSync(testProgram('segment_check'), [path], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^context bytes written by the daemon: 4096$/m, 'C reads what TypeScript wrote');
  assert.match(r.stdout, /concurrent reservations within the quota: ok/);
  assert.match(r.stdout, /lock taken over from a dead owner: ok/);
  assert.match(r.stdout, /a killed process's memory reclaimed: ok \(used 500 of 1000\)/);
  assert.deepEqual(readSegment(path).slots.filter((s) => s.used.some((u) => u > 0)), [], 'everything was given back');
});

test('the daemon writes quotas and the layout both sides read', () => {
  const path = fresh();
  createSegment(path, ["GPU-a", "GPU-b"], 8 * 2 ** 30, [525 * 2 ** 20, 0], 7n);
  setSegmentQuota(path, 12 * 2 ** 30);
  const v = readSegment(path);
  assert.deepEqual(v.uuids, ['GPU-a', 'GPU-b']);
  assert.deepEqual(v.quotas, [12 * 2 ** 30, 12 * 2 ** 30]);
  assert.deepEqual(v.contextBytes, [525 * 2 ** 20, 0]);
  assert.deepEqual(v.slots, []);
  assert.throws(() => createSegment(path, [], 1, [], 7n), RangeError);
});
