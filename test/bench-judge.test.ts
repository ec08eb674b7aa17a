// The GPU harness's judge (bench/gpu/compute_report.py) for issue 11's sections, run on
// outputs made here: the pool program's real output on fakecuda, and tenants' RESULT
// lines written by hand. What can break without a GPU (parsing, arithmetic, targets) is
// checked before the harness spends device time. Needs python3 (skipped without it).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { runNative, testProgram } from './helpers/native.js';
import { scratchDir } from './helpers/scratch.js';

const dir = scratchDir('quanta-bench-judge-');
const session = `judge-${process.pid}`;
const python = spawnSync('python3', ['--version']).status === 0;
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(`/dev/shm/fakecuda-v1-${userInfo().uid}-${session}`, { force: true });
});

type Row = { area: string; check: string; value: string; pass: boolean | null };

/** Writes `files` into a fresh raw folder, judges it; the report's rows and exit status. */
function judge(name: string, files: Record<string, string>): { rows: Row[]; status: number | null } {
  const raw = join(dir, name, 'raw');
  const out = join(dir, name, 'out');
  mkdirSync(raw, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(raw, f), text);
  const r = spawnSync('python3', [join(PACKAGE_ROOT, 'bench/gpu/compute_report.py'), '--raw', raw, '--out', out], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return { rows: (JSON.parse(readFileSync(join(out, 'compute-report.json'), 'utf8')) as { checks: Row[] }).checks, status: r.status };
}

const rate = (x: number) => `RESULT rate ${x}\n`;

/** Tenants' outputs for the sync section: capped at `capped` of solo, 2:1 pairs at `a`. */
function syncFiles(capped: number, a: number): Record<string, string> {
  const f: Record<string, string> = {};
  for (const n of [1024, 4096, 8192]) {
    f[`sync-solo-${n}.out`] = rate(1000);
    f[`bf16-solo-${n}.out`] = rate(1200);
    f[`sync-cap30-${n}.out`] = rate(1000 * capped);
    f[`bf16-cap30-${n}.out`] = rate(1200 * 0.3);
    f[`sync-w21-${n}-a.out`] = rate(900 * a);
    f[`sync-w21-${n}-b.out`] = rate(900 * (1 - a));
    f[`sync-mix12-${n}-a.out`] = rate(1000 / 3);
    f[`sync-mix12-${n}-b.out`] = rate(1200 * 2 / 3);
    f[`sync-solo-${n}.clk`] = '1980, 300.5\n1970, 310\n';
  }
  return f;
}

test('the sync section: caps, 2:1 pairs and the mixed pair are judged within their targets, clocks shown', { skip: !python && 'no python3' }, () => {
  const good = judge('good', { 'env.txt': 'sections=sync\n', ...syncFiles(0.3, 2 / 3) });
  assert.equal(good.status, 0, JSON.stringify(good.rows, null, 1));
  assert.equal(good.rows.filter((x) => x.pass === true).length, 12, 'per size: two caps, the 2:1 pair, the mixed pair');
  assert.ok(good.rows.some((x) => /SM clock/.test(x.check) && /1975 MHz, 305 W/.test(x.value)), 'median clock and power of the samples');
  const bad = judge('bad', { 'env.txt': 'sections=sync\n', ...syncFiles(0.437, 0.7) });
  assert.equal(bad.status, 1);
  const failed = bad.rows.filter((x) => x.pass === false).map((x) => x.check);
  assert.equal(failed.filter((c) => /reading a result every 4 products: fixed 30%/.test(c)).length, 3, 'the H200 case (43.7%) fails');
  assert.equal(failed.filter((c) => /weighted 2:1/.test(c)).length, 3, '70% is more than 3 points off 2:1');
});

test('a cap is judged at the solo run\'s SM clock where both runs were sampled; sizes not run are not judged', { skip: !python && 'no python3' }, () => {
  // The H200's case: alone and busy, 1500 MHz; capped at 30%, idle 70% of the time, 1980.
  const files = syncFiles(0.36, 2 / 3);
  for (const n of [1024, 4096]) {
    files[`sync-solo-${n}.clk`] = '1500, 690, 100\n1500, 700, 100\n';
    files[`sync-cap30-${n}.clk`] = '1980, 300, 30\n1980, 310, 31\n';
  }
  for (const name of Object.keys(files)) if (/-8192/.test(name)) delete files[name];
  const r = judge('clocks', { 'env.txt': 'sections=sync\n', ...files });
  const rows = (n: number, what: RegExp) => r.rows.filter((x) => x.check.includes(`bf16 ${n}, reading`) && what.test(x.check));
  for (const n of [1024, 4096]) {
    const scaled = rows(n, /at the solo run's clock/);
    assert.equal(scaled.length, 1, JSON.stringify(r.rows, null, 1));
    assert.equal(scaled[0]!.pass, true, `36% at 1980 MHz is 27.3% at 1500: ${scaled[0]!.value}`);
    assert.equal(rows(n, /throughput \/ the same loop natively alone/)[0]!.pass, null, 'the unscaled ratio is shown, not judged');
  }
  assert.equal(r.rows.filter((x) => x.check.includes('8192')).length, 0, 'a size that did not run is not judged');
  assert.equal(r.status, 0, JSON.stringify(r.rows.filter((x) => x.pass === false), null, 1));
});

test('the pool section reads the pool program\'s own output', { skip: !python && 'no python3' }, () => {
  const r = runNative([testProgram('vgpu_pool_release')], { FAKECUDA_MEM: '1GiB', FAKECUDA_SESSION: session });
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const files = { 'env.txt': 'sections=pool\n', 'pool-native.out': r.stdout, 'pool-vgpu.out': r.stdout, 'pool-vgpu-h200.out': r.stdout };
  const good = judge('pool', files);
  assert.equal(good.status, 0, JSON.stringify(good.rows, null, 1));
  assert.equal(good.rows.filter((x) => x.pass === true).length, 6);
  const refused = r.stdout.replace(/^array after the pool's release: CUDA_SUCCESS; free \d+/m, 'array after the pool\'s release: CUDA_ERROR_OUT_OF_MEMORY; free 32');
  const bad = judge('pool-bad', { ...files, 'pool-vgpu.out': refused, 'pool-vgpu-h200.out': '' });
  const failed = bad.rows.filter((x) => x.pass === false);
  assert.deepEqual(failed.map((x) => x.value), ['array CUDA_ERROR_OUT_OF_MEMORY', 'missing (pool-vgpu-h200.out)']);
});
