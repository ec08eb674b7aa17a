// `quanta run` as a user meets it: arguments, errors, exit statuses, environment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRunArgs } from '../src/cli/run-command.js';
import { runEnvironment } from '../src/run/environment.js';
import { UsageError } from '../src/errors.js';
import { QUANTA_BIN, runQuanta } from './helpers/native.js';
import { scratchDir } from './helpers/scratch.js';

const quanta = (...args: string[]) => spawnSync(process.execPath, [QUANTA_BIN, ...args], { encoding: 'utf8', timeout: 30_000 });

test('run parses options up to the command, and everything after it belongs to the command', () => {
  const o = parseRunArgs(['--trace', '--trace-out=t.jsonl', 'python3', '-c', 'print(1)', '--trace']);
  assert.notEqual(o, 'help');
  if (o === 'help') return;
  assert.equal(o.trace, true);
  assert.equal(o.traceOut, 't.jsonl');
  assert.deepEqual(o.command, ['python3', '-c', 'print(1)', '--trace']);
  const d = parseRunArgs(['--driver', 'simulated', '--', '-weird-name']);
  assert.ok(d !== 'help' && d.driver === 'simulated' && d.command[0] === '-weird-name');
});

test('run refuses bad arguments with a usage error', () => {
  assert.throws(() => parseRunArgs([]), UsageError);
  assert.throws(() => parseRunArgs(['--trace']), /no command given/);
  assert.throws(() => parseRunArgs(['--bogus', 'ls']), /unknown option --bogus/);
  assert.throws(() => parseRunArgs(['--driver', 'gpu', 'ls']), /--driver must be/);
  assert.throws(() => parseRunArgs(['--trace-out']), /--trace-out needs a value/);
});

test('quanta run with no command exits 2 and says why', () => {
  const r = quanta('run');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /quanta run: no command given/);
  assert.match(r.stderr, /usage: quanta run/);
});

test('quanta run with a command that does not exist exits 127 and names it', () => {
  const r = quanta('run', '--simulate', '--', 'no-such-command-xyz');
  assert.equal(r.status, 127);
  assert.match(r.stderr, /command not found: no-such-command-xyz/);
});

test('quanta run with a file that is not executable exits 126', () => {
  const file = join(scratchDir('quanta-cli-'), 'script.sh');
  writeFileSync(file, 'echo hi\n', { mode: 0o644 });
  const r = quanta('run', '--simulate', '--', file);
  assert.equal(r.status, 126);
  assert.match(r.stderr, /permission denied/);
});

test('quanta run returns the program\'s exit status, and 128+N when a signal ends it', () => {
  assert.equal(runQuanta(['sh', '-c', 'exit 7']).code, 7);
  assert.equal(runQuanta(['sh', '-c', 'kill -KILL $$']).code, 128 + 9);
});

test('quanta run says when the device is simulated', () => {
  const r = runQuanta(['true']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /SIMULATED device \(fakecuda\)/);
});

test('an unknown quanta command is a usage error', () => {
  const r = quanta('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command "frobnicate"/);
});

test('the run environment preloads Quanta first, keeps other preloads once, and adds fakecuda only when simulating', () => {
  const paths = { interposer: '/q/libquanta.so', fakecudaDir: '/q/fakecuda' };
  const base = { LD_PRELOAD: '/other/lib.so /q/libquanta.so', LD_LIBRARY_PATH: '/x', QUANTA_TRACE: '1' };
  const sim = runEnvironment(base, paths, { driver: 'simulated', trace: false });
  assert.equal(sim.LD_PRELOAD, '/q/libquanta.so:/other/lib.so');
  assert.equal(sim.LD_LIBRARY_PATH, '/q/fakecuda:/x');
  assert.equal(sim.QUANTA_TRACE, undefined);
  const real = runEnvironment(base, paths, { driver: 'real', trace: true, traceFile: 'out.jsonl' });
  assert.equal(real.LD_LIBRARY_PATH, '/x');
  assert.equal(real.QUANTA_TRACE, '1');
  assert.match(real.QUANTA_TRACE_FILE ?? '', /^\/.*out\.jsonl$/);
  assert.equal(base.LD_PRELOAD, '/other/lib.so /q/libquanta.so', 'the caller\'s environment is not modified');
});
