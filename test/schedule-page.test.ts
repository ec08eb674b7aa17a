// The schedule file as interposers rely on it (layout: native/common/sched_page.h): the
// daemon's decisions at fixed offsets, the file rewritten in place (mappings survive a
// daemon restart), the urgent page cleared when the standing vGPU changes, and a
// stopping daemon leaving the GPU open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, readSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE, SchedulePage } from '../src/daemon/schedule-page.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-sched-page-');
after(() => rmSync(dir, { recursive: true, force: true }));

const urgentWords = (path: string): [bigint, bigint] => {
  const b = Buffer.alloc(PAGE.urgentSize);
  const fd = openSync(path, 'r');
  readSync(fd, b, 0, b.length, PAGE.size);
  closeSync(fd);
  return [b.readBigUInt64LE(0), b.readBigInt64LE(8)];
};

/** What an interposer of the standing vGPU writes: its last launch and launches in flight. */
const stamp = (path: string, launchNs: bigint, inflight: bigint): void => {
  const b = Buffer.alloc(PAGE.urgentSize);
  b.writeBigUInt64LE(launchNs, 0);
  b.writeBigInt64LE(inflight, 8);
  const fd = openSync(path, 'r+');
  writeSync(fd, b, 0, b.length, PAGE.size);
  closeSync(fd);
};

test('a decision reads back from its offsets; the file holds the daemon\'s page and the urgent page', () => {
  const path = join(dir, 'sched', 'GPU-a');
  const page = new SchedulePage(path);
  const state = { open: false, holder: 0x1234n, beatNs: 99n, grantUntilNs: 199n, standing: 0x77n };
  page.publish(state);
  assert.deepEqual(page.read(), state);
  assert.equal(statSync(path).size, PAGE.fileSize);
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  readSync(fd, head, 0, 12, 0);
  closeSync(fd);
  assert.equal(head.readBigUInt64LE(0), PAGE.magic);
  assert.equal(head.readUInt32LE(8), PAGE.version);
  page.close(5n);
});

test('the urgent page is cleared when the standing vGPU changes, and only then', () => {
  const path = join(dir, 'sched', 'GPU-b');
  const page = new SchedulePage(path);
  const decide = (standing: bigint) => page.publish({ open: false, holder: 1n, beatNs: 1n, grantUntilNs: 1n, standing });
  decide(0x77n);
  stamp(path, 123n, 2n);
  decide(0x77n);
  assert.deepEqual(urgentWords(path), [123n, 2n], 'the same standing vGPU keeps its stamps');
  decide(0x88n);
  assert.deepEqual(urgentWords(path), [0n, 0n], 'a new standing vGPU does not inherit a count left behind');
  page.close(5n);
});

test('a restarted daemon rewrites the same file in place, and a stopping one leaves the GPU open', () => {
  const path = join(dir, 'sched', 'GPU-c');
  const first = new SchedulePage(path);
  first.publish({ open: false, holder: 5n, beatNs: 10n, grantUntilNs: 20n, standing: 0n });
  const inode = statSync(path).ino;
  first.close(30n);
  const closed = new SchedulePage(path);
  assert.equal(closed.read().open, true, 'a stopped daemon leaves nothing gated');
  assert.equal(closed.read().holder, 0n);
  assert.equal(statSync(path).ino, inode, 'same inode: interposers keep their mapping');
  closed.close(40n);
});
